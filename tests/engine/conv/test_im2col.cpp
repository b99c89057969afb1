// im2col and col2imAdd against the definitions written as plain loops, bit for bit: both are
// pure data movement (col2imAdd adds each patch value once, in the same order), so any
// difference is a bug. The geometries cover every row length the block copies treat
// differently (below 4, 4-7, exactly 8, 9-15, 16, longer), padding on every side, and
// strides 1 to 3.
#include <QtTest>

#include <limits>

#include "conv_test_support.h"
#include "layers/im2col.h"

using namespace layerlab;
using namespace layerlab::convtest;

namespace {

// The value under patch position (oy, ox), kernel offset (ki, kj), of channel ci: 0 in the padding.
float patchValue(const ConvGeometry& g, const Matrix& x, Index sample, int ci, int ki, int kj, int oy, int ox)
{
    const int iy = oy * g.stride + ki - g.padTop, ix = ox * g.stride + kj - g.padLeft;
    if (iy < 0 || iy >= g.height || ix < 0 || ix >= g.width)
        return 0.0f;
    return x(Index(ci) * g.height * g.width + Index(iy) * g.width + ix, sample);
}

// Visits every (sample, patch row, patch column) of samples [first, first + count) in
// col2imAdd's order: channel, kernel row, kernel column, sample, output row, output column.
template <typename F>
void forEachPatchValue(const ConvGeometry& g, Index count, F f)
{
    for (int ci = 0; ci < g.channels; ++ci)
        for (int ki = 0; ki < g.kernel; ++ki)
            for (int kj = 0; kj < g.kernel; ++kj)
                for (Index s = 0; s < count; ++s)
                    for (int oy = 0; oy < g.outHeight; ++oy)
                        for (int ox = 0; ox < g.outWidth; ++ox)
                            f(s, ci, ki, kj, oy, ox, s * g.positions() + Index(oy) * g.outWidth + ox,
                              (Index(ci) * g.kernel + ki) * g.kernel + kj);
}

}  // namespace

class TestIm2col : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void matchesPlainLoops_data();
    void matchesPlainLoops();
};

void TestIm2col::matchesPlainLoops_data()
{
    QTest::addColumn<int>("channels");
    QTest::addColumn<int>("height");
    QTest::addColumn<int>("width");
    QTest::addColumn<int>("kernel");
    QTest::addColumn<int>("stride");
    QTest::addColumn<bool>("same");
    // the textbook CNN's two convolutions: rows of 26 and 11
    QTest::newRow("28x28, 3x3 valid") << 1 << 28 << 28 << 3 << 1 << false;
    QTest::newRow("13x13x4, 3x3 valid") << 4 << 13 << 13 << 3 << 1 << false;
    QTest::newRow("rows of 1, 2, 3") << 2 << 6 << 5 << 3 << 1 << false;
    QTest::newRow("rows of 4-6, same") << 2 << 7 << 6 << 3 << 1 << true;
    QTest::newRow("rows of 7, 5x5 same") << 1 << 9 << 7 << 5 << 1 << true;
    QTest::newRow("rows of 8") << 2 << 5 << 10 << 3 << 1 << false;
    QTest::newRow("rows of 8, same") << 1 << 6 << 8 << 3 << 1 << true;
    QTest::newRow("rows of 16, even kernel same") << 2 << 5 << 16 << 4 << 1 << true;
    QTest::newRow("rows of 17, 1x1") << 3 << 2 << 17 << 1 << 1 << false;
    QTest::newRow("rows of 9-14, 7x7 same") << 1 << 8 << 14 << 7 << 1 << true;
    QTest::newRow("stride 2, same") << 2 << 9 << 20 << 3 << 2 << true;
    QTest::newRow("stride 3, valid") << 2 << 11 << 26 << 3 << 3 << false;
    QTest::newRow("kernel larger than the image, same") << 1 << 3 << 4 << 5 << 1 << true;
}

void TestIm2col::matchesPlainLoops()
{
    QFETCH(int, channels);
    QFETCH(int, height);
    QFETCH(int, width);
    QFETCH(int, kernel);
    QFETCH(int, stride);
    QFETCH(bool, same);
    const ConvGeometry g = convGeometry(Shape::image(channels, height, width), kernel, stride, same);
    // samples 1 and 2 of 4: the others must be neither read nor written
    constexpr Index first = 1, count = 2;
    const Matrix x = randomMatrix(g.inputSize(), 4, 5);

    Matrix expected(count * g.positions(), g.patchSize());
    forEachPatchValue(g, count, [&](Index s, int ci, int ki, int kj, int oy, int ox, Index row, Index col) {
        expected(row, col) = patchValue(g, x, first + s, ci, ki, kj, oy, ox);
    });
    // NaN everywhere first, so that a value im2col forgets to write shows up
    Matrix cols = Matrix::Constant(count * g.positions(), g.patchSize(), std::numeric_limits<float>::quiet_NaN());
    im2col(g, x, first, count, cols);
    QVERIFY(sameBits(cols, expected, "im2col"));

    // col2imAdd onto a gradient that already holds values: it must add, in this order
    const Matrix dcols = randomMatrix(count * g.positions(), g.patchSize(), 6);
    const Matrix start = randomMatrix(g.inputSize(), 4, 7);
    Matrix expectedDx = start;
    forEachPatchValue(g, count, [&](Index s, int ci, int ki, int kj, int oy, int ox, Index row, Index col) {
        const int iy = oy * g.stride + ki - g.padTop, ix = ox * g.stride + kj - g.padLeft;
        if (iy >= 0 && iy < g.height && ix >= 0 && ix < g.width)
            expectedDx(Index(ci) * g.height * g.width + Index(iy) * g.width + ix, first + s) += dcols(row, col);
    });
    Matrix dx = start;
    col2imAdd(g, dcols, first, count, dx);
    QVERIFY(sameBits(dx, expectedDx, "col2imAdd"));
}

QTEST_APPLESS_MAIN(TestIm2col)
#include "test_im2col.moc"
