// SPDX-License-Identifier: GPL-3.0-or-later
#include "skm.h"

#include <cmath>

namespace antrian {

QString SkmElement::displayName(const QString &lang) const
{
    return QString::fromUtf8(lang == u"en" ? nameEn : nameId);
}

const std::array<SkmElement, kSkmElementCount> &skmElements()
{
    static const std::array<SkmElement, kSkmElementCount> elements{{
            {"persyaratan", "Persyaratan", "Requirements"},
            {"prosedur", "Prosedur", "Procedure"},
            {"waktu_pelayanan", "Waktu pelayanan", "Service time"},
            {"biaya_tarif", "Biaya/tarif", "Cost/fee"},
            {"produk_layanan", "Produk layanan", "Service product"},
            {"kompetensi_pelaksana", "Kompetensi pelaksana", "Staff competence"},
            {"perilaku_pelaksana", "Perilaku pelaksana", "Staff conduct"},
            {"sarana_prasarana", "Sarana dan prasarana", "Facilities"},
            {"penanganan_pengaduan", "Penanganan pengaduan", "Complaint handling"},
    }};
    return elements;
}

SkmGrade skmGradeOf(double ikm)
{
    // In hundredths, so that 76.605 and 76.60 fall where the annex's two-decimal bounds put them.
    const long long hundredths = std::llround(ikm * 100.0);
    if (hundredths < 6500)
        return SkmGrade::D;
    if (hundredths <= 7660)
        return SkmGrade::C;
    if (hundredths <= 8830)
        return SkmGrade::B;
    return SkmGrade::A;
}

QString skmGradeLetter(SkmGrade grade)
{
    switch (grade) {
    case SkmGrade::A: return QStringLiteral("A");
    case SkmGrade::B: return QStringLiteral("B");
    case SkmGrade::C: return QStringLiteral("C");
    case SkmGrade::D: return QStringLiteral("D");
    }
    return {};
}

QString skmGradeLabel(SkmGrade grade, const QString &lang)
{
    const bool en = lang == u"en";
    switch (grade) {
    case SkmGrade::A: return en ? QStringLiteral("Very good") : QStringLiteral("Sangat baik");
    case SkmGrade::B: return en ? QStringLiteral("Good") : QStringLiteral("Baik");
    case SkmGrade::C: return en ? QStringLiteral("Fair") : QStringLiteral("Kurang baik");
    case SkmGrade::D: return en ? QStringLiteral("Poor") : QStringLiteral("Tidak baik");
    }
    return {};
}

SkmFigures skmFigures(const QList<SkmAnswers> &responses)
{
    SkmFigures f;
    f.respondents = int(responses.size());
    if (responses.isEmpty())
        return f;
    std::array<long long, kSkmElementCount> sums{};
    for (const SkmAnswers &answers : responses) {
        for (int i = 0; i < kSkmElementCount; ++i)
            sums[i] += answers[i];
    }
    double meanOfMeans = 0;
    for (int i = 0; i < kSkmElementCount; ++i) {
        f.elementMeans[i] = double(sums[i]) / f.respondents;
        meanOfMeans += f.elementMeans[i];
    }
    meanOfMeans /= kSkmElementCount;
    // The regulation weighs each element by 1/9 (written 0.111 in its example): the mean.
    f.ikm = std::round(meanOfMeans * 25.0 * 100.0) / 100.0;
    f.grade = skmGradeOf(f.ikm);
    return f;
}

} // namespace antrian
