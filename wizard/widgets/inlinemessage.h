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

// Renders findings: what happened, then what to do, one block per finding.
class FindingsView : public QFrame
{
    Q_OBJECT
public:
    explicit FindingsView(QWidget* parent = nullptr);
    void setFindings(const Findings& findings);
    void clear() { setFindings({}); }
    QString plainText() const;

private:
    QLabel* m_label;
};

// Colours a label's text through its palette: far cheaper than a style sheet, which
// would give the widget its own style object.
void setTextColor(QWidget* widget, const QString& color);
// A status colour readable on the palette, kept so when the light or dark palette changes.
void setTextColor(QWidget* widget, Severity severity);
void setSubdued(QWidget* widget); // secondary text, such as hints under a field

} // namespace postino
