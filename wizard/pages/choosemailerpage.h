#pragma once

#include "discovery/discoverytypes.h"
#include "wizardpage.h"

#include <QPointer>
#include <QSet>
#include <functional>

class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QPushButton;

namespace postino {

namespace discovery {
class Discovery;
struct DiscoveryOptions;
} // namespace discovery

class ChooseMailerPage : public WizardPage
{
    Q_OBJECT
public:
    explicit ChooseMailerPage(PostinoWizard* wizard);
    void initializePage() override;
    void cleanupPage() override;

    // Tests: adjusts the options of every discovery the page starts (a local CA, an autoconfig port).
    using DiscoveryTweak = std::function<void(discovery::DiscoveryOptions&)>;
    static void setDiscoveryTweak(DiscoveryTweak tweak);

protected:
    void build() override;
    bool eventFilter(QObject* watched, QEvent* event) override;

public:
    bool isComplete() const override;

private:
    void showDetails();
    void startDiscovery();
    void filterMailers(const QString& text);
    void cancelDiscovery();
    void showDiscovery(const discovery::DiscoveryResult& result);
    void selectMailer(const QString& id);
    // Fills in what discovery found for `mailerId` (settings, From address), once per discovery.
    void applySuggestion(const QString& mailerId);

    QLineEdit* m_address = nullptr;
    QLineEdit* m_site = nullptr;
    QPushButton* m_find = nullptr;
    QPushButton* m_cancel = nullptr;
    QProgressBar* m_busy = nullptr;
    QLabel* m_status = nullptr;
    QLabel* m_recommendation = nullptr;
    QListWidget* m_list = nullptr;
    QLineEdit* m_filter = nullptr;
    QLabel* m_details = nullptr;
    QPointer<discovery::Discovery> m_discovery;
    QList<discovery::Suggestion> m_suggestions;
    QString m_discoveredAddress;
    QSet<QString> m_applied; // mailers whose suggestion is already filled in
};

} // namespace postino
