#include "wizardpage.h"

#include "postinowizard.h"
#include "widgets/pageparts.h"

#include <QDir>
#include <QFileDialog>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace postino {

WizardPage::WizardPage(PostinoWizard* wizard, const QString& objectName, const QString& title)
    : QWizardPage(wizard)
    , m_wizard(wizard)
{
    setObjectName(objectName);
    setTitle(title);
    new QVBoxLayout(this);
}

void WizardPage::ensureBuilt()
{
    if (m_built) {
        return;
    }
    m_built = true;
    build();
    // A safety net for any button a translation left without a shortcut.
    addMissingMnemonics(this);
    // As in PostinoWizard: Enter means Next, never a page button.
    for (QPushButton* button : findChildren<QPushButton*>()) {
        button->setAutoDefault(false);
    }
}

const Profile& WizardPage::profile() const
{
    return m_wizard->profile();
}

ProfileModel::Parts WizardPage::editProfile(const std::function<void(Profile&)>& change,
                                            ProfileModel::Save when) const
{
    return m_wizard->editProfile(change, when);
}

QLabel* WizardPage::addIntro(const QString& text)
{
    auto* label = new QLabel(text, this);
    label->setWordWrap(true);
    layout()->addWidget(label);
    return label;
}

void WizardPage::chooseFileToOpen(const QString& caption, const QString& filter,
                                  const std::function<void(const QString&)>& open)
{
    const QString path = QFileDialog::getOpenFileName(this, caption, QDir::homePath(), filter);
    if (!path.isEmpty()) {
        open(path);
    }
}

} // namespace postino
