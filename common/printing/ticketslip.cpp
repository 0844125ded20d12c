// SPDX-License-Identifier: GPL-3.0-or-later
#include "ticketslip.h"

#include "core/translation.h"
#include "queue/waitestimate.h"

#include <QCoreApplication>

namespace antrian {

namespace {

// lupdate files these strings under "TicketSlip", the context they are looked up in.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(TicketSlip)
};

QString reasonName(const BranchConfig &branch, const QString &code, const QString &lang)
{
    for (const PriorityReason &r : branch.priorityReasons) {
        if (r.code == code)
            return lang == u"en" && !r.nameEn.isEmpty() ? r.nameEn : r.name;
    }
    return code;
}

} // namespace

TicketSlip TicketSlip::build(const IssuedTicket &issued, const BranchConfig &branch)
{
    const QString lang = currentLanguage();
    const QLocale locale = currentLocale();
    const Ticket &t = issued.ticket;
    const ServiceConfig *service = branch.service(t.serviceCode);

    TicketSlip s;
    s.branchName = branch.name;
    s.heading = Tr::tr("Queue number");
    s.code = t.code;
    s.serviceName = service ? service->displayName(lang) : t.serviceCode;
    // A priority service says so in its own name; a priority ticket of an ordinary service
    // says why, so the counter staff see it at a glance.
    if (!t.priorityReason.isEmpty())
        s.priorityLine = Tr::tr("Priority: %1").arg(reasonName(branch, t.priorityReason, lang));
    else if (t.priority && !(service && service->priority))
        s.priorityLine = Tr::tr("Priority ticket");
    s.ahead = issued.estimate.ahead;
    s.aheadLine = s.ahead == 0 ? Tr::tr("You are next in line") : Tr::tr("%n people ahead of you", nullptr, s.ahead);
    s.waitLine = Tr::tr("Estimated wait: %1").arg(describeWait(issued.estimate));
    s.issuedAtLocal = t.issuedAt.toTimeZone(branch.calendar.timeZone);
    s.issuedLine = locale.toString(s.issuedAtLocal.date(), QLocale::LongFormat) + u' '
            + s.issuedAtLocal.toString(QStringLiteral("HH:mm"));
    if (branch.endOfDay == EndOfDay::Expire)
        s.validityLine = Tr::tr("Valid today only");
    s.thanks = Tr::tr("Thank you for your patience");
    return s;
}

QList<SlipLine> TicketSlip::lines() const
{
    using Style = SlipLine::Style;
    const QList<SlipLine> all = {
            {Style::Title, branchName},    {Style::Rule, {}},        {Style::Normal, heading},
            {Style::Code, code},           {Style::Service, serviceName}, {Style::Emphasis, priorityLine},
            {Style::Rule, {}},             {Style::Emphasis, aheadLine},  {Style::Normal, waitLine},
            {Style::Normal, issuedLine},   {Style::Small, validityLine},  {Style::Gap, {}},
            {Style::Normal, thanks},
    };
    QList<SlipLine> printed;
    for (const SlipLine &line : all) {
        if (!line.text.isEmpty() || line.style == Style::Rule || line.style == Style::Gap)
            printed.append(line);
    }
    return printed;
}

} // namespace antrian
