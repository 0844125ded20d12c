// SPDX-License-Identifier: GPL-3.0-or-later
#include "floorpage.h"

#include "floormodel.h"

#include "core/translation.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QStyle>
#include <QTableWidget>
#include <QVBoxLayout>

namespace antrian::counter {

namespace {

enum ServiceColumn { SvcName, SvcWaiting, SvcLongest, SvcLevel, SvcIssued, SvcServed, SvcNoShow, SvcWithin, SvcState, SvcCount };
enum CounterColumn { CtrName, CtrState, CtrStaff, CtrTicket, CtrTime, CtrCount };
enum AlertColumn { AlKind, AlWhere, AlSince, AlState, AlHandle, AlCount };

// Colours that say the same as the word beside them (never colour alone).
const QColor kGreen(0xDC, 0xFC, 0xE7), kAmber(0xFE, 0xF3, 0xC7), kRed(0xFE, 0xE2, 0xE2), kGrey(0xF1, 0xF5, 0xF9);

QTableWidget *table(const QString &name, const QStringList &headers, QWidget *parent)
{
    auto *t = new QTableWidget(0, int(headers.size()), parent);
    t->setObjectName(name);
    t->setHorizontalHeaderLabels(headers);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->verticalHeader()->setVisible(false);
    t->setWordWrap(false);
    t->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    t->horizontalHeader()->setStretchLastSection(true);
    t->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    return t;
}

void setCell(QTableWidget *t, int row, int column, const QString &text, const QColor &background = {}, bool bold = false)
{
    auto *item = new QTableWidgetItem(text);
    if (background.isValid())
        item->setBackground(background);
    if (bold) {
        QFont f = item->font();
        f.setBold(true);
        item->setFont(f);
    }
    t->setItem(row, column, item);
}

QLabel *caption(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setProperty("kind", QStringLiteral("floorCaption"));
    return label;
}

QPushButton *actionKey(const QString &name, QWidget *parent)
{
    auto *b = new QPushButton(parent);
    b->setObjectName(name);
    b->setProperty("kind", QStringLiteral("panelButton"));
    return b;
}

QString levelWord(WaitLevel level)
{
    switch (level) {
    case WaitLevel::Green: return FloorPage::tr("Within target");
    case WaitLevel::Amber: return FloorPage::tr("Near target");
    case WaitLevel::Red: return FloorPage::tr("Past target");
    }
    return {};
}

QColor levelColour(WaitLevel level)
{
    switch (level) {
    case WaitLevel::Green: return kGreen;
    case WaitLevel::Amber: return kAmber;
    case WaitLevel::Red: return kRed;
    }
    return {};
}

QString counterStateWord(CounterState state)
{
    switch (state) {
    case CounterState::Open: return FloorPage::tr("Open");
    case CounterState::Paused: return FloorPage::tr("On break");
    case CounterState::Closed: return FloorPage::tr("Closed");
    }
    return {};
}

QString hhmm(const QDateTime &utc, const QTimeZone &zone)
{
    return utc.isValid() ? utc.toTimeZone(zone).toString(QStringLiteral("HH:mm")) : QString();
}

} // namespace

FloorPage::FloorPage(FloorModel &model, QWidget *parent) : QWidget(parent), m_model(model)
{
    setObjectName(QStringLiteral("floorPage"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 8, 12, 8);
    layout->setSpacing(6);

    m_messageBar = new QFrame(this);
    m_messageBar->setObjectName(QStringLiteral("messageBar"));
    auto *barLayout = new QHBoxLayout(m_messageBar);
    barLayout->setContentsMargins(12, 4, 12, 4);
    m_message = new QLabel(m_messageBar);
    m_message->setObjectName(QStringLiteral("floorMessage"));
    m_message->setWordWrap(true);
    m_updated = new QLabel(m_messageBar);
    m_updated->setObjectName(QStringLiteral("floorUpdated"));
    barLayout->addWidget(m_message, 1);
    barLayout->addWidget(m_updated);
    layout->addWidget(m_messageBar);

    // Services, with their actions under them.
    layout->addWidget(caption(tr("Services"), this));
    m_services = table(QStringLiteral("floorServices"),
                       {tr("Service"), tr("Waiting"), tr("Longest wait"), tr("Wait standard"), tr("Issued"),
                        tr("Served"), tr("No-shows"), tr("Called within target"), tr("Kiosk")},
                       this);
    layout->addWidget(m_services, 3);
    auto *serviceKeys = new QHBoxLayout;
    m_pause = actionKey(QStringLiteral("floorPauseButton"), this);
    m_sendTarget = new QComboBox(this);
    m_sendTarget->setObjectName(QStringLiteral("floorSendTarget"));
    m_send = actionKey(QStringLiteral("floorSendButton"), this);
    m_send->setText(tr("Send its waiting tickets"));
    auto *sendTo = new QLabel(tr("to"), this);
    serviceKeys->addWidget(m_pause);
    serviceKeys->addSpacing(16);
    serviceKeys->addWidget(m_send);
    serviceKeys->addWidget(sendTo);
    serviceKeys->addWidget(m_sendTarget);
    serviceKeys->addStretch(1);
    layout->addLayout(serviceKeys);

    // Counters (left) and alerts (right).
    auto *lower = new QHBoxLayout;
    auto *left = new QVBoxLayout;
    left->addWidget(caption(tr("Counters"), this));
    m_counters = table(QStringLiteral("floorCounters"),
                       {tr("Counter"), tr("State"), tr("Staff"), tr("Ticket"), tr("For")}, this);
    left->addWidget(m_counters, 1);
    auto *counterKeys = new QHBoxLayout;
    m_release = actionKey(QStringLiteral("floorReleaseButton"), this);
    m_release->setText(tr("Release counter"));
    counterKeys->addWidget(m_release);
    counterKeys->addStretch(1);
    left->addLayout(counterKeys);
    auto *right = new QVBoxLayout;
    right->addWidget(caption(tr("Alerts"), this));
    m_alerts = table(QStringLiteral("floorAlerts"), {tr("Alert"), tr("Where"), tr("Since"), tr("Now"), QString()}, this);
    m_noAlerts = new QLabel(tr("No alerts. Every service and counter is within its standards."), this);
    m_noAlerts->setObjectName(QStringLiteral("floorNoAlerts"));
    m_noAlerts->setWordWrap(true);
    right->addWidget(m_alerts, 1);
    right->addWidget(m_noAlerts);
    lower->addLayout(left, 11);
    lower->addSpacing(12);
    lower->addLayout(right, 9);
    layout->addLayout(lower, 4);

    connect(&m_model, &FloorModel::changed, this, &FloorPage::showFloor);
    connect(m_services, &QTableWidget::itemSelectionChanged, this, &FloorPage::showActions);
    connect(m_counters, &QTableWidget::itemSelectionChanged, this, &FloorPage::showActions);
    connect(m_pause, &QPushButton::clicked, this, &FloorPage::pauseOrResume);
    connect(m_send, &QPushButton::clicked, this, &FloorPage::sendWaiting);
    connect(m_release, &QPushButton::clicked, this, &FloorPage::release);
    showFloor();
}

QString FloorPage::selectedService() const
{
    const auto rows = m_services->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return {};
    const QTableWidgetItem *item = m_services->item(rows.first().row(), SvcName);
    return item ? item->data(Qt::UserRole).toString() : QString();
}

int FloorPage::selectedCounter() const
{
    const auto rows = m_counters->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return 0;
    const QTableWidgetItem *item = m_counters->item(rows.first().row(), CtrName);
    return item ? item->data(Qt::UserRole).toInt() : 0;
}

void FloorPage::showFloor()
{
    m_message->setText(m_model.message());
    if (m_messageBar->property("error").toBool() != m_model.messageIsError()) {
        m_messageBar->setProperty("error", m_model.messageIsError());
        m_messageBar->style()->unpolish(m_messageBar);
        m_messageBar->style()->polish(m_messageBar);
        m_message->style()->unpolish(m_message);
        m_message->style()->polish(m_message);
    }
    if (!m_model.hasView()) {
        m_updated->setText(m_model.isActive() ? tr("Reading the floor…") : QString());
        if (m_message->text().isEmpty())
            m_message->setText(tr("Select a service or a counter to act on it."));
        return;
    }
    const FloorView &v = m_model.view();
    m_updated->setText(tr("As of %1").arg(hhmm(v.floor.now, v.branch.calendar.timeZone)));
    if (m_message->text().isEmpty())
        m_message->setText(tr("Select a service or a counter to act on it."));
    showServices();
    showCounters();
    showAlerts();
    showActions();
}

void FloorPage::showServices()
{
    const FloorView &v = m_model.view();
    const QString lang = currentLanguage();
    const QString keep = selectedService();
    m_services->setRowCount(int(v.floor.services.size()));
    int keepRow = -1;
    for (int row = 0; row < v.floor.services.size(); ++row) {
        const FloorService &s = v.floor.services.at(row);
        setCell(m_services, row, SvcName, QStringLiteral("%1 · %2").arg(s.service.code, s.service.displayName(lang)));
        m_services->item(row, SvcName)->setData(Qt::UserRole, s.service.code);
        setCell(m_services, row, SvcWaiting, QString::number(s.waiting), {}, true);
        setCell(m_services, row, SvcLongest,
                s.waiting > 0 ? tr("%1 min of %2").arg(s.longestWaitMinutes).arg(s.service.targetWaitMinutes)
                              : tr("— (target %1 min)").arg(s.service.targetWaitMinutes));
        setCell(m_services, row, SvcLevel, levelWord(s.waitLevel), levelColour(s.waitLevel), true);
        setCell(m_services, row, SvcIssued, QString::number(s.issued));
        setCell(m_services, row, SvcServed, QString::number(s.served));
        setCell(m_services, row, SvcNoShow, QString::number(s.noShow));
        const bool within = s.calledWithinTargetPercent && *s.calledWithinTargetPercent >= s.service.targetPercent;
        setCell(m_services, row, SvcWithin,
                s.calledWithinTargetPercent ? tr("%1% (target %2%)").arg(*s.calledWithinTargetPercent).arg(s.service.targetPercent)
                                            : tr("none called yet (target %1%)").arg(s.service.targetPercent),
                s.calledWithinTargetPercent ? (within ? kGreen : kRed) : QColor());
        setCell(m_services, row, SvcState, s.paused ? tr("Paused") : tr("Issuing"), s.paused ? kAmber : QColor(), s.paused);
        if (s.service.code == keep)
            keepRow = row;
    }
    if (keepRow >= 0)
        m_services->selectRow(keepRow);
}

void FloorPage::showCounters()
{
    const FloorView &v = m_model.view();
    const QString lang = currentLanguage();
    const QTimeZone zone = v.branch.calendar.timeZone;
    const int keep = selectedCounter();
    m_counters->setRowCount(int(v.floor.counters.size()));
    int keepRow = -1;
    for (int row = 0; row < v.floor.counters.size(); ++row) {
        const FloorCounter &c = v.floor.counters.at(row);
        const QString name = c.counter.displayName(lang);
        setCell(m_counters, row, CtrName,
                name.isEmpty() ? QString::number(c.counter.number) : QStringLiteral("%1 · %2").arg(c.counter.number).arg(name));
        m_counters->item(row, CtrName)->setData(Qt::UserRole, c.counter.number);
        setCell(m_counters, row, CtrState, counterStateWord(c.state), c.state == CounterState::Closed ? kGrey : QColor());
        setCell(m_counters, row, CtrStaff, c.staff ? c.staff->name : QStringLiteral("—"));
        if (c.ticket) {
            const bool serving = c.ticket->status == TicketStatus::Serving;
            setCell(m_counters, row, CtrTicket,
                    serving ? tr("%1 serving").arg(c.ticket->code) : tr("%1 called").arg(c.ticket->code), {}, true);
            const QString time = tr("%n min since %1", nullptr, c.ticket->minutes).arg(hhmm(c.ticket->since, zone));
            setCell(m_counters, row, CtrTime, c.ticket->pastTarget ? tr("%1 — past service target").arg(time) : time,
                    c.ticket->pastTarget ? kRed : QColor(), c.ticket->pastTarget);
        } else if (c.breakSince.isValid()) {
            const bool tooLong = c.breakMinutes > v.branch.breakLimitMinutes;
            setCell(m_counters, row, CtrTicket, tr("on break"));
            const QString time = tr("%n min since %1", nullptr, c.breakMinutes).arg(hhmm(c.breakSince, zone));
            setCell(m_counters, row, CtrTime, tooLong ? tr("%1 — past the %2 min limit").arg(time).arg(v.branch.breakLimitMinutes) : time,
                    tooLong ? kAmber : QColor(), tooLong);
        } else if (c.idleWhileWaitingSince.isValid()) {
            setCell(m_counters, row, CtrTicket, tr("idle while customers wait"), kAmber, true);
            setCell(m_counters, row, CtrTime,
                    tr("%n min since %1", nullptr, wholeMinutes(c.idleWhileWaitingSince, v.floor.now))
                            .arg(hhmm(c.idleWhileWaitingSince, zone)),
                    kAmber);
        } else {
            setCell(m_counters, row, CtrTicket, QStringLiteral("—"));
            setCell(m_counters, row, CtrTime, QString());
        }
        if (c.counter.number == keep)
            keepRow = row;
    }
    if (keepRow >= 0)
        m_counters->selectRow(keepRow);
}

void FloorPage::showAlerts()
{
    const FloorView &v = m_model.view();
    const QString lang = currentLanguage();
    const QTimeZone zone = v.branch.calendar.timeZone;
    m_alerts->setRowCount(int(v.floor.alerts.size()));
    for (int row = 0; row < v.floor.alerts.size(); ++row) {
        const FloorAlert &a = v.floor.alerts.at(row);
        const bool on = !a.clearedAt.isValid();
        setCell(m_alerts, row, AlKind, alertKindDisplayName(a.kind), on ? kRed : QColor(), on);
        QString where;
        if (!a.serviceCode.isEmpty()) {
            const ServiceConfig *s = v.branch.service(a.serviceCode);
            where = s ? QStringLiteral("%1 · %2").arg(a.serviceCode, s->displayName(lang)) : a.serviceCode;
        } else {
            const CounterConfig *c = v.branch.counter(a.counterNumber);
            where = c ? tr("Counter %1 · %2").arg(a.counterNumber).arg(c->displayName(lang)) : tr("Counter %1").arg(a.counterNumber);
        }
        setCell(m_alerts, row, AlWhere, where);
        setCell(m_alerts, row, AlSince, hhmm(a.raisedAt, zone));
        setCell(m_alerts, row, AlState,
                on ? tr("still on, %n min", nullptr, a.minutes) : tr("cleared at %1").arg(hhmm(a.clearedAt, zone)));
        auto *handle = new QPushButton(tr("Handled"), m_alerts);
        handle->setObjectName(QStringLiteral("handleAlert"));
        handle->setProperty("kind", QStringLiteral("tableButton"));
        handle->setProperty("alertId", a.id);
        const qint64 id = a.id;
        connect(handle, &QPushButton::clicked, this, [this, id] { m_model.handleAlert(id); });
        m_alerts->setCellWidget(row, AlHandle, handle);
    }
    m_alerts->setVisible(!v.floor.alerts.isEmpty());
    m_noAlerts->setVisible(v.floor.alerts.isEmpty());
}

void FloorPage::showActions()
{
    const FloorView &v = m_model.view();
    const QString service = selectedService();
    const FloorService *s = m_model.hasView() ? v.floor.service(service) : nullptr;
    m_pause->setEnabled(s != nullptr);
    m_pause->setText(s && s->paused ? tr("Resume service") : tr("Pause service"));
    // The other services, as targets of the line.
    const QString chosen = m_sendTarget->currentData().toString();
    QStringList codes;
    for (const FloorService &other : v.floor.services) {
        if (other.service.code != service)
            codes.append(other.service.code);
    }
    QStringList shown;
    for (int i = 0; i < m_sendTarget->count(); ++i)
        shown.append(m_sendTarget->itemData(i).toString());
    if (shown != codes) {
        m_sendTarget->clear();
        const QString lang = currentLanguage();
        for (const QString &code : codes)
            m_sendTarget->addItem(QStringLiteral("%1 · %2").arg(code, v.floor.service(code)->service.displayName(lang)), code);
        const int index = m_sendTarget->findData(chosen);
        if (index >= 0)
            m_sendTarget->setCurrentIndex(index);
    }
    m_send->setEnabled(s != nullptr && s->waiting > 0 && m_sendTarget->count() > 0);
    m_sendTarget->setEnabled(s != nullptr);
    const FloorCounter *c = m_model.hasView() ? v.floor.counter(selectedCounter()) : nullptr;
    m_release->setEnabled(c != nullptr && c->state != CounterState::Closed);
}

void FloorPage::confirm(const QString &question, const QString &yes, std::function<void()> action)
{
    if (m_confirm)
        m_confirm->deleteLater();
    m_confirm = new QMessageBox(QMessageBox::Question, tr("Confirm"), question, QMessageBox::NoButton, this);
    m_confirm->setObjectName(QStringLiteral("floorConfirm"));
    QPushButton *ok = m_confirm->addButton(yes, QMessageBox::AcceptRole);
    ok->setObjectName(QStringLiteral("confirmYes"));
    QPushButton *no = m_confirm->addButton(tr("Cancel"), QMessageBox::RejectRole);
    no->setObjectName(QStringLiteral("confirmNo"));
    m_confirm->setDefaultButton(no);
    QMessageBox *box = m_confirm;
    connect(box, &QMessageBox::finished, this, [this, box, ok, action = std::move(action)] {
        if (box->clickedButton() == ok)
            action();
        if (m_confirm == box)
            m_confirm = nullptr;
        box->deleteLater();
    });
    box->open();
}

void FloorPage::pauseOrResume()
{
    const FloorService *s = m_model.view().floor.service(selectedService());
    if (!s)
        return;
    const QString code = s->service.code;
    const QString name = s->service.displayName(currentLanguage());
    if (s->paused) {
        confirm(tr("Resume %1 · %2? The kiosk issues its tickets again.").arg(code, name), tr("Resume"),
                [this, code] { m_model.setServicePaused(code, false); });
    } else {
        confirm(tr("Pause %1 · %2? The kiosk stops issuing its tickets; the %n people waiting are still called.", nullptr,
                   s->waiting)
                        .arg(code, name),
                tr("Pause"), [this, code] { m_model.setServicePaused(code, true); });
    }
}

void FloorPage::sendWaiting()
{
    const FloorService *s = m_model.view().floor.service(selectedService());
    const QString to = m_sendTarget->currentData().toString();
    const FloorService *target = m_model.view().floor.service(to);
    if (!s || !target)
        return;
    const QString lang = currentLanguage();
    const QString from = s->service.code;
    confirm(tr("Send the %n ticket(s) waiting for %1 · %2 to %3 · %4? Each keeps its place by issue time; tickets sent "
               "straight to one counter stay.",
               nullptr, s->waiting)
                    .arg(from, s->service.displayName(lang), to, target->service.displayName(lang)),
            tr("Send"), [this, from, to] { m_model.sendWaiting(from, to); });
}

void FloorPage::release()
{
    const FloorCounter *c = m_model.view().floor.counter(selectedCounter());
    if (!c)
        return;
    const int number = c->counter.number;
    const QString name = tr("counter %1 (%2)").arg(number).arg(c->counter.displayName(currentLanguage()));
    QString question = c->staff ? tr("Release %1? %2 is logged out there and the counter closes.").arg(name, c->staff->name)
                                : tr("Release %1? The counter closes.").arg(name);
    if (c->ticket && c->ticket->status == TicketStatus::Called)
        question += u' ' + tr("%1, called there, goes back to the line in its place.").arg(c->ticket->code);
    else if (c->ticket)
        question += u' ' + tr("It is serving %1: that customer must be finished or transferred at the desk first, so "
                              "this will be refused.")
                                   .arg(c->ticket->code);
    confirm(question, tr("Release"), [this, number] { m_model.releaseCounter(number); });
}

} // namespace antrian::counter
