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
        <location filename="../../counter/main.cpp" line="97"/>
        <source>--counter: there is no counter &quot;%1&quot; in use in this branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter/main.cpp" line="105"/>
        <source>--size: expected WIDTHxHEIGHT from 800x600 to 7680x4320, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeskModel</name>
    <message>
        <location filename="../../counter/deskmodel.cpp" line="248"/>
        <source>%1 called to counter %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../counter/deskmodel.cpp" line="258"/>
        <source>%1 called again (%n time(s)).</source>
        <translation>
            <numerusform>%1 called again (%n time).</numerusform>
            <numerusform>%1 called again (%n times).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../counter/deskmodel.cpp" line="268"/>
        <source>Serving %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter/deskmodel.cpp" line="278"/>
        <source>%1 done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter/deskmodel.cpp" line="290"/>
        <source>Press No-show again within %1 seconds to confirm that %2 did not come.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../counter/deskmodel.cpp" line="301"/>
        <source>%1 marked no-show. If the customer comes within %n minute(s), bring the ticket back.</source>
        <translation>
            <numerusform>%1 marked no-show. If the customer comes within %n minute, bring the ticket back.</numerusform>
            <numerusform>%1 marked no-show. If the customer comes within %n minutes, bring the ticket back.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../counter/deskmodel.cpp" line="316"/>
        <source>%1 sent to counter %2, keeping its place in line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter/deskmodel.cpp" line="317"/>
        <source>%1 sent to %2; it keeps its place in line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter/deskmodel.cpp" line="329"/>
        <source>Counter %1 is open again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter/deskmodel.cpp" line="334"/>
        <source>Counter %1 is on a break; no ticket is called here until you resume.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter/deskmodel.cpp" line="345"/>
        <source>%1 is back in the queue at its old place.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoginModel</name>
    <message>
        <location filename="../../counter/loginmodel.cpp" line="69"/>
        <source>Choose your counter first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>antrian::counter::CounterWindow</name>
    <message>
        <location filename="../../counter/counterwindow.cpp" line="31"/>
        <source>Antrian counter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter/counterwindow.cpp" line="83"/>
        <source>You are logged out. The counter is closed until someone logs in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter/counterwindow.cpp" line="168"/>
        <source>Out of service</source>
        <translation>Out of service</translation>
    </message>
    <message>
        <location filename="../../counter/counterwindow.cpp" line="176"/>
        <location filename="../../counter/counterwindow.cpp" line="178"/>
        <source>Counter %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter/counterwindow.cpp" line="177"/>
        <source>Counter %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter/counterwindow.cpp" line="179"/>
        <source>%1 · supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter/counterwindow.cpp" line="182"/>
        <source>Counter station</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>antrian::counter::DeskPage</name>
    <message>
        <location filename="../../counter/deskpage.cpp" line="51"/>
        <source>Call next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter/deskpage.cpp" line="52"/>
        <source>Call again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter/deskpage.cpp" line="53"/>
        <source>Start serving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter/deskpage.cpp" line="54"/>
        <source>Finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter/deskpage.cpp" line="55"/>
        <location filename="../../counter/deskpage.cpp" line="132"/>
        <source>No-show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter/deskpage.cpp" line="56"/>
        <source>Transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter/deskpage.cpp" line="57"/>
        <location filename="../../counter/deskpage.cpp" line="129"/>
        <source>Break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter/deskpage.cpp" line="58"/>
        <source>Bring back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter/deskpage.cpp" line="59"/>
        <source>Log out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter/deskpage.cpp" line="129"/>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter/deskpage.cpp" line="132"/>
        <source>Press again: no-show</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>antrian::counter::LoginPage</name>
    <message>
        <location filename="../../counter/loginpage.cpp" line="52"/>
        <source>Counter login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter/loginpage.cpp" line="80"/>
        <source>&amp;Counter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter/loginpage.cpp" line="83"/>
        <source>&amp;Username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter/loginpage.cpp" line="86"/>
        <source>&amp;PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter/loginpage.cpp" line="160"/>
        <source>%1 (app not responding)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter/loginpage.cpp" line="162"/>
        <source>free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter/loginpage.cpp" line="163"/>
        <source>Counter %1 · %2 — %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter/loginpage.cpp" line="183"/>
        <source>Checking PIN…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter/loginpage.cpp" line="183"/>
        <source>Log in (Enter)</source>
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
