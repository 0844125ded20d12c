// SPDX-License-Identifier: GPL-3.0-or-later
// EscPosEncoder and EscPosStatus: the exact bytes a thermal printer gets for a ticket, text that
// can never carry a printer command onto the paper, and what the printer's status bytes mean.
#include "sampleslip.h"
#include "testsupport.h"

#include "printing/escposencoder.h"
#include "printing/escposstatus.h"

#include <QFile>
#include <QTest>

using namespace antrian;
using antrian::test::sampleSlip;

namespace {

QByteArray expected(const QString &name)
{
    QFile f(QStringLiteral(ANTRIAN_TEST_DATA "/escpos/") + name);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing expected file %s", qPrintable(f.fileName()));
    return f.readAll();
}


} // namespace

class TestEscPos : public QObject
{
    Q_OBJECT

private slots:
    void sampleTicketMatchesTheCheckedInBytes_data();
    void sampleTicketMatchesTheCheckedInBytes();
    void ticketStartsWithResetAndEndsWithCut();
    void codeIsPrintedAsLargeAsThePaperAllows_data();
    void codeIsPrintedAsLargeAsThePaperAllows();
    void textReachesThePaperAsPrintableAsciiOnly_data();
    void textReachesThePaperAsPrintableAsciiOnly();
    void controlBytesInNamesNeverReachThePrinter();
    void longLinesWrapAtWordsToThePaperWidth_data();
    void longLinesWrapAtWordsToThePaperWidth();
    void statusBytesSayWhetherThePrinterCanPrint_data();
    void statusBytesSayWhetherThePrinterCanPrint();
};

void TestEscPos::sampleTicketMatchesTheCheckedInBytes_data()
{
    QTest::addColumn<int>("columns");
    QTest::addColumn<QString>("file");
    QTest::newRow("80 mm paper") << 48 << QStringLiteral("sample-ticket-80mm.bin");
    QTest::newRow("58 mm paper") << 32 << QStringLiteral("sample-ticket-58mm.bin");
}

void TestEscPos::sampleTicketMatchesTheCheckedInBytes()
{
    QFETCH(int, columns);
    QFETCH(QString, file);
    const QByteArray bytes = EscPosEncoder::encode(sampleSlip(), columns);
    if (qEnvironmentVariableIsSet("ANTRIAN_WRITE_EXPECTED")) {
        QFile out(QStringLiteral(ANTRIAN_TEST_DATA "/escpos/") + file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(bytes);
        QSKIP("expected file written; review it with xxd before checking it in");
    }
    const QByteArray want = expected(file);
    if (bytes != want) {
        // Where they part, so a reviewer sees which command changed.
        qsizetype i = 0;
        while (i < bytes.size() && i < want.size() && bytes.at(i) == want.at(i))
            ++i;
        QFAIL(qPrintable(QStringLiteral("bytes differ from offset %1: got %2, expected %3")
                                 .arg(i)
                                 .arg(QString::fromLatin1(bytes.mid(i, 16).toHex(' ')),
                                      QString::fromLatin1(want.mid(i, 16).toHex(' ')))));
    }
}

void TestEscPos::ticketStartsWithResetAndEndsWithCut()
{
    const QByteArray bytes = EscPosEncoder::encode(sampleSlip());
    QVERIFY(bytes.startsWith(QByteArray("\x1b@\x1bt\x00", 5)));       // ESC @, ESC t 0
    QVERIFY(bytes.endsWith(QByteArray("\x1b" "d\x03\x1dV\x42\x00", 7))); // feed 3, GS V 66 0
    QCOMPARE(bytes.count(QByteArray("\x1dV", 2)), 1);                     // one cut per ticket
    QVERIFY(bytes.contains("Layanan Nasabah\n"));
    QVERIFY(bytes.contains("3 orang di depan Anda\n"));
    QVERIFY(bytes.contains("Perkiraan waktu tunggu: sekitar 35 menit\n"));
    QVERIFY(bytes.contains("Senin, 23 November 2026 09.41\n"));
}

void TestEscPos::codeIsPrintedAsLargeAsThePaperAllows_data()
{
    QTest::addColumn<int>("columns");
    QTest::addColumn<QString>("code");
    QTest::addColumn<char>("sizeByte");
    QTest::newRow("80 mm, A-024: 6x") << 48 << QStringLiteral("A-024") << char(0x55);
    QTest::newRow("58 mm, A-024: 6x") << 32 << QStringLiteral("A-024") << char(0x55);
    QTest::newRow("58 mm, A-1000: 5x") << 32 << QStringLiteral("A-1000") << char(0x44);
    QTest::newRow("narrow 20 columns, A-1000: 3x") << 20 << QStringLiteral("A-1000") << char(0x22);
}

void TestEscPos::codeIsPrintedAsLargeAsThePaperAllows()
{
    QFETCH(int, columns);
    QFETCH(QString, code);
    QFETCH(char, sizeByte);
    TicketSlip slip = sampleSlip();
    slip.code = code;
    const QByteArray bytes = EscPosEncoder::encode(slip, columns);
    // GS ! n, then the code on one line of its own, then back to normal size.
    const QByteArray want = QByteArray("\x1d!", 2) + sizeByte + code.toLatin1() + "\n" + QByteArray("\x1d!\x00", 3);
    QVERIFY2(bytes.contains(want), bytes.toHex(' ').constData());
}

void TestEscPos::textReachesThePaperAsPrintableAsciiOnly_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QByteArray>("paper");
    QTest::newRow("plain") << QStringLiteral("Teller 2") << QByteArray("Teller 2");
    QTest::newRow("accents lose their marks") << QStringLiteral("Café Señor Ünal Łódź") << QByteArray("Cafe Senor Unal Lodz");
    QTest::newRow("accents written apart (NFD)") << QStringLiteral("Cafe\u0301 Nin\u0303o") << QByteArray("Cafe Nino");
    QTest::newRow("typographic punctuation") << QStringLiteral("“Setor” – ‘tunai’ …") << QByteArray("\"Setor\" - 'tunai' ...");
    QTest::newRow("ligatures and sharp s") << QStringLiteral("Straße Æsir ﬁle") << QByteArray("Strasse AEsir file");
    QTest::newRow("tabs, newlines, no-break spaces collapse") << QStringLiteral("Loket\t\n 3\u00a0A  ") << QByteArray("Loket 3 A");
    QTest::newRow("scripts with no ASCII spelling") << QStringLiteral("Bank 中国 €") << QByteArray("Bank ?? ?");
    QTest::newRow("emoji outside the BMP is one ?") << QStringLiteral("Hi 😀") << QByteArray("Hi ?");
}

void TestEscPos::textReachesThePaperAsPrintableAsciiOnly()
{
    QFETCH(QString, text);
    QFETCH(QByteArray, paper);
    QCOMPARE(EscPosEncoder::printable(text), paper);
}

void TestEscPos::controlBytesInNamesNeverReachThePrinter()
{
    // A name that tries to reset the printer, cut, and open the cash drawer.
    TicketSlip slip = sampleSlip();
    const auto c = [](int code) { return QString(QChar(code)); };
    slip.branchName = QStringLiteral("Bank") + c(0x1b) + u'@' + c(0x1d) + u'V' + c(0) + QStringLiteral("Evil") + c(0x10)
            + c(0x14) + c(0x1b) + u'p' + c(0) + c(0x19) + c(0x9b) + c(0x200b);
    slip.serviceName = QStringLiteral("Teller") + c(0x0d) + c(0x07) + c(0x0c);
    const QByteArray bytes = EscPosEncoder::encode(slip);
    const QByteArray clean = EscPosEncoder::encode(sampleSlip());
    // The command skeleton is that of a clean ticket: same number of ESC, GS, DLE bytes.
    for (char command : {char(0x1b), char(0x1d), char(0x10), char(0x07), char(0x0c), char(0x0d)})
        QCOMPARE(bytes.count(command), clean.count(command));
    QVERIFY(bytes.contains("Bank@VEvilp\n"));
    QVERIFY(bytes.contains("Teller\n"));
    QCOMPARE(bytes.count(QByteArray("\x1dV", 2)), 1);
}

void TestEscPos::longLinesWrapAtWordsToThePaperWidth_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("width");
    QTest::addColumn<QStringList>("lines");
    QTest::newRow("fits") << QStringLiteral("Layanan Nasabah") << 32 << QStringList{QStringLiteral("Layanan Nasabah")};
    QTest::newRow("breaks at a space")
            << QStringLiteral("Perkiraan waktu tunggu: sekitar 35 menit") << 32
            << QStringList{QStringLiteral("Perkiraan waktu tunggu: sekitar"), QStringLiteral("35 menit")};
    QTest::newRow("double width halves the line")
            << QStringLiteral("Bank Nusantara KCP Sudirman") << 16
            << QStringList{QStringLiteral("Bank Nusantara"), QStringLiteral("KCP Sudirman")};
    QTest::newRow("a word longer than the line is split")
            << QStringLiteral("ABCDEFGHIJKLMNOPQRSTUVWXYZ x") << 10
            << QStringList{QStringLiteral("ABCDEFGHIJ"), QStringLiteral("KLMNOPQRST"), QStringLiteral("UVWXYZ x")};
}

void TestEscPos::longLinesWrapAtWordsToThePaperWidth()
{
    QFETCH(QString, text);
    QFETCH(int, width);
    QFETCH(QStringList, lines);
    QStringList got;
    for (const QByteArray &l : EscPosEncoder::wrap(EscPosEncoder::printable(text), width)) {
        QVERIFY(l.size() <= width);
        got << QString::fromLatin1(l);
    }
    QCOMPARE(got, lines);
}

void TestEscPos::statusBytesSayWhetherThePrinterCanPrint_data()
{
    QTest::addColumn<QByteArray>("reply");
    QTest::addColumn<int>("level");
    QTest::addColumn<QString>("detail");
    using L = PrinterCondition::Level;
    QTest::newRow("ready") << QByteArray("\x12\x12") << int(L::Ready) << QStringLiteral("ready");
    QTest::newRow("paper near end") << QByteArray("\x12\x1e") << int(L::PaperLow) << QStringLiteral("paper near end");
    QTest::newRow("paper out (roll sensor)") << QByteArray("\x12\x72") << int(L::Fault) << QStringLiteral("paper out");
    QTest::newRow("stopped at paper end") << QByteArray("\x32\x12") << int(L::Fault) << QStringLiteral("paper out");
    QTest::newRow("cover open") << QByteArray("\x16\x12") << int(L::Fault) << QStringLiteral("cover open");
    QTest::newRow("error") << QByteArray("\x52\x12") << int(L::Fault) << QStringLiteral("printer error");
    QTest::newRow("cover open and paper out") << QByteArray("\x16\x72") << int(L::Fault)
                                              << QStringLiteral("cover open, paper out");
    QTest::newRow("silent printer") << QByteArray() << int(L::Unknown) << QStringLiteral("no status answer");
    QTest::newRow("half an answer") << QByteArray("\x12") << int(L::Unknown) << QStringLiteral("no status answer");
    QTest::newRow("not status bytes") << QByteArray("OK") << int(L::Unknown) << QStringLiteral("no status answer");
}

void TestEscPos::statusBytesSayWhetherThePrinterCanPrint()
{
    QFETCH(QByteArray, reply);
    QFETCH(int, level);
    QFETCH(QString, detail);
    const PrinterCondition c = EscPosStatus::interpret(reply);
    QCOMPARE(int(c.level), level);
    QCOMPARE(c.detail, detail);
    QCOMPARE(c.canPrint(), level != int(PrinterCondition::Level::Fault));
    QCOMPARE(EscPosStatus::query(), QByteArray("\x10\x04\x02\x10\x04\x04"));
}

QTEST_GUILESS_MAIN(TestEscPos)
#include "tst_escpos.moc"
