// The weight dialog's scale (see scale_reader.h).
#include "app/ui/scale_reader.h"

#include "app/ui/lane_devices.h"
#include "app/ui/value_dialog.h"
#include "core/money/quantity.h"

#include <QTimer>

namespace retailos::ui {

ScaleReader::ScaleReader(LaneDevices &devices, ValueDialog &dialog, const QLocale &locale, ScaleMemory &memory)
    : QObject(&dialog), m_devices(devices), m_dialog(dialog), m_locale(locale), m_memory(memory)
{
    m_again = new QTimer(this);
    m_again->setSingleShot(true);
    m_again->setInterval(kAskAgainMs);
    connect(m_again, &QTimer::timeout, &m_devices, &LaneDevices::requestWeight);
    connect(&m_devices, &LaneDevices::weighed, this, &ScaleReader::weighed);
    m_dialog.setPrompt(tr("Place the item on the scale, or type its weight in kg."));
    m_devices.requestWeight();
}

QString ScaleReader::weightText(qint64 grams, const QLocale &locale)
{
    // Grams are thousandths of a kilogram: written as the basket writes weights.
    return Quantity::fromThousandths(grams).toString().replace(u'.', locale.decimalPoint());
}

void ScaleReader::weighed(const ScaleWeight &weight)
{
    if (m_done || !m_dialog.isVisible())
        return;
    switch (weight.state) {
    case ScaleState::Stable:
        if (weight.grams > 0 && !m_memory.emptiedSince && weight.grams == m_memory.lastSoldGrams) {
            m_dialog.setPrompt(tr("Take the last item off the scale, then put this one on."));
            break;
        }
        if (weight.grams > 0) {
            m_done = true;
            m_memory.lastSoldGrams = weight.grams;
            m_memory.emptiedSince = false;
            m_dialog.setText(weightText(weight.grams, m_locale));
            m_dialog.submit();
            return;
        }
        [[fallthrough]];
    case ScaleState::Zero:
        m_memory.emptiedSince = true;
        m_dialog.setPrompt(tr("Place the item on the scale, or type its weight in kg."));
        break;
    case ScaleState::Motion:
        m_dialog.setPrompt(tr("Waiting for the scale to settle…"));
        break;
    case ScaleState::OverCapacity:
        m_dialog.setPrompt(tr("Too heavy for the scale. Weigh it elsewhere and type the weight in kg."));
        break;
    case ScaleState::UnderZero:
        m_memory.emptiedSince = true;
        m_dialog.setPrompt(tr("The scale shows less than zero: empty it and zero it, or type the weight in kg."));
        break;
    case ScaleState::Failed:
        // No asking again: a scale that does not answer would only slow the cashier.
        m_dialog.setPrompt(tr("%1 Type the weight in kg.").arg(weight.message));
        return;
    }
    m_again->start();
}

} // namespace retailos::ui
