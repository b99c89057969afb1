#include "training/loss.h"

#include <array>
#include <cmath>

#include "core/enum_names.h"
#include "core/error.h"
#include "core/message.h"

namespace layerlab {

namespace {

struct LossInfo {
    LossKind value;
    std::string_view name;
    std::string_view formula;
};

// In the textbook's notation: J(θ) the loss, y_i the target and ŷ_i the prediction of sample
// i of n (see activationFormula for the marks). LayerLab averages over the samples (and
// outputs) as Keras does, where the textbook writes 1/(2n) for MSE and sums cross-entropy.
constexpr EnumTable kLosses{std::array{
    LossInfo{LossKind::MSE, "mse", "J(θ) = 1/n Σ_{i=1}^{n} (y_{i} − ŷ_{i})^{2}"},
    LossInfo{LossKind::MAE, "mae", "J(θ) = 1/n Σ_{i=1}^{n} |y_{i} − ŷ_{i}|"},
    LossInfo{LossKind::Huber, "huber",
             //: The Huber loss; keep the symbols, ^{...} (superscript) and _{...} (subscript)
             QT_TRANSLATE_NOOP("Engine", "J(θ) = 1/n Σ_{i=1}^{n} h(y_{i} − ŷ_{i}),  h(e) = e^{2}/2 if |e| ≤ δ, "
                                         "else δ(|e| − δ/2),  δ = 1")},
    LossInfo{LossKind::BinaryCrossEntropy, "binary-crossentropy",
             "J(θ) = −1/n Σ_{i=1}^{n} [y_{i} log ŷ_{i} + (1 − y_{i}) log(1 − ŷ_{i})]"},
    LossInfo{LossKind::CategoricalCrossEntropy, "categorical-crossentropy",
             "J(θ) = −1/n Σ_{i=1}^{n} Σ_{k} y_{ik} log ŷ_{ik}"},
    LossInfo{LossKind::SparseCategoricalCrossEntropy, "sparse-categorical-crossentropy",
             "J(θ) = −1/n Σ_{i=1}^{n} log ŷ_{i,y_{i}}"},
}};

// Smallest probability a cross-entropy reads when the output is not fused with it
// (Keras' epsilon): log(1e-7) = -16, finite.
constexpr float kProbabilityFloor = 1e-7f;

// log(1 + e^-|z|) + max(z, 0): softplus without overflow.
inline float softplus(float z) { return std::max(z, 0.0f) + std::log1p(std::exp(-std::abs(z))); }

}  // namespace

std::string_view lossName(LossKind k) { return kLosses.name(k); }
std::optional<LossKind> lossFromName(std::string_view name) { return kLosses.fromName(name); }
std::span<const LossKind> allLossKinds() { return kLosses.values(); }
std::string_view lossFormula(LossKind k) { return kLosses.row(k).formula; }

bool isClassificationLoss(LossKind k)
{
    return k == LossKind::BinaryCrossEntropy || k == LossKind::CategoricalCrossEntropy ||
           k == LossKind::SparseCategoricalCrossEntropy;
}

Activation preferredOutputActivation(LossKind k)
{
    switch (k) {
    case LossKind::BinaryCrossEntropy: return Activation::Sigmoid;
    case LossKind::CategoricalCrossEntropy:
    case LossKind::SparseCategoricalCrossEntropy: return Activation::Softmax;
    default: return Activation::Linear;
    }
}

int requiredOutputUnits(LossKind k, const Dataset& data)
{
    if (!data.isClassification())
        return int(data.targets.rows());
    if (k == LossKind::BinaryCrossEntropy)
        return data.classCount <= 2 ? 1 : data.classCount;
    if (k == LossKind::CategoricalCrossEntropy || k == LossKind::SparseCategoricalCrossEntropy)
        return std::max(data.classCount, 2);
    return data.classCount <= 2 ? 1 : data.classCount;
}

Matrix lossTargets(LossKind k, const Dataset& data, int outputUnits)
{
    if (!data.isClassification() || k == LossKind::SparseCategoricalCrossEntropy || outputUnits == 1)
        return data.targets;
    // one-hot: column j has a 1 in the row of its class
    Matrix oneHot = Matrix::Zero(outputUnits, data.targets.cols());
    for (Index j = 0; j < data.targets.cols(); ++j) {
        const Index label = Index(data.targets(0, j));
        if (label >= 0 && label < outputUnits)
            oneHot(label, j) = 1.0f;
    }
    return oneHot;
}

LossOutput computeLoss(LossKind k, Activation act, const Matrix& zIn, const Matrix& out, const Matrix& t,
                       float gradScale, Matrix* grad)
{
    const Matrix& z = zIn.size() ? zIn : out;
    const Index outputs = out.rows();
    const Index batch = out.cols();
    LossOutput result;
    if (grad)
        grad->resize(outputs, batch);
    const float perOutput = 1.0f / float(outputs);

    switch (k) {
    case LossKind::MSE: {
        Matrix e = out - t;
        result.sum = double(e.squaredNorm()) * perOutput;
        if (grad)
            *grad = e * (2.0f * perOutput * gradScale);
        return result;
    }
    case LossKind::MAE: {
        Matrix e = out - t;
        result.sum = double(e.cwiseAbs().sum()) * perOutput;
        if (grad)
            *grad = e.array().sign() * (perOutput * gradScale);
        return result;
    }
    case LossKind::Huber: {
        Matrix e = out - t;
        double sum = 0;
        for (Index i = 0; i < e.size(); ++i) {
            const float a = std::abs(e.data()[i]);
            sum += a <= kHuberDelta ? 0.5 * a * a : kHuberDelta * (a - 0.5 * kHuberDelta);
        }
        result.sum = sum * perOutput;
        if (grad)
            *grad = e.cwiseMax(-kHuberDelta).cwiseMin(kHuberDelta) * (perOutput * gradScale);
        return result;
    }
    case LossKind::BinaryCrossEntropy: {
        double sum = 0;
        if (act == Activation::Sigmoid) {
            // -[t log s(z) + (1-t) log(1-s(z))] = softplus(z) - t z
            for (Index i = 0; i < z.size(); ++i)
                sum += softplus(z.data()[i]) - t.data()[i] * z.data()[i];
            if (grad) {
                *grad = (out - t) * (perOutput * gradScale);  // dL/dz = s(z) - t
                result.gradIsPreActivation = true;
            }
        } else {
            for (Index i = 0; i < out.size(); ++i) {
                const float p = std::clamp(out.data()[i], kProbabilityFloor, 1.0f - kProbabilityFloor);
                const float y = t.data()[i];
                sum -= y * std::log(p) + (1 - y) * std::log(1 - p);
                if (grad)
                    grad->data()[i] = (p - y) / (p * (1 - p)) * perOutput * gradScale;
            }
        }
        result.sum = sum * perOutput;
        return result;
    }
    case LossKind::CategoricalCrossEntropy:
    case LossKind::SparseCategoricalCrossEntropy: {
        const bool sparse = k == LossKind::SparseCategoricalCrossEntropy;
        double sum = 0;
        for (Index j = 0; j < batch; ++j) {
            auto target = [&](Index i) -> float {
                return sparse ? (Index(t(0, j)) == i ? 1.0f : 0.0f) : t(i, j);
            };
            if (act == Activation::Softmax) {
                // -sum t_i log softmax(z)_i = sum t_i (logsumexp(z) - z_i)
                const float m = z.col(j).maxCoeff();
                const float lse = m + std::log((z.col(j).array() - m).exp().sum());
                for (Index i = 0; i < outputs; ++i)
                    sum += target(i) * (lse - z(i, j));
                if (grad) {
                    // dL/dz = softmax * sum(t) - t  (= softmax - t for one-hot targets)
                    float targetSum = 0;
                    for (Index i = 0; i < outputs; ++i)
                        targetSum += target(i);
                    for (Index i = 0; i < outputs; ++i)
                        (*grad)(i, j) = (out(i, j) * targetSum - target(i)) * gradScale;
                }
            } else {
                for (Index i = 0; i < outputs; ++i) {
                    const float p = std::max(out(i, j), kProbabilityFloor);
                    sum -= target(i) * std::log(p);
                    if (grad)
                        (*grad)(i, j) = -target(i) / p * gradScale;
                }
            }
        }
        result.gradIsPreActivation = act == Activation::Softmax && grad;
        result.sum = sum;
        return result;
    }
    }
    return result;
}

}  // namespace layerlab
