#include "pages.h"

#include "alertsdialog.h"
#include "catalog/catalog.h"
#include "import/import.h"
#include "postinowizard.h"
#include "profile/validators.h"
#include "widgets/inlinemessage.h"

#include <QCheckBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace postino {

WizardPage::WizardPage(PostinoWizard* wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
{
    new QVBoxLayout(this);
}

void WizardPage::ensureBuilt()
{
    if (m_built) {
        return;
    }
    m_built = true;
    build();
    // As in PostinoWizard: Enter means Next, never a page button.
    for (QPushButton* button : findChildren<QPushButton*>()) {
        button->setAutoDefault(false);
    }
}

Profile& WizardPage::profile() const
{
    return m_wizard->profile();
}

QLabel* WizardPage::addIntro(const QString& text)
{
    auto* label = new QLabel(text, this);
    label->setWordWrap(true);
    layout()->addWidget(label);
    return label;
}

// ---------------------------------------------------------------------------------------

WelcomePage::WelcomePage(PostinoWizard* wizard)
    : WizardPage(wizard)
{
    setObjectName(QStringLiteral("welcomePage"));
    setTitle(tr("Get your website's email working"));
    addIntro(tr("Postino sets up how your website sends email — contact forms, order confirmations, "
                "password resets — and proves that it works by sending a real test email."));
    addIntro(
        tr("In a few steps you will choose an email service, enter its details, pick the address your "
           "emails come from, check that this computer can reach the service, and send a test. At the end "
           "Postino saves the configuration so you can put it on your server."));
    m_resumeNote = addIntro(QString());
    m_resumeNote->setObjectName(QStringLiteral("resumeNote"));
    m_problems = new InlineMessage(this);
    layout()->addWidget(m_problems);
    auto* import = new QPushButton(tr("&Import existing settings…"), this);
    import->setObjectName(QStringLiteral("importButton"));
    import->setToolTip(
        tr("From a wp-config.php, a WP Mail SMTP, Post SMTP, FluentSMTP, Easy WP SMTP, WP SMTP or "
           "SMTP Mailer settings export, or a Postino profile."));
    auto* row = new QHBoxLayout;
    row->addWidget(import);
    row->addStretch();
    static_cast<QVBoxLayout*>(layout())->addLayout(row);
    m_importMessage = new InlineMessage(this);
    m_importMessage->setObjectName(QStringLiteral("importMessage"));
    layout()->addWidget(m_importMessage);
    m_importFindings = new FindingsView(this);
    layout()->addWidget(m_importFindings);
    connect(import, &QPushButton::clicked, this, &WelcomePage::chooseImportFile);
    static_cast<QVBoxLayout*>(layout())->addStretch();
    setSubdued(addIntro(tr("Your passwords and keys are kept in your system's keychain, never in Postino's "
                           "settings file.")));
}

void WelcomePage::initializePage()
{
    const Findings& problems = postino()->loadProblems();
    QStringList lines;
    for (const Finding& f : problems) {
        lines << f.detail;
        lines << f.advice.steps;
    }
    m_problems->showMessage(hasErrors(problems) ? Severity::Error : Severity::Warning,
                            lines.join(QLatin1Char('\n')));
    const MailerInfo* m = profile().mailer();
    const bool hasSaved = !profile().sender().fromEmail.isEmpty() || !profile().currentSettings().isEmpty();
    m_resumeNote->setText(hasSaved && m
                              ? tr("Your earlier answers for %1 are filled in; press Next to review "
                                   "them.")
                                    .arg(Catalog::tr(m->name))
                              : QString());
    m_resumeNote->setVisible(!m_resumeNote->text().isEmpty());
}

void WelcomePage::chooseImportFile()
{
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Import settings"), QDir::homePath(),
                                     tr("Settings files (*.php *.json *.txt);;All files (*)"));
    if (!path.isEmpty()) {
        importFrom(path);
    }
}

bool WelcomePage::importFrom(const QString& path)
{
    const ImportResult r = importFile(path);
    m_importFindings->setFindings(r.findings);
    if (!r.ok) {
        m_importMessage->showMessage(Severity::Error,
                                     tr("Nothing was imported from %1; your settings are unchanged.")
                                         .arg(QDir::toNativeSeparators(path)));
        return false;
    }
    postino()->adoptImport(r.profile, r.secrets);
    QString text = tr("Imported from %1: %2.").arg(r.source, r.imported.join(QStringLiteral(", ")));
    if (!r.secretsToEnter.isEmpty()) {
        text += QLatin1Char(' ') + tr("Enter these again on the Configure mailer page: %1.")
                                       .arg(r.secretsToEnter.join(QStringLiteral(", ")));
    }
    m_importMessage->showMessage(r.secretsToEnter.isEmpty() ? Severity::Ok : Severity::Info, text);
    initializePage();
    m_importMessage->showMessage(r.secretsToEnter.isEmpty() ? Severity::Ok : Severity::Info, text);
    return true;
}

// ---------------------------------------------------------------------------------------

ChooseMailerPage::ChooseMailerPage(PostinoWizard* wizard)
    : WizardPage(wizard)
{
    setObjectName(QStringLiteral("chooseMailerPage"));
    setTitle(tr("Choose how your website sends email"));
}

void ChooseMailerPage::build()
{
    m_list = new QListWidget(this);
    m_details = new QLabel(this);
    addIntro(tr("Services marked \"API\" send over HTTPS (port 443) and keep working where hosts block mail "
                "ports. \"SMTP\" means a mail server login you already have."));
    auto* row = new QHBoxLayout;
    m_list->setObjectName(QStringLiteral("mailerList"));
    m_list->setAccessibleName(tr("Mailers"));
    m_list->setMinimumWidth(250);
    m_list->setSpacing(2);
    m_details->setObjectName(QStringLiteral("mailerDetails"));
    m_details->setWordWrap(true);
    m_details->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_details->setTextFormat(Qt::RichText);
    m_details->setOpenExternalLinks(true);
    row->addWidget(m_list, 2);
    row->addWidget(m_details, 3);
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
            profile().setMailerId(item->data(Qt::UserRole).toString());
        }
        showDetails();
        Q_EMIT completeChanged();
    });
    // Double-click or Enter on the list moves on, like choosing in a dialog.
    connect(m_list, &QListWidget::itemActivated, this, [this] { postino()->next(); });
}

void ChooseMailerPage::initializePage()
{
    ensureBuilt();
    const QString id = profile().mailerId();
    for (int i = 0; i < m_list->count(); ++i) {
        if (m_list->item(i)->data(Qt::UserRole).toString() == id) {
            m_list->setCurrentRow(i);
        }
    }
    m_list->setFocus();
    showDetails();
}

bool ChooseMailerPage::isComplete() const
{
    return m_list && m_list->currentItem() != nullptr;
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
    m_details->setText(html);
}

// ---------------------------------------------------------------------------------------

SenderPage::SenderPage(PostinoWizard* wizard)
    : WizardPage(wizard)
{
    setObjectName(QStringLiteral("senderPage"));
    setTitle(tr("Who your emails come from"));
}

void SenderPage::build()
{
    m_fromEmail = new QLineEdit(this);
    m_fromEmailError = new QLabel(this);
    m_fromName = new QLineEdit(this);
    m_forceEmail = new QCheckBox(tr("Force From &email"), this);
    m_forceName = new QCheckBox(tr("Force From n&ame"), this);
    m_returnPath = new QCheckBox(tr("Set the &return path to the From email"), this);
    m_returnPathHelp = new QLabel(this);
    m_message = new InlineMessage(this);
    addIntro(tr("Recipients see this name and address. Use an address on your website's own domain, so the "
                "domain's SPF, DKIM and DMARC records can vouch for it."));
    auto* form = new QFormLayout;
    m_fromEmail->setObjectName(QStringLiteral("fromEmail"));
    m_fromEmail->setPlaceholderText(tr("hello@example.com"));
    m_fromName->setObjectName(QStringLiteral("fromName"));
    m_fromName->setPlaceholderText(tr("Your website's name"));
    m_fromEmailError->setObjectName(QStringLiteral("fromEmailError"));
    setTextColor(m_fromEmailError, severityColor(Severity::Error));
    m_fromEmailError->setWordWrap(true);
    m_fromEmailError->hide();
    auto* emailLabel = new QLabel(tr("From e&mail address:"), this);
    emailLabel->setBuddy(m_fromEmail);
    auto* nameLabel = new QLabel(tr("From &name:"), this);
    nameLabel->setBuddy(m_fromName);
    auto* emailBox = new QVBoxLayout;
    emailBox->addWidget(m_fromEmail);
    emailBox->addWidget(m_fromEmailError);
    form->addRow(emailLabel, emailBox);
    form->addRow(nameLabel, m_fromName);
    static_cast<QVBoxLayout*>(layout())->addLayout(form);

    auto hint = [this](const QString& text) {
        auto* l = new QLabel(text, this);
        l->setWordWrap(true);
        l->setContentsMargins(24, 0, 0, 6);
        setSubdued(l);
        return l;
    };
    m_forceEmail->setObjectName(QStringLiteral("forceFromEmail"));
    m_forceName->setObjectName(QStringLiteral("forceFromName"));
    m_returnPath->setObjectName(QStringLiteral("returnPath"));
    layout()->addWidget(m_forceEmail);
    layout()->addWidget(hint(tr("Every email uses this address, even when another plugin asks for a "
                                "different one. Recommended: mail services only accept addresses you "
                                "verified.")));
    layout()->addWidget(m_forceName);
    layout()->addWidget(hint(tr("Every email uses this name, even when a form or plugin sets its own.")));
    layout()->addWidget(m_returnPath);
    m_returnPathHelp->setText(
        tr("Bounces (messages that could not be delivered) come back to the From address, "
           "so you notice them."));
    m_returnPathHelp->setWordWrap(true);
    m_returnPathHelp->setContentsMargins(24, 0, 0, 6);
    setSubdued(m_returnPathHelp);
    layout()->addWidget(m_returnPathHelp);
    layout()->addWidget(m_message);
    static_cast<QVBoxLayout*>(layout())->addStretch();

    connect(m_fromEmail, &QLineEdit::textEdited, this, [this] {
        m_touched = true;
        update();
    });
    connect(m_fromEmail, &QLineEdit::editingFinished, this, [this] {
        m_touched = true;
        update();
    });
    connect(m_fromName, &QLineEdit::textEdited, this, &SenderPage::update);
    for (QCheckBox* box : {m_forceEmail, m_forceName, m_returnPath}) {
        connect(box, &QCheckBox::toggled, this, &SenderPage::update);
    }
}

void SenderPage::initializePage()
{
    ensureBuilt();
    // A copy: setting the boxes below emits toggled(), which writes the profile back.
    const SenderSettings s = profile().sender();
    m_fromEmail->setText(s.fromEmail);
    m_fromName->setText(s.fromName);
    m_forceEmail->setChecked(s.forceFromEmail);
    m_forceName->setChecked(s.forceFromName);
    m_returnPath->setChecked(s.returnPath);
    const MailerInfo* m = profile().mailer();
    const bool returnPath = m && m->returnPath;
    m_returnPath->setVisible(returnPath);
    m_returnPathHelp->setVisible(returnPath);
    if (m) {
        m_forceEmail->setVisible(m->sender.forceFromEmail);
        m_forceName->setVisible(m->sender.forceFromName);
        m_fromName->setEnabled(m->sender.fromName);
    }
    m_touched = !s.fromEmail.isEmpty();
    update();
    m_fromEmail->setFocus();
}

void SenderPage::update()
{
    SenderSettings& s = profile().sender();
    s.fromEmail = m_fromEmail->text().trimmed();
    s.fromName = m_fromName->text();
    s.forceFromEmail = m_forceEmail->isChecked();
    s.forceFromName = m_forceName->isChecked();
    s.returnPath = m_returnPath->isChecked();

    const Findings findings = profile().validateSender();
    const Finding* email = nullptr;
    for (const Finding& f : findings) {
        if (f.subject == QLatin1String("sender.fromEmail")) {
            email = &f;
        }
    }
    const bool showEmailError = email && m_touched && !s.fromEmail.isEmpty();
    m_fromEmailError->setText(showEmailError ? email->detail + QLatin1Char(' ') +
                                                   email->advice.steps.join(QLatin1Char(' '))
                                             : QString());
    m_fromEmailError->setVisible(showEmailError);
    m_fromEmail->setAccessibleDescription(m_fromEmailError->text());
    if (findings.isEmpty()) {
        m_message->clear();
    } else if (s.fromEmail.isEmpty()) {
        m_message->showMessage(Severity::Info, tr("Enter the From email address to continue."));
    } else {
        m_message->showMessage(Severity::Error, tr("Fix the From email address to continue."));
    }
    Q_EMIT completeChanged();
}

bool SenderPage::isComplete() const
{
    return profile().validateSender().isEmpty();
}

// ---------------------------------------------------------------------------------------

FeaturesPage::FeaturesPage(PostinoWizard* wizard)
    : WizardPage(wizard)
{
    setObjectName(QStringLiteral("featuresPage"));
    setTitle(tr("What your website should keep track of"));
}

void FeaturesPage::build()
{
    addIntro(tr("These settings travel with the configuration you export to your server."));
    auto add = [this](const QString& name, const QString& label, const QString& help) {
        auto* box = new QCheckBox(label, this);
        box->setObjectName(name);
        layout()->addWidget(box);
        auto* h = new QLabel(help, this);
        h->setWordWrap(true);
        h->setContentsMargins(24, 0, 0, 8);
        setSubdued(h);
        layout()->addWidget(h);
        return box;
    };
    m_logs = add(QStringLiteral("emailLogs"), tr("Email &logs"),
                 tr("Keep a record of every email the site sends, to see what went out and when."));
    m_errors = add(QStringLiteral("errorTracking"), tr("&Error tracking"),
                   tr("Remember failed emails and why they failed, so problems do not go unnoticed."));
    m_summary = add(QStringLiteral("weeklySummary"), tr("&Weekly summary"),
                    tr("A weekly email with how many messages were sent and how many failed."));
    m_alerts =
        add(QStringLiteral("alerts"), tr("Failure &alerts"),
            tr("Be told at once when an email fails to send: by email, Slack, Discord, Microsoft Teams, "
               "SMS, a webhook or a push notification."));
    m_alertsButton = new QPushButton(tr("Alert &channels…"), this);
    m_alertsButton->setObjectName(QStringLiteral("alertsButton"));
    m_alertSummary = new QLabel(this);
    m_alertSummary->setObjectName(QStringLiteral("alertSummary"));
    m_alertSummary->setWordWrap(true);
    auto* alertRow = new QHBoxLayout;
    alertRow->setContentsMargins(24, 0, 0, 0);
    alertRow->addWidget(m_alertsButton);
    alertRow->addWidget(m_alertSummary, 1);
    static_cast<QVBoxLayout*>(layout())->addLayout(alertRow);
    connect(m_alertsButton, &QPushButton::clicked, this, [this] { openAlerts(); });
    static_cast<QVBoxLayout*>(layout())->addStretch();
    auto store = [this] {
        FeatureSettings& f = profile().features();
        f.emailLogs = m_logs->isChecked();
        f.errorTracking = m_errors->isChecked();
        f.weeklySummary = m_summary->isChecked();
        f.alerts = m_alerts->isChecked();
    };
    for (QCheckBox* box : {m_logs, m_errors, m_summary, m_alerts}) {
        connect(box, &QCheckBox::toggled, this, store);
    }
}

void FeaturesPage::initializePage()
{
    ensureBuilt();
    const FeatureSettings f = profile().features();
    m_logs->setChecked(f.emailLogs);
    m_errors->setChecked(f.errorTracking);
    m_summary->setChecked(f.weeklySummary);
    m_alerts->setChecked(f.alerts);
    showAlertSummary();
    m_logs->setFocus();
}

void FeaturesPage::showAlertSummary()
{
    QStringList names;
    for (const AlertChannel& c : profile().alerts().channels) {
        names << c.displayName();
    }
    m_alertSummary->setText(names.isEmpty() ? tr("No channel set up yet.")
                                            : tr("Alerts go to: %1").arg(names.join(QStringLiteral(", "))));
}

AlertsDialog* FeaturesPage::openAlerts()
{
    ensureBuilt();
    if (!m_alertsDialog) {
        m_alertsDialog = new AlertsDialog(postino(), this);
        m_alertsDialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_alertsDialog, &AlertsDialog::channelsChanged, this, [this] {
            m_alerts->setChecked(profile().features().alerts);
            showAlertSummary();
            postino()->saveProgress();
        });
    }
    m_alertsDialog->open();
    return m_alertsDialog;
}

} // namespace postino
