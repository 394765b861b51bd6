#include "choosemailerpage.h"

#include "catalog/catalog.h"
#include "discovery/discovery.h"
#include "postinowizard.h"
#include "profile/validators.h"
#include "widgets/pageparts.h"
#include "widgets/theme.h"

#include <QApplication>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPainter>
#include <QProgressBar>
#include <QPushButton>
#include <QStyledItemDelegate>
#include <QVBoxLayout>
#include <algorithm>

namespace postino {

namespace {

ChooseMailerPage::DiscoveryTweak& discoveryTweak()
{
    static ChooseMailerPage::DiscoveryTweak tweak;
    return tweak;
}

// What the filter box looks in: the name line (name, kind, "recommended"), not the why-line, which
// names SMTP and HTTPS for nearly every mailer.
constexpr int kFilterRole = Qt::UserRole + 1;

// Draws a mailer as its name line and, under it in secondary text wrapped to the list's width, why one
// would pick it. The item's text is "name line\nwhy-line", so type-ahead search matches the name.
class MailerDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override
    {
        QStyleOptionViewItem opt(option);
        initStyleOption(&opt, index);
        // The item's own text: the option's has its line break turned into a line separator.
        const QString full = index.data(Qt::DisplayRole).toString();
        const QString title = full.section(QLatin1Char('\n'), 0, 0);
        const QString why = full.section(QLatin1Char('\n'), 1);
        opt.text.clear();
        const QWidget* widget = opt.widget;
        QStyle* style = widget ? widget->style() : QApplication::style();
        style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget); // background, selection, focus

        const QPalette::ColorGroup group = !(opt.state & QStyle::State_Enabled) ? QPalette::Disabled
                                           : (opt.state & QStyle::State_Active) ? QPalette::Active
                                                                                : QPalette::Inactive;
        QPalette palette = opt.palette;
        palette.setCurrentColorGroup(group);
        const bool selected = opt.state & QStyle::State_Selected;
        const QRect text = textRect(opt.rect);
        painter->save();
        painter->setFont(opt.font);
        painter->setPen(palette.color(selected ? QPalette::HighlightedText : QPalette::Text));
        const QFontMetrics titleMetrics(opt.font);
        painter->drawText(QRect(text.left(), text.top(), text.width(), titleMetrics.height()),
                          Qt::AlignLeft | Qt::AlignVCenter,
                          titleMetrics.elidedText(title, Qt::ElideRight, text.width()));
        painter->setFont(whyFont(opt));
        painter->setPen(selected ? palette.color(QPalette::HighlightedText) : subduedTextColor(palette));
        painter->drawText(text.adjusted(0, titleMetrics.height() + kLineGap, 0, 0),
                          Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, why);
        painter->restore();
    }

    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override
    {
        QStyleOptionViewItem opt(option);
        initStyleOption(&opt, index);
        const auto* view = qobject_cast<const QListView*>(opt.widget);
        const int width = view ? view->viewport()->width() - 2 * view->spacing() : opt.rect.width();
        const int textWidth = std::max(textRect(QRect(0, 0, width, 0)).width(), 80);
        const QString why = index.data(Qt::DisplayRole).toString().section(QLatin1Char('\n'), 1);
        const int whyHeight = QFontMetrics(whyFont(opt))
                                  .boundingRect(QRect(0, 0, textWidth, 100000), Qt::TextWordWrap, why)
                                  .height();
        return {width, 2 * kMarginV + QFontMetrics(opt.font).height() + kLineGap + whyHeight};
    }

private:
    static constexpr int kMarginH = 6;
    static constexpr int kMarginV = 4;
    static constexpr int kLineGap = 1;

    static QRect textRect(const QRect& itemRect)
    {
        return itemRect.adjusted(kMarginH, kMarginV, -kMarginH, -kMarginV);
    }

    // The why-line in the list's own font: a suggested mailer's name is bold, its reasons are not.
    static QFont whyFont(const QStyleOptionViewItem& opt)
    {
        return opt.widget ? opt.widget->font() : QApplication::font();
    }
};

// Why one would pick the mailer, from the catalog: how it sends, and its free tier where known.
QString whyPick(const MailerInfo& m)
{
    QString how;
    switch (m.kind) {
    case MailerKind::Api:
        how = ChooseMailerPage::tr("HTTPS (port 443): works where hosts block mail ports");
        break;
    case MailerKind::OAuth:
        how = ChooseMailerPage::tr("Sign in with your %1 account; sends over HTTPS (port 443)")
                  .arg(Catalog::tr(m.name));
        break;
    case MailerKind::Smtp:
        how = ChooseMailerPage::tr("Uses a mail server login you already have (SMTP ports)");
        break;
    }
    if (!m.freeTier.isEmpty()) {
        how += QStringLiteral(". ") + Catalog::tr(m.freeTier);
    }
    return how;
}

} // namespace

void ChooseMailerPage::setDiscoveryTweak(DiscoveryTweak tweak)
{
    discoveryTweak() = std::move(tweak);
}

ChooseMailerPage::ChooseMailerPage(PostinoWizard* wizard)
    : WizardPage(wizard, QStringLiteral("chooseMailerPage"), tr("Choose how your website sends email"))
{}

void ChooseMailerPage::build()
{
    addIntro(tr("Services marked \"API\" send over HTTPS (port 443) and keep working where hosts block mail "
                "ports. \"SMTP\" means a mail server login you already have."));

    // Discovery: an address (and optionally the website) in, a suggestion with its reasons out.
    auto* form = new QFormLayout;
    m_address = makeNamed<QLineEdit>("discoverAddress", this);
    m_address->setPlaceholderText(tr("you@example.com"));
    m_address->setAccessibleName(tr("Your email address"));
    m_site = makeNamed<QLineEdit>("discoverSite", this);
    m_site->setPlaceholderText(tr("https://www.example.com (optional)"));
    m_site->setAccessibleName(tr("Your website's address"));
    connect(m_site, &QLineEdit::textChanged, this,
            [this](const QString& text) { postino()->setWebsite(text.trimmed()); });
    m_find = makeNamed<QPushButton>("discoverButton", tr("&Find the right setup for me"), this);
    m_cancel = makeNamed<QPushButton>("discoverCancel", tr("S&top"), this);
    m_cancel->setToolTip(tr("Stops the search; nothing is chosen or filled in."));
    m_cancel->hide();
    auto* addressRow = new QHBoxLayout;
    addressRow->addWidget(m_address, 1);
    addressRow->addWidget(m_find);
    addressRow->addWidget(m_cancel);
    auto* addressLabel = new QLabel(tr("Your email &address:"), this);
    addressLabel->setBuddy(m_address);
    form->addRow(addressLabel, addressRow);
    auto* siteLabel = new QLabel(tr("Your &website:"), this);
    siteLabel->setBuddy(m_site);
    form->addRow(siteLabel, m_site);
    static_cast<QVBoxLayout*>(layout())->addLayout(form);

    m_busy = makeBusyBar(this);
    m_busy->setObjectName(QStringLiteral("discoverBusy"));
    layout()->addWidget(m_busy);
    m_status = makeNamed<QLabel>("discoverStatus", this);
    m_status->setWordWrap(true);
    m_status->hide();
    layout()->addWidget(m_status);
    m_recommendation = makeNamed<QLabel>("discoverRecommendation", this);
    m_recommendation->setWordWrap(true);
    m_recommendation->setTextFormat(Qt::RichText);
    m_recommendation->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_recommendation->setAccessibleName(tr("Suggested setup"));
    m_recommendation->hide();
    layout()->addWidget(m_recommendation);

    m_list = new QListWidget(this);
    m_details = new QLabel(this);
    auto* row = new QHBoxLayout;
    m_list->setObjectName(QStringLiteral("mailerList"));
    m_list->setAccessibleName(tr("Mailers"));
    m_list->setMinimumWidth(250);
    m_list->setSpacing(2);
    // Suggested mailers are set in bold; a long name is elided rather than scrolled sideways.
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_details->setObjectName(QStringLiteral("mailerDetails"));
    m_details->setWordWrap(true);
    m_details->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_details->setTextFormat(Qt::RichText);
    m_details->setOpenExternalLinks(true);
    // Type part of a name or a kind ("API", "SMTP"): the list keeps what matches.
    m_filter = makeNamed<QLineEdit>("mailerFilter", this);
    m_filter->setPlaceholderText(tr("Filter: a name, API, SMTP…"));
    m_filter->setAccessibleName(tr("Filter the mailers"));
    m_filter->setClearButtonEnabled(true);
    auto* listColumn = new QVBoxLayout;
    listColumn->addWidget(m_filter);
    listColumn->addWidget(m_list, 1);
    // The list is the page's main choice, with a line of reasons per mailer: the wider column.
    row->addLayout(listColumn, 3);
    row->addWidget(m_details, 2);
    connect(m_filter, &QLineEdit::textChanged, this, &ChooseMailerPage::filterMailers);
    static_cast<QVBoxLayout*>(layout())->addLayout(row, 1);

    // Recommended mailers first, the rest in catalog order.
    QList<const MailerInfo*> mailers;
    for (const MailerInfo& m : Catalog::builtin().mailers()) {
        mailers.append(&m);
    }
    std::stable_partition(mailers.begin(), mailers.end(), [](const MailerInfo* m) { return m->recommended; });
    m_list->setItemDelegate(new MailerDelegate(m_list));
    // Lays the rows out again on every resize, so the why-lines wrap to the list's new width.
    m_list->setWordWrap(true);
    m_list->setResizeMode(QListView::Adjust);
    for (const MailerInfo* m : std::as_const(mailers)) {
        QString kind;
        switch (m->kind) {
        case MailerKind::Smtp:
            kind = tr("SMTP");
            break;
        case MailerKind::Api:
            kind = tr("API");
            break;
        case MailerKind::OAuth:
            kind = tr("sign-in");
            break;
        }
        QStringList title{Catalog::tr(m->name), kind};
        if (m->recommended) {
            title << tr("recommended");
        }
        const QString why = whyPick(*m);
        // Two lines; a screen reader reads both.
        auto* item =
            new QListWidgetItem(title.join(QStringLiteral("  ·  ")) + QLatin1Char('\n') + why, m_list);
        item->setData(Qt::UserRole, m->id);
        item->setData(kFilterRole, title.join(QLatin1Char(' ')));
        item->setData(Qt::AccessibleTextRole, tr("%1: %2").arg(title.join(QStringLiteral(", ")), why));
        item->setToolTip(why);
    }
    connect(m_list, &QListWidget::currentItemChanged, this, [this] {
        if (auto* item = m_list->currentItem()) {
            const QString id = item->data(Qt::UserRole).toString();
            editProfile([&id](Profile& p) { p.setMailerId(id); });
            applySuggestion(id);
        }
        showDetails();
        Q_EMIT completeChanged();
    });
    // Assistive tools choose by selecting (AT-SPI's Selection, a cell's Toggle action), which leaves
    // the current item where it was: the choice follows the selection.
    connect(m_list, &QListWidget::itemSelectionChanged, this, [this] {
        const QList<QListWidgetItem*> selected = m_list->selectedItems();
        if (!selected.isEmpty() && selected.first() != m_list->currentItem())
            m_list->setCurrentItem(selected.first());
    });
    // Double-click or Enter on the list moves on, like choosing in a dialog.
    connect(m_list, &QListWidget::itemActivated, this, [this] { postino()->next(); });
    connect(m_find, &QPushButton::clicked, this, &ChooseMailerPage::startDiscovery);
    // Enter in the address fields searches; it must not also press the wizard's Next.
    m_address->installEventFilter(this);
    m_site->installEventFilter(this);
    connect(m_cancel, &QPushButton::clicked, this, &ChooseMailerPage::cancelDiscovery);
    // Tab in reading order: the address row (field, Find, Stop), the website, then the filter above the list.
    chainTabOrder({m_address, m_find, m_cancel, m_site, m_filter, m_list});
}

bool ChooseMailerPage::eventFilter(QObject* watched, QEvent* event)
{
    if ((watched == m_address || watched == m_site) && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            startDiscovery();
            return true;
        }
    }
    return WizardPage::eventFilter(watched, event);
}

void ChooseMailerPage::initializePage()
{
    ensureBuilt();
    if (m_address->text().isEmpty()) {
        m_address->setText(profile().sender().fromEmail);
    }
    selectMailer(profile().mailerId());
    m_list->setFocus();
    showDetails();
}

void ChooseMailerPage::cleanupPage()
{
    cancelDiscovery();
}

void ChooseMailerPage::selectMailer(const QString& id)
{
    for (int i = 0; i < m_list->count(); ++i) {
        if (m_list->item(i)->data(Qt::UserRole).toString() == id) {
            m_list->setCurrentRow(i);
        }
    }
}

bool ChooseMailerPage::isComplete() const
{
    // Discovery never holds the page: a mailer picked by hand is enough.
    return m_list && m_list->currentItem() != nullptr;
}

void ChooseMailerPage::startDiscovery()
{
    const QString address = m_address->text().trimmed();
    if (!isValidEmailAddress(address)) {
        m_status->setText(tr("Type your whole email address, for example you@example.com."));
        m_status->show();
        m_address->setFocus();
        return;
    }
    cancelDiscovery();
    discovery::DiscoveryOptions options;
    options.address = address;
    options.site = m_site->text().trimmed();
    if (discoveryTweak()) {
        discoveryTweak()(options);
    }
    // The job owns its resolver, so a second search starts from empty caches.
    auto* holder = new QObject(this);
    m_discovery = new discovery::Discovery(PostinoWizard::createResolver(holder), this);
    holder->setParent(m_discovery);
    connect(m_discovery, &discovery::Discovery::progress, m_status, [this](const QString& step) {
        m_status->setText(step);
        m_status->show();
    });
    connect(m_discovery, &discovery::Discovery::finished, this, &ChooseMailerPage::showDiscovery);
    m_find->setEnabled(false);
    m_cancel->show();
    m_busy->show();
    m_recommendation->hide();
    m_discovery->start(options);
}

void ChooseMailerPage::cancelDiscovery()
{
    if (m_discovery) {
        m_discovery->disconnect(this);
        m_discovery->cancel();
        m_discovery->deleteLater();
        m_discovery = nullptr;
        m_status->setText(tr("Stopped. Choose a mailer from the list, or search again."));
    }
    if (m_find) {
        m_find->setEnabled(true);
        m_cancel->hide();
        m_busy->hide();
    }
}

void ChooseMailerPage::showDiscovery(const discovery::DiscoveryResult& result)
{
    if (m_discovery) {
        m_discovery->deleteLater();
        m_discovery = nullptr;
    }
    m_find->setEnabled(true);
    m_cancel->hide();
    m_busy->hide();
    m_suggestions = result.suggestions;
    m_discoveredAddress = result.address;
    m_applied.clear();

    QString html;
    if (m_suggestions.isEmpty()) {
        const Finding* problem = nullptr;
        for (const Finding& f : result.findings) {
            if (f.isProblem()) {
                problem = &f;
                break;
            }
        }
        m_status->setText(
            problem ? problem->detail + QLatin1Char(' ') + problem->advice.steps.value(0)
                    : tr("Nothing found for %1: choose a mailer from the list.").arg(result.domain));
        m_recommendation->hide();
        return;
    }
    const discovery::Suggestion& best = m_suggestions.constFirst();
    const MailerInfo* mailer = Catalog::builtin().mailer(best.mailerId);
    html +=
        QStringLiteral("<b>%1</b><ul>")
            .arg(tr("Suggested for %1: %2").arg(result.domain, Catalog::tr(mailer->name)).toHtmlEscaped());
    for (const QString& reason : best.reasons) {
        html += QStringLiteral("<li>%1</li>").arg(reason.toHtmlEscaped());
    }
    html += QStringLiteral("</ul>");
    // The runners-up, one line each with their strongest reason.
    constexpr qsizetype kOthersShown = 3;
    QString others;
    for (qsizetype i = 1; i < m_suggestions.size() && i <= kOthersShown; ++i) {
        if (const MailerInfo* m = Catalog::builtin().mailer(m_suggestions[i].mailerId)) {
            others += QStringLiteral("<li>%1</li>")
                          .arg(tr("%1: %2")
                                   .arg(Catalog::tr(m->name), m_suggestions[i].reasons.value(0))
                                   .toHtmlEscaped());
        }
    }
    if (!others.isEmpty()) {
        html += QStringLiteral("<b>%1</b><ul>%2</ul>").arg(tr("Also fits:").toHtmlEscaped(), others);
    }
    m_recommendation->setText(html);
    m_recommendation->show();
    m_status->setText(tr("Done in %1 ms. The suggested mailer is selected below; its settings are filled in.")
                          .arg(result.elapsedMs));
    m_status->show();
    // Pick the suggestion, and mark the suggested mailers in the list.
    for (int i = 0; i < m_list->count(); ++i) {
        QListWidgetItem* item = m_list->item(i);
        const QString id = item->data(Qt::UserRole).toString();
        const bool suggested =
            std::any_of(m_suggestions.cbegin(), m_suggestions.cend(),
                        [&id](const discovery::Suggestion& s) { return s.mailerId == id; });
        QFont font = item->font();
        font.setBold(suggested);
        item->setFont(font);
    }
    if (profile().mailerId() == best.mailerId) {
        applySuggestion(best.mailerId); // already selected: no change signal
    }
    selectMailer(best.mailerId);
}

void ChooseMailerPage::applySuggestion(const QString& mailerId)
{
    if (m_applied.contains(mailerId)) {
        return;
    }
    for (const discovery::Suggestion& s : std::as_const(m_suggestions)) {
        if (s.mailerId != mailerId) {
            continue;
        }
        m_applied.insert(mailerId);
        const QString address = m_discoveredAddress;
        const QJsonObject found = s.settings;
        editProfile([&](Profile& p) {
            QJsonObject settings = p.mailerSettings(mailerId);
            for (auto it = found.begin(); it != found.end(); ++it) {
                settings.insert(it.key(), it.value());
            }
            p.setMailerSettings(mailerId, settings);
            p.sender().fromEmail = address;
        });
        return;
    }
}

void ChooseMailerPage::showDetails()
{
    const MailerInfo* m = profile().mailer();
    if (!m) {
        m_details->clear();
        return;
    }
    QString html = QStringLiteral("<h3>%1</h3><p>%2</p>")
                       .arg(Catalog::tr(m->name).toHtmlEscaped(), Catalog::tr(m->summary).toHtmlEscaped());
    if (m->kind == MailerKind::OAuth) {
        html += QStringLiteral("<p><i>%1</i></p>")
                    .arg(tr("Two ways to connect: sign in with your own OAuth client in the browser, or use "
                            "an app "
                            "password over SMTP. You choose on the next page.")
                             .toHtmlEscaped());
    }
    for (const discovery::Suggestion& s : std::as_const(m_suggestions)) {
        if (s.mailerId == m->id) {
            html +=
                QStringLiteral("<p><b>%1</b></p><ul>").arg(tr("Why it fits your domain:").toHtmlEscaped());
            for (const QString& reason : s.reasons) {
                html += QStringLiteral("<li>%1</li>").arg(reason.toHtmlEscaped());
            }
            html += QStringLiteral("</ul>");
        }
    }
    m_details->setText(html);
}

void ChooseMailerPage::filterMailers(const QString& text)
{
    const QString wanted = text.trimmed();
    QListWidgetItem* firstShown = nullptr;
    for (int i = 0; i < m_list->count(); ++i) {
        QListWidgetItem* item = m_list->item(i);
        // The name and the kind (every summary mentions SMTP ports, so summaries would match everything).
        const bool shown =
            wanted.isEmpty() || item->data(kFilterRole).toString().contains(wanted, Qt::CaseInsensitive);
        item->setHidden(!shown);
        if (shown && !firstShown)
            firstShown = item;
    }
    // The choice follows the filter, so Enter (Next) takes the mailer left on top.
    if (firstShown && (!m_list->currentItem() || m_list->currentItem()->isHidden()))
        m_list->setCurrentItem(firstShown);
}

} // namespace postino
