#pragma once

#include "job/job.h"
#include "probe/portprobe.h"

#include <QByteArray>
#include <QList>
#include <QNetworkReply>
#include <QObject>
#include <QPointer>
#include <QSslCertificate>
#include <QSslError>
#include <QString>
#include <QStringList>
#include <QUrl>

class QNetworkAccessManager;

namespace postino {

// A self-contained PHP script that probes a target's SMTP ports from a web host without a
// shell. Host and ports are baked in; the script reads no request parameters, so a visitor
// cannot aim it anywhere else. It prints JSON that parsePhpProbeResult() reads back.
struct PhpProbeScript
{
    QString fileName;   // postino-probe-<32 hex random>.php
    QByteArray content; // UTF-8 PHP source
};

// The script's whole run takes at most kPhpProbeBudgetS seconds (ports share them, each up to
// one timeout), well within the execution limit it sets for itself.
constexpr int kPhpProbeBudgetS = 25;
constexpr int kPhpProbeTimeLimitS = 60;

// deleteAfterRun: the script unlinks itself before it probes anything, so it runs once.
PhpProbeScript makePhpProbe(const ProbeTarget& target, bool deleteAfterRun);

struct PhpProbeWrite
{
    bool ok = false;
    QString path;  // where the script was written
    QString error; // why it could not be
};

// Writes a fresh probe script (new random name) into `directory`.
PhpProbeWrite writePhpProbe(const ProbeTarget& target, bool deleteAfterRun, const QString& directory);

// What to do with the script once written, step by step, in the user's language.
QStringList phpProbeInstructions(const QString& fileName, bool deleteAfterRun);

// The script's JSON as a ProbeReport, with PortProbe::recommend() applied. On bad input
// (over 1 MB, not JSON, wrong shape) returns an empty report and sets *error.
ProbeReport parsePhpProbeResult(const QByteArray& json, QString* error);

// Fetches what the uploaded script prints from its address: HTTPS only, no redirects followed,
// the answer at most 1 MB and the whole transfer bounded in time. Emits finished() once.
class PhpProbeFetcher : public Job
{
    Q_OBJECT
public:
    static constexpr int kDefaultTimeoutMs = 60000; // the script itself waits up to one timeout per port

    explicit PhpProbeFetcher(QObject* parent = nullptr);
    ~PhpProbeFetcher() override;

    void setExtraCaCertificates(const QList<QSslCertificate>& certificates) { m_extraCa = certificates; }
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }

    // Checks the address first: on a bad one finishes at once (from the event loop) with an error.
    void fetch(const QUrl& url);

Q_SIGNALS:
    // On failure the report is empty and `error` says why, in plain words. Cancelled, or past the
    // deadline: `error` says so and the report holds the finding ("phpprobe.cancelled").
    void finished(const postino::ProbeReport& report, const QString& error);

private:
    POSTINO_JOB_STEPS
    void emitFinished() override { Q_EMIT finished(m_report, m_error); }
    QString findingSubject() const override { return m_url.toString(QUrl::RemoveUserInfo); }
    void dropReply();
    void onFinished();
    void fail(const QString& error);

    QNetworkAccessManager* m_nam;
    QUrl m_url;
    ProbeReport m_report;
    QString m_error;
    QPointer<QNetworkReply> m_reply;
    QList<QSslCertificate> m_extraCa;
    QList<QSslError> m_sslErrors;
    QByteArray m_body;
    bool m_tooLarge = false;
    int m_timeoutMs = kDefaultTimeoutMs;
};

} // namespace postino
