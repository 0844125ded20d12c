// SPDX-License-Identifier: GPL-3.0-or-later
// JsonLineMap: where each value of a JSON document starts, by path ("services[1].code"),
// so a config error can name the line as well as the field. QJsonDocument keeps no positions.
#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>

namespace antrian {

class JsonLineMap
{
public:
    // `json` must already have parsed as valid JSON.
    explicit JsonLineMap(const QByteArray &json);

    // 1-based line of the value at `path`, or of its nearest enclosing value; 0 if unknown.
    int lineOf(const QString &path) const;

    // 1-based line of a byte offset (for QJsonParseError::offset).
    static int lineAtOffset(const QByteArray &json, qsizetype offset);

private:
    void scanValue(const QString &path);
    void skipSpace();
    QString readString();

    const QByteArray &m_json;
    qsizetype m_pos = 0;
    int m_line = 1;
    QHash<QString, int> m_lines;
};

} // namespace antrian
