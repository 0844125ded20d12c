// SPDX-License-Identifier: GPL-3.0-or-later
// Number words for announcements: "seratus dua puluh tiga" and "one hundred twenty-three".
// The spoken language of the lobby is a branch setting (announcementLanguage), not the
// language of the screens, so these are grammar rules per language rather than tr() strings.
#pragma once

#include <QString>

namespace antrian {

// Indonesian: nol, satu, ... sepuluh, sebelas, dua belas, dua puluh satu, seratus,
// seribu, dua ribu, satu juta, ... Up to 999 999 999 999 (digits beyond); negative numbers get "minus".
QString indonesianNumberWords(qint64 n);

// English without "and", hyphenated tens: "one thousand twenty", "ninety-nine".
QString englishNumberWords(qint64 n);

// By language code: "id" (also the fallback for anything unknown) or "en".
QString numberWords(qint64 n, const QString &language);

} // namespace antrian
