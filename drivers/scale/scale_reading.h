// What a scale says when asked for the weight: a state and whole grams.
// Only a Stable reading is a weight to sell by; Zero means nothing lies on
// the platter; the others tell the cashier what to do first.
#pragma once

#include <QMetaType>
#include <QString>

namespace retailos::drivers {

enum class ScaleState {
    Stable, // a settled weight above zero
    Motion, // still settling: ask again
    Zero, // nothing on the platter (stable 0 g)
    OverCapacity, // too heavy for the scale
    UnderZero, // below zero: the platter was lifted or zeroed with weight on it
    Error, // the scale answered without a weight (zero error, no reading)
};

struct ScaleReading
{
    ScaleState state = ScaleState::Error;
    int grams = 0; // the weight for Stable; 0 otherwise

    friend bool operator==(const ScaleReading &, const ScaleReading &) = default;
};

// For the status bar and messages ("in motion", "over capacity"), translated.
[[nodiscard]] QString scaleStateText(ScaleState state);

} // namespace retailos::drivers

Q_DECLARE_METATYPE(retailos::drivers::ScaleReading)
