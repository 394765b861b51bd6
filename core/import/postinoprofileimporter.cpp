#include "import/importbuilder.h"
#include "import/importer.h"

namespace postino::importers {

namespace {

// Notes, under its label, each switch a group of the profile sets (to on or off).
void noteKeysPresent(Builder& b, Builder::Kind kind, const QJsonObject& group,
                     std::initializer_list<std::pair<const char*, QString>> keyLabels)
{
    for (const auto& [key, label] : keyLabels) {
        if (group.contains(QLatin1String(key))) {
            b.note(kind, label);
        }
    }
}

void importPostinoProfile(const QJsonObject& json, const QString& where, ImportResult* r)
{
    Builder b(r, where, Text::tr("Postino profile"));
    const QJsonObject mailers = val(json, "mailers").toObject();
    for (auto it = mailers.constBegin(); it != mailers.constEnd(); ++it) {
        const QJsonObject values = it.value().toObject();
        for (auto kv = values.constBegin(); kv != values.constEnd(); ++kv) {
            b.setField(it.key(), kv.key(), kv.value(), path(it.key(), kv.key()));
        }
    }
    QJsonObject clean = json;
    QJsonObject cleanMailers;
    const QHash<QString, QJsonObject> settings = b.takeSettings();
    for (auto it = settings.cbegin(); it != settings.cend(); ++it) {
        cleanMailers.insert(it.key(), it.value());
    }
    clean.insert(QStringLiteral("mailers"), cleanMailers);
    bool mailerKnown = false;
    const QString mailer = jsonText(val(json, "mailer"));
    if (json.contains(QLatin1String("mailer"))) {
        mailerKnown = Catalog::builtin().mailer(mailer) != nullptr;
        if (!mailerKnown) {
            b.unknownMailer(mailer, QStringLiteral("mailer"));
            clean.remove(QStringLiteral("mailer"));
        }
    }
    Findings problems;
    const Profile profile = Profile::fromJson(clean, &problems);
    for (const Finding& f : std::as_const(problems)) {
        r->findings.append(f);
    }
    b.adoptProfile(profile, mailerKnown);
    if (mailerKnown) {
        b.note(Builder::Kind::Mailer, Text::tr("Mailer"));
    }
    if (!profile.sender().fromEmail.isEmpty()) {
        b.note(Builder::Kind::Sender, Text::tr("From email"));
    }
    if (!profile.sender().fromName.isEmpty()) {
        b.note(Builder::Kind::Sender, Text::tr("From name"));
    }
    noteKeysPresent(b, Builder::Kind::Sender, val(json, "sender").toObject(),
                    {{"forceFromEmail", Text::tr("Force From email")},
                     {"forceFromName", Text::tr("Force From name")},
                     {"returnPath", Text::tr("Return path")}});
    noteKeysPresent(b, Builder::Kind::Feature, val(json, "features").toObject(),
                    {{"emailLogs", Text::tr("Email logs")},
                     {"errorTracking", Text::tr("Error tracking")},
                     {"weeklySummary", Text::tr("Weekly summary")},
                     {"alerts", Text::tr("Failure alerts")}});
    if (!profile.testRecipient().isEmpty()) {
        b.note(Builder::Kind::Feature, Text::tr("Test recipient"));
    }
    if (!profile.alerts().channels.isEmpty()) {
        b.note(Builder::Kind::Feature, Text::tr("Alert channels (%1)").arg(profile.alerts().channels.size()));
    }
    // This option lowers a safety check (alerts may reach this computer and private networks), so the
    // import says it turned it on instead of leaving it for the user to find.
    if (profile.alerts().allowLocalTargets) {
        b.note(Builder::Kind::Feature, Text::tr("Alerts to this computer and private networks"));
        b.warn(
            "import.allow_local_targets", QStringLiteral("alerts.allowLocalTargets"),
            Text::tr("The profile lets failure alerts go to this computer and to private networks "
                     "(allowLocalTargets), which is meant only for a test server."),
            {Text::tr("Unless the alerts go to a test server on your network, clear \"Allow alerts to this "
                      "computer and private networks\" in the Failure alerts window on the Features page.")});
    }
    b.finish();
}

Confidence detectPostinoProfile(const QJsonObject& o)
{
    return jsonText(val(o, "format")) == QLatin1String("postino-profile") ? Confidence::Certain
                                                                          : Confidence::None;
}

} // namespace

const Importer& postinoProfileImporter()
{
    return jsonObjectImporter<detectPostinoProfile, importPostinoProfile>();
}

} // namespace postino::importers
