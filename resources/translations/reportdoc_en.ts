<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>ReportChart</name>
    <message>
        <location filename="../../common/reportdoc/reportcharts.cpp" line="156"/>
        <source>Hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/reportdoc/reportcharts.cpp" line="168"/>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/reportdoc/reportcharts.cpp" line="229"/>
        <source>%1 (the %2 busiest of %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/reportdoc/reportcharts.cpp" line="232"/>
        <source>Median wait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/reportdoc/reportcharts.cpp" line="233"/>
        <source>90% waited at most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/reportdoc/reportcharts.cpp" line="236"/>
        <source>Called within target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/reportdoc/reportcharts.cpp" line="238"/>
        <source>Minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/reportdoc/reportcharts.cpp" line="239"/>
        <source>Percent of tickets called</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/reportdoc/reportcharts.cpp" line="243"/>
        <source>Issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/reportdoc/reportcharts.cpp" line="244"/>
        <location filename="../../common/reportdoc/reportcharts.cpp" line="252"/>
        <source>Served</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/reportdoc/reportcharts.cpp" line="245"/>
        <location filename="../../common/reportdoc/reportcharts.cpp" line="253"/>
        <source>No-shows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/reportdoc/reportcharts.cpp" line="247"/>
        <location filename="../../common/reportdoc/reportcharts.cpp" line="255"/>
        <source>Waiting time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/reportdoc/reportcharts.cpp" line="248"/>
        <location filename="../../common/reportdoc/reportcharts.cpp" line="256"/>
        <source>Tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/reportdoc/reportcharts.cpp" line="249"/>
        <location filename="../../common/reportdoc/reportcharts.cpp" line="257"/>
        <source>Called within the target wait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/reportdoc/reportcharts.cpp" line="256"/>
        <source>Served and no-shows</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportPdf</name>
    <message>
        <location filename="../../common/reportdoc/reportpdf.cpp" line="253"/>
        <source>Cannot write the PDF %1: the charts need a graphical application.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/reportdoc/reportpdf.cpp" line="256"/>
        <location filename="../../common/reportdoc/reportpdf.cpp" line="288"/>
        <location filename="../../common/reportdoc/reportpdf.cpp" line="309"/>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/reportdoc/reportpdf.cpp" line="281"/>
        <source>Definitions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/reportdoc/reportpdf.cpp" line="305"/>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportText</name>
    <message>
        <location filename="../../common/reportdoc/reportcolumns.cpp" line="16"/>
        <source>Issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/reportdoc/reportcolumns.cpp" line="16"/>
        <source>Tickets issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/reportdoc/reportcolumns.cpp" line="18"/>
        <source>Served</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/reportdoc/reportcolumns.cpp" line="18"/>
        <source>Tickets served to the end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/reportdoc/reportcolumns.cpp" line="20"/>
        <source>No-shows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/reportdoc/reportcolumns.cpp" line="20"/>
        <source>Called, never came</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/reportdoc/reportcolumns.cpp" line="22"/>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/reportdoc/reportcolumns.cpp" line="22"/>
        <source>Cancelled while waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/reportdoc/reportcolumns.cpp" line="24"/>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/reportdoc/reportcolumns.cpp" line="24"/>
        <source>Still waiting when the day ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/reportdoc/reportcolumns.cpp" line="26"/>
        <source>Transferred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/reportdoc/reportcolumns.cpp" line="26"/>
        <source>Sent on to another service or counter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/reportdoc/reportcolumns.cpp" line="28"/>
        <source>Wait mean (min)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/reportdoc/reportcolumns.cpp" line="28"/>
        <source>Mean minutes from issue to first call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/reportdoc/reportcolumns.cpp" line="30"/>
        <source>Wait median (min)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/reportdoc/reportcolumns.cpp" line="30"/>
        <source>Half the customers waited at most this long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/reportdoc/reportcolumns.cpp" line="32"/>
        <source>Wait p90 (min)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/reportdoc/reportcolumns.cpp" line="32"/>
        <source>Nine customers in ten waited at most this long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/reportdoc/reportcolumns.cpp" line="34"/>
        <source>Walk mean (min)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/reportdoc/reportcolumns.cpp" line="34"/>
        <source>Mean minutes from first call to start of service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/reportdoc/reportcolumns.cpp" line="36"/>
        <source>Service mean (min)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/reportdoc/reportcolumns.cpp" line="36"/>
        <source>Mean minutes from start to finish of service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/reportdoc/reportcolumns.cpp" line="38"/>
        <source>Service median (min)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/reportdoc/reportcolumns.cpp" line="38"/>
        <source>Half the services took at most this long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/reportdoc/reportcolumns.cpp" line="40"/>
        <source>Service p90 (min)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/reportdoc/reportcolumns.cpp" line="40"/>
        <source>Nine services in ten took at most this long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/reportdoc/reportcolumns.cpp" line="42"/>
        <source>Within target (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/reportdoc/reportcolumns.cpp" line="42"/>
        <source>Tickets first called within their service&apos;s target wait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/reportdoc/reportcolumns.cpp" line="44"/>
        <source>Ratings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/reportdoc/reportcolumns.cpp" line="44"/>
        <source>Ratings given by customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/reportdoc/reportcolumns.cpp" line="46"/>
        <source>Rating mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/reportdoc/reportcolumns.cpp" line="46"/>
        <source>Mean of the customers&apos; ratings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/reportdoc/reportcolumns.cpp" line="48"/>
        <source>Resolved (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/reportdoc/reportcolumns.cpp" line="48"/>
        <source>Finished tickets whose outcome counts as resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/reportdoc/reportcolumns.cpp" line="50"/>
        <source>Idle while waiting (min)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/reportdoc/reportcolumns.cpp" line="50"/>
        <source>Logged in, not serving, while tickets they could serve waited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/reportdoc/reportcolumns.cpp" line="80"/>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/reportdoc/reportcolumns.cpp" line="81"/>
        <source>Counter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/reportdoc/reportcolumns.cpp" line="82"/>
        <source>Staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/reportdoc/reportcolumns.cpp" line="83"/>
        <source>Hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/reportdoc/reportcolumns.cpp" line="84"/>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/reportdoc/reportcolumns.cpp" line="92"/>
        <source>Report by service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/reportdoc/reportcolumns.cpp" line="93"/>
        <source>Report by counter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/reportdoc/reportcolumns.cpp" line="94"/>
        <source>Report by staff member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/reportdoc/reportcolumns.cpp" line="95"/>
        <source>Report by hour of the day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/reportdoc/reportcolumns.cpp" line="96"/>
        <source>Report by day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/reportdoc/reportcolumns.cpp" line="107"/>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/reportdoc/reportcolumns.cpp" line="115"/>
        <source>Made %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/reportdoc/reportcolumns.cpp" line="120"/>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
