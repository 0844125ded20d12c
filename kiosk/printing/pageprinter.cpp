// SPDX-License-Identifier: GPL-3.0-or-later
#include "pageprinter.h"

#include "slippainter.h"

#include <QDir>
#include <QFileInfo>
#include <QPainter>
#include <QPrinter>
#include <QPrinterInfo>

namespace antrian::kiosk {

PagePrinter::PagePrinter(PrinterSpec spec, QObject *parent)
    : PrintTransport(parent), m_spec(std::move(spec)), m_runner(QStringLiteral("antrian-print"))
{
}

void PagePrinter::print(quint64 jobId, const TicketSlip &slip)
{
    m_runner.run<Answer>([spec = m_spec, slip] { return printNow(spec, slip); }, this,
                         [this, jobId](Answer a) { emit done(jobId, a.printed, a.detail); });
}

PagePrinter::Answer PagePrinter::printNow(const PrinterSpec &spec, const TicketSlip &slip)
{
    QPrinter printer(QPrinter::HighResolution);
    if (spec.kind == PrinterSpec::Kind::Pdf) {
        const QFileInfo file(spec.path);
        if (!file.absoluteDir().exists())
            return {false, QStringLiteral("folder %1 does not exist").arg(file.absolutePath())};
        printer.setOutputFormat(QPrinter::PdfFormat);
        printer.setOutputFileName(file.absoluteFilePath());
    } else {
        const QPrinterInfo info = spec.queue.isEmpty() ? QPrinterInfo::defaultPrinter()
                                                       : QPrinterInfo::printerInfo(spec.queue);
        if (info.isNull())
            return {false, spec.queue.isEmpty() ? QStringLiteral("no default printer is set up in CUPS")
                                                 : QStringLiteral("no CUPS printer named \"%1\"").arg(spec.queue)};
        if (info.state() == QPrinter::Error || info.state() == QPrinter::Aborted)
            return {false, QStringLiteral("CUPS reports printer \"%1\" stopped").arg(info.printerName())};
        printer.setPrinterName(info.printerName());
    }
    // A slip the size of an 80 mm thermal ticket; a page printer centres it on its paper.
    printer.setPageSize(QPageSize(QSizeF(80, 130), QPageSize::Millimeter, QStringLiteral("Antrian ticket"),
                                  QPageSize::ExactMatch));
    printer.setPageMargins(QMarginsF(4, 4, 4, 4), QPageLayout::Millimeter);
    printer.setDocName(QStringLiteral("Antrian %1").arg(slip.code));
    printer.setCreator(QStringLiteral("antrian-kiosk"));

    QPainter painter;
    if (!painter.begin(&printer))
        return {false, QStringLiteral("cannot start printing on %1").arg(spec.toString())};
    SlipPainter::paint(painter, printer.pageRect(QPrinter::DevicePixel).translated(
                                        -printer.pageRect(QPrinter::DevicePixel).topLeft()), slip);
    if (!painter.end() || printer.printerState() == QPrinter::Error)
        return {false, QStringLiteral("printing on %1 failed").arg(spec.toString())};
    return {true, {}};
}

} // namespace antrian::kiosk
