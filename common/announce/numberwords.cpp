// SPDX-License-Identifier: GPL-3.0-or-later
#include "numberwords.h"

#include <array>

namespace antrian {

namespace {

constexpr qint64 kThousand = 1000;
constexpr qint64 kMillion = 1000 * kThousand;
constexpr qint64 kBillion = 1000 * kMillion;
constexpr qint64 kLimit = 1000 * kBillion; // exclusive

constexpr std::array<const char16_t *, 10> kIdDigits{u"nol",   u"satu", u"dua",   u"tiga",    u"empat",
                                                     u"lima",  u"enam", u"tujuh", u"delapan", u"sembilan"};

QString idDigit(qint64 d)
{
    return QString::fromUtf16(kIdDigits[size_t(d)]);
}

QString idWords(qint64 n);

// "dua ratus", "seribu": "se-" stands for "satu" before ratus and ribu (and puluh, belas),
// but "satu juta", "satu miliar".
QString idScaled(qint64 count, const char16_t *word, bool seForOne)
{
    if (count == 1 && seForOne)
        return QStringLiteral("se") + QString::fromUtf16(word);
    return idWords(count) + u' ' + QString::fromUtf16(word);
}

// Words for 1 <= n < kLimit.
QString idWords(qint64 n)
{
    if (n < 10)
        return idDigit(n);
    if (n == 10)
        return QStringLiteral("sepuluh");
    if (n == 11)
        return QStringLiteral("sebelas");
    if (n < 20)
        return idDigit(n - 10) + QStringLiteral(" belas");
    QString head;
    qint64 rest = 0;
    if (n < 100) {
        head = idDigit(n / 10) + QStringLiteral(" puluh");
        rest = n % 10;
    } else if (n < kThousand) {
        head = idScaled(n / 100, u"ratus", true);
        rest = n % 100;
    } else if (n < kMillion) {
        head = idScaled(n / kThousand, u"ribu", true);
        rest = n % kThousand;
    } else if (n < kBillion) {
        head = idScaled(n / kMillion, u"juta", false);
        rest = n % kMillion;
    } else {
        head = idScaled(n / kBillion, u"miliar", false);
        rest = n % kBillion;
    }
    return rest == 0 ? head : head + u' ' + idWords(rest);
}

constexpr std::array<const char16_t *, 20> kEnSmall{
        u"zero",    u"one",     u"two",       u"three",    u"four",     u"five",    u"six",
        u"seven",   u"eight",   u"nine",      u"ten",      u"eleven",   u"twelve",  u"thirteen",
        u"fourteen", u"fifteen", u"sixteen",  u"seventeen", u"eighteen", u"nineteen"};
constexpr std::array<const char16_t *, 10> kEnTens{u"",      u"",      u"twenty",  u"thirty", u"forty",
                                                   u"fifty", u"sixty", u"seventy", u"eighty", u"ninety"};

QString enWords(qint64 n)
{
    if (n < 20)
        return QString::fromUtf16(kEnSmall[size_t(n)]);
    if (n < 100) {
        const QString tens = QString::fromUtf16(kEnTens[size_t(n / 10)]);
        return n % 10 ? tens + u'-' + QString::fromUtf16(kEnSmall[size_t(n % 10)]) : tens;
    }
    struct Scale
    {
        qint64 unit;
        const char16_t *word;
    };
    static constexpr std::array<Scale, 4> kScales{
            {{kBillion, u"billion"}, {kMillion, u"million"}, {kThousand, u"thousand"}, {100, u"hundred"}}};
    for (const Scale &s : kScales) {
        if (n >= s.unit) {
            const QString head = enWords(n / s.unit) + u' ' + QString::fromUtf16(s.word);
            const qint64 rest = n % s.unit;
            return rest == 0 ? head : head + u' ' + enWords(rest);
        }
    }
    return {}; // unreachable: n >= 100 matches "hundred"
}

} // namespace

QString indonesianNumberWords(qint64 n)
{
    if (n <= -kLimit || n >= kLimit)
        return QString::number(n);
    if (n < 0)
        return QStringLiteral("minus ") + indonesianNumberWords(-n);
    if (n == 0)
        return QStringLiteral("nol");
    return idWords(n);
}

QString englishNumberWords(qint64 n)
{
    if (n <= -kLimit || n >= kLimit)
        return QString::number(n);
    if (n < 0)
        return QStringLiteral("minus ") + englishNumberWords(-n);
    return enWords(n);
}

QString numberWords(qint64 n, const QString &language)
{
    return language == u"en" ? englishNumberWords(n) : indonesianNumberWords(n);
}

} // namespace antrian
