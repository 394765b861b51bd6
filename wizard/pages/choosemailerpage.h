#pragma once

#include "wizardpage.h"

class QLabel;
class QListWidget;

namespace postino {

class ChooseMailerPage : public WizardPage
{
    Q_OBJECT
public:
    explicit ChooseMailerPage(PostinoWizard* wizard);
    void initializePage() override;

protected:
    void build() override;

public:
    bool isComplete() const override;

private:
    void showDetails();

    QListWidget* m_list = nullptr;
    QLabel* m_details = nullptr;
};

} // namespace postino
