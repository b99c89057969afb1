// layerlab-cli: train, diagnose, summarise and inspect LayerLab projects without the desktop app.
#include <cstdio>
#include <exception>
#include <string>
#include <vector>

#include "commands.h"
#include "core/error.h"

int main(int argc, char** argv)
{
    using namespace layerlab::cli;
    if (argc < 2) {
        std::fputs(usage().c_str(), stderr);
        return kUsage;
    }
    const std::string command = argv[1];
    const std::vector<std::string> args(argv + 2, argv + argc);
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
        std::fprintf(stderr, "layerlab-cli: unknown command '%s'\n\n%s", command.c_str(), usage().c_str());
        return kUsage;
    } catch (const layerlab::Error& e) {
        std::fprintf(stderr, "layerlab-cli %s: %s\n", command.c_str(), e.what());
        return kFailed;
    } catch (const std::bad_alloc&) {
        std::fprintf(stderr, "layerlab-cli %s: out of memory. Use a smaller model, batch or dataset.\n", command.c_str());
        return kFailed;
    } catch (const std::exception& e) {
        std::fprintf(stderr, "layerlab-cli %s: unexpected error: %s\n", command.c_str(), e.what());
        return kFailed;
    }
}
