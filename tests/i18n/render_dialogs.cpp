// Renders LayerLab's dialogs headless, in the language of LAYERLAB_LANGUAGE (en, zh_CN), for
// docs/screenshots/ and for looking at them: render_dialogs OUT_DIR
// The message boxes are the ones the app really shows (their titles and texts are caught
// on their way to the screen): unsaved changes, a damaged project file, About; then the
// breakpoints dialog, and Qt's own file dialog (its words come from Qt's translations).
#include <QDir>
#include <QFileDialog>
#include <QMenuBar>
#include <QTemporaryDir>

#include "breakpoints_dialog.h"
#include "document.h"
#include "main_window.h"
#include "render_support.h"

using namespace layerlab;

namespace {

struct Asked {
    QMessageBox::Icon icon;
    QString title;
    QString text;
    QMessageBox::StandardButtons buttons;
};

bool save(QWidget* w, const QDir& dir, const QString& name)
{
    w->show();
    render::runUntil([] { return false; }, 300);
    return w->grab().save(dir.filePath(name));
}

}  // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    render::setUpApplication(app);
    const QDir out(argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral("."));
    out.mkpath(QStringLiteral("."));

    QList<Asked> asked;
    MainWindow window;
    window.setPrompt([&asked](QMessageBox::Icon icon, const QString& title, const QString& text,
                              QMessageBox::StandardButtons buttons) {
        asked.append({icon, title, text, buttons});
        return QMessageBox::Cancel;
    });
    window.resize(1280, 720);
    window.openExample(QStringLiteral("spiral"));
    window.show();

    window.document()->setSeed(11);  // an unsaved change
    window.files()->maybeSave();
    QTemporaryDir temp;
    const QString damaged = temp.filePath(QStringLiteral("damaged.layerlab"));
    QFile file(damaged);
    if (file.open(QIODevice::WriteOnly))
        file.write("{\"format\": \"layerlab-project\", \"version\": 1, \"model\": ");
    file.close();
    window.files()->openFile(damaged);
    for (QAction* menu : window.menuBar()->actions())
        if (menu->menu() && !menu->menu()->actions().isEmpty() && menu == window.menuBar()->actions().last())
            menu->menu()->actions().last()->trigger();  // Help > About

    bool ok = true;
    const QStringList names = {QStringLiteral("dialog-unsaved-changes.png"), QStringLiteral("dialog-damaged-file.png"),
                               QStringLiteral("dialog-about.png")};
    for (qsizetype i = 0; i < asked.size() && i < names.size(); ++i) {
        QMessageBox box(asked[i].icon, asked[i].title, asked[i].text, asked[i].buttons, &window);
        ok = save(&box, out, names[i]) && ok;
    }

    BreakpointsDialog breakpoints(&window);
    ok = save(&breakpoints, out, QStringLiteral("dialog-breakpoints.png")) && ok;

    // as File > Open shows it (title and filter are the app's, the rest Qt's)
    QFileDialog files(&window, QApplication::translate("layerlab::ProjectFiles", "Open a project"), QDir::homePath(),
                      QApplication::translate("layerlab::ProjectFiles", "LayerLab projects (*.layerlab);;All files (*)"));
    files.setOption(QFileDialog::DontUseNativeDialog);
    files.resize(900, 520);
    ok = save(&files, out, QStringLiteral("dialog-open-file.png")) && ok;
    return ok && asked.size() >= 3 ? 0 : 1;
}
