// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportpage.h"

#include "counterbackend.h"
#include "reporttablemodel.h"

#include "core/translation.h"
#include "reportcharts.h"
#include "reportcolumns.h"
#include "reportpdf.h"
#include "reports/reportcsv.h"
#include "reports/reportreader.h"

#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateEdit>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLoggingCategory>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QStandardPaths>
#include <QStyle>
#include <QTableView>
#include <QTimeZone>
#include <QVBoxLayout>

#include <algorithm>

Q_LOGGING_CATEGORY(lcCounterReport, "antrian.counter.report", QtInfoMsg)

namespace antrian::counter {

namespace {

QPushButton *key(const QString &text, const QString &name, QWidget *parent)
{
    auto *b = new QPushButton(text, parent);
    b->setObjectName(name);
    b->setProperty("kind", QStringLiteral("reportButton"));
    return b;
}

QLabel *fieldLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setProperty("kind", QStringLiteral("reportField"));
    return label;
}

// The business date today in the branch's time zone, read with the worker's engine.
Result<QDate> branchToday(SupervisorTools &t, const Clock &clock)
{
    auto branch = t.engine.branch();
    if (!branch)
        return branch.error();
    return clock.nowUtc().toTimeZone(branch->config.calendar.timeZone).date();
}

} // namespace

ReportPage::ReportPage(CounterBackend &backend, QWidget *parent) : QWidget(parent), m_backend(backend)
{
    setObjectName(QStringLiteral("reportPage"));
    m_chooseFile = [this](const QString &suggested, const QString &filter) {
        const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        return QFileDialog::getSaveFileName(this, tr("Save the report"), folder + u'/' + suggested, filter);
    };

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 8, 12, 8);
    layout->setSpacing(6);

    // What to read: the range, its quick keys, the grouping; and what to do with it.
    auto *pickers = new QHBoxLayout;
    pickers->setSpacing(8);
    m_from = new QDateEdit(this);
    m_from->setObjectName(QStringLiteral("reportFrom"));
    m_to = new QDateEdit(this);
    m_to->setObjectName(QStringLiteral("reportTo"));
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("d MMM yyyy"));
        edit->setLocale(currentLocale());
    }
    pickers->addWidget(fieldLabel(tr("From"), this));
    pickers->addWidget(m_from);
    pickers->addWidget(fieldLabel(tr("to"), this));
    pickers->addWidget(m_to);
    const std::pair<Range, QString> ranges[] = {{Range::Today, tr("Today")},
                                                {Range::Last7Days, tr("7 days")},
                                                {Range::ThisMonth, tr("This month")},
                                                {Range::ThisYear, tr("This year")}};
    const char *rangeNames[] = {"reportToday", "report7Days", "reportThisMonth", "reportThisYear"};
    int n = 0;
    for (const auto &[range, text] : ranges) {
        QPushButton *b = key(text, QString::fromLatin1(rangeNames[n++]), this);
        connect(b, &QPushButton::clicked, this, [this, range] { setRange(range); });
        pickers->addWidget(b);
    }
    pickers->addSpacing(16);
    pickers->addWidget(fieldLabel(tr("Rows"), this));
    m_grouping = new QComboBox(this);
    m_grouping->setObjectName(QStringLiteral("reportGrouping"));
    for (ReportGrouping by : {ReportGrouping::Service, ReportGrouping::Counter, ReportGrouping::Staff, ReportGrouping::Hour,
                              ReportGrouping::Day})
        m_grouping->addItem(reportdoc::groupingName(by), int(by));
    pickers->addWidget(m_grouping);
    pickers->addStretch(1);
    m_busy = new QProgressBar(this);
    m_busy->setObjectName(QStringLiteral("reportBusy"));
    m_busy->setRange(0, 0); // no end known: it moves while the report is read
    m_busy->setTextVisible(false);
    m_busy->setMaximumWidth(120);
    m_busy->setVisible(false);
    pickers->addWidget(m_busy);
    m_saveCsv = key(tr("Save CSV"), QStringLiteral("reportSaveCsv"), this);
    m_savePdf = key(tr("Save PDF"), QStringLiteral("reportSavePdf"), this);
    pickers->addWidget(m_saveCsv);
    pickers->addWidget(m_savePdf);
    layout->addLayout(pickers);

    m_messageBar = new QFrame(this);
    m_messageBar->setObjectName(QStringLiteral("messageBar"));
    auto *barLayout = new QHBoxLayout(m_messageBar);
    barLayout->setContentsMargins(12, 4, 12, 4);
    m_heading = new QLabel(m_messageBar);
    m_heading->setObjectName(QStringLiteral("reportHeading"));
    m_message = new QLabel(m_messageBar);
    m_message->setObjectName(QStringLiteral("reportMessage"));
    m_message->setWordWrap(true);
    m_message->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    barLayout->addWidget(m_heading);
    barLayout->addWidget(m_message, 1);
    layout->addWidget(m_messageBar);

    // The table over its charts; the person may give either more room.
    auto *split = new QSplitter(Qt::Vertical, this);
    split->setObjectName(QStringLiteral("reportSplit"));
    split->setChildrenCollapsible(false);
    m_model = new ReportTableModel(this);
    m_table = new QTableView(split);
    m_table->setObjectName(QStringLiteral("reportTable"));
    m_table->setModel(m_model);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_table->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    auto *chartRow = new QWidget(split);
    auto *chartLayout = new QHBoxLayout(chartRow);
    chartLayout->setContentsMargins(0, 0, 0, 0);
    chartLayout->setSpacing(6);
    for (int i = 0; i < reportdoc::kReportChartCount; ++i) {
        auto *view = new QChartView(chartRow);
        view->setObjectName(QStringLiteral("reportChart%1").arg(i));
        view->setRenderHint(QPainter::Antialiasing);
        view->setMinimumHeight(220);
        chartLayout->addWidget(view, 1);
        m_charts.append(view);
    }
    split->addWidget(m_table);
    split->addWidget(chartRow);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    layout->addWidget(split, 1);

    m_definitions = new QLabel(this);
    m_definitions->setObjectName(QStringLiteral("reportDefinitions"));
    m_definitions->setWordWrap(true);
    m_definitions->setTextFormat(Qt::PlainText);
    // Smaller than the figures: read once, not at every glance.
    m_definitions->setStyleSheet(QStringLiteral("font-size: 12px; color: #374151;"));
    layout->addWidget(m_definitions);

    connect(m_from, &QDateEdit::dateChanged, this, [this](const QDate &from) {
        if (m_settingPickers)
            return;
        if (from > m_to->date())
            setDates(from, from);
        else
            read();
    });
    connect(m_to, &QDateEdit::dateChanged, this, [this](const QDate &to) {
        if (m_settingPickers)
            return;
        if (to < m_from->date())
            setDates(to, to);
        else
            read();
    });
    connect(m_grouping, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_settingPickers)
            read();
    });
    connect(m_saveCsv, &QPushButton::clicked, this, [this] { save(QStringLiteral("csv")); });
    connect(m_savePdf, &QPushButton::clicked, this, [this] { save(QStringLiteral("pdf")); });
    m_saveCsv->setEnabled(false);
    m_savePdf->setEnabled(false);
    showMessage(tr("Choose the dates and the rows; the report is read from the tickets."), false);
}

void ReportPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    fitGrouping();
    if (!m_started)
        start();
}

void ReportPage::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    fitGrouping(); // the window's style sheet grows the fonts with the window
}

// The window's style sheet sets the combo box's font and its arrow's room: as wide as they need.
void ReportPage::fitGrouping()
{
    int widest = 0;
    for (int i = 0; i < m_grouping->count(); ++i)
        widest = std::max(widest, m_grouping->fontMetrics().horizontalAdvance(m_grouping->itemText(i)));
    m_grouping->setMinimumWidth(widest * 3 / 2 + 4 * m_grouping->fontMetrics().height());
}

// The first time the tab is seen: today in the branch's time zone, then today's report.
void ReportPage::start()
{
    m_started = true;
    setBusy(true);
    const Clock &clock = m_backend.clock();
    m_backend.supervisor().run<Result<QDate>>([&clock](SupervisorTools &t) { return branchToday(t, clock); }, this,
                                              [this](Result<QDate> today) {
                                                  setBusy(false);
                                                  if (!today) {
                                                      m_started = false; // asked again when shown again
                                                      showMessage(today.error().message, true);
                                                      emit readFinished();
                                                      return;
                                                  }
                                                  m_today = *today;
                                                  setRange(Range::Today);
                                              });
}

void ReportPage::setRange(Range range)
{
    if (!m_today.isValid())
        return;
    switch (range) {
    case Range::Today: setDates(m_today, m_today); break;
    case Range::Last7Days: setDates(m_today.addDays(-6), m_today); break;
    case Range::ThisMonth: setDates(QDate(m_today.year(), m_today.month(), 1), m_today); break;
    case Range::ThisYear: setDates(QDate(m_today.year(), 1, 1), m_today); break;
    }
}

void ReportPage::setDates(const QDate &from, const QDate &to)
{
    m_settingPickers = true;
    m_from->setDate(from);
    m_to->setDate(to);
    m_settingPickers = false;
    read();
}

void ReportPage::setGrouping(ReportGrouping by)
{
    m_settingPickers = true;
    m_grouping->setCurrentIndex(m_grouping->findData(int(by)));
    m_settingPickers = false;
    read();
}

void ReportPage::read()
{
    if (m_reading) {
        m_readAgain = true;
        return;
    }
    m_reading = true;
    setBusy(true);
    const auto by = ReportGrouping(m_grouping->currentData().toInt());
    const QDate from = m_from->date(), to = m_to->date();
    m_backend.supervisor().run<Result<Report>>(
            [by, from, to](SupervisorTools &t) { return t.reports.read(by, from, to); }, this, [this](Result<Report> r) {
                m_reading = false;
                if (m_readAgain) { // the pickers moved meanwhile: this answer is for an older question
                    m_readAgain = false;
                    read();
                    return;
                }
                setBusy(false);
                if (r) {
                    m_backend.watch().succeeded(DatabaseWatch::Access::Read);
                    showReport(*r);
                } else {
                    if (r.error().kind == Error::Kind::Storage)
                        m_backend.watch().failed(DatabaseWatch::Access::Read, r.error());
                    qCWarning(lcCounterReport) << "cannot read the report:" << r.error().message;
                    showMessage(r.error().message, true);
                }
                emit readFinished();
            });
}

void ReportPage::showReport(const Report &report)
{
    m_model->setReport(report);
    m_table->resizeColumnsToContents();
    auto charts = reportdoc::makeReportCharts(report);
    for (int i = 0; i < m_charts.size() && i < int(charts.size()); ++i) {
        QChart *old = m_charts.at(i)->chart();
        m_charts.at(i)->setChart(charts.at(i).release());
        delete old; // the view gives the old chart back to us
    }
    m_heading->setText(QStringLiteral("%1 · %2").arg(reportdoc::reportTitle(report.by), reportdoc::periodText(report.from, report.to)));
    m_definitions->setText(reportDefinitions(report.by).join(u' '));
    m_saveCsv->setEnabled(true);
    m_savePdf->setEnabled(true);
    showMessage(tr("%n ticket(s) issued in this period.", nullptr, report.total.issued), false);
}

bool ReportPage::hasReport() const
{
    return m_model->hasReport();
}

const Report &ReportPage::report() const
{
    return m_model->report();
}

QString ReportPage::message() const
{
    return m_message->text();
}

bool ReportPage::messageIsError() const
{
    return m_messageIsError;
}

void ReportPage::showMessage(const QString &text, bool isError)
{
    m_message->setText(text);
    m_messageIsError = isError;
    if (m_messageBar->property("error").toBool() != isError) {
        m_messageBar->setProperty("error", isError);
        for (QWidget *w : {static_cast<QWidget *>(m_messageBar), static_cast<QWidget *>(m_message),
                           static_cast<QWidget *>(m_heading)}) {
            w->style()->unpolish(w);
            w->style()->polish(w);
        }
    }
}

void ReportPage::setBusy(bool busy)
{
    m_busy->setVisible(busy);
    if (busy)
        showMessage(tr("Reading the report…"), false);
}

void ReportPage::save(const QString &kind)
{
    if (!hasReport())
        return;
    const Report &r = report();
    const QString name = r.from == r.to ? QStringLiteral("laporan-%1-%2.%3").arg(reportGroupingKey(r.by), r.from.toString(Qt::ISODate), kind)
                                        : QStringLiteral("laporan-%1-%2-%3.%4")
                                                  .arg(reportGroupingKey(r.by), r.from.toString(Qt::ISODate), r.to.toString(Qt::ISODate), kind);
    const QString file = kind == u"pdf" ? m_chooseFile(name, tr("PDF (*.pdf)")) : m_chooseFile(name, tr("CSV (*.csv)"));
    if (file.isEmpty())
        return;
    if (kind == u"pdf")
        savePdf(file);
    else
        saveCsv(file);
}

void ReportPage::saveCsv(const QString &file)
{
    const Outcome written = writeReportCsv(report(), reportDefinitions(report().by), file);
    showMessage(written ? tr("Saved %1 and, beside it, %2.").arg(file, reportDefinitionsPath(file)) : written.error().message, !written);
}

void ReportPage::savePdf(const QString &file)
{
    const Outcome written = reportdoc::writeReportPdf(report(), file);
    showMessage(written ? tr("Saved %1.").arg(file) : written.error().message, !written);
}

} // namespace antrian::counter
