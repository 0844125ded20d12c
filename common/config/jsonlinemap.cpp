// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonlinemap.h"

namespace antrian {

JsonLineMap::JsonLineMap(const QByteArray &json) : m_json(json)
{
    if (m_json.startsWith("\xEF\xBB\xBF")) // a UTF-8 byte order mark, as Notepad writes
        m_pos = 3;
    skipSpace();
    scanValue(QString());
}

int JsonLineMap::lineOf(const QString &path) const
{
    QString p = path;
    while (true) {
        const auto it = m_lines.constFind(p);
        if (it != m_lines.constEnd())
            return it.value();
        if (p.isEmpty())
            return 0;
        const qsizetype cut = std::max(p.lastIndexOf(u'.'), p.lastIndexOf(u'['));
        p = cut > 0 ? p.left(cut) : QString();
    }
}

int JsonLineMap::lineAtOffset(const QByteArray &json, qsizetype offset)
{
    return 1 + int(json.left(offset).count('\n'));
}

void JsonLineMap::skipSpace()
{
    while (m_pos < m_json.size()) {
        const char c = m_json.at(m_pos);
        if (c == '\n')
            ++m_line;
        else if (c != ' ' && c != '\t' && c != '\r')
            return;
        ++m_pos;
    }
}

QString JsonLineMap::readString()
{
    const qsizetype start = ++m_pos; // past the opening quote
    while (m_pos < m_json.size() && m_json.at(m_pos) != '"')
        m_pos += m_json.at(m_pos) == '\\' ? 2 : 1;
    const QString text = QString::fromUtf8(m_json.mid(start, m_pos - start));
    ++m_pos; // past the closing quote
    return text;
}

void JsonLineMap::scanValue(const QString &path)
{
    if (m_pos >= m_json.size())
        return;
    m_lines.insert(path, m_line);
    const char c = m_json.at(m_pos);
    if (c == '{') {
        ++m_pos;
        skipSpace();
        while (m_pos < m_json.size() && m_json.at(m_pos) != '}') {
            const QString key = readString();
            skipSpace();
            ++m_pos; // ':'
            skipSpace();
            scanValue(path.isEmpty() ? key : path + u'.' + key);
            skipSpace();
            if (m_pos < m_json.size() && m_json.at(m_pos) == ',') {
                ++m_pos;
                skipSpace();
            }
        }
        ++m_pos;
    } else if (c == '[') {
        ++m_pos;
        skipSpace();
        int index = 0;
        while (m_pos < m_json.size() && m_json.at(m_pos) != ']') {
            scanValue(QStringLiteral("%1[%2]").arg(path).arg(index++));
            skipSpace();
            if (m_pos < m_json.size() && m_json.at(m_pos) == ',') {
                ++m_pos;
                skipSpace();
            }
        }
        ++m_pos;
    } else if (c == '"') {
        readString();
    } else {
        while (m_pos < m_json.size() && !QByteArrayView(",}] \t\r\n").contains(m_json.at(m_pos)))
            ++m_pos;
    }
}

} // namespace antrian
