// SPDX-License-Identifier: GPL-3.0-or-later
// A report's PDF (common/reportdoc/reportpdf.h) from hand-made reports, read back the way a
// person's tools read it: poppler's pdfinfo (A4, how many pages), pdftotext (the branch, the
// period, the page numbers, the repeated table header, a definition) and pdftoppm (every page
// turns into a picture). A file that cannot be written is an error and leaves no file.
#include "reportcharts.h"
#include "reportcolumns.h"
#include "reportpdf.h"

#include "testsupport.h"

#include "core/translation.h"
#include "reports/reportreader.h"

#include <QApplication>
#include <QChart>
#include <QDir>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace antrian;
using namespace antrian::reportdoc;

namespace {

// `rows` staff members with figures that differ row to row, so a misplaced cell shows.
Report staffReport(int rows)
{
    Report r;
    r.by = ReportGrouping::Staff;
    r.from = QDate(2026, 11, 1);
    r.to = QDate(2026, 11, 30);
    r.branchName = QStringLiteral("KCP Sudirman");
    r.timeZone = QStringLiteral("Asia/Jakarta");
    r.generatedAtUtc = QDateTime(QDate(2026, 12, 1), QTime(1, 15), Qt::UTC);
    for (int i = 0; i < rows; ++i) {
        ReportFigures f;
        f.issued = 100 + i;
        f.served = 90 + i;
        f.noShow = i % 7;
        f.cancelled = i % 3;
        f.expired = i % 2;
        f.transferred = i % 5;
        f.waitMeanMinutes = 6.0 + i * 0.1;
        f.waitMedianMinutes = 5.0 + i * 0.1;
        f.waitP90Minutes = 12.0 + i * 0.2;
        f.walkMeanMinutes = 0.8;
        f.serviceMeanMinutes = 7.5;
        f.serviceMedianMinutes = 7.0;
        f.serviceP90Minutes = 11.25;
        f.withinTargetPercent = 80.0 + (i % 20);
        f.ratingCount = 40 + i;
        f.ratingMean = i % 4 == 0 ? std::nullopt : std::optional<double>(4.25);
        f.resolvedPercent = 92.5;
        f.idleWhileWaitingMinutes = i * 1.5;
        r.rows.append({QStringLiteral("staff%1").arg(i), QStringLiteral("Petugas Nomor %1").arg(i + 1, 2, 10, QLatin1Char('0')), f});
        r.total.issued += f.issued;
        r.total.served += f.served;
    }
    r.total.waitMedianMinutes = 6.5;
    return r;
}

QString run(const QString &program, const QStringList &arguments)
{
    QProcess p;
    p.start(program, arguments);
    if (!p.waitForFinished(60'000) || p.exitCode() != 0)
        return QStringLiteral("(%1 failed: %2)").arg(program, QString::fromUtf8(p.readAllStandardError()));
    return QString::fromUtf8(p.readAllStandardOutput());
}

int pageCount(const QString &pdf)
{
    const QRegularExpressionMatch m = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(run(QStringLiteral("pdfinfo"), {pdf}));
    return m.hasMatch() ? m.captured(1).toInt() : -1;
}

QString pageText(const QString &pdf, int page)
{
    return run(QStringLiteral("pdftotext"), {QStringLiteral("-f"), QString::number(page), QStringLiteral("-l"), QString::number(page),
                                             pdf, QStringLiteral("-")})
            .normalized(QString::NormalizationForm_KC) // the ligatures (ﬀ, ﬁ) as their letters
            .simplified();
}

} // namespace

class TestReportPdf : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        for (const char *tool : {"pdfinfo", "pdftotext", "pdftoppm"}) {
            if (QStandardPaths::findExecutable(QString::fromLatin1(tool)).isEmpty())
                QFAIL(qPrintable(QStringLiteral("%1 is missing: install poppler-utils (.ci/install-deps)").arg(QString::fromLatin1(tool))));
        }
    }
    void cleanup() { installTranslations(QStringLiteral("id")); }

    void aLongReportIsAnA4PdfWithItsBranchPeriodPagesAndDefinitions_data()
    {
        QTest::addColumn<QString>("lang");
        QTest::newRow("Indonesian") << QStringLiteral("id");
        QTest::newRow("English") << QStringLiteral("en");
    }
    void aLongReportIsAnA4PdfWithItsBranchPeriodPagesAndDefinitions()
    {
        QFETCH(QString, lang);
        installTranslations(lang);
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("laporan.pdf"));
        const Report report = staffReport(80);
        const Outcome written = writeReportPdf(report, file);
        QVERIFY2(written.ok(), written ? "" : qPrintable(written.error().message));
        QVERIFY(QFileInfo::exists(file));

        const QString info = run(QStringLiteral("pdfinfo"), {file});
        QVERIFY2(info.contains(QLatin1String("(A4)")), qPrintable(info));
        QVERIFY2(info.contains(QLatin1String("842 x 595")), qPrintable(info)); // landscape
        const int pages = pageCount(file);
        QVERIFY2(pages >= 4, qPrintable(info)); // 80 rows over two pages at least, the charts, the definitions

        const QString first = pageText(file, 1);
        QVERIFY2(first.contains(report.branchName), qPrintable(first));
        QVERIFY2(first.contains(periodText(report.from, report.to)), qPrintable(first));
        QVERIFY2(first.contains(ReportPdfText::tr("Page %1 of %2").arg(1).arg(pages)), qPrintable(first));
        if (lang == u"id" && ReportPdfText::tr("Page %1 of %2") != u"Page %1 of %2") // once translated
            QVERIFY2(first.contains(QStringLiteral("Halaman 1 dari %1").arg(pages)), qPrintable(first));
        if (lang == u"en")
            QVERIFY2(first.contains(QStringLiteral("Page 1 of %1").arg(pages)), qPrintable(first));
        QVERIFY(first.contains(QLatin1String("Petugas Nomor 01")));

        // The table goes on over the next page, under its header again, and ends with the total.
        const QString second = pageText(file, 2);
        const QString header = columnHeader(reportColumns(report.by).first());
        QVERIFY2(second.contains(header), qPrintable(second));
        QVERIFY2(second.contains(columnHeader(reportColumns(report.by).at(1))), qPrintable(second));
        QVERIFY2(second.contains(ReportPdfText::tr("Page %1 of %2").arg(2).arg(pages)), qPrintable(second));
        QString all;
        for (int p = 1; p <= pages; ++p)
            all += pageText(file, p) + u' ';
        QVERIFY(all.contains(QLatin1String("Petugas Nomor 80")));
        QVERIFY(all.contains(totalLabel()));
        QVERIFY2(all.contains(reportDefinitions(report.by).first().simplified()), qPrintable(all));
        QVERIFY(all.contains(reportDefinitions(report.by).last().simplified()));

        // Every page turns into a picture.
        const QString prefix = dir.filePath(QStringLiteral("page"));
        run(QStringLiteral("pdftoppm"), {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("40"), file, prefix});
        QCOMPARE(QDir(dir.path()).entryList({QStringLiteral("page*.png")}, QDir::Files).size(), pages);
        if (qEnvironmentVariableIsSet("ANTRIAN_KEEP_PDF"))
            QFile::copy(file, qEnvironmentVariable("ANTRIAN_KEEP_PDF") + u'-' + lang + QStringLiteral(".pdf"));
    }

    void figuresAreWrittenToOneDecimalAndNothingMeasuredAsADash()
    {
        installTranslations(QStringLiteral("en"));
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("r.pdf"));
        Report report = staffReport(1);
        report.rows.first().figures.waitMedianMinutes = 5.25;
        report.rows.first().figures.ratingMean = std::nullopt;
        QVERIFY(writeReportPdf(report, file).ok());
        const QString text = pageText(file, 1);
        QVERIFY2(text.contains(QLatin1String(" 5.3 ")) || text.contains(QLatin1String(" 5.2 ")), qPrintable(text));
        QVERIFY2(text.contains(QLatin1String(" - ")), qPrintable(text));
    }

    void aReportWithNoRowsStillHasItsTotalAndOnePageNumber()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("kosong.pdf"));
        Report report = staffReport(0);
        report.by = ReportGrouping::Day;
        report.from = report.to = QDate(2026, 12, 25);
        QVERIFY(writeReportPdf(report, file).ok());
        const int pages = pageCount(file);
        QVERIFY(pages >= 1);
        QVERIFY(pageText(file, 1).contains(totalLabel()));
        QVERIFY(pageText(file, 1).contains(periodText(report.from, report.to)));
    }

    void everyGroupingHasItsCharts_data()
    {
        QTest::addColumn<ReportGrouping>("by");
        QTest::newRow("service") << ReportGrouping::Service;
        QTest::newRow("counter") << ReportGrouping::Counter;
        QTest::newRow("staff") << ReportGrouping::Staff;
        QTest::newRow("hour") << ReportGrouping::Hour;
        QTest::newRow("day") << ReportGrouping::Day;
    }
    void everyGroupingHasItsCharts()
    {
        QFETCH(ReportGrouping, by);
        Report report = staffReport(5);
        report.by = by;
        for (int i = 0; i < report.rows.size(); ++i)
            report.rows[i].key = by == ReportGrouping::Hour ? QStringLiteral("%1").arg(8 + i, 2, 10, QLatin1Char('0'))
                                                            : report.from.addDays(i).toString(Qt::ISODate);
        const auto charts = makeReportCharts(report);
        QCOMPARE(int(charts.size()), kReportChartCount);
        for (const auto &chart : charts) {
            QVERIFY(!chart->title().isEmpty());
            QVERIFY(!chart->series().isEmpty());
        }
    }

    // antrianctl makes its QApplication only for --pdf, off-screen: no display, no platform set.
    void antrianctlReportWritesThePdfWithNoDisplay()
    {
        test::Fixture f;
        f.issue(QStringLiteral("A"));
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("laporan.pdf"));
        test::RunOptions options;
        options.env.remove(QStringLiteral("DISPLAY"));
        options.env.remove(QStringLiteral("WAYLAND_DISPLAY"));
        options.env.remove(QStringLiteral("QT_QPA_PLATFORM"));
        const test::ProcessResult r = test::runCtl({QStringLiteral("--db"), f.path(), QStringLiteral("report"), QStringLiteral("--from"),
                                                    QStringLiteral("2026-11-23"), QStringLiteral("--to"), QStringLiteral("2026-11-23"),
                                                    QStringLiteral("--by"), QStringLiteral("service"), QStringLiteral("--pdf"), file},
                                                   options);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(run(QStringLiteral("pdfinfo"), {file}).contains(QLatin1String("(A4)")));
        QVERIFY(pageText(file, 1).contains(QLatin1String("23 November 2026")));
    }

    void antrianctlReportExitsFourWhenThePdfCannotBeWritten()
    {
        test::Fixture f;
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("no-such-folder/laporan.pdf"));
        const test::ProcessResult r = test::runCtl({QStringLiteral("--db"), f.path(), QStringLiteral("report"), QStringLiteral("--from"),
                                                    QStringLiteral("2026-11-23"), QStringLiteral("--to"), QStringLiteral("2026-11-23"),
                                                    QStringLiteral("--by"), QStringLiteral("day"), QStringLiteral("--pdf"), file});
        QCOMPARE(r.exitCode, 4);
        QVERIFY2(QString::fromUtf8(r.err).contains(file), r.err.constData());
        QVERIFY(!QFileInfo::exists(file));
    }

    void anUnwritablePathIsAnErrorAndLeavesNoFile_data()
    {
        QTest::addColumn<QString>("relative");
        QTest::newRow("a folder that is not there") << QStringLiteral("no-such-folder/r.pdf");
        QTest::newRow("a folder by that name") << QStringLiteral("taken");
    }
    void anUnwritablePathIsAnErrorAndLeavesNoFile()
    {
        QFETCH(QString, relative);
        QTemporaryDir dir;
        QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("taken")));
        const QString file = dir.filePath(relative);
        const Outcome written = writeReportPdf(staffReport(3), file);
        QVERIFY(!written.ok());
        QCOMPARE(written.error().kind, Error::Kind::Storage);
        QVERIFY2(written.error().message.contains(file), qPrintable(written.error().message));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size(), 0); // no half file, no temporary left
    }
};

QTEST_MAIN(TestReportPdf)
#include "tst_reportpdf.moc"
