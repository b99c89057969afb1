#include "data/dataset.h"

namespace layerlab {

Dataset selectSamples(const Dataset& data, const std::vector<Index>& indices)
{
    Dataset out = data;
    out.inputs.resize(data.inputs.rows(), Index(indices.size()));
    out.targets.resize(data.targets.rows(), Index(indices.size()));
    for (Index j = 0; j < Index(indices.size()); ++j) {
        out.inputs.col(j) = data.inputs.col(indices[size_t(j)]);
        out.targets.col(j) = data.targets.col(indices[size_t(j)]);
    }
    return out;
}

}  // namespace layerlab
