// SPDX-License-Identifier: GPL-3.0-or-later
#include "printservice.h"

#include "escposdeviceprinter.h"
#include "escposnetworkprinter.h"
#include "pageprinter.h"

Q_LOGGING_CATEGORY(lcPrint, "antrian.kiosk.print", QtInfoMsg)

namespace antrian::kiosk {

PrintService::PrintService(std::unique_ptr<PrintTransport> transport, int timeoutMs, QObject *parent)
    : QObject(parent), m_transport(std::move(transport))
{
    m_timeout.setSingleShot(true);
    m_timeout.setInterval(timeoutMs);
    connect(&m_timeout, &QTimer::timeout, this, &PrintService::onTimeout);
    if (m_transport)
        connect(m_transport.get(), &PrintTransport::done, this, &PrintService::onDone);
}

PrintService::~PrintService() = default;

std::unique_ptr<PrintTransport> PrintService::transportFor(const PrinterSpec &spec)
{
    switch (spec.kind) {
    case PrinterSpec::Kind::None: return nullptr;
    case PrinterSpec::Kind::EscPosTcp: return std::make_unique<EscPosNetworkPrinter>(spec.host, spec.port, spec.columns);
    case PrinterSpec::Kind::EscPosDevice: return std::make_unique<EscPosDevicePrinter>(spec.path, spec.columns);
    case PrinterSpec::Kind::Pdf:
    case PrinterSpec::Kind::Cups: return std::make_unique<PagePrinter>(spec);
    }
    return nullptr;
}

QString PrintService::describe() const
{
    return m_transport ? m_transport->describe() : QStringLiteral("none");
}

quint64 PrintService::print(const TicketSlip &slip)
{
    const quint64 id = m_nextId++;
    if (!m_transport) {
        // Nothing to print on; say so at once rather than leave the caller waiting.
        QMetaObject::invokeMethod(this, [this, id] { emit finished(id, false); }, Qt::QueuedConnection);
        return id;
    }
    m_queue.enqueue({id, slip});
    if (!m_current)
        startNext();
    return id;
}

void PrintService::startNext()
{
    if (m_queue.isEmpty())
        return;
    m_current = m_queue.dequeue();
    m_timeout.start();
    m_transport->print(m_current->id, m_current->slip);
}

void PrintService::onDone(quint64 jobId, bool printed, const QString &detail)
{
    if (!m_current || m_current->id != jobId) {
        qCInfo(lcPrint, "a late answer for a ticket already given up on (job %llu): %s", jobId, qPrintable(detail));
        return;
    }
    const QString code = m_current->slip.code;
    m_current.reset();
    m_timeout.stop();
    if (printed && detail.isEmpty())
        qCInfo(lcPrint, "ticket %s printed on %s", qPrintable(code), qPrintable(describe()));
    else if (printed)
        qCWarning(lcPrint, "ticket %s printed on %s; the printer says: %s", qPrintable(code), qPrintable(describe()),
                  qPrintable(detail));
    else
        qCWarning(lcPrint, "ticket %s NOT printed on %s: %s; the ticket stands, the customer was asked to note it",
                  qPrintable(code), qPrintable(describe()), qPrintable(detail));
    emit finished(jobId, printed);
    startNext();
}

void PrintService::onTimeout()
{
    if (!m_current)
        return;
    const quint64 id = m_current->id;
    const QString code = m_current->slip.code;
    m_current.reset();
    m_transport->abort();
    qCWarning(lcPrint, "ticket %s NOT printed on %s: no answer within %d ms; the ticket stands", qPrintable(code),
              qPrintable(describe()), m_timeout.interval());
    emit finished(id, false);
    startNext();
}

} // namespace antrian::kiosk
