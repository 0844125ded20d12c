// SPDX-License-Identifier: GPL-3.0-or-later
#include "speechfaults.h"

#include <QCoreApplication>
#include <QThread>

namespace antrian::display {

namespace {

// lupdate files these strings under "DisplayOptions", the context they are looked up in.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(DisplayOptions)
};

[[noreturn]] void blockForGood()
{
    for (;;)
        QThread::sleep(3600);
}

class HangingEngine : public SpeechEngine
{
public:
    Result<Pcm> synthesize(const QString &, const QString &) override { blockForGood(); }
};

class FailingEngine : public SpeechEngine
{
public:
    Result<Pcm> synthesize(const QString &, const QString &) override
    {
        return Error::storage(QStringLiteral("--speech-fault fail-voice"));
    }
};

class HangingOutput : public PcmOutput
{
public:
    void play(const Pcm &) override { blockForGood(); }
    void cancel() override {}
};

class EndlessOutput : public PcmOutput
{
public:
    void play(const Pcm &) override {}
    void cancel() override {}
};

} // namespace

Result<SpeechParts> speechParts(const QString &faultName)
{
    SpeechParts parts{makeEspeakEngine(), audioSinkOutput()};
    if (faultName.isEmpty())
        return parts;
    if (faultName == u"hang-voice")
        parts.engine = std::make_shared<HangingEngine>();
    else if (faultName == u"fail-voice")
        parts.engine = std::make_shared<FailingEngine>();
    else if (faultName == u"hang-sound")
        parts.output = [] { return std::make_unique<HangingOutput>(); };
    else if (faultName == u"endless-sound")
        parts.output = [] { return std::make_unique<EndlessOutput>(); };
    else
        return Error::badInput(Tr::tr("--speech-fault: expected hang-voice, fail-voice, hang-sound or endless-sound, got \"%1\"")
                                       .arg(faultName));
    return parts;
}

} // namespace antrian::display
