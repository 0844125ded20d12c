// SPDX-License-Identifier: GPL-3.0-or-later
// LobbySpeaker: the lobby's voice. For each call it renders the chime, a breath and the
// sentence (voice-pack clips, espeak-ng for the rest) into one sound on a worker thread and
// plays it on a playback thread of its own; the GUI thread only starts them and waits for
// their word. Nothing the speech engine or the sound device does can stop the board:
// - the sentence not ready in time (engine hung, slow, missing): the chime alone is played;
// - the sound not done in its length plus a margin (device hung, silent): given up on;
// either way that one announcement is lost, the queue gets finished(), and one warning is
// logged until the fault clears. A stuck worker is abandoned, never joined: the next
// announcement gets new ones.
#pragma once

#include "pcmoutput.h"
#include "speechengine.h"

#include "announce/speaker.h"

#include <QPointer>
#include <QSet>
#include <QTimer>

#include <atomic>
#include <memory>
#include <optional>

namespace antrian::display {

struct RenderedVoice;

class LobbySpeaker : public Speaker
{
    Q_OBJECT
public:
    // espeak-ng says a sentence in about 0.1 s; past this the chime is played alone.
    static constexpr int kVoiceLimitMs = 4000;
    // Beyond the sound's own length, before its playback is given up on.
    static constexpr int kPlaybackMarginMs = 3000;
    // Abandoned workers of one kind still alive beyond which no new one is started (the
    // announcement then goes without voice, or without sound), so a dead driver cannot pile
    // up threads all day.
    static constexpr int kMaxStuckWorkers = 3;

    // `voicePack`: a folder of clips (empty: none); `engine`: may be null (clips only);
    // `output`: makes the sound output, on the playback thread.
    LobbySpeaker(QString voicePack, std::shared_ptr<SpeechEngine> engine, PcmOutputFactory output,
                 QObject *parent = nullptr);
    ~LobbySpeaker() override;

    void play(const Announcement &announcement) override;
    void stop() override;

    void setVoiceLimitMs(int ms) { m_voiceLimit.setInterval(ms); }
    void setPlaybackMarginMs(int ms) { m_playbackMarginMs = ms; }

signals:
    // To the playback threads: stop at once (stop(), muted, given up on).
    void playbackCancelled();

private:
    enum class Stage { Idle, Rendering, Playing };

    void onVoice(quint64 generation, const antrian::display::RenderedVoice &voice);
    void onVoiceLimit();
    void playSound(const Pcm &sound);
    void onPlayed(quint64 generation, const QString &error);
    void onPlaybackLimit();
    void finish();
    void voiceFailed(const QString &why);
    void voiceWorked();
    void soundFailed(const QString &why);
    void soundWorked();

    QString m_voicePack;
    std::shared_ptr<SpeechEngine> m_engine;
    PcmOutputFactory m_output;
    std::shared_ptr<std::atomic<int>> m_voiceWorkers = std::make_shared<std::atomic<int>>(0);
    std::shared_ptr<std::atomic<int>> m_playbackWorkers = std::make_shared<std::atomic<int>>(0);
    quint64 m_generation = 0; // of the announcement in hand; late word from older ones is ignored
    Stage m_stage = Stage::Idle;
    std::optional<Announcement> m_current;
    QTimer m_voiceLimit;
    QTimer m_playbackLimit;
    int m_playbackMarginMs = kPlaybackMarginMs;
    bool m_voiceFailing = false;
    bool m_soundFailing = false;
    QSet<QString> m_reportedClips;
};

} // namespace antrian::display
