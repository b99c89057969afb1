#include "analysis/feature_maps.h"

#include <algorithm>
#include <cmath>

namespace layerlab {

namespace {

// A NaN or Inf (a diverging run) is left out, so that it does not wash out the others.
float largestMagnitude(const float* values, Index n)
{
    float peak = 0;
    for (Index i = 0; i < n; ++i)
        if (std::isfinite(values[i]))
            peak = std::max(peak, std::abs(values[i]));
    return peak;
}

// The first Conv2D layer's weight is (Cin*k*k, filters): column o is filter o, laid out
// (Cin, kh, kw), i.e. channel after channel of row-major k x k kernels.
ConvFilters firstLayerFilters(const Model& model, int layer)
{
    const Layer& conv = model.layer(layer);
    const ConstMatrixMap weight = model.parameter(layer, "weight");
    ConvFilters f;
    f.layer = layer;
    f.size = conv.spec().kernel;
    f.inputChannels = conv.inputShape().channels;
    f.peak = largestMagnitude(weight.data(), weight.size());
    const int k = f.size;
    for (Index o = 0; o < weight.cols(); ++o) {
        Matrix mean = Matrix::Zero(k, k);
        for (int c = 0; c < f.inputChannels; ++c)
            for (int row = 0; row < k; ++row)
                for (int col = 0; col < k; ++col)
                    mean(row, col) += weight((Index(c) * k + row) * k + col, o);
        f.filters.push_back(mean / float(f.inputChannels));
        f.peaks.push_back(largestMagnitude(weight.col(o).data(), weight.rows()));
    }
    return f;
}

}  // namespace

FeatureMaps computeFeatureMaps(const Model& model, const Matrix& sample, int sampleIndex)
{
    FeatureMaps maps;
    if (model.layerCount() == 0 || model.inputShape().size() != sample.rows() || sample.cols() != 1)
        return maps;
    maps.sample = sampleIndex;
    Workspace ws;
    model.forward(sample, ws, PassInfo{});
    for (int l = 0; l < model.layerCount(); ++l) {
        const Layer& layer = model.layer(l);
        if (layer.spec().kind != LayerKind::Conv2D)
            continue;
        if (maps.filters.layer < 0)
            maps.filters = firstLayerFilters(model, l);
        // the layer's output (C*H*W, 1) is channel-major: each channel's plane is contiguous
        ConvOutput out;
        out.layer = l;
        out.shape = layer.outputShape();
        const Index plane = Index(out.shape.height) * out.shape.width;
        out.values = Eigen::Map<const Matrix>(ws.outputs[size_t(l)].data(), plane, out.shape.channels);
        out.hasNegative = out.values.size() > 0 && out.values.minCoeff() < 0;
        for (Index c = 0; c < out.values.cols(); ++c)
            out.peaks.push_back(largestMagnitude(out.values.col(c).data(), out.values.rows()));
        maps.outputs.push_back(std::move(out));
    }
    return maps;
}

}  // namespace layerlab
