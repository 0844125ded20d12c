<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID">
<context>
    <name>ClosedScreen</name>
    <message>
        <location filename="../../display/qml/ClosedScreen.qml" line="20"/>
        <source>We are closed</source>
        <translation>Layanan Sedang Tutup</translation>
    </message>
    <message>
        <location filename="../../display/qml/ClosedScreen.qml" line="49"/>
        <source>We open again</source>
        <translation>Kami buka kembali</translation>
    </message>
    <message>
        <location filename="../../display/qml/ClosedScreen.qml" line="69"/>
        <source>at %1</source>
        <translation>pukul %1</translation>
    </message>
    <message>
        <location filename="../../display/qml/ClosedScreen.qml" line="78"/>
        <source>Thank you for your visit.</source>
        <translation>Terima kasih atas kunjungan Anda.</translation>
    </message>
</context>
<context>
    <name>CounterBoard</name>
    <message>
        <location filename="../../display/qml/CounterBoard.qml" line="20"/>
        <source>NOW SERVING</source>
        <translation>SEDANG DILAYANI</translation>
    </message>
</context>
<context>
    <name>CounterTile</name>
    <message>
        <location filename="../../display/qml/CounterTile.qml" line="37"/>
        <source>COUNTER</source>
        <translation>LOKET</translation>
    </message>
    <message>
        <location filename="../../display/qml/CounterTile.qml" line="81"/>
        <source>ON BREAK</source>
        <translation>ISTIRAHAT</translation>
    </message>
    <message>
        <location filename="../../display/qml/CounterTile.qml" line="81"/>
        <source>CLOSED</source>
        <translation>TUTUP</translation>
    </message>
    <message>
        <location filename="../../display/qml/CounterTile.qml" line="97"/>
        <source>being served</source>
        <translation>sedang dilayani</translation>
    </message>
    <message>
        <location filename="../../display/qml/CounterTile.qml" line="97"/>
        <source>called</source>
        <translation>dipanggil</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../../display/qml/Main.qml" line="12"/>
        <source>Antrian lobby display</source>
        <translation>Layar Antrian Lobi</translation>
    </message>
</context>
<context>
    <name>NewestCall</name>
    <message>
        <location filename="../../display/qml/NewestCall.qml" line="50"/>
        <source>CALLING AGAIN</source>
        <translation>PANGGILAN ULANG</translation>
    </message>
    <message>
        <location filename="../../display/qml/NewestCall.qml" line="50"/>
        <source>NOW CALLING</source>
        <translation>NOMOR ANTRIAN</translation>
    </message>
    <message>
        <location filename="../../display/qml/NewestCall.qml" line="89"/>
        <source>please go to</source>
        <translation>silakan ke</translation>
    </message>
    <message>
        <location filename="../../display/qml/NewestCall.qml" line="99"/>
        <source>COUNTER %1</source>
        <translation>LOKET %1</translation>
    </message>
    <message>
        <location filename="../../display/qml/NewestCall.qml" line="127"/>
        <source>Welcome</source>
        <translation>Selamat Datang</translation>
    </message>
    <message>
        <location filename="../../display/qml/NewestCall.qml" line="138"/>
        <source>Please take a number at the kiosk and wait for your call.</source>
        <translation>Silakan ambil nomor antrian di mesin antrian dan tunggu panggilan Anda.</translation>
    </message>
</context>
<context>
    <name>NoticeBar</name>
    <message>
        <location filename="../../display/qml/NoticeBar.qml" line="12"/>
        <source>The display has lost contact with the queue system. Trying again…</source>
        <translation>Layar terputus dari sistem antrian. Sedang mencoba menyambung kembali…</translation>
    </message>
    <message>
        <location filename="../../display/qml/NoticeBar.qml" line="13"/>
        <source>Service hours are over for today. Customers who already have a number will still be served.</source>
        <translation>Jam layanan hari ini telah berakhir. Nomor antrian yang sudah diambil tetap akan dilayani.</translation>
    </message>
</context>
<context>
    <name>PreviousCalls</name>
    <message>
        <location filename="../../display/qml/PreviousCalls.qml" line="22"/>
        <source>PREVIOUS CALLS</source>
        <translation>PANGGILAN SEBELUMNYA</translation>
    </message>
    <message>
        <location filename="../../display/qml/PreviousCalls.qml" line="62"/>
        <source>Counter %1</source>
        <translation>Loket %1</translation>
    </message>
    <message>
        <location filename="../../display/qml/PreviousCalls.qml" line="81"/>
        <source>No earlier calls yet today</source>
        <translation>Belum ada panggilan sebelumnya hari ini</translation>
    </message>
</context>
<context>
    <name>WaitingStrip</name>
    <message>
        <location filename="../../display/qml/WaitingStrip.qml" line="18"/>
        <source>WAITING</source>
        <translation>MENUNGGU</translation>
    </message>
    <message>
        <location filename="../../display/qml/WaitingStrip.qml" line="89"/>
        <source>not taking new numbers</source>
        <translation>tidak menerima nomor baru</translation>
    </message>
    <message>
        <location filename="../../display/qml/WaitingStrip.qml" line="89"/>
        <source>no more numbers today</source>
        <translation>kuota hari ini sudah habis</translation>
    </message>
</context>
<context>
    <name>antrian::display::BoardViewModel</name>
    <message>
        <location filename="../../display/src/boardviewmodel.cpp" line="116"/>
        <source>today</source>
        <translation>hari ini</translation>
    </message>
    <message>
        <location filename="../../display/src/boardviewmodel.cpp" line="118"/>
        <source>tomorrow, %1</source>
        <translation>besok, %1</translation>
    </message>
</context>
<context>
    <name>antrian::display::DisplayOptions</name>
    <message>
        <location filename="../../display/src/displayoptions.cpp" line="18"/>
        <source>Antrian lobby display: who is called to which counter, with a chime and a spoken announcement.</source>
        <translation>Layar lobi Antrian: siapa dipanggil ke loket mana, dengan bel dan pengumuman suara.</translation>
    </message>
    <message>
        <location filename="../../display/src/displayoptions.cpp" line="20"/>
        <source>No chime and no voice; the board still shows every call.</source>
        <translation>Tanpa bel dan tanpa suara; layar tetap menampilkan setiap panggilan.</translation>
    </message>
    <message>
        <location filename="../../display/src/displayoptions.cpp" line="21"/>
        <source>Show in a window of this size instead of full screen, e.g. 1920x1080 (--screenshot: 1920x1080 unless given).</source>
        <translation>Tampilkan dalam jendela berukuran ini, bukan layar penuh, misalnya 1920x1080 (--screenshot: 1920x1080 bila tidak diberikan).</translation>
    </message>
    <message>
        <location filename="../../display/src/displayoptions.cpp" line="23"/>
        <source>WxH</source>
        <translation>LxT</translation>
    </message>
    <message>
        <location filename="../../display/src/displayoptions.cpp" line="24"/>
        <source>Full screen on this screen: 0 is the first (default: the primary screen).</source>
        <translation>Layar penuh pada layar ini: 0 adalah layar pertama (bawaan: layar utama).</translation>
    </message>
    <message>
        <location filename="../../display/src/displayoptions.cpp" line="25"/>
        <source>number</source>
        <translation>nomor</translation>
    </message>
    <message>
        <location filename="../../display/src/displayoptions.cpp" line="32"/>
        <source>unexpected argument &quot;%1&quot;; see --help</source>
        <translation>argumen tidak dikenal &quot;%1&quot;; lihat --help</translation>
    </message>
    <message>
        <location filename="../../display/src/displayoptions.cpp" line="42"/>
        <source>--size: expected width x height in pixels such as 1920x1080, got &quot;%1&quot;</source>
        <translation>--size: seharusnya lebar x tinggi dalam piksel, misalnya 1920x1080, tetapi yang diberikan &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../../display/src/displayoptions.cpp" line="52"/>
        <source>--screen: expected a screen number from 0, got &quot;%1&quot;</source>
        <translation>--screen: seharusnya nomor layar mulai dari 0, tetapi yang diberikan &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>antrian::display::DisplayWindow</name>
    <message>
        <location filename="../../display/src/displaywindow.cpp" line="35"/>
        <source>the display screen (Main.qml) could not be loaded; see the messages above</source>
        <translation>tampilan layar (Main.qml) tidak dapat dimuat; lihat pesan di atas</translation>
    </message>
    <message numerus="yes">
        <location filename="../../display/src/displaywindow.cpp" line="40"/>
        <source>--screen %1: this computer has %n screen(s)</source>
        <translation>
            <numerusform>--screen %1: komputer ini hanya memiliki %n layar</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>antrian::display::TtsSpeaker</name>
    <message>
        <location filename="../../display/src/ttsspeaker.cpp" line="41"/>
        <source>no Qt TextToSpeech engine is installed (qt6-speech-speechd-plugin)</source>
        <translation>tidak ada mesin Qt TextToSpeech yang terpasang (qt6-speech-speechd-plugin)</translation>
    </message>
    <message>
        <location filename="../../display/src/ttsspeaker.cpp" line="113"/>
        <source>the speech engine has no voice for %1</source>
        <translation>mesin ucapan tidak memiliki suara untuk bahasa %1</translation>
    </message>
</context>
</TS>
