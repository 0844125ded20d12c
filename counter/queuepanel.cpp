// SPDX-License-Identifier: GPL-3.0-or-later
#include "queuepanel.h"

#include "deskmodel.h"
#include "durations.h"
#include "waitingdelegate.h"
#include "waitinglistmodel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QListWidget>
#include <QPushButton>
#include <QShortcut>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace antrian::counter {

namespace {

enum ItemData { ServiceCodeData = Qt::UserRole + 1, CounterNumberData, TicketCodeData };

QString stateText(const CounterSeat &seat)
{
    if (seat.state == CounterState::Paused)
        return QueuePanel::tr("on a break");
    if (seat.session && !seat.stale)
        return seat.session->fullName;
    return QueuePanel::tr("nobody logged in");
}

} // namespace

QueuePanel::QueuePanel(WaitingListModel *model, QWidget *parent) : QFrame(parent), m_model(model)
{
    setObjectName(QStringLiteral("queueCard"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_pages = new QStackedWidget(this);
    layout->addWidget(m_pages);
    m_pages->addWidget(buildQueuePage());
    m_pages->addWidget(buildChooserPage(QStringLiteral("transfer"), &m_transferList, &m_transferTitle, &m_transferConfirm));
    m_pages->addWidget(buildChooserPage(QStringLiteral("reinstate"), &m_reinstateList, &m_reinstateTitle, &m_reinstateConfirm));
    connect(m_transferConfirm, &QPushButton::clicked, this, &QueuePanel::confirmTransfer);
    connect(m_transferList, &QListWidget::itemActivated, this, &QueuePanel::confirmTransfer);
    connect(m_reinstateConfirm, &QPushButton::clicked, this, &QueuePanel::confirmReinstate);
    connect(m_reinstateList, &QListWidget::itemActivated, this, &QueuePanel::confirmReinstate);
}

QWidget *QueuePanel::buildQueuePage()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(20, 16, 20, 12);
    layout->setSpacing(10);
    m_queueTitle = new QLabel(page);
    m_queueTitle->setObjectName(QStringLiteral("queueTitle"));
    m_chips = new QWidget(page);
    m_chips->setObjectName(QStringLiteral("serviceCounts"));
    m_chipLayout = new QHBoxLayout(m_chips);
    m_chipLayout->setContentsMargins(0, 0, 0, 0);
    m_chipLayout->setSpacing(8);
    m_list = new QListView(page);
    m_list->setObjectName(QStringLiteral("waitingList"));
    m_list->setModel(m_model);
    m_delegate = new WaitingDelegate(m_list);
    m_list->setItemDelegate(m_delegate);
    m_list->setSelectionMode(QAbstractItemView::NoSelection);
    m_list->setFocusPolicy(Qt::NoFocus);
    m_list->setUniformItemSizes(true);
    m_list->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_empty = new QLabel(tr("Nobody is waiting for this counter."), page);
    m_empty->setObjectName(QStringLiteral("emptyQueue"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    layout->addWidget(m_queueTitle);
    layout->addWidget(m_chips);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_empty, 1);
    return page;
}

QWidget *QueuePanel::buildChooserPage(const QString &name, QListWidget **list, QLabel **title, QPushButton **confirm)
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(20, 16, 20, 16);
    layout->setSpacing(10);
    *title = new QLabel(page);
    (*title)->setObjectName(QStringLiteral("queueTitle"));
    (*title)->setWordWrap(true);
    *list = new QListWidget(page);
    (*list)->setObjectName(name + QStringLiteral("List"));
    (*list)->setWordWrap(true);
    (*list)->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *hint = new QLabel(tr("↑ ↓ choose · Enter confirm · Esc back to the queue"), page);
    hint->setObjectName(QStringLiteral("panelHint"));
    auto *buttons = new QHBoxLayout;
    auto *cancel = new QPushButton(tr("Back (Esc)"), page);
    cancel->setObjectName(name + QStringLiteral("Cancel"));
    cancel->setProperty("kind", QStringLiteral("panelButton"));
    cancel->setFocusPolicy(Qt::NoFocus);
    *confirm = new QPushButton(page);
    (*confirm)->setObjectName(name + QStringLiteral("Confirm"));
    (*confirm)->setProperty("kind", QStringLiteral("panelButton"));
    (*confirm)->setProperty("variant", QStringLiteral("blue"));
    (*confirm)->setFocusPolicy(Qt::NoFocus);
    buttons->addWidget(cancel);
    buttons->addStretch(1);
    buttons->addWidget(*confirm);
    layout->addWidget(*title);
    layout->addWidget(*list, 1);
    layout->addWidget(hint);
    layout->addLayout(buttons);
    connect(cancel, &QPushButton::clicked, this, &QueuePanel::showQueue);
    auto *escape = new QShortcut(QKeySequence(Qt::Key_Escape), page, nullptr, nullptr, Qt::WidgetWithChildrenShortcut);
    connect(escape, &QShortcut::activated, this, &QueuePanel::showQueue);
    return page;
}

void QueuePanel::setScale(double scale)
{
    m_delegate->setScale(scale);
    m_list->doItemsLayout();
}

QueuePanel::Chooser QueuePanel::chooser() const
{
    switch (m_pages->currentIndex()) {
    case 1: return Chooser::Transfer;
    case 2: return Chooser::Reinstate;
    default: return Chooser::None;
    }
}

void QueuePanel::showQueue()
{
    m_pages->setCurrentIndex(0);
}

void QueuePanel::showDesk(const DeskModel &desk)
{
    const auto &view = desk.view();
    const int waiting = view ? int(view->queue.size()) : 0;
    m_queueTitle->setText(tr("Queue for counter %1 · %n waiting", nullptr, waiting).arg(desk.session().counterNumber));
    m_list->setVisible(waiting > 0);
    m_empty->setVisible(waiting == 0);

    // One chip per service of this counter: "B Teller 5".
    QStringList chips;
    if (view) {
        for (const ServiceStatus &s : view->services) {
            QString chip = tr("%1 %2: %3").arg(s.service.code, desk.serviceName(s.service.code)).arg(s.waiting);
            if (s.paused)
                chip += QStringLiteral(" · ") + tr("paused");
            chips.append(chip);
        }
    }
    if (chips == m_chipTexts)
        return;
    m_chipTexts = chips;
    while (QLayoutItem *item = m_chipLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    for (const QString &text : chips) {
        auto *label = new QLabel(text, m_chips);
        label->setProperty("kind", QStringLiteral("serviceChip"));
        label->setObjectName(QStringLiteral("serviceChip"));
        m_chipLayout->addWidget(label);
    }
    m_chipLayout->addStretch(1);
}

void QueuePanel::openTransfer(const DeskModel &desk, const QList<CounterSeat> &seats)
{
    const auto &view = desk.view();
    if (!view || !view->current)
        return;
    const Ticket &t = *view->current;
    m_transferTitle->setText(tr("Send %1 to another service or counter").arg(t.code));
    m_transferConfirm->setText(tr("Transfer (Enter)"));
    m_transferList->clear();
    for (const ServiceStatus &s : view->branch.services) {
        if (s.service.code == t.serviceCode)
            continue;
        auto *item = new QListWidgetItem(tr("Service %1 · %2 — %n waiting, keeps its place in line", nullptr, s.waiting)
                                                 .arg(s.service.code, desk.serviceName(s.service.code)),
                                         m_transferList);
        item->setData(ServiceCodeData, s.service.code);
    }
    for (const CounterStatus &c : view->branch.counters) {
        if (c.counter.number == desk.session().counterNumber)
            continue;
        CounterSeat seat;
        seat.counter = c.counter;
        seat.state = c.state;
        for (const CounterSeat &s : seats) {
            if (s.counter.number == c.counter.number)
                seat = s;
        }
        auto *item = new QListWidgetItem(tr("Counter %1 · %2 — %3").arg(c.counter.number).arg(c.counter.name, stateText(seat)),
                                         m_transferList);
        item->setData(CounterNumberData, c.counter.number);
    }
    m_transferList->setCurrentRow(0);
    m_pages->setCurrentIndex(1);
    m_transferList->setFocus();
}

void QueuePanel::openReinstate(const DeskModel &desk)
{
    const auto &view = desk.view();
    if (!view)
        return;
    m_reinstateTitle->setText(
            tr("Bring back a no-show (within %n minute(s) of the no-show)", nullptr, view->reinstateMinutes));
    m_reinstateConfirm->setText(tr("Bring back (Enter)"));
    m_reinstateList->clear();
    const QDateTime now = desk.now();
    for (const Ticket &t : view->reinstatable) {
        auto *item = new QListWidgetItem(tr("%1 · %2 — no-show at %3 (%4 ago)")
                                                 .arg(t.code, desk.serviceName(t.serviceCode),
                                                      t.finishedAt.toTimeZone(m_zone).toString(QStringLiteral("HH:mm")),
                                                      minutesText(t.finishedAt.secsTo(now))),
                                         m_reinstateList);
        item->setData(TicketCodeData, t.code);
    }
    m_reinstateList->setCurrentRow(0);
    m_pages->setCurrentIndex(2);
    m_reinstateList->setFocus();
}

void QueuePanel::confirmTransfer()
{
    QListWidgetItem *item = m_transferList->currentItem();
    if (!item)
        return;
    TransferTarget target;
    target.serviceCode = item->data(ServiceCodeData).toString();
    target.counterNumber = item->data(CounterNumberData).toInt();
    showQueue();
    emit transferChosen(target);
}

void QueuePanel::confirmReinstate()
{
    QListWidgetItem *item = m_reinstateList->currentItem();
    if (!item)
        return;
    const QString code = item->data(TicketCodeData).toString();
    showQueue();
    emit reinstateChosen(code);
}

} // namespace antrian::counter
