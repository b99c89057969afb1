// Built-in toy data sets, generated from a seed: the two-input pictures a learner can
// watch a network carve up (after TensorFlow Playground and scikit-learn's make_moons).
//
// Inputs span about [-1, 1] on each axis. `noise` is the standard deviation of Gaussian
// jitter in those units: added to each input coordinate for classification sets, and to
// the target for regression sets. The same (name, samples, noise, classes, seed) gives the
// same data bit for bit on every machine (Rng and its uniform01/standardNormal only).
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "data/dataset.h"

namespace layerlab {

struct GeneratorInfo {
    std::string name;         // as in DataSpec::source: "spiral"
    // One sentence for `layerlab-cli examples/data` and the UI, in English; marked for
    // translation in context "Engine": show it with translate("Engine", description.c_str()).
    std::string description;
    Task task = Task::Classification;
    int inputs = 2;           // 1 or 2 input features
    bool multiClass = false;  // takes DataSpec::classes (3..5)
};

// Every built-in generator, in the order the UI lists them.
const std::vector<GeneratorInfo>& dataGenerators();

// The entry for `name`, or nullptr when no generator has that name.
const GeneratorInfo* findGenerator(const std::string& name);

constexpr int kMinGeneratorSamples = 4;
constexpr int kMaxGeneratorSamples = 1'000'000;
constexpr float kMaxGeneratorNoise = 10.0f;
constexpr int kMinGeneratorClasses = 3;  // multi-class generators only
constexpr int kMaxGeneratorClasses = 5;

// The textbook linear regression that "linear2" draws from: y = w1*x1 + w2*x2 + b + noise.
constexpr float kLinear2W1 = 2.0f;
constexpr float kLinear2W2 = -3.0f;
constexpr float kLinear2B = 0.5f;

// Generates `samples` samples of the named set. Classification sets split the samples as
// evenly as possible between classes, stored class after class (prepareData shuffles).
// `classes` is read only by multi-class generators. Inputs are named x1, x2 (x1 alone for
// one-input sets); regression targets are named y.
// Throws DataError for an unknown name or an out-of-range argument.
Dataset generateDataset(const std::string& name, int samples, float noise, int classes,
                        std::uint64_t seed);

}  // namespace layerlab
