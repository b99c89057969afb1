// Epoch bookkeeping: adds up an epoch's mini-batches, and at its end records the epoch's
// metrics, reduces the learning rate on a plateau and decides on early stopping. Both watch
// the validation loss, or the training loss when there is no validation split.
#pragma once

#include <cstdint>
#include <limits>
#include <vector>

#include "data/dataset.h"
#include "model/model.h"
#include "training/metrics.h"
#include "training/train_config.h"

namespace layerlab {

struct EpochMetrics {
    int epoch = 0;            // 1-based: the epoch just finished
    std::int64_t step = 0;    // steps done when it finished
    Metrics train;            // averaged over the epoch's mini-batches, as Keras reports
    Metrics validation;       // whole validation split after the epoch (samples 0 if none)
    float learningRate = 0;
    double seconds = 0;       // wall time of the epoch's steps
};

// The per-epoch history keeps every epoch up to this many; beyond, it is thinned to every
// other epoch (a toy net at full speed can finish thousands of epochs a second).
constexpr size_t kMaxHistoryEpochs = 100'000;

enum class EpochVerdict { Continue, StopEarly };

class EpochTracker {
public:
    void addBatch(const MetricSums& sums, double seconds);
    // Closes the epoch. `epoch` comes with its number, step, validation metrics and learning
    // rate; the training metrics and the time are added here. When early stopping ends the
    // run and the config asks for it, the best weights seen are put back into `model`.
    EpochVerdict finishEpoch(EpochMetrics epoch, Task task, Index samplesPerEpoch, Model& model,
                             const TrainConfig& config);
    // A run that stopped early and is resumed gets its full patience again.
    void restartPatience() { m_epochsWithoutImprovement = 0; }

    // What reduce-on-plateau multiplies the scheduled learning rate by (1 until a plateau).
    float plateauFactor() const { return m_plateauFactor; }
    // Over the current epoch once it has run a moment, else over the last completed epoch.
    double samplesPerSecond(Index samplesThisEpoch) const;
    const std::vector<EpochMetrics>& history() const { return m_history; }

private:
    void reduceOnPlateau(double monitored, const TrainConfig& config);
    EpochVerdict stopEarly(double monitored, Model& model, const TrainConfig& config);

    MetricSums m_sums;                     // of the current epoch
    double m_seconds = 0;                  // of the current epoch
    double m_lastEpochSamplesPerSecond = 0;
    std::vector<EpochMetrics> m_history;
    float m_plateauFactor = 1.0f;
    double m_plateauBest = std::numeric_limits<double>::infinity();
    int m_plateauWait = 0;
    double m_bestLoss = std::numeric_limits<double>::infinity();
    int m_epochsWithoutImprovement = 0;
    Vector m_bestParameters;               // kept only when early stopping restores them
    Vector m_bestState;
};

}  // namespace layerlab
