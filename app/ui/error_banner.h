// The message strip above the scan field: says plainly what went wrong
// (unknown barcode, wrong check digit, blocked item) or what happened. It
// never takes the focus and needs no mouse: the next scan or Esc clears it.
#pragma once

#include <QLabel>

namespace retailos::ui {

class ErrorBanner : public QLabel
{
    Q_OBJECT

public:
    enum class Severity { Error, Warning, Info };

    explicit ErrorBanner(QWidget *parent = nullptr);

    void showMessage(const QString &message, Severity severity = Severity::Error);
    void clearMessage();
    [[nodiscard]] Severity severity() const { return m_severity; }

private:
    Severity m_severity = Severity::Info;
};

} // namespace retailos::ui
