#pragma once

#include "wizardpage.h"

#include <QPointer>

class QCheckBox;
class QLabel;
class QPushButton;

namespace postino {

class AlertsDialog;

class FeaturesPage : public WizardPage
{
    Q_OBJECT
public:
    explicit FeaturesPage(PostinoWizard* wizard);
    void initializePage() override;

protected:
    void build() override;

public:
    // Opens the alerts settings (what the Alerts… button does); returns the dialog.
    AlertsDialog* openAlerts();

private:
    // The boxes and the channel summary as the profile has them (the alerts dialog changes both).
    void showProfile();

    QCheckBox* m_logs = nullptr;
    QCheckBox* m_errors = nullptr;
    QCheckBox* m_summary = nullptr;
    QCheckBox* m_alerts = nullptr;
    QPushButton* m_alertsButton = nullptr;
    QLabel* m_alertSummary = nullptr;
    QPointer<AlertsDialog> m_alertsDialog;
};

} // namespace postino
