#include "commands.h"

#include <QCoreApplication>
#include <QStringList>

#include <charconv>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <functional>
#include <optional>
#include <sstream>

#include "data/data_source.h"
#include "data/dataset_summary.h"
#include "cli_text.h"
#include "core/error.h"
#include "findings_output.h"
#include "language.h"
#include "learning_check.h"
#include "message_text.h"
#include "io/examples.h"
#include "model/model.h"
#include "output_paths.h"
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
    //: %1 is the name given; 'layerlab-cli examples' is a command and stays as it is
    throw ProjectFileError(cliMessage(QT_TRANSLATE_NOOP("Cli", "There is no project file or built-in example called "
                                                               "'%1'. Give the path of a .layerlab file, or one of the "
                                                               "names 'layerlab-cli examples' lists."),
                                      MessageArg::name(fileOrExample)));
}

template <typename T>
T parseNumber(const std::string& option, const std::string& text, T lo, T hi)
{
    T value{};
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (ec != std::errc() || end != text.data() + text.size() || value < lo || value > hi)
        //: %1 is an option (--epochs), %2 and %3 its smallest and largest values, %4 what was given
        throw UsageError(cliMessage(QT_TRANSLATE_NOOP("Cli", "%1 needs a whole number from %2 to %3, not '%4'"),
                                    MessageArg::name(option), MessageArg::name(std::to_string(lo)),
                                    MessageArg::name(std::to_string(hi)), MessageArg::name(text)));
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
    // train; given but empty is a usage error, not "none"
    std::optional<std::string> metricsPath;
    std::optional<std::string> savePath;
    std::optional<std::string> picturesPath;
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
                //: %1 is an option (--epochs)
                throw UsageError(cliMessage(QT_TRANSLATE_NOOP("Cli", "%1 needs a value"), MessageArg::name(a)));
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
            throw UsageError(cliMessage(QT_TRANSLATE_NOOP(
                "Cli", "--pictures needs a layerlab-cli built with the app (LAYERLAB_BUILD_APP=ON)")));
#endif
        }
        else if (a == "--json" && !train)
            o.json = true;
        else if (a.starts_with("--"))
            throw UsageError(cliMessage(QT_TRANSLATE_NOOP("Cli", "unknown option %1"), MessageArg::name(a)));
        else if (o.project.empty())
            o.project = a;
        else
            //: %1 is the command (train, diagnose), %2 and %3 the two projects given
            throw UsageError(cliMessage(QT_TRANSLATE_NOOP("Cli", "%1 takes one project, but got '%2' and '%3'"),
                                        MessageArg::name(commandName(command)), MessageArg::name(o.project),
                                        MessageArg::name(a)));
    }
    if (o.project.empty())
        //: %1 is the command (train, diagnose)
        throw UsageError(cliMessage(QT_TRANSLATE_NOOP("Cli", "%1 needs a project file or an example name"),
                                    MessageArg::name(commandName(command))));
    return o;
}

// Every output `train` was asked for, checked before it trains: a path that could never be
// written is a wrong command line, said at once rather than after the run.
void checkOutputPaths(const RunOptions& o)
{
    const auto check = [](const char* option, const std::optional<std::string>& path, OutputKind kind) {
        if (path)
            if (std::optional<Message> problem = outputPathProblem(option, *path, kind))
                throw UsageError(std::move(*problem));
    };
    check("--save", o.savePath, OutputKind::File);
    check("--metrics", o.metricsPath, OutputKind::File);
    check("--pictures", o.picturesPath, OutputKind::Folder);
    if (o.metricsPath && std::filesystem::exists(o.project) && sameFile(*o.metricsPath, o.project))
        //: %1 is the project file given to train
        throw UsageError(cliMessage(QT_TRANSLATE_NOOP("Cli", "--metrics names the project being trained, %1, and "
                                                             "would overwrite it. Give the metrics their own file."),
                                    MessageArg::name(o.project)));
    if (o.metricsPath && o.savePath && sameFile(*o.metricsPath, *o.savePath))
        //: %1 is the file both options name
        throw UsageError(cliMessage(QT_TRANSLATE_NOOP("Cli", "--metrics and --save both name %1, so one would "
                                                             "overwrite the other. Give each its own file."),
                                    MessageArg::name(*o.savePath)));
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
    if (task == Task::Classification)
        //: %1 is the loss, %2 the accuracy as a percentage
        return utf8(QCoreApplication::translate("Cli", "loss %1  accuracy %2").arg(qtext(number(m.loss)),
                                                                                    qtext(percent(m.accuracy))));
    //: %1 is the loss, %2 the root mean square error, %3 the coefficient of determination
    return utf8(QCoreApplication::translate("Cli", "loss %1  RMSE %2  R^2 %3")
                    .arg(qtext(number(m.loss)), qtext(number(m.rmse)), qtext(number(m.r2))));
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
    const QString epoch = QString::number(e.epoch), total = QString::number(epochs);
    const QString train = qtext(metricsText(e.train, data.train.task));
    const QString seconds = qtext(number(e.seconds, 2));
    const QString speed = qtext(number(e.seconds > 0 ? double(data.train.sampleCount()) / e.seconds : 0, 0));
    if (e.validation.samples > 0)
        //: a finished epoch: %1 its number, %2 the epochs in all, %3 and %4 the training and validation
        //: metrics, %5 the seconds it took, %6 the samples trained per second
        return utf8(QCoreApplication::translate("Cli", "Epoch %1/%2  train %3  |  validation %4  (%5 s, %6 samples/s)")
                        .arg(epoch, total, train, qtext(metricsText(e.validation, data.train.task)), seconds, speed));
    //: a finished epoch: %1 its number, %2 the epochs in all, %3 the training metrics, %4 the seconds
    //: it took, %5 the samples trained per second
    return utf8(QCoreApplication::translate("Cli", "Epoch %1/%2  train %3  (%4 s, %5 samples/s)")
                    .arg(epoch, total, train, seconds, speed));
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

    // an example's name is in the examples' catalogue; a project's own name stays as it is
    const QString name = QCoreApplication::translate("Examples", project.name.c_str()),
                  trainSamples = QString::number(data.train.sampleCount()),
                  validationSamples = QString::number(data.validation.sampleCount()),
                  parameters = QString::number(trainer.model().parameterCount());
    const QString setUp =
        trainer.threads() == 1
            //: %1 is the project's name, %2 and %3 sample counts, %4 the number of weights and biases
            ? QCoreApplication::translate("Cli", "%1: %2 training and %3 validation samples, %4 parameters, 1 thread")
                  .arg(name, trainSamples, validationSamples, parameters)
            //: %1 is the project's name, %2 and %3 sample counts, %4 the number of weights and biases, %5 threads
            : QCoreApplication::translate("Cli", "%1: %2 training and %3 validation samples, %4 parameters, %5 threads")
                  .arg(name, trainSamples, validationSamples, parameters, QString::number(trainer.threads()));
    std::fprintf(out, "%s\n", utf8(setUp).c_str());
    if (!data.report.empty()) {
        QString report;
        for (const Message& sentence : data.report)
            report = report.isEmpty() ? messageText(sentence)
                                      //: two sentences in a row (Chinese needs no space between them)
                                      : QCoreApplication::translate("Cli", "%1 %2").arg(report, messageText(sentence));
        //: %1 is the data preparation's report, a sentence or more
        std::fprintf(out, "%s\n", utf8(QCoreApplication::translate("Cli", "Data: %1").arg(report)).c_str());
    }
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
    std::fprintf(out, "%s\n",
                 utf8(divergence ? messageText(describeDivergence(*divergence))
                                 : QCoreApplication::translate("Cli", "Training diverged."))
                     .c_str());
    std::fflush(out);
}

void printFindings(const TrainedRun& run)
{
    std::fputs(findingsText(run.findings(), run.project.model, run.trainer->stepCount()).c_str(), stdout);
    std::fflush(stdout);
}

// The summary table's words in the reader's language (summary.h writes them in English).
SummaryWords summaryWords()
{
    const SummaryWords english;
    auto translated = [](const std::string& text) { return utf8(QCoreApplication::translate("Engine", text.c_str())); };
    SummaryWords words;
    words.layer = translated(english.layer);
    words.outputShape = translated(english.outputShape);
    words.parameters = translated(english.parameters);
    words.total = translated(english.total);
    words.trainable = translated(english.trainable);
    words.nonTrainable = translated(english.nonTrainable);
    return words;
}

// The usage error in the form every command prints it.
int usageError(RunCommand command, const UsageError& e)
{
    std::fprintf(stderr, "layerlab-cli %s: %s\n\n%s", commandName(command), utf8(errorText(e)).c_str(),
                 usage().c_str());
    return kUsage;
}

}  // namespace

std::string usage()
{
    QStringList languages;
    for (const LanguageChoice& language : availableLanguages())
        languages << language.code;
    //: the commands, options and placeholders (FILE, N, S, DIR, CODE) stay as they are; %1 lists the
    //: language codes, as: en, zh_CN
    return utf8(QCoreApplication::translate(
                    "Cli",
                    "Usage:\n"
                    "  layerlab-cli train FILE [--epochs N] [--threads N] [--seed S] [--metrics out.csv] [--save out.layerlab]\n"
                    "                          [--pictures DIR]\n"
                    "  layerlab-cli diagnose FILE [--epochs N] [--threads N] [--seed S] [--json]\n"
                    "  layerlab-cli summary FILE\n"
                    "  layerlab-cli examples\n"
                    "  layerlab-cli data FILE-or-NAME\n"
                    "FILE is a project file or the name of a built-in example (see 'layerlab-cli examples').\n"
                    "train prints the doctor's findings at its end; diagnose trains and prints only them\n"
                    "(--json: as JSON on stdout, the progress on stderr).\n"
                    "train checks the --metrics, --save and --pictures paths before it trains, and writes each\n"
                    "output even when another fails.\n"
                    "Exit codes: 0 done (train warns when a run did not learn: a loss that rose or is worse than\n"
                    "guessing, or accuracy at chance level), 1 a file or the data could not be used (or an output\n"
                    "could not be written), 2 a wrong command line, 3 train stopped because values became Inf/NaN.\n"
                    "--lang CODE, anywhere on the line, chooses the language (%1); without it LC_ALL,\n"
                    "LC_MESSAGES or LANG does. The JSON and the metrics CSV stay in English.\n")
                    .arg(languages.join(QStringLiteral(", "))));
}

namespace {

// One output written on its own: when it fails, says so (`failure` makes the sentence from the
// reason) and returns false, so that the outputs after it are still written.
bool writeOutput(const std::function<void()>& write, const std::function<QString(const QString&)>& failure)
{
    try {
        write();
        return true;
    } catch (const std::exception& e) {
        std::fprintf(stderr, "layerlab-cli train: %s\n", utf8(failure(errorText(e))).c_str());
        return false;
    }
}

}  // namespace

int trainCommand(const std::vector<std::string>& args)
{
    RunOptions options;
    try {
        options = parseRunOptions(RunCommand::Train, args);
        checkOutputPaths(options);
    } catch (const UsageError& e) {
        return usageError(RunCommand::Train, e);
    }
    const std::unique_ptr<TrainedRun> run = trainAsAsked(options, stdout, true);
    Project& project = run->project;
    const PreparedData& data = *run->data;
    Trainer& trainer = *run->trainer;

    const bool diverged = trainer.state() == TrainerState::Diverged;
    if (diverged)
        reportDivergence(trainer, stderr);
    if (trainer.state() == TrainerState::EarlyStopped)
        //: %1 is the early stopping's patience, in epochs
        std::printf("%s\n", utf8(QCoreApplication::translate(
                                     "Cli", "Stopped early: the validation loss did not improve for %1 epochs.")
                                     .arg(project.training.earlyStopping.patience))
                                .c_str());
    if (!diverged) {
        const Task task = data.train.task;
        const Metrics finalTrain = trainer.evaluate(data.train);
        //: %1 is the metrics on the training data after training
        std::printf("%s\n", utf8(QCoreApplication::translate("Cli", "Final: train %1")
                                     .arg(qtext(metricsText(finalTrain, task))))
                                .c_str());
        if (data.validation.sampleCount() > 0)
            //: %1 is the metrics on the validation data after training
            std::printf("%s\n", utf8(QCoreApplication::translate("Cli", "Final: validation %1")
                                         .arg(qtext(metricsText(trainer.evaluate(data.validation), task))))
                                    .c_str());
        if (data.test.sampleCount() > 0)
            //: %1 is the metrics on the test data after training
            std::printf("%s\n", utf8(QCoreApplication::translate("Cli", "Final: test %1")
                                         .arg(qtext(metricsText(trainer.evaluate(data.test), task))))
                                    .c_str());
        // a run can end without Inf/NaN and still have learned nothing: say so (the exit code stays 0)
        if (const std::optional<QString> warning =
                didNotLearnWarning(trainer.history(), finalTrain, project.training.loss,
                                   project.training.optimizer.learningRate))
            std::printf("%s\n", utf8(*warning).c_str());
    }
    printFindings(*run);

    // Each output on its own, the trained weights first: one that cannot be written never
    // costs another, and every failure is said.
    bool allWritten = true;
    const auto notWritten = [](const char* option, const std::string& path) {
        //: %1 is an option (--save, --pictures), %2 the path given to it
        const QString text = QCoreApplication::translate("Cli", "Nothing was written to %1 %2: training diverged, so "
                                                                "the weights are not usable. Lower the learning rate "
                                                                "and train again.");
        std::printf("%s\n", utf8(text.arg(qtext(option), qtext(path))).c_str());
    };
    if (options.savePath && diverged)
        notWritten("--save", *options.savePath);
    if (options.savePath && !diverged)
        allWritten &= writeOutput(
            [&] {
                project.weights = SavedWeights{trainer.model().parameters(), trainer.model().state()};
                writeProjectFile(*options.savePath, project);
                //: %1 is a file name
                std::printf("%s\n",
                            utf8(QCoreApplication::translate("Cli", "Saved the project with its trained weights to %1")
                                     .arg(qtext(*options.savePath)))
                                .c_str());
            },
            [&](const QString& reason) {
                //: %1 is a file name, %2 the reason (a sentence or more)
                return QCoreApplication::translate("Cli", "Could not save the project to %1 (--save): %2")
                    .arg(qtext(*options.savePath), reason);
            });
    if (options.metricsPath)
        allWritten &= writeOutput([&] { writeMetricsCsv(*options.metricsPath, trainer.history()); },
                                  [&](const QString& reason) {
                                      //: %1 is a file name, %2 the reason (a sentence or more)
                                      return QCoreApplication::translate(
                                                 "Cli", "Could not write the metrics to %1 (--metrics): %2")
                                          .arg(qtext(*options.metricsPath), reason);
                                  });
#ifdef LAYERLAB_CLI_PICTURES
    if (options.picturesPath && diverged)
        notWritten("--pictures", *options.picturesPath);
    if (options.picturesPath && !diverged)
        allWritten &= writeOutput(
            [&] {
                const std::vector<std::string> written =
                    writePictures(trainer.model(), project.data, project.seed, data, *options.picturesPath);
                if (written.empty())
                    std::printf("%s\n",
                                utf8(QCoreApplication::translate(
                                         "Cli", "No pictures: the decision map needs two-input data from a generator, "
                                                "the feature maps image data and a Conv2D layer."))
                                    .c_str());
                for (const std::string& file : written)
                    //: %1 is a file name
                    std::printf("%s\n", utf8(QCoreApplication::translate("Cli", "Wrote %1").arg(qtext(file))).c_str());
            },
            [&](const QString& reason) {
                //: %1 is a folder's name, %2 the reason (a sentence or more)
                return QCoreApplication::translate("Cli", "Could not write the pictures to %1 (--pictures): %2")
                    .arg(qtext(*options.picturesPath), reason);
            });
#endif
    std::fflush(stdout);
    if (!allWritten)
        return kFailed;
    return diverged ? kDiverged : kOk;
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
        std::fprintf(stderr, "layerlab-cli summary: %s\n\n%s",
                     utf8(QCoreApplication::translate("Cli", "needs exactly one project file or example name")).c_str(),
                     usage().c_str());
        return kUsage;
    }
    const Project project = loadProject(args[0]);
    // The input shape comes from the data; prepare it (generated data is quick).
    const PreparedData data = prepareData(project.data, project.seed);
    std::printf("%s\n%s", utf8(QCoreApplication::translate("Examples", project.name.c_str())).c_str(),
                formatSummary(summarizeModel(project.model, data.train.inputShape), summaryWords()).c_str());
    return kOk;
}

int examplesCommand(const std::vector<std::string>& args)
{
    if (!args.empty()) {
        std::fprintf(stderr, "layerlab-cli examples: %s\n\n%s",
                     utf8(QCoreApplication::translate("Cli", "takes no arguments")).c_str(), usage().c_str());
        return kUsage;
    }
    std::printf("%s\n",
                utf8(QCoreApplication::translate("Cli", "Built-in examples (use the name in place of a project file):"))
                    .c_str());
    for (const auto& e : builtInExamples())
        std::printf("  %-20s %s\n", e.name.c_str(),
                    utf8(QCoreApplication::translate("Examples", e.title.c_str())).c_str());
    std::printf("\n");
    for (const Message& line : describeDataSources())
        std::printf("%s\n", messageText(line).toStdString().c_str());
    return kOk;
}

int dataCommand(const std::vector<std::string>& args)
{
    if (args.size() != 1) {
        std::fprintf(stderr, "layerlab-cli data: %s\n\n%s",
                     utf8(QCoreApplication::translate("Cli", "needs exactly one data file or dataset name")).c_str(),
                     usage().c_str());
        return kUsage;
    }
    const DataSpec spec = dataSpecForArgument(args[0]);
    const Dataset data = loadDataSource(spec, 42);
    for (const Message& line : describeDataset(data))
        std::printf("%s\n", messageText(line).toStdString().c_str());
    return kOk;
}

}  // namespace layerlab::cli
