#include "language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

#include <memory>

namespace layerlab {

namespace {

constexpr auto kEnglish = "en";

// The translators installed now; replaced as a whole when the language changes.
struct InstalledTranslators {
    QString code = QString::fromLatin1(kEnglish);
    std::unique_ptr<QTranslator> layerlab;
    std::unique_ptr<QTranslator> qt;
};

InstalledTranslators& installed()
{
    static InstalledTranslators translators;
    return translators;
}

void removeTranslators()
{
    InstalledTranslators& t = installed();
    for (auto* translator : {t.layerlab.get(), t.qt.get()})
        if (translator)
            QCoreApplication::removeTranslator(translator);
    t.layerlab.reset();
    t.qt.reset();
}

}  // namespace

QList<LanguageChoice> availableLanguages()
{
    return {{QString::fromLatin1(kEnglish), QStringLiteral("English")},
            {QStringLiteral("zh_CN"), QStringLiteral("简体中文")}};
}

QString languageForLocale(const QLocale& locale)
{
    if (locale.language() == QLocale::Chinese && locale.script() != QLocale::TraditionalChineseScript &&
        locale.territory() != QLocale::Taiwan && locale.territory() != QLocale::HongKong &&
        locale.territory() != QLocale::Macao)
        return QStringLiteral("zh_CN");
    return QString::fromLatin1(kEnglish);
}

QString languageFromEnvironment()
{
    for (const char* name : {"LC_ALL", "LC_MESSAGES", "LANG"}) {
        const QString value = qEnvironmentVariable(name);
        if (value.isEmpty())
            continue;
        // "zh_CN.UTF-8", "zh_CN@variant": the locale's name is what comes before
        const QString localeName = value.section(u'.', 0, 0).section(u'@', 0, 0);
        if (localeName == u"C" || localeName == u"POSIX")
            return QString::fromLatin1(kEnglish);
        return languageForLocale(QLocale(localeName));
    }
    return languageForLocale(QLocale::system());
}

bool installLanguage(const QString& code)
{
    bool known = false;
    for (const LanguageChoice& language : availableLanguages())
        known = known || language.code == code;
    const QString chosen = known ? code : QString::fromLatin1(kEnglish);

    removeTranslators();
    InstalledTranslators& t = installed();
    t.code = chosen;
    if (chosen != QLatin1String(kEnglish)) {
        auto layerlab = std::make_unique<QTranslator>();
        if (layerlab->load(QStringLiteral(":/i18n/layerlab_") + chosen)) {
            QCoreApplication::installTranslator(layerlab.get());
            t.layerlab = std::move(layerlab);
        }
        // Qt's own words (Cancel, Open, the text fields' context menus); absent when
        // Debian's qt6-translations-l10n is not installed, and then they stay English.
        auto qt = std::make_unique<QTranslator>();
        if (qt->load(QStringLiteral("qtbase_") + chosen, QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
            QCoreApplication::installTranslator(qt.get());
            t.qt = std::move(qt);
        }
    }
    QLocale::setDefault(QLocale(chosen));
    if (chosen == QLatin1String(kEnglish)) {
        // no translator to install, so nothing tells the widgets: tell them
        QEvent change(QEvent::LanguageChange);
        if (QCoreApplication::instance())
            QCoreApplication::sendEvent(QCoreApplication::instance(), &change);
    }
    return known;
}

QString currentLanguage() { return installed().code; }

}  // namespace layerlab
