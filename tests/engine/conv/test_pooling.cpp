// MaxPool2D, AvgPool2D and GlobalAveragePool: backward against finite differences, forward
// and backward against answers worked out by hand, and the shapes they refuse.
#include <QtTest>

#include <bit>
#include <cstdint>
#include <limits>

#include "conv_test_support.h"
#include "core/error.h"
#include "layers/global_avg_pool.h"
#include "layers/pooling.h"
#include "core/rng.h"

using namespace layerlab;
using namespace layerlab::convtest;

namespace {

Matrix column(std::initializer_list<float> values)
{
    Matrix m(Index(values.size()), 1);
    Index i = 0;
    for (float v : values)
        m(i++, 0) = v;
    return m;
}

bool equal(const Matrix& actual, const Matrix& expected)
{
    if (actual.rows() != expected.rows() || actual.cols() != expected.cols()) {
        std::printf("shape %lldx%lld, expected %lldx%lld\n", (long long)actual.rows(), (long long)actual.cols(),
                    (long long)expected.rows(), (long long)expected.cols());
        return false;
    }
    // quarters and small integers: exact in float
    if (actual == expected)
        return true;
    for (Index i = 0; i < actual.size(); ++i)
        std::printf("  [%lld] %g, expected %g\n", (long long)i, double(actual.data()[i]), double(expected.data()[i]));
    return false;
}

// The 4x5 image of the hand-worked examples (one channel, stored row by row):
//   1 5 2 0 9
//   3 4 8 1 9
//   0 2 7 7 9
//   6 1 3 2 9
// 2x2 windows cover columns 0-3 only (floor(5/2) = 2): the column of 9s is never pooled.
Matrix fourByFive()
{
    return column({1, 5, 2, 0, 9, 3, 4, 8, 1, 9, 0, 2, 7, 7, 9, 6, 1, 3, 2, 9});
}

QString refusal(const ModelSpec& spec, const Shape& input)
{
    try {
        inferShapes(spec, input);
    } catch (const SpecError& e) {
        return QString::fromStdString(e.what());
    }
    return {};
}

// Forward then backward of a parameter-free layer; returns dL/dx for dL/dy = dy.
Matrix inputGradient(const LayerUnderTest& t, const Matrix& x, const Matrix& dy)
{
    LayerCache cache;
    Matrix y, dx, grad = dy;
    t.layer->forward(nullptr, nullptr, x, y, cache, {});
    t.layer->backward(nullptr, x, y, grad, false, &dx, nullptr, cache);
    return dx;
}

// Max pooling by its definition: y is the maximum of the window (as std::max over the window
// row by row); dL/dx is dL/dy at the window's first input bit-equal to y, 0 everywhere else.
void maxPoolByDefinition(const Shape& in, int w, const Matrix& x, const Matrix& dy, Matrix& y, Matrix& dx)
{
    const int outHeight = in.height / w, outWidth = in.width / w;
    y.resize(Index(in.channels) * outHeight * outWidth, x.cols());
    dx = Matrix::Zero(x.rows(), x.cols());
    for (Index s = 0; s < x.cols(); ++s)
        for (int c = 0; c < in.channels; ++c)
            for (int oy = 0; oy < outHeight; ++oy)
                for (int ox = 0; ox < outWidth; ++ox) {
                    auto input = [&](int ki, int kj) {
                        return Index(c) * in.height * in.width + Index(oy * w + ki) * in.width + ox * w + kj;
                    };
                    const Index out = (Index(c) * outHeight + oy) * outWidth + ox;
                    float m = x(input(0, 0), s);
                    for (int i = 1; i < w * w; ++i)
                        m = std::max(m, x(input(i / w, i % w), s));
                    if (w == 2)  // the layer's order for 2x2 (same value, and same bits for +-0)
                        m = std::max(std::max(x(input(0, 0), s), x(input(0, 1), s)),
                                     std::max(x(input(1, 0), s), x(input(1, 1), s)));
                    y(out, s) = m;
                    for (int i = 0; i < w * w; ++i)
                        if (std::bit_cast<std::uint32_t>(x(input(i / w, i % w), s)) == std::bit_cast<std::uint32_t>(m)) {
                            dx(input(i / w, i % w), s) = dy(out, s);
                            break;
                        }
                }
}

}  // namespace

class TestPooling : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void gradients_data();
    void gradients();
    void maxPoolByHand();
    void maxPoolChannelsAndSamples();
    void maxPoolMatchesDefinition_data();
    void maxPoolMatchesDefinition();
    void maxPoolBackwardAfterInference();
    void avgPoolByHand();
    void globalAveragePoolByHand();
    void shapes();
    void refusals();
};

void TestPooling::gradients_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("window");
    QTest::addColumn<int>("height");
    QTest::addColumn<int>("width");
    QTest::newRow("max 2x2") << int(LayerKind::MaxPool2D) << 2 << 6 << 6;
    QTest::newRow("max 2x2, odd size") << int(LayerKind::MaxPool2D) << 2 << 5 << 7;
    QTest::newRow("max 3x3") << int(LayerKind::MaxPool2D) << 3 << 7 << 6;
    QTest::newRow("avg 2x2") << int(LayerKind::AvgPool2D) << 2 << 6 << 6;
    QTest::newRow("avg 3x3, odd size") << int(LayerKind::AvgPool2D) << 3 << 7 << 8;
    QTest::newRow("global average") << int(LayerKind::GlobalAvgPool) << 1 << 5 << 4;
}

void TestPooling::gradients()
{
    QFETCH(int, kind);
    QFETCH(int, window);
    QFETCH(int, height);
    QFETCH(int, width);
    LayerUnderTest t(pool(LayerKind(kind), window), Shape::image(3, height, width));
    // inputs 0.05 apart: steps of 1e-2 never change a window's maximum
    const Matrix x = distinctValues(3 * height * width, 2, 31, 0.05f);
    // pooling is linear away from ties, so a right backward pass leaves only rounding
    QVERIFY(test::gradientsMatch(test::checkGradients(*t.layer, t.params, {}, x, PassInfo{true, 0}, 37),
                                 QTest::currentDataTag()));
}

void TestPooling::maxPoolByHand()
{
    // 2x2 windows of fourByFive():
    //   {1 5 3 4} -> 5   {2 0 8 1} -> 8
    //   {0 2 6 1} -> 6   {7 7 3 2} -> 7 (a tie: the first 7, at row 2 column 2, gets the gradient)
    LayerUnderTest t(pool(LayerKind::MaxPool2D, 2), Shape::image(1, 4, 5));
    QCOMPARE(t.layer->outputShape(), Shape::image(1, 2, 2));
    QVERIFY(equal(t.forward(fourByFive()), column({5, 8, 6, 7})));
    // dL/dy = [1 2 3 4] goes to the maxima: 1 at (0,1), 2 at (1,2), 3 at (3,0), 4 at (2,2);
    // everything else, the unpooled last column included, gets 0.
    const Matrix dx = inputGradient(t, fourByFive(), column({1, 2, 3, 4}));
    QVERIFY(equal(dx, column({0, 1, 0, 0, 0, 0, 0, 2, 0, 0, 0, 0, 4, 0, 0, 3, 0, 0, 0, 0})));
}

void TestPooling::maxPoolChannelsAndSamples()
{
    // Channel 1 is channel 0 negated: its maxima are minus the minima of fourByFive()'s
    // windows: -min{1 5 3 4} = -1, -min{2 0 8 1} = 0, -min{0 2 6 1} = 0, -min{7 7 3 2} = -2.
    // Sample 1 is sample 0 plus 10: every maximum grows by 10.
    const Matrix image = fourByFive();
    Matrix x(40, 2);
    x.col(0) << image, -image;
    x.col(1) = x.col(0).array() + 10.0f;
    LayerUnderTest t(pool(LayerKind::MaxPool2D, 2), Shape::image(2, 4, 5));
    Matrix expected(8, 2);
    expected.col(0) << 5, 8, 6, 7, -1, 0, 0, -2;
    expected.col(1) = expected.col(0).array() + 10.0f;
    QVERIFY(equal(t.forward(x), expected));
}

void TestPooling::maxPoolMatchesDefinition_data()
{
    QTest::addColumn<int>("window");
    QTest::addColumn<int>("channels");
    QTest::addColumn<int>("height");
    QTest::addColumn<int>("width");
    // 2x2 rows of 4 or more windows are run on into the rows below (see pooling.cpp): rows of
    // 13 and 5 (the textbook CNN), exactly 8, 4, and short rows that are not
    QTest::newRow("2x2, 26x26") << 2 << 3 << 26 << 26;
    QTest::newRow("2x2, 11x11") << 2 << 4 << 11 << 11;
    QTest::newRow("2x2, 16x17") << 2 << 2 << 16 << 17;
    QTest::newRow("2x2, 9x8") << 2 << 2 << 9 << 8;
    QTest::newRow("2x2, 5x7") << 2 << 2 << 5 << 7;
    QTest::newRow("2x2, 2x2") << 2 << 3 << 2 << 2;
    QTest::newRow("3x3, 11x10") << 3 << 2 << 11 << 10;
    QTest::newRow("4x4, 8x9") << 4 << 2 << 8 << 9;
}

void TestPooling::maxPoolMatchesDefinition()
{
    QFETCH(int, window);
    QFETCH(int, channels);
    QFETCH(int, height);
    QFETCH(int, width);
    const Shape in = Shape::image(channels, height, width);
    LayerUnderTest t(pool(LayerKind::MaxPool2D, window), in);
    // values 0-3 and both zeros: most windows hold ties, and +0 and -0 are equal but not the same bits
    constexpr Index samples = 3;
    Matrix x(in.size(), samples);
    Rng rng(41);
    for (Index i = 0; i < x.size(); ++i) {
        const int v = int(rng() % 6);
        x.data()[i] = v == 4 ? -0.0f : v == 5 ? 0.0f : float(v);
    }
    const Matrix dy = randomMatrix(t.layer->outputShape().size(), samples, 43);
    Matrix expectedY, expectedDx;
    maxPoolByDefinition(in, window, x, dy, expectedY, expectedDx);

    LayerCache cache;
    Matrix y, grad = dy;
    // NaN first, so that an input the backward pass forgets to write shows up
    Matrix dx = Matrix::Constant(in.size(), samples, std::numeric_limits<float>::quiet_NaN());
    t.layer->forward(nullptr, nullptr, x, y, cache, PassInfo{true, 0});
    QVERIFY(sameBits(y, expectedY, "y"));
    t.layer->backward(nullptr, x, y, grad, false, &dx, nullptr, cache);
    QVERIFY(sameBits(dx, expectedDx, "dx"));
}

void TestPooling::maxPoolBackwardAfterInference()
{
    // Backward follows the last forward pass on the same cache, whatever kind it was and
    // whatever batch size the cache held before.
    const Shape in = Shape::image(2, 6, 6);
    LayerUnderTest t(pool(LayerKind::MaxPool2D, 2), in);
    LayerCache cache;
    Matrix y, dx;
    const Matrix before = distinctValues(in.size(), 5, 47, 0.5f);
    t.layer->forward(nullptr, nullptr, before, y, cache, PassInfo{true, 0});
    const Matrix x = distinctValues(in.size(), 2, 53, 0.5f);
    const Matrix dy = randomMatrix(t.layer->outputShape().size(), 2, 59);
    Matrix grad = dy, expectedY, expectedDx;
    t.layer->forward(nullptr, nullptr, x, y, cache, PassInfo{});
    t.layer->backward(nullptr, x, y, grad, false, &dx, nullptr, cache);
    maxPoolByDefinition(in, 2, x, dy, expectedY, expectedDx);
    QVERIFY(sameBits(dx, expectedDx, "dx"));
}

void TestPooling::avgPoolByHand()
{
    // 2x2 means of fourByFive(): (1+5+3+4)/4 = 3.25, (2+0+8+1)/4 = 2.75,
    //                            (0+2+6+1)/4 = 2.25, (7+7+3+2)/4 = 4.75.
    LayerUnderTest t(pool(LayerKind::AvgPool2D, 2), Shape::image(1, 4, 5));
    QVERIFY(equal(t.forward(fourByFive()), column({3.25f, 2.75f, 2.25f, 4.75f})));
    // dL/dy = [4 8 12 16] spreads as dy/4 = 1, 2, 3, 4 over each window; the last column gets 0.
    const Matrix dx = inputGradient(t, fourByFive(), column({4, 8, 12, 16}));
    QVERIFY(equal(dx, column({1, 1, 2, 2, 0, 1, 1, 2, 2, 0, 3, 3, 4, 4, 0, 3, 3, 4, 4, 0})));
}

void TestPooling::globalAveragePoolByHand()
{
    // Two 2x2 channels: [1 2; 3 4] has mean 2.5, [-1 0; 0 5] has mean 1. The output is flat.
    LayerUnderTest t(LayerSpec::of(LayerKind::GlobalAvgPool), Shape::image(2, 2, 2));
    QCOMPARE(t.layer->outputShape(), Shape::flat(2));
    const Matrix x = column({1, 2, 3, 4, -1, 0, 0, 5});
    QVERIFY(equal(t.forward(x), column({2.5f, 1})));
    // dL/dy = [4 8]: each of a channel's 4 positions gets dy/4.
    QVERIFY(equal(inputGradient(t, x, column({4, 8})), column({1, 1, 1, 1, 2, 2, 2, 2})));
}

void TestPooling::shapes()
{
    // Keras valid pooling: floor division, the leftover rows/columns are dropped.
    QCOMPARE(poolingOutputShape(pool(LayerKind::MaxPool2D, 2), Shape::image(32, 26, 26)), Shape::image(32, 13, 13));
    QCOMPARE(poolingOutputShape(pool(LayerKind::MaxPool2D, 2), Shape::image(64, 11, 11)), Shape::image(64, 5, 5));
    QCOMPARE(poolingOutputShape(pool(LayerKind::AvgPool2D, 3), Shape::image(4, 10, 7)), Shape::image(4, 3, 2));
    QCOMPARE(poolingOutputShape(pool(LayerKind::MaxPool2D, 2), Shape::image(1, 2, 2)), Shape::image(1, 1, 1));
    QCOMPARE(GlobalAvgPoolLayer::outputShape(LayerSpec::of(LayerKind::GlobalAvgPool), Shape::image(64, 5, 5)),
             Shape::flat(64));
}

void TestPooling::refusals()
{
    QCOMPARE(refusal({{pool(LayerKind::MaxPool2D, 2), pool(LayerKind::MaxPool2D, 2), pool(LayerKind::MaxPool2D, 2)}},
                     Shape::image(1, 5, 5)),
             QString("MaxPool2D #3 has a 2x2 window but its input is only 1x1: use a smaller window or remove a "
                     "pooling layer before it"));
    QVERIFY(refusal({{pool(LayerKind::AvgPool2D, 3)}}, Shape::image(1, 2, 8))
                .startsWith("AvgPool2D #1 has a 3x3 window but its input is only 2x8"));
    QVERIFY(refusal({{pool(LayerKind::MaxPool2D, 0)}}, Shape::image(1, 4, 4))
                .startsWith("MaxPool2D #1 needs a window of at least 1x1"));
    QVERIFY(refusal({{LayerSpec::of(LayerKind::Flatten), pool(LayerKind::MaxPool2D, 2)}}, Shape::image(1, 4, 4))
                .startsWith("MaxPool2D #2 expects an image input (height x width x channels) but receives 16: "));
    QVERIFY(refusal({{LayerSpec::dense(4, Activation::ReLU), LayerSpec::of(LayerKind::GlobalAvgPool)}}, Shape::flat(3))
                .startsWith("GlobalAveragePool #2 expects an image input (height x width x channels) but receives 4: "));
}

QTEST_APPLESS_MAIN(TestPooling)
#include "test_pooling.moc"
