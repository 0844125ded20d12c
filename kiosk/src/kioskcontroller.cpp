// SPDX-License-Identifier: GPL-3.0-or-later
#include "kioskcontroller.h"

#include "printservice.h"

#include "core/translation.h"
#include "storage/database.h"

#include <QCoreApplication>

Q_LOGGING_CATEGORY(lcKiosk, "antrian.kiosk", QtInfoMsg)

namespace antrian::kiosk {

namespace {
// lupdate files these strings under "KioskController", the context they are looked up in.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(KioskController)
};
} // namespace

struct KioskController::IssueAnswer
{
    Result<IssuedTicket> issued;
    BranchConfig branch;
};

KioskController::KioskController(QueueWorker &worker, ChangeFeed *feed, PrintService &printer, const Clock &clock,
                                 const BranchConfig &branch, const QString &language, KioskTimings timings,
                                 QObject *parent)
    : QObject(parent),
      m_worker(worker),
      m_printer(printer),
      m_clock(clock),
      m_source(worker, feed),
      m_watch(worker.location(), DatabaseWatch::Use::ReadWrite),
      m_timings(timings),
      m_branch(branch),
      m_defaultLanguage(language),
      m_language(language),
      m_reasons(branch.priorityReasons)
{
    connect(&m_source, &StatusSource::updated, this, &KioskController::onSnapshot);
    connect(&m_source, &StatusSource::failed, this, &KioskController::onStatusFailed);
    connect(&m_printer, &PrintService::finished, this, &KioskController::onPrinted);
    m_watch.setRetryInterval(m_timings.retryMs);
    connect(&m_watch, &DatabaseWatch::outOfServiceChanged, this, &KioskController::onServiceChanged);
    if (feed) {
        // The feed looks every few milliseconds and is the first to see a removed file.
        connect(feed, &ChangeFeed::lost, &m_watch, &DatabaseWatch::lost);
    }

    m_clockTimer.setInterval(1000);
    connect(&m_clockTimer, &QTimer::timeout, this, &KioskController::tick);
    m_countdown.setInterval(1000);
    connect(&m_countdown, &QTimer::timeout, this, [this] {
        setSecondsLeft(m_secondsLeft - 1);
        if (m_secondsLeft <= 0)
            returnToStart();
    });
    m_pleaseWaitTimer.setSingleShot(true);
    m_pleaseWaitTimer.setInterval(m_timings.pleaseWaitMs);
    connect(&m_pleaseWaitTimer, &QTimer::timeout, this, [this] {
        m_pleaseWait = m_issuing;
        emit pleaseWaitChanged();
    });
    m_idleTimer.setSingleShot(true);
    m_idleTimer.setInterval(m_timings.idleSeconds * 1000);
    connect(&m_idleTimer, &QTimer::timeout, this, &KioskController::onIdle);
    m_errorTimer.setSingleShot(true);
    m_errorTimer.setInterval(m_timings.errorSeconds * 1000);
    connect(&m_errorTimer, &QTimer::timeout, this, &KioskController::dismissError);

    retranslate();
}

KioskController::~KioskController() = default;

void KioskController::start()
{
    tick();
    m_clockTimer.start();
    m_screenShown.start();
    m_source.refresh();
}

// ---- touches --------------------------------------------------------------------------

void KioskController::chooseService(const QString &code)
{
    touched();
    if (m_screen != Screen::Start)
        return;
    if (m_issuing) {
        // The second tap of a double-tap, or an impatient customer: one touch, one ticket.
        qCInfo(lcKiosk, "touch on %s ignored: a ticket is being issued", qPrintable(code));
        return;
    }
    if (m_screenShown.elapsed() < m_timings.startGuardMs) {
        qCInfo(lcKiosk, "touch on %s ignored: %lld ms after the start screen came back", qPrintable(code),
               m_screenShown.elapsed());
        return;
    }
    if (!m_services.isAvailable(code)) {
        qCInfo(lcKiosk, "touch on %s ignored: the service takes no tickets now", qPrintable(code));
        return;
    }
    dismissError();
    setIssuing(true);
    IssueOptions options;
    options.priorityReason = m_priorityReason;
    options.priority = !m_priorityReason.isEmpty();
    m_worker.run<IssueAnswer>(
            [code, options](QueueEngine &e) {
                auto issued = e.issue(code, options);
                auto branch = e.branch();
                return IssueAnswer{issued, branch ? branch->config : BranchConfig{}};
            },
            this, [this](IssueAnswer a) { onIssued(a.issued, a.branch); });
}

void KioskController::beginPriority(const QString &reasonCode)
{
    touched();
    if (m_screen != Screen::Start || m_issuing || !m_reasons.contains(reasonCode))
        return;
    m_priorityReason = reasonCode;
    emit priorityChanged();
}

void KioskController::cancelPriority()
{
    if (m_priorityReason.isEmpty())
        return;
    m_priorityReason.clear();
    emit priorityChanged();
}

void KioskController::dismissTicket()
{
    if (m_screen != Screen::Ticket)
        return;
    if (m_screenShown.elapsed() < m_timings.dismissGuardMs)
        return; // the second tap of the touch that issued it: let the customer read the number
    returnToStart();
}

void KioskController::dismissError()
{
    m_errorTimer.stop();
    setError({});
}

void KioskController::switchLanguage(const QString &language)
{
    touched();
    const QString lang = normaliseLanguage(language);
    if (lang.isEmpty() || lang == m_language)
        return;
    if (!installTranslations(lang))
        return;
    m_language = lang;
    retranslate();
    emit languageChanged();
}

void KioskController::touched()
{
    m_idleTimer.start();
}

// ---- answers --------------------------------------------------------------------------

void KioskController::onIssued(const Result<IssuedTicket> &issued, const BranchConfig &branch)
{
    setIssuing(false);
    if (!branch.name.isEmpty())
        m_branch = branch;
    m_source.refresh();
    if (!issued) {
        const Error &e = issued.error();
        qCWarning(lcKiosk, "no ticket issued: %s", qPrintable(e.message));
        m_watch.failed(DatabaseWatch::Access::Write, e);
        if (m_watch.isOutOfService())
            return; // the out-of-service page says it better than a notice
        // A rule's reason is for the customer; a database failure is for the log.
        setError(e.kind == Error::Kind::Storage
                         ? Tr::tr("The queue system is busy. Please try again in a moment, or ask our staff.")
                         : e.message);
        m_errorTimer.start();
        return;
    }
    m_watch.succeeded(DatabaseWatch::Access::Write);
    const TicketSlip slip = TicketSlip::build(*issued, m_branch);
    qCInfo(lcKiosk, "ticket %s issued, %d ahead", qPrintable(slip.code), slip.ahead);
    m_ticket.show(slip, issued->estimate, false);
    cancelPriority();
    setSecondsLeft(m_timings.returnSeconds);
    setScreen(Screen::Ticket);
    m_countdown.start();
    if (m_printer.hasPrinter()) {
        setPrintState(PrintState::Printing);
        m_printJob = m_printer.print(slip);
    } else {
        setPrintState(PrintState::NoPrinter);
    }
    emit ticketIssued(slip.code);
}

void KioskController::onPrinted(quint64 jobId, bool printed)
{
    if (jobId != m_printJob || m_screen != Screen::Ticket || m_printState != PrintState::Printing)
        return;
    setPrintState(printed ? PrintState::Printed : PrintState::Failed);
    if (!printed)
        setSecondsLeft(std::max(m_secondsLeft, m_timings.faultReturnSeconds));
}

void KioskController::onSnapshot(const BranchSnapshot &snapshot)
{
    m_watch.succeeded(DatabaseWatch::Access::Read);
    const bool firstTime = !m_hasStatus;
    m_hasStatus = true;
    m_status = snapshot.status;
    if (snapshot.config.name != m_branch.name || firstTime) {
        m_branch = snapshot.config;
        emit branchChanged();
    } else {
        m_branch = snapshot.config;
    }
    m_services.setServices(m_status.services);
    m_reasons.setReasons(m_branch.priorityReasons);
    m_closed = ClosedNotice::describe(m_status, BranchCalendar(m_branch.calendar), currentLocale());
    emit closedChanged();
    settleScreen();
}

void KioskController::onStatusFailed(const Error &error)
{
    qCWarning(lcKiosk, "cannot read the branch status: %s", qPrintable(error.message));
    if (!m_hasStatus && error.kind == Error::Kind::Storage)
        m_watch.lost(error.message); // nothing to show but the out-of-service page
    else
        m_watch.failed(DatabaseWatch::Access::Read, error);
    if (m_screen == Screen::OutOfService && !m_watch.isOutOfService()) {
        // Back, but this connection has not reopened the file yet (it waits a moment after a
        // loss): ask again then, rather than wait for the next change or minute.
        QTimer::singleShot(Database::kReconnectMs, this, [this] { m_source.refresh(); });
    }
}

void KioskController::onServiceChanged(bool outOfService)
{
    if (outOfService) {
        qCWarning(lcKiosk, "out of service: %s", qPrintable(m_watch.reason()));
        dismissError();
        cancelPriority();
        settleScreen();
        return;
    }
    qCInfo(lcKiosk, "back in service");
    m_source.refresh(); // its answer settles the screen
}

// ---- screens and time -----------------------------------------------------------------

void KioskController::settleScreen()
{
    if (m_screen == Screen::Ticket)
        return; // the ticket screen returns by itself, then settles
    if (!m_status.acceptsTickets || m_watch.isOutOfService())
        cancelPriority();
    setScreen(restingScreen());
}

KioskController::Screen KioskController::restingScreen() const
{
    if (m_watch.isOutOfService())
        return Screen::OutOfService;
    if (!m_hasStatus)
        return Screen::Loading;
    return m_status.acceptsTickets ? Screen::Start : Screen::Closed;
}

void KioskController::returnToStart()
{
    m_countdown.stop();
    setSecondsLeft(0);
    // The next customer starts in the branch's language.
    switchLanguage(m_defaultLanguage);
    setScreen(restingScreen());
    m_source.refresh();
}

void KioskController::onIdle()
{
    if (m_screen == Screen::Ticket)
        return;
    cancelPriority();
    switchLanguage(m_defaultLanguage);
}

void KioskController::tick()
{
    const QDateTime local = m_clock.nowUtc().toTimeZone(m_branch.calendar.timeZone);
    const QLocale locale = currentLocale();
    m_timeText = locale.toString(local.time(), QLocale::ShortFormat);
    m_dateText = locale.toString(local.date(), QLocale::LongFormat);
    emit clockChanged();
    // Opening, the last-ticket time and closing fall on whole minutes: look again at each.
    const int minute = local.time().hour() * 60 + local.time().minute();
    if (m_lastMinute >= 0 && minute != m_lastMinute)
        m_source.refresh();
    m_lastMinute = minute;
}

void KioskController::retranslate()
{
    m_services.retranslate(m_language);
    m_reasons.retranslate(m_language);
    if (m_hasStatus) {
        m_closed = ClosedNotice::describe(m_status, BranchCalendar(m_branch.calendar), currentLocale());
        emit closedChanged();
    }
    emit priorityChanged();
    tick();
}

bool KioskController::showPreview(const QString &serviceCode)
{
    const ServiceStatus *s = m_services.service(serviceCode);
    if (!s || !m_hasStatus || !m_status.acceptsTickets || !m_services.isAvailable(serviceCode))
        return false;
    IssuedTicket would;
    would.ticket.serviceCode = serviceCode;
    would.ticket.code = formatTicketCode(serviceCode, s->issuedToday + 1);
    would.ticket.priority = s->service.priority;
    would.ticket.issuedAt = m_clock.nowUtc();
    would.estimate = s->estimate;
    m_ticket.show(TicketSlip::build(would, m_branch), would.estimate, true);
    setPrintState(PrintState::NoPrinter);
    setSecondsLeft(m_timings.returnSeconds);
    setScreen(Screen::Ticket);
    return true;
}

QString KioskController::firstAvailableService() const
{
    for (const ServiceStatus &s : m_status.services) {
        if (m_services.isAvailable(s.service.code))
            return s.service.code;
    }
    return {};
}

// ---- setters --------------------------------------------------------------------------

void KioskController::setScreen(Screen screen)
{
    if (screen == m_screen)
        return;
    m_screen = screen;
    m_screenShown.start();
    emit screenChanged();
}

void KioskController::setIssuing(bool issuing)
{
    if (issuing == m_issuing)
        return;
    m_issuing = issuing;
    if (issuing) {
        m_pleaseWaitTimer.start();
    } else {
        m_pleaseWaitTimer.stop();
        if (m_pleaseWait) {
            m_pleaseWait = false;
            emit pleaseWaitChanged();
        }
    }
    emit issuingChanged();
}

void KioskController::setPrintState(PrintState state)
{
    if (state == m_printState)
        return;
    m_printState = state;
    emit printStateChanged();
}

void KioskController::setSecondsLeft(int seconds)
{
    if (seconds == m_secondsLeft)
        return;
    m_secondsLeft = seconds;
    emit secondsLeftChanged();
}

void KioskController::setError(const QString &text)
{
    if (text == m_errorText)
        return;
    m_errorText = text;
    emit errorChanged();
}

} // namespace antrian::kiosk
