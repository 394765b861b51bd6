#include "steplist.h"

#include "theme.h"

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
    auto* title = new QLabel(QStringLiteral("Postino"), this);
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    layout->addWidget(title);
    layout->addSpacing(6);
    for (const QString& step : steps) {
        // Plain text and palettes, not rich text: these labels are painted at start-up.
        auto* label = new QLabel(step, this);
        label->setTextFormat(Qt::PlainText);
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
        QLabel* label = m_labels.at(i);
        const QString mark = i < index    ? QStringLiteral("✓ ")
                             : i == index ? QStringLiteral("▸ ")
                                          : QStringLiteral("   ");
        label->setText(mark + m_steps.at(i));
        QFont font = label->font();
        font.setBold(i == index);
        label->setFont(font);
        // Done in the palette's "ok" colour, later steps subdued: both stay readable, light or dark.
        setTextTone(label, [done = i < index, current = i == index](const QPalette& palette) {
            return done      ? statusColor(Severity::Ok, palette)
                   : current ? palette.color(QPalette::WindowText)
                             : subduedTextColor(palette);
        });
    }
    if (index >= 0 && index < m_steps.size()) {
        setAccessibleDescription(
            tr("Step %1 of %2: %3").arg(index + 1).arg(m_steps.size()).arg(m_steps.at(index)));
    }
}

} // namespace postino
