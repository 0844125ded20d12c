// SPDX-License-Identifier: GPL-3.0-or-later
#include "databasewatch.h"

#include "storage/database.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QPointer>

#include <thread>

Q_LOGGING_CATEGORY(lcService, "antrian.service", QtInfoMsg)

namespace antrian {

DatabaseWatch::DatabaseWatch(QString location, Use use, QObject *parent)
    : QObject(parent), m_location(std::move(location)), m_use(use)
{
    m_retry.setInterval(kRetryMs);
    connect(&m_retry, &QTimer::timeout, this, &DatabaseWatch::probe);
}

void DatabaseWatch::succeeded(Access access)
{
    (access == Access::Read ? m_readFailures : m_writeFailures) = 0;
}

void DatabaseWatch::failed(Access access, const Error &error)
{
    if (error.kind != Error::Kind::Storage) {
        succeeded(access); // the database answered; a rule said no
        return;
    }
    int &failures = access == Access::Read ? m_readFailures : m_writeFailures;
    ++failures;
    if (failures >= kFailureLimit)
        goOut(error.message);
}

void DatabaseWatch::lost(const QString &reason)
{
    goOut(reason);
}

void DatabaseWatch::goOut(const QString &reason)
{
    m_reason = reason;
    if (reason != m_loggedReason) {
        qCWarning(lcService).noquote() << "out of service:" << reason << "- retrying every" << m_retry.interval() / 1000.0
                                       << "s";
        m_loggedReason = reason;
    }
    if (!m_retry.isActive())
        m_retry.start();
    if (m_out)
        return;
    m_out = true;
    emit outOfServiceChanged(true);
}

void DatabaseWatch::probe()
{
    if (!m_out || m_probing)
        return;
    // On a thread of its own: opening a server that does not answer takes the connect timeout,
    // which the screen must not wait for. One probe at a time; a stuck one is waited out.
    m_probing = true;
    QPointer<DatabaseWatch> self(this);
    std::thread([self, location = m_location, writable = m_use == Use::ReadWrite] {
        const Outcome ok = Database::probe(location, writable);
        if (QCoreApplication *app = QCoreApplication::instance())
            QMetaObject::invokeMethod(app, [self, ok] {
                if (self)
                    self->probed(ok);
            }, Qt::QueuedConnection);
    }).detach();
}

void DatabaseWatch::probed(const Outcome &ok)
{
    m_probing = false;
    if (!m_out)
        return;
    if (!ok) {
        goOut(ok.error().message); // logs only a new cause
        return;
    }
    qCInfo(lcService).noquote() << "back in service: the database" << m_location << "answers again";
    m_retry.stop();
    m_out = false;
    m_reason.clear();
    m_loggedReason.clear();
    m_readFailures = 0;
    m_writeFailures = 0;
    emit outOfServiceChanged(false);
}

} // namespace antrian
