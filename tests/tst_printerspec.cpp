// SPDX-License-Identifier: GPL-3.0-or-later
// PrinterSpec: how an installer names the kiosk's printer on the command line, and what a
// mistake there is told.
#include "testsupport.h"

#include "core/translation.h"
#include "printing/printerspec.h"

#include <QTest>

using namespace antrian;

Q_DECLARE_METATYPE(antrian::PrinterSpec::Kind)

class TestPrinterSpec : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { installTranslations(QStringLiteral("en")); }
    void readsEveryKindOfPrinter_data();
    void readsEveryKindOfPrinter();
    void mistakesSayWhatWasExpected_data();
    void mistakesSayWhatWasExpected();
};

void TestPrinterSpec::readsEveryKindOfPrinter_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<PrinterSpec::Kind>("kind");
    QTest::addColumn<QString>("where"); // host:port, path or queue
    QTest::addColumn<int>("columns");
    QTest::addColumn<QString>("written"); // toString()
    using K = PrinterSpec::Kind;
    QTest::newRow("none") << "none" << K::None << "" << 48 << "none";
    QTest::newRow("empty is none") << "" << K::None << "" << 48 << "none";
    QTest::newRow("network printer") << "escpos-tcp:192.168.1.50:9100" << K::EscPosTcp << "192.168.1.50:9100" << 48
                                     << "escpos-tcp:192.168.1.50:9100";
    QTest::newRow("network printer, default port") << "escpos-tcp:printer.lan" << K::EscPosTcp << "printer.lan:9100"
                                                   << 48 << "escpos-tcp:printer.lan:9100";
    QTest::newRow("IPv6 with port") << "escpos-tcp:[fe80::1]:9101" << K::EscPosTcp << "fe80::1:9101" << 48
                                    << "escpos-tcp:[fe80::1]:9101";
    QTest::newRow("58 mm paper") << "escpos-tcp:10.0.0.9:9100,columns=32" << K::EscPosTcp << "10.0.0.9:9100" << 32
                                 << "escpos-tcp:10.0.0.9:9100,columns=32";
    QTest::newRow("device") << "escpos-device:/dev/usb/lp0" << K::EscPosDevice << "/dev/usb/lp0" << 48
                            << "escpos-device:/dev/usb/lp0";
    QTest::newRow("device, 58 mm") << "escpos-device:/dev/ttyS0,columns=32" << K::EscPosDevice << "/dev/ttyS0" << 32
                                   << "escpos-device:/dev/ttyS0,columns=32";
    QTest::newRow("pdf") << "pdf:/tmp/ticket.pdf" << K::Pdf << "/tmp/ticket.pdf" << 48 << "pdf:/tmp/ticket.pdf";
    QTest::newRow("cups queue") << "cups:Kiosk_Thermal" << K::Cups << "Kiosk_Thermal" << 48 << "cups:Kiosk_Thermal";
    QTest::newRow("cups default printer") << "cups:" << K::Cups << "" << 48 << "cups:";
    QTest::newRow("spaces around") << "  escpos-tcp:10.0.0.9  " << K::EscPosTcp << "10.0.0.9:9100" << 48
                                   << "escpos-tcp:10.0.0.9:9100";
}

void TestPrinterSpec::readsEveryKindOfPrinter()
{
    QFETCH(QString, text);
    QFETCH(PrinterSpec::Kind, kind);
    QFETCH(QString, where);
    QFETCH(int, columns);
    QFETCH(QString, written);
    const auto spec = PrinterSpec::parse(text);
    QVERIFY2(spec.ok(), spec ? "" : qPrintable(spec.error().message));
    QCOMPARE(spec->kind, kind);
    const QString got = kind == PrinterSpec::Kind::EscPosTcp ? QStringLiteral("%1:%2").arg(spec->host).arg(spec->port)
            : kind == PrinterSpec::Kind::Cups                ? spec->queue
                                                             : spec->path;
    QCOMPARE(got, where);
    QCOMPARE(spec->columns, columns);
    QCOMPARE(spec->toString(), written);
    // What toString() writes, parse() reads back the same.
    QCOMPARE(PrinterSpec::parse(written)->toString(), written);
}

void TestPrinterSpec::mistakesSayWhatWasExpected_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown word") << "epson"
                                  << "printer \"epson\": unknown printer; expected one of: none, escpos-tcp:HOST:PORT, "
                                     "escpos-device:PATH, pdf:FILE, cups:QUEUE";
    QTest::newRow("unknown kind") << "usb:/dev/lp0"
                                  << "printer \"usb:/dev/lp0\": unknown printer kind \"usb\"; expected one of: none, "
                                     "escpos-tcp:HOST:PORT, escpos-device:PATH, pdf:FILE, cups:QUEUE";
    QTest::newRow("port out of range") << "escpos-tcp:10.0.0.9:70000"
                                       << "printer \"escpos-tcp:10.0.0.9:70000\": port must be from 1 to 65535, got 70000";
    QTest::newRow("port not a number") << "escpos-tcp:10.0.0.9:abc"
                                       << "printer \"escpos-tcp:10.0.0.9:abc\": expected escpos-tcp:HOST:PORT, for example "
                                          "escpos-tcp:192.168.1.50:9100";
    QTest::newRow("no host") << "escpos-tcp:"
                             << "printer \"escpos-tcp:\": expected escpos-tcp:HOST:PORT, for example "
                                "escpos-tcp:192.168.1.50:9100";
    QTest::newRow("no device path") << "escpos-device:"
                                    << "printer \"escpos-device:\": expected escpos-device:PATH, for example "
                                       "escpos-device:/dev/usb/lp0";
    QTest::newRow("no pdf file") << "pdf:" << "printer \"pdf:\": expected pdf:FILE, for example pdf:/tmp/ticket.pdf";
    QTest::newRow("columns too few") << "escpos-device:/dev/usb/lp0,columns=8"
                                     << "printer \"escpos-device:/dev/usb/lp0,columns=8\": columns: expected a whole "
                                        "number from 16 to 96 (48 for 80 mm paper, 32 for 58 mm), got \"8\"";
}

void TestPrinterSpec::mistakesSayWhatWasExpected()
{
    QFETCH(QString, text);
    QFETCH(QString, message);
    const auto spec = PrinterSpec::parse(text);
    QVERIFY(!spec.ok());
    QCOMPARE(spec.error().kind, Error::Kind::BadInput);
    QCOMPARE(spec.error().message, message);
}

QTEST_GUILESS_MAIN(TestPrinterSpec)
#include "tst_printerspec.moc"
