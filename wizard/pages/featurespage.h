#pragma once

#include "wizardpage.h"

#include <QList>
#include <QPointer>
#include <utility>

class QCheckBox;
class QLabel;

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

    // Each box with the setting it stands for, in the order shown: storing and showing the
    // settings go through this one list.
    QList<std::pair<QCheckBox*, bool FeatureSettings::*>> m_boxes;
    QLabel* m_alertSummary = nullptr;
    QPointer<AlertsDialog> m_alertsDialog;
};

} // namespace postino
