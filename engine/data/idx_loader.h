// Loads image data in the IDX format of MNIST and Fashion-MNIST (LeCun et al.), plain or
// gzip-compressed. An IDX file is a big-endian header, then unsigned bytes:
//   images: magic 00 00 08 03, count, rows, cols, then count*rows*cols pixels (row-major)
//   labels: magic 00 00 08 01, count, then count labels
// Every size a header claims is checked against a sane limit and against the bytes the file
// really holds before any matrix of that size is allocated.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "data/dataset.h"

namespace layerlab {

// Limits on what a header may claim (docs/reliability.md lists every input limit).
// Loading takes about 5 bytes a pixel: the bytes read, then the floats the trainer uses.
constexpr std::int64_t kMaxIdxImages = 10'000'000;
constexpr std::int64_t kMaxIdxImageSide = 4096;
constexpr std::int64_t kMaxIdxPixels = 1'000'000'000;  // count*rows*cols, about 4 GB as floats

// A gzip images file may claim at most kMaxIdxGzipRatio times its own size once
// decompressed (or kMaxIdxGzipFloorBytes, whichever is more). Deflate reaches about 1032:1
// on constant bytes, so without this a 1 MB file could unpack to 1 GB within the pixel
// limit, 5 GB in memory (a decompression bomb); image sets compress far less (MNIST about
// 5:1, Fashion-MNIST 2:1). A genuine file that compresses better still loads once
// decompressed (gunzip): the size of an uncompressed file is checked exactly.
constexpr std::int64_t kMaxIdxGzipRatio = 100;
constexpr std::int64_t kMaxIdxGzipFloorBytes = std::int64_t(64) << 20;  // small files: at most 64 MiB

// Reads an images file and its labels file, checked against each other. Pixels are scaled to
// [0, 1]; inputShape is image(1, rows, cols); targets hold the label as a class index and
// classCount is the largest label + 1. `limit` > 0 reads only the first `limit` images.
// Throws DataError.
Dataset loadIdx(const std::string& imagesPath, const std::string& labelsPath, std::int64_t limit = 0);

// The folder of the dataset-fashion-mnist package: $LAYERLAB_FASHION_MNIST_DIR when set,
// else /usr/share/datasets/fashion-mnist.
std::string fashionMnistDir();

// The ten Fashion-MNIST classes: T-shirt/top, Trouser, ..., Ankle boot.
const std::vector<std::string>& fashionMnistClassNames();

// The official training set (60000 images) or test set (10000 images), with class names.
// `limit` > 0 reads only the first `limit` images. Throws DataError saying to install
// dataset-fashion-mnist when the files are absent.
Dataset loadFashionMnist(bool trainingSet, std::int64_t limit = 0);

}  // namespace layerlab
