// SPDX-License-Identifier: GPL-3.0-or-later
// DeskPage: the counter screen while someone is logged in: the ticket at hand on the left
// with the action buttons under it (or the outcome choice Finish opens, when the branch lists
// outcomes), the queue on the right, and a message line that says what just happened or why
// an action was refused.
#pragma once

#include "queue/counteractions.h"
#include "staff/countersessions.h"

#include <QHash>
#include <QTimeZone>
#include <QWidget>

class QFrame;
class QLabel;
class QStackedWidget;

namespace antrian::counter {

class ActionButton;
class DeskModel;
class OutcomePanel;
class QueuePanel;
class TicketPanel;

class DeskPage : public QWidget
{
    Q_OBJECT
public:
    DeskPage(DeskModel &desk, QWidget *parent = nullptr);

    void setTimeZone(const QTimeZone &zone);
    void setScale(double scale);
    void setSeats(const QList<CounterSeat> &seats) { m_seats = seats; }
    ActionButton *button(CounterAction action) const { return m_buttons.value(action); }

private:
    ActionButton *addButton(CounterAction action, const char *name, Qt::Key key, const QString &title,
                            const QString &variant);
    void showDesk();
    void onAction(CounterAction action);

    DeskModel &m_desk;
    TicketPanel *m_ticket = nullptr;
    QueuePanel *m_queue = nullptr;
    QFrame *m_messageBar = nullptr;
    QLabel *m_message = nullptr;
    // The action keys, or in their place the outcome choice Finish opens.
    QStackedWidget *m_keys = nullptr;
    QWidget *m_actions = nullptr;
    OutcomePanel *m_outcomes = nullptr;
    QHash<CounterAction, ActionButton *> m_buttons;
    QList<CounterSeat> m_seats;
};

} // namespace antrian::counter
