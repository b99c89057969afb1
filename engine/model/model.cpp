#include "model/model.h"

#include <algorithm>
#include <stdexcept>
#include <string>

#include <tbb/parallel_for.h>
#include <tbb/task_arena.h>

#include "layers/layer_factory.h"
#include "core/rng.h"

namespace layerlab {

namespace {
constexpr Index kPredictChunk = 256;
// Fewer samples than this per chunk would make the matrix products inefficient.
constexpr Index kMinPredictChunk = 16;
}  // namespace

Model::Model(const ModelSpec& spec, const Shape& input) : m_spec(spec), m_input(input)
{
    inferShapes(spec, input);  // throws a SpecError naming the first impossible layer
    Shape current = input;
    m_paramOffsets.push_back(0);
    m_stateOffsets.push_back(0);
    for (const auto& layerSpec : spec.layers) {
        auto layer = createLayer(layerSpec, current);
        current = layer->outputShape();
        m_paramOffsets.push_back(m_paramOffsets.back() + totalSize(layer->parameters()));
        m_stateOffsets.push_back(m_stateOffsets.back() + totalSize(layer->stateBuffers()));
        m_layers.push_back(std::move(layer));
    }
    m_firstTrainable = 0;
    while (m_firstTrainable + 1 < m_layers.size() && m_paramOffsets[m_firstTrainable + 1] == m_paramOffsets[m_firstTrainable])
        ++m_firstTrainable;
    m_params = Vector::Zero(m_paramOffsets.back());
    m_state = Vector::Zero(m_stateOffsets.back());
    m_weightMask = Vector::Zero(m_params.size());
    for (size_t i = 0; i < m_layers.size(); ++i) {
        Index offset = m_paramOffsets[i];
        for (const auto& p : m_layers[i]->parameters()) {
            if (p.isWeight)
                m_weightMask.segment(offset, p.size()).setOnes();
            offset += p.size();
        }
        m_layers[i]->initializeState(m_state.data() + m_stateOffsets[i]);
    }
}

ConstMatrixMap Model::parameter(int i, std::string_view name) const
{
    Index offset = m_paramOffsets.at(size_t(i));
    for (const ParamInfo& info : m_layers[size_t(i)]->parameters()) {
        if (info.name == name)
            return ConstMatrixMap(m_params.data() + offset, info.rows, info.cols);
        offset += info.size();
    }
    throw std::out_of_range("layer " + std::to_string(i) + " has no parameter named " + std::string(name));
}

bool Model::hasParameter(int i, std::string_view name) const
{
    if (i < 0 || i >= layerCount())
        return false;
    const std::vector<ParamInfo> infos = m_layers[size_t(i)]->parameters();
    return std::any_of(infos.begin(), infos.end(), [&](const ParamInfo& info) { return info.name == name; });
}

void Model::initialize(std::uint64_t seed)
{
    for (size_t i = 0; i < m_layers.size(); ++i) {
        Rng rng(streamSeed(seed, 0x1a7e5, i));
        m_layers[i]->initializeParameters(m_params.data() + m_paramOffsets[i], rng);
        m_layers[i]->initializeState(m_state.data() + m_stateOffsets[i]);
    }
}

void Model::forward(const Matrix& x, Workspace& ws, const PassInfo& pass) const
{
    forwardFrom(0, x, ws, pass);
}

void Model::forwardFrom(size_t first, const Matrix& x, Workspace& ws, const PassInfo& pass) const
{
    const size_t n = m_layers.size();
    ws.outputs.resize(n);
    ws.caches.resize(n);
    for (size_t i = first; i < n; ++i) {
        const Matrix& input = i == 0 ? x : ws.outputs[i - 1];
        PassInfo layerPass{pass.training, streamSeed(pass.seed, i)};
        m_layers[i]->forward(m_params.data() + m_paramOffsets[i], m_state.data() + m_stateOffsets[i], input,
                             ws.outputs[i], ws.caches[i], layerPass);
    }
}

void Model::backward(const Matrix& x, Workspace& ws, bool deltaIsPreActivation) const
{
    const size_t n = m_layers.size();
    ws.deltas.resize(n);
    ws.gradients.setZero(m_params.size());
    // Layers before the first one with parameters (Flatten, Dropout, pooling at the input)
    // need no gradient, and the first trainable layer needs no dL/d(input): for an MLP that
    // starts with Flatten, that skips a product as large as the first layer's forward pass.
    for (size_t i = n; i-- > m_firstTrainable;) {
        const Matrix& input = i == 0 ? x : ws.outputs[i - 1];
        Matrix* dx = i == m_firstTrainable ? nullptr : &ws.deltas[i - 1];
        m_layers[i]->backward(m_params.data() + m_paramOffsets[i], input, ws.outputs[i], ws.deltas[i],
                              i + 1 == n && deltaIsPreActivation, dx, ws.gradients.data() + m_paramOffsets[i],
                              ws.caches[i]);
    }
}

Matrix Model::predict(const Matrix& x) const
{
    // Chunks of at most kPredictChunk samples, and at least one per thread of the arena when
    // the batch allows (a batch of 128 on two threads runs as two chunks of 64).
    const Index threads = tbb::this_task_arena::max_concurrency();
    const Index perThread = (x.cols() + threads - 1) / threads;
    const Index chunk = std::clamp(perThread, std::min(kMinPredictChunk, x.cols()), kPredictChunk);
    const Index chunks = chunk > 0 ? (x.cols() + chunk - 1) / chunk : 0;
    if (chunks == 1) {
        Workspace ws;
        forward(x, ws, PassInfo{});  // no copy of the input
        return std::move(ws.outputs.back());
    }
    // A leading Flatten would copy the chunk once more: the chunk's own copy becomes its output.
    const bool flattenFirst = m_layers.size() > 1 && m_spec.layers.front().kind == LayerKind::Flatten;
    Matrix result(outputShape().size(), x.cols());
    tbb::parallel_for(Index(0), chunks, [&](Index c) {
        const Index begin = c * chunk;
        const Index count = std::min(chunk, x.cols() - begin);
        Workspace ws;
        if (flattenFirst) {
            ws.outputs.resize(m_layers.size());
            ws.outputs[0] = x.middleCols(begin, count);
            forwardFrom(1, ws.outputs[0], ws, PassInfo{});
        } else {
            forward(x.middleCols(begin, count), ws, PassInfo{});
        }
        result.middleCols(begin, count) = ws.outputs.back();
    });
    return result;
}

}  // namespace layerlab
