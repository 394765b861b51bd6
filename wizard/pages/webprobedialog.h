#pragma once

#include "probe/portprobe.h"

#include <QDialog>
#include <QPointer>
#include <QSslCertificate>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;

namespace postino {

class InlineMessage;
class PhpProbeFetcher;

// "Test from your web server": writes the PHP probe for a target into a folder the user
// picks, says how to upload it, and reads its result back, pasted or fetched from its address.
// The work is core's (makePhpProbe, PhpProbeFetcher, parsePhpProbeResult); this is the form.
class WebProbeDialog : public QDialog
{
    Q_OBJECT
public:
    WebProbeDialog(const ProbeTarget& target, const QList<QSslCertificate>& extraCa, QWidget* parent);

    QString scriptPath() const { return m_scriptPath; }

Q_SIGNALS:
    // A result read back: the page shows it, then the dialog closes.
    void reportReady(const postino::ProbeReport& report);

private:
    void chooseFolder();
    void writeScript();
    void fetchResult();
    void readPasted();
    void finish(const ProbeReport& report, const QString& error);
    void updateButtons();
    void stopFetch();

    ProbeTarget m_target;
    QString m_scriptPath;
    QLineEdit* m_folder = nullptr;
    QCheckBox* m_selfDelete = nullptr;
    QPushButton* m_write = nullptr;
    QLabel* m_instructions = nullptr;
    QLineEdit* m_url = nullptr;
    QPushButton* m_fetch = nullptr;
    QPlainTextEdit* m_pasted = nullptr;
    QPushButton* m_show = nullptr;
    InlineMessage* m_message = nullptr;
    PhpProbeFetcher* m_fetcher = nullptr;
    QPushButton* m_stop = nullptr;
    QProgressBar* m_busy = nullptr;
};

} // namespace postino
