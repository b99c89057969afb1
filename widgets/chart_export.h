// Saving what a view shows: the picture as PNG (QWidget::grab) and the numbers behind it
// as CSV, from a context-menu action and a toolbar button that every view carries.
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

QT_BEGIN_NAMESPACE
class QAction;
class QToolButton;
class QWidget;
QT_END_NAMESPACE

namespace layerlab {

// The numbers behind a chart: one header, then rows of the same width.
struct CsvTable {
    QStringList header;
    QList<QStringList> rows;
};

// RFC 4180: comma separated, "\n" line ends, a field with a comma, quote or line break is
// quoted and its quotes doubled.
QString toCsv(const CsvTable& table);
// Writes the file (UTF-8). Returns false, with the reason in *error if given, when it cannot.
bool writeCsv(const QString& path, const CsvTable& table, QString* error = nullptr);
// Saves the widget as it is drawn now.
bool savePng(QWidget* widget, const QString& path);
// A number for a CSV cell: the shortest text that reads back as the same number (so a
// float keeps float digits), empty for NaN (no value).
QString csvNumber(double v);
QString csvNumber(float v);

// Adds "Save picture (PNG)..." and "Save data (CSV)..." to `view`: as actions of its context
// menu and of the returned tool button (put it in the view's toolbar). `picture` is the
// widget to grab (the view itself or its chart); `table` is asked for the data when the
// user saves; `baseName` proposes file names ("loss" -> loss.png, loss.csv).
QToolButton* addExportActions(QWidget* view, QWidget* picture, const QString& baseName,
                              std::function<CsvTable()> table);

}  // namespace layerlab
