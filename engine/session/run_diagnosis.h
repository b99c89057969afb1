// The doctor at a run's side: keeps what a diagnosis reads while a trainer trains (the
// mini-batch losses, the probe series and the timeline, the inputs' statistics) and asks
// diagnose() about it. The session keeps one for its run; the CLI and the tests keep one
// beside the Trainer they drive.
#pragma once

#include <memory>
#include <vector>

#include "diagnosis/diagnose.h"
#include "session/probe_history.h"
#include "training/trainer.h"

namespace layerlab {

class RunObserver {
public:
    // A new trainer (or none) for `project` on `data`: empty records. The inputs' statistics
    // are computed again only when the data is another.
    void reset(Trainer* trainer, const Project& project, const std::shared_ptr<const PreparedData>& data);
    // After trainer.step(): records the loss and the probes. Returns true when a timeline
    // frame was added (the step's distributions were measured).
    bool afterStep(Trainer& trainer, const StepResult& result);
    // A new config (learning rate, loss...) applies from now on; the records stay.
    void setProject(const Project& project) { m_project = project; }

    // The findings about the run so far.
    std::vector<Finding> diagnose(const Trainer& trainer) const;

    const DecimatedSeries& stepLoss() const { return m_stepLoss; }
    const ProbeHistory& probes() const { return m_probes; }
    const Project& project() const { return m_project; }

private:
    Project m_project;
    std::shared_ptr<const PreparedData> m_data;
    std::vector<FeatureStatistics> m_inputs;
    DecimatedSeries m_stepLoss;
    std::int64_t m_lastLossStep = 0;
    ProbeHistory m_probes;
};

}  // namespace layerlab
