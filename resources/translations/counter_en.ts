<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>CounterDurations</name>
    <message>
        <location filename="../../counter/durations.cpp" line="19"/>
        <source>under 1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter/durations.cpp" line="21"/>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter/durations.cpp" line="22"/>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CounterMain</name>
    <message>
        <location filename="../../counter/main.cpp" line="46"/>
        <source>cannot write the screenshot %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter/main.cpp" line="72"/>
        <source>Antrian counter station: log in at a counter and serve the queue.
Keys: F1 call next, F2 call again, F3 start serving, F4 finish, F5 no-show (twice), F6 transfer, F7 break/resume, F8 bring back a no-show, F10 log out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter/main.cpp" line="79"/>
        <source>This PC is counter N: the login offers no other.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter/main.cpp" line="79"/>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter/main.cpp" line="80"/>
        <source>Window size, e.g. 1920x1080 (default 1366x768).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter/main.cpp" line="80"/>
        <source>WxH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter/main.cpp" line="81"/>
        <source>Open at the supervisor&apos;s sign-in to the floor (no counter is opened).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter/main.cpp" line="98"/>
        <source>--counter: there is no counter &quot;%1&quot; in use in this branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter/main.cpp" line="106"/>
        <source>--size: expected WIDTHxHEIGHT from 800x600 to 7680x4320, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeskModel</name>
    <message>
        <location filename="../../counter/deskmodel.cpp" line="165"/>
        <source>Choose the outcome of %1 to finish it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter/deskmodel.cpp" line="166"/>
        <source>Choose the outcome of %1, or finish without one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter/deskmodel.cpp" line="303"/>
        <source>%1 called to counter %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../counter/deskmodel.cpp" line="313"/>
        <source>%1 called again (%n time(s)).</source>
        <translation>
            <numerusform>%1 called again (%n time).</numerusform>
            <numerusform>%1 called again (%n times).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../counter/deskmodel.cpp" line="323"/>
        <source>Serving %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter/deskmodel.cpp" line="331"/>
        <source>Choose the outcome of %1 first: it cannot be finished without one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter/deskmodel.cpp" line="347"/>
        <source>%1 done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter/deskmodel.cpp" line="348"/>
        <source>%1 done: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter/deskmodel.cpp" line="361"/>
        <source>Press No-show again within %1 seconds to confirm that %2 did not come.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../counter/deskmodel.cpp" line="372"/>
        <source>%1 marked no-show. If the customer comes within %n minute(s), bring the ticket back.</source>
        <translation>
            <numerusform>%1 marked no-show. If the customer comes within %n minute, bring the ticket back.</numerusform>
            <numerusform>%1 marked no-show. If the customer comes within %n minutes, bring the ticket back.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../counter/deskmodel.cpp" line="387"/>
        <source>%1 sent to counter %2, keeping its place in line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter/deskmodel.cpp" line="388"/>
        <source>%1 sent to %2; it keeps its place in line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter/deskmodel.cpp" line="400"/>
        <source>Counter %1 is open again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter/deskmodel.cpp" line="405"/>
        <source>Counter %1 is on a break; no ticket is called here until you resume.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter/deskmodel.cpp" line="416"/>
        <source>%1 is back in the queue at its old place.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FloorModel</name>
    <message>
        <location filename="../../counter/floormodel.cpp" line="97"/>
        <source>This PC&apos;s database account may not manage the floor; use the supervisor PC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter/floormodel.cpp" line="172"/>
        <source>Alert marked handled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter/floormodel.cpp" line="182"/>
        <source>Service %1 is paused: the kiosk issues no tickets for it. Those waiting are still called.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter/floormodel.cpp" line="184"/>
        <source>Service %1 is open again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter/floormodel.cpp" line="193"/>
        <source>Counter %1 released: %2 is logged out there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter/floormodel.cpp" line="194"/>
        <source>Counter %1 released.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter/floormodel.cpp" line="196"/>
        <source>%1 is waiting again, in its place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter/floormodel.cpp" line="198"/>
        <source>%1 stays at the counter for whoever logs in there next.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../counter/floormodel.cpp" line="209"/>
        <source>%n waiting ticket(s) sent from %1 to %2.</source>
        <translation>
            <numerusform>%n waiting ticket sent from %1 to %2.</numerusform>
            <numerusform>%n waiting tickets sent from %1 to %2.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../counter/floormodel.cpp" line="216"/>
        <source>Follow-up of %1 closed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoginModel</name>
    <message>
        <location filename="../../counter/loginmodel.cpp" line="82"/>
        <source>Choose your counter first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StaffModel</name>
    <message>
        <location filename="../../counter/staffmodel.cpp" line="75"/>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter/staffmodel.cpp" line="75"/>
        <source>disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter/staffmodel.cpp" line="78"/>
        <source>locked until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter/staffmodel.cpp" line="82"/>
        <source>counter %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter/staffmodel.cpp" line="93"/>
        <source>Username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter/staffmodel.cpp" line="94"/>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter/staffmodel.cpp" line="95"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter/staffmodel.cpp" line="96"/>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter/staffmodel.cpp" line="97"/>
        <source>Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter/staffmodel.cpp" line="98"/>
        <source>Now at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter/staffmodel.cpp" line="115"/>
        <source>sign in as a supervisor to manage staff accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter/staffmodel.cpp" line="122"/>
        <source>choose an account in the list first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter/staffmodel.cpp" line="126"/>
        <source>%1 is disabled already</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter/staffmodel.cpp" line="128"/>
        <source>this is your own account; another supervisor may disable it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter/staffmodel.cpp" line="131"/>
        <source>%1 is enabled already</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter/staffmodel.cpp" line="133"/>
        <source>%1 is not locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter/staffmodel.cpp" line="226"/>
        <source>the two PINs differ; type the new PIN twice again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter/staffmodel.cpp" line="268"/>
        <source>%1 (%2) is added as %3 and can log in at a counter now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter/staffmodel.cpp" line="280"/>
        <source>%1 is disabled; their session at counter %2 has ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter/staffmodel.cpp" line="283"/>
        <source>%1 is disabled and can no longer log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter/staffmodel.cpp" line="293"/>
        <source>%1 (%2) is enabled and can log in again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter/staffmodel.cpp" line="305"/>
        <source>%1 (%2) has a new PIN; the old one no longer works</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter/staffmodel.cpp" line="315"/>
        <source>%1 (%2) is %3 now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter/staffmodel.cpp" line="325"/>
        <source>%1 (%2) is unlocked and can try the PIN again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>antrian::counter::CounterWindow</name>
    <message>
        <location filename="../../counter/counterwindow.cpp" line="36"/>
        <source>Antrian counter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter/counterwindow.cpp" line="69"/>
        <source>Log out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter/counterwindow.cpp" line="106"/>
        <source>You are logged out. The counter is closed until someone logs in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter/counterwindow.cpp" line="154"/>
        <source>You are signed out of the floor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter/counterwindow.cpp" line="214"/>
        <source>Out of service</source>
        <translation>Out of service</translation>
    </message>
    <message>
        <location filename="../../counter/counterwindow.cpp" line="222"/>
        <location filename="../../counter/counterwindow.cpp" line="224"/>
        <source>Counter %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter/counterwindow.cpp" line="223"/>
        <source>Counter %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter/counterwindow.cpp" line="225"/>
        <location filename="../../counter/counterwindow.cpp" line="229"/>
        <source>%1 · supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter/counterwindow.cpp" line="228"/>
        <source>%1 · the floor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter/counterwindow.cpp" line="232"/>
        <source>Counter station</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>antrian::counter::DeskPage</name>
    <message>
        <location filename="../../counter/deskpage.cpp" line="44"/>
        <source>Call next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter/deskpage.cpp" line="45"/>
        <source>Call again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter/deskpage.cpp" line="46"/>
        <source>Start serving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter/deskpage.cpp" line="47"/>
        <source>Finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter/deskpage.cpp" line="48"/>
        <location filename="../../counter/deskpage.cpp" line="136"/>
        <source>No-show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter/deskpage.cpp" line="49"/>
        <source>Transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter/deskpage.cpp" line="50"/>
        <location filename="../../counter/deskpage.cpp" line="133"/>
        <source>Break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter/deskpage.cpp" line="51"/>
        <source>Bring back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter/deskpage.cpp" line="52"/>
        <source>Log out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter/deskpage.cpp" line="133"/>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter/deskpage.cpp" line="136"/>
        <source>Press again: no-show</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>antrian::counter::FloorPage</name>
    <message>
        <location filename="../../counter/floorpage.cpp" line="111"/>
        <source>Within target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter/floorpage.cpp" line="112"/>
        <source>Near target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter/floorpage.cpp" line="113"/>
        <source>Past target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter/floorpage.cpp" line="131"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter/floorpage.cpp" line="132"/>
        <source>On break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter/floorpage.cpp" line="133"/>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter/floorpage.cpp" line="166"/>
        <source>Alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter/floorpage.cpp" line="167"/>
        <source>Alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter/floorpage.cpp" line="167"/>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter/floorpage.cpp" line="167"/>
        <location filename="../../counter/floorpage.cpp" line="183"/>
        <source>Since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter/floorpage.cpp" line="167"/>
        <source>Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter/floorpage.cpp" line="168"/>
        <source>No alerts. Every service and counter is within its standards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter/floorpage.cpp" line="174"/>
        <source>Services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter/floorpage.cpp" line="176"/>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter/floorpage.cpp" line="176"/>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter/floorpage.cpp" line="176"/>
        <source>Longest wait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter/floorpage.cpp" line="176"/>
        <source>Wait standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter/floorpage.cpp" line="176"/>
        <source>Issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter/floorpage.cpp" line="177"/>
        <source>Served</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter/floorpage.cpp" line="177"/>
        <source>No-shows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter/floorpage.cpp" line="177"/>
        <source>Called within target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter/floorpage.cpp" line="177"/>
        <source>Kiosk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter/floorpage.cpp" line="181"/>
        <source>Counters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter/floorpage.cpp" line="183"/>
        <source>Counter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter/floorpage.cpp" line="183"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter/floorpage.cpp" line="183"/>
        <source>Staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter/floorpage.cpp" line="183"/>
        <source>Ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter/floorpage.cpp" line="183"/>
        <source>Minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter/floorpage.cpp" line="183"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter/floorpage.cpp" line="195"/>
        <source>An alert stays until a supervisor presses Handled. Every key asks before it acts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter/floorpage.cpp" line="205"/>
        <source>Reading the floor…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter/floorpage.cpp" line="209"/>
        <source>As of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter/floorpage.cpp" line="226"/>
        <source>%1 min of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter/floorpage.cpp" line="227"/>
        <source>— (target %1 min)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter/floorpage.cpp" line="234"/>
        <source>%1% (target %2%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter/floorpage.cpp" line="235"/>
        <source>none called yet (target %1%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter/floorpage.cpp" line="238"/>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter/floorpage.cpp" line="239"/>
        <location filename="../../counter/floorpage.cpp" line="383"/>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter/floorpage.cpp" line="239"/>
        <location filename="../../counter/floorpage.cpp" line="389"/>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter/floorpage.cpp" line="240"/>
        <source>Send waiting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter/floorpage.cpp" line="265"/>
        <source>%1 serving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter/floorpage.cpp" line="266"/>
        <source>%1 called</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter/floorpage.cpp" line="268"/>
        <location filename="../../counter/floorpage.cpp" line="277"/>
        <location filename="../../counter/floorpage.cpp" line="284"/>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter/floorpage.cpp" line="271"/>
        <source>past the service target (%1 min)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter/floorpage.cpp" line="275"/>
        <source>on break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter/floorpage.cpp" line="279"/>
        <source>break past the limit (%1 min)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter/floorpage.cpp" line="285"/>
        <source>idle while customers wait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter/floorpage.cpp" line="294"/>
        <location filename="../../counter/floorpage.cpp" line="427"/>
        <source>Release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter/floorpage.cpp" line="321"/>
        <source>Counter %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter/floorpage.cpp" line="321"/>
        <source>Counter %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../counter/floorpage.cpp" line="326"/>
        <source>still on, %n min</source>
        <translation>
            <numerusform>still on, %n min</numerusform>
            <numerusform>still on, %n min</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../counter/floorpage.cpp" line="326"/>
        <source>cleared at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter/floorpage.cpp" line="327"/>
        <source>Handled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter/floorpage.cpp" line="345"/>
        <source>Confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter/floorpage.cpp" line="359"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter/floorpage.cpp" line="383"/>
        <source>Resume %1 · %2? The kiosk issues its tickets again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../counter/floorpage.cpp" line="386"/>
        <source>Pause %1 · %2? The kiosk stops issuing its tickets; the %n people waiting are still called.</source>
        <translation>
            <numerusform>Pause %1 · %2? The kiosk stops issuing its tickets; the %n person waiting is still called.</numerusform>
            <numerusform>Pause %1 · %2? The kiosk stops issuing its tickets; the %n people waiting are still called.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../counter/floorpage.cpp" line="407"/>
        <source>Send the %n ticket(s) waiting for %1 · %2 to the service chosen below? Each keeps its place by issue time; tickets sent straight to one counter stay.</source>
        <translation>
            <numerusform>Send the %n ticket waiting for %1 · %2 to the service chosen below? It keeps its place by issue time; a ticket sent straight to one counter stays.</numerusform>
            <numerusform>Send the %n tickets waiting for %1 · %2 to the service chosen below? Each keeps its place by issue time; tickets sent straight to one counter stay.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../counter/floorpage.cpp" line="411"/>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter/floorpage.cpp" line="419"/>
        <source>counter %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter/floorpage.cpp" line="420"/>
        <source>Release %1? %2 is logged out there and the counter closes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter/floorpage.cpp" line="421"/>
        <source>Release %1? The counter closes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter/floorpage.cpp" line="423"/>
        <source>%1, called there, goes back to the line in its place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter/floorpage.cpp" line="425"/>
        <source>%1, in service there, stays at the counter for whoever logs in there next.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>antrian::counter::FollowUpPage</name>
    <message>
        <location filename="../../counter/followuppage.cpp" line="32"/>
        <source>Ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter/followuppage.cpp" line="32"/>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter/followuppage.cpp" line="32"/>
        <source>Counter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter/followuppage.cpp" line="32"/>
        <source>Staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter/followuppage.cpp" line="32"/>
        <source>Finished at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter/followuppage.cpp" line="33"/>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter/followuppage.cpp" line="33"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter/followuppage.cpp" line="41"/>
        <source>No follow-ups open. Tickets finished with an outcome that needs a follow-up are listed here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter/followuppage.cpp" line="85"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter/followuppage.cpp" line="103"/>
        <source>Confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter/followuppage.cpp" line="104"/>
        <source>Close the follow-up of %1? It leaves this list, recorded as closed by you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter/followuppage.cpp" line="107"/>
        <source>Close follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter/followuppage.cpp" line="109"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>antrian::counter::LoginPage</name>
    <message>
        <location filename="../../counter/loginpage.cpp" line="191"/>
        <source>Counter login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter/loginpage.cpp" line="79"/>
        <source>&amp;Counter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter/loginpage.cpp" line="87"/>
        <source>&amp;Username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter/loginpage.cpp" line="90"/>
        <source>&amp;PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter/loginpage.cpp" line="169"/>
        <source>%1 (app not responding)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter/loginpage.cpp" line="171"/>
        <source>free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter/loginpage.cpp" line="172"/>
        <source>Counter %1 · %2 — %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter/loginpage.cpp" line="191"/>
        <source>Supervisor sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter/loginpage.cpp" line="194"/>
        <source>Back to the counter login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter/loginpage.cpp" line="194"/>
        <source>Supervisor: watch the floor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter/loginpage.cpp" line="199"/>
        <source>Checking PIN…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter/loginpage.cpp" line="199"/>
        <source>Log in (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter/loginpage.cpp" line="199"/>
        <source>Sign in to the floor (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>antrian::counter::OutOfServicePage</name>
    <message>
        <location filename="../../counter/outofservicepage.cpp" line="42"/>
        <source>This counter is out of service</source>
        <translation>This counter is out of service</translation>
    </message>
    <message>
        <location filename="../../counter/outofservicepage.cpp" line="43"/>
        <source>It cannot use the queue database, so no one can be called or served here. Please tell your supervisor. The counter comes back by itself as soon as the database answers again.</source>
        <translation>It cannot use the queue database, so no one can be called or served here. Please tell your supervisor. The counter comes back by itself as soon as the database answers again.</translation>
    </message>
    <message>
        <location filename="../../counter/outofservicepage.cpp" line="46"/>
        <source>Technical reason (for IT):</source>
        <translation>Technical reason (for IT):</translation>
    </message>
</context>
<context>
    <name>antrian::counter::OutcomePanel</name>
    <message>
        <location filename="../../counter/outcomepanel.cpp" line="36"/>
        <source>Note for the follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter/outcomepanel.cpp" line="41"/>
        <source>Optional: what must follow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter/outcomepanel.cpp" line="53"/>
        <location filename="../../counter/outcomepanel.cpp" line="111"/>
        <source>Finish without outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter/outcomepanel.cpp" line="56"/>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter/outcomepanel.cpp" line="108"/>
        <source>Outcome of %1 (required): press its number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter/outcomepanel.cpp" line="109"/>
        <source>Outcome of %1: press its number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter/outcomepanel.cpp" line="111"/>
        <source>Choose the outcome</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>antrian::counter::QueuePanel</name>
    <message>
        <location filename="../../counter/queuepanel.cpp" line="27"/>
        <source>on a break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter/queuepanel.cpp" line="30"/>
        <source>nobody logged in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter/queuepanel.cpp" line="74"/>
        <source>Nobody is waiting for this counter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter/queuepanel.cpp" line="98"/>
        <source>↑ ↓ choose · Enter confirm · Esc back to the queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter/queuepanel.cpp" line="101"/>
        <source>Back (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../counter/queuepanel.cpp" line="147"/>
        <source>Queue for counter %1 · %n waiting</source>
        <translation>
            <numerusform>Queue for counter %1 · %n waiting</numerusform>
            <numerusform>Queue for counter %1 · %n waiting</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../counter/queuepanel.cpp" line="155"/>
        <source>%1 %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter/queuepanel.cpp" line="157"/>
        <source>paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter/queuepanel.cpp" line="183"/>
        <source>Send %1 to another service or counter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter/queuepanel.cpp" line="184"/>
        <source>Transfer (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../counter/queuepanel.cpp" line="189"/>
        <source>Service %1 · %2 — %n waiting, keeps its place in line</source>
        <translation>
            <numerusform>Service %1 · %2 — %n waiting, keeps its place in line</numerusform>
            <numerusform>Service %1 · %2 — %n waiting, keeps its place in line</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../counter/queuepanel.cpp" line="204"/>
        <source>Counter %1 · %2 — %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../counter/queuepanel.cpp" line="219"/>
        <source>Bring back a no-show (within %n minute(s) of the no-show)</source>
        <translation>
            <numerusform>Bring back a no-show (within %n minute of the no-show)</numerusform>
            <numerusform>Bring back a no-show (within %n minutes of the no-show)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../counter/queuepanel.cpp" line="220"/>
        <source>Bring back (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter/queuepanel.cpp" line="224"/>
        <source>%1 · %2 — no-show at %3 (%4 ago)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>antrian::counter::ReportPage</name>
    <message>
        <location filename="../../counter/reportpage.cpp" line="71"/>
        <source>Save the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter/reportpage.cpp" line="90"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter/reportpage.cpp" line="92"/>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter/reportpage.cpp" line="94"/>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter/reportpage.cpp" line="95"/>
        <source>7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter/reportpage.cpp" line="96"/>
        <source>This month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter/reportpage.cpp" line="97"/>
        <source>This year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter/reportpage.cpp" line="106"/>
        <source>Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter/reportpage.cpp" line="121"/>
        <source>Save CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter/reportpage.cpp" line="122"/>
        <source>Save PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter/reportpage.cpp" line="206"/>
        <source>Choose the dates and the rows; the report is read from the tickets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../counter/reportpage.cpp" line="327"/>
        <source>%n ticket(s) issued in this period.</source>
        <translation>
            <numerusform>%n ticket issued in this period.</numerusform>
            <numerusform>%n tickets issued in this period.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../counter/reportpage.cpp" line="368"/>
        <source>Reading the report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter/reportpage.cpp" line="379"/>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter/reportpage.cpp" line="379"/>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter/reportpage.cpp" line="391"/>
        <source>Saved %1 and, beside it, %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter/reportpage.cpp" line="397"/>
        <source>Saved %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>antrian::counter::StaffPage</name>
    <message>
        <location filename="../../counter/staffpage.cpp" line="64"/>
        <source>Staff accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter/staffpage.cpp" line="109"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter/staffpage.cpp" line="143"/>
        <source>Add account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter/staffpage.cpp" line="144"/>
        <source>Disable…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter/staffpage.cpp" line="145"/>
        <source>Enable…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter/staffpage.cpp" line="146"/>
        <source>Reset PIN…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter/staffpage.cpp" line="147"/>
        <source>Change role…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter/staffpage.cpp" line="148"/>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter/staffpage.cpp" line="175"/>
        <source>Add an account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter/staffpage.cpp" line="182"/>
        <source>lower case, no spaces: what they type at login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter/staffpage.cpp" line="185"/>
        <source>as the others see it, e.g. Siti Rahma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter/staffpage.cpp" line="189"/>
        <source>Username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter/staffpage.cpp" line="190"/>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter/staffpage.cpp" line="191"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter/staffpage.cpp" line="193"/>
        <source>Now hand the keyboard to the new staff member: they type their own PIN twice (4 to 8 digits). Nobody else should see it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter/staffpage.cpp" line="204"/>
        <source>PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter/staffpage.cpp" line="205"/>
        <source>PIN again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter/staffpage.cpp" line="208"/>
        <source>Add the account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter/staffpage.cpp" line="244"/>
        <source>New PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter/staffpage.cpp" line="245"/>
        <source>New PIN again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter/staffpage.cpp" line="248"/>
        <source>Set the new PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter/staffpage.cpp" line="276"/>
        <source>New role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter/staffpage.cpp" line="279"/>
        <source>Change the role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter/staffpage.cpp" line="353"/>
        <source>New PIN for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter/staffpage.cpp" line="354"/>
        <source>Hand the keyboard to %1: they type their new PIN twice (4 to 8 digits). The old PIN stops working, and a lock is lifted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter/staffpage.cpp" line="363"/>
        <source>Role of %1, now %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter/staffpage.cpp" line="372"/>
        <source>Disable the account of %1? They are logged in at counter %2: that session ends now, and they can no longer log in. The account is kept for the records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter/staffpage.cpp" line="376"/>
        <source>Disable the account of %1? They can no longer log in. The account is kept for the records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter/staffpage.cpp" line="379"/>
        <source>Disable and end the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter/staffpage.cpp" line="379"/>
        <source>Disable the account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter/staffpage.cpp" line="385"/>
        <source>Enable the account of %1? They can log in again with their PIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter/staffpage.cpp" line="386"/>
        <source>Enable the account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter/staffpage.cpp" line="466"/>
        <source>choose an account in the list to change it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>antrian::counter::StaffingPage</name>
    <message>
        <location filename="../../counter/staffingpage.cpp" line="59"/>
        <source>&amp;Weekday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter/staffingpage.cpp" line="66"/>
        <source>Wee&amp;ks of history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter/staffingpage.cpp" line="92"/>
        <source>Hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter/staffingpage.cpp" line="92"/>
        <source>Arrivals per hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter/staffingpage.cpp" line="92"/>
        <source>Service (min)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter/staffingpage.cpp" line="92"/>
        <location filename="../../counter/staffingpage.cpp" line="207"/>
        <source>Needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter/staffingpage.cpp" line="92"/>
        <location filename="../../counter/staffingpage.cpp" line="208"/>
        <source>Staffed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter/staffingpage.cpp" line="93"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter/staffingpage.cpp" line="93"/>
        <source>Needed per service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter/staffingpage.cpp" line="155"/>
        <source>%1 (today)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter/staffingpage.cpp" line="175"/>
        <source>Short by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter/staffingpage.cpp" line="175"/>
        <source>Enough</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter/staffingpage.cpp" line="187"/>
        <source>The branch is closed on this weekday.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter/staffingpage.cpp" line="189"/>
        <source>No history yet for this weekday: nothing to advise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../counter/staffingpage.cpp" line="191"/>
        <source>From %n day(s) of history. Needed: the fewest counters so that 90% of customers are called within their service&apos;s target wait (Erlang C), summed over services (an upper bound where a counter serves several). Staffed: counters with someone logged in, on average.</source>
        <translation>
            <numerusform>From %n day of history. Needed: the fewest counters so that 90% of customers are called within their service&apos;s target wait (Erlang C), summed over services (an upper bound where a counter serves several). Staffed: counters with someone logged in, on average.</numerusform>
            <numerusform>From %n days of history. Needed: the fewest counters so that 90% of customers are called within their service&apos;s target wait (Erlang C), summed over services (an upper bound where a counter serves several). Staffed: counters with someone logged in, on average.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../counter/staffingpage.cpp" line="195"/>
        <source>Short of counters at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter/staffingpage.cpp" line="206"/>
        <source>Counters needed and staffed per hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter/staffingpage.cpp" line="212"/>
        <source>Red: fewer staffed than needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter/staffingpage.cpp" line="244"/>
        <source>Counters</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>antrian::counter::SupervisorPage</name>
    <message>
        <location filename="../../counter/supervisorpage.cpp" line="26"/>
        <source>&amp;Floor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter/supervisorpage.cpp" line="27"/>
        <location filename="../../counter/supervisorpage.cpp" line="37"/>
        <source>F&amp;ollow-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter/supervisorpage.cpp" line="28"/>
        <source>&amp;Staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter/supervisorpage.cpp" line="29"/>
        <source>&amp;Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter/supervisorpage.cpp" line="30"/>
        <source>Staffin&amp;g</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter/supervisorpage.cpp" line="37"/>
        <source>F&amp;ollow-ups (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>antrian::counter::TicketPanel</name>
    <message>
        <location filename="../../counter/ticketpanel.cpp" line="86"/>
        <source>LOADING</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter/ticketpanel.cpp" line="99"/>
        <source>ON A BREAK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter/ticketpanel.cpp" line="100"/>
        <source>Break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter/ticketpanel.cpp" line="101"/>
        <source>No ticket is called at this counter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter/ticketpanel.cpp" line="102"/>
        <source>Press F7 to open the counter again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter/ticketpanel.cpp" line="106"/>
        <source>NO CUSTOMER AT THE COUNTER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter/ticketpanel.cpp" line="107"/>
        <source>Free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter/ticketpanel.cpp" line="109"/>
        <source>Next: %1 · %2 · waiting %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter/ticketpanel.cpp" line="112"/>
        <source>Press F1 to call the next customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter/ticketpanel.cpp" line="114"/>
        <source>Nobody is waiting for this counter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter/ticketpanel.cpp" line="115"/>
        <source>New tickets appear on the right as soon as they are taken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter/ticketpanel.cpp" line="123"/>
        <source>SERVING</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter/ticketpanel.cpp" line="123"/>
        <source>CALLED · WAITING FOR THE CUSTOMER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter/ticketpanel.cpp" line="127"/>
        <source>from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter/ticketpanel.cpp" line="130"/>
        <source>PRIORITY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter/ticketpanel.cpp" line="131"/>
        <source>PRIORITY · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter/ticketpanel.cpp" line="137"/>
        <source>Waited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter/ticketpanel.cpp" line="139"/>
        <source>Ticket taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter/ticketpanel.cpp" line="142"/>
        <source>Serving for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter/ticketpanel.cpp" line="144"/>
        <source>F4 when done · F6 to transfer to another service or counter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../counter/ticketpanel.cpp" line="146"/>
        <source>Since the call (called %n more time(s))</source>
        <translation>
            <numerusform>Since the call (called %n more time)</numerusform>
            <numerusform>Since the call (called %n more times)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../counter/ticketpanel.cpp" line="147"/>
        <source>Since the call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter/ticketpanel.cpp" line="149"/>
        <source>F3 when the customer is here · F2 to call again · F5 if they do not come.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>antrian::counter::WaitingDelegate</name>
    <message>
        <location filename="../../counter/waitingdelegate.cpp" line="47"/>
        <source>NEXT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter/waitingdelegate.cpp" line="50"/>
        <source>PRIORITY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter/waitingdelegate.cpp" line="50"/>
        <source>PRIORITY · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter/waitingdelegate.cpp" line="53"/>
        <source>SENT TO THIS COUNTER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter/waitingdelegate.cpp" line="56"/>
        <source>FROM %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
