// SPDX-License-Identifier: GPL-3.0-or-later
// The announcement as the lobby hears it: the recorded-clip grammar, the voice pack with its
// fallback to espeak-ng, the WAV form, and `antrian-display --say --wav` checked by ear's
// proxies (length and loudness).
#include "testsupport.h"

#include "announce/announcement.h"
#include "announce/pcm.h"
#include "announce/voiceclips.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

#include <cmath>

using namespace antrian;
using namespace antrian::test;

namespace {

Announcement call(const QString &code, int counter, const QString &language)
{
    auto a = buildAnnouncement(code, counter, language);
    if (!a)
        qFatal("%s", qPrintable(a.error().message));
    return *a;
}

QStringList clipsOf(const Announcement &a)
{
    QStringList clips;
    for (const VoicePart &part : voiceParts(a))
        clips << part.clip;
    return clips;
}

// A tone of `ms` milliseconds at Pcm::kRate: a stand-in for a recorded word.
Pcm tone(int ms, double hz = 440.0)
{
    Pcm pcm;
    const qint64 n = qint64(Pcm::kRate) * ms / 1000;
    pcm.samples.resize(2 * n);
    auto *s = reinterpret_cast<qint16 *>(pcm.samples.data());
    for (qint64 i = 0; i < n; ++i)
        s[i] = qint16(12000 * std::sin(2 * M_PI * hz * double(i) / Pcm::kRate));
    return pcm;
}

// A voice pack folder holding `clips` of `language`, each a tone of `ms`.
void writePack(const QString &folder, const QString &language, const QStringList &clips, int ms)
{
    QDir().mkpath(voiceClipFolder(folder, language));
    for (const QString &clip : clips) {
        QFile f(QDir(voiceClipFolder(folder, language)).filePath(clip + QStringLiteral(".wav")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(encodeWav(tone(ms)));
    }
}

ProcessResult runDisplay(const QStringList &args)
{
    RunOptions options;
    options.env.remove(QStringLiteral("DISPLAY")); // --say needs no screen
    options.env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    return runProgram(QStringLiteral(ANTRIAN_DISPLAY_PATH), args, options);
}

double chimeSeconds()
{
    return readWavFile(QStringLiteral(ANTRIAN_SOURCE_DIR "/resources/display/chime.wav"))->seconds();
}

} // namespace

class TestVoice : public QObject
{
    Q_OBJECT

private slots:
    void callIsARowOfClips_data();
    void callIsARowOfClips();
    void everyClipOfEveryNumberTheBranchCanIssueIsInThePackInventory_data();
    void everyClipOfEveryNumberTheBranchCanIssueIsInThePackInventory();
    void withoutAPackTheEngineSaysTheWholeSentence();
    void eachMissingClipIsSaidByTheEngineAndNeighboursAreSaidTogether();
    void wavRoundTripKeepsTheSamplesAndConvertsRateAndChannels();
    void wavOtherThan16BitPcmIsRefusedWithTheReason();

    void sayWritesChimeAndSpeechToAWav_data();
    void sayWritesChimeAndSpeechToAWav();
    void sayPlaysTheBranchsVoicePackClipByClip();
    void sayWithoutDatabaseUsesIndonesianAndEspeak();
    void sayWithBadArgumentsExitsTwo_data();
    void sayWithBadArgumentsExitsTwo();
};

void TestVoice::callIsARowOfClips_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<int>("counter");
    QTest::addColumn<QString>("language");
    QTest::addColumn<QStringList>("clips");
    QTest::newRow("id A-123 to 3") << "A-123" << 3 << "id"
                                   << QStringList{"nomor-antrian", "a", "seratus", "dua", "puluh", "tiga",
                                                  "silakan-ke-loket", "tiga"};
    QTest::newRow("id B-011 to 10") << "B-011" << 10 << "id"
                                    << QStringList{"nomor-antrian", "b", "sebelas", "silakan-ke-loket", "sepuluh"};
    QTest::newRow("id P-1215 to 12") << "P-1215" << 12 << "id"
                                     << QStringList{"nomor-antrian", "p", "seribu", "dua", "ratus", "lima", "belas",
                                                    "silakan-ke-loket", "dua", "belas"};
    QTest::newRow("id C-100 to 1") << "C-100" << 1 << "id"
                                   << QStringList{"nomor-antrian", "c", "seratus", "silakan-ke-loket", "satu"};
    QTest::newRow("en A-123 to 3") << "A-123" << 3 << "en"
                                   << QStringList{"ticket-number", "a", "one", "hundred", "twenty", "three",
                                                  "please-go-to-counter", "three"};
    QTest::newRow("en B-040 to 11") << "B-040" << 11 << "en"
                                    << QStringList{"ticket-number", "b", "forty", "please-go-to-counter", "eleven"};
}

void TestVoice::callIsARowOfClips()
{
    QFETCH(QString, code);
    QFETCH(int, counter);
    QFETCH(QString, language);
    QFETCH(QStringList, clips);
    QCOMPARE(clipsOf(call(code, counter, language)), clips);
}

void TestVoice::everyClipOfEveryNumberTheBranchCanIssueIsInThePackInventory_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("id") << "id";
    QTest::newRow("en") << "en";
}

void TestVoice::everyClipOfEveryNumberTheBranchCanIssueIsInThePackInventory()
{
    // A pack recorded from the inventory says every ticket to every counter: nothing falls back.
    QFETCH(QString, language);
    const QStringList inventory = voiceClipNames(language);
    for (int n = 1; n <= 999999; n += (n < 2000 ? 1 : 997)) {
        const Announcement a = call(formatTicketCode(QStringLiteral("Z"), n), 1 + n % 40, language);
        for (const QString &clip : clipsOf(a))
            QVERIFY2(inventory.contains(clip), qPrintable(a.text + QStringLiteral(": ") + clip));
    }
}

void TestVoice::withoutAPackTheEngineSaysTheWholeSentence()
{
    const QList<VoiceSegment> plan = planVoice(voiceParts(call(QStringLiteral("A-123"), 3, QStringLiteral("id"))), {},
                                               QStringLiteral("id"));
    QCOMPARE(plan.size(), 1);
    QVERIFY(plan.first().clipPath.isEmpty());
    QCOMPARE(plan.first().text, QStringLiteral("Nomor antrian A, seratus dua puluh tiga, silakan ke loket tiga."));
}

void TestVoice::eachMissingClipIsSaidByTheEngineAndNeighboursAreSaidTogether()
{
    QTemporaryDir pack;
    // Recorded: the phrases, "a", "seratus" and "tiga"; missing: "dua", "puluh".
    writePack(pack.path(), QStringLiteral("id"), {"nomor-antrian", "silakan-ke-loket", "a", "seratus", "tiga"}, 50);
    const QString clips = voiceClipFolder(pack.path(), QStringLiteral("id"));
    auto clip = [&](const char *name) { return QDir(clips).filePath(QLatin1String(name) + QStringLiteral(".wav")); };
    const QList<VoiceSegment> plan =
            planVoice(voiceParts(call(QStringLiteral("A-123"), 2, QStringLiteral("id"))), pack.path(), QStringLiteral("id"));
    const QList<VoiceSegment> expected{
            {clip("nomor-antrian"), QStringLiteral("Nomor antrian"), 120},
            {clip("a"), QStringLiteral("A"), 250},
            {clip("seratus"), QStringLiteral("seratus"), 0},
            {{}, QStringLiteral("dua puluh"), 0},
            {clip("tiga"), QStringLiteral("tiga"), 400},
            {clip("silakan-ke-loket"), QStringLiteral("silakan ke loket"), 80},
            {{}, QStringLiteral("dua."), 0},
    };
    QCOMPARE(plan, expected);
    // The English clips are another folder: none of the Indonesian ones is used for English.
    for (const VoiceSegment &s : planVoice(voiceParts(call(QStringLiteral("A-123"), 2, QStringLiteral("en"))), pack.path(),
                                           QStringLiteral("en")))
        QVERIFY(s.clipPath.isEmpty());
}

void TestVoice::wavRoundTripKeepsTheSamplesAndConvertsRateAndChannels()
{
    const Pcm original = tone(100);
    auto back = decodeWav(encodeWav(original));
    QVERIFY(back.ok());
    QCOMPARE(back->samples, original.samples);

    // A 44.1 kHz stereo recording, as a phone or a studio gives it: one channel at Pcm::kRate.
    Pcm hifi = resampled(tone(500), 44100);
    QByteArray stereo;
    for (qint64 i = 0; i < hifi.frames(); ++i)
        stereo += hifi.samples.mid(2 * i, 2) + hifi.samples.mid(2 * i, 2);
    QByteArray file = encodeWav(hifi);
    file = file.left(44) + stereo;
    qToLittleEndian<quint16>(2, file.data() + 22);
    qToLittleEndian<quint32>(quint32(stereo.size()), file.data() + 40);
    auto converted = decodeWav(file);
    QVERIFY(converted.ok());
    QCOMPARE(converted->sampleRate, Pcm::kRate);
    QVERIFY(std::abs(converted->seconds() - 0.5) < 0.01);
    QVERIFY(std::abs(converted->rms() - tone(500).rms()) < 200);
}

void TestVoice::wavOtherThan16BitPcmIsRefusedWithTheReason()
{
    QByteArray file = encodeWav(tone(10));
    qToLittleEndian<quint16>(3, file.data() + 20); // IEEE float
    auto refused = decodeWav(file);
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().message.contains(QStringLiteral("16-bit")), qPrintable(refused.error().message));
    QVERIFY(!decodeWav(QByteArrayLiteral("hello")).ok());
}

void TestVoice::sayWritesChimeAndSpeechToAWav_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("id") << "id";
    QTest::newRow("en") << "en";
}

void TestVoice::sayWritesChimeAndSpeechToAWav()
{
    QFETCH(QString, language);
    Fixture f;
    const QString wav = QFileInfo(f.path()).dir().filePath(QStringLiteral("call.wav"));
    const ProcessResult r =
            runDisplay({"--db", f.path(), "--say", "A-123", "--counter", "3", "--lang", language, "--wav", wav});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY2(r.err.isEmpty(), r.err.constData());
    auto sound = readWavFile(wav);
    QVERIFY2(sound.ok(), qPrintable(sound.ok() ? QString() : sound.error().message));
    // Chime (1.7 s), a breath, and a sentence of eight words: about 3 to 4 s at 150 words a minute.
    const double speech = sound->seconds() - chimeSeconds();
    QVERIFY2(speech > 2.0 && speech < 6.0, qPrintable(QString::number(speech)));
    // The speech itself is sound, not silence (full scale is 32767; room noise is below 100).
    Pcm voice = *sound;
    voice.samples = voice.samples.mid(2 * qint64(chimeSeconds() * Pcm::kRate));
    QVERIFY2(voice.rms() > 1000, qPrintable(QString::number(voice.rms())));
}

void TestVoice::sayPlaysTheBranchsVoicePackClipByClip()
{
    // The database's voice pack and announcement language: English, every clip 200 ms.
    QTemporaryDir pack;
    writePack(pack.path(), QStringLiteral("en"), voiceClipNames(QStringLiteral("en")), 200);
    BranchConfig config = smallBranch();
    config.voicePack = pack.path();
    config.announcementLanguage = QStringLiteral("en");
    Fixture f(config);
    const QString wav = QFileInfo(f.path()).dir().filePath(QStringLiteral("pack.wav"));
    const ProcessResult r = runDisplay({"--db", f.path(), "--say", "A-123", "--counter", "3", "--wav", wav});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    // "8 of 8 words from the voice pack", in the branch's screen language.
    QVERIFY2(QString::fromUtf8(r.out).contains(QRegularExpression(QStringLiteral("; 8 \\w+ 8 "))), r.out.constData());
    // Chime, 300 ms breath, eight clips, and the pauses after phrase, letter, number and phrase.
    const double expected = chimeSeconds() + 0.3 + 8 * 0.2 + (120 + 250 + 400 + 80) / 1000.0;
    QVERIFY2(std::abs(readWavFile(wav)->seconds() - expected) < 0.01, qPrintable(QString::number(readWavFile(wav)->seconds())));
}

void TestVoice::sayWithoutDatabaseUsesIndonesianAndEspeak()
{
    QTemporaryDir dir;
    const QString wav = dir.filePath(QStringLiteral("call.wav"));
    const ProcessResult r = runDisplay(
            {"--db", dir.filePath(QStringLiteral("none.db")), "--say", "B-007", "--counter", "2", "--wav", wav});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY2(r.out.contains("Nomor antrian B tujuh, silakan ke loket dua"), r.out.constData());
    QVERIFY(readWavFile(wav)->seconds() > chimeSeconds() + 1.5);
    QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("none.db"))));
}

void TestVoice::sayWithBadArgumentsExitsTwo_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("no wav") << QStringList{"--say", "A-1", "--counter", "1"} << "--wav";
    QTest::newRow("no counter") << QStringList{"--say", "A-1", "--wav", "x.wav"} << "--counter";
    QTest::newRow("bad counter") << QStringList{"--say", "A-1", "--counter", "0", "--wav", "x.wav"} << "--counter";
    QTest::newRow("bad code") << QStringList{"--say", "123", "--counter", "1", "--wav", "x.wav"} << "A-123";
    QTest::newRow("bad language") << QStringList{"--say", "A-1", "--counter", "1", "--wav", "x.wav", "--lang", "fr"}
                                  << "--lang";
    QTest::newRow("wav without say") << QStringList{"--wav", "x.wav"} << "--say";
    QTest::newRow("no such pack") << QStringList{"--say", "A-1", "--counter", "1", "--wav", "x.wav", "--voice-pack", "/nonexistent"}
                                  << "/nonexistent";
}

void TestVoice::sayWithBadArgumentsExitsTwo()
{
    QFETCH(QStringList, args);
    QFETCH(QString, mentions);
    QTemporaryDir dir;
    const ProcessResult r = runDisplay(QStringList{"--db", dir.filePath(QStringLiteral("none.db"))} + args);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(QString::fromUtf8(r.err).contains(mentions), r.err.constData());
    QVERIFY(!QFileInfo::exists(QStringLiteral("x.wav")));
}

QTEST_GUILESS_MAIN(TestVoice)
#include "tst_voice.moc"
