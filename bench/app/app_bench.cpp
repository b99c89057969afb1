// layerlab_app_bench: the desktop app's speed while it trains (docs/app-performance.md).
//
// For each workload it runs the real MainWindow (shown, offscreen, 1600x1000) with every
// dock in a place of its own, so that every view is on screen and refreshing, and two
// headless TrainingSessions of the same project (the engine alone: same worker loop, same
// snapshots, no UI), one with the project's probes and one with probes off. It trains the
// three in turn, R rounds of D seconds each (the order reversed every other round, so that
// a drift in the machine's speed favours none), each resuming where it paused, and
// measures
//   - how late a 10 ms timer fires on the UI thread (lateness = gap between two timeouts
//     minus 10 ms: the longest the event loop was busy with something else), and
//   - training throughput: steps x batch / time, from the snapshots the window (or the
//     bench, headless) receives.
// The ratios are medians over rounds of the ratios within a round. Last, a bare Trainer
// (no session, no snapshots) runs once. It prints figures; it asserts nothing.
//
//   layerlab_app_bench [--seconds D] [--rounds R] [--smoke] [--only WORKLOAD] [--profile]
//                      [--tab-cycling | --tabs-as-opened] [--no-refresh-budget]
// Runs offscreen unless QT_QPA_PLATFORM says otherwise. --profile prints where the UI
// thread's time goes. --tab-cycling keeps the docks tabbed as the window opens them and
// raises the next tab of each group every 250 ms (each raise draws a whole view at once);
// --tabs-as-opened leaves the tabs alone (what a student who never clicks a tab sees).
// --no-refresh-budget turns the window's RefreshBudget off: every view refreshes at its
// full rate however much that takes from training (what the window did before the budget).
#include <QApplication>
#include <QDockWidget>
#include <QElapsedTimer>
#include <QEvent>
#include <QEventLoop>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <thread>
#include <vector>

#include "activation_view.h"
#include "classroom_style.h"
#include "data/data_spec.h"
#include "data/idx_loader.h"
#include "decision_map_view.h"
#include "io/examples.h"
#include "gradient_view.h"
#include "loss_chart_view.h"
#include "main_window.h"
#include "network_diagram_view.h"
#include "io/project.h"
#include "refresh_budget.h"
#include "refresh_throttle.h"
#include "session/build_trainer.h"
#include "session/snapshot.h"
#include "training/trainer.h"
#include "training_controller.h"
#include "session/training_session.h"
#include "weight_view.h"

using namespace layerlab;
using Clock = std::chrono::steady_clock;

namespace {

constexpr int kTickMs = 10;         // the responsiveness probe's timer interval
constexpr int kTabCycleMs = 250;    // how often each tabbed dock group shows its next tab
constexpr double kWarmupSeconds = 1.0;  // each trainer's first run, not measured
// Before each measured segment: a session resumes at once; the window's refresh budget
// needs a period or two to find its stretch again after the pause.
constexpr double kSettleSeconds = 0.3;
constexpr double kUiSettleSeconds = 1.2;
constexpr int kReadyGuardMs = 120000;  // loading Fashion-MNIST takes a few seconds

double secondsSince(Clock::time_point t) { return std::chrono::duration<double>(Clock::now() - t).count(); }

// Runs the real event loop (so timers fire as they do in the app) for `ms` milliseconds.
void runEventLoop(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, Qt::PreciseTimer, &loop, &QEventLoop::quit);
    loop.exec();
}

template <typename Done>
bool runEventLoopUntil(Done done, int guardMs)
{
    QElapsedTimer t;
    t.start();
    while (!done()) {
        if (t.elapsed() > guardMs)
            return false;
        runEventLoop(20);
    }
    return true;
}

// How late a 10 ms timer fires: each timeout records (gap since the previous one) - 10 ms.
class LatenessProbe : public QObject {
public:
    // Starts (or resumes: the lateness of earlier runs is kept, the gap between them is not).
    void start()
    {
        m_last = -1;
        m_clock.start();
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(kTickMs);
        QObject::connect(&m_timer, &QTimer::timeout, this, &LatenessProbe::tick, Qt::UniqueConnection);
        m_timer.start();
    }
    void stop() { m_timer.stop(); }
    double worstMs() const { return m_late.empty() ? 0 : *std::max_element(m_late.begin(), m_late.end()); }
    double percentileMs(double q) const
    {
        if (m_late.empty())
            return 0;
        std::vector<double> v = m_late;
        const size_t k = std::min(v.size() - 1, size_t(q * double(v.size())));
        std::nth_element(v.begin(), v.begin() + std::ptrdiff_t(k), v.end());
        return v[k];
    }
    size_t ticks() const { return m_late.size(); }

private:
    void tick()
    {
        const qint64 now = m_clock.nsecsElapsed();
        if (m_last >= 0)
            m_late.push_back(std::max(0.0, double(now - m_last) / 1e6 - kTickMs));
        m_last = now;
    }
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = -1;
    std::vector<double> m_late;
};

// Counts paint events of a view and of every widget inside it (a chart paints its viewport).
class PaintCounter : public QObject {
public:
    void watch(const QString& name, QWidget* view)
    {
        m_counts[name] = 0;
        view->installEventFilter(this);
        m_names[view] = name;
        for (QWidget* child : view->findChildren<QWidget*>()) {
            child->installEventFilter(this);
            m_names[child] = name;
        }
    }
    bool counting = false;  // only paints while this is up are counted
    const std::map<QString, int>& counts() const { return m_counts; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (counting && event->type() == QEvent::Paint)
            if (auto it = m_names.find(watched); it != m_names.end())
                ++m_counts[it->second];
        return false;
    }

private:
    std::map<QObject*, QString> m_names;
    std::map<QString, int> m_counts;
};

// With --profile: where the UI thread's time goes, as exclusive time per (receiver class,
// event type) of every event the application delivers (a paint's children are counted
// under the children).
class ProfilingApplication : public QApplication {
public:
    using QApplication::QApplication;
    bool profiling = false;

    bool notify(QObject* receiver, QEvent* event) override
    {
        if (!profiling)
            return QApplication::notify(receiver, event);
        std::string key = std::string(receiver->metaObject()->className()) + " / event " +
                          std::to_string(int(event->type()));
        for (QObject* p = receiver->parent(); p; p = p->parent())
            if (std::strncmp(p->metaObject()->className(), "layerlab::", 10) == 0) {
                key += std::string(" in ") + p->metaObject()->className();
                break;
            }
        m_childNs.push_back(0);
        QElapsedTimer t;
        t.start();
        const bool result = QApplication::notify(receiver, event);
        const qint64 total = t.nsecsElapsed();
        const qint64 children = m_childNs.back();
        m_childNs.pop_back();
        if (!m_childNs.empty())
            m_childNs.back() += total;
        Slot& slot = m_slots[key];
        slot.ns += total - children;
        slot.maxNs = std::max(slot.maxNs, total - children);
        ++slot.count;
        return result;
    }

    void report(double seconds)
    {
        std::vector<std::pair<std::string, Slot>> v(m_slots.begin(), m_slots.end());
        std::sort(v.begin(), v.end(), [](const auto& a, const auto& b) { return a.second.ns > b.second.ns; });
        std::fprintf(stderr, "  UI thread, exclusive time per (receiver, event type):\n");
        for (size_t i = 0; i < v.size() && i < 10; ++i)
            std::fprintf(stderr, "    %5.1f%%  %6d x  longest %6.1f ms  %s\n", 100.0 * double(v[i].second.ns) / (seconds * 1e9),
                         v[i].second.count, double(v[i].second.maxNs) / 1e6, v[i].first.c_str());
        m_slots.clear();
    }

private:
    struct Slot {
        qint64 ns = 0;
        qint64 maxNs = 0;
        int count = 0;
    };
    std::map<std::string, Slot> m_slots;
    std::vector<qint64> m_childNs;
};

// What the window showed over every measured segment.
struct UiRun {
    double worstMs = 0;
    double p99Ms = 0;
    size_t ticks = 0;
    std::map<QString, int> paints;
    int snapshots = 0;
    double uiCpuShare = 0;   // UI thread CPU seconds / wall seconds while measuring
    double stretch = 1;      // RefreshThrottle's stretch at the end of the last segment
    double idleWorstMs = 0;  // the same probe with the window open, before Play
    double idleP99Ms = 0;
};

// Shows every dock; returns the groups of docks that share one place as tabs.
std::vector<std::vector<QDockWidget*>> showAllDocks(MainWindow& window)
{
    std::vector<std::vector<QDockWidget*>> groups;
    std::set<QDockWidget*> seen;
    const QList<QDockWidget*> docks = window.findChildren<QDockWidget*>();
    for (QDockWidget* d : docks)
        d->show();
    for (QDockWidget* d : docks) {
        if (seen.count(d))
            continue;
        std::vector<QDockWidget*> group{d};
        seen.insert(d);
        for (QDockWidget* other : window.tabifiedDockWidgets(d))
            if (seen.insert(other).second)
                group.push_back(other);
        if (group.size() > 1)
            groups.push_back(group);
    }
    return groups;
}

// What the bench does with docks that share a place as tabs.
enum class Tabs {
    Cycle,  // raise the next tab of each group every kTabCycleMs: every view repaints in turn
    Leave,  // as the window opens them
    Split,  // each dock in a place of its own: every view on screen at once
};

// The real window with the project open and every view showing, trained segment by segment.
class WindowUnderTest {
public:
    WindowUnderTest(const QString& projectPath, int batch, Tabs tabs, bool refreshBudget) : m_batch(batch)
    {
        m_window.setPrompt([](QMessageBox::Icon, const QString&, const QString&, QMessageBox::StandardButtons) {
            return QMessageBox::Discard;
        });
        m_window.refreshBudget()->setEnabled(refreshBudget);
        m_window.resize(1600, 1000);
        if (!m_window.openFile(projectPath)) {
            m_problem = "the window could not open the project";
            return;
        }
        m_window.show();
        TrainingController* c = m_window.controller();
        if (!runEventLoopUntil([&] { return c->status()->ready || c->status()->hasProblem(); }, kReadyGuardMs) ||
            !c->status()->ready) {
            m_problem = "not ready: " + englishText(c->status()->problem);
            return;
        }

        // Every view visible: all docks shown, and either each in a place of its own or each
        // tab group cycled so that every tab repaints.
        m_groups = showAllDocks(m_window);
        if (tabs == Tabs::Split)
            for (const auto& group : m_groups)
                for (size_t i = 1; i < group.size(); ++i)
                    m_window.splitDockWidget(group[i - 1], group[i], i % 2 ? Qt::Horizontal : Qt::Vertical);
        m_current.assign(m_groups.size(), 0);
        QObject::connect(&m_cycler, &QTimer::timeout, [this] {
            for (size_t g = 0; g < m_groups.size(); ++g) {
                m_current[g] = (m_current[g] + 1) % m_groups[g].size();
                m_groups[g][m_current[g]]->raise();
            }
        });
        if (tabs == Tabs::Cycle)
            m_cycler.start(kTabCycleMs);

        m_paints.watch(QStringLiteral("curves"), static_cast<QWidget*>(m_window.lossChart()));
        m_paints.watch(QStringLiteral("map"), static_cast<QWidget*>(m_window.decisionMap()));
        m_paints.watch(QStringLiteral("network"), static_cast<QWidget*>(m_window.networkDiagram()));
        m_paints.watch(QStringLiteral("gradients"), static_cast<QWidget*>(m_window.gradientView()));
        m_paints.watch(QStringLiteral("weights"), static_cast<QWidget*>(m_window.weightView()));
        m_paints.watch(QStringLiteral("activations"), static_cast<QWidget*>(m_window.activationView()));

        // (time, step) of every snapshot the window receives while a segment is measured.
        QObject::connect(c, &TrainingController::snapshotChanged, &m_window,
                         [this](const std::shared_ptr<const TrainingSnapshot>& s) {
                             if (m_measuring)
                                 m_seen.emplace_back(Clock::now(), s->step);
                         });

        // What the timer shows when nothing trains: the machine's own scheduling noise.
        LatenessProbe idle;
        idle.start();
        runEventLoop(1000);
        idle.stop();
        m_run.idleWorstMs = idle.worstMs();
        m_run.idleP99Ms = idle.percentileMs(0.99);
        c->setPace(0);  // full speed, whatever a saved setting says
    }

    const std::string& problem() const { return m_problem; }

    // Plays, lets the window settle for `settle` seconds (the refresh budget finds its
    // stretch again after a pause), measures samples/s over `seconds`, and pauses.
    double train(double settle, double seconds, ProfilingApplication* profile)
    {
        TrainingController* c = m_window.controller();
        c->play();
        runEventLoop(int(settle * 1000));
        double rate = 0;
        if (seconds > 0) {
            m_seen.clear();
            const double cpu0 = RefreshBudget::cpuSecondsNow().uiThread;
            const auto wall0 = Clock::now();
            m_measuring = m_paints.counting = true;
            m_probe.start();
            if (profile)
                profile->profiling = true;
            runEventLoop(int(seconds * 1000));
            if (profile)
                profile->profiling = false;
            m_probe.stop();
            m_measuring = m_paints.counting = false;
            m_cpuSeconds += RefreshBudget::cpuSecondsNow().uiThread - cpu0;
            m_wallSeconds += secondsSince(wall0);
            m_run.stretch = RefreshThrottle::stretch();
            m_run.snapshots += int(m_seen.size());
            if (m_seen.size() >= 2) {
                const double dt = std::chrono::duration<double>(m_seen.back().first - m_seen.front().first).count();
                rate = double(m_seen.back().second - m_seen.front().second) * m_batch / dt;
            }
        }
        c->pause();
        runEventLoopUntil([&] { return !c->snapshot()->playing; }, 5000);
        return rate;
    }

    UiRun summary() const
    {
        UiRun r = m_run;
        r.worstMs = m_probe.worstMs();
        r.p99Ms = m_probe.percentileMs(0.99);
        r.ticks = m_probe.ticks();
        r.paints = m_paints.counts();
        r.uiCpuShare = m_wallSeconds > 0 ? m_cpuSeconds / m_wallSeconds : 0;
        return r;
    }

private:
    MainWindow m_window;
    int m_batch;
    std::string m_problem;
    std::vector<std::vector<QDockWidget*>> m_groups;
    std::vector<size_t> m_current;
    QTimer m_cycler;
    PaintCounter m_paints;
    LatenessProbe m_probe;
    bool m_measuring = false;
    std::vector<std::pair<Clock::time_point, std::int64_t>> m_seen;
    double m_cpuSeconds = 0;
    double m_wallSeconds = 0;
    UiRun m_run;
};

// The next snapshot the session publishes after `previous` (so its time is known to ~1 ms).
std::shared_ptr<const TrainingSnapshot> nextSnapshot(const TrainingSession& session,
                                                     const std::shared_ptr<const TrainingSnapshot>& previous)
{
    for (;;) {
        auto s = session.snapshot();
        if (s != previous)
            return s;
        std::this_thread::sleep_for(std::chrono::milliseconds(1));
    }
}

// The engine's TrainingSession on its own thread, as the app runs it, without a UI; trained
// segment by segment like the window. The UI thread sleeps meanwhile.
class HeadlessSession {
public:
    explicit HeadlessSession(const Project& project) : m_batch(project.training.batchSize)
    {
        m_worker = std::thread([this] { m_session.run(); });
        m_session.loadProject(project, 1);
        const auto start = Clock::now();
        while (!(m_session.status()->revision == 1 && !m_session.status()->building &&
                 (m_session.status()->ready || m_session.status()->hasProblem())) &&
               secondsSince(start) < kReadyGuardMs / 1000.0)
            std::this_thread::sleep_for(std::chrono::milliseconds(10));
        if (!m_session.status()->ready)
            m_problem = "headless: " + englishText(m_session.status()->problem);
    }
    ~HeadlessSession()
    {
        m_session.stop();
        m_worker.join();
    }
    HeadlessSession(const HeadlessSession&) = delete;
    HeadlessSession& operator=(const HeadlessSession&) = delete;

    const std::string& problem() const { return m_problem; }

    // As WindowUnderTest::train.
    double train(double settle, double seconds)
    {
        m_session.play();
        std::this_thread::sleep_for(std::chrono::duration<double>(settle));
        double rate = 0;
        if (seconds > 0) {
            const auto first = nextSnapshot(m_session, m_session.snapshot());
            const auto t0 = Clock::now();
            std::this_thread::sleep_for(std::chrono::duration<double>(seconds));
            const auto last = nextSnapshot(m_session, m_session.snapshot());
            rate = double(last->step - first->step) * m_batch / secondsSince(t0);
        }
        m_session.pause();
        while (m_session.snapshot()->playing)
            std::this_thread::sleep_for(std::chrono::milliseconds(1));
        return rate;
    }

private:
    TrainingSession m_session;
    std::thread m_worker;
    int m_batch;
    std::string m_problem;
};

// A bare Trainer: steps in a loop, no session, no snapshots, no probes read.
double runBareTrainer(const Project& project, double seconds)
{
    const std::unique_ptr<Trainer> built =
        buildTrainer(project, std::make_shared<const PreparedData>(prepareData(project.data, project.seed)));
    Trainer& trainer = *built;
    const auto warm = Clock::now();
    while (secondsSince(warm) < kWarmupSeconds)
        trainer.step();
    const std::int64_t s0 = trainer.stepCount();
    const auto t0 = Clock::now();
    while (secondsSince(t0) < seconds)
        trainer.step();
    return double(trainer.stepCount() - s0) * project.training.batchSize / secondsSince(t0);
}

struct Row {
    std::string workload;
    std::string note;  // why it was skipped, or empty
    UiRun ui;          // over every measured segment
    double withUi = 0;                  // median over rounds, samples/s
    double headless = 0;
    double headlessProbesOff = 0;
    double uiOverHeadless = 0;          // median over rounds of the paired ratios
    double uiOverProbesOff = 0;
    double bare = 0;
};

double median(std::vector<double> v)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    return v.size() % 2 ? v[v.size() / 2] : (v[v.size() / 2 - 1] + v[v.size() / 2]) / 2;
}

void printTable(const std::vector<Row>& rows, double seconds, int rounds)
{
    std::printf("\n| workload | UI worst ms | UI p99 ms | samples/s with UI | headless | headless, probes off "
                "| UI / headless | UI / headless probes off | bare Trainer samples/s |\n");
    std::printf("|---|---:|---:|---:|---:|---:|---:|---:|---:|\n");
    for (const Row& r : rows) {
        if (!r.note.empty()) {
            std::printf("| %s | skipped: %s | | | | | | | |\n", r.workload.c_str(), r.note.c_str());
            continue;
        }
        std::printf("| %s | %.1f | %.1f | %.0f | %.0f | %.0f | %.2f | %.2f | %.0f |\n", r.workload.c_str(), r.ui.worstMs,
                    r.ui.p99Ms, r.withUi, r.headless, r.headlessProbesOff, r.uiOverHeadless,
                    r.uiOverProbesOff, r.bare);
    }
    std::printf("\n(one window and two headless sessions, trained in turn: %d rounds of %.1f s each with the UI, "
                "headless and headless without probes, alternating the order; samples/s: medians over rounds; ratios: "
                "medians over rounds of the ratios within a round; UI lateness from a %d ms timer over every UI "
                "segment; targets: UI worst < 50 ms, probes and UI together cost < 5%%: UI / headless probes off >= "
                "0.95)\n",
                rounds, seconds, kTickMs);
}

}  // namespace

int main(int argc, char* argv[])
{
    double seconds = 3;
    bool smoke = false;
    std::string only;  // one workload by name
    bool profile = false;
    Tabs tabs = Tabs::Split;
    bool refreshBudget = true;
    int rounds = 8;
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--smoke") == 0) {
            smoke = true;
            seconds = 0.5;
            rounds = 1;
        } else if (std::strcmp(argv[i], "--tabs-as-opened") == 0) {
            tabs = Tabs::Leave;
        } else if (std::strcmp(argv[i], "--tab-cycling") == 0) {
            tabs = Tabs::Cycle;
        } else if (std::strcmp(argv[i], "--no-refresh-budget") == 0) {
            refreshBudget = false;
        } else if (std::strcmp(argv[i], "--rounds") == 0 && i + 1 < argc) {
            rounds = std::atoi(argv[++i]);
        } else if (std::strcmp(argv[i], "--profile") == 0) {
            profile = true;
        } else if (std::strcmp(argv[i], "--only") == 0 && i + 1 < argc) {
            only = argv[++i];
        } else if (std::strcmp(argv[i], "--seconds") == 0 && i + 1 < argc) {
            seconds = std::atof(argv[++i]);
        } else {
            std::fprintf(stderr, "usage: %s [--seconds D] [--rounds R] [--smoke] [--only WORKLOAD] [--profile] [--tab-cycling | --tabs-as-opened] [--no-refresh-budget]\n", argv[0]);
            return 2;
        }
    }
    if (seconds <= 0 || rounds <= 0) {
        std::fprintf(stderr, "--seconds and --rounds need positive numbers\n");
        return 2;
    }

    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");  // measured offscreen, like the app tests
    QStandardPaths::setTestModeEnabled(true);  // no saved layout, recent files or autosave of the user's
    ProfilingApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("LayerLabAppBench"));
    QApplication::setApplicationName(QStringLiteral("LayerLab"));
    applyClassroomStyle(app);
    QTemporaryDir dir;

    std::vector<std::string> workloads{"spiral"};
    if (!smoke)
        workloads.push_back("fashion-mnist-mlp");
    if (!only.empty())
        workloads = {only};

    std::vector<Row> rows;
    bool failed = false;
    for (const std::string& name : workloads) {
        Row row;
        row.workload = name;
        std::optional<Project> project = findExample(name);
        if (!project) {
            row.note = "no such example";
            rows.push_back(row);
            failed = true;
            continue;
        }
        // Never stop inside the measured time: no epoch limit, no early stopping.
        project->training.epochs = 1000000;
        project->training.earlyStopping.enabled = false;
        if (project->data.source == "fashion-mnist" && !std::filesystem::exists(std::filesystem::path(fashionMnistDir()) / "train-images-idx3-ubyte.gz")) {
            row.note = "Fashion-MNIST is not installed";
            rows.push_back(row);
            continue;
        }
        const QString path = dir.filePath(QString::fromStdString(name) + QStringLiteral(".layerlab"));
        writeProjectFile(path.toStdString(), *project);

        Project probesOff = *project;
        probesOff.training.probeEvery = -1;
        std::fprintf(stderr, "%s: opening the window and two headless sessions...\n", name.c_str());
        WindowUnderTest window(path, project->training.batchSize, tabs, refreshBudget);
        HeadlessSession headlessSession(*project);
        HeadlessSession probesOffSession(probesOff);
        for (const std::string* problem : {&window.problem(), &headlessSession.problem(), &probesOffSession.problem()})
            if (row.note.empty() && !problem->empty())
                row.note = *problem;
        if (!row.note.empty()) {
            rows.push_back(row);
            failed = true;
            continue;
        }
        ProfilingApplication* profiler = profile ? &app : nullptr;
        const double settle = smoke ? 0.1 : kSettleSeconds;
        const double uiSettle = smoke ? 0.1 : kUiSettleSeconds;
        window.train(kWarmupSeconds, 0, nullptr);
        headlessSession.train(kWarmupSeconds, 0);
        probesOffSession.train(kWarmupSeconds, 0);
        std::vector<double> withUi, headless, headlessProbesOff, uiOverHeadless, uiOverProbesOff;
        for (int round = 1; round <= rounds; ++round) {
            // UI, headless, probes off; then the other way round: a drift in the machine's
            // speed over a round favours neither end.
            double ui = 0, h = 0, off = 0;
            if (round % 2) {
                ui = window.train(uiSettle, seconds, profiler);
                h = headlessSession.train(settle, seconds);
                off = probesOffSession.train(settle, seconds);
            } else {
                off = probesOffSession.train(settle, seconds);
                h = headlessSession.train(settle, seconds);
                ui = window.train(uiSettle, seconds, profiler);
            }
            std::fprintf(stderr, "%s, round %d of %d: samples/s with UI %.0f, headless %.0f, probes off %.0f\n",
                         name.c_str(), round, rounds, ui, h, off);
            if (ui <= 0 || h <= 0 || off <= 0) {
                row.note = "no training steps were measured";
                break;
            }
            withUi.push_back(ui);
            headless.push_back(h);
            headlessProbesOff.push_back(off);
            uiOverHeadless.push_back(ui / h);
            uiOverProbesOff.push_back(ui / off);
        }
        if (!row.note.empty()) {
            rows.push_back(row);
            failed = true;
            continue;
        }
        row.ui = window.summary();
        if (profiler)
            profiler->report(seconds * rounds);
        std::fprintf(stderr, "  idle window: worst %.1f ms, p99 %.1f ms; training: UI thread busy %.1f%% of one core, "
                     "refresh intervals x%.2f\n", row.ui.idleWorstMs, row.ui.idleP99Ms, 100 * row.ui.uiCpuShare,
                     row.ui.stretch);
        std::fprintf(stderr, "  %zu timer ticks, %d snapshots received; paints:", row.ui.ticks, row.ui.snapshots);
        for (const auto& [view, count] : row.ui.paints)
            std::fprintf(stderr, " %s %d", qPrintable(view), count);
        std::fprintf(stderr, "\n");
        row.withUi = median(withUi);
        row.headless = median(headless);
        row.headlessProbesOff = median(headlessProbesOff);
        row.uiOverHeadless = median(uiOverHeadless);
        row.uiOverProbesOff = median(uiOverProbesOff);
        std::fprintf(stderr, "%s: bare Trainer...\n", name.c_str());
        row.bare = runBareTrainer(*project, seconds);
        rows.push_back(row);
    }
    printTable(rows, seconds, rounds);
    return failed ? 1 : 0;
}
