// SPDX-License-Identifier: GPL-3.0-or-later
// ReportTableModel: a report (common/reports/report.h) as the report tab's table: the rows'
// labels, then every figure column of the grouping (reportdoc's columns, as the PDF has them),
// numbers right-aligned, "-" for nothing measured, and the total as the last row, set apart.
#pragma once

#include "reportcolumns.h"

#include "reports/report.h"

#include <QAbstractTableModel>

namespace antrian::counter {

class ReportTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    using QAbstractTableModel::QAbstractTableModel;

    void setReport(const Report &report);
    void clear();
    const Report &report() const { return m_report; }
    bool hasReport() const { return m_has; }
    // The row of the total, -1 with no report.
    int totalRow() const { return m_has ? int(m_report.rows.size()) : -1; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    Report m_report;
    QList<ReportColumn> m_columns;
    bool m_has = false;
};

} // namespace antrian::counter
