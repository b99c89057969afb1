#include "data/idx_loader.h"

#include <algorithm>
#include <climits>
#include <cstdlib>
#include <filesystem>
#include <vector>

#include <unistd.h>
#include <zlib.h>

#include "core/error.h"
#include "data/input_file.h"

namespace layerlab {

namespace {

namespace fs = std::filesystem;

std::string hexByte(unsigned v)
{
    constexpr char digits[] = "0123456789ABCDEF";
    return {digits[(v >> 4) & 15], digits[v & 15]};
}

constexpr const char* kCannotOpen = QT_TRANSLATE_NOOP("Engine", "Cannot open '%1'. Check that the file is readable.");
constexpr InputFileTexts kImagesFileTexts{
    QT_TRANSLATE_NOOP("Engine", "Cannot find the IDX images file '%1'. Check the folder and the file name."),
    QT_TRANSLATE_NOOP("Engine", "'%1' is a folder, not an IDX images file. Choose the file inside it."), kCannotOpen};
constexpr InputFileTexts kLabelsFileTexts{
    QT_TRANSLATE_NOOP("Engine", "Cannot find the IDX labels file '%1'. Check the folder and the file name."),
    QT_TRANSLATE_NOOP("Engine", "'%1' is a folder, not an IDX labels file. Choose the file inside it."), kCannotOpen};

// One IDX file, read through zlib: gzread passes plain files through unchanged, so the same
// code reads .gz and uncompressed files.
class IdxFile {
public:
    // `images`: an images file, else a labels file. A device, a pipe or a socket is refused
    // before it is opened (gzopen would wait on a pipe forever).
    IdxFile(const std::string& path, bool images) : name_(fs::path(path).filename().string())
    {
        InputFile input(path, images ? kImagesFileTexts : kLabelsFileTexts);
        sizeOnDisk_ = input.size();
        const int fd = input.release();
        file_ = gzdopen(fd, "rb");
        if (!file_) {  // out of memory only; the descriptor is still ours
            ::close(fd);
            throw DataError(engineMessage(kCannotOpen, MessageArg::name(path)));
        }
        gzbuffer(file_, 1 << 17);
    }
    ~IdxFile() { gzclose(file_); }
    IdxFile(const IdxFile&) = delete;
    IdxFile& operator=(const IdxFile&) = delete;

    const std::string& name() const { return name_; }
    // Whether the file is uncompressed; only then is its size on disk the size of its data.
    bool plain() { return gzdirect(file_) == 1; }
    // The file's size when it was opened: the compressed size of a gzip file.
    std::uintmax_t sizeOnDisk() const { return sizeOnDisk_; }

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
                //: %2 is zlib's own description of the error, in English
                throw DataError(engineMessage(
                    QT_TRANSLATE_NOOP("Engine", "%1 is damaged: its compressed data cannot be read (zlib: %2). Download the file again."),
                    MessageArg::name(name_), MessageArg::name(message ? message : "unknown error")));
            }
            if (got == 0)
                break;
            done += size_t(got);
        }
        return done;
    }

    // Reads `n` bytes into a buffer that grows only as data really arrives, so a header
    // that claims more than the file holds never causes a huge allocation. Returns fewer
    // bytes when the data ends early. `sizeChecked`: the file's size on disk already
    // proved that the n bytes are there, so the buffer takes its size at once.
    std::vector<unsigned char> readUpTo(size_t n, bool sizeChecked)
    {
        std::vector<unsigned char> bytes;
        if (sizeChecked)
            bytes.reserve(n);
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
    std::string name_;
    std::uintmax_t sizeOnDisk_ = 0;
    gzFile file_ = nullptr;
};

// Reads the magic number and the dimension sizes. `dims` is 3 for images, 1 for labels.
std::vector<std::int64_t> readHeader(IdxFile& file, int dims)
{
    const bool images = dims == 3;
    const MessageArg name = MessageArg::name(file.name());
    unsigned char magic[4] = {0, 0, 0, 0};
    const size_t got = file.read(magic, 4);
    if (got < 4)
        throw DataError(engineMessage(
            images ? QT_TRANSLATE_NOOP("Engine", "%1 is too short to be an IDX images file (%2 bytes). Choose an MNIST-style "
                                                 "file such as train-images-idx3-ubyte.gz.")
                   : QT_TRANSLATE_NOOP("Engine", "%1 is too short to be an IDX labels file (%2 bytes). Choose an MNIST-style "
                                                 "file such as train-labels-idx1-ubyte.gz."),
            name, MessageArg::count((long long)got)));
    const std::string seen = hexByte(magic[0]) + " " + hexByte(magic[1]) + " " + hexByte(magic[2]) + " " + hexByte(magic[3]);
    if (magic[0] != 0 || magic[1] != 0)
        //: %2 is the file's first four bytes in hexadecimal, such as 89 50 4E 47
        throw DataError(engineMessage(
            images ? QT_TRANSLATE_NOOP("Engine", "%1 is not an IDX file: it starts with the bytes %2 (wrong magic number; an "
                                                 "IDX images file starts with 00 00 08 03). Choose an MNIST-style images file.")
                   : QT_TRANSLATE_NOOP("Engine", "%1 is not an IDX file: it starts with the bytes %2 (wrong magic number; an "
                                                 "IDX labels file starts with 00 00 08 01). Choose an MNIST-style labels file."),
            name, MessageArg::name(seen)));
    if (magic[2] != 0x08)
        throw DataError(engineMessage(
            QT_TRANSLATE_NOOP("Engine", "%1 stores IDX values of type 0x%2; LayerLab reads unsigned-byte IDX files (type "
                                        "0x08), as MNIST and Fashion-MNIST use. Convert the file to unsigned bytes."),
            name, MessageArg::name(hexByte(magic[2]))));
    if (magic[3] != dims) {
        if (images && magic[3] == 1)
            throw DataError(engineMessage(
                QT_TRANSLATE_NOOP("Engine", "%1 is an IDX labels file, but it was given as the images file. Swap the images "
                                            "and labels files."),
                name));
        if (!images && magic[3] == 3)
            throw DataError(engineMessage(
                QT_TRANSLATE_NOOP("Engine", "%1 is an IDX images file, but it was given as the labels file. Swap the images "
                                            "and labels files."),
                name));
        //: %2 is a number of dimensions, %3 the file's first four bytes in hexadecimal
        throw DataError(engineMessage(
            images ? QT_TRANSLATE_NOOP("Engine", "%1 has %2 dimensions (magic number %3), but an IDX images file has 3 (magic "
                                                 "00 00 08 03). Choose an MNIST-style images file.")
                   : QT_TRANSLATE_NOOP("Engine", "%1 has %2 dimensions (magic number %3), but an IDX labels file has 1 (magic "
                                                 "00 00 08 01). Choose an MNIST-style labels file."),
            name, MessageArg::count(magic[3]), MessageArg::name(seen)));
    }
    std::vector<std::int64_t> sizes;
    for (int d = 0; d < dims; ++d) {
        unsigned char b[4];
        if (file.read(b, 4) < 4)
            throw DataError(engineMessage(
                QT_TRANSLATE_NOOP("Engine", "%1 ends inside its header: the file is truncated. Download it again."), name));
        sizes.push_back((std::int64_t(b[0]) << 24) | (std::int64_t(b[1]) << 16) | (std::int64_t(b[2]) << 8) | b[3]);
    }
    return sizes;
}

// "1 image", "60000 images": a count with its noun, for a sentence to take as one value.
Message imageCount(std::int64_t n)
{
    return countedMessage(n, QT_TRANSLATE_NOOP("Engine", "%1 image"), QT_TRANSLATE_NOOP("Engine", "%1 images"));
}

Message labelCount(std::int64_t n)
{
    return countedMessage(n, QT_TRANSLATE_NOOP("Engine", "%1 label"), QT_TRANSLATE_NOOP("Engine", "%1 labels"));
}

MessageArg nImages(std::int64_t n) { return MessageArg::message(imageCount(n)); }
MessageArg nLabels(std::int64_t n) { return MessageArg::message(labelCount(n)); }

}  // namespace

Dataset loadIdx(const std::string& imagesPath, const std::string& labelsPath, std::int64_t limit)
{
    IdxFile images(imagesPath, true);
    IdxFile labels(labelsPath, false);
    const std::vector<std::int64_t> dims = readHeader(images, 3);
    const std::int64_t labelCount = readHeader(labels, 1)[0];
    const std::int64_t count = dims[0], rows = dims[1], cols = dims[2];

    // Sane limits first, then the two files against each other, then against their sizes.
    const MessageArg imagesName = MessageArg::name(images.name()), labelsName = MessageArg::name(labels.name());
    if (count < 1)
        throw DataError(engineMessage(
            QT_TRANSLATE_NOOP("Engine", "%1 holds no images (its header says 0). Choose a file with images in it."), imagesName));
    if (rows < 1 || cols < 1)
        //: %2x%3 is the height and width of an image in pixels
        throw DataError(engineMessage(
            QT_TRANSLATE_NOOP("Engine", "%1: its header claims images of %2x%3 pixels, which cannot be. The header is "
                                        "damaged. Download the file again."),
            imagesName, MessageArg::count(rows), MessageArg::count(cols)));
    if (count > kMaxIdxImages || rows > kMaxIdxImageSide || cols > kMaxIdxImageSide
        || count * rows * cols > kMaxIdxPixels)
        //: %2 is a count of images ("60000 images"), %3x%4 the height and width of an image in pixels
        throw DataError(engineMessage(
            QT_TRANSLATE_NOOP("Engine", "%1: its header claims %2 of %3x%4 pixels, more than LayerLab loads (at most %5 "
                                        "images, %6 pixels a side, %7 pixels in all). The header is damaged or the file is "
                                        "not an image set. Download it again, or choose an MNIST-style images file."),
            imagesName, nImages(count), MessageArg::count(rows), MessageArg::count(cols), MessageArg::count(kMaxIdxImages),
            MessageArg::count(kMaxIdxImageSide), MessageArg::count(kMaxIdxPixels)));
    if (labelCount != count)
        //: %2 is a count of images ("60000 images"), %4 a count of labels ("60000 labels")
        throw DataError(engineMessage(
            QT_TRANSLATE_NOOP("Engine", "%1 holds %2 but %3 holds %4: the counts do not match. Choose the labels file that "
                                        "belongs to these images (train-images with train-labels, t10k-images with "
                                        "t10k-labels)."),
            imagesName, nImages(count), labelsName, nLabels(labelCount)));
    const std::int64_t pixelsPerImage = rows * cols;
    const std::uintmax_t imageBytes = std::uintmax_t(16 + count * pixelsPerImage);
    const std::uintmax_t labelBytes = std::uintmax_t(8 + count);
    // A decompression bomb is refused here, before anything is decompressed: a gzip file may
    // claim only so much more than its own size (idx_loader.h says why). A labels file
    // needs no such check: kMaxIdxImages bounds it below kMaxIdxGzipFloorBytes.
    if (!images.plain()) {
        const std::uintmax_t allowed =
            std::max<std::uintmax_t>(kMaxIdxGzipFloorBytes, std::uintmax_t(kMaxIdxGzipRatio) * images.sizeOnDisk());
        if (imageBytes > allowed)
            //: %2, %6, %7 and %9 are sizes in bytes, %3 a count of images ("60000 images"), %4x%5 the height and
            //: width of an image, %8 a ratio (100)
            throw DataError(engineMessage(
                QT_TRANSLATE_NOOP("Engine", "%1 is a gzip file of %2 bytes, but its header claims %3 of %4x%5, %6 bytes "
                                            "once decompressed. LayerLab reads at most %7 bytes from a gzip file of this "
                                            "size (%8 times its size, and never less than %9 bytes), as image data never "
                                            "compresses that well: the header is damaged or the file is made to fill the "
                                            "memory. Download the file again; if it is genuine, decompress it (gunzip) and "
                                            "choose the uncompressed file."),
                imagesName, MessageArg::count((long long)images.sizeOnDisk()), nImages(count), MessageArg::count(rows),
                MessageArg::count(cols), MessageArg::count((long long)imageBytes), MessageArg::count((long long)allowed),
                MessageArg::count(kMaxIdxGzipRatio), MessageArg::count(kMaxIdxGzipFloorBytes)));
    }
    if (images.plain() && images.sizeOnDisk() != imageBytes)
        //: %2 and %6 are sizes in bytes, %3 a count of images ("60000 images"), %4x%5 the height and width of an image
        throw DataError(engineMessage(
            images.sizeOnDisk() < imageBytes
                ? QT_TRANSLATE_NOOP("Engine", "%1 is %2 bytes, but its header describes %3 of %4x%5 (%6 bytes): the file is "
                                              "truncated. Download it again.")
                : QT_TRANSLATE_NOOP("Engine", "%1 is %2 bytes, but its header describes %3 of %4x%5 (%6 bytes): the file is "
                                              "longer than its header says. Download it again."),
            imagesName, MessageArg::count((long long)images.sizeOnDisk()), nImages(count), MessageArg::count(rows),
            MessageArg::count(cols), MessageArg::count((long long)imageBytes)));
    if (labels.plain() && labels.sizeOnDisk() != labelBytes)
        //: %2 and %4 are sizes in bytes, %3 a count of labels ("60000 labels")
        throw DataError(engineMessage(
            labels.sizeOnDisk() < labelBytes
                ? QT_TRANSLATE_NOOP("Engine", "%1 is %2 bytes, but its header describes %3 (%4 bytes): the file is "
                                              "truncated. Download it again.")
                : QT_TRANSLATE_NOOP("Engine", "%1 is %2 bytes, but its header describes %3 (%4 bytes): the file is longer "
                                              "than its header says. Download it again."),
            labelsName, MessageArg::count((long long)labels.sizeOnDisk()), nLabels(count),
            MessageArg::count((long long)labelBytes)));

    const std::int64_t n = limit > 0 ? std::min(limit, count) : count;
    const std::vector<unsigned char> pixels = images.readUpTo(size_t(n * pixelsPerImage), images.plain());
    if (std::int64_t(pixels.size()) < n * pixelsPerImage)
        //: %2 and %3 are counts of images ("60000 images")
        throw DataError(engineMessage(
            QT_TRANSLATE_NOOP("Engine", "%1 is truncated: its header says %2, but the data ends after %3. Download the file again."),
            imagesName, nImages(count), nImages(std::int64_t(pixels.size()) / pixelsPerImage)));
    const std::vector<unsigned char> classes = labels.readUpTo(size_t(n), labels.plain());
    if (std::int64_t(classes.size()) < n)
        throw DataError(engineMessage(
            QT_TRANSLATE_NOOP("Engine", "%1 is truncated: its header says %2, but the data ends after %3. Download the file again."),
            labelsName, nLabels(count), nLabels(std::int64_t(classes.size()))));
    if (n == count) {
        unsigned char extra;
        if (images.read(&extra, 1) == 1)
            //: %2 is a count of images ("60000 images"), %3x%4 the height and width of an image
            throw DataError(engineMessage(
                QT_TRANSLATE_NOOP("Engine", "%1 holds more data than its header describes (%2 of %3x%4): the file is "
                                            "damaged. Download it again."),
                imagesName, nImages(count), MessageArg::count(rows), MessageArg::count(cols)));
        if (labels.read(&extra, 1) == 1)
            //: %2 is a count of labels ("60000 labels")
            throw DataError(engineMessage(
                QT_TRANSLATE_NOOP("Engine", "%1 holds more data than its header describes (%2): the file is damaged. "
                                            "Download it again."),
                labelsName, nLabels(count)));
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
    // marked for translation: the app shows them in the reader's language
    static const std::vector<std::string> names = {
        QT_TRANSLATE_NOOP("Engine", "T-shirt/top"), QT_TRANSLATE_NOOP("Engine", "Trouser"),
        QT_TRANSLATE_NOOP("Engine", "Pullover"),    QT_TRANSLATE_NOOP("Engine", "Dress"),
        QT_TRANSLATE_NOOP("Engine", "Coat"),        QT_TRANSLATE_NOOP("Engine", "Sandal"),
        QT_TRANSLATE_NOOP("Engine", "Shirt"),       QT_TRANSLATE_NOOP("Engine", "Sneaker"),
        QT_TRANSLATE_NOOP("Engine", "Bag"),         QT_TRANSLATE_NOOP("Engine", "Ankle boot")};
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
            throw DataError(engineMessage(
                QT_TRANSLATE_NOOP("Engine", "Fashion-MNIST is not installed: %1 is missing. Install the "
                                            "dataset-fashion-mnist package, or set LAYERLAB_FASHION_MNIST_DIR to a folder "
                                            "holding the four Fashion-MNIST .gz files."),
                MessageArg::name(file.string())));
    }
    Dataset data = loadIdx(images.string(), labels.string(), limit);
    if (data.classCount > 10)
        throw DataError(engineMessage(
            QT_TRANSLATE_NOOP("Engine", "%1 holds the label %2, but Fashion-MNIST has the labels 0 to 9. Reinstall "
                                        "dataset-fashion-mnist."),
            MessageArg::name(labels.filename().string()), MessageArg::count(data.classCount - 1)));
    data.name = trainingSet ? "fashion-mnist" : "fashion-mnist (test set)";
    data.classCount = 10;  // a small limit may not reach the largest label
    data.classNames = fashionMnistClassNames();
    return data;
}

}  // namespace layerlab
