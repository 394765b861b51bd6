#include "catalog/catalog.h"
#include "checks/portcheck.h"
#include "pages.h"
#include "postinowizard.h"
#include "smtp/smtpclient.h"
#include "widgets/inlinemessage.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace postino {

ChecksPage::ChecksPage(PostinoWizard* wizard)
    : WizardPage(wizard)
{
    setObjectName(QStringLiteral("checksPage"));
    setTitle(tr("Can this computer reach your mail service?"));
}

void ChecksPage::build()
{
    m_target = new QLabel(this);
    m_busy = new QProgressBar(this);
    m_results = new FindingsView(this);
    m_dnsNote = new QLabel(this);
    m_again = new QPushButton(tr("Check &again"), this);
    m_target->setWordWrap(true);
    m_busy->setRange(0, 0);
    m_busy->setMaximumHeight(8);
    m_busy->setTextVisible(false);
    m_results->setObjectName(QStringLiteral("checkResults"));
    m_again->setObjectName(QStringLiteral("checkAgainButton"));
    m_dnsNote->setWordWrap(true);
    setSubdued(m_dnsNote);
    m_dnsNote->setText(
        tr("Checking your domain's SPF, DKIM and DMARC records is not available in this version "
           "yet. The test email on the next page shows whether sending works."));
    layout()->addWidget(m_target);
    layout()->addWidget(m_busy);
    layout()->addWidget(m_results);
    auto* row = new QHBoxLayout;
    row->addWidget(m_again);
    row->addStretch();
    static_cast<QVBoxLayout*>(layout())->addLayout(row);
    layout()->addWidget(m_dnsNote);
    static_cast<QVBoxLayout*>(layout())->addStretch();
    connect(m_again, &QPushButton::clicked, this, &ChecksPage::runChecks);
}

void ChecksPage::initializePage()
{
    ensureBuilt();
    runChecks();
}

void ChecksPage::cleanupPage()
{
    if (!m_busy) {
        return;
    }
    if (m_check) {
        m_check->cancel();
    }
    m_busy->hide();
}

void ChecksPage::runChecks()
{
    const MailerInfo* m = profile().mailer();
    if (!m) {
        return;
    }
    QString host;
    quint16 port = 443;
    if (m->kind == MailerKind::Smtp) {
        const SmtpSettings s = SmtpSettings::fromProfile(profile(), {});
        host = s.host;
        port = s.port;
    } else {
        host = m->apiHost(profile().currentSettings());
    }
    if (host.isEmpty()) {
        m_target->setText(tr("%1 is reached through its own sign-in and regional servers; there is no single "
                             "server to test from here.")
                              .arg(Catalog::tr(m->name)));
        m_busy->hide();
        m_results->clear();
        m_again->hide();
        return;
    }
    m_again->show();
    m_target->setText(tr("Testing a connection to %1 on port %2…").arg(host).arg(port));
    if (!m_check) {
        m_check = new PortCheck(this);
        connect(m_check, &PortCheck::finished, this, [this](const Finding& f) {
            m_busy->hide();
            m_again->setEnabled(true);
            m_target->setText(f.severity == Severity::Ok ? tr("Connection test finished.")
                                                         : tr("Connection test found a problem."));
            m_results->setFindings({f});
        });
    }
    m_results->clear();
    m_busy->show();
    m_again->setEnabled(false);
    m_check->start(host, port);
}

} // namespace postino
