#pragma once

#include "alerts/alertchannels.h"

#include <QDialog>
#include <QHash>
#include <QPointer>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;

namespace postino {

class AlertSender;
class FindingsView;
class InlineMessage;
class PostinoWizard;
struct AlertResult;

// One channel's fields, built from the channel table; OK only when they pass validation.
class AlertChannelDialog : public QDialog
{
    Q_OBJECT
public:
    AlertChannelDialog(PostinoWizard* wizard, const AlertChannel& channel, QWidget* parent = nullptr);
    AlertChannel channel() const;               // the settings as edited (no secrets)
    QHash<QString, QByteArray> secrets() const; // field key -> value, as edited
    void accept() override;

private:
    Findings problems() const;

    PostinoWizard* m_wizard;
    AlertChannel m_channel;
    QHash<QString, QLineEdit*> m_editors;
    QHash<QString, QLabel*> m_errors;
    InlineMessage* m_message;
};

// The alert channels of the profile: add, edit, remove, and send each a test alert.
class AlertsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AlertsDialog(PostinoWizard* wizard, QWidget* parent = nullptr);
    ~AlertsDialog() override;

    // Opens the editor for a new channel of this type (what "Add" does); returns the editor.
    AlertChannelDialog* addChannel(const QString& type);
    AlertChannelDialog* editSelected();
    void removeSelected();
    void testSelected();
    void stopTest();
    bool isTesting() const;

private:
    void refresh();
    void updateButtons();
    void store(const AlertChannel& channel, const QHash<QString, QByteArray>& secrets, bool isNew);
    void onFinished(const AlertResult& result);
    const AlertChannel* selected() const;

    PostinoWizard* m_wizard;
    QListWidget* m_list;
    QComboBox* m_type;
    QPushButton* m_add;
    QPushButton* m_edit;
    QPushButton* m_remove;
    QPushButton* m_test;
    QCheckBox* m_allowLocal;
    QLabel* m_status;
    FindingsView* m_result;
    QPlainTextEdit* m_transcript;
    AlertSender* m_sender;
    QPushButton* m_stop = nullptr;
    QProgressBar* m_busy = nullptr;
};

} // namespace postino
