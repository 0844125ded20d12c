// SPDX-License-Identifier: GPL-3.0-or-later
#include "escposdeviceprinter.h"

#include "printing/escposencoder.h"

#include <QFile>

namespace antrian::kiosk {

EscPosDevicePrinter::EscPosDevicePrinter(QString path, int columns, QObject *parent)
    : PrintTransport(parent), m_path(std::move(path)), m_columns(columns), m_runner(QStringLiteral("antrian-print"))
{
}

QString EscPosDevicePrinter::describe() const
{
    return QStringLiteral("escpos-device:") + m_path;
}

EscPosDevicePrinter::Answer EscPosDevicePrinter::write(const QString &path, const QByteArray &bytes)
{
    QFile device(path);
    // Append: a regular file (tests, a spool file) collects tickets; a device ignores it.
    if (!device.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Unbuffered | QIODevice::ExistingOnly))
        return {false, QStringLiteral("cannot open %1: %2").arg(path, device.errorString())};
    const qint64 written = device.write(bytes);
    if (written != bytes.size())
        return {false, QStringLiteral("writing to %1 failed after %2 of %3 bytes: %4")
                               .arg(path).arg(std::max<qint64>(written, 0)).arg(bytes.size()).arg(device.errorString())};
    device.close();
    return {true, {}};
}

void EscPosDevicePrinter::print(quint64 jobId, const TicketSlip &slip)
{
    const QByteArray bytes = EscPosEncoder::encode(slip, m_columns);
    m_runner.run<Answer>([path = m_path, bytes] { return write(path, bytes); }, this,
                         [this, jobId](Answer a) { emit done(jobId, a.printed, a.detail); });
}

} // namespace antrian::kiosk
