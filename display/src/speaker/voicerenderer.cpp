// SPDX-License-Identifier: GPL-3.0-or-later
#include "voicerenderer.h"

#include "announce/voiceclips.h"

#include <QCoreApplication>
#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcSpeech)

namespace antrian::display {

namespace {
// lupdate files these strings under "VoiceRenderer", the context they are looked up in.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(VoiceRenderer)
};
} // namespace

RenderedVoice renderVoice(const Announcement &announcement, const QString &voicePack, SpeechEngine *engine)
{
    RenderedVoice out;
    const QList<VoicePart> parts = voiceParts(announcement);
    if (parts.isEmpty()) {
        out.failure = Tr::tr("nothing to say for \"%1\"").arg(announcement.ticketCode);
        return out;
    }
    Pcm voice;
    for (const VoiceSegment &segment : planVoice(parts, voicePack, announcement.language)) {
        if (!segment.clipPath.isEmpty()) {
            auto clip = readWavFile(segment.clipPath);
            if (clip) {
                voice.append(*clip);
                voice.appendSilence(segment.pauseAfterMs);
                continue;
            }
            out.clipProblems.append(clip.error().message);
        }
        // The engine's words, or a clip that could not be read: said by the engine.
        const QString &text = segment.text;
        if (!engine) {
            out.failure = Tr::tr("no speech engine for \"%1\"").arg(text);
            return out;
        }
        auto said = engine->synthesize(text, announcement.language);
        if (!said) {
            out.failure = said.error().message;
            return out;
        }
        voice.append(*said);
        voice.appendSilence(segment.pauseAfterMs);
    }
    out.pcm = voice;
    return out;
}

const Pcm &lobbyChime()
{
    static const Pcm chime = [] {
        auto loaded = readWavFile(QStringLiteral(":/antrian/display/chime.wav"));
        if (!loaded) {
            qCWarning(lcSpeech).noquote() << "the chime did not load:" << loaded.error().message;
            return Pcm{};
        }
        return *loaded;
    }();
    return chime;
}

Pcm lobbySound(const Pcm &voice)
{
    Pcm sound = lobbyChime();
    if (!voice.isEmpty()) {
        sound.appendSilence(kChimeToVoiceMs);
        sound.append(voice);
    }
    return sound;
}

} // namespace antrian::display
