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
        <location filename="../../counter/main.cpp" line="81"/>
        <source>Open at the supervisor&apos;s sign-in to the floor (no counter is opened).</source>
        <translation>Buka di halaman masuk supervisor ke lantai layanan (tidak ada loket yang dibuka).</translation>
    </message>
    <message>
        <location filename="../../counter/main.cpp" line="98"/>
        <source>--counter: there is no counter &quot;%1&quot; in use in this branch</source>
        <translation>--counter: tidak ada loket &quot;%1&quot; yang digunakan di cabang ini</translation>
    </message>
    <message>
        <location filename="../../counter/main.cpp" line="106"/>
        <source>--size: expected WIDTHxHEIGHT from 800x600 to 7680x4320, got &quot;%1&quot;</source>
        <translation>--size: harus LEBARxTINGGI antara 800x600 dan 7680x4320, bukan &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>DeskModel</name>
    <message>
        <location filename="../../counter/deskmodel.cpp" line="165"/>
        <source>Choose the outcome of %1 to finish it.</source>
        <translation>Pilih hasil layanan %1 untuk menyelesaikannya.</translation>
    </message>
    <message>
        <location filename="../../counter/deskmodel.cpp" line="166"/>
        <source>Choose the outcome of %1, or finish without one.</source>
        <translation>Pilih hasil layanan %1, atau selesaikan tanpa hasil.</translation>
    </message>
    <message>
        <location filename="../../counter/deskmodel.cpp" line="303"/>
        <source>%1 called to counter %2.</source>
        <translation>%1 dipanggil ke loket %2.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../counter/deskmodel.cpp" line="313"/>
        <source>%1 called again (%n time(s)).</source>
        <translation>
            <numerusform>%1 dipanggil ulang (%n kali).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../counter/deskmodel.cpp" line="323"/>
        <source>Serving %1.</source>
        <translation>Melayani %1.</translation>
    </message>
    <message>
        <location filename="../../counter/deskmodel.cpp" line="331"/>
        <source>Choose the outcome of %1 first: it cannot be finished without one.</source>
        <translation>Pilih dulu hasil layanan %1: nomor ini tidak dapat diselesaikan tanpa hasil.</translation>
    </message>
    <message>
        <location filename="../../counter/deskmodel.cpp" line="347"/>
        <source>%1 done.</source>
        <translation>%1 selesai dilayani.</translation>
    </message>
    <message>
        <location filename="../../counter/deskmodel.cpp" line="348"/>
        <source>%1 done: %2.</source>
        <translation>%1 selesai: %2.</translation>
    </message>
    <message>
        <location filename="../../counter/deskmodel.cpp" line="361"/>
        <source>Press No-show again within %1 seconds to confirm that %2 did not come.</source>
        <translation>Tekan Tidak hadir sekali lagi dalam %1 detik untuk memastikan %2 tidak hadir.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../counter/deskmodel.cpp" line="372"/>
        <source>%1 marked no-show. If the customer comes within %n minute(s), bring the ticket back.</source>
        <translation>
            <numerusform>%1 ditandai tidak hadir. Bila ia datang dalam %n menit, aktifkan kembali nomornya.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../counter/deskmodel.cpp" line="387"/>
        <source>%1 sent to counter %2, keeping its place in line.</source>
        <translation>%1 dialihkan ke loket %2 dengan urutan tetap.</translation>
    </message>
    <message>
        <location filename="../../counter/deskmodel.cpp" line="388"/>
        <source>%1 sent to %2; it keeps its place in line.</source>
        <translation>%1 dialihkan ke %2 dengan urutan tetap.</translation>
    </message>
    <message>
        <location filename="../../counter/deskmodel.cpp" line="400"/>
        <source>Counter %1 is open again.</source>
        <translation>Loket %1 dibuka kembali.</translation>
    </message>
    <message>
        <location filename="../../counter/deskmodel.cpp" line="405"/>
        <source>Counter %1 is on a break; no ticket is called here until you resume.</source>
        <translation>Loket %1 sedang istirahat; tidak ada nomor yang dipanggil ke sini sampai loket dibuka kembali.</translation>
    </message>
    <message>
        <location filename="../../counter/deskmodel.cpp" line="416"/>
        <source>%1 is back in the queue at its old place.</source>
        <translation>%1 kembali masuk antrian di urutan semula.</translation>
    </message>
</context>
<context>
    <name>FloorModel</name>
    <message>
        <location filename="../../counter/floormodel.cpp" line="97"/>
        <source>This PC&apos;s database account may not manage the floor; use the supervisor PC.</source>
        <translation>Akun basis data PC ini tidak boleh mengelola lantai layanan; gunakan PC supervisor.</translation>
    </message>
    <message>
        <location filename="../../counter/floormodel.cpp" line="172"/>
        <source>Alert marked handled.</source>
        <translation>Peringatan ditandai sudah ditangani.</translation>
    </message>
    <message>
        <location filename="../../counter/floormodel.cpp" line="182"/>
        <source>Service %1 is paused: the kiosk issues no tickets for it. Those waiting are still called.</source>
        <translation>Layanan %1 dihentikan: kios tidak menerbitkan nomor antriannya. Yang menunggu tetap dipanggil.</translation>
    </message>
    <message>
        <location filename="../../counter/floormodel.cpp" line="184"/>
        <source>Service %1 is open again.</source>
        <translation>Layanan %1 dibuka kembali.</translation>
    </message>
    <message>
        <location filename="../../counter/floormodel.cpp" line="193"/>
        <source>Counter %1 released: %2 is logged out there.</source>
        <translation>Loket %1 dilepaskan: %2 dikeluarkan dari sana.</translation>
    </message>
    <message>
        <location filename="../../counter/floormodel.cpp" line="194"/>
        <source>Counter %1 released.</source>
        <translation>Loket %1 dilepaskan.</translation>
    </message>
    <message>
        <location filename="../../counter/floormodel.cpp" line="196"/>
        <source>%1 is waiting again, in its place.</source>
        <translation>%1 menunggu lagi, di urutannya.</translation>
    </message>
    <message>
        <location filename="../../counter/floormodel.cpp" line="198"/>
        <source>%1 stays at the counter for whoever logs in there next.</source>
        <translation>%1 tetap di loket itu untuk petugas yang masuk berikutnya.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../counter/floormodel.cpp" line="209"/>
        <source>%n waiting ticket(s) sent from %1 to %2.</source>
        <translation>
            <numerusform>%n nomor antrian yang menunggu dikirim dari %1 ke %2.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../counter/floormodel.cpp" line="216"/>
        <source>Follow-up of %1 closed.</source>
        <translation>Tindak lanjut %1 ditutup.</translation>
    </message>
</context>
<context>
    <name>LoginModel</name>
    <message>
        <location filename="../../counter/loginmodel.cpp" line="82"/>
        <source>Choose your counter first.</source>
        <translation>Pilih loket Anda terlebih dahulu.</translation>
    </message>
</context>
<context>
    <name>StaffModel</name>
    <message>
        <location filename="../../counter/staffmodel.cpp" line="75"/>
        <source>active</source>
        <translation>aktif</translation>
    </message>
    <message>
        <location filename="../../counter/staffmodel.cpp" line="75"/>
        <source>disabled</source>
        <translation>nonaktif</translation>
    </message>
    <message>
        <location filename="../../counter/staffmodel.cpp" line="78"/>
        <source>locked until %1</source>
        <translation>terkunci sampai %1</translation>
    </message>
    <message>
        <location filename="../../counter/staffmodel.cpp" line="82"/>
        <source>counter %1</source>
        <translation>loket %1</translation>
    </message>
    <message>
        <location filename="../../counter/staffmodel.cpp" line="93"/>
        <source>Username</source>
        <translation>Nama pengguna</translation>
    </message>
    <message>
        <location filename="../../counter/staffmodel.cpp" line="94"/>
        <source>Full name</source>
        <translation>Nama lengkap</translation>
    </message>
    <message>
        <location filename="../../counter/staffmodel.cpp" line="95"/>
        <source>Role</source>
        <translation>Peran</translation>
    </message>
    <message>
        <location filename="../../counter/staffmodel.cpp" line="96"/>
        <source>Account</source>
        <translation>Akun</translation>
    </message>
    <message>
        <location filename="../../counter/staffmodel.cpp" line="97"/>
        <source>Lock</source>
        <translation>Kunci</translation>
    </message>
    <message>
        <location filename="../../counter/staffmodel.cpp" line="98"/>
        <source>Now at</source>
        <translation>Sekarang di</translation>
    </message>
    <message>
        <location filename="../../counter/staffmodel.cpp" line="115"/>
        <source>sign in as a supervisor to manage staff accounts</source>
        <translation>masuk sebagai supervisor untuk mengelola akun petugas</translation>
    </message>
    <message>
        <location filename="../../counter/staffmodel.cpp" line="122"/>
        <source>choose an account in the list first</source>
        <translation>pilih akun di daftar dulu</translation>
    </message>
    <message>
        <location filename="../../counter/staffmodel.cpp" line="126"/>
        <source>%1 is disabled already</source>
        <translation>%1 sudah nonaktif</translation>
    </message>
    <message>
        <location filename="../../counter/staffmodel.cpp" line="128"/>
        <source>this is your own account; another supervisor may disable it</source>
        <translation>ini akun Anda sendiri; supervisor lain yang dapat menonaktifkannya</translation>
    </message>
    <message>
        <location filename="../../counter/staffmodel.cpp" line="131"/>
        <source>%1 is enabled already</source>
        <translation>%1 sudah aktif</translation>
    </message>
    <message>
        <location filename="../../counter/staffmodel.cpp" line="133"/>
        <source>%1 is not locked</source>
        <translation>%1 tidak terkunci</translation>
    </message>
    <message>
        <location filename="../../counter/staffmodel.cpp" line="226"/>
        <source>the two PINs differ; type the new PIN twice again</source>
        <translation>kedua PIN berbeda; ketik PIN baru dua kali lagi</translation>
    </message>
    <message>
        <location filename="../../counter/staffmodel.cpp" line="268"/>
        <source>%1 (%2) is added as %3 and can log in at a counter now</source>
        <translation>%1 (%2) ditambahkan sebagai %3 dan kini dapat masuk di loket</translation>
    </message>
    <message>
        <location filename="../../counter/staffmodel.cpp" line="280"/>
        <source>%1 is disabled; their session at counter %2 has ended</source>
        <translation>%1 dinonaktifkan; sesinya di loket %2 telah berakhir</translation>
    </message>
    <message>
        <location filename="../../counter/staffmodel.cpp" line="283"/>
        <source>%1 is disabled and can no longer log in</source>
        <translation>%1 dinonaktifkan dan tidak dapat masuk lagi</translation>
    </message>
    <message>
        <location filename="../../counter/staffmodel.cpp" line="293"/>
        <source>%1 (%2) is enabled and can log in again</source>
        <translation>%1 (%2) diaktifkan dan dapat masuk lagi</translation>
    </message>
    <message>
        <location filename="../../counter/staffmodel.cpp" line="305"/>
        <source>%1 (%2) has a new PIN; the old one no longer works</source>
        <translation>%1 (%2) memiliki PIN baru; PIN lama tidak berlaku lagi</translation>
    </message>
    <message>
        <location filename="../../counter/staffmodel.cpp" line="315"/>
        <source>%1 (%2) is %3 now</source>
        <translation>%1 (%2) kini %3</translation>
    </message>
    <message>
        <location filename="../../counter/staffmodel.cpp" line="325"/>
        <source>%1 (%2) is unlocked and can try the PIN again</source>
        <translation>kunci %1 (%2) dibuka dan ia dapat mencoba PIN lagi</translation>
    </message>
</context>
<context>
    <name>antrian::counter::CounterWindow</name>
    <message>
        <location filename="../../counter/counterwindow.cpp" line="36"/>
        <source>Antrian counter</source>
        <translation>Antrian — Loket</translation>
    </message>
    <message>
        <location filename="../../counter/counterwindow.cpp" line="69"/>
        <source>Log out</source>
        <translation>Keluar</translation>
    </message>
    <message>
        <location filename="../../counter/counterwindow.cpp" line="106"/>
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
        <location filename="../../counter/counterwindow.cpp" line="154"/>
        <source>You are signed out of the floor.</source>
        <translation>Anda telah keluar dari lantai layanan.</translation>
    </message>
    <message>
        <location filename="../../counter/counterwindow.cpp" line="214"/>
        <source>Out of service</source>
        <translation>Tidak dapat digunakan</translation>
    </message>
    <message>
        <location filename="../../counter/counterwindow.cpp" line="222"/>
        <location filename="../../counter/counterwindow.cpp" line="224"/>
        <source>Counter %1</source>
        <translation>Loket %1</translation>
    </message>
    <message>
        <location filename="../../counter/counterwindow.cpp" line="223"/>
        <source>Counter %1 · %2</source>
        <translation>Loket %1 · %2</translation>
    </message>
    <message>
        <location filename="../../counter/counterwindow.cpp" line="225"/>
        <location filename="../../counter/counterwindow.cpp" line="229"/>
        <source>%1 · supervisor</source>
        <translation>%1 · supervisor</translation>
    </message>
    <message>
        <location filename="../../counter/counterwindow.cpp" line="228"/>
        <source>%1 · the floor</source>
        <translation>%1 · lantai layanan</translation>
    </message>
    <message>
        <location filename="../../counter/counterwindow.cpp" line="232"/>
        <source>Counter station</source>
        <translation>Aplikasi loket petugas</translation>
    </message>
</context>
<context>
    <name>antrian::counter::DeskPage</name>
    <message>
        <location filename="../../counter/deskpage.cpp" line="44"/>
        <source>Call next</source>
        <translation>Panggil berikut</translation>
    </message>
    <message>
        <location filename="../../counter/deskpage.cpp" line="45"/>
        <source>Call again</source>
        <translation>Panggil ulang</translation>
    </message>
    <message>
        <location filename="../../counter/deskpage.cpp" line="46"/>
        <source>Start serving</source>
        <translation>Mulai layani</translation>
    </message>
    <message>
        <location filename="../../counter/deskpage.cpp" line="47"/>
        <source>Finish</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <location filename="../../counter/deskpage.cpp" line="48"/>
        <location filename="../../counter/deskpage.cpp" line="136"/>
        <source>No-show</source>
        <translation>Tidak hadir</translation>
    </message>
    <message>
        <location filename="../../counter/deskpage.cpp" line="49"/>
        <source>Transfer</source>
        <translation>Alihkan</translation>
    </message>
    <message>
        <location filename="../../counter/deskpage.cpp" line="50"/>
        <location filename="../../counter/deskpage.cpp" line="133"/>
        <source>Break</source>
        <translation>Istirahat</translation>
    </message>
    <message>
        <location filename="../../counter/deskpage.cpp" line="51"/>
        <source>Bring back</source>
        <translation>Aktifkan kembali</translation>
    </message>
    <message>
        <location filename="../../counter/deskpage.cpp" line="52"/>
        <source>Log out</source>
        <translation>Keluar</translation>
    </message>
    <message>
        <location filename="../../counter/deskpage.cpp" line="133"/>
        <source>Resume</source>
        <translation>Lanjutkan</translation>
    </message>
    <message>
        <location filename="../../counter/deskpage.cpp" line="136"/>
        <source>Press again: no-show</source>
        <translation>Tekan lagi: tidak hadir</translation>
    </message>
</context>
<context>
    <name>antrian::counter::FloorPage</name>
    <message>
        <location filename="../../counter/floorpage.cpp" line="111"/>
        <source>Within target</source>
        <translation>Dalam target</translation>
    </message>
    <message>
        <location filename="../../counter/floorpage.cpp" line="112"/>
        <source>Near target</source>
        <translation>Mendekati target</translation>
    </message>
    <message>
        <location filename="../../counter/floorpage.cpp" line="113"/>
        <source>Past target</source>
        <translation>Melewati target</translation>
    </message>
    <message>
        <location filename="../../counter/floorpage.cpp" line="131"/>
        <source>Open</source>
        <translation>Buka</translation>
    </message>
    <message>
        <location filename="../../counter/floorpage.cpp" line="132"/>
        <source>On break</source>
        <translation>Istirahat</translation>
    </message>
    <message>
        <location filename="../../counter/floorpage.cpp" line="133"/>
        <source>Closed</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <location filename="../../counter/floorpage.cpp" line="166"/>
        <source>Alerts</source>
        <translation>Peringatan</translation>
    </message>
    <message>
        <location filename="../../counter/floorpage.cpp" line="167"/>
        <source>Alert</source>
        <translation>Peringatan</translation>
    </message>
    <message>
        <location filename="../../counter/floorpage.cpp" line="167"/>
        <source>Where</source>
        <translation>Tempat</translation>
    </message>
    <message>
        <location filename="../../counter/floorpage.cpp" line="167"/>
        <location filename="../../counter/floorpage.cpp" line="183"/>
        <source>Since</source>
        <translation>Sejak</translation>
    </message>
    <message>
        <location filename="../../counter/floorpage.cpp" line="167"/>
        <source>Now</source>
        <translation>Kini</translation>
    </message>
    <message>
        <location filename="../../counter/floorpage.cpp" line="168"/>
        <source>No alerts. Every service and counter is within its standards.</source>
        <translation>Tidak ada peringatan. Semua layanan dan loket memenuhi standarnya.</translation>
    </message>
    <message>
        <location filename="../../counter/floorpage.cpp" line="174"/>
        <source>Services</source>
        <translation>Layanan</translation>
    </message>
    <message>
        <location filename="../../counter/floorpage.cpp" line="176"/>
        <source>Service</source>
        <translation>Layanan</translation>
    </message>
    <message>
        <location filename="../../counter/floorpage.cpp" line="176"/>
        <source>Waiting</source>
        <translation>Menunggu</translation>
    </message>
    <message>
        <location filename="../../counter/floorpage.cpp" line="176"/>
        <source>Longest wait</source>
        <translation>Tunggu terlama</translation>
    </message>
    <message>
        <location filename="../../counter/floorpage.cpp" line="176"/>
        <source>Wait standard</source>
        <translation>Standar tunggu</translation>
    </message>
    <message>
        <location filename="../../counter/floorpage.cpp" line="176"/>
        <source>Issued</source>
        <translation>Diambil</translation>
    </message>
    <message>
        <location filename="../../counter/floorpage.cpp" line="177"/>
        <source>Served</source>
        <translation>Dilayani</translation>
    </message>
    <message>
        <location filename="../../counter/floorpage.cpp" line="177"/>
        <source>No-shows</source>
        <translation>Tidak hadir</translation>
    </message>
    <message>
        <location filename="../../counter/floorpage.cpp" line="177"/>
        <source>Called within target</source>
        <translation>Dipanggil dalam target</translation>
    </message>
    <message>
        <location filename="../../counter/floorpage.cpp" line="177"/>
        <source>Kiosk</source>
        <translation>Kios</translation>
    </message>
    <message>
        <location filename="../../counter/floorpage.cpp" line="181"/>
        <source>Counters</source>
        <translation>Loket</translation>
    </message>
    <message>
        <location filename="../../counter/floorpage.cpp" line="183"/>
        <source>Counter</source>
        <translation>Loket</translation>
    </message>
    <message>
        <location filename="../../counter/floorpage.cpp" line="183"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../counter/floorpage.cpp" line="183"/>
        <source>Staff</source>
        <translation>Petugas</translation>
    </message>
    <message>
        <location filename="../../counter/floorpage.cpp" line="183"/>
        <source>Ticket</source>
        <translation>Nomor</translation>
    </message>
    <message>
        <location filename="../../counter/floorpage.cpp" line="183"/>
        <source>Minutes</source>
        <translation>Menit</translation>
    </message>
    <message>
        <location filename="../../counter/floorpage.cpp" line="183"/>
        <source>Note</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <location filename="../../counter/floorpage.cpp" line="195"/>
        <source>An alert stays until a supervisor presses Handled. Every key asks before it acts.</source>
        <translation>Peringatan tetap tampil sampai supervisor menekan Ditangani. Setiap tombol meminta konfirmasi sebelum bertindak.</translation>
    </message>
    <message>
        <location filename="../../counter/floorpage.cpp" line="205"/>
        <source>Reading the floor…</source>
        <translation>Membaca lantai layanan…</translation>
    </message>
    <message>
        <location filename="../../counter/floorpage.cpp" line="209"/>
        <source>As of %1</source>
        <translation>Per %1</translation>
    </message>
    <message>
        <location filename="../../counter/floorpage.cpp" line="226"/>
        <source>%1 min of %2</source>
        <translation>%1 dari %2 mnt</translation>
    </message>
    <message>
        <location filename="../../counter/floorpage.cpp" line="227"/>
        <source>— (target %1 min)</source>
        <translation>— (target %1 mnt)</translation>
    </message>
    <message>
        <location filename="../../counter/floorpage.cpp" line="234"/>
        <source>%1% (target %2%)</source>
        <translation>%1% (target %2%)</translation>
    </message>
    <message>
        <location filename="../../counter/floorpage.cpp" line="235"/>
        <source>none called yet (target %1%)</source>
        <translation>belum ada (target %1%)</translation>
    </message>
    <message>
        <location filename="../../counter/floorpage.cpp" line="238"/>
        <source>Paused</source>
        <translation>Dihentikan</translation>
    </message>
    <message>
        <source>Issuing</source>
        <translation type="vanished">Menerbitkan</translation>
    </message>
    <message>
        <location filename="../../counter/floorpage.cpp" line="239"/>
        <location filename="../../counter/floorpage.cpp" line="383"/>
        <source>Resume</source>
        <translation>Buka kembali</translation>
    </message>
    <message>
        <location filename="../../counter/floorpage.cpp" line="239"/>
        <location filename="../../counter/floorpage.cpp" line="389"/>
        <source>Pause</source>
        <translation>Hentikan</translation>
    </message>
    <message>
        <location filename="../../counter/floorpage.cpp" line="240"/>
        <source>Send waiting…</source>
        <translation>Kirim antrean…</translation>
    </message>
    <message>
        <location filename="../../counter/floorpage.cpp" line="265"/>
        <source>%1 serving</source>
        <translation>%1 dilayani</translation>
    </message>
    <message>
        <location filename="../../counter/floorpage.cpp" line="266"/>
        <source>%1 called</source>
        <translation>%1 dipanggil</translation>
    </message>
    <message>
        <location filename="../../counter/floorpage.cpp" line="268"/>
        <location filename="../../counter/floorpage.cpp" line="277"/>
        <location filename="../../counter/floorpage.cpp" line="284"/>
        <source>%1 min</source>
        <translation>%1 mnt</translation>
    </message>
    <message>
        <location filename="../../counter/floorpage.cpp" line="271"/>
        <source>past the service target (%1 min)</source>
        <translation>melewati target layanan (%1 mnt)</translation>
    </message>
    <message>
        <location filename="../../counter/floorpage.cpp" line="275"/>
        <source>on break</source>
        <translation>istirahat</translation>
    </message>
    <message>
        <location filename="../../counter/floorpage.cpp" line="279"/>
        <source>break past the limit (%1 min)</source>
        <translation>istirahat melewati batas (%1 mnt)</translation>
    </message>
    <message>
        <location filename="../../counter/floorpage.cpp" line="285"/>
        <source>idle while customers wait</source>
        <translation>menganggur selagi pelanggan menunggu</translation>
    </message>
    <message>
        <location filename="../../counter/floorpage.cpp" line="294"/>
        <location filename="../../counter/floorpage.cpp" line="427"/>
        <source>Release</source>
        <translation>Lepaskan</translation>
    </message>
    <message>
        <location filename="../../counter/floorpage.cpp" line="321"/>
        <source>Counter %1 · %2</source>
        <translation>Loket %1 · %2</translation>
    </message>
    <message>
        <location filename="../../counter/floorpage.cpp" line="321"/>
        <source>Counter %1</source>
        <translation>Loket %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../counter/floorpage.cpp" line="326"/>
        <source>still on, %n min</source>
        <translation>
            <numerusform>masih berlangsung, %n mnt</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../counter/floorpage.cpp" line="326"/>
        <source>cleared at %1</source>
        <translation>berakhir pukul %1</translation>
    </message>
    <message>
        <location filename="../../counter/floorpage.cpp" line="327"/>
        <source>Handled</source>
        <translation>Ditangani</translation>
    </message>
    <message>
        <location filename="../../counter/floorpage.cpp" line="345"/>
        <source>Confirm</source>
        <translation>Konfirmasi</translation>
    </message>
    <message>
        <location filename="../../counter/floorpage.cpp" line="359"/>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <location filename="../../counter/floorpage.cpp" line="383"/>
        <source>Resume %1 · %2? The kiosk issues its tickets again.</source>
        <translation>Buka kembali %1 · %2? Kios kembali menerbitkan nomor antriannya.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../counter/floorpage.cpp" line="386"/>
        <source>Pause %1 · %2? The kiosk stops issuing its tickets; the %n people waiting are still called.</source>
        <translation>
            <numerusform>Hentikan %1 · %2? Kios berhenti menerbitkan nomor antriannya; %n orang yang menunggu tetap dipanggil.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../counter/floorpage.cpp" line="407"/>
        <source>Send the %n ticket(s) waiting for %1 · %2 to the service chosen below? Each keeps its place by issue time; tickets sent straight to one counter stay.</source>
        <translation>
            <numerusform>Kirim %n nomor antrian yang menunggu %1 · %2 ke layanan yang dipilih di bawah? Masing-masing tetap di urutannya menurut waktu ambil; nomor yang dikirim langsung ke satu loket tetap di sana.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../counter/floorpage.cpp" line="411"/>
        <source>Send</source>
        <translation>Kirim</translation>
    </message>
    <message>
        <location filename="../../counter/floorpage.cpp" line="419"/>
        <source>counter %1 (%2)</source>
        <translation>loket %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../counter/floorpage.cpp" line="420"/>
        <source>Release %1? %2 is logged out there and the counter closes.</source>
        <translation>Lepaskan %1? %2 dikeluarkan dari sana dan loket ditutup.</translation>
    </message>
    <message>
        <location filename="../../counter/floorpage.cpp" line="421"/>
        <source>Release %1? The counter closes.</source>
        <translation>Lepaskan %1? Loket ditutup.</translation>
    </message>
    <message>
        <location filename="../../counter/floorpage.cpp" line="423"/>
        <source>%1, called there, goes back to the line in its place.</source>
        <translation>%1, yang dipanggil di sana, kembali ke antrean di urutannya.</translation>
    </message>
    <message>
        <location filename="../../counter/floorpage.cpp" line="425"/>
        <source>%1, in service there, stays at the counter for whoever logs in there next.</source>
        <translation>%1, yang sedang dilayani di sana, tetap di loket itu untuk petugas yang masuk berikutnya.</translation>
    </message>
</context>
<context>
    <name>antrian::counter::FollowUpPage</name>
    <message>
        <location filename="../../counter/followuppage.cpp" line="32"/>
        <source>Ticket</source>
        <translation>Nomor</translation>
    </message>
    <message>
        <location filename="../../counter/followuppage.cpp" line="32"/>
        <source>Service</source>
        <translation>Layanan</translation>
    </message>
    <message>
        <location filename="../../counter/followuppage.cpp" line="32"/>
        <source>Counter</source>
        <translation>Loket</translation>
    </message>
    <message>
        <location filename="../../counter/followuppage.cpp" line="32"/>
        <source>Staff</source>
        <translation>Petugas</translation>
    </message>
    <message>
        <location filename="../../counter/followuppage.cpp" line="32"/>
        <source>Finished at</source>
        <translation>Selesai pukul</translation>
    </message>
    <message>
        <location filename="../../counter/followuppage.cpp" line="33"/>
        <source>Outcome</source>
        <translation>Hasil</translation>
    </message>
    <message>
        <location filename="../../counter/followuppage.cpp" line="33"/>
        <source>Note</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <location filename="../../counter/followuppage.cpp" line="41"/>
        <source>No follow-ups open. Tickets finished with an outcome that needs a follow-up are listed here.</source>
        <translation>Tidak ada tindak lanjut yang terbuka. Nomor antrian yang selesai dengan hasil yang perlu ditindaklanjuti tercantum di sini.</translation>
    </message>
    <message>
        <location filename="../../counter/followuppage.cpp" line="85"/>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <location filename="../../counter/followuppage.cpp" line="103"/>
        <source>Confirm</source>
        <translation>Konfirmasi</translation>
    </message>
    <message>
        <location filename="../../counter/followuppage.cpp" line="104"/>
        <source>Close the follow-up of %1? It leaves this list, recorded as closed by you.</source>
        <translation>Tutup tindak lanjut %1? Nomor ini keluar dari daftar, tercatat ditutup oleh Anda.</translation>
    </message>
    <message>
        <location filename="../../counter/followuppage.cpp" line="107"/>
        <source>Close follow-up</source>
        <translation>Tutup tindak lanjut</translation>
    </message>
    <message>
        <location filename="../../counter/followuppage.cpp" line="109"/>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
</context>
<context>
    <name>antrian::counter::LoginPage</name>
    <message>
        <location filename="../../counter/loginpage.cpp" line="191"/>
        <source>Counter login</source>
        <translation>Masuk loket</translation>
    </message>
    <message>
        <location filename="../../counter/loginpage.cpp" line="79"/>
        <source>&amp;Counter</source>
        <translation>&amp;Loket</translation>
    </message>
    <message>
        <location filename="../../counter/loginpage.cpp" line="87"/>
        <source>&amp;Username</source>
        <translation>&amp;Nama pengguna</translation>
    </message>
    <message>
        <location filename="../../counter/loginpage.cpp" line="90"/>
        <source>&amp;PIN</source>
        <translation>&amp;PIN</translation>
    </message>
    <message>
        <location filename="../../counter/loginpage.cpp" line="169"/>
        <source>%1 (app not responding)</source>
        <translation>%1 (aplikasi tidak merespons)</translation>
    </message>
    <message>
        <location filename="../../counter/loginpage.cpp" line="171"/>
        <source>free</source>
        <translation>kosong</translation>
    </message>
    <message>
        <location filename="../../counter/loginpage.cpp" line="172"/>
        <source>Counter %1 · %2 — %3</source>
        <translation>Loket %1 · %2 — %3</translation>
    </message>
    <message>
        <location filename="../../counter/loginpage.cpp" line="191"/>
        <source>Supervisor sign-in</source>
        <translation>Masuk supervisor</translation>
    </message>
    <message>
        <location filename="../../counter/loginpage.cpp" line="194"/>
        <source>Back to the counter login</source>
        <translation>Kembali ke login loket</translation>
    </message>
    <message>
        <location filename="../../counter/loginpage.cpp" line="194"/>
        <source>Supervisor: watch the floor</source>
        <translation>Supervisor: pantau lantai layanan</translation>
    </message>
    <message>
        <location filename="../../counter/loginpage.cpp" line="199"/>
        <source>Checking PIN…</source>
        <translation>Memeriksa PIN…</translation>
    </message>
    <message>
        <location filename="../../counter/loginpage.cpp" line="199"/>
        <source>Log in (Enter)</source>
        <translation>Masuk (Enter)</translation>
    </message>
    <message>
        <location filename="../../counter/loginpage.cpp" line="199"/>
        <source>Sign in to the floor (Enter)</source>
        <translation>Masuk ke lantai layanan (Enter)</translation>
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
    <name>antrian::counter::OutcomePanel</name>
    <message>
        <location filename="../../counter/outcomepanel.cpp" line="36"/>
        <source>Note for the follow-up</source>
        <translation>Catatan tindak lanjut</translation>
    </message>
    <message>
        <location filename="../../counter/outcomepanel.cpp" line="41"/>
        <source>Optional: what must follow</source>
        <translation>Opsional: apa yang harus ditindaklanjuti</translation>
    </message>
    <message>
        <location filename="../../counter/outcomepanel.cpp" line="53"/>
        <location filename="../../counter/outcomepanel.cpp" line="111"/>
        <source>Finish without outcome</source>
        <translation>Selesai tanpa hasil</translation>
    </message>
    <message>
        <location filename="../../counter/outcomepanel.cpp" line="56"/>
        <source>Back</source>
        <translation>Kembali</translation>
    </message>
    <message>
        <location filename="../../counter/outcomepanel.cpp" line="108"/>
        <source>Outcome of %1 (required): press its number.</source>
        <translation>Hasil layanan %1 (wajib): tekan nomornya.</translation>
    </message>
    <message>
        <location filename="../../counter/outcomepanel.cpp" line="109"/>
        <source>Outcome of %1: press its number.</source>
        <translation>Hasil layanan %1: tekan nomornya.</translation>
    </message>
    <message>
        <location filename="../../counter/outcomepanel.cpp" line="111"/>
        <source>Choose the outcome</source>
        <translation>Pilih hasilnya</translation>
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
    <name>antrian::counter::ReportPage</name>
    <message>
        <location filename="../../counter/reportpage.cpp" line="71"/>
        <source>Save the report</source>
        <translation>Simpan laporan</translation>
    </message>
    <message>
        <location filename="../../counter/reportpage.cpp" line="90"/>
        <source>From</source>
        <translation>Dari</translation>
    </message>
    <message>
        <location filename="../../counter/reportpage.cpp" line="92"/>
        <source>to</source>
        <translation>sampai</translation>
    </message>
    <message>
        <location filename="../../counter/reportpage.cpp" line="94"/>
        <source>Today</source>
        <translation>Hari ini</translation>
    </message>
    <message>
        <location filename="../../counter/reportpage.cpp" line="95"/>
        <source>7 days</source>
        <translation>7 hari</translation>
    </message>
    <message>
        <location filename="../../counter/reportpage.cpp" line="96"/>
        <source>This month</source>
        <translation>Bulan ini</translation>
    </message>
    <message>
        <location filename="../../counter/reportpage.cpp" line="97"/>
        <source>This year</source>
        <translation>Tahun ini</translation>
    </message>
    <message>
        <location filename="../../counter/reportpage.cpp" line="106"/>
        <source>Rows</source>
        <translation>Baris</translation>
    </message>
    <message>
        <location filename="../../counter/reportpage.cpp" line="121"/>
        <source>Save CSV</source>
        <translation>Simpan CSV</translation>
    </message>
    <message>
        <location filename="../../counter/reportpage.cpp" line="122"/>
        <source>Save PDF</source>
        <translation>Simpan PDF</translation>
    </message>
    <message>
        <location filename="../../counter/reportpage.cpp" line="206"/>
        <source>Choose the dates and the rows; the report is read from the tickets.</source>
        <translation>Pilih tanggal dan barisnya; laporan dibaca dari tiket.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../counter/reportpage.cpp" line="327"/>
        <source>%n ticket(s) issued in this period.</source>
        <translation>
            <numerusform>%n tiket diambil pada periode ini.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../counter/reportpage.cpp" line="368"/>
        <source>Reading the report…</source>
        <translation>Membaca laporan…</translation>
    </message>
    <message>
        <location filename="../../counter/reportpage.cpp" line="379"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../counter/reportpage.cpp" line="379"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../counter/reportpage.cpp" line="391"/>
        <source>Saved %1 and, beside it, %2.</source>
        <translation>Tersimpan %1 dan, di sebelahnya, %2.</translation>
    </message>
    <message>
        <location filename="../../counter/reportpage.cpp" line="397"/>
        <source>Saved %1.</source>
        <translation>Tersimpan %1.</translation>
    </message>
</context>
<context>
    <name>antrian::counter::StaffPage</name>
    <message>
        <location filename="../../counter/staffpage.cpp" line="64"/>
        <source>Staff accounts</source>
        <translation>Akun petugas</translation>
    </message>
    <message>
        <location filename="../../counter/staffpage.cpp" line="109"/>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <location filename="../../counter/staffpage.cpp" line="143"/>
        <source>Add account…</source>
        <translation>Tambah akun…</translation>
    </message>
    <message>
        <location filename="../../counter/staffpage.cpp" line="144"/>
        <source>Disable…</source>
        <translation>Nonaktifkan…</translation>
    </message>
    <message>
        <location filename="../../counter/staffpage.cpp" line="145"/>
        <source>Enable…</source>
        <translation>Aktifkan…</translation>
    </message>
    <message>
        <location filename="../../counter/staffpage.cpp" line="146"/>
        <source>Reset PIN…</source>
        <translation>Atur ulang PIN…</translation>
    </message>
    <message>
        <location filename="../../counter/staffpage.cpp" line="147"/>
        <source>Change role…</source>
        <translation>Ubah peran…</translation>
    </message>
    <message>
        <location filename="../../counter/staffpage.cpp" line="148"/>
        <source>Unlock</source>
        <translation>Buka kunci</translation>
    </message>
    <message>
        <location filename="../../counter/staffpage.cpp" line="175"/>
        <source>Add an account</source>
        <translation>Tambah akun</translation>
    </message>
    <message>
        <location filename="../../counter/staffpage.cpp" line="182"/>
        <source>lower case, no spaces: what they type at login</source>
        <translation>huruf kecil, tanpa spasi: yang diketik saat masuk</translation>
    </message>
    <message>
        <location filename="../../counter/staffpage.cpp" line="185"/>
        <source>as the others see it, e.g. Siti Rahma</source>
        <translation>seperti dilihat rekan, mis. Siti Rahma</translation>
    </message>
    <message>
        <location filename="../../counter/staffpage.cpp" line="189"/>
        <source>Username</source>
        <translation>Nama pengguna</translation>
    </message>
    <message>
        <location filename="../../counter/staffpage.cpp" line="190"/>
        <source>Full name</source>
        <translation>Nama lengkap</translation>
    </message>
    <message>
        <location filename="../../counter/staffpage.cpp" line="191"/>
        <source>Role</source>
        <translation>Peran</translation>
    </message>
    <message>
        <location filename="../../counter/staffpage.cpp" line="193"/>
        <source>Now hand the keyboard to the new staff member: they type their own PIN twice (4 to 8 digits). Nobody else should see it.</source>
        <translation>Sekarang serahkan papan ketik kepada petugas baru: ia mengetik PIN-nya sendiri dua kali (4 sampai 8 angka). Orang lain tidak boleh melihatnya.</translation>
    </message>
    <message>
        <location filename="../../counter/staffpage.cpp" line="204"/>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location filename="../../counter/staffpage.cpp" line="205"/>
        <source>PIN again</source>
        <translation>Ulangi PIN</translation>
    </message>
    <message>
        <location filename="../../counter/staffpage.cpp" line="208"/>
        <source>Add the account</source>
        <translation>Tambahkan akun</translation>
    </message>
    <message>
        <location filename="../../counter/staffpage.cpp" line="244"/>
        <source>New PIN</source>
        <translation>PIN baru</translation>
    </message>
    <message>
        <location filename="../../counter/staffpage.cpp" line="245"/>
        <source>New PIN again</source>
        <translation>Ulangi PIN baru</translation>
    </message>
    <message>
        <location filename="../../counter/staffpage.cpp" line="248"/>
        <source>Set the new PIN</source>
        <translation>Simpan PIN baru</translation>
    </message>
    <message>
        <location filename="../../counter/staffpage.cpp" line="276"/>
        <source>New role</source>
        <translation>Peran baru</translation>
    </message>
    <message>
        <location filename="../../counter/staffpage.cpp" line="279"/>
        <source>Change the role</source>
        <translation>Ubah peran</translation>
    </message>
    <message>
        <location filename="../../counter/staffpage.cpp" line="353"/>
        <source>New PIN for %1</source>
        <translation>PIN baru untuk %1</translation>
    </message>
    <message>
        <location filename="../../counter/staffpage.cpp" line="354"/>
        <source>Hand the keyboard to %1: they type their new PIN twice (4 to 8 digits). The old PIN stops working, and a lock is lifted.</source>
        <translation>Serahkan papan ketik kepada %1: ia mengetik PIN barunya dua kali (4 sampai 8 angka). PIN lama tidak berlaku lagi, dan kuncian dibuka.</translation>
    </message>
    <message>
        <location filename="../../counter/staffpage.cpp" line="363"/>
        <source>Role of %1, now %2</source>
        <translation>Peran %1, saat ini %2</translation>
    </message>
    <message>
        <location filename="../../counter/staffpage.cpp" line="372"/>
        <source>Disable the account of %1? They are logged in at counter %2: that session ends now, and they can no longer log in. The account is kept for the records.</source>
        <translation>Nonaktifkan akun %1? Ia sedang masuk di loket %2: sesi itu berakhir sekarang, dan ia tidak dapat masuk lagi. Akun tetap disimpan untuk catatan.</translation>
    </message>
    <message>
        <location filename="../../counter/staffpage.cpp" line="376"/>
        <source>Disable the account of %1? They can no longer log in. The account is kept for the records.</source>
        <translation>Nonaktifkan akun %1? Ia tidak dapat masuk lagi. Akun tetap disimpan untuk catatan.</translation>
    </message>
    <message>
        <location filename="../../counter/staffpage.cpp" line="379"/>
        <source>Disable and end the session</source>
        <translation>Nonaktifkan dan akhiri sesi</translation>
    </message>
    <message>
        <location filename="../../counter/staffpage.cpp" line="379"/>
        <source>Disable the account</source>
        <translation>Nonaktifkan akun</translation>
    </message>
    <message>
        <location filename="../../counter/staffpage.cpp" line="385"/>
        <source>Enable the account of %1? They can log in again with their PIN.</source>
        <translation>Aktifkan akun %1? Ia dapat masuk lagi dengan PIN-nya.</translation>
    </message>
    <message>
        <location filename="../../counter/staffpage.cpp" line="386"/>
        <source>Enable the account</source>
        <translation>Aktifkan akun</translation>
    </message>
    <message>
        <location filename="../../counter/staffpage.cpp" line="466"/>
        <source>choose an account in the list to change it</source>
        <translation>pilih akun di daftar untuk mengubahnya</translation>
    </message>
</context>
<context>
    <name>antrian::counter::StaffingPage</name>
    <message>
        <location filename="../../counter/staffingpage.cpp" line="59"/>
        <source>&amp;Weekday</source>
        <translation>&amp;Hari</translation>
    </message>
    <message>
        <location filename="../../counter/staffingpage.cpp" line="66"/>
        <source>Wee&amp;ks of history</source>
        <translation>&amp;Minggu riwayat</translation>
    </message>
    <message>
        <location filename="../../counter/staffingpage.cpp" line="92"/>
        <source>Hour</source>
        <translation>Jam</translation>
    </message>
    <message>
        <location filename="../../counter/staffingpage.cpp" line="92"/>
        <source>Arrivals per hour</source>
        <translation>Kedatangan per jam</translation>
    </message>
    <message>
        <location filename="../../counter/staffingpage.cpp" line="92"/>
        <source>Service (min)</source>
        <translation>Layanan (mnt)</translation>
    </message>
    <message>
        <location filename="../../counter/staffingpage.cpp" line="92"/>
        <location filename="../../counter/staffingpage.cpp" line="207"/>
        <source>Needed</source>
        <translation>Perlu</translation>
    </message>
    <message>
        <location filename="../../counter/staffingpage.cpp" line="92"/>
        <location filename="../../counter/staffingpage.cpp" line="208"/>
        <source>Staffed</source>
        <translation>Terisi</translation>
    </message>
    <message>
        <location filename="../../counter/staffingpage.cpp" line="93"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../counter/staffingpage.cpp" line="93"/>
        <source>Needed per service</source>
        <translation>Perlu per layanan</translation>
    </message>
    <message>
        <location filename="../../counter/staffingpage.cpp" line="155"/>
        <source>%1 (today)</source>
        <translation>%1 (hari ini)</translation>
    </message>
    <message>
        <location filename="../../counter/staffingpage.cpp" line="175"/>
        <source>Short by %1</source>
        <translation>Kurang %1</translation>
    </message>
    <message>
        <location filename="../../counter/staffingpage.cpp" line="175"/>
        <source>Enough</source>
        <translation>Cukup</translation>
    </message>
    <message>
        <location filename="../../counter/staffingpage.cpp" line="187"/>
        <source>The branch is closed on this weekday.</source>
        <translation>Cabang tutup pada hari tersebut.</translation>
    </message>
    <message>
        <location filename="../../counter/staffingpage.cpp" line="189"/>
        <source>No history yet for this weekday: nothing to advise.</source>
        <translation>Belum ada riwayat untuk hari tersebut: belum ada saran.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../counter/staffingpage.cpp" line="191"/>
        <source>From %n day(s) of history. Needed: the fewest counters so that 90% of customers are called within their service&apos;s target wait (Erlang C), summed over services (an upper bound where a counter serves several). Staffed: counters with someone logged in, on average.</source>
        <translation>
            <numerusform>Dari riwayat %n hari. Perlu: jumlah loket paling sedikit agar 90% nasabah dipanggil dalam target tunggu layanannya (Erlang C), dijumlah per layanan (batas atas bila satu loket melayani beberapa layanan). Terisi: rata-rata loket yang ada petugasnya.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../counter/staffingpage.cpp" line="195"/>
        <source>Short of counters at %1.</source>
        <translation>Kekurangan loket pada %1.</translation>
    </message>
    <message>
        <location filename="../../counter/staffingpage.cpp" line="206"/>
        <source>Counters needed and staffed per hour</source>
        <translation>Loket yang diperlukan dan terisi per jam</translation>
    </message>
    <message>
        <location filename="../../counter/staffingpage.cpp" line="212"/>
        <source>Red: fewer staffed than needed</source>
        <translation>Merah: terisi lebih sedikit dari yang diperlukan</translation>
    </message>
    <message>
        <location filename="../../counter/staffingpage.cpp" line="244"/>
        <source>Counters</source>
        <translation>Loket</translation>
    </message>
</context>
<context>
    <name>antrian::counter::SupervisorPage</name>
    <message>
        <location filename="../../counter/supervisorpage.cpp" line="26"/>
        <source>&amp;Floor</source>
        <translation>&amp;Lantai</translation>
    </message>
    <message>
        <location filename="../../counter/supervisorpage.cpp" line="27"/>
        <location filename="../../counter/supervisorpage.cpp" line="37"/>
        <source>F&amp;ollow-ups</source>
        <translation>&amp;Tindak lanjut</translation>
    </message>
    <message>
        <location filename="../../counter/supervisorpage.cpp" line="28"/>
        <source>&amp;Staff</source>
        <translation>&amp;Petugas</translation>
    </message>
    <message>
        <location filename="../../counter/supervisorpage.cpp" line="29"/>
        <source>&amp;Reports</source>
        <translation>&amp;Laporan</translation>
    </message>
    <message>
        <location filename="../../counter/supervisorpage.cpp" line="30"/>
        <source>Staffin&amp;g</source>
        <translation>&amp;Kebutuhan loket</translation>
    </message>
    <message>
        <location filename="../../counter/supervisorpage.cpp" line="37"/>
        <source>F&amp;ollow-ups (%1)</source>
        <translation>&amp;Tindak lanjut (%1)</translation>
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
