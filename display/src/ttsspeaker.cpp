#include "ttsspeaker.h"

#include <QLoggingCategory>
#include <QAudioDevice>
#include <QMediaDevices>

Q_LOGGING_CATEGORY(lcSpeech, "antrian.display.speech", QtInfoMsg)

namespace antrian::display {

namespace {

QLocale::Language languageOf(const QString &code)
{
    return code == u"en" ? QLocale::English : QLocale::Indonesian;
}

// Long enough for any sentence at a slow rate; the queue has its own, longer limit.
int speechLimitMs(const QString &text)
{
    return 3000 + 100 * int(text.size());
}

} // namespace

TtsSpeaker::TtsSpeaker(const QString &engine, QObject *parent) : Speaker(parent)
{
    m_chime.setSource(QUrl(QStringLiteral("qrc:/antrian/display/chime.wav")));
    m_chime.setVolume(1.0);
    m_afterChime.setSingleShot(true);
    connect(&m_afterChime, &QTimer::timeout, this, &TtsSpeaker::speak);
    m_watchdog.setSingleShot(true);
    connect(&m_watchdog, &QTimer::timeout, this, [this] {
        qCWarning(lcSpeech) << "the speech engine did not finish; stopping it";
        if (m_tts)
            m_tts->stop();
        finish();
    });

    if (QTextToSpeech::availableEngines().isEmpty()) {
        speechUnavailable(tr("no Qt TextToSpeech engine is installed (qt6-speech-speechd-plugin)"));
        return;
    }
    m_tts = engine.isEmpty() ? new QTextToSpeech(this) : new QTextToSpeech(engine, this);
    m_tts->setRate(-0.1); // a little slower than conversation: a hall echoes
    connect(m_tts, &QTextToSpeech::stateChanged, this, &TtsSpeaker::onSpeechState);
    if (m_tts->state() == QTextToSpeech::Error)
        speechUnavailable(m_tts->errorString());
}

TtsSpeaker::~TtsSpeaker() = default;

void TtsSpeaker::play(const Announcement &announcement)
{
    m_current = announcement;
    if (m_chime.status() == QSoundEffect::Error || QMediaDevices::audioOutputs().isEmpty()) {
        if (!m_warnedChime) {
            if (QMediaDevices::audioOutputs().isEmpty())
                qCWarning(lcSpeech) << "the chime cannot be played: this computer has no sound output";
            else
                qCWarning(lcSpeech) << "the chime cannot be played:" << m_chime.source() << "did not load";
        }
        m_warnedChime = true;
        speak();
        return;
    }
    m_chime.play();
    m_afterChime.start(kChimeMs);
}

void TtsSpeaker::speak()
{
    if (!m_current)
        return;
    if (!m_tts || m_tts->state() == QTextToSpeech::Error || !useLanguage(m_current->language)) {
        finish(); // the chime alone
        return;
    }
    m_speaking = true;
    m_heardSpeaking = false;
    m_watchdog.start(speechLimitMs(m_current->speech));
    m_tts->say(m_current->speech);
}

void TtsSpeaker::onSpeechState(QTextToSpeech::State state)
{
    if (state == QTextToSpeech::Error) {
        speechUnavailable(m_tts->errorString());
        if (m_speaking)
            finish();
        return;
    }
    // Done is Ready after Speaking: a Ready left over from an earlier stop() ends nothing.
    if (m_speaking && state == QTextToSpeech::Speaking)
        m_heardSpeaking = true;
    else if (m_speaking && m_heardSpeaking && state == QTextToSpeech::Ready)
        finish();
}

bool TtsSpeaker::useLanguage(const QString &language)
{
    if (language == m_language)
        return true;
    const QLocale::Language wanted = languageOf(language);
    for (const QLocale &locale : m_tts->availableLocales()) {
        if (locale.language() == wanted) {
            m_tts->setLocale(locale);
            m_language = language;
            qCInfo(lcSpeech).noquote() << "speaking" << locale.name() << "with" << m_tts->engine() << m_tts->voice().name();
            return true;
        }
    }
    speechUnavailable(tr("the speech engine has no voice for %1").arg(QLocale::languageToString(wanted)));
    return false;
}

void TtsSpeaker::speechUnavailable(const QString &why)
{
    if (m_warnedSpeech)
        return;
    m_warnedSpeech = true;
    qCWarning(lcSpeech).noquote() << "calls are chimed but not spoken:" << why;
}

void TtsSpeaker::finish()
{
    m_speaking = false;
    m_watchdog.stop();
    if (!m_current)
        return;
    m_current.reset();
    emit finished();
}

void TtsSpeaker::stop()
{
    m_afterChime.stop();
    m_watchdog.stop();
    m_chime.stop();
    if (m_speaking && m_tts)
        m_tts->stop();
    m_speaking = false;
    m_current.reset();
}

} // namespace antrian::display
