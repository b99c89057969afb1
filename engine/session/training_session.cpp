#include "session/training_session.h"

#include <algorithm>
#include <cctype>

#include "core/error.h"
#include "layers/layer_factory.h"
#include "session/build_trainer.h"

namespace layerlab {

namespace {

// A hyper-parameter's setting as it reads in a change mark: "0.03", "L2 1e-04", "off".
MessageArg setting(double value) { return MessageArg::value(value); }
MessageArg setting(std::string_view name) { return MessageArg::name(std::string(name)); }
MessageArg setting(Message message) { return MessageArg::message(std::move(message)); }
MessageArg setting(MessageArg arg) { return arg; }

Message penaltyText(const Regularization& r)
{
    switch (r.kind) {
    case Penalty::None: break;
    //: a regularisation: L1 with its rate
    case Penalty::L1: return engineMessage(QT_TRANSLATE_NOOP("Engine", "L1 %1"), MessageArg::value(r.rate));
    //: a regularisation: L2 with its rate
    case Penalty::L2: return engineMessage(QT_TRANSLATE_NOOP("Engine", "L2 %1"), MessageArg::value(r.rate));
    }
    //: no regularisation, in "regularisation none -> L2 1e-04"
    return engineMessage(QT_TRANSLATE_NOOP("Engine", "none"));
}

Message clippingText(const Clipping& c)
{
    const bool norm = c.globalNorm > 0, value = c.value > 0;
    if (norm && value)
        //: gradient clipping at a global norm %1 and at a value %2
        return engineMessage(QT_TRANSLATE_NOOP("Engine", "norm %1, value %2"), MessageArg::value(c.globalNorm),
                             MessageArg::value(c.value));
    if (norm)
        //: gradient clipping at a global norm
        return engineMessage(QT_TRANSLATE_NOOP("Engine", "norm %1"), MessageArg::value(c.globalNorm));
    if (value)
        //: gradient clipping at a value
        return engineMessage(QT_TRANSLATE_NOOP("Engine", "value %1"), MessageArg::value(c.value));
    //: no gradient clipping, in "clipping off -> norm 1"
    return engineMessage(QT_TRANSLATE_NOOP("Engine", "off"));
}

// Parameter and state layouts of one layer: two layers correspond when these are equal.
bool sameLayout(const Layer& a, const Layer& b)
{
    if (a.spec().kind != b.spec().kind)
        return false;
    auto sameInfos = [](const std::vector<ParamInfo>& x, const std::vector<ParamInfo>& y) {
        return std::equal(x.begin(), x.end(), y.begin(), y.end(), [](const ParamInfo& p, const ParamInfo& q) {
            return p.rows == q.rows && p.cols == q.cols;
        });
    };
    return sameInfos(a.parameters(), b.parameters()) && sameInfos(a.stateBuffers(), b.stateBuffers());
}

}  // namespace

// ---------------------------------------------------------------------------------------
// Helpers

int copyMatchingWeights(const Model& from, Model& to)
{
    // Weighted longest common subsequence over the two layer lists: a pair of layers with
    // the same layout scores 1 (2 when the whole spec is unchanged), so an inserted or
    // removed layer leaves every other layer paired with its old self.
    const int n = from.layerCount();
    const int m = to.layerCount();
    auto score = [&](int i, int j) {
        if (!sameLayout(from.layer(i), to.layer(j)))
            return 0;
        return from.layer(i).spec() == to.layer(j).spec() ? 2 : 1;
    };
    std::vector<std::vector<int>> best(size_t(n + 1), std::vector<int>(size_t(m + 1), 0));
    for (int i = n - 1; i >= 0; --i)
        for (int j = m - 1; j >= 0; --j) {
            int b = std::max(best[size_t(i + 1)][size_t(j)], best[size_t(i)][size_t(j + 1)]);
            if (const int s = score(i, j))
                b = std::max(b, s + best[size_t(i + 1)][size_t(j + 1)]);
            best[size_t(i)][size_t(j)] = b;
        }
    int kept = 0;
    for (int i = 0, j = 0; i < n && j < m;) {
        const int s = score(i, j);
        if (s && best[size_t(i)][size_t(j)] == s + best[size_t(i + 1)][size_t(j + 1)]) {
            to.parameters().segment(to.layerParameterOffset(j), to.layerParameterCount(j)) =
                from.parameters().segment(from.layerParameterOffset(i), from.layerParameterCount(i));
            const Index states = to.layerStateCount(j);
            to.state().segment(to.layerStateOffset(j), states) = from.state().segment(from.layerStateOffset(i), states);
            if (to.layerParameterCount(j) > 0 || states > 0)
                ++kept;
            ++i;
            ++j;
        } else if (best[size_t(i + 1)][size_t(j)] >= best[size_t(i)][size_t(j + 1)]) {
            ++i;
        } else {
            ++j;
        }
    }
    return kept;
}

Message describeConfigChange(const TrainConfig& a, const TrainConfig& b)
{
    // Each change is one template ("learning rate %1 -> %2"); two or more are joined by
    // "%1; %2". A change is what a learner would see: the settings as the mark shows them.
    std::vector<Message> parts;
    auto add = [&](const char* text, const auto& before, const auto& after) {
        MessageArg from = setting(before), to = setting(after);
        if (formatArg(from) != formatArg(to))  // a change the mark would not show is none
            parts.push_back(engineMessage(text, std::move(from), std::move(to)));
    };
    //: a change of a hyper-parameter while training, marked on the loss chart: old value -> new value
    add(QT_TRANSLATE_NOOP("Engine", "learning rate %1 -> %2"), double(a.optimizer.learningRate),
        double(b.optimizer.learningRate));
    //: %1 and %2 are optimizers' names (SGD, Adam...)
    add(QT_TRANSLATE_NOOP("Engine", "optimizer %1 -> %2"), optimizerName(a.optimizer.kind),
        optimizerName(b.optimizer.kind));
    add(QT_TRANSLATE_NOOP("Engine", "momentum %1 -> %2"), double(a.optimizer.momentum), double(b.optimizer.momentum));
    add(QT_TRANSLATE_NOOP("Engine", "batch size %1 -> %2"), MessageArg::count(a.batchSize),
        MessageArg::count(b.batchSize));
    //: %1 and %2 are losses' names (mse, binary_crossentropy...)
    add(QT_TRANSLATE_NOOP("Engine", "loss %1 -> %2"), lossName(a.loss), lossName(b.loss));
    //: %1 and %2 are regularisations: none, L2 1e-04
    add(QT_TRANSLATE_NOOP("Engine", "regularisation %1 -> %2"), penaltyText(a.regularization),
        penaltyText(b.regularization));
    //: gradient clipping; %1 and %2 are: off, norm 1, value 0.5
    add(QT_TRANSLATE_NOOP("Engine", "clipping %1 -> %2"), clippingText(a.clipping), clippingText(b.clipping));
    //: the learning-rate schedule; %1 and %2 are schedules' names (constant, step, cosine...)
    add(QT_TRANSLATE_NOOP("Engine", "schedule %1 -> %2"), scheduleName(a.schedule.kind),
        scheduleName(b.schedule.kind));
    add(QT_TRANSLATE_NOOP("Engine", "epochs %1 -> %2"), MessageArg::count(a.epochs), MessageArg::count(b.epochs));
    if (parts.empty())
        return {};
    Message text = std::move(parts.front());
    for (size_t i = 1; i < parts.size(); ++i)
        //: joins two changes of hyper-parameters: "learning rate 0.03 -> 0.01; batch size 32 -> 64"
        text = engineMessage(QT_TRANSLATE_NOOP("Engine", "%1; %2"), MessageArg::message(std::move(text)),
                             MessageArg::message(std::move(parts[i])));
    return text;
}

// ---------------------------------------------------------------------------------------
// Commands (any thread)

TrainingSession::TrainingSession()
    : m_snapshot(std::make_shared<const TrainingSnapshot>()),
      m_status(std::make_shared<const SessionStatus>())
{
}

TrainingSession::~TrainingSession() = default;

TrainingSession::Ticket TrainingSession::post(Command command)
{
    Ticket ticket = 0;
    {
        const std::lock_guard lock(m_queueMutex);
        ticket = command.ticket = ++m_lastTicket;
        m_queue.push_back(std::move(command));
    }
    m_queueChanged.notify_one();
    return ticket;
}

TrainingSession::Ticket TrainingSession::play() { return post(Command(Command::Kind::Play)); }
TrainingSession::Ticket TrainingSession::pause() { return post(Command(Command::Kind::Pause)); }
TrainingSession::Ticket TrainingSession::stepBatch() { return post(Command(Command::Kind::Step)); }
TrainingSession::Ticket TrainingSession::stepEpoch() { return post(Command(Command::Kind::StepEpoch)); }
TrainingSession::Ticket TrainingSession::reset() { return post(Command(Command::Kind::Reset)); }
TrainingSession::Ticket TrainingSession::stop() { return post(Command(Command::Kind::Stop)); }

TrainingSession::Ticket TrainingSession::setPace(double stepsPerSecond)
{
    Command c(Command::Kind::SetPace);
    c.pace = stepsPerSecond > 0 ? stepsPerSecond : 0;
    return post(std::move(c));
}

TrainingSession::Ticket TrainingSession::setPictureRequest(const PictureRequest& request)
{
    Command c(Command::Kind::SetPictures);
    c.pictures = request;
    return post(std::move(c));
}

TrainingSession::Ticket TrainingSession::setBreakpoints(const Breakpoints& breakpoints)
{
    Command c(Command::Kind::SetBreakpoints);
    c.breakpoints = breakpoints;
    return post(std::move(c));
}

TrainingSession::Ticket TrainingSession::setConfig(const TrainConfig& config)
{
    Command c(Command::Kind::SetConfig);
    c.config = config;
    return post(std::move(c));
}

TrainingSession::Ticket TrainingSession::setProject(const Project& project, std::uint64_t revision)
{
    Command c(Command::Kind::SetProject);
    c.project = project;
    c.revision = revision;
    return post(std::move(c));
}

TrainingSession::Ticket TrainingSession::loadProject(const Project& project, std::uint64_t revision)
{
    Command c(Command::Kind::LoadProject);
    c.project = project;
    c.revision = revision;
    return post(std::move(c));
}

std::shared_ptr<const TrainingSnapshot> TrainingSession::snapshot() const
{
    const std::lock_guard lock(m_publishMutex);
    return m_snapshot;
}

std::shared_ptr<const SessionStatus> TrainingSession::status() const
{
    const std::lock_guard lock(m_publishMutex);
    return m_status;
}

TrainingSession::Ticket TrainingSession::appliedThrough() const
{
    const std::lock_guard lock(m_publishMutex);
    return m_publishedTicket;
}

TrainingSession::Latest TrainingSession::latest() const
{
    const std::lock_guard lock(m_publishMutex);
    return {m_snapshot, m_status, m_publishedTicket};
}

// ---------------------------------------------------------------------------------------
// The worker thread

void TrainingSession::run()
{
    for (;;) {
        std::deque<Command> commands;
        {
            std::unique_lock lock(m_queueMutex);
            if (m_mode == Mode::Paused)
                m_queueChanged.wait(lock, [this] { return !m_queue.empty(); });
            commands.swap(m_queue);
        }
        bool stopping = false;
        bool statusChanged = false;
        for (size_t i = 0; i < commands.size(); ++i) {
            Command& c = commands[i];
            m_appliedTicket = c.ticket;
            if (c.kind == Command::Kind::Stop) {
                stopping = true;
                break;
            }
            // An edit followed at once by another edit: only the last one is worth building.
            if (c.kind == Command::Kind::SetProject && i + 1 < commands.size() &&
                commands[i + 1].kind == Command::Kind::SetProject)
                continue;
            statusChanged |= c.kind == Command::Kind::SetProject || c.kind == Command::Kind::LoadProject ||
                             c.kind == Command::Kind::SetConfig;
            apply(c);
        }
        if (statusChanged) {
            updatePlane();
            publishStatus();
        }
        if (!commands.empty()) {
            updatePictures();
            updateFindings();
            publishSnapshot();
        }
        if (stopping)
            return;
        if (m_mode != Mode::Paused && stepIsDue()) {
            trainOneStep();
            // A paced run takes few steps and each one should show (it may wait long).
            if (m_mode == Mode::Paused || m_pace > 0 ||
                std::chrono::steady_clock::now() - m_lastPublish >= kPublishInterval) {
                updatePictures();
                updateFindings();
                publishSnapshot();
            }
        }
    }
}

bool TrainingSession::canTrain() const
{
    return m_trainer && m_state.ready && m_trainer->state() == TrainerState::Ready;
}

void TrainingSession::apply(Command& c)
{
    using Kind = Command::Kind;
    switch (c.kind) {
    case Kind::Play:
        if (m_trainer && m_state.ready) {
            const TrainerState s = m_trainer->state();
            // After a fix (a lower learning rate) a diverged run may continue; resume()
            // refuses when the weights themselves are Inf/NaN, and then only Reset helps.
            if (s == TrainerState::Diverged || s == TrainerState::EarlyStopped)
                m_trainer->resume();
        }
        m_mode = canTrain() ? Mode::Playing : Mode::Paused;
        break;
    case Kind::Pause:
        m_mode = Mode::Paused;
        break;
    case Kind::Step:
        m_mode = Mode::Paused;
        if (canTrain())
            trainOneStep();
        break;
    case Kind::StepEpoch:
        m_mode = canTrain() ? Mode::UntilEpochEnd : Mode::Paused;
        break;
    case Kind::Reset:
        m_mode = Mode::Paused;
        ++m_weightsVersion;
        if (m_trainer && m_state.ready) {
            m_trainer->reset(m_project.seed);
            clearSeries();
        }
        break;
    case Kind::SetConfig:
        applyConfig(c.config);
        break;
    case Kind::SetProject:
        ++m_weightsVersion;
        rebuild(c.project, c.revision, false);
        break;
    case Kind::LoadProject:
        ++m_weightsVersion;
        m_mode = Mode::Paused;
        m_trainer.reset();
        rebuild(c.project, c.revision, true);
        break;
    case Kind::SetPace:
        m_pace = c.pace;
        m_nextStep = std::chrono::steady_clock::now();
        break;
    case Kind::SetPictures:
        m_pictureRequest = c.pictures;
        break;
    case Kind::SetBreakpoints:
        m_breakpoints = c.breakpoints;
        break;
    case Kind::Stop:
        break;
    }
}

bool TrainingSession::stepIsDue()
{
    if (m_pace <= 0 || m_mode == Mode::UntilEpochEnd)
        return true;
    const auto now = std::chrono::steady_clock::now();
    if (now < m_nextStep) {
        // Not yet: wait for the step's time, or for a command, whichever comes first.
        std::unique_lock lock(m_queueMutex);
        m_queueChanged.wait_until(lock, m_nextStep, [this] { return !m_queue.empty(); });
        return false;
    }
    // The step after this one is due one interval later (counted from now when training
    // fell behind, so that it does not rush to catch up).
    const auto interval = std::chrono::duration_cast<std::chrono::steady_clock::duration>(
        std::chrono::duration<double>(1.0 / m_pace));
    m_nextStep = std::max(m_nextStep, now) + interval;
    return true;
}

void TrainingSession::applyConfig(const TrainConfig& config)
{
    const TrainConfig before = m_project.training;
    m_project.training = config;
    // While the current model is broken the trainer belongs to an older one: the new config
    // waits for the next rebuild.
    if (!m_trainer || !m_trainerCurrent)
        return;
    try {
        m_trainer->setConfig(config);
    } catch (const SpecError& e) {
        m_mode = Mode::Paused;
        m_state.ready = false;
        m_state.problem = e.message();
        m_state.problemLayer = e.layer;
        return;
    }
    m_state.ready = true;
    m_state.problem = {};
    m_state.problemLayer = -1;
    m_observer.setProject(m_project);
    if (m_trainer->state() == TrainerState::Finished && m_trainer->epoch() < config.epochs)
        m_trainer->resume();  // more epochs were asked for: the run can go on
    if (Message change = describeConfigChange(before, config); change.text && m_trainer->stepCount() > 0)
        m_changes.push_back({m_trainer->stepCount(), std::move(change)});
}

void TrainingSession::rebuild(const Project& project, std::uint64_t revision, bool useSavedWeights)
{
    const bool sameSeed = project.seed == m_project.seed;
    m_project = project;
    m_trainerCurrent = false;
    m_state = SessionStatus{};
    m_state.revision = revision;
    auto fail = [&](Message problem, int layer) {
        m_mode = Mode::Paused;
        m_state.problem = std::move(problem);
        m_state.problemLayer = layer;
    };

    if (!m_data || m_dataSpec != project.data || m_dataSeed != project.seed) {
        m_data.reset();
        // Loading a large data set takes a moment: say so before starting.
        m_state.building = true;
        publishStatus();
        m_state.building = false;
        try {
            m_data = std::make_shared<const PreparedData>(prepareData(project.data, project.seed));
            m_dataSpec = project.data;
            m_dataSeed = project.seed;
        } catch (const Error& e) {  // DataError
            return fail(e.message(), -1);
        } catch (const std::exception& e) {  // a data set too large for memory
            return fail(verbatimMessage(e.what()), -1);
        }
    }
    m_state.data = m_data;

    try {
        const SavedWeightsUse saved = useSavedWeights ? SavedWeightsUse::IfTheyFit : SavedWeightsUse::Ignore;
        auto trainer = buildTrainer(project, m_data, saved);
        if (!useSavedWeights && m_trainer && sameSeed)
            copyMatchingWeights(m_trainer->model(), trainer->model());
        m_trainer = std::move(trainer);
    } catch (const SpecError& e) {
        return fail(e.message(), e.layer);
    } catch (const Error& e) {  // ProjectFileError: saved weights that must fit and do not
        return fail(e.message(), -1);
    } catch (const std::exception& e) {
        return fail(verbatimMessage(e.what()), -1);
    }
    m_state.ready = true;
    m_trainerCurrent = true;
    clearSeries();
    if (m_mode != Mode::Paused && !canTrain())
        m_mode = Mode::Paused;
}

void TrainingSession::clearSeries()
{
    m_observer.reset(m_trainer.get(), m_project, m_data);
    m_changes.clear();
    m_breakpointHit.reset();
    m_breakpointsMet = 0;
}

// The input plane is drawn again from the generator: once per prepared data set.
void TrainingSession::updatePlane()
{
    if (m_data != m_planeData) {
        m_planeData = m_data;
        m_plane.reset();
        if (m_data)
            if (auto plane = inputPlane(m_dataSpec, m_dataSeed, *m_data))
                m_plane = std::make_shared<const InputPlane>(std::move(*plane));
    }
    m_state.plane = m_data ? m_plane : nullptr;
}

void TrainingSession::updatePictures()
{
    if (m_pictureRequest.empty() || !m_trainer || !m_trainerCurrent) {
        m_pictures.reset();
        return;
    }
    const std::int64_t step = m_trainer->stepCount();
    const bool sameQuestion = m_pictures && m_pictures->request == m_pictureRequest &&
                              m_pictures->weightsVersion == m_weightsVersion;
    if (sameQuestion && m_pictures->step == step)
        return;
    // While training, pictures of slightly older weights are fine: they wait for their
    // turn so that drawing them never takes much from training. A new question (a view
    // shown, an edit, a reset) or a paused run is answered at once.
    const auto now = std::chrono::steady_clock::now();
    if (sameQuestion && m_mode != Mode::Paused && now < m_nextPictures)
        return;
    // the samples the app shows: the validation split, or the training split without one
    const Matrix* samples = !m_data ? nullptr
                            : m_data->validation.sampleCount() > 0 ? &m_data->validation.inputs
                                                                   : &m_data->train.inputs;
    const PictureSources sources{m_plane.get(), samples};
    auto pictures = std::make_shared<Pictures>(computePictures(m_trainer->model(), sources, m_pictureRequest));
    pictures->weightsVersion = m_weightsVersion;
    pictures->step = step;
    m_pictures = std::move(pictures);
    const auto cost = std::chrono::steady_clock::now() - now;
    m_nextPictures = now + std::max<std::chrono::steady_clock::duration>(kPictureInterval, cost * kPictureCostRatio);
}

void TrainingSession::trainOneStep()
{
    m_breakpointHit.reset();
    const StepResult r = m_trainer->step();
    const bool framed = m_observer.afterStep(*m_trainer, r);
    // A diverged, finished or early-stopped run pauses itself.
    if (r.state != TrainerState::Ready || (r.epochEnded && m_mode == Mode::UntilEpochEnd))
        m_mode = Mode::Paused;
    if (m_breakpoints.empty() || m_mode == Mode::Paused)
        return;
    // Breakpoints, each checked when what it watches was just measured.
    const ProbeReport& norms = m_trainer->probeNorms();
    if (norms.step == m_trainer->stepCount())
        pauseAt(checkGradientBreakpoints(m_breakpoints, norms), BreakpointWatch::Gradients);
    if (framed && m_mode != Mode::Paused)
        pauseAt(checkDistributionBreakpoints(m_breakpoints, *m_observer.probes().frames()->back()),
                BreakpointWatch::Distributions);
    if (r.epochEnded && m_mode != Mode::Paused)
        pauseAt(checkEpochBreakpoints(m_breakpoints, m_trainer->history()), BreakpointWatch::Epochs);
    // A finding breakpoint needs a diagnosis: as often as the doctor runs anyway (a toy net
    // ends an epoch every few steps: a diagnosis at each would cost more than training).
    if (!m_breakpoints.findings.empty() && m_mode != Mode::Paused &&
        std::chrono::steady_clock::now() >= m_nextDiagnosis) {
        const auto before = m_findings;
        updateFindings();
        pauseAt(checkFindingBreakpoints(m_breakpoints, *before, *m_findings, m_trainer->stepCount()),
                BreakpointWatch::Findings);
    }
}

// A condition pauses the run when it becomes true, not at every step it stays true: Play
// after a breakpoint goes on until the condition clears and is met again (as a debugger's
// conditional breakpoint on a value that changes). New findings are new by definition.
void TrainingSession::pauseAt(const std::optional<BreakpointHit>& hit, BreakpointWatch watch)
{
    const auto bit = 1u << unsigned(watch);
    if (!hit) {
        m_breakpointsMet &= ~bit;
        return;
    }
    if (watch != BreakpointWatch::Findings && (m_breakpointsMet & bit))
        return;
    m_breakpointsMet |= bit;
    m_breakpointHit = hit;
    m_mode = Mode::Paused;
}

void TrainingSession::updateFindings()
{
    if (!m_trainer || !m_trainerCurrent) {
        if (!m_findings->empty())
            m_findings = std::make_shared<const std::vector<Finding>>();
        m_findingsStep = -1;
        return;
    }
    const std::int64_t step = m_trainer->stepCount();
    if (step == m_findingsStep && m_findingsVersion == m_weightsVersion)
        return;
    // While training the doctor waits its turn; a paused run is diagnosed at once.
    const auto now = std::chrono::steady_clock::now();
    if (m_mode != Mode::Paused && now < m_nextDiagnosis && m_findingsVersion == m_weightsVersion)
        return;
    std::vector<Finding> findings = m_observer.diagnose(*m_trainer);
    if (findings != *m_findings)
        m_findings = std::make_shared<const std::vector<Finding>>(std::move(findings));
    m_findingsStep = step;
    m_findingsVersion = m_weightsVersion;
    m_nextDiagnosis = now + kDiagnosisInterval;
}

void TrainingSession::publishSnapshot()
{
    auto s = std::make_shared<TrainingSnapshot>();
    s->playing = m_mode != Mode::Paused;
    if (m_trainer) {
        const Trainer& t = *m_trainer;
        s->step = t.stepCount();
        s->epoch = t.epoch();
        s->epochProgress = t.epochProgress();
        s->stepsPerEpoch = t.stepsPerEpoch();
        s->samplesPerEpoch = t.trainData().sampleCount();
        s->state = t.state();
        s->divergence = t.divergence();
        s->samplesPerSecond = t.samplesPerSecond();
        s->learningRate = t.currentLearningRate();
        s->stepLoss = m_observer.stepLoss();
        // thinned and copied again only when an epoch has ended since the last snapshot
        const std::vector<EpochMetrics>& full = t.history();
        const HistoryKey key{m_weightsVersion, full.size(), full.empty() ? -1 : full.back().step};
        if (key != m_publishedHistoryKey) {
            m_publishedHistory = thinnedHistory(full, kSnapshotEpochs);
            m_publishedHistoryKey = key;
        }
        s->history = m_publishedHistory;
        s->changes = m_changes;
        s->probes = t.probes();
        s->gradientNorms = m_observer.probes().gradientNorms();
        s->updateRatios = m_observer.probes().updateRatios();
        s->timeline = m_observer.probes().frames();
        s->findings = m_findings;
        s->diagnosisStep = m_findingsStep;
        s->breakpoint = m_breakpointHit;
        s->model = t.model();
        // only a diverged run can have Inf/NaN weights: the others are not scanned
        s->weightsFinite = s->state != TrainerState::Diverged || s->model.parameters().allFinite();
        s->pictures = m_pictures;
        const Dataset& train = t.trainData();
        s->classification = train.isClassification();
        s->taskDescription = train.name + ": " + std::to_string(train.sampleCount()) + " training, " +
                             std::to_string(t.validationData().sampleCount()) + " validation samples" +
                             (train.isClassification() ? ", " + std::to_string(train.classCount) + " classes"
                                                       : ", regression");
    }
    m_lastPublish = std::chrono::steady_clock::now();
    std::shared_ptr<const TrainingSnapshot> published = std::move(s);
    const std::lock_guard lock(m_publishMutex);
    m_snapshot.swap(published);
    m_publishedTicket = m_appliedTicket;
    // the old snapshot, now in `published`, is freed after the lock is released
}

void TrainingSession::publishStatus()
{
    auto s = std::make_shared<const SessionStatus>(m_state);
    const std::lock_guard lock(m_publishMutex);
    m_status = std::move(s);
}

}  // namespace layerlab
