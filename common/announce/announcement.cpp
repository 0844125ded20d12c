// SPDX-License-Identifier: GPL-3.0-or-later
#include "announcement.h"

#include "announce/numberwords.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace antrian {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Announcement", text);
}

// The two languages' sentence frames. Not tr(): the spoken language is the branch's
// announcementLanguage, whatever language the screens are in.
struct Frame
{
    const char16_t *opening; // before the ticket
    const char16_t *towards; // between the ticket and the counter
};
constexpr Frame kIndonesian{u"Nomor antrian", u"silakan ke loket"};
constexpr Frame kEnglish{u"Ticket number", u"please go to counter"};

} // namespace

Result<Announcement> buildAnnouncement(const QString &ticketCode, int counterNumber, const QString &language)
{
    static const QRegularExpression codeRe(QStringLiteral("^([A-Z])-?([0-9]{1,6})$"));
    const QRegularExpressionMatch m = codeRe.match(ticketCode.trimmed());
    if (!m.hasMatch())
        return Error::badInput(tr("cannot announce ticket \"%1\": expected a letter and a number such as A-123")
                                       .arg(ticketCode));
    if (counterNumber < 1)
        return Error::badInput(tr("cannot announce %1: counter number %2 is not a counter; expected 1 or more")
                                       .arg(ticketCode.trimmed())
                                       .arg(counterNumber));

    Announcement a;
    a.ticketCode = ticketCode.trimmed();
    a.counterNumber = counterNumber;
    a.language = language == u"en" ? QStringLiteral("en") : QStringLiteral("id");
    const Frame &frame = a.language == u"en" ? kEnglish : kIndonesian;
    const QString letter = m.captured(1);
    const QString number = numberWords(m.captured(2).toLongLong(), a.language);
    const QString counter = numberWords(counterNumber, a.language);
    const QString opening = QString::fromUtf16(frame.opening);
    const QString towards = QString::fromUtf16(frame.towards);

    a.text = QStringLiteral("%1 %2 %3, %4 %5").arg(opening, letter, number, towards, counter);
    a.speech = QStringLiteral("%1 %2, %3, %4 %5.").arg(opening, letter, number, towards, counter);
    return a;
}

} // namespace antrian
