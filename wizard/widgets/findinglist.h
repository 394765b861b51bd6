#pragma once

#include "finding.h"

#include <QFrame>
#include <QList>
#include <QToolButton>

class QIcon;
class QKeyEvent;
class QPaintEvent;
class QLabel;
class QStyle;
class QVBoxLayout;

namespace postino {

// The style's own status icon for a severity (ok, note, warning, error), as the port table shows them.
QIcon severityIcon(Severity severity, const QStyle* style);

// An arrow that opens and closes what follows it (a finding's details, a transcript): checkable,
// a Tab stop, toggled by Space and by Enter, and telling assistive technology whether it is open.
class ExpanderButton : public QToolButton
{
    Q_OBJECT
public:
    explicit ExpanderButton(QWidget* parent = nullptr);

protected:
    void keyPressEvent(QKeyEvent* event) override;
    void paintEvent(QPaintEvent* event) override;

private:
    void showState(bool expanded);
};

// The one line a row shows for a finding: the first sentence of its detail, or its subject when it
// has no detail. The rest goes under the row's expander.
QString findingSummaryLine(const Finding& finding);

// One finding as a row: its icon, its severity word (never colour alone) and one line; an arrow
// button opens the details (the whole detail, the record found, the one expected, the one to add,
// the steps). A finding with nothing more to say has no arrow. The details are built when first opened.
class FindingRow : public QWidget
{
    Q_OBJECT
public:
    FindingRow(const Finding& finding, QWidget* parent);

    bool hasDetails() const { return m_toggle != nullptr; }
    bool isExpanded() const;
    void setExpanded(bool expanded);
    ExpanderButton* toggle() const { return m_toggle; } // null without details
    QWidget* details() const { return m_details; }      // null until first opened
    // The row's Tab stops, top to bottom: the arrow (or the line itself), then the details.
    QList<QWidget*> focusOrder() const;

private:
    void buildHeader(QVBoxLayout* box);
    void buildDetails();
    QWidget* addDetailText(QLayout* layout, const QString& text, Qt::TextFormat format);

    Finding m_finding;
    QString m_line;
    ExpanderButton* m_toggle = nullptr;
    QLabel* m_text = nullptr;
    QWidget* m_details = nullptr;
    QList<QWidget*> m_detailFocus;
};

// Findings as rows, most severe first, under a summary line ("2 things to fix before you send", the
// same line the CLI prints). The first warning or error starts open; the rest are closed. Rows are
// Tab stops in place, right after the control before this view. Hidden while empty.
class FindingsView : public QFrame
{
    Q_OBJECT
public:
    explicit FindingsView(QWidget* parent = nullptr);
    void setFindings(const Findings& findings);
    void clear() { setFindings({}); }
    // Everything the rows say, details included, as the CLI prints it (summary line first).
    QString plainText() const;
    QString summary() const;
    QList<FindingRow*> rows() const { return m_rows; }
    // Tells assistive technology the summary line, as a check that finished says its outcome.
    void announceSummary();

private:
    void placeInTabOrder();

    QLabel* m_summary;
    QWidget* m_rowBox;
    QList<FindingRow*> m_rows;
    Findings m_findings;
};

} // namespace postino
