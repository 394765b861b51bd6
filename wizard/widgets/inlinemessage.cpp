#include "inlinemessage.h"

#include "theme.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QRegularExpression>

namespace postino {

void setTextColor(QWidget* widget, const QString& color)
{
    QPalette palette = widget->palette();
    palette.setColor(QPalette::WindowText, QColor(color));
    palette.setColor(QPalette::Text, QColor(color));
    widget->setPalette(palette);
}

void setTextColor(QWidget* widget, Severity severity)
{
    setTextTone(widget, [severity](const QPalette& palette) { return statusColor(severity, palette); });
}

void setSubdued(QWidget* widget)
{
    setTextTone(widget, &subduedTextColor);
}

InlineMessage::InlineMessage(QWidget* parent)
    : QFrame(parent)
    , m_label(new QLabel(this))
{
    setObjectName(QStringLiteral("inlineMessage"));
    m_label->setWordWrap(true);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 10, 6);
    layout->addWidget(m_label);
    hide();
}

void InlineMessage::showMessage(Severity severity, const QString& text)
{
    if (text.isEmpty()) {
        clear();
        return;
    }
    // Painted from the palette (paintEvent), so the light and dark palettes each get their own colours.
    m_severity = severity;
    setTextColor(m_label, severity);
    m_label->setText(text);
    update();
    setAccessibleDescription(text);
    show();
}

void InlineMessage::paintEvent(QPaintEvent* /*event*/)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const qreal inset = 0.5; // a 1 px border on the pixel grid
    painter.setPen(QPen(statusColor(m_severity, palette()), 1));
    painter.setBrush(statusBackground(m_severity, palette()));
    painter.drawRoundedRect(QRectF(rect()).adjusted(inset, inset, -inset, -inset), 4, 4);
}

void InlineMessage::clear()
{
    m_label->clear();
    hide();
}

QString InlineMessage::text() const
{
    return isHidden() ? QString() : m_label->text();
}

FindingsView::FindingsView(QWidget* parent)
    : QFrame(parent)
    , m_label(new QLabel(this))
{
    m_label->setWordWrap(true);
    m_label->setTextFormat(Qt::RichText);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_label->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label);
    hide();
}

void FindingsView::setFindings(const Findings& findings)
{
    const QString html = formatFindingsHtml(findings);
    m_label->setText(html);
    setVisible(!findings.isEmpty());
}

QString FindingsView::plainText() const
{
    QString text = m_label->text();
    return text.remove(QRegularExpression(QStringLiteral("<[^>]*>")));
}

} // namespace postino
