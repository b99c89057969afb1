// The doctor's findings as the CLI prints them: a text block for people (headline, then
// the evidence, the cause and the fixes to try) in the reader's language, and a JSON document
// for scripts, in English. Every sentence of a finding comes from the doctor's templates
// (messageText for people, renderMessage for the JSON); only the layout is written here.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "diagnosis/finding.h"
#include "model/model_spec.h"

namespace layerlab::cli {

// "warning vanishing-gradients: <title> [Dense #1, Dense #2]" then indented "Evidence:",
// "Cause:" and "Try:" lines, per finding in the order given (most severe first); one line
// saying nothing looked wrong when there are no findings. `step` is the number of steps trained.
std::string findingsText(const std::vector<Finding>& findings, const ModelSpec& model, std::int64_t step);

// {"findings": [{"kind", "layers", "severity", "step", "title", "evidence", "cause", "fixes"}]},
// the keys in that order.
nlohmann::ordered_json findingsJson(const std::vector<Finding>& findings, const ModelSpec& model);

}  // namespace layerlab::cli
