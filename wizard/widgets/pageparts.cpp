#include "pageparts.h"

#include "widgets/inlinemessage.h"

#include <QAccessible>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace postino {

QProgressBar* makeBusyBar(QWidget* parent)
{
    auto* bar = new QProgressBar(parent);
    bar->setRange(0, 0); // no end known: the bar just moves
    bar->setMaximumHeight(8);
    bar->setTextVisible(false);
    bar->hide();
    return bar;
}

QPushButton* makeStopButton(const char* objectName, const QString& text, const QString& toolTip,
                            QWidget* parent)
{
    auto* stop = new QPushButton(text, parent);
    stop->setObjectName(QLatin1String(objectName));
    stop->setToolTip(toolTip);
    stop->setAutoDefault(false);
    stop->hide();
    return stop;
}

bool wasStopped(const QList<Finding>& findings)
{
    for (const Finding& f : findings) {
        if (f.id.endsWith(QLatin1String(".cancelled")))
            return true;
    }
    return false;
}

QHBoxLayout* makeButtonRow(std::initializer_list<QWidget*> buttons)
{
    auto* row = new QHBoxLayout;
    for (QWidget* button : buttons) {
        row->addWidget(button);
    }
    row->addStretch();
    return row;
}

QLabel* makeHint(const QString& text, QWidget* parent, int spaceBelow)
{
    auto* hint = new QLabel(text, parent);
    hint->setWordWrap(true);
    hint->setContentsMargins(24, 0, 0, spaceBelow);
    setSubdued(hint);
    return hint;
}

QLabel* addFieldWithError(QFormLayout* form, const QString& labelText, QWidget* field)
{
    QWidget* parent = field->parentWidget();
    auto* label = new QLabel(labelText, parent);
    label->setBuddy(field);
    auto* error = new QLabel(parent);
    setTextColor(error, severityColor(Severity::Error));
    error->setWordWrap(true);
    error->hide();
    auto* fieldAndError = new QVBoxLayout;
    fieldAndError->addWidget(field);
    fieldAndError->addWidget(error);
    form->addRow(label, fieldAndError);
    return error;
}

void announce(QLabel* label, const QString& text)
{
    label->setText(text); // a label's accessible name is its text
    QAccessibleEvent event(label, QAccessible::Alert);
    QAccessible::updateAccessibility(&event);
}

} // namespace postino
