<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>AppSetup</name>
    <message>
        <location filename="../../common/app/appsetup.cpp" line="42"/>
        <source>Database file (default %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/app/appsetup.cpp" line="42"/>
        <source>path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/app/appsetup.cpp" line="43"/>
        <source>Import this branch config file first (validated whole).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/app/appsetup.cpp" line="43"/>
        <location filename="../../common/app/appsetup.cpp" line="46"/>
        <location filename="../../common/app/appsetup.cpp" line="48"/>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/app/appsetup.cpp" line="44"/>
        <source>Language: id (Indonesian, default) or en.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/app/appsetup.cpp" line="44"/>
        <source>lang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/app/appsetup.cpp" line="45"/>
        <source>Start the clock at this moment, ISO 8601 (2026-11-23T09:00:00+07:00).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/app/appsetup.cpp" line="45"/>
        <source>time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/app/appsetup.cpp" line="46"/>
        <source>Render the first screen, save it as a PNG and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/app/appsetup.cpp" line="47"/>
        <source>Append the log to this file (default: the journal under systemd, else stderr).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/app/appsetup.cpp" line="77"/>
        <source>--lang: expected id or en, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/app/appsetup.cpp" line="105"/>
        <source>--now: expected an ISO 8601 time such as 2026-11-23T09:00:00+07:00, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <location filename="../../common/backup/backup.cpp" line="23"/>
        <source>%1 is the database itself; give another file for the backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/backup/sqlitecopy.cpp" line="87"/>
        <location filename="../../common/backup/sqliterestore.cpp" line="126"/>
        <location filename="../../common/backup/pgdump.cpp" line="90"/>
        <source>cannot create the folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/backup/sqlitecopy.cpp" line="90"/>
        <source>cannot write in the folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/backup/sqlitecopy.cpp" line="97"/>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/backup/sqlitecopy.cpp" line="101"/>
        <location filename="../../common/backup/pgdump.cpp" line="97"/>
        <source>the backup of %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/backup/sqlitecopy.cpp" line="129"/>
        <source>the copy does not pass integrity_check: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/backup/sqlitecopy.cpp" line="133"/>
        <location filename="../../common/backup/pgdump.cpp" line="101"/>
        <source>cannot write %1 to disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/backup/sqlitecopy.cpp" line="135"/>
        <source>cannot rename %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/backup/sqlitecopy.cpp" line="157"/>
        <source>the backup of %1 failed: its SQLite connection is not open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/backup/sqlitecopy.cpp" line="168"/>
        <location filename="../../common/backup/uselock.cpp" line="171"/>
        <location filename="../../common/backup/uselock.cpp" line="224"/>
        <source>cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/backup/sqliterestore.cpp" line="73"/>
        <location filename="../../common/backup/pgdump.cpp" line="110"/>
        <source>no file at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/backup/sqliterestore.cpp" line="75"/>
        <source>%1 is a folder, not a backup file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/backup/sqliterestore.cpp" line="77"/>
        <source>cannot read %1: permission denied; nothing was restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/backup/sqliterestore.cpp" line="79"/>
        <source>%1 is not an SQLite database file; nothing was restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/backup/sqliterestore.cpp" line="82"/>
        <source>cannot open %1: %2; nothing was restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/backup/sqliterestore.cpp" line="86"/>
        <source>%1 is damaged (integrity_check: %2); nothing was restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/backup/sqliterestore.cpp" line="91"/>
        <source>%1 is an SQLite database of another program, not an Antrian backup (it has no %2 table); nothing was restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/backup/sqliterestore.cpp" line="99"/>
        <location filename="../../common/backup/pgdump.cpp" line="137"/>
        <source>%1 has no schema version row, so it is not an Antrian backup; nothing was restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/backup/sqliterestore.cpp" line="101"/>
        <location filename="../../common/backup/pgdump.cpp" line="139"/>
        <source>%1 was written by a newer Antrian (schema version %2; this program knows up to %3); upgrade Antrian to restore it; nothing was restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/backup/sqliterestore.cpp" line="114"/>
        <source>%1 is the database itself; give a backup file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/backup/sqliterestore.cpp" line="138"/>
        <source>cannot keep the current database aside as %1 (%2); nothing was restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/backup/sqliterestore.cpp" line="153"/>
        <source>cannot rename %1 to %2; the database was left as it was</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/backup/pgdump.cpp" line="67"/>
        <source>%1 is not installed on this PC; install it with: sudo apt-get install postgresql-client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/backup/pgdump.cpp" line="73"/>
        <source>%1 did not run to its end: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/backup/pgdump.cpp" line="77"/>
        <source>%1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/backup/pgdump.cpp" line="77"/>
        <source>exit code %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/backup/pgdump.cpp" line="113"/>
        <source>%1 is not a PostgreSQL backup (pg_dump --format=custom): %2; nothing was restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/backup/pgdump.cpp" line="117"/>
        <source>%1 is a PostgreSQL backup of another program, not Antrian&apos;s (it has no %2 table); nothing was restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/backup/pgdump.cpp" line="125"/>
        <source>%1 cannot be read: %2; nothing was restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/backup/pgdump.cpp" line="173"/>
        <source>cannot connect to the database server %1: %2</source>
        <translation type="unfinished">cannot connect to the database server %1: %2</translation>
    </message>
    <message>
        <location filename="../../common/backup/pgdump.cpp" line="183"/>
        <source>cannot read who is connected to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/backup/pgdump.cpp" line="186"/>
        <source>%1 (%2, pid %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/backup/pgdump.cpp" line="193"/>
        <location filename="../../common/backup/uselock.cpp" line="228"/>
        <location filename="../../common/backup/uselock.cpp" line="233"/>
        <source>%1 is in use by %2; close it first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/backup/pgdump.cpp" line="198"/>
        <source>the restore of %1 failed, and changed nothing (one transaction): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/backup/uselock.cpp" line="82"/>
        <source>%1 (pid %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/backup/uselock.cpp" line="82"/>
        <source>a program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/backup/uselock.cpp" line="191"/>
        <source>%1 is being restored by %2; try again in a moment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/backup/uselock.cpp" line="192"/>
        <location filename="../../common/backup/uselock.cpp" line="228"/>
        <source>another program</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BranchCalendar</name>
    <message>
        <location filename="../../common/calendar/branchcalendar.cpp" line="84"/>
        <source>today %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/calendar/branchcalendar.cpp" line="96"/>
        <source>no more tickets today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/calendar/branchcalendar.cpp" line="98"/>
        <source>branch closed; no opening hours are configured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/calendar/branchcalendar.cpp" line="101"/>
        <source>no more tickets today; branch opens again %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/calendar/branchcalendar.cpp" line="104"/>
        <source>branch closed for %1 until %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/calendar/branchcalendar.cpp" line="105"/>
        <source>branch closed until %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BranchSimulator</name>
    <message>
        <location filename="../../common/simulation/branchsimulator.cpp" line="51"/>
        <source>counter %1 is not an active counter of this branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/simulation/branchsimulator.cpp" line="54"/>
        <source>the branch has no active counter to staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/simulation/branchsimulator.cpp" line="74"/>
        <source>no staffed counter serves service %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../common/simulation/branchsimulator.cpp" line="92"/>
        <source>the database already holds %n ticket(s) dated %1 to %2; simulate dates it has no tickets for, or into a new database</source>
        <translation>
            <numerusform>the database already holds %n ticket dated %1 to %2; simulate dates it has no tickets for, or into a new database</numerusform>
            <numerusform>the database already holds %n tickets dated %1 to %2; simulate dates it has no tickets for, or into a new database</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../common/simulation/branchsimulator.cpp" line="100"/>
        <source>counter %1 is held by %2; log them out before simulating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/simulation/branchsimulator.cpp" line="117"/>
        <source>Simulated staff %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/simulation/branchsimulator.cpp" line="130"/>
        <source>a simulation needs a valid range of dates, the first not after the last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/simulation/branchsimulator.cpp" line="220"/>
        <source>simulation of %1: counter %2 still open at the end of the day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/simulation/simulationsteps.cpp" line="17"/>
        <source>simulation, %1 at counter %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BranchState</name>
    <message>
        <location filename="../../common/calendar/branchstate.cpp" line="22"/>
        <source>Customers who already have a number will still be served.</source>
        <translation>Customers who already have a number will still be served.</translation>
    </message>
    <message>
        <location filename="../../common/calendar/branchstate.cpp" line="34"/>
        <source>today at %1</source>
        <translation>today at %1</translation>
    </message>
    <message>
        <location filename="../../common/calendar/branchstate.cpp" line="35"/>
        <source>tomorrow, %1, at %2</source>
        <translation>tomorrow, %1, at %2</translation>
    </message>
    <message>
        <location filename="../../common/calendar/branchstate.cpp" line="36"/>
        <source>%1 at %2</source>
        <translation>%1 at %2</translation>
    </message>
    <message>
        <location filename="../../common/calendar/branchstate.cpp" line="50"/>
        <source>Open until %1</source>
        <translation>Open until %1</translation>
    </message>
    <message>
        <location filename="../../common/calendar/branchstate.cpp" line="58"/>
        <source>No more tickets today</source>
        <translation>No more tickets today</translation>
    </message>
    <message>
        <location filename="../../common/calendar/branchstate.cpp" line="66"/>
        <source>We are closed today</source>
        <translation>We are closed today</translation>
    </message>
    <message>
        <location filename="../../common/calendar/branchstate.cpp" line="70"/>
        <source>We are closed</source>
        <translation>We are closed</translation>
    </message>
    <message>
        <location filename="../../common/calendar/branchstate.cpp" line="73"/>
        <source>No opening hours are set up. Please ask our staff.</source>
        <translation>No opening hours are set up. Please ask our staff.</translation>
    </message>
    <message>
        <location filename="../../common/calendar/branchstate.cpp" line="76"/>
        <source>we open again %1</source>
        <translation>we open again %1</translation>
    </message>
</context>
<context>
    <name>BranchStore</name>
    <message>
        <location filename="../../common/storage/branchstore.cpp" line="155"/>
        <source>the database %1 holds no branch setup yet; import one with: antrianctl init --config FILE</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConfigLoader</name>
    <message>
        <location filename="../../common/config/configloader.cpp" line="57"/>
        <source>unknown field; expected one of: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/config/configloader.cpp" line="68"/>
        <source>missing; expected a text value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/config/configloader.cpp" line="72"/>
        <source>expected a text value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/config/configloader.cpp" line="77"/>
        <source>must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/config/configloader.cpp" line="89"/>
        <source>expected a whole number from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/config/configloader.cpp" line="101"/>
        <source>expected true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/config/configloader.cpp" line="113"/>
        <source>expected one of %1, got &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/config/configloader.cpp" line="124"/>
        <source>missing; expected an object { ... }</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/config/configloader.cpp" line="128"/>
        <location filename="../../common/config/configloader.cpp" line="294"/>
        <location filename="../../common/config/configloader.cpp" line="319"/>
        <location filename="../../common/config/configloader.cpp" line="360"/>
        <source>expected an object { ... }</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/config/configloader.cpp" line="137"/>
        <source>missing; expected a list [ ... ]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/config/configloader.cpp" line="141"/>
        <source>expected a list [ ... ]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/config/configloader.cpp" line="154"/>
        <source>expected a time of day as &quot;HH:MM&quot; (00:00 to 24:00), got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/config/configloader.cpp" line="155"/>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/config/configloader.cpp" line="166"/>
        <source>closing time must be after opening time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/config/configloader.cpp" line="176"/>
        <source>expected a date as &quot;YYYY-MM-DD&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/config/configloader.cpp" line="220"/>
        <source>unknown time zone &quot;%1&quot;; expected an IANA name such as Asia/Jakarta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/config/configloader.cpp" line="234"/>
        <source>expected {&quot;open&quot;: &quot;HH:MM&quot;, &quot;close&quot;: &quot;HH:MM&quot;} or null for closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/config/configloader.cpp" line="258"/>
        <source>%1 is listed twice among holidays and special days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/config/configloader.cpp" line="278"/>
        <source>expected a lower-case word such as &quot;elderly&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/config/configloader.cpp" line="281"/>
        <location filename="../../common/config/configloader.cpp" line="305"/>
        <source>&quot;%1&quot; is used twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/config/configloader.cpp" line="303"/>
        <source>expected a lower-case word such as &quot;selesai&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/config/configloader.cpp" line="314"/>
        <source>the branch needs at least one service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/config/configloader.cpp" line="330"/>
        <source>expected one capital letter A-Z (the ticket prefix), got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/config/configloader.cpp" line="332"/>
        <source>service code &quot;%1&quot; is used twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/config/configloader.cpp" line="344"/>
        <source>an outcome is required but the branch lists no &quot;outcomes&quot;; add them or set it to false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/config/configloader.cpp" line="356"/>
        <source>the branch needs at least one counter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/config/configloader.cpp" line="367"/>
        <source>missing; expected the counter number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/config/configloader.cpp" line="370"/>
        <source>counter %1 is defined twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/config/configloader.cpp" line="383"/>
        <source>a counter must serve at least one service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/config/configloader.cpp" line="388"/>
        <source>unknown service &quot;%1&quot;; expected a code from services[]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/config/configloader.cpp" line="390"/>
        <source>service &quot;%1&quot; is listed twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/config/configloader.cpp" line="400"/>
        <source>service &quot;%1&quot; is served by no active counter; add it to a counter or set &quot;active&quot;: false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/config/configloader.cpp" line="437"/>
        <source>services[%1].%2 &quot;%3&quot;: can be taken for the kiosk&apos;s priority service for the elderly, disabled and pregnant; say whom it is for, e.g. &quot;Nasabah Prioritas&quot; or &quot;Priority Banking&quot;</source>
        <translation>services[%1].%2 &quot;%3&quot;: can be taken for the kiosk&apos;s priority service for the elderly, disabled and pregnant; say whom it is for, e.g. &quot;Nasabah Prioritas&quot; or &quot;Priority Banking&quot;</translation>
    </message>
    <message>
        <location filename="../../common/config/configloader.cpp" line="450"/>
        <source>%1 is a folder, not a config file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/config/configloader.cpp" line="452"/>
        <source>%1: no such config file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/config/configloader.cpp" line="454"/>
        <source>%1: cannot read config file: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/config/configloader.cpp" line="467"/>
        <source>%1:%2: not valid JSON: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/config/configloader.cpp" line="473"/>
        <source>%1:1: expected a JSON object { ... } at the top level</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CounterSessions</name>
    <message>
        <location filename="../../common/staff/countersessions.cpp" line="56"/>
        <location filename="../../common/staff/countersessions.cpp" line="311"/>
        <source>there is no counter %1 in this branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/staff/countersessions.cpp" line="58"/>
        <source>counter %1 is not in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/staff/countersessions.cpp" line="115"/>
        <source>counter %1 is in use by %2 since %3; ask them to log out, or a supervisor to release the counter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/staff/countersessions.cpp" line="126"/>
        <source>%1 is logged in at counter %2 since %3; log out there first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/staff/countersessions.cpp" line="192"/>
        <source>counter %1 still holds %2; finish, transfer or mark it no-show before logging out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/staff/countersessions.cpp" line="250"/>
        <source>your account %1 has been disabled by a supervisor; you are logged out of counter %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/staff/countersessions.cpp" line="259"/>
        <source>you were logged out of counter %1 (released by a supervisor, or logged out from another window)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/staff/countersessions.cpp" line="264"/>
        <source>you logged in at counter %1 again from another window at %2; this window has been logged out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/staff/countersessions.cpp" line="268"/>
        <source>counter %1 was taken over by %2 at %3, because this app had not been heard from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/staff/sessionending.cpp" line="101"/>
        <source>the account %1 has been disabled by a supervisor; it can no longer work at a counter</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CounterView</name>
    <message>
        <location filename="../../common/queue/counterqueue.cpp" line="62"/>
        <source>counter %1 is not in use in this branch</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <location filename="../../common/storage/database.cpp" line="42"/>
        <source>%1 is a folder, not a database file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/storage/database.cpp" line="46"/>
        <source>database not found at %1: the folder %2 does not exist; create it with: antrianctl init --db %1</source>
        <translation>database not found at %1: the folder %2 does not exist; create it with: antrianctl init --db %1</translation>
    </message>
    <message>
        <location filename="../../common/storage/database.cpp" line="49"/>
        <source>no Antrian database at %1; create it with: antrianctl init --db %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/storage/database.cpp" line="52"/>
        <source>cannot create the folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/storage/database.cpp" line="61"/>
        <source>cannot read %1: permission denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/storage/database.cpp" line="246"/>
        <source>cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/storage/database.cpp" line="251"/>
        <source>%1 is not an Antrian database (not a SQLite file); it was left unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/storage/database.cpp" line="253"/>
        <location filename="../../common/storage/database.cpp" line="299"/>
        <source>%1 cannot be read as a database: %2; it was left unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/storage/database.cpp" line="256"/>
        <source>database not found at %1</source>
        <translation>database not found at %1</translation>
    </message>
    <message>
        <location filename="../../common/storage/database.cpp" line="188"/>
        <source>%1 is a SQLite database of another program, not Antrian&apos;s; it was left unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/storage/database.cpp" line="187"/>
        <source>%1 is a database of another program, not Antrian&apos;s; it was left unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/storage/database.cpp" line="190"/>
        <source>%1 is empty; create the Antrian database with: antrianctl init --db %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/storage/database.cpp" line="197"/>
        <source>%1 was written by a newer Antrian (schema version %2; this program knows up to %3); upgrade Antrian to open it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/storage/database.cpp" line="269"/>
        <source>PostgreSQL support is not installed on this PC; install it with: sudo apt-get install libqt6sql6-psql</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/storage/database.cpp" line="293"/>
        <source>cannot connect to the database server %1: %2</source>
        <translation>cannot connect to the database server %1: %2</translation>
    </message>
    <message>
        <location filename="../../common/storage/database.cpp" line="305"/>
        <source>cannot read the clock of the database server %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/storage/database.cpp" line="346"/>
        <source>the database file %1 was removed while in use</source>
        <translation>the database file %1 was removed while in use</translation>
    </message>
    <message>
        <location filename="../../common/storage/database.cpp" line="348"/>
        <source>the database file %1 was replaced by another file while in use</source>
        <translation>the database file %1 was replaced by another file while in use</translation>
    </message>
    <message>
        <location filename="../../common/storage/database.cpp" line="375"/>
        <source>cannot switch %1 to WAL journaling (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/storage/writetransaction.cpp" line="81"/>
        <source>the connection to the database server was lost while saving, so it is not known whether this was saved; once the server answers again the screen shows what it holds (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/storage/database.cpp" line="367"/>
        <location filename="../../common/storage/database.cpp" line="378"/>
        <location filename="../../common/storage/database.cpp" line="400"/>
        <source>cannot configure %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/storage/database.cpp" line="440"/>
        <source>migration %1 (%2) failed: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/storage/database.cpp" line="455"/>
        <source>the migration of %1 left a row that refers to nothing (%2); nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/storage/databasestatements.cpp" line="207"/>
        <source>the server closed it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/storage/databasestatements.cpp" line="208"/>
        <source>connection to the database server lost: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/storage/databasestatements.cpp" line="214"/>
        <source>the database server refused this for this PC&apos;s role: %1</source>
        <translation>the database server refused this for this PC&apos;s role: %1</translation>
    </message>
    <message>
        <location filename="../../common/storage/databasestatements.cpp" line="232"/>
        <source>database error in %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/storage/writetransaction.cpp" line="34"/>
        <source>the database %1 is busy or unavailable: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/storage/writetransaction.cpp" line="74"/>
        <location filename="../../common/storage/writetransaction.cpp" line="86"/>
        <source>could not save to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/storage/dialect.cpp" line="49"/>
        <source>--db: &quot;%1&quot; is not a PostgreSQL URL; expected postgresql://user@host[:port]/dbname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/storage/dialect.cpp" line="19"/>
        <source>--db: a password does not belong in the URL, where the process list shows it; put it in ~/.pgpass (see antrianctl role add)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/storage/dialect.cpp" line="58"/>
        <source>--db: &quot;%1&quot; names no database; expected postgresql://user@host[:port]/dbname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/storage/dialect.cpp" line="66"/>
        <source>--db: &quot;%1=%2&quot; is not a connection option</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Floor</name>
    <message>
        <location filename="../../common/floor/floorstate.cpp" line="42"/>
        <source>Wait past target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/floor/floorstate.cpp" line="43"/>
        <source>Idle while customers wait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/floor/floorstate.cpp" line="44"/>
        <source>Break past the limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/floor/floorreader.cpp" line="350"/>
        <source>there is no alert %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/floor/floorreader.cpp" line="355"/>
        <source>alert %1 was already handled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Health</name>
    <message>
        <location filename="../../common/health/healthcheck.cpp" line="19"/>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/health/healthcheck.cpp" line="20"/>
        <source>WARNING</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/health/healthcheck.cpp" line="21"/>
        <source>FAILED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/health/healthcheck.cpp" line="22"/>
        <source>SKIPPED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/health/healthrules.cpp" line="29"/>
        <source>%1 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/health/healthrules.cpp" line="36"/>
        <source>%1 min %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/health/healthrules.cpp" line="36"/>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/health/healthrules.cpp" line="43"/>
        <source>cover open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/health/healthrules.cpp" line="44"/>
        <source>paper out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/health/healthrules.cpp" line="45"/>
        <source>printer error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/health/healthrules.cpp" line="46"/>
        <source>paper near its end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/health/healthrules.cpp" line="81"/>
        <source>The database cannot be used: %1. The apps on this PC show their out-of-service page. Check --db (the path or URL the apps use), or create the database with antrianctl init.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/health/healthrules.cpp" line="87"/>
        <source>%1 is reachable, read only for this PC&apos;s login, as a display needs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/health/healthrules.cpp" line="89"/>
        <source>%1 can be read but not written: %2. No ticket can be issued or called from this PC. Free the disk, check the file&apos;s and its folder&apos;s permissions (and chattr -i), or the server&apos;s settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/health/healthrules.cpp" line="95"/>
        <source>%1 is reachable and takes writes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/health/healthrules.cpp" line="101"/>
        <source>The database is on its server; check the free space there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/health/healthrules.cpp" line="117"/>
        <source>Only %1 free on the disk of %2 (the database is %3). Tickets and the daily backup will soon fail to be written. Free space now: remove old files, or move the backups to another disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/health/healthrules.cpp" line="124"/>
        <source>%1 free on the disk of %2 (%3 %). Enough for now; free some space within weeks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/health/healthrules.cpp" line="128"/>
        <source>%1 free on the disk of %2 (%3 %).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/health/healthrules.cpp" line="136"/>
        <source>The database was written by a newer Antrian (schema version %1; this PC&apos;s knows up to %2). The apps on this PC refuse it. Upgrade Antrian on this PC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/health/healthrules.cpp" line="143"/>
        <source>The database has schema version %1; this PC&apos;s Antrian will upgrade it to %2 when an app opens it. PCs of the branch still on the older Antrian will then refuse it: upgrade them all together, after a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/health/healthrules.cpp" line="149"/>
        <source>Schema version %1, the one this PC&apos;s Antrian writes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/health/healthrules.cpp" line="157"/>
        <source>The database holds no branch yet (antrianctl init); this PC is in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/health/healthrules.cpp" line="161"/>
        <source>This PC does not know the branch&apos;s time zone %1: business dates and opening hours cannot be computed. Install or update the tzdata package.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/health/healthrules.cpp" line="170"/>
        <source>This PC is in the branch&apos;s time zone, %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/health/healthrules.cpp" line="172"/>
        <source>This PC is in %1, the same time as the branch&apos;s %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/health/healthrules.cpp" line="174"/>
        <source>This PC is in %1 but the branch is in %2. Tickets keep the branch&apos;s dates, but this PC&apos;s desktop clock, its logs and its daily backup follow the wrong zone. Set it with: sudo timedatectl set-timezone %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/health/healthrules.cpp" line="188"/>
        <source>%1 ahead of the database server&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/health/healthrules.cpp" line="189"/>
        <source>%1 behind the database server&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/health/healthrules.cpp" line="192"/>
        <source>This PC&apos;s clock is %1. Tickets keep the server&apos;s times, but this PC&apos;s logs and backups do not, and secure connections may be refused. Turn on time synchronisation: sudo timedatectl set-ntp true (the server as the time source).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/health/healthrules.cpp" line="199"/>
        <source>This PC&apos;s clock is %1. Turn on time synchronisation: sudo timedatectl set-ntp true.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/health/healthrules.cpp" line="201"/>
        <source>This PC&apos;s clock agrees with the database server&apos;s (within %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/health/healthrules.cpp" line="209"/>
        <source>Nothing written in the database yet to compare this PC&apos;s clock with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/health/healthrules.cpp" line="216"/>
        <source>This PC&apos;s clock is %1 behind the last thing written in the database (%2): it was set back. New tickets would get wrong times and waits, and may fall on the wrong business day. Set the clock right and turn on time synchronisation: sudo timedatectl set-ntp true.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/health/healthrules.cpp" line="224"/>
        <source>This PC&apos;s clock is %1 behind the last thing written in the database (%2). Turn on time synchronisation: sudo timedatectl set-ntp true.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/health/healthrules.cpp" line="228"/>
        <source>This PC&apos;s clock is not behind the last thing written in the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/health/healthrules.cpp" line="236"/>
        <source>No printer configured: customers read their number on the screen only. Give the kiosk&apos;s printer with --printer (the same as the kiosk&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/health/healthrules.cpp" line="238"/>
        <source>No printer configured (only a kiosk prints: --pc kiosk --printer SPEC).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/health/healthrules.cpp" line="245"/>
        <source>%1 is not an ESC/POS printer; doctor asks only those for their paper.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/health/healthrules.cpp" line="248"/>
        <source>The printer %1 cannot be reached: %2. The kiosk issues tickets without printing them. Check that it is on, its cable, and its address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/health/healthrules.cpp" line="255"/>
        <source>The printer %1 is reachable but did not say whether it has paper (some never do). Print a test ticket to be sure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/health/healthrules.cpp" line="261"/>
        <source>The printer %1 says: %2. The kiosk issues tickets without printing them until it is fixed. Open it, load paper, close the cover.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/health/healthrules.cpp" line="266"/>
        <source>The printer %1 says: %2. Change the roll soon.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/health/healthrules.cpp" line="267"/>
        <source>The printer %1 is ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/health/healthrules.cpp" line="273"/>
        <source>Only the display PC plays sound.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/health/healthrules.cpp" line="281"/>
        <source>Sound output: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/health/healthrules.cpp" line="283"/>
        <source>This PC has no sound driver loaded: the lobby hears neither the chime nor the numbers. Check the TV&apos;s or speakers&apos; cable (HDMI carries sound) and that the sound card is enabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/health/healthrules.cpp" line="285"/>
        <source>This PC has no sound output device: the lobby hears neither the chime nor the numbers. Plug in the speakers or the TV (HDMI carries sound).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/health/healthrules.cpp" line="293"/>
        <source>Only the display PC speaks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/health/healthrules.cpp" line="296"/>
        <source>antrian-display is not installed on this PC, so its speech was not tried.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/health/healthrules.cpp" line="303"/>
        <source>%1 could not be started: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/health/healthrules.cpp" line="306"/>
        <source>Speech hung: saying one sentence took more than %1. The display gives up on a hung voice and plays the chime alone. Reinstall espeak-ng-data, or use a voice pack of recorded clips.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/health/healthrules.cpp" line="314"/>
        <source>The display could not make a test announcement: %1. Calls are shown but not heard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/health/healthrules.cpp" line="318"/>
        <source>The test announcement was made, with this to say: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/health/healthrules.cpp" line="320"/>
        <source>A test announcement was spoken (into a file, not the speakers).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/health/databaseprobe.cpp" line="49"/>
        <source>there is no database at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/health/databaseprobe.cpp" line="50"/>
        <source>there is no database at %1 (its folder %2 does not exist either)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/health/databaseprobe.cpp" line="57"/>
        <source>cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/health/databaseprobe.cpp" line="77"/>
        <source>cannot connect to the database server %1: %2</source>
        <translation type="unfinished">cannot connect to the database server %1: %2</translation>
    </message>
    <message>
        <location filename="../../common/health/databaseprobe.cpp" line="111"/>
        <source>the server takes no writes (a read-only standby, or default_transaction_read_only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/health/databaseprobe.cpp" line="113"/>
        <source>this PC&apos;s login may not write to the database (a display&apos;s read-only login)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/health/databaseprobe.cpp" line="121"/>
        <source>%1 is not an Antrian database (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/health/databaseprobe.cpp" line="161"/>
        <source>the Qt driver %1 is not installed on this PC</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Logging</name>
    <message>
        <location filename="../../common/app/logging.cpp" line="123"/>
        <source>cannot write the log file %1: %2; logging to stderr instead</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pcm</name>
    <message>
        <location filename="../../common/announce/pcm.cpp" line="84"/>
        <source>not a WAV file (no RIFF/WAVE header)</source>
        <translation>not a WAV file (no RIFF/WAVE header)</translation>
    </message>
    <message>
        <location filename="../../common/announce/pcm.cpp" line="110"/>
        <source>not 16-bit integer PCM (format %1, %2 bits); save it as 16-bit PCM WAV</source>
        <translation>not 16-bit integer PCM (format %1, %2 bits); save it as 16-bit PCM WAV</translation>
    </message>
    <message>
        <location filename="../../common/announce/pcm.cpp" line="114"/>
        <source>the WAV file has no sound data</source>
        <translation>the WAV file has no sound data</translation>
    </message>
</context>
<context>
    <name>PinHash</name>
    <message>
        <location filename="../../common/staff/pinhash.cpp" line="39"/>
        <source>the system gave no randomness for a PIN salt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/staff/pinhash.cpp" line="44"/>
        <source>the PIN could not be hashed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrinterSpec</name>
    <message>
        <location filename="../../common/printing/printerspec.cpp" line="32"/>
        <source>columns: expected a whole number from 16 to 96 (48 for 80 mm paper, 32 for 58 mm), got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/printing/printerspec.cpp" line="47"/>
        <source>printer &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/printing/printerspec.cpp" line="54"/>
        <source>unknown printer; expected one of: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/printing/printerspec.cpp" line="69"/>
        <source>expected escpos-tcp:HOST:PORT, for example escpos-tcp:192.168.1.50:9100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/printing/printerspec.cpp" line="74"/>
        <source>port must be from 1 to 65535, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/printing/printerspec.cpp" line="81"/>
        <source>expected pdf:FILE, for example pdf:/tmp/ticket.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/printing/printerspec.cpp" line="82"/>
        <source>expected escpos-device:PATH, for example escpos-device:/dev/usb/lp0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/printing/printerspec.cpp" line="91"/>
        <source>unknown printer kind &quot;%1&quot;; expected one of: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QueueEngine</name>
    <message>
        <location filename="../../common/queue/queueengine.cpp" line="128"/>
        <source>there is no counter %1 in this branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/queue/queueengine.cpp" line="130"/>
        <source>counter %1 is switched off in the branch config</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/queue/queueengine.cpp" line="143"/>
        <source>there is no service &quot;%1&quot; in this branch; services: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/queue/queueengine.cpp" line="147"/>
        <source>service %1 (%2) is not offered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/queue/queueengine.cpp" line="207"/>
        <source>unknown priority reason &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/queue/queueengine.cpp" line="210"/>
        <source>service %1 (%2) is paused; please ask our staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/queue/queueengine.cpp" line="218"/>
        <source>service %1 (%2) has reached its daily limit (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/queue/queueengine.cpp" line="266"/>
        <location filename="../../common/queue/queueengine.cpp" line="319"/>
        <source>counter %1 is already serving %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/queue/queueengine.cpp" line="267"/>
        <source>counter %1 has already called %2; start, recall or mark it no-show first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/queue/queueengine.cpp" line="274"/>
        <source>counter %1 is paused; resume it first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/queue/queueengine.cpp" line="280"/>
        <source>no ticket waiting for counter %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/queue/queueengine.cpp" line="298"/>
        <source>counter %1 has no called ticket to recall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/queue/queueengine.cpp" line="300"/>
        <source>%1 is already being served at counter %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/queue/queueengine.cpp" line="317"/>
        <source>counter %1 has no called ticket to start serving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/queue/queueengine.cpp" line="341"/>
        <source>counter %1 is not serving anyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/queue/queueengine.cpp" line="343"/>
        <source>%1 has been called but not started; start serving it or mark it no-show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/queue/queueengine.cpp" line="353"/>
        <source>unknown outcome &quot;%1&quot;; outcomes: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/queue/queueengine.cpp" line="357"/>
        <source>%1 needs an outcome before it is finished; choose one of: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/queue/queueengine.cpp" line="360"/>
        <source>the note is %1 characters long; at most %2 are kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/queue/queueengine.cpp" line="387"/>
        <source>counter %1 has no called ticket to mark as no-show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/queue/queueengine.cpp" line="389"/>
        <source>%1 is being served at counter %2; finish it instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/queue/queueengine.cpp" line="410"/>
        <source>%1 is already at counter %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/queue/queueengine.cpp" line="413"/>
        <source>no counter serves service %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/queue/queueengine.cpp" line="432"/>
        <source>counter %1 has no ticket to transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/queue/queueengine_p.h" line="93"/>
        <source>there is no ticket %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/queue/queueengine.cpp" line="441"/>
        <source>%1 is %2, not waiting; a called ticket is transferred by the counter that holds it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/queue/queueengine.cpp" line="451"/>
        <source>%1 is %2; only a waiting ticket can be cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/queue/queueengine.cpp" line="464"/>
        <source>%1 is %2; only a no-show ticket can be reinstated</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../common/queue/queueengine.cpp" line="467"/>
        <source>%1 was marked no-show more than %n minutes ago and cannot be reinstated</source>
        <translation>
            <numerusform>%1 was marked no-show more than %n minute ago and cannot be reinstated</numerusform>
            <numerusform>%1 was marked no-show more than %n minutes ago and cannot be reinstated</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../common/queue/queueengine_pauses.cpp" line="15"/>
        <source>counter %1 still holds %2; finish or transfer it before pausing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/queue/queueengine_pauses.cpp" line="20"/>
        <source>counter %1 is already paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/queue/queueengine_pauses.cpp" line="38"/>
        <source>counter %1 is not paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/queue/queueengine_pauses.cpp" line="66"/>
        <source>service %1 is already paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/queue/queueengine_pauses.cpp" line="67"/>
        <source>service %1 is not paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/queue/queueengine_ratings.cpp" line="29"/>
        <source>this branch asks its customers for no rating (&quot;rating&quot;: &quot;off&quot; in its config)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/queue/queueengine_ratings.cpp" line="31"/>
        <source>%1 is %2; only a finished ticket can be rated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/queue/queueengine_ratings.cpp" line="33"/>
        <source>%1 has been rated already</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/queue/queueengine_ratings.cpp" line="43"/>
        <source>a rating is a score from 1 to 5, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/queue/queueengine_ratings.cpp" line="64"/>
        <source>an SKM questionnaire has nine answers, one per element, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/queue/queueengine_ratings.cpp" line="70"/>
        <source>SKM answers are from 1 to 4; answer %1 (%2) is %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/queue/queueengine_ratings.cpp" line="149"/>
        <source>%1 is not on the follow-up list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/queue/queueengine_ratings.cpp" line="151"/>
        <source>the follow-up of %1 is closed already</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/queue/queueengine_supervisor.cpp" line="38"/>
        <source>nobody is logged in at counter %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/queue/queueengine_supervisor.cpp" line="87"/>
        <source>the tickets of %1 are already in service %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/queue/queueengine_supervisor.cpp" line="106"/>
        <source>nobody is waiting in service %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <location filename="../../common/reports/reportbuilder.cpp" line="322"/>
        <location filename="../../common/reports/reportbuilder.cpp" line="345"/>
        <source>Not called</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/reports/reportbuilder.cpp" line="343"/>
        <source>Nobody logged in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/reports/reportbuilder.cpp" line="414"/>
        <source>A ticket belongs to its business date: the day it was issued, in the branch&apos;s time zone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/reports/reportbuilder.cpp" line="415"/>
        <source>Wait: from issue to the first call (kept across transfers and recalls).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/reports/reportbuilder.cpp" line="416"/>
        <source>Walk: from the call that led to service to the start of service (for a ticket never transferred, its first call).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/reports/reportbuilder.cpp" line="418"/>
        <source>Service: from the start of service to its finish, over the served tickets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/reports/reportbuilder.cpp" line="419"/>
        <source>Median and 90th percentile: linear interpolation between the closest ranks (as numpy&apos;s default and PostgreSQL&apos;s percentile_cont).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/reports/reportbuilder.cpp" line="421"/>
        <source>Within target: tickets first called within the target wait of the service they were issued for, as a share of the tickets called.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/reports/reportbuilder.cpp" line="423"/>
        <source>Resolved: finished tickets whose outcome counts as resolved, as a share of the finished tickets with an outcome.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/reports/reportbuilder.cpp" line="425"/>
        <source>Rating: the customers&apos; scores from 1 to 5 of the row&apos;s tickets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/reports/reportbuilder.cpp" line="426"/>
        <source>Issued = served + no-show + cancelled + expired + the tickets still open today; a ticket still waiting from an earlier day counts as expired; transferred counts tickets transferred at least once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/reports/reportbuilder.cpp" line="428"/>
        <source>Total: computed from all the tickets of the period, not from the rows; every ticket is in exactly one row, so the rows&apos; counts add up to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/reports/reportbuilder.cpp" line="438"/>
        <source>Rows: the service a ticket ended in (where it was served, or last waited).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/reports/reportbuilder.cpp" line="441"/>
        <source>Rows: the counter that called a ticket last (that served it, or marked it a no-show); tickets no counter holds (never called, or sent back to wait) are &quot;Not called&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/reports/reportbuilder.cpp" line="446"/>
        <source>Rows: the staff member who called a ticket last (who served it, or marked it a no-show); tickets no counter holds are &quot;Not called&quot;, those called with nobody logged in &quot;Nobody logged in&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/reports/reportbuilder.cpp" line="449"/>
        <source>Idle while waiting: minutes logged in at a counter, holding no called or served ticket, while a ticket of one of that counter&apos;s services waited for its first call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/reports/reportbuilder.cpp" line="453"/>
        <source>Rows: the hour a ticket was issued, in the branch&apos;s time zone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/reports/reportbuilder.cpp" line="456"/>
        <source>Rows: the business date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/reports/reportreader.cpp" line="125"/>
        <source>a report needs a first date on or before its last date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/reports/reportcsv.cpp" line="46"/>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/reports/reportcsv.cpp" line="61"/>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <location filename="../../common/storage/roles.cpp" line="195"/>
        <source>&quot;%1&quot; is not a role name: use 1 to 63 lower-case letters, digits, &apos;_&apos; or &apos;-&apos;, starting with a letter (kiosk-1, counter-3)</source>
        <translation>&quot;%1&quot; is not a role name: use 1 to 63 lower-case letters, digits, &apos;_&apos; or &apos;-&apos;, starting with a letter (kiosk-1, counter-3)</translation>
    </message>
    <message>
        <location filename="../../common/storage/roles.cpp" line="199"/>
        <source>&quot;%1&quot; is reserved for the server&apos;s own roles; choose another name (kiosk-1, counter-3)</source>
        <translation>&quot;%1&quot; is reserved for the server&apos;s own roles; choose another name (kiosk-1, counter-3)</translation>
    </message>
    <message>
        <location filename="../../common/storage/roles.cpp" line="231"/>
        <source>the system gave no randomness for a password salt</source>
        <translation>the system gave no randomness for a password salt</translation>
    </message>
    <message>
        <location filename="../../common/storage/roles.cpp" line="234"/>
        <source>the password could not be hashed</source>
        <translation>the password could not be hashed</translation>
    </message>
    <message>
        <location filename="../../common/storage/roles.cpp" line="243"/>
        <source>roles exist only on a PostgreSQL server (--db postgresql://...); a SQLite database on one PC has none</source>
        <translation>roles exist only on a PostgreSQL server (--db postgresql://...); a SQLite database on one PC has none</translation>
    </message>
    <message>
        <location filename="../../common/storage/roles.cpp" line="265"/>
        <source>cannot create the group role %1: %2</source>
        <translation>cannot create the group role %1: %2</translation>
    </message>
    <message>
        <location filename="../../common/storage/roles.cpp" line="308"/>
        <source>the role &quot;%1&quot; exists on the server and is not one of this branch&apos;s PC roles; choose another name</source>
        <translation>the role &quot;%1&quot; exists on the server and is not one of this branch&apos;s PC roles; choose another name</translation>
    </message>
    <message>
        <location filename="../../common/storage/roles.cpp" line="332"/>
        <source>the group role %1 is missing on this server; run antrianctl init on this database first</source>
        <translation>the group role %1 is missing on this server; run antrianctl init on this database first</translation>
    </message>
    <message>
        <location filename="../../common/storage/roles.cpp" line="408"/>
        <source>there is no PC role &quot;%1&quot; on this server; see: antrianctl role list</source>
        <translation>there is no PC role &quot;%1&quot; on this server; see: antrianctl role list</translation>
    </message>
</context>
<context>
    <name>StaffAccounts</name>
    <message>
        <location filename="../../common/staff/staffaccounts.cpp" line="42"/>
        <source>wrong username or PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/staff/staffmanagement.cpp" line="158"/>
        <location filename="../../common/staff/staffmanagement.cpp" line="221"/>
        <source>there is no staff account &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/staff/staffmanagement.cpp" line="33"/>
        <source>the username &quot;%1&quot; is already taken (by %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/staff/staffmanagement.cpp" line="45"/>
        <source>there is no staff account with id %1 to make this change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/staff/staffmanagement.cpp" line="60"/>
        <source>%1 (%2) is the last supervisor of this branch; make another account a supervisor first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/staff/staffmanagement.cpp" line="70"/>
        <source>the account %1 is disabled and may not manage staff accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/staff/staffmanagement.cpp" line="72"/>
        <source>only a supervisor may manage staff accounts; %1 is %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/staff/staffmanagement.cpp" line="183"/>
        <source>you cannot disable your own account; ask another supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/staff/staffmanagement.cpp" line="207"/>
        <source>the account %1 is already enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/staff/staffmanagement.cpp" line="233"/>
        <source>%1 (%2) is already %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/staff/staffmanagement.cpp" line="181"/>
        <source>the account %1 is already disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/staff/staffaccounts.cpp" line="117"/>
        <source>enter your username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/staff/staffaccounts.cpp" line="119"/>
        <source>enter your PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/staff/staffaccounts.cpp" line="47"/>
        <source>the account %1 is locked until %2 after too many wrong PINs; try again then, or ask a supervisor to unlock it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/staff/staffaccounts.cpp" line="164"/>
        <source>the PIN of %1 was changed just now; enter the new PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../common/staff/staffaccounts.cpp" line="57"/>
        <source>wrong PIN; the account %1 is now locked until %2 after %n wrong PINs in a row</source>
        <translation>
            <numerusform>wrong PIN; the account %1 is now locked until %2 after %n wrong PIN in a row</numerusform>
            <numerusform>wrong PIN; the account %1 is now locked until %2 after %n wrong PINs in a row</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../common/staff/staffaccounts.cpp" line="61"/>
        <source>wrong username or PIN; %n more wrong PIN(s) lock the account for %1 minutes</source>
        <translation>
            <numerusform>wrong username or PIN; %n more wrong PIN locks the account for %1 minutes</numerusform>
            <numerusform>wrong username or PIN; %n more wrong PINs lock the account for %1 minutes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../common/staff/staffaccounts.cpp" line="188"/>
        <source>the account %1 is disabled; ask a supervisor</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StaffMember</name>
    <message>
        <location filename="../../common/staff/staffmember.cpp" line="32"/>
        <source>supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/staff/staffmember.cpp" line="33"/>
        <source>staff</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StaffPolicy</name>
    <message>
        <location filename="../../common/staff/staffpolicy.cpp" line="42"/>
        <source>the PIN is empty; it must be %1 to %2 digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/staff/staffpolicy.cpp" line="44"/>
        <source>the PIN must be digits 0-9 only</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../common/staff/staffpolicy.cpp" line="46"/>
        <source>the PIN has %n digit(s); it must have %1 to %2</source>
        <translation>
            <numerusform>the PIN has %n digit; it must have %1 to %2</numerusform>
            <numerusform>the PIN has %n digits; it must have %1 to %2</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../common/staff/staffpolicy.cpp" line="50"/>
        <source>the PIN repeats one digit (like 0000); choose a harder one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/staff/staffpolicy.cpp" line="52"/>
        <source>the PIN is a straight run (like 1234 or 9876); choose a harder one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/staff/staffpolicy.cpp" line="59"/>
        <source>the username is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/staff/staffpolicy.cpp" line="61"/>
        <source>the username &quot;%1&quot; must be 2 to 32 characters long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/staff/staffpolicy.cpp" line="63"/>
        <source>the username &quot;%1&quot; must start with a lower-case letter a-z</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/staff/staffpolicy.cpp" line="67"/>
        <source>the username &quot;%1&quot; may hold only lower-case letters a-z, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/staff/staffpolicy.cpp" line="77"/>
        <source>the full name is empty; give it with --name &quot;Full Name&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/staff/staffpolicy.cpp" line="79"/>
        <source>the full name is longer than 80 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/staff/staffpolicy.cpp" line="81"/>
        <source>the full name holds a line break or another control character</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StaffingAdvisor</name>
    <message>
        <location filename="../../common/staffing/staffingadvisor.cpp" line="59"/>
        <source>a weekday is mon, tue, wed, thu, fri, sat or sun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/staffing/staffingadvisor.cpp" line="61"/>
        <source>the advice needs at least one week of history, not %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ticket</name>
    <message>
        <location filename="../../common/domain/ticket.cpp" line="44"/>
        <source>waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/domain/ticket.cpp" line="45"/>
        <source>called</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/domain/ticket.cpp" line="46"/>
        <source>being served</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/domain/ticket.cpp" line="47"/>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/domain/ticket.cpp" line="48"/>
        <source>no-show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/domain/ticket.cpp" line="49"/>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/domain/ticket.cpp" line="50"/>
        <source>expired</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TicketSlip</name>
    <message>
        <location filename="../../common/printing/ticketslip.cpp" line="39"/>
        <source>Queue number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/printing/ticketslip.cpp" line="45"/>
        <source>Priority: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/printing/ticketslip.cpp" line="47"/>
        <source>Priority ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/printing/ticketslip.cpp" line="49"/>
        <source>You are next in line</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../common/printing/ticketslip.cpp" line="49"/>
        <source>%n people ahead of you</source>
        <translation>
            <numerusform>%n person ahead of you</numerusform>
            <numerusform>%n people ahead of you</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../common/printing/ticketslip.cpp" line="50"/>
        <source>Estimated wait: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/printing/ticketslip.cpp" line="55"/>
        <source>Valid today only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/printing/ticketslip.cpp" line="56"/>
        <source>Thank you for your patience</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WaitEstimate</name>
    <message>
        <location filename="../../common/queue/waitestimate.cpp" line="25"/>
        <source>no counter is serving this service now</source>
        <translation>no counter is serving this service now</translation>
    </message>
    <message>
        <location filename="../../common/queue/waitestimate.cpp" line="27"/>
        <source>no wait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/queue/waitestimate.cpp" line="29"/>
        <source>under 5 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/queue/waitestimate.cpp" line="31"/>
        <source>over 2 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../common/queue/waitestimate.cpp" line="34"/>
        <source>about %n minutes</source>
        <translation>
            <numerusform>about %n minute</numerusform>
            <numerusform>about %n minutes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>antrian</name>
    <message>
        <location filename="../../common/announce/announcement.cpp" line="35"/>
        <source>cannot announce ticket &quot;%1&quot;: expected a letter and a number such as A-123</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/announce/announcement.cpp" line="38"/>
        <source>cannot announce %1: counter number %2 is not a counter; expected 1 or more</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
