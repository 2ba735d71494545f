// What every lane dialog shares, so they look and behave alike: OK/Cancel
// buttons (OK styled as the primary action, both translated) and the strip
// that shows why the last try was refused.
#pragma once

class QBoxLayout;
class QDialog;
class QDialogButtonBox;
class QString;

namespace retailos::ui {

class ErrorBanner;

// Adds the buttons to `layout`; Cancel rejects the dialog, OK is the caller's.
QDialogButtonBox *addOkCancel(QDialog *dialog, QBoxLayout *layout, const QString &okText);
ErrorBanner *addErrorStrip(QDialog *dialog, QBoxLayout *layout);

} // namespace retailos::ui
