// The subcommands of layerlab-cli. Each returns the process exit code.
#pragma once

#include <string>
#include <vector>

namespace layerlab::cli {

enum ExitCode {
    kOk = 0,         // train: also a run that did not learn (it says so, learning_check.h)
    kFailed = 1,     // a file or the data could not be used; train: an output could not be written
    kUsage = 2,      // the command line is wrong
    kDiverged = 3,   // train: training stopped on Inf/NaN (diagnose reports it and exits with kOk)
};

int trainCommand(const std::vector<std::string>& args);
int diagnoseCommand(const std::vector<std::string>& args);
int summaryCommand(const std::vector<std::string>& args);
int examplesCommand(const std::vector<std::string>& args);
int dataCommand(const std::vector<std::string>& args);
std::string usage();

}  // namespace layerlab::cli
