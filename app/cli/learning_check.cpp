#include "learning_check.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <string>

#include "cli_text.h"
#include "message_text.h"

namespace layerlab::cli {

namespace {

// Learning rates outside the range where the usual optimizers learn (Adam and RMSprop about
// 0.001, SGD 0.01 to 0.1): at or above the first the steps overshoot, below the second they
// crawl.
constexpr double kSurelyTooHigh = 1.0;
constexpr double kProbablyTooLow = 1e-4;

// A fraction as the Final lines print it ("44.3%"), so that the warning repeats their figure.
std::string percentText(double fraction)
{
    char text[16];
    std::snprintf(text, sizeof text, "%.1f%%", fraction * 100);
    return text;
}

QString advice(double learningRate, bool lossTooHigh)
{
    if (lossTooHigh || learningRate >= kSurelyTooHigh)
        //: %1 is the learning rate; the optimizer names stay as they are
        return messageText(cliMessage(QT_TRANSLATE_NOOP("Cli", "Lower the learning rate a lot: it is %1, where Adam "
                                                               "and RMSprop usually learn at 0.001 and SGD at 0.01 "
                                                               "to 0.1."),
                                      MessageArg::value(learningRate)));
    if (learningRate < kProbablyTooLow)
        //: %1 is the learning rate; the optimizer names stay as they are
        return messageText(cliMessage(QT_TRANSLATE_NOOP("Cli", "Raise the learning rate: it is %1, where Adam and "
                                                               "RMSprop usually learn at 0.001 and SGD at 0.01 to "
                                                               "0.1; or train for more epochs."),
                                      MessageArg::value(learningRate)));
    //: %1 is the learning rate
    return messageText(cliMessage(QT_TRANSLATE_NOOP("Cli", "Try a learning rate 10 times lower or higher than %1, "
                                                           "more epochs or a larger model; the doctor's findings may "
                                                           "say which."),
                                  MessageArg::value(learningRate)));
}

}  // namespace

std::optional<double> chanceAccuracy(const Metrics& metrics)
{
    const int classes = metrics.classCount;
    if (classes < 2 || metrics.confusion.size() != size_t(classes) * size_t(classes))
        return std::nullopt;
    std::int64_t total = 0, largest = 0;
    for (int t = 0; t < classes; ++t) {
        std::int64_t count = 0;  // the samples of true class t, whatever was predicted
        for (int p = 0; p < classes; ++p)
            count += metrics.confusion[size_t(t) * size_t(classes) + size_t(p)];
        total += count;
        largest = std::max(largest, count);
    }
    if (total == 0)
        return std::nullopt;
    return double(largest) / double(total);
}

std::optional<double> chanceLoss(const Metrics& metrics, LossKind loss)
{
    if (metrics.classCount < 2)
        return std::nullopt;
    if (loss == LossKind::BinaryCrossEntropy)
        return std::log(2.0);
    if (loss == LossKind::CategoricalCrossEntropy || loss == LossKind::SparseCategoricalCrossEntropy)
        return std::log(double(metrics.classCount));
    return std::nullopt;
}

std::optional<QString> didNotLearnWarning(const std::vector<EpochMetrics>& history, const Metrics& finalTrain,
                                          LossKind loss, double learningRate)
{
    std::optional<Message> seen;
    bool lossTooHigh = false;  // risen, or above guessing: the steps overshoot
    const double first = history.empty() ? kNotApplicable : history.front().train.loss;
    if (std::isfinite(first) && std::isfinite(finalTrain.loss) && finalTrain.loss > kLossRiseFactor * first) {
        lossTooHigh = true;
        //: %1 is the training loss after training, %2 a factor (3), %3 the first epoch's training loss
        seen = cliMessage(QT_TRANSLATE_NOOP("Cli", "Warning: the run did not learn. Its training loss ended at %1, "
                                                   "more than %2 times the first epoch's %3."),
                          MessageArg::value(finalTrain.loss), MessageArg::value(kLossRiseFactor),
                          MessageArg::value(first));
    } else if (const std::optional<double> guessing = chanceLoss(finalTrain, loss);
               guessing && std::isfinite(finalTrain.loss) && finalTrain.loss > kAboveChanceLossFactor * *guessing) {
        lossTooHigh = true;
        //: %1 is the training loss after training, %2 the loss of a model that gives every class the same
        //: probability (ln of the number of classes)
        seen = cliMessage(QT_TRANSLATE_NOOP("Cli", "Warning: the run did not learn. Its training loss ended at %1, "
                                                   "far above the %2 that guessing every class alike gives."),
                          MessageArg::value(finalTrain.loss), MessageArg::value(*guessing));
    } else if (const std::optional<double> chance = chanceAccuracy(finalTrain);
               chance && std::isfinite(finalTrain.accuracy) &&
               finalTrain.accuracy < *chance + kAboveChanceShare * (1 - *chance)) {
        //: %1 is the accuracy on the training data, %2 the share of its most common class (both percentages)
        seen = cliMessage(QT_TRANSLATE_NOOP("Cli", "Warning: the run did not learn. Its training accuracy, %1, is no "
                                                   "better than always answering the most common class (%2)."),
                          MessageArg::name(percentText(finalTrain.accuracy)), MessageArg::name(percentText(*chance)));
    } else if (std::isfinite(finalTrain.r2) && finalTrain.r2 <= 0) {
        //: %1 is the coefficient of determination R^2 on the training data
        seen = cliMessage(QT_TRANSLATE_NOOP("Cli", "Warning: the run did not learn. Its R^2 on the training data is "
                                                   "%1, no better than always answering the mean of the targets "
                                                   "(R^2 0)."),
                          MessageArg::value(finalTrain.r2));
    }
    if (!seen)
        return std::nullopt;
    //: two sentences in a row (Chinese needs no space between them)
    return QCoreApplication::translate("Cli", "%1 %2").arg(messageText(*seen), advice(learningRate, lossTooHigh));
}

}  // namespace layerlab::cli
