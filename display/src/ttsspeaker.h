// TtsSpeaker: the lobby's voice. A chime (resources/display/chime.wav) and then the sentence
// through Qt TextToSpeech (speech-dispatcher with espeak-ng's Indonesian voice on Debian),
// fully offline. With no speech engine, or none for the language, the chime still sounds and a
// warning is logged once; with no sound at all it still finishes, so the queue moves on.
#pragma once

#include "announce/speaker.h"

#include <QSoundEffect>
#include <QTextToSpeech>
#include <QTimer>

#include <optional>

namespace antrian::display {

class TtsSpeaker : public Speaker
{
    Q_OBJECT
public:
    // The chime's length plus a breath before the voice.
    static constexpr int kChimeMs = 1900;

    // `engine`: a Qt TextToSpeech engine by name; empty for the platform's default (speechd).
    explicit TtsSpeaker(const QString &engine = {}, QObject *parent = nullptr);
    ~TtsSpeaker() override;

    void play(const Announcement &announcement) override;
    void stop() override;

private:
    void speak();
    void onSpeechState(QTextToSpeech::State state);
    bool useLanguage(const QString &language);
    void speechUnavailable(const QString &why);
    void finish();

    QSoundEffect m_chime;
    QTextToSpeech *m_tts = nullptr;
    QTimer m_afterChime;
    QTimer m_watchdog; // a speech engine that never says it is done
    std::optional<Announcement> m_current;
    QString m_language;
    bool m_speaking = false;
    bool m_heardSpeaking = false;
    bool m_warnedSpeech = false;
    bool m_warnedChime = false;
};

} // namespace antrian::display
