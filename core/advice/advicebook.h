#pragma once

#include "finding.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace postino {

// The facts a rule is matched on: structured first (stage, reply code, enhanced
// status code), then the provider's own text.
struct AdviceFacts
{
    QString
        stage; // SMTP: "greeting", "ehlo", "starttls", "auth", "mail", "rcpt", "data"; API: "send", "probe"
    int code = 0; // SMTP reply code or HTTP status
    QString enhancedCode;
    QString text;
    QString mailer;       // API rules may be for one provider
    QString providerCode; // the provider's own error code
    QString login;        // SMTP AUTH: "password" or "oauth" (XOAUTH2), which needs other advice
};

struct AdviceRule
{
    QString id;
    QString field; // the setting most likely at fault, if any
    Severity severity = Severity::Error;
    QList<QJsonObject> match;
    QString title;
    QStringList steps;

    // 0 when no alternative applies; otherwise how specific the best one is.
    int score(const AdviceFacts& facts) const;
};

// Error-to-advice rules kept as data (resources/advice/*.json), with stable ids.
class AdviceBook
{
public:
    static const AdviceBook& smtpReplies();
    static const AdviceBook& apiErrors();
    static std::optional<AdviceBook> fromJson(const QByteArray& json, QString* error);

    const AdviceRule* match(const AdviceFacts& facts) const;
    const QList<AdviceRule>& rules() const { return m_rules; }
    QString context() const { return m_context; }
    // The rule's title and steps in the user's language.
    Advice adviceFor(const AdviceRule& rule) const;

private:
    QString m_context;
    QList<AdviceRule> m_rules;
};

} // namespace postino
