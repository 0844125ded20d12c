// SPDX-License-Identifier: GPL-3.0-or-later
// TicketView: the ticket the kiosk shows after a touch: the code, the service, people ahead,
// the estimated wait and the time, in the screen's language. A preview (for screenshots) is
// marked as one and is never in the database.
#pragma once

#include "printing/ticketslip.h"
#include "queue/waitestimate.h"

#include <QObject>
#include <QtQml/qqmlregistration.h>

namespace antrian::kiosk {

class TicketView : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("shown by the kiosk controller")
    Q_PROPERTY(QString code READ code NOTIFY changed)
    Q_PROPERTY(QString serviceName READ serviceName NOTIFY changed)
    Q_PROPERTY(QString priorityText READ priorityText NOTIFY changed)
    Q_PROPERTY(int ahead READ ahead NOTIFY changed)
    Q_PROPERTY(QString waitText READ waitText NOTIFY changed)
    Q_PROPERTY(QString timeText READ timeText NOTIFY changed)
    Q_PROPERTY(QString dateText READ dateText NOTIFY changed)
    Q_PROPERTY(bool preview READ preview NOTIFY changed)
public:
    using QObject::QObject;

    void show(const TicketSlip &slip, const WaitEstimate &estimate, bool preview);

    QString code() const { return m_slip.code; }
    QString serviceName() const { return m_slip.serviceName; }
    QString priorityText() const { return m_slip.priorityLine; }
    int ahead() const { return m_slip.ahead; }
    QString waitText() const { return m_waitText; }
    QString timeText() const { return m_timeText; }
    QString dateText() const { return m_dateText; }
    bool preview() const { return m_preview; }
    const TicketSlip &slip() const { return m_slip; }

signals:
    void changed();

private:
    TicketSlip m_slip;
    QString m_waitText;
    QString m_timeText;
    QString m_dateText;
    bool m_preview = false;
};

} // namespace antrian::kiosk
