// SPDX-License-Identifier: GPL-3.0-or-later
#include "lobbyspeaker.h"

#include "voicerenderer.h"

#include <QLoggingCategory>
#include <QThread>

Q_LOGGING_CATEGORY(lcSpeech, "antrian.display.speech", QtInfoMsg)

Q_DECLARE_METATYPE(antrian::display::RenderedVoice)

namespace antrian::display {

namespace {

// Renders one announcement on a worker thread and reports back to the speaker.
class VoiceJob : public QObject
{
    Q_OBJECT
public:
    explicit VoiceJob(quint64 generation) : m_generation(generation) {}
    void report(const RenderedVoice &voice) { emit rendered(m_generation, voice); }

signals:
    void rendered(quint64 generation, const antrian::display::RenderedVoice &voice);

private:
    quint64 m_generation;
};

// Plays one sound on a playback thread of its own, then ends that thread.
class PlaybackJob : public QObject
{
    Q_OBJECT
public:
    PlaybackJob(PcmOutputFactory factory, Pcm sound, quint64 generation, std::shared_ptr<std::atomic<int>> live)
        : m_factory(std::move(factory)), m_sound(std::move(sound)), m_generation(generation), m_live(std::move(live))
    {
        m_live->fetch_add(1);
    }
    ~PlaybackJob() override { m_live->fetch_sub(1); }

    void start()
    {
        m_output = m_factory();
        connect(m_output.get(), &PcmOutput::finished, this, [this](const QString &error) {
            emit played(m_generation, error);
            thread()->quit();
        });
        m_output->play(m_sound);
    }
    void cancel()
    {
        if (m_output)
            m_output->cancel();
        thread()->quit();
    }

signals:
    void played(quint64 generation, const QString &error);

private:
    PcmOutputFactory m_factory;
    Pcm m_sound;
    quint64 m_generation;
    std::shared_ptr<std::atomic<int>> m_live;
    std::unique_ptr<PcmOutput> m_output; // made and deleted on the playback thread
};

} // namespace

LobbySpeaker::LobbySpeaker(QString voicePack, std::shared_ptr<SpeechEngine> engine, PcmOutputFactory output, QObject *parent)
    : Speaker(parent), m_voicePack(std::move(voicePack)), m_engine(std::move(engine)), m_output(std::move(output))
{
    qRegisterMetaType<antrian::display::RenderedVoice>();
    m_voiceLimit.setSingleShot(true);
    m_voiceLimit.setInterval(kVoiceLimitMs);
    connect(&m_voiceLimit, &QTimer::timeout, this, &LobbySpeaker::onVoiceLimit);
    m_playbackLimit.setSingleShot(true);
    connect(&m_playbackLimit, &QTimer::timeout, this, &LobbySpeaker::onPlaybackLimit);
    lobbyChime(); // decoded now, once, rather than on a worker
}

// Workers still running are left to end by themselves (or with the process): never joined.
LobbySpeaker::~LobbySpeaker()
{
    emit playbackCancelled();
}

void LobbySpeaker::play(const Announcement &announcement)
{
    stop();
    const quint64 generation = ++m_generation;
    m_current = announcement;
    m_stage = Stage::Rendering;
    if (m_voiceWorkers->load() >= kMaxStuckWorkers) {
        voiceFailed(tr("earlier sentences are still stuck in the speech engine"));
        playSound(lobbySound({}));
        return;
    }
    auto *job = new VoiceJob(generation);
    connect(job, &VoiceJob::rendered, this, &LobbySpeaker::onVoice);
    m_voiceWorkers->fetch_add(1);
    QThread *worker = QThread::create(
            [job, announcement, pack = m_voicePack, engine = m_engine, live = m_voiceWorkers] {
                job->report(renderVoice(announcement, pack, engine.get()));
                live->fetch_sub(1);
            });
    worker->setObjectName(QStringLiteral("announcement voice"));
    connect(worker, &QThread::finished, job, &QObject::deleteLater);
    connect(worker, &QThread::finished, worker, &QObject::deleteLater);
    m_voiceLimit.start();
    worker->start();
}

void LobbySpeaker::onVoice(quint64 generation, const RenderedVoice &voice)
{
    if (generation != m_generation || m_stage != Stage::Rendering)
        return; // given up on already: its chime has been played
    m_voiceLimit.stop();
    for (const QString &problem : voice.clipProblems) {
        if (!m_reportedClips.contains(problem)) {
            m_reportedClips.insert(problem);
            qCWarning(lcSpeech).noquote() << "a voice-pack clip is said by espeak-ng instead:" << problem;
        }
    }
    if (voice.failure.isEmpty())
        voiceWorked();
    else
        voiceFailed(voice.failure);
    playSound(lobbySound(voice.pcm));
}

void LobbySpeaker::onVoiceLimit()
{
    if (m_stage != Stage::Rendering)
        return;
    voiceFailed(tr("the speech engine did not answer within %1 ms").arg(m_voiceLimit.interval()));
    playSound(lobbySound({}));
}

void LobbySpeaker::playSound(const Pcm &sound)
{
    m_stage = Stage::Playing;
    if (m_playbackWorkers->load() >= kMaxStuckWorkers) {
        soundFailed(tr("earlier sounds are still stuck in the sound output"));
        finish();
        return;
    }
    auto *thread = new QThread;
    thread->setObjectName(QStringLiteral("announcement playback"));
    auto *job = new PlaybackJob(m_output, sound, m_generation, m_playbackWorkers);
    job->moveToThread(thread);
    connect(thread, &QThread::started, job, &PlaybackJob::start);
    connect(this, &LobbySpeaker::playbackCancelled, job, &PlaybackJob::cancel);
    connect(job, &PlaybackJob::played, this, &LobbySpeaker::onPlayed);
    connect(thread, &QThread::finished, job, &QObject::deleteLater);
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    m_playbackLimit.start(int(sound.seconds() * 1000) + m_playbackMarginMs);
    qCDebug(lcSpeech) << "playing" << sound.seconds() << "s";
    thread->start();
}

void LobbySpeaker::onPlayed(quint64 generation, const QString &error)
{
    if (generation != m_generation || m_stage != Stage::Playing)
        return;
    m_playbackLimit.stop();
    if (error.isEmpty())
        soundWorked();
    else
        soundFailed(error);
    finish();
}

void LobbySpeaker::onPlaybackLimit()
{
    if (m_stage != Stage::Playing)
        return;
    soundFailed(tr("the sound output did not finish playing within %1 ms").arg(m_playbackLimit.interval()));
    emit playbackCancelled();
    finish();
}

void LobbySpeaker::finish()
{
    m_stage = Stage::Idle;
    m_current.reset();
    emit finished();
}

void LobbySpeaker::stop()
{
    ++m_generation;
    m_voiceLimit.stop();
    m_playbackLimit.stop();
    if (m_stage == Stage::Playing)
        emit playbackCancelled();
    m_stage = Stage::Idle;
    m_current.reset();
}

void LobbySpeaker::voiceFailed(const QString &why)
{
    if (m_voiceFailing)
        return;
    m_voiceFailing = true;
    qCWarning(lcSpeech).noquote() << "calls are chimed but not spoken:" << why;
}

void LobbySpeaker::voiceWorked()
{
    if (!m_voiceFailing)
        return;
    m_voiceFailing = false;
    qCInfo(lcSpeech) << "calls are spoken again";
}

void LobbySpeaker::soundFailed(const QString &why)
{
    if (m_soundFailing)
        return;
    m_soundFailing = true;
    qCWarning(lcSpeech).noquote() << "calls cannot be heard:" << why;
}

void LobbySpeaker::soundWorked()
{
    if (!m_soundFailing)
        return;
    m_soundFailing = false;
    qCInfo(lcSpeech) << "calls can be heard again";
}

} // namespace antrian::display

#include "lobbyspeaker.moc"
