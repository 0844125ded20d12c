// SPDX-License-Identifier: GPL-3.0-or-later
#include "ticketpanel.h"

#include "deskmodel.h"
#include "durations.h"

#include <QGridLayout>
#include <QLabel>
#include <QStyle>
#include <QVBoxLayout>

namespace antrian::counter {

TicketPanel::TicketPanel(QWidget *parent) : QFrame(parent)
{
    setObjectName(QStringLiteral("ticketCard"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(28, 14, 28, 14);
    layout->setSpacing(4);

    m_caption = new QLabel(this);
    m_caption->setObjectName(QStringLiteral("ticketCaption"));
    m_code = new QLabel(this);
    m_code->setObjectName(QStringLiteral("ticketCode"));
    m_code->setTextInteractionFlags(Qt::NoTextInteraction);

    auto *serviceRow = new QHBoxLayout;
    m_service = new QLabel(this);
    m_service->setObjectName(QStringLiteral("ticketService"));
    m_service->setWordWrap(true);
    m_priority = new QLabel(this);
    m_priority->setObjectName(QStringLiteral("priorityBadge"));
    serviceRow->addWidget(m_service, 1);
    serviceRow->addWidget(m_priority, 0, Qt::AlignRight | Qt::AlignVCenter);

    m_facts = new QWidget(this);
    auto *grid = new QGridLayout(m_facts);
    grid->setContentsMargins(0, 4, 0, 0);
    grid->setHorizontalSpacing(32);
    const char *names[3] = {"factWaited", "factCalled", "factTimer"};
    for (int i = 0; i < 3; ++i) {
        m_factNames[i] = new QLabel(m_facts);
        m_factNames[i]->setProperty("kind", QStringLiteral("factName"));
        m_factValues[i] = new QLabel(m_facts);
        m_factValues[i]->setProperty("kind", QStringLiteral("factValue"));
        m_factValues[i]->setObjectName(QString::fromLatin1(names[i]));
        grid->addWidget(m_factNames[i], 0, i);
        grid->addWidget(m_factValues[i], 1, i);
    }

    m_hint = new QLabel(this);
    m_hint->setObjectName(QStringLiteral("ticketHint"));
    m_hint->setWordWrap(true);

    layout->addWidget(m_caption);
    layout->addWidget(m_code);
    layout->addLayout(serviceRow);
    layout->addWidget(m_facts);
    layout->addStretch(1);
    layout->addWidget(m_hint);
}

void TicketPanel::setState(const char *state)
{
    const QString s = QString::fromLatin1(state);
    for (QLabel *label : {m_caption, m_code, m_service}) {
        if (label->property("state").toString() != s) {
            label->setProperty("state", s);
            label->style()->unpolish(label);
            label->style()->polish(label);
        }
    }
}

QString TicketPanel::local(const QDateTime &utc) const
{
    return utc.isValid() ? utc.toTimeZone(m_zone).toString(QStringLiteral("HH:mm")) : QStringLiteral("-");
}

void TicketPanel::showDesk(const DeskModel &desk)
{
    const auto &view = desk.view();
    const QDateTime now = desk.now();
    if (!view) {
        setState("idle");
        m_caption->setText(tr("LOADING"));
        m_code->setText(QString());
        m_service->clear();
        m_priority->hide();
        m_facts->hide();
        m_hint->clear();
        return;
    }
    if (!view->current) {
        m_priority->hide();
        m_facts->hide();
        if (view->state == CounterState::Paused) {
            setState("paused");
            m_caption->setText(tr("ON A BREAK"));
            m_code->setText(tr("Break"));
            m_service->setText(tr("No ticket is called at this counter."));
            m_hint->setText(tr("Press F7 to open the counter again."));
            return;
        }
        setState("idle");
        m_caption->setText(tr("NO CUSTOMER AT THE COUNTER"));
        m_code->setText(tr("Free"));
        if (const Ticket *next = view->next()) {
            m_service->setText(tr("Next: %1 · %2 · waiting %3")
                                       .arg(next->code, desk.serviceName(next->serviceCode),
                                            minutesText(next->issuedAt.secsTo(now))));
            m_hint->setText(tr("Press F1 to call the next customer."));
        } else {
            m_service->setText(tr("Nobody is waiting for this counter."));
            m_hint->setText(tr("New tickets appear on the right as soon as they are taken."));
        }
        return;
    }

    const Ticket &t = *view->current;
    const bool serving = t.status == TicketStatus::Serving;
    setState(serving ? "serving" : "called");
    m_caption->setText(serving ? tr("SERVING") : tr("CALLED · WAITING FOR THE CUSTOMER"));
    m_code->setText(t.code);
    QString service = desk.serviceName(t.serviceCode);
    if (!t.transferredFromService.isEmpty())
        service += QStringLiteral(" · ") + tr("from %1").arg(desk.serviceName(t.transferredFromService));
    m_service->setText(service);
    if (t.priority) {
        m_priority->setText(t.priorityReason.isEmpty() ? tr("PRIORITY")
                                                       : tr("PRIORITY · %1").arg(desk.reasonName(t.priorityReason)));
        m_priority->show();
    } else {
        m_priority->hide();
    }
    m_facts->show();
    m_factNames[0]->setText(tr("Waited"));
    m_factValues[0]->setText(minutesText(t.issuedAt.secsTo(t.calledAt.isValid() ? t.calledAt : now)));
    m_factNames[1]->setText(tr("Ticket taken"));
    m_factValues[1]->setText(local(t.issuedAt));
    if (serving) {
        m_factNames[2]->setText(tr("Serving for"));
        m_factValues[2]->setText(stopwatchText(t.startedAt.secsTo(now)));
        m_hint->setText(tr("F4 when done · F6 to transfer to another service or counter."));
    } else {
        m_factNames[2]->setText(t.recallCount > 0 ? tr("Since the call (called %n more time(s))", nullptr, t.recallCount)
                                                  : tr("Since the call"));
        m_factValues[2]->setText(stopwatchText(t.calledAt.secsTo(now)));
        m_hint->setText(tr("F3 when the customer is here · F2 to call again · F5 if they do not come."));
    }
}

} // namespace antrian::counter
