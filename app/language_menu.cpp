#include "language_menu.h"

#include <QActionGroup>
#include <QSettings>

#include "language.h"
#include "translated_texts.h"

namespace layerlab {

namespace {

const QString kLanguageKey = QStringLiteral("language");

}  // namespace

LanguageMenu::LanguageMenu(QWidget* parent) : QMenu(parent)
{
    auto* group = new QActionGroup(this);
    for (const LanguageChoice& language : availableLanguages()) {
        // each language by its own name, so that a reader finds theirs in any language
        QAction* action = addAction(language.nativeName);
        action->setCheckable(true);
        action->setData(language.code);
        group->addAction(action);
        connect(action, &QAction::triggered, this, [code = language.code] { choose(code); });
    }
    translatedTexts(this, [this] {
        setTitle(tr("&Language"));
        for (QAction* action : actions())
            action->setChecked(action->data().toString() == currentLanguage());
    });
}

QString LanguageMenu::startLanguage()
{
    const QString saved = QSettings().value(kLanguageKey).toString();
    for (const LanguageChoice& language : availableLanguages())
        if (language.code == saved)
            return saved;
    return languageFromEnvironment();
}

void LanguageMenu::choose(const QString& code)
{
    QSettings().setValue(kLanguageKey, code);
    installLanguage(code);
}

}  // namespace layerlab
