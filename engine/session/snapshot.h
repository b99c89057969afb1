// What the UI reads: an immutable picture of training at one moment. The worker publishes
// a new one as a shared_ptr<const TrainingSnapshot> (latest wins, never a queue); widgets
// keep the pointer and draw from it.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "core/message.h"
#include "model/model.h"
#include "analysis/pictures.h"
#include "analysis/probes.h"
#include "diagnosis/breakpoints.h"
#include "diagnosis/finding.h"
#include "training/trainer.h"

namespace layerlab {

// A bounded record of a per-step series: keeps every point until it holds `capacity`, then
// halves itself by averaging neighbours and keeps a doubled stride from then on. Its size
// stays below capacity however long training runs, and its shape stays faithful.
//
// Copies are cheap and safe to read on another thread: the points live in a buffer that
// only ever grows at its end, and a copy (the snapshot the UI reads) shares it and reads its
// own first size() points while the original goes on appending after them. Whatever would
// change a shared point (halving, clearing, outgrowing the buffer) starts a new buffer, and
// a copy that appends starts its own.
class DecimatedSeries {
public:
    explicit DecimatedSeries(size_t capacity = 8192) : m_capacity(capacity) {}
    DecimatedSeries(const DecimatedSeries& other);
    DecimatedSeries& operator=(const DecimatedSeries& other);
    DecimatedSeries(DecimatedSeries&&) noexcept = default;
    DecimatedSeries& operator=(DecimatedSeries&&) noexcept = default;

    // `count` > 1: the value stands for that many consecutive values (a caller that samples
    // every stride() values instead of measuring each).
    void add(std::int64_t step, float value, std::int64_t count = 1);
    // How many values each new point averages: 1 until the series first fills up.
    std::int64_t stride() const { return m_stride; }
    void clear();
    std::span<const std::int64_t> steps() const { return {m_steps, m_size}; }
    std::span<const float> values() const { return {m_values, m_size}; }
    size_t size() const { return m_size; }

private:
    struct Buffer {
        Buffer(std::uint64_t owner, size_t room);
        const std::uint64_t owner;  // the one series that may append to it
        std::vector<std::int64_t> steps;
        std::vector<float> values;
    };
    static std::uint64_t newOwner();
    void append(std::int64_t step, float value);
    // A buffer this series owns with room for one more point, holding its points.
    void makeRoom();

    size_t m_capacity;
    std::uint64_t m_owner = newOwner();  // copies get their own
    std::shared_ptr<Buffer> m_buffer;
    // The buffer's first m_size points, read without touching its vectors (which the owner
    // may be appending to on another thread).
    const std::int64_t* m_steps = nullptr;
    const float* m_values = nullptr;
    size_t m_size = 0;
    std::int64_t m_stride = 1;
    std::int64_t m_pendingCount = 0;
    double m_pendingSum = 0;
};

// Whole probe reports over time (distributions included), oldest first: what the timeline
// replays and what the doctor reads. Bounded (kTimelineFrames) and shared between
// snapshots; a frame never changes once recorded.
using ProbeFrames = std::vector<std::shared_ptr<const ProbeReport>>;
constexpr size_t kTimelineFrames = 256;

// A hyper-parameter changed while training: marked on the loss chart.
struct ChangeMark {
    std::int64_t step = 0;
    Message description;  // "learning rate 0.03 -> 0.01" (describeConfigChange)
};

// A snapshot carries at most this many epochs of history: a toy net finishes thousands of
// epochs a second, and copying (and charting) all of them 30 times a second would stall
// both threads.
constexpr size_t kSnapshotEpochs = 2048;

// At most `limit` entries of `history`, evenly spaced, always with the first and the last;
// confusion matrices are kept for the last entry only.
std::vector<EpochMetrics> thinnedHistory(const std::vector<EpochMetrics>& history, size_t limit);

// The finished epochs a snapshot shows, read like a const vector. Immutable and shared: the
// snapshots published between two epoch ends share one copy instead of making their own.
class EpochHistory {
public:
    EpochHistory() = default;
    EpochHistory(std::vector<EpochMetrics> epochs)  // NOLINT: a vector is a history
        : m_epochs(std::make_shared<const std::vector<EpochMetrics>>(std::move(epochs)))
    {
    }
    const std::vector<EpochMetrics>& epochs() const { return m_epochs ? *m_epochs : none(); }
    auto begin() const { return epochs().begin(); }
    auto end() const { return epochs().end(); }
    auto rbegin() const { return epochs().rbegin(); }
    auto rend() const { return epochs().rend(); }
    size_t size() const { return epochs().size(); }
    bool empty() const { return epochs().empty(); }
    const EpochMetrics& back() const { return epochs().back(); }
    const EpochMetrics& operator[](size_t i) const { return epochs()[i]; }

private:
    static const std::vector<EpochMetrics>& none()
    {
        static const std::vector<EpochMetrics> empty;
        return empty;
    }
    std::shared_ptr<const std::vector<EpochMetrics>> m_epochs;
};

struct TrainingSnapshot {
    std::int64_t step = 0;
    int epoch = 0;                      // epochs finished
    double epochProgress = 0;           // of the current epoch, 0..1
    std::int64_t stepsPerEpoch = 0;
    std::int64_t samplesPerEpoch = 0;   // training samples in one epoch
    TrainerState state = TrainerState::Ready;
    bool playing = false;
    std::optional<Divergence> divergence;
    double samplesPerSecond = 0;
    float learningRate = 0;
    DecimatedSeries stepLoss;                     // training loss per mini-batch
    EpochHistory history;                         // one entry per finished epoch (thinned)
    std::vector<ChangeMark> changes;
    ProbeReport probes;                           // the latest probes
    // Per layer, the gradient norm and update ratio over time (decimated), for the
    // gradient view: gradientNorms[layer], updateRatios[layer].
    std::vector<DecimatedSeries> gradientNorms;
    std::vector<DecimatedSeries> updateRatios;
    // Distributions over time (never null once a trainer exists).
    std::shared_ptr<const ProbeFrames> timeline;
    // The doctor's findings (diagnose.h) as of `diagnosisStep`, most severe first; shared with
    // the snapshots before and after until a diagnosis says something else.
    std::shared_ptr<const std::vector<Finding>> findings;
    std::int64_t diagnosisStep = -1;
    // The run paused on a breakpoint (TrainingSession::setBreakpoints) at this step; cleared
    // when it plays or steps again.
    std::optional<BreakpointHit> breakpoint;
    Model model;                                  // a copy of the weights at `step`
    bool weightsFinite = true;                    // no NaN or Inf among them (else only Reset helps)
    std::string taskDescription;                  // what the data is, for titles
    bool classification = true;                   // the data's task: classes, or regression
    // What the views on screen asked for (TrainingSession::setPictureRequest), made from
    // these weights or from recent ones while training (their step says which); shared
    // with the snapshots before and after as long as nothing changed.
    std::shared_ptr<const Pictures> pictures;
};

}  // namespace layerlab
