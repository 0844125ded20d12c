<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>antrianctl</name>
    <message>
        <location filename="../../antrianctl/cli.cpp" line="62"/>
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
  staff add USERNAME --name &quot;Full Name&quot; [--role supervisor]
                               a staff account; the PIN is typed at the terminal
                               (or given as one line on stdin), never as an argument
  staff passwd USERNAME        set a new PIN the same way; lifts a lock
  staff list                   accounts, locks, and who is at which counter
  staff unlock|disable|enable USERNAME
  staff release COUNTER        log out whoever holds a counter (an app that crashed)

Exit codes: 0 done, 2 bad usage or input, 3 refused by a queue rule, 4 storage failure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/cli.cpp" line="86"/>
        <source>Database file (default %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/cli.cpp" line="86"/>
        <source>path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/cli.cpp" line="87"/>
        <source>Import this branch config file first (validated whole).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/cli.cpp" line="87"/>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/cli.cpp" line="88"/>
        <source>Fixed clock, ISO 8601 (2026-11-23T09:00:00+07:00).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/cli.cpp" line="88"/>
        <source>time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/cli.cpp" line="89"/>
        <source>Print JSON for scripts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/cli.cpp" line="90"/>
        <source>Language: id (default) or en.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/cli.cpp" line="90"/>
        <source>lang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/cli.cpp" line="91"/>
        <source>issue: a priority ticket.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/cli.cpp" line="92"/>
        <source>issue: priority reason code from the config.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/cli.cpp" line="92"/>
        <location filename="../../antrianctl/cli.cpp" line="97"/>
        <source>code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/cli.cpp" line="93"/>
        <source>transfer: straight to this counter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/cli.cpp" line="93"/>
        <source>number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/cli.cpp" line="94"/>
        <source>tickets: business date YYYY-MM-DD (default today).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/cli.cpp" line="94"/>
        <source>date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/cli.cpp" line="95"/>
        <source>tickets: every business date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/cli.cpp" line="96"/>
        <source>tickets: only this status (waiting, called, ...).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/cli.cpp" line="96"/>
        <source>status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/cli.cpp" line="97"/>
        <source>tickets: only this service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/cli.cpp" line="98"/>
        <source>staff add: the person&apos;s full name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/cli.cpp" line="98"/>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/cli.cpp" line="99"/>
        <source>staff add: staff (default) or supervisor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/cli.cpp" line="99"/>
        <source>role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/cli.cpp" line="101"/>
        <source>What to do; see the list above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/cli.cpp" line="112"/>
        <source>--lang: expected id or en, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/cli.cpp" line="116"/>
        <source>no command given; try --help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/cli.cpp" line="119"/>
        <source>unknown command &quot;%1&quot;; try --help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/cli.cpp" line="165"/>
        <source>warning:</source>
        <translation>warning:</translation>
    </message>
    <message>
        <location filename="../../antrianctl/cli.cpp" line="196"/>
        <source>--now: expected an ISO 8601 time such as 2026-11-23T09:00:00+07:00, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/cli.cpp" line="241"/>
        <source>the bundled sample branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/cli.cpp" line="243"/>
        <source>its existing setup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/cli.cpp" line="254"/>
        <source>Database %1 is ready: %2, from %3.
Services: %4. Counters: %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/cli.cpp" line="262"/>
        <source>usage: antrianctl issue SERVICE [--priority] [--reason CODE]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/cli.cpp" line="283"/>
        <source>service %1 paused: the kiosk issues no tickets for it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/cli.cpp" line="284"/>
        <source>service %1 resumed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/cli.cpp" line="287"/>
        <source>usage: antrianctl %1 COUNTER (the counter&apos;s number)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/cli.cpp" line="294"/>
        <source>counter %1 paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/cli.cpp" line="294"/>
        <source>counter %1 open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/cli.cpp" line="316"/>
        <source>usage: antrianctl transfer COUNTER SERVICE, or transfer COUNTER [SERVICE] --to-counter N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/cli.cpp" line="327"/>
        <source>usage: antrianctl %1 CODE (a ticket code such as A-001)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/cli.cpp" line="352"/>
        <source>--date: expected YYYY-MM-DD, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/cli.cpp" line="359"/>
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
        <location filename="../../antrianctl/staffcommands.cpp" line="171"/>
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
    <message>
        <location filename="../../antrianctl/staffcommands.cpp" line="51"/>
        <source>disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/staffcommands.cpp" line="53"/>
        <source>locked until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/staffcommands.cpp" line="54"/>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/staffcommands.cpp" line="62"/>
        <source>%1 (not heard from since %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/staffcommands.cpp" line="63"/>
        <source>%1 since %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/staffcommands.cpp" line="75"/>
        <source>usage: antrianctl staff add USERNAME --name &quot;Full Name&quot; [--role staff|supervisor], staff passwd|unlock|disable|enable USERNAME, staff list, staff release COUNTER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/staffcommands.cpp" line="107"/>
        <source>--role: expected staff or supervisor, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/staffcommands.cpp" line="121"/>
        <source>the username &quot;%1&quot; is already taken (by %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/staffcommands.cpp" line="123"/>
        <source>PIN for %1 (%2 to %3 digits): </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/staffcommands.cpp" line="134"/>
        <source>Added %1 (%2), %3. They log in at a counter with their username and PIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/staffcommands.cpp" line="145"/>
        <source>there is no staff account &quot;%1&quot;; see: antrianctl staff list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/staffcommands.cpp" line="146"/>
        <source>New PIN for %1 (%2 to %3 digits): </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/staffcommands.cpp" line="156"/>
        <source>The PIN of %1 (%2) is changed; any lock is lifted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/staffcommands.cpp" line="171"/>
        <source>Username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/staffcommands.cpp" line="171"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/staffcommands.cpp" line="171"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/staffcommands.cpp" line="171"/>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/staffcommands.cpp" line="181"/>
        <source>No staff accounts yet; add one with: antrianctl staff add USERNAME --name &quot;Full Name&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/staffcommands.cpp" line="192"/>
        <source>%1 (%2) is unlocked and may log in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/staffcommands.cpp" line="201"/>
        <source>%1 (%2) is enabled and may log in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/staffcommands.cpp" line="202"/>
        <source>%1 (%2) is disabled and can no longer log in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/staffcommands.cpp" line="210"/>
        <source>usage: antrianctl staff release COUNTER (the counter&apos;s number)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/staffcommands.cpp" line="214"/>
        <source>Counter %1 is released: %2 (%3) is logged out there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/staffcommands.cpp" line="220"/>
        <source>It still holds %1; whoever logs in at counter %2 next will see it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/pinprompt.cpp" line="91"/>
        <source>no PIN on standard input; give it as one line on stdin, or run at a terminal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/pinprompt.cpp" line="96"/>
        <source>no PIN given; nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/pinprompt.cpp" line="97"/>
        <source>Type the PIN again: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/pinprompt.cpp" line="99"/>
        <source>the two PINs differ; nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
