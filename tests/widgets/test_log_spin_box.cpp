// LogSpinBox: the 1-3-10 ladder and short numbers.
#include <QtTest>

#include "log_spin_box.h"

using namespace layerlab;

class TestLogSpinBox : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void ladder_data()
    {
        QTest::addColumn<double>("value");
        QTest::addColumn<int>("direction");
        QTest::addColumn<double>("expected");
        QTest::newRow("0.01 up") << 0.01 << 1 << 0.03;
        QTest::newRow("0.03 up") << 0.03 << 1 << 0.1;
        QTest::newRow("0.03 down") << 0.03 << -1 << 0.01;
        QTest::newRow("0.01 down") << 0.01 << -1 << 0.003;
        QTest::newRow("0.02 up") << 0.02 << 1 << 0.03;     // off the ladder: the next rung
        QTest::newRow("0.02 down") << 0.02 << -1 << 0.01;
        QTest::newRow("1000 down") << 1000.0 << -1 << 300.0;
    }

    void ladder()
    {
        QFETCH(double, value);
        QFETCH(int, direction);
        QFETCH(double, expected);
        QVERIFY2(qFuzzyCompare(LogSpinBox::ladder(value, direction), expected),
                 qPrintable(QString::number(LogSpinBox::ladder(value, direction))));
    }

    void showsShortNumbers()
    {
        LogSpinBox b;
        b.setValue(0.03);
        QCOMPARE(b.text(), QStringLiteral("0.03"));
        b.stepBy(2);
        QCOMPARE(b.text(), QStringLiteral("0.3"));
        b.setValue(1e-5);
        QCOMPARE(b.text(), QStringLiteral("1e-05"));
        int pos = 0;
        QString typed = QStringLiteral("abc");
        QCOMPARE(b.validate(typed, pos), QValidator::Invalid);
        typed = QStringLiteral("0.5");
        QCOMPARE(b.validate(typed, pos), QValidator::Acceptable);
    }
};

QTEST_MAIN(TestLogSpinBox)
#include "test_log_spin_box.moc"
