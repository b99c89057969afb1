// CSV and PNG export, and the pixel-column decimation every chart uses.
#include <QtTest>

#include <QAction>
#include <QLabel>
#include <QTemporaryDir>
#include <QToolButton>

#include <cmath>

#include "chart_decimation.h"
#include "chart_export.h"
#include "pseudo_translator.h"

using namespace layerlab;

class TestChartExport : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void csvQuotesWhatNeedsIt()
    {
        CsvTable t;
        t.header = {"layer", "value"};
        t.rows = {{"Dense #1", "0.5"}, {"a, b", "say \"hi\""}};
        QCOMPARE(toCsv(t), QStringLiteral("layer,value\nDense #1,0.5\n\"a, b\",\"say \"\"hi\"\"\"\n"));
    }

    void writesTheFile()
    {
        QTemporaryDir dir;
        CsvTable t;
        t.header = {"step", "loss"};
        t.rows = {{"1", csvNumber(0.25)}, {"2", csvNumber(std::nan(""))}};
        const QString path = dir.filePath("loss.csv");
        QVERIFY(writeCsv(path, t));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(f.readAll()), QStringLiteral("step,loss\n1,0.25\n2,\n"));
        QString error;
        QVERIFY(!writeCsv(dir.filePath("no/such/folder/x.csv"), t, &error));
        QVERIFY(!error.isEmpty());
    }

    void savesAPicture()
    {
        QTemporaryDir dir;
        QLabel label("hello");
        label.resize(120, 40);
        const QString path = dir.filePath("x.png");
        QVERIFY(savePng(&label, path));
        QImage image(path);
        QCOMPARE(image.size(), QSize(120, 40));
    }

    void exportActionsSitInTheContextMenuAndTheButton()
    {
        QWidget view;
        QToolButton* button = addExportActions(&view, &view, "x", [] { return CsvTable{}; });
        QCOMPARE(view.actions().size(), 2);
        QCOMPARE(button->actions().size(), 2);
        QCOMPARE(view.contextMenuPolicy(), Qt::ActionsContextMenu);
    }

    void exportTextsFollowTheLanguage()
    {
        QWidget view;
        view.show();  // a window: Qt delivers the language change to windows and their children
        QToolButton* button = addExportActions(&view, &view, "x", [] { return CsvTable{}; });
        QCOMPARE(button->text(), QStringLiteral("Export"));
        {
            test::ScopedPseudoTranslation pseudo;
            QCOMPARE(button->text(), QStringLiteral("«Export»"));
            QVERIFY(button->toolTip().startsWith(QStringLiteral("«")));
            QCOMPARE(view.actions().value(0)->text(), QStringLiteral("«Save picture (PNG)...»"));
            QCOMPARE(view.actions().value(1)->text(), QStringLiteral("«Save data (CSV)...»"));
        }
        QCOMPARE(view.actions().value(1)->text(), QStringLiteral("Save data (CSV)..."));
    }

    void decimationKeepsExtremesFirstAndLast()
    {
        // a million points with one spike: at most 4 per column, and the spike survives
        QList<QPointF> points;
        points.reserve(1'000'000);
        for (int i = 0; i < 1'000'000; ++i)
            points.append(QPointF(i, std::sin(i * 1e-4) + (i == 123'457 ? 10.0 : 0.0)));
        const QList<QPointF> out = decimateForPixels(points, 0, 999'999, 500);
        QVERIFY2(out.size() <= 2000, qPrintable(QString::number(out.size())));
        QCOMPARE(out.first(), points.first());
        QCOMPARE(out.last(), points.last());
        double highest = -1e9, lowest = 1e9;
        for (int i = 0; i < out.size(); ++i) {
            highest = std::max(highest, out[i].y());
            lowest = std::min(lowest, out[i].y());
            if (i > 0)
                QVERIFY(out[i].x() > out[i - 1].x());  // still in order
        }
        QCOMPARE(highest, points[123'457].y());
        QVERIFY(std::abs(lowest + 1.0) < 1e-6);
    }

    void lowHighKeepsTwoPerColumnAndTheExtremes()
    {
        // noise in every column: two points per column, in time order, with each column's
        // lowest and highest value, so the drawn band has the same height
        QList<QPointF> points;
        for (int i = 0; i < 100'000; ++i)
            points.append(QPointF(i, (i * 7919) % 101 - 50.0));
        const int columns = 400;
        const QList<QPointF> out = decimateForPixels(points, 0, 99'999, columns, ColumnPoints::LowHigh);
        QVERIFY2(out.size() <= 2 * columns, qPrintable(QString::number(out.size())));
        QVERIFY(out.size() > columns);
        for (int i = 1; i < out.size(); ++i)
            QVERIFY(out[i].x() > out[i - 1].x());
        double highest = -1e9, lowest = 1e9;
        for (const QPointF& p : out) {
            highest = std::max(highest, p.y());
            lowest = std::min(lowest, p.y());
        }
        QCOMPARE(highest, 50.0);
        QCOMPARE(lowest, -50.0);
    }

    void fewPointsPassThroughUnchanged()
    {
        const QList<QPointF> points = {{0, 1}, {1, std::nan("")}, {2, 3}};
        const QList<QPointF> out = decimateForPixels(points, 0, 2, 100);
        QCOMPARE(out, (QList<QPointF>{{0, 1}, {2, 3}}));
    }
};

QTEST_MAIN(TestChartExport)
#include "test_chart_export.moc"
