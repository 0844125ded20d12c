<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID">
<context>
    <name>CounterDurations</name>
    <message>
        <location filename="../../counter/durations.cpp" line="19"/>
        <source>under 1 min</source>
        <translation>&lt; 1 menit</translation>
    </message>
    <message>
        <location filename="../../counter/durations.cpp" line="21"/>
        <source>%1 min</source>
        <translation>%1 menit</translation>
    </message>
    <message>
        <location filename="../../counter/durations.cpp" line="22"/>
        <source>%1 h %2 min</source>
        <translation>%1 jam %2 menit</translation>
    </message>
</context>
<context>
    <name>CounterMain</name>
    <message>
        <location filename="../../counter/main.cpp" line="46"/>
        <source>cannot write the screenshot %1: %2</source>
        <translation>tidak dapat menyimpan tangkapan layar %1: %2</translation>
    </message>
    <message>
        <location filename="../../counter/main.cpp" line="72"/>
        <source>Antrian counter station: log in at a counter and serve the queue.
Keys: F1 call next, F2 call again, F3 start serving, F4 finish, F5 no-show (twice), F6 transfer, F7 break/resume, F8 bring back a no-show, F10 log out.</source>
        <translation>Aplikasi loket Antrian: masuk di loket dan layani antrian.
Tombol: F1 panggil berikutnya, F2 panggil ulang, F3 mulai layani, F4 selesai, F5 tidak hadir (tekan dua kali), F6 alihkan, F7 istirahat/lanjutkan, F8 aktifkan kembali nomor yang tidak hadir, F10 keluar.</translation>
    </message>
    <message>
        <location filename="../../counter/main.cpp" line="79"/>
        <source>This PC is counter N: the login offers no other.</source>
        <translation>PC ini adalah loket N: saat masuk tidak dapat memilih loket lain.</translation>
    </message>
    <message>
        <location filename="../../counter/main.cpp" line="79"/>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location filename="../../counter/main.cpp" line="80"/>
        <source>Window size, e.g. 1920x1080 (default 1366x768).</source>
        <translation>Ukuran jendela, mis. 1920x1080 (bawaan 1366x768).</translation>
    </message>
    <message>
        <location filename="../../counter/main.cpp" line="80"/>
        <source>WxH</source>
        <translation>LxT</translation>
    </message>
    <message>
        <location filename="../../counter/main.cpp" line="97"/>
        <source>--counter: there is no counter &quot;%1&quot; in use in this branch</source>
        <translation>--counter: tidak ada loket &quot;%1&quot; yang digunakan di cabang ini</translation>
    </message>
    <message>
        <location filename="../../counter/main.cpp" line="105"/>
        <source>--size: expected WIDTHxHEIGHT from 800x600 to 7680x4320, got &quot;%1&quot;</source>
        <translation>--size: harus LEBARxTINGGI antara 800x600 dan 7680x4320, bukan &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>DeskModel</name>
    <message>
        <location filename="../../counter/deskmodel.cpp" line="248"/>
        <source>%1 called to counter %2.</source>
        <translation>%1 dipanggil ke loket %2.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../counter/deskmodel.cpp" line="258"/>
        <source>%1 called again (%n time(s)).</source>
        <translation>
            <numerusform>%1 dipanggil ulang (%n kali).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../counter/deskmodel.cpp" line="268"/>
        <source>Serving %1.</source>
        <translation>Melayani %1.</translation>
    </message>
    <message>
        <location filename="../../counter/deskmodel.cpp" line="278"/>
        <source>%1 done.</source>
        <translation>%1 selesai dilayani.</translation>
    </message>
    <message>
        <location filename="../../counter/deskmodel.cpp" line="290"/>
        <source>Press No-show again within %1 seconds to confirm that %2 did not come.</source>
        <translation>Tekan Tidak hadir sekali lagi dalam %1 detik untuk memastikan %2 tidak hadir.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../counter/deskmodel.cpp" line="301"/>
        <source>%1 marked no-show. If the customer comes within %n minute(s), bring the ticket back.</source>
        <translation>
            <numerusform>%1 ditandai tidak hadir. Bila ia datang dalam %n menit, aktifkan kembali nomornya.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../counter/deskmodel.cpp" line="316"/>
        <source>%1 sent to counter %2, keeping its place in line.</source>
        <translation>%1 dialihkan ke loket %2 dengan urutan tetap.</translation>
    </message>
    <message>
        <location filename="../../counter/deskmodel.cpp" line="317"/>
        <source>%1 sent to %2; it keeps its place in line.</source>
        <translation>%1 dialihkan ke %2 dengan urutan tetap.</translation>
    </message>
    <message>
        <location filename="../../counter/deskmodel.cpp" line="329"/>
        <source>Counter %1 is open again.</source>
        <translation>Loket %1 dibuka kembali.</translation>
    </message>
    <message>
        <location filename="../../counter/deskmodel.cpp" line="334"/>
        <source>Counter %1 is on a break; no ticket is called here until you resume.</source>
        <translation>Loket %1 sedang istirahat; tidak ada nomor yang dipanggil ke sini sampai loket dibuka kembali.</translation>
    </message>
    <message>
        <location filename="../../counter/deskmodel.cpp" line="345"/>
        <source>%1 is back in the queue at its old place.</source>
        <translation>%1 kembali masuk antrian di urutan semula.</translation>
    </message>
</context>
<context>
    <name>LoginModel</name>
    <message>
        <location filename="../../counter/loginmodel.cpp" line="69"/>
        <source>Choose your counter first.</source>
        <translation>Pilih loket Anda terlebih dahulu.</translation>
    </message>
</context>
<context>
    <name>antrian::counter::CounterWindow</name>
    <message>
        <location filename="../../counter/counterwindow.cpp" line="31"/>
        <source>Antrian counter</source>
        <translation>Antrian — Loket</translation>
    </message>
    <message>
        <location filename="../../counter/counterwindow.cpp" line="83"/>
        <source>You are logged out. The counter is closed until someone logs in.</source>
        <translation>Anda telah keluar. Loket ditutup sampai ada petugas yang masuk.</translation>
    </message>
    <message>
        <source>Branch open until %1</source>
        <translation type="vanished">Cabang buka hingga %1</translation>
    </message>
    <message>
        <source>Branch closed · opens %1</source>
        <translation type="vanished">Cabang tutup · buka %1</translation>
    </message>
    <message>
        <source>Branch closed</source>
        <translation type="vanished">Cabang tutup</translation>
    </message>
    <message>
        <location filename="../../counter/counterwindow.cpp" line="168"/>
        <source>Out of service</source>
        <translation>Tidak dapat digunakan</translation>
    </message>
    <message>
        <location filename="../../counter/counterwindow.cpp" line="176"/>
        <location filename="../../counter/counterwindow.cpp" line="178"/>
        <source>Counter %1</source>
        <translation>Loket %1</translation>
    </message>
    <message>
        <location filename="../../counter/counterwindow.cpp" line="177"/>
        <source>Counter %1 · %2</source>
        <translation>Loket %1 · %2</translation>
    </message>
    <message>
        <location filename="../../counter/counterwindow.cpp" line="179"/>
        <source>%1 · supervisor</source>
        <translation>%1 · supervisor</translation>
    </message>
    <message>
        <location filename="../../counter/counterwindow.cpp" line="182"/>
        <source>Counter station</source>
        <translation>Aplikasi loket petugas</translation>
    </message>
</context>
<context>
    <name>antrian::counter::DeskPage</name>
    <message>
        <location filename="../../counter/deskpage.cpp" line="51"/>
        <source>Call next</source>
        <translation>Panggil berikut</translation>
    </message>
    <message>
        <location filename="../../counter/deskpage.cpp" line="52"/>
        <source>Call again</source>
        <translation>Panggil ulang</translation>
    </message>
    <message>
        <location filename="../../counter/deskpage.cpp" line="53"/>
        <source>Start serving</source>
        <translation>Mulai layani</translation>
    </message>
    <message>
        <location filename="../../counter/deskpage.cpp" line="54"/>
        <source>Finish</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <location filename="../../counter/deskpage.cpp" line="55"/>
        <location filename="../../counter/deskpage.cpp" line="132"/>
        <source>No-show</source>
        <translation>Tidak hadir</translation>
    </message>
    <message>
        <location filename="../../counter/deskpage.cpp" line="56"/>
        <source>Transfer</source>
        <translation>Alihkan</translation>
    </message>
    <message>
        <location filename="../../counter/deskpage.cpp" line="57"/>
        <location filename="../../counter/deskpage.cpp" line="129"/>
        <source>Break</source>
        <translation>Istirahat</translation>
    </message>
    <message>
        <location filename="../../counter/deskpage.cpp" line="58"/>
        <source>Bring back</source>
        <translation>Aktifkan kembali</translation>
    </message>
    <message>
        <location filename="../../counter/deskpage.cpp" line="59"/>
        <source>Log out</source>
        <translation>Keluar</translation>
    </message>
    <message>
        <location filename="../../counter/deskpage.cpp" line="129"/>
        <source>Resume</source>
        <translation>Lanjutkan</translation>
    </message>
    <message>
        <location filename="../../counter/deskpage.cpp" line="132"/>
        <source>Press again: no-show</source>
        <translation>Tekan lagi: tidak hadir</translation>
    </message>
</context>
<context>
    <name>antrian::counter::LoginPage</name>
    <message>
        <location filename="../../counter/loginpage.cpp" line="52"/>
        <source>Counter login</source>
        <translation>Masuk loket</translation>
    </message>
    <message>
        <location filename="../../counter/loginpage.cpp" line="80"/>
        <source>&amp;Counter</source>
        <translation>&amp;Loket</translation>
    </message>
    <message>
        <location filename="../../counter/loginpage.cpp" line="83"/>
        <source>&amp;Username</source>
        <translation>&amp;Nama pengguna</translation>
    </message>
    <message>
        <location filename="../../counter/loginpage.cpp" line="86"/>
        <source>&amp;PIN</source>
        <translation>&amp;PIN</translation>
    </message>
    <message>
        <location filename="../../counter/loginpage.cpp" line="160"/>
        <source>%1 (app not responding)</source>
        <translation>%1 (aplikasi tidak merespons)</translation>
    </message>
    <message>
        <location filename="../../counter/loginpage.cpp" line="162"/>
        <source>free</source>
        <translation>kosong</translation>
    </message>
    <message>
        <location filename="../../counter/loginpage.cpp" line="163"/>
        <source>Counter %1 · %2 — %3</source>
        <translation>Loket %1 · %2 — %3</translation>
    </message>
    <message>
        <location filename="../../counter/loginpage.cpp" line="183"/>
        <source>Checking PIN…</source>
        <translation>Memeriksa PIN…</translation>
    </message>
    <message>
        <location filename="../../counter/loginpage.cpp" line="183"/>
        <source>Log in (Enter)</source>
        <translation>Masuk (Enter)</translation>
    </message>
</context>
<context>
    <name>antrian::counter::OutOfServicePage</name>
    <message>
        <location filename="../../counter/outofservicepage.cpp" line="42"/>
        <source>This counter is out of service</source>
        <translation>Loket ini sedang tidak dapat digunakan</translation>
    </message>
    <message>
        <location filename="../../counter/outofservicepage.cpp" line="43"/>
        <source>It cannot use the queue database, so no one can be called or served here. Please tell your supervisor. The counter comes back by itself as soon as the database answers again.</source>
        <translation>Loket tidak dapat memakai basis data antrian, sehingga belum ada nasabah yang dapat dipanggil atau dilayani di sini. Mohon beri tahu supervisor Anda. Loket akan kembali dengan sendirinya begitu basis data dapat dipakai lagi.</translation>
    </message>
    <message>
        <location filename="../../counter/outofservicepage.cpp" line="46"/>
        <source>Technical reason (for IT):</source>
        <translation>Penyebab teknis (untuk tim TI):</translation>
    </message>
</context>
<context>
    <name>antrian::counter::QueuePanel</name>
    <message>
        <location filename="../../counter/queuepanel.cpp" line="27"/>
        <source>on a break</source>
        <translation>istirahat</translation>
    </message>
    <message>
        <location filename="../../counter/queuepanel.cpp" line="30"/>
        <source>nobody logged in</source>
        <translation>tidak ada petugas</translation>
    </message>
    <message>
        <location filename="../../counter/queuepanel.cpp" line="74"/>
        <source>Nobody is waiting for this counter.</source>
        <translation>Tidak ada yang menunggu untuk loket ini.</translation>
    </message>
    <message>
        <location filename="../../counter/queuepanel.cpp" line="98"/>
        <source>↑ ↓ choose · Enter confirm · Esc back to the queue</source>
        <translation>↑ ↓ pilih · Enter konfirmasi · Esc kembali ke antrian</translation>
    </message>
    <message>
        <location filename="../../counter/queuepanel.cpp" line="101"/>
        <source>Back (Esc)</source>
        <translation>Kembali (Esc)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../counter/queuepanel.cpp" line="147"/>
        <source>Queue for counter %1 · %n waiting</source>
        <translation>
            <numerusform>Antrian loket %1 · %n menunggu</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../counter/queuepanel.cpp" line="155"/>
        <source>%1 %2: %3</source>
        <translation>%1 %2: %3</translation>
    </message>
    <message>
        <location filename="../../counter/queuepanel.cpp" line="157"/>
        <source>paused</source>
        <translation>dijeda</translation>
    </message>
    <message>
        <location filename="../../counter/queuepanel.cpp" line="183"/>
        <source>Send %1 to another service or counter</source>
        <translation>Alihkan %1 ke layanan atau loket lain</translation>
    </message>
    <message>
        <location filename="../../counter/queuepanel.cpp" line="184"/>
        <source>Transfer (Enter)</source>
        <translation>Alihkan (Enter)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../counter/queuepanel.cpp" line="189"/>
        <source>Service %1 · %2 — %n waiting, keeps its place in line</source>
        <translation>
            <numerusform>Layanan %1 · %2 — %n menunggu, urutan tetap</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../counter/queuepanel.cpp" line="204"/>
        <source>Counter %1 · %2 — %3</source>
        <translation>Loket %1 · %2 — %3</translation>
    </message>
    <message numerus="yes">
        <location filename="../../counter/queuepanel.cpp" line="219"/>
        <source>Bring back a no-show (within %n minute(s) of the no-show)</source>
        <translation>
            <numerusform>Aktifkan kembali nomor yang tidak hadir (paling lambat %n menit setelahnya)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../counter/queuepanel.cpp" line="220"/>
        <source>Bring back (Enter)</source>
        <translation>Aktifkan kembali (Enter)</translation>
    </message>
    <message>
        <location filename="../../counter/queuepanel.cpp" line="224"/>
        <source>%1 · %2 — no-show at %3 (%4 ago)</source>
        <translation>%1 · %2 — tidak hadir pukul %3 (%4 yang lalu)</translation>
    </message>
</context>
<context>
    <name>antrian::counter::TicketPanel</name>
    <message>
        <location filename="../../counter/ticketpanel.cpp" line="86"/>
        <source>LOADING</source>
        <translation>MEMUAT</translation>
    </message>
    <message>
        <location filename="../../counter/ticketpanel.cpp" line="99"/>
        <source>ON A BREAK</source>
        <translation>SEDANG ISTIRAHAT</translation>
    </message>
    <message>
        <location filename="../../counter/ticketpanel.cpp" line="100"/>
        <source>Break</source>
        <translation>Istirahat</translation>
    </message>
    <message>
        <location filename="../../counter/ticketpanel.cpp" line="101"/>
        <source>No ticket is called at this counter.</source>
        <translation>Tidak ada nomor yang dipanggil ke loket ini.</translation>
    </message>
    <message>
        <location filename="../../counter/ticketpanel.cpp" line="102"/>
        <source>Press F7 to open the counter again.</source>
        <translation>Tekan F7 untuk membuka loket kembali.</translation>
    </message>
    <message>
        <location filename="../../counter/ticketpanel.cpp" line="106"/>
        <source>NO CUSTOMER AT THE COUNTER</source>
        <translation>TIDAK ADA NOMOR DI LOKET</translation>
    </message>
    <message>
        <location filename="../../counter/ticketpanel.cpp" line="107"/>
        <source>Free</source>
        <translation>Kosong</translation>
    </message>
    <message>
        <location filename="../../counter/ticketpanel.cpp" line="109"/>
        <source>Next: %1 · %2 · waiting %3</source>
        <translation>Berikutnya: %1 · %2 · menunggu %3</translation>
    </message>
    <message>
        <location filename="../../counter/ticketpanel.cpp" line="112"/>
        <source>Press F1 to call the next customer.</source>
        <translation>Tekan F1 untuk memanggil nomor berikutnya.</translation>
    </message>
    <message>
        <location filename="../../counter/ticketpanel.cpp" line="114"/>
        <source>Nobody is waiting for this counter.</source>
        <translation>Tidak ada yang menunggu untuk loket ini.</translation>
    </message>
    <message>
        <location filename="../../counter/ticketpanel.cpp" line="115"/>
        <source>New tickets appear on the right as soon as they are taken.</source>
        <translation>Nomor antrian baru langsung muncul di sebelah kanan begitu diambil.</translation>
    </message>
    <message>
        <location filename="../../counter/ticketpanel.cpp" line="123"/>
        <source>SERVING</source>
        <translation>SEDANG DILAYANI</translation>
    </message>
    <message>
        <location filename="../../counter/ticketpanel.cpp" line="123"/>
        <source>CALLED · WAITING FOR THE CUSTOMER</source>
        <translation>DIPANGGIL · MENUNGGU KEDATANGAN</translation>
    </message>
    <message>
        <location filename="../../counter/ticketpanel.cpp" line="127"/>
        <source>from %1</source>
        <translation>dari %1</translation>
    </message>
    <message>
        <location filename="../../counter/ticketpanel.cpp" line="130"/>
        <source>PRIORITY</source>
        <translation>PRIORITAS</translation>
    </message>
    <message>
        <location filename="../../counter/ticketpanel.cpp" line="131"/>
        <source>PRIORITY · %1</source>
        <translation>PRIORITAS · %1</translation>
    </message>
    <message>
        <location filename="../../counter/ticketpanel.cpp" line="137"/>
        <source>Waited</source>
        <translation>Lama menunggu</translation>
    </message>
    <message>
        <location filename="../../counter/ticketpanel.cpp" line="139"/>
        <source>Ticket taken</source>
        <translation>Nomor diambil</translation>
    </message>
    <message>
        <location filename="../../counter/ticketpanel.cpp" line="142"/>
        <source>Serving for</source>
        <translation>Lama dilayani</translation>
    </message>
    <message>
        <location filename="../../counter/ticketpanel.cpp" line="144"/>
        <source>F4 when done · F6 to transfer to another service or counter.</source>
        <translation>F4 bila selesai · F6 untuk mengalihkan ke layanan atau loket lain.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../counter/ticketpanel.cpp" line="146"/>
        <source>Since the call (called %n more time(s))</source>
        <translation>
            <numerusform>Sejak dipanggil (dipanggil ulang %n kali)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../counter/ticketpanel.cpp" line="147"/>
        <source>Since the call</source>
        <translation>Sejak dipanggil</translation>
    </message>
    <message>
        <location filename="../../counter/ticketpanel.cpp" line="149"/>
        <source>F3 when the customer is here · F2 to call again · F5 if they do not come.</source>
        <translation>F3 bila sudah datang · F2 untuk memanggil ulang · F5 bila tidak hadir.</translation>
    </message>
</context>
<context>
    <name>antrian::counter::WaitingDelegate</name>
    <message>
        <location filename="../../counter/waitingdelegate.cpp" line="47"/>
        <source>NEXT</source>
        <translation>BERIKUTNYA</translation>
    </message>
    <message>
        <location filename="../../counter/waitingdelegate.cpp" line="50"/>
        <source>PRIORITY</source>
        <translation>PRIORITAS</translation>
    </message>
    <message>
        <location filename="../../counter/waitingdelegate.cpp" line="50"/>
        <source>PRIORITY · %1</source>
        <translation>PRIORITAS · %1</translation>
    </message>
    <message>
        <location filename="../../counter/waitingdelegate.cpp" line="53"/>
        <source>SENT TO THIS COUNTER</source>
        <translation>DIALIHKAN KE LOKET INI</translation>
    </message>
    <message>
        <location filename="../../counter/waitingdelegate.cpp" line="56"/>
        <source>FROM %1</source>
        <translation>DARI %1</translation>
    </message>
</context>
</TS>
