// SPDX-License-Identifier: GPL-3.0-or-later
#include "ratingpad.h"

#include "ratingpadquestions.h"

#include "feed/changefeed.h"
#include "queue/queueworker.h"
#include "staff/staffworker.h"

#include <QCoreApplication>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcRatingPad, "antrian.kiosk.ratingpad", QtInfoMsg)

namespace antrian::kiosk {

namespace {
constexpr int kFaceCount = 5;

// lupdate files these strings under "RatingPadController", the context they are looked up in.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(RatingPadController)
};
} // namespace

// The engine's answer to "which ticket now?", with the branch as it read it.
struct RatingPadController::Asked
{
    Result<std::optional<Ticket>> ticket;
    std::optional<BranchConfig> branch;
};

RatingPadController::RatingPadController(QueueWorker &worker, StaffWorker *staff, ChangeFeed *feed, int counter,
                                         const BranchConfig &branch, const QString &language,
                                         RatingPadTimings timings, QObject *parent)
    : QObject(parent),
      m_worker(worker),
      m_staff(staff),
      m_counter(counter),
      m_branch(branch),
      m_language(language),
      m_timings(timings)
{
    if (feed)
        connect(feed, &ChangeFeed::eventsArrived, this, &RatingPadController::onEvents);
    for (QTimer *t : {&m_questionTimer, &m_thanksTimer, &m_noticeTimer})
        t->setSingleShot(true);
    connect(&m_questionTimer, &QTimer::timeout, this, [this] {
        qCInfo(lcRatingPad, "no touch: %s is left unrated", qPrintable(m_ticket.code));
        goIdle();
    });
    connect(&m_thanksTimer, &QTimer::timeout, this, &RatingPadController::goIdle);
    connect(&m_noticeTimer, &QTimer::timeout, this, &RatingPadController::goIdle);
    m_questionTimer.setInterval(m_timings.questionMs);
    // To the second the customer is told, not give or take a coarse timer's 5% (1.5 s of 30).
    m_questionTimer.setTimerType(Qt::PreciseTimer);
    m_thanksTimer.setInterval(m_timings.thanksMs);
    m_noticeTimer.setInterval(m_timings.noticeMs);
    if (ratingOff())
        qCInfo(lcRatingPad, "the branch's rating is \"off\": the pad at counter %d asks nothing", m_counter);
}

RatingPadController::~RatingPadController() = default;

// ---- what the counter did -------------------------------------------------------------

void RatingPadController::onEvents(const QList<QueueEvent> &events)
{
    bool finishedHere = false;
    for (const QueueEvent &e : events) {
        if (e.kind == EventKind::Finished && e.counterNumber == m_counter)
            finishedHere = true;
        // Rated meanwhile elsewhere (a counter's keypad, antrianctl): nothing left to ask.
        const bool ratedElsewhere = (e.kind == EventKind::Rated || e.kind == EventKind::SkmAnswered)
                && !m_ticket.code.isEmpty() && e.ticketCode == m_ticket.code && !m_saving
                && (m_screen == Screen::Faces || m_screen == Screen::Skm);
        if (ratedElsewhere && !m_preview)
            goIdle();
    }
    if (finishedHere)
        ask();
}

void RatingPadController::ask()
{
    const int serial = ++m_askSerial;
    const int counter = m_counter;
    m_worker.run<Asked>(
            [counter](QueueEngine &e) {
                Asked a{e.ticketToRate(counter), std::nullopt};
                if (auto b = e.branch())
                    a.branch = b->config;
                return a;
            },
            this, [this, serial](Asked a) { onAsked(serial, a); });
}

void RatingPadController::onAsked(int serial, const Asked &asked)
{
    if (serial != m_askSerial)
        return; // a newer finish asked again meanwhile
    if (asked.branch)
        setBranch(*asked.branch);
    if (!asked.ticket) {
        // A database gone is the kiosk's out-of-service page; the pad just has nothing to ask.
        qCWarning(lcRatingPad, "cannot ask which ticket to rate: %s", qPrintable(asked.ticket.error().message));
        return;
    }
    const std::optional<Ticket> &ticket = *asked.ticket;
    if (!ticket) {
        // The newest finish here has nothing to ask (rated already, or the rating is off): an
        // older question on screen is about a customer who has gone.
        if (m_screen == Screen::Faces || m_screen == Screen::Skm)
            goIdle();
        return;
    }
    if (ticket->code == m_ticket.code && (m_screen == Screen::Faces || m_screen == Screen::Skm))
        return; // the same customer, already being asked
    showQuestion(*ticket);
}

void RatingPadController::showQuestion(const Ticket &ticket)
{
    if (m_saving)
        setSaving(false); // the answer to the old question is no longer ours to show
    m_preview = false;
    m_ticket = ticket;
    m_staffName.clear();
    m_question = 0;
    m_answers.clear();
    m_thanksTimer.stop();
    m_noticeTimer.stop();
    m_questionTimer.start();
    qCInfo(lcRatingPad, "asking about %s", qPrintable(ticket.code));
    emit questionChanged();
    setScreen(m_branch.rating == RatingMode::Skm ? Screen::Skm : Screen::Faces);
    emit questionShown(ticket.code);
    askStaffName(ticket);
}

void RatingPadController::askStaffName(const Ticket &ticket)
{
    if (!m_staff || ticket.staffId <= 0)
        return;
    const int counter = m_counter;
    const QString code = ticket.code;
    const qint64 staffId = ticket.staffId;
    m_staff->run<Result<std::optional<CounterSession>>>(
            [counter](CounterSessions &s) { return s.sessionAt(counter); }, this,
            [this, code, staffId](Result<std::optional<CounterSession>> session) {
                // Only the person still logged in here is named, and only if it is who served.
                if (!session || !session->has_value() || (*session)->staffId != staffId || code != m_ticket.code)
                    return;
                const CounterSession &s = **session;
                m_staffName = s.fullName.isEmpty() ? s.username : s.fullName;
                emit questionChanged();
            });
}

// ---- touches --------------------------------------------------------------------------

void RatingPadController::touched()
{
    if ((m_screen == Screen::Faces || m_screen == Screen::Skm) && !m_preview)
        m_questionTimer.start();
}

void RatingPadController::rate(int score)
{
    touched();
    if (m_screen != Screen::Faces || m_saving || score < 1 || score > kFaceCount)
        return;
    m_answers = {score};
    save();
}

void RatingPadController::answer(int value)
{
    touched();
    if (m_screen != Screen::Skm || m_saving || value < kSkmLowestAnswer || value > kSkmHighestAnswer)
        return;
    while (m_answers.size() <= m_question)
        m_answers.append(0);
    m_answers[m_question] = value;
    if (m_question + 1 < kSkmElementCount) {
        ++m_question;
        emit questionChanged();
        return;
    }
    save();
}

void RatingPadController::back()
{
    touched();
    if (m_screen != Screen::Skm || m_saving || m_question == 0)
        return;
    --m_question;
    emit questionChanged();
}

void RatingPadController::save()
{
    m_questionTimer.stop();
    if (m_preview) {
        setScreen(Screen::Thanks);
        m_thanksTimer.start();
        return;
    }
    setSaving(true);
    const QString code = m_ticket.code;
    const bool skm = m_screen == Screen::Skm;
    const QList<int> answers = m_answers;
    m_worker.run<Result<Ticket>>(
            [code, skm, answers](QueueEngine &e) {
                return skm ? e.rateSkm(code, answers) : e.rate(code, answers.constFirst());
            },
            this, [this, code](Result<Ticket> saved) { onSaved(code, saved); });
}

void RatingPadController::onSaved(const QString &code, const Result<Ticket> &saved)
{
    if (code != m_ticket.code || !m_saving)
        return; // a newer customer's question took the screen meanwhile
    setSaving(false);
    if (!saved) {
        const Error &e = saved.error();
        qCWarning(lcRatingPad, "the rating of %s was not stored: %s", qPrintable(code), qPrintable(e.message));
        // A rule's reason ("A-001 has been rated already") is a sentence the customer can read;
        // a database failure is for the log and the out-of-service page.
        showNotice(e.kind == Error::Kind::Storage ? Tr::tr("The system could not store it just now. Please tell our staff.")
                                                  : e.message);
        return;
    }
    qCInfo(lcRatingPad, "%s rated", qPrintable(code));
    setScreen(Screen::Thanks);
    m_thanksTimer.start();
}

// ---- screens --------------------------------------------------------------------------

void RatingPadController::goIdle()
{
    m_questionTimer.stop();
    m_thanksTimer.stop();
    m_noticeTimer.stop();
    if (m_saving)
        setSaving(false);
    m_preview = false;
    m_ticket = Ticket{};
    m_staffName.clear();
    m_question = 0;
    m_answers.clear();
    emit questionChanged();
    if (m_screen != Screen::Idle) {
        setScreen(Screen::Idle);
        emit wentIdle();
    }
}

void RatingPadController::showNotice(const QString &text)
{
    m_notice = text;
    emit noticeChanged();
    setScreen(Screen::Notice);
    m_noticeTimer.start();
}

void RatingPadController::showPreview(Screen screen)
{
    Ticket t;
    t.code = formatTicketCode(m_branch.services.isEmpty() ? QStringLiteral("A") : m_branch.services.constFirst().code, 12);
    t.counterNumber = m_counter;
    m_ticket = t;
    m_preview = true;
    m_staffName = QStringLiteral("Siti Rahma");
    // The SKM preview shows a questionnaire under way, with the progress and Back in use.
    m_answers = screen == Screen::Skm ? QList<int>{4, 3} : QList<int>{};
    m_question = int(m_answers.size());
    if (screen == Screen::Notice)
        m_notice = Tr::tr("%1 has been rated already").arg(t.code);
    emit noticeChanged();
    emit questionChanged();
    setScreen(screen);
}

void RatingPadController::setBranch(const BranchConfig &branch)
{
    const bool wasOff = ratingOff();
    m_branch = branch;
    emit textsChanged();
    if (wasOff != ratingOff())
        emit modeChanged();
}

void RatingPadController::setLanguage(const QString &language)
{
    if (language == m_language)
        return;
    m_language = language;
    emit textsChanged();
    emit questionChanged();
}

void RatingPadController::setScreen(Screen screen)
{
    if (screen == m_screen)
        return;
    m_screen = screen;
    emit screenChanged();
}

void RatingPadController::setSaving(bool saving)
{
    if (saving == m_saving)
        return;
    m_saving = saving;
    emit savingChanged();
}

// ---- words ----------------------------------------------------------------------------

QString RatingPadController::counterName() const
{
    if (const CounterConfig *c = m_branch.counter(m_counter))
        return c->displayName(m_language);
    return Tr::tr("Counter %1").arg(m_counter);
}

QStringList RatingPadController::faceWords() const
{
    return {Tr::tr("Very bad"), Tr::tr("Bad"), Tr::tr("Fair"), Tr::tr("Good"), Tr::tr("Very good")};
}

QString RatingPadController::elementName() const
{
    return skmElements().at(m_question).displayName(m_language);
}

QString RatingPadController::questionText() const
{
    return skmQuestions().at(m_question).question(m_language);
}

QStringList RatingPadController::answerWords() const
{
    return skmQuestions().at(m_question).answers(m_language);
}

} // namespace antrian::kiosk
