<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>antrianctl</name>
    <message>
        <location filename="../../antrianctl/cli.cpp" line="54"/>
        <source>Database file (default %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/cli.cpp" line="54"/>
        <source>path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/cli.cpp" line="55"/>
        <source>Import this branch config file first (validated whole).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/cli.cpp" line="55"/>
        <location filename="../../antrianctl/cli.cpp" line="60"/>
        <location filename="../../antrianctl/reportcommands.cpp" line="140"/>
        <location filename="../../antrianctl/reportcommands.cpp" line="142"/>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/cli.cpp" line="56"/>
        <source>Fixed clock, ISO 8601 (2026-11-23T09:00:00+07:00).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/cli.cpp" line="56"/>
        <source>time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/cli.cpp" line="57"/>
        <source>Print JSON for scripts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/cli.cpp" line="58"/>
        <source>Language: id (default) or en.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/cli.cpp" line="58"/>
        <source>lang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/cli.cpp" line="59"/>
        <source>Append the log to this file (default: the journal under systemd, else stderr).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/queuecommands.cpp" line="198"/>
        <source>create the database and import the branch config</source>
        <translation>create the database and import the branch config</translation>
    </message>
    <message>
        <location filename="../../antrianctl/queuecommands.cpp" line="202"/>
        <location filename="../../antrianctl/queuecommands.cpp" line="239"/>
        <source>SERVICE</source>
        <translation>SERVICE</translation>
    </message>
    <message>
        <location filename="../../antrianctl/queuecommands.cpp" line="203"/>
        <source>take a ticket (--priority, --reason CODE)</source>
        <translation>take a ticket (--priority, --reason CODE)</translation>
    </message>
    <message>
        <location filename="../../antrianctl/queuecommands.cpp" line="204"/>
        <source>issue: a priority ticket.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/queuecommands.cpp" line="205"/>
        <source>issue: priority reason code from the config.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/queuecommands.cpp" line="206"/>
        <location filename="../../antrianctl/queuecommands.cpp" line="222"/>
        <location filename="../../antrianctl/queuecommands.cpp" line="253"/>
        <source>code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/queuecommands.cpp" line="209"/>
        <location filename="../../antrianctl/queuecommands.cpp" line="213"/>
        <location filename="../../antrianctl/queuecommands.cpp" line="217"/>
        <location filename="../../antrianctl/queuecommands.cpp" line="238"/>
        <source>COUNTER</source>
        <translation>COUNTER</translation>
    </message>
    <message>
        <location filename="../../antrianctl/queuecommands.cpp" line="210"/>
        <source>call the next ticket to a counter</source>
        <translation>call the next ticket to a counter</translation>
    </message>
    <message>
        <location filename="../../antrianctl/queuecommands.cpp" line="214"/>
        <source>act on the ticket a counter holds</source>
        <translation>act on the ticket a counter holds</translation>
    </message>
    <message>
        <location filename="../../antrianctl/queuecommands.cpp" line="218"/>
        <source>finish serving the counter&apos;s ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/queuecommands.cpp" line="219"/>
        <source>COUNTER --outcome CODE [--note TEXT]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/queuecommands.cpp" line="220"/>
        <source>finish with the visit&apos;s outcome from the config</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/queuecommands.cpp" line="221"/>
        <source>finish: the outcome code (selesai, dirujuk, ...).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/queuecommands.cpp" line="223"/>
        <source>finish: a note kept with the outcome.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/queuecommands.cpp" line="224"/>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/queuecommands.cpp" line="227"/>
        <source>COUNTER [SERVICE]</source>
        <translation>COUNTER [SERVICE]</translation>
    </message>
    <message>
        <location filename="../../antrianctl/queuecommands.cpp" line="228"/>
        <source>send the counter&apos;s ticket to another service
(--to-counter N: straight to counter N)</source>
        <translation>send the counter&apos;s ticket to another service
(--to-counter N: straight to counter N)</translation>
    </message>
    <message>
        <location filename="../../antrianctl/queuecommands.cpp" line="230"/>
        <source>transfer: straight to this counter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/queuecommands.cpp" line="231"/>
        <source>number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/queuecommands.cpp" line="234"/>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <location filename="../../antrianctl/queuecommands.cpp" line="235"/>
        <source>withdraw a waiting ticket / bring back a no-show</source>
        <translation>withdraw a waiting ticket / bring back a no-show</translation>
    </message>
    <message>
        <location filename="../../antrianctl/queuecommands.cpp" line="238"/>
        <source>a counter&apos;s break</source>
        <translation>a counter&apos;s break</translation>
    </message>
    <message>
        <location filename="../../antrianctl/queuecommands.cpp" line="240"/>
        <source>stop / restart issuing tickets for a service</source>
        <translation>stop / restart issuing tickets for a service</translation>
    </message>
    <message>
        <location filename="../../antrianctl/queuecommands.cpp" line="243"/>
        <source>the branch now</source>
        <translation>the branch now</translation>
    </message>
    <message>
        <location filename="../../antrianctl/queuecommands.cpp" line="246"/>
        <source>today&apos;s tickets (--date, --all, --status, --service)</source>
        <translation>today&apos;s tickets (--date, --all, --status, --service)</translation>
    </message>
    <message>
        <location filename="../../antrianctl/queuecommands.cpp" line="247"/>
        <source>tickets: business date YYYY-MM-DD (default today).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/queuecommands.cpp" line="248"/>
        <location filename="../../antrianctl/ratingcommands.cpp" line="223"/>
        <location filename="../../antrianctl/ratingcommands.cpp" line="225"/>
        <location filename="../../antrianctl/reportcommands.cpp" line="134"/>
        <location filename="../../antrianctl/reportcommands.cpp" line="136"/>
        <location filename="../../antrianctl/simulationcommands.cpp" line="220"/>
        <location filename="../../antrianctl/simulationcommands.cpp" line="222"/>
        <source>date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/queuecommands.cpp" line="249"/>
        <source>tickets: every business date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/queuecommands.cpp" line="250"/>
        <source>tickets: only this status (waiting, called, ...).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/queuecommands.cpp" line="251"/>
        <source>status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/queuecommands.cpp" line="252"/>
        <source>tickets: only this service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/staffcommands.cpp" line="311"/>
        <source>staff add: the person&apos;s full name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/staffcommands.cpp" line="312"/>
        <location filename="../../antrianctl/setupcommands.cpp" line="414"/>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/staffcommands.cpp" line="313"/>
        <source>staff add: staff (default) or supervisor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/staffcommands.cpp" line="314"/>
        <location filename="../../antrianctl/doctorcommands.cpp" line="191"/>
        <source>role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/rolecommands.cpp" line="160"/>
        <source>role add: kiosk, counter, display or supervisor.</source>
        <translation>role add: kiosk, counter, display or supervisor.</translation>
    </message>
    <message>
        <location filename="../../antrianctl/rolecommands.cpp" line="161"/>
        <source>kind</source>
        <translation>kind</translation>
    </message>
    <message>
        <location filename="../../antrianctl/cli.cpp" line="73"/>
        <source>What to do; see the list above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/cli.cpp" line="88"/>
        <source>--lang: expected id or en, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/cli.cpp" line="91"/>
        <source>no command given; try --help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/cli.cpp" line="94"/>
        <location filename="../../antrianctl/help.cpp" line="85"/>
        <source>unknown command &quot;%1&quot;; try --help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/cli.cpp" line="142"/>
        <source>warning:</source>
        <translation>warning:</translation>
    </message>
    <message>
        <location filename="../../antrianctl/cli.cpp" line="172"/>
        <location filename="../../antrianctl/doctorcommands.cpp" line="139"/>
        <location filename="../../antrianctl/backupcommands.cpp" line="92"/>
        <source>--now: expected an ISO 8601 time such as 2026-11-23T09:00:00+07:00, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/queuecommands.cpp" line="50"/>
        <source>the bundled sample branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/queuecommands.cpp" line="52"/>
        <source>its existing setup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/queuecommands.cpp" line="63"/>
        <source>Database %1 is ready: %2, from %3.
Services: %4. Counters: %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/queuecommands.cpp" line="67"/>
        <source>Group roles antrian_kiosk, antrian_counter, antrian_display and antrian_supervisor are ready; add one login per PC with: antrianctl role add NAME --kind KIND</source>
        <translation>Group roles antrian_kiosk, antrian_counter, antrian_display and antrian_supervisor are ready; add one login per PC with: antrianctl role add NAME --kind KIND</translation>
    </message>
    <message>
        <location filename="../../antrianctl/queuecommands.cpp" line="75"/>
        <source>usage: antrianctl issue SERVICE [--priority] [--reason CODE]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/queuecommands.cpp" line="116"/>
        <source>service %1 paused: the kiosk issues no tickets for it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/queuecommands.cpp" line="117"/>
        <source>service %1 resumed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/queuecommands.cpp" line="91"/>
        <location filename="../../antrianctl/queuecommands.cpp" line="120"/>
        <source>usage: antrianctl %1 COUNTER (the counter&apos;s number)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/queuecommands.cpp" line="126"/>
        <source>counter %1 paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/queuecommands.cpp" line="126"/>
        <source>counter %1 open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/queuecommands.cpp" line="138"/>
        <source>usage: antrianctl transfer COUNTER SERVICE, or transfer COUNTER [SERVICE] --to-counter N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/queuecommands.cpp" line="149"/>
        <source>usage: antrianctl %1 CODE (a ticket code such as A-001)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/queuecommands.cpp" line="173"/>
        <source>--date: expected YYYY-MM-DD, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/queuecommands.cpp" line="180"/>
        <source>--status: expected waiting, called, serving, done, no_show, cancelled or expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/output.cpp" line="141"/>
        <location filename="../../antrianctl/floorcommands.cpp" line="213"/>
        <source>counter %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/output.cpp" line="146"/>
        <source>outcome: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../antrianctl/output.cpp" line="155"/>
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
        <location filename="../../antrianctl/output.cpp" line="157"/>
        <source>priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/output.cpp" line="166"/>
        <location filename="../../antrianctl/output.cpp" line="182"/>
        <location filename="../../antrianctl/floorcommands.cpp" line="38"/>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/output.cpp" line="166"/>
        <location filename="../../antrianctl/output.cpp" line="181"/>
        <location filename="../../antrianctl/floorcommands.cpp" line="40"/>
        <source>closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/output.cpp" line="170"/>
        <location filename="../../antrianctl/output.cpp" line="194"/>
        <location filename="../../antrianctl/ratingcommands.cpp" line="166"/>
        <location filename="../../antrianctl/floorcommands.cpp" line="194"/>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/output.cpp" line="170"/>
        <location filename="../../antrianctl/floorcommands.cpp" line="194"/>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/output.cpp" line="170"/>
        <location filename="../../antrianctl/output.cpp" line="194"/>
        <location filename="../../antrianctl/reportcommands.cpp" line="35"/>
        <location filename="../../antrianctl/floorcommands.cpp" line="195"/>
        <source>Issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/output.cpp" line="170"/>
        <source>Open counters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/output.cpp" line="170"/>
        <source>Estimated wait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/output.cpp" line="178"/>
        <location filename="../../antrianctl/output.cpp" line="194"/>
        <location filename="../../antrianctl/staffcommands.cpp" line="197"/>
        <location filename="../../antrianctl/ratingcommands.cpp" line="166"/>
        <location filename="../../antrianctl/floorcommands.cpp" line="176"/>
        <source>Counter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/output.cpp" line="178"/>
        <source>Services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/output.cpp" line="178"/>
        <location filename="../../antrianctl/floorcommands.cpp" line="176"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/output.cpp" line="178"/>
        <location filename="../../antrianctl/floorcommands.cpp" line="176"/>
        <source>Ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/output.cpp" line="180"/>
        <source>paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/output.cpp" line="194"/>
        <location filename="../../antrianctl/ratingcommands.cpp" line="166"/>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/output.cpp" line="194"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/output.cpp" line="194"/>
        <source>Called</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/output.cpp" line="195"/>
        <location filename="../../antrianctl/ratingcommands.cpp" line="166"/>
        <source>Finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../antrianctl/output.cpp" line="201"/>
        <source>%n ticket(s)</source>
        <translation>
            <numerusform>%n ticket</numerusform>
            <numerusform>%n tickets</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../antrianctl/staffcommands.cpp" line="54"/>
        <source>disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/staffcommands.cpp" line="56"/>
        <source>locked until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/staffcommands.cpp" line="57"/>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/staffcommands.cpp" line="65"/>
        <source>%1 (not heard from since %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/staffcommands.cpp" line="66"/>
        <source>%1 since %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/staffcommands.cpp" line="78"/>
        <source>usage: antrianctl staff add USERNAME --name &quot;Full Name&quot; [--role staff|supervisor], staff passwd|reset-pin|unlock|disable|enable USERNAME, staff role USERNAME staff|supervisor, staff list, staff release COUNTER; a supervisor making the change adds --as USERNAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/staffcommands.cpp" line="111"/>
        <source>PIN of %1 (who makes this change): </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/staffcommands.cpp" line="127"/>
        <source>--role: expected staff or supervisor, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/staffcommands.cpp" line="141"/>
        <source>the username &quot;%1&quot; is already taken (by %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/staffcommands.cpp" line="146"/>
        <source>PIN for %1 (%2 to %3 digits): </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/staffcommands.cpp" line="157"/>
        <source>Added %1 (%2), %3. They log in at a counter with their username and PIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/staffcommands.cpp" line="168"/>
        <location filename="../../antrianctl/ratingcommands.cpp" line="196"/>
        <source>there is no staff account &quot;%1&quot;; see: antrianctl staff list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/staffcommands.cpp" line="172"/>
        <source>New PIN for %1 (%2 to %3 digits): </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/staffcommands.cpp" line="182"/>
        <source>The PIN of %1 (%2) is changed; any lock is lifted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/staffcommands.cpp" line="197"/>
        <source>Username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/staffcommands.cpp" line="197"/>
        <location filename="../../antrianctl/reportcommands.cpp" line="72"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/staffcommands.cpp" line="197"/>
        <location filename="../../antrianctl/rolecommands.cpp" line="132"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/staffcommands.cpp" line="197"/>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/staffcommands.cpp" line="207"/>
        <source>No staff accounts yet; add one with: antrianctl staff add USERNAME --name &quot;Full Name&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/staffcommands.cpp" line="221"/>
        <source>%1 (%2) is unlocked and may log in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/staffcommands.cpp" line="236"/>
        <source>%1 (%2) is enabled and may log in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/staffcommands.cpp" line="242"/>
        <source>%1 (%2) is disabled and can no longer log in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/staffcommands.cpp" line="246"/>
        <source>They were logged out of counter %1, which is now closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/staffcommands.cpp" line="249"/>
        <source>%1, called there but not started, is back at the front of its line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/staffcommands.cpp" line="254"/>
        <source>Counter %1 still holds %2, being served; finish or transfer it there (antrianctl finish|transfer %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/staffcommands.cpp" line="268"/>
        <source>ROLE: expected staff or supervisor, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/staffcommands.cpp" line="276"/>
        <source>%1 (%2) is now %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/staffcommands.cpp" line="284"/>
        <source>usage: antrianctl staff release COUNTER (the counter&apos;s number)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/floorcommands.cpp" line="225"/>
        <source>Counter %1 is released: %2 (%3) is logged out there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/floorcommands.cpp" line="232"/>
        <source>It still holds %1; whoever logs in at counter %2 next will see it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/staffcommands.cpp" line="295"/>
        <source>add USERNAME --name &quot;Full Name&quot; [--role supervisor]</source>
        <translation>add USERNAME --name &quot;Full Name&quot; [--role supervisor]</translation>
    </message>
    <message>
        <location filename="../../antrianctl/staffcommands.cpp" line="296"/>
        <source>a staff account; the PIN is typed at the terminal
(or given as one line on stdin), never as an argument</source>
        <translation>a staff account; the PIN is typed at the terminal
(or given as one line on stdin), never as an argument</translation>
    </message>
    <message>
        <location filename="../../antrianctl/staffcommands.cpp" line="298"/>
        <source>passwd USERNAME</source>
        <translation>passwd USERNAME</translation>
    </message>
    <message>
        <location filename="../../antrianctl/staffcommands.cpp" line="299"/>
        <source>set a new PIN the same way; lifts a lock</source>
        <translation>set a new PIN the same way; lifts a lock</translation>
    </message>
    <message>
        <location filename="../../antrianctl/staffcommands.cpp" line="300"/>
        <source>reset-pin USERNAME [--as SUPERVISOR]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/staffcommands.cpp" line="301"/>
        <source>the same, by a supervisor: their PIN first, then the
staff member types the new one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/staffcommands.cpp" line="303"/>
        <source>role USERNAME staff|supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/staffcommands.cpp" line="304"/>
        <source>change an account&apos;s role; the last supervisor stays one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/staffcommands.cpp" line="305"/>
        <source>list</source>
        <translation>list</translation>
    </message>
    <message>
        <location filename="../../antrianctl/staffcommands.cpp" line="306"/>
        <source>accounts, locks, and who is at which counter</source>
        <translation>accounts, locks, and who is at which counter</translation>
    </message>
    <message>
        <location filename="../../antrianctl/staffcommands.cpp" line="307"/>
        <source>unlock|disable|enable USERNAME</source>
        <translation>unlock|disable|enable USERNAME</translation>
    </message>
    <message>
        <location filename="../../antrianctl/staffcommands.cpp" line="308"/>
        <source>unlock / disable / enable an account</source>
        <translation>unlock / disable / enable an account</translation>
    </message>
    <message>
        <location filename="../../antrianctl/staffcommands.cpp" line="309"/>
        <location filename="../../antrianctl/floorcommands.cpp" line="251"/>
        <source>release COUNTER</source>
        <translation>release COUNTER</translation>
    </message>
    <message>
        <location filename="../../antrianctl/staffcommands.cpp" line="310"/>
        <source>log out whoever holds a counter (an app that crashed)</source>
        <translation>log out whoever holds a counter (an app that crashed)</translation>
    </message>
    <message>
        <location filename="../../antrianctl/staffcommands.cpp" line="315"/>
        <source>staff: the supervisor making the change (their PIN is asked first).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/staffcommands.cpp" line="316"/>
        <location filename="../../antrianctl/ratingcommands.cpp" line="234"/>
        <source>username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/pinprompt.cpp" line="115"/>
        <source>no PIN on standard input; give it as one line on stdin, or run at a terminal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/pinprompt.cpp" line="116"/>
        <location filename="../../antrianctl/pinprompt.cpp" line="124"/>
        <source>no PIN given; nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/pinprompt.cpp" line="116"/>
        <source>Type the PIN again: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/pinprompt.cpp" line="117"/>
        <source>the two PINs differ; nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/pinprompt.cpp" line="131"/>
        <source>no password on standard input; give it as one line on stdin, or run at a terminal</source>
        <translation>no password on standard input; give it as one line on stdin, or run at a terminal</translation>
    </message>
    <message>
        <location filename="../../antrianctl/pinprompt.cpp" line="132"/>
        <source>no password given; nothing was changed</source>
        <translation>no password given; nothing was changed</translation>
    </message>
    <message>
        <location filename="../../antrianctl/pinprompt.cpp" line="132"/>
        <source>Type the password again: </source>
        <translation>Type the password again: </translation>
    </message>
    <message>
        <location filename="../../antrianctl/pinprompt.cpp" line="133"/>
        <source>the two passwords differ; nothing was changed</source>
        <translation>the two passwords differ; nothing was changed</translation>
    </message>
    <message>
        <location filename="../../antrianctl/rolecommands.cpp" line="54"/>
        <source>usage: antrianctl role add NAME --kind %1, role list, role remove NAME</source>
        <translation>usage: antrianctl role add NAME --kind %1, role list, role remove NAME</translation>
    </message>
    <message>
        <location filename="../../antrianctl/rolecommands.cpp" line="155"/>
        <source>add NAME --kind kiosk|counter|display|supervisor</source>
        <translation>add NAME --kind kiosk|counter|display|supervisor</translation>
    </message>
    <message>
        <location filename="../../antrianctl/rolecommands.cpp" line="156"/>
        <source>a PC&apos;s login on a PostgreSQL server; the password is
read like a PIN, the line for its ~/.pgpass printed</source>
        <translation>a PC&apos;s login on a PostgreSQL server; the password is
read like a PIN, the line for its ~/.pgpass printed</translation>
    </message>
    <message>
        <location filename="../../antrianctl/rolecommands.cpp" line="158"/>
        <source>list|remove [NAME]</source>
        <translation>list|remove [NAME]</translation>
    </message>
    <message>
        <location filename="../../antrianctl/rolecommands.cpp" line="159"/>
        <source>the PCs&apos; roles on the server</source>
        <translation>the PCs&apos; roles on the server</translation>
    </message>
    <message>
        <location filename="../../antrianctl/rolecommands.cpp" line="162"/>
        <source>roles exist only on a PostgreSQL server (--db postgresql://user@host/dbname); a SQLite database serves the apps of one PC and has none</source>
        <translation>roles exist only on a PostgreSQL server (--db postgresql://user@host/dbname); a SQLite database serves the apps of one PC and has none</translation>
    </message>
    <message>
        <location filename="../../antrianctl/rolecommands.cpp" line="78"/>
        <source>--kind: expected %1, got &quot;%2&quot;</source>
        <translation>--kind: expected %1, got &quot;%2&quot;</translation>
    </message>
    <message>
        <location filename="../../antrianctl/rolecommands.cpp" line="88"/>
        <source>Password for %1 (at least %2 characters): </source>
        <translation>Password for %1 (at least %2 characters): </translation>
    </message>
    <message>
        <location filename="../../antrianctl/rolecommands.cpp" line="92"/>
        <source>the password is too short: at least %1 characters; nothing was changed</source>
        <translation>the password is too short: at least %1 characters; nothing was changed</translation>
    </message>
    <message>
        <location filename="../../antrianctl/rolecommands.cpp" line="109"/>
        <source>Role %1 (%2) is created on the server.</source>
        <translation>Role %1 (%2) is created on the server.</translation>
    </message>
    <message>
        <location filename="../../antrianctl/rolecommands.cpp" line="110"/>
        <source>Role %1 already existed: it has the new password now, and kind %2.</source>
        <translation>Role %1 already existed: it has the new password now, and kind %2.</translation>
    </message>
    <message>
        <location filename="../../antrianctl/rolecommands.cpp" line="112"/>
        <source>On that PC, add this line to ~/.pgpass of the user who runs the app (or to the file PGPASSFILE names), then make the file private with: chmod 600 ~/.pgpass</source>
        <translation>On that PC, add this line to ~/.pgpass of the user who runs the app (or to the file PGPASSFILE names), then make the file private with: chmod 600 ~/.pgpass</translation>
    </message>
    <message>
        <location filename="../../antrianctl/rolecommands.cpp" line="115"/>
        <source>The app on that PC connects with: --db %1</source>
        <translation>The app on that PC connects with: --db %1</translation>
    </message>
    <message>
        <location filename="../../antrianctl/rolecommands.cpp" line="117"/>
        <source>On another PC, put this server&apos;s address on the branch network in place of %1.</source>
        <translation>On another PC, put this server&apos;s address on the branch network in place of %1.</translation>
    </message>
    <message>
        <location filename="../../antrianctl/rolecommands.cpp" line="132"/>
        <location filename="../../antrianctl/floorcommands.cpp" line="210"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../antrianctl/rolecommands.cpp" line="138"/>
        <source>No PC roles yet; add one per PC with: antrianctl role add NAME --kind %1</source>
        <translation>No PC roles yet; add one per PC with: antrianctl role add NAME --kind %1</translation>
    </message>
    <message>
        <location filename="../../antrianctl/rolecommands.cpp" line="148"/>
        <source>Role %1 is removed: that PC can no longer connect to the server.</source>
        <translation>Role %1 is removed: that PC can no longer connect to the server.</translation>
    </message>
    <message>
        <location filename="../../antrianctl/help.cpp" line="95"/>
        <source>antrianctl %1, database schema version %2</source>
        <translation>antrianctl %1, database schema version %2</translation>
    </message>
    <message>
        <location filename="../../antrianctl/help.cpp" line="105"/>
        <source>Antrian queue system, from the command line.</source>
        <translation>Antrian queue system, from the command line.</translation>
    </message>
    <message>
        <location filename="../../antrianctl/help.cpp" line="105"/>
        <source>Commands:</source>
        <translation>Commands:</translation>
    </message>
    <message>
        <location filename="../../antrianctl/help.cpp" line="107"/>
        <source>Exit codes: 0 done, 2 bad usage or input, 3 refused by a queue rule, 4 storage failure, 5 doctor found a failure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/help.cpp" line="114"/>
        <source>Options:</source>
        <translation>Options:</translation>
    </message>
    <message>
        <location filename="../../antrianctl/help.cpp" line="119"/>
        <source>A PIN or password is read at the terminal, or as one line of stdin; never from the arguments.</source>
        <translation>A PIN or password is read at the terminal, or as one line of stdin; never from the arguments.</translation>
    </message>
    <message>
        <location filename="../../antrianctl/help.cpp" line="121"/>
        <source>Every command also takes --db, --config, --now, --json and --lang; see antrianctl --help.</source>
        <translation>Every command also takes --db, --config, --now, --json and --lang; see antrianctl --help.</translation>
    </message>
    <message>
        <location filename="../../antrianctl/help.cpp" line="137"/>
        <source>[COMMAND]</source>
        <translation>[COMMAND]</translation>
    </message>
    <message>
        <location filename="../../antrianctl/help.cpp" line="138"/>
        <source>this list, or the help of one command (also: COMMAND --help)</source>
        <translation>this list, or the help of one command (also: COMMAND --help)</translation>
    </message>
    <message>
        <location filename="../../antrianctl/help.cpp" line="142"/>
        <source>the version of antrianctl and of the database schema it writes</source>
        <translation>the version of antrianctl and of the database schema it writes</translation>
    </message>
    <message>
        <location filename="../../antrianctl/ratingcommands.cpp" line="38"/>
        <source>usage: antrianctl rate CODE 1..5, or rate CODE --skm A,B,C,D,E,F,G,H,I (nine answers 1..4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/ratingcommands.cpp" line="47"/>
        <source>--skm: expected nine whole numbers 1..4 separated by commas, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/ratingcommands.cpp" line="56"/>
        <source>a rating is a score from 1 to 5, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/ratingcommands.cpp" line="62"/>
        <source>%1: SKM questionnaire recorded (counter %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/ratingcommands.cpp" line="63"/>
        <source>%1 rated %2 of 5 (counter %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/ratingcommands.cpp" line="88"/>
        <source>no questionnaire answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../antrianctl/ratingcommands.cpp" line="89"/>
        <source>IKM %1, grade %2 (%3), %n respondent(s)</source>
        <translation>
            <numerusform>IKM %1, grade %2 (%3), %n respondent</numerusform>
            <numerusform>IKM %1, grade %2 (%3), %n respondents</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../antrianctl/ratingcommands.cpp" line="96"/>
        <source>Element</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/ratingcommands.cpp" line="96"/>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/ratingcommands.cpp" line="108"/>
        <source>SKM %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/ratingcommands.cpp" line="109"/>
        <source>All services: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/command.cpp" line="51"/>
        <source>--%1: expected YYYY-MM-DD, got &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/ratingcommands.cpp" line="121"/>
        <source>usage: antrianctl skm [--from YYYY-MM-DD] [--to YYYY-MM-DD]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/ratingcommands.cpp" line="130"/>
        <location filename="../../antrianctl/reportcommands.cpp" line="98"/>
        <location filename="../../antrianctl/simulationcommands.cpp" line="57"/>
        <source>--to %1 is before --from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/ratingcommands.cpp" line="153"/>
        <source>usage: antrianctl followups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/ratingcommands.cpp" line="166"/>
        <location filename="../../antrianctl/floorcommands.cpp" line="176"/>
        <source>Staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/ratingcommands.cpp" line="167"/>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/ratingcommands.cpp" line="167"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../antrianctl/ratingcommands.cpp" line="181"/>
        <source>%n follow-up(s) open</source>
        <translation>
            <numerusform>%n follow-up open</numerusform>
            <numerusform>%n follow-ups open</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../antrianctl/ratingcommands.cpp" line="188"/>
        <source>usage: antrianctl followup close CODE [--by USERNAME]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/ratingcommands.cpp" line="203"/>
        <source>the follow-up of %1 is closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/ratingcommands.cpp" line="212"/>
        <source>CODE 1..5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/ratingcommands.cpp" line="213"/>
        <source>the customer&apos;s rating of a finished ticket (five faces)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/ratingcommands.cpp" line="214"/>
        <source>CODE --skm 4,3,4,4,3,4,4,4,3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/ratingcommands.cpp" line="215"/>
        <source>one SKM questionnaire: nine answers 1..4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/ratingcommands.cpp" line="216"/>
        <source>rate: the nine SKM answers, comma-separated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/ratingcommands.cpp" line="217"/>
        <source>answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/ratingcommands.cpp" line="220"/>
        <source>[--from DATE] [--to DATE]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/ratingcommands.cpp" line="221"/>
        <source>SKM figures: each element&apos;s mean, the IKM and its grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/ratingcommands.cpp" line="222"/>
        <source>skm: first business date YYYY-MM-DD (default today).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/ratingcommands.cpp" line="224"/>
        <source>skm: last business date YYYY-MM-DD (default --from).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/ratingcommands.cpp" line="228"/>
        <source>tickets whose outcome needs a follow-up, not closed yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/ratingcommands.cpp" line="231"/>
        <source>close CODE [--by USERNAME]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/ratingcommands.cpp" line="232"/>
        <source>take a ticket off the follow-up list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/ratingcommands.cpp" line="233"/>
        <source>followup close: the staff member who closes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/floorcommands.cpp" line="39"/>
        <source>on break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/floorcommands.cpp" line="48"/>
        <source>green</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/floorcommands.cpp" line="49"/>
        <source>amber</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/floorcommands.cpp" line="50"/>
        <source>red</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/floorcommands.cpp" line="85"/>
        <source>alert %1 handled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/floorcommands.cpp" line="230"/>
        <source>%1 is waiting again, in its place</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../antrianctl/floorcommands.cpp" line="99"/>
        <source>%n waiting ticket(s) sent from %1 to %2</source>
        <translation>
            <numerusform>%n waiting ticket sent from %1 to %2</numerusform>
            <numerusform>%n waiting tickets sent from %1 to %2</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../antrianctl/floorcommands.cpp" line="102"/>
        <source>usage: antrianctl floor [--json], floor handle ALERT_ID, floor release COUNTER, floor send FROM_SERVICE TO_SERVICE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/floorcommands.cpp" line="176"/>
        <source>Since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/floorcommands.cpp" line="177"/>
        <location filename="../../antrianctl/floorcommands.cpp" line="211"/>
        <source>Minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/floorcommands.cpp" line="188"/>
        <source>idle while customers wait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/floorcommands.cpp" line="194"/>
        <source>Longest wait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/floorcommands.cpp" line="194"/>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/reportcommands.cpp" line="27"/>
        <source>usage: antrianctl report --from DATE --to DATE --by service|counter|staff|hour|day [--json] [--csv FILE] [--pdf FILE]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/reportcommands.cpp" line="36"/>
        <location filename="../../antrianctl/floorcommands.cpp" line="195"/>
        <source>Served</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/reportcommands.cpp" line="37"/>
        <location filename="../../antrianctl/floorcommands.cpp" line="195"/>
        <source>No-show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/reportcommands.cpp" line="38"/>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/reportcommands.cpp" line="39"/>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/reportcommands.cpp" line="40"/>
        <source>Transferred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/reportcommands.cpp" line="41"/>
        <source>Wait mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/reportcommands.cpp" line="42"/>
        <source>Wait median</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/reportcommands.cpp" line="43"/>
        <source>Wait p90</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/reportcommands.cpp" line="44"/>
        <source>Walk mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/reportcommands.cpp" line="45"/>
        <source>Service mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/reportcommands.cpp" line="46"/>
        <source>Service median</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/reportcommands.cpp" line="47"/>
        <source>Service p90</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/reportcommands.cpp" line="48"/>
        <source>Within target %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/reportcommands.cpp" line="49"/>
        <source>Ratings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/reportcommands.cpp" line="50"/>
        <source>Rating mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/reportcommands.cpp" line="51"/>
        <source>Resolved %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/reportcommands.cpp" line="52"/>
        <source>Idle while waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/reportcommands.cpp" line="72"/>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/reportcommands.cpp" line="77"/>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/reportcommands.cpp" line="78"/>
        <source>%1: %2, %3 to %4 (%5); minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/reportcommands.cpp" line="102"/>
        <source>--by: expected service, counter, staff, hour or day, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/reportcommands.cpp" line="112"/>
        <source>CSV written to %1, its definitions to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/reportcommands.cpp" line="120"/>
        <source>PDF written to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/reportcommands.cpp" line="131"/>
        <source>--from DATE --to DATE --by service|counter|staff|hour|day [--csv FILE] [--pdf FILE]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/reportcommands.cpp" line="132"/>
        <source>what the branch did: waits, service times, targets, ratings, outcomes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/reportcommands.cpp" line="133"/>
        <source>report: first business date YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/reportcommands.cpp" line="135"/>
        <source>report: last business date YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/reportcommands.cpp" line="137"/>
        <source>report: one row per service, counter, staff, hour or day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/reportcommands.cpp" line="138"/>
        <source>grouping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/reportcommands.cpp" line="139"/>
        <source>report: also write the report to this CSV file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/reportcommands.cpp" line="141"/>
        <source>report: also write the report to this PDF file (A4, with its charts).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/floorcommands.cpp" line="195"/>
        <source>Called within target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/floorcommands.cpp" line="200"/>
        <source>(paused)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/floorcommands.cpp" line="202"/>
        <source>%1 of %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/floorcommands.cpp" line="204"/>
        <source>%1 (target %2%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/floorcommands.cpp" line="206"/>
        <source>Floor at %1, business date %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/floorcommands.cpp" line="209"/>
        <source>No alerts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/floorcommands.cpp" line="210"/>
        <source>Alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/floorcommands.cpp" line="210"/>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/floorcommands.cpp" line="210"/>
        <source>Raised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/floorcommands.cpp" line="210"/>
        <source>Cleared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/floorcommands.cpp" line="213"/>
        <source>service %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/floorcommands.cpp" line="217"/>
        <source>Handle one with: antrianctl floor handle ALERT_ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/floorcommands.cpp" line="228"/>
        <source>Counter %1 is released.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/floorcommands.cpp" line="249"/>
        <source>the live floor: counters, services against their standards, alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/floorcommands.cpp" line="250"/>
        <source>handle ALERT_ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/floorcommands.cpp" line="250"/>
        <source>mark an alert handled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/floorcommands.cpp" line="252"/>
        <source>log out whoever is at a counter; its called ticket waits again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/floorcommands.cpp" line="253"/>
        <source>send FROM TO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/floorcommands.cpp" line="254"/>
        <source>send a service&apos;s waiting tickets to another service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/simulationcommands.cpp" line="30"/>
        <source>usage: antrianctl simulate --from DATE --to DATE [--seed N] [--tickets-per-day N | --load X]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/simulationcommands.cpp" line="65"/>
        <source>--seed: expected a whole number, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/simulationcommands.cpp" line="70"/>
        <source>give --tickets-per-day or --load, not both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/simulationcommands.cpp" line="75"/>
        <source>--tickets-per-day: expected a whole number above 0, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/simulationcommands.cpp" line="82"/>
        <source>--load: expected a share of the counters&apos; capacity above 0 and at most 2 (0.82 is busy but not saturated), got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../antrianctl/simulationcommands.cpp" line="92"/>
        <source>%1: %n open day(s), %2 tickets (%3 in all), %4</source>
        <translation>
            <numerusform>%1: %n open day, %2 tickets (%3 in all), %4</numerusform>
            <numerusform>%1: %n open days, %2 tickets (%3 in all), %4</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../antrianctl/simulationcommands.cpp" line="124"/>
        <source>Simulated %1 to %2 (seed %3): %n open day(s)</source>
        <translation>
            <numerusform>Simulated %1 to %2 (seed %3): %n open day</numerusform>
            <numerusform>Simulated %1 to %2 (seed %3): %n open days</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../antrianctl/simulationcommands.cpp" line="126"/>
        <source>%1 tickets: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/simulationcommands.cpp" line="127"/>
        <source>%1 served, %2 no-shows, %3 transferred, %4 ratings, %5 breaks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/simulationcommands.cpp" line="135"/>
        <source>%1 arrivals turned away by a service&apos;s daily limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/simulationcommands.cpp" line="136"/>
        <source>Time taken: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/simulationcommands.cpp" line="148"/>
        <source>usage: antrianctl staffing --weekday mon|tue|wed|thu|fri|sat|sun [--weeks N]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/simulationcommands.cpp" line="152"/>
        <source>--weekday: expected mon, tue, wed, thu, fri, sat or sun, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/simulationcommands.cpp" line="158"/>
        <source>--weeks: expected a whole number from 1 to 520, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/simulationcommands.cpp" line="165"/>
        <source>Hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/simulationcommands.cpp" line="165"/>
        <source>Arrivals/h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/simulationcommands.cpp" line="165"/>
        <source>Service min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/simulationcommands.cpp" line="165"/>
        <source>Needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/simulationcommands.cpp" line="165"/>
        <source>Staffed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/simulationcommands.cpp" line="166"/>
        <source>Per service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/simulationcommands.cpp" line="188"/>
        <source>SHORT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/simulationcommands.cpp" line="199"/>
        <source>The branch is closed on that weekday.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../antrianctl/simulationcommands.cpp" line="201"/>
        <source>Counters needed so that 90% are called within the service&apos;s target wait (Erlang C), from %n day(s) of history</source>
        <translation>
            <numerusform>Counters needed so that 90% are called within the service&apos;s target wait (Erlang C), from %n day of history</numerusform>
            <numerusform>Counters needed so that 90% are called within the service&apos;s target wait (Erlang C), from %n days of history</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../antrianctl/simulationcommands.cpp" line="204"/>
        <source>Needed is summed over services: a counter that serves several is counted for each, an upper bound.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/simulationcommands.cpp" line="216"/>
        <source>--from DATE --to DATE [--seed N] [--tickets-per-day N | --load X]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/simulationcommands.cpp" line="217"/>
        <source>fill the database with realistic days through the real engine
(refused for dates that already hold tickets)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/simulationcommands.cpp" line="219"/>
        <source>first business date YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/simulationcommands.cpp" line="221"/>
        <source>last business date YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/simulationcommands.cpp" line="223"/>
        <source>simulate: the random seed (default 1); the same seed gives the same days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/simulationcommands.cpp" line="224"/>
        <location filename="../../antrianctl/simulationcommands.cpp" line="226"/>
        <location filename="../../antrianctl/simulationcommands.cpp" line="236"/>
        <source>n</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/simulationcommands.cpp" line="225"/>
        <source>simulate: tickets of an ordinary full day (Mondays and paydays more).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/simulationcommands.cpp" line="227"/>
        <source>simulate: the busiest hour&apos;s load as a share of the counters (default 0.82).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/simulationcommands.cpp" line="228"/>
        <source>x</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/simulationcommands.cpp" line="231"/>
        <source>--weekday mon|tue|wed|thu|fri|sat|sun [--weeks N]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/simulationcommands.cpp" line="232"/>
        <source>counters each hour needs (Erlang C, 90% within target) beside those staffed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/simulationcommands.cpp" line="233"/>
        <source>staffing: the weekday, mon..sun.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/simulationcommands.cpp" line="234"/>
        <source>day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/simulationcommands.cpp" line="235"/>
        <source>staffing: weeks of history to average (default 8).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/setupcommands.cpp" line="65"/>
        <source>--%1: expected a whole number from %2, got &quot;%3&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/setupcommands.cpp" line="80"/>
        <source>%1 is not installed beside antrianctl, in %2: install its package first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/setupcommands.cpp" line="97"/>
        <source>usage: antrianctl setup-pc %1 [options], or setup-pc --undo ROLE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/setupcommands.cpp" line="106"/>
        <source>setup-pc: expected a role, %1, got &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/setupcommands.cpp" line="125"/>
        <source>--%1 goes with %2, not with setup-pc %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/setupcommands.cpp" line="164"/>
        <source>--user: there is no user &quot;%1&quot; on this PC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/setupcommands.cpp" line="181"/>
        <source>cage, the kiosk compositor, is not installed: apt install cage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/setupcommands.cpp" line="210"/>
        <source>setup-pc %1 writes system units under /etc/systemd/system and must run as root: sudo antrianctl setup-pc %1 ...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/setupcommands.cpp" line="224"/>
        <source>systemctl %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/setupcommands.cpp" line="247"/>
        <source>could not create the user %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/setupcommands.cpp" line="262"/>
        <source>this PC is already set up as the %1 at boot; take that off first: antrianctl setup-pc --undo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/setupcommands.cpp" line="275"/>
        <source>Dry run: nothing was written. Would enable: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/setupcommands.cpp" line="286"/>
        <source>Created the user %1 (home %2), who runs the app; nobody logs in as it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/setupcommands.cpp" line="293"/>
        <source>could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/setupcommands.cpp" line="295"/>
        <source>Wrote %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/setupcommands.cpp" line="304"/>
        <source>Enabled %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/setupcommands.cpp" line="315"/>
        <source>The PC now starts to graphical.target.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/setupcommands.cpp" line="320"/>
        <source>Warning: a desktop login screen (display-manager.service) also starts on this PC and may take the screen; on a kiosk or TV PC turn it off: systemctl disable display-manager.service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/setupcommands.cpp" line="323"/>
        <source>It starts at the next boot, or now with: systemctl start antrian-%1.service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/setupcommands.cpp" line="325"/>
        <source>It starts at the next login to this PC&apos;s desktop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/setupcommands.cpp" line="328"/>
        <source>The database %1 is backed up each evening at 21:00 (or at the next start), 14 days kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/setupcommands.cpp" line="331"/>
        <source>The database %1 does not exist yet; create it as the user who runs the app: sudo -u %2 antrianctl --db %1 init</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/setupcommands.cpp" line="335"/>
        <source>Take it off with: antrianctl setup-pc --undo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/setupcommands.cpp" line="364"/>
        <source>Dry run: would disable %1 and remove %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/setupcommands.cpp" line="376"/>
        <source>could not remove %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/setupcommands.cpp" line="377"/>
        <source>Removed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/setupcommands.cpp" line="383"/>
        <source>Nothing of setup-pc %1 was found on this PC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/setupcommands.cpp" line="384"/>
        <source>setup-pc %1 is taken off. The user who ran the app and the database are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/setupcommands.cpp" line="395"/>
        <source>kiosk|display [--printer SPEC] [--user NAME]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/setupcommands.cpp" line="396"/>
        <source>start this PC&apos;s app at boot, full screen under cage,
restarted within seconds; with a daily backup on SQLite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/setupcommands.cpp" line="398"/>
        <source>counter|display --desktop [--counter N] [--screen N]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/setupcommands.cpp" line="399"/>
        <source>start it at login on this PC&apos;s desktop, restarted if it exits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/setupcommands.cpp" line="400"/>
        <source>backup [--user NAME]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/setupcommands.cpp" line="401"/>
        <source>this PC keeps the daily backup (14 days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/setupcommands.cpp" line="402"/>
        <source>--undo ROLE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/setupcommands.cpp" line="403"/>
        <source>take off what setup-pc ROLE wrote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/setupcommands.cpp" line="404"/>
        <source>setup-pc kiosk: the ticket printer, as antrian-kiosk --printer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/setupcommands.cpp" line="405"/>
        <location filename="../../antrianctl/doctorcommands.cpp" line="193"/>
        <source>spec</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/setupcommands.cpp" line="406"/>
        <source>setup-pc display --desktop: full screen on screen N (0 is the first).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/setupcommands.cpp" line="407"/>
        <location filename="../../antrianctl/setupcommands.cpp" line="411"/>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/setupcommands.cpp" line="408"/>
        <source>setup-pc display: at login on a desktop (a TV on a staff PC&apos;s second output) instead of at boot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/setupcommands.cpp" line="410"/>
        <source>setup-pc counter: this PC is counter N.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/setupcommands.cpp" line="412"/>
        <source>setup-pc: the user who runs the app at boot (default antrian, created if missing).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/setupcommands.cpp" line="415"/>
        <source>setup-pc: also the daily backup, on PostgreSQL too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/setupcommands.cpp" line="416"/>
        <source>setup-pc: no daily backup on this PC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/setupcommands.cpp" line="417"/>
        <source>setup-pc: write under this folder instead of / (an image, tests).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/setupcommands.cpp" line="418"/>
        <source>folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/setupcommands.cpp" line="419"/>
        <source>setup-pc: print what would be written; write nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/setupcommands.cpp" line="420"/>
        <source>setup-pc: take off what setup-pc ROLE wrote.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/doctorcommands.cpp" line="110"/>
        <source>usage: antrianctl doctor [--pc kiosk|display|counter] [--printer SPEC] [--json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/doctorcommands.cpp" line="116"/>
        <source>--pc: expected kiosk, display or counter, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/doctorcommands.cpp" line="147"/>
        <source>Not checked: the database cannot be reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/doctorcommands.cpp" line="187"/>
        <source>[--pc kiosk|display|counter] [--printer SPEC]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/doctorcommands.cpp" line="188"/>
        <source>check this PC: database, disk, schema, printer, sound, speech, time zone, clock
exit 0 when nothing failed (warnings allowed), 5 when a check failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/doctorcommands.cpp" line="190"/>
        <source>doctor: what this PC is for: kiosk, display or counter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/doctorcommands.cpp" line="192"/>
        <source>doctor: the kiosk&apos;s printer, as its --printer (escpos-tcp:HOST:PORT, ...).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/backupcommands.cpp" line="28"/>
        <source>usage: antrianctl backup FILE, or antrianctl backup --daily [--keep DAYS]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/backupcommands.cpp" line="33"/>
        <source>%1 MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/backupcommands.cpp" line="34"/>
        <source>%1 KiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/backupcommands.cpp" line="44"/>
        <source>--keep: expected a number of days, 1 or more, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/backupcommands.cpp" line="50"/>
        <source>Daily backup of %1 written to %2 (%3), replacing today&apos;s earlier copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/backupcommands.cpp" line="51"/>
        <source>Daily backup of %1 written to %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/backupcommands.cpp" line="54"/>
        <source>No copy older than %1 days to remove.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/backupcommands.cpp" line="56"/>
        <source>Copies older than %1 days, removed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/backupcommands.cpp" line="78"/>
        <source>Backup of %1 written to %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/backupcommands.cpp" line="84"/>
        <source>usage: antrianctl restore FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/backupcommands.cpp" line="96"/>
        <source>Restored %1 from %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/backupcommands.cpp" line="98"/>
        <source>The database it replaced is kept as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/backupcommands.cpp" line="100"/>
        <source>The backup has schema version %1; it is migrated to version %2 when next opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/backupcommands.cpp" line="117"/>
        <location filename="../../antrianctl/backupcommands.cpp" line="128"/>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/backupcommands.cpp" line="118"/>
        <source>a consistent copy of the database while the apps keep writing
(pg_dump --format=custom on PostgreSQL)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/backupcommands.cpp" line="120"/>
        <source>--daily [--keep DAYS]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/backupcommands.cpp" line="121"/>
        <source>today&apos;s copy in backups/ beside the database, replacing today&apos;s;
removes daily copies older than DAYS (14)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/backupcommands.cpp" line="123"/>
        <source>Backup: today&apos;s copy in the backups folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/backupcommands.cpp" line="124"/>
        <source>Backup --daily: days of copies to keep (14).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/backupcommands.cpp" line="125"/>
        <source>days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../antrianctl/backupcommands.cpp" line="129"/>
        <source>put a backup in place of the database, after checking it;
refused while an app has it open; the old one is kept aside</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
