#include "findings_output.h"

#include <QCoreApplication>

#include "diagnosis/diagnosis_text.h"
#include "message_text.h"

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

// In English: the JSON document's words for scripts.
std::vector<std::string> fixLabels(const Finding& finding)
{
    std::vector<std::string> labels;
    for (const Fix& fix : finding.fixes)
        labels.push_back(renderMessage(fix.label));
    return labels;
}

// In the reader's language: the text for people.
QStringList translatedFixLabels(const Finding& finding)
{
    QStringList labels;
    for (const Fix& fix : finding.fixes)
        labels << messageText(fix.label);
    return labels;
}

QString joinedNames(const Finding& finding, const ModelSpec& model)
{
    QStringList names;
    for (const std::string& name : layerNames(finding, model))
        names << QString::fromStdString(name);
    //: the separator between layer names, as in [Dense #1, Dense #2]
    return names.join(QCoreApplication::translate("Cli", ", "));
}

}  // namespace

std::string findingsText(const std::vector<Finding>& findings, const ModelSpec& model, std::int64_t step)
{
    const QString steps = QString::number(step);
    if (findings.empty() && step == 1)
        return QCoreApplication::translate("Cli", "Diagnosis after 1 step: nothing looked wrong.").toStdString() + "\n";
    if (findings.empty())
        //: %1 is the number of training steps (more than one)
        return QCoreApplication::translate("Cli", "Diagnosis after %1 steps: nothing looked wrong.")
                   .arg(steps)
                   .toStdString() +
               "\n";
    QString text;
    if (step == 1)
        text = QCoreApplication::translate("Cli", "Diagnosis after 1 step:");
    else
        //: %1 is the number of training steps (more than one)
        text = QCoreApplication::translate("Cli", "Diagnosis after %1 steps:").arg(steps);
    text += u'\n';
    for (const Finding& finding : findings) {
        // the severity and the kind keep their engine names (as in --json): a script can grep them
        const QString severity = QString::fromLatin1(severityName(finding.severity));
        const QString kind = QString::fromLatin1(findingKindName(finding.kind));
        if (finding.layers.empty())
            //: a finding's headline: %1 its severity (error, warning, info) and %2 its kind (non-finite), both
            //: as they are; %3 its title
            text += QCoreApplication::translate("Cli", "%1 %2: %3").arg(severity, kind, messageText(finding.title));
        else
            //: a finding's headline: %1 its severity (error, warning, info) and %2 its kind (non-finite), both
            //: as they are; %3 its title; %4 the layers it concerns (Dense #1, Dense #2)
            text += QCoreApplication::translate("Cli", "%1 %2: %3 [%4]")
                        .arg(severity, kind, messageText(finding.title), joinedNames(finding, model));
        text += u'\n';
        //: %1 is the numbers that show the problem
        text += QCoreApplication::translate("Cli", "  Evidence: %1").arg(messageText(finding.evidence)) + u'\n';
        //: %1 is the most likely cause, with its reasoning
        text += QCoreApplication::translate("Cli", "  Cause: %1").arg(messageText(finding.cause)) + u'\n';
        if (!finding.fixes.empty())
            //: %1 lists the fixes, separated by "; "
            text += QCoreApplication::translate("Cli", "  Try: %1")
                        .arg(translatedFixLabels(finding).join(
                            //: the separator between the fixes to try
                            QCoreApplication::translate("Cli", "; "))) +
                    u'\n';
    }
    return text.toStdString();
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
