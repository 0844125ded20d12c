<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>ClosedNotice</name>
    <message>
        <location filename="../../kiosk/src/closednotice.cpp" line="39"/>
        <source>%1 – %2</source>
        <comment>a range of weekdays</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/src/closednotice.cpp" line="41"/>
        <source>%1: %2 – %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/src/closednotice.cpp" line="42"/>
        <source>%1: closed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClosedScreen</name>
    <message>
        <location filename="../../kiosk/qml/ClosedScreen.qml" line="19"/>
        <source>This kiosk is out of service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/ClosedScreen.qml" line="31"/>
        <source>Please ask our staff for a queue number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/ClosedScreen.qml" line="44"/>
        <source>We open again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/ClosedScreen.qml" line="77"/>
        <source>Opening hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/ClosedScreen.qml" line="96"/>
        <source>Closed on public holidays</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Header</name>
    <message>
        <location filename="../../kiosk/qml/Header.qml" line="77"/>
        <source>Queue numbers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KioskApp</name>
    <message>
        <location filename="../../kiosk/src/kioskapp.cpp" line="88"/>
        <source>the kiosk screen could not be loaded (see the messages above)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/src/kioskapp.cpp" line="91"/>
        <source>the kiosk screen is not a window</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KioskController</name>
    <message>
        <location filename="../../kiosk/src/kioskcontroller.cpp" line="189"/>
        <source>The queue system is busy. Please try again in a moment, or ask our staff.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KioskOptions</name>
    <message>
        <location filename="../../kiosk/src/kioskoptions.cpp" line="21"/>
        <source>Antrian ticket kiosk: customers choose a service and take a queue number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/src/kioskoptions.cpp" line="23"/>
        <source>Kiosk mode: frameless full screen, cannot be closed from the keyboard, no mouse cursor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/src/kioskoptions.cpp" line="25"/>
        <source>Ticket printer: none, escpos-tcp:HOST:PORT, escpos-device:PATH, pdf:FILE or cups:QUEUE (ESC/POS kinds take ,columns=32 for 58 mm paper).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/src/kioskoptions.cpp" line="27"/>
        <source>spec</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/src/kioskoptions.cpp" line="28"/>
        <source>Window size in window mode and for --screenshot, e.g. 1920x1080.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/src/kioskoptions.cpp" line="28"/>
        <source>WxH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/src/kioskoptions.cpp" line="30"/>
        <source>With --screenshot: the screen to render: start, ticket (a preview, not issued) or closed; with --rating-pad: pad-idle, pad-faces, pad-skm or pad-thanks (about a made-up ticket).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/src/kioskoptions.cpp" line="32"/>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/src/kioskoptions.cpp" line="33"/>
        <source>The branch&apos;s logo for the header, a PNG or JPEG file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/src/kioskoptions.cpp" line="33"/>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/src/kioskoptions.cpp" line="35"/>
        <source>Run as the customer&apos;s rating pad at this counter: after the counter finishes a ticket it asks how the service was (the branch&apos;s &quot;rating&quot;: faces or skm).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/src/kioskoptions.cpp" line="37"/>
        <source>counter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/src/kioskoptions.cpp" line="38"/>
        <source>Seconds the ticket screen stays before the start screen returns (3-120).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/src/kioskoptions.cpp" line="39"/>
        <source>seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/src/kioskoptions.cpp" line="47"/>
        <source>unexpected argument &quot;%1&quot;; see --help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/src/kioskoptions.cpp" line="63"/>
        <source>--size: expected WIDTHxHEIGHT from 320x320 to 7680x7680, such as 1920x1080, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/src/kioskoptions.cpp" line="84"/>
        <source>--screen: expected start, ticket, closed, pad-idle, pad-faces, pad-skm or pad-thanks, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/src/kioskoptions.cpp" line="93"/>
        <source>--rating-pad: expected a counter number, such as 3, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/src/kioskoptions.cpp" line="101"/>
        <source>--screen: the rating pad shows pad-idle, pad-faces, pad-skm or pad-thanks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/src/kioskoptions.cpp" line="102"/>
        <source>--screen: %1 is a screen of the rating pad; add --rating-pad COUNTER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/src/kioskoptions.cpp" line="132"/>
        <source>--rating-pad: there is no counter %1 in this branch (its counters: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/src/kioskoptions.cpp" line="134"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/src/kioskoptions.cpp" line="111"/>
        <source>--return-seconds: expected a whole number from 3 to 120, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/src/kioskoptions.cpp" line="119"/>
        <source>--logo: cannot read &quot;%1&quot; as an image: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../../kiosk/qml/Main.qml" line="15"/>
        <source>Antrian ticket kiosk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Main.qml" line="15"/>
        <source>Antrian rating pad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Main.qml" line="90"/>
        <source>Sorry, no number was issued</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoticeCard</name>
    <message>
        <location filename="../../kiosk/qml/NoticeCard.qml" line="48"/>
        <source>Touch to close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutOfService</name>
    <message>
        <location filename="../../kiosk/qml/OutOfService.qml" line="34"/>
        <source>The ticket machine is out of service.</source>
        <translation>The ticket machine is out of service.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/OutOfService.qml" line="45"/>
        <source>Please ask our staff.</source>
        <translation>Please ask our staff.</translation>
    </message>
</context>
<context>
    <name>PleaseWait</name>
    <message>
        <location filename="../../kiosk/qml/PleaseWait.qml" line="21"/>
        <source>Please wait, your number is being made…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PriorityPanel</name>
    <message>
        <location filename="../../kiosk/qml/PriorityPanel.qml" line="34"/>
        <source>Priority service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/PriorityPanel.qml" line="43"/>
        <source>Touch what applies to you. Our staff may ask you to show it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/PriorityPanel.qml" line="90"/>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RatingPad</name>
    <message>
        <location filename="../../kiosk/qml/RatingPad.qml" line="109"/>
        <source>Thank you for your visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/RatingPad.qml" line="120"/>
        <source>This branch asks no rating after service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/RatingPad.qml" line="151"/>
        <source>Thank you!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/RatingPad.qml" line="160"/>
        <source>Your answer helps us serve you better.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/RatingPad.qml" line="177"/>
        <source>Sorry, your answer was not saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RatingPadController</name>
    <message>
        <location filename="../../kiosk/src/ratingpad.cpp" line="232"/>
        <source>The system could not store it just now. Please tell our staff.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/src/ratingpad.cpp" line="282"/>
        <source>%1 has been rated already</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/src/ratingpad.cpp" line="328"/>
        <source>Counter %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/src/ratingpad.cpp" line="333"/>
        <source>Very bad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/src/ratingpad.cpp" line="333"/>
        <source>Bad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/src/ratingpad.cpp" line="333"/>
        <source>Fair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/src/ratingpad.cpp" line="333"/>
        <source>Good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/src/ratingpad.cpp" line="333"/>
        <source>Very good</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RatingPadFaces</name>
    <message>
        <location filename="../../kiosk/qml/RatingPadFaces.qml" line="18"/>
        <source>How was our service?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/RatingPadFaces.qml" line="30"/>
        <source>Ticket %1, served by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/RatingPadFaces.qml" line="31"/>
        <source>Ticket %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/RatingPadFaces.qml" line="64"/>
        <source>Touch one face. Answering is up to you.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RatingPadSurvey</name>
    <message>
        <location filename="../../kiosk/qml/RatingPadSurvey.qml" line="29"/>
        <source>%1/%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/RatingPadSurvey.qml" line="89"/>
        <source>‹ Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/RatingPadSurvey.qml" line="105"/>
        <source>Ticket %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServiceListModel</name>
    <message>
        <location filename="../../kiosk/src/servicelistmodel.cpp" line="45"/>
        <source>No one waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/src/servicelistmodel.cpp" line="45"/>
        <source>%n people waiting</source>
        <translation>
            <numerusform>%n person waiting</numerusform>
            <numerusform>%n people waiting</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/src/servicelistmodel.cpp" line="49"/>
        <source>Not available at the moment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/src/servicelistmodel.cpp" line="51"/>
        <source>Today&apos;s tickets are all taken</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StartScreen</name>
    <message>
        <location filename="../../kiosk/qml/StartScreen.qml" line="25"/>
        <source>Priority number for: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/StartScreen.qml" line="26"/>
        <source>Please choose a service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/StartScreen.qml" line="36"/>
        <source>Now touch the service you need.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/StartScreen.qml" line="37"/>
        <source>Touch a button to take your queue number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/StartScreen.qml" line="88"/>
        <source>%1 — priority service</source>
        <translation>%1 — priority service</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/StartScreen.qml" line="100"/>
        <source>Touch here first, then choose your service</source>
        <translation>Touch here first, then choose your service</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/StartScreen.qml" line="123"/>
        <source>Back to ordinary numbers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TicketScreen</name>
    <message>
        <location filename="../../kiosk/qml/TicketScreen.qml" line="58"/>
        <source>Your queue number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/TicketScreen.qml" line="120"/>
        <source>Ahead of you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/TicketScreen.qml" line="121"/>
        <source>No one</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/qml/TicketScreen.qml" line="121"/>
        <source>%n people</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n people</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/TicketScreen.qml" line="122"/>
        <source>Estimated wait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/TicketScreen.qml" line="123"/>
        <source>Taken at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/TicketScreen.qml" line="183"/>
        <source>Printing your ticket…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/TicketScreen.qml" line="184"/>
        <source>Please take your ticket from the printer below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/TicketScreen.qml" line="186"/>
        <source>Sorry, the ticket printer has a problem. Please note your number: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/TicketScreen.qml" line="187"/>
        <source>Please remember your number: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/TicketScreen.qml" line="205"/>
        <source>Thank you. Please wait until your number is called.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/qml/TicketScreen.qml" line="214"/>
        <source>Touch the screen to finish (%n s)</source>
        <translation>
            <numerusform>Touch the screen to finish (%n s)</numerusform>
            <numerusform>Touch the screen to finish (%n s)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/TicketScreen.qml" line="36"/>
        <source>Preview: this number has not been issued</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
