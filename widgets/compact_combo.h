// Combo boxes in narrow side panels: sized by a few characters, not by their longest item
// (the popup still shows whole items), so that a panel never grows wider than its dock.
#pragma once

#include <QComboBox>

namespace layerlab {

constexpr int kCompactComboCharacters = 10;

inline QComboBox* compactCombo(QComboBox* combo)
{
    combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    combo->setMinimumContentsLength(kCompactComboCharacters);
    return combo;
}

}  // namespace layerlab
