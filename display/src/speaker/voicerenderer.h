// SPDX-License-Identifier: GPL-3.0-or-later
// VoiceRenderer: what the lobby hears for one announcement, as samples: the chime, a breath,
// then the sentence from the voice pack's clips and, for every clip the pack lacks, the speech
// engine. The lobby speaker runs it on a worker thread; `--say --wav` runs it directly, so the
// file is exactly what the loudspeaker would play.
#pragma once

#include "speechengine.h"

#include "announce/announcement.h"
#include "announce/pcm.h"

#include <QStringList>

namespace antrian::display {

// Silence between the end of the chime and the first word.
inline constexpr int kChimeToVoiceMs = 300;

struct RenderedVoice
{
    Pcm pcm;                 // the sentence; empty when it could not be said
    QString failure;         // why not (the engine failed); empty when said
    QStringList clipProblems; // clips of the pack that exist but could not be read (said by the engine)
};

// The sentence of `announcement`, from the pack at `voicePack` (empty: none) and `engine`
// (null: clips only; a word without a clip then fails the sentence).
RenderedVoice renderVoice(const Announcement &announcement, const QString &voicePack, SpeechEngine *engine);

// The chime every call starts with (resources/display/chime.wav).
const Pcm &lobbyChime();

// Chime, breath and `voice` (may be empty: the chime alone) as one sound.
Pcm lobbySound(const Pcm &voice);

} // namespace antrian::display
