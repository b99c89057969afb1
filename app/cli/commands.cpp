#include "commands.h"

#include <charconv>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <optional>
#include <sstream>

#include "data/data_source.h"
#include "data/dataset_summary.h"
#include "core/error.h"
#include "findings_output.h"
#include "io/examples.h"
#include "model/model.h"
#include "progress.h"
#include "model/summary.h"
#ifdef LAYERLAB_CLI_PICTURES
#include "picture_files.h"
#endif
#include "session/build_trainer.h"
#include "session/run_diagnosis.h"
#include "training/divergence_text.h"
#include "training/trainer.h"

namespace layerlab::cli {

namespace {

struct UsageError : Error {
    using Error::Error;
};

// A project file path, or the name of a built-in example.
Project loadProject(const std::string& fileOrExample)
{
    if (std::filesystem::exists(fileOrExample))
        return readProjectFile(fileOrExample);
    if (auto example = findExample(fileOrExample))
        return *example;
    throw ProjectFileError("There is no project file or built-in example called '" + fileOrExample +
                           "'. Give the path of a .layerlab file, or one of the names 'layerlab-cli examples' lists.");
}

template <typename T>
T parseNumber(const std::string& option, const std::string& text, T lo, T hi)
{
    T value{};
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (ec != std::errc() || end != text.data() + text.size() || value < lo || value > hi)
        throw UsageError(option + " needs a whole number from " + std::to_string(lo) + " to " + std::to_string(hi) +
                         ", not '" + text + "'");
    return value;
}

// What `train` and `diagnose` take. They share the project, --epochs, --threads and --seed;
// each refuses the other's own options.
enum class RunCommand { Train, Diagnose };

const char* commandName(RunCommand command) { return command == RunCommand::Train ? "train" : "diagnose"; }

struct RunOptions {
    std::string project;
    std::optional<int> epochs;
    std::optional<int> threads;
    std::optional<std::uint64_t> seed;
    std::string metricsPath;   // train
    std::string savePath;      // train
    std::string picturesPath;  // train
    bool json = false;         // diagnose
};

RunOptions parseRunOptions(RunCommand command, const std::vector<std::string>& args)
{
    const bool train = command == RunCommand::Train;
    RunOptions o;
    for (size_t i = 0; i < args.size(); ++i) {
        const std::string& a = args[i];
        auto value = [&]() -> const std::string& {
            if (i + 1 >= args.size())
                throw UsageError(a + " needs a value");
            return args[++i];
        };
        if (a == "--epochs")
            o.epochs = parseNumber<int>(a, value(), 1, 1'000'000);
        else if (a == "--threads")
            o.threads = parseNumber<int>(a, value(), 1, 256);
        else if (a == "--seed")
            o.seed = parseNumber<std::uint64_t>(a, value(), 0, UINT64_MAX);
        else if (a == "--metrics" && train)
            o.metricsPath = value();
        else if (a == "--save" && train)
            o.savePath = value();
        else if (a == "--pictures" && train) {
#ifdef LAYERLAB_CLI_PICTURES
            o.picturesPath = value();
#else
            throw UsageError("--pictures needs a layerlab-cli built with the app (LAYERLAB_BUILD_APP=ON)");
#endif
        }
        else if (a == "--json" && !train)
            o.json = true;
        else if (a.starts_with("--"))
            throw UsageError("unknown option " + a);
        else if (o.project.empty())
            o.project = a;
        else
            throw UsageError(std::string(commandName(command)) + " takes one project, but got '" + o.project +
                             "' and '" + a + "'");
    }
    if (o.project.empty())
        throw UsageError(std::string(commandName(command)) + " needs a project file or an example name");
    return o;
}

std::string percent(double v)
{
    if (!std::isfinite(v))
        return "-";
    char text[16];
    std::snprintf(text, sizeof text, "%.1f%%", v * 100);
    return text;
}

std::string number(double v, int decimals = 4)
{
    if (!std::isfinite(v))
        return "-";
    char text[32];
    std::snprintf(text, sizeof text, "%.*f", decimals, v);
    return text;
}

std::string metricsText(const Metrics& m, Task task)
{
    std::string s = "loss " + number(m.loss);
    if (task == Task::Classification)
        s += "  accuracy " + percent(m.accuracy);
    else
        s += "  RMSE " + number(m.rmse) + "  R^2 " + number(m.r2);
    return s;
}

void writeMetricsCsv(const std::string& path, const std::vector<EpochMetrics>& history)
{
    std::ostringstream csv;
    csv << "epoch,step,train_loss,train_accuracy,train_rmse,train_r2,val_loss,val_accuracy,val_rmse,val_r2,"
           "learning_rate,seconds\n";
    auto field = [](double v) { return std::isfinite(v) ? number(v, 6) : std::string(); };
    for (const auto& e : history)
        csv << e.epoch << ',' << e.step << ',' << field(e.train.loss) << ',' << field(e.train.accuracy) << ','
            << field(e.train.rmse) << ',' << field(e.train.r2) << ',' << field(e.validation.loss) << ','
            << field(e.validation.accuracy) << ',' << field(e.validation.rmse) << ',' << field(e.validation.r2) << ','
            << field(e.learningRate) << ',' << field(e.seconds) << '\n';
    writeFileAtomically(path, csv.str());
}

// A project trained as the command line asks, with the doctor beside the trainer.
struct TrainedRun {
    Project project;
    std::shared_ptr<const PreparedData> data;
    std::unique_ptr<Trainer> trainer;
    RunObserver observer;

    std::vector<Finding> findings() const { return observer.diagnose(*trainer); }
};

std::string epochLine(const EpochMetrics& e, int epochs, const PreparedData& data)
{
    std::string line = "Epoch " + std::to_string(e.epoch) + "/" + std::to_string(epochs) + "  train " +
                       metricsText(e.train, data.train.task);
    if (e.validation.samples > 0)
        line += "  |  validation " + metricsText(e.validation, data.train.task);
    return line + "  (" + number(e.seconds, 2) + " s, " +
           number(e.seconds > 0 ? double(data.train.sampleCount()) / e.seconds : 0, 0) + " samples/s)";
}

// Loads the project, applies the options and trains until the trainer stops (finished,
// stopped early or diverged), recording what the doctor reads after every step. The set-up
// and the progress go to `out`; `epochLines` adds a line per finished epoch.
std::unique_ptr<TrainedRun> trainAsAsked(const RunOptions& options, std::FILE* out, bool epochLines)
{
    auto run = std::make_unique<TrainedRun>();
    Project& project = run->project;
    project = loadProject(options.project);
    if (options.epochs)
        project.training.epochs = *options.epochs;
    if (options.threads)
        project.training.threads = *options.threads;
    if (options.seed)
        project.seed = *options.seed;

    run->data = std::make_shared<const PreparedData>(prepareData(project.data, project.seed));
    const PreparedData& data = *run->data;
    // a seed given on the command line asks for a fresh start: the saved weights are not used
    run->trainer = buildTrainer(project, run->data, options.seed ? SavedWeightsUse::Ignore : SavedWeightsUse::MustFit);
    Trainer& trainer = *run->trainer;
    run->observer.reset(&trainer, project, run->data);

    std::fprintf(out, "%s: %lld training and %lld validation samples, %lld parameters, %d thread%s\n",
                 project.name.c_str(), static_cast<long long>(data.train.sampleCount()),
                 static_cast<long long>(data.validation.sampleCount()),
                 static_cast<long long>(trainer.model().parameterCount()), trainer.threads(),
                 trainer.threads() == 1 ? "" : "s");
    if (!data.report.empty())
        std::fprintf(out, "Data: %s\n", data.report.c_str());
    std::fflush(out);

    ProgressReporter progress(out, project.training.epochs, trainer.stepsPerEpoch());
    while (trainer.state() == TrainerState::Ready) {
        const StepResult r = trainer.step();
        run->observer.afterStep(trainer, r);
        progress.update(trainer.epoch(), trainer.stepInEpoch(), r.loss, trainer.samplesPerSecond());
        if (r.epochEnded && epochLines)
            progress.epochLine(epochLine(trainer.history().back(), project.training.epochs, data));
    }
    if (!epochLines && !trainer.history().empty())  // the last epoch alone, for the record
        progress.epochLine(epochLine(trainer.history().back(), project.training.epochs, data));
    return run;
}

void reportDivergence(const Trainer& trainer, std::FILE* out)
{
    const auto& divergence = trainer.divergence();
    std::fprintf(out, "%s\n", divergence ? describeDivergence(*divergence).c_str() : "Training diverged.");
    std::fflush(out);
}

void printFindings(const TrainedRun& run)
{
    std::fputs(findingsText(run.findings(), run.project.model, run.trainer->stepCount()).c_str(), stdout);
    std::fflush(stdout);
}

// The usage error in the form every command prints it.
int usageError(RunCommand command, const UsageError& e)
{
    std::fprintf(stderr, "layerlab-cli %s: %s\n\n%s", commandName(command), e.what(), usage().c_str());
    return kUsage;
}

}  // namespace

std::string usage()
{
    return "Usage:\n"
           "  layerlab-cli train FILE [--epochs N] [--threads N] [--seed S] [--metrics out.csv] [--save out.layerlab]\n"
           "                          [--pictures DIR]\n"
           "  layerlab-cli diagnose FILE [--epochs N] [--threads N] [--seed S] [--json]\n"
           "  layerlab-cli summary FILE\n"
           "  layerlab-cli examples\n"
           "  layerlab-cli data FILE-or-NAME\n"
           "FILE is a project file or the name of a built-in example (see 'layerlab-cli examples').\n"
           "train prints the doctor's findings at its end; diagnose trains and prints only them\n"
           "(--json: as JSON on stdout, the progress on stderr).\n";
}

int trainCommand(const std::vector<std::string>& args)
{
    RunOptions options;
    try {
        options = parseRunOptions(RunCommand::Train, args);
    } catch (const UsageError& e) {
        return usageError(RunCommand::Train, e);
    }
    const std::unique_ptr<TrainedRun> run = trainAsAsked(options, stdout, true);
    Project& project = run->project;
    const PreparedData& data = *run->data;
    Trainer& trainer = *run->trainer;

    if (!options.metricsPath.empty())
        writeMetricsCsv(options.metricsPath, trainer.history());
    if (trainer.state() == TrainerState::Diverged) {
        reportDivergence(trainer, stderr);
        printFindings(*run);
        return kDiverged;
    }
    if (trainer.state() == TrainerState::EarlyStopped)
        std::printf("Stopped early: the validation loss did not improve for %d epochs.\n",
                    project.training.earlyStopping.patience);
    std::printf("Final: train %s\n", metricsText(trainer.evaluate(data.train), data.train.task).c_str());
    if (data.validation.sampleCount() > 0)
        std::printf("Final: validation %s\n", metricsText(trainer.evaluate(data.validation), data.train.task).c_str());
    if (data.test.sampleCount() > 0)
        std::printf("Final: test %s\n", metricsText(trainer.evaluate(data.test), data.train.task).c_str());
    printFindings(*run);
    if (!options.savePath.empty()) {
        project.weights = SavedWeights{trainer.model().parameters(), trainer.model().state()};
        writeProjectFile(options.savePath, project);
        std::printf("Saved the project with its trained weights to %s\n", options.savePath.c_str());
    }
#ifdef LAYERLAB_CLI_PICTURES
    if (!options.picturesPath.empty()) {
        const std::vector<std::string> written =
            writePictures(trainer.model(), project.data, project.seed, data, options.picturesPath);
        if (written.empty())
            std::printf("No pictures: the decision map needs two-input data from a generator, the feature maps "
                        "image data and a Conv2D layer.\n");
        for (const std::string& file : written)
            std::printf("Wrote %s\n", file.c_str());
    }
#endif
    return kOk;
}

// Exit code 0 whatever the doctor finds, a diverged run included: the findings are the
// answer the command was asked for.
int diagnoseCommand(const std::vector<std::string>& args)
{
    RunOptions options;
    try {
        options = parseRunOptions(RunCommand::Diagnose, args);
    } catch (const UsageError& e) {
        return usageError(RunCommand::Diagnose, e);
    }
    // --json keeps stdout for the JSON document alone
    std::FILE* progress = options.json ? stderr : stdout;
    const std::unique_ptr<TrainedRun> run = trainAsAsked(options, progress, false);
    if (run->trainer->state() == TrainerState::Diverged)
        reportDivergence(*run->trainer, progress);
    if (options.json)
        std::printf("%s\n", findingsJson(run->findings(), run->project.model).dump(2).c_str());
    else
        printFindings(*run);
    return kOk;
}

int summaryCommand(const std::vector<std::string>& args)
{
    if (args.size() != 1) {
        std::fprintf(stderr, "layerlab-cli summary: needs exactly one project file or example name\n\n%s",
                     usage().c_str());
        return kUsage;
    }
    const Project project = loadProject(args[0]);
    // The input shape comes from the data; prepare it (generated data is quick).
    const PreparedData data = prepareData(project.data, project.seed);
    std::printf("%s\n%s", project.name.c_str(), formatSummary(summarizeModel(project.model, data.train.inputShape)).c_str());
    return kOk;
}

int examplesCommand(const std::vector<std::string>& args)
{
    if (!args.empty()) {
        std::fprintf(stderr, "layerlab-cli examples: takes no arguments\n\n%s", usage().c_str());
        return kUsage;
    }
    std::printf("Built-in examples (use the name in place of a project file):\n");
    for (const auto& e : builtInExamples())
        std::printf("  %-20s %s\n", e.name.c_str(), e.title.c_str());
    std::printf("\n%s", describeDataSources().c_str());
    return kOk;
}

int dataCommand(const std::vector<std::string>& args)
{
    if (args.size() != 1) {
        std::fprintf(stderr, "layerlab-cli data: needs exactly one data file or dataset name\n\n%s", usage().c_str());
        return kUsage;
    }
    const DataSpec spec = dataSpecForArgument(args[0]);
    const Dataset data = loadDataSource(spec, 42);
    std::printf("%s", describeDataset(data).c_str());
    return kOk;
}

}  // namespace layerlab::cli
