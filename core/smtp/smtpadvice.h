#pragma once

#include "finding.h"
#include "smtp/smtpreply.h"

#include <QAbstractSocket>
#include <QSslError>

namespace postino {

enum class SmtpStage;
struct SmtpSettings;

// Turns what went wrong in an SMTP session into a Finding with plain words and next steps.
namespace smtpadvice {

Finding connectError(QAbstractSocket::SocketError error, const SmtpSettings& settings, SmtpStage stage,
                     const QString& systemText);
Finding tlsError(const QList<QSslError>& errors, const SmtpSettings& settings, const QString& systemText);
Finding timeout(SmtpStage stage, const SmtpSettings& settings, int timeoutMs);
Finding replyError(SmtpStage stage, const SmtpReply& reply, const SmtpSettings& settings);
Finding starttlsNotOffered(const SmtpSettings& settings);
Finding authNotOffered(const SmtpSettings& settings, bool encrypted);
Finding plaintextAuthRefused(const SmtpSettings& settings);
Finding protocolError(const QString& detail, const SmtpSettings& settings);
Finding replyTooLong(const SmtpSettings& settings, qsizetype maxLines, qsizetype maxBytes);
Finding messageTooLarge(qint64 size, qint64 limit, const SmtpSettings& settings);
Finding mechanismUnsupported(const SmtpSettings& settings, const QStringList& offered,
                             const QStringList& known);
Finding smtputf8Unsupported(const SmtpSettings& settings);
Finding authOfferedButOff(const SmtpSettings& settings);
Finding tooSlow(const SmtpSettings& settings, int timeoutMs);
Finding greetingFromOtherHost(const SmtpSettings& settings, const QString& greetingName);
Finding sent(const SmtpSettings& settings, const QString& queueId, const SmtpReply& reply);
Finding credentialsAccepted(const SmtpSettings& settings, bool authenticated);

} // namespace smtpadvice
} // namespace postino
