#include "picture_files.h"

#include <QImage>
#include <QPainter>

#include <algorithm>
#include <filesystem>

#include "analysis/pictures.h"
#include "cli_text.h"
#include "core/error.h"
#include "neuron_image.h"

namespace layerlab {

namespace {

constexpr int kMapGrid = 256;     // pixels of the decision map, each way
constexpr int kMapScale = 2;      // drawn at twice that, so the points keep their size
constexpr int kTileSide = 96;     // a filter or a feature map, scaled up
constexpr int kTileGap = 4;
constexpr int kTilesPerRow = 8;

void save(const QImage& image, const std::filesystem::path& path, std::vector<std::string>& written)
{
    if (!image.save(QString::fromStdString(path.string()), "PNG"))
        //: %1 is a file name
        throw Error(cli::cliMessage(
            QT_TRANSLATE_NOOP("Cli", "Could not write %1: check that the folder is writable and the disk has room."),
            MessageArg::name(path.string())));
    written.push_back(path.string());
}

// Small pictures side by side, kTilesPerRow to a row, each scaled up without smoothing
// (every weight or activation stays one sharp square).
QImage tileSheet(const std::vector<QImage>& tiles)
{
    const int columns = std::min<int>(kTilesPerRow, int(tiles.size()));
    const int rows = (int(tiles.size()) + kTilesPerRow - 1) / kTilesPerRow;
    QImage sheet(columns * (kTileSide + kTileGap) + kTileGap, rows * (kTileSide + kTileGap) + kTileGap,
                 QImage::Format_RGB32);
    sheet.fill(Qt::white);
    QPainter p(&sheet);
    for (size_t i = 0; i < tiles.size(); ++i) {
        const int row = int(i) / kTilesPerRow, column = int(i) % kTilesPerRow;
        const QRect at(kTileGap + column * (kTileSide + kTileGap), kTileGap + row * (kTileSide + kTileGap), kTileSide,
                       kTileSide);
        p.drawImage(at, tiles[i].scaled(kTileSide, kTileSide, Qt::KeepAspectRatio, Qt::FastTransformation));
    }
    return sheet;
}

QImage decisionMap(const Model& model, const InputPlane& plane, const NeuronMaps& maps)
{
    const DivergingScale scale =
        outputScale(plane.task, model.outputActivation(), {&plane.trainTargets, &plane.validationTargets});
    QImage map = decisionMapImage(maps, plane.task, scale);
    lighten(map, kMapWhiteness);
    QImage picture = map.scaled(map.width() * kMapScale, map.height() * kMapScale, Qt::IgnoreAspectRatio,
                                Qt::SmoothTransformation);
    QPainter p(&picture);
    p.setRenderHint(QPainter::Antialiasing);
    const PlaneExtent& e = plane.extent;
    const auto paint = [&](const Matrix& points, const Matrix& targets, bool validation) {
        for (Index i = 0; i < points.cols(); ++i) {
            const QPointF at((points(0, i) - e.xMin) / e.width() * picture.width(),
                             (e.yMax - points(1, i)) / e.height() * picture.height());
            paintPlanePoint(p, at, planePointColor(plane.task, targets(0, i), scale), validation, kPlanePointRadius);
        }
    };
    paint(plane.trainPoints, plane.trainTargets, false);
    paint(plane.validationPoints, plane.validationTargets, true);
    return picture;
}

}  // namespace

std::vector<std::string> writePictures(const Model& model, const DataSpec& spec, std::uint64_t seed,
                                       const PreparedData& data, const std::string& directory)
{
    std::error_code error;
    std::filesystem::create_directories(directory, error);
    if (error)
        //: %1 is a folder's name, %2 the system's reason (in English)
        throw Error(cli::cliMessage(QT_TRANSLATE_NOOP("Cli", "Could not make the folder %1 for the pictures: %2."),
                                    MessageArg::name(directory), MessageArg::name(error.message())));
    const std::filesystem::path folder(directory);
    std::vector<std::string> written;

    const Dataset& shown = data.validation.sampleCount() > 0 ? data.validation : data.train;
    const std::optional<InputPlane> plane = inputPlane(spec, seed, data);
    PictureRequest request;
    if (plane)
        request.decisionMapGrid = kMapGrid;
    if (!shown.inputShape.isFlat() && shown.sampleCount() > 0)
        request.featureMapSample = 0;
    const Pictures pictures = computePictures(model, {plane ? &*plane : nullptr, &shown.inputs}, request);

    if (!pictures.decisionMap.empty())
        save(decisionMap(model, *plane, pictures.decisionMap), folder / "decision-map.png", written);
    const FeatureMaps& maps = pictures.featureMaps;
    if (maps.filters.layer >= 0) {
        std::vector<QImage> tiles;
        for (const Matrix& filter : maps.filters.filters)
            tiles.push_back(filterImage(filter, maps.filters.peak));
        save(tileSheet(tiles), folder / "filters.png", written);
    }
    for (const ConvOutput& out : maps.outputs) {
        std::vector<QImage> tiles;
        for (int c = 0; c < out.shape.channels; ++c)
            tiles.push_back(planeImage(out.values.col(c).data(), out.shape.height, out.shape.width,
                                       out.peaks[size_t(c)], out.hasNegative));
        save(tileSheet(tiles), folder / ("feature-maps-layer-" + std::to_string(out.layer + 1) + ".png"), written);
    }
    return written;
}

}  // namespace layerlab
