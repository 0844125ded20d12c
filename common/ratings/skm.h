// SPDX-License-Identifier: GPL-3.0-or-later
// Skm: the Survei Kepuasan Masyarakat every Indonesian public-service unit runs (Permenpan RB
// 14/2017): nine elements (unsur), each answered 1..4, reported as each element's mean and the
// IKM index with its grade. Pure arithmetic, no storage: the engine reads the answers and asks
// this for the figures.
#pragma once

#include <QDate>
#include <QList>
#include <QString>

#include <array>

namespace antrian {

inline constexpr int kSkmElementCount = 9;
inline constexpr int kSkmLowestAnswer = 1;
inline constexpr int kSkmHighestAnswer = 4;

// One questionnaire: the answers in the order of skmElements().
using SkmAnswers = std::array<int, kSkmElementCount>;

struct SkmElement
{
    const char *key;    // stable: JSON, reports; never change one
    const char *nameId; // as the regulation calls it
    const char *nameEn;

    QString displayName(const QString &lang) const;
};

// The nine elements in the order the pad asks them and the answers are stored.
const std::array<SkmElement, kSkmElementCount> &skmElements();

// The annex's grades of the IKM: A 88.31-100.00, B 76.61-88.30, C 65.00-76.60, D 25.00-64.99.
enum class SkmGrade { A, B, C, D };
// Of an IKM rounded to two decimals, as the annex's bounds are written.
SkmGrade skmGradeOf(double ikm);
QString skmGradeLetter(SkmGrade grade);
// "Sangat baik" (id) / "Very good" (en): the regulation's words, with an English gloss.
QString skmGradeLabel(SkmGrade grade, const QString &lang);

struct SkmFigures
{
    int respondents = 0;
    std::array<double, kSkmElementCount> elementMeans{}; // unrounded, 1..4
    double ikm = 0; // (mean of the element means) x 25, rounded to two decimals; 0 with no respondent
    SkmGrade grade = SkmGrade::D;

    bool hasRespondents() const { return respondents > 0; }
};

// The figures of `responses`, each already checked to be nine answers of 1..4.
SkmFigures skmFigures(const QList<SkmAnswers> &responses);

// The figures of a date range, overall and per service (in the branch's order of services).
struct ServiceSkm
{
    QString serviceCode;
    SkmFigures figures;
};
struct SkmReport
{
    QDate from;
    QDate to;
    SkmFigures overall;
    QList<ServiceSkm> services; // those with at least one respondent
};

} // namespace antrian
