#include "choosemailerpage.h"

#include "catalog/catalog.h"
#include "discovery/discovery.h"
#include "postinowizard.h"
#include "profile/validators.h"
#include "widgets/pageparts.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace postino {

namespace {

ChooseMailerPage::DiscoveryTweak& discoveryTweak()
{
    static ChooseMailerPage::DiscoveryTweak tweak;
    return tweak;
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
    row->addLayout(listColumn, 2);
    row->addWidget(m_details, 3);
    connect(m_filter, &QLineEdit::textChanged, this, &ChooseMailerPage::filterMailers);
    static_cast<QVBoxLayout*>(layout())->addLayout(row, 1);

    for (const MailerInfo& m : Catalog::builtin().mailers()) {
        QString kind;
        switch (m.kind) {
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
        QString text = Catalog::tr(m.name) + QStringLiteral("  ·  ") + kind;
        if (m.recommended) {
            text += QStringLiteral("  ·  ") + tr("recommended");
        }
        auto* item = new QListWidgetItem(text, m_list);
        item->setData(Qt::UserRole, m.id);
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
    // Double-click or Enter on the list moves on, like choosing in a dialog.
    connect(m_list, &QListWidget::itemActivated, this, [this] { postino()->next(); });
    connect(m_find, &QPushButton::clicked, this, &ChooseMailerPage::startDiscovery);
    // Enter in the address fields searches; it must not also press the wizard's Next.
    m_address->installEventFilter(this);
    m_site->installEventFilter(this);
    connect(m_cancel, &QPushButton::clicked, this, &ChooseMailerPage::cancelDiscovery);
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
        const bool shown = wanted.isEmpty() || item->text().contains(wanted, Qt::CaseInsensitive);
        item->setHidden(!shown);
        if (shown && !firstShown)
            firstShown = item;
    }
    // The choice follows the filter, so Enter (Next) takes the mailer left on top.
    if (firstShown && (!m_list->currentItem() || m_list->currentItem()->isHidden()))
        m_list->setCurrentItem(firstShown);
}

} // namespace postino
