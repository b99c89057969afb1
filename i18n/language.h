// The languages LayerLab speaks and the translators that make it speak one: LayerLab's own
// texts (resources/translations/*.ts, built into the program) and Qt's own (standard
// dialogs, context menus: Debian's qt6-translations-l10n). The app and the CLI both start
// here.
#pragma once

#include <QList>
#include <QLocale>
#include <QString>

namespace layerlab {

struct LanguageChoice {
    QString code;        // "en", "zh_CN"
    QString nativeName;  // as its readers write it: "English", "简体中文"
};

// Every language LayerLab has, English first.
QList<LanguageChoice> availableLanguages();

// The language LayerLab has that best suits a locale: zh_CN for any Chinese written in
// simplified characters, else English.
QString languageForLocale(const QLocale& locale);

// The language the environment asks for, as the C library reads it: LC_ALL, then
// LC_MESSAGES, then LANG ("zh_CN.UTF-8" -> "zh_CN"); the system locale when none is set.
QString languageFromEnvironment();

// Speaks `code` from now on: loads LayerLab's and Qt's translations for it in place of the
// ones before and makes it the default locale (numbers, dates). Every widget receives a
// QEvent::LanguageChange. English needs no translation. Returns false, and speaks English,
// when `code` is not one of availableLanguages(). Needs a QCoreApplication.
bool installLanguage(const QString& code);

// The language installed last ("en" before any).
QString currentLanguage();

}  // namespace layerlab
