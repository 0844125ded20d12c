// SPDX-License-Identifier: GPL-3.0-or-later
#include "printerspec.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace antrian {

namespace {

// lupdate files these strings under "PrinterSpec", the context they are looked up in.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(PrinterSpec)
};

QString expectedForms()
{
    return QStringLiteral("none, escpos-tcp:HOST:PORT, escpos-device:PATH, pdf:FILE, cups:QUEUE");
}

// Splits off a trailing ",columns=N"; returns false (with `error`) when it is malformed.
bool takeColumns(QString &rest, int &columns, QString &error)
{
    static const QRegularExpression re(QStringLiteral(",columns=([^,]*)$"));
    const auto m = re.match(rest);
    if (!m.hasMatch())
        return true;
    bool ok = false;
    const int n = m.captured(1).toInt(&ok);
    if (!ok || n < 16 || n > 96) {
        error = Tr::tr("columns: expected a whole number from 16 to 96 (48 for 80 mm paper, 32 for 58 mm), got \"%1\"")
                        .arg(m.captured(1));
        return false;
    }
    columns = n;
    rest.chop(m.capturedLength(0));
    return true;
}

} // namespace

Result<PrinterSpec> PrinterSpec::parse(const QString &text)
{
    const QString t = text.trimmed();
    const auto fail = [&](const QString &why) {
        return Error::badInput(Tr::tr("printer \"%1\": %2").arg(t, why));
    };
    PrinterSpec spec;
    if (t.isEmpty() || t == u"none")
        return spec;
    const qsizetype colon = t.indexOf(u':');
    if (colon < 0)
        return fail(Tr::tr("unknown printer; expected one of: %1").arg(expectedForms()));
    const QString kind = t.left(colon);
    QString rest = t.mid(colon + 1);

    if (kind == u"escpos-tcp" || kind == u"escpos-device") {
        QString error;
        if (!takeColumns(rest, spec.columns, error))
            return fail(error);
    }
    if (kind == u"escpos-tcp") {
        spec.kind = Kind::EscPosTcp;
        // [v6::addr]:port, host:port or host.
        static const QRegularExpression re(QStringLiteral("^(?:\\[([^\\]]+)\\]|([^:\\[\\]]+))(?::(\\d{1,5}))?$"));
        const auto m = re.match(rest);
        if (!m.hasMatch())
            return fail(Tr::tr("expected escpos-tcp:HOST:PORT, for example escpos-tcp:192.168.1.50:9100"));
        spec.host = m.captured(1).isEmpty() ? m.captured(2) : m.captured(1);
        if (m.hasCaptured(3) && !m.captured(3).isEmpty()) {
            spec.port = m.captured(3).toInt();
            if (spec.port < 1 || spec.port > 65535)
                return fail(Tr::tr("port must be from 1 to 65535, got %1").arg(m.captured(3)));
        }
        return spec;
    }
    if (kind == u"escpos-device" || kind == u"pdf") {
        spec.kind = kind == u"pdf" ? Kind::Pdf : Kind::EscPosDevice;
        if (rest.isEmpty())
            return fail(kind == u"pdf" ? Tr::tr("expected pdf:FILE, for example pdf:/tmp/ticket.pdf")
                                       : Tr::tr("expected escpos-device:PATH, for example escpos-device:/dev/usb/lp0"));
        spec.path = rest;
        return spec;
    }
    if (kind == u"cups") {
        spec.kind = Kind::Cups;
        spec.queue = rest;
        return spec;
    }
    return fail(Tr::tr("unknown printer kind \"%1\"; expected one of: %2").arg(kind, expectedForms()));
}

QString PrinterSpec::toString() const
{
    const QString cols = columns == kDefaultColumns ? QString() : QStringLiteral(",columns=%1").arg(columns);
    switch (kind) {
    case Kind::None: return QStringLiteral("none");
    case Kind::EscPosTcp: {
        const QString h = host.contains(u':') ? u'[' + host + u']' : host;
        return QStringLiteral("escpos-tcp:%1:%2").arg(h).arg(port) + cols;
    }
    case Kind::EscPosDevice: return QStringLiteral("escpos-device:") + path + cols;
    case Kind::Pdf: return QStringLiteral("pdf:") + path;
    case Kind::Cups: return QStringLiteral("cups:") + queue;
    }
    return {};
}

} // namespace antrian
