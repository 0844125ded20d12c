<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name></name>
    <message>
        <location filename="../../common/reportdoc/reportcolumns.cpp" line="17"/>
        <location filename="../../common/reportdoc/reportcharts.cpp" line="244"/>
        <source>Issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/reportdoc/reportcolumns.cpp" line="17"/>
        <source>Tickets issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/reportdoc/reportcolumns.cpp" line="19"/>
        <location filename="../../common/reportdoc/reportcharts.cpp" line="245"/>
        <location filename="../../common/reportdoc/reportcharts.cpp" line="253"/>
        <source>Served</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/reportdoc/reportcolumns.cpp" line="19"/>
        <source>Tickets served to the end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/reportdoc/reportcolumns.cpp" line="21"/>
        <location filename="../../common/reportdoc/reportcharts.cpp" line="246"/>
        <location filename="../../common/reportdoc/reportcharts.cpp" line="254"/>
        <source>No-shows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/reportdoc/reportcolumns.cpp" line="21"/>
        <source>Called, never came</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/reportdoc/reportcolumns.cpp" line="23"/>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/reportdoc/reportcolumns.cpp" line="23"/>
        <source>Cancelled while waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/reportdoc/reportcolumns.cpp" line="25"/>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/reportdoc/reportcolumns.cpp" line="25"/>
        <source>Still waiting when the day ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/reportdoc/reportcolumns.cpp" line="27"/>
        <source>Transferred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/reportdoc/reportcolumns.cpp" line="27"/>
        <source>Sent on to another service or counter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/reportdoc/reportcolumns.cpp" line="29"/>
        <source>Wait mean (min)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/reportdoc/reportcolumns.cpp" line="29"/>
        <source>Mean minutes from issue to first call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/reportdoc/reportcolumns.cpp" line="31"/>
        <source>Wait median (min)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/reportdoc/reportcolumns.cpp" line="31"/>
        <source>Half the customers waited at most this long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/reportdoc/reportcolumns.cpp" line="33"/>
        <source>Wait p90 (min)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/reportdoc/reportcolumns.cpp" line="33"/>
        <source>Nine customers in ten waited at most this long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/reportdoc/reportcolumns.cpp" line="35"/>
        <source>Walk mean (min)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/reportdoc/reportcolumns.cpp" line="35"/>
        <source>Mean minutes from first call to start of service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/reportdoc/reportcolumns.cpp" line="37"/>
        <source>Service mean (min)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/reportdoc/reportcolumns.cpp" line="37"/>
        <source>Mean minutes from start to finish of service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/reportdoc/reportcolumns.cpp" line="39"/>
        <source>Service median (min)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/reportdoc/reportcolumns.cpp" line="39"/>
        <source>Half the services took at most this long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/reportdoc/reportcolumns.cpp" line="41"/>
        <source>Service p90 (min)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/reportdoc/reportcolumns.cpp" line="41"/>
        <source>Nine services in ten took at most this long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/reportdoc/reportcolumns.cpp" line="43"/>
        <source>Within target (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/reportdoc/reportcolumns.cpp" line="43"/>
        <source>Tickets first called within their service&apos;s target wait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/reportdoc/reportcolumns.cpp" line="45"/>
        <source>Ratings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/reportdoc/reportcolumns.cpp" line="45"/>
        <source>Ratings given by customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/reportdoc/reportcolumns.cpp" line="47"/>
        <source>Rating mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/reportdoc/reportcolumns.cpp" line="47"/>
        <source>Mean of the customers&apos; ratings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/reportdoc/reportcolumns.cpp" line="49"/>
        <source>Resolved (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/reportdoc/reportcolumns.cpp" line="49"/>
        <source>Finished tickets whose outcome counts as resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/reportdoc/reportcolumns.cpp" line="51"/>
        <source>Idle while waiting (min)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/reportdoc/reportcolumns.cpp" line="51"/>
        <source>Logged in, not serving, while tickets they could serve waited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/reportdoc/reportcharts.cpp" line="157"/>
        <source>Hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/reportdoc/reportcharts.cpp" line="169"/>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/reportdoc/reportcharts.cpp" line="230"/>
        <source>%1 (the %2 busiest of %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/reportdoc/reportcharts.cpp" line="233"/>
        <source>Median wait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/reportdoc/reportcharts.cpp" line="234"/>
        <source>90% waited at most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/reportdoc/reportcharts.cpp" line="237"/>
        <source>Called within target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/reportdoc/reportcharts.cpp" line="239"/>
        <source>Minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/reportdoc/reportcharts.cpp" line="240"/>
        <source>Percent of tickets called</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/reportdoc/reportcharts.cpp" line="248"/>
        <location filename="../../common/reportdoc/reportcharts.cpp" line="256"/>
        <source>Waiting time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/reportdoc/reportcharts.cpp" line="249"/>
        <location filename="../../common/reportdoc/reportcharts.cpp" line="257"/>
        <source>Tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/reportdoc/reportcharts.cpp" line="250"/>
        <location filename="../../common/reportdoc/reportcharts.cpp" line="258"/>
        <source>Called within the target wait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/reportdoc/reportcharts.cpp" line="257"/>
        <source>Served and no-shows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/reportdoc/reportpdf.cpp" line="240"/>
        <source>Cannot write the PDF %1: the charts need a graphical application.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/reportdoc/reportpdf.cpp" line="243"/>
        <location filename="../../common/reportdoc/reportpdf.cpp" line="275"/>
        <location filename="../../common/reportdoc/reportpdf.cpp" line="296"/>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/reportdoc/reportpdf.cpp" line="268"/>
        <source>Definitions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/reportdoc/reportpdf.cpp" line="292"/>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportText</name>
    <message>
        <location filename="../../common/reportdoc/reportcolumns.cpp" line="81"/>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/reportdoc/reportcolumns.cpp" line="82"/>
        <source>Counter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/reportdoc/reportcolumns.cpp" line="83"/>
        <source>Staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/reportdoc/reportcolumns.cpp" line="84"/>
        <source>Hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/reportdoc/reportcolumns.cpp" line="85"/>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/reportdoc/reportcolumns.cpp" line="93"/>
        <source>Report by service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/reportdoc/reportcolumns.cpp" line="94"/>
        <source>Report by counter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/reportdoc/reportcolumns.cpp" line="95"/>
        <source>Report by staff member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/reportdoc/reportcolumns.cpp" line="96"/>
        <source>Report by hour of the day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/reportdoc/reportcolumns.cpp" line="97"/>
        <source>Report by day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/reportdoc/reportcolumns.cpp" line="108"/>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/reportdoc/reportcolumns.cpp" line="116"/>
        <source>Made %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../common/reportdoc/reportcolumns.cpp" line="121"/>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
