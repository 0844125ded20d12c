// SPDX-License-Identifier: GPL-3.0-or-later
// VoiceClips: an announcement as a row of recorded clips, for a branch that prefers a human
// voice to the synthesised one. The grammar is small enough to record in an afternoon: each
// word of the number words is its own clip ("seratus", "dua", "puluh", "tiga"), so 18 words
// say every number up to 999 999 in Indonesian (28 in English), plus the 26 letters and the
// two phrases around the ticket. A clip the pack lacks is said by the speech engine instead,
// so a half-recorded pack is still understood. resources/voicepack/README.md says how to record.
#pragma once

#include "announce/announcement.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace antrian {

// One word or phrase of the sentence.
struct VoicePart
{
    QString clip;         // file name without ".wav": "nomor-antrian", "a", "seratus", "dua-puluh" is never used
    QString words;        // what the speech engine says when the clip is missing
    int pauseAfterMs = 0; // silence after it (after the phrase, the letter, the number)

    bool operator==(const VoicePart &) const = default;
};

// What is said, or played from clips, for `announcement`, in its language:
// A-123 to counter 3 in Indonesian is nomor-antrian, a, seratus, dua, puluh, tiga,
// silakan-ke-loket, tiga; in English ticket-number, a, one, hundred, twenty, three,
// please-go-to-counter, three.
QList<VoicePart> voiceParts(const Announcement &announcement);

// Every clip a complete pack of `language` holds (the phrases, the number words, the letters).
QStringList voiceClipNames(const QString &language);

// A stretch of the sentence: one clip file, or words for the speech engine (missing clips in
// a row are said together, so the engine speaks whole phrases rather than word by word).
struct VoiceSegment
{
    QString clipPath;     // a WAV file of the pack; empty: the engine says `text`
    QString text;         // the words (for a clip: said instead should the file not play)
    int pauseAfterMs = 0;

    bool operator==(const VoiceSegment &) const = default;
};

// The folder of `language`'s clips in the voice pack at `packFolder`: "<pack>/id", "<pack>/en".
QString voiceClipFolder(const QString &packFolder, const QString &language);

// `parts` as clips from the pack at `packFolder` (empty: no pack, everything is said by the
// engine), falling back to the engine for each clip the pack does not have.
QList<VoiceSegment> planVoice(const QList<VoicePart> &parts, const QString &packFolder, const QString &language);

} // namespace antrian
