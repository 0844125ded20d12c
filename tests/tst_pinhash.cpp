// SPDX-License-Identifier: GPL-3.0-or-later
// PIN hashing and the PIN policy: PBKDF2-HMAC-SHA256 as published, random salts, the
// iteration count kept with the hash, and the PINs the policy refuses.
#include "testsupport.h"

#include "core/translation.h"
#include "staff/pinhash.h"
#include "staff/staffpolicy.h"

#include <QTest>

using namespace antrian;

class TestPinHash : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { installTranslations(QStringLiteral("en")); }

    void pbkdf2MatchesPublishedVectors_data();
    void pbkdf2MatchesPublishedVectors();
    void rightPinVerifiesAndWrongPinDoesNot();
    void samePinGetsADifferentSaltAndHashEachTime();
    void storedHashUsesAtLeastOwaspsIterations();
    void verifyUsesTheIterationsStoredWithTheHash();
    void unsetOrDamagedHashNeverVerifies();

    void pinPolicy_data();
    void pinPolicy();
    void pinProblemNeverRepeatsThePin();
    void usernamePolicy_data();
    void usernamePolicy();

    void fifthWrongPinLocksForTheConfiguredMinutes();
};

void TestPinHash::pbkdf2MatchesPublishedVectors_data()
{
    QTest::addColumn<QByteArray>("password");
    QTest::addColumn<QByteArray>("salt");
    QTest::addColumn<int>("iterations");
    QTest::addColumn<QByteArray>("expectedHex");
    // RFC 7914 section 11, PBKDF2-HMAC-SHA256 test vectors.
    QTest::newRow("rfc7914 c=1") << QByteArray("passwd") << QByteArray("salt") << 1
                                 << QByteArray("55ac046e56e3089fec1691c22544b605f94185216dde0465e68b9d57c20dacbc"
                                               "49ca9cccf179b645991664b39d77ef317c71b845b1e30bd509112041d3a19783");
    QTest::newRow("rfc7914 c=80000") << QByteArray("Password") << QByteArray("NaCl") << 80000
                                     << QByteArray("4ddcd8f60b98be21830cee5ef22701f9641a4418d04c0414aeff08876b34ab56"
                                                   "a1d425a1225833549adb841b51c9b3176a272bdebba1d078478f62b397f33c8d");
}

void TestPinHash::pbkdf2MatchesPublishedVectors()
{
    QFETCH(QByteArray, password);
    QFETCH(QByteArray, salt);
    QFETCH(int, iterations);
    QFETCH(QByteArray, expectedHex);
    QCOMPARE(pbkdf2Sha256(password, salt, iterations, 64).toHex(), expectedHex);
}

void TestPinHash::rightPinVerifiesAndWrongPinDoesNot()
{
    auto h = hashPin(QStringLiteral("4821"), 1000);
    QVERIFY(h.ok());
    QVERIFY(verifyPin(QStringLiteral("4821"), *h));
    QVERIFY(!verifyPin(QStringLiteral("4822"), *h));
    QVERIFY(!verifyPin(QStringLiteral("48210"), *h));
    QVERIFY(!verifyPin(QString(), *h));
}

void TestPinHash::samePinGetsADifferentSaltAndHashEachTime()
{
    auto a = hashPin(QStringLiteral("4821"), 1000);
    auto b = hashPin(QStringLiteral("4821"), 1000);
    QVERIFY(a.ok() && b.ok());
    QCOMPARE(a->salt.size(), kPinSaltBytes);
    QCOMPARE(a->hash.size(), kPinHashBytes);
    QVERIFY(a->salt != b->salt);
    QVERIFY(a->hash != b->hash);
    QVERIFY(!a->hash.contains("4821"));
}

void TestPinHash::storedHashUsesAtLeastOwaspsIterations()
{
    QVERIFY(kPinIterations >= 600000);
    QCOMPARE(StaffPolicy().pinIterations, kPinIterations);
    auto h = hashPin(QStringLiteral("4821"));
    QVERIFY(h.ok());
    QCOMPARE(h->iterations, kPinIterations);
    // The same bytes PBKDF2 gives for that salt and count: nothing else is mixed in.
    QCOMPARE(h->hash, pbkdf2Sha256("4821", h->salt, kPinIterations, kPinHashBytes));
}

void TestPinHash::verifyUsesTheIterationsStoredWithTheHash()
{
    auto h = hashPin(QStringLiteral("4821"), 1234);
    QVERIFY(h.ok());
    QCOMPARE(h->iterations, 1234);
    QVERIFY(verifyPin(QStringLiteral("4821"), *h));
    PinHash changed = *h;
    changed.iterations = 1235;
    QVERIFY(!verifyPin(QStringLiteral("4821"), changed));
}

void TestPinHash::unsetOrDamagedHashNeverVerifies()
{
    QVERIFY(!verifyPin(QStringLiteral("4821"), PinHash{}));
    auto h = hashPin(QStringLiteral("4821"), 1000);
    QVERIFY(h.ok());
    PinHash truncated = *h;
    truncated.hash.chop(1);
    QVERIFY(!verifyPin(QStringLiteral("4821"), truncated));
    PinHash noSalt = *h;
    noSalt.salt.clear();
    QVERIFY(!verifyPin(QStringLiteral("4821"), noSalt));
}

void TestPinHash::pinPolicy_data()
{
    QTest::addColumn<QString>("pin");
    QTest::addColumn<QString>("problem"); // empty: accepted; plural words vary with the translation
    QTest::newRow("four digits") << "4821" << "";
    QTest::newRow("eight digits") << "48219073" << "";
    QTest::newRow("leading zero") << "0482" << "";
    QTest::newRow("empty") << "" << "empty";
    QTest::newRow("three digits") << "482" << "has 3 digit";
    QTest::newRow("nine digits") << "482190735" << "has 9 digit";
    QTest::newRow("letters") << "48a1" << "digits 0-9 only";
    QTest::newRow("space") << "48 21" << "digits 0-9 only";
    QTest::newRow("arabic-indic digits") << QString::fromUtf8("\u0664\u0668\u0662\u0661") << "digits 0-9 only";
    QTest::newRow("one digit repeated") << "0000" << "repeats one digit";
    QTest::newRow("run up") << "1234" << "straight run";
    QTest::newRow("run down") << "98765" << "straight run";
    QTest::newRow("almost a run") << "1235" << "";
}

void TestPinHash::pinPolicy()
{
    QFETCH(QString, pin);
    QFETCH(QString, problem);
    const QString found = pinProblem(pin);
    if (problem.isEmpty())
        QVERIFY2(found.isEmpty(), qPrintable(found));
    else
        QVERIFY2(found.contains(problem), qPrintable(found));
}

void TestPinHash::pinProblemNeverRepeatsThePin()
{
    for (const char *pin : {"482", "482190735", "48a1", "7777", "3456"}) {
        const QString problem = pinProblem(QString::fromLatin1(pin));
        QVERIFY(!problem.isEmpty());
        QVERIFY2(!problem.contains(QString::fromLatin1(pin)), qPrintable(problem));
    }
}

void TestPinHash::usernamePolicy_data()
{
    QTest::addColumn<QString>("username");
    QTest::addColumn<QString>("problem");
    QTest::newRow("plain") << "siti" << "";
    QTest::newRow("with dot and digit") << "budi.s2" << "";
    QTest::newRow("empty") << "" << "empty";
    QTest::newRow("one letter") << "s" << "2 to 32";
    QTest::newRow("capital") << "Siti" << "start with a lower-case";
    QTest::newRow("digit first") << "1siti" << "start with a lower-case";
    QTest::newRow("space") << "siti rahma" << "only lower-case letters";
    QTest::newRow("accent") << QString::fromUtf8("andr\u00e9") << "only lower-case letters";
}

void TestPinHash::usernamePolicy()
{
    QFETCH(QString, username);
    QFETCH(QString, problem);
    const QString found = usernameProblem(username);
    if (problem.isEmpty())
        QVERIFY2(found.isEmpty(), qPrintable(found));
    else
        QVERIFY2(found.contains(problem), qPrintable(found));
}

void TestPinHash::fifthWrongPinLocksForTheConfiguredMinutes()
{
    const QDateTime now = test::mondayMorning();
    StaffPolicy policy;
    int failures = 0;
    for (int i = 1; i < policy.maxFailedAttempts; ++i) {
        const FailedAttempt a = afterWrongPin(failures, now, policy);
        QVERIFY(!a.lockedUntil.isValid());
        QCOMPARE(a.attemptsLeft, policy.maxFailedAttempts - i);
        failures = a.failedAttempts;
    }
    const FailedAttempt locking = afterWrongPin(failures, now, policy);
    QCOMPARE(locking.lockedUntil, now.addSecs(5 * 60));
    QCOMPARE(locking.attemptsLeft, 0);
    QCOMPARE(locking.failedAttempts, 0); // after the lock ends there are five tries again
}

QTEST_GUILESS_MAIN(TestPinHash)
#include "tst_pinhash.moc"
