#pragma once

#include "wizardpage.h"

#include <QPointer>

class QCheckBox;
class QLabel;
class QLayout;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTabWidget;
class QTableWidget;

namespace postino {

namespace dns {
class DomainReport;
}

class AcceptanceView;
class FindingsView;
class PortProbe;
struct PortResult;
struct ProbeReport;

class ChecksPage : public WizardPage
{
    Q_OBJECT
public:
    explicit ChecksPage(PostinoWizard* wizard);
    void initializePage() override;

protected:
    void build() override;

public:
    void cleanupPage() override;

private:
    void runChecks();
    void showPort(const PortResult& result);
    void fillRow(int row, const PortResult& result);
    void showReport(const ProbeReport& report);
    void useRecommendedPort();
    // Test from your web server: the PHP probe written, and its result shown in the table.
    void buildWebProbe(QLayout* buttonRow);
    void openWebProbe();
    void showWebServerReport(const ProbeReport& report);
    // The From domain's DNS: SPF, DKIM, DMARC, MX and the mailer's own records.
    QWidget* buildDns();
    void runDnsCheck();
    void stopDnsCheck();
    void showDnsReport();
    void copyDnsRecords();
    // Will Gmail, Yahoo and Outlook.com accept it: the verdict per provider from the DNS report.
    QWidget* buildAcceptance();
    void showAcceptance();

    QTabWidget* m_tabs = nullptr;
    QLabel* m_acceptanceSummary = nullptr;
    AcceptanceView* m_acceptance = nullptr;
    QLabel* m_dnsTarget = nullptr;
    QProgressBar* m_dnsBusy = nullptr;
    FindingsView* m_dnsResults = nullptr;
    QCheckBox* m_dnsOwnServers = nullptr;
    QLineEdit* m_dnsSelector = nullptr;
    QLineEdit* m_dnsReturnPath = nullptr;
    QPushButton* m_dnsAgain = nullptr;
    QPushButton* m_dnsCopy = nullptr;
    QPushButton* m_dnsStop = nullptr;
    QPointer<dns::DomainReport> m_dnsReport;

    QLabel* m_target = nullptr;
    QProgressBar* m_busy = nullptr;
    QTableWidget* m_table = nullptr;
    FindingsView* m_results = nullptr;
    QPushButton* m_useRecommended = nullptr;
    QPushButton* m_again = nullptr;
    QPushButton* m_stop = nullptr;
    QPushButton* m_webProbe = nullptr;
    QLabel* m_source = nullptr; // says when the table shows the web server's results
    QPointer<PortProbe> m_probe;
    quint16 m_recommendedPort = 0;
    int m_recommendedSecurity = 0;
};

} // namespace postino
