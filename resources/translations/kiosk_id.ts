<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID">
<context>
    <name>ClosedNotice</name>
    <message>
        <location filename="../../kiosk/src/closednotice.cpp" line="39"/>
        <source>%1 – %2</source>
        <comment>a range of weekdays</comment>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location filename="../../kiosk/src/closednotice.cpp" line="41"/>
        <source>%1: %2 – %3</source>
        <translation>%1: %2 – %3</translation>
    </message>
    <message>
        <location filename="../../kiosk/src/closednotice.cpp" line="42"/>
        <source>%1: closed</source>
        <translation>%1: tutup</translation>
    </message>
    <message>
        <source>today at %1</source>
        <translation type="vanished">hari ini pukul %1</translation>
    </message>
    <message>
        <source>tomorrow, %1, at %2</source>
        <translation type="vanished">besok, %1, pukul %2</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation type="vanished">%1 pukul %2</translation>
    </message>
    <message>
        <source>No more tickets today</source>
        <translation type="vanished">Pengambilan nomor antrian hari ini sudah ditutup</translation>
    </message>
    <message>
        <source>Customers who already have a number will still be served.</source>
        <translation type="vanished">Nasabah yang sudah memiliki nomor antrian tetap akan dilayani.</translation>
    </message>
    <message>
        <source>We are closed today</source>
        <translation type="vanished">Hari ini kami tutup</translation>
    </message>
    <message>
        <source>We are closed</source>
        <translation type="vanished">Kami sedang tutup</translation>
    </message>
    <message>
        <source>No opening hours are set up. Please ask our staff.</source>
        <translation type="vanished">Jam layanan belum diatur. Silakan hubungi petugas kami.</translation>
    </message>
</context>
<context>
    <name>ClosedScreen</name>
    <message>
        <location filename="../../kiosk/qml/ClosedScreen.qml" line="19"/>
        <source>This kiosk is out of service</source>
        <translation>Mesin antrian sedang tidak dapat digunakan</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/ClosedScreen.qml" line="31"/>
        <source>Please ask our staff for a queue number.</source>
        <translation>Silakan minta nomor antrian kepada petugas kami.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/ClosedScreen.qml" line="44"/>
        <source>We open again</source>
        <translation>Kami buka kembali</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/ClosedScreen.qml" line="77"/>
        <source>Opening hours</source>
        <translation>Jam layanan</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/ClosedScreen.qml" line="96"/>
        <source>Closed on public holidays</source>
        <translation>Tutup pada hari libur nasional</translation>
    </message>
</context>
<context>
    <name>Header</name>
    <message>
        <location filename="../../kiosk/qml/Header.qml" line="77"/>
        <source>Queue numbers</source>
        <translation>Nomor antrian</translation>
    </message>
</context>
<context>
    <name>KioskApp</name>
    <message>
        <location filename="../../kiosk/src/kioskapp.cpp" line="88"/>
        <source>the kiosk screen could not be loaded (see the messages above)</source>
        <translation>layar kios tidak dapat dimuat (lihat pesan di atas)</translation>
    </message>
    <message>
        <location filename="../../kiosk/src/kioskapp.cpp" line="91"/>
        <source>the kiosk screen is not a window</source>
        <translation>layar kios bukan sebuah jendela</translation>
    </message>
</context>
<context>
    <name>KioskController</name>
    <message>
        <location filename="../../kiosk/src/kioskcontroller.cpp" line="189"/>
        <source>The queue system is busy. Please try again in a moment, or ask our staff.</source>
        <translation>Sistem antrian sedang sibuk. Silakan coba lagi sebentar lagi, atau hubungi petugas kami.</translation>
    </message>
</context>
<context>
    <name>KioskOptions</name>
    <message>
        <location filename="../../kiosk/src/kioskoptions.cpp" line="21"/>
        <source>Antrian ticket kiosk: customers choose a service and take a queue number.</source>
        <translation>Kios nomor antrian Antrian: nasabah memilih layanan dan mengambil nomor antrian.</translation>
    </message>
    <message>
        <location filename="../../kiosk/src/kioskoptions.cpp" line="23"/>
        <source>Kiosk mode: frameless full screen, cannot be closed from the keyboard, no mouse cursor.</source>
        <translation>Mode kios: layar penuh tanpa bingkai, tidak dapat ditutup dari papan ketik, tanpa kursor tetikus.</translation>
    </message>
    <message>
        <location filename="../../kiosk/src/kioskoptions.cpp" line="25"/>
        <source>Ticket printer: none, escpos-tcp:HOST:PORT, escpos-device:PATH, pdf:FILE or cups:QUEUE (ESC/POS kinds take ,columns=32 for 58 mm paper).</source>
        <translation>Printer tiket: none, escpos-tcp:HOST:PORT, escpos-device:PATH, pdf:FILE atau cups:QUEUE (jenis ESC/POS menerima ,columns=32 untuk kertas 58 mm).</translation>
    </message>
    <message>
        <location filename="../../kiosk/src/kioskoptions.cpp" line="27"/>
        <source>spec</source>
        <translation>printer</translation>
    </message>
    <message>
        <location filename="../../kiosk/src/kioskoptions.cpp" line="28"/>
        <source>Window size in window mode and for --screenshot, e.g. 1920x1080.</source>
        <translation>Ukuran jendela dalam mode jendela dan untuk --screenshot, misalnya 1920x1080.</translation>
    </message>
    <message>
        <location filename="../../kiosk/src/kioskoptions.cpp" line="28"/>
        <source>WxH</source>
        <translation>LEBARxTINGGI</translation>
    </message>
    <message>
        <source>With --screenshot: the screen to render: start, ticket (a preview, not issued) or closed.</source>
        <translation type="vanished">Bersama --screenshot: layar yang direkam: start, ticket (pratinjau, tidak diterbitkan) atau closed.</translation>
    </message>
    <message>
        <location filename="../../kiosk/src/kioskoptions.cpp" line="30"/>
        <source>With --screenshot: the screen to render: start, ticket (a preview, not issued) or closed; with --rating-pad: pad-idle, pad-faces, pad-skm or pad-thanks (about a made-up ticket).</source>
        <translation>Dengan --screenshot: layar yang digambar: start, ticket (pratinjau, tidak diterbitkan) atau closed; dengan --rating-pad: pad-idle, pad-faces, pad-skm atau pad-thanks (tentang tiket contoh).</translation>
    </message>
    <message>
        <location filename="../../kiosk/src/kioskoptions.cpp" line="32"/>
        <source>name</source>
        <translation>nama</translation>
    </message>
    <message>
        <location filename="../../kiosk/src/kioskoptions.cpp" line="33"/>
        <source>The branch&apos;s logo for the header, a PNG or JPEG file.</source>
        <translation>Logo cabang untuk bagian atas layar, berkas PNG atau JPEG.</translation>
    </message>
    <message>
        <location filename="../../kiosk/src/kioskoptions.cpp" line="33"/>
        <source>file</source>
        <translation>berkas</translation>
    </message>
    <message>
        <location filename="../../kiosk/src/kioskoptions.cpp" line="35"/>
        <source>Run as the customer&apos;s rating pad at this counter: after the counter finishes a ticket it asks how the service was (the branch&apos;s &quot;rating&quot;: faces or skm).</source>
        <translation>Jalankan sebagai layar penilaian pelanggan di loket ini: setelah loket menyelesaikan tiket, layar menanyakan bagaimana pelayanannya (&quot;rating&quot; kantor: faces atau skm).</translation>
    </message>
    <message>
        <location filename="../../kiosk/src/kioskoptions.cpp" line="37"/>
        <source>counter</source>
        <translation>loket</translation>
    </message>
    <message>
        <location filename="../../kiosk/src/kioskoptions.cpp" line="38"/>
        <source>Seconds the ticket screen stays before the start screen returns (3-120).</source>
        <translation>Lama layar tiket tampil (dalam detik) sebelum kembali ke layar awal (3-120).</translation>
    </message>
    <message>
        <location filename="../../kiosk/src/kioskoptions.cpp" line="39"/>
        <source>seconds</source>
        <translation>detik</translation>
    </message>
    <message>
        <location filename="../../kiosk/src/kioskoptions.cpp" line="47"/>
        <source>unexpected argument &quot;%1&quot;; see --help</source>
        <translation>argumen tidak dikenal &quot;%1&quot;; lihat --help</translation>
    </message>
    <message>
        <location filename="../../kiosk/src/kioskoptions.cpp" line="63"/>
        <source>--size: expected WIDTHxHEIGHT from 320x320 to 7680x7680, such as 1920x1080, got &quot;%1&quot;</source>
        <translation>--size: harus LEBARxTINGGI dari 320x320 sampai 7680x7680, misalnya 1920x1080, bukan &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../../kiosk/src/kioskoptions.cpp" line="84"/>
        <source>--screen: expected start, ticket, closed, pad-idle, pad-faces, pad-skm or pad-thanks, got &quot;%1&quot;</source>
        <translation>--screen: diharapkan start, ticket, closed, pad-idle, pad-faces, pad-skm atau pad-thanks, bukan &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../../kiosk/src/kioskoptions.cpp" line="93"/>
        <source>--rating-pad: expected a counter number, such as 3, got &quot;%1&quot;</source>
        <translation>--rating-pad: diharapkan nomor loket, misalnya 3, bukan &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../../kiosk/src/kioskoptions.cpp" line="101"/>
        <source>--screen: the rating pad shows pad-idle, pad-faces, pad-skm or pad-thanks</source>
        <translation>--screen: layar penilaian menampilkan pad-idle, pad-faces, pad-skm atau pad-thanks</translation>
    </message>
    <message>
        <location filename="../../kiosk/src/kioskoptions.cpp" line="102"/>
        <source>--screen: %1 is a screen of the rating pad; add --rating-pad COUNTER</source>
        <translation>--screen: %1 adalah layar penilaian; tambahkan --rating-pad LOKET</translation>
    </message>
    <message>
        <location filename="../../kiosk/src/kioskoptions.cpp" line="132"/>
        <source>--rating-pad: there is no counter %1 in this branch (its counters: %2)</source>
        <translation>--rating-pad: tidak ada loket %1 di kantor ini (loketnya: %2)</translation>
    </message>
    <message>
        <location filename="../../kiosk/src/kioskoptions.cpp" line="134"/>
        <source>none</source>
        <translation>tidak ada</translation>
    </message>
    <message>
        <source>--screen: expected start, ticket or closed, got &quot;%1&quot;</source>
        <translation type="vanished">--screen: harus start, ticket atau closed, bukan &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../../kiosk/src/kioskoptions.cpp" line="111"/>
        <source>--return-seconds: expected a whole number from 3 to 120, got &quot;%1&quot;</source>
        <translation>--return-seconds: harus bilangan bulat dari 3 sampai 120, bukan &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../../kiosk/src/kioskoptions.cpp" line="119"/>
        <source>--logo: cannot read &quot;%1&quot; as an image: %2</source>
        <translation>--logo: &quot;%1&quot; tidak dapat dibaca sebagai gambar: %2</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../../kiosk/qml/Main.qml" line="15"/>
        <source>Antrian ticket kiosk</source>
        <translation>Kios nomor antrian</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Main.qml" line="15"/>
        <source>Antrian rating pad</source>
        <translation>Layar penilaian Antrian</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Main.qml" line="90"/>
        <source>Sorry, no number was issued</source>
        <translation>Mohon maaf, nomor antrian belum dapat diberikan</translation>
    </message>
</context>
<context>
    <name>NoticeCard</name>
    <message>
        <location filename="../../kiosk/qml/NoticeCard.qml" line="48"/>
        <source>Touch to close</source>
        <translation>Sentuh untuk menutup</translation>
    </message>
</context>
<context>
    <name>OutOfService</name>
    <message>
        <location filename="../../kiosk/qml/OutOfService.qml" line="34"/>
        <source>The ticket machine is out of service.</source>
        <translation>Mesin antrian sedang tidak dapat digunakan.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/OutOfService.qml" line="45"/>
        <source>Please ask our staff.</source>
        <translation>Silakan hubungi petugas kami.</translation>
    </message>
</context>
<context>
    <name>PleaseWait</name>
    <message>
        <location filename="../../kiosk/qml/PleaseWait.qml" line="21"/>
        <source>Please wait, your number is being made…</source>
        <translation>Mohon tunggu, nomor antrian Anda sedang dibuat…</translation>
    </message>
</context>
<context>
    <name>PriorityPanel</name>
    <message>
        <location filename="../../kiosk/qml/PriorityPanel.qml" line="34"/>
        <source>Priority service</source>
        <translation>Layanan prioritas</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/PriorityPanel.qml" line="43"/>
        <source>Touch what applies to you. Our staff may ask you to show it.</source>
        <translation>Sentuh pilihan yang sesuai dengan Anda. Petugas kami dapat meminta Anda menunjukkannya.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/PriorityPanel.qml" line="90"/>
        <source>Back</source>
        <translation>Kembali</translation>
    </message>
</context>
<context>
    <name>RatingPad</name>
    <message>
        <location filename="../../kiosk/qml/RatingPad.qml" line="109"/>
        <source>Thank you for your visit</source>
        <translation>Terima kasih atas kunjungan Anda</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/RatingPad.qml" line="120"/>
        <source>This branch asks no rating after service.</source>
        <translation>Kantor ini tidak meminta penilaian setelah pelayanan.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/RatingPad.qml" line="151"/>
        <source>Thank you!</source>
        <translation>Terima kasih!</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/RatingPad.qml" line="160"/>
        <source>Your answer helps us serve you better.</source>
        <translation>Jawaban Anda membantu kami melayani Anda lebih baik.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/RatingPad.qml" line="177"/>
        <source>Sorry, your answer was not saved</source>
        <translation>Maaf, jawaban Anda tidak tersimpan</translation>
    </message>
</context>
<context>
    <name>RatingPadController</name>
    <message>
        <location filename="../../kiosk/src/ratingpad.cpp" line="232"/>
        <source>The system could not store it just now. Please tell our staff.</source>
        <translation>Sistem belum dapat menyimpannya saat ini. Mohon beri tahu petugas kami.</translation>
    </message>
    <message>
        <location filename="../../kiosk/src/ratingpad.cpp" line="282"/>
        <source>%1 has been rated already</source>
        <translation>%1 sudah dinilai</translation>
    </message>
    <message>
        <location filename="../../kiosk/src/ratingpad.cpp" line="328"/>
        <source>Counter %1</source>
        <translation>Loket %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/src/ratingpad.cpp" line="333"/>
        <source>Very bad</source>
        <translation>Sangat buruk</translation>
    </message>
    <message>
        <location filename="../../kiosk/src/ratingpad.cpp" line="333"/>
        <source>Bad</source>
        <translation>Buruk</translation>
    </message>
    <message>
        <location filename="../../kiosk/src/ratingpad.cpp" line="333"/>
        <source>Fair</source>
        <translation>Cukup</translation>
    </message>
    <message>
        <location filename="../../kiosk/src/ratingpad.cpp" line="333"/>
        <source>Good</source>
        <translation>Baik</translation>
    </message>
    <message>
        <location filename="../../kiosk/src/ratingpad.cpp" line="333"/>
        <source>Very good</source>
        <translation>Sangat baik</translation>
    </message>
</context>
<context>
    <name>RatingPadFaces</name>
    <message>
        <location filename="../../kiosk/qml/RatingPadFaces.qml" line="18"/>
        <source>How was our service?</source>
        <translation>Bagaimana pelayanan kami?</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/RatingPadFaces.qml" line="30"/>
        <source>Ticket %1, served by %2</source>
        <translation>Nomor antrian %1, dilayani oleh %2</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/RatingPadFaces.qml" line="31"/>
        <source>Ticket %1</source>
        <translation>Nomor antrian %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/RatingPadFaces.qml" line="64"/>
        <source>Touch one face. Answering is up to you.</source>
        <translation>Sentuh salah satu wajah. Menjawab tidak wajib.</translation>
    </message>
</context>
<context>
    <name>RatingPadSurvey</name>
    <message>
        <location filename="../../kiosk/qml/RatingPadSurvey.qml" line="29"/>
        <source>%1/%2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/RatingPadSurvey.qml" line="89"/>
        <source>‹ Back</source>
        <translation>‹ Kembali</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/RatingPadSurvey.qml" line="105"/>
        <source>Ticket %1</source>
        <translation>Nomor antrian %1</translation>
    </message>
</context>
<context>
    <name>ServiceListModel</name>
    <message>
        <location filename="../../kiosk/src/servicelistmodel.cpp" line="45"/>
        <source>No one waiting</source>
        <translation>Belum ada yang menunggu</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/src/servicelistmodel.cpp" line="45"/>
        <source>%n people waiting</source>
        <translation>
            <numerusform>%n orang menunggu</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/src/servicelistmodel.cpp" line="49"/>
        <source>Not available at the moment</source>
        <translation>Sementara tidak tersedia</translation>
    </message>
    <message>
        <location filename="../../kiosk/src/servicelistmodel.cpp" line="51"/>
        <source>Today&apos;s tickets are all taken</source>
        <translation>Kuota hari ini sudah habis</translation>
    </message>
</context>
<context>
    <name>StartScreen</name>
    <message>
        <location filename="../../kiosk/qml/StartScreen.qml" line="25"/>
        <source>Priority number for: %1</source>
        <translation>Nomor prioritas untuk: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/StartScreen.qml" line="26"/>
        <source>Please choose a service</source>
        <translation>Silakan pilih layanan</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/StartScreen.qml" line="36"/>
        <source>Now touch the service you need.</source>
        <translation>Sekarang sentuh layanan yang Anda butuhkan.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/StartScreen.qml" line="37"/>
        <source>Touch a button to take your queue number.</source>
        <translation>Sentuh salah satu tombol untuk mengambil nomor antrian.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/StartScreen.qml" line="88"/>
        <source>%1 — priority service</source>
        <translation>%1 — layanan prioritas</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/StartScreen.qml" line="100"/>
        <source>Touch here first, then choose your service</source>
        <translation>Sentuh di sini dulu, lalu pilih layanan Anda</translation>
    </message>
    <message>
        <source>Priority service</source>
        <translation type="vanished">Layanan prioritas</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/StartScreen.qml" line="123"/>
        <source>Back to ordinary numbers</source>
        <translation>Kembali ke nomor antrian biasa</translation>
    </message>
</context>
<context>
    <name>TicketScreen</name>
    <message>
        <location filename="../../kiosk/qml/TicketScreen.qml" line="58"/>
        <source>Your queue number</source>
        <translation>Nomor antrian Anda</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/TicketScreen.qml" line="120"/>
        <source>Ahead of you</source>
        <translation>Di depan Anda</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/TicketScreen.qml" line="121"/>
        <source>No one</source>
        <translation>Tidak ada</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/qml/TicketScreen.qml" line="121"/>
        <source>%n people</source>
        <translation>
            <numerusform>%n orang</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/TicketScreen.qml" line="122"/>
        <source>Estimated wait</source>
        <translation>Perkiraan waktu tunggu</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/TicketScreen.qml" line="123"/>
        <source>Taken at</source>
        <translation>Diambil pukul</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/TicketScreen.qml" line="183"/>
        <source>Printing your ticket…</source>
        <translation>Tiket Anda sedang dicetak…</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/TicketScreen.qml" line="184"/>
        <source>Please take your ticket from the printer below.</source>
        <translation>Silakan ambil tiket Anda dari printer di bawah.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/TicketScreen.qml" line="186"/>
        <source>Sorry, the ticket printer has a problem. Please note your number: %1</source>
        <translation>Mohon maaf, printer tiket sedang bermasalah. Mohon catat nomor antrian Anda: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/TicketScreen.qml" line="187"/>
        <source>Please remember your number: %1</source>
        <translation>Mohon ingat nomor antrian Anda: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/TicketScreen.qml" line="205"/>
        <source>Thank you. Please wait until your number is called.</source>
        <translation>Terima kasih. Silakan menunggu hingga nomor Anda dipanggil.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/qml/TicketScreen.qml" line="214"/>
        <source>Touch the screen to finish (%n s)</source>
        <translation>
            <numerusform>Sentuh layar untuk selesai (%n detik)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/TicketScreen.qml" line="36"/>
        <source>Preview: this number has not been issued</source>
        <translation>Pratinjau: nomor ini belum diterbitkan</translation>
    </message>
</context>
</TS>
