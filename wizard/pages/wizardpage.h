#pragma once

#include <QWizardPage>

class QLabel;

namespace postino {

class PostinoWizard;
class Profile;

// Pages are thin: they read the wizard's Profile in initializePage(), write it back
// as the user edits, and hold Next back (isComplete) with an inline message.
class WizardPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit WizardPage(PostinoWizard* wizard);
    bool validatePage() override { return isComplete(); }

protected:
    // Pages with many widgets make them the first time they are shown, not at start-up.
    virtual void build() {}
    void ensureBuilt();
    PostinoWizard* postino() const { return m_wizard; }
    Profile& profile() const;
    QLabel* addIntro(const QString& text);

private:
    PostinoWizard* m_wizard;
    bool m_built = false;
};

} // namespace postino
