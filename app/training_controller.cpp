#include "training_controller.h"

namespace layerlab {

void SessionWorker::run()
{
    m_session.run();
    // run() returned because stop() was posted: let the thread's event loop end too.
    thread()->quit();
}

TrainingController::TrainingController(QObject* parent) : QObject(parent)
{
    qRegisterMetaType<std::shared_ptr<const TrainingSnapshot>>();
    qRegisterMetaType<std::shared_ptr<const SessionStatus>>();
    const auto latest = m_session.latest();
    m_snapshot = latest.snapshot;
    m_status = latest.status;

    m_worker = new SessionWorker(m_session);
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::started, m_worker, &SessionWorker::run);
    m_thread.setObjectName(QStringLiteral("LayerLab training"));
    m_thread.start();

    m_timer.setInterval(kPollIntervalMs);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &TrainingController::poll);
    m_timer.start();
}

TrainingController::~TrainingController()
{
    m_timer.stop();
    m_session.stop();
    m_thread.quit();
    m_thread.wait();
    delete m_worker;  // its thread has ended: nothing else can touch it
}

TrainingController::Ticket TrainingController::play() { return m_lastPosted = m_session.play(); }
TrainingController::Ticket TrainingController::pause() { return m_lastPosted = m_session.pause(); }
TrainingController::Ticket TrainingController::stepBatch() { return m_lastPosted = m_session.stepBatch(); }
TrainingController::Ticket TrainingController::stepEpoch() { return m_lastPosted = m_session.stepEpoch(); }
TrainingController::Ticket TrainingController::reset() { return m_lastPosted = m_session.reset(); }

TrainingController::Ticket TrainingController::setPace(double stepsPerSecond)
{
    return m_lastPosted = m_session.setPace(stepsPerSecond);
}

TrainingController::Ticket TrainingController::setPictureRequest(const PictureRequest& request)
{
    if (request == m_pictureRequest)
        return m_lastPosted;  // asked already: no command, no new snapshot
    m_pictureRequest = request;
    return m_lastPosted = m_session.setPictureRequest(request);
}

TrainingController::Ticket TrainingController::setBreakpoints(const Breakpoints& breakpoints)
{
    m_breakpoints = breakpoints;
    return m_lastPosted = m_session.setBreakpoints(breakpoints);
}

TrainingController::Ticket TrainingController::setConfig(const TrainConfig& config)
{
    return m_lastPosted = m_session.setConfig(config);
}

TrainingController::Ticket TrainingController::setProject(const Project& project, std::uint64_t revision)
{
    return m_lastPosted = m_session.setProject(project, revision);
}

TrainingController::Ticket TrainingController::loadProject(const Project& project, std::uint64_t revision)
{
    return m_lastPosted = m_session.loadProject(project, revision);
}

void TrainingController::poll()
{
    const TrainingSession::Latest latest = m_session.latest();
    m_appliedThrough = latest.appliedThrough;
    // the status first: views that draw the snapshot may ask what the data was
    if (latest.status != m_status) {
        m_status = latest.status;
        Q_EMIT statusChanged(m_status);
    }
    if (latest.snapshot != m_snapshot) {
        m_snapshot = latest.snapshot;
        Q_EMIT snapshotChanged(m_snapshot);
    }
}

}  // namespace layerlab
