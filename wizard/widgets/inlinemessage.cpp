#include "inlinemessage.h"

#include "theme.h"
#include "widgets/findinglist.h"
#include "widgets/pageparts.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QStyle>

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

namespace {

// The framed fill of an inline message or a banner, in the palette's colours for the severity.
void paintStatusFrame(QWidget* widget, Severity severity)
{
    QPainter painter(widget);
    painter.setRenderHint(QPainter::Antialiasing);
    const qreal inset = 0.5; // a 1 px border on the pixel grid
    painter.setPen(QPen(statusColor(severity, widget->palette()), 1));
    painter.setBrush(statusBackground(severity, widget->palette()));
    painter.drawRoundedRect(QRectF(widget->rect()).adjusted(inset, inset, -inset, -inset), 4, 4);
}

} // namespace

void InlineMessage::paintEvent(QPaintEvent* /*event*/)
{
    paintStatusFrame(this, m_severity);
}

void StatusBanner::paintEvent(QPaintEvent* event)
{
    if (m_coloured)
        paintStatusFrame(this, m_severity);
    else
        QFrame::paintEvent(event);
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

StatusBanner::StatusBanner(QWidget* parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_label(new QLabel(this))
{
    setObjectName(QStringLiteral("statusBanner"));
    m_label->setObjectName(QStringLiteral("statusBannerText"));
    m_label->setWordWrap(true);
    m_label->setTextFormat(Qt::RichText);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    const int iconSize = style()->pixelMetric(QStyle::PM_LargeIconSize);
    m_icon->setFixedSize(iconSize, iconSize);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 8, 10, 8);
    layout->setSpacing(10);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_label, 1);
    hide();
}

void StatusBanner::showStatus(Severity severity, const QString& title, const QString& nextStep)
{
    m_severity = severity;
    m_title = title;
    m_nextStep = nextStep;
    m_coloured = true;
    setTextColor(m_label, severity); // painted from the palette, light or dark
    update();
    const int iconSize = style()->pixelMetric(QStyle::PM_LargeIconSize);
    m_icon->setPixmap(severityIcon(severity, style()).pixmap(QSize(iconSize, iconSize), devicePixelRatioF()));
    m_icon->show();
    QString html = QStringLiteral("<b>%1</b>").arg(title.toHtmlEscaped());
    if (!nextStep.isEmpty())
        html += QStringLiteral("<br>") + nextStep.toHtmlEscaped();
    announce(m_label, html);
    show();
}

void StatusBanner::showProgress(const QString& text)
{
    m_severity = Severity::Info;
    m_title = text;
    m_nextStep.clear();
    m_coloured = false;
    setTextTone(m_label, [](const QPalette&) { return QApplication::palette().color(QPalette::WindowText); });
    update();
    m_icon->hide();
    announce(m_label, text.toHtmlEscaped());
    show();
}

void StatusBanner::clear()
{
    m_title.clear();
    m_nextStep.clear();
    m_label->clear();
    hide();
}

} // namespace postino
