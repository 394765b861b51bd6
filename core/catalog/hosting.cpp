#include "hosting.h"

#include "builtin.h"
#include "catalog/datachecks.h"
#include "dns/resolver.h"
#include "lookup.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace postino {

namespace {

std::optional<HostingProvider::Blocking> blockingFromName(const QString& name)
{
    if (name == QLatin1String("always")) {
        return HostingProvider::Blocking::Always;
    }
    if (name == QLatin1String("by-default")) {
        return HostingProvider::Blocking::ByDefault;
    }
    if (name == QLatin1String("throttled")) {
        return HostingProvider::Blocking::Throttled;
    }
    return std::nullopt;
}

bool parseHost(const QJsonObject& o, HostingProvider* h, QString* error)
{
    h->id = o.value(QLatin1String("id")).toString();
    h->name = o.value(QLatin1String("name")).toString();
    if (h->id.isEmpty() || h->name.isEmpty()) {
        *error = QStringLiteral("a hosting company lacks its id or name");
        return false;
    }
    const QString where = QStringLiteral("hosting company '%1'").arg(h->id);
    if (!datachecks::onlyKeys(
            o, {"id", "name", "ptrSuffixes", "blockedPorts", "blocking", "note", "source", "verified"}, where,
            error)) {
        return false;
    }
    for (const QJsonValue& v : o.value(QLatin1String("ptrSuffixes")).toArray()) {
        if (!datachecks::isHostName(v.toString()) || h->ptrSuffixes.contains(v.toString())) {
            *error = QStringLiteral("%1 has an odd or repeated PTR suffix '%2'").arg(where, v.toString());
            return false;
        }
        h->ptrSuffixes.append(v.toString());
    }
    for (const QJsonValue& v : o.value(QLatin1String("blockedPorts")).toArray()) {
        const auto port = static_cast<quint16>(v.toInt(0));
        if (!datachecks::isPort(v) || h->blockedPorts.contains(port)) {
            *error = QStringLiteral("%1 has an odd or repeated blocked port").arg(where);
            return false;
        }
        h->blockedPorts.append(port);
    }
    if (h->ptrSuffixes.isEmpty() || h->blockedPorts.isEmpty()) {
        *error = QStringLiteral("%1 needs PTR suffixes and blocked ports").arg(where);
        return false;
    }
    const auto blocking = blockingFromName(o.value(QLatin1String("blocking")).toString());
    if (!blocking) {
        *error = QStringLiteral("%1: blocking must be always, by-default or throttled").arg(where);
        return false;
    }
    h->blocking = *blocking;
    h->note = o.value(QLatin1String("note")).toString();
    h->source = o.value(QLatin1String("source")).toString();
    if (h->note.trimmed().isEmpty() || !datachecks::isHttpsSource(h->source) ||
        !datachecks::optionalBool(o, "verified", &h->verified)) {
        *error = QStringLiteral("%1 needs a note, an https source and (if given) verified true or false")
                     .arg(where);
        return false;
    }
    return true;
}

} // namespace

const HostingCatalog& HostingCatalog::builtin()
{
    static const HostingCatalog catalog = parseBuiltin<HostingCatalog>(
        QStringLiteral(":/postino/catalog/hosting.json"), &HostingCatalog::fromJson);
    return catalog;
}

std::optional<HostingCatalog> HostingCatalog::fromJson(const QByteArray& json, QString* error)
{
    HostingCatalog catalog;
    if (!parseUniqueList(json, QLatin1String("hosts"), "hosting company", &parseHost, &catalog.m_hosts,
                         error)) {
        return std::nullopt;
    }
    return catalog;
}

const HostingProvider* HostingCatalog::host(const QString& id) const
{
    return findBy(m_hosts, &HostingProvider::id, id);
}

const HostingProvider* HostingCatalog::match(const QString& ptrName) const
{
    const HostingProvider* best = nullptr;
    qsizetype bestLength = 0;
    for (const HostingProvider& h : m_hosts) {
        for (const QString& suffix : h.ptrSuffixes) {
            if (suffix.size() > bestLength && dns::isSameOrSubdomain(ptrName, suffix)) {
                best = &h;
                bestLength = suffix.size();
            }
        }
    }
    return best;
}

} // namespace postino
