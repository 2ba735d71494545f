// A Toledo 8217 scale on a pseudo terminal: answers each 'W' with its
// weight (STX "01.234" CR) or, when it cannot weigh, its status byte
// (STX '?' s CR: in motion, over capacity, under zero). The lane opens
// ptyPath() like /dev/ttyUSB0 and runs its real serial code against it.
#pragma once

#include "core/common/result.h"

#include <QByteArray>
#include <QObject>
#include <QString>

namespace retailos::drivers::sim {

class PtyPort;

class ScaleSimulator : public QObject
{
    Q_OBJECT

public:
    explicit ScaleSimulator(QObject *parent = nullptr);
    ~ScaleSimulator() override;

    [[nodiscard]] Result<QString> openPty(); // "sim.pty" when the system has none
    void closePty();
    [[nodiscard]] bool isOpen() const;
    [[nodiscard]] QString ptyPath() const;

    // What lies on the platter and how the scale is.
    void setWeightGrams(int grams);
    void setMotion(bool motion);
    void setOverCapacity(bool over);
    void setUnderZero(bool under);
    // A scale switched off (or in another protocol) takes requests and says nothing.
    void setAnswering(bool answering);
    // Answers with exactly these bytes instead (a scale in another protocol,
    // a garbled line); empty: the normal answer.
    void setRawReply(const QByteArray &bytes) { m_rawReply = bytes; }

    [[nodiscard]] int weightGrams() const { return m_grams; }
    [[nodiscard]] bool motion() const { return m_motion; }
    [[nodiscard]] int requestCount() const { return m_requests; }
    // The answer to 'W' now.
    [[nodiscard]] QByteArray reply() const;

signals:
    void requestAnswered(const QByteArray &reply);
    void requestIgnored(); // not answering

private:
    void onBytes(const QByteArray &bytes);

    PtyPort *m_pty = nullptr;
    int m_grams = 0;
    bool m_motion = false;
    bool m_over = false;
    bool m_under = false;
    bool m_answering = true;
    QByteArray m_rawReply;
    int m_requests = 0;
};

} // namespace retailos::drivers::sim
