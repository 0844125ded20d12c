// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportpdf.h"

#include "reportcharts.h"
#include "reportcolumns.h"

#include "reports/reportreader.h"

#include <QApplication>
#include <QChart>
#include <QFontMetricsF>
#include <QGraphicsScene>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

#include <algorithm>
#include <functional>
#include <numeric>
#include <vector>

namespace antrian::reportdoc {

namespace {

using Draw = std::function<void(QPainter &)>;

constexpr int kDpi = 300;
// The size a chart is laid out at before it is scaled onto the page: its fonts and lines are
// sized for this, as in the window.
constexpr qreal kChartLogicalWidth = 1100;

const QColor kInk(0x0F, 0x17, 0x2A), kMuted(0x47, 0x55, 0x69), kRule(0xCB, 0xD5, 0xE1), kHeaderFill(0xE2, 0xE8, 0xF0),
        kTotalFill(0xF1, 0xF5, 0xF9);

QFont font(qreal points, bool bold = false)
{
    QFont f(QStringLiteral("DejaVu Sans"));
    f.setPointSizeF(points);
    f.setBold(bold);
    return f;
}

// Pages as lists of drawings, laid out first so every page can say how many there are.
class PageLayout
{
public:
    PageLayout(QPaintDevice *device, const QRectF &content) : m_device(device), m_content(content) { newPage(); }

    QPaintDevice *device() const { return m_device; }
    qreal width() const { return m_content.width(); }
    qreal left() const { return m_content.left(); }
    qreal y() const { return m_y; }
    qreal room() const { return m_content.bottom() - m_y; }
    bool atTop() const { return m_y == m_content.top(); }
    void advance(qreal dy) { m_y += dy; }
    void newPage()
    {
        m_pages.emplace_back();
        m_y = m_content.top();
    }
    void add(Draw draw) { m_pages.back().push_back(std::move(draw)); }
    const std::vector<std::vector<Draw>> &pages() const { return m_pages; }

    // A paragraph across the page: laid out here, drawn later.
    void paragraph(const QString &text, const QFont &f, const QColor &colour, qreal spaceAfter)
    {
        const QFontMetricsF fm(f, m_device);
        const QRectF box = fm.boundingRect(QRectF(0, 0, width(), 1e6), Qt::TextWordWrap, text);
        if (box.height() > room() && !atTop())
            newPage();
        const QRectF at(left(), m_y, width(), box.height());
        add([at, text, f, colour](QPainter &p) {
            p.setFont(f);
            p.setPen(colour);
            p.drawText(at, Qt::TextWordWrap, text);
        });
        m_y += box.height() + spaceAfter;
    }

private:
    QPaintDevice *m_device;
    QRectF m_content;
    qreal m_y = 0;
    std::vector<std::vector<Draw>> m_pages;
};

class TableLayout
{
public:
    TableLayout(const Report &report, PageLayout &page) : m_report(report), m_page(page), m_columns(reportColumns(report.by))
    {
        const QFontMetricsF fm(m_font, page.device());
        const QFontMetricsF bold(m_bold, page.device());
        m_pad = fm.height() * 0.3;
        qreal labelWidth = bold.horizontalAdvance(groupingName(report.by));
        for (const ReportRow &row : report.rows)
            labelWidth = std::max(labelWidth, fm.horizontalAdvance(row.label));
        labelWidth = std::max(labelWidth, bold.horizontalAdvance(totalLabel()));
        m_labelWidth = std::min(labelWidth + 2 * m_pad, page.width() * 0.2);
        // Each column as wide as its header's longest word ("Kedaluwarsa", "Terselesaikan") and
        // its widest figure, the room left shared out evenly; the header's font shrinks only
        // when even that does not fit the page.
        const qreal room = page.width() - m_labelWidth;
        const qreal figureWidth = bold.horizontalAdvance(QStringLiteral("99.999"));
        for (qreal points = 7.5; points >= 5.0; points -= 0.5) {
            m_headerFont = font(points, true);
            const QFontMetricsF header(m_headerFont, page.device());
            m_columnWidths.clear();
            for (const ReportColumn &c : m_columns) {
                qreal widest = figureWidth;
                for (const QString &word : columnHeader(c).split(u' '))
                    widest = std::max(widest, header.horizontalAdvance(word));
                // A margin: the PDF painter's glyphs come out a little wider than the metrics say.
                m_columnWidths.append(widest * 1.15 + 2 * m_pad);
            }
            if (std::accumulate(m_columnWidths.cbegin(), m_columnWidths.cend(), 0.0) <= room)
                break;
        }
        const qreal extra = (room - std::accumulate(m_columnWidths.cbegin(), m_columnWidths.cend(), 0.0)) / m_columns.size();
        for (qreal &w : m_columnWidths)
            w += extra;
        const QFontMetricsF headerMetrics(m_headerFont, page.device());
        m_headerHeight = 0;
        for (const ReportColumn &c : m_columns) {
            const QRectF box = headerMetrics.boundingRect(QRectF(0, 0, m_columnWidths.at(&c - m_columns.constData()) - 2 * m_pad, 1e6),
                                                          Qt::TextWordWrap | Qt::AlignRight, columnHeader(c));
            m_headerHeight = std::max(m_headerHeight, box.height());
        }
        m_headerHeight += 2 * m_pad;
        m_rowHeight = fm.height() + 2 * m_pad;
    }

    void lay()
    {
        if (m_page.room() < m_headerHeight + 2 * m_rowHeight)
            m_page.newPage();
        header();
        for (qsizetype i = 0; i < m_report.rows.size(); ++i)
            row(m_report.rows.at(i).label, m_report.rows.at(i).figures, false, i % 2 == 1);
        row(totalLabel(), m_report.total, true, false);
    }

private:
    QRectF cell(int column, qreal y, qreal height) const
    {
        if (column < 0)
            return QRectF(m_page.left(), y, m_labelWidth, height);
        const qreal x = m_page.left() + m_labelWidth + std::accumulate(m_columnWidths.cbegin(), m_columnWidths.cbegin() + column, 0.0);
        return QRectF(x, y, m_columnWidths.at(column), height);
    }

    void header()
    {
        const qreal y = m_page.y();
        QStringList headers;
        for (const ReportColumn &c : m_columns)
            headers.append(columnHeader(c));
        const QRectF band(m_page.left(), y, m_page.width(), m_headerHeight);
        const QRectF label = cell(-1, y, m_headerHeight);
        const QString labelText = groupingName(m_report.by);
        QList<QRectF> cells;
        for (int c = 0; c < m_columns.size(); ++c)
            cells.append(cell(c, y, m_headerHeight));
        const qreal pad = m_pad;
        const QFont f = m_headerFont;
        m_page.add([band, label, labelText, cells, headers, pad, f](QPainter &p) {
            p.fillRect(band, kHeaderFill);
            p.setFont(f);
            p.setPen(kInk);
            p.drawText(label.adjusted(pad, pad, -pad, -pad), Qt::AlignLeft | Qt::AlignBottom | Qt::TextWordWrap, labelText);
            for (int c = 0; c < cells.size(); ++c)
                p.drawText(cells.at(c).adjusted(pad, pad, -pad, -pad), Qt::AlignRight | Qt::AlignBottom | Qt::TextWordWrap,
                           headers.at(c));
        });
        m_page.advance(m_headerHeight);
    }

    void row(const QString &label, const ReportFigures &figures, bool total, bool shaded)
    {
        const qreal height = total ? m_rowHeight * 1.2 : m_rowHeight;
        if (m_page.room() < height) {
            m_page.newPage();
            header();
        }
        const qreal y = m_page.y();
        QStringList texts;
        QList<QRectF> cells;
        for (int c = 0; c < m_columns.size(); ++c) {
            texts.append(formatFigure(figures, m_columns.at(c)));
            cells.append(cell(c, y, height));
        }
        const QRectF band(m_page.left(), y, m_page.width(), height);
        const QRectF labelCell = cell(-1, y, height);
        const qreal pad = m_pad;
        const QFont f = total ? m_bold : m_font;
        m_page.add([=](QPainter &p) {
            if (total || shaded)
                p.fillRect(band, total ? kHeaderFill : kTotalFill);
            p.setPen(QPen(total ? kInk : kRule, total ? 4 : 1));
            p.drawLine(band.topLeft(), band.topRight());
            p.setFont(f);
            p.setPen(kInk);
            const QFontMetricsF fm(f, p.device());
            p.drawText(labelCell.adjusted(pad, 0, -pad, 0), Qt::AlignLeft | Qt::AlignVCenter,
                       fm.elidedText(label, Qt::ElideRight, labelCell.width() - 2 * pad));
            for (int c = 0; c < cells.size(); ++c)
                p.drawText(cells.at(c).adjusted(pad, 0, -pad, 0), Qt::AlignRight | Qt::AlignVCenter, texts.at(c));
        });
        m_page.advance(height);
    }

    const Report &m_report;
    PageLayout &m_page;
    QList<ReportColumn> m_columns;
    QFont m_font = font(7.5);
    QFont m_bold = font(7.5, true);
    QFont m_headerFont = m_bold;
    qreal m_pad = 0;
    qreal m_labelWidth = 0;
    QList<qreal> m_columnWidths;
    qreal m_headerHeight = 0;
    qreal m_rowHeight = 0;
};

// Each chart half a page high across its width, in the scene it is drawn from.
void layCharts(std::vector<std::unique_ptr<QGraphicsScene>> &scenes, const Report &report, PageLayout &page, qreal height)
{
    auto charts = makeReportCharts(report);
    const qreal gap = height * 0.05;
    for (auto &owned : charts) {
        if (page.room() < height)
            page.newPage();
        auto scene = std::make_unique<QGraphicsScene>();
        QChart *chart = owned.release();
        scene->addItem(chart);
        const QSizeF logical(kChartLogicalWidth, kChartLogicalWidth * (height - gap) / page.width());
        chart->resize(logical);
        scene->setSceneRect(QRectF(QPointF(0, 0), logical));
        QGraphicsScene *drawn = scenes.emplace_back(std::move(scene)).get();
        const QRectF at(page.left(), page.y(), page.width(), height - gap);
        page.add([drawn, at](QPainter &p) { drawn->render(&p, at, drawn->sceneRect()); });
        page.advance(height);
    }
}

} // namespace

Outcome writeReportPdf(const Report &report, const QString &file)
{
    if (!qobject_cast<QApplication *>(QCoreApplication::instance()))
        return Error::storage(ReportPdfText::tr("Cannot write the PDF %1: the charts need a graphical application.").arg(file));
    QSaveFile out(file);
    if (!out.open(QIODevice::WriteOnly))
        return Error::storage(ReportPdfText::tr("Cannot write %1: %2").arg(file, out.errorString()));

    QPdfWriter writer(&out);
    writer.setResolution(kDpi);
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape, QMarginsF(12, 12, 12, 10),
                                     QPageLayout::Millimeter));
    writer.setTitle(QStringLiteral("%1 · %2 · %3").arg(report.branchName, reportTitle(report.by), periodText(report.from, report.to)));
    writer.setCreator(QStringLiteral("Antrian"));

    const QRectF paper = QRectF(writer.pageLayout().paintRectPixels(kDpi)).translated(-writer.pageLayout().paintRectPixels(kDpi).topLeft());
    const QFont footerFont = font(7.5);
    const qreal footerHeight = QFontMetricsF(footerFont, &writer).height() * 2;
    PageLayout page(&writer, paper.adjusted(0, 0, 0, -footerHeight));

    page.paragraph(report.branchName, font(16, true), kInk, 0);
    page.paragraph(QStringLiteral("%1 · %2").arg(reportTitle(report.by), periodText(report.from, report.to)), font(11), kInk, 0);
    page.paragraph(generatedText(report), font(8), kMuted, QFontMetricsF(font(8), &writer).height());
    TableLayout(report, page).lay();

    std::vector<std::unique_ptr<QGraphicsScene>> scenes;
    page.advance(QFontMetricsF(font(8), &writer).height());
    layCharts(scenes, report, page, (paper.height() - footerHeight) / 2);

    if (page.room() < paper.height() / 4)
        page.newPage();
    page.paragraph(ReportPdfText::tr("Definitions"), font(10, true), kInk, QFontMetricsF(font(4), &writer).height());
    for (const QString &sentence : reportDefinitions(report.by))
        page.paragraph(QStringLiteral("• ") + sentence, font(8.5), kInk, QFontMetricsF(font(4), &writer).height());

    QPainter painter;
    if (!painter.begin(&writer)) {
        out.cancelWriting();
        return Error::storage(ReportPdfText::tr("Cannot write %1: %2").arg(file, out.errorString()));
    }
    painter.setRenderHint(QPainter::Antialiasing);
    const auto &pages = page.pages();
    const int count = int(pages.size());
    const QString footerLeft = QStringLiteral("%1 · %2").arg(report.branchName, periodText(report.from, report.to));
    for (int i = 0; i < count; ++i) {
        if (i > 0)
            writer.newPage();
        for (const Draw &draw : pages.at(i))
            draw(painter);
        const QRectF footer(paper.left(), paper.bottom() - footerHeight * 0.6, paper.width(), footerHeight * 0.6);
        painter.setPen(QPen(kRule, 2));
        painter.drawLine(footer.topLeft(), footer.topRight());
        painter.setFont(footerFont);
        painter.setPen(kMuted);
        painter.drawText(footer, Qt::AlignLeft | Qt::AlignBottom, footerLeft);
        painter.drawText(footer, Qt::AlignRight | Qt::AlignBottom, ReportPdfText::tr("Page %1 of %2").arg(i + 1).arg(count));
    }
    painter.end();
    if (!out.commit())
        return Error::storage(ReportPdfText::tr("Cannot write %1: %2").arg(file, out.errorString()));
    return Done{};
}

} // namespace antrian::reportdoc
