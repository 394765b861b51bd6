#pragma once

#include "wizardpage.h"

class QLabel;

namespace postino {

class FindingsView;
class InlineMessage;

class WelcomePage : public WizardPage
{
    Q_OBJECT
public:
    explicit WelcomePage(PostinoWizard* wizard);
    void initializePage() override;
    // Takes over the settings in a wp-config.php, a WP Mail SMTP option export, another
    // plugin's settings or a Postino profile; the current profile stays as it is on failure.
    bool importFrom(const QString& path);

private:
    InlineMessage* m_problems;
    QLabel* m_resumeNote;
    InlineMessage* m_importMessage;
    FindingsView* m_importFindings;
};

} // namespace postino
