<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID">
<context>
    <name>antrianctl</name>
    <message>
        <location filename="../../antrianctl/cli.cpp" line="67"/>
        <source>Antrian queue system, from the command line.

Commands:
  init                         create the database and import the branch config
  issue SERVICE                take a ticket (--priority, --reason CODE)
  call COUNTER                 call the next ticket to a counter
  recall|start|finish|noshow COUNTER
                               act on the ticket a counter holds
  transfer COUNTER [SERVICE]   send the counter&apos;s ticket to another service
                               (--to-counter N: straight to counter N)
  cancel|reinstate CODE        withdraw a waiting ticket / bring back a no-show
  pause|resume COUNTER         a counter&apos;s break
  pause|resume SERVICE         stop / restart issuing tickets for a service
  status                       the branch now
  tickets                      today&apos;s tickets (--date, --all, --status, --service)

Exit codes: 0 done, 2 bad usage or input, 3 refused by a queue rule, 4 storage failure.</source>
        <translation>Sistem antrian Antrian melalui baris perintah.

Perintah:
  init                         buat basis data dan impor konfigurasi cabang
  issue SERVICE                ambil nomor antrian (--priority, --reason CODE)
  call COUNTER                 panggil nomor antrian berikutnya ke loket
  recall|start|finish|noshow COUNTER
                               panggil ulang / mulai layani / selesai / tidak hadir:
                               tindakan atas nomor antrian yang sedang ditangani loket
  transfer COUNTER [SERVICE]   alihkan nomor antrian di loket ke layanan lain
                               (--to-counter N: langsung ke loket N)
  cancel|reinstate CODE        batalkan nomor antrian yang menunggu /
                               aktifkan kembali nomor antrian yang tidak hadir
  pause|resume COUNTER         istirahatkan loket / buka kembali loket
  pause|resume SERVICE         hentikan / buka kembali pengambilan nomor antrian suatu layanan
  status                       keadaan cabang saat ini
  tickets                      nomor antrian hari ini (--date, --all, --status, --service)

Kode keluar: 0 berhasil, 2 perintah atau masukan salah, 3 ditolak oleh aturan antrian, 4 kegagalan penyimpanan.</translation>
    </message>
    <message>
        <location filename="../../antrianctl/cli.cpp" line="84"/>
        <source>Database file (default %1).</source>
        <translation>Berkas basis data (bawaan: %1).</translation>
    </message>
    <message>
        <location filename="../../antrianctl/cli.cpp" line="84"/>
        <source>path</source>
        <translation>jalur</translation>
    </message>
    <message>
        <location filename="../../antrianctl/cli.cpp" line="85"/>
        <source>Import this branch config file first (validated whole).</source>
        <translation>Impor berkas konfigurasi cabang ini terlebih dahulu (diperiksa seluruhnya).</translation>
    </message>
    <message>
        <location filename="../../antrianctl/cli.cpp" line="85"/>
        <source>file</source>
        <translation>berkas</translation>
    </message>
    <message>
        <location filename="../../antrianctl/cli.cpp" line="86"/>
        <source>Fixed clock, ISO 8601 (2026-11-23T09:00:00+07:00).</source>
        <translation>Gunakan waktu tetap, ISO 8601 (2026-11-23T09:00:00+07:00).</translation>
    </message>
    <message>
        <location filename="../../antrianctl/cli.cpp" line="86"/>
        <source>time</source>
        <translation>waktu</translation>
    </message>
    <message>
        <location filename="../../antrianctl/cli.cpp" line="87"/>
        <source>Print JSON for scripts.</source>
        <translation>Tampilkan keluaran JSON untuk skrip.</translation>
    </message>
    <message>
        <location filename="../../antrianctl/cli.cpp" line="88"/>
        <source>Language: id (default) or en.</source>
        <translation>Bahasa: id (bawaan) atau en.</translation>
    </message>
    <message>
        <location filename="../../antrianctl/cli.cpp" line="88"/>
        <source>lang</source>
        <translation>bahasa</translation>
    </message>
    <message>
        <location filename="../../antrianctl/cli.cpp" line="89"/>
        <source>issue: a priority ticket.</source>
        <translation>issue: nomor antrian prioritas.</translation>
    </message>
    <message>
        <location filename="../../antrianctl/cli.cpp" line="90"/>
        <source>issue: priority reason code from the config.</source>
        <translation>issue: kode alasan prioritas dari konfigurasi.</translation>
    </message>
    <message>
        <location filename="../../antrianctl/cli.cpp" line="90"/>
        <location filename="../../antrianctl/cli.cpp" line="95"/>
        <source>code</source>
        <translation>kode</translation>
    </message>
    <message>
        <location filename="../../antrianctl/cli.cpp" line="91"/>
        <source>transfer: straight to this counter.</source>
        <translation>transfer: langsung ke loket ini.</translation>
    </message>
    <message>
        <location filename="../../antrianctl/cli.cpp" line="91"/>
        <source>number</source>
        <translation>nomor</translation>
    </message>
    <message>
        <location filename="../../antrianctl/cli.cpp" line="92"/>
        <source>tickets: business date YYYY-MM-DD (default today).</source>
        <translation>tickets: tanggal operasional YYYY-MM-DD (bawaan: hari ini).</translation>
    </message>
    <message>
        <location filename="../../antrianctl/cli.cpp" line="92"/>
        <source>date</source>
        <translation>tanggal</translation>
    </message>
    <message>
        <location filename="../../antrianctl/cli.cpp" line="93"/>
        <source>tickets: every business date.</source>
        <translation>tickets: semua tanggal operasional.</translation>
    </message>
    <message>
        <location filename="../../antrianctl/cli.cpp" line="94"/>
        <source>tickets: only this status (waiting, called, ...).</source>
        <translation>tickets: hanya status ini (waiting, called, ...).</translation>
    </message>
    <message>
        <location filename="../../antrianctl/cli.cpp" line="94"/>
        <source>status</source>
        <translation>status</translation>
    </message>
    <message>
        <location filename="../../antrianctl/cli.cpp" line="95"/>
        <source>tickets: only this service.</source>
        <translation>tickets: hanya layanan ini.</translation>
    </message>
    <message>
        <location filename="../../antrianctl/cli.cpp" line="97"/>
        <source>What to do; see the list above.</source>
        <translation>Perintah yang dijalankan; lihat daftar di atas.</translation>
    </message>
    <message>
        <location filename="../../antrianctl/cli.cpp" line="108"/>
        <source>--lang: expected id or en, got &quot;%1&quot;</source>
        <translation>--lang: harus id atau en, bukan &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../../antrianctl/cli.cpp" line="112"/>
        <source>no command given; try --help</source>
        <translation>tidak ada perintah; coba --help</translation>
    </message>
    <message>
        <location filename="../../antrianctl/cli.cpp" line="115"/>
        <source>unknown command &quot;%1&quot;; try --help</source>
        <translation>perintah &quot;%1&quot; tidak dikenal; coba --help</translation>
    </message>
    <message>
        <location filename="../../antrianctl/cli.cpp" line="195"/>
        <source>--now: expected an ISO 8601 time such as 2026-11-23T09:00:00+07:00, got &quot;%1&quot;</source>
        <translation>--now: harus berupa waktu ISO 8601 seperti 2026-11-23T09:00:00+07:00, bukan &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../../antrianctl/cli.cpp" line="238"/>
        <source>the bundled sample branch</source>
        <translation>contoh cabang bawaan</translation>
    </message>
    <message>
        <location filename="../../antrianctl/cli.cpp" line="240"/>
        <source>its existing setup</source>
        <translation>pengaturan yang sudah ada</translation>
    </message>
    <message>
        <location filename="../../antrianctl/cli.cpp" line="251"/>
        <source>Database %1 is ready: %2, from %3.
Services: %4. Counters: %5.</source>
        <translation>Basis data %1 siap: %2, dari %3.
Layanan: %4. Loket: %5.</translation>
    </message>
    <message>
        <location filename="../../antrianctl/cli.cpp" line="259"/>
        <source>usage: antrianctl issue SERVICE [--priority] [--reason CODE]</source>
        <translation>penggunaan: antrianctl issue SERVICE [--priority] [--reason CODE]</translation>
    </message>
    <message>
        <location filename="../../antrianctl/cli.cpp" line="280"/>
        <source>service %1 paused: the kiosk issues no tickets for it</source>
        <translation>layanan %1 dihentikan sementara: kios tidak mengeluarkan nomor antrian untuk layanan ini</translation>
    </message>
    <message>
        <location filename="../../antrianctl/cli.cpp" line="281"/>
        <source>service %1 resumed</source>
        <translation>layanan %1 dibuka kembali</translation>
    </message>
    <message>
        <location filename="../../antrianctl/cli.cpp" line="284"/>
        <source>usage: antrianctl %1 COUNTER (the counter&apos;s number)</source>
        <translation>penggunaan: antrianctl %1 COUNTER (nomor loket)</translation>
    </message>
    <message>
        <location filename="../../antrianctl/cli.cpp" line="291"/>
        <source>counter %1 paused</source>
        <translation>loket %1 istirahat</translation>
    </message>
    <message>
        <location filename="../../antrianctl/cli.cpp" line="291"/>
        <source>counter %1 open</source>
        <translation>loket %1 buka</translation>
    </message>
    <message>
        <location filename="../../antrianctl/cli.cpp" line="313"/>
        <source>usage: antrianctl transfer COUNTER SERVICE, or transfer COUNTER [SERVICE] --to-counter N</source>
        <translation>penggunaan: antrianctl transfer COUNTER SERVICE, atau transfer COUNTER [SERVICE] --to-counter N</translation>
    </message>
    <message>
        <location filename="../../antrianctl/cli.cpp" line="324"/>
        <source>usage: antrianctl %1 CODE (a ticket code such as A-001)</source>
        <translation>penggunaan: antrianctl %1 CODE (kode nomor antrian seperti A-001)</translation>
    </message>
    <message>
        <location filename="../../antrianctl/cli.cpp" line="349"/>
        <source>--date: expected YYYY-MM-DD, got &quot;%1&quot;</source>
        <translation>--date: harus berformat YYYY-MM-DD, bukan &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../../antrianctl/cli.cpp" line="356"/>
        <source>--status: expected waiting, called, serving, done, no_show, cancelled or expired</source>
        <translation>--status: harus salah satu dari waiting, called, serving, done, no_show, cancelled atau expired</translation>
    </message>
    <message>
        <location filename="../../antrianctl/output.cpp" line="136"/>
        <source>counter %1</source>
        <translation>loket %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../antrianctl/output.cpp" line="144"/>
        <source>%1  %2%3
%n ahead, estimated wait: %4</source>
        <translation>
            <numerusform>%1  %2%3
%n antrian di depan, perkiraan waktu tunggu: %4</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../antrianctl/output.cpp" line="146"/>
        <source>priority</source>
        <translation>prioritas</translation>
    </message>
    <message>
        <location filename="../../antrianctl/output.cpp" line="155"/>
        <location filename="../../antrianctl/output.cpp" line="171"/>
        <source>open</source>
        <translation>buka</translation>
    </message>
    <message>
        <location filename="../../antrianctl/output.cpp" line="155"/>
        <location filename="../../antrianctl/output.cpp" line="170"/>
        <source>closed</source>
        <translation>tutup</translation>
    </message>
    <message>
        <location filename="../../antrianctl/output.cpp" line="159"/>
        <location filename="../../antrianctl/output.cpp" line="183"/>
        <source>Service</source>
        <translation>Layanan</translation>
    </message>
    <message>
        <location filename="../../antrianctl/output.cpp" line="159"/>
        <source>Waiting</source>
        <translation>Menunggu</translation>
    </message>
    <message>
        <location filename="../../antrianctl/output.cpp" line="159"/>
        <location filename="../../antrianctl/output.cpp" line="183"/>
        <source>Issued</source>
        <translation>Diambil</translation>
    </message>
    <message>
        <location filename="../../antrianctl/output.cpp" line="159"/>
        <source>Open counters</source>
        <translation>Loket buka</translation>
    </message>
    <message>
        <location filename="../../antrianctl/output.cpp" line="159"/>
        <source>Estimated wait</source>
        <translation>Perkiraan waktu tunggu</translation>
    </message>
    <message>
        <location filename="../../antrianctl/output.cpp" line="167"/>
        <location filename="../../antrianctl/output.cpp" line="183"/>
        <source>Counter</source>
        <translation>Loket</translation>
    </message>
    <message>
        <location filename="../../antrianctl/output.cpp" line="167"/>
        <source>Services</source>
        <translation>Layanan</translation>
    </message>
    <message>
        <location filename="../../antrianctl/output.cpp" line="167"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../antrianctl/output.cpp" line="167"/>
        <source>Ticket</source>
        <translation>Nomor antrian</translation>
    </message>
    <message>
        <location filename="../../antrianctl/output.cpp" line="169"/>
        <source>paused</source>
        <translation>istirahat</translation>
    </message>
    <message>
        <location filename="../../antrianctl/output.cpp" line="183"/>
        <source>Code</source>
        <translation>Nomor</translation>
    </message>
    <message>
        <location filename="../../antrianctl/output.cpp" line="183"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../antrianctl/output.cpp" line="183"/>
        <source>Called</source>
        <translation>Dipanggil</translation>
    </message>
    <message>
        <location filename="../../antrianctl/output.cpp" line="184"/>
        <source>Finished</source>
        <translation>Selesai</translation>
    </message>
    <message numerus="yes">
        <location filename="../../antrianctl/output.cpp" line="190"/>
        <source>%n ticket(s)</source>
        <translation>
            <numerusform>%n nomor antrian</numerusform>
        </translation>
    </message>
</context>
</TS>
