#include "senderpage.h"

#include "catalog/catalog.h"
#include "postinowizard.h"
#include "widgets/inlinemessage.h"
#include "widgets/pageparts.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace postino {

SenderPage::SenderPage(PostinoWizard* wizard)
    : WizardPage(wizard, QStringLiteral("senderPage"), tr("Who your emails come from"))
{}

void SenderPage::build()
{
    m_fromEmail = makeNamed<QLineEdit>("fromEmail", this);
    m_fromName = makeNamed<QLineEdit>("fromName", this);
    m_forceEmail = makeNamed<QCheckBox>("forceFromEmail", tr("Force From &email"), this);
    m_forceName = makeNamed<QCheckBox>("forceFromName", tr("Force From n&ame"), this);
    m_returnPath = makeNamed<QCheckBox>("returnPath", tr("Set the &return path to the From email"), this);
    m_message = new InlineMessage(this);
    addIntro(tr("Recipients see this name and address. Use an address on your website's own domain, so the "
                "domain's SPF, DKIM and DMARC records can vouch for it."));
    m_fromEmail->setPlaceholderText(tr("hello@example.com"));
    m_fromName->setPlaceholderText(tr("Your website's name"));
    auto* form = new QFormLayout;
    m_fromEmailError = addFieldWithError(form, tr("From e&mail address:"), m_fromEmail);
    m_fromEmailError->setObjectName(QStringLiteral("fromEmailError"));
    form->addRow(tr("From &name:"), m_fromName);
    static_cast<QVBoxLayout*>(layout())->addLayout(form);

    layout()->addWidget(m_forceEmail);
    layout()->addWidget(makeHint(tr("Every email uses this address, even when another plugin asks for a "
                                    "different one. Recommended: mail services only accept addresses you "
                                    "verified."),
                                 this, 6));
    layout()->addWidget(m_forceName);
    layout()->addWidget(
        makeHint(tr("Every email uses this name, even when a form or plugin sets its own."), this, 6));
    layout()->addWidget(m_returnPath);
    m_returnPathHelp = makeHint(tr("Bounces (messages that could not be delivered) come back to the From "
                                   "address, so you notice them."),
                                this, 6);
    layout()->addWidget(m_returnPathHelp);
    layout()->addWidget(m_message);
    static_cast<QVBoxLayout*>(layout())->addStretch();

    // textChanged, not textEdited: text set by assistive technology (AT-SPI's EditableText) counts as typed.
    connect(m_fromEmail, &QLineEdit::textChanged, this, [this] {
        m_touched = true;
        store(ProfileModel::Save::AfterTyping);
    });
    connect(m_fromEmail, &QLineEdit::editingFinished, this, [this] {
        m_touched = true;
        store(ProfileModel::Save::Now);
    });
    connect(m_fromName, &QLineEdit::textChanged, this, [this] { store(ProfileModel::Save::AfterTyping); });
    for (QCheckBox* box : {m_forceEmail, m_forceName, m_returnPath}) {
        connect(box, &QCheckBox::toggled, this, [this] { store(ProfileModel::Save::Now); });
    }
}

void SenderPage::initializePage()
{
    ensureBuilt();
    const SenderSettings& s = profile().sender();
    {
        // Shown, not typed: not stored back, and the From address is not "touched" by it.
        const QSignalBlocker email(m_fromEmail), name(m_fromName);
        m_fromEmail->setText(s.fromEmail);
        m_fromName->setText(s.fromName);
    }
    {
        // Half-set boxes must not be written back one by one; store() below writes them all.
        const QSignalBlocker email(m_forceEmail), name(m_forceName), returnPath(m_returnPath);
        m_forceEmail->setChecked(s.forceFromEmail);
        m_forceName->setChecked(s.forceFromName);
        m_returnPath->setChecked(s.returnPath);
    }
    const MailerInfo* m = profile().mailer();
    const bool returnPath = m && m->returnPath;
    m_returnPath->setVisible(returnPath);
    m_returnPathHelp->setVisible(returnPath);
    if (m) {
        m_forceEmail->setVisible(m->sender.forceFromEmail);
        m_forceName->setVisible(m->sender.forceFromName);
        m_fromName->setEnabled(m->sender.fromName);
    }
    m_touched = !s.fromEmail.isEmpty();
    store(ProfileModel::Save::Now);
    m_fromEmail->setFocus();
}

void SenderPage::store(ProfileModel::Save when)
{
    editProfile(
        [this](Profile& p) {
            SenderSettings& s = p.sender();
            s.fromEmail = m_fromEmail->text().trimmed();
            s.fromName = m_fromName->text();
            s.forceFromEmail = m_forceEmail->isChecked();
            s.forceFromName = m_forceName->isChecked();
            s.returnPath = m_returnPath->isChecked();
        },
        when);
    update();
}

void SenderPage::update()
{
    const SenderSettings& s = profile().sender();
    const Findings findings = profile().validateSender();
    const Finding* email = nullptr;
    for (const Finding& f : findings) {
        if (f.subject == QLatin1String("sender.fromEmail")) {
            email = &f;
        }
    }
    const bool showEmailError = email && m_touched && !s.fromEmail.isEmpty();
    m_fromEmailError->setText(showEmailError ? email->detail + QLatin1Char(' ') +
                                                   email->advice.steps.join(QLatin1Char(' '))
                                             : QString());
    m_fromEmailError->setVisible(showEmailError);
    m_fromEmail->setAccessibleDescription(m_fromEmailError->text());
    if (findings.isEmpty()) {
        m_message->clear();
    } else if (s.fromEmail.isEmpty()) {
        m_message->showMessage(Severity::Info, tr("Enter the From email address to continue."));
    } else {
        m_message->showMessage(Severity::Error, tr("Fix the From email address to continue."));
    }
    Q_EMIT completeChanged();
}

bool SenderPage::isComplete() const
{
    return profile().validateSender().isEmpty();
}

} // namespace postino
