#include "training/epoch_tracker.h"

#include <algorithm>

namespace layerlab {

void EpochTracker::addBatch(const MetricSums& sums, double seconds)
{
    m_sums.merge(sums);
    m_seconds += seconds;
}

double EpochTracker::samplesPerSecond(Index samplesThisEpoch) const
{
    if (m_seconds > 0.05 && samplesThisEpoch > 0)
        return double(samplesThisEpoch) / m_seconds;
    return m_lastEpochSamplesPerSecond;
}

EpochVerdict EpochTracker::finishEpoch(EpochMetrics epoch, Task task, Index samplesPerEpoch, Model& model,
                                       const TrainConfig& config)
{
    epoch.train = m_sums.finish(task);
    epoch.train.confusion.clear();  // shown for validation only; not worth keeping per epoch
    epoch.seconds = m_seconds;
    m_lastEpochSamplesPerSecond = m_seconds > 0 ? double(samplesPerEpoch) / m_seconds : 0;
    m_history.push_back(epoch);
    if (m_history.size() > kMaxHistoryEpochs) {
        // Keep memory bounded on endless toy runs: drop every other epoch but the last.
        std::vector<EpochMetrics> kept;
        kept.reserve(m_history.size() / 2 + 1);
        for (size_t i = 0; i + 1 < m_history.size(); i += 2)
            kept.push_back(m_history[i]);
        kept.push_back(m_history.back());
        m_history.swap(kept);
    }
    m_sums = {};
    m_seconds = 0;

    const double monitored = epoch.validation.samples > 0 ? epoch.validation.loss : epoch.train.loss;
    reduceOnPlateau(monitored, config);
    return stopEarly(monitored, model, config);
}

void EpochTracker::reduceOnPlateau(double monitored, const TrainConfig& config)
{
    if (!config.plateau.enabled)
        return;
    if (monitored < m_plateauBest) {
        m_plateauBest = monitored;
        m_plateauWait = 0;
    } else if (++m_plateauWait >= config.plateau.patience) {
        // never below plateau.minRate: the factor is relative to the configured rate
        const float base = config.optimizer.learningRate;
        const float minFactor = base > 0 ? config.plateau.minRate / base : 0.0f;
        m_plateauFactor = std::max(m_plateauFactor * config.plateau.factor, minFactor);
        m_plateauWait = 0;
    }
}

EpochVerdict EpochTracker::stopEarly(double monitored, Model& model, const TrainConfig& config)
{
    const auto& early = config.earlyStopping;
    if (monitored < m_bestLoss - early.minDelta) {
        m_bestLoss = monitored;
        m_epochsWithoutImprovement = 0;
        if (early.enabled && early.restoreBest) {
            m_bestParameters = model.parameters();
            m_bestState = model.state();
        }
    } else if (early.enabled && ++m_epochsWithoutImprovement >= early.patience) {
        if (early.restoreBest && m_bestParameters.size() == model.parameterCount()) {
            model.parameters() = m_bestParameters;
            model.state() = m_bestState;
        }
        return EpochVerdict::StopEarly;
    }
    return EpochVerdict::Continue;
}

}  // namespace layerlab
