// SPDX-License-Identifier: GPL-3.0-or-later
#include "floorpage.h"

#include "floormodel.h"

#include "core/translation.h"

#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScrollBar>
#include <QStyle>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace antrian::counter {

namespace {

enum ServiceColumn { SvcName, SvcWaiting, SvcLongest, SvcLevel, SvcIssued, SvcServed, SvcNoShow, SvcWithin, SvcState, SvcKeys, SvcCount };
enum CounterColumn { CtrName, CtrState, CtrStaff, CtrTicket, CtrSince, CtrMinutes, CtrNote, CtrKeys, CtrCount };
enum AlertColumn { AlKind, AlWhere, AlSince, AlState, AlHandle, AlCount };

// Colours that say the same as the word beside them (never colour alone).
const QColor kGreen(0xDC, 0xFC, 0xE7), kAmber(0xFE, 0xF3, 0xC7), kRed(0xFE, 0xE2, 0xE2), kGrey(0xF1, 0xF5, 0xF9);

QTableWidget *table(const QString &name, const QStringList &headers, QWidget *parent)
{
    auto *t = new QTableWidget(0, int(headers.size()), parent);
    t->setObjectName(name);
    t->setHorizontalHeaderLabels(headers);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionMode(QAbstractItemView::NoSelection);
    t->setFocusPolicy(Qt::NoFocus);
    // Every column as wide as its contents, the row's keys too (a longer language must not cut
    // a key short); should a narrow screen not hold them all, the table scrolls sideways.
    t->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    t->verticalHeader()->setVisible(false);
    t->setWordWrap(false);
    t->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    t->horizontalHeader()->setStretchLastSection(false);
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

// Keys in a row's last cell.
QWidget *keys(QWidget *parent, const QList<QPushButton *> &buttons)
{
    auto *box = new QWidget(parent);
    auto *layout = new QHBoxLayout(box);
    layout->setContentsMargins(2, 0, 2, 0);
    layout->setSpacing(4);
    for (QPushButton *b : buttons) {
        b->setParent(box);
        layout->addWidget(b);
    }
    layout->addStretch(1);
    return box;
}

QPushButton *rowKey(const QString &text, const QString &name)
{
    auto *b = new QPushButton(text);
    b->setObjectName(name);
    b->setProperty("kind", QStringLiteral("tableButton"));
    return b;
}

// As tall as its rows (up to `maxRows`, then it scrolls), so no table takes room it leaves empty;
// with room for the sideways scroll bar when its columns are wider than the screen.
void fitRows(QTableWidget *t, int maxRows)
{
    t->resizeRowsToContents();
    int height = t->horizontalHeader()->height() + 2 * t->frameWidth();
    for (int r = 0; r < std::min(t->rowCount(), maxRows); ++r)
        height += t->rowHeight(r);
    if (t->horizontalHeader()->length() > t->width() - 2 * t->frameWidth())
        height += t->horizontalScrollBar()->sizeHint().height();
    t->setFixedHeight(height);
}

QLabel *caption(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setProperty("kind", QStringLiteral("floorCaption"));
    return label;
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

    // The alerts first: they wait for a supervisor.
    layout->addWidget(caption(tr("Alerts"), this));
    m_alerts = table(QStringLiteral("floorAlerts"), {tr("Alert"), tr("Where"), tr("Since"), tr("Now"), QString()}, this);
    m_noAlerts = new QLabel(tr("No alerts. Every service and counter is within its standards."), this);
    m_noAlerts->setObjectName(QStringLiteral("floorNoAlerts"));
    m_noAlerts->setWordWrap(true);
    layout->addWidget(m_alerts);
    layout->addWidget(m_noAlerts);

    layout->addWidget(caption(tr("Services"), this));
    m_services = table(QStringLiteral("floorServices"),
                       {tr("Service"), tr("Waiting"), tr("Longest wait"), tr("Wait standard"), tr("Issued"),
                        tr("Served"), tr("No-shows"), tr("Called within target"), tr("Kiosk"), QString()},
                       this);
    layout->addWidget(m_services);

    layout->addWidget(caption(tr("Counters"), this));
    m_counters = table(QStringLiteral("floorCounters"),
                       {tr("Counter"), tr("State"), tr("Staff"), tr("Ticket"), tr("Since"), tr("Minutes"), tr("Note"), QString()},
                       this);
    // The counters take the rest of the page and scroll past it: the page never grows the window.
    layout->addWidget(m_counters, 1);

    connect(&m_model, &FloorModel::changed, this, &FloorPage::showFloor);
    showFloor();
}

void FloorPage::showFloor()
{
    m_message->setText(m_model.message().isEmpty() && m_model.isActive()
                               ? tr("An alert stays until a supervisor presses Handled. Every key asks before it acts.")
                               : m_model.message());
    if (m_messageBar->property("error").toBool() != m_model.messageIsError()) {
        m_messageBar->setProperty("error", m_model.messageIsError());
        m_messageBar->style()->unpolish(m_messageBar);
        m_messageBar->style()->polish(m_messageBar);
        m_message->style()->unpolish(m_message);
        m_message->style()->polish(m_message);
    }
    if (!m_model.hasView()) {
        m_updated->setText(m_model.isActive() ? tr("Reading the floor…") : QString());
        return;
    }
    const FloorView &v = m_model.view();
    m_updated->setText(tr("As of %1").arg(hhmm(v.floor.now, v.branch.calendar.timeZone)));
    showAlerts();
    showServices();
    showCounters();
}

void FloorPage::showServices()
{
    const FloorView &v = m_model.view();
    const QString lang = currentLanguage();
    m_services->setRowCount(int(v.floor.services.size()));
    for (int row = 0; row < v.floor.services.size(); ++row) {
        const FloorService &s = v.floor.services.at(row);
        const QString code = s.service.code;
        setCell(m_services, row, SvcName, QStringLiteral("%1 · %2").arg(code, s.service.displayName(lang)));
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
        // Said only when it is not as usual, so the columns leave room for the keys.
        setCell(m_services, row, SvcState, s.paused ? tr("Paused") : QString(), s.paused ? kAmber : QColor(), s.paused);
        QPushButton *pause = rowKey(s.paused ? tr("Resume") : tr("Pause"), QStringLiteral("pauseService"));
        QPushButton *send = rowKey(tr("Send waiting…"), QStringLiteral("sendWaiting"));
        send->setEnabled(s.waiting > 0 && v.floor.services.size() > 1);
        connect(pause, &QPushButton::clicked, this, [this, code] { pauseOrResume(code); });
        connect(send, &QPushButton::clicked, this, [this, code] { sendWaiting(code); });
        m_services->setCellWidget(row, SvcKeys, keys(m_services, {pause, send}));
    }
    fitRows(m_services, 6);
}

void FloorPage::showCounters()
{
    const FloorView &v = m_model.view();
    const QString lang = currentLanguage();
    const QTimeZone zone = v.branch.calendar.timeZone;
    m_counters->setRowCount(int(v.floor.counters.size()));
    for (int row = 0; row < v.floor.counters.size(); ++row) {
        const FloorCounter &c = v.floor.counters.at(row);
        const QString name = c.counter.displayName(lang);
        setCell(m_counters, row, CtrName,
                name.isEmpty() ? QString::number(c.counter.number) : QStringLiteral("%1 · %2").arg(c.counter.number).arg(name));
        setCell(m_counters, row, CtrState, counterStateWord(c.state), c.state == CounterState::Closed ? kGrey : QColor());
        setCell(m_counters, row, CtrStaff, c.staff ? c.staff->name : QStringLiteral("—"));
        QString ticket = QStringLiteral("—"), since, minutes, note;
        QColor mark;
        if (c.ticket) {
            ticket = c.ticket->status == TicketStatus::Serving ? tr("%1 serving").arg(c.ticket->code)
                                                               : tr("%1 called").arg(c.ticket->code);
            since = hhmm(c.ticket->since, zone);
            minutes = tr("%1 min").arg(c.ticket->minutes);
            if (c.ticket->pastTarget) {
                const ServiceConfig *service = v.branch.service(c.ticket->serviceCode);
                note = tr("past the service target (%1 min)").arg(service ? service->targetServiceMinutes : 0);
                mark = kRed;
            }
        } else if (c.breakSince.isValid()) {
            ticket = tr("on break");
            since = hhmm(c.breakSince, zone);
            minutes = tr("%1 min").arg(c.breakMinutes);
            if (c.breakMinutes > v.branch.breakLimitMinutes) {
                note = tr("break past the limit (%1 min)").arg(v.branch.breakLimitMinutes);
                mark = kAmber;
            }
        } else if (c.idleWhileWaitingSince.isValid()) {
            since = hhmm(c.idleWhileWaitingSince, zone);
            minutes = tr("%1 min").arg(wholeMinutes(c.idleWhileWaitingSince, v.floor.now));
            note = tr("idle while customers wait");
            mark = kAmber;
        }
        setCell(m_counters, row, CtrTicket, ticket, {}, c.ticket.has_value());
        setCell(m_counters, row, CtrSince, since);
        setCell(m_counters, row, CtrMinutes, minutes, mark, mark.isValid());
        setCell(m_counters, row, CtrNote, note, mark, mark.isValid());
        if (c.state != CounterState::Closed) {
            const int number = c.counter.number;
            QPushButton *release = rowKey(tr("Release"), QStringLiteral("releaseCounter"));
            connect(release, &QPushButton::clicked, this, [this, number] { this->release(number); });
            m_counters->setCellWidget(row, CtrKeys, keys(m_counters, {release}));
        } else {
            m_counters->removeCellWidget(row, CtrKeys);
        }
    }
    m_counters->resizeRowsToContents();
    m_counters->setMinimumHeight(m_counters->horizontalHeader()->height() + 3 * m_counters->rowHeight(0) + 2 * m_counters->frameWidth());
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
        QPushButton *handle = rowKey(tr("Handled"), QStringLiteral("handleAlert"));
        handle->setProperty("alertId", a.id);
        const qint64 id = a.id;
        connect(handle, &QPushButton::clicked, this, [this, id] { m_model.handleAlert(id); });
        m_alerts->setCellWidget(row, AlHandle, keys(m_alerts, {handle}));
    }
    fitRows(m_alerts, 5);
    m_alerts->setVisible(!v.floor.alerts.isEmpty());
    m_noAlerts->setVisible(v.floor.alerts.isEmpty());
}

void FloorPage::confirm(const QString &question, const QString &yes, std::function<void()> action, QComboBox *choice)
{
    if (m_confirm)
        m_confirm->deleteLater();
    auto *box = new QDialog(this);
    m_confirm = box;
    box->setObjectName(QStringLiteral("floorConfirm"));
    box->setWindowTitle(tr("Confirm"));
    auto *layout = new QVBoxLayout(box);
    auto *text = new QLabel(question, box);
    text->setObjectName(QStringLiteral("confirmText"));
    text->setWordWrap(true);
    text->setMinimumWidth(480);
    layout->addWidget(text);
    if (choice) {
        choice->setParent(box);
        layout->addWidget(choice);
    }
    auto *buttons = new QDialogButtonBox(box);
    QPushButton *ok = buttons->addButton(yes, QDialogButtonBox::AcceptRole);
    ok->setObjectName(QStringLiteral("confirmYes"));
    QPushButton *no = buttons->addButton(tr("Cancel"), QDialogButtonBox::RejectRole);
    no->setObjectName(QStringLiteral("confirmNo"));
    no->setDefault(true);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, box, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, box, &QDialog::reject);
    connect(box, &QDialog::finished, this, [this, box, action = std::move(action)](int result) {
        if (result == QDialog::Accepted)
            action();
        if (m_confirm == box)
            m_confirm = nullptr;
        box->deleteLater();
    });
    box->open();
}

void FloorPage::pauseOrResume(const QString &serviceCode)
{
    const FloorService *s = m_model.view().floor.service(serviceCode);
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

void FloorPage::sendWaiting(const QString &serviceCode)
{
    const FloorView &v = m_model.view();
    const FloorService *s = v.floor.service(serviceCode);
    if (!s)
        return;
    const QString lang = currentLanguage();
    auto *target = new QComboBox;
    target->setObjectName(QStringLiteral("floorSendTarget"));
    for (const FloorService &other : v.floor.services) {
        if (other.service.code != serviceCode)
            target->addItem(QStringLiteral("%1 · %2").arg(other.service.code, other.service.displayName(lang)), other.service.code);
    }
    const QString from = s->service.code;
    confirm(tr("Send the %n ticket(s) waiting for %1 · %2 to the service chosen below? Each keeps its place by issue "
               "time; tickets sent straight to one counter stay.",
               nullptr, s->waiting)
                    .arg(from, s->service.displayName(lang)),
            tr("Send"), [this, from, target] { m_model.sendWaiting(from, target->currentData().toString()); }, target);
}

void FloorPage::release(int counter)
{
    const FloorCounter *c = m_model.view().floor.counter(counter);
    if (!c)
        return;
    const QString name = tr("counter %1 (%2)").arg(counter).arg(c->counter.displayName(currentLanguage()));
    QString question = c->staff ? tr("Release %1? %2 is logged out there and the counter closes.").arg(name, c->staff->name)
                                : tr("Release %1? The counter closes.").arg(name);
    if (c->ticket && c->ticket->status == TicketStatus::Called)
        question += u' ' + tr("%1, called there, goes back to the line in its place.").arg(c->ticket->code);
    else if (c->ticket)
        question += u' ' + tr("%1, in service there, stays at the counter for whoever logs in there next.")
                                   .arg(c->ticket->code);
    confirm(question, tr("Release"), [this, counter] { m_model.releaseCounter(counter); });
}

} // namespace antrian::counter
