// SPDX-License-Identifier: GPL-3.0-or-later
// ReportPage: the supervisor's report tab. Pick a range of business dates (today by default;
// quick keys for today, the last 7 days, this month, this year) and what the rows are
// (service, counter, staff, hour, day); the report is read on the supervisor's worker, never
// on the screen's thread (a year takes a second or two, with a busy sign meanwhile), and shown
// as the table, its charts (the PDF's very charts, reportdoc) and the definitions of its
// figures. "Save CSV" and "Save PDF" write the report shown; a failure is said on the page.
#pragma once

#include "reports/report.h"

#include <QDate>
#include <QWidget>

#include <functional>
#include <optional>

class QChartView;
class QComboBox;
class QDateEdit;
class QFrame;
class QLabel;
class QProgressBar;
class QPushButton;
class QTableView;

namespace antrian::counter {

class CounterBackend;
class ReportTableModel;

class ReportPage : public QWidget
{
    Q_OBJECT
public:
    enum class Range { Today, Last7Days, ThisMonth, ThisYear };

    explicit ReportPage(CounterBackend &backend, QWidget *parent = nullptr);

    // Where to save: asks with a file dialog; tests give their own answer. An empty answer
    // saves nothing.
    using FileChooser = std::function<QString(const QString &suggestedName, const QString &filter)>;
    void setFileChooser(FileChooser chooser) { m_chooseFile = std::move(chooser); }

    void setRange(Range range);
    void setDates(const QDate &from, const QDate &to);
    void setGrouping(ReportGrouping by);
    // Reads the report the pickers ask for (again), on the worker.
    void read();

    // A read asked for and not answered yet.
    bool isReading() const { return m_reading || m_readAgain; }
    bool hasReport() const;
    const Report &report() const;
    ReportTableModel *model() const { return m_model; }
    QString message() const;
    bool messageIsError() const;

    // Saves the report shown, as the keys do after their dialog.
    void saveCsv(const QString &file);
    void savePdf(const QString &file);

signals:
    // A read was answered (shown, or its failure said).
    void readFinished();

protected:
    void showEvent(QShowEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void start();
    void fitGrouping();
    void showReport(const Report &report);
    void showMessage(const QString &text, bool isError);
    void setBusy(bool busy);
    void save(const QString &kind);

    CounterBackend &m_backend;
    FileChooser m_chooseFile;
    QDate m_today;
    bool m_started = false;
    bool m_reading = false;
    bool m_readAgain = false;
    bool m_settingPickers = false;

    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QComboBox *m_grouping = nullptr;
    QProgressBar *m_busy = nullptr;
    QFrame *m_messageBar = nullptr;
    QLabel *m_message = nullptr;
    QLabel *m_heading = nullptr;
    QTableView *m_table = nullptr;
    ReportTableModel *m_model = nullptr;
    QList<QChartView *> m_charts;
    QLabel *m_definitions = nullptr;
    QPushButton *m_saveCsv = nullptr;
    QPushButton *m_savePdf = nullptr;
    bool m_messageIsError = false;
};

} // namespace antrian::counter
