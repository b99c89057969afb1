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
    m_frames = std::make_shared<const ProbeFrames>();
    m_frameStride = 1;
    m_nextFrameStep = 1;
    if (trainer)
        trainer->setProbeStride(1);
}

bool ProbeHistory::record(Trainer& trainer)
{
    const ProbeReport& probes = trainer.probeNorms();
    if (probes.step != m_lastProbeStep && probes.step >= 0) {
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
    // A frame needs the step's distributions, measured now from the buffers the step left.
    if (trainer.stepCount() < m_nextFrameStep || m_gradientNorms.empty())
        return false;
    const ProbeReport& report = trainer.probes();
    // probes off: nothing new (a diverged step's distributions are one step ahead: kept)
    if (report.distributionStep < trainer.stepCount() ||
        (!m_frames->empty() && m_frames->back()->distributionStep == report.distributionStep))
        return false;
    addFrame(report);
    m_nextFrameStep = trainer.stepCount() + m_frameStride;
    return true;
}

void ProbeHistory::addFrame(const ProbeReport& report)
{
    auto frames = std::make_shared<ProbeFrames>();
    const ProbeFrames& old = *m_frames;
    if (old.size() + 1 > kTimelineFrames) {
        // full: keep every other frame from the run's first, then take frames half as often
        frames->reserve(kTimelineFrames / 2 + 1);
        for (size_t i = 0; i < old.size(); i += 2)
            frames->push_back(old[i]);
        m_frameStride *= 2;
    } else {
        frames->reserve(old.size() + 1);
        frames->assign(old.begin(), old.end());
    }
    frames->push_back(std::make_shared<const ProbeReport>(report));
    m_frames = std::move(frames);
}

}  // namespace layerlab
