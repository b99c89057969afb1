#include "data/idx_loader.h"

#include <algorithm>
#include <climits>
#include <cstdlib>
#include <filesystem>
#include <vector>

#include <zlib.h>

#include "core/error.h"

namespace layerlab {

namespace {

namespace fs = std::filesystem;

std::string hexByte(unsigned v)
{
    constexpr char digits[] = "0123456789ABCDEF";
    return {digits[(v >> 4) & 15], digits[v & 15]};
}

// One IDX file, read through zlib: gzread passes plain files through unchanged, so the same
// code reads .gz and uncompressed files.
class IdxFile {
public:
    IdxFile(const std::string& path, const std::string& what) : path_(path), name_(fs::path(path).filename().string())
    {
        std::error_code ec;
        const fs::file_status status = fs::status(path, ec);
        if (!fs::exists(status))
            throw DataError("Cannot find the IDX " + what + " file '" + path + "'. Check the folder and the file name.");
        if (fs::is_directory(status))
            throw DataError("'" + path + "' is a folder, not an IDX " + what + " file. Choose the file inside it.");
        file_ = gzopen(path.c_str(), "rb");
        if (!file_)
            throw DataError("Cannot open '" + path + "'. Check that the file is readable.");
        gzbuffer(file_, 1 << 17);
    }
    ~IdxFile() { gzclose(file_); }
    IdxFile(const IdxFile&) = delete;
    IdxFile& operator=(const IdxFile&) = delete;

    const std::string& name() const { return name_; }
    // Whether the file is uncompressed; only then is its size on disk the size of its data.
    bool plain() { return gzdirect(file_) == 1; }
    std::uintmax_t sizeOnDisk() const
    {
        std::error_code ec;
        const std::uintmax_t size = fs::file_size(path_, ec);
        return ec ? 0 : size;
    }

    // Reads up to n bytes, fewer only at the end of the data. Throws on damaged gzip data.
    size_t read(void* into, size_t n)
    {
        size_t done = 0;
        auto* out = static_cast<unsigned char*>(into);
        while (done < n) {
            const unsigned chunk = unsigned(std::min<size_t>(n - done, 1u << 30));
            const int got = gzread(file_, out + done, chunk);
            if (got < 0) {
                int code = 0;
                const char* message = gzerror(file_, &code);
                throw DataError(name_ + " is damaged: its compressed data cannot be read (zlib: "
                                + std::string(message ? message : "unknown error") + "). Download the file again.");
            }
            if (got == 0)
                break;
            done += size_t(got);
        }
        return done;
    }

    // Reads `n` bytes into a buffer that grows only as data really arrives, so a header
    // that claims more than the file holds never causes a huge allocation. Returns fewer
    // bytes when the data ends early.
    std::vector<unsigned char> readUpTo(size_t n)
    {
        std::vector<unsigned char> bytes;
        constexpr size_t step = size_t(1) << 22;
        while (bytes.size() < n) {
            const size_t old = bytes.size();
            const size_t want = std::min(step, n - old);
            bytes.resize(old + want);
            const size_t got = read(bytes.data() + old, want);
            bytes.resize(old + got);
            if (got < want)
                break;
        }
        return bytes;
    }

private:
    std::string path_;
    std::string name_;
    gzFile file_ = nullptr;
};

// Reads the magic number and the dimension sizes. `dims` is 3 for images, 1 for labels.
std::vector<std::int64_t> readHeader(IdxFile& file, int dims)
{
    const std::string what = dims == 3 ? "images" : "labels";
    unsigned char magic[4] = {0, 0, 0, 0};
    const size_t got = file.read(magic, 4);
    if (got < 4)
        throw DataError(file.name() + " is too short to be an IDX " + what + " file (" + std::to_string(got)
                        + " bytes). Choose an MNIST-style file such as train-" + what + "-idx"
                        + std::to_string(dims) + "-ubyte.gz.");
    const std::string seen = hexByte(magic[0]) + " " + hexByte(magic[1]) + " " + hexByte(magic[2]) + " " + hexByte(magic[3]);
    const std::string expected = std::string("00 00 08 0") + char('0' + dims);
    if (magic[0] != 0 || magic[1] != 0)
        throw DataError(file.name() + " is not an IDX file: it starts with the bytes " + seen + " (wrong magic number; an IDX "
                        + what + " file starts with " + expected + "). Choose an MNIST-style " + what + " file.");
    if (magic[2] != 0x08)
        throw DataError(file.name() + " stores IDX values of type 0x" + hexByte(magic[2]) + "; LayerLab reads unsigned-byte IDX "
                        "files (type 0x08), as MNIST and Fashion-MNIST use. Convert the file to unsigned bytes.");
    if (magic[3] != dims) {
        if (dims == 3 && magic[3] == 1)
            throw DataError(file.name() + " is an IDX labels file, but it was given as the images file. Swap the images and labels files.");
        if (dims == 1 && magic[3] == 3)
            throw DataError(file.name() + " is an IDX images file, but it was given as the labels file. Swap the images and labels files.");
        throw DataError(file.name() + " has " + std::to_string(magic[3]) + " dimensions (magic number " + seen
                        + "), but an IDX " + what + " file has " + std::to_string(dims) + " (magic " + expected + "). Choose an MNIST-style " + what + " file.");
    }
    std::vector<std::int64_t> sizes;
    for (int d = 0; d < dims; ++d) {
        unsigned char b[4];
        if (file.read(b, 4) < 4)
            throw DataError(file.name() + " ends inside its header: the file is truncated. Download it again.");
        sizes.push_back((std::int64_t(b[0]) << 24) | (std::int64_t(b[1]) << 16) | (std::int64_t(b[2]) << 8) | b[3]);
    }
    return sizes;
}

std::string plural(std::int64_t n, const std::string& word) { return std::to_string(n) + " " + word + (n == 1 ? "" : "s"); }

}  // namespace

Dataset loadIdx(const std::string& imagesPath, const std::string& labelsPath, std::int64_t limit)
{
    IdxFile images(imagesPath, "images");
    IdxFile labels(labelsPath, "labels");
    const std::vector<std::int64_t> dims = readHeader(images, 3);
    const std::int64_t labelCount = readHeader(labels, 1)[0];
    const std::int64_t count = dims[0], rows = dims[1], cols = dims[2];

    // Sane limits first, then the two files against each other, then against their sizes.
    if (count < 1)
        throw DataError(images.name() + " holds no images (its header says 0). Choose a file with images in it.");
    if (rows < 1 || cols < 1)
        throw DataError(images.name() + ": its header claims images of " + std::to_string(rows) + "x" + std::to_string(cols)
                        + " pixels, which cannot be. The header is damaged. Download the file again.");
    if (count > kMaxIdxImages || rows > kMaxIdxImageSide || cols > kMaxIdxImageSide
        || count * rows * cols > kMaxIdxPixels)
        throw DataError(images.name() + ": its header claims " + plural(count, "image") + " of " + std::to_string(rows) + "x"
                        + std::to_string(cols) + " pixels, more than LayerLab loads (at most "
                        + std::to_string(kMaxIdxImages) + " images, " + std::to_string(kMaxIdxImageSide)
                        + " pixels a side, " + std::to_string(kMaxIdxPixels) + " pixels in all). The header is damaged or the "
                        "file is not an image set. Download it again, or choose an MNIST-style images file.");
    if (labelCount != count)
        throw DataError(images.name() + " holds " + plural(count, "image") + " but " + labels.name() + " holds "
                        + plural(labelCount, "label") + ": the counts do not match. Choose the labels file that belongs "
                        "to these images (train-images with train-labels, t10k-images with t10k-labels).");
    const std::int64_t pixelsPerImage = rows * cols;
    const std::uintmax_t imageBytes = std::uintmax_t(16 + count * pixelsPerImage);
    const std::uintmax_t labelBytes = std::uintmax_t(8 + count);
    if (images.plain() && images.sizeOnDisk() != imageBytes)
        throw DataError(images.name() + " is " + std::to_string(images.sizeOnDisk()) + " bytes, but its header describes "
                        + plural(count, "image") + " of " + std::to_string(rows) + "x" + std::to_string(cols) + " ("
                        + std::to_string(imageBytes) + " bytes): the file is " + (images.sizeOnDisk() < imageBytes ? "truncated" : "longer than its header says")
                        + ". Download it again.");
    if (labels.plain() && labels.sizeOnDisk() != labelBytes)
        throw DataError(labels.name() + " is " + std::to_string(labels.sizeOnDisk()) + " bytes, but its header describes "
                        + plural(count, "label") + " (" + std::to_string(labelBytes) + " bytes): the file is "
                        + (labels.sizeOnDisk() < labelBytes ? "truncated" : "longer than its header says") + ". Download it again.");

    const std::int64_t n = limit > 0 ? std::min(limit, count) : count;
    const std::vector<unsigned char> pixels = images.readUpTo(size_t(n * pixelsPerImage));
    if (std::int64_t(pixels.size()) < n * pixelsPerImage)
        throw DataError(images.name() + " is truncated: its header says " + plural(count, "image") + ", but the data ends after "
                        + plural(std::int64_t(pixels.size()) / pixelsPerImage, "image") + ". Download the file again.");
    const std::vector<unsigned char> classes = labels.readUpTo(size_t(n));
    if (std::int64_t(classes.size()) < n)
        throw DataError(labels.name() + " is truncated: its header says " + plural(count, "label") + ", but the data ends after "
                        + plural(std::int64_t(classes.size()), "label") + ". Download the file again.");
    if (n == count) {
        unsigned char extra;
        if (images.read(&extra, 1) == 1)
            throw DataError(images.name() + " holds more data than its header describes (" + plural(count, "image") + " of "
                            + std::to_string(rows) + "x" + std::to_string(cols) + "): the file is damaged. Download it again.");
        if (labels.read(&extra, 1) == 1)
            throw DataError(labels.name() + " holds more data than its header describes (" + plural(count, "label")
                            + "): the file is damaged. Download it again.");
    }

    Dataset data;
    data.name = fs::path(imagesPath).filename().string();
    data.task = Task::Classification;
    data.inputShape = Shape::image(1, int(rows), int(cols));
    data.inputs.resize(pixelsPerImage, Index(n));  // (rows*cols, N), row-major pixels like the file
    data.targets.resize(1, Index(n));              // (1, N)
    // Pixels 0..255 scaled to [0, 1].
    for (Index j = 0; j < Index(n); ++j)
        for (Index p = 0; p < pixelsPerImage; ++p)
            data.inputs(p, j) = float(pixels[size_t(j * pixelsPerImage + p)]) * (1.0f / 255.0f);
    int largest = 0;
    for (Index j = 0; j < Index(n); ++j) {
        data.targets(0, j) = float(classes[size_t(j)]);
        largest = std::max(largest, int(classes[size_t(j)]));
    }
    data.classCount = largest + 1;
    return data;
}

std::string fashionMnistDir()
{
    if (const char* dir = std::getenv("LAYERLAB_FASHION_MNIST_DIR"); dir && *dir)
        return dir;
    return "/usr/share/datasets/fashion-mnist";
}

const std::vector<std::string>& fashionMnistClassNames()
{
    static const std::vector<std::string> names = {"T-shirt/top", "Trouser", "Pullover", "Dress", "Coat",
                                                   "Sandal", "Shirt", "Sneaker", "Bag", "Ankle boot"};
    return names;
}

Dataset loadFashionMnist(bool trainingSet, std::int64_t limit)
{
    const fs::path dir = fashionMnistDir();
    const std::string prefix = trainingSet ? "train" : "t10k";
    const fs::path images = dir / (prefix + "-images-idx3-ubyte.gz");
    const fs::path labels = dir / (prefix + "-labels-idx1-ubyte.gz");
    for (const fs::path& file : {images, labels}) {
        std::error_code ec;
        if (!fs::exists(file, ec))
            throw DataError("Fashion-MNIST is not installed: " + file.string() + " is missing. Install the "
                            "dataset-fashion-mnist package, or set LAYERLAB_FASHION_MNIST_DIR to a folder holding "
                            "the four Fashion-MNIST .gz files.");
    }
    Dataset data = loadIdx(images.string(), labels.string(), limit);
    if (data.classCount > 10)
        throw DataError(labels.filename().string() + " holds the label " + std::to_string(data.classCount - 1)
                        + ", but Fashion-MNIST has the labels 0 to 9. Reinstall dataset-fashion-mnist.");
    data.name = trainingSet ? "fashion-mnist" : "fashion-mnist (test set)";
    data.classCount = 10;  // a small limit may not reach the largest label
    data.classNames = fashionMnistClassNames();
    return data;
}

}  // namespace layerlab
