// SPDX-License-Identifier: GPL-3.0-or-later
// The outcome keys at finish, headless, driven through the counter's widgets on the sample
// branch (selesai, perlu tindak lanjut, dirujuk): F4 opens the choice, one key finishes with
// that outcome, a required outcome cannot be skipped, Esc leaves the ticket in service, the
// note goes with a follow-up; a branch with no outcomes finishes at F4 as before.
#include "counterstation.h"

#include "outcomepanel.h"

#include "core/translation.h"

#include <QDir>
#include <QSqlQuery>

using namespace antrian;
using namespace antrian::test;

namespace {

const QString kSitiPin = QStringLiteral("4821");
constexpr int kCounter = 4; // Layanan Nasabah 1: service A

BranchConfig sampleWith(bool customerServiceRequiresOutcome, bool withOutcomes = true)
{
    BranchConfig c = sampleBranch();
    for (ServiceConfig &s : c.services) {
        if (s.code == u"A")
            s.outcomeRequired = customerServiceRequiresOutcome;
    }
    if (!withOutcomes)
        c.outcomes.clear();
    return c;
}

struct Desk
{
    Fixture f;
    std::unique_ptr<Station> s;

    explicit Desk(const BranchConfig &config) : f(config)
    {
        addStaff(f.db(), f.clock(), QStringLiteral("siti"), QStringLiteral("Siti Rahma"), kSitiPin);
        f.issue(QStringLiteral("A"));
        s = std::make_unique<Station>(f.path(), f.clock(), config, kCounter);
    }
    // Logs in, calls and starts A-001: the customer is at the desk.
    bool serving()
    {
        if (!s->logIn(QStringLiteral("siti"), kSitiPin, kCounter))
            return false;
        s->key(Qt::Key_F1);
        s->key(Qt::Key_F3);
        return ticket().status == TicketStatus::Serving;
    }
    Ticket ticket()
    {
        const auto tickets = f.engine().tickets({});
        for (const Ticket &t : *tickets) {
            if (t.code == u"A-001")
                return t;
        }
        return {};
    }
    QWidget *panel() { return s->window->findChild<counter::OutcomePanel *>(QStringLiteral("outcomePanel")); }
    bool choosing()
    {
        QWidget *p = panel();
        return p && p->isVisible() && s->desk().isChoosingOutcome();
    }
    QString message() { return s->text("deskMessage"); }
};

} // namespace

class TestCounterOutcome : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { installTranslations(QStringLiteral("en")); }

    void oneOutcomeKeyFinishesWithThatOutcome_data();
    void oneOutcomeKeyFinishesWithThatOutcome();
    void requiredOutcomeMakesThePlainFinishSaySoAndDoNothing();
    void optionalOutcomeLeavesAFinishWithoutOne();
    void escapeCancelsTheChoiceAndTheTicketStaysInService();
    void noteTypedGoesWithTheFollowUp();
    void branchWithoutOutcomesFinishesAtF4AsBefore();
    void outcomeKeysAreNamedInTheCurrentLanguage();
    void screenshotsOfTheOutcomeChoice();
};

void TestCounterOutcome::oneOutcomeKeyFinishesWithThatOutcome_data()
{
    QTest::addColumn<bool>("byKey"); // the number key, or a click on the button
    QTest::addColumn<int>("number");
    QTest::addColumn<QString>("outcome");

    QTest::newRow("key 1: selesai") << true << 1 << "selesai";
    QTest::newRow("key 3: dirujuk") << true << 3 << "dirujuk";
    QTest::newRow("click: perlu tindak lanjut") << false << 2 << "perlu_tindak_lanjut";
}

void TestCounterOutcome::oneOutcomeKeyFinishesWithThatOutcome()
{
    QFETCH(bool, byKey);
    QFETCH(int, number);
    QFETCH(QString, outcome);

    Desk d(sampleWith(false));
    QVERIFY(d.serving());
    d.s->key(Qt::Key_F4);
    QVERIFY(d.choosing());
    QCOMPARE(d.ticket().status, TicketStatus::Serving); // F4 only opened the choice
    if (byKey)
        d.s->key(Qt::Key(Qt::Key_0 + number));
    else
        d.s->click(qPrintable(QStringLiteral("outcomeButton_%1").arg(outcome)));
    const Ticket t = d.ticket();
    QCOMPARE(t.status, TicketStatus::Done);
    QCOMPARE(t.outcome, outcome);
    QCOMPARE(t.followUp, outcome == u"perlu_tindak_lanjut");
    QCOMPARE(d.s->shownCode(), QStringLiteral("Free"));
    QVERIFY(!d.choosing());
    QVERIFY(d.s->button("callNextButton")->isVisible());
    QVERIFY2(d.message().startsWith(QStringLiteral("A-001 done: ")), qPrintable(d.message()));
}

void TestCounterOutcome::requiredOutcomeMakesThePlainFinishSaySoAndDoNothing()
{
    Desk d(sampleWith(true));
    QVERIFY(d.serving());
    d.s->key(Qt::Key_F4);
    QVERIFY(d.choosing());
    auto *plain = qobject_cast<counter::ActionButton *>(d.s->button("finishWithoutOutcomeButton"));
    QCOMPARE(plain->title(), QStringLiteral("Choose the outcome"));
    d.s->key(Qt::Key_F4); // the plain finish, pressed again
    QCOMPARE(d.ticket().status, TicketStatus::Serving);
    QVERIFY(d.choosing());
    QVERIFY2(d.message().contains(QStringLiteral("Choose the outcome of A-001 first")), qPrintable(d.message()));
    d.s->desk().finish(); // nor from the model: it asks nothing of the engine
    QVERIFY(d.s->settle());
    QCOMPARE(d.ticket().status, TicketStatus::Serving);
    d.s->key(Qt::Key_1);
    QCOMPARE(d.ticket().status, TicketStatus::Done);
    QCOMPARE(d.ticket().outcome, QStringLiteral("selesai"));
}

void TestCounterOutcome::optionalOutcomeLeavesAFinishWithoutOne()
{
    Desk d(sampleWith(false));
    QVERIFY(d.serving());
    d.s->key(Qt::Key_F4);
    auto *plain = qobject_cast<counter::ActionButton *>(d.s->button("finishWithoutOutcomeButton"));
    QCOMPARE(plain->title(), QStringLiteral("Finish without outcome"));
    d.s->key(Qt::Key_F4); // F4 twice: finished, with no outcome
    QCOMPARE(d.ticket().status, TicketStatus::Done);
    QVERIFY(d.ticket().outcome.isEmpty());
    QCOMPARE(d.message(), QStringLiteral("A-001 done."));
}

void TestCounterOutcome::escapeCancelsTheChoiceAndTheTicketStaysInService()
{
    Desk d(sampleWith(true));
    QVERIFY(d.serving());
    d.s->key(Qt::Key_F4);
    QVERIFY(d.choosing());
    d.s->key(Qt::Key_Escape);
    QVERIFY(!d.choosing());
    QCOMPARE(d.ticket().status, TicketStatus::Serving);
    QVERIFY(d.s->button("finishButton")->isVisible());
    QVERIFY(d.s->button("transferButton")->isEnabled()); // the other keys work again
    d.s->key(Qt::Key_1); // the outcome keys are gone with the choice
    QCOMPARE(d.ticket().status, TicketStatus::Serving);
    // And by the Back key, after opening it again.
    d.s->key(Qt::Key_F4);
    d.s->click("outcomeBackButton");
    QVERIFY(!d.choosing());
    QCOMPARE(d.ticket().status, TicketStatus::Serving);
}

void TestCounterOutcome::noteTypedGoesWithTheFollowUp()
{
    Desk d(sampleWith(false));
    QVERIFY(d.serving());
    d.s->key(Qt::Key_F4);
    auto *note = d.s->window->findChild<QLineEdit *>(QStringLiteral("outcomeNote"));
    QVERIFY(note && note->isVisible());
    note->setFocus();
    // Digits typed in the note are the note's, not outcome keys.
    QTest::keyClicks(note, QStringLiteral("kirim kartu ATM baru 2 hari"));
    QCOMPARE(d.ticket().status, TicketStatus::Serving);
    QTest::keyClick(note, Qt::Key_Return); // leaves the field: the number keys choose again
    d.s->key(Qt::Key_2);
    const Ticket t = d.ticket();
    QCOMPARE(t.status, TicketStatus::Done);
    QCOMPARE(t.outcome, QStringLiteral("perlu_tindak_lanjut"));
    QCOMPARE(t.outcomeNote, QStringLiteral("kirim kartu ATM baru 2 hari"));
    QSqlQuery q = d.f.db().exec(QStringLiteral("SELECT outcome_note FROM tickets WHERE code = ?"), {QStringLiteral("A-001")});
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("kirim kartu ATM baru 2 hari"));
    // The next ticket's choice starts with an empty note.
    d.f.issue(QStringLiteral("A"));
    QTRY_VERIFY(d.s->button("callNextButton")->isEnabled());
    d.s->key(Qt::Key_F1);
    d.s->key(Qt::Key_F3);
    d.s->key(Qt::Key_F4);
    QVERIFY(note->text().isEmpty());
}

void TestCounterOutcome::branchWithoutOutcomesFinishesAtF4AsBefore()
{
    Desk d(sampleWith(false, false));
    QVERIFY(d.serving());
    QWidget *panel = d.panel();
    QVERIFY(panel);
    d.s->key(Qt::Key_F4);
    QCOMPARE(d.ticket().status, TicketStatus::Done);
    QVERIFY(d.ticket().outcome.isEmpty());
    QVERIFY(!panel->isVisible());
    QVERIFY(!d.s->desk().isChoosingOutcome());
}

void TestCounterOutcome::outcomeKeysAreNamedInTheCurrentLanguage()
{
    for (const auto &[lang, name] : {std::pair{QStringLiteral("id"), QStringLiteral("Perlu tindak lanjut")},
                                     std::pair{QStringLiteral("en"), QStringLiteral("Needs follow-up")}}) {
        installTranslations(lang);
        Desk d(sampleWith(false));
        QVERIFY(d.serving());
        d.s->key(Qt::Key_F4);
        auto *key = qobject_cast<counter::ActionButton *>(d.s->button("outcomeButton_perlu_tindak_lanjut"));
        QVERIFY(key && key->isVisible());
        QCOMPARE(key->title(), name);
        QCOMPARE(key->findChild<QLabel *>(QStringLiteral("actionKey"))->text(), QStringLiteral("2"));
        // As big as the action keys it replaces.
        QVERIFY2(key->height() >= d.s->button("finishButton")->sizeHint().height(), qPrintable(QString::number(key->height())));
    }
    installTranslations(QStringLiteral("en"));
}

void TestCounterOutcome::screenshotsOfTheOutcomeChoice()
{
    // Saved when ANTRIAN_SCREENSHOT_DIR is set; always rendered and checked.
    const QString dir = qEnvironmentVariable("ANTRIAN_SCREENSHOT_DIR");
    for (const QString &lang : {QStringLiteral("id"), QStringLiteral("en")}) {
        installTranslations(lang);
        Desk d(sampleWith(false));
        d.f.issue(QStringLiteral("A"));
        d.f.issue(QStringLiteral("B"));
        d.s->window->resize(1366, 768);
        QVERIFY(d.serving());
        d.f.clock().advanceSecs(7 * 60 + 30);
        d.s->key(Qt::Key_F4);
        QTest::qWait(50);
        const QImage image = d.s->window->grab().toImage();
        QCOMPARE(image.size(), QSize(1366, 768));
        if (!dir.isEmpty())
            QVERIFY(image.save(QDir(dir).filePath(QStringLiteral("counter-outcome-%1.png").arg(lang))));
    }
    installTranslations(QStringLiteral("en"));
}

QTEST_MAIN(TestCounterOutcome)
#include "tst_counteroutcome.moc"
