// View > Language: the languages LayerLab speaks, the one in use checked. Choosing one
// switches the running window at once (every text is set again, nothing else changes) and
// remembers it for the next start; until a choice is made, LayerLab follows the system.
#pragma once

#include <QMenu>

namespace layerlab {

class LanguageMenu : public QMenu {
    Q_OBJECT
public:
    explicit LanguageMenu(QWidget* parent = nullptr);

    // The language to start in: the one chosen here before, else the environment's.
    static QString startLanguage();
    // Switches to `code` and remembers it (what choosing it in the menu does).
    static void choose(const QString& code);
};

}  // namespace layerlab
