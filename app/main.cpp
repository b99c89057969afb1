// layerlab: the desktop app. Opens the project or example named on the command line, else
// offers to recover unsaved work from a session that ended without saving, else starts
// with the default example, loaded and ready to Play.
#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QMessageBox>

#include "classroom_style.h"
#include "document.h"
#include "io/examples.h"
#include "language.h"
#include "language_menu.h"
#include "main_window.h"

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("LayerLab"));
    QApplication::setApplicationName(QStringLiteral("LayerLab"));
    QApplication::setApplicationDisplayName(QStringLiteral("LayerLab"));
    QApplication::setApplicationVersion(QStringLiteral(PROJECT_VERSION));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/layerlab.svg")));
    // the installed desktop entry (resources/desktop), so that docks and task bars match the
    // window to the menu entry and its icon
    QGuiApplication::setDesktopFileName(QStringLiteral("org.layerlab.LayerLab"));
    layerlab::applyClassroomStyle(app);
    layerlab::installLanguage(layerlab::LanguageMenu::startLanguage());

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Build, train and watch neural networks."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("project"),
                                 QApplication::translate("main", "A .layerlab file, or an example's name (spiral, xor, ...)."));
    parser.process(app);

    layerlab::MainWindow window;
    const QStringList args = parser.positionalArguments();
    bool opened = false;
    if (!args.isEmpty()) {
        const QString arg = args.first();
        if (QFileInfo::exists(arg))
            opened = window.openFile(arg);
        else if (window.openExample(arg))
            opened = true;
        else
            QMessageBox::warning(&window, QApplication::translate("main", "Cannot open"),
                                 QApplication::translate("main", "“%1” is neither a file nor an example's name. "
                                                                 "Starting with the %2 example.")
                                     .arg(arg, QString::fromUtf8(layerlab::defaultExampleName())));
    }
    if (!opened)
        opened = window.offerRecovery();
    if (!opened)
        window.openExample(QString::fromUtf8(layerlab::defaultExampleName()));
    window.show();
    return app.exec();
}
