// Built-in example projects: what a class opens first. Any example name can stand in for a
// project file on the command line.
// Each title, project name and project description is English, marked QT_TRANSLATE_NOOP("Examples", ...)
// where it is written: the app and the CLI show it as
// QCoreApplication::translate("Examples", text.c_str()).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "io/project.h"

namespace layerlab {

struct Example {
    std::string name;         // "spiral", "xor", ...: the name on the command line
    std::string title;        // one line for menus
    Project project;
};

const std::vector<Example>& builtInExamples();
std::optional<Project> findExample(const std::string& name);
// The project the app opens with: spiral data, two hidden layers of 8 tanh units.
const char* defaultExampleName();

}  // namespace layerlab
