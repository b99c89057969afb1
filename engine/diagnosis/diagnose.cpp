#include "diagnosis/diagnose.h"

#include <algorithm>
#include <cmath>

#include "diagnosis/diagnosis_rules.h"

namespace layerlab {

std::vector<FeatureStatistics> featureStatistics(const Dataset& train)
{
    const Matrix& x = train.inputs;
    const Index features = x.rows();
    const Index samples = x.cols();
    std::vector<FeatureStatistics> stats;
    if (features == 0 || samples == 0)
        return stats;
    auto describe = [&](std::string name, auto&& values) {
        FeatureStatistics s;
        s.name = std::move(name);
        double sum = 0, squares = 0;
        Index n = 0;
        s.min = INFINITY;
        s.max = -INFINITY;
        values([&](float v) {
            if (!std::isfinite(v))
                return;
            sum += v;
            squares += double(v) * v;
            s.min = std::min(s.min, double(v));
            s.max = std::max(s.max, double(v));
            ++n;
        });
        if (n == 0) {
            s.min = s.max = 0;
            return s;
        }
        s.mean = sum / double(n);
        s.std = std::sqrt(std::max(0.0, squares / double(n) - s.mean * s.mean));
        return s;
    };
    if (features > kMaxDiagnosedFeatures) {
        // images: one entry for all pixels (every value of every sample)
        stats.push_back(describe("pixels", [&](auto&& add) {
            for (Index i = 0; i < x.size(); ++i)
                add(x.data()[i]);
        }));
        return stats;
    }
    for (Index f = 0; f < features; ++f) {
        std::string name = size_t(f) < train.featureNames.size() ? train.featureNames[size_t(f)] : std::string("x");
        if (size_t(f) >= train.featureNames.size())
            name += std::to_string(f + 1);
        stats.push_back(describe(std::move(name), [&](auto&& add) {
            for (Index j = 0; j < samples; ++j)
                add(x(f, j));
        }));
    }
    return stats;
}

std::vector<Finding> diagnose(const RunRecord& run)
{
    std::vector<Finding> findings;
    if (!run.project || run.project->model.layers.empty())
        return findings;
    const RunFacts facts(run);
    auto add = [&](std::optional<Finding> f) {
        if (f)
            findings.push_back(std::move(*f));
    };
    // The set-up and Inf/NaN are judged at any age; the rest only with enough evidence
    // (each rule checks facts.mature()). The plateau comes last: it points at the others.
    add(checkLossOutputMismatch(facts));
    add(checkUnscaledInputs(facts));
    add(checkNonFinite(facts));
    add(checkLearningRateTooHigh(facts));
    add(checkLearningRateTooLow(facts));
    add(checkVanishingGradients(facts));
    add(checkExplodingGradients(facts));
    add(checkDeadRelu(facts));
    add(checkSaturation(facts));
    add(checkOverfitting(facts));
    add(checkUnderfitting(facts));
    add(checkPlateau(facts, findings));
    for (Finding& f : findings)
        if (f.fixes.size() > 3)
            f.fixes.resize(3);
    std::stable_sort(findings.begin(), findings.end(), [](const Finding& a, const Finding& b) {
        if (a.severity != b.severity)
            return int(a.severity) > int(b.severity);
        return int(a.kind) < int(b.kind);
    });
    return findings;
}

}  // namespace layerlab
