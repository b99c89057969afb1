#include "data/data_source.h"

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <fstream>

#include "core/error.h"
#include "core/rng.h"
#include "data/csv_loader.h"
#include "data/features.h"
#include "data/generators.h"
#include "data/idx_loader.h"

namespace layerlab {

namespace {

namespace fs = std::filesystem;

std::string lower(std::string s)
{
    std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return char(std::tolower(c)); });
    return s;
}

bool endsWith(const std::string& s, const std::string& tail)
{
    return s.size() >= tail.size() && s.compare(s.size() - tail.size(), tail.size(), tail) == 0;
}

// The partner of an IDX file: "images-idx3" <-> "labels-idx1" in the file name.
std::string swapIdxName(const std::string& path, const std::string& from, const std::string& to)
{
    const fs::path p(path);
    std::string name = p.filename().string();
    const size_t at = name.find(from);
    if (at == std::string::npos)
        return {};
    name.replace(at, from.size(), to);
    return (p.parent_path() / name).string();
}

bool looksLikeIdx(const std::string& path)
{
    std::ifstream in(path, std::ios::binary);
    unsigned char b[4] = {1, 1, 1, 1};
    in.read(reinterpret_cast<char*>(b), 4);
    return (b[0] == 0x1F && b[1] == 0x8B) || (b[0] == 0 && b[1] == 0 && b[2] == 0x08);
}

}  // namespace

Dataset loadDataSource(const DataSpec& spec, std::uint64_t seed)
{
    if (std::optional<Message> problem = dataSpecProblem(spec))
        throw DataError(std::move(*problem));
    if (findGenerator(spec.source)) {
        Dataset data = generateDataset(spec.source, spec.samples, spec.noise, spec.classes,
                                       streamSeed(seed, kDataSeedStream, 1));
        applyDerivedFeatures(data, spec.features);
        return data;
    }
    if (spec.source == "csv") {
        CsvOptions options;
        options.labelColumn = spec.labelColumn;
        options.task = spec.labelTask;
        return loadCsv(spec.path, options);
    }
    if (spec.source == "idx") {
        Dataset data = loadIdx(spec.path, spec.labelsPath, spec.sampleLimit);
        // The Fashion-MNIST files named directly still get their class names.
        std::error_code ec;
        if (data.classCount <= 10 && fs::equivalent(fs::path(spec.path).parent_path(), fashionMnistDir(), ec)) {
            data.classCount = 10;
            data.classNames = fashionMnistClassNames();
        }
        return data;
    }
    return loadFashionMnist(true, spec.sampleLimit);  // "fashion-mnist", checked above
}

DataSpec dataSpecForArgument(const std::string& argument)
{
    DataSpec spec;
    if (findGenerator(argument) || argument == "fashion-mnist") {
        spec.source = argument;
        return spec;
    }
    const std::string name = lower(fs::path(argument).filename().string());
    bool idx = name.find("idx3") != std::string::npos || name.find("idx1") != std::string::npos
               || endsWith(name, "-ubyte") || endsWith(name, "-ubyte.gz") || endsWith(name, ".idx");
    bool csv = endsWith(name, ".csv") || endsWith(name, ".tsv") || endsWith(name, ".txt");
    std::error_code ec;
    if (!idx && !csv) {
        if (!fs::exists(argument, ec)) {
            std::string names;
            for (const GeneratorInfo& g : dataGenerators())
                names += (names.empty() ? "" : ", ") + g.name;
            //: %2 is the list of the built-in data sets' names
            throw DataError(engineMessage(
                QT_TRANSLATE_NOOP("Engine", "'%1' is neither a built-in data set nor a file that exists. Choose one of: "
                                            "%2, fashion-mnist; or give the path of a .csv file or of an IDX images file."),
                MessageArg::name(argument), MessageArg::name(names)));
        }
        // Only a regular file is opened to look: a pipe would block. Anything else (a folder,
        // a device, a pipe) goes to the CSV loader, which says what it is.
        idx = fs::is_regular_file(argument, ec) && looksLikeIdx(argument);
        csv = !idx;
    }
    if (csv) {
        spec.source = "csv";
        spec.path = argument;
        return spec;
    }
    spec.source = "idx";
    std::string images = argument, labels = swapIdxName(argument, "images-idx3", "labels-idx1");
    if (labels.empty()) {
        if (const std::string swapped = swapIdxName(argument, "labels-idx1", "images-idx3"); !swapped.empty()) {
            images = swapped;
            labels = argument;
        }
    }
    if (labels.empty())
        labels = swapIdxName(argument, "images", "labels");
    if (labels.empty())
        throw DataError(engineMessage(
            QT_TRANSLATE_NOOP("Engine", "Cannot tell which labels file belongs to '%1'. Name the pair like "
                                        "train-images-idx3-ubyte.gz and train-labels-idx1-ubyte.gz, side by side in one folder."),
            MessageArg::name(argument)));
    spec.path = images;
    spec.labelsPath = labels;
    return spec;
}

std::vector<Message> describeDataSources()
{
    // A row of the list: a name (not translated), then its sentence.
    const auto row = [](const std::string& name, Message sentence) {
        return Message{{}, {MessageArg::name(name), MessageArg::message(std::move(sentence))}, nullptr, "%1%2"};
    };
    std::vector<Message> lines;
    lines.push_back(engineMessage(QT_TRANSLATE_NOOP("Engine", "Built-in data sets (generated from the seed; inputs span about -1 to 1):")));
    size_t width = 0;
    for (const GeneratorInfo& g : dataGenerators())
        width = std::max(width, g.name.size());
    for (const GeneratorInfo& g : dataGenerators())
        lines.push_back(row("  " + g.name + std::string(width + 2 - g.name.size(), ' '),
                            Message{{}, {}, kEngineTextContext, g.description.c_str()}));
    std::error_code ec;
    const bool installed = fs::exists(fs::path(fashionMnistDir()) / "t10k-images-idx3-ubyte.gz", ec);
    lines.push_back(engineMessage(QT_TRANSLATE_NOOP("Engine", "Image data:")));
    lines.push_back(row("  fashion-mnist   ",
                        installed ? engineMessage(QT_TRANSLATE_NOOP("Engine", "60000 training and 10000 test images of "
                                                                              "clothes, 28x28 grey, 10 classes (the "
                                                                              "dataset-fashion-mnist package; installed)."))
                                  : engineMessage(QT_TRANSLATE_NOOP("Engine", "60000 training and 10000 test images of "
                                                                              "clothes, 28x28 grey, 10 classes (the "
                                                                              "dataset-fashion-mnist package; not installed: "
                                                                              "install dataset-fashion-mnist)."))));
    lines.push_back(row("  FILE-idx3-ubyte[.gz]  ",
                        engineMessage(QT_TRANSLATE_NOOP("Engine", "MNIST-style IDX images, with the labels file of the same "
                                                                  "name (labels-idx1) beside it."))));
    lines.push_back(engineMessage(QT_TRANSLATE_NOOP("Engine", "Tables:")));
    lines.push_back(row("  FILE.csv        ", engineMessage(QT_TRANSLATE_NOOP("Engine", "A CSV table, one row per sample; the "
                                                                                        "last column is the label unless "
                                                                                        "another is chosen."))));
    return lines;
}

}  // namespace layerlab
