// The gradient doctor (engine/diagnosis): twelve scenario projects in tests/engine/diagnosis/,
// each trained with a RunObserver beside its Trainer as the CLI does, must get the finding
// they were made for (kind, layers, severity, a fix), and several are fixed with applyFix
// and trained again to see the finding go. Every built-in example trained as shipped gets
// no warning. Also the words (formatArg, renderMessage, a template for every key) and the
// breakpoint checks.
#include <QtTest>

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <string>

#include "data/idx_loader.h"
#include "diagnosis/breakpoints.h"
#include "diagnosis/diagnosis_text.h"
#include "diagnosis/fixes.h"
#include "io/examples.h"
#include "session/build_trainer.h"
#include "session/run_diagnosis.h"

using namespace layerlab;

namespace {

namespace fs = std::filesystem;

const fs::path kScenarios = fs::path(LAYERLAB_TEST_DATA_DIR) / "diagnosis";

const char* const kScenarioNames[] = {
    "deep-sigmoid", "lr-too-high",          "lr-too-low",  "dead-relu",
    "saturated-tanh", "unscaled-csv",       "overfitting", "loss-output-mismatch",
    "textbook-linear-regression", "exploding", "plateau",   "underfitting",
};

// A scenario's project, its CSV path made absolute.
Project scenario(const std::string& name)
{
    Project p = readProjectFile(kScenarios / (name + ".layerlab"));
    if (p.data.source == "csv")
        p.data.path = (kScenarios / p.data.path).string();
    p.training.threads = 1;  // deterministic and fair to the other tests running beside
    return p;
}

struct Outcome {
    std::vector<Finding> findings;
    std::vector<Finding> during;  // what the doctor said at every eighth of the run (as the app asks it live)
    TrainerState state = TrainerState::Ready;
    std::int64_t steps = 0;
};

// Trains the project to its end as the CLI's diagnose does and asks the doctor.
Outcome train(const Project& project)
{
    const auto data = std::make_shared<const PreparedData>(prepareData(project.data, project.seed));
    const std::unique_ptr<Trainer> trainer = buildTrainer(project, data);
    RunObserver observer;
    observer.reset(trainer.get(), project, data);
    const std::int64_t every = std::max<std::int64_t>(1, trainer->stepsPerEpoch() * project.training.epochs / 8);
    std::vector<Finding> during;
    while (trainer->state() == TrainerState::Ready) {
        const StepResult r = trainer->step();
        observer.afterStep(*trainer, r);
        if (r.step % every == 0)
            for (Finding& f : observer.diagnose(*trainer))
                during.push_back(std::move(f));
    }
    return {observer.diagnose(*trainer), during, trainer->state(), trainer->stepCount()};
}

std::string describe(const std::vector<Finding>& findings)
{
    std::string text;
    for (const Finding& f : findings) {
        text += "\n  [" + std::string(severityName(f.severity)) + "] " + std::string(findingKindName(f.kind)) + " layers";
        for (int l : f.layers)
            text.append(" ").append(std::to_string(l));
        text += ": " + renderMessage(f.title) + " | " + renderMessage(f.evidence) + " | " + renderMessage(f.cause);
        for (const Fix& fix : f.fixes)
            text += " | fix: " + renderMessage(fix.label);
    }
    return text.empty() ? std::string("\n  (no findings)") : text;
}

const Finding* find(const std::vector<Finding>& findings, FindingKind kind)
{
    const auto it = std::find_if(findings.begin(), findings.end(), [&](const Finding& f) { return f.kind == kind; });
    return it == findings.end() ? nullptr : &*it;
}

const Fix* fixLabelled(const Finding& f, const std::string& label)
{
    for (const Fix& fix : f.fixes)
        if (renderMessage(fix.label) == label)
            return &fix;
    return nullptr;
}

const Fix* fixOfKind(const Finding& f, Fix::Kind kind)
{
    for (const Fix& fix : f.fixes)
        if (fix.kind == kind)
            return &fix;
    return nullptr;
}

bool hasWarnings(const std::vector<Finding>& findings)
{
    return std::any_of(findings.begin(), findings.end(), [](const Finding& f) { return f.severity != Severity::Info; });
}

bool contains(const std::vector<int>& v, int x) { return std::find(v.begin(), v.end(), x) != v.end(); }

// Every text of every finding is a whole sentence: no key without a template, no %n left.
void checkWords(const std::vector<Finding>& findings)
{
    for (const Finding& f : findings) {
        std::vector<const Message*> messages = {&f.title, &f.evidence, &f.cause};
        for (const Fix& fix : f.fixes)
            messages.push_back(&fix.label);
        for (const Message* m : messages) {
            QVERIFY2(messageTemplate(m->key) != nullptr, m->key.c_str());
            const std::string text = renderMessage(*m);
            QVERIFY2(text != m->key, text.c_str());
            for (char digit = '1'; digit <= '9'; ++digit)
                QVERIFY2(text.find(std::string("%") + digit) == std::string::npos, text.c_str());
        }
    }
}

#define REQUIRE_FINDING(var, outcome, kind)                                                                    \
    const Finding* var = find((outcome).findings, kind);                                                     \
    QVERIFY2(var, ("no " + std::string(findingKindName(kind)) + " in:" + describe((outcome).findings)).c_str())

}  // namespace

class TestDiagnosis : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void formatsArguments();
    void rendersMessages();
    void appliesFixes();

    void deepSigmoidVanishes();
    void learningRateTooHigh();
    void learningRateTooLow();
    void deadRelu();
    void saturatedTanh();
    void unscaledCsvColumns();
    void overfitting();
    void lossOutputMismatch();
    void textbookLinearRegression();
    void explodingGradients();
    void plateauAtChance();
    void underfitting();
    void youngRunGetsOnlySetUpChecks();
    void builtInExamplesRaiseNoWarning();

    void gradientBreakpoints();
    void distributionBreakpoints();
    void epochBreakpoints();
    void findingBreakpoints();
};

void TestDiagnosis::formatsArguments()
{
    QCOMPARE(formatArg(MessageArg::value(0.003)), std::string("0.003"));
    QCOMPARE(formatArg(MessageArg::value(43.72)), std::string("43.7"));
    QCOMPARE(formatArg(MessageArg::value(0.693147)), std::string("0.693"));
    QCOMPARE(formatArg(MessageArg::value(9e-10)), std::string("9e-10"));
    QCOMPARE(formatArg(MessageArg::value(123456)), std::string("1.23e+05"));
    QCOMPARE(formatArg(MessageArg::value(120000)), std::string("1.2e+05"));
    QCOMPARE(formatArg(MessageArg::value(-2.5)), std::string("-2.5"));
    QCOMPARE(formatArg(MessageArg::value(0)), std::string("0"));
    QCOMPARE(formatArg(MessageArg::value(9.9996)), std::string("10"));
    QCOMPARE(formatArg(MessageArg::value(1234.5)), std::string("1230"));
    QCOMPARE(formatArg(MessageArg::percent(0.42)), std::string("42%"));
    QCOMPARE(formatArg(MessageArg::percent(0.035)), std::string("3.5%"));
    QCOMPARE(formatArg(MessageArg::percent(0)), std::string("0%"));
    QCOMPARE(formatArg(MessageArg::count(1000)), std::string("1000"));
    QCOMPARE(formatArg(MessageArg::layer(0, "Dense #1")), std::string("Dense #1"));
    QCOMPARE(formatArg(MessageArg::name("sigmoid")), std::string("sigmoid"));
}

void TestDiagnosis::rendersMessages()
{
    QCOMPARE(renderMessage({"fix.lower-learning-rate", {MessageArg::value(0.01)}}),
             std::string("Lower the learning rate to 0.01"));
    QCOMPARE(renderMessage({"fix.normalize", {}}), std::string("Normalise the inputs (z-score)"));
    QCOMPARE(renderMessage({"fix.he-init", {MessageArg::name("he-normal")}}), std::string("Use He initialisation"));
    const Message vanishing{"vanishing.evidence",
                            {MessageArg::value(3e-3), MessageArg::layer(8, "Dense #9"), MessageArg::value(9e-10),
                             MessageArg::layer(0, "Dense #1"), MessageArg::value(8.1)}};
    QCOMPARE(renderMessage(vanishing),
             std::string("The gradient norm falls from 0.003 at Dense #9 to 9e-10 at Dense #1: about 8.1x smaller per layer."));
    // an unknown key keeps its arguments
    QCOMPARE(renderMessage({"no.such.key", {MessageArg::count(3), MessageArg::name("x")}}), std::string("no.such.key (3, x)"));
    QVERIFY(messageTemplate("no.such.key") == nullptr);
    // the breakpoint keys the integrator's checks use
    for (const char* key : {"breakpoint.gradient-above", "breakpoint.gradient-below", "breakpoint.dead",
                            "breakpoint.saturated", "breakpoint.validation-rise", "breakpoint.finding"})
        QVERIFY2(messageTemplate(key), key);
}

void TestDiagnosis::appliesFixes()
{
    Project p = scenario("deep-sigmoid");
    const int count = int(p.model.layers.size());
    // hidden-layer fixes never touch the output layer
    Fix relu;
    relu.kind = Fix::Kind::SetActivation;
    relu.activation = Activation::ReLU;
    Project q = applyFix(p, relu);
    for (int i = 0; i + 1 < count; ++i)
        QCOMPARE(q.model.layers[size_t(i)].activation, Activation::ReLU);
    QCOMPARE(q.model.layers.back().activation, Activation::Sigmoid);
    // BatchNorm after layers 0 and 2 (and not after the output, 8): indices stay valid
    Fix batchNorm;
    batchNorm.kind = Fix::Kind::InsertBatchNorm;
    batchNorm.layers = {2, 0, 8, 42};
    q = applyFix(p, batchNorm);
    QCOMPARE(int(q.model.layers.size()), count + 2);
    QCOMPARE(q.model.layers[1].kind, LayerKind::BatchNorm);
    QCOMPARE(q.model.layers[4].kind, LayerKind::BatchNorm);
    QCOMPARE(q.model.layers.back().kind, LayerKind::Dense);
    // SetLoss fits the output layer
    Fix loss;
    loss.kind = Fix::Kind::SetLoss;
    loss.loss = LossKind::SparseCategoricalCrossEntropy;
    q = applyFix(p, loss);
    QCOMPARE(q.training.loss, LossKind::SparseCategoricalCrossEntropy);
    QCOMPARE(q.model.layers.back().activation, Activation::Softmax);
    QCOMPARE(q.model.layers.back().units, 2);
    // the rest of the kinds
    Fix dropout;
    dropout.kind = Fix::Kind::AddDropout;
    dropout.value = 0.2f;
    dropout.layers = {7};
    q = applyFix(p, dropout);
    QCOMPARE(q.model.layers[8].kind, LayerKind::Dropout);
    QCOMPARE(q.model.layers[8].rate, 0.2f);
    Fix early;
    early.kind = Fix::Kind::EnableEarlyStopping;
    early.count = 10;
    q = applyFix(p, early);
    QVERIFY(q.training.earlyStopping.enabled);
    QCOMPARE(q.training.earlyStopping.patience, 10);
    Fix add;
    add.kind = Fix::Kind::AddLayer;
    add.count = 32;
    add.activation = Activation::ReLU;
    q = applyFix(p, add);
    QCOMPARE(int(q.model.layers.size()), count + 1);
    QCOMPARE(q.model.layers[size_t(count - 1)].units, 32);
    QCOMPARE(q.model.layers.back().units, 1);
    Fix widen;
    widen.kind = Fix::Kind::WidenLayers;
    widen.count = 64;
    widen.layers = {0, 8};
    q = applyFix(p, widen);
    QCOMPARE(q.model.layers[0].units, 64);
    QCOMPARE(q.model.layers[8].units, 1);
    Fix normalize;
    normalize.kind = Fix::Kind::NormalizeInputs;
    normalize.normalization = "zscore";
    QCOMPARE(applyFix(scenario("textbook-linear-regression"), normalize).data.normalization, std::string("zscore"));
    QCOMPARE(applyFix(p, Fix{}).model, p.model);  // SetLearningRate touches only the optimizer
}

void TestDiagnosis::deepSigmoidVanishes()
{
    const Project p = scenario("deep-sigmoid");
    const Outcome run = train(p);
    qInfo("%s", describe(run.findings).c_str());
    checkWords(run.findings);
    REQUIRE_FINDING(f, run, FindingKind::VanishingGradients);
    QCOMPARE(f->severity, Severity::Warning);
    QVERIFY(contains(f->layers, 0));
    QVERIFY(!contains(f->layers, 8));  // the output layer's gradient is the reference
    QCOMPARE(f->cause.key, std::string("vanishing.cause.small-slope"));
    const Fix* relu = fixOfKind(*f, Fix::Kind::SetActivation);
    const Fix* he = fixLabelled(*f, "Use He initialisation");
    QVERIFY(relu && he);
    QCOMPARE(relu->activation, Activation::ReLU);
    // the loss sits at ln 2, and the plateau points at the vanishing gradients
    REQUIRE_FINDING(plateau, run, FindingKind::Plateau);
    QCOMPARE(plateau->cause.key, std::string("plateau.cause.vanishing"));
    // ReLU with He initialisation: the gradient reaches the first layer
    const Outcome fixed = train(applyFix(applyFix(p, *relu), *he));
    QVERIFY2(!find(fixed.findings, FindingKind::VanishingGradients), describe(fixed.findings).c_str());
}

void TestDiagnosis::learningRateTooHigh()
{
    const Project p = scenario("lr-too-high");
    const Outcome run = train(p);
    qInfo("%s", describe(run.findings).c_str());
    checkWords(run.findings);
    REQUIRE_FINDING(f, run, FindingKind::LearningRateTooHigh);
    QVERIFY(f->severity >= Severity::Warning);
    const Fix* lower = fixOfKind(*f, Fix::Kind::SetLearningRate);
    QVERIFY(lower);
    QVERIFY(lower->value < p.training.optimizer.learningRate);
    const Outcome fixed = train(applyFix(p, *lower));
    QVERIFY2(!find(fixed.findings, FindingKind::LearningRateTooHigh), describe(fixed.findings).c_str());
    QVERIFY(fixed.state != TrainerState::Diverged);

    // a classifier's cross-entropy does not overflow: Adam at 3 makes its loss climb back instead
    Project adam = scenario("lr-too-low");
    adam.training.optimizer.kind = OptimizerKind::Adam;
    adam.training.optimizer.learningRate = 3;
    const Outcome climbing = train(adam);
    qInfo("%s", describe(climbing.findings).c_str());
    checkWords(climbing.findings);
    QCOMPARE(climbing.state, TrainerState::Finished);
    REQUIRE_FINDING(rising, climbing, FindingKind::LearningRateTooHigh);
    QCOMPARE(rising->severity, Severity::Warning);
    QCOMPARE(rising->evidence.key, std::string("lr-high.evidence.above-chance"));
    QVERIFY(fixOfKind(*rising, Fix::Kind::SetLearningRate));
}

void TestDiagnosis::learningRateTooLow()
{
    const Project p = scenario("lr-too-low");
    const Outcome run = train(p);
    qInfo("%s", describe(run.findings).c_str());
    checkWords(run.findings);
    REQUIRE_FINDING(f, run, FindingKind::LearningRateTooLow);
    QCOMPARE(f->severity, Severity::Warning);
    const Fix* raise = fixOfKind(*f, Fix::Kind::SetLearningRate);
    QVERIFY(raise);
    QVERIFY(raise->value > 100 * p.training.optimizer.learningRate);
    QVERIFY(fixOfKind(*f, Fix::Kind::SetOptimizer));
    const Outcome fixed = train(applyFix(p, *raise));
    QVERIFY2(!find(fixed.findings, FindingKind::LearningRateTooLow), describe(fixed.findings).c_str());
}

void TestDiagnosis::deadRelu()
{
    const Project p = scenario("dead-relu");
    const Outcome run = train(p);
    qInfo("%s", describe(run.findings).c_str());
    checkWords(run.findings);
    REQUIRE_FINDING(f, run, FindingKind::DeadRelu);
    QCOMPARE(f->severity, Severity::Warning);
    QVERIFY(!f->layers.empty());
    for (int layer : f->layers)
        QVERIFY(layer == 0 || layer == 1);
    QCOMPARE(f->cause.key, std::string("dead.cause.large-steps"));
    const Fix* lower = fixOfKind(*f, Fix::Kind::SetLearningRate);
    QVERIFY(lower);
    QVERIFY(fixOfKind(*f, Fix::Kind::SetActivation));
    const Outcome fixed = train(applyFix(p, *lower));
    QVERIFY2(!find(fixed.findings, FindingKind::DeadRelu), describe(fixed.findings).c_str());
}

void TestDiagnosis::saturatedTanh()
{
    const Project p = scenario("saturated-tanh");
    const Outcome run = train(p);
    qInfo("%s", describe(run.findings).c_str());
    checkWords(run.findings);
    REQUIRE_FINDING(f, run, FindingKind::Saturation);
    QCOMPARE(f->severity, Severity::Warning);
    QVERIFY(contains(f->layers, 0) || contains(f->layers, 1));
    QVERIFY(!contains(f->layers, 2));
    QCOMPARE(f->cause.key, std::string("saturation.cause.huge-init"));
    const Fix* xavier = fixLabelled(*f, "Use Xavier initialisation");
    QVERIFY(xavier);
    const Outcome fixed = train(applyFix(p, *xavier));
    QVERIFY2(!find(fixed.findings, FindingKind::Saturation), describe(fixed.findings).c_str());
}

void TestDiagnosis::unscaledCsvColumns()
{
    const Project p = scenario("unscaled-csv");
    const Outcome run = train(p);
    qInfo("%s", describe(run.findings).c_str());
    checkWords(run.findings);
    REQUIRE_FINDING(f, run, FindingKind::UnscaledInputs);
    QCOMPARE(f->severity, Severity::Warning);
    QCOMPARE(f->evidence.key, std::string("unscaled.evidence.spread"));
    QCOMPARE(f->evidence.args[0].text, std::string("income"));
    QCOMPARE(f->evidence.args[2].text, std::string("age"));
    const Fix* normalize = fixLabelled(*f, "Normalise the inputs (z-score)");
    QVERIFY(normalize);
    const Outcome fixed = train(applyFix(p, *normalize));
    QVERIFY2(!hasWarnings(fixed.findings), describe(fixed.findings).c_str());
}

void TestDiagnosis::overfitting()
{
    const Project p = scenario("overfitting");
    const Outcome run = train(p);
    qInfo("%s", describe(run.findings).c_str());
    checkWords(run.findings);
    REQUIRE_FINDING(f, run, FindingKind::Overfitting);
    QCOMPARE(f->severity, Severity::Warning);
    QVERIFY(f->layers.empty());
    const Fix* early = fixOfKind(*f, Fix::Kind::EnableEarlyStopping);
    QVERIFY(early);
    QCOMPARE(early->count, 10);
    const Fix* dropout = fixOfKind(*f, Fix::Kind::AddDropout);
    QVERIFY(dropout);
    QCOMPARE(dropout->layers, (std::vector<int>{0, 1}));
    QVERIFY(fixOfKind(*f, Fix::Kind::AddL2));
    // with early stopping the run ends near its best epoch: nothing to warn about
    const Outcome fixed = train(applyFix(p, *early));
    const Finding* after = find(fixed.findings, FindingKind::Overfitting);
    QVERIFY2(!after || after->severity == Severity::Info, describe(fixed.findings).c_str());
}

void TestDiagnosis::lossOutputMismatch()
{
    const Project p = scenario("loss-output-mismatch");
    const Outcome run = train(p);
    qInfo("%s", describe(run.findings).c_str());
    checkWords(run.findings);
    REQUIRE_FINDING(f, run, FindingKind::LossOutputMismatch);
    QCOMPARE(f->severity, Severity::Error);
    QCOMPARE(f->layers, std::vector<int>{1});
    QCOMPARE(f->cause.key, std::string("mismatch.cause.sigmoid-ce"));
    const Fix* setLoss = fixOfKind(*f, Fix::Kind::SetLoss);
    QVERIFY(setLoss);
    const Project fixedProject = applyFix(p, *setLoss);
    QCOMPARE(fixedProject.model.layers.back().activation, Activation::Softmax);
    QCOMPARE(fixedProject.model.layers.back().units, 3);
    const Outcome fixed = train(fixedProject);
    QVERIFY2(!hasWarnings(fixed.findings), describe(fixed.findings).c_str());
    // a softmax of one unit is constant: found before a single step
    Project constant = scenario("lr-too-high");
    constant.model.layers.back().activation = Activation::Softmax;
    constant.training.epochs = 1;
    const Outcome young = train(constant);
    REQUIRE_FINDING(c, young, FindingKind::LossOutputMismatch);
    QCOMPARE(c->cause.key, std::string("mismatch.cause.constant"));
    QCOMPARE(c->severity, Severity::Error);
}

void TestDiagnosis::textbookLinearRegression()
{
    const Project p = scenario("textbook-linear-regression");
    QCOMPARE(p.training.optimizer.kind, OptimizerKind::GradientDescent);
    QCOMPARE(p.training.optimizer.learningRate, 0.1f);
    QCOMPARE(p.training.epochs, 1000);
    QCOMPARE(p.data.validationFraction, 0.0f);
    const Outcome run = train(p);
    qInfo("%s", describe(run.findings).c_str());
    checkWords(run.findings);
    QCOMPARE(run.state, TrainerState::Diverged);
    REQUIRE_FINDING(nonFinite, run, FindingKind::NonFinite);
    QCOMPARE(nonFinite->severity, Severity::Error);
    REQUIRE_FINDING(f, run, FindingKind::LearningRateTooHigh);
    QCOMPARE(f->severity, Severity::Error);
    // the curvature ~ 2 (7.5 + 13.5 + 1) = 44, so the bound ~ 0.045
    QCOMPARE(f->evidence.key, std::string("lr-high.evidence.bound"));
    QVERIFY(std::abs(f->evidence.args[0].number - 44) < 1);
    QVERIFY(std::abs(f->evidence.args[1].number - 0.0455) < 0.002);
    // the cause names the unnormalised inputs: means 3.5 and 2.5
    QCOMPARE(f->cause.key, std::string("lr-high.cause.unscaled-inputs"));
    QCOMPARE(f->cause.args[0].text, std::string("x2"));
    QCOMPARE(f->cause.args[1].number, 3.5);
    QCOMPARE(f->cause.args[2].text, std::string("x1"));
    QCOMPARE(f->cause.args[3].number, 2.5);
    const Fix* lower = fixLabelled(*f, "Lower the learning rate to 0.01");
    const Fix* normalize = fixLabelled(*f, "Normalise the inputs (z-score)");
    QVERIFY2(lower && normalize, describe(run.findings).c_str());
    QCOMPARE(f->fixes.front().kind, Fix::Kind::SetLearningRate);
    // either fix makes it train
    for (const Fix* fix : {lower, normalize}) {
        const Outcome fixed = train(applyFix(p, *fix));
        QVERIFY2(fixed.state == TrainerState::Finished, describe(fixed.findings).c_str());
        QVERIFY2(!find(fixed.findings, FindingKind::NonFinite), describe(fixed.findings).c_str());
        QVERIFY2(!find(fixed.findings, FindingKind::LearningRateTooHigh), describe(fixed.findings).c_str());
    }
}

void TestDiagnosis::explodingGradients()
{
    const Project p = scenario("exploding");
    const Outcome run = train(p);
    qInfo("%s", describe(run.findings).c_str());
    checkWords(run.findings);
    REQUIRE_FINDING(f, run, FindingKind::ExplodingGradients);
    QVERIFY(f->severity >= Severity::Warning);
    QVERIFY(!f->layers.empty());
    QCOMPARE(f->cause.key, std::string("exploding.cause.large-weights"));
    const Fix* init = fixOfKind(*f, Fix::Kind::SetInitializer);
    QVERIFY(init);
    QVERIFY(fixOfKind(*f, Fix::Kind::ClipGradients));
    const Outcome fixed = train(applyFix(p, *init));
    QVERIFY2(!find(fixed.findings, FindingKind::ExplodingGradients), describe(fixed.findings).c_str());
}

void TestDiagnosis::plateauAtChance()
{
    const Project p = scenario("plateau");
    const Outcome run = train(p);
    qInfo("%s", describe(run.findings).c_str());
    checkWords(run.findings);
    REQUIRE_FINDING(f, run, FindingKind::Plateau);
    QCOMPARE(f->severity, Severity::Warning);
    QCOMPARE(f->cause.key, std::string("plateau.cause.symmetric"));
    QCOMPARE(f->layers, (std::vector<int>{0, 1}));
    const Fix* init = fixOfKind(*f, Fix::Kind::SetInitializer);
    QVERIFY(init);
    const Outcome fixed = train(applyFix(p, *init));
    QVERIFY2(!find(fixed.findings, FindingKind::Plateau), describe(fixed.findings).c_str());
}

void TestDiagnosis::underfitting()
{
    const Project p = scenario("underfitting");
    const Outcome run = train(p);
    qInfo("%s", describe(run.findings).c_str());
    checkWords(run.findings);
    REQUIRE_FINDING(f, run, FindingKind::Underfitting);
    QCOMPARE(f->severity, Severity::Warning);
    const Fix* add = fixOfKind(*f, Fix::Kind::AddLayer);
    QVERIFY(add);
    const Outcome fixed = train(applyFix(p, *add));
    QVERIFY2(!find(fixed.findings, FindingKind::Underfitting), describe(fixed.findings).c_str());
}

void TestDiagnosis::youngRunGetsOnlySetUpChecks()
{
    // the deep sigmoid after 10 steps: too early to judge its gradients
    Project p = scenario("deep-sigmoid");
    p.training.epochs = 1;
    const Outcome run = train(p);
    QVERIFY(run.steps < 50);  // run_facts.h: kMinDiagnosedSteps
    QVERIFY2(run.findings.empty(), describe(run.findings).c_str());
    // the unscaled columns are a set-up problem: found at once
    Project csv = scenario("unscaled-csv");
    csv.training.epochs = 1;
    QVERIFY(find(train(csv).findings, FindingKind::UnscaledInputs));
}

void TestDiagnosis::builtInExamplesRaiseNoWarning()
{
    for (const Example& example : builtInExamples()) {
        Project p = example.project;
        p.training.threads = 1;
        if (p.data.source == "fashion-mnist") {
            if (fashionMnistDir().empty() || !fs::exists(fs::path(fashionMnistDir()) / "t10k-images-idx3-ubyte.gz"))
                continue;
            p.data.sampleLimit = 600;
            p.training.epochs = 2;
        }
        const Outcome run = train(p);
        qInfo("%s:%s", example.name.c_str(), describe(run.findings).c_str());
        checkWords(run.findings);
        if (example.name == "diverging") {
            QVERIFY2(find(run.findings, FindingKind::NonFinite), describe(run.findings).c_str());
            continue;
        }
        QVERIFY2(!hasWarnings(run.findings), (example.name + ":" + describe(run.findings)).c_str());
        // nor while it trains
        QVERIFY2(!hasWarnings(run.during), (example.name + " during the run:" + describe(run.during)).c_str());
    }
}

namespace {

ProbeReport report(std::vector<double> gradients, std::int64_t step)
{
    ProbeReport r;
    r.step = step;
    r.distributionStep = step;
    for (size_t i = 0; i < gradients.size(); ++i) {
        LayerProbe p;
        p.label = "Dense #" + std::to_string(i + 1);
        p.hasWeights = !(gradients[i] < 0);
        p.gradientNorm = gradients[i] < 0 ? 0 : gradients[i];
        r.layers.push_back(p);
    }
    return r;
}

EpochMetrics epoch(int n, double validationLoss, Index samples = 10)
{
    EpochMetrics e;
    e.epoch = n;
    e.step = n * 10;
    e.validation.loss = validationLoss;
    e.validation.samples = samples;
    return e;
}

}  // namespace

void TestDiagnosis::gradientBreakpoints()
{
    Breakpoints b;
    QVERIFY(b.empty());
    // off: nothing
    QVERIFY(!checkGradientBreakpoints(b, report({1e9, 1e-12}, 5)));
    b.gradientAbove = 10;
    b.gradientBelow = 1e-6;
    QVERIFY(!b.empty());
    QVERIFY(!checkGradientBreakpoints(b, report({1, 0.5}, 5)));
    // a layer without weights (-1 here) has no gradient norm and never trips "below"
    QVERIFY(!checkGradientBreakpoints(b, report({1, -1, 0.5}, 5)));
    auto hit = checkGradientBreakpoints(b, report({20, 30, 1}, 7));
    QVERIFY(hit);
    QCOMPARE(hit->step, std::int64_t(7));
    QCOMPARE(hit->layers, (std::vector<int>{0, 1}));
    QCOMPARE(renderMessage(hit->reason), std::string("Paused: the gradient norm of Dense #1 is 20, above 10 (step 7)."));
    hit = checkGradientBreakpoints(b, report({1, 1e-9}, 8));
    QVERIFY(hit);
    QCOMPARE(hit->layers, std::vector<int>{1});
    QCOMPARE(hit->reason.key, std::string("breakpoint.gradient-below"));
    // a NaN norm counts as above
    QVERIFY(checkGradientBreakpoints(b, report({std::nan(""), 1}, 9)));
}

void TestDiagnosis::distributionBreakpoints()
{
    Breakpoints b;
    b.deadAbove = 0.5;
    ProbeReport r = report({1, 1}, 3);
    r.distributionStep = 4;
    QVERIFY(!checkDistributionBreakpoints(b, r));
    r.layers[1].deadFraction = 0.75;
    auto hit = checkDistributionBreakpoints(b, r);
    QVERIFY(hit);
    QCOMPARE(hit->step, std::int64_t(4));  // the step the distributions describe
    QCOMPARE(hit->layers, std::vector<int>{1});
    QCOMPARE(renderMessage(hit->reason), std::string("Paused: 75% of the units of Dense #2 are dead, more than 50% (step 4)."));
    b = {};
    b.saturatedAbove = 0.9;
    QVERIFY(!checkDistributionBreakpoints(b, r));
    r.layers[0].saturatedFraction = 0.95;
    hit = checkDistributionBreakpoints(b, r);
    QVERIFY(hit);
    QCOMPARE(hit->reason.key, std::string("breakpoint.saturated"));
    QCOMPARE(hit->layers, std::vector<int>{0});
}

void TestDiagnosis::epochBreakpoints()
{
    Breakpoints b;
    b.validationRiseEpochs = 3;
    std::vector<EpochMetrics> epochs = {epoch(1, 1.0), epoch(2, 0.8), epoch(3, 0.9), epoch(4, 1.0)};
    QVERIFY(!checkEpochBreakpoints(b, epochs));  // rose twice only
    epochs.push_back(epoch(5, 1.1));
    auto hit = checkEpochBreakpoints(b, epochs);
    QVERIFY(hit);
    QCOMPARE(hit->step, std::int64_t(50));
    QCOMPARE(renderMessage(hit->reason),
             std::string("Paused: the validation loss rose 3 epochs in a row, from 0.8 to 1.1 (epoch 5)."));
    epochs.push_back(epoch(6, 1.05));
    QVERIFY(!checkEpochBreakpoints(b, epochs));
    // epochs without validation never count
    std::vector<EpochMetrics> none = {epoch(1, 0, 0), epoch(2, 0, 0), epoch(3, 0, 0), epoch(4, 0, 0)};
    QVERIFY(!checkEpochBreakpoints(b, none));
    b.validationRiseEpochs = 0;
    QVERIFY(!checkEpochBreakpoints(b, epochs));
}

void TestDiagnosis::findingBreakpoints()
{
    Breakpoints b;
    b.findings = {FindingKind::DeadRelu};
    Finding dead;
    dead.kind = FindingKind::DeadRelu;
    dead.layers = {1};
    Finding plateau;
    plateau.kind = FindingKind::Plateau;
    const std::vector<Finding> none;
    const std::vector<Finding> both = {plateau, dead};
    QVERIFY(!checkFindingBreakpoints(b, none, std::vector<Finding>{plateau}, 10));
    auto hit = checkFindingBreakpoints(b, none, both, 12);
    QVERIFY(hit);
    QCOMPARE(hit->step, std::int64_t(12));
    QCOMPARE(hit->layers, std::vector<int>{1});
    QCOMPARE(renderMessage(hit->reason), std::string("Paused: the doctor found dead-relu (step 12)."));
    // already known: no new pause
    QVERIFY(!checkFindingBreakpoints(b, both, both, 13));
    // the same kind over other layers is not news (a finding's layers shift as it grows)
    Finding other = dead;
    other.layers = {0, 1};
    QVERIFY(!checkFindingBreakpoints(b, both, std::vector<Finding>{other}, 14));
    // gone, then back: new again
    QVERIFY(checkFindingBreakpoints(b, std::vector<Finding>{plateau}, std::vector<Finding>{other}, 15));
}

QTEST_APPLESS_MAIN(TestDiagnosis)
#include "test_diagnosis.moc"
