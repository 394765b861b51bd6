#include "acceptanceview.h"

#include <QHeaderView>
#include <QStyle>
#include <QTreeWidgetItemIterator>

namespace postino {

namespace {

enum Column
{
    NameColumn,
    EveryoneColumn,
    BulkColumn,
    ColumnCount,
};

QIcon stateIcon(const QStyle* style, acceptance::RequirementState state)
{
    switch (state) {
    case acceptance::RequirementState::Met:
        return style->standardIcon(QStyle::SP_DialogApplyButton);
    case acceptance::RequirementState::NotMet:
        return style->standardIcon(QStyle::SP_MessageBoxCritical);
    case acceptance::RequirementState::CannotTell:
        break;
    }
    return style->standardIcon(QStyle::SP_MessageBoxQuestion);
}

void showState(QTreeWidgetItem* item, int column, const QStyle* style, acceptance::RequirementState state)
{
    item->setIcon(column, stateIcon(style, state));
    item->setText(column, acceptance::requirementStateLabel(state));
}

} // namespace

AcceptanceView::AcceptanceView(QWidget* parent)
    : QTreeWidget(parent)
{
    setColumnCount(ColumnCount);
    setHeaderLabels({tr("Provider and rule"), tr("Everyday sending"), tr("Bulk sending")});
    setAccessibleName(tr("Will mailbox providers accept your mail"));
    setRootIsDecorated(true);
    setUniformRowHeights(false);
    setWordWrap(true);
    setSelectionMode(QAbstractItemView::SingleSelection);
    header()->setStretchLastSection(false);
    header()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    header()->setSectionResizeMode(EveryoneColumn, QHeaderView::ResizeToContents);
    header()->setSectionResizeMode(BulkColumn, QHeaderView::ResizeToContents);
}

void AcceptanceView::setVerdict(const acceptance::AcceptanceVerdict& verdict)
{
    using acceptance::RequirementState;
    m_verdict = verdict;
    clear();
    QHash<QString, QTreeWidgetItem*> providers;
    QHash<QString, QTreeWidgetItem*> rules; // provider/rule -> its row, shared by both audiences
    for (const acceptance::AudienceVerdict& a : verdict.audiences) {
        const int column = a.audience == QLatin1String("bulk") ? BulkColumn : EveryoneColumn;
        QTreeWidgetItem*& provider = providers[a.provider];
        if (!provider) {
            provider = new QTreeWidgetItem(this);
            provider->setText(NameColumn, a.providerName);
        }
        showState(provider, column, style(), a.overall());
        provider->setToolTip(column, a.audienceLabel);
        for (const acceptance::RequirementVerdict& r : a.requirements) {
            QTreeWidgetItem*& row = rules[a.provider + QLatin1Char('/') + r.id];
            if (!row) {
                row = new QTreeWidgetItem(provider);
                row->setText(NameColumn,
                             r.written ? r.title : tr("%1 (checked by their filters)").arg(r.title));
                row->setToolTip(NameColumn, r.source);
                for (const QString& line : r.evidence) {
                    auto* evidence = new QTreeWidgetItem(row);
                    evidence->setText(NameColumn, line);
                    evidence->setToolTip(NameColumn, line);
                    evidence->setFirstColumnSpanned(true);
                }
            }
            showState(row, column, style(), r.state);
            if (r.state == RequirementState::NotMet) {
                provider->setExpanded(true);
                row->setExpanded(true);
            }
        }
    }
    nameEmptyCells();
}

// A screen reader moving across a row reads every cell; an empty one would be read as nothing.
void AcceptanceView::nameEmptyCells()
{
    for (QTreeWidgetItemIterator it(this); *it; ++it) {
        QTreeWidgetItem* item = *it;
        const bool evidence = item->childCount() == 0 && item->parent() && item->parent()->parent();
        for (int column = EveryoneColumn; column < ColumnCount; ++column) {
            if (item->text(column).isEmpty())
                item->setData(column, Qt::AccessibleTextRole,
                              evidence ? tr("evidence for the rule above") : tr("does not apply"));
        }
    }
}

} // namespace postino
