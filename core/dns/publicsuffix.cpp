#include "dns/publicsuffix.h"

#include "dns/resolver.h"

#include <QFile>

namespace postino::dns {

namespace {

QByteArray readFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

} // namespace

QStringList PublicSuffixList::systemPaths()
{
    // Debian / Ubuntu / Fedora (publicsuffix, publicsuffix-list), and the older file name.
    return {QStringLiteral("/usr/share/publicsuffix/public_suffix_list.dat"),
            QStringLiteral("/usr/share/publicsuffix/effective_tld_names.dat")};
}

QString PublicSuffixList::builtinPath()
{
    return QStringLiteral(":/postino/publicsuffix/public_suffix_list.dat");
}

PublicSuffixList PublicSuffixList::load(const QStringList& paths)
{
    for (const QString& path : paths) {
        PublicSuffixList list = parse(readFile(path));
        // A file cut short or of another format must not leave us with no list at all.
        if (list.ruleCount() > 1000) {
            list.m_source = path;
            return list;
        }
    }
    PublicSuffixList list = parse(readFile(builtinPath()));
    list.m_source = builtinPath();
    return list;
}

const PublicSuffixList& PublicSuffixList::system()
{
    static const PublicSuffixList list = load(systemPaths());
    return list;
}

PublicSuffixList PublicSuffixList::parse(const QByteArray& text)
{
    PublicSuffixList list;
    bool icann = false;
    for (QByteArray line : text.split('\n')) {
        line = line.trimmed();
        if (line.startsWith("//")) {
            if (line.contains("===BEGIN ICANN DOMAINS==="))
                icann = true;
            else if (line.contains("===END ICANN DOMAINS==="))
                icann = false;
            continue;
        }
        if (!icann || line.isEmpty())
            continue;
        // A rule is the line up to the first white space.
        const qsizetype space = line.indexOf(' ');
        QString rule = QString::fromUtf8(space < 0 ? line : line.left(space));
        QSet<QString>* into = &list.m_rules;
        if (rule.startsWith(QLatin1Char('!'))) {
            rule.remove(0, 1);
            into = &list.m_exceptions;
        } else if (rule.startsWith(QLatin1String("*."))) {
            rule.remove(0, 2);
            into = &list.m_wildcards;
        }
        const QString ace = normalizedName(rule);
        if (!ace.isEmpty() && !ace.contains(QLatin1Char('*')))
            into->insert(ace);
    }
    return list;
}

// How many labels, counted from the right, the prevailing rule makes the public suffix.
int PublicSuffixList::suffixLabels(const QStringList& labels) const
{
    const int n = int(labels.size());
    const auto tail = [&labels, n](int from) {
        return labels.mid(from).join(QLatin1Char('.'));
    };
    // An exception rule prevails over every other match; the suffix is the rule minus its
    // leftmost label.
    for (int i = 0; i < n; ++i) {
        if (m_exceptions.contains(tail(i)))
            return n - i - 1;
    }
    // Otherwise the matching rule with the most labels; "*.ck" matches any one label before "ck".
    for (int i = 0; i < n; ++i) {
        if (m_rules.contains(tail(i)) || (i + 1 < n && m_wildcards.contains(tail(i + 1))))
            return n - i;
    }
    return 1; // the implicit "*" rule
}

QString PublicSuffixList::publicSuffix(const QString& domain) const
{
    const QString name = normalizedName(domain);
    if (name.isEmpty())
        return {};
    const QStringList labels = name.split(QLatin1Char('.'));
    return labels.mid(labels.size() - suffixLabels(labels)).join(QLatin1Char('.'));
}

QString PublicSuffixList::organizationalDomain(const QString& domain) const
{
    const QString name = normalizedName(domain);
    if (name.isEmpty())
        return {};
    const QStringList labels = name.split(QLatin1Char('.'));
    const int keep = std::min(int(labels.size()), suffixLabels(labels) + 1);
    return labels.mid(labels.size() - keep).join(QLatin1Char('.'));
}

QString organizationalDomain(const QString& domain)
{
    return PublicSuffixList::system().organizationalDomain(domain);
}

bool sameOrganization(const QString& a, const QString& b)
{
    const QString orgA = organizationalDomain(a);
    return !orgA.isEmpty() && orgA == organizationalDomain(b);
}

} // namespace postino::dns
