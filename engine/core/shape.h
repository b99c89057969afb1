// Per-sample tensor shapes. A batch of samples is stored batch-major: sample after sample,
// each sample contiguous (channels, height, width) as in NCHW.
#pragma once

#include <cstdint>
#include <string>

namespace layerlab {

// The shape of one sample. A flat feature vector has rank 1 (size in `channels`);
// an image or feature map has rank 3 (channels x height x width).
struct Shape {
    int rank = 1;
    int channels = 0;
    int height = 1;
    int width = 1;

    static Shape flat(int features) { return {1, features, 1, 1}; }
    static Shape image(int c, int h, int w) { return {3, c, h, w}; }

    bool isFlat() const { return rank == 1; }
    std::int64_t size() const { return std::int64_t(channels) * height * width; }
    // "784" for flat shapes, "26x26x32" (height x width x channels, as Keras prints) for images.
    std::string describe() const;

    friend bool operator==(const Shape&, const Shape&) = default;
};

}  // namespace layerlab
