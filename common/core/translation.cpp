// SPDX-License-Identifier: GPL-3.0-or-later
#include "translation.h"

#include <QCoreApplication>
#include <QDir>
#include <QTranslator>

#include <memory>
#include <vector>

namespace antrian {

namespace {
QString g_language = QStringLiteral("id");
std::vector<std::unique_ptr<QTranslator>> g_translators;
} // namespace

QString normaliseLanguage(const QString &lang)
{
    const QString l = lang.trimmed().toLower().left(2);
    if (l == u"id" || l == u"en")
        return l;
    return {};
}

bool installTranslations(const QString &lang)
{
    const QString l = normaliseLanguage(lang);
    if (l.isEmpty())
        return false;
    for (auto &t : g_translators)
        QCoreApplication::removeTranslator(t.get());
    g_translators.clear();

    const QDir dir(QStringLiteral(":/i18n"));
    const QStringList files = dir.entryList({QStringLiteral("*_%1.qm").arg(l)}, QDir::Files);
    for (const QString &file : files) {
        auto translator = std::make_unique<QTranslator>();
        if (translator->load(dir.filePath(file))) {
            QCoreApplication::installTranslator(translator.get());
            g_translators.push_back(std::move(translator));
        }
    }
    g_language = l;
    QLocale::setDefault(currentLocale());
    return true;
}

void installTranslationsFromArguments(const QStringList &arguments, const QString &fallback)
{
    QString lang = fallback;
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        if (arguments.at(i) == u"--lang" && i + 1 < arguments.size())
            lang = arguments.at(i + 1);
        else if (arguments.at(i).startsWith(QLatin1String("--lang=")))
            lang = arguments.at(i).mid(7);
    }
    if (!installTranslations(lang))
        installTranslations(fallback);
}

QString currentLanguage()
{
    return g_language;
}

QLocale currentLocale()
{
    return g_language == u"en" ? QLocale(QLocale::English, QLocale::UnitedKingdom)
                               : QLocale(QLocale::Indonesian, QLocale::Indonesia);
}

} // namespace antrian
