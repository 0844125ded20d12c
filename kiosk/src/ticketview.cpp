// SPDX-License-Identifier: GPL-3.0-or-later
#include "ticketview.h"

#include "core/translation.h"

namespace antrian::kiosk {

void TicketView::show(const TicketSlip &slip, const WaitEstimate &estimate, bool preview)
{
    const QLocale locale = currentLocale();
    m_slip = slip;
    m_waitText = describeWait(estimate);
    m_timeText = locale.toString(slip.issuedAtLocal.time(), QLocale::ShortFormat);
    m_dateText = locale.toString(slip.issuedAtLocal.date(), QLocale::LongFormat);
    m_preview = preview;
    emit changed();
}

} // namespace antrian::kiosk
