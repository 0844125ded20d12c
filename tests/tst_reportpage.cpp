// SPDX-License-Identifier: GPL-3.0-or-later
// The supervisor's report tab of antrian-counter, headless: signed in as a supervisor from the
// login page, the tab reads today's report on the supervisor's worker; the grouping and the
// range are picked with its widgets; every cell of the table says what the report reader says
// for the same question; "Save CSV" and "Save PDF" write files, and a failure shows on the page.
#include "counterstation.h"

#include "floormodel.h"
#include "reportpage.h"
#include "reporttablemodel.h"
#include "supervisorpage.h"

#include "core/translation.h"
#include "reportcolumns.h"
#include "reports/reportcsv.h"
#include "reports/reportreader.h"

#include <QAbstractItemModelTester>
#include <QChartView>
#include <QDateEdit>
#include <QProcess>
#include <QTabWidget>
#include <QTableView>

using namespace antrian;
using namespace antrian::test;

namespace {

const QString kBudiPin = QStringLiteral("7390");

// The sample branch on Monday 23 November 2026 with a few tickets: two of A served at counter 4
// (one waited 5 minutes, one 12), one of A a no-show, one of B served at counter 1, one of B
// still waiting; and Budi, its supervisor.
struct Branch
{
    Fixture f{sampleBranch()};
    BranchConfig config = f.engine().branch()->config;

    Branch()
    {
        auto added = StaffAccounts(f.db(), f.clock(), quickPolicy())
                             .add({QStringLiteral("budi"), QStringLiteral("Budi Santoso"), StaffRole::Supervisor}, kBudiPin);
        if (!added)
            qFatal("cannot add Budi: %s", qPrintable(added.error().message));
        f.staff({1, 4});
        qint64 s1 = 0, s4 = 0;
        const auto staff = StaffAccounts(f.db(), f.clock(), quickPolicy()).list();
        for (const StaffMember &m : *staff) {
            if (m.username == u"staff1")
                s1 = m.id;
            if (m.username == u"staff4")
                s4 = m.id;
        }
        QueueEngine &e = f.engine();
        const auto at = [this](int hour, int minute) { f.clock().set(jakarta(2026, 11, 23, hour, minute)); };
        at(9, 0);
        f.issue(QStringLiteral("A"));
        f.issue(QStringLiteral("B"));
        at(9, 5);
        check(e.callNext(4, s4));
        at(9, 6);
        check(e.start(4, s4));
        at(9, 10);
        f.issue(QStringLiteral("A"));
        check(e.finish(4, s4));
        check(e.callNext(1, s1));
        at(9, 11);
        check(e.start(1, s1));
        at(9, 20);
        check(e.finish(1, s1));
        at(9, 22);
        check(e.callNext(4, s4));
        at(9, 23);
        check(e.start(4, s4));
        at(10, 5);
        f.issue(QStringLiteral("A"));
        check(e.finish(4, s4));
        at(10, 7);
        check(e.callNext(4, s4));
        at(10, 12);
        check(e.markNoShow(4, s4));
        f.issue(QStringLiteral("B"));
        at(10, 30);
    }
    static void check(const Result<Ticket> &r)
    {
        if (!r)
            qFatal("the day cannot be made: %s", qPrintable(r.error().message));
    }
};

struct Reports
{
    Station station;

    explicit Reports(Branch &b) : station(b.f.path(), b.f.clock(), b.config) { station.window->floor().setRefreshInterval(3'600'000); }

    counter::CounterWindow &window() { return *station.window; }
    counter::ReportPage *page() { return window().findChild<counter::ReportPage *>(QStringLiteral("reportPage")); }

    bool signIn()
    {
        if (!station.login().isSupervisorMode())
            QTest::mouseClick(station.button("supervisorModeButton"), Qt::LeftButton);
        auto *user = window().findChild<QLineEdit *>(QStringLiteral("loginUsername"));
        auto *pin = window().findChild<QLineEdit *>(QStringLiteral("loginPin"));
        QTest::keyClicks(user, QStringLiteral("budi"));
        QTest::keyClick(user, Qt::Key_Return);
        QTest::keyClicks(pin, kBudiPin);
        QTest::keyClick(pin, Qt::Key_Return);
        return QTest::qWaitFor([this] { return window().floor().isActive(); }, 10000);
    }
    // Signs in and opens the Reports tab; true once its first report is shown.
    bool open()
    {
        if (!signIn())
            return false;
        QTabWidget *tabs = window().supervisorPage()->tabs();
        tabs->setCurrentWidget(page());
        return settle() && page()->hasReport();
    }
    bool settle()
    {
        return QTest::qWaitFor([this] { return page()->hasReport() && !page()->isReading(); }, 15000) ||
               QTest::qWaitFor([this] { return !page()->isReading() && page()->messageIsError(); }, 1);
    }
    QDateEdit *date(const char *name) { return window().findChild<QDateEdit *>(QString::fromLatin1(name)); }
    QString cell(int row, int column)
    {
        return page()->model()->index(row, column).data().toString();
    }
};

QString pagesOf(const QString &pdf)
{
    QProcess p;
    p.start(QStringLiteral("pdfinfo"), {pdf});
    p.waitForFinished(30'000);
    return QString::fromUtf8(p.readAllStandardOutput());
}

} // namespace

class TestReportPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { installTranslations(QStringLiteral("en")); }

    void theTabOpensOnTodaysReportByService()
    {
        Branch b;
        Reports r(b);
        QVERIFY(r.open());
        QCOMPARE(r.window().supervisorPage()->tabs()->tabText(r.window().supervisorPage()->tabs()->indexOf(r.page())),
                 QStringLiteral("&Reports"));
        QCOMPARE(r.date("reportFrom")->date(), QDate(2026, 11, 23));
        QCOMPARE(r.date("reportTo")->date(), QDate(2026, 11, 23));
        QCOMPARE(r.page()->report().by, ReportGrouping::Service);
        QCOMPARE(r.page()->report().total.issued, 5);
        QAbstractItemModelTester tester(r.page()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        // The charts are there, each with its data.
        for (int i = 0; i < 3; ++i) {
            auto *view = r.window().findChild<QChartView *>(QStringLiteral("reportChart%1").arg(i));
            QVERIFY(view && view->chart() && !view->chart()->series().isEmpty());
        }
        QVERIFY(!r.station.text("reportDefinitions").isEmpty());
    }

    void everyCellIsTheReadersFigure_data()
    {
        QTest::addColumn<ReportGrouping>("by");
        QTest::newRow("service") << ReportGrouping::Service;
        QTest::newRow("counter") << ReportGrouping::Counter;
        QTest::newRow("staff") << ReportGrouping::Staff;
        QTest::newRow("hour") << ReportGrouping::Hour;
        QTest::newRow("day") << ReportGrouping::Day;
    }
    void everyCellIsTheReadersFigure()
    {
        QFETCH(ReportGrouping, by);
        Branch b;
        Reports r(b);
        QVERIFY(r.open());
        // Picked as a person picks: the rows in the combo box, the range by its quick key.
        auto *grouping = r.window().findChild<QComboBox *>(QStringLiteral("reportGrouping"));
        grouping->setCurrentIndex(grouping->findData(int(by)));
        QTest::mouseClick(r.station.button("report7Days"), Qt::LeftButton);
        QVERIFY(r.settle());
        QCOMPARE(r.date("reportFrom")->date(), QDate(2026, 11, 17));
        QCOMPARE(r.date("reportTo")->date(), QDate(2026, 11, 23));
        QCOMPARE(r.page()->report().by, by);

        auto expected = ReportReader(b.f.db(), b.f.clock()).read(by, QDate(2026, 11, 17), QDate(2026, 11, 23));
        QVERIFY2(expected, expected ? "" : qPrintable(expected.error().message));
        QVERIFY(!expected->rows.isEmpty());
        const QList<ReportColumn> columns = reportColumns(by);
        counter::ReportTableModel *model = r.page()->model();
        QCOMPARE(model->rowCount(), int(expected->rows.size()) + 1);
        QCOMPARE(model->columnCount(), int(columns.size()) + 1);
        for (int row = 0; row <= expected->rows.size(); ++row) {
            const bool total = row == expected->rows.size();
            const ReportFigures &f = total ? expected->total : expected->rows.at(row).figures;
            QCOMPARE(r.cell(row, 0), total ? reportdoc::totalLabel() : expected->rows.at(row).label);
            for (int c = 0; c < columns.size(); ++c)
                QCOMPARE(r.cell(row, c + 1), reportdoc::formatFigure(f, columns.at(c)));
            // Numbers to the right; the total in bold.
            QCOMPARE(model->index(row, 1).data(Qt::TextAlignmentRole).value<Qt::Alignment>() & Qt::AlignRight, Qt::AlignRight);
            QCOMPARE(model->index(row, 0).data(Qt::FontRole).value<QFont>().bold(), total);
        }
    }

    void minutesHaveOneDecimalAndNothingMeasuredIsADash()
    {
        Branch b;
        Reports r(b);
        QVERIFY(r.open());
        const QList<ReportColumn> columns = reportColumns(ReportGrouping::Service);
        const auto column = [&](const char *name) {
            for (int c = 0; c < columns.size(); ++c)
                if (QLatin1String(columns.at(c).name) == QLatin1String(name))
                    return c + 1;
            return -1;
        };
        // A waited 5, 12 and 2 minutes (the last one a no-show); B 10.
        int rowA = -1, rowB = -1;
        for (int row = 0; row < r.page()->model()->rowCount(); ++row) {
            if (r.page()->report().rows.value(row).key == u"A")
                rowA = row;
            if (r.page()->report().rows.value(row).key == u"B")
                rowB = row;
        }
        QVERIFY(rowA >= 0 && rowB >= 0);
        QCOMPARE(r.cell(rowA, column("waitMedianMinutes")), QStringLiteral("5.0"));
        QCOMPARE(r.cell(rowB, column("waitMedianMinutes")), QStringLiteral("10.0"));
        QCOMPARE(r.cell(rowA, column("served")), QStringLiteral("2"));
        QCOMPARE(r.cell(rowA, column("noShow")), QStringLiteral("1"));
        QCOMPARE(r.cell(rowA, column("ratingMean")), QStringLiteral("-")); // no one rated
    }

    void fromAfterToMovesToAlong()
    {
        Branch b;
        Reports r(b);
        QVERIFY(r.open());
        QTest::mouseClick(r.station.button("reportThisMonth"), Qt::LeftButton);
        QVERIFY(r.settle());
        QCOMPARE(r.date("reportFrom")->date(), QDate(2026, 11, 1));
        r.date("reportFrom")->setDate(QDate(2026, 11, 25));
        QVERIFY(r.settle());
        QCOMPARE(r.date("reportTo")->date(), QDate(2026, 11, 25));
        QCOMPARE(r.page()->report().from, QDate(2026, 11, 25));
        QCOMPARE(r.page()->report().total.issued, 0);
        QTest::mouseClick(r.station.button("reportThisYear"), Qt::LeftButton);
        QVERIFY(r.settle());
        QCOMPARE(r.page()->report().from, QDate(2026, 1, 1));
        QCOMPARE(r.page()->report().to, QDate(2026, 11, 23));
    }

    void saveCsvAndSavePdfWriteTheReportShown()
    {
        Branch b;
        Reports r(b);
        QVERIFY(r.open());
        QTemporaryDir dir;
        QString suggested;
        r.page()->setFileChooser([&](const QString &name, const QString &) {
            suggested = name;
            return dir.filePath(name);
        });
        QTest::mouseClick(r.station.button("reportSaveCsv"), Qt::LeftButton);
        QCOMPARE(suggested, QStringLiteral("laporan-service-2026-11-23.csv"));
        QVERIFY2(!r.page()->messageIsError(), qPrintable(r.page()->message()));
        QFile csv(dir.filePath(suggested));
        QVERIFY(csv.open(QIODevice::ReadOnly));
        QCOMPARE(csv.readAll(), reportToCsv(r.page()->report()));
        QVERIFY(QFileInfo::exists(reportDefinitionsPath(csv.fileName())));

        QTest::mouseClick(r.station.button("reportSavePdf"), Qt::LeftButton);
        QCOMPARE(suggested, QStringLiteral("laporan-service-2026-11-23.pdf"));
        QVERIFY2(!r.page()->messageIsError(), qPrintable(r.page()->message()));
        QVERIFY2(pagesOf(dir.filePath(suggested)).contains(QLatin1String("(A4)")), qPrintable(pagesOf(dir.filePath(suggested))));
    }

    void aFileThatCannotBeWrittenIsSaidOnThePage_data()
    {
        QTest::addColumn<QString>("key");
        QTest::newRow("CSV") << QStringLiteral("reportSaveCsv");
        QTest::newRow("PDF") << QStringLiteral("reportSavePdf");
    }
    void aFileThatCannotBeWrittenIsSaidOnThePage()
    {
        QFETCH(QString, key);
        Branch b;
        Reports r(b);
        QVERIFY(r.open());
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("no-such-folder/laporan"));
        r.page()->setFileChooser([&](const QString &, const QString &) { return file; });
        QTest::mouseClick(r.station.button(qPrintable(key)), Qt::LeftButton);
        QVERIFY(r.page()->messageIsError());
        QVERIFY2(r.page()->message().contains(file), qPrintable(r.page()->message()));
        QVERIFY(!QFileInfo::exists(file));
    }

    void screenshots()
    {
        const QString folder = qEnvironmentVariable("ANTRIAN_SCREENSHOTS");
        if (folder.isEmpty())
            QSKIP("set ANTRIAN_SCREENSHOTS=FOLDER to save the report tab's pictures");
        for (const QString &lang : {QStringLiteral("id"), QStringLiteral("en")}) {
            installTranslations(lang);
            Branch b;
            Reports r(b);
            QVERIFY(r.open());
            for (const QSize size : {QSize(1366, 768), QSize(1920, 1080)}) {
                r.window().resize(size);
                QTest::qWait(50);
                r.window().grab().save(QStringLiteral("%1/report-%2-%3.png").arg(folder, lang).arg(size.width()));
            }
        }
        installTranslations(QStringLiteral("en"));
    }
};

QTEST_MAIN(TestReportPage)
#include "tst_reportpage.moc"
