#include "inlinemessage.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QRegularExpression>

namespace postino {

namespace {

QString background(Severity severity)
{
    switch (severity) {
    case Severity::Ok:
        return QStringLiteral("#e6f4ea");
    case Severity::Info:
        return QStringLiteral("#e8f0fe");
    case Severity::Warning:
        return QStringLiteral("#fff4ce");
    case Severity::Error:
        return QStringLiteral("#fce8e6");
    }
    return {};
}

} // namespace

void setTextColor(QWidget* widget, const QString& color)
{
    QPalette palette = widget->palette();
    palette.setColor(QPalette::WindowText, QColor(color));
    palette.setColor(QPalette::Text, QColor(color));
    widget->setPalette(palette);
}

void setSubdued(QWidget* widget)
{
    setTextColor(widget, QStringLiteral("#555555"));
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
    setStyleSheet(
        QStringLiteral("#inlineMessage { background: %1; border: 1px solid %2; border-radius: 4px; }"
                       "#inlineMessage QLabel { color: %2; }")
            .arg(background(severity), severityColor(severity)));
    m_label->setText(text);
    setAccessibleDescription(text);
    show();
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
