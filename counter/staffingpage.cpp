// SPDX-License-Identifier: GPL-3.0-or-later
#include "staffingpage.h"

#include "supervisorworker.h"

#include "core/translation.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineSeries>
#include <QSpinBox>
#include <QTableWidget>
#include <QValueAxis>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace antrian::counter {

namespace {

// What the worker answers: the advice, and which weekday today is (the picker's first).
struct StaffingRead
{
    int today = 1;
    StaffingAdvice advice;
};

const QColor kShort(0xc6, 0x28, 0x28);

QString hourText(int hour)
{
    return QStringLiteral("%1:00").arg(hour, 2, 10, QLatin1Char('0'));
}

QTableWidgetItem *cell(const QString &text, bool number = true)
{
    auto *item = new QTableWidgetItem(text);
    item->setTextAlignment(number ? (Qt::AlignRight | Qt::AlignVCenter) : (Qt::AlignLeft | Qt::AlignVCenter));
    return item;
}

} // namespace

StaffingPage::StaffingPage(SupervisorWorker &worker, QWidget *parent) : QWidget(parent), m_worker(worker)
{
    setObjectName(QStringLiteral("staffingPage"));
    auto *layout = new QVBoxLayout(this);

    auto *controls = new QHBoxLayout;
    auto *weekdayLabel = new QLabel(tr("&Weekday"), this);
    m_weekday = new QComboBox(this);
    m_weekday->setObjectName(QStringLiteral("staffingWeekday"));
    m_weekday->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_weekday->setMinimumContentsLength(18); // "Wednesday (today)", "Kamis (hari ini)"
    m_weekday->setMinimumWidth(340); // the style sheet's large font: font metrics here are not yet its
    weekdayLabel->setBuddy(m_weekday);
    auto *weeksLabel = new QLabel(tr("Wee&ks of history"), this);
    m_weeks = new QSpinBox(this);
    m_weeks->setObjectName(QStringLiteral("staffingWeeks"));
    m_weeks->setRange(1, 52);
    m_weeks->setValue(StaffingAdvisor::kDefaultWeeks);
    weeksLabel->setBuddy(m_weeks);
    controls->addWidget(weekdayLabel);
    controls->addWidget(m_weekday);
    controls->addSpacing(16);
    controls->addWidget(weeksLabel);
    controls->addWidget(m_weeks);
    controls->addStretch(1);
    layout->addLayout(controls);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("staffingSummary"));
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    // What is short, in words, where it is read before the table.
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("staffingMessage"));
    m_message->setWordWrap(true);
    layout->addWidget(m_message);

    m_table = new QTableWidget(0, 7, this);
    m_table->setObjectName(QStringLiteral("staffingTable"));
    m_table->setHorizontalHeaderLabels({tr("Hour"), tr("Arrivals per hour"), tr("Service (min)"), tr("Needed"), tr("Staffed"),
                                        tr("Status"), tr("Needed per service")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);

    m_chart = new QChartView(this);
    m_chart->setObjectName(QStringLiteral("staffingChart"));
    m_chart->setRenderHint(QPainter::Antialiasing);
    m_chart->setMinimumHeight(220);

    auto *body = new QHBoxLayout;
    body->addWidget(m_table, 1);
    body->addWidget(m_chart, 1);
    layout->addLayout(body, 1);


    connect(m_weekday, &QComboBox::activated, this, [this] { refresh(); });
    connect(m_weeks, &QSpinBox::valueChanged, this, [this] { refresh(); });
}

void StaffingPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // Read when first looked at: the supervisor's worker is running by then.
    if (m_weekday->count() == 0 && m_inFlight == 0)
        refresh();
}

void StaffingPage::refresh()
{
    const int weekday = m_weekday->count() > 0 ? m_weekday->currentData().toInt() : 0; // 0: today's
    const int weeks = m_weeks->value();
    ++m_inFlight;
    m_worker.run<Result<StaffingRead>>(
            [weekday, weeks](SupervisorTools &t) -> Result<StaffingRead> {
                const int today = t.engine.calendar().businessDate(t.engine.clock().nowUtc()).dayOfWeek();
                auto advice = t.staffing.advise(weekday > 0 ? weekday : today, weeks);
                if (!advice)
                    return advice.error();
                return StaffingRead{today, *advice};
            },
            this, [this](Result<StaffingRead> r) {
                --m_inFlight;
                if (!r) {
                    m_message->setText(r.error().message);
                    return;
                }
                m_message->clear();
                if (m_weekday->count() == 0)
                    fillWeekdays(r->today);
                showAdvice(r->advice);
            });
}

void StaffingPage::fillWeekdays(int today)
{
    const QLocale locale = currentLocale();
    for (int i = 0; i < 7; ++i) {
        const int day = (today - 1 + i) % 7 + 1;
        const QString name = locale.dayName(day, QLocale::LongFormat);
        m_weekday->addItem(i == 0 ? tr("%1 (today)").arg(name) : name, day);
    }
}

void StaffingPage::showAdvice(const StaffingAdvice &advice)
{
    m_advice = advice;
    const QLocale locale = currentLocale();
    m_table->setRowCount(int(advice.hours.size()));
    QStringList shortHours;
    for (int row = 0; row < advice.hours.size(); ++row) {
        const HourNeed &h = advice.hours.at(row);
        QStringList perService;
        for (const ServiceNeed &n : h.services)
            perService.append(QStringLiteral("%1 %2").arg(n.service).arg(n.needed));
        m_table->setItem(row, 0, cell(hourText(h.hour), false));
        m_table->setItem(row, 1, cell(locale.toString(h.arrivals, 'f', 1)));
        m_table->setItem(row, 2, cell(locale.toString(h.serviceMinutes, 'f', 1)));
        m_table->setItem(row, 3, cell(QString::number(h.needed)));
        m_table->setItem(row, 4, cell(locale.toString(h.staffed, 'f', 1)));
        auto *status = cell(h.isShort ? tr("Short by %1").arg(locale.toString(h.needed - h.staffed, 'f', 1)) : tr("Enough"), false);
        if (h.isShort) {
            status->setForeground(kShort);
            QFont bold = status->font();
            bold.setBold(true);
            status->setFont(bold);
            shortHours.append(hourText(h.hour));
        }
        m_table->setItem(row, 5, status);
        m_table->setItem(row, 6, cell(perService.join(QStringLiteral(", ")), false));
    }
    if (advice.hours.isEmpty())
        m_summary->setText(tr("The branch is closed on this weekday."));
    else if (advice.days.isEmpty())
        m_summary->setText(tr("No history yet for this weekday: nothing to advise."));
    else
        m_summary->setText(tr("From %n day(s) of history. Needed: the fewest counters so that 90% of customers are called "
                              "within their service's target wait (Erlang C), summed over services (an upper bound where a "
                              "counter serves several). Staffed: counters with someone logged in, on average.",
                              nullptr, int(advice.days.size())));
    m_message->setText(shortHours.isEmpty() ? QString() : tr("Short of counters at %1.").arg(shortHours.join(QStringLiteral(", "))));
    QPalette palette = m_message->palette();
    palette.setColor(QPalette::WindowText, kShort);
    m_message->setPalette(palette);
    showChart(advice);
    emit shown();
}

void StaffingPage::showChart(const StaffingAdvice &advice)
{
    auto *chart = new QChart;
    chart->setTitle(tr("Counters needed and staffed per hour"));
    auto *needed = new QBarSet(tr("Needed"));
    auto *staffed = new QBarSet(tr("Staffed"));
    // A short hour's "staffed" bar is red, and the legend says what red means, in words (the
    // hours are also named above the table): never colour alone.
    staffed->setSelectedColor(kShort);
    auto *shortKey = new QBarSet(tr("Red: fewer staffed than needed"));
    shortKey->setColor(kShort);
    QStringList categories;
    double top = 1.0;
    for (int i = 0; i < advice.hours.size(); ++i) {
        const HourNeed &h = advice.hours.at(i);
        *needed << h.needed;
        *staffed << h.staffed;
        if (h.isShort)
            staffed->selectBar(i);
        categories.append(hourText(h.hour));
        top = std::max({top, double(h.needed), h.staffed});
    }
    auto *series = new QBarSeries;
    series->append(needed);
    series->append(staffed);
    if (std::any_of(advice.hours.begin(), advice.hours.end(), [](const HourNeed &h) { return h.isShort; }))
        series->append(shortKey); // no values: a key in the legend only
    else
        delete shortKey;
    chart->addSeries(series);
    auto *x = new QBarCategoryAxis;
    x->append(categories);
    x->setLabelsAngle(categories.size() > 10 ? -45 : 0);
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    auto *y = new QValueAxis;
    y->setRange(0, std::ceil(top) + 1);
    y->setLabelFormat(QStringLiteral("%d"));
    y->setTickType(QValueAxis::TicksDynamic); // whole counters only
    y->setTickAnchor(0);
    y->setTickInterval(top > 20 ? 5 : top > 8 ? 2 : 1);
    y->setTitleText(tr("Counters"));
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
    chart->legend()->setAlignment(Qt::AlignBottom);
    QChart *old = m_chart->chart();
    m_chart->setChart(chart);
    delete old;
}

} // namespace antrian::counter
