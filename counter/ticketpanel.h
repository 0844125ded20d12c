// SPDX-License-Identifier: GPL-3.0-or-later
// TicketPanel: the ticket at hand, big: its code, service, priority, how long the customer
// waited and how long the call or the service has been running; or that the counter is
// free (and who is next), or on a break. It only shows what the DeskModel holds.
#pragma once

#include <QFrame>
#include <QTimeZone>

class QLabel;

namespace antrian::counter {

class DeskModel;

class TicketPanel : public QFrame
{
    Q_OBJECT
public:
    explicit TicketPanel(QWidget *parent = nullptr);

    void setTimeZone(const QTimeZone &zone) { m_zone = zone; }
    // Redraws from `desk`; cheap enough to call every second.
    void showDesk(const DeskModel &desk);

private:
    void setState(const char *state);
    QString local(const QDateTime &utc) const;

    QTimeZone m_zone;
    QLabel *m_caption = nullptr;
    QLabel *m_code = nullptr;
    QLabel *m_service = nullptr;
    QLabel *m_priority = nullptr;
    QWidget *m_facts = nullptr;
    QLabel *m_factNames[3] = {};
    QLabel *m_factValues[3] = {};
    QLabel *m_hint = nullptr;
};

} // namespace antrian::counter
