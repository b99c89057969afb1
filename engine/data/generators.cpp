#include "data/generators.h"

#include <algorithm>
#include <cmath>
#include <functional>

#include "core/error.h"
#include "core/rng.h"

namespace layerlab {

namespace {

constexpr float kPi = 3.14159265358979f;

// Draws are sequenced one statement at a time: the order in which C++ evaluates function
// arguments is unspecified, and a swapped pair of draws would change the data.
float uniform(Rng& rng, float lo, float hi) { return lo + (hi - lo) * uniform01(rng); }

// N samples split as evenly as possible between K classes, the first classes get the rest.
std::vector<int> classSizes(int samples, int classes)
{
    std::vector<int> sizes(size_t(classes), samples / classes);
    for (int k = 0; k < samples % classes; ++k)
        ++sizes[size_t(k)];
    return sizes;
}

// Fills a classification set class after class: `draw(rng, classIndex, i, classSize)`
// returns one point; the noise is added to each coordinate afterwards.
using PointDraw = std::function<Eigen::Vector2f(Rng&, int, int, int)>;

Dataset classification(const std::string& name, int samples, int classes, float noise, Rng& rng,
                       std::vector<std::string> classNames, const PointDraw& draw)
{
    Dataset data;
    data.name = name;
    data.task = Task::Classification;
    data.inputShape = Shape::flat(2);
    data.inputs.resize(2, samples);    // (2, N)
    data.targets.resize(1, samples);   // (1, N) class index
    data.classCount = classes;
    data.classNames = std::move(classNames);
    data.featureNames = {"x1", "x2"};
    const std::vector<int> sizes = classSizes(samples, classes);
    Index j = 0;
    for (int k = 0; k < classes; ++k) {
        for (int i = 0; i < sizes[size_t(k)]; ++i, ++j) {
            Eigen::Vector2f p = draw(rng, k, i, sizes[size_t(k)]);
            const float nx = noise * standardNormal(rng);
            const float ny = noise * standardNormal(rng);
            data.inputs(0, j) = p.x() + nx;
            data.inputs(1, j) = p.y() + ny;
            data.targets(0, j) = float(k);
        }
    }
    return data;
}

// Fills a regression set: x uniform in [-1, 1]^inputs, y = f(x) + noise * N(0, 1).
Dataset regression(const std::string& name, int samples, int inputs, float noise, Rng& rng,
                   const std::function<float(float, float)>& f)
{
    Dataset data;
    data.name = name;
    data.task = Task::Regression;
    data.inputShape = Shape::flat(inputs);
    data.inputs.resize(inputs, samples);  // (inputs, N)
    data.targets.resize(1, samples);      // (1, N)
    data.featureNames = inputs == 1 ? std::vector<std::string>{"x1"}
                                    : std::vector<std::string>{"x1", "x2"};
    data.targetNames = {"y"};
    for (Index j = 0; j < samples; ++j) {
        const float x1 = uniform(rng, -1.0f, 1.0f);
        const float x2 = inputs == 2 ? uniform(rng, -1.0f, 1.0f) : 0.0f;
        const float e = noise * standardNormal(rng);
        data.inputs(0, j) = x1;
        if (inputs == 2)
            data.inputs(1, j) = x2;
        data.targets(0, j) = f(x1, x2) + e;
    }
    return data;
}

// The first `count` of `names`: class names are written out whole, each marked for
// translation (the app shows them in the reader's language).
std::vector<std::string> firstNames(std::initializer_list<const char*> names, int count)
{
    std::vector<std::string> first(names.begin(), names.begin() + std::min<size_t>(size_t(count), names.size()));
    return first;
}

// A point on arm `k` of `arms` spirals (TensorFlow Playground's spiral, radius 1):
// r = i/n, t = 1.75 * 2*pi * r + 2*pi*k/arms, (x, y) = r * (sin t, cos t).
Eigen::Vector2f spiralPoint(int k, int arms, int i, int n)
{
    const float r = float(i) / float(n);
    const float t = 1.75f * 2.0f * kPi * r + 2.0f * kPi * float(k) / float(arms);
    return {r * std::sin(t), r * std::cos(t)};
}

Dataset circle(int n, float noise, Rng& rng)
{
    // Class 1 fills the disc r < 0.5, class 0 the ring 0.7 < r < 1, with a gap between.
    return classification("circle", n, 2, noise, rng, {QT_TRANSLATE_NOOP("Engine", "outside"), QT_TRANSLATE_NOOP("Engine", "inside")},
                           [](Rng& g, int k, int, int) {
                               const float r = k == 1 ? uniform(g, 0.0f, 0.5f) : uniform(g, 0.7f, 1.0f);
                               const float angle = uniform(g, 0.0f, 2.0f * kPi);
                               return Eigen::Vector2f(r * std::cos(angle), r * std::sin(angle));
                           });
}

Dataset xorQuadrants(int n, float noise, Rng& rng)
{
    // Class 1 where x1 and x2 share a sign (quadrants I and III), class 0 elsewhere. Points
    // keep 0.05 away from the axes so the label is clear before noise.
    constexpr float pad = 0.05f;
    return classification("xor", n, 2, noise, rng, {QT_TRANSLATE_NOOP("Engine", "opposite signs"), QT_TRANSLATE_NOOP("Engine", "same sign")},
                          [](Rng& g, int k, int, int) {
                              const float sx = uniform01(g) < 0.5f ? -1.0f : 1.0f;
                              const float ax = uniform(g, pad, 1.0f);
                              const float ay = uniform(g, pad, 1.0f);
                              const float sy = k == 1 ? sx : -sx;
                              return Eigen::Vector2f(sx * ax, sy * ay);
                          });
}

Dataset gaussians(int n, float noise, Rng& rng)
{
    // Two round clouds, standard deviation 0.2, centred at (-0.5, -0.5) and (0.5, 0.5).
    return classification("gaussians", n, 2, noise, rng, {QT_TRANSLATE_NOOP("Engine", "lower left"), QT_TRANSLATE_NOOP("Engine", "upper right")},
                          [](Rng& g, int k, int, int) {
                              const float c = k == 1 ? 0.5f : -0.5f;
                              const float dx = 0.2f * standardNormal(g);
                              const float dy = 0.2f * standardNormal(g);
                              return Eigen::Vector2f(c + dx, c + dy);
                          });
}

Dataset spiral(int n, float noise, Rng& rng)
{
    return classification("spiral", n, 2, noise, rng, {QT_TRANSLATE_NOOP("Engine", "arm 1"), QT_TRANSLATE_NOOP("Engine", "arm 2")},
                          [](Rng&, int k, int i, int size) { return spiralPoint(k, 2, i, size); });
}

Dataset moons(int n, float noise, Rng& rng)
{
    // scikit-learn's make_moons: upper moon (cos t, sin t), lower moon (1 - cos t, 0.5 - sin t),
    // t in [0, pi]; then centred on (0.5, 0.25) and scaled by 2/3 so x1 spans [-1, 1].
    return classification("moons", n, 2, noise, rng, {QT_TRANSLATE_NOOP("Engine", "upper moon"), QT_TRANSLATE_NOOP("Engine", "lower moon")},
                          [](Rng& g, int k, int, int) {
                              const float t = uniform(g, 0.0f, kPi);
                              const float x = k == 0 ? std::cos(t) : 1.0f - std::cos(t);
                              const float y = k == 0 ? std::sin(t) : 0.5f - std::sin(t);
                              return Eigen::Vector2f((x - 0.5f) * (2.0f / 3.0f),
                                                     (y - 0.25f) * (2.0f / 3.0f));
                          });
}

Dataset checkerboard(int n, float noise, Rng& rng)
{
    // A 4x4 board of 0.5-wide squares over [-1, 1]^2; square (i, j) has class (i + j) mod 2.
    return classification("checkerboard", n, 2, noise, rng, {QT_TRANSLATE_NOOP("Engine", "even squares"), QT_TRANSLATE_NOOP("Engine", "odd squares")},
                          [](Rng& g, int k, int, int) {
                              const int cell = std::min(7, int(uniform01(g) * 8.0f));  // one of 8 squares of class k
                              const int row = cell / 2;
                              const int col = 2 * (cell % 2) + ((row + k) % 2);
                              const float u = uniform01(g);
                              const float v = uniform01(g);
                              return Eigen::Vector2f(-1.0f + 0.5f * (float(col) + u),
                                                     -1.0f + 0.5f * (float(row) + v));
                          });
}

Dataset blobs(int n, int classes, float noise, Rng& rng)
{
    // K round clouds (standard deviation 0.15) centred on a circle of radius 0.6.
    return classification("blobs", n, classes, noise, rng, firstNames({QT_TRANSLATE_NOOP("Engine", "blob 1"), QT_TRANSLATE_NOOP("Engine", "blob 2"),
                                                           QT_TRANSLATE_NOOP("Engine", "blob 3"), QT_TRANSLATE_NOOP("Engine", "blob 4"),
                                                           QT_TRANSLATE_NOOP("Engine", "blob 5")},
                                                          classes),
                          [classes](Rng& g, int k, int, int) {
                              const float angle = kPi / 2.0f + 2.0f * kPi * float(k) / float(classes);
                              const float dx = 0.15f * standardNormal(g);
                              const float dy = 0.15f * standardNormal(g);
                              return Eigen::Vector2f(0.6f * std::cos(angle) + dx,
                                                     0.6f * std::sin(angle) + dy);
                          });
}

Dataset multiSpiral(int n, int classes, float noise, Rng& rng)
{
    return classification("multi-spiral", n, classes, noise, rng, firstNames({QT_TRANSLATE_NOOP("Engine", "arm 1"), QT_TRANSLATE_NOOP("Engine", "arm 2"),
                                                                  QT_TRANSLATE_NOOP("Engine", "arm 3"), QT_TRANSLATE_NOOP("Engine", "arm 4"),
                                                                  QT_TRANSLATE_NOOP("Engine", "arm 5")},
                                                                 classes),
                          [classes](Rng&, int k, int i, int size) {
                              return spiralPoint(k, classes, i, size);
                          });
}

// Six bumps of alternating sign (TensorFlow Playground's "multi gaussian", radius 1):
// y = sum_k s_k * exp(-|x - c_k|^2 / (2 * 0.25^2)).
float gaussianMixture(float x1, float x2)
{
    struct Bump { float cx, cy, sign; };
    constexpr Bump bumps[] = {{-0.8f, 0.5f, 1.0f},  {0.0f, 0.5f, -1.0f},  {0.8f, 0.5f, 1.0f},
                              {-0.8f, -0.5f, -1.0f}, {0.0f, -0.5f, 1.0f}, {0.8f, -0.5f, -1.0f}};
    constexpr float sigma = 0.25f;
    float y = 0.0f;
    for (const Bump& b : bumps) {
        const float d2 = (x1 - b.cx) * (x1 - b.cx) + (x2 - b.cy) * (x2 - b.cy);
        y += b.sign * std::exp(-d2 / (2.0f * sigma * sigma));
    }
    return y;
}

}  // namespace

// Each description is marked for translation: the app and the CLI show it with
// QCoreApplication::translate("Engine", description).
const std::vector<GeneratorInfo>& dataGenerators()
{
    using T = Task;
    static const std::vector<GeneratorInfo> list = {
        {"circle", QT_TRANSLATE_NOOP("Engine", "Two classes: a disc of points inside a ring; needs a curved boundary."), T::Classification, 2, false},
        {"xor", QT_TRANSLATE_NOOP("Engine", "Two classes by quadrant: same-sign corners against opposite-sign corners; no straight line separates them."), T::Classification, 2, false},
        {"gaussians", QT_TRANSLATE_NOOP("Engine", "Two round clouds of points; a single straight line separates them."), T::Classification, 2, false},
        {"spiral", QT_TRANSLATE_NOOP("Engine", "Two interleaved spiral arms; the hardest two-class picture, needs hidden layers."), T::Classification, 2, false},
        {"moons", QT_TRANSLATE_NOOP("Engine", "Two interlocking half-moons; needs a bent boundary."), T::Classification, 2, false},
        {"checkerboard", QT_TRANSLATE_NOOP("Engine", "Two classes on a 4x4 checkerboard; needs many boundary pieces."), T::Classification, 2, false},
        {"blobs", QT_TRANSLATE_NOOP("Engine", "3 to 5 round clouds, one per class, for softmax classification."), T::Classification, 2, true},
        {"multi-spiral", QT_TRANSLATE_NOOP("Engine", "3 to 5 interleaved spiral arms, one per class."), T::Classification, 2, true},
        {"plane", QT_TRANSLATE_NOOP("Engine", "Regression on a tilted plane, y = (x1 + x2) / 2."), T::Regression, 2, false},
        {"gaussian-mixture", QT_TRANSLATE_NOOP("Engine", "Regression on six bumps of alternating sign over the plane."), T::Regression, 2, false},
        {"sine", QT_TRANSLATE_NOOP("Engine", "One-input regression on one period of a sine wave, y = sin(pi * x1)."), T::Regression, 1, false},
        {"line", QT_TRANSLATE_NOOP("Engine", "One-input regression on a straight line, y = 0.8 * x1 + 0.2."), T::Regression, 1, false},
        {"linear2", QT_TRANSLATE_NOOP("Engine", "The textbook linear regression y = 2 * x1 - 3 * x2 + 0.5 plus noise; a single neuron can recover w1, w2 and b."), T::Regression, 2, false},
    };
    return list;
}

const GeneratorInfo* findGenerator(const std::string& name)
{
    for (const GeneratorInfo& g : dataGenerators())
        if (g.name == name)
            return &g;
    return nullptr;
}

Dataset generateDataset(const std::string& name, int samples, float noise, int classes,
                        std::uint64_t seed)
{
    const GeneratorInfo* info = findGenerator(name);
    if (!info) {
        std::string names;
        for (const GeneratorInfo& g : dataGenerators())
            names += (names.empty() ? "" : ", ") + g.name;
        throw DataError(engineMessage(QT_TRANSLATE_NOOP("Engine", "There is no built-in data set named '%1'. Choose one of: %2."),
                                      MessageArg::name(name), MessageArg::name(names)));
    }
    if (samples < kMinGeneratorSamples || samples > kMaxGeneratorSamples)
        throw DataError(engineMessage(
            QT_TRANSLATE_NOOP("Engine", "The '%1' data set cannot have %2 samples. Choose a sample count between %3 and %4."),
            MessageArg::name(name), MessageArg::count(samples), MessageArg::count(kMinGeneratorSamples),
            MessageArg::count(kMaxGeneratorSamples)));
    if (!(noise >= 0.0f && noise <= kMaxGeneratorNoise))  // also refuses NaN
        throw DataError(engineMessage(
            QT_TRANSLATE_NOOP("Engine", "The noise of the '%1' data set must be between 0 and %2 (inputs span about -1 to 1); "
                                        "set it to a value such as 0.1."),
            MessageArg::name(name), MessageArg::count((long long)kMaxGeneratorNoise)));
    if (info->multiClass && (classes < kMinGeneratorClasses || classes > kMaxGeneratorClasses))
        throw DataError(engineMessage(
            QT_TRANSLATE_NOOP("Engine", "The '%1' data set has 3 to 5 classes, not %2. Set the class count to 3, 4 or 5."),
            MessageArg::name(name), MessageArg::count(classes)));

    Rng rng(mixSeed(seed));
    if (name == "circle") return circle(samples, noise, rng);
    if (name == "xor") return xorQuadrants(samples, noise, rng);
    if (name == "gaussians") return gaussians(samples, noise, rng);
    if (name == "spiral") return spiral(samples, noise, rng);
    if (name == "moons") return moons(samples, noise, rng);
    if (name == "checkerboard") return checkerboard(samples, noise, rng);
    if (name == "blobs") return blobs(samples, classes, noise, rng);
    if (name == "multi-spiral") return multiSpiral(samples, classes, noise, rng);
    if (name == "plane")
        return regression(name, samples, 2, noise, rng, [](float x1, float x2) { return 0.5f * (x1 + x2); });
    if (name == "gaussian-mixture")
        return regression(name, samples, 2, noise, rng, gaussianMixture);
    if (name == "sine")
        return regression(name, samples, 1, noise, rng, [](float x, float) { return std::sin(kPi * x); });
    if (name == "line")
        return regression(name, samples, 1, noise, rng, [](float x, float) { return 0.8f * x + 0.2f; });
    // linear2: y = w1*x1 + w2*x2 + b (the textbook's first model, recoverable by one neuron)
    return regression(name, samples, 2, noise, rng, [](float x1, float x2) {
        return kLinear2W1 * x1 + kLinear2W2 * x2 + kLinear2B;
    });
}

}  // namespace layerlab
