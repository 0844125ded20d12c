// SPDX-License-Identifier: GPL-3.0-or-later
#include "feedthread.h"

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcFeed)

namespace antrian {

FeedThread::FeedThread(const QString &location) : m_thread(new QThread)
{
    m_thread->setObjectName(QStringLiteral("antrian-feed"));
    // Made here, then moved: its timer is a child, so it moves with it. Nothing is opened yet.
    m_feed = new ChangeFeed(location);
    m_feed->moveToThread(m_thread);
    QObject::connect(m_thread, &QThread::finished, m_feed, &QObject::deleteLater);
    m_thread->start();
}

FeedThread::~FeedThread()
{
    QMetaObject::invokeMethod(m_feed, [feed = m_feed] { feed->stop(); });
    m_thread->quit();
    if (!m_thread->wait(kStopWaitMs)) {
        // A look stuck on a server that does not answer: the process is ending, leave the thread
        // (destroying a running QThread would abort the process).
        qCWarning(lcFeed) << "the change feed did not stop in time; leaving it";
        return;
    }
    delete m_thread;
}

void FeedThread::follow(int intervalMs)
{
    QMetaObject::invokeMethod(m_feed, [feed = m_feed, intervalMs] { feed->follow(intervalMs); });
}

} // namespace antrian
