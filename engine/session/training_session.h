// A training run the app drives from its UI thread while a worker thread trains (no Qt).
//
// Any thread posts commands (play, pause, step, reset, new hyper-parameters, a new model
// or data); the worker thread sits in run() and applies them in order between two
// mini-batches. What the UI reads leaves the other way as an immutable snapshot: the worker
// publishes a new shared_ptr<const TrainingSnapshot> at most every ~30 ms while training and
// after every command, replacing the previous one (latest wins, never a queue). Neither side
// ever waits for the other longer than a pointer swap.
#pragma once

#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <deque>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "io/project.h"
#include "session/run_diagnosis.h"
#include "session/snapshot.h"

namespace layerlab {

// What became of the last project the session was given: whether it could be built, and
// what the data turned out to be. Published like the snapshot (latest wins).
struct SessionStatus {
    std::uint64_t revision = 0;   // the revision that came with that project
    bool building = false;        // still preparing the data or building the model
    bool ready = false;           // the model is built and fits the data and the loss
    // Why not: a sentence that says what to do (i18n's messageText puts it into words); a
    // default Message, with neither text nor key, when there is no problem.
    Message problem;
    int problemLayer = -1;        // 0-based index of the layer the problem names, or -1
    // The prepared splits, shared with whoever draws them (decision maps, scatter plots);
    // null until the data could be prepared.
    std::shared_ptr<const PreparedData> data;
    // For two-input data from a generator: the input plane the maps cover and its raw
    // points; null for other data.
    std::shared_ptr<const InputPlane> plane;

    bool hasProblem() const { return problem.text != nullptr || !problem.key.empty(); }
};

class TrainingSession {
public:
    // Publishes an empty snapshot until a project arrives.
    TrainingSession();
    ~TrainingSession();
    TrainingSession(const TrainingSession&) = delete;
    TrainingSession& operator=(const TrainingSession&) = delete;

    // --- Commands: any thread; they return at once and apply between two steps. ---
    // Each returns its ticket: commands are numbered 1, 2, 3... in the order posted.
    using Ticket = std::uint64_t;
    Ticket play();
    Ticket pause();
    Ticket stepBatch();           // one mini-batch, then paused
    Ticket stepEpoch();           // until the current epoch ends, then paused
    Ticket reset();               // fresh weights from the project's seed; counters to zero
    // Learning rate, optimizer, regularisation, clipping, batch size... apply at the next
    // step without a reset and are recorded as a ChangeMark ("learning rate 0.03 -> 0.01").
    Ticket setConfig(const TrainConfig& config);
    // An edited project (model, data or seed): rebuilds, keeps the weights of every layer
    // whose parameter shapes did not change, and starts counting from step 0 again.
    // Play state is kept when the edit is valid.
    Ticket setProject(const Project& project, std::uint64_t revision = 0);
    // A project just opened: starts paused from its saved weights when they fit, else fresh.
    Ticket loadProject(const Project& project, std::uint64_t revision = 0);
    // At most this many mini-batches per second while playing, so that a class can watch a
    // small network learn step by step; 0 = as fast as the machine goes (the default).
    Ticket setPace(double stepsPerSecond);
    // What the views on screen need computed from the weights (maps, feature maps,
    // predictions): from now on every snapshot carries pictures that answer it, refreshed
    // while training as often as their cost allows (at most about an eighth of the worker's
    // time, and no more than 10 times a second). An empty request computes nothing.
    Ticket setPictureRequest(const PictureRequest& request);
    // Conditions on which a playing run pauses by itself at the step that met them
    // (breakpoints.h); the snapshot then says why (TrainingSnapshot::breakpoint).
    Ticket setBreakpoints(const Breakpoints& breakpoints);
    // Makes run() return once the commands before it are applied.
    Ticket stop();

    // The worker thread's loop: returns when stop() is posted.
    void run();

    // --- What the UI reads: any thread. ---
    std::shared_ptr<const TrainingSnapshot> snapshot() const;
    std::shared_ptr<const SessionStatus> status() const;
    // The ticket of the last command whose effect the current snapshot shows.
    Ticket appliedThrough() const;
    // All three at once, consistent with each other.
    struct Latest {
        std::shared_ptr<const TrainingSnapshot> snapshot;
        std::shared_ptr<const SessionStatus> status;
        Ticket appliedThrough = 0;
    };
    Latest latest() const;

    // Minimum time between two snapshots while training.
    static constexpr std::chrono::milliseconds kPublishInterval{30};
    // Minimum time between two computations of the pictures while training, and how many
    // times their cost the worker trains before computing them again.
    static constexpr std::chrono::milliseconds kPictureInterval{100};
    static constexpr int kPictureCostRatio = 7;
    // Minimum time between two diagnoses while training (a paused run is diagnosed at once).
    static constexpr std::chrono::milliseconds kDiagnosisInterval{250};

private:
    struct Command {
        enum class Kind { Play, Pause, Step, StepEpoch, Reset, SetConfig, SetProject, LoadProject, SetPace,
                          SetPictures, SetBreakpoints, Stop };
        explicit Command(Kind k) : kind(k) {}
        Kind kind;
        Ticket ticket = 0;
        TrainConfig config;
        Project project;
        std::uint64_t revision = 0;
        double pace = 0;
        PictureRequest pictures;
        Breakpoints breakpoints;
    };
    enum class Mode { Paused, Playing, UntilEpochEnd };

    Ticket post(Command command);
    void apply(Command& command);
    void applyConfig(const TrainConfig& config);
    void rebuild(const Project& project, std::uint64_t revision, bool useSavedWeights);
    void trainOneStep();
    bool stepIsDue();  // false after waiting (for the pace or a command)
    void clearSeries();
    void updatePlane();
    void updatePictures();
    void updateFindings();
    enum class BreakpointWatch { Gradients, Distributions, Epochs, Findings };
    void pauseAt(const std::optional<BreakpointHit>& hit, BreakpointWatch watch);
    bool canTrain() const;
    void publishSnapshot();
    void publishStatus();

    // Shared between threads: the command queue and the published pointers.
    mutable std::mutex m_queueMutex;
    std::condition_variable m_queueChanged;
    std::deque<Command> m_queue;
    Ticket m_lastTicket = 0;
    mutable std::mutex m_publishMutex;
    std::shared_ptr<const TrainingSnapshot> m_snapshot;
    std::shared_ptr<const SessionStatus> m_status;
    Ticket m_publishedTicket = 0;

    // Owned by the thread inside run().
    Project m_project;
    std::unique_ptr<Trainer> m_trainer;  // kept while an edit is broken: its weights carry over
    bool m_trainerCurrent = false;       // built from m_project (false while an edit is broken)
    std::shared_ptr<const PreparedData> m_data;
    DataSpec m_dataSpec;                  // what m_data was prepared from
    std::uint64_t m_dataSeed = 0;
    SessionStatus m_state;                // the status being published
    Mode m_mode = Mode::Paused;
    double m_pace = 0;                    // steps per second while playing; 0 = no limit
    std::chrono::steady_clock::time_point m_nextStep{};
    Ticket m_appliedTicket = 0;
    RunObserver m_observer;               // the loss and probe series, the timeline, the doctor
    std::vector<ChangeMark> m_changes;
    std::chrono::steady_clock::time_point m_lastPublish{};
    // The pictures: what was asked, the last answer (shared by every snapshot until the
    // next), and which weights they were made from.
    PictureRequest m_pictureRequest;
    std::shared_ptr<const Pictures> m_pictures;
    std::shared_ptr<const InputPlane> m_plane;
    std::shared_ptr<const PreparedData> m_planeData;  // the data m_plane was made from
    std::uint64_t m_weightsVersion = 0;               // counts rebuilds, loads and resets
    std::chrono::steady_clock::time_point m_nextPictures{};
    // The doctor's last findings, and when it is asked again.
    std::shared_ptr<const std::vector<Finding>> m_findings = std::make_shared<const std::vector<Finding>>();
    std::int64_t m_findingsStep = -1;
    std::uint64_t m_findingsVersion = ~std::uint64_t(0);  // the weights version they are of
    std::chrono::steady_clock::time_point m_nextDiagnosis{};
    Breakpoints m_breakpoints;
    std::optional<BreakpointHit> m_breakpointHit;
    unsigned m_breakpointsMet = 0;  // per BreakpointWatch: its condition held at the last check
    // The history the last snapshot carried, and which trainer history it was made from.
    struct HistoryKey {
        std::uint64_t weightsVersion = 0;
        size_t epochs = 0;
        std::int64_t lastStep = -1;
        bool operator==(const HistoryKey&) const = default;
    };
    EpochHistory m_publishedHistory;
    HistoryKey m_publishedHistoryKey{~std::uint64_t(0), 0, -1};
};

// Copies the parameters and state of every layer of `from` into the layer of `to` it
// corresponds to: layers are matched in order by kind and parameter shapes, so inserting,
// removing or changing one layer keeps what the others learned. Returns how many layers
// kept their weights.
int copyMatchingWeights(const Model& from, Model& to);

// "learning rate 0.03 -> 0.01; batch size 10 -> 32": what changed between two configs, as
// one Message; a default Message (no text) when nothing a learner would notice did.
Message describeConfigChange(const TrainConfig& before, const TrainConfig& after);

}  // namespace layerlab
