#pragma once

#include <QSet>
#include <QString>
#include <QStringList>

namespace postino::dns {

// The Public Suffix List (https://publicsuffix.org/list/), ICANN section: the suffixes under
// which anyone can register a name ("com", "co.uk", "*.ck" except "www.ck"). Used for the
// organisational domain of DMARC (RFC 7489 3.2; RFC 9989's fallback when its DNS tree walk
// finds no record) and wherever two names must be told to belong to the same owner.
//
// The private section (blogspot.com, github.io, ...) is left out: those suffixes are not
// registries, and DMARC receivers commonly use the ICANN part only.
class PublicSuffixList
{
public:
    // The first readable file of `paths`, else the copy compiled into Postino. The
    // system's list (Debian's publicsuffix package) is preferred: it is kept up to date.
    static PublicSuffixList load(const QStringList& paths);
    // Loaded once from the system's usual places, or the compiled-in copy.
    static const PublicSuffixList& system();
    static QStringList systemPaths();
    static QString builtinPath(); // the compiled-in copy (a Qt resource)

    // Parses the list's text; rules in Unicode are kept in their punycode (ACE) form, as
    // DNS carries them.
    static PublicSuffixList parse(const QByteArray& text);

    bool isEmpty() const { return m_rules.isEmpty() && m_wildcards.isEmpty(); }
    QString source() const { return m_source; } // the file the list was read from
    int ruleCount() const { return int(m_rules.size() + m_wildcards.size() + m_exceptions.size()); }

    // The public suffix of `domain` (any case, trailing dot, Unicode or punycode); names no
    // rule matches fall under the implicit "*" rule (their last label). Empty for a name
    // that cannot be a DNS name.
    QString publicSuffix(const QString& domain) const;
    // The public suffix plus one label ("a.b.example.co.uk" -> "example.co.uk"), in
    // punycode and lower case. A name that is itself a public suffix is its own
    // organisational domain. Empty for a name that cannot be a DNS name.
    QString organizationalDomain(const QString& domain) const;

private:
    int suffixLabels(const QStringList& labels) const;

    QSet<QString> m_rules;      // "co.uk"
    QSet<QString> m_wildcards;  // "ck" for "*.ck"
    QSet<QString> m_exceptions; // "www.ck" for "!www.ck"
    QString m_source;
};

// PublicSuffixList::system().organizationalDomain(domain).
QString organizationalDomain(const QString& domain);
// Whether two names have the same organisational domain (both non-empty).
bool sameOrganization(const QString& a, const QString& b);

} // namespace postino::dns
