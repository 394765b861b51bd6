#pragma once

#include "finding.h"

#include <QList>
#include <QString>
#include <initializer_list>
#include <utility>

class QFormLayout;
class QHBoxLayout;
class QLabel;
class QProgressBar;
class QPushButton;
class QWidget;

namespace postino {

// Small builders for the widgets several pages and dialogs make the same way.

// Makes a widget with its object name, the name tests and screenshots find it by.
template <typename Widget, typename... Args> Widget* makeNamed(const char* objectName, Args&&... args)
{
    auto* widget = new Widget(std::forward<Args>(args)...);
    widget->setObjectName(QLatin1String(objectName));
    return widget;
}

// A thin bar that moves while a check runs; hidden until the check starts.
QProgressBar* makeBusyBar(QWidget* parent);

// The Stop button of a long-running action (`text`: tr("S&top") unless the page needs another mnemonic),
// named `objectName`, with a tooltip saying what it stops; hidden until the action starts.
QPushButton* makeStopButton(const char* objectName, const QString& text, const QString& toolTip,
                            QWidget* parent);

// Whether a job's findings say it was cancelled (an id ending ".cancelled"): the user pressed Stop or
// left the page, so the page says "Stopped", not a success or a failure.
bool wasStopped(const QList<Finding>& findings);

// Buttons side by side from the left, the rest of the row left empty.
QHBoxLayout* makeButtonRow(std::initializer_list<QWidget*> buttons);

// Secondary text under a check box, indented to line up with the box's label.
QLabel* makeHint(const QString& text, QWidget* parent, int spaceBelow);

// A form row whose field has a red error line under it (hidden until there is an error);
// returns the error line.
QLabel* addFieldWithError(QFormLayout* form, const QString& labelText, QWidget* field);

// Gives every button and every field label (a label with a buddy) inside `scope` that has no
// keyboard shortcut one: the first letter of a word that nothing in the same window uses yet,
// else any free letter. For texts that come from data (the catalog's fields), where no
// translator could place the '&'. Letters already taken anywhere in the window count as used,
// except on other wizard pages, which are never shown at the same time.
void addMissingMnemonics(QWidget* scope);

// Tab visits `widgets` in this order (widgets made at different times otherwise follow their making).
void chainTabOrder(std::initializer_list<QWidget*> widgets);

// Puts `widget` right after the last of `container`'s widgets in the Tab order: for a container
// whose contents are made after the widgets below it (fields rebuilt from the catalog).
void placeAfterInTabOrder(QWidget* container, QWidget* widget);

// Says an outcome (a check finished, a test email's verdict) on `label` and tells assistive technology
// with an alert event, which otherwise only sees it when the user moves to the label.
void announce(QLabel* label, const QString& text);

} // namespace postino
