#include "featurespage.h"

#include "alertsdialog.h"
#include "postinowizard.h"
#include "widgets/inlinemessage.h"

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
        editProfile([this](Profile& p) {
            FeatureSettings& f = p.features();
            f.emailLogs = m_logs->isChecked();
            f.errorTracking = m_errors->isChecked();
            f.weeklySummary = m_summary->isChecked();
            f.alerts = m_alerts->isChecked();
        });
    };
    for (QCheckBox* box : {m_logs, m_errors, m_summary, m_alerts}) {
        connect(box, &QCheckBox::toggled, this, store);
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
    m_logs->setFocus();
}

void FeaturesPage::showProfile()
{
    const FeatureSettings& f = profile().features();
    for (auto [box, on] : {std::pair{m_logs, f.emailLogs}, std::pair{m_errors, f.errorTracking},
                           std::pair{m_summary, f.weeklySummary}, std::pair{m_alerts, f.alerts}}) {
        // Shown, not edited: the half-set boxes must not be written back one by one.
        const QSignalBlocker quiet(box);
        box->setChecked(on);
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
