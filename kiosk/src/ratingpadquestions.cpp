// SPDX-License-Identifier: GPL-3.0-or-later
#include "ratingpadquestions.h"

namespace antrian::kiosk {

QString SkmQuestion::question(const QString &lang) const
{
    return QString::fromUtf8(lang == u"en" ? questionEn : questionId);
}

QStringList SkmQuestion::answers(const QString &lang) const
{
    QStringList words;
    for (const char *w : lang == u"en" ? answersEn : answersId)
        words.append(QString::fromUtf8(w));
    return words;
}

const std::array<SkmQuestion, kSkmElementCount> &skmQuestions()
{
    static const std::array<SkmQuestion, kSkmElementCount> questions{{
            {"Apakah persyaratan pelayanan sesuai dengan jenis pelayanannya?",
             "Were the requirements suitable for the service you came for?",
             {"Tidak sesuai", "Kurang sesuai", "Sesuai", "Sangat sesuai"},
             {"Not suitable", "Not so suitable", "Suitable", "Very suitable"}},
            {"Apakah prosedur pelayanan di unit ini mudah?",
             "Was the procedure here easy to follow?",
             {"Tidak mudah", "Kurang mudah", "Mudah", "Sangat mudah"},
             {"Not easy", "Not so easy", "Easy", "Very easy"}},
            {"Apakah waktu pelayanan cepat?",
             "Were you served quickly?",
             {"Tidak cepat", "Kurang cepat", "Cepat", "Sangat cepat"},
             {"Not quick", "Not so quick", "Quick", "Very quick"}},
            {"Bagaimana kewajaran biaya/tarif pelayanan ini?",
             "How fair was the cost or fee of this service?",
             {"Sangat mahal", "Cukup mahal", "Murah", "Gratis"},
             {"Very expensive", "Fairly expensive", "Cheap", "Free"}},
            {"Apakah hasil pelayanan sesuai dengan yang tercantum dalam standar pelayanan?",
             "Did you get what the service standard promises?",
             {"Tidak sesuai", "Kurang sesuai", "Sesuai", "Sangat sesuai"},
             {"Not as promised", "Partly as promised", "As promised", "Fully as promised"}},
            {"Bagaimana kompetensi atau kemampuan petugas dalam pelayanan?",
             "How capable was the staff member who served you?",
             {"Tidak kompeten", "Kurang kompeten", "Kompeten", "Sangat kompeten"},
             {"Not capable", "Not so capable", "Capable", "Very capable"}},
            {"Bagaimana kesopanan dan keramahan petugas dalam pelayanan?",
             "How polite and friendly was the staff member?",
             {"Tidak sopan dan ramah", "Kurang sopan dan ramah", "Sopan dan ramah", "Sangat sopan dan ramah"},
             {"Not polite or friendly", "Not so polite or friendly", "Polite and friendly", "Very polite and friendly"}},
            {"Bagaimana kualitas sarana dan prasarana di sini?",
             "How good are the facilities here?",
             {"Buruk", "Cukup", "Baik", "Sangat baik"},
             {"Poor", "Adequate", "Good", "Very good"}},
            {"Bagaimana penanganan pengaduan pengguna layanan di sini?",
             "How are complaints from customers handled here?",
             {"Tidak ada", "Ada tetapi tidak berfungsi", "Berfungsi kurang maksimal", "Dikelola dengan baik"},
             {"There is no way to complain", "There is one, but it does not work", "It works, not fully",
              "Handled well"}},
    }};
    return questions;
}

} // namespace antrian::kiosk
