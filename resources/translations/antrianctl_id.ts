<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID">
<context>
    <name>antrianctl</name>
    <message>
        <location filename="../../antrianctl/cli.cpp" line="54"/>
        <source>Database file (default %1).</source>
        <translation>Berkas basis data (bawaan: %1).</translation>
    </message>
    <message>
        <location filename="../../antrianctl/cli.cpp" line="54"/>
        <source>path</source>
        <translation>jalur</translation>
    </message>
    <message>
        <location filename="../../antrianctl/cli.cpp" line="55"/>
        <source>Import this branch config file first (validated whole).</source>
        <translation>Impor berkas konfigurasi cabang ini terlebih dahulu (diperiksa seluruhnya).</translation>
    </message>
    <message>
        <location filename="../../antrianctl/cli.cpp" line="55"/>
        <location filename="../../antrianctl/cli.cpp" line="60"/>
        <location filename="../../antrianctl/reportcommands.cpp" line="140"/>
        <location filename="../../antrianctl/reportcommands.cpp" line="142"/>
        <source>file</source>
        <translation>berkas</translation>
    </message>
    <message>
        <location filename="../../antrianctl/cli.cpp" line="56"/>
        <source>Fixed clock, ISO 8601 (2026-11-23T09:00:00+07:00).</source>
        <translation>Gunakan waktu tetap, ISO 8601 (2026-11-23T09:00:00+07:00).</translation>
    </message>
    <message>
        <location filename="../../antrianctl/cli.cpp" line="56"/>
        <source>time</source>
        <translation>waktu</translation>
    </message>
    <message>
        <location filename="../../antrianctl/cli.cpp" line="57"/>
        <source>Print JSON for scripts.</source>
        <translation>Tampilkan keluaran JSON untuk skrip.</translation>
    </message>
    <message>
        <location filename="../../antrianctl/cli.cpp" line="58"/>
        <source>Language: id (default) or en.</source>
        <translation>Bahasa: id (bawaan) atau en.</translation>
    </message>
    <message>
        <location filename="../../antrianctl/cli.cpp" line="58"/>
        <source>lang</source>
        <translation>bahasa</translation>
    </message>
    <message>
        <location filename="../../antrianctl/cli.cpp" line="59"/>
        <source>Append the log to this file (default: the journal under systemd, else stderr).</source>
        <translation>Tambahkan log ke berkas ini (bawaan: journal di bawah systemd, selain itu stderr).</translation>
    </message>
    <message>
        <location filename="../../antrianctl/queuecommands.cpp" line="198"/>
        <source>create the database and import the branch config</source>
        <translation>buat basis data dan impor konfigurasi cabang</translation>
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
        <translation>ambil nomor antrian (--priority, --reason CODE)</translation>
    </message>
    <message>
        <location filename="../../antrianctl/queuecommands.cpp" line="204"/>
        <source>issue: a priority ticket.</source>
        <translation>issue: nomor antrian prioritas.</translation>
    </message>
    <message>
        <location filename="../../antrianctl/queuecommands.cpp" line="205"/>
        <source>issue: priority reason code from the config.</source>
        <translation>issue: kode alasan prioritas dari konfigurasi.</translation>
    </message>
    <message>
        <location filename="../../antrianctl/queuecommands.cpp" line="206"/>
        <location filename="../../antrianctl/queuecommands.cpp" line="222"/>
        <location filename="../../antrianctl/queuecommands.cpp" line="253"/>
        <source>code</source>
        <translation>kode</translation>
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
        <translation>panggil nomor antrian berikutnya ke loket</translation>
    </message>
    <message>
        <location filename="../../antrianctl/queuecommands.cpp" line="214"/>
        <source>act on the ticket a counter holds</source>
        <translation>panggil ulang / mulai layani / selesai / tidak hadir:
tindakan atas nomor antrian yang sedang ditangani loket</translation>
    </message>
    <message>
        <location filename="../../antrianctl/queuecommands.cpp" line="218"/>
        <source>finish serving the counter&apos;s ticket</source>
        <translation>selesaikan layanan tiket di loket</translation>
    </message>
    <message>
        <location filename="../../antrianctl/queuecommands.cpp" line="219"/>
        <source>COUNTER --outcome CODE [--note TEXT]</source>
        <translation>LOKET --outcome KODE [--note TEKS]</translation>
    </message>
    <message>
        <location filename="../../antrianctl/queuecommands.cpp" line="220"/>
        <source>finish with the visit&apos;s outcome from the config</source>
        <translation>selesaikan dengan hasil layanan dari konfigurasi</translation>
    </message>
    <message>
        <location filename="../../antrianctl/queuecommands.cpp" line="221"/>
        <source>finish: the outcome code (selesai, dirujuk, ...).</source>
        <translation>finish: kode hasil layanan (selesai, dirujuk, ...).</translation>
    </message>
    <message>
        <location filename="../../antrianctl/queuecommands.cpp" line="223"/>
        <source>finish: a note kept with the outcome.</source>
        <translation>finish: catatan yang disimpan bersama hasil layanan.</translation>
    </message>
    <message>
        <location filename="../../antrianctl/queuecommands.cpp" line="224"/>
        <source>text</source>
        <translation>teks</translation>
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
        <translation>alihkan nomor antrian di loket ke layanan lain
(--to-counter N: langsung ke loket N)</translation>
    </message>
    <message>
        <location filename="../../antrianctl/queuecommands.cpp" line="230"/>
        <source>transfer: straight to this counter.</source>
        <translation>transfer: langsung ke loket ini.</translation>
    </message>
    <message>
        <location filename="../../antrianctl/queuecommands.cpp" line="231"/>
        <source>number</source>
        <translation>nomor</translation>
    </message>
    <message>
        <location filename="../../antrianctl/queuecommands.cpp" line="234"/>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <location filename="../../antrianctl/queuecommands.cpp" line="235"/>
        <source>withdraw a waiting ticket / bring back a no-show</source>
        <translation>batalkan nomor antrian yang menunggu /
aktifkan kembali nomor antrian yang tidak hadir</translation>
    </message>
    <message>
        <location filename="../../antrianctl/queuecommands.cpp" line="238"/>
        <source>a counter&apos;s break</source>
        <translation>istirahatkan loket / buka kembali loket</translation>
    </message>
    <message>
        <location filename="../../antrianctl/queuecommands.cpp" line="240"/>
        <source>stop / restart issuing tickets for a service</source>
        <translation>hentikan / buka kembali pengambilan nomor antrian suatu layanan</translation>
    </message>
    <message>
        <location filename="../../antrianctl/queuecommands.cpp" line="243"/>
        <source>the branch now</source>
        <translation>keadaan cabang saat ini</translation>
    </message>
    <message>
        <location filename="../../antrianctl/queuecommands.cpp" line="246"/>
        <source>today&apos;s tickets (--date, --all, --status, --service)</source>
        <translation>nomor antrian hari ini (--date, --all, --status, --service)</translation>
    </message>
    <message>
        <location filename="../../antrianctl/queuecommands.cpp" line="247"/>
        <source>tickets: business date YYYY-MM-DD (default today).</source>
        <translation>tickets: tanggal operasional YYYY-MM-DD (bawaan: hari ini).</translation>
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
        <translation>tanggal</translation>
    </message>
    <message>
        <location filename="../../antrianctl/queuecommands.cpp" line="249"/>
        <source>tickets: every business date.</source>
        <translation>tickets: semua tanggal operasional.</translation>
    </message>
    <message>
        <location filename="../../antrianctl/queuecommands.cpp" line="250"/>
        <source>tickets: only this status (waiting, called, ...).</source>
        <translation>tickets: hanya status ini (waiting, called, ...).</translation>
    </message>
    <message>
        <location filename="../../antrianctl/queuecommands.cpp" line="251"/>
        <source>status</source>
        <translation>status</translation>
    </message>
    <message>
        <location filename="../../antrianctl/queuecommands.cpp" line="252"/>
        <source>tickets: only this service.</source>
        <translation>tickets: hanya layanan ini.</translation>
    </message>
    <message>
        <location filename="../../antrianctl/staffcommands.cpp" line="311"/>
        <source>staff add: the person&apos;s full name.</source>
        <translation>staff add: nama lengkap petugas.</translation>
    </message>
    <message>
        <location filename="../../antrianctl/staffcommands.cpp" line="312"/>
        <location filename="../../antrianctl/setupcommands.cpp" line="414"/>
        <source>name</source>
        <translation>nama</translation>
    </message>
    <message>
        <location filename="../../antrianctl/staffcommands.cpp" line="313"/>
        <source>staff add: staff (default) or supervisor.</source>
        <translation>staff add: staff (bawaan) atau supervisor.</translation>
    </message>
    <message>
        <location filename="../../antrianctl/staffcommands.cpp" line="314"/>
        <location filename="../../antrianctl/doctorcommands.cpp" line="191"/>
        <source>role</source>
        <translation>peran</translation>
    </message>
    <message>
        <location filename="../../antrianctl/rolecommands.cpp" line="160"/>
        <source>role add: kiosk, counter, display or supervisor.</source>
        <translation>role add: kiosk, counter, display atau supervisor.</translation>
    </message>
    <message>
        <location filename="../../antrianctl/rolecommands.cpp" line="161"/>
        <source>kind</source>
        <translation>jenis</translation>
    </message>
    <message>
        <location filename="../../antrianctl/cli.cpp" line="73"/>
        <source>What to do; see the list above.</source>
        <translation>Perintah yang dijalankan; lihat daftar di atas.</translation>
    </message>
    <message>
        <location filename="../../antrianctl/cli.cpp" line="88"/>
        <source>--lang: expected id or en, got &quot;%1&quot;</source>
        <translation>--lang: harus id atau en, bukan &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../../antrianctl/cli.cpp" line="91"/>
        <source>no command given; try --help</source>
        <translation>tidak ada perintah; coba --help</translation>
    </message>
    <message>
        <location filename="../../antrianctl/cli.cpp" line="94"/>
        <location filename="../../antrianctl/help.cpp" line="85"/>
        <source>unknown command &quot;%1&quot;; try --help</source>
        <translation>perintah &quot;%1&quot; tidak dikenal; coba --help</translation>
    </message>
    <message>
        <location filename="../../antrianctl/cli.cpp" line="142"/>
        <source>warning:</source>
        <translation>peringatan:</translation>
    </message>
    <message>
        <location filename="../../antrianctl/cli.cpp" line="172"/>
        <location filename="../../antrianctl/doctorcommands.cpp" line="139"/>
        <location filename="../../antrianctl/backupcommands.cpp" line="92"/>
        <source>--now: expected an ISO 8601 time such as 2026-11-23T09:00:00+07:00, got &quot;%1&quot;</source>
        <translation>--now: harus berupa waktu ISO 8601 seperti 2026-11-23T09:00:00+07:00, bukan &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../../antrianctl/queuecommands.cpp" line="50"/>
        <source>the bundled sample branch</source>
        <translation>contoh cabang bawaan</translation>
    </message>
    <message>
        <location filename="../../antrianctl/queuecommands.cpp" line="52"/>
        <source>its existing setup</source>
        <translation>pengaturan yang sudah ada</translation>
    </message>
    <message>
        <location filename="../../antrianctl/queuecommands.cpp" line="63"/>
        <source>Database %1 is ready: %2, from %3.
Services: %4. Counters: %5.</source>
        <translation>Basis data %1 siap: %2, dari %3.
Layanan: %4. Loket: %5.</translation>
    </message>
    <message>
        <location filename="../../antrianctl/queuecommands.cpp" line="67"/>
        <source>Group roles antrian_kiosk, antrian_counter, antrian_display and antrian_supervisor are ready; add one login per PC with: antrianctl role add NAME --kind KIND</source>
        <translation>Peran grup antrian_kiosk, antrian_counter, antrian_display dan antrian_supervisor sudah siap; tambahkan satu login per PC dengan: antrianctl role add NAMA --kind JENIS</translation>
    </message>
    <message>
        <location filename="../../antrianctl/queuecommands.cpp" line="75"/>
        <source>usage: antrianctl issue SERVICE [--priority] [--reason CODE]</source>
        <translation>penggunaan: antrianctl issue SERVICE [--priority] [--reason CODE]</translation>
    </message>
    <message>
        <location filename="../../antrianctl/queuecommands.cpp" line="116"/>
        <source>service %1 paused: the kiosk issues no tickets for it</source>
        <translation>layanan %1 dihentikan sementara: kios tidak mengeluarkan nomor antrian untuk layanan ini</translation>
    </message>
    <message>
        <location filename="../../antrianctl/queuecommands.cpp" line="117"/>
        <source>service %1 resumed</source>
        <translation>layanan %1 dibuka kembali</translation>
    </message>
    <message>
        <location filename="../../antrianctl/queuecommands.cpp" line="91"/>
        <location filename="../../antrianctl/queuecommands.cpp" line="120"/>
        <source>usage: antrianctl %1 COUNTER (the counter&apos;s number)</source>
        <translation>penggunaan: antrianctl %1 COUNTER (nomor loket)</translation>
    </message>
    <message>
        <location filename="../../antrianctl/queuecommands.cpp" line="126"/>
        <source>counter %1 paused</source>
        <translation>loket %1 istirahat</translation>
    </message>
    <message>
        <location filename="../../antrianctl/queuecommands.cpp" line="126"/>
        <source>counter %1 open</source>
        <translation>loket %1 buka</translation>
    </message>
    <message>
        <location filename="../../antrianctl/queuecommands.cpp" line="138"/>
        <source>usage: antrianctl transfer COUNTER SERVICE, or transfer COUNTER [SERVICE] --to-counter N</source>
        <translation>penggunaan: antrianctl transfer COUNTER SERVICE, atau transfer COUNTER [SERVICE] --to-counter N</translation>
    </message>
    <message>
        <location filename="../../antrianctl/queuecommands.cpp" line="149"/>
        <source>usage: antrianctl %1 CODE (a ticket code such as A-001)</source>
        <translation>penggunaan: antrianctl %1 CODE (kode nomor antrian seperti A-001)</translation>
    </message>
    <message>
        <location filename="../../antrianctl/queuecommands.cpp" line="173"/>
        <source>--date: expected YYYY-MM-DD, got &quot;%1&quot;</source>
        <translation>--date: harus berformat YYYY-MM-DD, bukan &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../../antrianctl/queuecommands.cpp" line="180"/>
        <source>--status: expected waiting, called, serving, done, no_show, cancelled or expired</source>
        <translation>--status: harus salah satu dari waiting, called, serving, done, no_show, cancelled atau expired</translation>
    </message>
    <message>
        <location filename="../../antrianctl/output.cpp" line="141"/>
        <location filename="../../antrianctl/floorcommands.cpp" line="213"/>
        <source>counter %1</source>
        <translation>loket %1</translation>
    </message>
    <message>
        <location filename="../../antrianctl/output.cpp" line="146"/>
        <source>outcome: %1</source>
        <translation>hasil: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../antrianctl/output.cpp" line="155"/>
        <source>%1  %2%3
%n ahead, estimated wait: %4</source>
        <translation>
            <numerusform>%1  %2%3
%n antrian di depan, perkiraan waktu tunggu: %4</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../antrianctl/output.cpp" line="157"/>
        <source>priority</source>
        <translation>prioritas</translation>
    </message>
    <message>
        <location filename="../../antrianctl/output.cpp" line="166"/>
        <location filename="../../antrianctl/output.cpp" line="182"/>
        <location filename="../../antrianctl/floorcommands.cpp" line="38"/>
        <source>open</source>
        <translation>buka</translation>
    </message>
    <message>
        <location filename="../../antrianctl/output.cpp" line="166"/>
        <location filename="../../antrianctl/output.cpp" line="181"/>
        <location filename="../../antrianctl/floorcommands.cpp" line="40"/>
        <source>closed</source>
        <translation>tutup</translation>
    </message>
    <message>
        <location filename="../../antrianctl/output.cpp" line="170"/>
        <location filename="../../antrianctl/output.cpp" line="194"/>
        <location filename="../../antrianctl/ratingcommands.cpp" line="166"/>
        <location filename="../../antrianctl/floorcommands.cpp" line="194"/>
        <source>Service</source>
        <translation>Layanan</translation>
    </message>
    <message>
        <location filename="../../antrianctl/output.cpp" line="170"/>
        <location filename="../../antrianctl/floorcommands.cpp" line="194"/>
        <source>Waiting</source>
        <translation>Menunggu</translation>
    </message>
    <message>
        <location filename="../../antrianctl/output.cpp" line="170"/>
        <location filename="../../antrianctl/output.cpp" line="194"/>
        <location filename="../../antrianctl/reportcommands.cpp" line="35"/>
        <location filename="../../antrianctl/floorcommands.cpp" line="195"/>
        <source>Issued</source>
        <translation>Diambil</translation>
    </message>
    <message>
        <location filename="../../antrianctl/output.cpp" line="170"/>
        <source>Open counters</source>
        <translation>Loket buka</translation>
    </message>
    <message>
        <location filename="../../antrianctl/output.cpp" line="170"/>
        <source>Estimated wait</source>
        <translation>Perkiraan waktu tunggu</translation>
    </message>
    <message>
        <location filename="../../antrianctl/output.cpp" line="178"/>
        <location filename="../../antrianctl/output.cpp" line="194"/>
        <location filename="../../antrianctl/staffcommands.cpp" line="197"/>
        <location filename="../../antrianctl/ratingcommands.cpp" line="166"/>
        <location filename="../../antrianctl/floorcommands.cpp" line="176"/>
        <source>Counter</source>
        <translation>Loket</translation>
    </message>
    <message>
        <location filename="../../antrianctl/output.cpp" line="178"/>
        <source>Services</source>
        <translation>Layanan</translation>
    </message>
    <message>
        <location filename="../../antrianctl/output.cpp" line="178"/>
        <location filename="../../antrianctl/floorcommands.cpp" line="176"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../antrianctl/output.cpp" line="178"/>
        <location filename="../../antrianctl/floorcommands.cpp" line="176"/>
        <source>Ticket</source>
        <translation>Nomor antrian</translation>
    </message>
    <message>
        <location filename="../../antrianctl/output.cpp" line="180"/>
        <source>paused</source>
        <translation>istirahat</translation>
    </message>
    <message>
        <location filename="../../antrianctl/output.cpp" line="194"/>
        <location filename="../../antrianctl/ratingcommands.cpp" line="166"/>
        <source>Code</source>
        <translation>Nomor</translation>
    </message>
    <message>
        <location filename="../../antrianctl/output.cpp" line="194"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../antrianctl/output.cpp" line="194"/>
        <source>Called</source>
        <translation>Dipanggil</translation>
    </message>
    <message>
        <location filename="../../antrianctl/output.cpp" line="195"/>
        <location filename="../../antrianctl/ratingcommands.cpp" line="166"/>
        <source>Finished</source>
        <translation>Selesai</translation>
    </message>
    <message numerus="yes">
        <location filename="../../antrianctl/output.cpp" line="201"/>
        <source>%n ticket(s)</source>
        <translation>
            <numerusform>%n nomor antrian</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../antrianctl/staffcommands.cpp" line="54"/>
        <source>disabled</source>
        <translation>nonaktif</translation>
    </message>
    <message>
        <location filename="../../antrianctl/staffcommands.cpp" line="56"/>
        <source>locked until %1</source>
        <translation>terkunci hingga %1</translation>
    </message>
    <message>
        <location filename="../../antrianctl/staffcommands.cpp" line="57"/>
        <source>active</source>
        <translation>aktif</translation>
    </message>
    <message>
        <location filename="../../antrianctl/staffcommands.cpp" line="65"/>
        <source>%1 (not heard from since %2)</source>
        <translation>%1 (tidak ada kabar sejak %2)</translation>
    </message>
    <message>
        <location filename="../../antrianctl/staffcommands.cpp" line="66"/>
        <source>%1 since %2</source>
        <translation>%1 sejak %2</translation>
    </message>
    <message>
        <location filename="../../antrianctl/staffcommands.cpp" line="78"/>
        <source>usage: antrianctl staff add USERNAME --name &quot;Full Name&quot; [--role staff|supervisor], staff passwd|reset-pin|unlock|disable|enable USERNAME, staff role USERNAME staff|supervisor, staff list, staff release COUNTER; a supervisor making the change adds --as USERNAME</source>
        <translation>penggunaan: antrianctl staff add USERNAME --name &quot;Nama Lengkap&quot; [--role staff|supervisor], staff passwd|reset-pin|unlock|disable|enable USERNAME, staff role USERNAME staff|supervisor, staff list, staff release LOKET; supervisor yang membuat perubahan menambahkan --as USERNAME</translation>
    </message>
    <message>
        <location filename="../../antrianctl/staffcommands.cpp" line="111"/>
        <source>PIN of %1 (who makes this change): </source>
        <translation>PIN %1 (yang membuat perubahan ini): </translation>
    </message>
    <message>
        <location filename="../../antrianctl/staffcommands.cpp" line="127"/>
        <source>--role: expected staff or supervisor, got &quot;%1&quot;</source>
        <translation>--role: harus staff atau supervisor, bukan &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../../antrianctl/staffcommands.cpp" line="141"/>
        <source>the username &quot;%1&quot; is already taken (by %2)</source>
        <translation>nama pengguna &quot;%1&quot; sudah dipakai (oleh %2)</translation>
    </message>
    <message>
        <location filename="../../antrianctl/staffcommands.cpp" line="146"/>
        <source>PIN for %1 (%2 to %3 digits): </source>
        <translation>PIN untuk %1 (%2 sampai %3 angka): </translation>
    </message>
    <message>
        <location filename="../../antrianctl/staffcommands.cpp" line="157"/>
        <source>Added %1 (%2), %3. They log in at a counter with their username and PIN.</source>
        <translation>%1 (%2), %3, telah ditambahkan. Petugas masuk di loket dengan nama pengguna dan PIN-nya.</translation>
    </message>
    <message>
        <location filename="../../antrianctl/staffcommands.cpp" line="168"/>
        <location filename="../../antrianctl/ratingcommands.cpp" line="196"/>
        <source>there is no staff account &quot;%1&quot;; see: antrianctl staff list</source>
        <translation>tidak ada akun petugas &quot;%1&quot;; lihat: antrianctl staff list</translation>
    </message>
    <message>
        <location filename="../../antrianctl/staffcommands.cpp" line="172"/>
        <source>New PIN for %1 (%2 to %3 digits): </source>
        <translation>PIN baru untuk %1 (%2 sampai %3 angka): </translation>
    </message>
    <message>
        <location filename="../../antrianctl/staffcommands.cpp" line="182"/>
        <source>The PIN of %1 (%2) is changed; any lock is lifted.</source>
        <translation>PIN %1 (%2) telah diganti; kunci akun (bila ada) dibuka.</translation>
    </message>
    <message>
        <location filename="../../antrianctl/staffcommands.cpp" line="197"/>
        <source>Username</source>
        <translation>Nama pengguna</translation>
    </message>
    <message>
        <location filename="../../antrianctl/staffcommands.cpp" line="197"/>
        <location filename="../../antrianctl/reportcommands.cpp" line="72"/>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location filename="../../antrianctl/staffcommands.cpp" line="197"/>
        <location filename="../../antrianctl/rolecommands.cpp" line="132"/>
        <source>Role</source>
        <translation>Peran</translation>
    </message>
    <message>
        <location filename="../../antrianctl/staffcommands.cpp" line="197"/>
        <source>Account</source>
        <translation>Akun</translation>
    </message>
    <message>
        <location filename="../../antrianctl/staffcommands.cpp" line="207"/>
        <source>No staff accounts yet; add one with: antrianctl staff add USERNAME --name &quot;Full Name&quot;</source>
        <translation>Belum ada akun petugas; tambahkan dengan: antrianctl staff add USERNAME --name &quot;Nama Lengkap&quot;</translation>
    </message>
    <message>
        <location filename="../../antrianctl/staffcommands.cpp" line="221"/>
        <source>%1 (%2) is unlocked and may log in again.</source>
        <translation>Akun %1 (%2) telah dibuka dan dapat masuk kembali.</translation>
    </message>
    <message>
        <location filename="../../antrianctl/staffcommands.cpp" line="236"/>
        <source>%1 (%2) is enabled and may log in.</source>
        <translation>Akun %1 (%2) telah diaktifkan dan dapat masuk.</translation>
    </message>
    <message>
        <location filename="../../antrianctl/staffcommands.cpp" line="242"/>
        <source>%1 (%2) is disabled and can no longer log in.</source>
        <translation>Akun %1 (%2) telah dinonaktifkan dan tidak dapat masuk lagi.</translation>
    </message>
    <message>
        <location filename="../../antrianctl/staffcommands.cpp" line="246"/>
        <source>They were logged out of counter %1, which is now closed.</source>
        <translation>Akun ini telah dikeluarkan dari loket %1, yang kini tutup.</translation>
    </message>
    <message>
        <location filename="../../antrianctl/staffcommands.cpp" line="249"/>
        <source>%1, called there but not started, is back at the front of its line.</source>
        <translation>%1, yang sudah dipanggil di sana tetapi belum dilayani, kembali ke urutan terdepan antreannya.</translation>
    </message>
    <message>
        <location filename="../../antrianctl/staffcommands.cpp" line="254"/>
        <source>Counter %1 still holds %2, being served; finish or transfer it there (antrianctl finish|transfer %1).</source>
        <translation>Loket %1 masih memegang %2 yang sedang dilayani; selesaikan atau alihkan di sana (antrianctl finish|transfer %1).</translation>
    </message>
    <message>
        <location filename="../../antrianctl/staffcommands.cpp" line="268"/>
        <source>ROLE: expected staff or supervisor, got &quot;%1&quot;</source>
        <translation>ROLE: harus staff atau supervisor, bukan &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../../antrianctl/staffcommands.cpp" line="276"/>
        <source>%1 (%2) is now %3.</source>
        <translation>%1 (%2) kini %3.</translation>
    </message>
    <message>
        <location filename="../../antrianctl/staffcommands.cpp" line="284"/>
        <source>usage: antrianctl staff release COUNTER (the counter&apos;s number)</source>
        <translation>penggunaan: antrianctl staff release COUNTER (nomor loket)</translation>
    </message>
    <message>
        <location filename="../../antrianctl/floorcommands.cpp" line="225"/>
        <source>Counter %1 is released: %2 (%3) is logged out there.</source>
        <translation>Loket %1 telah dibebaskan: %2 (%3) dikeluarkan dari loket tersebut.</translation>
    </message>
    <message>
        <location filename="../../antrianctl/floorcommands.cpp" line="232"/>
        <source>It still holds %1; whoever logs in at counter %2 next will see it.</source>
        <translation>Loket masih menangani %1; petugas berikutnya yang masuk di loket %2 akan melihatnya.</translation>
    </message>
    <message>
        <location filename="../../antrianctl/staffcommands.cpp" line="295"/>
        <source>add USERNAME --name &quot;Full Name&quot; [--role supervisor]</source>
        <translation>add USERNAME --name &quot;Nama Lengkap&quot; [--role supervisor]</translation>
    </message>
    <message>
        <location filename="../../antrianctl/staffcommands.cpp" line="296"/>
        <source>a staff account; the PIN is typed at the terminal
(or given as one line on stdin), never as an argument</source>
        <translation>buat akun petugas; PIN diketik di terminal
(atau diberikan sebagai satu baris di stdin), tidak pernah sebagai argumen</translation>
    </message>
    <message>
        <location filename="../../antrianctl/staffcommands.cpp" line="298"/>
        <source>passwd USERNAME</source>
        <translation>passwd USERNAME</translation>
    </message>
    <message>
        <location filename="../../antrianctl/staffcommands.cpp" line="299"/>
        <source>set a new PIN the same way; lifts a lock</source>
        <translation>ganti PIN dengan cara yang sama; membuka kunci akun</translation>
    </message>
    <message>
        <location filename="../../antrianctl/staffcommands.cpp" line="300"/>
        <source>reset-pin USERNAME [--as SUPERVISOR]</source>
        <translation>reset-pin USERNAME [--as SUPERVISOR]</translation>
    </message>
    <message>
        <location filename="../../antrianctl/staffcommands.cpp" line="301"/>
        <source>the same, by a supervisor: their PIN first, then the
staff member types the new one</source>
        <translation>sama, oleh supervisor: PIN supervisor dahulu, lalu
petugas mengetik PIN barunya</translation>
    </message>
    <message>
        <location filename="../../antrianctl/staffcommands.cpp" line="303"/>
        <source>role USERNAME staff|supervisor</source>
        <translation>role USERNAME staff|supervisor</translation>
    </message>
    <message>
        <location filename="../../antrianctl/staffcommands.cpp" line="304"/>
        <source>change an account&apos;s role; the last supervisor stays one</source>
        <translation>mengubah peran akun; supervisor terakhir tetap supervisor</translation>
    </message>
    <message>
        <location filename="../../antrianctl/staffcommands.cpp" line="305"/>
        <source>list</source>
        <translation>list</translation>
    </message>
    <message>
        <location filename="../../antrianctl/staffcommands.cpp" line="306"/>
        <source>accounts, locks, and who is at which counter</source>
        <translation>daftar akun, akun terkunci, dan siapa di loket mana</translation>
    </message>
    <message>
        <location filename="../../antrianctl/staffcommands.cpp" line="307"/>
        <source>unlock|disable|enable USERNAME</source>
        <translation>unlock|disable|enable USERNAME</translation>
    </message>
    <message>
        <location filename="../../antrianctl/staffcommands.cpp" line="308"/>
        <source>unlock / disable / enable an account</source>
        <translation>buka kunci / nonaktifkan / aktifkan akun</translation>
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
        <translation>keluarkan petugas dari loket (bila aplikasinya macet)</translation>
    </message>
    <message>
        <location filename="../../antrianctl/staffcommands.cpp" line="315"/>
        <source>staff: the supervisor making the change (their PIN is asked first).</source>
        <translation>staff: supervisor yang membuat perubahan (PIN-nya ditanyakan terlebih dahulu).</translation>
    </message>
    <message>
        <location filename="../../antrianctl/staffcommands.cpp" line="316"/>
        <location filename="../../antrianctl/ratingcommands.cpp" line="234"/>
        <source>username</source>
        <translation>nama-pengguna</translation>
    </message>
    <message>
        <location filename="../../antrianctl/pinprompt.cpp" line="115"/>
        <source>no PIN on standard input; give it as one line on stdin, or run at a terminal</source>
        <translation>tidak ada PIN di masukan standar; berikan sebagai satu baris di stdin, atau jalankan di terminal</translation>
    </message>
    <message>
        <location filename="../../antrianctl/pinprompt.cpp" line="116"/>
        <location filename="../../antrianctl/pinprompt.cpp" line="124"/>
        <source>no PIN given; nothing was changed</source>
        <translation>PIN tidak diisi; tidak ada yang diubah</translation>
    </message>
    <message>
        <location filename="../../antrianctl/pinprompt.cpp" line="116"/>
        <source>Type the PIN again: </source>
        <translation>Ketik PIN sekali lagi: </translation>
    </message>
    <message>
        <location filename="../../antrianctl/pinprompt.cpp" line="117"/>
        <source>the two PINs differ; nothing was changed</source>
        <translation>kedua PIN tidak sama; tidak ada yang diubah</translation>
    </message>
    <message>
        <location filename="../../antrianctl/pinprompt.cpp" line="131"/>
        <source>no password on standard input; give it as one line on stdin, or run at a terminal</source>
        <translation>tidak ada kata sandi di masukan standar; berikan sebagai satu baris di stdin, atau jalankan di terminal</translation>
    </message>
    <message>
        <location filename="../../antrianctl/pinprompt.cpp" line="132"/>
        <source>no password given; nothing was changed</source>
        <translation>kata sandi tidak diberikan; tidak ada yang diubah</translation>
    </message>
    <message>
        <location filename="../../antrianctl/pinprompt.cpp" line="132"/>
        <source>Type the password again: </source>
        <translation>Ketik kata sandi sekali lagi: </translation>
    </message>
    <message>
        <location filename="../../antrianctl/pinprompt.cpp" line="133"/>
        <source>the two passwords differ; nothing was changed</source>
        <translation>kedua kata sandi berbeda; tidak ada yang diubah</translation>
    </message>
    <message>
        <location filename="../../antrianctl/rolecommands.cpp" line="54"/>
        <source>usage: antrianctl role add NAME --kind %1, role list, role remove NAME</source>
        <translation>pemakaian: antrianctl role add NAMA --kind %1, role list, role remove NAMA</translation>
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
        <translation>login sebuah PC di server PostgreSQL; kata sandinya
dibaca seperti PIN, baris untuk ~/.pgpass-nya dicetak</translation>
    </message>
    <message>
        <location filename="../../antrianctl/rolecommands.cpp" line="158"/>
        <source>list|remove [NAME]</source>
        <translation>list|remove [NAME]</translation>
    </message>
    <message>
        <location filename="../../antrianctl/rolecommands.cpp" line="159"/>
        <source>the PCs&apos; roles on the server</source>
        <translation>daftar / hapus peran PC di server</translation>
    </message>
    <message>
        <location filename="../../antrianctl/rolecommands.cpp" line="162"/>
        <source>roles exist only on a PostgreSQL server (--db postgresql://user@host/dbname); a SQLite database serves the apps of one PC and has none</source>
        <translation>peran hanya ada di server PostgreSQL (--db postgresql://user@host/dbname); basis data SQLite melayani aplikasi satu PC saja dan tidak punya peran</translation>
    </message>
    <message>
        <location filename="../../antrianctl/rolecommands.cpp" line="78"/>
        <source>--kind: expected %1, got &quot;%2&quot;</source>
        <translation>--kind: harus %1, bukan &quot;%2&quot;</translation>
    </message>
    <message>
        <location filename="../../antrianctl/rolecommands.cpp" line="88"/>
        <source>Password for %1 (at least %2 characters): </source>
        <translation>Kata sandi untuk %1 (paling sedikit %2 karakter): </translation>
    </message>
    <message>
        <location filename="../../antrianctl/rolecommands.cpp" line="92"/>
        <source>the password is too short: at least %1 characters; nothing was changed</source>
        <translation>kata sandi terlalu pendek: paling sedikit %1 karakter; tidak ada yang diubah</translation>
    </message>
    <message>
        <location filename="../../antrianctl/rolecommands.cpp" line="109"/>
        <source>Role %1 (%2) is created on the server.</source>
        <translation>Peran %1 (%2) sudah dibuat di server.</translation>
    </message>
    <message>
        <location filename="../../antrianctl/rolecommands.cpp" line="110"/>
        <source>Role %1 already existed: it has the new password now, and kind %2.</source>
        <translation>Peran %1 sudah ada: kini kata sandinya yang baru, dengan jenis %2.</translation>
    </message>
    <message>
        <location filename="../../antrianctl/rolecommands.cpp" line="112"/>
        <source>On that PC, add this line to ~/.pgpass of the user who runs the app (or to the file PGPASSFILE names), then make the file private with: chmod 600 ~/.pgpass</source>
        <translation>Di PC itu, tambahkan baris ini ke ~/.pgpass milik pengguna yang menjalankan aplikasi (atau ke berkas yang disebut PGPASSFILE), lalu jadikan berkas itu pribadi dengan: chmod 600 ~/.pgpass</translation>
    </message>
    <message>
        <location filename="../../antrianctl/rolecommands.cpp" line="115"/>
        <source>The app on that PC connects with: --db %1</source>
        <translation>Aplikasi di PC itu tersambung dengan: --db %1</translation>
    </message>
    <message>
        <location filename="../../antrianctl/rolecommands.cpp" line="117"/>
        <source>On another PC, put this server&apos;s address on the branch network in place of %1.</source>
        <translation>Di PC lain, ganti %1 dengan alamat server ini di jaringan cabang.</translation>
    </message>
    <message>
        <location filename="../../antrianctl/rolecommands.cpp" line="132"/>
        <location filename="../../antrianctl/floorcommands.cpp" line="210"/>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <location filename="../../antrianctl/rolecommands.cpp" line="138"/>
        <source>No PC roles yet; add one per PC with: antrianctl role add NAME --kind %1</source>
        <translation>Belum ada peran PC; tambahkan satu per PC dengan: antrianctl role add NAMA --kind %1</translation>
    </message>
    <message>
        <location filename="../../antrianctl/rolecommands.cpp" line="148"/>
        <source>Role %1 is removed: that PC can no longer connect to the server.</source>
        <translation>Peran %1 sudah dihapus: PC itu tidak bisa lagi tersambung ke server.</translation>
    </message>
    <message>
        <location filename="../../antrianctl/help.cpp" line="95"/>
        <source>antrianctl %1, database schema version %2</source>
        <translation>antrianctl %1, skema basis data versi %2</translation>
    </message>
    <message>
        <location filename="../../antrianctl/help.cpp" line="105"/>
        <source>Antrian queue system, from the command line.</source>
        <translation>Sistem antrian Antrian melalui baris perintah.</translation>
    </message>
    <message>
        <location filename="../../antrianctl/help.cpp" line="105"/>
        <source>Commands:</source>
        <translation>Perintah:</translation>
    </message>
    <message>
        <location filename="../../antrianctl/help.cpp" line="107"/>
        <source>Exit codes: 0 done, 2 bad usage or input, 3 refused by a queue rule, 4 storage failure, 5 doctor found a failure.</source>
        <translation>Kode keluar: 0 selesai, 2 penggunaan atau masukan salah, 3 ditolak aturan antrian, 4 kegagalan penyimpanan, 5 doctor menemukan kegagalan.</translation>
    </message>
    <message>
        <location filename="../../antrianctl/help.cpp" line="114"/>
        <source>Options:</source>
        <translation>Opsi:</translation>
    </message>
    <message>
        <location filename="../../antrianctl/help.cpp" line="119"/>
        <source>A PIN or password is read at the terminal, or as one line of stdin; never from the arguments.</source>
        <translation>PIN atau kata sandi dibaca di terminal, atau sebagai satu baris di stdin; tidak pernah dari argumen.</translation>
    </message>
    <message>
        <location filename="../../antrianctl/help.cpp" line="121"/>
        <source>Every command also takes --db, --config, --now, --json and --lang; see antrianctl --help.</source>
        <translation>Setiap perintah juga menerima --db, --config, --now, --json dan --lang; lihat antrianctl --help.</translation>
    </message>
    <message>
        <location filename="../../antrianctl/help.cpp" line="137"/>
        <source>[COMMAND]</source>
        <translation>[COMMAND]</translation>
    </message>
    <message>
        <location filename="../../antrianctl/help.cpp" line="138"/>
        <source>this list, or the help of one command (also: COMMAND --help)</source>
        <translation>daftar ini, atau bantuan untuk satu perintah (juga: COMMAND --help)</translation>
    </message>
    <message>
        <location filename="../../antrianctl/help.cpp" line="142"/>
        <source>the version of antrianctl and of the database schema it writes</source>
        <translation>versi antrianctl dan versi skema basis data yang ditulisnya</translation>
    </message>
    <message>
        <location filename="../../antrianctl/ratingcommands.cpp" line="38"/>
        <source>usage: antrianctl rate CODE 1..5, or rate CODE --skm A,B,C,D,E,F,G,H,I (nine answers 1..4)</source>
        <translation>penggunaan: antrianctl rate KODE 1..5, atau rate KODE --skm A,B,C,D,E,F,G,H,I (sembilan jawaban 1..4)</translation>
    </message>
    <message>
        <location filename="../../antrianctl/ratingcommands.cpp" line="47"/>
        <source>--skm: expected nine whole numbers 1..4 separated by commas, got &quot;%1&quot;</source>
        <translation>--skm: diharapkan sembilan bilangan bulat 1..4 dipisahkan koma, didapat &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../../antrianctl/ratingcommands.cpp" line="56"/>
        <source>a rating is a score from 1 to 5, not &quot;%1&quot;</source>
        <translation>penilaian adalah skor 1 sampai 5, bukan &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../../antrianctl/ratingcommands.cpp" line="62"/>
        <source>%1: SKM questionnaire recorded (counter %2)</source>
        <translation>%1: kuesioner SKM tercatat (loket %2)</translation>
    </message>
    <message>
        <location filename="../../antrianctl/ratingcommands.cpp" line="63"/>
        <source>%1 rated %2 of 5 (counter %3)</source>
        <translation>%1 dinilai %2 dari 5 (loket %3)</translation>
    </message>
    <message>
        <location filename="../../antrianctl/ratingcommands.cpp" line="88"/>
        <source>no questionnaire answered</source>
        <translation>belum ada kuesioner yang diisi</translation>
    </message>
    <message numerus="yes">
        <location filename="../../antrianctl/ratingcommands.cpp" line="89"/>
        <source>IKM %1, grade %2 (%3), %n respondent(s)</source>
        <translation>
            <numerusform>IKM %1, mutu %2 (%3), %n responden</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../antrianctl/ratingcommands.cpp" line="96"/>
        <source>Element</source>
        <translation>Unsur</translation>
    </message>
    <message>
        <location filename="../../antrianctl/ratingcommands.cpp" line="96"/>
        <source>All</source>
        <translation>Semua</translation>
    </message>
    <message>
        <location filename="../../antrianctl/ratingcommands.cpp" line="108"/>
        <source>SKM %1 to %2</source>
        <translation>SKM %1 sampai %2</translation>
    </message>
    <message>
        <location filename="../../antrianctl/ratingcommands.cpp" line="109"/>
        <source>All services: %1</source>
        <translation>Semua layanan: %1</translation>
    </message>
    <message>
        <location filename="../../antrianctl/command.cpp" line="51"/>
        <source>--%1: expected YYYY-MM-DD, got &quot;%2&quot;</source>
        <translation>--%1: diharapkan YYYY-MM-DD, didapat &quot;%2&quot;</translation>
    </message>
    <message>
        <location filename="../../antrianctl/ratingcommands.cpp" line="121"/>
        <source>usage: antrianctl skm [--from YYYY-MM-DD] [--to YYYY-MM-DD]</source>
        <translation>penggunaan: antrianctl skm [--from YYYY-MM-DD] [--to YYYY-MM-DD]</translation>
    </message>
    <message>
        <location filename="../../antrianctl/ratingcommands.cpp" line="130"/>
        <location filename="../../antrianctl/reportcommands.cpp" line="98"/>
        <location filename="../../antrianctl/simulationcommands.cpp" line="57"/>
        <source>--to %1 is before --from %2</source>
        <translation>--to %1 lebih awal dari --from %2</translation>
    </message>
    <message>
        <location filename="../../antrianctl/ratingcommands.cpp" line="153"/>
        <source>usage: antrianctl followups</source>
        <translation>penggunaan: antrianctl followups</translation>
    </message>
    <message>
        <location filename="../../antrianctl/ratingcommands.cpp" line="166"/>
        <location filename="../../antrianctl/floorcommands.cpp" line="176"/>
        <source>Staff</source>
        <translation>Petugas</translation>
    </message>
    <message>
        <location filename="../../antrianctl/ratingcommands.cpp" line="167"/>
        <source>Outcome</source>
        <translation>Hasil</translation>
    </message>
    <message>
        <location filename="../../antrianctl/ratingcommands.cpp" line="167"/>
        <source>Note</source>
        <translation>Catatan</translation>
    </message>
    <message numerus="yes">
        <location filename="../../antrianctl/ratingcommands.cpp" line="181"/>
        <source>%n follow-up(s) open</source>
        <translation>
            <numerusform>%n tindak lanjut terbuka</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../antrianctl/ratingcommands.cpp" line="188"/>
        <source>usage: antrianctl followup close CODE [--by USERNAME]</source>
        <translation>penggunaan: antrianctl followup close KODE [--by NAMAPENGGUNA]</translation>
    </message>
    <message>
        <location filename="../../antrianctl/ratingcommands.cpp" line="203"/>
        <source>the follow-up of %1 is closed</source>
        <translation>tindak lanjut %1 ditutup</translation>
    </message>
    <message>
        <location filename="../../antrianctl/ratingcommands.cpp" line="212"/>
        <source>CODE 1..5</source>
        <translation>KODE 1..5</translation>
    </message>
    <message>
        <location filename="../../antrianctl/ratingcommands.cpp" line="213"/>
        <source>the customer&apos;s rating of a finished ticket (five faces)</source>
        <translation>penilaian pelanggan atas tiket yang sudah selesai (lima wajah)</translation>
    </message>
    <message>
        <location filename="../../antrianctl/ratingcommands.cpp" line="214"/>
        <source>CODE --skm 4,3,4,4,3,4,4,4,3</source>
        <translation>KODE --skm 4,3,4,4,3,4,4,4,3</translation>
    </message>
    <message>
        <location filename="../../antrianctl/ratingcommands.cpp" line="215"/>
        <source>one SKM questionnaire: nine answers 1..4</source>
        <translation>satu kuesioner SKM: sembilan jawaban 1..4</translation>
    </message>
    <message>
        <location filename="../../antrianctl/ratingcommands.cpp" line="216"/>
        <source>rate: the nine SKM answers, comma-separated.</source>
        <translation>rate: sembilan jawaban SKM, dipisahkan koma.</translation>
    </message>
    <message>
        <location filename="../../antrianctl/ratingcommands.cpp" line="217"/>
        <source>answers</source>
        <translation>jawaban</translation>
    </message>
    <message>
        <location filename="../../antrianctl/ratingcommands.cpp" line="220"/>
        <source>[--from DATE] [--to DATE]</source>
        <translation>[--from TANGGAL] [--to TANGGAL]</translation>
    </message>
    <message>
        <location filename="../../antrianctl/ratingcommands.cpp" line="221"/>
        <source>SKM figures: each element&apos;s mean, the IKM and its grade</source>
        <translation>angka SKM: rata-rata tiap unsur, IKM dan mutunya</translation>
    </message>
    <message>
        <location filename="../../antrianctl/ratingcommands.cpp" line="222"/>
        <source>skm: first business date YYYY-MM-DD (default today).</source>
        <translation>skm: tanggal layanan pertama YYYY-MM-DD (bawaan hari ini).</translation>
    </message>
    <message>
        <location filename="../../antrianctl/ratingcommands.cpp" line="224"/>
        <source>skm: last business date YYYY-MM-DD (default --from).</source>
        <translation>skm: tanggal layanan terakhir YYYY-MM-DD (bawaan --from).</translation>
    </message>
    <message>
        <location filename="../../antrianctl/ratingcommands.cpp" line="228"/>
        <source>tickets whose outcome needs a follow-up, not closed yet</source>
        <translation>tiket yang hasilnya perlu tindak lanjut dan belum ditutup</translation>
    </message>
    <message>
        <location filename="../../antrianctl/ratingcommands.cpp" line="231"/>
        <source>close CODE [--by USERNAME]</source>
        <translation>close KODE [--by NAMAPENGGUNA]</translation>
    </message>
    <message>
        <location filename="../../antrianctl/ratingcommands.cpp" line="232"/>
        <source>take a ticket off the follow-up list</source>
        <translation>keluarkan tiket dari daftar tindak lanjut</translation>
    </message>
    <message>
        <location filename="../../antrianctl/ratingcommands.cpp" line="233"/>
        <source>followup close: the staff member who closes it.</source>
        <translation>followup close: petugas yang menutupnya.</translation>
    </message>
    <message>
        <location filename="../../antrianctl/floorcommands.cpp" line="39"/>
        <source>on break</source>
        <translation>istirahat</translation>
    </message>
    <message>
        <location filename="../../antrianctl/floorcommands.cpp" line="48"/>
        <source>green</source>
        <translation>hijau</translation>
    </message>
    <message>
        <location filename="../../antrianctl/floorcommands.cpp" line="49"/>
        <source>amber</source>
        <translation>kuning</translation>
    </message>
    <message>
        <location filename="../../antrianctl/floorcommands.cpp" line="50"/>
        <source>red</source>
        <translation>merah</translation>
    </message>
    <message>
        <location filename="../../antrianctl/floorcommands.cpp" line="85"/>
        <source>alert %1 handled</source>
        <translation>peringatan %1 ditangani</translation>
    </message>
    <message>
        <location filename="../../antrianctl/floorcommands.cpp" line="230"/>
        <source>%1 is waiting again, in its place</source>
        <translation>%1 menunggu lagi, di tempatnya semula</translation>
    </message>
    <message numerus="yes">
        <location filename="../../antrianctl/floorcommands.cpp" line="99"/>
        <source>%n waiting ticket(s) sent from %1 to %2</source>
        <translation>
            <numerusform>%n tiket menunggu dipindahkan dari %1 ke %2</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../antrianctl/floorcommands.cpp" line="102"/>
        <source>usage: antrianctl floor [--json], floor handle ALERT_ID, floor release COUNTER, floor send FROM_SERVICE TO_SERVICE</source>
        <translation>penggunaan: antrianctl floor [--json], floor handle ID_PERINGATAN, floor release LOKET, floor send LAYANAN_ASAL LAYANAN_TUJUAN</translation>
    </message>
    <message>
        <location filename="../../antrianctl/floorcommands.cpp" line="176"/>
        <source>Since</source>
        <translation>Sejak</translation>
    </message>
    <message>
        <location filename="../../antrianctl/floorcommands.cpp" line="177"/>
        <location filename="../../antrianctl/floorcommands.cpp" line="211"/>
        <source>Minutes</source>
        <translation>Menit</translation>
    </message>
    <message>
        <location filename="../../antrianctl/floorcommands.cpp" line="188"/>
        <source>idle while customers wait</source>
        <translation>menganggur selagi pelanggan menunggu</translation>
    </message>
    <message>
        <location filename="../../antrianctl/floorcommands.cpp" line="194"/>
        <source>Longest wait</source>
        <translation>Tunggu terlama</translation>
    </message>
    <message>
        <location filename="../../antrianctl/floorcommands.cpp" line="194"/>
        <source>Level</source>
        <translation>Tingkat</translation>
    </message>
    <message>
        <location filename="../../antrianctl/reportcommands.cpp" line="27"/>
        <source>usage: antrianctl report --from DATE --to DATE --by service|counter|staff|hour|day [--json] [--csv FILE] [--pdf FILE]</source>
        <translation>cara pakai: antrianctl report --from TANGGAL --to TANGGAL --by service|counter|staff|hour|day [--json] [--csv BERKAS] [--pdf BERKAS]</translation>
    </message>
    <message>
        <location filename="../../antrianctl/reportcommands.cpp" line="36"/>
        <location filename="../../antrianctl/floorcommands.cpp" line="195"/>
        <source>Served</source>
        <translation>Dilayani</translation>
    </message>
    <message>
        <location filename="../../antrianctl/reportcommands.cpp" line="37"/>
        <location filename="../../antrianctl/floorcommands.cpp" line="195"/>
        <source>No-show</source>
        <translation>Tidak hadir</translation>
    </message>
    <message>
        <location filename="../../antrianctl/reportcommands.cpp" line="38"/>
        <source>Cancelled</source>
        <translation>Dibatalkan</translation>
    </message>
    <message>
        <location filename="../../antrianctl/reportcommands.cpp" line="39"/>
        <source>Expired</source>
        <translation>Kedaluwarsa</translation>
    </message>
    <message>
        <location filename="../../antrianctl/reportcommands.cpp" line="40"/>
        <source>Transferred</source>
        <translation>Dialihkan</translation>
    </message>
    <message>
        <location filename="../../antrianctl/reportcommands.cpp" line="41"/>
        <source>Wait mean</source>
        <translation>Rata-rata tunggu</translation>
    </message>
    <message>
        <location filename="../../antrianctl/reportcommands.cpp" line="42"/>
        <source>Wait median</source>
        <translation>Median tunggu</translation>
    </message>
    <message>
        <location filename="../../antrianctl/reportcommands.cpp" line="43"/>
        <source>Wait p90</source>
        <translation>P90 tunggu</translation>
    </message>
    <message>
        <location filename="../../antrianctl/reportcommands.cpp" line="44"/>
        <source>Walk mean</source>
        <translation>Rata-rata menuju loket</translation>
    </message>
    <message>
        <location filename="../../antrianctl/reportcommands.cpp" line="45"/>
        <source>Service mean</source>
        <translation>Rata-rata layanan</translation>
    </message>
    <message>
        <location filename="../../antrianctl/reportcommands.cpp" line="46"/>
        <source>Service median</source>
        <translation>Median layanan</translation>
    </message>
    <message>
        <location filename="../../antrianctl/reportcommands.cpp" line="47"/>
        <source>Service p90</source>
        <translation>P90 layanan</translation>
    </message>
    <message>
        <location filename="../../antrianctl/reportcommands.cpp" line="48"/>
        <source>Within target %</source>
        <translation>% dalam target</translation>
    </message>
    <message>
        <location filename="../../antrianctl/reportcommands.cpp" line="49"/>
        <source>Ratings</source>
        <translation>Jumlah penilaian</translation>
    </message>
    <message>
        <location filename="../../antrianctl/reportcommands.cpp" line="50"/>
        <source>Rating mean</source>
        <translation>Rata-rata penilaian</translation>
    </message>
    <message>
        <location filename="../../antrianctl/reportcommands.cpp" line="51"/>
        <source>Resolved %</source>
        <translation>% terselesaikan</translation>
    </message>
    <message>
        <location filename="../../antrianctl/reportcommands.cpp" line="52"/>
        <source>Idle while waiting</source>
        <translation>Menganggur saat ada antrean</translation>
    </message>
    <message>
        <location filename="../../antrianctl/reportcommands.cpp" line="72"/>
        <source>Key</source>
        <translation>Kunci</translation>
    </message>
    <message>
        <location filename="../../antrianctl/reportcommands.cpp" line="77"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../antrianctl/reportcommands.cpp" line="78"/>
        <source>%1: %2, %3 to %4 (%5); minutes</source>
        <translation>%1: %2, %3 sampai %4 (%5); dalam menit</translation>
    </message>
    <message>
        <location filename="../../antrianctl/reportcommands.cpp" line="102"/>
        <source>--by: expected service, counter, staff, hour or day, got &quot;%1&quot;</source>
        <translation>--by: seharusnya service, counter, staff, hour, atau day, bukan &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../../antrianctl/reportcommands.cpp" line="112"/>
        <source>CSV written to %1, its definitions to %2</source>
        <translation>CSV ditulis ke %1, definisinya ke %2</translation>
    </message>
    <message>
        <location filename="../../antrianctl/reportcommands.cpp" line="120"/>
        <source>PDF written to %1</source>
        <translation>PDF ditulis ke %1</translation>
    </message>
    <message>
        <location filename="../../antrianctl/reportcommands.cpp" line="131"/>
        <source>--from DATE --to DATE --by service|counter|staff|hour|day [--csv FILE] [--pdf FILE]</source>
        <translation>--from TANGGAL --to TANGGAL --by service|counter|staff|hour|day [--csv BERKAS] [--pdf BERKAS]</translation>
    </message>
    <message>
        <location filename="../../antrianctl/reportcommands.cpp" line="132"/>
        <source>what the branch did: waits, service times, targets, ratings, outcomes</source>
        <translation>kinerja cabang: waktu tunggu, waktu layanan, target, penilaian, hasil layanan</translation>
    </message>
    <message>
        <location filename="../../antrianctl/reportcommands.cpp" line="133"/>
        <source>report: first business date YYYY-MM-DD.</source>
        <translation>report: tanggal usaha pertama YYYY-MM-DD.</translation>
    </message>
    <message>
        <location filename="../../antrianctl/reportcommands.cpp" line="135"/>
        <source>report: last business date YYYY-MM-DD.</source>
        <translation>report: tanggal usaha terakhir YYYY-MM-DD.</translation>
    </message>
    <message>
        <location filename="../../antrianctl/reportcommands.cpp" line="137"/>
        <source>report: one row per service, counter, staff, hour or day.</source>
        <translation>report: satu baris per layanan, loket, petugas, jam, atau hari.</translation>
    </message>
    <message>
        <location filename="../../antrianctl/reportcommands.cpp" line="138"/>
        <source>grouping</source>
        <translation>pengelompokan</translation>
    </message>
    <message>
        <location filename="../../antrianctl/reportcommands.cpp" line="139"/>
        <source>report: also write the report to this CSV file.</source>
        <translation>report: tulis juga laporan ke berkas CSV ini.</translation>
    </message>
    <message>
        <location filename="../../antrianctl/reportcommands.cpp" line="141"/>
        <source>report: also write the report to this PDF file (A4, with its charts).</source>
        <translation>report: tulis juga laporan ke berkas PDF ini (A4, dengan grafiknya).</translation>
    </message>
    <message>
        <location filename="../../antrianctl/floorcommands.cpp" line="195"/>
        <source>Called within target</source>
        <translation>Dipanggil dalam target</translation>
    </message>
    <message>
        <location filename="../../antrianctl/floorcommands.cpp" line="200"/>
        <source>(paused)</source>
        <translation>(dijeda)</translation>
    </message>
    <message>
        <location filename="../../antrianctl/floorcommands.cpp" line="202"/>
        <source>%1 of %2 min</source>
        <translation>%1 dari %2 mnt</translation>
    </message>
    <message>
        <location filename="../../antrianctl/floorcommands.cpp" line="204"/>
        <source>%1 (target %2%)</source>
        <translation>%1 (target %2%)</translation>
    </message>
    <message>
        <location filename="../../antrianctl/floorcommands.cpp" line="206"/>
        <source>Floor at %1, business date %2</source>
        <translation>Lantai layanan pukul %1, tanggal layanan %2</translation>
    </message>
    <message>
        <location filename="../../antrianctl/floorcommands.cpp" line="209"/>
        <source>No alerts.</source>
        <translation>Tidak ada peringatan.</translation>
    </message>
    <message>
        <location filename="../../antrianctl/floorcommands.cpp" line="210"/>
        <source>Alert</source>
        <translation>Peringatan</translation>
    </message>
    <message>
        <location filename="../../antrianctl/floorcommands.cpp" line="210"/>
        <source>Where</source>
        <translation>Tempat</translation>
    </message>
    <message>
        <location filename="../../antrianctl/floorcommands.cpp" line="210"/>
        <source>Raised</source>
        <translation>Muncul</translation>
    </message>
    <message>
        <location filename="../../antrianctl/floorcommands.cpp" line="210"/>
        <source>Cleared</source>
        <translation>Berakhir</translation>
    </message>
    <message>
        <location filename="../../antrianctl/floorcommands.cpp" line="213"/>
        <source>service %1</source>
        <translation>layanan %1</translation>
    </message>
    <message>
        <location filename="../../antrianctl/floorcommands.cpp" line="217"/>
        <source>Handle one with: antrianctl floor handle ALERT_ID</source>
        <translation>Tangani dengan: antrianctl floor handle ID_PERINGATAN</translation>
    </message>
    <message>
        <location filename="../../antrianctl/floorcommands.cpp" line="228"/>
        <source>Counter %1 is released.</source>
        <translation>Loket %1 dilepaskan.</translation>
    </message>
    <message>
        <location filename="../../antrianctl/floorcommands.cpp" line="249"/>
        <source>the live floor: counters, services against their standards, alerts</source>
        <translation>lantai layanan langsung: loket, layanan terhadap standarnya, peringatan</translation>
    </message>
    <message>
        <location filename="../../antrianctl/floorcommands.cpp" line="250"/>
        <source>handle ALERT_ID</source>
        <translation>handle ID_PERINGATAN</translation>
    </message>
    <message>
        <location filename="../../antrianctl/floorcommands.cpp" line="250"/>
        <source>mark an alert handled</source>
        <translation>tandai peringatan sudah ditangani</translation>
    </message>
    <message>
        <location filename="../../antrianctl/floorcommands.cpp" line="252"/>
        <source>log out whoever is at a counter; its called ticket waits again</source>
        <translation>keluarkan petugas dari loket; tiket yang dipanggilnya menunggu lagi</translation>
    </message>
    <message>
        <location filename="../../antrianctl/floorcommands.cpp" line="253"/>
        <source>send FROM TO</source>
        <translation>send ASAL TUJUAN</translation>
    </message>
    <message>
        <location filename="../../antrianctl/floorcommands.cpp" line="254"/>
        <source>send a service&apos;s waiting tickets to another service</source>
        <translation>pindahkan tiket menunggu suatu layanan ke layanan lain</translation>
    </message>
    <message>
        <location filename="../../antrianctl/simulationcommands.cpp" line="30"/>
        <source>usage: antrianctl simulate --from DATE --to DATE [--seed N] [--tickets-per-day N | --load X]</source>
        <translation>cara pakai: antrianctl simulate --from TANGGAL --to TANGGAL [--seed N] [--tickets-per-day N | --load X]</translation>
    </message>
    <message>
        <location filename="../../antrianctl/simulationcommands.cpp" line="65"/>
        <source>--seed: expected a whole number, got &quot;%1&quot;</source>
        <translation>--seed: diharapkan bilangan bulat, bukan &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../../antrianctl/simulationcommands.cpp" line="70"/>
        <source>give --tickets-per-day or --load, not both</source>
        <translation>berikan --tickets-per-day atau --load, bukan keduanya</translation>
    </message>
    <message>
        <location filename="../../antrianctl/simulationcommands.cpp" line="75"/>
        <source>--tickets-per-day: expected a whole number above 0, got &quot;%1&quot;</source>
        <translation>--tickets-per-day: diharapkan bilangan bulat di atas 0, bukan &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../../antrianctl/simulationcommands.cpp" line="82"/>
        <source>--load: expected a share of the counters&apos; capacity above 0 and at most 2 (0.82 is busy but not saturated), got &quot;%1&quot;</source>
        <translation>--load: diharapkan bagian kapasitas loket di atas 0 dan paling besar 2 (0,82 sibuk tetapi tidak jenuh), bukan &quot;%1&quot;</translation>
    </message>
    <message numerus="yes">
        <location filename="../../antrianctl/simulationcommands.cpp" line="92"/>
        <source>%1: %n open day(s), %2 tickets (%3 in all), %4</source>
        <translation>
            <numerusform>%1: %n hari buka, %2 tiket (%3 seluruhnya), %4</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../antrianctl/simulationcommands.cpp" line="124"/>
        <source>Simulated %1 to %2 (seed %3): %n open day(s)</source>
        <translation>
            <numerusform>Disimulasikan %1 sampai %2 (seed %3): %n hari buka</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../antrianctl/simulationcommands.cpp" line="126"/>
        <source>%1 tickets: %2</source>
        <translation>%1 tiket: %2</translation>
    </message>
    <message>
        <location filename="../../antrianctl/simulationcommands.cpp" line="127"/>
        <source>%1 served, %2 no-shows, %3 transferred, %4 ratings, %5 breaks</source>
        <translation>%1 dilayani, %2 tidak hadir, %3 dialihkan, %4 penilaian, %5 istirahat</translation>
    </message>
    <message>
        <location filename="../../antrianctl/simulationcommands.cpp" line="135"/>
        <source>%1 arrivals turned away by a service&apos;s daily limit</source>
        <translation>%1 kedatangan ditolak batas harian layanan</translation>
    </message>
    <message>
        <location filename="../../antrianctl/simulationcommands.cpp" line="136"/>
        <source>Time taken: %1</source>
        <translation>Waktu: %1</translation>
    </message>
    <message>
        <location filename="../../antrianctl/simulationcommands.cpp" line="148"/>
        <source>usage: antrianctl staffing --weekday mon|tue|wed|thu|fri|sat|sun [--weeks N]</source>
        <translation>cara pakai: antrianctl staffing --weekday mon|tue|wed|thu|fri|sat|sun [--weeks N]</translation>
    </message>
    <message>
        <location filename="../../antrianctl/simulationcommands.cpp" line="152"/>
        <source>--weekday: expected mon, tue, wed, thu, fri, sat or sun, got &quot;%1&quot;</source>
        <translation>--weekday: diharapkan mon, tue, wed, thu, fri, sat atau sun, bukan &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../../antrianctl/simulationcommands.cpp" line="158"/>
        <source>--weeks: expected a whole number from 1 to 520, got &quot;%1&quot;</source>
        <translation>--weeks: diharapkan bilangan bulat 1 sampai 520, bukan &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../../antrianctl/simulationcommands.cpp" line="165"/>
        <source>Hour</source>
        <translation>Jam</translation>
    </message>
    <message>
        <location filename="../../antrianctl/simulationcommands.cpp" line="165"/>
        <source>Arrivals/h</source>
        <translation>Datang/jam</translation>
    </message>
    <message>
        <location filename="../../antrianctl/simulationcommands.cpp" line="165"/>
        <source>Service min</source>
        <translation>Layanan mnt</translation>
    </message>
    <message>
        <location filename="../../antrianctl/simulationcommands.cpp" line="165"/>
        <source>Needed</source>
        <translation>Perlu</translation>
    </message>
    <message>
        <location filename="../../antrianctl/simulationcommands.cpp" line="165"/>
        <source>Staffed</source>
        <translation>Terisi</translation>
    </message>
    <message>
        <location filename="../../antrianctl/simulationcommands.cpp" line="166"/>
        <source>Per service</source>
        <translation>Per layanan</translation>
    </message>
    <message>
        <location filename="../../antrianctl/simulationcommands.cpp" line="188"/>
        <source>SHORT</source>
        <translation>KURANG</translation>
    </message>
    <message>
        <location filename="../../antrianctl/simulationcommands.cpp" line="199"/>
        <source>The branch is closed on that weekday.</source>
        <translation>Cabang tutup pada hari itu.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../antrianctl/simulationcommands.cpp" line="201"/>
        <source>Counters needed so that 90% are called within the service&apos;s target wait (Erlang C), from %n day(s) of history</source>
        <translation>
            <numerusform>Loket yang diperlukan agar 90% dipanggil dalam target tunggu layanan (Erlang C), dari riwayat %n hari</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../antrianctl/simulationcommands.cpp" line="204"/>
        <source>Needed is summed over services: a counter that serves several is counted for each, an upper bound.</source>
        <translation>Kebutuhan dijumlah per layanan: loket yang melayani beberapa layanan dihitung untuk masing-masing, batas atas.</translation>
    </message>
    <message>
        <location filename="../../antrianctl/simulationcommands.cpp" line="216"/>
        <source>--from DATE --to DATE [--seed N] [--tickets-per-day N | --load X]</source>
        <translation>--from TANGGAL --to TANGGAL [--seed N] [--tickets-per-day N | --load X]</translation>
    </message>
    <message>
        <location filename="../../antrianctl/simulationcommands.cpp" line="217"/>
        <source>fill the database with realistic days through the real engine
(refused for dates that already hold tickets)</source>
        <translation>isi basis data dengan hari-hari realistis melalui mesin antrean yang sebenarnya
(ditolak untuk tanggal yang sudah bertiket)</translation>
    </message>
    <message>
        <location filename="../../antrianctl/simulationcommands.cpp" line="219"/>
        <source>first business date YYYY-MM-DD.</source>
        <translation>tanggal usaha pertama YYYY-MM-DD.</translation>
    </message>
    <message>
        <location filename="../../antrianctl/simulationcommands.cpp" line="221"/>
        <source>last business date YYYY-MM-DD.</source>
        <translation>tanggal usaha terakhir YYYY-MM-DD.</translation>
    </message>
    <message>
        <location filename="../../antrianctl/simulationcommands.cpp" line="223"/>
        <source>simulate: the random seed (default 1); the same seed gives the same days.</source>
        <translation>simulate: benih acak (bawaan 1); benih yang sama memberi hari yang sama.</translation>
    </message>
    <message>
        <location filename="../../antrianctl/simulationcommands.cpp" line="224"/>
        <location filename="../../antrianctl/simulationcommands.cpp" line="226"/>
        <location filename="../../antrianctl/simulationcommands.cpp" line="236"/>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <location filename="../../antrianctl/simulationcommands.cpp" line="225"/>
        <source>simulate: tickets of an ordinary full day (Mondays and paydays more).</source>
        <translation>simulate: tiket pada hari penuh biasa (Senin dan hari gajian lebih banyak).</translation>
    </message>
    <message>
        <location filename="../../antrianctl/simulationcommands.cpp" line="227"/>
        <source>simulate: the busiest hour&apos;s load as a share of the counters (default 0.82).</source>
        <translation>simulate: beban jam tersibuk sebagai bagian kapasitas loket (bawaan 0,82).</translation>
    </message>
    <message>
        <location filename="../../antrianctl/simulationcommands.cpp" line="228"/>
        <source>x</source>
        <translation>x</translation>
    </message>
    <message>
        <location filename="../../antrianctl/simulationcommands.cpp" line="231"/>
        <source>--weekday mon|tue|wed|thu|fri|sat|sun [--weeks N]</source>
        <translation>--weekday mon|tue|wed|thu|fri|sat|sun [--weeks N]</translation>
    </message>
    <message>
        <location filename="../../antrianctl/simulationcommands.cpp" line="232"/>
        <source>counters each hour needs (Erlang C, 90% within target) beside those staffed</source>
        <translation>loket yang diperlukan tiap jam (Erlang C, 90% dalam target) di samping yang terisi</translation>
    </message>
    <message>
        <location filename="../../antrianctl/simulationcommands.cpp" line="233"/>
        <source>staffing: the weekday, mon..sun.</source>
        <translation>staffing: harinya, mon..sun.</translation>
    </message>
    <message>
        <location filename="../../antrianctl/simulationcommands.cpp" line="234"/>
        <source>day</source>
        <translation>hari</translation>
    </message>
    <message>
        <location filename="../../antrianctl/simulationcommands.cpp" line="235"/>
        <source>staffing: weeks of history to average (default 8).</source>
        <translation>staffing: jumlah minggu riwayat yang dirata-rata (bawaan 8).</translation>
    </message>
    <message>
        <location filename="../../antrianctl/setupcommands.cpp" line="65"/>
        <source>--%1: expected a whole number from %2, got &quot;%3&quot;</source>
        <translation>--%1: seharusnya bilangan bulat mulai %2, bukan &quot;%3&quot;</translation>
    </message>
    <message>
        <location filename="../../antrianctl/setupcommands.cpp" line="80"/>
        <source>%1 is not installed beside antrianctl, in %2: install its package first</source>
        <translation>%1 tidak terpasang di samping antrianctl, di %2: pasang dulu paketnya</translation>
    </message>
    <message>
        <location filename="../../antrianctl/setupcommands.cpp" line="97"/>
        <source>usage: antrianctl setup-pc %1 [options], or setup-pc --undo ROLE</source>
        <translation>cara pakai: antrianctl setup-pc %1 [opsi], atau setup-pc --undo PERAN</translation>
    </message>
    <message>
        <location filename="../../antrianctl/setupcommands.cpp" line="106"/>
        <source>setup-pc: expected a role, %1, got &quot;%2&quot;</source>
        <translation>setup-pc: seharusnya sebuah peran, %1, bukan &quot;%2&quot;</translation>
    </message>
    <message>
        <location filename="../../antrianctl/setupcommands.cpp" line="125"/>
        <source>--%1 goes with %2, not with setup-pc %3</source>
        <translation>--%1 dipakai bersama %2, bukan dengan setup-pc %3</translation>
    </message>
    <message>
        <location filename="../../antrianctl/setupcommands.cpp" line="164"/>
        <source>--user: there is no user &quot;%1&quot; on this PC</source>
        <translation>--user: tidak ada pengguna &quot;%1&quot; di PC ini</translation>
    </message>
    <message>
        <location filename="../../antrianctl/setupcommands.cpp" line="181"/>
        <source>cage, the kiosk compositor, is not installed: apt install cage</source>
        <translation>cage, kompositor kios, belum terpasang: apt install cage</translation>
    </message>
    <message>
        <location filename="../../antrianctl/setupcommands.cpp" line="210"/>
        <source>setup-pc %1 writes system units under /etc/systemd/system and must run as root: sudo antrianctl setup-pc %1 ...</source>
        <translation>setup-pc %1 menulis unit sistem di /etc/systemd/system dan harus dijalankan sebagai root: sudo antrianctl setup-pc %1 ...</translation>
    </message>
    <message>
        <location filename="../../antrianctl/setupcommands.cpp" line="224"/>
        <source>systemctl %1 failed: %2</source>
        <translation>systemctl %1 gagal: %2</translation>
    </message>
    <message>
        <location filename="../../antrianctl/setupcommands.cpp" line="247"/>
        <source>could not create the user %1: %2</source>
        <translation>pengguna %1 tidak dapat dibuat: %2</translation>
    </message>
    <message>
        <location filename="../../antrianctl/setupcommands.cpp" line="262"/>
        <source>this PC is already set up as the %1 at boot; take that off first: antrianctl setup-pc --undo %1</source>
        <translation>PC ini sudah diatur sebagai %1 saat menyala; lepaskan dulu: antrianctl setup-pc --undo %1</translation>
    </message>
    <message>
        <location filename="../../antrianctl/setupcommands.cpp" line="275"/>
        <source>Dry run: nothing was written. Would enable: %1</source>
        <translation>Uji coba: tidak ada yang ditulis. Akan diaktifkan: %1</translation>
    </message>
    <message>
        <location filename="../../antrianctl/setupcommands.cpp" line="286"/>
        <source>Created the user %1 (home %2), who runs the app; nobody logs in as it.</source>
        <translation>Pengguna %1 dibuat (folder rumah %2) untuk menjalankan aplikasi; tidak ada yang masuk sebagai pengguna ini.</translation>
    </message>
    <message>
        <location filename="../../antrianctl/setupcommands.cpp" line="293"/>
        <source>could not write %1: %2</source>
        <translation>%1 tidak dapat ditulis: %2</translation>
    </message>
    <message>
        <location filename="../../antrianctl/setupcommands.cpp" line="295"/>
        <source>Wrote %1</source>
        <translation>Ditulis: %1</translation>
    </message>
    <message>
        <location filename="../../antrianctl/setupcommands.cpp" line="304"/>
        <source>Enabled %1</source>
        <translation>Diaktifkan: %1</translation>
    </message>
    <message>
        <location filename="../../antrianctl/setupcommands.cpp" line="315"/>
        <source>The PC now starts to graphical.target.</source>
        <translation>PC ini sekarang menyala ke graphical.target.</translation>
    </message>
    <message>
        <location filename="../../antrianctl/setupcommands.cpp" line="320"/>
        <source>Warning: a desktop login screen (display-manager.service) also starts on this PC and may take the screen; on a kiosk or TV PC turn it off: systemctl disable display-manager.service</source>
        <translation>Peringatan: layar login desktop (display-manager.service) juga berjalan di PC ini dan bisa mengambil layar; di PC kios atau TV matikan: systemctl disable display-manager.service</translation>
    </message>
    <message>
        <location filename="../../antrianctl/setupcommands.cpp" line="323"/>
        <source>It starts at the next boot, or now with: systemctl start antrian-%1.service</source>
        <translation>Aplikasi mulai saat PC menyala berikutnya, atau sekarang dengan: systemctl start antrian-%1.service</translation>
    </message>
    <message>
        <location filename="../../antrianctl/setupcommands.cpp" line="325"/>
        <source>It starts at the next login to this PC&apos;s desktop.</source>
        <translation>Aplikasi mulai saat login berikutnya ke desktop PC ini.</translation>
    </message>
    <message>
        <location filename="../../antrianctl/setupcommands.cpp" line="328"/>
        <source>The database %1 is backed up each evening at 21:00 (or at the next start), 14 days kept.</source>
        <translation>Basis data %1 dicadangkan setiap malam pukul 21.00 (atau saat PC menyala berikutnya), disimpan 14 hari.</translation>
    </message>
    <message>
        <location filename="../../antrianctl/setupcommands.cpp" line="331"/>
        <source>The database %1 does not exist yet; create it as the user who runs the app: sudo -u %2 antrianctl --db %1 init</source>
        <translation>Basis data %1 belum ada; buat sebagai pengguna yang menjalankan aplikasi: sudo -u %2 antrianctl --db %1 init</translation>
    </message>
    <message>
        <location filename="../../antrianctl/setupcommands.cpp" line="335"/>
        <source>Take it off with: antrianctl setup-pc --undo %1</source>
        <translation>Lepaskan dengan: antrianctl setup-pc --undo %1</translation>
    </message>
    <message>
        <location filename="../../antrianctl/setupcommands.cpp" line="364"/>
        <source>Dry run: would disable %1 and remove %2</source>
        <translation>Uji coba: akan menonaktifkan %1 dan menghapus %2</translation>
    </message>
    <message>
        <location filename="../../antrianctl/setupcommands.cpp" line="376"/>
        <source>could not remove %1</source>
        <translation>%1 tidak dapat dihapus</translation>
    </message>
    <message>
        <location filename="../../antrianctl/setupcommands.cpp" line="377"/>
        <source>Removed %1</source>
        <translation>Dihapus: %1</translation>
    </message>
    <message>
        <location filename="../../antrianctl/setupcommands.cpp" line="383"/>
        <source>Nothing of setup-pc %1 was found on this PC.</source>
        <translation>Tidak ada bagian setup-pc %1 di PC ini.</translation>
    </message>
    <message>
        <location filename="../../antrianctl/setupcommands.cpp" line="384"/>
        <source>setup-pc %1 is taken off. The user who ran the app and the database are kept.</source>
        <translation>setup-pc %1 sudah dilepas. Pengguna yang menjalankan aplikasi dan basis datanya tetap disimpan.</translation>
    </message>
    <message>
        <location filename="../../antrianctl/setupcommands.cpp" line="395"/>
        <source>kiosk|display [--printer SPEC] [--user NAME]</source>
        <translation>kiosk|display [--printer SPEK] [--user NAMA]</translation>
    </message>
    <message>
        <location filename="../../antrianctl/setupcommands.cpp" line="396"/>
        <source>start this PC&apos;s app at boot, full screen under cage,
restarted within seconds; with a daily backup on SQLite</source>
        <translation>jalankan aplikasi PC ini saat menyala, layar penuh di cage,
dimulai ulang dalam hitungan detik; dengan cadangan harian di SQLite</translation>
    </message>
    <message>
        <location filename="../../antrianctl/setupcommands.cpp" line="398"/>
        <source>counter|display --desktop [--counter N] [--screen N]</source>
        <translation>counter|display --desktop [--counter N] [--screen N]</translation>
    </message>
    <message>
        <location filename="../../antrianctl/setupcommands.cpp" line="399"/>
        <source>start it at login on this PC&apos;s desktop, restarted if it exits</source>
        <translation>jalankan saat login di desktop PC ini, dimulai ulang bila berhenti</translation>
    </message>
    <message>
        <location filename="../../antrianctl/setupcommands.cpp" line="400"/>
        <source>backup [--user NAME]</source>
        <translation>backup [--user NAMA]</translation>
    </message>
    <message>
        <location filename="../../antrianctl/setupcommands.cpp" line="401"/>
        <source>this PC keeps the daily backup (14 days)</source>
        <translation>PC ini menyimpan cadangan harian (14 hari)</translation>
    </message>
    <message>
        <location filename="../../antrianctl/setupcommands.cpp" line="402"/>
        <source>--undo ROLE</source>
        <translation>--undo PERAN</translation>
    </message>
    <message>
        <location filename="../../antrianctl/setupcommands.cpp" line="403"/>
        <source>take off what setup-pc ROLE wrote</source>
        <translation>lepaskan apa yang ditulis setup-pc PERAN</translation>
    </message>
    <message>
        <location filename="../../antrianctl/setupcommands.cpp" line="404"/>
        <source>setup-pc kiosk: the ticket printer, as antrian-kiosk --printer.</source>
        <translation>setup-pc kiosk: printer tiket, seperti antrian-kiosk --printer.</translation>
    </message>
    <message>
        <location filename="../../antrianctl/setupcommands.cpp" line="405"/>
        <location filename="../../antrianctl/doctorcommands.cpp" line="193"/>
        <source>spec</source>
        <translation>spesifikasi</translation>
    </message>
    <message>
        <location filename="../../antrianctl/setupcommands.cpp" line="406"/>
        <source>setup-pc display --desktop: full screen on screen N (0 is the first).</source>
        <translation>setup-pc display --desktop: layar penuh di layar N (0 yang pertama).</translation>
    </message>
    <message>
        <location filename="../../antrianctl/setupcommands.cpp" line="407"/>
        <location filename="../../antrianctl/setupcommands.cpp" line="411"/>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location filename="../../antrianctl/setupcommands.cpp" line="408"/>
        <source>setup-pc display: at login on a desktop (a TV on a staff PC&apos;s second output) instead of at boot.</source>
        <translation>setup-pc display: saat login di desktop (TV di keluaran kedua PC staf), bukan saat menyala.</translation>
    </message>
    <message>
        <location filename="../../antrianctl/setupcommands.cpp" line="410"/>
        <source>setup-pc counter: this PC is counter N.</source>
        <translation>setup-pc counter: PC ini loket N.</translation>
    </message>
    <message>
        <location filename="../../antrianctl/setupcommands.cpp" line="412"/>
        <source>setup-pc: the user who runs the app at boot (default antrian, created if missing).</source>
        <translation>setup-pc: pengguna yang menjalankan aplikasi saat menyala (bawaan antrian, dibuat bila belum ada).</translation>
    </message>
    <message>
        <location filename="../../antrianctl/setupcommands.cpp" line="415"/>
        <source>setup-pc: also the daily backup, on PostgreSQL too.</source>
        <translation>setup-pc: juga cadangan harian, di PostgreSQL juga.</translation>
    </message>
    <message>
        <location filename="../../antrianctl/setupcommands.cpp" line="416"/>
        <source>setup-pc: no daily backup on this PC.</source>
        <translation>setup-pc: tanpa cadangan harian di PC ini.</translation>
    </message>
    <message>
        <location filename="../../antrianctl/setupcommands.cpp" line="417"/>
        <source>setup-pc: write under this folder instead of / (an image, tests).</source>
        <translation>setup-pc: tulis di bawah folder ini, bukan / (image, pengujian).</translation>
    </message>
    <message>
        <location filename="../../antrianctl/setupcommands.cpp" line="418"/>
        <source>folder</source>
        <translation>folder</translation>
    </message>
    <message>
        <location filename="../../antrianctl/setupcommands.cpp" line="419"/>
        <source>setup-pc: print what would be written; write nothing.</source>
        <translation>setup-pc: tampilkan apa yang akan ditulis; tidak menulis apa pun.</translation>
    </message>
    <message>
        <location filename="../../antrianctl/setupcommands.cpp" line="420"/>
        <source>setup-pc: take off what setup-pc ROLE wrote.</source>
        <translation>setup-pc: lepaskan apa yang ditulis setup-pc PERAN.</translation>
    </message>
    <message>
        <location filename="../../antrianctl/doctorcommands.cpp" line="110"/>
        <source>usage: antrianctl doctor [--pc kiosk|display|counter] [--printer SPEC] [--json]</source>
        <translation>cara pakai: antrianctl doctor [--pc kiosk|display|counter] [--printer SPEC] [--json]</translation>
    </message>
    <message>
        <location filename="../../antrianctl/doctorcommands.cpp" line="116"/>
        <source>--pc: expected kiosk, display or counter, got &quot;%1&quot;</source>
        <translation>--pc: seharusnya kiosk, display atau counter, bukan &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../../antrianctl/doctorcommands.cpp" line="147"/>
        <source>Not checked: the database cannot be reached.</source>
        <translation>Tidak diperiksa: basis data tidak dapat dijangkau.</translation>
    </message>
    <message>
        <location filename="../../antrianctl/doctorcommands.cpp" line="187"/>
        <source>[--pc kiosk|display|counter] [--printer SPEC]</source>
        <translation>[--pc kiosk|display|counter] [--printer SPEC]</translation>
    </message>
    <message>
        <location filename="../../antrianctl/doctorcommands.cpp" line="188"/>
        <source>check this PC: database, disk, schema, printer, sound, speech, time zone, clock
exit 0 when nothing failed (warnings allowed), 5 when a check failed</source>
        <translation>periksa PC ini: basis data, disk, skema, printer, suara, ucapan, zona waktu, jam
keluar 0 bila tidak ada yang gagal (peringatan boleh), 5 bila ada pemeriksaan yang gagal</translation>
    </message>
    <message>
        <location filename="../../antrianctl/doctorcommands.cpp" line="190"/>
        <source>doctor: what this PC is for: kiosk, display or counter.</source>
        <translation>doctor: kegunaan PC ini: kiosk, display atau counter.</translation>
    </message>
    <message>
        <location filename="../../antrianctl/doctorcommands.cpp" line="192"/>
        <source>doctor: the kiosk&apos;s printer, as its --printer (escpos-tcp:HOST:PORT, ...).</source>
        <translation>doctor: printer kios, seperti --printer-nya (escpos-tcp:HOST:PORT, ...).</translation>
    </message>
    <message>
        <location filename="../../antrianctl/backupcommands.cpp" line="28"/>
        <source>usage: antrianctl backup FILE, or antrianctl backup --daily [--keep DAYS]</source>
        <translation>cara pakai: antrianctl backup BERKAS, atau antrianctl backup --daily [--keep HARI]</translation>
    </message>
    <message>
        <location filename="../../antrianctl/backupcommands.cpp" line="33"/>
        <source>%1 MiB</source>
        <translation>%1 MiB</translation>
    </message>
    <message>
        <location filename="../../antrianctl/backupcommands.cpp" line="34"/>
        <source>%1 KiB</source>
        <translation>%1 KiB</translation>
    </message>
    <message>
        <location filename="../../antrianctl/backupcommands.cpp" line="44"/>
        <source>--keep: expected a number of days, 1 or more, got &quot;%1&quot;</source>
        <translation>--keep: seharusnya jumlah hari, 1 atau lebih, bukan &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../../antrianctl/backupcommands.cpp" line="50"/>
        <source>Daily backup of %1 written to %2 (%3), replacing today&apos;s earlier copy.</source>
        <translation>Cadangan harian %1 ditulis ke %2 (%3), menggantikan salinan hari ini sebelumnya.</translation>
    </message>
    <message>
        <location filename="../../antrianctl/backupcommands.cpp" line="51"/>
        <source>Daily backup of %1 written to %2 (%3).</source>
        <translation>Cadangan harian %1 ditulis ke %2 (%3).</translation>
    </message>
    <message>
        <location filename="../../antrianctl/backupcommands.cpp" line="54"/>
        <source>No copy older than %1 days to remove.</source>
        <translation>Tidak ada salinan lebih tua dari %1 hari untuk dihapus.</translation>
    </message>
    <message>
        <location filename="../../antrianctl/backupcommands.cpp" line="56"/>
        <source>Copies older than %1 days, removed:</source>
        <translation>Salinan lebih tua dari %1 hari, dihapus:</translation>
    </message>
    <message>
        <location filename="../../antrianctl/backupcommands.cpp" line="78"/>
        <source>Backup of %1 written to %2 (%3).</source>
        <translation>Cadangan %1 ditulis ke %2 (%3).</translation>
    </message>
    <message>
        <location filename="../../antrianctl/backupcommands.cpp" line="84"/>
        <source>usage: antrianctl restore FILE</source>
        <translation>cara pakai: antrianctl restore BERKAS</translation>
    </message>
    <message>
        <location filename="../../antrianctl/backupcommands.cpp" line="96"/>
        <source>Restored %1 from %2.</source>
        <translation>%1 dipulihkan dari %2.</translation>
    </message>
    <message>
        <location filename="../../antrianctl/backupcommands.cpp" line="98"/>
        <source>The database it replaced is kept as %1.</source>
        <translation>Basis data yang digantikan disimpan sebagai %1.</translation>
    </message>
    <message>
        <location filename="../../antrianctl/backupcommands.cpp" line="100"/>
        <source>The backup has schema version %1; it is migrated to version %2 when next opened.</source>
        <translation>Cadangan ini berskema versi %1; dimigrasikan ke versi %2 saat dibuka berikutnya.</translation>
    </message>
    <message>
        <location filename="../../antrianctl/backupcommands.cpp" line="117"/>
        <location filename="../../antrianctl/backupcommands.cpp" line="128"/>
        <source>FILE</source>
        <translation>BERKAS</translation>
    </message>
    <message>
        <location filename="../../antrianctl/backupcommands.cpp" line="118"/>
        <source>a consistent copy of the database while the apps keep writing
(pg_dump --format=custom on PostgreSQL)</source>
        <translation>salinan basis data yang utuh selagi aplikasi tetap menulis
(pg_dump --format=custom di PostgreSQL)</translation>
    </message>
    <message>
        <location filename="../../antrianctl/backupcommands.cpp" line="120"/>
        <source>--daily [--keep DAYS]</source>
        <translation>--daily [--keep HARI]</translation>
    </message>
    <message>
        <location filename="../../antrianctl/backupcommands.cpp" line="121"/>
        <source>today&apos;s copy in backups/ beside the database, replacing today&apos;s;
removes daily copies older than DAYS (14)</source>
        <translation>salinan hari ini di backups/ di samping basis data, menggantikan salinan hari ini;
menghapus salinan harian yang lebih tua dari HARI (14)</translation>
    </message>
    <message>
        <location filename="../../antrianctl/backupcommands.cpp" line="123"/>
        <source>Backup: today&apos;s copy in the backups folder.</source>
        <translation>Backup: salinan hari ini di folder backups.</translation>
    </message>
    <message>
        <location filename="../../antrianctl/backupcommands.cpp" line="124"/>
        <source>Backup --daily: days of copies to keep (14).</source>
        <translation>Backup --daily: berapa hari salinan disimpan (14).</translation>
    </message>
    <message>
        <location filename="../../antrianctl/backupcommands.cpp" line="125"/>
        <source>days</source>
        <translation>hari</translation>
    </message>
    <message>
        <location filename="../../antrianctl/backupcommands.cpp" line="129"/>
        <source>put a backup in place of the database, after checking it;
refused while an app has it open; the old one is kept aside</source>
        <translation>memasang cadangan menggantikan basis data, setelah diperiksa;
ditolak selama aplikasi membukanya; yang lama disimpan di samping</translation>
    </message>
</context>
</TS>
