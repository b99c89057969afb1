// ElidedLabel: a status text whose size hints do not depend on its text, which wraps to
// the lines its height holds and elides the rest, the whole text in its tooltip.
#include <QtTest>

#include <QFontMetrics>

#include "elided_label.h"

using namespace layerlab;

class TestElidedLabel : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void hintsDoNotGrowWithTheText()
    {
        ElidedLabel label;
        const QSize hint = label.sizeHint(), minimum = label.minimumSizeHint();
        label.setText(QString(500, QLatin1Char('x')) + QStringLiteral(" and more words after it"));
        QCOMPARE(label.sizeHint(), hint);
        QCOMPARE(label.minimumSizeHint(), minimum);
        QVERIFY(minimum.width() < hint.width());
    }

    void wrapsThenElides()
    {
        ElidedLabel label;
        label.show();  // a hidden widget gets its resize events when shown
        const QFontMetrics fm(label.font());
        label.resize(fm.horizontalAdvance(QStringLiteral("Finished all 1000 epochs.")) + 4, 2 * fm.lineSpacing());
        label.setText(QStringLiteral("Finished all 1000 epochs. Raise Epochs to train on, or Reset."));
        QCOMPARE(label.toolTip(), label.text());
        const QStringList lines = label.displayedText().split(QLatin1Char('\n'));
        QCOMPARE(lines.size(), 2);
        QCOMPARE(lines.first(), QStringLiteral("Finished all 1000 epochs."));
        QVERIFY2(lines.last().endsWith(QChar(0x2026)), qPrintable(lines.last()));
        QVERIFY(label.isElided());
        for (const QString& line : lines)
            QVERIFY(fm.horizontalAdvance(line) <= label.width());

        // one line of height: one line of text; room enough: all of it, no ellipsis
        label.resize(label.width(), fm.lineSpacing());
        QCOMPARE(label.displayedText().count(QLatin1Char('\n')), 0);
        label.resize(fm.horizontalAdvance(label.text()) + 10, 2 * fm.lineSpacing());
        QCOMPARE(label.displayedText(), label.text());
        QVERIFY(!label.isElided());
    }

    void wholeOrNothingDrawsNoCutText()
    {
        ElidedLabel label;
        label.setMaximumLines(1);
        label.setWholeOrNothing(true);
        label.show();
        const QFontMetrics fm(label.font());
        label.setText(QStringLiteral("Learning curves"));
        label.resize(fm.horizontalAdvance(QStringLiteral("Learning")), fm.lineSpacing());
        QVERIFY(label.isElided());
        QCOMPARE(label.displayedText(), QString());  // never "Learn…"
        QCOMPARE(label.toolTip(), label.text());
        label.resize(fm.horizontalAdvance(label.text()) + 10, fm.lineSpacing());
        QCOMPARE(label.displayedText(), label.text());
    }

    void aSeparateToolTip()
    {
        ElidedLabel label;
        label.setText(QStringLiteral("3 layers out of range"), QStringLiteral("Dense #1: ...\nDense #2: ..."));
        QCOMPARE(label.toolTip(), QStringLiteral("Dense #1: ...\nDense #2: ..."));
        QCOMPARE(label.text(), QStringLiteral("3 layers out of range"));
    }

    void wrapAndElideBreaksAtWords()
    {
        const QFont font;
        const QFontMetricsF fm(font);
        bool elided = true;
        const QStringList lines = wrapAndElide(QStringLiteral("one two three"), font, fm.horizontalAdvance(QStringLiteral("one two")) + 1, 3, &elided);
        QCOMPARE(lines, (QStringList{QStringLiteral("one two"), QStringLiteral("three")}));
        QVERIFY(!elided);
    }
};

QTEST_MAIN(TestElidedLabel)
#include "test_elided_label.moc"
