// SPDX-License-Identifier: GPL-3.0-or-later
// StaffingPage: the staffing advisor in the supervisor's window. For a weekday (today's first)
// and a number of weeks of history, each open hour's arrivals, counters needed (Erlang C, 90%
// called within the service's target) and counters staffed, as a table and as a chart; an hour
// short of counters says so in words in the table and under the chart, and is red in both,
// never colour alone. Read on the supervisor's worker (SupervisorWorker), never on this thread.
#pragma once

#include "staffing/staffingadvisor.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QSpinBox;
class QTableWidget;

class QChartView;
class QBarSet;

namespace antrian::counter {

class SupervisorWorker;

class StaffingPage : public QWidget
{
    Q_OBJECT
public:
    explicit StaffingPage(SupervisorWorker &worker, QWidget *parent = nullptr);

    // Reads the advice again for the weekday and weeks chosen (or today's weekday, at first);
    // the first read happens when the page is first shown.
    void refresh();

    QComboBox *weekdayPicker() const { return m_weekday; }
    QSpinBox *weeksBox() const { return m_weeks; }
    QTableWidget *table() const { return m_table; }
    QChartView *chartView() const { return m_chart; }
    // The advice shown now; weekday 0 before the first answer.
    const StaffingAdvice &advice() const { return m_advice; }
    // No read asked and not answered yet.
    bool isSettled() const { return m_inFlight == 0; }

signals:
    void shown();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void fillWeekdays(int today);
    void showAdvice(const StaffingAdvice &advice);
    void showChart(const StaffingAdvice &advice);

    SupervisorWorker &m_worker;
    QComboBox *m_weekday = nullptr;
    QSpinBox *m_weeks = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_message = nullptr;
    QTableWidget *m_table = nullptr;
    QChartView *m_chart = nullptr;
    StaffingAdvice m_advice;
    int m_inFlight = 0;
};

} // namespace antrian::counter
