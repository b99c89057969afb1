// The pictures the worker computes for the views (analysis/pictures.h): feature maps and
// filters against Model::forward and the typed weights, predictions against predict(),
// the input plane against the prepared data, and the limits that keep them bounded.
#include <QtTest>

#include "analysis/budgets.h"
#include "analysis/pictures.h"
#include "data/data_spec.h"

using namespace layerlab;

namespace {

Model makeModel(std::vector<LayerSpec> layers, const Shape& input, std::uint64_t seed)
{
    ModelSpec spec;
    spec.layers = std::move(layers);
    Model model(spec, input);
    model.initialize(seed);
    return model;
}

LayerSpec conv(int filters, int kernel, Activation activation)
{
    LayerSpec s = LayerSpec::of(LayerKind::Conv2D);
    s.filters = filters;
    s.kernel = kernel;
    s.activation = activation;
    return s;
}

Matrix randomImages(const Shape& shape, Index count)
{
    return Matrix::Random(shape.size(), count);
}

DataSpec spiralData(std::vector<std::string> features, std::string normalization)
{
    DataSpec spec;
    spec.source = "spiral";
    spec.samples = 200;
    spec.features = std::move(features);
    spec.normalization = std::move(normalization);
    return spec;
}

// The process's peak resident memory (VmHWM of /proc/self/status), or 0 where there is none.
Index peakMemoryBytes()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray& line : status.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return Index(line.mid(6).trimmed().split(' ').front().toLongLong()) * 1024;
    return 0;
}

}  // namespace

class TestPictures : public QObject {
    Q_OBJECT
private Q_SLOTS:
    // Each channel's plane is that channel of the layer's forward output, row after row;
    // the first Conv2D's filters are its typed weights averaged over the input channels.
    void featureMapsAreTheForwardOutputs()
    {
        const Shape image = Shape::image(2, 6, 6);
        Model model = makeModel({conv(3, 3, Activation::ReLU), LayerSpec::of(LayerKind::MaxPool2D),
                                 conv(4, 2, Activation::Tanh), LayerSpec::of(LayerKind::Flatten),
                                 LayerSpec::dense(3, Activation::Softmax)},
                                image, 11);
        const Matrix samples = randomImages(image, 5);
        const FeatureMaps maps = computeFeatureMaps(model, samples.col(2), 2);
        QCOMPARE(maps.sample, 2);
        QCOMPARE(maps.outputs.size(), size_t(2));
        Workspace ws;
        model.forward(samples.col(2), ws, PassInfo{});
        for (const ConvOutput& out : maps.outputs) {
            const Matrix& y = ws.outputs[size_t(out.layer)];
            QCOMPARE(out.values.cols(), Index(out.shape.channels));
            QCOMPARE(out.values.rows(), Index(out.shape.height) * out.shape.width);
            for (int c = 0; c < out.shape.channels; ++c)
                for (int row = 0; row < out.shape.height; ++row)
                    for (int col = 0; col < out.shape.width; ++col) {
                        const Index flat = (Index(c) * out.shape.height + row) * out.shape.width + col;
                        QCOMPARE(out.values(Index(row) * out.shape.width + col, c), y(flat, 0));
                    }
            QCOMPARE(out.peaks.size(), size_t(out.shape.channels));
            QCOMPARE(out.peaks[0], out.values.col(0).cwiseAbs().maxCoeff());
        }
        QVERIFY(!maps.outputs[0].hasNegative);  // ReLU
        // filters: weight (Cin*k*k, filters), kernel (c, row, col) at (c*k + row)*k + col
        const ConstMatrixMap w = model.parameter(0, "weight");
        QCOMPARE(maps.filters.layer, 0);
        QCOMPARE(maps.filters.size, 3);
        QCOMPARE(maps.filters.inputChannels, 2);
        QCOMPARE(maps.filters.filters.size(), size_t(3));
        const float expected = (w((0 * 3 + 1) * 3 + 2, 1) + w((1 * 3 + 1) * 3 + 2, 1)) / 2;
        QCOMPARE(maps.filters.filters[1](1, 2), expected);
        QCOMPARE(maps.filters.peak, w.cwiseAbs().maxCoeff());
        QCOMPARE(maps.filters.peaks[2], w.col(2).cwiseAbs().maxCoeff());
    }

    void featureMapsNeedAModelForTheSample()
    {
        const Model model = makeModel({LayerSpec::dense(3, Activation::Softmax)}, Shape::flat(4), 1);
        QVERIFY(computeFeatureMaps(model, Matrix::Random(5, 1), 0).empty());  // built for 4 inputs
        const FeatureMaps dense = computeFeatureMaps(model, Matrix::Random(4, 1), 0);
        QVERIFY(!dense.empty());
        QVERIFY(dense.outputs.empty());  // no Conv2D layer: nothing to draw, and the view says so
        QCOMPARE(dense.filters.layer, -1);
    }

    void predictionsAreTheLargestOutputs()
    {
        const Model softmax = makeModel({LayerSpec::dense(4, Activation::Softmax)}, Shape::flat(3), 2);
        const Matrix inputs = Matrix::Random(3, 7);
        const Matrix outputs = softmax.predict(inputs);
        const SamplePredictions p = predictSamples(softmax, inputs);
        QCOMPARE(p.classes.size(), size_t(7));
        for (Index i = 0; i < 7; ++i) {
            Index best = 0;
            outputs.col(i).maxCoeff(&best);
            QCOMPARE(p.classes[size_t(i)], int(best));
            QCOMPARE(p.confidences[size_t(i)], outputs(best, i));
        }
        // one sigmoid unit is the probability of class 1
        const Model sigmoid = makeModel({LayerSpec::dense(1, Activation::Sigmoid)}, Shape::flat(3), 3);
        const Matrix probability = sigmoid.predict(inputs);
        const SamplePredictions q = predictSamples(sigmoid, inputs);
        for (Index i = 0; i < 7; ++i) {
            const bool one = probability(0, i) > 0.5f;
            QCOMPARE(q.classes[size_t(i)], one ? 1 : 0);
            QCOMPARE(q.confidences[size_t(i)], one ? probability(0, i) : 1 - probability(0, i));
        }
        // no answer from a model built for other inputs, or with NaN weights
        QCOMPARE(predictSamples(softmax, Matrix::Random(2, 3)).classes, std::vector<int>(3, -1));
        Model broken = softmax;
        broken.parameters()(0) = std::numeric_limits<float>::quiet_NaN();
        QCOMPARE(predictSamples(broken, inputs).classes, std::vector<int>(7, -1));
    }

    // The plane's transform turns the raw points into exactly the network's inputs.
    void inputPlaneTransformsRawPointsIntoInputs()
    {
        for (const auto& [features, normalization] :
             std::vector<std::pair<std::vector<std::string>, std::string>>{
                 {{}, "none"}, {{}, "zscore"}, {{"x1^2", "x2^2", "x1*x2"}, "minmax"}}) {
            const DataSpec spec = spiralData(features, normalization);
            const PreparedData prepared = prepareData(spec, 5);
            const auto plane = inputPlane(spec, 5, prepared);
            QVERIFY(plane);
            QCOMPARE(plane->trainPoints.rows(), Index(2));
            QCOMPARE(plane->trainPoints.cols(), prepared.train.sampleCount());
            QCOMPARE(plane->validationPoints.cols(), prepared.validation.sampleCount());
            QCOMPARE(plane->trainTargets, prepared.train.targets);
            const Matrix inputs = plane->transform ? plane->transform(plane->trainPoints) : plane->trainPoints;
            QVERIFY(inputs.isApprox(prepared.train.inputs, 1e-5f));
            // the extent holds every point with a margin
            QVERIFY(plane->extent.xMin < plane->trainPoints.row(0).minCoeff());
            QVERIFY(plane->extent.yMax > plane->trainPoints.row(1).maxCoeff());
        }
        DataSpec sine;
        sine.source = "sine";
        QVERIFY(!inputPlane(sine, 1, prepareData(sine, 1)));  // one input: no plane
    }

    void picturesAnswerTheRequestOnly()
    {
        const DataSpec spec = spiralData({}, "zscore");
        const PreparedData prepared = prepareData(spec, 5);
        const InputPlane plane = *inputPlane(spec, 5, prepared);
        const Model model = makeModel({LayerSpec::dense(6, Activation::Tanh), LayerSpec::dense(1, Activation::Sigmoid)},
                                      Shape::flat(2), 4);
        const PictureSources sources{&plane, &prepared.validation.inputs};

        PictureRequest request;
        request.decisionMapGrid = 20;
        const Pictures map = computePictures(model, sources, request);
        QCOMPARE(map.decisionMap.width, 20);
        QCOMPARE(map.decisionMap.layers.back(),
                 computeNeuronMaps(model, plane.transform, plane.extent, 20, 20, KeepLayers::OutputOnly).layers.back());
        QVERIFY(map.neuronMaps.empty());
        QVERIFY(map.predictions.empty());
        QVERIFY(map.featureMaps.empty());

        request = PictureRequest{};
        request.neuronMapGrid = 12;
        request.predictedSamples = 5;
        const Pictures rest = computePictures(model, sources, request);
        QVERIFY(rest.decisionMap.empty());
        QCOMPARE(rest.neuronMaps.layers.size(), size_t(2));
        QCOMPARE(rest.neuronMaps.layers[0].rows(), Index(6));
        QCOMPARE(rest.predictions.classes.size(), size_t(5));

        // without a plane (image data, say) the maps stay empty and nothing throws
        const Pictures noPlane = computePictures(model, PictureSources{nullptr, &prepared.validation.inputs}, request);
        QVERIFY(noPlane.neuronMaps.empty());
        // a plane that does not fit the model (an edit in between): empty, not an exception
        const Model threeInputs = makeModel({LayerSpec::dense(1, Activation::Sigmoid)}, Shape::flat(3), 4);
        QVERIFY(computePictures(threeInputs, sources, request).neuronMaps.empty());
    }

    // A very wide layer would need gigabytes of neuron pictures: a hidden layer of more than
    // kMaxMapUnits units keeps the kSampledMapUnits units the network diagram draws.
    void neuronMapsKeepTheDrawnUnitsOfAWideLayer()
    {
        const DataSpec spec = spiralData({}, "none");
        const PreparedData prepared = prepareData(spec, 5);
        const InputPlane plane = *inputPlane(spec, 5, prepared);
        const Model wide = makeModel({LayerSpec::dense(300, Activation::ReLU), LayerSpec::dense(5, Activation::Tanh),
                                      LayerSpec::dense(1, Activation::Sigmoid)},
                                     Shape::flat(2), 4);
        PictureRequest request;
        request.neuronMapGrid = 10;
        const NeuronMaps maps = computePictures(wide, PictureSources{&plane, nullptr}, request).neuronMaps;
        QCOMPARE(maps.width, 10);
        QCOMPARE(maps.units[0], mapUnits(300));
        QCOMPARE(maps.units[0].size(), size_t(kSampledMapUnits));
        QCOMPARE(maps.units[0].front(), 0);
        QCOMPARE(maps.units[0].back(), 299);
        QCOMPARE(maps.layers[0].rows(), Index(kSampledMapUnits));
        QVERIFY(maps.units[1].empty());  // narrow layers keep every unit
        QCOMPARE(maps.layers[1].rows(), Index(5));
        // each kept row is that unit's output, as the full maps have it
        const NeuronMaps full = computeNeuronMaps(wide, plane.transform, plane.extent, 10, 10, KeepLayers::OutputOnly);
        QCOMPARE(maps.layers[2], full.layers[2]);
        Workspace ws;
        Matrix pixel(2, 1);
        pixel << maps.pixelX(3), maps.pixelY(7);
        wide.forward(pixel, ws, PassInfo{});
        for (int unit : maps.units[0]) {
            QVERIFY(maps.rowOf(0, unit) >= 0);
            QCOMPARE(maps.at(0, unit, 3, 7), ws.outputs[0](unit, 0));
        }
        QCOMPARE(maps.rowOf(0, 1), Index(-1));  // left out
        QCOMPARE(maps.rowOf(1, 4), Index(4));
    }

    // Issue 18: a Dense layer of 1,000,000 units (inside the documented range) once made the
    // maps ask for gigabytes. Every view's computation stays within its budget and says
    // what it left out.
    void aMillionUnitLayerStaysWithinTheBudgets()
    {
        const DataSpec spec = spiralData({}, "zscore");
        const PreparedData prepared = prepareData(spec, 5);
        const InputPlane plane = *inputPlane(spec, 5, prepared);
        const Model wide = makeModel({LayerSpec::dense(1'000'000, Activation::ReLU), LayerSpec::dense(1, Activation::Sigmoid)},
                                     Shape::flat(2), 4);
        QCOMPARE(samplesPerPass(wide, 2048), kMaxPassValues / 1'000'000);
        PictureRequest request;
        request.decisionMapGrid = 200;
        request.neuronMapGrid = 200;
        request.predictedSamples = 64;
        const Pictures p = computePictures(wide, PictureSources{&plane, &prepared.validation.inputs}, request);
        // the maps: a coarser grid that fits kMaxPlaneWork, and 32 of the million units
        const int grid = p.decisionMap.width;
        QVERIFY2(grid >= kMinPictureGrid && grid < 200, qPrintable(QString::number(grid)));
        QVERIFY(Index(grid) * grid * wide.parameterCount() <= kMaxPlaneWork);
        QVERIFY(!p.decisionMapTooLarge);
        QCOMPARE(p.decisionMap.layers.back().rows(), Index(1));
        QCOMPARE(p.neuronMaps.width, grid);
        QVERIFY(!p.neuronMapsTooLarge);
        QCOMPARE(p.neuronMaps.layers[0].rows(), Index(kSampledMapUnits));
        QCOMPARE(p.neuronMaps.units[0].back(), 999'999);
        QVERIFY(p.neuronMaps.units[1].empty());
        for (const NeuronMaps* maps : {&p.decisionMap, &p.neuronMaps})
            QVERIFY(maps->layers.back().allFinite());
        // the gallery's predictions, a few samples per pass, as predict() gives them
        QCOMPARE(p.predictions.classes.size(), size_t(std::min<Index>(64, prepared.validation.sampleCount())));
        const Matrix outputs = wide.predict(prepared.validation.inputs.leftCols(3));
        for (Index i = 0; i < 3; ++i)
            QCOMPARE(p.predictions.classes[size_t(i)], int(predictedClass(outputs, i)));
        // the process never held gigabytes (the model itself is 16 MB)
        const Index peak = peakMemoryBytes();
        if (peak > 0)
            QVERIFY2(peak < Index(1500) << 20, qPrintable(QString::number(peak >> 20) + " MB"));
    }

    // A network too large for even a kMinPictureGrid map gets none, and says so.
    void tooLargeANetworkGetsNoMaps()
    {
        const DataSpec spec = spiralData({}, "none");
        const PreparedData prepared = prepareData(spec, 5);
        const InputPlane plane = *inputPlane(spec, 5, prepared);
        // 2,000 x 9,000 weights: 18 million parameters, more than kMaxPlaneWork / 64
        const Model huge = makeModel({LayerSpec::dense(2'000, Activation::ReLU), LayerSpec::dense(9'000, Activation::ReLU),
                                      LayerSpec::dense(1, Activation::Sigmoid)},
                                     Shape::flat(2), 4);
        QVERIFY(huge.parameterCount() * kMinPictureGrid * kMinPictureGrid > kMaxPlaneWork);
        PictureRequest request;
        request.decisionMapGrid = 100;
        request.neuronMapGrid = 100;
        const Pictures p = computePictures(huge, PictureSources{&plane, nullptr}, request);
        QVERIFY(p.decisionMap.empty());
        QVERIFY(p.decisionMapTooLarge);
        QVERIFY(p.neuronMaps.empty());
        QVERIFY(p.neuronMapsTooLarge);
        // a small network is never "too large"
        const Model small = makeModel({LayerSpec::dense(4, Activation::Tanh), LayerSpec::dense(1, Activation::Sigmoid)},
                                      Shape::flat(2), 4);
        const Pictures fine = computePictures(small, PictureSources{&plane, nullptr}, request);
        QCOMPARE(fine.decisionMap.width, 100);
        QVERIFY(!fine.decisionMapTooLarge && !fine.neuronMapsTooLarge);
    }

    void requestsCombine()
    {
        PictureRequest a, b;
        QVERIFY(a.empty());
        a.decisionMapGrid = 100;
        b.decisionMapGrid = 40;
        b.featureMapSample = 3;
        a |= b;
        QCOMPARE(a.decisionMapGrid, 100);
        QCOMPARE(a.featureMapSample, 3);
        QVERIFY(!a.empty());
    }
};

QTEST_APPLESS_MAIN(TestPictures)
#include "test_pictures.moc"
