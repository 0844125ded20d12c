// SPDX-License-Identifier: GPL-3.0-or-later
// The kiosk's printers: a network thermal printer (a local TCP listener stands in for it,
// answering status queries as told), an ESC/POS device file, a PDF, a missing CUPS queue, and
// what the customer sees when the printer fails: the ticket stands, "please note your number".
#include "kioskparts.h"

#include "escposdeviceprinter.h"
#include "escposnetworkprinter.h"
#include "kioskapp.h"
#include "pageprinter.h"
#include "printservice.h"
#include "slippainter.h"

#include "core/translation.h"
#include "printing/escposencoder.h"
#include "printing/escposstatus.h"

#include <QFile>
#include <QPainter>
#include <QQuickItem>
#include <QQuickWindow>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QtQml/qqmlextensionplugin.h>

Q_IMPORT_QML_PLUGIN(Antrian_KioskPlugin)

using namespace antrian;
using namespace antrian::kiosk;
using namespace antrian::test;

namespace {

QByteArray expectedBytes()
{
    QFile f(QStringLiteral(ANTRIAN_TEST_DATA "/escpos/sample-ticket-80mm.bin"));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing tests/data/escpos/sample-ticket-80mm.bin");
    return f.readAll();
}

// A thermal printer on 127.0.0.1: keeps every byte it gets and answers each status query
// (DLE EOT 2, DLE EOT 4) with the next of `replies` (none left: it stays silent).
class FakeThermalPrinter : public QObject
{
public:
    QList<QByteArray> replies;
    QByteArray received;

    FakeThermalPrinter()
    {
        if (!m_server.listen(QHostAddress::LocalHost))
            qFatal("cannot listen");
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            QTcpSocket *s = m_server.nextPendingConnection();
            connect(s, &QTcpSocket::readyRead, this, [this, s] {
                m_pending.append(s->readAll());
                qsizetype at;
                while ((at = m_pending.indexOf(EscPosStatus::query())) >= 0) {
                    received.append(m_pending.left(at + EscPosStatus::query().size()));
                    m_pending.remove(0, at + EscPosStatus::query().size());
                    if (!replies.isEmpty())
                        s->write(replies.takeFirst());
                }
            });
            connect(s, &QTcpSocket::disconnected, this, [this, s] {
                received.append(m_pending);
                m_pending.clear();
                ++closed;
                s->deleteLater();
            });
        });
    }
    quint16 port() const { return m_server.serverPort(); }
    int closed = 0;

private:
    QTcpServer m_server;
    QByteArray m_pending;
};

// What a transport answered for one job.
struct Answer
{
    bool printed = false;
    QString detail;
};

Answer printOn(PrintTransport &transport, const TicketSlip &slip, int timeoutMs = 5000)
{
    QSignalSpy done(&transport, &PrintTransport::done);
    transport.print(7, slip);
    if (!done.wait(timeoutMs))
        return {false, QStringLiteral("<no answer>")};
    if (done.constFirst().at(0).toULongLong() != 7)
        return {false, QStringLiteral("<answer for another job>")};
    return {done.constFirst().at(1).toBool(), done.constFirst().at(2).toString()};
}

// A transport that never answers: a printer stuck in its driver.
class StuckPrinter : public PrintTransport
{
public:
    int started = 0;
    void print(quint64, const TicketSlip &) override { ++started; }
    QString describe() const override { return QStringLiteral("stuck"); }
};

} // namespace

class TestKioskPrinting : public QObject
{
    Q_OBJECT

private slots:
    void networkPrinterGetsExactlyTheTicketBytes();
    void silentNetworkPrinterStillGetsTheTicket();
    void paperOutPrinterGetsNoTicketAndIsAFault();
    void paperRunningOutDuringTheTicketIsAFault();
    void paperNearEndPrintsAndTellsTheStaff();
    void unreachablePrinterIsAFault();
    void printServiceGivesUpOnAStuckPrinterAndGoesOn();
    void devicePrinterWritesTheTicketBytes();
    void missingDeviceIsAFaultAndCreatesNoFile();
    void pdfPrinterWritesAPdfPage();
    void pdfInAMissingFolderIsAFault();
    void missingCupsQueueIsAFault();
    void pageSlipFitsItsPaperWithTheCodeLargest();
    void kioskWithAPrinterOutOfPaperStillIssuesAndAsksToNoteTheNumber();
    void kioskWithAWorkingPrinterSaysTakeYourTicket();
};

void TestKioskPrinting::networkPrinterGetsExactlyTheTicketBytes()
{
    FakeThermalPrinter printer;
    printer.replies = {QByteArray("\x12\x12"), QByteArray("\x12\x12")};
    EscPosNetworkPrinter transport(QStringLiteral("127.0.0.1"), printer.port(), 48);
    const Answer a = printOn(transport, sampleSlip());
    QVERIFY2(a.printed, qPrintable(a.detail));
    QTRY_COMPARE(printer.closed, 1);
    // Status first, the ticket exactly as checked in, status again to see it went through.
    QCOMPARE(printer.received, EscPosStatus::query() + expectedBytes() + EscPosStatus::query());
}

void TestKioskPrinting::silentNetworkPrinterStillGetsTheTicket()
{
    FakeThermalPrinter printer; // answers no status query, like many cheap printers
    EscPosNetworkPrinter transport(QStringLiteral("127.0.0.1"), printer.port(), 48);
    const Answer a = printOn(transport, sampleSlip());
    QVERIFY2(a.printed, qPrintable(a.detail));
    QTRY_COMPARE(printer.closed, 1);
    QCOMPARE(printer.received, EscPosStatus::query() + expectedBytes() + EscPosStatus::query());
}

void TestKioskPrinting::paperOutPrinterGetsNoTicketAndIsAFault()
{
    FakeThermalPrinter printer;
    printer.replies = {QByteArray("\x12\x72")}; // paper roll sensor: paper end
    EscPosNetworkPrinter transport(QStringLiteral("127.0.0.1"), printer.port(), 48);
    const Answer a = printOn(transport, sampleSlip());
    QVERIFY(!a.printed);
    QCOMPARE(a.detail, QStringLiteral("paper out"));
    QTRY_COMPARE(printer.closed, 1);
    QCOMPARE(printer.received, EscPosStatus::query()); // not a byte of the ticket
}

void TestKioskPrinting::paperRunningOutDuringTheTicketIsAFault()
{
    FakeThermalPrinter printer;
    printer.replies = {QByteArray("\x12\x12"), QByteArray("\x32\x72")};
    EscPosNetworkPrinter transport(QStringLiteral("127.0.0.1"), printer.port(), 48);
    const Answer a = printOn(transport, sampleSlip());
    QVERIFY(!a.printed);
    QCOMPARE(a.detail, QStringLiteral("paper out after the ticket was sent"));
}

void TestKioskPrinting::paperNearEndPrintsAndTellsTheStaff()
{
    FakeThermalPrinter printer;
    printer.replies = {QByteArray("\x12\x1e"), QByteArray("\x12\x1e")};
    EscPosNetworkPrinter transport(QStringLiteral("127.0.0.1"), printer.port(), 48);
    const Answer a = printOn(transport, sampleSlip());
    QVERIFY(a.printed);
    QCOMPARE(a.detail, QStringLiteral("paper near end"));
    PrintService service(std::make_unique<EscPosNetworkPrinter>(QStringLiteral("127.0.0.1"), printer.port(), 48));
    printer.replies = {QByteArray("\x12\x1e"), QByteArray("\x12\x1e")};
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("ticket A-024 printed on .*paper near end")));
    QSignalSpy finished(&service, &PrintService::finished);
    service.print(sampleSlip());
    QVERIFY(finished.wait(5000));
    QCOMPARE(finished.constFirst().at(1).toBool(), true);
}

void TestKioskPrinting::unreachablePrinterIsAFault()
{
    quint16 port = 0;
    {
        QTcpServer gone; // a port that was free a moment ago and has no listener now
        QVERIFY(gone.listen(QHostAddress::LocalHost));
        port = gone.serverPort();
    }
    EscPosNetworkPrinter transport(QStringLiteral("127.0.0.1"), port, 48);
    const Answer a = printOn(transport, sampleSlip());
    QVERIFY(!a.printed);
    QVERIFY2(a.detail.contains(QStringLiteral("refused"), Qt::CaseInsensitive), qPrintable(a.detail));
}

void TestKioskPrinting::printServiceGivesUpOnAStuckPrinterAndGoesOn()
{
    auto *stuck = new StuckPrinter;
    PrintService service(std::unique_ptr<PrintTransport>(stuck), 300);
    QSignalSpy finished(&service, &PrintService::finished);
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("A-024 NOT printed on stuck: no answer within 300 ms")));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("A-025 NOT printed on stuck: no answer within 300 ms")));
    const quint64 first = service.print(sampleSlip());
    TicketSlip next = sampleSlip();
    next.code = QStringLiteral("A-025");
    const quint64 second = service.print(next);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 2000);
    QCOMPARE(finished.at(0).at(0).toULongLong(), first);
    QCOMPARE(finished.at(0).at(1).toBool(), false);
    QCOMPARE(finished.at(1).at(0).toULongLong(), second);
    QCOMPARE(stuck->started, 2); // the second ticket was tried, not dropped behind the first
}

void TestKioskPrinting::devicePrinterWritesTheTicketBytes()
{
    QTemporaryDir dir;
    const QString device = dir.filePath(QStringLiteral("lp0"));
    { QFile f(device); QVERIFY(f.open(QIODevice::WriteOnly)); } // the device node exists
    EscPosDevicePrinter transport(device, 48);
    const Answer a = printOn(transport, sampleSlip());
    QVERIFY2(a.printed, qPrintable(a.detail));
    QFile f(device);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), expectedBytes());
}

void TestKioskPrinting::missingDeviceIsAFaultAndCreatesNoFile()
{
    QTemporaryDir dir;
    const QString device = dir.filePath(QStringLiteral("lp0"));
    EscPosDevicePrinter transport(device, 48);
    const Answer a = printOn(transport, sampleSlip());
    QVERIFY(!a.printed);
    QVERIFY2(a.detail.startsWith(QStringLiteral("cannot open ") + device), qPrintable(a.detail));
    QVERIFY(!QFile::exists(device));
}

void TestKioskPrinting::pdfPrinterWritesAPdfPage()
{
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("ticket.pdf"));
    PagePrinter transport(*PrinterSpec::parse(QStringLiteral("pdf:") + pdf));
    const Answer a = printOn(transport, sampleSlip(), 15000);
    QVERIFY2(a.printed, qPrintable(a.detail));
    QFile f(pdf);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray content = f.readAll();
    QVERIFY(content.startsWith("%PDF-"));
    QVERIFY(content.contains("/Count 1")); // one page: one ticket
}

void TestKioskPrinting::pdfInAMissingFolderIsAFault()
{
    PagePrinter transport(*PrinterSpec::parse(QStringLiteral("pdf:/nonexistent-antrian-folder/ticket.pdf")));
    const Answer a = printOn(transport, sampleSlip(), 15000);
    QVERIFY(!a.printed);
    QCOMPARE(a.detail, QStringLiteral("folder /nonexistent-antrian-folder does not exist"));
}

void TestKioskPrinting::missingCupsQueueIsAFault()
{
    PagePrinter transport(*PrinterSpec::parse(QStringLiteral("cups:Antrian_No_Such_Queue")));
    const Answer a = printOn(transport, sampleSlip(), 15000);
    QVERIFY(!a.printed);
    QCOMPARE(a.detail, QStringLiteral("no CUPS printer named \"Antrian_No_Such_Queue\""));
}

void TestKioskPrinting::pageSlipFitsItsPaperWithTheCodeLargest()
{
    // The page PagePrinter prints: 72 x 122 mm inside the margins, at a thermal printer's 203 dpi.
    QImage page(575, 975, QImage::Format_RGB32);
    page.setDotsPerMeterX(8000);
    page.setDotsPerMeterY(8000);
    page.fill(Qt::white);
    TicketSlip slip = sampleSlip();
    slip.branchName = QStringLiteral("Bank Pembangunan Daerah Nusa Tenggara Timur Kantor Cabang Pembantu Oesapa");
    {
        QPainter p(&page);
        SlipPainter::paint(p, QRectF(0, 0, page.width(), page.height()), slip);
    }
    if (qEnvironmentVariableIsSet("ANTRIAN_SAVE_SLIP"))
        page.save(qEnvironmentVariable("ANTRIAN_SAVE_SLIP"));
    // Ink rows: where something is printed.
    QList<int> inked;
    for (int y = 0; y < page.height(); ++y) {
        for (int x = 0; x < page.width(); ++x) {
            if (qGray(page.pixel(x, y)) < 128) {
                inked << y;
                break;
            }
        }
    }
    QVERIFY(!inked.isEmpty());
    // Everything fits with room to spare at the bottom: nothing runs off the paper.
    QVERIFY2(inked.constLast() < page.height() - 40, qPrintable(QString::number(inked.constLast())));
    // The tallest run of inked rows is the code: at least 12 mm high (96 dots at 203 dpi).
    int tallest = 0, run = 0;
    for (int i = 0; i < inked.size(); ++i) {
        run = i > 0 && inked.at(i) == inked.at(i - 1) + 1 ? run + 1 : 1;
        tallest = std::max(tallest, run);
    }
    QVERIFY2(tallest >= 96, qPrintable(QString::number(tallest)));
}

void TestKioskPrinting::kioskWithAPrinterOutOfPaperStillIssuesAndAsksToNoteTheNumber()
{
    FakeThermalPrinter printer;
    printer.replies = {QByteArray("\x12\x72")};
    Fixture f(sampleBranch());
    KioskOptions o;
    o.size = QSize(1920, 1080);
    o.printer = *PrinterSpec::parse(QStringLiteral("escpos-tcp:127.0.0.1:%1").arg(printer.port()));
    KioskTimings t;
    t.startGuardMs = 0;
    KioskApp app(f.path(), f.clock(), sampleBranch(), QStringLiteral("id"), o, t);
    installTranslations(QStringLiteral("id"));
    QVERIFY(app.start().ok());
    QTRY_COMPARE(app.controller()->screen(), KioskController::Screen::Start);
    // The fault is logged for the staff.
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("ticket A-001 NOT printed on escpos-tcp:127.0.0.1:\\d+: paper out")));
    app.controller()->chooseService(QStringLiteral("A"));
    QQuickItem *notice = findItem(app.window()->contentItem(), QStringLiteral("printNoticeText"));
    QVERIFY(notice);
    QTRY_COMPARE(notice->property("text").toString(),
                 QStringLiteral("Mohon maaf, printer tiket sedang bermasalah. Mohon catat nomor antrian Anda: A-001"));
    QCOMPARE(findItem(app.window()->contentItem(), QStringLiteral("ticketCode"))->property("text").toString(),
             QStringLiteral("A-001"));
    QCOMPARE(f.engine().tickets({})->size(), 1);
    QCOMPARE(printer.received, EscPosStatus::query());
    if (qEnvironmentVariableIsSet("ANTRIAN_KIOSK_SHOTS")) { // for a person to look at
        QTest::qWait(300);
        app.window()->grabWindow().save(qEnvironmentVariable("ANTRIAN_KIOSK_SHOTS") + QStringLiteral("/printer-fault.png"));
    }
}

void TestKioskPrinting::kioskWithAWorkingPrinterSaysTakeYourTicket()
{
    FakeThermalPrinter printer;
    printer.replies = {QByteArray("\x12\x12"), QByteArray("\x12\x12")};
    Fixture f(sampleBranch());
    KioskOptions o;
    o.size = QSize(1920, 1080);
    o.printer = *PrinterSpec::parse(QStringLiteral("escpos-tcp:127.0.0.1:%1").arg(printer.port()));
    KioskTimings t;
    t.startGuardMs = 0;
    KioskApp app(f.path(), f.clock(), sampleBranch(), QStringLiteral("id"), o, t);
    installTranslations(QStringLiteral("id"));
    QVERIFY(app.start().ok());
    QTRY_COMPARE(app.controller()->screen(), KioskController::Screen::Start);
    app.controller()->chooseService(QStringLiteral("B"));
    QQuickItem *notice = findItem(app.window()->contentItem(), QStringLiteral("printNoticeText"));
    QTRY_COMPARE(notice->property("text").toString(), QStringLiteral("Silakan ambil tiket Anda dari printer di bawah."));
    QTRY_COMPARE(printer.closed, 1);
    // What reached the printer is the ticket on screen.
    QVERIFY(printer.received.contains("B-001\n"));
    QVERIFY(printer.received.contains("Teller\n"));
    QVERIFY(printer.received.endsWith(EscPosStatus::query()));
}

QTEST_MAIN(TestKioskPrinting)
#include "tst_kioskprinting.moc"
