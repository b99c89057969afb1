// Every text a person can read in a widget tree, and the English words left in them once the
// names that stay as they are (Keras layer kinds, activation and optimizer names, data sets'
// names) are set aside: how the translation tests find a text that bypasses translation.
#pragma once

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAction>
#include <QChart>
#include <QChartView>
#include <QAbstractAxis>
#include <QAbstractSeries>
#include <QComboBox>
#include <QDockWidget>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QRegularExpression>
#include <QSet>
#include <QSpinBox>
#include <QTabBar>
#include <QTextDocumentFragment>
#include <QWidget>

#include "data/generators.h"

namespace layerlab::test {

struct VisibleText {
    QString where;  // "QLabel 'taskLabel' text", for the failure message
    QString text;
};

inline QString plain(const QString& text)
{
    if (!Qt::mightBeRichText(text))
        return text;
    // a formula's sub- and superscripts are symbols of their own: y<sub>ik</sub> is not "yik"
    QString spaced = text;
    spaced.replace(QStringLiteral("<sub>"), QStringLiteral(" <sub>")).replace(QStringLiteral("<sup>"), QStringLiteral(" <sup>"));
    return QTextDocumentFragment::fromHtml(spaced).toPlainText();
}

// The texts of `root` and every visible widget under it (hidden widgets cannot be read), of
// its actions and menus, its item views' headers and items, and its charts.
inline QList<VisibleText> visibleTexts(QWidget* root)
{
    QList<VisibleText> texts;
    const auto add = [&texts](const QObject* o, const char* what, const QString& text) {
        if (!plain(text).trimmed().isEmpty())
            texts.append({QStringLiteral("%1 '%2' %3").arg(QString::fromLatin1(o->metaObject()->className()),
                                                              o->objectName(), QString::fromLatin1(what)),
                          plain(text)});
    };
    QList<QWidget*> widgets = root->findChildren<QWidget*>();
    widgets.prepend(root);
    for (QWidget* w : widgets) {
        if (w != root && !w->isVisibleTo(root))
            continue;
        add(w, "tool tip", w->toolTip());
        if (w->isWindow())
            add(w, "window title", w->windowTitle());
        if (auto* label = qobject_cast<QLabel*>(w))
            add(w, "text", label->text());
        if (auto* button = qobject_cast<QAbstractButton*>(w))
            add(w, "text", button->text());
        if (auto* group = qobject_cast<QGroupBox*>(w))
            add(w, "title", group->title());
        if (auto* dock = qobject_cast<QDockWidget*>(w))
            add(w, "title", dock->windowTitle());
        if (auto* edit = qobject_cast<QLineEdit*>(w))
            add(w, "placeholder", edit->placeholderText());
        if (auto* spin = qobject_cast<QAbstractSpinBox*>(w))
            add(w, "special value", spin->specialValueText());
        if (auto* tabs = qobject_cast<QTabBar*>(w)) {
            for (int i = 0; i < tabs->count(); ++i) {
                add(w, "tab", tabs->tabText(i));
                add(w, "tab tool tip", tabs->tabToolTip(i));
            }
        }
        if (auto* combo = qobject_cast<QComboBox*>(w)) {
            for (int i = 0; i < combo->count(); ++i) {
                add(w, "item", combo->itemText(i));
                add(w, "item tool tip", combo->itemData(i, Qt::ToolTipRole).toString());
            }
        }
        // (a header view shows its table's model: read once, through the table)
        if (auto* view = qobject_cast<QAbstractItemView*>(w);
            view && view->model() && !qobject_cast<QHeaderView*>(w)) {
            const QAbstractItemModel* model = view->model();
            for (int c = 0; c < model->columnCount(); ++c)
                add(w, "header", model->headerData(c, Qt::Horizontal).toString());
            for (int r = 0; r < std::min(model->rowCount(), 50); ++r)
                for (int c = 0; c < model->columnCount(); ++c) {
                    add(w, "item", model->index(r, c).data().toString());
                    add(w, "item tool tip", model->index(r, c).data(Qt::ToolTipRole).toString());
                }
        }
        if (auto* chartView = qobject_cast<QChartView*>(w); chartView && chartView->chart()) {
            QChart* chart = chartView->chart();
            add(w, "chart title", chart->title());
            for (QAbstractAxis* axis : chart->axes())
                if (axis->isVisible() && axis->isTitleVisible())
                    add(w, "axis title", axis->titleText());
            for (QAbstractSeries* series : chart->series())
                if (series->isVisible())
                    add(w, "series", series->name());
        }
        for (QAction* action : w->actions()) {
            if (!action->isVisible() || action->isSeparator())
                continue;
            add(action, "text", action->text());
            add(action, "tool tip", action->toolTip());
            add(action, "status tip", action->statusTip());
            if (QMenu* menu = action->menu()) {
                for (QAction* item : menu->actions()) {
                    if (!item->isVisible() || item->isSeparator())
                        continue;
                    add(item, "text", item->text());
                    add(item, "status tip", item->statusTip());
                }
            }
        }
    }
    return texts;
}

// Words that are the same in every language LayerLab speaks: what a student types in Keras
// (layer kinds, activations, optimizers, losses' short names), data sets' and features'
// names, file formats, units and symbols.
inline const QSet<QString>& namesKeptAsTheyAre()
{
    static const QSet<QString> names = [] {
        QSet<QString> set;
        for (const char* name :
             {"LayerLab", "Dense", "Conv2D", "MaxPool2D", "AvgPool2D", "GlobalAvgPool", "GlobalAvgPool2D", "Flatten",
              "Dropout", "BatchNorm", "ReLU", "relu", "tanh", "sigmoid", "softmax", "linear", "LeakyReLU", "leaky_relu",
              "ELU", "elu", "GELU", "gelu", "SELU", "selu", "swish", "Swish", "softplus", "Softplus", "SGD", "Adam",
              "AdamW", "RMSprop", "AdaGrad", "Adagrad", "Nesterov", "MSE", "MAE", "Huber", "BCE", "CCE",
              "mse", "mae", "huber", "Xavier", "He", "LeCun", "Glorot", "Kaiming", "Keras", "PyTorch", "TensorFlow",
              "NaN", "Inf", "CSV", "csv", "PNG", "png", "IDX", "idx", "JSON", "json", "MNIST", "Fashion", "fashion",
              "mnist", "cnn", "mlp", "spiral", "xor", "circles", "circle", "moons", "gaussian", "gaussians", "blobs",
              "checkerboard", "sine", "linear-regression", "zscore", "minmax", "layerlab", "Ctrl",
              "Shift", "Space", "Alt", "Del", "Delete", "Esc", "Tab", "Enter", "Return", "Backspace", "Left", "Right", "Up",
              "Down", "Home", "End", "PgUp", "PgDown", "F5", "max", "min", "std", "log", "exp",
              "sqrt", "argmax", "ln", "px", "GHz", "GFLOP", "MiB", "KiB", "GiB", "T-shirt", "top",
              "Trouser", "Pullover", "Dress", "Coat", "Sandal", "Shirt", "Sneaker", "Bag", "Ankle", "boot", "L2", "L1",
              // Keras's shape notation (None, 8), features' names sin(x1), initialisers' ids
              "None", "sin", "cos", "z-score", "CNN", "MLP", "Momentum", "one-hot", "Kingma",
              // fan<sub>in</sub>, fan<sub>out</sub> in the initialisers' formulas
              "fan", "out", "Fashion-MNIST", "fashion-mnist", "GlobalAveragePool", "zeros", "ones", "constant", "uniform", "normal",
              "xavier-uniform", "xavier-normal", "he-uniform", "he-normal", "lecun-uniform", "lecun-normal"})
            set.insert(QString::fromLatin1(name));
        return set;
    }();
    return names;
}

// The English words of `text` once the pseudo-translation's «marked» parts (when `marked`)
// and the names kept as they are are set aside: words of three letters or more.
inline QStringList englishWords(QString text, bool marked)
{
    if (marked) {
        // innermost first: «Cannot open «x»: «reason»»
        static const QRegularExpression markedPart(QStringLiteral("«[^«»]*»"));
        for (QString before; before != text;) {
            before = text;
            text.replace(markedPart, QStringLiteral(" "));
        }
    }
    // file paths and example file names are names
    static const QRegularExpression path(QStringLiteral("\\S*[/\\\\]\\S*|\\S+\\.(layerlab|csv|png|gz|idx\\S*)\\b"));
    text.replace(path, QStringLiteral(" "));
    // numbers in scientific form (1e-6) and shapes (28x28x1)
    static const QRegularExpression numbers(QStringLiteral("\\d+(\\.\\d+)?[eE][-+]?\\d+|\\d+(x\\d+)+"));
    text.replace(numbers, QStringLiteral(" "));
    static const QRegularExpression word(QStringLiteral("[A-Za-z][A-Za-z0-9'’-]*[A-Za-z0-9]|[A-Za-z]"));
    QStringList words;
    for (auto it = word.globalMatch(text); it.hasNext();) {
        const QString w = it.next().captured(0);
        if (w.size() < 3 || namesKeptAsTheyAre().contains(w) || findGenerator(w.toLower().toStdString()))
            continue;
        words << w;
    }
    return words;
}

}  // namespace layerlab::test
