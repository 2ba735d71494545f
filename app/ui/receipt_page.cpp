// The receipt screen (see receipt_page.h).
#include "app/ui/receipt_page.h"

#include <QKeyEvent>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace retailos::ui {

ReceiptPage::ReceiptPage(LaneContext &context, QWidget *parent) : QWidget(parent), m_context(context)
{
    setObjectName(u"receiptPage"_qs);
    auto *columns = new QHBoxLayout(this);
    auto *left = new QVBoxLayout;
    columns->addLayout(left, 1);
    m_title = new QLabel(this);
    m_title->setObjectName(u"pageTitle"_qs);
    left->addWidget(m_title);
    m_changeCaption = new QLabel(tr("Change"), this);
    m_changeCaption->setObjectName(u"totalCaption"_qs);
    left->addWidget(m_changeCaption);
    m_change = new QLabel(this);
    m_change->setObjectName(u"changeAmount"_qs);
    left->addWidget(m_change);
    m_printStatus = new QLabel(this);
    m_printStatus->setObjectName(u"printStatus"_qs);
    m_printStatus->setWordWrap(true);
    left->addWidget(m_printStatus);
    left->addStretch(1);
    auto *next = new QPushButton(tr("Enter\nNext customer"), this);
    next->setProperty("role", u"primary"_qs);
    next->setFocusPolicy(Qt::NoFocus);
    next->setMinimumHeight(96);
    connect(next, &QPushButton::clicked, this, &ReceiptPage::nextCustomer);
    left->addWidget(next);

    m_preview = new QPlainTextEdit(this);
    m_preview->setObjectName(u"receiptPreview"_qs);
    m_preview->setReadOnly(true);
    m_preview->setFocusPolicy(Qt::NoFocus);
    m_preview->setLineWrapMode(QPlainTextEdit::NoWrap);
    QFont mono(u"DejaVu Sans Mono"_qs);
    mono.setStyleHint(QFont::Monospace);
    m_preview->setFont(mono);
    // 42 characters of 80 mm paper, and a little margin.
    m_preview->setMinimumWidth(QFontMetrics(mono).horizontalAdvance(QString(46, u'M')));
    columns->addWidget(m_preview, 1);
    setFocusPolicy(Qt::StrongFocus);
}

void ReceiptPage::showReceipt(const ReceiptDocument &receipt, const QString &change)
{
    m_receiptNumber = receipt.receiptNumber;
    m_title->setText(receipt.copy ? tr("Receipt copy %1").arg(receipt.receiptNumber)
                                  : tr("Sale complete · receipt %1").arg(receipt.receiptNumber));
    m_changeCaption->setVisible(!change.isEmpty());
    m_change->setVisible(!change.isEmpty());
    m_change->setText(change);
    m_preview->setPlainText(renderReceiptText(receipt));
    setFocus();
}

void ReceiptPage::setPrintStatus(const QString &text, bool problem)
{
    m_printStatus->setText(text);
    m_printStatus->setProperty("severity", problem ? u"warning"_qs : u"info"_qs);
    m_printStatus->style()->unpolish(m_printStatus);
    m_printStatus->style()->polish(m_printStatus);
}

QString ReceiptPage::receiptText() const
{
    return m_preview->toPlainText();
}

void ReceiptPage::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_Escape:
        emit nextCustomer();
        event->accept();
        return;
    default:
        QWidget::keyPressEvent(event);
    }
}

} // namespace retailos::ui
