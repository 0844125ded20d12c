// SPDX-License-Identifier: GPL-3.0-or-later
// BoardViewModel: the lobby board as the QML screen binds to it: texts ready to show, in the
// screen's language, and three lists (counters, previous calls, waiting per service). It takes
// BoardState copies from the board feed and decides nothing; the clock comes from the Clock.
#pragma once

#include "rowmodel.h"

#include "board/boardstate.h"
#include "core/clock.h"
#include "core/translation.h"

#include <QObject>
#include <QTimer>
#include <QtQml/qqmlregistration.h>

namespace antrian::display {

class BoardViewModel : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The display makes the one board view-model.")
    Q_PROPERTY(bool ready READ isReady NOTIFY boardChanged)
    Q_PROPERTY(QString branchName READ branchName NOTIFY boardChanged)
    Q_PROPERTY(QString runningText READ runningText NOTIFY boardChanged)
    Q_PROPERTY(bool closedScreen READ showsClosedScreen NOTIFY boardChanged)
    Q_PROPERTY(bool afterHours READ isAfterHours NOTIFY boardChanged)
    Q_PROPERTY(QString closedReason READ closedReason NOTIFY boardChanged)
    Q_PROPERTY(bool acceptsTickets READ acceptsTickets NOTIFY boardChanged)
    Q_PROPERTY(QString stateTitle READ stateTitle NOTIFY boardChanged)
    Q_PROPERTY(QString stateDetail READ stateDetail NOTIFY boardChanged)
    Q_PROPERTY(QString stateReopens READ stateReopens NOTIFY boardChanged)
    Q_PROPERTY(QString stateNotice READ stateNotice NOTIFY boardChanged)
    Q_PROPERTY(QString nextOpeningDay READ nextOpeningDay NOTIFY boardChanged)
    Q_PROPERTY(QString nextOpeningTime READ nextOpeningTime NOTIFY boardChanged)
    Q_PROPERTY(bool hasNewestCall READ hasNewestCall NOTIFY boardChanged)
    Q_PROPERTY(QString newestTicket READ newestTicket NOTIFY boardChanged)
    Q_PROPERTY(int newestCounter READ newestCounter NOTIFY boardChanged)
    Q_PROPERTY(QString newestCounterName READ newestCounterName NOTIFY boardChanged)
    Q_PROPERTY(QString newestServiceName READ newestServiceName NOTIFY boardChanged)
    Q_PROPERTY(bool newestRecall READ newestRecall NOTIFY boardChanged)
    Q_PROPERTY(int totalWaiting READ totalWaiting NOTIFY boardChanged)
    Q_PROPERTY(int callSerial READ callSerial NOTIFY callFlashed)
    Q_PROPERTY(QString timeText READ timeText NOTIFY clockChanged)
    Q_PROPERTY(QString dateText READ dateText NOTIFY clockChanged)
    Q_PROPERTY(bool available READ isAvailable NOTIFY availabilityChanged)
    // On a branch server the board a lost connection leaves is still the branch's: it stays up
    // with the "lost contact" notice as its offline mark. A lost SQLite file is another matter
    // (it may have been replaced): the out-of-service page covers the board.
    Q_PROPERTY(bool keepsBoardOffline READ keepsBoardOffline NOTIFY availabilityChanged)
    Q_PROPERTY(antrian::display::RowModel *counters READ counters CONSTANT)
    Q_PROPERTY(antrian::display::RowModel *previousCalls READ previousCalls CONSTANT)
    Q_PROPERTY(antrian::display::RowModel *services READ services CONSTANT)
public:
    // The calls listed beside the newest one: every recent call but the one shown large.
    static constexpr int kPreviousCalls = BoardState::kRecentCalls - 1;

    // `clock` must outlive the view-model; the clock text follows it every second.
    explicit BoardViewModel(const Clock &clock, QObject *parent = nullptr);

    // Shows `board`: every text and list follows it.
    void show(const antrian::BoardState &board);
    // A call or recall is being announced: the screen makes the newest call blink.
    void flash();
    void setAvailability(bool available, const QString &reason);
    void setKeepsBoardOffline(bool keeps)
    {
        m_keepsBoardOffline = keeps;
        emit availabilityChanged();
    }
    // Re-reads the clock now (also every second by itself).
    void updateClock();

    const BoardState &board() const { return m_board; }
    bool isReady() const { return m_ready; }
    QString branchName() const { return m_board.branch().name; }
    QString runningText() const { return m_board.branch().displayRunningText(currentLanguage()); }
    bool showsClosedScreen() const { return m_ready && m_board.showsClosedScreen(); }
    bool isAfterHours() const { return m_ready && !m_board.isOpen() && !m_board.showsClosedScreen(); }
    QString closedReason() const;
    // The branch's state in the kiosk's words (branchStateAt): tickets taken now or not, the
    // title and detail of the closed screen, when the branch opens again, and the line the
    // board shows while it stays up without taking tickets (past the last ticket, after hours).
    bool acceptsTickets() const { return !m_ready || m_board.acceptsTickets(); }
    QString stateTitle() const { return m_state.title; }
    QString stateDetail() const { return m_state.detail; }
    QString stateReopens() const { return m_state.reopens; }
    QString stateNotice() const;
    // "besok, Senin, 23 November" and "08.00"; empty when the branch never opens within a year.
    QString nextOpeningDay() const;
    QString nextOpeningTime() const;
    bool hasNewestCall() const { return m_board.newestCall() != nullptr; }
    QString newestTicket() const;
    int newestCounter() const;
    QString newestCounterName() const;
    QString newestServiceName() const;
    bool newestRecall() const;
    int totalWaiting() const { return m_board.totalWaiting(); }
    int callSerial() const { return m_callSerial; }
    QString timeText() const { return m_timeText; }
    QString dateText() const { return m_dateText; }
    bool isAvailable() const { return m_available; }
    bool keepsBoardOffline() const { return m_keepsBoardOffline; }
    RowModel *counters() { return &m_counters; }
    RowModel *previousCalls() { return &m_previousCalls; }
    RowModel *services() { return &m_services; }

signals:
    void boardChanged();
    void callFlashed();
    void clockChanged();
    void availabilityChanged();

private:
    QString counterLabel(int number) const;
    QString serviceName(const QString &code) const;
    QString localTime(const QDateTime &utc) const;

    const Clock &m_clock;
    BoardState m_board;
    BranchState m_state;
    bool m_ready = false;
    bool m_available = true;
    bool m_keepsBoardOffline = false;
    int m_callSerial = 0;
    QString m_timeText;
    QString m_dateText;
    QTimer m_clockTimer;
    RowModel m_counters;
    RowModel m_previousCalls;
    RowModel m_services;
};

} // namespace antrian::display
