// The receipt screen (see receipt_page.h).
#include "app/ui/receipt_page.h"

#include "app/ui/receipt_export.h"
#include "core/lane/lane_services.h"

#include <QDir>
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
    m_saveStatus = new QLabel(this);
    m_saveStatus->setObjectName(u"saveStatus"_qs);
    m_saveStatus->setWordWrap(true);
    left->addWidget(m_saveStatus);
    left->addStretch(1);
    // Without a printer (or for a customer who wants it by mail): the
    // receipt as a file in the lane's receipts folder.
    m_saveButtons = new QWidget(this);
    auto *saveRow = new QHBoxLayout(m_saveButtons);
    saveRow->setContentsMargins(0, 0, 0, 0);
    auto *savePdf = new QPushButton(tr("Ctrl+S\nSave as PDF"), m_saveButtons);
    savePdf->setObjectName(u"savePdf"_qs);
    auto *saveText = new QPushButton(tr("Ctrl+T\nSave as text"), m_saveButtons);
    saveText->setObjectName(u"saveText"_qs);
    for (QPushButton *button : {savePdf, saveText}) {
        button->setFocusPolicy(Qt::NoFocus);
        saveRow->addWidget(button);
    }
    connect(savePdf, &QPushButton::clicked, this, [this] { save(true); });
    connect(saveText, &QPushButton::clicked, this, [this] { save(false); });
    m_saveButtons->setVisible(!m_context.receiptsDir.isEmpty());
    left->addWidget(m_saveButtons);
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
    m_receipt = receipt;
    m_saveStatus->clear();
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

void ReceiptPage::save(bool pdf)
{
    if (m_context.receiptsDir.isEmpty() || m_receiptNumber == 0)
        return;
    const QString laneId = m_context.lane.options().laneId;
    auto saved = pdf ? saveReceiptPdf(m_receipt, laneId, m_context.receiptsDir)
                     : saveReceiptText(m_receipt, laneId, m_context.receiptsDir);
    m_saveStatus->setText(saved ? tr("Saved as %1").arg(QDir::toNativeSeparators(*saved)) : saved.error().message);
    m_saveStatus->setProperty("severity", saved ? u"info"_qs : u"warning"_qs);
    m_saveStatus->style()->unpolish(m_saveStatus);
    m_saveStatus->style()->polish(m_saveStatus);
}

void ReceiptPage::keyPressEvent(QKeyEvent *event)
{
    if (event->modifiers() == Qt::ControlModifier && (event->key() == Qt::Key_S || event->key() == Qt::Key_T)) {
        save(event->key() == Qt::Key_S);
        event->accept();
        return;
    }
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
