// SPDX-License-Identifier: GPL-3.0-or-later
// BlockingRunner: a thread of its own for printer work that blocks (writing to a device file,
// rendering a page for CUPS), so a stuck printer can never freeze the kiosk screen. Jobs run
// one at a time in order; each answer comes back on the receiver's thread, if it still exists.
#pragma once

#include <QObject>
#include <QPointer>
#include <QThread>

#include <functional>

namespace antrian::kiosk {

class BlockingRunner
{
public:
    explicit BlockingRunner(const QString &name);
    ~BlockingRunner();

    template<typename R>
    void run(std::function<R()> job, QObject *receiver, std::function<void(R)> done)
    {
        QPointer<QObject> guard(receiver);
        QMetaObject::invokeMethod(
                m_context,
                [job = std::move(job), guard, done = std::move(done)] {
                    R answer = job();
                    if (guard)
                        QMetaObject::invokeMethod(guard.data(), [answer, done] { done(answer); }, Qt::QueuedConnection);
                },
                Qt::QueuedConnection);
    }

private:
    QThread m_thread;
    QObject *m_context = nullptr;
};

} // namespace antrian::kiosk
