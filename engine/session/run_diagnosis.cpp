#include "session/run_diagnosis.h"

namespace layerlab {

namespace {

SeriesView view(const DecimatedSeries& series) { return {series.steps(), series.values()}; }

}  // namespace

void RunObserver::reset(Trainer* trainer, const Project& project, const std::shared_ptr<const PreparedData>& data)
{
    m_project = project;
    if (data != m_data) {
        m_data = data;
        m_inputs = data ? featureStatistics(data->train) : std::vector<FeatureStatistics>{};
    }
    m_stepLoss.clear();
    m_lastLossStep = trainer ? trainer->stepCount() : 0;
    m_probes.reset(trainer);
}

bool RunObserver::afterStep(Trainer& trainer, const StepResult& result)
{
    // a step that was not taken (a stopped run, a diverged step) leaves the count where it was
    if (result.step > m_lastLossStep) {
        m_stepLoss.add(result.step, float(result.loss));
        m_lastLossStep = result.step;
    }
    return m_probes.record(trainer);
}

std::vector<Finding> RunObserver::diagnose(const Trainer& trainer) const
{
    RunRecord run;
    run.project = &m_project;
    const Dataset& train = trainer.trainData();
    run.task = train.task;
    run.classes = train.classCount;
    run.outputUnits = int(trainer.model().outputShape().size());
    run.inputs = m_inputs;
    for (const DecimatedSeries& s : m_probes.gradientNorms())
        run.gradientNorms.push_back(view(s));
    for (const DecimatedSeries& s : m_probes.updateRatios())
        run.updateRatios.push_back(view(s));
    run.frames = *m_probes.frames();
    run.epochs = trainer.history();
    run.stepLoss = view(m_stepLoss);
    run.divergence = trainer.divergence();
    run.step = trainer.stepCount();
    run.stepsPerEpoch = trainer.stepsPerEpoch();
    return layerlab::diagnose(run);
}

}  // namespace layerlab
