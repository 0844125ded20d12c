// SPDX-License-Identifier: GPL-3.0-or-later
#include "deskpage.h"

#include "actionbutton.h"
#include "deskmodel.h"
#include "outcomepanel.h"
#include "queuepanel.h"
#include "sentence.h"
#include "ticketpanel.h"

#include <QGridLayout>
#include <QLabel>
#include <QStackedWidget>
#include <QStyle>
#include <QVBoxLayout>

namespace antrian::counter {

DeskPage::DeskPage(DeskModel &desk, QWidget *parent) : QWidget(parent), m_desk(desk)
{
    setObjectName(QStringLiteral("deskPage"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(14, 14, 14, 14);
    layout->setSpacing(14);

    auto *left = new QVBoxLayout;
    left->setSpacing(10);
    m_ticket = new TicketPanel(this);
    m_messageBar = new QFrame(this);
    m_messageBar->setObjectName(QStringLiteral("messageBar"));
    auto *messageLayout = new QHBoxLayout(m_messageBar);
    messageLayout->setContentsMargins(16, 8, 16, 8);
    m_message = new QLabel(m_messageBar);
    m_message->setObjectName(QStringLiteral("deskMessage"));
    m_message->setWordWrap(true);
    messageLayout->addWidget(m_message);

    m_keys = new QStackedWidget(this);
    m_actions = new QWidget(m_keys);
    auto *grid = new QGridLayout(m_actions);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setSpacing(8);
    const QList<ActionButton *> buttons{
            addButton(CounterAction::CallNext, "callNextButton", Qt::Key_F1, tr("Call next"), QStringLiteral("go")),
            addButton(CounterAction::Recall, "recallButton", Qt::Key_F2, tr("Call again"), QString()),
            addButton(CounterAction::Start, "startButton", Qt::Key_F3, tr("Start serving"), QStringLiteral("blue")),
            addButton(CounterAction::Finish, "finishButton", Qt::Key_F4, tr("Finish"), QStringLiteral("blue")),
            addButton(CounterAction::NoShow, "noShowButton", Qt::Key_F5, tr("No-show"), QStringLiteral("warn")),
            addButton(CounterAction::Transfer, "transferButton", Qt::Key_F6, tr("Transfer"), QString()),
            addButton(CounterAction::Pause, "pauseButton", Qt::Key_F7, tr("Break"), QString()),
            addButton(CounterAction::Reinstate, "reinstateButton", Qt::Key_F8, tr("Bring back"), QString()),
            addButton(CounterAction::Logout, "logoutButton", Qt::Key_F10, tr("Log out"), QString()),
    };
    for (int i = 0; i < buttons.size(); ++i)
        grid->addWidget(buttons.at(i), i / 3, i % 3);
    m_outcomes = new OutcomePanel(m_desk, m_keys);
    m_keys->addWidget(m_actions);
    m_keys->addWidget(m_outcomes);

    left->addWidget(m_ticket, 1);
    left->addWidget(m_messageBar);
    left->addWidget(m_keys);

    m_queue = new QueuePanel(m_desk.waitingList(), this);
    layout->addLayout(left, 3);
    layout->addWidget(m_queue, 2);

    connect(&m_desk, &DeskModel::changed, this, &DeskPage::showDesk);
    connect(&m_desk, &DeskModel::ticked, this, [this] { m_ticket->showDesk(m_desk); });
    connect(m_queue, &QueuePanel::transferChosen, this, [this](const TransferTarget &target) { m_desk.transfer(target); });
    connect(m_queue, &QueuePanel::reinstateChosen, this, [this](const QString &code) { m_desk.reinstate(code); });
    showDesk();
}

ActionButton *DeskPage::addButton(CounterAction action, const char *name, Qt::Key key, const QString &title,
                                  const QString &variant)
{
    auto *b = new ActionButton(QKeySequence(key), title, variant, m_actions);
    b->setObjectName(QString::fromLatin1(name));
    m_buttons.insert(action, b);
    connect(b, &QPushButton::clicked, this, [this, action] { onAction(action); });
    return b;
}

void DeskPage::setTimeZone(const QTimeZone &zone)
{
    m_ticket->setTimeZone(zone);
    m_queue->setTimeZone(zone);
}

void DeskPage::setScale(double scale)
{
    m_queue->setScale(scale);
}

void DeskPage::onAction(CounterAction action)
{
    switch (action) {
    case CounterAction::CallNext: m_desk.callNext(); break;
    case CounterAction::Recall: m_desk.recall(); break;
    case CounterAction::Start: m_desk.start(); break;
    case CounterAction::Finish:
        if (m_desk.outcomes().isEmpty()) {
            m_desk.finish();
        } else {
            m_queue->showQueue(); // one chooser at a time: Esc goes back from this one
            m_outcomes->reset();
            m_desk.beginOutcomeChoice();
        }
        break;
    case CounterAction::NoShow: m_desk.noShow(); break;
    case CounterAction::Transfer: m_queue->openTransfer(m_desk, m_seats); break;
    case CounterAction::Pause:
    case CounterAction::Resume: m_desk.togglePause(); break;
    case CounterAction::Reinstate: m_queue->openReinstate(m_desk); break;
    case CounterAction::Logout: m_desk.logout(); break;
    }
}

void DeskPage::showDesk()
{
    // While an action runs (a few milliseconds) the buttons keep their look; the model
    // ignores presses meanwhile, so nothing flickers and nothing happens twice.
    if (!m_desk.isBusy()) {
        for (auto it = m_buttons.cbegin(); it != m_buttons.cend(); ++it)
            it.value()->setEnabled(m_desk.isEnabled(it.key()));
    }
    // One key for the break: Break while open, Resume while on a break.
    ActionButton *pause = m_buttons.value(CounterAction::Pause);
    const bool paused = m_desk.isEnabled(CounterAction::Resume);
    if (!m_desk.isBusy())
        pause->setEnabled(paused || m_desk.isEnabled(CounterAction::Pause));
    pause->setTitle(paused ? tr("Resume") : tr("Break"));
    pause->setVariant(paused ? QStringLiteral("go") : QString());
    ActionButton *noShow = m_buttons.value(CounterAction::NoShow);
    noShow->setTitle(m_desk.noShowArmed() ? tr("Press again: no-show") : tr("No-show"));
    noShow->setVariant(m_desk.noShowArmed() ? QStringLiteral("danger") : QStringLiteral("warn"));

    // A chooser whose action is no longer possible (the ticket left meanwhile) closes.
    const QueuePanel::Chooser chooser = m_queue->chooser();
    if (!m_desk.isBusy()
        && ((chooser == QueuePanel::Chooser::Transfer && !m_desk.isEnabled(CounterAction::Transfer))
            || (chooser == QueuePanel::Chooser::Reinstate && !m_desk.isEnabled(CounterAction::Reinstate))))
        m_queue->showQueue();

    m_message->setText(sentence(m_desk.message()));
    m_messageBar->setVisible(!m_desk.message().isEmpty());
    if (m_messageBar->property("error").toBool() != m_desk.messageIsError()) {
        m_messageBar->setProperty("error", m_desk.messageIsError());
        for (QWidget *w : {static_cast<QWidget *>(m_messageBar), static_cast<QWidget *>(m_message)}) {
            w->style()->unpolish(w);
            w->style()->polish(w);
        }
    }
    // A hidden key's shortcut does not fire: F4 and Esc mean what the keys on screen say.
    // The outcome keys are made before the choice shows: keys made in a visible panel would show
    // only after the event loop ran, and their number keys would not work until then.
    if (m_desk.isChoosingOutcome())
        m_outcomes->showDesk();
    QWidget *keys = m_desk.isChoosingOutcome() ? static_cast<QWidget *>(m_outcomes) : m_actions;
    if (m_keys->currentWidget() != keys) {
        m_keys->setCurrentWidget(keys);
        // Focus left in a field that takes typed digits would swallow the number keys: the
        // choice holds the focus while open.
        if (keys == m_outcomes)
            m_outcomes->setFocus();
    }
    m_ticket->showDesk(m_desk);
    m_queue->showDesk(m_desk);
}

} // namespace antrian::counter
