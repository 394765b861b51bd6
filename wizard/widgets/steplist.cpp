#include "steplist.h"

#include <QLabel>
#include <QVBoxLayout>

namespace postino {

StepList::StepList(const QStringList& steps, QWidget* parent)
    : QWidget(parent)
    , m_steps(steps)
{
    setObjectName(QStringLiteral("stepList"));
    setAccessibleName(tr("Steps"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 16, 16, 16);
    layout->setSpacing(10);
    auto* title = new QLabel(QStringLiteral("<b>Postino</b>"), this);
    layout->addWidget(title);
    layout->addSpacing(6);
    for (const QString& step : steps) {
        auto* label = new QLabel(step, this);
        label->setMinimumWidth(150);
        m_labels.append(label);
        layout->addWidget(label);
    }
    layout->addStretch();
    setCurrent(0);
}

void StepList::setCurrent(int index)
{
    m_current = index;
    for (int i = 0; i < m_labels.size(); ++i) {
        QString text = m_steps.at(i).toHtmlEscaped();
        if (i < index) {
            text = QStringLiteral("<span style='color:#1e7e34'>✓</span>&nbsp;") + text;
        } else if (i == index) {
            text = QStringLiteral("<b>▸&nbsp;") + text + QStringLiteral("</b>");
        } else {
            text = QStringLiteral("<span style='color:#777'>&nbsp;&nbsp;&nbsp;") + text +
                   QStringLiteral("</span>");
        }
        m_labels.at(i)->setText(text);
    }
    if (index >= 0 && index < m_steps.size()) {
        setAccessibleDescription(
            tr("Step %1 of %2: %3").arg(index + 1).arg(m_steps.size()).arg(m_steps.at(index)));
    }
}

} // namespace postino
