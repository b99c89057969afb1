#include "core/shape.h"

namespace layerlab {

std::string Shape::describe() const
{
    if (isFlat())
        return std::to_string(channels);
    return std::to_string(height) + "x" + std::to_string(width) + "x" + std::to_string(channels);
}

}  // namespace layerlab
