#include "chart_export.h"

#include <QAction>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QMessageBox>
#include <QPixmap>
#include <QSaveFile>
#include <QToolButton>
#include <QWidget>

#include <charconv>
#include <cmath>

#include "translated_texts.h"
#include "view_style.h"

namespace layerlab {

namespace {

QString csvField(const QString& field)
{
    if (!field.contains(QLatin1Char(',')) && !field.contains(QLatin1Char('"')) && !field.contains(QLatin1Char('\n')) &&
        !field.contains(QLatin1Char('\r')))
        return field;
    QString quoted = field;
    quoted.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QString csvLine(const QStringList& fields)
{
    QStringList out;
    out.reserve(fields.size());
    for (const QString& f : fields)
        out.append(csvField(f));
    return out.join(QLatin1Char(',')) + QLatin1Char('\n');
}

}  // namespace

QString toCsv(const CsvTable& table)
{
    QString text = csvLine(table.header);
    for (const QStringList& row : table.rows)
        text += csvLine(row);
    return text;
}

bool writeCsv(const QString& path, const CsvTable& table, QString* error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(toCsv(table).toUtf8()) < 0 || !file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

bool savePng(QWidget* widget, const QString& path) { return widget->grab().save(path, "PNG"); }

namespace {
// The shortest text that reads back as the same number (std::to_chars).
template <typename T>
QString shortest(T v)
{
    if (std::isnan(v))
        return {};
    char buffer[64];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, v);
    return QString::fromLatin1(buffer, int(result.ptr - buffer));
}
}  // namespace

QString csvNumber(double v) { return shortest(v); }
QString csvNumber(float v) { return shortest(v); }

QToolButton* addExportActions(QWidget* view, QWidget* picture, const QString& baseName,
                              std::function<CsvTable()> table)
{
    auto* png = new QAction(view);
    auto* csv = new QAction(view);

    QObject::connect(png, &QAction::triggered, view, [view, picture, baseName] {
        const QString title = QCoreApplication::translate("ChartExport", "Save picture");
        const QString path = QFileDialog::getSaveFileName(view, title, QDir::home().filePath(baseName + ".png"),
                                                          QCoreApplication::translate("ChartExport", "PNG images (*.png)"));
        if (!path.isEmpty() && !savePng(picture, path))
            QMessageBox::warning(view, title, QCoreApplication::translate("ChartExport", "Could not write %1.").arg(path));
    });
    QObject::connect(csv, &QAction::triggered, view, [view, baseName, table = std::move(table)] {
        const QString title = QCoreApplication::translate("ChartExport", "Save data");
        const QString path = QFileDialog::getSaveFileName(view, title, QDir::home().filePath(baseName + ".csv"),
                                                          QCoreApplication::translate("ChartExport", "CSV files (*.csv)"));
        QString error;
        if (!path.isEmpty() && !writeCsv(path, table(), &error))
            QMessageBox::warning(view, title,
                                 //: %1 is a file's path, %2 the system's reason
                                 QCoreApplication::translate("ChartExport", "Could not write %1: %2").arg(path, error));
    });
    view->addAction(png);
    view->addAction(csv);
    view->setContextMenuPolicy(Qt::ActionsContextMenu);
    if (picture != view) {
        picture->addAction(png);
        picture->addAction(csv);
        picture->setContextMenuPolicy(Qt::ActionsContextMenu);
    }

    auto* button = new QToolButton(view);
    // (the texts are QCoreApplication::translate literals: there is no class here for tr())
    translatedTexts(button, [png, csv, button] {
        png->setText(QCoreApplication::translate("ChartExport", "Save picture (PNG)..."));
        png->setToolTip(QCoreApplication::translate(
            "ChartExport", "Save this view as a PNG image, as it is drawn now, for slides or a report."));
        csv->setText(QCoreApplication::translate("ChartExport", "Save data (CSV)..."));
        csv->setToolTip(QCoreApplication::translate(
            "ChartExport", "Save the numbers behind this view as a CSV file for a spreadsheet."));
        button->setText(QCoreApplication::translate("ChartExport", "Export"));
        button->setToolTip(QCoreApplication::translate(
            "ChartExport", "Save this view as a picture (PNG) or its numbers as a table (CSV)."));
    });
    button->setPopupMode(QToolButton::InstantPopup);
    style::useFont(button, style::FontRole::Label);
    button->addAction(png);
    button->addAction(csv);
    return button;
}

}  // namespace layerlab
