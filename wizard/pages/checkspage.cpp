#include "checkspage.h"

#include "acceptance/acceptance.h"
#include "catalog/catalog.h"
#include "dns/domainreport.h"
#include "dns/wireresolver.h"
#include "postinowizard.h"
#include "probe/portprobe.h"
#include "profile/validators.h"
#include "webprobedialog.h"
#include "widgets/acceptanceview.h"
#include "widgets/findinglist.h"
#include "widgets/inlinemessage.h"
#include "widgets/pageparts.h"
#include "widgets/theme.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QStyle>
#include <QTabWidget>
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

// An icon and a colour per kind of outcome, so the table reads at a glance (and the word
// stays for screen readers and colour-blind users).
std::pair<Severity, QStyle::StandardPixmap> outcomeLook(PortResult::Outcome outcome)
{
    switch (outcome) {
    case PortResult::Outcome::Usable:
        return {Severity::Ok, QStyle::SP_DialogApplyButton};
    case PortResult::Outcome::Intercepted:
    case PortResult::Outcome::TlsProblem:
    case PortResult::Outcome::NotSmtp:
        return {Severity::Warning, QStyle::SP_MessageBoxWarning};
    case PortResult::Outcome::NotTested:
        return {Severity::Info, QStyle::SP_MessageBoxQuestion};
    case PortResult::Outcome::Blocked:
    case PortResult::Outcome::Refused:
    case PortResult::Outcome::HostNotFound:
        break;
    }
    return {Severity::Error, QStyle::SP_MessageBoxCritical};
}

} // namespace

ChecksPage::ChecksPage(PostinoWizard* wizard)
    : WizardPage(wizard, QStringLiteral("checksPage"),
                 tr("Can this computer reach your mail service, and is your domain ready?"))
{}

void ChecksPage::build()
{
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("checksTabs"));
    m_tabs->setAccessibleName(tr("Checks"));
    auto* ports = new QWidget(m_tabs);
    auto* portsLayout = new QVBoxLayout(ports);
    m_target = new QLabel(ports);
    m_busy = makeBusyBar(ports);
    m_busy->setObjectName(QStringLiteral("probeBusy"));
    m_table = new QTableWidget(0, ColumnCount, ports);
    m_results = new FindingsView(ports);
    m_useRecommended = new QPushButton(ports);
    m_again = new QPushButton(tr("Check &again"), ports);
    m_stop = new QPushButton(tr("S&top"), ports);
    m_stop->setObjectName(QStringLiteral("stopProbeButton"));
    m_stop->setToolTip(tr("Stops the test; ports not finished are shown as not tested."));
    m_stop->hide();

    m_target->setWordWrap(true);
    m_target->setObjectName(QStringLiteral("probeTarget"));
    m_table->setObjectName(QStringLiteral("probeTable"));
    m_table->setHorizontalHeaderLabels(
        {tr("Port"), tr("Encryption"), tr("Status"), tr("Server"), tr("TLS"), tr("Login")});
    m_table->verticalHeader()->hide();
    // Tab leaves the table for the buttons below (arrow keys move between its rows): with Qt's default
    // Tab walked every cell and wrapped round, a keyboard trap.
    m_table->setTabKeyNavigation(false);
    m_table->setAccessibleName(tr("Ports tested"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    // Every column as wide as its text, but the server's name, which takes the room left and is
    // shortened in the middle when long (the whole name is its tooltip): no sideways scrolling.
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(ServerColumn, QHeaderView::Stretch);
    m_table->setTextElideMode(Qt::ElideMiddle);
    m_table->setAccessibleName(tr("Ports tested"));
    m_results->setObjectName(QStringLiteral("checkResults"));
    m_results->setAccessibleName(tr("Port check results"));
    m_useRecommended->setObjectName(QStringLiteral("useRecommendedButton"));
    m_useRecommended->hide();
    m_again->setObjectName(QStringLiteral("checkAgainButton"));
    portsLayout->addWidget(m_target);
    portsLayout->addWidget(m_busy);
    portsLayout->addWidget(m_table);
    portsLayout->addWidget(m_results);
    auto* row = new QHBoxLayout;
    row->addWidget(m_useRecommended);
    row->addWidget(m_again);
    row->addWidget(m_stop);
    buildWebProbe(row);
    row->addStretch();
    portsLayout->addLayout(row);
    m_tabs->addTab(ports, tr("&Ports"));
    m_tabs->addTab(buildDns(), tr("&Domain: SPF, DKIM, DMARC"));
    m_tabs->addTab(buildAcceptance(), tr("Will mail be acc&epted?"));
    layout()->addWidget(m_tabs);
    connect(m_again, &QPushButton::clicked, this, &ChecksPage::runChecks);
    connect(m_stop, &QPushButton::clicked, this, [this] {
        if (m_probe)
            m_probe->cancel(); // finishes with what is known so far
    });
    connect(m_useRecommended, &QPushButton::clicked, this, &ChecksPage::useRecommendedPort);
}

QWidget* ChecksPage::buildDns()
{
    auto* page = new QWidget(m_tabs);
    auto* box = new QVBoxLayout(page);
    m_dnsTarget = new QLabel(page);
    m_dnsTarget->setObjectName(QStringLiteral("dnsTarget"));
    m_dnsTarget->setWordWrap(true);
    // What was checked and how long it took: readable with the keyboard, the first stop of the tab.
    m_dnsTarget->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_dnsTarget->setFocusPolicy(Qt::StrongFocus);
    m_dnsBusy = makeBusyBar(page);
    m_dnsBusy->setObjectName(QStringLiteral("dnsBusy"));
    m_dnsResults = new FindingsView(page);
    m_dnsResults->setObjectName(QStringLiteral("dnsResults"));
    m_dnsOwnServers = new QCheckBox(tr("Ask the domain's own name ser&vers"), page);
    m_dnsOwnServers->setObjectName(QStringLiteral("dnsOwnServers"));
    m_dnsOwnServers->setToolTip(
        tr("Shows a record you added a minute ago, without waiting for other servers' caches to expire."));
    m_dnsSelector = new QLineEdit(page);
    m_dnsSelector->setObjectName(QStringLiteral("dnsSelector"));
    m_dnsSelector->setPlaceholderText(tr("Other DKIM selector (optional)"));
    m_dnsSelector->setAccessibleName(tr("Other DKIM selector"));
    m_dnsReturnPath = new QLineEdit(page);
    m_dnsReturnPath->setObjectName(QStringLiteral("dnsReturnPath"));
    m_dnsReturnPath->setPlaceholderText(tr("Bounce host, e.g. em1234"));
    m_dnsReturnPath->setAccessibleName(tr("Bounce (return-path) host"));
    m_dnsAgain = new QPushButton(tr("Check DNS a&gain"), page);
    m_dnsAgain->setObjectName(QStringLiteral("dnsAgainButton"));
    m_dnsCopy = new QPushButton(tr("&Copy the records to add"), page);
    m_dnsCopy->setObjectName(QStringLiteral("dnsCopyButton"));
    m_dnsCopy->setEnabled(false);
    m_dnsStop =
        makeStopButton("dnsStopButton", tr("S&top"),
                       tr("Stops the DNS check; nothing is reported for the records not checked."), page);

    auto* options = new QHBoxLayout;
    options->addWidget(m_dnsSelector, 1);
    options->addWidget(m_dnsReturnPath, 1);
    options->addWidget(m_dnsOwnServers);
    box->addWidget(m_dnsTarget);
    box->addWidget(m_dnsBusy);
    // Long reports scroll up and down (never sideways: the rows wrap); the options and buttons stay in
    // view. The rows are the Tab stops, not the area around them.
    auto* scroll = new QScrollArea(page);
    scroll->setWidget(m_dnsResults);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setFocusPolicy(Qt::NoFocus);
    scroll->setAccessibleName(tr("Domain check results"));
    m_dnsResults->setAccessibleName(tr("Domain check results"));
    box->addWidget(scroll, 1);
    box->addLayout(options);
    box->addLayout(makeButtonRow({m_dnsAgain, m_dnsStop, m_dnsCopy}));
    // Tab as drawn: the options left to right (the box was made before the fields), then the buttons.
    chainTabOrder({m_dnsSelector, m_dnsReturnPath, m_dnsOwnServers, m_dnsAgain, m_dnsStop, m_dnsCopy});
    connect(m_dnsAgain, &QPushButton::clicked, this, &ChecksPage::runDnsCheck);
    connect(m_dnsStop, &QPushButton::clicked, this, &ChecksPage::stopDnsCheck);
    connect(m_dnsSelector, &QLineEdit::returnPressed, this, &ChecksPage::runDnsCheck);
    connect(m_dnsReturnPath, &QLineEdit::returnPressed, this, &ChecksPage::runDnsCheck);
    connect(m_dnsCopy, &QPushButton::clicked, this, &ChecksPage::copyDnsRecords);
    return page;
}

QWidget* ChecksPage::buildAcceptance()
{
    auto* page = new QWidget(m_tabs);
    auto* box = new QVBoxLayout(page);
    auto* intro =
        new QLabel(tr("What Gmail, Yahoo and Outlook.com ask of senders, against what Postino found. "
                      "Send the test email to add the message itself and how it arrived."),
                   page);
    intro->setWordWrap(true);
    m_acceptanceSummary = new QLabel(page);
    m_acceptanceSummary->setObjectName(QStringLiteral("acceptanceSummary"));
    m_acceptanceSummary->setWordWrap(true);
    m_acceptanceSummary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_acceptance = new AcceptanceView(page);
    m_acceptance->setObjectName(QStringLiteral("acceptanceView"));
    box->addWidget(intro);
    box->addWidget(m_acceptanceSummary);
    box->addWidget(m_acceptance, 1);
    return page;
}

void ChecksPage::showAcceptance()
{
    if (!m_dnsReport)
        return;
    const acceptance::AcceptanceVerdict verdict = m_dnsReport->acceptance();
    m_acceptance->setVerdict(verdict);
    // Screen readers hear the outcome, not only the tree being refilled.
    announce(m_acceptanceSummary, verdict.summaryLines().join(QLatin1Char('\n')));
}

void ChecksPage::runDnsCheck()
{
    if (m_dnsReport) {
        m_dnsReport->disconnect(this); // replaced: its cancelled result is not shown
        m_dnsReport->cancel();
        m_dnsReport->deleteLater();
    }
    const MailerInfo* m = profile().mailer();
    const QString domain = domainOfAddress(profile().sender().fromEmail);
    m_dnsResults->clear();
    m_dnsCopy->setEnabled(false);
    m_tabs->setTabText(1, tr("&Domain: SPF, DKIM, DMARC"));
    if (!m || domain.isEmpty()) {
        m_dnsTarget->setText(tr("Enter a From address on the Sender page to check its domain."));
        m_acceptance->setVerdict({});
        m_acceptanceSummary->setText(m_dnsTarget->text());
        m_dnsBusy->hide();
        return;
    }
    const QJsonObject rp =
        m->dns.value(QLatin1String("checks")).toObject().value(QLatin1String("returnPath")).toObject();
    m_dnsReturnPath->setVisible(!rp.isEmpty() && rp.value(QLatin1String("host")).toString().isEmpty());
    m_dnsTarget->setText(tr("Checking the DNS records of %1 for %2…").arg(domain, Catalog::tr(m->name)));
    m_dnsBusy->show();
    m_dnsStop->show();
    m_dnsAgain->setEnabled(false);

    dns::DomainReportOptions options;
    options.domain = domain;
    options.mailerId = m->id;
    options.mailerSettings = profile().currentSettings();
    const QString selector = m_dnsSelector->text().trimmed();
    if (!selector.isEmpty())
        options.extraSelectors << selector;
    options.returnPathHost = m_dnsReturnPath->isVisible() ? m_dnsReturnPath->text().trimmed() : QString();
    options.sendingHosts = acceptance::sendingHostsFor(profile(), postino()->website());
    options.acceptanceEvidence = {acceptance::submissionFinding(profile())};
    options.acceptanceContext = {.mailerName = Catalog::tr(m->name),
                                 .sentFromMailerServers = acceptance::sendsFromMailerServers(profile())};
    m_acceptance->setVerdict({});
    m_acceptanceSummary->setText(tr("Waiting for the DNS checks…"));
    // The report owns its resolver, so "check again" starts from empty caches.
    auto* holder = new QObject(this);
    dns::Resolver* resolver = PostinoWizard::createResolver(holder);
    if (m_dnsOwnServers->isChecked())
        resolver = new dns::AuthoritativeResolver(domain, resolver, holder);
    m_dnsReport = new dns::DomainReport(resolver, options, this);
    holder->setParent(m_dnsReport);
    connect(m_dnsReport, &dns::DomainReport::finished, this, &ChecksPage::showDnsReport);
    m_dnsReport->start();
}

void ChecksPage::showDnsReport()
{
    if (!m_dnsReport)
        return;
    m_dnsBusy->hide();
    m_dnsStop->hide();
    m_dnsAgain->setEnabled(true);
    const Findings findings = m_dnsReport->findings();
    m_dnsResults->setFindings(findings); // most severe first, under the summary line
    int problems = 0;
    int unchecked = 0;
    bool anyFix = false;
    for (const Finding& f : findings) {
        if (couldNotCheck(f))
            ++unchecked;
        else if (f.isProblem())
            ++problems;
        anyFix = anyFix || !f.fix.isEmpty();
    }
    m_dnsCopy->setEnabled(anyFix);
    const QJsonObject json = m_dnsReport->toJson();
    m_dnsTarget->setText(tr("%1: checked with %2 in %3 ms.")
                             .arg(m_dnsReport->domain(), json.value(QStringLiteral("resolver")).toString())
                             .arg(m_dnsReport->elapsedMs()));
    m_dnsResults->announceSummary(); // "2 things to fix before you send", said once, under this line
    // The tab says what the summary line says: never "all good" while a check could not run.
    m_tabs->setTabText(1, problems > 0    ? tr("&Domain: %n to fix", nullptr, problems)
                          : unchecked > 0 ? tr("&Domain: not all checked")
                                          : tr("&Domain: all good"));
    postino()->setDomainEvidence(m_dnsReport->findings());
    showAcceptance();
}

// Stop (or leaving the page): the records not checked yet are not judged, so no verdict is shown.
void ChecksPage::stopDnsCheck()
{
    if (!m_dnsReport || !m_dnsReport->isRunning())
        return;
    m_dnsReport->disconnect(this); // its partial result would read as a verdict
    m_dnsReport->cancel();
    m_dnsBusy->hide();
    m_dnsStop->hide();
    m_dnsAgain->setEnabled(true);
    announce(m_dnsTarget,
             tr("Stopped. The DNS records were not checked; press Check DNS again to check them."));
    m_acceptanceSummary->setText(m_dnsTarget->text());
}

void ChecksPage::copyDnsRecords()
{
    if (!m_dnsReport)
        return;
    QStringList lines;
    for (const Finding& f : m_dnsReport->findings()) {
        if (!f.fix.isEmpty() && !lines.contains(f.fix))
            lines << f.fix;
    }
    QApplication::clipboard()->setText(lines.join(QLatin1Char('\n')) + QLatin1Char('\n'));
}

void ChecksPage::initializePage()
{
    ensureBuilt();
    runChecks();
    runDnsCheck();
}

void ChecksPage::cleanupPage()
{
    if (m_probe) {
        m_probe->cancel();
    }
    if (m_busy) {
        m_busy->hide();
    }
    stopDnsCheck();
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
    m_stop->show();
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
    const auto [severity, icon] = outcomeLook(r.outcome);
    auto* status = new QTableWidgetItem(style()->standardIcon(icon), probeOutcomeText(r.outcome));
    status->setForeground(statusColor(severity, m_table->palette()));
    QStringList tip;
    for (const Finding& f : r.findings.mid(0, 2)) { // the summary, then the address that answered
        tip << f.detail;
    }
    status->setToolTip(tip.join(QLatin1Char('\n')));
    m_table->setItem(row, PortColumn, new QTableWidgetItem(QString::number(r.port)));
    m_table->setItem(row, EncryptionColumn, new QTableWidgetItem(probeEncryptionName(r.https, r.security)));
    m_table->setItem(row, StatusColumn, status);
    auto* server = new QTableWidgetItem(r.https ? r.httpStatus : r.greetingName);
    server->setToolTip(r.address.isEmpty() ? server->text()
                                           : QStringLiteral("%1 (%2)").arg(server->text(), r.address));
    m_table->setItem(row, ServerColumn, server);
    m_table->setItem(row, TlsColumn, new QTableWidgetItem(r.tlsVersion));
    m_table->setItem(row, LoginColumn, new QTableWidgetItem(r.authMechanisms.join(QStringLiteral(" "))));
    // A screen reader reads every cell of the row; an empty one would say nothing at all.
    for (int column = 0; column < ColumnCount; ++column) {
        QTableWidgetItem* cell = m_table->item(row, column);
        if (cell && cell->text().isEmpty())
            cell->setData(Qt::AccessibleTextRole, tr("none"));
    }
}

void ChecksPage::showReport(const ProbeReport& report)
{
    m_busy->hide();
    m_stop->hide();
    m_again->setEnabled(true);
    announce(m_target, tr("Tested %n port(s) in %1 seconds.", nullptr, static_cast<int>(report.ports.size()))
                           .arg(QString::number(report.elapsedMs / 1000.0, 'f', 1)));
    for (const PortResult& port : report.ports) {
        if (wasStopped(port.findings)) {
            announce(m_target, tr("Stopped. Ports not finished are shown as not tested; press Check again to "
                                  "test them."));
            break;
        }
    }
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
    editProfile([this, security](Profile& p) {
        p.setSetting(QStringLiteral("port"), m_recommendedPort);
        p.setSetting(QStringLiteral("encryption"), security == SmtpSecurity::Tls ? QStringLiteral("ssl")
                                                   : security == SmtpSecurity::StartTls
                                                       ? QStringLiteral("tls")
                                                       : QStringLiteral("none"));
    });
    m_useRecommended->hide();
    m_results->setFindings({Finding{Severity::Ok,
                                    {.id = QStringLiteral("probe.port_applied"),
                                     .detail = tr("The mailer now uses port %1.").arg(m_recommendedPort)}}});
}

void ChecksPage::buildWebProbe(QLayout* buttonRow)
{
    m_webProbe = new QPushButton(tr("Test from your &web server…"), m_table->parentWidget());
    m_webProbe->setObjectName(QStringLiteral("webProbeButton"));
    m_webProbe->setToolTip(tr("Your website's server may block ports this computer can use: a small PHP "
                              "script tests them from there."));
    buttonRow->addWidget(m_webProbe);
    m_source = new QLabel(m_table->parentWidget());
    m_source->setObjectName(QStringLiteral("probeSource"));
    m_source->setWordWrap(true);
    m_source->hide();
    auto* box = static_cast<QVBoxLayout*>(m_table->parentWidget()->layout());
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
