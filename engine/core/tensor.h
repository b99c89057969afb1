// The one matrix type of the engine. A batch is a matrix of shape (features, batch):
// column j is sample j, so samples are contiguous (batch-major) and Dense is Y = W X + b.
#pragma once

#include <Eigen/Core>

namespace layerlab {

using Matrix = Eigen::MatrixXf;  // (features, batch)
using Vector = Eigen::VectorXf;
using Index = Eigen::Index;

}  // namespace layerlab
