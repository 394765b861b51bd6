#include "acceptance/senderreputation.h"

#include <QCoreApplication>
#include <QTimer>
#include <memory>

namespace postino::acceptance {

using dns::Answer;
using dns::RecordType;
using dns::Status;

namespace {

struct Reputation
{
    Q_DECLARE_TR_FUNCTIONS(Reputation)
};

constexpr int kMaxAddressesPerHost = 8; // whatever a host's DNS publishes
constexpr int kChainLength = 3;         // name → address, address → PTR, PTR name → address

int secondsOf(int ms)
{
    return std::max(1, (ms + 999) / 1000);
}

// "…listed." → "…listed", for a reason set inside a sentence of ours.
QString clause(QString text)
{
    text = text.trimmed();
    while (text.endsWith(QLatin1Char('.')))
        text.chop(1);
    return text;
}

QString lookupWhy(const Answer& a, int timeoutMs)
{
    switch (a.status) {
    case Status::Timeout:
        return Reputation::tr("no answer within %n second(s)", nullptr, secondsOf(timeoutMs));
    case Status::ServerFailure:
        return Reputation::tr("the DNS server failed to answer");
    case Status::Refused:
        return Reputation::tr("the DNS server refused the query");
    case Status::BadName:
        return Reputation::tr("the name cannot be looked up");
    default:
        break;
    }
    return dns::statusName(a.status);
}

bool isVoid(const std::optional<Answer>& a)
{
    return a && a->isVoid();
}

} // namespace

SenderReputationCheck::SenderReputationCheck(dns::Resolver* resolver, QObject* parent)
    : Job(QStringLiteral("reputation"), parent)
    , m_resolver(resolver)
{
    qRegisterMetaType<SenderReputation>();
    setFinishFromEventLoop(true);
}

void SenderReputationCheck::start(const QList<SendingHost>& hosts, const SenderReputationOptions& options)
{
    const int lookupMs = std::max(1, options.lookupTimeoutMs);
    const int deadlineMs = options.deadlineMs > 0 ? options.deadlineMs : kChainLength * lookupMs + 1000;
    setDeadline(std::chrono::milliseconds(deadlineMs));
    restartWith(m_settings, Settings{hosts, options});
}

Finding SenderReputationCheck::deadlineFinding() const
{
    const int seconds = secondsOf(int(deadline().count()));
    return Finding{
        Severity::Warning,
        {.id = QStringLiteral("reputation.deadline"),
         .detail = tr("Some answers did not arrive within %n second(s); what they would have shown is "
                      "marked as not checked.",
                      nullptr, seconds)},
        Advice{tr("Run the check again"),
               {tr("Run it again in a few minutes; a DNS server that is only slow at the moment often "
                   "answers in time on the next try.")}}};
}

void SenderReputationCheck::doStart()
{
    delete m_context;
    m_context = new QObject(this);
    m_result = {};
    m_hosts.clear();
    m_checked.clear();
    m_pending = 0;
    m_composed = false;
    m_lists = m_settings.options.lists.isEmpty() ? builtinDnsbls() : m_settings.options.lists;

    for (const SendingHost& given : std::as_const(m_settings.hosts)) {
        QString name = given.name.trimmed();
        if (name.startsWith(QLatin1Char('[')) && name.endsWith(QLatin1Char(']')))
            name = name.mid(1, name.size() - 2);
        if (name.isEmpty())
            continue;
        // One entry per name; the SMTP server's role wins (its rules are stricter).
        bool merged = false;
        for (Host& known : m_hosts) {
            if (known.name.compare(name, Qt::CaseInsensitive) == 0) {
                if (given.role == QLatin1String("smtp"))
                    known.role = given.role;
                merged = true;
            }
        }
        if (merged)
            continue;
        Host host;
        host.name = name;
        host.role = given.role;
        QHostAddress literal;
        host.literal = literal.setAddress(name);
        if (host.literal)
            host.name = plainAddress(literal).toString();
        m_hosts.append(host);
    }

    if (!m_resolver) {
        compose();
        finishJob();
        return;
    }
    for (qsizetype i = 0; i < m_hosts.size(); ++i) {
        if (m_hosts.at(i).literal) {
            checkAddress(i, QHostAddress(m_hosts.at(i).name));
            continue;
        }
        lookup(m_hosts.at(i).name, RecordType::A, [this, i](const Answer& a) {
            m_hosts[i].a = a;
            hostAnswered(i, a);
        });
        lookup(m_hosts.at(i).name, RecordType::AAAA, [this, i](const Answer& a) {
            m_hosts[i].aaaa = a;
            hostAnswered(i, a);
        });
    }
    if (m_pending == 0) {
        // Nothing to ask: report on the next turn, like an answer would.
        QMetaObject::invokeMethod(
            m_context,
            [this] {
                if (!isRunning())
                    return;
                compose();
                finishJob();
            },
            Qt::QueuedConnection);
    }
}

// Every lookup ends within the lookup time, whatever the server does: a silent list costs that
// time and nothing more, and its answer arriving later is ignored.
void SenderReputationCheck::lookup(const QString& name, RecordType type,
                                   std::function<void(const Answer&)> done)
{
    ++m_pending;
    const int timeoutMs = std::max(1, m_settings.options.lookupTimeoutMs);
    auto settled = std::make_shared<bool>(false);
    const auto finish = [this, settled, done = std::move(done)](const Answer& a) {
        if (*settled)
            return;
        *settled = true;
        if (!isRunning())
            return;
        done(a);
        answered();
    };
    QTimer::singleShot(timeoutMs, m_context, [finish, name, type] {
        Answer timedOut;
        timedOut.name = name;
        timedOut.type = type;
        timedOut.status = Status::Timeout;
        finish(timedOut);
    });
    if (!m_resolver) { // gone while the check runs: nothing more will answer
        QTimer::singleShot(0, m_context, [finish, name, type] {
            Answer failed;
            failed.name = name;
            failed.type = type;
            failed.status = Status::ServerFailure;
            finish(failed);
        });
        return;
    }
    m_resolver->lookup(name, type, m_context, finish);
}

void SenderReputationCheck::answered()
{
    if (--m_pending > 0)
        return;
    compose();
    finishJob();
}

void SenderReputationCheck::doCancel()
{
    delete m_context; // drops the answers and timers still on their way
    m_context = nullptr;
    m_pending = 0;
}

// Cancelled or out of time: what arrived is still worth showing; what did not is "not checked".
void SenderReputationCheck::addEndingFinding(const Finding& finding)
{
    compose();
    Finding f = finding;
    if (f.subject.isEmpty() && !m_hosts.isEmpty()) {
        QStringList names;
        for (const Host& h : std::as_const(m_hosts))
            names << h.name;
        f.subject = names.join(QStringLiteral(", "));
    }
    m_result.findings.append(f);
}

void SenderReputationCheck::hostAnswered(qsizetype host, const Answer& answer)
{
    for (const QHostAddress& a : answer.addresses)
        checkAddress(host, a);
}

void SenderReputationCheck::checkAddress(qsizetype host, const QHostAddress& address)
{
    const QHostAddress a = plainAddress(address);
    int ofHost = 0;
    for (const Checked& c : std::as_const(m_checked)) {
        if (c.host != host)
            continue;
        if (c.address.isEqual(a))
            return;
        ++ofHost;
    }
    if (ofHost >= kMaxAddressesPerHost)
        return;
    Checked c;
    c.host = host;
    c.address = a;
    c.lists.resize(m_lists.size());
    m_checked.append(c);
    const qsizetype i = m_checked.size() - 1;

    for (qsizetype li = 0; li < m_lists.size(); ++li) {
        if (!m_lists.at(li).supports(a))
            continue;
        lookup(dnsblQueryName(a, m_lists.at(li).zone), RecordType::A,
               [this, i, li](const Answer& answer) { m_checked[i].lists[li] = answer; });
    }
    checkReverseDns(
        a,
        [this](const QString& name, RecordType type, std::function<void(const Answer&)> done) {
            lookup(name, type, std::move(done));
        },
        [this, i](const ReverseDnsAnswer& r) { m_checked[i].reverse = r; });
}

QString SenderReputationCheck::subject(const Checked& c) const
{
    const Host& h = m_hosts.at(c.host);
    return h.literal ? c.address.toString() : QStringLiteral("%1 (%2)").arg(h.name, c.address.toString());
}

void SenderReputationCheck::compose()
{
    if (m_composed)
        return;
    m_composed = true;
    // Host by host as given; each host's IPv4 addresses before its IPv6 ones, whichever answer came first.
    m_result.addresses.clear();
    for (qsizetype h = 0; h < m_hosts.size(); ++h) {
        composeHost(h);
        QList<const Checked*> ofHost;
        for (const Checked& c : std::as_const(m_checked)) {
            if (c.host == h)
                ofHost << &c;
        }
        std::stable_sort(ofHost.begin(), ofHost.end(), [](const Checked* x, const Checked* y) {
            return x->address.protocol() == QAbstractSocket::IPv4Protocol &&
                   y->address.protocol() != QAbstractSocket::IPv4Protocol;
        });
        for (const Checked* c : std::as_const(ofHost)) {
            if (std::none_of(m_result.addresses.cbegin(), m_result.addresses.cend(),
                             [c](const QHostAddress& known) { return known.isEqual(c->address); }))
                m_result.addresses.append(c->address);
            composeAddress(*c);
        }
    }
}

void SenderReputationCheck::composeHost(qsizetype index)
{
    const Host& host = m_hosts.at(index);
    if (host.literal)
        return;
    const int timeoutMs = m_settings.options.lookupTimeoutMs;
    const bool anyAddress = std::any_of(m_checked.cbegin(), m_checked.cend(),
                                        [index](const Checked& c) { return c.host == index; });
    const auto why = [timeoutMs](const std::optional<Answer>& a) {
        return a ? lookupWhy(*a, timeoutMs) : Reputation::tr("no answer before the check's time ran out");
    };
    if (!anyAddress && isVoid(host.a) && isVoid(host.aaaa)) {
        const bool missing = host.a->status == Status::NxDomain && host.aaaa->status == Status::NxDomain;
        m_result.findings.append(Finding{
            Severity::Warning,
            {.id = QStringLiteral("reputation.host_not_found"),
             .subject = host.name,
             .detail = missing
                           ? tr("%1 does not exist in DNS, so the reputation of its addresses could not be "
                                "checked.")
                                 .arg(host.name)
                           : tr("%1 has no address in DNS (no A or AAAA record), so the reputation of its "
                                "addresses could not be checked.")
                                 .arg(host.name)},
            Advice{tr("Check the server's name"),
                   {tr("Check the spelling of %1 in the settings; a name without an address cannot receive "
                       "connections either.")
                        .arg(host.name)}}});
        return;
    }
    const bool aFailed = !host.a || host.a->isTemporaryError() || host.a->status == Status::BadName;
    const bool aaaaFailed =
        !host.aaaa || host.aaaa->isTemporaryError() || host.aaaa->status == Status::BadName;
    if (!aFailed && !aaaaFailed)
        return;
    Finding f{Severity::Info,
              {.id = QStringLiteral("reputation.host_could_not_check"), .subject = host.name}};
    if (!anyAddress) {
        f.detail =
            tr("The addresses of %1 could not be looked up (%2), so their blocklist listings and reverse "
               "DNS were not checked.")
                .arg(host.name, why(aFailed ? host.a : host.aaaa));
    } else {
        f.detail = tr("The %1 addresses of %2 could not be looked up (%3), so only its other addresses were "
                      "checked.")
                       .arg(aFailed ? QStringLiteral("IPv4") : QStringLiteral("IPv6"), host.name,
                            why(aFailed ? host.a : host.aaaa));
    }
    f.advice =
        Advice{tr("Run the check again"),
               {tr("Run it again in a few minutes; if it keeps failing, check the network connection and "
                   "the DNS resolver.")}};
    m_result.findings.append(f);
}

void SenderReputationCheck::composeAddress(const Checked& c)
{
    const Host& host = m_hosts.at(c.host);
    const bool smtp = host.role == QLatin1String("smtp");
    const QString address = c.address.toString();
    const QString about = subject(c);
    const int timeoutMs = m_settings.options.lookupTimeoutMs;

    // --- Blocklists -----------------------------------------------------------------------------
    QStringList clean, notAsked;
    bool listed = false;
    for (qsizetype li = 0; li < m_lists.size(); ++li) {
        const DnsblList& list = m_lists.at(li);
        DnsblAnswer answer;
        if (!list.supports(c.address)) {
            answer = classifyDnsblAnswer(list, c.address, Answer{});
        } else if (!c.lists.at(li)) {
            Answer none;
            none.status = Status::Timeout;
            answer = classifyDnsblAnswer(list, c.address, none);
            answer.why = tr("no answer before the check's time ran out");
        } else {
            answer = classifyDnsblAnswer(list, c.address, *c.lists.at(li));
            if (c.lists.at(li)->status == Status::Timeout)
                answer.why = tr("the list's DNS server did not answer within %n second(s)", nullptr,
                                secondsOf(timeoutMs));
        }
        answer.host = host.name;
        const QString query = dnsblQueryName(c.address, list.zone);

        switch (answer.state) {
        case ListingState::NotAsked:
            notAsked << list.name;
            break;
        case ListingState::NotListed:
            clean << list.name;
            break;
        case ListingState::Listed: {
            listed = true;
            QStringList steps{tr("Look the address up on %1: the page says why it is listed and how to ask "
                                 "for its removal, "
                                 "which works once the cause (an infected machine, a hacked account, a form "
                                 "that sends spam) "
                                 "is fixed.")
                                  .arg(list.delistUrl)};
            steps
                << (smtp ? tr("If %1 is your hosting company's shared mail server, you cannot fix this "
                              "yourself: "
                              "ask the host to have it delisted, or send through an API mailer over HTTPS so "
                              "that this server no longer carries your mail.")
                               .arg(host.name)
                         : tr("This is your website's server: it matters when the site sends mail itself. "
                              "Sending through a mailer's API or SMTP server avoids this address; on shared "
                              "hosting, ask the host to have it delisted."));
            m_result.findings.append(Finding{
                Severity::Error,
                {.id = QStringLiteral("dnsbl.listed"),
                 .subject = about,
                 .detail = tr("%1 is on the %2 blocklist (answer %3): %4 Mailbox providers that consult this "
                              "list may refuse or junk mail sent from this address.")
                               .arg(address, list.name, answer.returned.join(QStringLiteral(", ")),
                                    clause(answer.meaning) + QLatin1Char('.')),
                 .seen = QStringLiteral("%1 A %2").arg(query, answer.returned.join(QStringLiteral(", ")))},
                Advice{tr("Get %1 off %2").arg(address, list.name), steps}});
            break;
        }
        case ListingState::CouldNotCheck:
            if (answer.unexpected) {
                m_result.findings.append(Finding{
                    Severity::Warning,
                    {.id = QStringLiteral("dnsbl.unexpected_answer"),
                     .subject = about,
                     .detail = tr("%1 could not be checked against %2: %3.")
                                   .arg(address, list.name, clause(answer.why)),
                     .seen = answer.returned.isEmpty()
                                 ? QString()
                                 : QStringLiteral("%1 A %2").arg(query,
                                                                 answer.returned.join(QStringLiteral(", ")))},
                    Advice{
                        tr("Could not check: the answer may not come from the list"),
                        {tr("Some DNS resolvers (an Internet provider's, a filtering service's) put an "
                            "address "
                            "of their own in place of answers they do not like. Run the check on the server "
                            "with a DNS resolver of its own."),
                         tr("Or look the address up on %1.").arg(list.delistUrl)}}});
            } else {
                Finding f{Severity::Info,
                          {.id = QStringLiteral("dnsbl.could_not_check"),
                           .subject = about,
                           .detail = tr("%1 could not be checked against %2: %3.")
                                         .arg(address, list.name, clause(answer.why))}};
                const bool refusal = !answer.returned.isEmpty() ||
                                     (c.lists.at(li) && c.lists.at(li)->status == Status::Refused);
                f.advice.title = tr("Check %1 another way").arg(list.name);
                f.advice.steps
                    << (refusal ? tr("Run the check on your server with a DNS resolver of its own, not "
                                     "a public one such as 8.8.8.8 or 1.1.1.1: blocklists often refuse "
                                     "queries from public or busy resolvers.")
                                : tr("Run the check again in a few minutes; a blocklist's servers are "
                                     "sometimes slow or down."));
                f.advice.steps << tr("Or look the address up on %1.").arg(list.delistUrl);
                m_result.findings.append(f);
            }
            break;
        }
        m_result.dnsbl.append(answer);
    }
    if (!listed && !clean.isEmpty()) {
        QString detail =
            tr("%1 is not on any of the %n blocklist(s) that answered: %2.", nullptr, int(clean.size()))
                .arg(address, clean.join(QStringLiteral(", ")));
        if (!notAsked.isEmpty())
            detail += QLatin1Char(' ') + tr("Not asked, as they do not cover this kind of address: %1.")
                                             .arg(notAsked.join(QStringLiteral(", ")));
        m_result.findings.append(Finding{
            Severity::Ok, {.id = QStringLiteral("dnsbl.not_listed"), .subject = about, .detail = detail}});
    } else if (!m_lists.isEmpty() && notAsked.size() == m_lists.size()) {
        Finding f{
            Severity::Info,
            {.id = QStringLiteral("dnsbl.could_not_check"),
             .subject = about,
             .detail =
                 c.address.protocol() == QAbstractSocket::IPv6Protocol
                     ? tr("None of the blocklists covers IPv6 addresses, so %1 was not checked.").arg(address)
                     : tr("None of the blocklists covers IPv4 addresses, so %1 was not checked.")
                           .arg(address)}};
        f.advice = Advice{tr("Check the address another way"),
                          {tr("Look the address up on the blocklists' own websites.")}};
        m_result.findings.append(f);
    }

    // --- Reverse DNS ----------------------------------------------------------------------------
    ReverseDnsAnswer r;
    if (c.reverse) {
        r = *c.reverse;
    } else {
        r.state = ReverseDnsState::CouldNotCheck;
        r.why = tr("no answer before the check's time ran out");
    }
    r.address = c.address;
    r.host = host.name;
    const QString ownerStep =
        tr("Reverse DNS is set by whoever owns the address, your hosting company or network provider, not in "
           "your domain's DNS. Ask them to set the PTR record of %1 to a name such as mail.example.com whose "
           "A "
           "(or AAAA) record points back to %1.")
            .arg(address);
    const QString roleStep =
        smtp ? tr("If %1 is your host's shared mail server, ask the host to fix it, or send "
                  "through an API mailer over HTTPS instead.")
                   .arg(host.name)
             : tr("This matters when the website sends mail itself; sending through a "
                  "mailer's API or SMTP server avoids it.");
    const Severity missingSeverity = smtp ? Severity::Error : Severity::Warning;
    switch (r.state) {
    case ReverseDnsState::Confirmed:
        m_result.findings.append(Finding{
            Severity::Ok,
            {.id = QStringLiteral("rdns.confirmed"),
             .subject = about,
             .detail = tr("%1 has the reverse DNS name %2, and %2 points back to %1.")
                           .arg(address, r.confirmedName),
             .seen = QStringLiteral("%1 PTR %2").arg(dns::reverseLookupName(c.address), r.confirmedName)}});
        break;
    case ReverseDnsState::Mismatch: {
        const QString first = r.ptrNames.constFirst();
        m_result.findings.append(Finding{
            missingSeverity,
            {.id = QStringLiteral("rdns.mismatch"),
             .subject = about,
             .detail =
                 tr("The reverse DNS name of %1 is %2, but it does not point back to %1 (%3). Gmail, Yahoo "
                    "and Outlook.com expect a sending server's name to resolve to its address.")
                     .arg(address, r.ptrNames.join(QStringLiteral(", ")),
                          r.forwardSeen.isEmpty()
                              ? tr("it has no address")
                              : tr("it points to %1").arg(r.forwardSeen.join(QStringLiteral(", ")))),
             .seen = QStringLiteral("%1 PTR %2").arg(dns::reverseLookupName(c.address), first),
             .expected =
                 QStringLiteral("%1 %2 %3")
                     .arg(first,
                          c.address.protocol() == QAbstractSocket::IPv4Protocol ? QStringLiteral("A")
                                                                                : QStringLiteral("AAAA"),
                          address)},
            Advice{tr("Make the reverse DNS name point back"),
                   {tr("If %1 is a name in a domain you control, add an A (or AAAA) record for it pointing "
                       "to %2.")
                        .arg(first, address),
                    ownerStep, roleStep}}});
        break;
    }
    case ReverseDnsState::NoPtr:
        m_result.findings.append(Finding{
            missingSeverity,
            {.id = QStringLiteral("rdns.missing"),
             .subject = about,
             .detail =
                 tr("%1 has no reverse DNS name (PTR record). Gmail, Yahoo and Outlook.com expect every "
                    "server that sends them mail to have one that points back to its address.")
                     .arg(address)},
            Advice{tr("Ask for a reverse DNS name"), {ownerStep, roleStep}}});
        break;
    case ReverseDnsState::CouldNotCheck: {
        Finding f{
            Severity::Info,
            {.id = QStringLiteral("rdns.could_not_check"),
             .subject = about,
             .detail = tr("The reverse DNS of %1 could not be checked: %2.").arg(address, clause(r.why))}};
        f.advice =
            Advice{tr("Run the check again"),
                   {tr("Run it again in a few minutes; if it keeps failing, ask whoever owns the address "
                       "(your hosting company or network provider) whether its reverse DNS works.")}};
        m_result.findings.append(f);
        break;
    }
    }
    if (r.looksGeneric && (r.state == ReverseDnsState::Confirmed || r.state == ReverseDnsState::Mismatch)) {
        const QString name = r.confirmedName.isEmpty() ? r.ptrNames.constFirst() : r.confirmedName;
        m_result.findings.append(Finding{
            Severity::Warning,
            {.id = QStringLiteral("rdns.generic"),
             .subject = about,
             .detail =
                 tr("The reverse DNS name %2 of %1 looks like a name given automatically to a pool of "
                    "addresses (home or dynamic connections, default hosting names), which mailbox providers "
                    "trust less than a name of its own.")
                     .arg(address, name)},
            Advice{tr("Use a name of your own"),
                   {tr("Ask whoever owns the address (your hosting company or network provider) to set a "
                       "specific "
                       "name, such as mail.example.com, as the PTR record of %1, with an A or AAAA record "
                       "pointing "
                       "back.")
                        .arg(address),
                    tr("Or send through your mailer's servers or API instead of from this address.")}}});
    }
    m_result.reverseDns.append(r);
}

} // namespace postino::acceptance
