<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>antrianctl</name>
    <message>
        <location filename="../../antrianctl/cli.cpp" line="67"/>
        <source>Antrian queue system, from the command line.

Commands:
  init                         create the database and import the branch config
  issue SERVICE                take a ticket (--priority, --reason CODE)
  call COUNTER                 call the next ticket to a counter
  recall|start|finish|noshow COUNTER
                               act on the ticket a counter holds
  transfer COUNTER [SERVICE]   send the counter&apos;s ticket to another service
                               (--to-counter N: straight to counter N)
  cancel|reinstate CODE        withdraw a waiting ticket / bring back a no-show
  pause|resume COUNTER         a counter&apos;s break
  pause|resume SERVICE         stop / restart issuing tickets for a service
  status                       the branch now
  tickets                      today&apos;s tickets (--date, --all, --status, --service)

Exit codes: 0 done, 2 bad usage or input, 3 refused by a queue rule, 4 storage failure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/cli.cpp" line="84"/>
        <source>Database file (default %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/cli.cpp" line="84"/>
        <source>path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/cli.cpp" line="85"/>
        <source>Import this branch config file first (validated whole).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/cli.cpp" line="85"/>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/cli.cpp" line="86"/>
        <source>Fixed clock, ISO 8601 (2026-11-23T09:00:00+07:00).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/cli.cpp" line="86"/>
        <source>time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/cli.cpp" line="87"/>
        <source>Print JSON for scripts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/cli.cpp" line="88"/>
        <source>Language: id (default) or en.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/cli.cpp" line="88"/>
        <source>lang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/cli.cpp" line="89"/>
        <source>issue: a priority ticket.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/cli.cpp" line="90"/>
        <source>issue: priority reason code from the config.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/cli.cpp" line="90"/>
        <location filename="../../antrianctl/cli.cpp" line="95"/>
        <source>code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/cli.cpp" line="91"/>
        <source>transfer: straight to this counter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/cli.cpp" line="91"/>
        <source>number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/cli.cpp" line="92"/>
        <source>tickets: business date YYYY-MM-DD (default today).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/cli.cpp" line="92"/>
        <source>date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/cli.cpp" line="93"/>
        <source>tickets: every business date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/cli.cpp" line="94"/>
        <source>tickets: only this status (waiting, called, ...).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/cli.cpp" line="94"/>
        <source>status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/cli.cpp" line="95"/>
        <source>tickets: only this service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/cli.cpp" line="97"/>
        <source>What to do; see the list above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/cli.cpp" line="108"/>
        <source>--lang: expected id or en, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/cli.cpp" line="112"/>
        <source>no command given; try --help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/cli.cpp" line="115"/>
        <source>unknown command &quot;%1&quot;; try --help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/cli.cpp" line="195"/>
        <source>--now: expected an ISO 8601 time such as 2026-11-23T09:00:00+07:00, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/cli.cpp" line="238"/>
        <source>the bundled sample branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/cli.cpp" line="240"/>
        <source>its existing setup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/cli.cpp" line="251"/>
        <source>Database %1 is ready: %2, from %3.
Services: %4. Counters: %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/cli.cpp" line="259"/>
        <source>usage: antrianctl issue SERVICE [--priority] [--reason CODE]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/cli.cpp" line="280"/>
        <source>service %1 paused: the kiosk issues no tickets for it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/cli.cpp" line="281"/>
        <source>service %1 resumed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/cli.cpp" line="284"/>
        <source>usage: antrianctl %1 COUNTER (the counter&apos;s number)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/cli.cpp" line="291"/>
        <source>counter %1 paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/cli.cpp" line="291"/>
        <source>counter %1 open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/cli.cpp" line="313"/>
        <source>usage: antrianctl transfer COUNTER SERVICE, or transfer COUNTER [SERVICE] --to-counter N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/cli.cpp" line="324"/>
        <source>usage: antrianctl %1 CODE (a ticket code such as A-001)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/cli.cpp" line="349"/>
        <source>--date: expected YYYY-MM-DD, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/cli.cpp" line="356"/>
        <source>--status: expected waiting, called, serving, done, no_show, cancelled or expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/output.cpp" line="136"/>
        <source>counter %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../antrianctl/output.cpp" line="144"/>
        <source>%1  %2%3
%n ahead, estimated wait: %4</source>
        <translation>
            <numerusform>%1  %2%3
%n ahead, estimated wait: %4</numerusform>
            <numerusform>%1  %2%3
%n ahead, estimated wait: %4</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../antrianctl/output.cpp" line="146"/>
        <source>priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/output.cpp" line="155"/>
        <location filename="../../antrianctl/output.cpp" line="171"/>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/output.cpp" line="155"/>
        <location filename="../../antrianctl/output.cpp" line="170"/>
        <source>closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/output.cpp" line="159"/>
        <location filename="../../antrianctl/output.cpp" line="183"/>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/output.cpp" line="159"/>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/output.cpp" line="159"/>
        <location filename="../../antrianctl/output.cpp" line="183"/>
        <source>Issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/output.cpp" line="159"/>
        <source>Open counters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/output.cpp" line="159"/>
        <source>Estimated wait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/output.cpp" line="167"/>
        <location filename="../../antrianctl/output.cpp" line="183"/>
        <source>Counter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/output.cpp" line="167"/>
        <source>Services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/output.cpp" line="167"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/output.cpp" line="167"/>
        <source>Ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/output.cpp" line="169"/>
        <source>paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/output.cpp" line="183"/>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/output.cpp" line="183"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/output.cpp" line="183"/>
        <source>Called</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/output.cpp" line="184"/>
        <source>Finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../antrianctl/output.cpp" line="190"/>
        <source>%n ticket(s)</source>
        <translation>
            <numerusform>%n ticket</numerusform>
            <numerusform>%n tickets</numerusform>
        </translation>
    </message>
</context>
</TS>
