// SPDX-License-Identifier: GPL-3.0-or-later
// libespeak-ng, synchronous, in this process: no speech-dispatcher, no audio device. The
// library has one global state, so one sentence at a time; a caller that finds it busy for
// long (an earlier, abandoned sentence is stuck inside) gets an error rather than a wait.
#include "speechengine.h"

#include <QCoreApplication>

#include <espeak-ng/speak_lib.h>

#include <chrono>
#include <mutex>

namespace antrian::display {

namespace {

// lupdate files these strings under "SpeechEngine", the context they are looked up in.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(SpeechEngine)
};

// Slower than espeak-ng's 175 words a minute: a hall echoes.
constexpr int kWordsPerMinute = 150;
constexpr auto kBusyWait = std::chrono::seconds(2);

std::timed_mutex g_lock; // guards everything below and every espeak_* call
int g_rate = 0;          // the library's sample rate once initialised, -1 when it failed
QByteArray *g_target = nullptr;

int collect(short *wav, int samples, espeak_EVENT *)
{
    if (wav && samples > 0 && g_target)
        g_target->append(reinterpret_cast<const char *>(wav), qsizetype(samples) * 2);
    return 0; // go on
}

class EspeakEngine : public SpeechEngine
{
public:
    Result<Pcm> synthesize(const QString &text, const QString &language) override
    {
        std::unique_lock lock(g_lock, kBusyWait);
        if (!lock.owns_lock())
            return Error::storage(Tr::tr("espeak-ng is still busy with an earlier sentence"));
        if (g_rate == 0) {
            g_rate = espeak_Initialize(AUDIO_OUTPUT_SYNCHRONOUS, 0, nullptr, espeakINITIALIZE_DONT_EXIT);
            if (g_rate > 0) {
                espeak_SetSynthCallback(collect);
                espeak_SetParameter(espeakRATE, kWordsPerMinute, 0);
            } else {
                g_rate = -1;
            }
        }
        if (g_rate < 0)
            return Error::storage(Tr::tr("espeak-ng did not start (is espeak-ng-data installed?)"));
        const QByteArray voice = language == u"en" ? QByteArrayLiteral("en") : QByteArrayLiteral("id");
        if (espeak_SetVoiceByName(voice.constData()) != EE_OK)
            return Error::storage(Tr::tr("espeak-ng has no voice \"%1\"").arg(QString::fromLatin1(voice)));

        QByteArray samples;
        g_target = &samples;
        const QByteArray utf8 = text.toUtf8();
        const espeak_ERROR said =
                espeak_Synth(utf8.constData(), size_t(utf8.size()) + 1, 0, POS_CHARACTER, 0, espeakCHARS_UTF8, nullptr, nullptr);
        g_target = nullptr;
        if (said != EE_OK)
            return Error::storage(Tr::tr("espeak-ng could not say \"%1\" (error %2)").arg(text).arg(int(said)));
        if (samples.isEmpty())
            return Error::storage(Tr::tr("espeak-ng said nothing for \"%1\"").arg(text));
        Pcm pcm;
        pcm.sampleRate = g_rate;
        pcm.samples = samples;
        return resampled(pcm, Pcm::kRate);
    }
};

} // namespace

std::shared_ptr<SpeechEngine> makeEspeakEngine()
{
    return std::make_shared<EspeakEngine>();
}

} // namespace antrian::display
