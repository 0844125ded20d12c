// SPDX-License-Identifier: GPL-3.0-or-later
// Announcement: the sentence the lobby hears when a ticket is called or recalled,
// "Nomor antrian A seratus dua puluh tiga, silakan ke loket tiga", built here so that every
// number the branch can issue is tested once, in the core, and every speaker says the same.
#pragma once

#include "core/result.h"

#include <QMetaType>
#include <QString>

namespace antrian {

struct Announcement
{
    qint64 eventId = 0;    // the call or recall event it announces; 0 when it comes from elsewhere
    QString ticketCode;    // "A-123", as on the screen
    int counterNumber = 0;
    bool recall = false;
    QString language;      // "id" or "en": the branch's announcementLanguage
    // The sentence as a person reads it (logs, subtitles, tests).
    QString text;
    // What a speech engine is given: the same words with pauses after the letter, so that
    // "A" is said as the letter and not as the English article (espeak-ng reads "number A one"
    // as "number uh one", "number A, one" as "number ay, one").
    QString speech;
};

// The sentence for a call of `ticketCode` to counter `counterNumber`, in `language` ("id" or
// "en"; anything else is spoken in Indonesian). A code is one capital letter and its number,
// with or without the dash ("A-123", "A123"); anything else is refused as bad input.
Result<Announcement> buildAnnouncement(const QString &ticketCode, int counterNumber, const QString &language);

} // namespace antrian

Q_DECLARE_METATYPE(antrian::Announcement)
