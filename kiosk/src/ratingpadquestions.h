// SPDX-License-Identifier: GPL-3.0-or-later
// RatingPadQuestions: what the rating pad says for each of the nine SKM elements: the question
// in plain words and its four answers, 1 (worst) to 4 (best). The Indonesian is the wording of
// the sample questionnaire in Permenpan RB 14/2017, which offices know and auditors look for, so
// it is written here beside its English gloss (as skm.h writes the element names) rather than
// left to a translator.
#pragma once

#include "ratings/skm.h"

#include <QString>
#include <QStringList>

#include <array>

namespace antrian::kiosk {

struct SkmQuestion
{
    const char *questionId;
    const char *questionEn;
    std::array<const char *, kSkmHighestAnswer> answersId; // answer 1 first
    std::array<const char *, kSkmHighestAnswer> answersEn;

    QString question(const QString &lang) const;
    QStringList answers(const QString &lang) const;
};

// In the order of skmElements().
const std::array<SkmQuestion, kSkmElementCount> &skmQuestions();

} // namespace antrian::kiosk
