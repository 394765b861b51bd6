#include "catalog/catalog.h"
#include "cli/cli.h"
#include "cli/commands/commands.h"
#include "cli/session.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace postino::commands {

namespace {

class MailersCommand : public Command
{
public:
    MailersCommand()
        : Command(QStringLiteral("mailers"), CliRunner::tr("list the mailers Postino knows"))
    {
        addShared({SharedOption::Json});
    }

    void run(CliSession& s, const Invocation&) const override
    {
        QJsonArray list;
        QString text;
        for (const MailerInfo& m : Catalog::builtin().mailers()) {
            list.append(QJsonObject{{QStringLiteral("id"), m.id},
                                    {QStringLiteral("name"), Catalog::tr(m.name)},
                                    {QStringLiteral("kind"), mailerKindName(m.kind)},
                                    {QStringLiteral("recommended"), m.recommended},
                                    {QStringLiteral("testSend"), true}});
            text += QStringLiteral("%1  %2  (%3)\n")
                        .arg(m.id, -14)
                        .arg(Catalog::tr(m.name), mailerKindName(m.kind));
        }
        if (s.json()) {
            s.out() << QJsonDocument(QJsonObject{{QStringLiteral("ok"), true},
                                                 {QStringLiteral("findings"), QJsonArray{}},
                                                 {QStringLiteral("mailers"), list}})
                           .toJson(QJsonDocument::Indented);
        } else {
            s.out() << text;
        }
        s.done(0);
    }
};

} // namespace

std::unique_ptr<Command> mailersCommand()
{
    return std::make_unique<MailersCommand>();
}

} // namespace postino::commands
