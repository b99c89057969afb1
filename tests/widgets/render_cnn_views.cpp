// Renders the sample gallery, the confusion matrix and the feature maps from the
// "fashion-mnist-cnn" example trained for one epoch on 2000 images, for docs/screenshots/:
//   render_cnn_views OUT_DIR   (writes cnn-gallery.png, cnn-confusion.png, cnn-feature-maps.png)
// Run with QT_QPA_PLATFORM=offscreen; needs dataset-fashion-mnist. LAYERLAB_LANGUAGE=zh_CN
// renders them in Chinese.
#include <QApplication>
#include <QDir>

#include <cstdio>

#include "confusion_matrix_view.h"
#include "data/data_spec.h"
#include "io/examples.h"
#include "language.h"
#include "feature_map_view.h"
#include "sample_gallery_view.h"
#include "session/build_trainer.h"
#include "session/snapshot.h"
#include "view_test_support.h"

using namespace layerlab;

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    installLanguage(qEnvironmentVariable("LAYERLAB_LANGUAGE", QStringLiteral("en")));
    if (argc < 2) {
        std::fprintf(stderr, "usage: render_cnn_views OUT_DIR\n");
        return 2;
    }
    const QString out = QString::fromLocal8Bit(argv[1]);
    QDir().mkpath(out);
    Project project = *findExample("fashion-mnist-cnn");
    project.data.sampleLimit = 2000;
    project.training.epochs = 1;
    const auto prepared = std::make_shared<const PreparedData>(prepareData(project.data, project.seed));
    const PreparedData& data = *prepared;
    const std::unique_ptr<Trainer> built = buildTrainer(project, prepared);
    Trainer& trainer = *built;
    while (trainer.state() == TrainerState::Ready)
        trainer.step();
    auto s = std::make_shared<TrainingSnapshot>();
    s->step = trainer.stepCount();
    s->epoch = trainer.epoch();
    s->history = trainer.history();
    s->model = trainer.model();
    std::printf("validation accuracy after 1 epoch: %.3f on %lld images\n", s->history.back().validation.accuracy,
                static_cast<long long>(data.validation.sampleCount()));

    const Dataset& v = data.validation;
    const Index n = std::min<Index>(v.sampleCount(), SampleGalleryView::kMaxSamples);
    std::vector<int> labels;
    for (Index i = 0; i < n; ++i)
        labels.push_back(int(v.targets(0, i)));
    QStringList classes;
    for (const std::string& c : data.train.classNames)
        classes << QString::fromStdString(c);

    SampleGalleryView gallery;
    gallery.resize(1100, 760);
    gallery.show();
    gallery.setSamples(v.inputs.leftCols(n), v.inputShape, labels, classes);
    test::servePictures(gallery, s, &v.inputs);
    gallery.refreshNow();
    int wrong = -1;
    for (int i = 0; i < gallery.sampleCount() && wrong < 0; ++i)
        if (gallery.isMisclassified(i))
            wrong = i;
    gallery.grab().save(out + QStringLiteral("/cnn-gallery.png"));

    ConfusionMatrixView confusion;
    confusion.resize(1100, 760);
    confusion.show();
    confusion.setClassNames(classes);
    confusion.setSnapshot(s);
    confusion.refreshNow();
    confusion.grab().save(out + QStringLiteral("/cnn-confusion.png"));

    FeatureMapView maps;
    maps.resize(1100, 760);
    maps.show();
    maps.setSamples(v.inputs.leftCols(n), v.inputShape, labels, classes);
    test::servePictures(maps, s, &v.inputs);
    maps.setSampleIndex(0);
    maps.refreshNow();
    maps.grab().save(out + QStringLiteral("/cnn-feature-maps.png"));
    return 0;
}
