#include "choosemailerpage.h"

#include "catalog/catalog.h"
#include "postinowizard.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QVBoxLayout>

namespace postino {

ChooseMailerPage::ChooseMailerPage(PostinoWizard* wizard)
    : WizardPage(wizard, QStringLiteral("chooseMailerPage"), tr("Choose how your website sends email"))
{}

void ChooseMailerPage::build()
{
    m_list = new QListWidget(this);
    m_details = new QLabel(this);
    addIntro(tr("Services marked \"API\" send over HTTPS (port 443) and keep working where hosts block mail "
                "ports. \"SMTP\" means a mail server login you already have."));
    auto* row = new QHBoxLayout;
    m_list->setObjectName(QStringLiteral("mailerList"));
    m_list->setAccessibleName(tr("Mailers"));
    m_list->setMinimumWidth(250);
    m_list->setSpacing(2);
    m_details->setObjectName(QStringLiteral("mailerDetails"));
    m_details->setWordWrap(true);
    m_details->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_details->setTextFormat(Qt::RichText);
    m_details->setOpenExternalLinks(true);
    row->addWidget(m_list, 2);
    row->addWidget(m_details, 3);
    static_cast<QVBoxLayout*>(layout())->addLayout(row, 1);

    for (const MailerInfo& m : Catalog::builtin().mailers()) {
        QString kind;
        switch (m.kind) {
        case MailerKind::Smtp:
            kind = tr("SMTP");
            break;
        case MailerKind::Api:
            kind = tr("API");
            break;
        case MailerKind::OAuth:
            kind = tr("sign-in");
            break;
        }
        QString text = Catalog::tr(m.name) + QStringLiteral("  ·  ") + kind;
        if (m.recommended) {
            text += QStringLiteral("  ·  ") + tr("recommended");
        }
        auto* item = new QListWidgetItem(text, m_list);
        item->setData(Qt::UserRole, m.id);
    }
    connect(m_list, &QListWidget::currentItemChanged, this, [this] {
        if (auto* item = m_list->currentItem()) {
            const QString id = item->data(Qt::UserRole).toString();
            editProfile([&id](Profile& p) { p.setMailerId(id); });
        }
        showDetails();
        Q_EMIT completeChanged();
    });
    // Double-click or Enter on the list moves on, like choosing in a dialog.
    connect(m_list, &QListWidget::itemActivated, this, [this] { postino()->next(); });
}

void ChooseMailerPage::initializePage()
{
    ensureBuilt();
    const QString id = profile().mailerId();
    for (int i = 0; i < m_list->count(); ++i) {
        if (m_list->item(i)->data(Qt::UserRole).toString() == id) {
            m_list->setCurrentRow(i);
        }
    }
    m_list->setFocus();
    showDetails();
}

bool ChooseMailerPage::isComplete() const
{
    return m_list && m_list->currentItem() != nullptr;
}

void ChooseMailerPage::showDetails()
{
    const MailerInfo* m = profile().mailer();
    if (!m) {
        m_details->clear();
        return;
    }
    QString html = QStringLiteral("<h3>%1</h3><p>%2</p>")
                       .arg(Catalog::tr(m->name).toHtmlEscaped(), Catalog::tr(m->summary).toHtmlEscaped());
    if (m->kind == MailerKind::OAuth) {
        html += QStringLiteral("<p><i>%1</i></p>")
                    .arg(tr("Two ways to connect: sign in with your own OAuth client in the browser, or use "
                            "an app "
                            "password over SMTP. You choose on the next page.")
                             .toHtmlEscaped());
    }
    m_details->setText(html);
}

} // namespace postino
