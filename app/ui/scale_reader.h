// Fills the weight dialog from the scale: asks it when the dialog opens,
// asks again while the weight settles or the platter is empty, and sells the
// item as soon as the weight is steady — unless it is the weight just sold
// and the scale has not been emptied since (the last item still lying
// there). The cashier can always type a weight
// instead (a scale that answers nothing never blocks the sale).
#pragma once

#include "app/ui/lane_context.h"
#include "app/ui/lane_status.h"

#include <QLocale>
#include <QObject>

class QTimer;

namespace retailos::ui {

class LaneDevices;
class ValueDialog;

class ScaleReader : public QObject
{
    Q_OBJECT

public:
    static constexpr int kAskAgainMs = 300;

    // Starts asking at once; lives as long as `dialog`.
    ScaleReader(LaneDevices &devices, ValueDialog &dialog, const QLocale &locale, ScaleMemory &memory);

    // "1,235" for 1235 g in Germany: what the cashier would have typed.
    [[nodiscard]] static QString weightText(qint64 grams, const QLocale &locale);

private:
    void weighed(const ScaleWeight &weight);

    LaneDevices &m_devices;
    ValueDialog &m_dialog;
    QLocale m_locale;
    ScaleMemory &m_memory;
    QTimer *m_again = nullptr;
    bool m_done = false;
};

} // namespace retailos::ui
