#pragma once

#include "export/exporters.h"
#include "finding.h"
#include "smtp/smtpclient.h"

#include <QJsonObject>
#include <QObject>
#include <QStringList>
#include <QTextStream>
#include <QUrl>
#include <functional>

namespace postino {
struct MailerInfo;
namespace dns {
class Resolver;
}

class Profile;
class TestEmailSender;
class SmtpClient;
struct ProbeReport;
struct VerifyRequest;

// postino-cli's commands, kept out of main() so tests can run them. Asynchronous:
// finished(exitCode) fires once the command is done.
//   0 = no error findings, 1 = at least one error finding, 2 = usage or input error.
class CliRunner : public QObject
{
    Q_OBJECT
public:
    CliRunner(QTextStream* out, QTextStream* err, QObject* parent = nullptr);

    // `arguments` excludes the program name. Returns false when finished() has already
    // been emitted synchronously is not possible: it is always queued.
    void run(const QStringList& arguments);
    // How `oauth sign-in` opens the system browser; set by the program (core opens nothing itself).
    void setBrowserOpener(std::function<bool(const QUrl&)> opener) { m_openBrowser = std::move(opener); }

Q_SIGNALS:
    void finished(int exitCode);

private:
    struct Options;
    void finishFindings(const Findings& findings, QJsonObject extra, const QString& textSummary = {});
    void usage(const QString& message);
    void done(int code);
    void runMailers(const Options& o);
    void runValidate(const Options& o);
    void runSend(const Options& o, bool smtpOnly);
    void runSmtpCheck(const Options& o);
    void runApiCheck(const Options& o);
    Findings missingSecrets(const Options& o, const MailerInfo* mailer) const; // secret fields not given
    static Advice secretAdvice(const QString& variable);
    static Findings withLoginAdvice(Findings findings);
    static Advice secretsFileAdvice(const QString& file);
    void runOAuth(const Options& o, const QString& secretsFile, bool noBrowser, int waitMs);
    void runExport(const Options& o, ExportFormat format, bool includeSecrets, const QString& out,
                   const QString& insert, bool allowPlaceholders);
    void runImport(const Options& o, const QString& path);
    void runProbe(const Options& o, const QString& hostOverride, const QString& writePhp,
                  const QString& phpResult);
    void printProbeReport(const ProbeReport& report);
    // The resolver the dns and spf commands ask: the system's, or --nameserver; null after usage().
    dns::Resolver* createResolver(const Options& o, const QString& nameserver, bool authoritative,
                                  const QString& domain);
    void runDns(const Options& o, const QString& nameserver, bool authoritative, const QStringList& selectors,
                const QString& returnPath, const QString& ip);
    void runSpf(const Options& o, const QString& nameserver, const QString& ip, const QString& sender,
                const QString& helo);
    void runAlertTest(const Options& o, const QString& channel, const QStringList& assignments,
                      bool allowLocal);
    VerifyRequest verifyRequest(const Options& o) const;
    void runVerify(const Options& o, const VerifyRequest& request, const Findings& before,
                   const QJsonObject& extra);

    std::function<bool(const QUrl&)> m_openBrowser;
    QTextStream* m_out;
    QTextStream* m_err;
    bool m_json = false;
    QStringList m_transcript;
    QList<TranscriptLine> m_lines;
    QString m_reportPath;
    QList<QPair<QString, QString>> m_reportSettings;
};

} // namespace postino
