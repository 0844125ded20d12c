<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>ClosedScreen</name>
    <message>
        <location filename="../../display/qml/ClosedScreen.qml" line="20"/>
        <source>We are closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../display/qml/ClosedScreen.qml" line="49"/>
        <source>We open again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../display/qml/ClosedScreen.qml" line="69"/>
        <source>at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../display/qml/ClosedScreen.qml" line="78"/>
        <source>Thank you for your visit.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CounterBoard</name>
    <message>
        <location filename="../../display/qml/CounterBoard.qml" line="20"/>
        <source>NOW SERVING</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CounterTile</name>
    <message>
        <location filename="../../display/qml/CounterTile.qml" line="37"/>
        <source>COUNTER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../display/qml/CounterTile.qml" line="81"/>
        <source>ON BREAK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../display/qml/CounterTile.qml" line="81"/>
        <source>CLOSED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../display/qml/CounterTile.qml" line="97"/>
        <source>being served</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../display/qml/CounterTile.qml" line="97"/>
        <source>called</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../../display/qml/Main.qml" line="12"/>
        <source>Antrian lobby display</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewestCall</name>
    <message>
        <location filename="../../display/qml/NewestCall.qml" line="50"/>
        <source>CALLING AGAIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../display/qml/NewestCall.qml" line="50"/>
        <source>NOW CALLING</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../display/qml/NewestCall.qml" line="89"/>
        <source>please go to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../display/qml/NewestCall.qml" line="99"/>
        <source>COUNTER %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../display/qml/NewestCall.qml" line="127"/>
        <source>Welcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../display/qml/NewestCall.qml" line="138"/>
        <source>Please take a number at the kiosk and wait for your call.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoticeBar</name>
    <message>
        <location filename="../../display/qml/NoticeBar.qml" line="12"/>
        <source>The display has lost contact with the queue system. Trying again…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../display/qml/NoticeBar.qml" line="13"/>
        <source>Service hours are over for today. Customers who already have a number will still be served.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreviousCalls</name>
    <message>
        <location filename="../../display/qml/PreviousCalls.qml" line="22"/>
        <source>PREVIOUS CALLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../display/qml/PreviousCalls.qml" line="62"/>
        <source>Counter %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../display/qml/PreviousCalls.qml" line="81"/>
        <source>No earlier calls yet today</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WaitingStrip</name>
    <message>
        <location filename="../../display/qml/WaitingStrip.qml" line="18"/>
        <source>WAITING</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../display/qml/WaitingStrip.qml" line="89"/>
        <source>not taking new numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../display/qml/WaitingStrip.qml" line="89"/>
        <source>no more numbers today</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>antrian::display::BoardViewModel</name>
    <message>
        <location filename="../../display/src/boardviewmodel.cpp" line="116"/>
        <source>today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../display/src/boardviewmodel.cpp" line="118"/>
        <source>tomorrow, %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>antrian::display::DisplayOptions</name>
    <message>
        <location filename="../../display/src/displayoptions.cpp" line="18"/>
        <source>Antrian lobby display: who is called to which counter, with a chime and a spoken announcement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../display/src/displayoptions.cpp" line="20"/>
        <source>No chime and no voice; the board still shows every call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../display/src/displayoptions.cpp" line="21"/>
        <source>Show in a window of this size instead of full screen, e.g. 1920x1080 (--screenshot: 1920x1080 unless given).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../display/src/displayoptions.cpp" line="23"/>
        <source>WxH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../display/src/displayoptions.cpp" line="24"/>
        <source>Full screen on this screen: 0 is the first (default: the primary screen).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../display/src/displayoptions.cpp" line="25"/>
        <source>number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../display/src/displayoptions.cpp" line="32"/>
        <source>unexpected argument &quot;%1&quot;; see --help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../display/src/displayoptions.cpp" line="42"/>
        <source>--size: expected width x height in pixels such as 1920x1080, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../display/src/displayoptions.cpp" line="52"/>
        <source>--screen: expected a screen number from 0, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>antrian::display::DisplayWindow</name>
    <message>
        <location filename="../../display/src/displaywindow.cpp" line="35"/>
        <source>the display screen (Main.qml) could not be loaded; see the messages above</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../display/src/displaywindow.cpp" line="40"/>
        <source>--screen %1: this computer has %n screen(s)</source>
        <translation>
            <numerusform>--screen %1: this computer has %n screen</numerusform>
            <numerusform>--screen %1: this computer has %n screens</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>antrian::display::TtsSpeaker</name>
    <message>
        <location filename="../../display/src/ttsspeaker.cpp" line="41"/>
        <source>no Qt TextToSpeech engine is installed (qt6-speech-speechd-plugin)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../display/src/ttsspeaker.cpp" line="113"/>
        <source>the speech engine has no voice for %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
