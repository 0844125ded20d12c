// SPDX-License-Identifier: GPL-3.0-or-later
#include "escposencoder.h"

#include <algorithm>

namespace antrian {

namespace {

constexpr char ESC = 0x1b;
constexpr char GS = 0x1d;
constexpr char LF = 0x0a;

// Characters that do not decompose to ASCII but have an obvious ASCII spelling.
char16_t asciiTwin(char16_t c)
{
    switch (c) {
    case u'\u2010': case u'\u2011': case u'\u2012': case u'\u2013': case u'\u2014': case u'\u2212': return u'-';
    case u'\u2018': case u'\u2019': case u'\u201a': case u'\u2032': return u'\'';
    case u'\u201c': case u'\u201d': case u'\u201e': case u'\u2033': return u'"';
    case u'\u2022': case u'\u00b7': return u'*';
    case u'\u00d7': return u'x';
    case u'\u00f8': return u'o';
    case u'\u00d8': return u'O';
    case u'\u0111': return u'd';
    case u'\u0110': return u'D';
    case u'\u0142': return u'l';
    case u'\u0141': return u'L';
    default: return 0;
    }
}

// Characters spelled with more than one ASCII letter.
const char *asciiSpelling(char16_t c)
{
    switch (c) {
    case u'\u2026': return "...";
    case u'\u00df': return "ss";
    case u'\u00c6': return "AE";
    case u'\u00e6': return "ae";
    case u'\u0152': return "OE";
    case u'\u0153': return "oe";
    default: return nullptr;
    }
}

} // namespace

EscPosEncoder::EscPosEncoder(int columns) : m_columns(std::clamp(columns, 16, 96)) {}

EscPosEncoder &EscPosEncoder::initialise()
{
    m_bytes.append(ESC).append('@');
    m_bytes.append(ESC).append('t').append(char(0));
    m_width = 1;
    return *this;
}

EscPosEncoder &EscPosEncoder::align(Align a)
{
    m_bytes.append(ESC).append('a').append(char(a));
    return *this;
}

EscPosEncoder &EscPosEncoder::bold(bool on)
{
    m_bytes.append(ESC).append('E').append(char(on ? 1 : 0));
    return *this;
}

EscPosEncoder &EscPosEncoder::size(int width, int height)
{
    m_width = std::clamp(width, 1, 8);
    const int h = std::clamp(height, 1, 8);
    m_bytes.append(GS).append('!').append(char(((m_width - 1) << 4) | (h - 1)));
    return *this;
}

EscPosEncoder &EscPosEncoder::line(const QString &text)
{
    const QList<QByteArray> lines = wrap(printable(text), m_columns / m_width);
    for (const QByteArray &l : lines)
        m_bytes.append(l).append(LF);
    return *this;
}

EscPosEncoder &EscPosEncoder::rule(char c)
{
    const char ch = c >= 0x20 && c < 0x7f ? c : '-';
    m_bytes.append(QByteArray(m_columns / m_width, ch)).append(LF);
    return *this;
}

EscPosEncoder &EscPosEncoder::feed(int lines)
{
    m_bytes.append(ESC).append('d').append(char(std::clamp(lines, 0, 255)));
    return *this;
}

EscPosEncoder &EscPosEncoder::cut()
{
    m_bytes.append(GS).append('V').append(char(66)).append(char(0));
    return *this;
}

QByteArray EscPosEncoder::printable(const QString &text)
{
    QByteArray out;
    out.reserve(text.size());
    bool lastWasSpace = false;
    const auto put = [&](char c) {
        if (c == ' ' && (lastWasSpace || out.isEmpty()))
            return; // runs of spaces (tabs, newlines, NBSP) collapse to one
        lastWasSpace = c == ' ';
        out.append(c);
    };
    for (QChar ch : text) {
        const char16_t u = ch.unicode();
        if (u >= 0x20 && u < 0x7f) {
            put(char(u));
        } else if (ch.isSpace()) {
            put(' ');
        } else if (ch.category() == QChar::Other_Control || ch.category() == QChar::Other_Format
                   || ch.isSurrogate()) {
            // Control and format characters never reach the printer; a surrogate pair is
            // one character outside the BMP: its high half says '?', its low half nothing.
            if (ch.isHighSurrogate())
                put('?');
        } else if (ch.isMark()) {
            // A combining accent written apart from its letter (NFD text): the letter stays.
        } else if (const char16_t twin = asciiTwin(u)) {
            put(char(twin));
        } else if (const char *spelled = asciiSpelling(u)) {
            for (; *spelled; ++spelled)
                put(*spelled);
        } else {
            // é -> e + combining accent, ﬁ -> f i: keep the ASCII letters, drop the marks.
            const QString decomposed = QString(ch).normalized(QString::NormalizationForm_KD);
            bool any = false;
            for (QChar d : decomposed) {
                if (d.unicode() >= 0x20 && d.unicode() < 0x7f) {
                    put(char(d.unicode()));
                    any = true;
                }
            }
            if (!any)
                put('?');
        }
    }
    while (out.endsWith(' '))
        out.chop(1);
    return out;
}

QList<QByteArray> EscPosEncoder::wrap(const QByteArray &text, int width)
{
    QList<QByteArray> lines;
    width = std::max(1, width);
    QByteArray current;
    for (QByteArray word : text.split(' ')) {
        if (word.isEmpty())
            continue;
        if (!current.isEmpty() && current.size() + 1 + word.size() <= width) {
            current.append(' ').append(word);
            continue;
        }
        if (!current.isEmpty())
            lines.append(current);
        current.clear();
        while (word.size() > width) {
            lines.append(word.left(width));
            word.remove(0, width);
        }
        current = word;
    }
    if (!current.isEmpty() || lines.isEmpty())
        lines.append(current);
    return lines;
}

QByteArray EscPosEncoder::encode(const TicketSlip &slip, int columns)
{
    EscPosEncoder e(columns);
    e.initialise().align(Align::Centre);
    // Bold is switched when a line needs it other than the line before left it.
    bool bold = false;
    const auto setBold = [&](bool on) {
        if (on != bold)
            e.bold(on);
        bold = on;
    };
    for (const SlipLine &line : slip.lines()) {
        switch (line.style) {
        case SlipLine::Style::Title:
            setBold(true);
            e.size(1, 2).line(line.text).size(1, 1);
            break;
        case SlipLine::Style::Rule:
            setBold(false);
            e.rule();
            break;
        case SlipLine::Style::Code: {
            // As large as the paper allows, up to 6x: readable at arm's length.
            const int length = int(printable(line.text).size());
            const int scale = std::clamp(e.columns() / std::max(1, length), 1, 6);
            setBold(true);
            e.size(scale, scale).line(line.text).size(1, 1);
            break;
        }
        case SlipLine::Style::Service:
            setBold(true);
            e.size(2, 2).line(line.text).size(1, 1);
            break;
        case SlipLine::Style::Emphasis:
            setBold(true);
            e.line(line.text);
            break;
        case SlipLine::Style::Normal:
        case SlipLine::Style::Small: // a size below normal is unreadable on thermal paper
            setBold(false);
            e.line(line.text);
            break;
        case SlipLine::Style::Gap: e.feed(1); break;
        }
    }
    setBold(false);
    e.feed(3).cut();
    return e.bytes();
}

} // namespace antrian
