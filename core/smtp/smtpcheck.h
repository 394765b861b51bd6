#pragma once

#include "smtp/smtpclient.h"

#include <QObject>
#include <QPointer>

namespace postino {

// "Check credentials": connect, secure, log in once, quit; nothing is sent. When the
// configured port cannot be reached, the usual alternatives are tried in parallel and
// the finding names the one that answers.
class SmtpCredentialCheck : public Job
{
    Q_OBJECT
public:
    explicit SmtpCredentialCheck(QObject* parent = nullptr);
    void start(const SmtpSettings& settings);

    // 25 → 587, 465; 587 → 465; 465 → 587; anything else → 587, 465.
    static QList<QPair<quint16, SmtpSecurity>> alternativesFor(quint16 port);

Q_SIGNALS:
    void finished(const postino::SmtpResult& result);

private:
    POSTINO_JOB_STEPS
    void emitFinished() override { Q_EMIT finished(m_result); }
    QString findingSubject() const override
    {
        return m_settings.host + QLatin1Char(':') + QString::number(m_settings.port);
    }
    void onMainFinished(const SmtpResult& result);
    void onProbeFinished();
    void finish();

    SmtpSettings m_settings;
    QPointer<SmtpClient> m_main;
    QList<QPointer<SmtpClient>> m_probes;
    QList<QPair<quint16, SmtpSecurity>> m_answering;
    int m_pendingProbes = 0;
    SmtpResult m_result;
};

} // namespace postino
