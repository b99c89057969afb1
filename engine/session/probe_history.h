// What the gradient view charts and the doctor reads: per layer, the gradient norm and the
// update ratio of every probe, in bounded series (snapshot.h's DecimatedSeries), and whole
// probe reports with their distributions at evenly spaced steps (the timeline). Once the
// series are full they average several probes per point; the trainer is then told to probe
// only as often as a point is kept, since measuring probes that are averaged away costs a
// tiny net's step a tenth of its time for nothing drawn. The timeline likewise keeps every
// other frame when full and takes frames half as often from then on, so measuring its
// distributions costs less and less as a run grows long.
#pragma once

#include <cstdint>
#include <memory>
#include <vector>

#include "session/snapshot.h"

namespace layerlab {

class Trainer;

class ProbeHistory {
public:
    // Empty series for the trainer's layers (none without a trainer), the trainer back to
    // probing at every interval.
    void reset(Trainer* trainer);
    // After a step: adds the trainer's latest probe if it is a new one, and a timeline frame
    // (measuring the step's distributions) when one is due. Returns true when it added a
    // frame.
    bool record(Trainer& trainer);

    const std::vector<DecimatedSeries>& gradientNorms() const { return m_gradientNorms; }
    const std::vector<DecimatedSeries>& updateRatios() const { return m_updateRatios; }
    // Never null.
    const std::shared_ptr<const ProbeFrames>& frames() const { return m_frames; }

private:
    void addFrame(const ProbeReport& report);

    std::vector<DecimatedSeries> m_gradientNorms;
    std::vector<DecimatedSeries> m_updateRatios;
    std::int64_t m_lastProbeStep = -1;
    std::int64_t m_probeStride = 1;  // the trainer probes this many intervals apart
    std::shared_ptr<const ProbeFrames> m_frames = std::make_shared<const ProbeFrames>();
    std::int64_t m_frameStride = 1;  // steps between two frames
    std::int64_t m_nextFrameStep = 1;
};

}  // namespace layerlab
