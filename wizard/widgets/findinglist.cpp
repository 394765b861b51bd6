#include "findinglist.h"

#include "widgets/inlinemessage.h"
#include "widgets/pageparts.h"

#include <QAbstractTextDocumentLayout>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QIcon>
#include <QKeyEvent>
#include <QLabel>
#include <QRegularExpression>
#include <QStyle>
#include <QStyleOptionToolButton>
#include <QStylePainter>
#include <QTextEdit>
#include <QToolButton>
#include <QVBoxLayout>
#include <QtMath>
#include <algorithm>

namespace postino {

namespace {

// A DNS record, in a fixed-width font, selectable and copyable as it is. A label cannot break a DKIM
// key (one long word) and would widen the page; this wraps anywhere and grows to fit its text.
class RecordView : public QTextEdit
{
public:
    RecordView(const QString& record, const QString& name, QWidget* parent)
        : QTextEdit(parent)
    {
        setReadOnly(true);
        setPlainText(record);
        setAccessibleName(name);
        setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
        setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
        setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
        setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        setFocusPolicy(Qt::StrongFocus);
        setTabChangesFocus(true); // Tab moves on: no keyboard trap
        connect(document()->documentLayout(), &QAbstractTextDocumentLayout::documentSizeChanged, this,
                [this] { fitHeight(); });
        fitHeight();
    }
    QSize minimumSizeHint() const override { return {60, height()}; }

private:
    void fitHeight()
    {
        const int margins = 2 * frameWidth() + contentsMargins().top() + contentsMargins().bottom();
        setFixedHeight(qCeil(document()->size().height()) + margins);
    }
};

// A label whose text can be selected with the mouse and with the keyboard, and reached with Tab.
QLabel* makeReadableLabel(const QString& text, Qt::TextFormat format, QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setTextFormat(format);
    label->setText(text);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    label->setFocusPolicy(Qt::StrongFocus); // keyboard selection alone only gives click focus
    return label;
}

QString stepsHtml(const Advice& advice)
{
    QString html;
    if (!advice.title.isEmpty())
        html += QStringLiteral("<b>%1</b>").arg(advice.title.toHtmlEscaped());
    if (!advice.steps.isEmpty()) {
        html += QStringLiteral("<ol style='margin-top:2px; margin-bottom:0'>");
        for (const QString& step : advice.steps)
            html += QStringLiteral("<li>%1</li>").arg(step.toHtmlEscaped());
        html += QStringLiteral("</ol>");
    }
    return html;
}

// The subject adds something only when the detail does not already name it.
bool subjectAddsSomething(const Finding& f, const QString& line)
{
    return !f.subject.isEmpty() && !f.detail.contains(f.subject) && !line.contains(f.subject);
}

bool hasMoreThan(const Finding& f, const QString& line)
{
    return f.detail.trimmed() != line.trimmed() || subjectAddsSomething(f, line) || !f.seen.isEmpty() ||
           !f.expected.isEmpty() || !f.fix.isEmpty() || !f.advice.isEmpty();
}

Findings mostSevereFirst(Findings findings)
{
    // Within one severity the order stays as given (SPF, DKIM, DMARC, ...).
    std::stable_sort(findings.begin(), findings.end(), [](const Finding& a, const Finding& b) {
        return int(a.severity()) > int(b.severity());
    });
    return findings;
}

// Puts `widgets` in the Tab order one after the other, right after `anchor`.
void chainAfter(QWidget* anchor, const QList<QWidget*>& widgets)
{
    for (QWidget* widget : widgets) {
        QWidget::setTabOrder(anchor, widget);
        anchor = widget;
    }
}

} // namespace

ExpanderButton::ExpanderButton(QWidget* parent)
    : QToolButton(parent)
{
    setCheckable(true);
    setAutoRaise(true);
    setFocusPolicy(Qt::StrongFocus);
    connect(this, &QToolButton::toggled, this, &ExpanderButton::showState);
    showState(false);
}

void ExpanderButton::keyPressEvent(QKeyEvent* event)
{
    // Enter toggles too, as Space does: the key people try first, which the wizard would otherwise
    // take for Next.
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
        click();
        event->accept();
        return;
    }
    QToolButton::keyPressEvent(event);
}

void ExpanderButton::paintEvent(QPaintEvent*)
{
    // The arrow says open or closed; a checked tool button would also look pressed in.
    QStylePainter painter(this);
    QStyleOptionToolButton option;
    initStyleOption(&option);
    option.state &= ~(QStyle::State_On | QStyle::State_Sunken);
    painter.drawComplexControl(QStyle::CC_ToolButton, option);
}

void ExpanderButton::showState(bool expanded)
{
    setArrowType(expanded ? Qt::DownArrow : Qt::RightArrow);
    setAccessibleDescription(expanded ? tr("Details shown below.")
                                      : tr("Details hidden; press Space to show them."));
}

QIcon severityIcon(Severity severity, const QStyle* style)
{
    switch (severity) {
    case Severity::Ok:
        return style->standardIcon(QStyle::SP_DialogApplyButton);
    case Severity::Info:
        return style->standardIcon(QStyle::SP_MessageBoxInformation);
    case Severity::Warning:
        return style->standardIcon(QStyle::SP_MessageBoxWarning);
    case Severity::Error:
        break;
    }
    return style->standardIcon(QStyle::SP_MessageBoxCritical);
}

QString findingSummaryLine(const Finding& finding)
{
    if (finding.detail.trimmed().isEmpty())
        return finding.subject;
    // A sentence ends at . ! or ? followed by a space and a capital; "e.g. Gmail" does not end one.
    static const QRegularExpression sentenceEnd(
        QStringLiteral("(?<!\\be\\.g)(?<!\\bi\\.e)[.!?](?=\\s+\\p{Lu})"));
    const QRegularExpressionMatch end = sentenceEnd.match(finding.detail);
    return end.hasMatch() ? finding.detail.left(end.capturedEnd()) : finding.detail.trimmed();
}

FindingRow::FindingRow(const Finding& finding, QWidget* parent)
    : QWidget(parent)
    , m_finding(finding)
    , m_line(findingSummaryLine(finding))
{
    setObjectName(QStringLiteral("findingRow"));
    auto* box = new QVBoxLayout(this);
    box->setContentsMargins(0, 2, 0, 2);
    box->setSpacing(2);
    buildHeader(box);
}

void FindingRow::buildHeader(QVBoxLayout* box)
{
    const Severity severity = m_finding.severity();
    const QString word = severityLabel(severity);
    auto* header = new QHBoxLayout;
    header->setSpacing(6);
    if (hasMoreThan(m_finding, m_line)) {
        m_toggle = new ExpanderButton(this);
        m_toggle->setObjectName(QStringLiteral("findingToggle"));
        m_toggle->setAccessibleName(tr("%1: %2").arg(word, m_line));
        m_toggle->setToolTip(tr("Show or hide the details"));
        header->addWidget(m_toggle, 0, Qt::AlignTop);
        connect(m_toggle, &QToolButton::toggled, this, &FindingRow::setExpanded);
    } else {
        header->addSpacing(style()->pixelMetric(QStyle::PM_SmallIconSize) + 8); // lines up with the arrows
    }
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize);
    auto* icon = new QLabel(this);
    icon->setPixmap(severityIcon(severity, style()).pixmap(QSize(iconSize, iconSize), devicePixelRatioF()));
    icon->setFixedSize(iconSize, iconSize);
    auto* severityWord = new QLabel(word, this);
    severityWord->setObjectName(QStringLiteral("findingSeverity"));
    QFont bold = severityWord->font();
    bold.setBold(true);
    severityWord->setFont(bold);
    setTextColor(severityWord, severity);
    m_text = new QLabel(m_line, this);
    m_text->setObjectName(QStringLiteral("findingText"));
    m_text->setTextFormat(Qt::PlainText);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    if (!m_toggle) {
        // No arrow to stop on: the line itself is the row's Tab stop, named with its severity.
        m_text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        m_text->setFocusPolicy(Qt::StrongFocus);
        m_text->setAccessibleName(tr("%1: %2").arg(word, m_line));
    }
    m_text->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    header->addWidget(icon, 0, Qt::AlignTop);
    header->addWidget(severityWord, 0, Qt::AlignTop);
    header->addWidget(m_text, 1);
    box->addLayout(header);
}

bool FindingRow::isExpanded() const
{
    return m_details && m_details->isVisibleTo(this);
}

void FindingRow::setExpanded(bool expanded)
{
    if (!m_toggle)
        return;
    if (expanded && !m_details)
        buildDetails();
    if (m_details)
        m_details->setVisible(expanded);
    m_toggle->setChecked(expanded); // from code; from the arrow it is checked already
}

QList<QWidget*> FindingRow::focusOrder() const
{
    QList<QWidget*> order{m_toggle ? static_cast<QWidget*>(m_toggle) : m_text};
    return order + m_detailFocus;
}

QWidget* FindingRow::addDetailText(QLayout* layout, const QString& text, Qt::TextFormat format)
{
    QLabel* label = makeReadableLabel(text, format, m_details);
    layout->addWidget(label);
    m_detailFocus << label;
    return label;
}

void FindingRow::buildDetails()
{
    m_details = new QWidget(this);
    m_details->setObjectName(QStringLiteral("findingDetails"));
    auto* box = new QVBoxLayout(m_details);
    // Indented under the text, past the arrow and the icon.
    box->setContentsMargins(2 * style()->pixelMetric(QStyle::PM_SmallIconSize) + 20, 0, 0, 4);
    box->setSpacing(4);
    const Finding& f = m_finding;
    // The rest of the detail: its first sentence is the row's line already.
    const QString rest = f.detail.startsWith(m_line) ? f.detail.mid(m_line.size()).trimmed() : f.detail;
    if (!rest.isEmpty())
        addDetailText(box, rest, Qt::PlainText)->setObjectName(QStringLiteral("findingDetail"));
    if (subjectAddsSomething(f, m_line))
        addDetailText(box, tr("About: %1").arg(f.subject), Qt::PlainText)
            ->setObjectName(QStringLiteral("findingSubject"));
    auto* records = new QFormLayout;
    records->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    const auto addRecord = [this, records](const QString& label, const QString& record, const char* name) {
        if (record.isEmpty())
            return;
        auto* view = new RecordView(record, QString(label).remove(QLatin1Char(':')), m_details);
        view->setObjectName(QLatin1String(name));
        records->addRow(label, view);
        m_detailFocus << view;
    };
    addRecord(tr("Found:"), f.seen, "findingSeen");
    addRecord(tr("Expected:"), f.expected, "findingExpected");
    addRecord(tr("Record to add:"), f.fix, "findingFix");
    box->addLayout(records);
    if (!f.advice.isEmpty())
        addDetailText(box, stepsHtml(f.advice), Qt::RichText)->setObjectName(QStringLiteral("findingSteps"));
    static_cast<QVBoxLayout*>(layout())->addWidget(m_details);
    // Made after the rows around it, so Tab would reach them last: put them right after the arrow.
    chainAfter(m_toggle, m_detailFocus);
}

FindingsView::FindingsView(QWidget* parent)
    : QFrame(parent)
    , m_summary(new QLabel(this))
    , m_rowBox(new QWidget(this))
{
    m_summary->setObjectName(QStringLiteral("findingsSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont bold = m_summary->font();
    bold.setBold(true);
    m_summary->setFont(bold);
    // Its rows are items of a list, reached with Tab like list items: none has a keyboard shortcut.
    m_rowBox->setAccessibleName(tr("Findings"));
    auto* rows = new QVBoxLayout(m_rowBox);
    rows->setContentsMargins(0, 0, 0, 0);
    rows->setSpacing(0);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_summary);
    layout->addWidget(m_rowBox);
    hide();
}

void FindingsView::setFindings(const Findings& findings)
{
    qDeleteAll(m_rows);
    m_rows.clear();
    m_findings = mostSevereFirst(findings);
    for (const Finding& f : std::as_const(m_findings)) {
        auto* row = new FindingRow(f, m_rowBox);
        m_rowBox->layout()->addWidget(row);
        m_rows << row;
    }
    // The first thing to fix is open; what follows waits for the user.
    if (!m_findings.isEmpty() && m_findings.first().isProblem())
        m_rows.first()->setExpanded(true);
    m_summary->setText(findingsSummary(m_findings));
    setAccessibleDescription(m_summary->text());
    placeInTabOrder();
    setVisible(!m_findings.isEmpty());
}

// New widgets join the end of the window's Tab order. The rows belong where this view is: after the
// nearest control before it (the button that ran the check, the field above).
void FindingsView::placeInTabOrder()
{
    QList<QWidget*> order;
    for (const FindingRow* row : std::as_const(m_rows))
        order += row->focusOrder();
    if (order.isEmpty())
        return;
    QWidget* before = previousInFocusChain();
    while (before && before != window() && (isAncestorOf(before) || !(before->focusPolicy() & Qt::TabFocus)))
        before = before->previousInFocusChain();
    if (before && before != window())
        chainAfter(before, order);
}

QString FindingsView::plainText() const
{
    if (m_findings.isEmpty())
        return {};
    return findingsSummary(m_findings) + QLatin1Char('\n') + formatFindingsText(m_findings);
}

void FindingsView::announceSummary()
{
    announce(m_summary, m_summary->text());
}

QString FindingsView::summary() const
{
    return m_summary->text();
}

} // namespace postino
