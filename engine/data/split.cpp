#include "data/split.h"

#include <algorithm>
#include <cmath>

#include "core/error.h"

namespace layerlab {

namespace {

// A uniform integer in [0, n) by rejection: no modulo bias.
std::uint64_t below(Rng& rng, std::uint64_t n)
{
    const std::uint64_t limit = Rng::max() - (Rng::max() - n + 1) % n;  // largest multiple of n, minus 1
    std::uint64_t x;
    do
        x = rng();
    while (x > limit);
    return x % n;
}

Index portion(Index n, float fraction) { return Index(std::llround(double(n) * double(fraction))); }

}  // namespace

void shuffleIndices(std::vector<Index>& indices, Rng& rng)
{
    for (size_t i = indices.size(); i > 1; --i)
        std::swap(indices[i - 1], indices[size_t(below(rng, i))]);
}

SplitIndices splitSamples(const Dataset& data, float validationFraction, float testFraction, bool stratify,
                          std::uint64_t seed)
{
    if (!(validationFraction >= 0.0f && validationFraction < 1.0f) || !(testFraction >= 0.0f && testFraction < 1.0f)
        || !(validationFraction + testFraction < 1.0f))
        throw DataError(engineMessage(
            QT_TRANSLATE_NOOP("Engine", "The validation fraction (%1) and test fraction (%2) must each be between 0 and 1 and "
                                        "leave samples for training (their sum below 1). Choose for example 0.2 and 0.1."),
            MessageArg::value(validationFraction), MessageArg::value(testFraction)));
    Rng rng(seed);
    // Groups that are split on their own: one per class when stratifying, else everything.
    std::vector<std::vector<Index>> groups;
    if (stratify && data.isClassification() && data.classCount > 0) {
        groups.resize(size_t(data.classCount));
        std::vector<Index> other;  // labels outside 0..classCount-1 (should not happen)
        for (Index j = 0; j < data.sampleCount(); ++j) {
            const float t = data.targets(0, j);
            if (t >= 0.0f && t < float(data.classCount))
                groups[size_t(t)].push_back(j);
            else
                other.push_back(j);
        }
        if (!other.empty())
            groups.push_back(std::move(other));
    } else {
        groups.emplace_back();
        for (Index j = 0; j < data.sampleCount(); ++j)
            groups.back().push_back(j);
    }

    SplitIndices split;
    for (std::vector<Index>& group : groups) {
        shuffleIndices(group, rng);
        const Index n = Index(group.size());
        const Index nValidation = std::min(n, portion(n, validationFraction));
        const Index nTest = std::min(n - nValidation, portion(n, testFraction));
        for (Index k = 0; k < n; ++k) {
            std::vector<Index>& into = k < nValidation ? split.validation : k < nValidation + nTest ? split.test : split.train;
            into.push_back(group[size_t(k)]);
        }
    }
    // Mix the classes within each split.
    shuffleIndices(split.train, rng);
    shuffleIndices(split.validation, rng);
    shuffleIndices(split.test, rng);
    return split;
}

}  // namespace layerlab
