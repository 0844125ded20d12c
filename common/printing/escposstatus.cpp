// SPDX-License-Identifier: GPL-3.0-or-later
#include "escposstatus.h"

#include <QStringList>

namespace antrian::EscPosStatus {

namespace {

constexpr char DLE = 0x10;
constexpr char EOT = 0x04;

// Every real-time status byte has bit 1 and bit 4 set, bits 0 and 7 clear.
bool isStatusByte(char b)
{
    return (quint8(b) & 0x93) == 0x12;
}

} // namespace

QByteArray query()
{
    const char bytes[] = {DLE, EOT, 2, DLE, EOT, 4};
    return QByteArray(bytes, sizeof bytes);
}

PrinterCondition interpret(const QByteArray &reply)
{
    PrinterCondition c;
    if (reply.size() < kReplySize || !isStatusByte(reply.at(0)) || !isStatusByte(reply.at(1))) {
        c.detail = QStringLiteral("no status answer");
        return c;
    }
    const quint8 offline = quint8(reply.at(0));
    const quint8 paper = quint8(reply.at(1));
    QStringList faults;
    if (offline & 0x04)
        faults << QStringLiteral("cover open");
    if ((offline & 0x20) || (paper & 0x60) == 0x60)
        faults << QStringLiteral("paper out");
    if (offline & 0x40)
        faults << QStringLiteral("printer error");
    if (!faults.isEmpty()) {
        c.level = PrinterCondition::Level::Fault;
        c.detail = faults.join(QStringLiteral(", "));
    } else if ((paper & 0x0c) == 0x0c) {
        c.level = PrinterCondition::Level::PaperLow;
        c.detail = QStringLiteral("paper near end");
    } else {
        c.level = PrinterCondition::Level::Ready;
        c.detail = QStringLiteral("ready");
    }
    return c;
}

} // namespace antrian::EscPosStatus
