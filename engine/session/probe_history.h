// What the gradient view charts: per layer, the gradient norm and the update ratio of every
// probe, in bounded series (snapshot.h's DecimatedSeries). Once the series are full they
// average several probes per point; the trainer is then told to probe only as often as a
// point is kept, since measuring probes that are averaged away costs a tiny net's step a
// tenth of its time for nothing drawn.
#pragma once

#include <cstdint>
#include <vector>

#include "session/snapshot.h"

namespace layerlab {

class Trainer;

class ProbeHistory {
public:
    // Empty series for the trainer's layers (none without a trainer), the trainer back to
    // probing at every interval.
    void reset(Trainer* trainer);
    // After a step: adds the trainer's latest probe if it is a new one.
    void record(Trainer& trainer);

    const std::vector<DecimatedSeries>& gradientNorms() const { return m_gradientNorms; }
    const std::vector<DecimatedSeries>& updateRatios() const { return m_updateRatios; }

private:
    std::vector<DecimatedSeries> m_gradientNorms;
    std::vector<DecimatedSeries> m_updateRatios;
    std::int64_t m_lastProbeStep = -1;
    std::int64_t m_probeStride = 1;  // the trainer probes this many intervals apart
};

}  // namespace layerlab
