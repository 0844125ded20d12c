// SPDX-License-Identifier: GPL-3.0-or-later
#include "blockingrunner.h"

namespace antrian::kiosk {

BlockingRunner::BlockingRunner(const QString &name)
{
    m_thread.setObjectName(name);
    m_context = new QObject;
    m_context->moveToThread(&m_thread);
    QObject::connect(&m_thread, &QThread::finished, m_context, &QObject::deleteLater);
    m_thread.start();
}

BlockingRunner::~BlockingRunner()
{
    m_thread.quit();
    // A write stuck in a dead printer's driver may never return; the kiosk still has to quit.
    if (!m_thread.wait(3000)) {
        m_thread.terminate();
        m_thread.wait();
    }
}

} // namespace antrian::kiosk
