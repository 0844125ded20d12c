// SPDX-License-Identifier: GPL-3.0-or-later
// Language of what people see. Indonesian ("id") is the default; English ("en") the second.
#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

class QCoreApplication;

namespace antrian {

// Normalises a --lang value: "id", "en" (also "id_ID", "en-GB", ...). Empty for anything else.
QString normaliseLanguage(const QString &lang);

// Installs the translators of every part built into this binary (:/i18n/*_<lang>.qm) and
// makes `lang` the language of dates and numbers. Returns false for an unknown language.
bool installTranslations(const QString &lang);

// Installs the language a command line asks for (--lang X or --lang=X), else `fallback`.
// Called before any help text is built, since those are translated as they are built.
void installTranslationsFromArguments(const QStringList &arguments, const QString &fallback = QStringLiteral("id"));

// The language installed last (default "id").
QString currentLanguage();
QLocale currentLocale();

} // namespace antrian
