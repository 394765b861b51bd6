#pragma once

#include "wizardpage.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace postino {

class FindingsView;
class InlineMessage;

class ExportPage : public WizardPage
{
    Q_OBJECT
public:
    explicit ExportPage(PostinoWizard* wizard);
    void initializePage() override;
    // Inserts the wp-config.php block into the file at `path` (what Insert does after its file dialog).
    // A block with placeholders asks for confirmation first. True when the file was changed.
    bool insertInto(const QString& path);

protected:
    void build() override;

private:
    void regenerate();
    void copy();
    void save();

    QLabel* m_summary = nullptr;
    QComboBox* m_format = nullptr;
    QCheckBox* m_includeSecrets = nullptr;
    InlineMessage* m_secretNotice = nullptr;
    QPlainTextEdit* m_preview = nullptr;
    QLabel* m_command = nullptr;
    FindingsView* m_findings = nullptr;
    QPushButton* m_insert = nullptr;
    InlineMessage* m_message = nullptr;
    QString m_suggestedName;
    bool m_containsSecrets = false;
};

} // namespace postino
