#include "app/ui/wedge_scan_filter.h"

#include <QCoreApplication>
#include <QInputDevice>
#include <QKeyEvent>

#include <algorithm>
#include <utility>

namespace retailos::ui {

namespace {

constexpr Qt::KeyboardModifiers kCommandModifiers = Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier;

// Text a scanner could have typed: no Ctrl/Alt/Meta chord, no control char.
// Shift is fine, scanners send upper-case letters shifted.
bool isPrintable(const QKeyEvent *key)
{
    const QString text = key->text();
    return !key->isAutoRepeat() && !text.isEmpty() && !(key->modifiers() & kCommandModifiers)
        && std::none_of(text.cbegin(), text.cend(), [](QChar c) { return c.category() == QChar::Other_Control; });
}

bool isEnter(const QKeyEvent *key)
{
    return (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) && !key->isAutoRepeat()
        && !(key->modifiers() & kCommandModifiers);
}

bool swallow(QKeyEvent *key)
{
    // Accepted, or QApplication would offer the same event to the parent widget.
    key->accept();
    return true;
}

} // namespace

WedgeScanFilter::WedgeScanFilter(int maxGapMs, int minLength, QObject *parent)
    : QObject(parent)
    , m_maxGapMs(maxGapMs)
    , m_minLength(minLength)
{
    m_gapTimer.setSingleShot(true);
    // Coarse timers may be 5% late; a person's keys should not wait longer than needed.
    m_gapTimer.setTimerType(Qt::PreciseTimer);
    connect(&m_gapTimer, &QTimer::timeout, this, &WedgeScanFilter::flush);
}

WedgeScanFilter::~WedgeScanFilter()
{
    // Keys typed just before the filter goes away still belong to their widget.
    flush();
}

void WedgeScanFilter::setMaxGapMs(int maxGapMs)
{
    m_maxGapMs = maxGapMs;
}

void WedgeScanFilter::setMinLength(int minLength)
{
    m_minLength = minLength;
}

void WedgeScanFilter::setEnabled(bool enabled)
{
    if (!enabled)
        flush();
    m_enabled = enabled;
    m_swallowEnterRelease = false;
}

bool WedgeScanFilter::eventFilter(QObject *watched, QEvent *event)
{
    if (!m_enabled)
        return false;

    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::KeyRelease:
        // Only window-system input can come from a scanner. Sent key events pass:
        // the app's own synthetic keys and our replayed copies (sendEvent clears
        // the spontaneous flag). Spontaneous input arriving during a replay comes
        // from a nested event loop and is filtered as usual.
        return event->spontaneous() && filterKey(watched, static_cast<QKeyEvent *>(event));
    case QEvent::ShortcutOverride:
        // Qt sends these itself ahead of a key press (spontaneous or not, depending
        // on the path); they only matter while keys are held.
        return filterShortcutOverride(static_cast<QKeyEvent *>(event));
    case QEvent::MouseButtonPress:
    case QEvent::MouseButtonRelease:
    case QEvent::MouseButtonDblClick:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
        // A click may move focus or act on the field: the held keys go first.
        if (!m_held.empty())
            flush();
        return false;
    default:
        return false;
    }
}

bool WedgeScanFilter::filterKey(QObject *watched, QKeyEvent *key)
{
    // A flush runs widget code that might delete the object this event is for.
    const QPointer<QObject> receiver(watched);

    // The gap timer may not have had a chance to fire (busy event loop).
    if (!m_held.empty() && gapExpired()) {
        flush();
        if (!receiver)
            return swallow(key);
    }

    const bool press = key->type() == QEvent::KeyPress;
    if (isEnter(key)) {
        if (!press && std::exchange(m_swallowEnterRelease, false))
            return swallow(key);
        if (press) {
            m_swallowEnterRelease = false;
            if (completesScan(key) && watched == m_receiver) {
                m_gapTimer.stop();
                m_held.clear();
                m_receiver = nullptr;
                m_swallowEnterRelease = true;
                // State is reset before emitting: a slot may open a dialog and
                // run a nested event loop that feeds this filter again.
                emit scanned(std::exchange(m_code, {}));
                return swallow(key);
            }
        }
    }

    if (continuesBurst(key) && watched == m_receiver) {
        hold(watched, key);
        return swallow(key);
    }

    // Anything else ends the burst: what was held is delivered before this event.
    if (!m_held.empty()) {
        flush();
        if (!receiver)
            return swallow(key);
    }

    if (press && isPrintable(key)) {
        hold(watched, key);
        return swallow(key);
    }
    return false;
}

bool WedgeScanFilter::filterShortcutOverride(QKeyEvent *key)
{
    // Sent before a key press is looked up in the shortcut map, often to the
    // window rather than the widget that receives the press; hence no receiver check.
    if (m_held.empty())
        return false;
    if (!gapExpired() && (completesScan(key) || continuesBurst(key))) {
        // Accepted: no shortcut fires, the key press comes to us as usual.
        return swallow(key);
    }
    // A shortcut that runs must see the held keys already typed.
    flush();
    return false;
}

bool WedgeScanFilter::continuesBurst(const QKeyEvent *key) const
{
    if (m_held.empty() || key->isAutoRepeat())
        return false;
    if (isPrintable(key))
        return true;
    // Scanners press Shift around upper-case letters.
    if (key->key() == Qt::Key_Shift && !(key->modifiers() & kCommandModifiers))
        return true;
    // Release of a held press, even if this platform sends it without text.
    return key->type() == QEvent::KeyRelease && std::any_of(m_held.cbegin(), m_held.cend(), [key](const HeldKey &held) {
        return held.type == QEvent::KeyPress && held.key == key->key();
    });
}

bool WedgeScanFilter::completesScan(const QKeyEvent *key) const
{
    return !m_held.empty() && isEnter(key) && m_code.size() >= m_minLength;
}

bool WedgeScanFilter::gapExpired() const
{
    return m_sinceLastKey.isValid() && m_sinceLastKey.elapsed() > m_maxGapMs;
}

void WedgeScanFilter::hold(QObject *receiver, const QKeyEvent *key)
{
    if (m_held.empty())
        m_receiver = receiver;
    m_held.push_back(HeldKey {
        key->type(),
        key->key(),
        // QKeyEvent::modifiers() adjusts Shift for the Shift key itself; the
        // copy's constructor needs the raw state to end up with the same value.
        static_cast<const QInputEvent *>(key)->modifiers(),
        key->nativeScanCode(),
        key->nativeVirtualKey(),
        key->nativeModifiers(),
        key->text(),
        static_cast<quint16>(key->count()), // QKeyEvent stores a quint16
        key->timestamp(),
        key->device(),
    });
    if (key->type() == QEvent::KeyPress && isPrintable(key))
        m_code += key->text();
    m_sinceLastKey.start();
    m_gapTimer.start(m_maxGapMs);
}

void WedgeScanFilter::flush()
{
    m_gapTimer.stop();
    // Taken out first: a replayed key may re-enter the filter (nested loops).
    const std::vector<HeldKey> held = std::exchange(m_held, {});
    const QPointer<QObject> receiver = std::exchange(m_receiver, nullptr);
    m_code.clear();

    for (const HeldKey &k : held) {
        // Receiver gone (also mid-replay): nothing sensible to type into.
        if (!receiver)
            return;
        QKeyEvent copy(k.type, k.key, k.modifiers, k.nativeScanCode, k.nativeVirtualKey, k.nativeModifiers, k.text,
            false, k.count, k.device ? k.device.data() : QInputDevice::primaryKeyboard());
        copy.setTimestamp(k.timestamp);
        // Sent, so not spontaneous: the filter lets the copy through.
        QCoreApplication::sendEvent(receiver, &copy);
    }
}

} // namespace retailos::ui
