#include "welcomepage.h"

#include "catalog/catalog.h"
#include "import/import.h"
#include "postinowizard.h"
#include "widgets/findinglist.h"
#include "widgets/inlinemessage.h"
#include "widgets/pageparts.h"

#include <QDir>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace postino {

WelcomePage::WelcomePage(PostinoWizard* wizard)
    : WizardPage(wizard, QStringLiteral("welcomePage"), tr("Get your website's email working"))
{
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
    static_cast<QVBoxLayout*>(layout())->addLayout(makeButtonRow({import}));
    m_importMessage = new InlineMessage(this);
    m_importMessage->setObjectName(QStringLiteral("importMessage"));
    layout()->addWidget(m_importMessage);
    m_importFindings = new FindingsView(this);
    layout()->addWidget(m_importFindings);
    connect(import, &QPushButton::clicked, this, [this] {
        chooseFileToOpen(tr("Import settings"), tr("Settings files (*.php *.json *.txt);;All files (*)"),
                         [this](const QString& path) { importFrom(path); });
    });
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

} // namespace postino
