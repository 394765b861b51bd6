#pragma once

#include "profilemodel.h"

#include <QWizardPage>

class QLabel;

namespace postino {

class PostinoWizard;

// Pages are thin: they read the wizard's Profile in initializePage(), change it through
// editProfile() as the user edits (which saves it and tells the other pages), and hold Next
// back (isComplete) with an inline message.
class WizardPage : public QWizardPage
{
    Q_OBJECT
public:
    // The object name lets tests and screenshots find the page; the title heads it.
    WizardPage(PostinoWizard* wizard, const QString& objectName, const QString& title);
    bool validatePage() override { return isComplete(); }

protected:
    // Pages with many widgets make them the first time they are shown, not at start-up.
    virtual void build() {}
    void ensureBuilt();
    PostinoWizard* postino() const { return m_wizard; }
    const Profile& profile() const;
    ProfileModel::Parts editProfile(const std::function<void(Profile&)>& change,
                                    ProfileModel::Save when = ProfileModel::Save::Now) const;
    QLabel* addIntro(const QString& text);
    // Asks for a file to open, starting in the home folder, and hands it to `open` unless the
    // user cancels.
    void chooseFileToOpen(const QString& caption, const QString& filter,
                          const std::function<void(const QString&)>& open);

private:
    PostinoWizard* m_wizard;
    bool m_built = false;
};

} // namespace postino
