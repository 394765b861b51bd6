#include "catalog/catalog.h"
#include "pages.h"
#include "postinowizard.h"
#include "probe/portprobe.h"
#include "webprobedialog.h"
#include "widgets/inlinemessage.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace postino {

namespace {

enum Column
{
    PortColumn,
    EncryptionColumn,
    StatusColumn,
    ServerColumn,
    TlsColumn,
    LoginColumn,
    ColumnCount,
};

} // namespace

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
    m_table = new QTableWidget(0, ColumnCount, this);
    m_results = new FindingsView(this);
    m_useRecommended = new QPushButton(this);
    m_dnsNote = new QLabel(this);
    m_again = new QPushButton(tr("Check &again"), this);

    m_target->setWordWrap(true);
    m_busy->setRange(0, 0);
    m_busy->setMaximumHeight(8);
    m_busy->setTextVisible(false);
    m_table->setObjectName(QStringLiteral("probeTable"));
    m_table->setHorizontalHeaderLabels(
        {tr("Port"), tr("Encryption"), tr("Status"), tr("Server"), tr("TLS"), tr("Login")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAccessibleName(tr("Ports tested"));
    m_results->setObjectName(QStringLiteral("checkResults"));
    m_useRecommended->setObjectName(QStringLiteral("useRecommendedButton"));
    m_useRecommended->hide();
    m_again->setObjectName(QStringLiteral("checkAgainButton"));
    m_dnsNote->setWordWrap(true);
    setSubdued(m_dnsNote);
    m_dnsNote->setText(
        tr("Checking your domain's SPF, DKIM and DMARC records is not available in this version "
           "yet. The test email on the next page shows whether sending works."));
    layout()->addWidget(m_target);
    layout()->addWidget(m_busy);
    layout()->addWidget(m_table);
    layout()->addWidget(m_results);
    auto* row = new QHBoxLayout;
    row->addWidget(m_useRecommended);
    row->addWidget(m_again);
    buildWebProbe(row);
    row->addStretch();
    static_cast<QVBoxLayout*>(layout())->addLayout(row);
    layout()->addWidget(m_dnsNote);
    connect(m_again, &QPushButton::clicked, this, &ChecksPage::runChecks);
    connect(m_useRecommended, &QPushButton::clicked, this, &ChecksPage::useRecommendedPort);
}

void ChecksPage::initializePage()
{
    ensureBuilt();
    runChecks();
}

void ChecksPage::cleanupPage()
{
    if (m_probe) {
        m_probe->cancel();
    }
    if (m_busy) {
        m_busy->hide();
    }
}

void ChecksPage::runChecks()
{
    const MailerInfo* m = profile().mailer();
    if (!m) {
        return;
    }
    ProbeTarget target = ProbeTarget::forMailer(*m, profile().currentSettings());
    target.extraCa = postino()->extraCaCertificates();
    m_results->clear();
    m_useRecommended->hide();
    m_source->hide();
    m_table->setRowCount(0);
    m_webProbe->setVisible(!target.host.isEmpty()); // the PHP probe tests SMTP ports
    if (target.host.isEmpty() && target.apiHost.isEmpty()) {
        m_target->setText(tr("%1 is reached through its own sign-in; there is no server to test from here.")
                              .arg(Catalog::tr(m->name)));
        m_busy->hide();
        m_table->hide();
        m_again->hide();
        return;
    }
    m_table->show();
    m_again->show();
    m_again->setEnabled(false);
    m_busy->show();
    m_target->setText(target.host.isEmpty()
                          ? tr("Testing HTTPS to %1…").arg(target.apiHost)
                          : tr("Testing every mail port of %1 at once; this takes at most %n second(s).",
                               nullptr, (target.timeoutMs + 999) / 1000)
                                .arg(target.host));
    for (const ProbePort& p : std::as_const(target.ports)) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        m_table->setItem(row, PortColumn, new QTableWidgetItem(QString::number(p.port)));
        m_table->setItem(row, EncryptionColumn, new QTableWidgetItem(probeEncryptionName(false, p.security)));
        m_table->setItem(row, StatusColumn, new QTableWidgetItem(tr("testing…")));
    }
    if (!target.apiHost.isEmpty()) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        m_table->setItem(row, PortColumn, new QTableWidgetItem(QString::number(target.apiPort)));
        m_table->setItem(row, EncryptionColumn, new QTableWidgetItem(QStringLiteral("HTTPS")));
        m_table->setItem(row, StatusColumn, new QTableWidgetItem(tr("testing…")));
    }
    if (!m_probe) {
        m_probe = new PortProbe(this);
        connect(m_probe, &PortProbe::portFinished, this, &ChecksPage::showPort);
        connect(m_probe, &PortProbe::finished, this, &ChecksPage::showReport);
    }
    m_probe->start(target);
}

void ChecksPage::showPort(const PortResult& r)
{
    for (int row = 0; row < m_table->rowCount(); ++row) {
        // Rows are keyed by port and kind: a provider may offer SMTP on 443 besides its HTTPS API.
        const QTableWidgetItem* portItem = m_table->item(row, PortColumn);
        const QTableWidgetItem* kindItem = m_table->item(row, EncryptionColumn);
        const bool httpsRow = kindItem && kindItem->text() == QLatin1String("HTTPS");
        const QTableWidgetItem* statusItem = m_table->item(row, StatusColumn);
        const bool pending = statusItem && statusItem->text() == tr("testing…");
        if (!portItem || portItem->text() != QString::number(r.port) || httpsRow != r.https || !pending) {
            continue;
        }
        fillRow(row, r);
        break;
    }
    m_table->resizeColumnsToContents();
}

void ChecksPage::fillRow(int row, const PortResult& r)
{
    const bool usable = r.outcome == PortResult::Outcome::Usable;
    const QString mark = usable ? QStringLiteral("✓ ") : QStringLiteral("✗ ");
    auto* status = new QTableWidgetItem(mark + probeOutcomeText(r.outcome));
    status->setForeground(QColor(severityColor(usable ? Severity::Ok : Severity::Error)));
    QStringList tip;
    for (const Finding& f : r.findings.mid(0, 2)) { // the summary, then the address that answered
        tip << f.detail;
    }
    status->setToolTip(tip.join(QLatin1Char('\n')));
    m_table->setItem(row, PortColumn, new QTableWidgetItem(QString::number(r.port)));
    m_table->setItem(row, EncryptionColumn, new QTableWidgetItem(probeEncryptionName(r.https, r.security)));
    m_table->setItem(row, StatusColumn, status);
    auto* server = new QTableWidgetItem(r.https ? r.httpStatus : r.greetingName);
    if (!r.address.isEmpty()) {
        server->setToolTip(r.address);
    }
    m_table->setItem(row, ServerColumn, server);
    m_table->setItem(row, TlsColumn, new QTableWidgetItem(r.tlsVersion));
    m_table->setItem(row, LoginColumn, new QTableWidgetItem(r.authMechanisms.join(QStringLiteral(" "))));
}

void ChecksPage::showReport(const ProbeReport& report)
{
    m_busy->hide();
    m_again->setEnabled(true);
    m_target->setText(tr("Tested %n port(s) in %1 seconds.", nullptr, static_cast<int>(report.ports.size()))
                          .arg(QString::number(report.elapsedMs / 1000.0, 'f', 1)));
    m_results->setFindings({report.recommendation});
    m_recommendedPort = report.recommendedPort;
    m_recommendedSecurity = static_cast<int>(report.recommendedSecurity);
    // Offer to switch only where the port is the user's to choose (Other SMTP).
    const MailerInfo* m = profile().mailer();
    const int current = profile().setting(QStringLiteral("port")).toInt();
    const bool offer =
        m && m->kind == MailerKind::Smtp && report.recommendedPort != 0 && report.recommendedPort != current;
    m_useRecommended->setText(tr("&Use port %1").arg(report.recommendedPort));
    m_useRecommended->setVisible(offer);
}

void ChecksPage::useRecommendedPort()
{
    const auto security = static_cast<SmtpSecurity>(m_recommendedSecurity);
    profile().setSetting(QStringLiteral("port"), m_recommendedPort);
    profile().setSetting(QStringLiteral("encryption"), security == SmtpSecurity::Tls ? QStringLiteral("ssl")
                                                       : security == SmtpSecurity::StartTls
                                                           ? QStringLiteral("tls")
                                                           : QStringLiteral("none"));
    postino()->saveProgress();
    m_useRecommended->hide();
    m_results->setFindings({Finding{QStringLiteral("probe.port_applied"),
                                    Severity::Ok,
                                    {},
                                    tr("The mailer now uses port %1.").arg(m_recommendedPort),
                                    {}}});
}

void ChecksPage::buildWebProbe(QLayout* buttonRow)
{
    m_webProbe = new QPushButton(tr("Test from your &web server…"), this);
    m_webProbe->setObjectName(QStringLiteral("webProbeButton"));
    m_webProbe->setToolTip(tr("Your website's server may block ports this computer can use: a small PHP "
                              "script tests them from there."));
    buttonRow->addWidget(m_webProbe);
    m_source = new QLabel(this);
    m_source->setObjectName(QStringLiteral("probeSource"));
    m_source->setWordWrap(true);
    m_source->hide();
    auto* box = static_cast<QVBoxLayout*>(layout());
    box->insertWidget(box->indexOf(m_table), m_source);
    connect(m_webProbe, &QPushButton::clicked, this, &ChecksPage::openWebProbe);
}

void ChecksPage::openWebProbe()
{
    const MailerInfo* m = profile().mailer();
    if (!m) {
        return;
    }
    ProbeTarget target = ProbeTarget::forMailer(*m, profile().currentSettings());
    target.apiHost.clear(); // the script tests SMTP ports only
    auto* dialog = new WebProbeDialog(target, postino()->extraCaCertificates(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &WebProbeDialog::reportReady, this, &ChecksPage::showWebServerReport);
    dialog->open();
}

// The web server's results in the same table, with a label saying where they come from.
void ChecksPage::showWebServerReport(const ProbeReport& report)
{
    if (m_probe) {
        m_probe->cancel();
    }
    m_table->setRowCount(0);
    for (const PortResult& r : report.ports) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        fillRow(row, r);
    }
    m_table->resizeColumnsToContents();
    m_table->show();
    showReport(report);
    m_target->setText(
        tr("Tested %n port(s) of %1.", nullptr, static_cast<int>(report.ports.size())).arg(report.host));
    m_source->setText(tr("These results come from your web server, not from this computer. "
                         "Check again to test from here."));
    m_source->show();
}

} // namespace postino
