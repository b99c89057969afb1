// Conv2D: backward against finite differences, forward against answers worked out by hand,
// and the shapes it accepts and refuses.
#include <QtTest>

#include "layers/conv2d.h"
#include "conv_test_support.h"
#include "core/error.h"

using namespace layerlab;
using namespace layerlab::convtest;

namespace {

// A single-channel image from its rows, as a (H*W, 1) batch of one.
Matrix image(std::initializer_list<std::initializer_list<float>> rows)
{
    std::vector<float> values;
    for (const auto& row : rows)
        values.insert(values.end(), row.begin(), row.end());
    Matrix m(Index(values.size()), 1);
    for (size_t i = 0; i < values.size(); ++i)
        m(Index(i), 0) = values[i];
    return m;
}

Matrix column(std::initializer_list<float> values)
{
    Matrix m(Index(values.size()), 1);
    Index i = 0;
    for (float v : values)
        m(i++, 0) = v;
    return m;
}

bool sameValues(const Matrix& actual, const Matrix& expected)
{
    if (actual.rows() != expected.rows() || actual.cols() != expected.cols()) {
        std::printf("shape %lldx%lld, expected %lldx%lld\n", (long long)actual.rows(), (long long)actual.cols(),
                    (long long)expected.rows(), (long long)expected.cols());
        return false;
    }
    // hand-worked answers are small integers and halves: float gets them exactly, up to
    // the order of a few additions (1e-5 allows that and nothing else)
    const float worst = (actual - expected).cwiseAbs().maxCoeff();
    if (worst > 1e-5f) {
        std::printf("max difference %g\n", double(worst));
        for (Index i = 0; i < actual.size(); ++i)
            std::printf("  [%lld] %g, expected %g\n", (long long)i, double(actual.data()[i]), double(expected.data()[i]));
    }
    return worst <= 1e-5f;
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

}  // namespace

class TestConv2D : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void gradients_data();
    void gradients();
    void gradientsThroughReLU();
    void batchMatchesSingleSamples();
    void forwardValidKernel();
    void forwardSamePadding();
    void forwardSamePaddingEvenKernel();
    void forwardStrideTwoSamePadding();
    void forwardChannelsAndLayout();
    void shapes();
    void refusals();
    void initializerFans();
    void reusesScratchBetweenSteps();
};

void TestConv2D::gradients_data()
{
    QTest::addColumn<int>("channels");
    QTest::addColumn<int>("size");
    QTest::addColumn<int>("filters");
    QTest::addColumn<int>("kernel");
    QTest::addColumn<int>("stride");
    QTest::addColumn<bool>("same");
    QTest::addColumn<int>("activation");
    QTest::newRow("valid 3x3") << 2 << 6 << 3 << 3 << 1 << false << int(Activation::Linear);
    QTest::newRow("valid 3x3 stride 2") << 2 << 7 << 3 << 3 << 2 << false << int(Activation::Linear);
    QTest::newRow("same 3x3") << 2 << 5 << 2 << 3 << 1 << true << int(Activation::Linear);
    QTest::newRow("same 3x3 stride 2, odd size") << 3 << 5 << 2 << 3 << 2 << true << int(Activation::Linear);
    QTest::newRow("same 4x4, uneven padding") << 1 << 6 << 2 << 4 << 1 << true << int(Activation::Linear);
    QTest::newRow("same 2x2 stride 3") << 2 << 7 << 2 << 2 << 3 << true << int(Activation::Linear);
    QTest::newRow("1x1") << 3 << 4 << 2 << 1 << 1 << false << int(Activation::Linear);
    QTest::newRow("tanh") << 2 << 5 << 3 << 3 << 1 << true << int(Activation::Tanh);
    QTest::newRow("sigmoid stride 2") << 2 << 6 << 2 << 2 << 2 << false << int(Activation::Sigmoid);
}

void TestConv2D::gradients()
{
    QFETCH(int, channels);
    QFETCH(int, size);
    QFETCH(int, filters);
    QFETCH(int, kernel);
    QFETCH(int, stride);
    QFETCH(bool, same);
    QFETCH(int, activation);
    LayerUnderTest t(conv(filters, kernel, Activation(activation), stride, same ? Padding::Same : Padding::Valid),
                     Shape::image(channels, size, size));
    // random biases too, so that a bias gradient of the wrong sign or size shows
    t.params += Vector(randomMatrix(t.params.size(), 1, 5, 0.3f));
    const Matrix x = randomMatrix(Shape::image(channels, size, size).size(), 3, 11);
    QVERIFY(test::gradientsMatch(test::checkGradients(*t.layer, t.params, {}, x, PassInfo{true, 0}, 13),
                                 QTest::currentDataTag()));
}

void TestConv2D::gradientsThroughReLU()
{
    // ReLU's backward uses y > 0 instead of the pre-activation: check it the same way,
    // skipping the few entries whose steps cross 0. A weight moves all P*B outputs of its
    // filter, so a small image, two samples and a step of 3e-3 (rounding error ~3x larger)
    // keep most of them away from the kink.
    LayerUnderTest t(conv(4, 3, Activation::ReLU, 1, Padding::Same), Shape::image(2, 5, 5));
    t.params += Vector(randomMatrix(t.params.size(), 1, 5, 0.3f));
    const Matrix x = randomMatrix(2 * 25, 2, 17);
    const Matrix y = t.forward(x);
    QVERIFY((y.array() == 0.0f).count() > y.size() / 5 && (y.array() > 0.0f).count() > y.size() / 5);  // both sides used
    const test::GradientCheck e = test::checkGradients(*t.layer, t.params, {}, x, PassInfo{true, 0}, 19, 3e-3f);
    QVERIFY(test::gradientsMatch(e, "Conv2D relu"));
    // most entries must have been compared, or the check proves nothing
    QVERIFY(e.skipped < int(t.params.size() + x.size()) / 10);
}

void TestConv2D::batchMatchesSingleSamples()
{
    // A batch is the samples side by side: forward and backward of 5 samples equal those
    // of each sample alone (gradients summed), so nothing leaks between samples.
    LayerUnderTest t(conv(3, 3, Activation::Tanh, 2, Padding::Same), Shape::image(2, 7, 7));
    const Matrix x = randomMatrix(2 * 49, 5, 23);
    const Matrix r = randomMatrix(t.layer->outputShape().size(), 5, 29);
    LayerCache cache;
    Matrix y, dx;
    t.layer->forward(t.params.data(), nullptr, x, y, cache, {});
    Matrix dy = r;
    Vector grads = Vector::Zero(t.params.size());
    t.layer->backward(t.params.data(), x, y, dy, false, &dx, grads.data(), cache);
    Vector summed = Vector::Zero(t.params.size());
    for (Index s = 0; s < 5; ++s) {
        LayerCache c;
        Matrix ys, dxs;
        const Matrix xs = x.col(s);
        t.layer->forward(t.params.data(), nullptr, xs, ys, c, {});
        QVERIFY(sameValues(ys, y.col(s)));
        Matrix dys = r.col(s);
        t.layer->backward(t.params.data(), xs, ys, dys, false, &dxs, summed.data(), c);
        QVERIFY(sameValues(dxs, dx.col(s)));
    }
    QVERIFY(sameValues(summed, grads));
}

void TestConv2D::forwardValidKernel()
{
    // x = [1 2 0; 3 1 4; 0 5 2], kernel [1 2; 0 -1], bias 0.5, valid, stride 1:
    //   y(0,0) = 1*1 + 2*2 + 0*3 - 1*1 + 0.5 =  4.5
    //   y(0,1) = 1*2 + 2*0 + 0*1 - 1*4 + 0.5 = -1.5
    //   y(1,0) = 1*3 + 2*1 + 0*0 - 1*5 + 0.5 =  0.5
    //   y(1,1) = 1*1 + 2*4 + 0*5 - 1*2 + 0.5 =  7.5
    // (PyTorch's F.conv2d gives the same.) With ReLU, -1.5 becomes 0.
    const Matrix x = image({{1, 2, 0}, {3, 1, 4}, {0, 5, 2}});
    LayerUnderTest linear(conv(1, 2, Activation::Linear), Shape::image(1, 3, 3));
    linear.params << 1, 2, 0, -1, 0.5f;  // kernel row by row (kh, kw), then the bias
    QVERIFY(sameValues(linear.forward(x), image({{4.5f, -1.5f}, {0.5f, 7.5f}})));
    LayerUnderTest relu(conv(1, 2, Activation::ReLU), Shape::image(1, 3, 3));
    relu.params = linear.params;
    QVERIFY(sameValues(relu.forward(x), image({{4.5f, 0}, {0.5f, 7.5f}})));
}

void TestConv2D::forwardSamePadding()
{
    // 'same' with a 3x3 kernel of ones on x = [1 2 3; 4 5 6; 7 8 9]: one ring of zeros,
    // each output is the sum of its 3x3 neighbourhood inside the image:
    //   corner (0,0): 1+2+4+5 = 12, edge (0,1): 1+2+3+4+5+6 = 21, centre: 45, ...
    const Matrix x = image({{1, 2, 3}, {4, 5, 6}, {7, 8, 9}});
    LayerUnderTest t(conv(1, 3, Activation::Linear, 1, Padding::Same), Shape::image(1, 3, 3));
    t.params.setOnes();
    t.params(9) = 0;  // bias
    QCOMPARE(t.layer->outputShape(), Shape::image(1, 3, 3));
    QVERIFY(sameValues(t.forward(x), image({{12, 21, 16}, {27, 45, 33}, {24, 39, 28}})));
}

void TestConv2D::forwardSamePaddingEvenKernel()
{
    // 'same' with a 2x2 kernel needs 1 zero per axis; TensorFlow puts the extra one at the
    // bottom/right, so y(i,j) = x(i,j) + x(i,j+1) + x(i+1,j) + x(i+1,j+1), zeros past the edge:
    //   y(0,0) = 1+2+4+5 = 12, y(0,2) = 3+6 = 9, y(2,2) = 9, y(2,0) = 7+8 = 15, ...
    const Matrix x = image({{1, 2, 3}, {4, 5, 6}, {7, 8, 9}});
    LayerUnderTest t(conv(1, 2, Activation::Linear, 1, Padding::Same), Shape::image(1, 3, 3));
    t.params << 1, 1, 1, 1, 0;
    QVERIFY(sameValues(t.forward(x), image({{12, 16, 9}, {24, 28, 15}, {15, 17, 9}})));
}

void TestConv2D::forwardStrideTwoSamePadding()
{
    // 4x4 input x(i,j) = 4i + j + 1, 3x3 kernel of ones, stride 2, 'same':
    // output ceil(4/2) = 2x2; padding (2-1)*2 + 3 - 4 = 1 in total: 0 above, 1 below (and
    // 0 left, 1 right). Windows start at rows/columns 0 and 2:
    //   y(0,0) = rows 0-2, cols 0-2 = (1+2+3)+(5+6+7)+(9+10+11)   = 54
    //   y(0,1) = rows 0-2, cols 2-3 = (3+4)+(7+8)+(11+12)         = 45
    //   y(1,0) = rows 2-3, cols 0-2 = (9+10+11)+(13+14+15)        = 72
    //   y(1,1) = rows 2-3, cols 2-3 = 11+12+15+16                 = 54
    // (PyTorch: F.conv2d(F.pad(x, (0, 1, 0, 1)), ones, stride=2) gives the same.)
    const Matrix x = image({{1, 2, 3, 4}, {5, 6, 7, 8}, {9, 10, 11, 12}, {13, 14, 15, 16}});
    LayerUnderTest t(conv(1, 3, Activation::Linear, 2, Padding::Same), Shape::image(1, 4, 4));
    t.params.setOnes();
    t.params(9) = 0;
    QCOMPARE(t.layer->outputShape(), Shape::image(1, 2, 2));
    QVERIFY(sameValues(t.forward(x), image({{54, 45}, {72, 54}})));
    // valid padding, stride 2, on the same input: only the window at (0,0) fits: 54
    LayerUnderTest v(conv(1, 3, Activation::Linear, 2, Padding::Valid), Shape::image(1, 4, 4));
    v.params = t.params;
    QCOMPARE(v.layer->outputShape(), Shape::image(1, 1, 1));
    QVERIFY(sameValues(v.forward(x), image({{54}})));
}

void TestConv2D::forwardChannelsAndLayout()
{
    // Two input channels, two 1x1 filters, on a 1x2 image. A sample is stored channel by
    // channel: x = [c0: 1 2 | c1: 10 20]. The weight is (K = Cin*k*k, Cout): column o is
    // filter o's (Cin, kh, kw) values.
    //   filter 0: 1*c0 + 0.5*c1 + 0 = [1+5, 2+10]      = [6, 12]
    //   filter 1: -1*c0 + 0.1*c1 + 1 = [-1+1+1, -2+2+1] = [1, 1]
    // The output is stored the same way: [f0: 6 12 | f1: 1 1].
    LayerUnderTest t(conv(2, 1, Activation::Linear), Shape::image(2, 1, 2));
    t.params << 1, 0.5f, -1, 0.1f, 0, 1;
    QVERIFY(sameValues(t.forward(column({1, 2, 10, 20})), column({6, 12, 1, 1})));
    const auto infos = t.layer->parameters();
    QCOMPARE(infos.size(), size_t(2));
    QCOMPARE(infos[0].name, std::string("weight"));
    QVERIFY(infos[0].isWeight);
    QCOMPARE(infos[0].rows, Index(2));   // Cin*k*k
    QCOMPARE(infos[0].cols, Index(2));   // Cout
    QCOMPARE(infos[1].name, std::string("bias"));
    QVERIFY(!infos[1].isWeight);
}

void TestConv2D::shapes()
{
    auto out = [](const LayerSpec& s, const Shape& in) { return Conv2DLayer::outputShape(s, in); };
    // Keras: valid 3x3 on 28x28 -> 26x26; 'same' keeps 28x28; stride 2 'same' -> ceil(28/2) = 14;
    // stride 2 valid on 28 -> floor((28-3)/2)+1 = 13; stride 3 'same' on 28 -> 10.
    QCOMPARE(out(conv(32, 3), Shape::image(1, 28, 28)), Shape::image(32, 26, 26));
    QCOMPARE(out(conv(8, 3, Activation::ReLU, 1, Padding::Same), Shape::image(1, 28, 28)), Shape::image(8, 28, 28));
    QCOMPARE(out(conv(8, 3, Activation::ReLU, 2, Padding::Same), Shape::image(1, 28, 28)), Shape::image(8, 14, 14));
    QCOMPARE(out(conv(8, 3, Activation::ReLU, 2, Padding::Valid), Shape::image(1, 28, 28)), Shape::image(8, 13, 13));
    QCOMPARE(out(conv(8, 3, Activation::ReLU, 3, Padding::Same), Shape::image(1, 28, 28)), Shape::image(8, 10, 10));
    // non-square input: 10 high, 6 wide
    QCOMPARE(out(conv(4, 3), Shape::image(3, 10, 6)), Shape::image(4, 8, 4));
    // a kernel larger than the input is fine with 'same' padding
    QCOMPARE(out(conv(4, 5, Activation::ReLU, 1, Padding::Same), Shape::image(1, 2, 2)), Shape::image(4, 2, 2));
}

void TestConv2D::refusals()
{
    // The messages name the layer (added by the factory) and say what to do.
    QCOMPARE(refusal({{pool(LayerKind::MaxPool2D, 2), conv(8, 3)}}, Shape::image(1, 4, 4)),
             QString("Conv2D #2 has a 3x3 kernel but its input is only 2x2: remove a pooling layer before it or "
                     "use 'same' padding"));
    QCOMPARE(refusal({{conv(8, 3), pool(LayerKind::MaxPool2D, 2), conv(8, 3)}}, Shape::image(1, 6, 6)),
             QString("Conv2D #3 has a 3x3 kernel but its input is only 2x2: remove a pooling layer before it or "
                     "use 'same' padding"));
    QVERIFY(refusal({{conv(8, 3)}}, Shape::flat(64))
                .startsWith("Conv2D #1 expects an image input (height x width x channels) but receives 64: "));
    QVERIFY(refusal({{LayerSpec::of(LayerKind::Flatten), conv(8, 3)}}, Shape::image(1, 8, 8))
                .startsWith("Conv2D #2 expects an image input (height x width x channels) but receives 64: "));
    // a non-square input too small in one direction only
    QVERIFY(refusal({{conv(8, 3)}}, Shape::image(1, 10, 2)).startsWith("Conv2D #1 has a 3x3 kernel but its input is only 10x2"));
    QVERIFY(refusal({{conv(0, 3)}}, Shape::image(1, 8, 8)).startsWith("Conv2D #1 needs at least 1 filter"));
    QVERIFY(refusal({{conv(4, 0)}}, Shape::image(1, 8, 8)).startsWith("Conv2D #1 needs a kernel of at least 1x1"));
    QVERIFY(refusal({{conv(4, 3, Activation::ReLU, 0)}}, Shape::image(1, 8, 8)).startsWith("Conv2D #1 needs a stride"));
    QVERIFY(refusal({{conv(4, 3, Activation::Softmax)}}, Shape::image(1, 8, 8)).startsWith("Conv2D #1 cannot use softmax"));
    // the Dense after a convolution asks for Flatten
    QCOMPARE(refusal({{conv(32, 3), LayerSpec::dense(10, Activation::Softmax)}}, Shape::image(1, 28, 28)),
             QString("Dense #2 expects a flat input but receives 26x26x32: add Flatten before it"));
    // the accepted model: no refusal
    QVERIFY(refusal({{conv(8, 3), pool(LayerKind::MaxPool2D, 2), LayerSpec::of(LayerKind::Flatten),
                      LayerSpec::dense(2, Activation::Softmax)}},
                    Shape::image(1, 8, 8))
                .isEmpty());
}

void TestConv2D::initializerFans()
{
    // He uniform draws from U(-a, a), a = sqrt(6 / fan_in), fan_in = k*k*Cin = 3*3*4 = 36:
    // a = 0.408. All weights lie inside, the largest is near a, the biases start at 0.
    LayerUnderTest t(conv(64, 3), Shape::image(4, 8, 8));
    const Index weights = 36 * 64;
    const float a = std::sqrt(6.0f / 36.0f);
    const float largest = t.params.head(weights).cwiseAbs().maxCoeff();
    QVERIFY2(largest <= a && largest > 0.95f * a, qPrintable(QString::number(double(largest))));
    QVERIFY(t.params.tail(64).isZero());
}

void TestConv2D::reusesScratchBetweenSteps()
{
    // Once sizes are stable, a step allocates nothing: the second forward/backward pass of
    // a shard writes into the very buffers the first one left in its cache.
    LayerUnderTest t(conv(8, 3, Activation::Tanh, 1, Padding::Same), Shape::image(3, 9, 9));
    const Matrix x = randomMatrix(3 * 81, 4, 41);
    LayerCache cache;
    Matrix y, dx, dy;
    Vector grads = Vector::Zero(t.params.size());
    auto step = [&] {
        t.layer->forward(t.params.data(), nullptr, x, y, cache, {});
        dy = randomMatrix(y.rows(), y.cols(), 43);
        t.layer->backward(t.params.data(), x, y, dy, false, &dx, grads.data(), cache);
    };
    step();
    QVERIFY(!cache.extra.empty());
    std::vector<const float*> before = {y.data(), dx.data(), cache.z.data()};
    for (const auto& m : cache.extra)
        before.push_back(m.data());
    step();
    std::vector<const float*> after = {y.data(), dx.data(), cache.z.data()};
    for (const auto& m : cache.extra)
        after.push_back(m.data());
    QVERIFY(before == after);
}

QTEST_APPLESS_MAIN(TestConv2D)
#include "test_conv2d.moc"
