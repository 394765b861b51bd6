#pragma once

#include "wizardpage.h"

class QCheckBox;
class QLabel;
class QLineEdit;

namespace postino {

class InlineMessage;

class SenderPage : public WizardPage
{
    Q_OBJECT
public:
    explicit SenderPage(PostinoWizard* wizard);
    void initializePage() override;

protected:
    void build() override;

public:
    bool isComplete() const override;

private:
    // Writes the fields into the profile, then shows what is wrong with them.
    void store(ProfileModel::Save when);
    void update();

    QLineEdit* m_fromEmail = nullptr;
    QLabel* m_fromEmailError = nullptr;
    QLineEdit* m_fromName = nullptr;
    QCheckBox* m_forceEmail = nullptr;
    QCheckBox* m_forceName = nullptr;
    QCheckBox* m_returnPath = nullptr;
    QLabel* m_returnPathHelp = nullptr;
    InlineMessage* m_message = nullptr;
    bool m_touched = false;
};

} // namespace postino
