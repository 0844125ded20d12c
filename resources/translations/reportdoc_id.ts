<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID">
<context>
    <name>ReportChart</name>
    <message>
        <location filename="../../common/reportdoc/reportcharts.cpp" line="156"/>
        <source>Hour</source>
        <translation>Jam</translation>
    </message>
    <message>
        <location filename="../../common/reportdoc/reportcharts.cpp" line="168"/>
        <source>Day</source>
        <translation>Hari</translation>
    </message>
    <message>
        <location filename="../../common/reportdoc/reportcharts.cpp" line="229"/>
        <source>%1 (the %2 busiest of %3)</source>
        <translation>%1 (%2 tersibuk dari %3)</translation>
    </message>
    <message>
        <location filename="../../common/reportdoc/reportcharts.cpp" line="232"/>
        <source>Median wait</source>
        <translation>Median tunggu</translation>
    </message>
    <message>
        <location filename="../../common/reportdoc/reportcharts.cpp" line="233"/>
        <source>90% waited at most</source>
        <translation>90% menunggu paling lama</translation>
    </message>
    <message>
        <location filename="../../common/reportdoc/reportcharts.cpp" line="236"/>
        <source>Called within target</source>
        <translation>Dipanggil dalam target</translation>
    </message>
    <message>
        <location filename="../../common/reportdoc/reportcharts.cpp" line="238"/>
        <source>Minutes</source>
        <translation>Menit</translation>
    </message>
    <message>
        <location filename="../../common/reportdoc/reportcharts.cpp" line="239"/>
        <source>Percent of tickets called</source>
        <translation>Persen tiket yang dipanggil</translation>
    </message>
    <message>
        <location filename="../../common/reportdoc/reportcharts.cpp" line="243"/>
        <source>Issued</source>
        <translation>Diambil</translation>
    </message>
    <message>
        <location filename="../../common/reportdoc/reportcharts.cpp" line="244"/>
        <location filename="../../common/reportdoc/reportcharts.cpp" line="252"/>
        <source>Served</source>
        <translation>Dilayani</translation>
    </message>
    <message>
        <location filename="../../common/reportdoc/reportcharts.cpp" line="245"/>
        <location filename="../../common/reportdoc/reportcharts.cpp" line="253"/>
        <source>No-shows</source>
        <translation>Tidak hadir</translation>
    </message>
    <message>
        <location filename="../../common/reportdoc/reportcharts.cpp" line="247"/>
        <location filename="../../common/reportdoc/reportcharts.cpp" line="255"/>
        <source>Waiting time</source>
        <translation>Waktu tunggu</translation>
    </message>
    <message>
        <location filename="../../common/reportdoc/reportcharts.cpp" line="248"/>
        <location filename="../../common/reportdoc/reportcharts.cpp" line="256"/>
        <source>Tickets</source>
        <translation>Tiket</translation>
    </message>
    <message>
        <location filename="../../common/reportdoc/reportcharts.cpp" line="249"/>
        <location filename="../../common/reportdoc/reportcharts.cpp" line="257"/>
        <source>Called within the target wait</source>
        <translation>Dipanggil dalam target tunggu</translation>
    </message>
    <message>
        <location filename="../../common/reportdoc/reportcharts.cpp" line="256"/>
        <source>Served and no-shows</source>
        <translation>Dilayani dan tidak hadir</translation>
    </message>
</context>
<context>
    <name>ReportPdf</name>
    <message>
        <location filename="../../common/reportdoc/reportpdf.cpp" line="253"/>
        <source>Cannot write the PDF %1: the charts need a graphical application.</source>
        <translation>Tidak dapat menulis PDF %1: grafik memerlukan aplikasi grafis.</translation>
    </message>
    <message>
        <location filename="../../common/reportdoc/reportpdf.cpp" line="256"/>
        <location filename="../../common/reportdoc/reportpdf.cpp" line="288"/>
        <location filename="../../common/reportdoc/reportpdf.cpp" line="309"/>
        <source>Cannot write %1: %2</source>
        <translation>Tidak dapat menulis %1: %2</translation>
    </message>
    <message>
        <location filename="../../common/reportdoc/reportpdf.cpp" line="281"/>
        <source>Definitions</source>
        <translation>Definisi</translation>
    </message>
    <message>
        <location filename="../../common/reportdoc/reportpdf.cpp" line="305"/>
        <source>Page %1 of %2</source>
        <translation>Halaman %1 dari %2</translation>
    </message>
</context>
<context>
    <name>ReportText</name>
    <message>
        <location filename="../../common/reportdoc/reportcolumns.cpp" line="16"/>
        <source>Issued</source>
        <translation>Diambil</translation>
    </message>
    <message>
        <location filename="../../common/reportdoc/reportcolumns.cpp" line="16"/>
        <source>Tickets issued</source>
        <translation>Tiket yang diambil</translation>
    </message>
    <message>
        <location filename="../../common/reportdoc/reportcolumns.cpp" line="18"/>
        <source>Served</source>
        <translation>Dilayani</translation>
    </message>
    <message>
        <location filename="../../common/reportdoc/reportcolumns.cpp" line="18"/>
        <source>Tickets served to the end</source>
        <translation>Tiket yang dilayani sampai selesai</translation>
    </message>
    <message>
        <location filename="../../common/reportdoc/reportcolumns.cpp" line="20"/>
        <source>No-shows</source>
        <translation>Tidak hadir</translation>
    </message>
    <message>
        <location filename="../../common/reportdoc/reportcolumns.cpp" line="20"/>
        <source>Called, never came</source>
        <translation>Dipanggil, tidak datang</translation>
    </message>
    <message>
        <location filename="../../common/reportdoc/reportcolumns.cpp" line="22"/>
        <source>Cancelled</source>
        <translation>Dibatalkan</translation>
    </message>
    <message>
        <location filename="../../common/reportdoc/reportcolumns.cpp" line="22"/>
        <source>Cancelled while waiting</source>
        <translation>Dibatalkan saat menunggu</translation>
    </message>
    <message>
        <location filename="../../common/reportdoc/reportcolumns.cpp" line="24"/>
        <source>Expired</source>
        <translation>Kedaluwarsa</translation>
    </message>
    <message>
        <location filename="../../common/reportdoc/reportcolumns.cpp" line="24"/>
        <source>Still waiting when the day ended</source>
        <translation>Masih menunggu saat hari berakhir</translation>
    </message>
    <message>
        <location filename="../../common/reportdoc/reportcolumns.cpp" line="26"/>
        <source>Transferred</source>
        <translation>Dialihkan</translation>
    </message>
    <message>
        <location filename="../../common/reportdoc/reportcolumns.cpp" line="26"/>
        <source>Sent on to another service or counter</source>
        <translation>Dialihkan ke layanan atau loket lain</translation>
    </message>
    <message>
        <location filename="../../common/reportdoc/reportcolumns.cpp" line="28"/>
        <source>Wait mean (min)</source>
        <translation>Rata-rata tunggu (mnt)</translation>
    </message>
    <message>
        <location filename="../../common/reportdoc/reportcolumns.cpp" line="28"/>
        <source>Mean minutes from issue to first call</source>
        <translation>Rata-rata menit dari ambil tiket sampai panggilan pertama</translation>
    </message>
    <message>
        <location filename="../../common/reportdoc/reportcolumns.cpp" line="30"/>
        <source>Wait median (min)</source>
        <translation>Median tunggu (mnt)</translation>
    </message>
    <message>
        <location filename="../../common/reportdoc/reportcolumns.cpp" line="30"/>
        <source>Half the customers waited at most this long</source>
        <translation>Separuh nasabah menunggu paling lama selama ini</translation>
    </message>
    <message>
        <location filename="../../common/reportdoc/reportcolumns.cpp" line="32"/>
        <source>Wait p90 (min)</source>
        <translation>P90 tunggu (mnt)</translation>
    </message>
    <message>
        <location filename="../../common/reportdoc/reportcolumns.cpp" line="32"/>
        <source>Nine customers in ten waited at most this long</source>
        <translation>Sembilan dari sepuluh nasabah menunggu paling lama selama ini</translation>
    </message>
    <message>
        <location filename="../../common/reportdoc/reportcolumns.cpp" line="34"/>
        <source>Walk mean (min)</source>
        <translation>Rata-rata menuju loket (mnt)</translation>
    </message>
    <message>
        <location filename="../../common/reportdoc/reportcolumns.cpp" line="34"/>
        <source>Mean minutes from first call to start of service</source>
        <translation>Rata-rata menit dari panggilan pertama sampai layanan dimulai</translation>
    </message>
    <message>
        <location filename="../../common/reportdoc/reportcolumns.cpp" line="36"/>
        <source>Service mean (min)</source>
        <translation>Rata-rata layanan (mnt)</translation>
    </message>
    <message>
        <location filename="../../common/reportdoc/reportcolumns.cpp" line="36"/>
        <source>Mean minutes from start to finish of service</source>
        <translation>Rata-rata menit dari mulai sampai selesai layanan</translation>
    </message>
    <message>
        <location filename="../../common/reportdoc/reportcolumns.cpp" line="38"/>
        <source>Service median (min)</source>
        <translation>Median layanan (mnt)</translation>
    </message>
    <message>
        <location filename="../../common/reportdoc/reportcolumns.cpp" line="38"/>
        <source>Half the services took at most this long</source>
        <translation>Separuh layanan paling lama selama ini</translation>
    </message>
    <message>
        <location filename="../../common/reportdoc/reportcolumns.cpp" line="40"/>
        <source>Service p90 (min)</source>
        <translation>P90 layanan (mnt)</translation>
    </message>
    <message>
        <location filename="../../common/reportdoc/reportcolumns.cpp" line="40"/>
        <source>Nine services in ten took at most this long</source>
        <translation>Sembilan dari sepuluh layanan paling lama selama ini</translation>
    </message>
    <message>
        <location filename="../../common/reportdoc/reportcolumns.cpp" line="42"/>
        <source>Within target (%)</source>
        <translation>Dalam target (%)</translation>
    </message>
    <message>
        <location filename="../../common/reportdoc/reportcolumns.cpp" line="42"/>
        <source>Tickets first called within their service&apos;s target wait</source>
        <translation>Tiket yang pertama dipanggil dalam target tunggu layanannya</translation>
    </message>
    <message>
        <location filename="../../common/reportdoc/reportcolumns.cpp" line="44"/>
        <source>Ratings</source>
        <translation>Jumlah penilaian</translation>
    </message>
    <message>
        <location filename="../../common/reportdoc/reportcolumns.cpp" line="44"/>
        <source>Ratings given by customers</source>
        <translation>Penilaian yang diberikan nasabah</translation>
    </message>
    <message>
        <location filename="../../common/reportdoc/reportcolumns.cpp" line="46"/>
        <source>Rating mean</source>
        <translation>Rata-rata penilaian</translation>
    </message>
    <message>
        <location filename="../../common/reportdoc/reportcolumns.cpp" line="46"/>
        <source>Mean of the customers&apos; ratings</source>
        <translation>Rata-rata penilaian nasabah</translation>
    </message>
    <message>
        <location filename="../../common/reportdoc/reportcolumns.cpp" line="48"/>
        <source>Resolved (%)</source>
        <translation>Terselesaikan (%)</translation>
    </message>
    <message>
        <location filename="../../common/reportdoc/reportcolumns.cpp" line="48"/>
        <source>Finished tickets whose outcome counts as resolved</source>
        <translation>Tiket selesai yang hasilnya terhitung selesai</translation>
    </message>
    <message>
        <location filename="../../common/reportdoc/reportcolumns.cpp" line="50"/>
        <source>Idle while waiting (min)</source>
        <translation>Menganggur saat ada antrean (mnt)</translation>
    </message>
    <message>
        <location filename="../../common/reportdoc/reportcolumns.cpp" line="50"/>
        <source>Logged in, not serving, while tickets they could serve waited</source>
        <translation>Masuk, tidak melayani, sementara ada tiket yang bisa dilayani menunggu</translation>
    </message>
    <message>
        <location filename="../../common/reportdoc/reportcolumns.cpp" line="80"/>
        <source>Service</source>
        <translation>Layanan</translation>
    </message>
    <message>
        <location filename="../../common/reportdoc/reportcolumns.cpp" line="81"/>
        <source>Counter</source>
        <translation>Loket</translation>
    </message>
    <message>
        <location filename="../../common/reportdoc/reportcolumns.cpp" line="82"/>
        <source>Staff</source>
        <translation>Petugas</translation>
    </message>
    <message>
        <location filename="../../common/reportdoc/reportcolumns.cpp" line="83"/>
        <source>Hour</source>
        <translation>Jam</translation>
    </message>
    <message>
        <location filename="../../common/reportdoc/reportcolumns.cpp" line="84"/>
        <source>Day</source>
        <translation>Hari</translation>
    </message>
    <message>
        <location filename="../../common/reportdoc/reportcolumns.cpp" line="92"/>
        <source>Report by service</source>
        <translation>Laporan per layanan</translation>
    </message>
    <message>
        <location filename="../../common/reportdoc/reportcolumns.cpp" line="93"/>
        <source>Report by counter</source>
        <translation>Laporan per loket</translation>
    </message>
    <message>
        <location filename="../../common/reportdoc/reportcolumns.cpp" line="94"/>
        <source>Report by staff member</source>
        <translation>Laporan per petugas</translation>
    </message>
    <message>
        <location filename="../../common/reportdoc/reportcolumns.cpp" line="95"/>
        <source>Report by hour of the day</source>
        <translation>Laporan per jam</translation>
    </message>
    <message>
        <location filename="../../common/reportdoc/reportcolumns.cpp" line="96"/>
        <source>Report by day</source>
        <translation>Laporan per hari</translation>
    </message>
    <message>
        <location filename="../../common/reportdoc/reportcolumns.cpp" line="107"/>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location filename="../../common/reportdoc/reportcolumns.cpp" line="115"/>
        <source>Made %1 (%2)</source>
        <translation>Dibuat %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../common/reportdoc/reportcolumns.cpp" line="120"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
</context>
</TS>
