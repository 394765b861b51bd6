#include "featurespage.h"

#include "alertsdialog.h"
#include "postinowizard.h"
#include "widgets/inlinemessage.h"
#include "widgets/pageparts.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace postino {

FeaturesPage::FeaturesPage(PostinoWizard* wizard)
    : WizardPage(wizard, QStringLiteral("featuresPage"), tr("What your website should keep track of"))
{}

void FeaturesPage::build()
{
    addIntro(tr("These settings travel with the configuration you export to your server."));
    auto add = [this](const char* name, const QString& label, const QString& help,
                      bool FeatureSettings::*setting) {
        auto* box = makeNamed<QCheckBox>(name, label, this);
        layout()->addWidget(box);
        layout()->addWidget(makeHint(help, this, 8));
        m_boxes.append({box, setting});
    };
    add("emailLogs", tr("Email &logs"),
        tr("Keep a record of every email the site sends, to see what went out and when."),
        &FeatureSettings::emailLogs);
    add("errorTracking", tr("&Error tracking"),
        tr("Remember failed emails and why they failed, so problems do not go unnoticed."),
        &FeatureSettings::errorTracking);
    add("weeklySummary", tr("&Weekly summary"),
        tr("A weekly email with how many messages were sent and how many failed."),
        &FeatureSettings::weeklySummary);
    add("alerts", tr("Failure &alerts"),
        tr("Be told at once when an email fails to send: by email, Slack, Discord, Microsoft Teams, "
           "SMS, a webhook or a push notification."),
        &FeatureSettings::alerts);
    auto* alertsButton = makeNamed<QPushButton>("alertsButton", tr("Alert &channels…"), this);
    m_alertSummary = new QLabel(this);
    m_alertSummary->setObjectName(QStringLiteral("alertSummary"));
    m_alertSummary->setWordWrap(true);
    auto* alertRow = new QHBoxLayout;
    alertRow->setContentsMargins(24, 0, 0, 0);
    alertRow->addWidget(alertsButton);
    alertRow->addWidget(m_alertSummary, 1);
    static_cast<QVBoxLayout*>(layout())->addLayout(alertRow);
    connect(alertsButton, &QPushButton::clicked, this, [this] { openAlerts(); });
    static_cast<QVBoxLayout*>(layout())->addStretch();
    auto store = [this] {
        editProfile([this](Profile& p) {
            for (const auto& [box, setting] : std::as_const(m_boxes)) {
                p.features().*setting = box->isChecked();
            }
        });
    };
    for (const auto& boxAndSetting : std::as_const(m_boxes)) {
        connect(boxAndSetting.first, &QCheckBox::toggled, this, store);
    }
    connect(postino()->profileModel(), &ProfileModel::changed, this, [this](ProfileModel::Parts parts) {
        if (parts & (ProfileModel::Features | ProfileModel::Alerts)) {
            showProfile();
        }
    });
}

void FeaturesPage::initializePage()
{
    ensureBuilt();
    showProfile();
    m_boxes.first().first->setFocus();
}

void FeaturesPage::showProfile()
{
    const FeatureSettings& f = profile().features();
    for (const auto& [box, setting] : std::as_const(m_boxes)) {
        // Shown, not edited: the half-set boxes must not be written back one by one.
        const QSignalBlocker quiet(box);
        box->setChecked(f.*setting);
    }
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
    }
    m_alertsDialog->open();
    return m_alertsDialog;
}

} // namespace postino
