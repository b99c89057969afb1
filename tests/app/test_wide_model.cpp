// Issue 18: a project with a Dense layer of 1,000,000 units (inside the documented range)
// made the app grow by gigabytes for the decision map and the neuron pictures until it
// aborted. Opened in the main window, headless, with the views that draw over the input
// plane on screen, it stays within a small multiple of the model, and the views say what
// they leave out. A memory check, not a timing test.
#include <QDockWidget>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include "app_test_support.h"
#include "decision_map_view.h"
#include "io/examples.h"
#include "io/project.h"
#include "main_window.h"
#include "network_diagram_view.h"

using namespace layerlab;

namespace {

// The process's resident memory now (VmRSS) or at its peak (VmHWM), in MB; -1 without /proc.
qint64 memoryMb(const char* field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : status.readAll().split('\n'))
        if (line.startsWith(field))
            return line.mid(qsizetype(qstrlen(field))).trimmed().split(' ').front().toLongLong() / 1024;
    return -1;
}

constexpr qint64 kMemoryLimitMb = 1500;

}  // namespace

class TestWideModel : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { test::isolateSettings(); }

    void aMillionUnitProjectOpensWithinMemory()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        Project p = *findExample("spiral");
        p.model.layers.erase(p.model.layers.begin() + 1, p.model.layers.end() - 1);
        p.model.layers[0].units = 1'000'000;
        const QString path = dir.filePath(QStringLiteral("wide.layerlab"));
        writeProjectFile(path.toStdString(), p);

        auto w = test::openWindow();
        QVERIFY(w->openFile(path));
        QVERIFY(test::waitAllApplied(w->controller()));
        // each view that draws over the input plane on screen in turn (they may share a
        // dock area), for a few snapshots with their pictures while training steps
        auto* networkDock = w->findChild<QDockWidget*>(QStringLiteral("networkDock"));
        auto* mapDock = w->findChild<QDockWidget*>(QStringLiteral("decisionMapDock"));
        QVERIFY(networkDock && mapDock);
        const auto asked = [&] { return w->controller()->pictureRequest(); };
        const auto pictures = [&] { return w->controller()->snapshot()->pictures; };
        const auto stepAFew = [&] {
            for (int i = 0; i < 3; ++i) {
                w->controller()->stepBatch();
                QVERIFY(test::waitAllApplied(w->controller()));
            }
        };

        mapDock->raise();
        QVERIFY(QTest::qWaitFor([&] { return asked().decisionMapGrid > 0; }, 5000));
        stepAFew();
        QVERIFY(test::waitUntil(w->controller(), [&] { return pictures() && !pictures()->decisionMap.empty(); }));
        QCOMPARE(w->controller()->snapshot()->model.layer(0).outputShape().size(), Index(1'000'000));
        // a coarser grid than asked, the one the budget affords
        QVERIFY(pictures()->decisionMap.width < asked().decisionMapGrid);
        auto* map = w->findChild<DecisionMapView*>();
        map->refreshNow();
        QVERIFY(!map->mapImage().isNull());

        networkDock->raise();
        QVERIFY(QTest::qWaitFor([&] { return asked().neuronMapGrid > 0; }, 5000));
        stepAFew();
        QVERIFY(test::waitUntil(w->controller(), [&] { return pictures() && !pictures()->neuronMaps.empty(); }));
        // the pictures keep the 32 units the diagram draws
        QCOMPARE(pictures()->neuronMaps.layers[0].rows(), Index(32));
        auto* diagram = w->findChild<NetworkDiagramView*>();
        QVERIFY(diagram);
        diagram->refreshNow();
        QTest::qWait(200);  // let the views paint what they were given

        const qint64 now = memoryMb("VmRSS:");
        const qint64 peak = memoryMb("VmHWM:");
        qInfo("resident memory: %lld MB now, %lld MB at the peak", now, peak);
        if (peak >= 0)
            QVERIFY2(peak < kMemoryLimitMb, qPrintable(QString::number(peak) + QStringLiteral(" MB")));
    }
};

QTEST_MAIN(TestWideModel)
#include "test_wide_model.moc"
