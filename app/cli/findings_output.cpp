#include "findings_output.h"

#include "diagnosis/diagnosis_text.h"

namespace layerlab::cli {

namespace {

// "Dense #2", as the app labels the layer; a layer the model no longer has keeps its number.
std::string layerName(const ModelSpec& model, int index)
{
    if (index >= 0 && index < int(model.layers.size()))
        return layerLabel(model.layers[size_t(index)], index + 1);
    // appended, not "#" + ...: that trips a false -Wrestrict in GCC 12
    std::string label = "#";
    return label.append(std::to_string(index + 1));
}

std::vector<std::string> layerNames(const Finding& finding, const ModelSpec& model)
{
    std::vector<std::string> names;
    for (int index : finding.layers)
        names.push_back(layerName(model, index));
    return names;
}

std::string joined(const std::vector<std::string>& parts, const char* separator)
{
    std::string text;
    for (const std::string& part : parts)
        text += (text.empty() ? "" : separator) + part;
    return text;
}

std::vector<std::string> fixLabels(const Finding& finding)
{
    std::vector<std::string> labels;
    for (const Fix& fix : finding.fixes)
        labels.push_back(renderMessage(fix.label));
    return labels;
}

}  // namespace

std::string findingsText(const std::vector<Finding>& findings, const ModelSpec& model, std::int64_t step)
{
    const std::string header = "Diagnosis after " + std::to_string(step) + (step == 1 ? " step" : " steps");
    if (findings.empty())
        return header + ": nothing looked wrong.\n";
    std::string text = header + ":\n";
    for (const Finding& finding : findings) {
        text += std::string(severityName(finding.severity)) + " " + std::string(findingKindName(finding.kind)) + ": " +
                renderMessage(finding.title);
        if (!finding.layers.empty())
            text += " [" + joined(layerNames(finding, model), ", ") + "]";
        text += "\n  Evidence: " + renderMessage(finding.evidence) + "\n  Cause: " + renderMessage(finding.cause) + "\n";
        if (!finding.fixes.empty())
            text += "  Try: " + joined(fixLabels(finding), "; ") + "\n";
    }
    return text;
}

nlohmann::ordered_json findingsJson(const std::vector<Finding>& findings, const ModelSpec& model)
{
    nlohmann::ordered_json list = nlohmann::ordered_json::array();
    for (const Finding& finding : findings) {
        nlohmann::ordered_json item;
        item["kind"] = findingKindName(finding.kind);
        item["layers"] = layerNames(finding, model);
        item["severity"] = severityName(finding.severity);
        item["step"] = finding.step;
        item["title"] = renderMessage(finding.title);
        item["evidence"] = renderMessage(finding.evidence);
        item["cause"] = renderMessage(finding.cause);
        item["fixes"] = fixLabels(finding);
        list.push_back(std::move(item));
    }
    nlohmann::ordered_json document;
    document["findings"] = std::move(list);
    return document;
}

}  // namespace layerlab::cli
