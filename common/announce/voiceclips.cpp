// SPDX-License-Identifier: GPL-3.0-or-later
#include "voiceclips.h"

#include "announce/numberwords.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

namespace antrian {

namespace {

// Pauses that give the sentence its shape, as a speaker's commas would.
constexpr int kAfterOpeningMs = 120;
constexpr int kAfterLetterMs = 250;
constexpr int kAfterNumberMs = 400;
constexpr int kAfterTowardsMs = 80;
// From this long, a pause is a comma when the engine says the words.
constexpr int kCommaMs = 200;

struct Phrases
{
    VoicePart opening;
    VoicePart towards;
};

Phrases phrasesFor(const QString &language)
{
    if (language == u"en")
        return {{QStringLiteral("ticket-number"), QStringLiteral("Ticket number"), kAfterOpeningMs},
                {QStringLiteral("please-go-to-counter"), QStringLiteral("please go to counter"), kAfterTowardsMs}};
    return {{QStringLiteral("nomor-antrian"), QStringLiteral("Nomor antrian"), kAfterOpeningMs},
            {QStringLiteral("silakan-ke-loket"), QStringLiteral("silakan ke loket"), kAfterTowardsMs}};
}

// "seratus dua puluh tiga" as its words, "twenty-three" as "twenty" and "three".
QList<VoicePart> numberParts(qint64 n, const QString &language, int pauseAfterMs)
{
    static const QRegularExpression separators(QStringLiteral("[ -]+"));
    QList<VoicePart> parts;
    for (const QString &word : numberWords(n, language).split(separators, Qt::SkipEmptyParts))
        parts.append({word, word, 0});
    if (!parts.isEmpty())
        parts.last().pauseAfterMs = pauseAfterMs;
    return parts;
}

} // namespace

QList<VoicePart> voiceParts(const Announcement &announcement)
{
    static const QRegularExpression codeRe(QStringLiteral("^([A-Z])-?([0-9]{1,6})$"));
    const QRegularExpressionMatch m = codeRe.match(announcement.ticketCode);
    if (!m.hasMatch())
        return {};
    const QString &language = announcement.language;
    const Phrases phrases = phrasesFor(language);
    const QString letter = m.captured(1);
    QList<VoicePart> parts{phrases.opening, {letter.toLower(), letter, kAfterLetterMs}};
    parts += numberParts(m.captured(2).toLongLong(), language, kAfterNumberMs);
    parts.append(phrases.towards);
    parts += numberParts(announcement.counterNumber, language, 0);
    return parts;
}

QStringList voiceClipNames(const QString &language)
{
    const Phrases phrases = phrasesFor(language);
    QStringList names{phrases.opening.clip, phrases.towards.clip};
    if (language == u"en") {
        names << QStringLiteral("zero") << QStringLiteral("one") << QStringLiteral("two") << QStringLiteral("three")
              << QStringLiteral("four") << QStringLiteral("five") << QStringLiteral("six") << QStringLiteral("seven")
              << QStringLiteral("eight") << QStringLiteral("nine") << QStringLiteral("ten") << QStringLiteral("eleven")
              << QStringLiteral("twelve") << QStringLiteral("thirteen") << QStringLiteral("fourteen")
              << QStringLiteral("fifteen") << QStringLiteral("sixteen") << QStringLiteral("seventeen")
              << QStringLiteral("eighteen") << QStringLiteral("nineteen") << QStringLiteral("twenty")
              << QStringLiteral("thirty") << QStringLiteral("forty") << QStringLiteral("fifty") << QStringLiteral("sixty")
              << QStringLiteral("seventy") << QStringLiteral("eighty") << QStringLiteral("ninety")
              << QStringLiteral("hundred") << QStringLiteral("thousand");
    } else {
        names << QStringLiteral("nol") << QStringLiteral("satu") << QStringLiteral("dua") << QStringLiteral("tiga")
              << QStringLiteral("empat") << QStringLiteral("lima") << QStringLiteral("enam") << QStringLiteral("tujuh")
              << QStringLiteral("delapan") << QStringLiteral("sembilan") << QStringLiteral("sepuluh")
              << QStringLiteral("sebelas") << QStringLiteral("belas") << QStringLiteral("puluh")
              << QStringLiteral("seratus") << QStringLiteral("ratus") << QStringLiteral("seribu") << QStringLiteral("ribu");
    }
    for (char16_t c = u'a'; c <= u'z'; ++c)
        names << QString(QChar(c));
    return names;
}

QString voiceClipFolder(const QString &packFolder, const QString &language)
{
    return QDir(packFolder).filePath(language == u"en" ? QStringLiteral("en") : QStringLiteral("id"));
}

QList<VoiceSegment> planVoice(const QList<VoicePart> &parts, const QString &packFolder, const QString &language)
{
    const QDir clips(packFolder.isEmpty() ? QString() : voiceClipFolder(packFolder, language));
    QList<VoiceSegment> plan;
    bool saying = false; // the last segment is words for the engine, still open for more
    for (const VoicePart &part : parts) {
        const QString path = clips.filePath(part.clip + QStringLiteral(".wav"));
        if (!packFolder.isEmpty() && QFileInfo(path).isFile()) {
            plan.append({path, part.words, part.pauseAfterMs});
            saying = false;
            continue;
        }
        if (!saying) {
            plan.append({{}, part.words, 0});
            saying = true;
        } else {
            VoiceSegment &open = plan.last();
            // A long pause inside the engine's words is its comma.
            if (open.pauseAfterMs >= kCommaMs)
                open.text += u',';
            open.text += u' ' + part.words;
        }
        plan.last().pauseAfterMs = part.pauseAfterMs;
    }
    if (saying && !plan.last().text.endsWith(u'.'))
        plan.last().text += u'.';
    return plan;
}

} // namespace antrian
