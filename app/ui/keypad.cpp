// The on-screen keypad (see keypad.h).
#include "app/ui/keypad.h"

#include <QApplication>
#include <QGridLayout>
#include <QKeyEvent>
#include <QLocale>
#include <QPushButton>

namespace retailos::ui {

Keypad::Keypad(QWidget *parent, bool withDecimalPoint) : QWidget(parent)
{
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setSpacing(6);
    auto add = [&](const QString &label, int row, int column, auto onClick) {
        auto *button = new QPushButton(label, this);
        button->setProperty("role", u"keypad"_qs);
        button->setFocusPolicy(Qt::NoFocus);
        button->setMinimumSize(64, 56);
        button->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
        connect(button, &QPushButton::clicked, this, onClick);
        grid->addWidget(button, row, column);
        return button;
    };
    for (int digit = 1; digit <= 9; ++digit) {
        const int row = (9 - digit) / 3;
        const int column = (digit - 1) % 3;
        add(QString::number(digit), row, column, [this, digit] { type(Qt::Key_0 + digit, QString::number(digit)); });
    }
    const QString point = QLocale().decimalPoint();
    if (withDecimalPoint)
        add(point, 3, 0, [this, point] { type(point == u"," ? Qt::Key_Comma : Qt::Key_Period, point); });
    add(u"0"_qs, 3, 1, [this] { type(Qt::Key_0, u"0"_qs); });
    add(tr("⌫", "backspace key"), 3, 2, [this] { type(Qt::Key_Backspace, QString()); });
    auto *enter = add(tr("Enter"), 4, 0, [this] { emit enterPressed(); });
    enter->setProperty("role", u"primary"_qs);
    grid->addWidget(enter, 4, 0, 1, 3);
}

void Keypad::type(int key, const QString &text)
{
    QWidget *target = QApplication::focusWidget();
    if (!target)
        return;
    QKeyEvent press(QEvent::KeyPress, key, Qt::NoModifier, text);
    QApplication::sendEvent(target, &press);
    QKeyEvent release(QEvent::KeyRelease, key, Qt::NoModifier, text);
    QApplication::sendEvent(target, &release);
}

} // namespace retailos::ui
