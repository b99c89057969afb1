// The Qt half of training: owns the worker thread and the TrainingSession it runs, and
// hands the session's latest snapshot to the views about 30 times a second.
//
// Worker-object pattern (Qt's mandelbrot example): the controller owns a QThread, moves a
// worker QObject onto it, and the worker calls TrainingSession::run() there. Commands go to
// the session at once and return at once; a QTimer polls the latest published snapshot
// and emits snapshotChanged() when there is a new one. The UI never waits for training.
#pragma once

#include <QObject>
#include <QThread>
#include <QTimer>

#include <memory>

#include "session/training_session.h"

namespace layerlab {

// Lives on the worker thread; returns from run() when the session is told to stop.
class SessionWorker : public QObject {
    Q_OBJECT
public:
    explicit SessionWorker(TrainingSession& session) : m_session(session) {}

public Q_SLOTS:
    void run();

private:
    TrainingSession& m_session;
};

class TrainingController : public QObject {
    Q_OBJECT
public:
    explicit TrainingController(QObject* parent = nullptr);
    // Tells the session to stop, then quit() and wait() for the thread.
    ~TrainingController() override;

    using Ticket = TrainingSession::Ticket;
    Ticket play();
    Ticket pause();
    Ticket stepBatch();
    Ticket stepEpoch();
    Ticket reset();
    Ticket setConfig(const TrainConfig& config);
    Ticket setProject(const Project& project, std::uint64_t revision);
    Ticket loadProject(const Project& project, std::uint64_t revision);
    Ticket setPace(double stepsPerSecond);
    // What the visible views need computed from the weights; a repeat of the last request
    // posts nothing.
    Ticket setPictureRequest(const PictureRequest& request);
    PictureRequest pictureRequest() const { return m_pictureRequest; }
    // When a playing run pauses by itself (breakpoints.h). The session keeps them through
    // every rebuild (a new model, data or project): they last until set again.
    Ticket setBreakpoints(const Breakpoints& breakpoints);
    const Breakpoints& breakpoints() const { return m_breakpoints; }

    // The last snapshot and status emitted (never null).
    std::shared_ptr<const TrainingSnapshot> snapshot() const { return m_snapshot; }
    std::shared_ptr<const SessionStatus> status() const { return m_status; }
    // The ticket of the last command whose effect the last emitted snapshot shows, and of
    // the last command posted: the views show every command once the two meet.
    Ticket appliedThrough() const { return m_appliedThrough; }
    Ticket lastPosted() const { return m_lastPosted; }

    // The thread the session trains on (for tests: its finished() says it stopped).
    const QThread* workerThread() const { return &m_thread; }

    // Reads the session now; the timer does it every kPollIntervalMs.
    void poll();
    static constexpr int kPollIntervalMs = 33;

Q_SIGNALS:
    void snapshotChanged(std::shared_ptr<const layerlab::TrainingSnapshot> snapshot);
    void statusChanged(std::shared_ptr<const layerlab::SessionStatus> status);

private:
    TrainingSession m_session;
    QThread m_thread;
    SessionWorker* m_worker = nullptr;
    QTimer m_timer;
    std::shared_ptr<const TrainingSnapshot> m_snapshot;
    std::shared_ptr<const SessionStatus> m_status;
    Ticket m_appliedThrough = 0;
    Ticket m_lastPosted = 0;
    PictureRequest m_pictureRequest;
    Breakpoints m_breakpoints;
};

}  // namespace layerlab

Q_DECLARE_METATYPE(std::shared_ptr<const layerlab::TrainingSnapshot>)
Q_DECLARE_METATYPE(std::shared_ptr<const layerlab::SessionStatus>)
