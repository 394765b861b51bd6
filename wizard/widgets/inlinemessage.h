#pragma once

#include "finding.h"

#include <QFrame>

class QLabel;

namespace postino {

// A message shown inside the page (never a modal box): why Next is held back,
// what a check found. Hidden while empty.
class InlineMessage : public QFrame
{
    Q_OBJECT
public:
    explicit InlineMessage(QWidget* parent = nullptr);
    void showMessage(Severity severity, const QString& text);
    void clear();
    QString text() const;
    Severity severity() const { return m_severity; }

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    QLabel* m_label;
    Severity m_severity = Severity::Info;
};

// An outcome at the top of a page (a test email sent, not sent): the severity's colour and icon, a
// word, then the one next step. Screen readers are told when it changes. Hidden while empty.
class StatusBanner : public QFrame
{
    Q_OBJECT
public:
    explicit StatusBanner(QWidget* parent = nullptr);
    void showStatus(Severity severity, const QString& title, const QString& nextStep);
    void showProgress(const QString& text); // work under way: no colour, no icon
    void clear();
    QString title() const { return m_title; }
    QString nextStep() const { return m_nextStep; }
    Severity severity() const { return m_severity; }

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    QLabel* m_icon;
    QLabel* m_label;
    QString m_title;
    QString m_nextStep;
    Severity m_severity = Severity::Info;
    bool m_coloured = false; // a verdict is framed in its colour; progress is not
};

// Colours a label's text through its palette: far cheaper than a style sheet, which
// would give the widget its own style object.
void setTextColor(QWidget* widget, const QString& color);
// A status colour readable on the palette, kept so when the light or dark palette changes.
void setTextColor(QWidget* widget, Severity severity);
void setSubdued(QWidget* widget); // secondary text, such as hints under a field

} // namespace postino
