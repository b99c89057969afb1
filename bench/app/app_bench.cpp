// layerlab_app_bench: the desktop app's speed while it trains (docs/app-performance.md).
//
// For each workload it runs the real MainWindow (shown, offscreen, 1600x1000) with every
// dock in a place of its own, so that every view is on screen and refreshing, plays
// at full speed for D seconds after a 1 s warm-up, and measures
//   - how late a 10 ms timer fires on the UI thread (lateness = gap between two timeouts
//     minus 10 ms: the longest the event loop was busy with something else), and
//   - training throughput: steps x batch / time, from the snapshots the window receives;
// then trains the same project for the same D seconds headless, with the engine's
// TrainingSession alone (same worker loop, same snapshots, no UI), once with the project's
// probes and once with probes off. These three runs repeat R times in turn, so that a
// change in the machine's speed hits them alike, and the ratios are medians over rounds.
// Last, a bare Trainer (no session, no snapshots) runs once. It prints figures; it asserts
// nothing.
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
#include <ctime>
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
#include "examples.h"
#include "gradient_view.h"
#include "loss_chart_view.h"
#include "main_window.h"
#include "network_diagram_view.h"
#include "project.h"
#include "refresh_budget.h"
#include "refresh_throttle.h"
#include "snapshot.h"
#include "trainer.h"
#include "training_controller.h"
#include "training_session.h"
#include "weight_view.h"

using namespace layerlab;
using Clock = std::chrono::steady_clock;

namespace {

constexpr int kTickMs = 10;         // the responsiveness probe's timer interval
constexpr int kTabCycleMs = 250;    // how often each tabbed dock group shows its next tab
constexpr double kWarmupSeconds = 1.0;
constexpr int kReadyGuardMs = 120000;  // loading Fashion-MNIST takes a few seconds

double secondsSince(Clock::time_point t) { return std::chrono::duration<double>(Clock::now() - t).count(); }

// CPU time this thread has used, in seconds (not wall time: a loaded machine shows here).
double threadCpuSeconds()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) + double(ts.tv_nsec) / 1e9;
}

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
    void start()
    {
        m_late.clear();
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
    void clear()
    {
        for (auto& [name, count] : m_counts)
            count = 0;
    }
    const std::map<QString, int>& counts() const { return m_counts; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Paint)
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

struct UiRun {
    bool ok = false;
    std::string problem;
    double worstMs = 0;
    double p99Ms = 0;
    size_t ticks = 0;
    double samplesPerSecond = 0;
    std::map<QString, int> paints;
    int snapshots = 0;
    double uiCpuShare = 0;   // UI thread CPU seconds / wall seconds while measuring
    double stretch = 1;      // RefreshThrottle's stretch at the end of the measured time
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

UiRun runWithUi(const QString& projectPath, int batch, double seconds, ProfilingApplication* profile, Tabs tabs,
               bool refreshBudget)
{
    UiRun r;
    MainWindow window;
    window.refreshBudget()->setEnabled(refreshBudget);
    window.setPrompt([](QMessageBox::Icon, const QString&, const QString&, QMessageBox::StandardButtons) {
        return QMessageBox::Discard;
    });
    window.resize(1600, 1000);
    if (!window.openFile(projectPath)) {
        r.problem = "the window could not open the project";
        return r;
    }
    window.show();
    TrainingController* c = window.controller();
    if (!runEventLoopUntil([&] { return c->status()->ready || !c->status()->problem.empty(); }, kReadyGuardMs) ||
        !c->status()->ready) {
        r.problem = "not ready: " + c->status()->problem;
        return r;
    }

    // Every view visible: all docks shown, and either each in a place of its own or each tab
    // group cycled so that every tab repaints.
    const auto groups = showAllDocks(window);
    if (tabs == Tabs::Split)
        for (const auto& group : groups)
            for (size_t i = 1; i < group.size(); ++i)
                window.splitDockWidget(group[i - 1], group[i], i % 2 ? Qt::Horizontal : Qt::Vertical);
    std::vector<size_t> current(groups.size(), 0);
    QTimer cycler;
    QObject::connect(&cycler, &QTimer::timeout, [&] {
        for (size_t g = 0; g < groups.size(); ++g) {
            current[g] = (current[g] + 1) % groups[g].size();
            groups[g][current[g]]->raise();
        }
    });
    if (tabs == Tabs::Cycle)
        cycler.start(kTabCycleMs);

    PaintCounter paints;
    paints.watch(QStringLiteral("curves"), static_cast<QWidget*>(window.lossChart()));
    paints.watch(QStringLiteral("map"), static_cast<QWidget*>(window.decisionMap()));
    paints.watch(QStringLiteral("network"), static_cast<QWidget*>(window.networkDiagram()));
    paints.watch(QStringLiteral("gradients"), static_cast<QWidget*>(window.gradientView()));
    paints.watch(QStringLiteral("weights"), static_cast<QWidget*>(window.weightView()));
    paints.watch(QStringLiteral("activations"), static_cast<QWidget*>(window.activationView()));

    // (time, step) of every snapshot the window receives inside the measured window.
    bool measuring = false;
    std::vector<std::pair<Clock::time_point, std::int64_t>> seen;
    const QMetaObject::Connection recorder =
        QObject::connect(c, &TrainingController::snapshotChanged, &window,
                         [&](const std::shared_ptr<const TrainingSnapshot>& s) {
                             if (measuring)
                                 seen.emplace_back(Clock::now(), s->step);
                         });

    // What the timer shows when nothing trains: the machine's own scheduling noise.
    {
        LatenessProbe idle;
        idle.start();
        runEventLoop(1000);
        idle.stop();
        r.idleWorstMs = idle.worstMs();
        r.idleP99Ms = idle.percentileMs(0.99);
    }
    c->setPace(0);  // full speed, whatever a saved setting says
    c->play();
    runEventLoop(int(kWarmupSeconds * 1000));
    paints.clear();
    LatenessProbe probe;
    const double cpu0 = threadCpuSeconds();
    const auto wall0 = Clock::now();
    measuring = true;
    probe.start();
    if (profile)
        profile->profiling = true;
    runEventLoop(int(seconds * 1000));
    if (profile) {
        profile->profiling = false;
        profile->report(seconds);
    }
    probe.stop();
    r.uiCpuShare = (threadCpuSeconds() - cpu0) / secondsSince(wall0);
    r.stretch = RefreshThrottle::stretch();
    measuring = false;
    cycler.stop();
    c->pause();
    runEventLoopUntil([&] { return !c->snapshot()->playing; }, 5000);
    QObject::disconnect(recorder);  // it writes to locals that end before the window

    r.worstMs = probe.worstMs();
    r.p99Ms = probe.percentileMs(0.99);
    r.ticks = probe.ticks();
    r.paints = paints.counts();
    r.snapshots = int(seen.size());
    if (seen.size() >= 2) {
        const double dt = std::chrono::duration<double>(seen.back().first - seen.front().first).count();
        r.samplesPerSecond = double(seen.back().second - seen.front().second) * batch / dt;
    }
    r.ok = true;
    return r;
}

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

// The engine's TrainingSession on its own thread, as the app runs it, without a UI.
double runHeadlessSession(const Project& project, double seconds, std::string& problem)
{
    TrainingSession session;
    std::thread worker([&] { session.run(); });
    session.loadProject(project, 1);
    const auto start = Clock::now();
    while (!(session.status()->revision == 1 && !session.status()->building &&
             (session.status()->ready || !session.status()->problem.empty())) &&
           secondsSince(start) < kReadyGuardMs / 1000.0)
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
    double result = 0;
    if (session.status()->ready) {
        session.play();
        std::this_thread::sleep_for(std::chrono::duration<double>(kWarmupSeconds));
        const auto first = nextSnapshot(session, session.snapshot());
        const auto t0 = Clock::now();
        std::this_thread::sleep_for(std::chrono::duration<double>(seconds));
        const auto last = nextSnapshot(session, session.snapshot());
        const double dt = secondsSince(t0);
        result = double(last->step - first->step) * project.training.batchSize / dt;
    } else {
        problem = session.status()->problem;
    }
    session.stop();
    worker.join();
    return result;
}

// A bare Trainer: steps in a loop, no session, no snapshots, no probes read.
double runBareTrainer(const Project& project, double seconds)
{
    const PreparedData data = prepareData(project.data, project.seed);
    Model model(project.model, data.train.inputShape);
    model.initialize(project.seed);
    Trainer trainer(std::move(model), data.train, data.validation, project.training, project.seed);
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
    UiRun ui;          // the round with the median UI / headless ratio
    double headless = 0;                // median over rounds, samples/s
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
                    r.ui.p99Ms, r.ui.samplesPerSecond, r.headless, r.headlessProbesOff, r.uiOverHeadless,
                    r.uiOverProbesOff, r.bare);
    }
    std::printf("\n(%d rounds of UI, headless and headless without probes, %.1f s each after a %.0f s warm-up; "
                "ratios: medians over rounds; the UI columns: the median round; UI lateness from a %d ms timer; "
                "targets: UI worst < 50 ms, probes and UI together cost < 5%%: UI / headless probes off >= 0.95)\n",
                rounds, seconds, kWarmupSeconds, kTickMs);
}

}  // namespace

int main(int argc, char* argv[])
{
    double seconds = 8;
    bool smoke = false;
    std::string only;  // one workload by name
    bool profile = false;
    Tabs tabs = Tabs::Split;
    bool refreshBudget = true;
    int rounds = 3;
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
        std::vector<UiRun> uiRuns;
        std::vector<double> headless, headlessProbesOff, uiOverHeadless, uiOverProbesOff;
        std::string problem;
        for (int round = 1; round <= rounds && row.note.empty(); ++round) {
            std::fprintf(stderr, "%s, round %d of %d: with the UI...\n", name.c_str(), round, rounds);
            UiRun ui = runWithUi(path, project->training.batchSize, seconds, profile ? &app : nullptr, tabs, refreshBudget);
            if (!ui.ok) {
                row.note = ui.problem;
                break;
            }
            std::fprintf(stderr, "  idle window: worst %.1f ms, p99 %.1f ms; training: UI thread busy %.1f%% of one core, "
                         "refresh intervals x%.2f\n", ui.idleWorstMs, ui.idleP99Ms, 100 * ui.uiCpuShare, ui.stretch);
            std::fprintf(stderr, "  %zu timer ticks, %d snapshots received; paints:", ui.ticks, ui.snapshots);
            for (const auto& [view, count] : ui.paints)
                std::fprintf(stderr, " %s %d", qPrintable(view), count);
            std::fprintf(stderr, "\n%s, round %d: headless TrainingSession, then with probes off...\n", name.c_str(), round);
            const double h = runHeadlessSession(*project, seconds, problem);
            const double off = runHeadlessSession(probesOff, seconds, problem);
            if (!problem.empty() || ui.samplesPerSecond <= 0 || h <= 0 || off <= 0) {
                row.note = problem.empty() ? "no training steps were measured" : problem;
                break;
            }
            std::fprintf(stderr, "  samples/s: with UI %.0f, headless %.0f, probes off %.0f\n", ui.samplesPerSecond, h, off);
            uiRuns.push_back(ui);
            headless.push_back(h);
            headlessProbesOff.push_back(off);
            uiOverHeadless.push_back(ui.samplesPerSecond / h);
            uiOverProbesOff.push_back(ui.samplesPerSecond / off);
        }
        if (!row.note.empty()) {
            rows.push_back(row);
            failed = true;
            continue;
        }
        row.headless = median(headless);
        row.headlessProbesOff = median(headlessProbesOff);
        row.uiOverHeadless = median(uiOverHeadless);
        row.uiOverProbesOff = median(uiOverProbesOff);
        // the UI columns come from the round whose ratio is the median one
        const auto middle = std::min_element(uiOverHeadless.begin(), uiOverHeadless.end(), [&](double a, double b) {
            return std::abs(a - row.uiOverHeadless) < std::abs(b - row.uiOverHeadless);
        });
        row.ui = uiRuns[size_t(middle - uiOverHeadless.begin())];
        std::fprintf(stderr, "%s: bare Trainer...\n", name.c_str());
        row.bare = runBareTrainer(*project, seconds);
        rows.push_back(row);
    }
    printTable(rows, seconds, rounds);
    return failed ? 1 : 0;
}
