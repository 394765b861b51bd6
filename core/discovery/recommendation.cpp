#include "discovery/recommendation.h"

#include "catalog/catalog.h"
#include "catalog/mailboxes.h"

#include <QCoreApplication>
#include <algorithm>

namespace postino::discovery {

namespace {

class Discover
{
    Q_DECLARE_TR_FUNCTIONS(Discover)
};

// Points per kind of evidence: an authorised service outranks the mailbox provider's mailer, which
// outranks a server that merely answered.
constexpr int kAuthorisedScore = 30;
constexpr int kMailboxScore = 20;
constexpr int kMailboxIncludeScore = 3;
constexpr int kVerifiedServerScore = 10;
constexpr int kBlockedPenalty = 25;
constexpr int kHostBlocksBonus = 5;
constexpr int kFallbackScore = 1;

QString portList(const QList<quint16>& ports)
{
    QStringList out;
    for (quint16 p : ports) {
        out.append(QString::number(p));
    }
    return out.join(QLatin1String(", "));
}

// Whether the website's likely host blocks every port a submission to `candidate` would use.
bool hostBlocks(const std::optional<HostingMatch>& hosting, quint16 port)
{
    return hosting && hosting->blockedPorts.contains(port);
}

// Whether the site's host blocks all the usual submission ports: only an HTTPS API gets out.
bool hostBlocksSubmission(const std::optional<HostingMatch>& hosting)
{
    return hostBlocks(hosting, 465) && hostBlocks(hosting, 587);
}

class Builder
{
public:
    Builder(const DiscoveryResult& result, const Catalog& catalog)
        : m_result(result)
        , m_catalog(catalog)
    {}

    Suggestion* entry(const QString& mailerId)
    {
        if (!m_catalog.mailer(mailerId)) {
            return nullptr; // data names a mailer the catalog lacks: tst_catalog catches it
        }
        for (Suggestion& s : m_out) {
            if (s.mailerId == mailerId) {
                return &s;
            }
        }
        m_out.append(Suggestion{.mailerId = mailerId});
        return &m_out.last();
    }

    void addAuthorised()
    {
        for (const SendingService& service : m_result.sendingServices) {
            Suggestion* s = entry(service.mailerId);
            if (!s) {
                continue;
            }
            const MailerInfo* mailer = m_catalog.mailer(service.mailerId);
            // The mailbox provider's own SPF include comes with the mailboxes: it adds little to
            // the mailbox evidence, while a sending service set up on purpose says much.
            s->score += (isMailboxMailer(service.mailerId) ? kMailboxIncludeScore : kAuthorisedScore) +
                        int(service.evidence.size());
            s->reasons.append(Discover::tr("Your domain already authorises %1: %2.")
                                  .arg(mailer->name, service.evidence.join(QLatin1String("; "))));
        }
    }

    bool isMailboxMailer(const QString& mailerId) const
    {
        const MailboxProvider* provider =
            m_result.mailbox ? MailboxCatalog::builtin().provider(m_result.mailbox->providerId) : nullptr;
        return provider && provider->mailers.contains(mailerId);
    }

    void addMailboxProvider()
    {
        if (!m_result.mailbox) {
            return;
        }
        const MailboxMatch& box = *m_result.mailbox;
        const MailboxProvider* provider = MailboxCatalog::builtin().provider(box.providerId);
        if (!provider) {
            return;
        }
        int rank = 0;
        for (const QString& id : provider->mailers) {
            const MailerInfo* mailer = m_catalog.mailer(id);
            if (!mailer || mailer->kind == MailerKind::Smtp) {
                continue; // Other SMTP is judged by the servers that answered, below
            }
            Suggestion* s = entry(id);
            s->score += kMailboxScore - rank++;
            QString reason = Discover::tr("Your mailboxes are on %1 (%2): %3 sends as your own account.")
                                 .arg(box.name, box.evidence, mailer->name);
            if (!provider->note.isEmpty()) {
                reason += QLatin1Char(' ') + Catalog::tr(provider->note);
            }
            s->reasons.prepend(reason); // the mailboxes are why this mailer is here at all
            if (!box.region.isEmpty() && mailer->field(QStringLiteral("domain"))) {
                s->settings.insert(QStringLiteral("domain"), box.region);
            }
            s->settings.insert(QStringLiteral("user"), m_result.address);
        }
    }

    void addVerifiedServer()
    {
        const SmtpCandidate* best = nullptr;
        for (const SmtpCandidate& c : m_result.smtp) {
            if (c.verified && (!best || (hostBlocks(m_result.hosting, best->port) &&
                                         !hostBlocks(m_result.hosting, c.port)))) {
                best = &c;
            }
        }
        const MailerInfo* other = m_catalog.otherSmtp();
        if (!other) {
            return;
        }
        if (!best) {
            // A server nobody could verify is still worth naming when the provider publishes it.
            for (const SmtpCandidate& c : m_result.smtp) {
                if (c.source != CandidateSource::Guess) {
                    best = &c;
                    break;
                }
            }
            if (!best) {
                return;
            }
        }
        Suggestion* s = entry(other->id);
        s->settings.insert(QStringLiteral("host"), best->host);
        s->settings.insert(QStringLiteral("port"), int(best->port));
        s->settings.insert(QStringLiteral("encryption"), SmtpSettings::securitySetting(best->security));
        s->settings.insert(QStringLiteral("auth"), true);
        s->settings.insert(QStringLiteral("user"), best->username == UsernameForm::LocalPart
                                                       ? m_result.address.section(QLatin1Char('@'), 0, 0)
                                                       : m_result.address);
        const QString where = best->host + QLatin1Char(':') + QString::number(best->port);
        if (best->verified) {
            s->score += kVerifiedServerScore;
            s->reasons.append(
                Discover::tr("%1 answered with a valid certificate and offers sign-in (from %2).")
                    .arg(where, sourceText(*best)));
        } else {
            s->score += kFallbackScore;
            s->reasons.append(Discover::tr("%1 comes from %2, but Postino could not verify it: %3")
                                  .arg(where, sourceText(*best),
                                       best->verifyDetail.isEmpty() ? Discover::tr("the probe did not run.")
                                                                    : best->verifyDetail));
        }
    }

    void applyHosting()
    {
        if (!m_result.hosting) {
            return;
        }
        const HostingMatch& host = *m_result.hosting;
        if (!hostBlocksSubmission(m_result.hosting)) {
            return;
        }
        const QString how = host.blocksByDefault ? Discover::tr("blocks SMTP ports %1 by default")
                                                 : Discover::tr("blocks SMTP ports %1");
        const QString line =
            Discover::tr("Your site is likely on %1 (%2), which %3: use a mailer with an HTTPS API.")
                .arg(host.name, host.evidence, how.arg(portList(host.blockedPorts)));
        for (Suggestion& s : m_out) {
            const MailerInfo* mailer = m_catalog.mailer(s.mailerId);
            if (mailer->kind == MailerKind::Smtp) {
                s.score -= kBlockedPenalty;
                s.reasons.append(line);
            } else if (mailer->kind == MailerKind::Api) {
                s.score += kHostBlocksBonus;
                s.reasons.append(line);
            }
        }
        if (std::none_of(m_out.cbegin(), m_out.cend(), [this](const Suggestion& s) {
                return m_catalog.mailer(s.mailerId)->kind == MailerKind::Api;
            })) {
            addFallback(line);
        }
    }

    // Nothing points anywhere (or only at blocked SMTP): the catalog's recommended API mailers.
    void addFallback(const QString& why)
    {
        for (const MailerInfo& mailer : m_catalog.mailers()) {
            if (mailer.recommended && mailer.kind == MailerKind::Api) {
                Suggestion* s = entry(mailer.id);
                s->score += kFallbackScore;
                s->reasons.append(why);
            }
        }
    }

    QList<Suggestion> finish()
    {
        if (m_out.isEmpty()) {
            addFallback(
                Discover::tr("Nothing in your domain's DNS points at a sending service yet: a mailer with "
                             "an HTTPS API works from any web host."));
        }
        std::stable_sort(m_out.begin(), m_out.end(),
                         [](const Suggestion& a, const Suggestion& b) { return a.score > b.score; });
        return m_out;
    }

private:
    static QString sourceText(const SmtpCandidate& c)
    {
        switch (c.source) {
        case CandidateSource::Autoconfig:
            return Discover::tr("your domain's autoconfig file");
        case CandidateSource::Srv:
            return Discover::tr("your domain's SRV record %1").arg(c.sourceDetail);
        case CandidateSource::Provider:
            return Discover::tr("your mail provider's help page");
        case CandidateSource::Guess:
            break;
        }
        return Discover::tr("guessing your domain's server name");
    }

    const DiscoveryResult& m_result;
    const Catalog& m_catalog;
    QList<Suggestion> m_out;
};

} // namespace

QList<Suggestion> recommend(const DiscoveryResult& result, const Catalog& catalog)
{
    Builder builder(result, catalog);
    builder.addAuthorised();
    builder.addMailboxProvider();
    builder.addVerifiedServer();
    builder.applyHosting();
    return builder.finish();
}

} // namespace postino::discovery
