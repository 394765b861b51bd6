#include "pageparts.h"

#include "widgets/inlinemessage.h"

#include <QAbstractButton>
#include <QAccessible>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSet>
#include <QTabBar>
#include <QVBoxLayout>
#include <QWizardPage>
#include <algorithm>

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
    setTextColor(error, Severity::Error);
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

void chainTabOrder(std::initializer_list<QWidget*> widgets)
{
    QWidget* previous = nullptr;
    for (QWidget* widget : widgets) {
        if (previous)
            QWidget::setTabOrder(previous, widget);
        previous = widget;
    }
}

void placeAfterInTabOrder(QWidget* container, QWidget* widget)
{
    QWidget* window = container->window();
    QWidget* last = nullptr;
    for (QWidget* w = window->nextInFocusChain(); w != window; w = w->nextInFocusChain()) {
        if (w != widget && container->isAncestorOf(w) && (w->focusPolicy() & Qt::TabFocus))
            last = w;
    }
    if (last)
        QWidget::setTabOrder(last, widget);
}

namespace {

// The letter after a single '&' ("&&" is a literal ampersand), lower-cased; null if none.
QChar mnemonicOf(const QString& text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != QLatin1Char('&'))
            continue;
        if (text.at(i + 1) == QLatin1Char('&')) {
            ++i;
            continue;
        }
        return text.at(i + 1).toLower();
    }
    return {};
}

bool takesMnemonic(const QWidget* widget)
{
    if (const auto* label = qobject_cast<const QLabel*>(widget))
        return label->buddy() != nullptr && label->textFormat() != Qt::RichText;
    return qobject_cast<const QAbstractButton*>(widget) != nullptr;
}

QString textOf(const QWidget* widget)
{
    if (const auto* label = qobject_cast<const QLabel*>(widget))
        return label->text();
    return static_cast<const QAbstractButton*>(widget)->text();
}

void setTextOf(QWidget* widget, const QString& text)
{
    if (auto* label = qobject_cast<QLabel*>(widget))
        label->setText(text);
    else
        static_cast<QAbstractButton*>(widget)->setText(text);
}

// Widgets of `window` that can be seen together with `scope`: those outside any wizard page,
// and those on scope's own page.
QList<QWidget*> companions(QWidget* scope)
{
    QWidget* window = scope->window();
    QWidget* ownPage = scope;
    while (ownPage && !qobject_cast<QWizardPage*>(ownPage))
        ownPage = ownPage->parentWidget();
    QList<QWidget*> result;
    for (QWidget* widget : window->findChildren<QWidget*>()) {
        if (widget->window() != window)
            continue; // a dialog the window owns has its own shortcuts
        QWidget* page = widget;
        while (page && !qobject_cast<QWizardPage*>(page))
            page = page->parentWidget();
        if (!page || page == ownPage)
            result << widget;
    }
    return result;
}

} // namespace

void addMissingMnemonics(QWidget* scope)
{
    QSet<QChar> used;
    for (QWidget* widget : companions(scope)) {
        if (takesMnemonic(widget))
            used.insert(mnemonicOf(textOf(widget)));
        if (auto* tabs = qobject_cast<QTabBar*>(widget)) {
            for (int i = 0; i < tabs->count(); ++i)
                used.insert(mnemonicOf(tabs->tabText(i)));
        }
    }
    // Buttons first: an action's shortcut matters more than a field label's.
    QList<QWidget*> targets;
    for (QWidget* widget : scope->findChildren<QWidget*>()) {
        if (takesMnemonic(widget))
            targets.append(widget);
    }
    std::stable_partition(targets.begin(), targets.end(),
                          [](QWidget* w) { return qobject_cast<QAbstractButton*>(w) != nullptr; });
    for (QWidget* widget : std::as_const(targets)) {
        const QString text = textOf(widget);
        if (text.isEmpty() || !mnemonicOf(text).isNull())
            continue;
        // Word starts first, then any letter.
        QList<qsizetype> candidates;
        for (qsizetype i = 0; i < text.size(); ++i) {
            if (text.at(i).isLetter() && (i == 0 || !text.at(i - 1).isLetterOrNumber()))
                candidates << i;
        }
        for (qsizetype i = 0; i < text.size(); ++i) {
            if (text.at(i).isLetter() && !candidates.contains(i))
                candidates << i;
        }
        for (const qsizetype i : std::as_const(candidates)) {
            const QChar letter = text.at(i).toLower();
            if (used.contains(letter))
                continue;
            used.insert(letter);
            QString marked = text;
            marked.replace(QLatin1Char('&'), QStringLiteral("&&"));
            const qsizetype shift = text.left(i).count(QLatin1Char('&'));
            marked.insert(i + shift, QLatin1Char('&'));
            setTextOf(widget, marked);
            break;
        }
    }
}

} // namespace postino
