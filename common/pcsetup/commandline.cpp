// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandline.h"

#include <algorithm>

namespace antrian::pcsetup {

namespace {

// Characters every one of the three readers takes as part of a plain word.
bool isPlain(QChar c)
{
    return c.isLetterOrNumber() || QStringView(u"-_./:=@+,").contains(c);
}

bool isPlainWord(const QString &word)
{
    return !word.isEmpty() && std::all_of(word.cbegin(), word.cend(), isPlain);
}

} // namespace

QString systemdCommandLine(const QStringList &words)
{
    QStringList out;
    for (QString word : words) {
        const bool plain = isPlainWord(word);
        word.replace(u'%', QStringLiteral("%%"));
        word.replace(u'$', QStringLiteral("$$"));
        if (plain) {
            out.append(word);
            continue;
        }
        word.replace(u'\\', QStringLiteral("\\\\"));
        word.replace(u'"', QStringLiteral("\\\""));
        out.append(u'"' + word + u'"');
    }
    return out.join(u' ');
}

QString shellCommandLine(const QStringList &words)
{
    QStringList out;
    for (QString word : words) {
        if (isPlainWord(word)) {
            out.append(word);
            continue;
        }
        word.replace(u'\'', QStringLiteral("'\\''"));
        out.append(u'\'' + word + u'\'');
    }
    return out.join(u' ');
}

QString desktopExec(const QStringList &words)
{
    QStringList out;
    for (QString word : words) {
        const bool plain = isPlainWord(word);
        word.replace(u'%', QStringLiteral("%%"));
        if (plain) {
            out.append(word);
            continue;
        }
        QString quoted;
        for (QChar c : std::as_const(word)) {
            if (QStringView(u"\"`$\\").contains(c))
                quoted += u'\\';
            quoted += c;
        }
        out.append(u'"' + quoted + u'"');
    }
    // The file's own string escapes come last: every backslash above is written as two.
    return out.join(u' ').replace(u'\\', QStringLiteral("\\\\"));
}

} // namespace antrian::pcsetup
