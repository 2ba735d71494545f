// An on-screen numeric keypad for touch screens. Its buttons never take the
// focus: each press types into whichever line edit has it, exactly as the
// keyboard would, so keypad and keyboard can be mixed freely.
#pragma once

#include <QWidget>

namespace retailos::ui {

class Keypad : public QWidget
{
    Q_OBJECT

public:
    explicit Keypad(QWidget *parent = nullptr, bool withDecimalPoint = true);

signals:
    void enterPressed();

private:
    void type(int key, const QString &text);
};

} // namespace retailos::ui
