// SPDX-License-Identifier: GPL-3.0-or-later
// KioskController: the kiosk's view-model. It decides which screen shows (start, ticket,
// closed, out of service), turns one touch on a service into exactly one ticket (a touch while one is being
// issued, or in the first moments after a screen change, is ignored), keeps the priority path
// and the language, and hands the slip to the printer after the ticket is in the database.
// QML binds to it and forwards touches; it decides nothing.
#pragma once

#include "closednotice.h"
#include "priorityreasonmodel.h"
#include "servicelistmodel.h"
#include "statussource.h"
#include "ticketview.h"

#include "app/databasewatch.h"
#include "core/clock.h"
#include "queue/queueworker.h"

#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QObject>
#include <QTimer>
#include <QtQml/qqmlregistration.h>

Q_DECLARE_LOGGING_CATEGORY(lcKiosk)

namespace antrian::kiosk {

class PrintService;

// How long things take on the kiosk; tests shorten them.
struct KioskTimings
{
    int returnSeconds = 10;      // the ticket screen, then back to the start
    int faultReturnSeconds = 30; // longer when the slip did not print: time to note the number
    int dismissGuardMs = 1500;   // a touch this soon on the ticket screen is the tail of a double-tap
    int startGuardMs = 800;      // likewise for the start screen after a ticket
    int pleaseWaitMs = 400;      // "please wait" only when issuing is slow enough to notice
    int idleSeconds = 60;        // idle: back to the branch's language, priority path closed
    int errorSeconds = 12;       // an error message stays this long unless touched
    int retryMs = DatabaseWatch::kRetryMs; // out of service: how often the database is tried
};

class KioskController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("created by the kiosk app")
    Q_PROPERTY(Screen screen READ screen NOTIFY screenChanged)
    Q_PROPERTY(QString language READ language NOTIFY languageChanged)
    Q_PROPERTY(QString branchName READ branchName NOTIFY branchChanged)
    Q_PROPERTY(QString timeText READ timeText NOTIFY clockChanged)
    Q_PROPERTY(QString dateText READ dateText NOTIFY clockChanged)
    Q_PROPERTY(antrian::kiosk::ServiceListModel *services READ services CONSTANT)
    Q_PROPERTY(antrian::kiosk::PriorityReasonModel *priorityReasons READ priorityReasons CONSTANT)
    Q_PROPERTY(antrian::kiosk::TicketView *ticket READ ticket CONSTANT)
    Q_PROPERTY(bool issuing READ issuing NOTIFY issuingChanged)
    Q_PROPERTY(bool pleaseWait READ pleaseWait NOTIFY pleaseWaitChanged)
    Q_PROPERTY(QString priorityReason READ priorityReason NOTIFY priorityChanged)
    Q_PROPERTY(QString priorityReasonName READ priorityReasonName NOTIFY priorityChanged)
    Q_PROPERTY(PrintState printState READ printState NOTIFY printStateChanged)
    Q_PROPERTY(int secondsLeft READ secondsLeft NOTIFY secondsLeftChanged)
    Q_PROPERTY(QString closedTitle READ closedTitle NOTIFY closedChanged)
    Q_PROPERTY(QString closedDetail READ closedDetail NOTIFY closedChanged)
    Q_PROPERTY(QString reopensText READ reopensText NOTIFY closedChanged)
    Q_PROPERTY(QStringList openingHours READ openingHours NOTIFY closedChanged)
    Q_PROPERTY(QString errorText READ errorText NOTIFY errorChanged)
public:
    enum class Screen { Loading, Start, Ticket, Closed, OutOfService };
    Q_ENUM(Screen)
    enum class PrintState { NoPrinter, Printing, Printed, Failed };
    Q_ENUM(PrintState)

    KioskController(QueueWorker &worker, ChangeFeed *feed, PrintService &printer, const Clock &clock,
                    const BranchConfig &branch, const QString &language, KioskTimings timings = {},
                    QObject *parent = nullptr);
    ~KioskController() override;

    // Reads the branch status; the first screen shows when it answers.
    void start();

    // Touches, forwarded by QML.
    Q_INVOKABLE void chooseService(const QString &code);
    Q_INVOKABLE void beginPriority(const QString &reasonCode);
    Q_INVOKABLE void cancelPriority();
    Q_INVOKABLE void dismissTicket();
    Q_INVOKABLE void dismissError();
    Q_INVOKABLE void switchLanguage(const QString &language);
    // Any touch anywhere: keeps the idle timer from resetting the screen under a customer.
    Q_INVOKABLE void touched();

    // For --screen ticket: shows what a ticket of `serviceCode` would look like now, marked
    // as a preview, without issuing it. False if the service cannot take tickets now.
    bool showPreview(const QString &serviceCode);
    // The first service that can take a ticket now; empty if none.
    QString firstAvailableService() const;

    Screen screen() const { return m_screen; }
    QString language() const { return m_language; }
    QString branchName() const { return m_branch.name; }
    QString timeText() const { return m_timeText; }
    QString dateText() const { return m_dateText; }
    ServiceListModel *services() { return &m_services; }
    PriorityReasonModel *priorityReasons() { return &m_reasons; }
    TicketView *ticket() { return &m_ticket; }
    bool issuing() const { return m_issuing; }
    bool pleaseWait() const { return m_pleaseWait; }
    QString priorityReason() const { return m_priorityReason; }
    QString priorityReasonName() const { return m_reasons.nameOf(m_priorityReason); }
    PrintState printState() const { return m_printState; }
    int secondsLeft() const { return m_secondsLeft; }
    QString closedTitle() const { return m_closed.title; }
    QString closedDetail() const { return m_closed.detail; }
    QString reopensText() const { return m_closed.reopens; }
    QStringList openingHours() const { return m_closed.hours; }
    QString errorText() const { return m_errorText; }
    bool hasStatus() const { return m_hasStatus; }
    // Out of service: the database cannot be opened, read or written (a few failures in a
    // row), or its file was removed or replaced. Retried every KioskTimings::retryMs.
    bool isOutOfService() const { return m_watch.isOutOfService(); }
    const QString &outOfServiceReason() const { return m_watch.reason(); }

signals:
    void screenChanged();
    void languageChanged();
    void branchChanged();
    void clockChanged();
    void issuingChanged();
    void pleaseWaitChanged();
    void priorityChanged();
    void printStateChanged();
    void secondsLeftChanged();
    void closedChanged();
    void errorChanged();
    // A ticket was issued and is on screen (not for previews).
    void ticketIssued(const QString &code);

private:
    struct IssueAnswer;
    void onSnapshot(const BranchSnapshot &snapshot);
    void onStatusFailed(const Error &error);
    void onIssued(const Result<IssuedTicket> &issued, const BranchConfig &branch);
    void onPrinted(quint64 jobId, bool printed);
    void returnToStart();
    void onIdle();
    void tick();
    void settleScreen();
    void onServiceChanged(bool outOfService);
    Screen restingScreen() const;
    void setScreen(Screen screen);
    void setIssuing(bool issuing);
    void setPrintState(PrintState state);
    void setSecondsLeft(int seconds);
    void setError(const QString &text);
    void retranslate();

    QueueWorker &m_worker;
    PrintService &m_printer;
    const Clock &m_clock;
    StatusSource m_source;
    DatabaseWatch m_watch;
    KioskTimings m_timings;
    BranchConfig m_branch;
    BranchStatus m_status;
    bool m_hasStatus = false;
    const QString m_defaultLanguage;
    QString m_language;

    ServiceListModel m_services;
    PriorityReasonModel m_reasons;
    TicketView m_ticket;
    ClosedNotice m_closed;

    Screen m_screen = Screen::Loading;
    bool m_issuing = false;
    bool m_pleaseWait = false;
    QString m_priorityReason;
    PrintState m_printState = PrintState::NoPrinter;
    quint64 m_printJob = 0;
    int m_secondsLeft = 0;
    QString m_errorText;
    QString m_timeText;
    QString m_dateText;
    int m_lastMinute = -1;

    QElapsedTimer m_screenShown; // monotonic, for the touch guards; not the wall clock
    QTimer m_clockTimer;
    QTimer m_countdown;
    QTimer m_pleaseWaitTimer;
    QTimer m_idleTimer;
    QTimer m_errorTimer;
};

} // namespace antrian::kiosk
