#include "session/probe_history.h"

#include <algorithm>

#include "training/trainer.h"

namespace layerlab {

void ProbeHistory::reset(Trainer* trainer)
{
    m_gradientNorms.assign(trainer ? size_t(trainer->model().layerCount()) : 0, DecimatedSeries{});
    m_updateRatios = m_gradientNorms;
    m_lastProbeStep = -1;
    m_probeStride = 1;
    if (trainer)
        trainer->setProbeStride(1);
}

void ProbeHistory::record(Trainer& trainer)
{
    const ProbeReport& probes = trainer.probeNorms();
    if (probes.step == m_lastProbeStep || probes.step < 0)
        return;
    m_lastProbeStep = probes.step;
    // each probe stands for those the trainer skipped at the series' stride
    for (size_t i = 0; i < probes.layers.size() && i < m_gradientNorms.size(); ++i) {
        m_gradientNorms[i].add(probes.step, float(probes.layers[i].gradientNorm), m_probeStride);
        m_updateRatios[i].add(probes.step, float(probes.layers[i].updateRatio), m_probeStride);
    }
    // A series halves right after it takes a point, so the new stride starts on a point.
    if (!m_gradientNorms.empty() && m_gradientNorms.front().stride() != m_probeStride) {
        m_probeStride = std::min<std::int64_t>(m_gradientNorms.front().stride(), std::int64_t(1) << 20);
        trainer.setProbeStride(int(m_probeStride));
    }
}

}  // namespace layerlab
