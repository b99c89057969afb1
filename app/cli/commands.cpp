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
#include "io/examples.h"
#include "model/model.h"
#include "progress.h"
#include "model/summary.h"
#ifdef LAYERLAB_CLI_PICTURES
#include "picture_files.h"
#endif
#include "session/build_trainer.h"
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

struct TrainOptions {
    std::string project;
    std::optional<int> epochs;
    std::optional<int> threads;
    std::optional<std::uint64_t> seed;
    std::string metricsPath;
    std::string savePath;
    std::string picturesPath;
};

TrainOptions parseTrainOptions(const std::vector<std::string>& args)
{
    TrainOptions o;
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
        else if (a == "--metrics")
            o.metricsPath = value();
        else if (a == "--save")
            o.savePath = value();
        else if (a == "--pictures") {
#ifdef LAYERLAB_CLI_PICTURES
            o.picturesPath = value();
#else
            throw UsageError("--pictures needs a layerlab-cli built with the app (LAYERLAB_BUILD_APP=ON)");
#endif
        }
        else if (a.starts_with("--"))
            throw UsageError("unknown option " + a);
        else if (o.project.empty())
            o.project = a;
        else
            throw UsageError("train takes one project, but got '" + o.project + "' and '" + a + "'");
    }
    if (o.project.empty())
        throw UsageError("train needs a project file or an example name");
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

}  // namespace

std::string usage()
{
    return "Usage:\n"
           "  layerlab-cli train FILE [--epochs N] [--threads N] [--seed S] [--metrics out.csv] [--save out.layerlab]\n"
           "                          [--pictures DIR]\n"
           "  layerlab-cli summary FILE\n"
           "  layerlab-cli examples\n"
           "  layerlab-cli data FILE-or-NAME\n"
           "FILE is a project file or the name of a built-in example (see 'layerlab-cli examples').\n";
}

int trainCommand(const std::vector<std::string>& args)
{
    TrainOptions options;
    try {
        options = parseTrainOptions(args);
    } catch (const UsageError& e) {
        std::fprintf(stderr, "layerlab-cli train: %s\n\n%s", e.what(), usage().c_str());
        return kUsage;
    }
    Project project = loadProject(options.project);
    if (options.epochs)
        project.training.epochs = *options.epochs;
    if (options.threads)
        project.training.threads = *options.threads;
    if (options.seed)
        project.seed = *options.seed;

    const auto prepared = std::make_shared<const PreparedData>(prepareData(project.data, project.seed));
    const PreparedData& data = *prepared;
    // a seed given on the command line asks for a fresh start: the saved weights are not used
    const std::unique_ptr<Trainer> built =
        buildTrainer(project, prepared, options.seed ? SavedWeightsUse::Ignore : SavedWeightsUse::MustFit);
    Trainer& trainer = *built;

    std::printf("%s: %lld training and %lld validation samples, %lld parameters, %d thread%s\n", project.name.c_str(),
                static_cast<long long>(data.train.sampleCount()), static_cast<long long>(data.validation.sampleCount()),
                static_cast<long long>(trainer.model().parameterCount()), trainer.threads(),
                trainer.threads() == 1 ? "" : "s");
    if (!data.report.empty())
        std::printf("Data: %s\n", data.report.c_str());
    std::fflush(stdout);

    ProgressReporter progress(stdout, project.training.epochs, trainer.stepsPerEpoch());
    while (trainer.state() == TrainerState::Ready) {
        const StepResult r = trainer.step();
        progress.update(trainer.epoch(), trainer.stepInEpoch(), r.loss, trainer.samplesPerSecond());
        if (r.epochEnded) {
            const EpochMetrics& e = trainer.history().back();
            std::string line = "Epoch " + std::to_string(e.epoch) + "/" + std::to_string(project.training.epochs) +
                               "  train " + metricsText(e.train, data.train.task);
            if (e.validation.samples > 0)
                line += "  |  validation " + metricsText(e.validation, data.train.task);
            line += "  (" + number(e.seconds, 2) + " s, " +
                    number(e.seconds > 0 ? double(data.train.sampleCount()) / e.seconds : 0, 0) + " samples/s)";
            progress.epochLine(line);
        }
    }

    if (!options.metricsPath.empty())
        writeMetricsCsv(options.metricsPath, trainer.history());
    if (trainer.state() == TrainerState::Diverged) {
        const auto& divergence = trainer.divergence();
        std::fprintf(stderr, "%s\n", divergence ? describeDivergence(*divergence).c_str() : "Training diverged.");
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
