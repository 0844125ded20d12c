// SPDX-License-Identifier: GPL-3.0-or-later
// QueuePanel: the right side of the counter screen. Normally the waiting list of this
// counter with the count per service; for a transfer, the services and counters to send
// the ticket to; for a no-show who came back, the tickets that may still be brought back.
// The choosers work with arrows, Enter and Esc as well as the mouse.
#pragma once

#include "queue/queueengine.h"
#include "staff/countersessions.h"

#include <QFrame>
#include <QTimeZone>

class QHBoxLayout;
class QLabel;
class QListView;
class QListWidget;
class QPushButton;
class QStackedWidget;

namespace antrian::counter {

class DeskModel;
class WaitingDelegate;
class WaitingListModel;

class QueuePanel : public QFrame
{
    Q_OBJECT
public:
    QueuePanel(WaitingListModel *model, QWidget *parent = nullptr);

    void setTimeZone(const QTimeZone &zone) { m_zone = zone; }
    void setScale(double scale);
    void showDesk(const DeskModel &desk);
    void openTransfer(const DeskModel &desk, const QList<CounterSeat> &seats);
    void openReinstate(const DeskModel &desk);
    void showQueue();
    enum class Chooser { None, Transfer, Reinstate };
    Chooser chooser() const;

signals:
    void transferChosen(const antrian::TransferTarget &target);
    void reinstateChosen(const QString &code);

private:
    QWidget *buildQueuePage();
    QWidget *buildChooserPage(const QString &name, QListWidget **list, QLabel **title, QPushButton **confirm);
    void confirmTransfer();
    void confirmReinstate();

    QTimeZone m_zone;
    WaitingListModel *m_model = nullptr;
    WaitingDelegate *m_delegate = nullptr;
    QStackedWidget *m_pages = nullptr;
    QLabel *m_queueTitle = nullptr;
    QWidget *m_chips = nullptr;
    QHBoxLayout *m_chipLayout = nullptr;
    QStringList m_chipTexts;
    QListView *m_list = nullptr;
    QLabel *m_empty = nullptr;
    QListWidget *m_transferList = nullptr;
    QLabel *m_transferTitle = nullptr;
    QPushButton *m_transferConfirm = nullptr;
    QListWidget *m_reinstateList = nullptr;
    QLabel *m_reinstateTitle = nullptr;
    QPushButton *m_reinstateConfirm = nullptr;
};

} // namespace antrian::counter
