<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID">
<context>
    <name>ClosedScreen</name>
    <message>
        <source>We are closed</source>
        <translation type="vanished">Layanan Sedang Tutup</translation>
    </message>
    <message>
        <location filename="../../display/qml/ClosedScreen.qml" line="50"/>
        <source>We open again</source>
        <translation>Kami buka kembali</translation>
    </message>
    <message>
        <source>at %1</source>
        <translation type="vanished">pukul %1</translation>
    </message>
    <message>
        <location filename="../../display/qml/ClosedScreen.qml" line="69"/>
        <source>Thank you for your visit.</source>
        <translation>Terima kasih atas kunjungan Anda.</translation>
    </message>
</context>
<context>
    <name>CounterBoard</name>
    <message>
        <location filename="../../display/qml/CounterBoard.qml" line="21"/>
        <source>NOW SERVING</source>
        <translation>SEDANG DILAYANI</translation>
    </message>
</context>
<context>
    <name>CounterTile</name>
    <message>
        <location filename="../../display/qml/CounterTile.qml" line="39"/>
        <source>COUNTER</source>
        <translation>LOKET</translation>
    </message>
    <message>
        <location filename="../../display/qml/CounterTile.qml" line="83"/>
        <source>ON BREAK</source>
        <translation>ISTIRAHAT</translation>
    </message>
    <message>
        <location filename="../../display/qml/CounterTile.qml" line="83"/>
        <source>CLOSED</source>
        <translation>TUTUP</translation>
    </message>
    <message>
        <location filename="../../display/qml/CounterTile.qml" line="99"/>
        <source>being served</source>
        <translation>sedang dilayani</translation>
    </message>
    <message>
        <location filename="../../display/qml/CounterTile.qml" line="99"/>
        <source>called</source>
        <translation>dipanggil</translation>
    </message>
</context>
<context>
    <name>DisplayOptions</name>
    <message>
        <location filename="../../display/src/speaker/speechfaults.cpp" line="68"/>
        <source>--speech-fault: expected hang-voice, fail-voice, hang-sound or endless-sound, got &quot;%1&quot;</source>
        <translation>--speech-fault: seharusnya hang-voice, fail-voice, hang-sound atau endless-sound, tetapi yang diberikan &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../../display/src/displayoptions.cpp" line="20"/>
        <source>Antrian lobby display: who is called to which counter, with a chime and a spoken announcement.</source>
        <translation>Layar lobi Antrian: siapa dipanggil ke loket mana, dengan bel dan pengumuman suara.</translation>
    </message>
    <message>
        <location filename="../../display/src/displayoptions.cpp" line="22"/>
        <source>No chime and no voice; the board still shows every call.</source>
        <translation>Tanpa bel dan tanpa suara; layar tetap menampilkan setiap panggilan.</translation>
    </message>
    <message>
        <location filename="../../display/src/displayoptions.cpp" line="23"/>
        <source>Show in a window of this size instead of full screen, e.g. 1920x1080 (--screenshot: 1920x1080 unless given).</source>
        <translation>Tampilkan dalam jendela berukuran ini, bukan layar penuh, misalnya 1920x1080 (--screenshot: 1920x1080 bila tidak diberikan).</translation>
    </message>
    <message>
        <location filename="../../display/src/displayoptions.cpp" line="25"/>
        <source>WxH</source>
        <translation>LxT</translation>
    </message>
    <message>
        <location filename="../../display/src/displayoptions.cpp" line="26"/>
        <source>Full screen on this screen: 0 is the first (default: the primary screen).</source>
        <translation>Layar penuh pada layar ini: 0 adalah layar pertama (bawaan: layar utama).</translation>
    </message>
    <message>
        <location filename="../../display/src/displayoptions.cpp" line="27"/>
        <location filename="../../display/src/displayoptions.cpp" line="31"/>
        <source>number</source>
        <translation>nomor</translation>
    </message>
    <message>
        <location filename="../../display/src/displayoptions.cpp" line="28"/>
        <source>Write what the lobby hears for this ticket (with --counter and --wav) to a WAV file and exit; --lang chooses the spoken language.</source>
        <translation>Tulis apa yang terdengar di lobi untuk nomor ini (dengan --counter dan --wav) ke berkas WAV lalu keluar; --lang memilih bahasa ucapan.</translation>
    </message>
    <message>
        <location filename="../../display/src/displayoptions.cpp" line="30"/>
        <source>code</source>
        <translation>kode</translation>
    </message>
    <message>
        <location filename="../../display/src/displayoptions.cpp" line="31"/>
        <source>With --say: the counter the ticket is called to.</source>
        <translation>Dengan --say: loket tujuan nomor yang dipanggil.</translation>
    </message>
    <message>
        <location filename="../../display/src/displayoptions.cpp" line="32"/>
        <source>With --say: the WAV file to write.</source>
        <translation>Dengan --say: berkas WAV yang ditulis.</translation>
    </message>
    <message>
        <location filename="../../display/src/displayoptions.cpp" line="32"/>
        <source>file</source>
        <translation>berkas</translation>
    </message>
    <message>
        <location filename="../../display/src/displayoptions.cpp" line="33"/>
        <source>Announce with the recorded clips in this folder instead of the branch&apos;s voice pack (see resources/voicepack/README.md).</source>
        <translation>Umumkan dengan rekaman suara di folder ini, bukan paket suara cabang (lihat resources/voicepack/README.md).</translation>
    </message>
    <message>
        <location filename="../../display/src/displayoptions.cpp" line="35"/>
        <source>folder</source>
        <translation>folder</translation>
    </message>
    <message>
        <location filename="../../display/src/displayoptions.cpp" line="57"/>
        <source>unexpected argument &quot;%1&quot;; see --help</source>
        <translation>argumen tidak dikenal &quot;%1&quot;; lihat --help</translation>
    </message>
    <message>
        <location filename="../../display/src/displayoptions.cpp" line="67"/>
        <source>--size: expected width x height in pixels such as 1920x1080, got &quot;%1&quot;</source>
        <translation>--size: seharusnya lebar x tinggi dalam piksel, misalnya 1920x1080, tetapi yang diberikan &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../../display/src/displayoptions.cpp" line="77"/>
        <source>--screen: expected a screen number from 0, got &quot;%1&quot;</source>
        <translation>--screen: seharusnya nomor layar mulai dari 0, tetapi yang diberikan &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../../display/src/displayoptions.cpp" line="84"/>
        <source>--say: expected a ticket code such as A-123</source>
        <translation>--say: seharusnya kode nomor antrian, misalnya A-123</translation>
    </message>
    <message>
        <location filename="../../display/src/displayoptions.cpp" line="89"/>
        <source>--counter: expected a counter number from 1, got &quot;%1&quot;</source>
        <translation>--counter: seharusnya nomor loket mulai dari 1, tetapi yang diberikan &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../../display/src/displayoptions.cpp" line="92"/>
        <source>--say needs --wav FILE: the WAV file to write</source>
        <translation>--say memerlukan --wav BERKAS: berkas WAV yang ditulis</translation>
    </message>
    <message>
        <location filename="../../display/src/displayoptions.cpp" line="94"/>
        <source>--counter and --wav go with --say CODE</source>
        <translation>--counter dan --wav hanya dipakai bersama --say KODE</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../../display/qml/Main.qml" line="13"/>
        <source>Antrian lobby display</source>
        <translation>Layar Antrian Lobi</translation>
    </message>
</context>
<context>
    <name>NewestCall</name>
    <message>
        <location filename="../../display/qml/NewestCall.qml" line="57"/>
        <source>CALLING AGAIN</source>
        <translation>PANGGILAN ULANG</translation>
    </message>
    <message>
        <location filename="../../display/qml/NewestCall.qml" line="57"/>
        <source>NOW CALLING</source>
        <translation>NOMOR ANTRIAN</translation>
    </message>
    <message>
        <location filename="../../display/qml/NewestCall.qml" line="96"/>
        <source>please go to</source>
        <translation>silakan ke</translation>
    </message>
    <message>
        <location filename="../../display/qml/NewestCall.qml" line="106"/>
        <source>COUNTER %1</source>
        <translation>LOKET %1</translation>
    </message>
    <message>
        <location filename="../../display/qml/NewestCall.qml" line="134"/>
        <source>Welcome</source>
        <translation>Selamat Datang</translation>
    </message>
    <message>
        <location filename="../../display/qml/NewestCall.qml" line="146"/>
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
        <source>Service hours are over for today. Customers who already have a number will still be served.</source>
        <translation type="vanished">Jam layanan hari ini telah berakhir. Nomor antrian yang sudah diambil tetap akan dilayani.</translation>
    </message>
</context>
<context>
    <name>OutOfService</name>
    <message>
        <location filename="../../display/qml/OutOfService.qml" line="31"/>
        <source>The queue board is out of service.</source>
        <translation>Papan antrian sedang tidak dapat digunakan.</translation>
    </message>
    <message>
        <location filename="../../display/qml/OutOfService.qml" line="41"/>
        <source>Please ask our staff when you will be called.</source>
        <translation>Silakan tanyakan kepada petugas kami kapan Anda dipanggil.</translation>
    </message>
</context>
<context>
    <name>PcmOutput</name>
    <message>
        <location filename="../../display/src/speaker/pcmoutput.cpp" line="24"/>
        <source>the sound device could not be opened</source>
        <translation>perangkat suara tidak dapat dibuka</translation>
    </message>
    <message>
        <location filename="../../display/src/speaker/pcmoutput.cpp" line="26"/>
        <source>the sound device failed while playing</source>
        <translation>perangkat suara gagal saat memutar</translation>
    </message>
    <message>
        <location filename="../../display/src/speaker/pcmoutput.cpp" line="28"/>
        <source>the sound device ran dry</source>
        <translation>perangkat suara kehabisan data</translation>
    </message>
    <message>
        <location filename="../../display/src/speaker/pcmoutput.cpp" line="30"/>
        <source>the sound device is not usable</source>
        <translation>perangkat suara tidak dapat dipakai</translation>
    </message>
    <message>
        <location filename="../../display/src/speaker/pcmoutput.cpp" line="44"/>
        <source>this computer has no sound output</source>
        <translation>komputer ini tidak memiliki keluaran suara</translation>
    </message>
</context>
<context>
    <name>PreviousCalls</name>
    <message>
        <location filename="../../display/qml/PreviousCalls.qml" line="23"/>
        <source>PREVIOUS CALLS</source>
        <translation>PANGGILAN SEBELUMNYA</translation>
    </message>
    <message>
        <location filename="../../display/qml/PreviousCalls.qml" line="63"/>
        <source>Counter %1</source>
        <translation>Loket %1</translation>
    </message>
    <message>
        <location filename="../../display/qml/PreviousCalls.qml" line="82"/>
        <source>No earlier calls yet today</source>
        <translation>Belum ada panggilan sebelumnya hari ini</translation>
    </message>
</context>
<context>
    <name>Say</name>
    <message>
        <location filename="../../display/src/speaker/say.cpp" line="43"/>
        <source>--lang: expected id or en, got &quot;%1&quot;</source>
        <translation>--lang: seharusnya id atau en, tetapi yang diberikan &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../../display/src/speaker/say.cpp" line="51"/>
        <source>voice pack %1: no such folder</source>
        <translation>paket suara %1: folder tidak ada</translation>
    </message>
    <message>
        <location filename="../../display/src/speaker/say.cpp" line="59"/>
        <source>clip not used: %1</source>
        <translation>rekaman tidak dipakai: %1</translation>
    </message>
    <message>
        <location filename="../../display/src/speaker/say.cpp" line="61"/>
        <source>the chime alone: %1</source>
        <translation>hanya bel: %1</translation>
    </message>
    <message>
        <location filename="../../display/src/speaker/say.cpp" line="66"/>
        <source>cannot write %1: %2</source>
        <translation>tidak dapat menulis %1: %2</translation>
    </message>
    <message>
        <location filename="../../display/src/speaker/say.cpp" line="72"/>
        <source>%1: &quot;%2&quot;, %3 s; %4 of %5 words from the voice pack, the rest by espeak-ng</source>
        <translation>%1: &quot;%2&quot;, %3 detik; %4 dari %5 kata dari paket suara, sisanya oleh espeak-ng</translation>
    </message>
</context>
<context>
    <name>SpeechEngine</name>
    <message>
        <location filename="../../display/src/speaker/espeakengine.cpp" line="46"/>
        <source>espeak-ng is still busy with an earlier sentence</source>
        <translation>espeak-ng masih sibuk dengan kalimat sebelumnya</translation>
    </message>
    <message>
        <location filename="../../display/src/speaker/espeakengine.cpp" line="57"/>
        <source>espeak-ng did not start (is espeak-ng-data installed?)</source>
        <translation>espeak-ng tidak dapat dimulai (apakah espeak-ng-data terpasang?)</translation>
    </message>
    <message>
        <location filename="../../display/src/speaker/espeakengine.cpp" line="60"/>
        <source>espeak-ng has no voice &quot;%1&quot;</source>
        <translation>espeak-ng tidak memiliki suara &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../../display/src/speaker/espeakengine.cpp" line="69"/>
        <source>espeak-ng could not say &quot;%1&quot; (error %2)</source>
        <translation>espeak-ng tidak dapat mengucapkan &quot;%1&quot; (galat %2)</translation>
    </message>
    <message>
        <location filename="../../display/src/speaker/espeakengine.cpp" line="71"/>
        <source>espeak-ng said nothing for &quot;%1&quot;</source>
        <translation>espeak-ng tidak mengucapkan apa pun untuk &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>VoiceRenderer</name>
    <message>
        <location filename="../../display/src/speaker/voicerenderer.cpp" line="26"/>
        <source>nothing to say for &quot;%1&quot;</source>
        <translation>tidak ada yang diucapkan untuk &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../../display/src/speaker/voicerenderer.cpp" line="43"/>
        <source>no speech engine for &quot;%1&quot;</source>
        <translation>tidak ada mesin ucapan untuk &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>WaitingStrip</name>
    <message>
        <location filename="../../display/qml/WaitingStrip.qml" line="19"/>
        <source>WAITING</source>
        <translation>MENUNGGU</translation>
    </message>
    <message>
        <location filename="../../display/qml/WaitingStrip.qml" line="90"/>
        <source>not taking new numbers</source>
        <translation>tidak menerima nomor baru</translation>
    </message>
    <message>
        <location filename="../../display/qml/WaitingStrip.qml" line="90"/>
        <source>no more numbers today</source>
        <translation>kuota hari ini sudah habis</translation>
    </message>
</context>
<context>
    <name>antrian::display::BoardViewModel</name>
    <message>
        <location filename="../../display/src/boardviewmodel.cpp" line="128"/>
        <source>today</source>
        <translation>hari ini</translation>
    </message>
    <message>
        <location filename="../../display/src/boardviewmodel.cpp" line="130"/>
        <source>tomorrow, %1</source>
        <translation>besok, %1</translation>
    </message>
</context>
<context>
    <name>antrian::display::DisplayWindow</name>
    <message>
        <location filename="../../display/src/displaywindow.cpp" line="48"/>
        <source>the display screen (Main.qml) could not be loaded; see the messages above</source>
        <translation>tampilan layar (Main.qml) tidak dapat dimuat; lihat pesan di atas</translation>
    </message>
    <message numerus="yes">
        <location filename="../../display/src/displaywindow.cpp" line="53"/>
        <source>--screen %1: this computer has %n screen(s)</source>
        <translation>
            <numerusform>--screen %1: komputer ini hanya memiliki %n layar</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>antrian::display::LobbySpeaker</name>
    <message>
        <location filename="../../display/src/speaker/lobbyspeaker.cpp" line="98"/>
        <source>earlier sentences are still stuck in the speech engine</source>
        <translation>kalimat sebelumnya masih tersangkut di mesin ucapan</translation>
    </message>
    <message>
        <location filename="../../display/src/speaker/lobbyspeaker.cpp" line="139"/>
        <source>the speech engine did not answer within %1 ms</source>
        <translation>mesin ucapan tidak menjawab dalam %1 ms</translation>
    </message>
    <message>
        <location filename="../../display/src/speaker/lobbyspeaker.cpp" line="147"/>
        <source>earlier sounds are still stuck in the sound output</source>
        <translation>suara sebelumnya masih tersangkut di keluaran suara</translation>
    </message>
    <message>
        <location filename="../../display/src/speaker/lobbyspeaker.cpp" line="181"/>
        <source>the sound output did not finish playing within %1 ms</source>
        <translation>keluaran suara tidak selesai memutar dalam %1 ms</translation>
    </message>
</context>
</TS>
