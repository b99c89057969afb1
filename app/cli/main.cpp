// layerlab-cli: train, diagnose, summarise and inspect LayerLab projects without the desktop app.
#include <QCoreApplication>
#include <QStringList>

#include <algorithm>
#include <clocale>
#include <cstdio>
#include <exception>
#include <string>
#include <vector>

#include "cli_text.h"
#include "commands.h"
#include "core/error.h"
#include "language.h"
#include "message_text.h"

namespace {

using namespace layerlab;
using namespace layerlab::cli;

// The language the reader asked for: `--lang CODE` anywhere on the command line (taken out
// of `args`, so that no command sees it), else the environment's (LC_ALL, LC_MESSAGES,
// LANG). Returns false, having said why, when --lang has no value or names a language
// LayerLab does not have.
bool chooseLanguage(std::vector<std::string>& args)
{
    std::string asked;
    bool given = false;
    for (size_t i = 0; i < args.size(); ++i) {
        if (args[i] == "--lang") {
            given = true;
            asked = i + 1 < args.size() ? args[i + 1] : std::string();
            args.erase(args.begin() + std::ptrdiff_t(i), args.begin() + std::ptrdiff_t(std::min(i + 2, args.size())));
            --i;
        } else if (args[i].starts_with("--lang=")) {
            given = true;
            asked = args[i].substr(7);
            args.erase(args.begin() + std::ptrdiff_t(i));
            --i;
        }
    }
    if (!given) {
        installLanguage(languageFromEnvironment());
        return true;
    }
    if (installLanguage(QString::fromStdString(asked)))
        return true;
    // said in the environment's language, since the one asked for is not there
    installLanguage(languageFromEnvironment());
    QStringList known;
    for (const LanguageChoice& language : availableLanguages())
        known << QStringLiteral("%1 (%2)").arg(language.code, language.nativeName);
    const QString message =
        asked.empty()
            //: %1 lists the languages, as: en (English), zh_CN (简体中文)
            ? QCoreApplication::translate("Cli", "--lang needs a language: %1.").arg(known.join(QStringLiteral(", ")))
            //: %1 is the language code given on the command line; %2 lists the languages, as:
            //: en (English), zh_CN (简体中文)
            : QCoreApplication::translate("Cli", "There is no language '%1'. LayerLab speaks: %2.")
                  .arg(QString::fromStdString(asked), known.join(QStringLiteral(", ")));
    std::fprintf(stderr, "layerlab-cli: %s\n", utf8(message).c_str());
    return false;
}

}  // namespace

int main(int argc, char** argv)
{
    // The translators need an application; the CLI's own arguments are read from argv as given.
    QCoreApplication application(argc, argv);
    // Qt takes the environment's locale for the C library too; numbers printed with printf
    // (the metrics CSV, the epoch lines) keep the decimal point whatever the language.
    std::setlocale(LC_NUMERIC, "C");

    std::vector<std::string> args(argv + 1, argv + argc);
    if (!chooseLanguage(args))
        return kUsage;
    if (args.empty()) {
        std::fputs(usage().c_str(), stderr);
        return kUsage;
    }
    const std::string command = args.front();
    args.erase(args.begin());
    try {
        if (command == "train")
            return trainCommand(args);
        if (command == "diagnose")
            return diagnoseCommand(args);
        if (command == "summary")
            return summaryCommand(args);
        if (command == "examples")
            return examplesCommand(args);
        if (command == "data")
            return dataCommand(args);
        if (command == "--help" || command == "-h" || command == "help") {
            std::fputs(usage().c_str(), stdout);
            return kOk;
        }
        //: %1 is what was given in place of a command (train, diagnose, summary, examples, data)
        std::fprintf(stderr, "layerlab-cli: %s\n\n%s",
                     utf8(QCoreApplication::translate("Cli", "unknown command '%1'").arg(QString::fromStdString(command)))
                         .c_str(),
                     usage().c_str());
        return kUsage;
    } catch (const layerlab::Error& e) {
        std::fprintf(stderr, "layerlab-cli %s: %s\n", command.c_str(), utf8(errorText(e)).c_str());
        return kFailed;
    } catch (const std::bad_alloc&) {
        std::fprintf(stderr, "layerlab-cli %s: %s\n", command.c_str(),
                     utf8(QCoreApplication::translate("Cli", "out of memory. Use a smaller model, batch or dataset."))
                         .c_str());
        return kFailed;
    } catch (const std::exception& e) {
        //: %1 is the exception's own text, in English
        std::fprintf(stderr, "layerlab-cli %s: %s\n", command.c_str(),
                     utf8(QCoreApplication::translate("Cli", "unexpected error: %1").arg(QString::fromLocal8Bit(e.what())))
                         .c_str());
        return kFailed;
    }
}
