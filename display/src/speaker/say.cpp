// SPDX-License-Identifier: GPL-3.0-or-later
#include "say.h"

#include "voicerenderer.h"

#include "announce/voiceclips.h"
#include "app/appsetup.h"
#include "core/translation.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSaveFile>

#include <cstdio>

namespace antrian::display {

namespace {
// lupdate files these strings under "Say", the context they are looked up in.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Say)
};
} // namespace

Outcome sayToWav(const QCommandLineParser &parser, const DisplayOptions &options)
{
    QString language = normaliseLanguage(parser.value(QStringLiteral("lang")));
    QString voicePack;
    QString location = parser.value(QStringLiteral("db"));
    if (location.isEmpty())
        location = Database::defaultLocation();
    if (location.contains(QStringLiteral("://")) || QFileInfo::exists(location)) {
        auto setup = AppSetup::prepare(parser);
        if (!setup)
            return setup.error();
        if (!parser.isSet(QStringLiteral("lang")))
            language = setup->branch().announcementLanguage;
        voicePack = setup->branch().voicePack;
    } else {
        if (parser.isSet(QStringLiteral("lang")) && language.isEmpty())
            return Error::badInput(Tr::tr("--lang: expected id or en, got \"%1\"").arg(parser.value(QStringLiteral("lang"))));
        installTranslations(language.isEmpty() ? QStringLiteral("id") : language);
    }
    if (language.isEmpty())
        language = QStringLiteral("id");
    if (!options.voicePack.isEmpty())
        voicePack = options.voicePack;
    if (!voicePack.isEmpty() && !QFileInfo(voicePack).isDir())
        return Error::badInput(Tr::tr("voice pack %1: no such folder").arg(voicePack));

    auto announcement = buildAnnouncement(options.say, options.counter, language);
    if (!announcement)
        return announcement.error();
    const auto engine = makeEspeakEngine();
    const RenderedVoice voice = renderVoice(*announcement, voicePack, engine.get());
    for (const QString &problem : voice.clipProblems)
        std::fprintf(stderr, "antrian-display: %s\n", qPrintable(Tr::tr("clip not used: %1").arg(problem)));
    if (!voice.failure.isEmpty())
        std::fprintf(stderr, "antrian-display: %s\n", qPrintable(Tr::tr("the chime alone: %1").arg(voice.failure)));
    const Pcm sound = lobbySound(voice.pcm);

    QSaveFile file(options.wavPath);
    if (!file.open(QIODevice::WriteOnly) || file.write(encodeWav(sound)) < 0 || !file.commit())
        return Error::storage(Tr::tr("cannot write %1: %2").arg(options.wavPath, file.errorString()));

    int fromPack = 0;
    const QList<VoicePart> parts = voiceParts(*announcement);
    for (const VoiceSegment &segment : planVoice(parts, voicePack, language))
        fromPack += segment.clipPath.isEmpty() ? 0 : 1;
    const QString summary = Tr::tr("%1: \"%2\", %3 s; %4 of %5 words from the voice pack, the rest by espeak-ng")
                                    .arg(options.wavPath, announcement->text)
                                    .arg(sound.seconds(), 0, 'f', 1)
                                    .arg(fromPack)
                                    .arg(parts.size());
    std::printf("%s\n", qPrintable(summary));
    return Done{};
}

} // namespace antrian::display
