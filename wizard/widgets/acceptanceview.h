#pragma once

#include "acceptance/acceptance.h"

#include <QTreeWidget>

namespace postino {

// The verdict per mailbox provider as a compact tree: one row per provider with its state for
// everyday and for bulk senders, each requirement below it, and the evidence below each
// requirement. States carry an icon and a word (never colour alone); rows with a problem open.
class AcceptanceView : public QTreeWidget
{
    Q_OBJECT
public:
    explicit AcceptanceView(QWidget* parent = nullptr);

    void setVerdict(const acceptance::AcceptanceVerdict& verdict);
    const acceptance::AcceptanceVerdict& verdict() const { return m_verdict; }
    // "Gmail: meets every rule …" lines, for a label above the tree and for tests.
    QStringList summaryLines() const { return m_verdict.summaryLines(); }

private:
    void nameEmptyCells();

    acceptance::AcceptanceVerdict m_verdict;
};

} // namespace postino
