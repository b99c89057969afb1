// The IDX loader (MNIST format): a small file pair written here loads exactly, plain and
// gzip; damaged files and decompression bombs are refused before anything of the claimed
// size is allocated; a pipe, a device or a folder is refused without being opened; the
// installed Fashion-MNIST test set loads as 10000 28x28 images.
#include <QtTest>

#include <filesystem>

#include <sys/stat.h>

#include "data/data_spec.h"
#include "data/idx_loader.h"
#include "data_test_support.h"

using namespace layerlab;

namespace {

QByteArray bigEndian32(quint32 v)
{
    QByteArray b(4, '\0');
    b[0] = char(v >> 24);
    b[1] = char(v >> 16);
    b[2] = char(v >> 8);
    b[3] = char(v);
    return b;
}

QByteArray idxImages(quint32 count, quint32 rows, quint32 cols, const QByteArray& pixels)
{
    return QByteArray("\x00\x00\x08\x03", 4) + bigEndian32(count) + bigEndian32(rows) + bigEndian32(cols) + pixels;
}

QByteArray idxLabels(quint32 count, const QByteArray& labels)
{
    return QByteArray("\x00\x00\x08\x01", 4) + bigEndian32(count) + labels;
}

// CRC-32 (IEEE 802.3, reflected polynomial 0xEDB88320), as gzip's trailer needs it.
quint32 crc32(const QByteArray& data)
{
    quint32 crc = 0xFFFFFFFFu;
    for (char c : data) {
        crc ^= quint8(c);
        for (int k = 0; k < 8; ++k)
            crc = (crc >> 1) ^ (0xEDB88320u & (0u - (crc & 1u)));
    }
    return ~crc;
}

QByteArray littleEndian32(quint32 v)
{
    QByteArray b(4, '\0');
    for (int i = 0; i < 4; ++i)
        b[i] = char(v >> (8 * i));
    return b;
}

// A gzip file (RFC 1952) whose deflate stream is made of stored (uncompressed) blocks
// (RFC 1951 section 3.2.4): enough to test the loader without a compressor.
QByteArray gzip(const QByteArray& data)
{
    QByteArray out("\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\xff", 10);
    qsizetype pos = 0;
    do {
        const quint16 len = quint16(std::min<qsizetype>(65535, data.size() - pos));
        const bool last = pos + len == data.size();
        out += char(last ? 1 : 0);  // BFINAL, BTYPE = 00 (stored)
        out += char(len & 0xFF);
        out += char(len >> 8);
        out += char(~len & 0xFF);
        out += char((~len >> 8) & 0xFF);
        out += data.mid(pos, len);
        pos += len;
    } while (pos < data.size());
    return out + littleEndian32(crc32(data)) + littleEndian32(quint32(data.size()));
}

// Three 2x3 images with pixel i = 37 i mod 256, and labels 0, 2, 1.
QByteArray samplePixels()
{
    QByteArray pixels;
    for (int i = 0; i < 18; ++i)
        pixels += char((37 * i) % 256);
    return pixels;
}
const QByteArray kLabels("\x00\x02\x01", 3);

}  // namespace

class TestIdx : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void loadsExactly_data();
    void loadsExactly();
    void limitReadsTheFirstImages();
    void refusesDamaged_data();
    void refusesDamaged();
    void refusesMissingFiles();
    void refusesSpecialFiles_data();
    void refusesSpecialFiles();
    void fashionMnistAbsent();
    void fashionMnistTestSet();
    void fashionMnistPrepared();

private:
    QTemporaryDir m_dir;
};

void TestIdx::loadsExactly_data()
{
    QTest::addColumn<bool>("gzipImages");
    QTest::addColumn<bool>("gzipLabels");
    QTest::newRow("plain") << false << false;
    QTest::newRow("gzip") << true << true;
    QTest::newRow("gzip images, plain labels") << true << false;
}

void TestIdx::loadsExactly()
{
    QFETCH(bool, gzipImages);
    QFETCH(bool, gzipLabels);
    const QByteArray images = idxImages(3, 2, 3, samplePixels());
    const QByteArray labels = idxLabels(3, kLabels);
    const std::string imagesPath = test::writeFile(m_dir.filePath("i.idx"), gzipImages ? gzip(images) : images);
    const std::string labelsPath = test::writeFile(m_dir.filePath("l.idx"), gzipLabels ? gzip(labels) : labels);

    const Dataset d = loadIdx(imagesPath, labelsPath);
    QCOMPARE(d.inputShape, Shape::image(1, 2, 3));
    QCOMPARE(d.task, Task::Classification);
    QCOMPARE(d.inputs.rows(), Index(6));
    QCOMPARE(d.sampleCount(), Index(3));
    QCOMPARE(d.classCount, 3);
    for (Index j = 0; j < 3; ++j)
        for (Index p = 0; p < 6; ++p)
            QCOMPARE(d.inputs(p, j), float((37 * (j * 6 + p)) % 256) * (1.0f / 255.0f));
    QCOMPARE(d.targets(0, 0), 0.0f);
    QCOMPARE(d.targets(0, 1), 2.0f);
    QCOMPARE(d.targets(0, 2), 1.0f);
    QVERIFY(d.inputs.minCoeff() >= 0.0f && d.inputs.maxCoeff() <= 1.0f);
}

void TestIdx::limitReadsTheFirstImages()
{
    const std::string imagesPath = test::writeFile(m_dir.filePath("i.gz"), gzip(idxImages(3, 2, 3, samplePixels())));
    const std::string labelsPath = test::writeFile(m_dir.filePath("l.gz"), gzip(idxLabels(3, kLabels)));
    const Dataset d = loadIdx(imagesPath, labelsPath, 2);
    QCOMPARE(d.sampleCount(), Index(2));
    QCOMPARE(d.inputs(5, 1), float((37 * 11) % 256) * (1.0f / 255.0f));
    QCOMPARE(d.classCount, 3);  // the largest label read (2) + 1
}

void TestIdx::refusesDamaged_data()
{
    QTest::addColumn<QByteArray>("images");
    QTest::addColumn<QByteArray>("labels");
    QTest::addColumn<QString>("fragment");

    const QByteArray pixels = samplePixels();
    const QByteArray good = idxImages(3, 2, 3, pixels);
    const QByteArray labels = idxLabels(3, kLabels);
    const QByteArray millionLabels = idxLabels(1'000'000, kLabels);

    QTest::newRow("truncated plain") << good.left(good.size() - 1) << labels
                                     << "i.idx is 33 bytes, but its header describes 3 images of 2x3 (34 bytes): the file is truncated";
    QTest::newRow("truncated gzip data") << gzip(good.left(good.size() - 7)) << labels
                                         << "i.idx is truncated: its header says 3 images, but the data ends after 1 image";
    QTest::newRow("cut gzip stream") << gzip(good).left(40) << labels << "i.idx is";
    QTest::newRow("truncated labels") << good << labels.left(labels.size() - 1) << "l.idx is 10 bytes";
    QTest::newRow("extra bytes plain") << good + "x" << labels << "longer than its header says";
    QTest::newRow("extra bytes gzip") << gzip(good + "xy") << labels << "holds more data than its header describes";
    QTest::newRow("wrong magic") << QByteArray("\x12\x34\x56\x78", 4) + good.mid(4) << labels
                                 << "is not an IDX file: it starts with the bytes 12 34 56 78 (wrong magic number";
    QTest::newRow("not unsigned bytes") << QByteArray("\x00\x00\x0D\x03", 4) + good.mid(4) << labels << "type 0x0D";
    QTest::newRow("labels as images") << labels << good << "is an IDX labels file, but it was given as the images file. Swap";
    QTest::newRow("two-dimensional") << QByteArray("\x00\x00\x08\x02", 4) + good.mid(4) << labels << "has 2 dimensions";
    QTest::newRow("too short") << QByteArray("\x00\x00", 2) << labels << "too short to be an IDX images file";
    QTest::newRow("header cut") << good.left(9) << labels << "ends inside its header";
    QTest::newRow("no images") << idxImages(0, 2, 3, {}) << idxLabels(0, {}) << "holds no images";
    QTest::newRow("zero rows") << idxImages(3, 0, 3, {}) << labels << "images of 0x3 pixels";
    QTest::newRow("mismatched counts") << good << idxLabels(2, kLabels.left(2))
                                       << "i.idx holds 3 images but l.idx holds 2 labels: the counts do not match";
    QTest::newRow("oversized header") << idxImages(0x7FFFFFFF, 28, 28, pixels) << idxLabels(0x7FFFFFFF, kLabels)
                                      << "header claims 2147483647 images of 28x28 pixels, more than LayerLab loads";
    QTest::newRow("oversized sides") << idxImages(3, 100000, 100000, pixels) << labels << "more than LayerLab loads";
    // Within the limits but far beyond the file: refused by the file size (plain) or when
    // the data runs out (gzip), never by allocating 784 MB first.
    QTest::newRow("claims a million, plain") << idxImages(1'000'000, 28, 28, pixels) << millionLabels
                                             << "its header describes 1000000 images of 28x28 (784000016 bytes): the file is truncated";
    // A gzip file claims at most kMaxIdxGzipRatio times its size (and at least
    // kMaxIdxGzipFloorBytes): a decompression bomb is refused before anything is read.
    QTest::newRow("claims a million, gzip") << gzip(idxImages(1'000'000, 28, 28, pixels)) << gzip(millionLabels)
                                            << "i.idx is a gzip file of 57 bytes, but its header claims 1000000 images of "
                                               "28x28, 784000016 bytes once decompressed. LayerLab reads at most 67108864 "
                                               "bytes from a gzip file of this size (100 times its size, and never less "
                                               "than 67108864 bytes)";
    // 1 MB that claims 1 GB within the pixel limit (5 GB in memory once in floats).
    QTest::newRow("decompression bomb") << gzip(idxImages(1000, 1000, 1000, QByteArray(1 << 20, '\0')))
                                        << gzip(idxLabels(1000, QByteArray(1000, '\1')))
                                        << "i.idx is a gzip file of 1048695 bytes, but its header claims 1000 images of "
                                           "1000x1000, 1000000016 bytes once decompressed. LayerLab reads at most "
                                           "104869500 bytes";
    QTest::newRow("claims 100000 megapixel images") << gzip(idxImages(100'000, 1000, 1000, QByteArray(8, '\0')))
                                                    << gzip(idxLabels(100'000, kLabels))
                                                    << "its header claims 100000 images of 1000x1000 pixels, more than "
                                                       "LayerLab loads (at most 10000000 images, 4096 pixels a side, "
                                                       "1000000000 pixels in all)";
    // Claims that pass those limits but hold less: the data is read in chunks as it
    // arrives, so the claimed size is never allocated first.
    QTest::newRow("claims 50000, gzip") << gzip(idxImages(50'000, 28, 28, pixels)) << gzip(idxLabels(50'000, kLabels))
                                        << "its header says 50000 images, but the data ends after 0 images";
    QTest::newRow("claims 90 MB from 1 MB, gzip") << gzip(idxImages(90, 1000, 1000, QByteArray(1'000'000, '\7')))
                                                  << gzip(idxLabels(90, QByteArray(90, '\1')))
                                                  << "its header says 90 images, but the data ends after 1 image";
}

void TestIdx::refusesDamaged()
{
    QFETCH(QByteArray, images);
    QFETCH(QByteArray, labels);
    QFETCH(QString, fragment);
    const std::string imagesPath = test::writeFile(m_dir.filePath("i.idx"), images);
    const std::string labelsPath = test::writeFile(m_dir.filePath("l.idx"), labels);
    const QString message = test::errorMessage([&] { loadIdx(imagesPath, labelsPath); });
    QVERIFY2(message.contains(fragment), qPrintable("message: " + message));
    QVERIFY2(message.contains(QRegularExpression("\\b(Download|Choose|Swap|Convert)\\b")), qPrintable("no advice in: " + message));
}

void TestIdx::refusesMissingFiles()
{
    const std::string labelsPath = test::writeFile(m_dir.filePath("l.idx"), idxLabels(3, kLabels));
    const QString message = test::errorMessage([&] { loadIdx(m_dir.filePath("none.idx").toStdString(), labelsPath); });
    QVERIFY2(message.contains("Cannot find the IDX images file"), qPrintable(message));
}

void TestIdx::refusesSpecialFiles_data()
{
    QTest::addColumn<bool>("asImages");  // else as the labels file
    QTest::addColumn<QString>("kind");   // "fifo", "folder" or a device's path
    QTest::addColumn<QString>("fragment");
    const QString special = "is a device, a pipe or a socket, not a data file: LayerLab reads data only from ordinary "
                            "files. Choose a CSV or IDX file saved on disk.";
    QTest::newRow("FIFO as images") << true << "fifo" << special;
    QTest::newRow("FIFO as labels") << false << "fifo" << special;
    QTest::newRow("/dev/zero as images") << true << "/dev/zero" << special;
    QTest::newRow("/dev/urandom as labels") << false << "/dev/urandom" << special;
    QTest::newRow("folder as images") << true << "folder" << "is a folder, not an IDX images file";
    QTest::newRow("folder as labels") << false << "folder" << "is a folder, not an IDX labels file";
}

// gzopen on a FIFO waited for a writer forever; now it is refused before it is opened.
void TestIdx::refusesSpecialFiles()
{
    QFETCH(bool, asImages);
    QFETCH(QString, kind);
    QFETCH(QString, fragment);
    QTemporaryDir dir;
    std::string special = kind.toStdString();
    if (kind == "fifo") {
        special = dir.filePath("train-images-idx3-ubyte").toStdString();
        QCOMPARE(::mkfifo(special.c_str(), 0600), 0);
    } else if (kind == "folder") {
        special = dir.path().toStdString();
    }
    const std::string images = test::writeFile(dir.filePath("i.idx"), idxImages(3, 2, 3, samplePixels()));
    const std::string labels = test::writeFile(dir.filePath("l.idx"), idxLabels(3, kLabels));
    const QString message = test::errorMessage([&] { loadIdx(asImages ? special : images, asImages ? labels : special); });
    QVERIFY2(message.contains(QString::fromStdString(special)) && message.contains(fragment), qPrintable(message));
}

void TestIdx::fashionMnistAbsent()
{
    const QByteArray saved = qgetenv("LAYERLAB_FASHION_MNIST_DIR");
    qputenv("LAYERLAB_FASHION_MNIST_DIR", m_dir.filePath("no-such-folder").toUtf8());
    const QString message = test::errorMessage([] { loadFashionMnist(false); });
    if (saved.isEmpty())
        qunsetenv("LAYERLAB_FASHION_MNIST_DIR");
    else
        qputenv("LAYERLAB_FASHION_MNIST_DIR", saved);
    QVERIFY2(message.contains("Fashion-MNIST is not installed") && message.contains("Install the dataset-fashion-mnist package"),
             qPrintable(message));
}

void TestIdx::fashionMnistTestSet()
{
    if (!std::filesystem::exists(fashionMnistDir()))
        QSKIP("Fashion-MNIST is not installed here (install dataset-fashion-mnist to run this test)");
    const Dataset d = loadFashionMnist(false);
    QCOMPARE(d.sampleCount(), Index(10000));
    QCOMPARE(d.inputShape, Shape::image(1, 28, 28));
    QCOMPARE(d.inputs.rows(), Index(784));
    QCOMPARE(d.classCount, 10);
    QCOMPARE(d.classNames, fashionMnistClassNames());
    QCOMPARE(d.classNames.front(), std::string("T-shirt/top"));
    QCOMPARE(d.classNames.back(), std::string("Ankle boot"));
    std::vector<int> counts(10, 0);
    for (Index j = 0; j < d.sampleCount(); ++j) {
        const float t = d.targets(0, j);
        QVERIFY(t == std::floor(t) && t >= 0 && t <= 9);
        ++counts[size_t(t)];
    }
    for (int c : counts)
        QCOMPARE(c, 1000);  // the official test set is balanced
    QCOMPARE(d.inputs.minCoeff(), 0.0f);
    QCOMPARE(d.inputs.maxCoeff(), 1.0f);
}

void TestIdx::fashionMnistPrepared()
{
    if (!std::filesystem::exists(fashionMnistDir()))
        QSKIP("Fashion-MNIST is not installed here (install dataset-fashion-mnist to run this test)");
    DataSpec spec;
    spec.source = "fashion-mnist";
    spec.sampleLimit = 1200;
    spec.normalization = "zscore";  // not applied to images: pixels are already in [0, 1]
    const PreparedData p = prepareData(spec, 1);
    QCOMPARE(p.train.sampleCount(), Index(1200));
    QCOMPARE(p.validation.sampleCount(), Index(200));  // the official test set, 1200 / 6
    QCOMPARE(p.validation.name, std::string("fashion-mnist (test set)"));
    QCOMPARE(p.test.sampleCount(), Index(0));
    QCOMPARE(p.train.classCount, 10);
    QVERIFY(!p.normalizer.active());
    const QString report = test::englishJoined(p.report, " ");
    QVERIFY2(report.contains("official test set"), qPrintable(report));
    QVERIFY2(report.contains("already scaled to [0, 1]"), qPrintable(report));
}

QTEST_APPLESS_MAIN(TestIdx)
#include "test_idx.moc"
