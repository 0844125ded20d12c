// SPDX-License-Identifier: GPL-3.0-or-later
#include "reporttablemodel.h"

#include <QColor>
#include <QFont>

namespace antrian::counter {

void ReportTableModel::setReport(const Report &report)
{
    beginResetModel();
    m_report = report;
    m_columns = reportColumns(report.by);
    m_has = true;
    endResetModel();
}

void ReportTableModel::clear()
{
    beginResetModel();
    m_report = {};
    m_columns.clear();
    m_has = false;
    endResetModel();
}

int ReportTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_has ? 0 : int(m_report.rows.size()) + 1;
}

int ReportTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_has ? 0 : int(m_columns.size()) + 1;
}

QVariant ReportTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const bool total = index.row() == totalRow();
    switch (role) {
    case Qt::DisplayRole: {
        if (index.column() == 0)
            return total ? reportdoc::totalLabel() : m_report.rows.at(index.row()).label;
        const ReportFigures &f = total ? m_report.total : m_report.rows.at(index.row()).figures;
        return reportdoc::formatFigure(f, m_columns.at(index.column() - 1));
    }
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(index.column() == 0 ? Qt::AlignLeft | Qt::AlignVCenter : Qt::AlignRight | Qt::AlignVCenter);
    case Qt::FontRole:
        if (total) {
            QFont f;
            f.setBold(true);
            return f;
        }
        return {};
    case Qt::BackgroundRole:
        return total ? QVariant(QColor(0xE2, 0xE8, 0xF0)) : QVariant();
    default: return {};
    }
}

QVariant ReportTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= columnCount())
        return {};
    switch (role) {
    case Qt::DisplayRole:
        // Two lines at most, so the columns stay narrow: "Wait median" over "(min)".
        return section == 0 ? reportdoc::groupingName(m_report.by) : reportdoc::columnHeader(m_columns.at(section - 1)).replace(QStringLiteral(" ("), QStringLiteral("\n("));
    case Qt::ToolTipRole: return section == 0 ? QVariant() : QVariant(reportdoc::columnTooltip(m_columns.at(section - 1)));
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(section == 0 ? Qt::AlignLeft | Qt::AlignVCenter : Qt::AlignRight | Qt::AlignVCenter);
    default: return {};
    }
}

} // namespace antrian::counter
