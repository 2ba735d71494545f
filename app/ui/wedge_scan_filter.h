// WedgeScanFilter: tells a keyboard-wedge barcode scanner apart from a person
// typing, application-wide, and delivers scans as a signal instead of text.
#pragma once

#include <QElapsedTimer>
#include <QEvent>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>

#include <vector>

QT_BEGIN_NAMESPACE
class QInputDevice;
class QKeyEvent;
QT_END_NAMESPACE

namespace retailos::ui {

// Install with qApp->installEventFilter(filter). A scanner "types" its code as
// a burst of printable key presses, at most maxGapMs apart, ending in Enter.
// The filter holds printable keys back while such a burst may be under way:
//  - burst of >= minLength characters followed by Enter within maxGapMs:
//    scanned(code) is emitted and none of its keys (nor the Enter) is delivered;
//  - anything else (the gap passes, another key, a click, a short burst + Enter):
//    the held keys are replayed, in order, to the object they were sent to, and
//    then the current event proceeds. So a person's typing shows up at most
//    maxGapMs late, never lost or reordered.
// Only spontaneous key events (from the window system, where a scanner's keys
// come from) are considered. Key events the application sends itself (the
// on-screen keypad, the scripted demo, and the filter's own replayed copies)
// pass untouched, so a scripted "1234" + Enter is never taken for a scan.
// While a burst is held, shortcut overrides for its keys are accepted, so that
// an application shortcut on Enter (or on a printable key) does not fire
// in the middle of a scan; other shortcuts first flush the held keys.
class WedgeScanFilter : public QObject
{
    Q_OBJECT

public:
    explicit WedgeScanFilter(int maxGapMs = 30, int minLength = 4, QObject *parent = nullptr);
    ~WedgeScanFilter() override;

    int maxGapMs() const { return m_maxGapMs; }
    void setMaxGapMs(int maxGapMs);

    int minLength() const { return m_minLength; }
    void setMinLength(int minLength);

    bool isEnabled() const { return m_enabled; }
    // Disabling replays whatever is held, then lets every event through.
    void setEnabled(bool enabled);

    bool eventFilter(QObject *watched, QEvent *event) override;

signals:
    // One per burst, without the terminating Enter.
    void scanned(const QString &code);

private:
    // Enough of a QKeyEvent to send an equivalent one later.
    struct HeldKey
    {
        QEvent::Type type;
        int key;
        Qt::KeyboardModifiers modifiers;
        quint32 nativeScanCode;
        quint32 nativeVirtualKey;
        quint32 nativeModifiers;
        QString text;
        quint16 count;
        quint64 timestamp;
        QPointer<const QInputDevice> device;
    };

    bool filterKey(QObject *watched, QKeyEvent *key);
    bool filterShortcutOverride(QKeyEvent *key);
    bool continuesBurst(const QKeyEvent *key) const;
    bool completesScan(const QKeyEvent *key) const;
    bool gapExpired() const;
    void hold(QObject *receiver, const QKeyEvent *key);
    void flush();

    int m_maxGapMs;
    int m_minLength;
    bool m_enabled = true;
    // The Enter of a scan was swallowed; its release must be too.
    bool m_swallowEnterRelease = false;

    std::vector<HeldKey> m_held;
    QString m_code; // text of the held presses, i.e. the code if Enter follows
    QPointer<QObject> m_receiver;
    QTimer m_gapTimer;
    QElapsedTimer m_sinceLastKey;
};

} // namespace retailos::ui
