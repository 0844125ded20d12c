// SPDX-License-Identifier: GPL-3.0-or-later
// DatabaseWatch: decides when an app is out of service because of its database, and when it is
// back. An app tells it how its reads and writes went; a database that cannot be opened, a
// lost file, or a few storage failures in a row (kFailureLimit) put the app out of service.
// Then it probes the database every few seconds (kRetryMs: opens it and, for an app that
// writes, commits a write that changes nothing) and brings the app back at the first success.
// It logs each cause once, not at every retry. Lives on the screen's thread; each probe runs on
// a thread of its own (a server that does not answer holds it for seconds), only while out of
// service, and its answer comes back to the screen's thread.
#pragma once

#include "core/result.h"

#include <QObject>
#include <QTimer>

namespace antrian {

class DatabaseWatch : public QObject
{
    Q_OBJECT
public:
    static constexpr int kFailureLimit = 3;
    static constexpr int kRetryMs = 3000;

    enum class Use {
        Read,      // the display
        ReadWrite, // the kiosk and the counter: back only when a write goes through again
    };
    enum class Access { Read, Write };

    DatabaseWatch(QString location, Use use, QObject *parent = nullptr);

    void setRetryInterval(int ms) { m_retry.setInterval(ms); }

    // How an operation went. A storage error counts towards the limit; any answer from a
    // working database (a value, a refusal by a rule) ends the streak of its kind.
    void succeeded(Access access);
    void failed(Access access, const Error &error);
    // The database cannot be used at all (not found, not an Antrian database, lost): out of
    // service now.
    void lost(const QString &reason);

    bool isOutOfService() const { return m_out; }
    // Why, in the words of the storage layer: for the log and for staff.
    const QString &reason() const { return m_reason; }

    // Probes now instead of at the next retry; the answer comes later, from the event loop.
    void probe();

signals:
    void outOfServiceChanged(bool outOfService);

private:
    void goOut(const QString &reason);
    void probed(const Outcome &ok);

    QString m_location;
    Use m_use;
    QTimer m_retry;
    bool m_out = false;
    QString m_reason;
    QString m_loggedReason;
    int m_readFailures = 0;
    int m_writeFailures = 0;
    bool m_probing = false;
};

} // namespace antrian
