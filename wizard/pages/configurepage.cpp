#include "configurepage.h"

#include "api/apiclient.h"
#include "catalog/catalog.h"
#include "oauth/oauthflow.h"
#include "postinowizard.h"
#include "secrets/secretstore.h"
#include "smtp/smtpcheck.h"
#include "widgets/findinglist.h"
#include "widgets/inlinemessage.h"
#include "widgets/pageparts.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDesktopServices>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QIntValidator>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QToolButton>
#include <QVBoxLayout>

namespace postino {

ConfigurePage::ConfigurePage(PostinoWizard* wizard)
    : WizardPage(wizard, QStringLiteral("configurePage"), QString())
    , m_title(new QLabel(this))
    , m_keyLink(new QLabel(this))
    , m_formHost(new QWidget(this))
    , m_message(new InlineMessage(this))
    , m_keychainNote(new InlineMessage(this))
    , m_checkButton(new QPushButton(tr("Check &credentials"), this))
    , m_checkResult(new FindingsView(this))
{
    m_title->setWordWrap(true);
    m_keyLink->setObjectName(QStringLiteral("keyLink"));
    m_keyLink->setOpenExternalLinks(true);
    m_keyLink->setWordWrap(true);
    m_keyLink->setTextFormat(Qt::RichText);
    m_checkButton->setObjectName(QStringLiteral("checkCredentialsButton"));
    m_checkButton->setToolTip(tr("Connects and logs in without sending anything."));
    m_checkResult->setObjectName(QStringLiteral("checkResult"));
    m_message->setObjectName(QStringLiteral("configureMessage"));
    layout()->addWidget(m_title);
    layout()->addWidget(m_keyLink);
    // Mailers with many fields and long help outgrow a small window: the fields scroll
    // instead of squeezing their help text.
    auto* formScroll = new QScrollArea(this);
    formScroll->setObjectName(QStringLiteral("configureScroll"));
    formScroll->setWidget(m_formHost);
    formScroll->setWidgetResizable(true);
    formScroll->setFrameShape(QFrame::NoFrame);
    formScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // The fields inside take the focus (and scroll into view); the area itself is no Tab stop.
    formScroll->setFocusPolicy(Qt::NoFocus);
    formScroll->setAccessibleName(tr("Mailer settings"));
    static_cast<QVBoxLayout*>(layout())->addWidget(formScroll, 1);
    layout()->addWidget(m_keychainNote);
    layout()->addWidget(m_message);
    m_checkStop = makeStopButton("checkCredentialsStop", tr("Sto&p"),
                                 tr("Stops checking the credentials; nothing is changed."), this);
    m_checkBusy = makeBusyBar(this);
    m_checkBusy->setObjectName(QStringLiteral("checkCredentialsBusy"));
    static_cast<QVBoxLayout*>(layout())->addLayout(makeButtonRow({m_checkButton, m_checkStop}));
    layout()->addWidget(m_checkBusy);
    layout()->addWidget(m_checkResult);
    buildOAuthPanel();
    static_cast<QVBoxLayout*>(layout())->addStretch();
    connect(m_checkButton, &QPushButton::clicked, this, &ConfigurePage::checkCredentials);
    connect(m_checkStop, &QPushButton::clicked, this, &ConfigurePage::stopCheck);
    connect(postino()->secrets(), &SessionSecrets::loaded, this, [this](const QString& key) {
        for (FieldRow& row : m_rows) {
            if (row.spec->secret && Profile::secretKey(m_mailerId, row.spec->key) == key) {
                setEditorValue(row, QString::fromUtf8(postino()->secrets()->value(key)));
            }
        }
        refresh();
    });
    connect(postino()->secrets(), &SessionSecrets::persistenceChanged, this, &ConfigurePage::refresh);
    connect(postino()->profileModel(), &ProfileModel::changed, this, &ConfigurePage::showSettings);
}

void ConfigurePage::initializePage()
{
    postino()->loadSecretsOf(profile().mailerId());
    if (m_mailerId != profile().mailerId() || !m_form) {
        rebuild();
    }
    m_checkResult->clear();
    refresh();
    for (const FieldRow& row : m_rows) {
        if (row.container->isVisible() || !row.container->isHidden()) {
            row.editor->setFocus();
            break;
        }
    }
}

void ConfigurePage::buildOAuthPanel()
{
    m_oauthBox = new QWidget(this);
    m_oauthBox->setObjectName(QStringLiteral("oauthBox"));
    auto* v = new QVBoxLayout(m_oauthBox);
    v->setContentsMargins(0, 0, 0, 0);
    // Both hold HTML with links to the provider's pages, opened in the browser.
    auto linkedText = [this](const char* name) {
        auto* label = makeNamed<QLabel>(name, m_oauthBox);
        label->setWordWrap(true);
        label->setTextFormat(Qt::RichText);
        label->setOpenExternalLinks(true);
        label->setTextInteractionFlags(Qt::TextBrowserInteraction);
        return label;
    };
    m_methodNote = linkedText("methodNote");
    m_methodNote->setAccessibleName(tr("How signing in works"));
    m_oauthState = linkedText("oauthState");
    m_oauthState->setAccessibleName(tr("Sign-in status"));
    m_signIn = new QPushButton(tr("&Sign in…"), m_oauthBox);
    m_signIn->setObjectName(QStringLiteral("signInButton"));
    m_signIn->setToolTip(tr("Opens the provider's sign-in page in your browser."));
    m_signOut = new QPushButton(tr("Si&gn out"), m_oauthBox);
    m_signOut->setObjectName(QStringLiteral("signOutButton"));
    m_oauthResult = new FindingsView(m_oauthBox);
    m_oauthResult->setObjectName(QStringLiteral("oauthResult"));
    v->addWidget(m_methodNote);
    v->addWidget(m_oauthState);
    m_signInBusy = makeBusyBar(m_oauthBox);
    m_signInBusy->setObjectName(QStringLiteral("signInBusy"));
    v->addLayout(makeButtonRow({m_signIn, m_signOut}));
    v->addWidget(m_signInBusy);
    v->addWidget(m_oauthResult);
    static_cast<QVBoxLayout*>(layout())->insertWidget(layout()->indexOf(m_keychainNote), m_oauthBox);
    connect(m_signIn, &QPushButton::clicked, this, &ConfigurePage::signIn);
    connect(m_signOut, &QPushButton::clicked, this, &ConfigurePage::signOut);
}

void ConfigurePage::refreshOAuthPanel()
{
    const MailerInfo* m = profile().mailer();
    const bool oauthMailer = m && m->kind == MailerKind::OAuth;
    m_oauthBox->setVisible(oauthMailer);
    if (!oauthMailer) {
        return;
    }
    const ResolvedMailer resolved = profile().resolvedMailer();
    const QJsonObject& settings = resolved.settings;
    const bool oauth = resolved.usesOAuth();
    const QString name = Catalog::tr(m->name);
    QString note;
    if (oauth) {
        note =
            tr("<b>Sign in with OAuth:</b> you create your own OAuth client with %1, enter its ID and secret "
               "here, then sign in once in your browser. Postino never sees your password; it keeps the "
               "sign-in in the system keychain and renews it by itself.")
                .arg(name.toHtmlEscaped());
        note +=
            QStringLiteral("<br>") +
            tr("While you sign in, Postino waits for the browser on http://127.0.0.1 (this computer only).")
                .toHtmlEscaped();
    } else {
        const QString url = m->oauth.value(QLatin1String("appPasswordUrl")).toString();
        QStringList steps{
            tr("Turn on two-step verification for the account first: without it there is no app "
               "password."),
            tr("Create an app password (name it \"Postino\" or after your website) and copy it."),
            tr("Enter the account's full address and the app password here; spaces in it do not "
               "matter to the provider but copy it exactly.")};
        // A provider's own caveat about app passwords (Microsoft 365's SMTP AUTH), from the catalog.
        if (const QString caveat = m->oauth.value(QLatin1String("appPasswordNote")).toString();
            !caveat.isEmpty()) {
            steps << Catalog::tr(caveat);
        }
        note =
            tr("<b>App password (SMTP):</b> a separate password for this one program, sent over SMTP to %1. "
               "Simple, and it works on servers without a browser.")
                .arg(m->relayHostFor(settings).toHtmlEscaped());
        note += QStringLiteral("<ol>");
        for (const QString& s : std::as_const(steps)) {
            note += QStringLiteral("<li>") + s.toHtmlEscaped() + QStringLiteral("</li>");
        }
        note += QStringLiteral("</ol>");
        if (!url.isEmpty()) {
            note += tr("<a href=\"%1\">Open the app password page</a>").arg(url.toHtmlEscaped());
        }
    }
    m_methodNote->setText(note);
    const bool running = m_signInFlow && m_signInFlow->isRunning();
    const OAuthTokens tokens =
        OAuthTokens::fromJson(postino()->secrets()->value(Profile::secretKey(m->id, oauthTokenField())));
    m_signIn->setVisible(oauth);
    m_signOut->setVisible(oauth);
    m_oauthResult->setVisible(oauth);
    m_oauthState->setVisible(oauth);
    m_signIn->setText(running ? tr("&Cancel sign-in") : tr("&Sign in…"));
    const QString clientId = settings.value(QStringLiteral("client_id")).toString().trimmed();
    m_signIn->setEnabled(running || !clientId.isEmpty());
    m_signOut->setEnabled(!running && !tokens.isEmpty());
    m_signInBusy->setVisible(running);
    if (running) {
        return; // the state label shows the address to open
    }
    const QString account = settings.value(QStringLiteral("account")).toString();
    m_oauthState->setText(tokens.isEmpty()    ? tr("Not signed in.")
                          : account.isEmpty() ? tr("Signed in.")
                                              : tr("Signed in as %1.").arg(account.toHtmlEscaped()));
}

void ConfigurePage::signIn()
{
    if (m_signInFlow && m_signInFlow->isRunning()) {
        m_signInFlow->cancel();
        return;
    }
    const MailerInfo* m = profile().mailer();
    SessionSecrets* secrets = postino()->secrets();
    const QString mailerId = m->id;
    Findings problems;
    auto config = oauthClientConfig(
        *m, profile().currentSettings(),
        [secrets, mailerId](const QString& f) { return secrets->value(Profile::secretKey(mailerId, f)); },
        &problems);
    if (!config) {
        m_oauthResult->setFindings(problems);
        return;
    }
    config->extraCa = postino()->extraCaCertificates();
    config->endpointOverride = postino()->apiBaseOverride();
    if (!m_signInFlow) {
        m_signInFlow = new OAuthSignIn(this);
        connect(m_signInFlow, &OAuthSignIn::authorizationUrlReady, this, [this](const QUrl& url) {
            // Only the wizard opens a browser; the address stays visible in case none opens.
            const bool opened = QDesktopServices::openUrl(url);
            const QString link =
                QStringLiteral("<a href=\"%1\">%2</a>")
                    .arg(url.toString(QUrl::FullyEncoded).toHtmlEscaped(), tr("the sign-in page"));
            m_oauthState->setText((opened
                                       ? tr("Waiting for you to sign in and click \"Allow\" in the browser…")
                                       : tr("No browser could be opened.")) +
                                  QLatin1Char(' ') + tr("You can also open %1 yourself.").arg(link));
        });
        connect(m_signInFlow, &OAuthSignIn::finished, this, [this, mailerId](const OAuthSignInResult& r) {
            if (r.ok) {
                postino()->secrets()->setValue(Profile::secretKey(mailerId, oauthTokenField()),
                                               r.tokens.toJson());
                editProfile([&](Profile& p) {
                    QJsonObject s = p.mailerSettings(mailerId);
                    s.insert(QStringLiteral("account"), r.account);
                    if (!r.accountId.isEmpty()) {
                        s.insert(QStringLiteral("account_id"), r.accountId);
                    }
                    p.setMailerSettings(mailerId, s);
                });
            }
            m_oauthResult->setFindings(r.findings);
            refresh();
        });
    }
    m_oauthResult->clear();
    m_signInFlow->start(*config);
    refresh();
}

void ConfigurePage::signOut()
{
    const MailerInfo* m = profile().mailer();
    SessionSecrets* secrets = postino()->secrets();
    const QString mailerId = m->id;
    const QString key = Profile::secretKey(mailerId, oauthTokenField());
    const OAuthTokens tokens = OAuthTokens::fromJson(secrets->value(key));
    auto config = oauthClientConfig(
        *m, profile().currentSettings(),
        [secrets, mailerId](const QString& f) { return secrets->value(Profile::secretKey(mailerId, f)); },
        nullptr);
    // Forget first: the sign-out must not depend on the provider answering.
    secrets->setValue(key, QByteArray());
    editProfile([&mailerId](Profile& p) {
        QJsonObject s = p.mailerSettings(mailerId);
        s.remove(QStringLiteral("account"));
        s.remove(QStringLiteral("account_id"));
        p.setMailerSettings(mailerId, s);
    });
    refresh();
    if (!config) {
        return;
    }
    config->extraCa = postino()->extraCaCertificates();
    config->endpointOverride = postino()->apiBaseOverride();
    m_signOutClient = new OAuthTokenClient(this);
    connect(m_signOutClient, &OAuthTokenClient::finished, this, [this](const OAuthTokenResult& r) {
        m_oauthResult->setFindings(r.findings);
        m_signOutClient->deleteLater();
        refresh();
    });
    m_signOutClient->revoke(*config, tokens);
}

void ConfigurePage::cleanupPage()
{
    if (m_signInFlow && m_signInFlow->isRunning()) {
        m_signInFlow->cancel();
    }
    if (m_apiCheck) {
        m_apiCheck->cancel();
    }
    if (m_checkClient) {
        m_checkClient->cancel();
    }
}

void ConfigurePage::rebuild()
{
    m_mailerId = profile().mailerId();
    const MailerInfo* m = profile().mailer();
    delete m_formHost->layout();
    qDeleteAll(m_formHost->findChildren<QWidget*>(QString(), Qt::FindDirectChildrenOnly));
    m_rows.clear();
    m_form = new QFormLayout(m_formHost);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    if (!m) {
        return;
    }
    setTitle(tr("Configure %1").arg(Catalog::tr(m->name)));
    m_title->setText(Catalog::tr(m->summary));
    QString link;
    if (!m->keyUrl.isEmpty()) {
        link = tr("Where do I find these details? <a href=\"%1\">Open %2</a>")
                   .arg(m->keyUrl.toHtmlEscaped(), QUrl(m->keyUrl).host().toHtmlEscaped());
    }
    if (!m->keyHint.isEmpty()) {
        link +=
            (link.isEmpty() ? QString() : QStringLiteral("<br>")) + Catalog::tr(m->keyHint).toHtmlEscaped();
    }
    m_keyLink->setText(link);
    m_keyLink->setVisible(!link.isEmpty());

    const QJsonObject settings = profile().resolvedMailer().settings;
    for (const FieldSpec& spec : m->fields) {
        FieldRow row;
        row.spec = &spec;
        row.container = new QWidget(m_formHost);
        auto* box = new QVBoxLayout(row.container);
        box->setContentsMargins(0, 0, 0, 0);
        box->setSpacing(2);
        const QString key = spec.key;
        const QString label = Catalog::tr(spec.label);
        switch (spec.type) {
        case FieldSpec::Type::Bool: {
            auto* check = new QCheckBox(label, row.container);
            connect(check, &QCheckBox::toggled, this, [this, key](bool on) { onEdited(key, on); });
            row.editor = check;
            break;
        }
        case FieldSpec::Type::Choice: {
            if (spec.choices.size() <= 3) {
                auto* radios = new QWidget(row.container);
                auto* h = new QHBoxLayout(radios);
                h->setContentsMargins(0, 0, 0, 0);
                auto* group = new QButtonGroup(radios);
                for (const FieldChoice& c : spec.choices) {
                    auto* radio = new QRadioButton(Catalog::tr(c.label), radios);
                    radio->setProperty("choiceValue", c.value);
                    radio->setObjectName(key + QLatin1Char('_') + c.value);
                    group->addButton(radio);
                    h->addWidget(radio);
                    connect(radio, &QRadioButton::toggled, this, [this, key, value = c.value](bool on) {
                        if (on) {
                            onEdited(key, value);
                        }
                    });
                }
                h->addStretch();
                // One Tab stop for the group, on the chosen button (arrow keys move between them), as
                // desktop toolkits do: Tab entered at the first button, whichever was chosen.
                const auto tabStopOnChoice = [group] {
                    QAbstractButton* stop =
                        group->checkedButton() ? group->checkedButton() : group->buttons().value(0);
                    for (QAbstractButton* b : group->buttons())
                        b->setFocusPolicy(b == stop ? Qt::StrongFocus : Qt::ClickFocus);
                };
                tabStopOnChoice();
                connect(group, &QButtonGroup::buttonToggled, radios, tabStopOnChoice);
                row.editor = radios;
            } else {
                auto* combo = new QComboBox(row.container);
                for (const FieldChoice& c : spec.choices) {
                    combo->addItem(Catalog::tr(c.label), c.value);
                }
                connect(combo, &QComboBox::currentIndexChanged, this,
                        [this, key, combo] { onEdited(key, combo->currentData().toString()); });
                row.editor = combo;
            }
            break;
        }
        default: {
            auto* edit = new QLineEdit(row.container);
            edit->setPlaceholderText(Catalog::tr(spec.placeholder));
            if (spec.type == FieldSpec::Type::Port) {
                edit->setValidator(new QIntValidator(1, 65535, edit));
                edit->setMaximumWidth(120);
            }
            QWidget* editor = edit;
            if (spec.secret) {
                edit->setEchoMode(QLineEdit::Password);
                edit->setAccessibleName(label); // the label names the wrapper below, not the field
                // A password manager may fill it; copying keys often drags in spaces, so show on demand.
                auto* wrap = new QWidget(row.container);
                auto* h = new QHBoxLayout(wrap);
                h->setContentsMargins(0, 0, 0, 0);
                h->addWidget(edit);
                auto* show = new QToolButton(wrap);
                show->setText(tr("Show"));
                show->setCheckable(true);
                show->setObjectName(key + QStringLiteral("_show"));
                connect(show, &QToolButton::toggled, edit, [edit, show](bool on) {
                    edit->setEchoMode(on ? QLineEdit::Normal : QLineEdit::Password);
                    show->setText(on ? tr("Hide") : tr("Show"));
                    addMissingMnemonics(show->parentWidget());
                });
                h->addWidget(show);
                editor = wrap;
            }
            edit->setObjectName(key);
            // textChanged, not textEdited: text set by assistive technology (AT-SPI's EditableText) counts
            // as typed; values the page shows itself arrive while m_updating, which onEdited() ignores.
            connect(edit, &QLineEdit::textChanged, this, [this, key, spec = &spec](const QString& text) {
                if (spec->type == FieldSpec::Type::Port) {
                    onEdited(key, text.isEmpty() ? QJsonValue(QString()) : QJsonValue(text.toInt()));
                } else {
                    onEdited(key, text);
                }
            });
            row.editor = editor;
            break;
        }
        }
        if (row.editor->objectName().isEmpty()) {
            row.editor->setObjectName(key);
        }
        row.editor->setAccessibleName(label);
        box->addWidget(row.editor);
        row.error = new QLabel(row.container);
        row.error->setObjectName(key + QStringLiteral("_error"));
        setTextColor(row.error, Severity::Error);
        row.error->setWordWrap(true);
        row.error->hide();
        box->addWidget(row.error);
        if (!spec.help.isEmpty()) {
            row.help = new QLabel(Catalog::tr(spec.help), row.container);
            row.help->setWordWrap(true);
            setSubdued(row.help);
            box->addWidget(row.help);
        }
        if (spec.type == FieldSpec::Type::Bool) {
            m_form->addRow(QString(), row.container);
        } else {
            row.label = new QLabel(label + QLatin1Char(':'), m_formHost);
            QWidget* buddy = row.editor;
            if (auto* edit = row.editor->findChild<QLineEdit*>()) {
                buddy = edit;
            }
            row.label->setBuddy(buddy);
            m_form->addRow(row.label, row.container);
        }
        m_rows.append(row);
    }
    // The fields come from the catalog, so their shortcuts are chosen here; and they are made after the
    // button below them, which Tab would otherwise reach first.
    addMissingMnemonics(m_formHost);
    placeAfterInTabOrder(m_formHost, m_checkButton);
    m_updating = true;
    for (FieldRow& row : m_rows) {
        if (row.spec->secret) {
            setEditorValue(row, QString::fromUtf8(
                                    postino()->secrets()->value(Profile::secretKey(m->id, row.spec->key))));
        } else {
            setEditorValue(row, settings.value(row.spec->key));
        }
        row.touched = false;
    }
    m_updating = false;
}

void ConfigurePage::setEditorValue(FieldRow& row, const QJsonValue& value)
{
    const bool wasUpdating = m_updating;
    m_updating = true;
    if (auto* check = qobject_cast<QCheckBox*>(row.editor)) {
        check->setChecked(value.toBool());
    } else if (auto* combo = qobject_cast<QComboBox*>(row.editor)) {
        combo->setCurrentIndex(std::max(0, combo->findData(value.toString())));
    } else if (auto* edit = row.editor->findChild<QLineEdit*>();
               edit || qobject_cast<QLineEdit*>(row.editor)) {
        edit = edit ? edit : qobject_cast<QLineEdit*>(row.editor);
        const QString text = value.isDouble() ? QString::number(value.toInt()) : value.toString();
        if (edit->text() != text) {
            edit->setText(text);
        }
    } else {
        for (auto* radio : row.editor->findChildren<QRadioButton*>()) {
            radio->setChecked(radio->property("choiceValue").toString() == value.toString());
        }
    }
    m_updating = wasUpdating;
}

void ConfigurePage::onEdited(const QString& key, const QJsonValue& value)
{
    if (m_updating) {
        return;
    }
    const MailerInfo* m = profile().mailer();
    const FieldSpec* spec = m ? m->field(key) : nullptr;
    if (!spec) {
        return;
    }
    for (FieldRow& row : m_rows) {
        if (row.spec->key == key) {
            row.touched = true;
        }
    }
    // A choice can set other fields (encryption → port), which stay editable afterwards.
    const FieldChoice* choice =
        spec->type == FieldSpec::Type::Choice ? spec->choice(value.toString()) : nullptr;
    if (spec->secret) {
        // Byte-exact: no trimming, special characters and non-ASCII kept as typed.
        postino()->secrets()->setValue(Profile::secretKey(m->id, key), value.toString().toUtf8());
    }
    if (!spec->secret || choice) {
        const bool typed = spec->type != FieldSpec::Type::Bool && spec->type != FieldSpec::Type::Choice;
        m_editing = true;
        editProfile(
            [&](Profile& p) {
                if (!spec->secret) {
                    p.setSetting(key, value);
                }
                if (choice) {
                    for (auto it = choice->sets.constBegin(); it != choice->sets.constEnd(); ++it) {
                        p.setSetting(it.key(), it.value());
                    }
                }
            },
            typed ? ProfileModel::Save::AfterTyping : ProfileModel::Save::Now);
        m_editing = false;
    }
    if (choice) {
        for (auto it = choice->sets.constBegin(); it != choice->sets.constEnd(); ++it) {
            for (FieldRow& row : m_rows) {
                if (row.spec->key == it.key()) {
                    setEditorValue(row, it.value());
                }
            }
        }
    }
    m_checkResult->clear();
    refresh();
}

void ConfigurePage::showSettings(ProfileModel::Parts parts)
{
    // This page's own edits are on screen already; another page's (the Checks page's port) are
    // shown here, where Back leads without initializePage().
    const MailerInfo* m = profile().mailer();
    if (m_editing || !m || !m_form || m_mailerId != m->id || !(parts & ProfileModel::MailerSettings)) {
        return;
    }
    const QJsonObject settings = profile().resolvedMailer().settings;
    for (FieldRow& row : m_rows) {
        if (!row.spec->secret) {
            setEditorValue(row, settings.value(row.spec->key));
        }
    }
    refresh();
}

Findings ConfigurePage::currentFindings() const
{
    Findings out = profile().validateMailer();
    const MailerInfo* m = profile().mailer();
    if (!m) {
        return out;
    }
    SessionSecrets* secrets = postino()->secrets();
    const SecretLookup stored = [secrets](const QString& mailer, const QString& field) {
        return secrets->value(Profile::secretKey(mailer, field));
    };
    for (const FieldSpec* f : profile().missingSecrets(stored)) {
        out.append(Finding{Severity::Error,
                           {.id = QStringLiteral("profile.required"),
                            .subject = m->id + QLatin1Char('.') + f->key,
                            .detail = tr("%1 is required.").arg(Catalog::tr(f->label))},
                           Advice{tr("Fill in %1").arg(Catalog::tr(f->label)),
                                  {tr("Copy it from your mailer's account page and paste it into the "
                                      "field.")}}});
    }
    return out;
}

void ConfigurePage::refresh()
{
    const MailerInfo* m = profile().mailer();
    if (!m) {
        return;
    }
    const ResolvedMailer resolved = profile().resolvedMailer();
    const QJsonObject& settings = resolved.settings;
    const Findings findings = currentFindings();
    QStringList missing;
    bool invalid = false;
    bool anySecret = false;
    for (FieldRow& row : m_rows) {
        const bool visible = row.spec->isVisible(settings);
        m_form->setRowVisible(row.container, visible);
        anySecret = anySecret || (row.spec->secret && visible);
        const QString path = m->id + QLatin1Char('.') + row.spec->key;
        QString error;
        for (const Finding& f : findings) {
            if (f.subject != path) {
                continue;
            }
            if (f.id == QLatin1String("profile.required")) {
                missing << Catalog::tr(row.spec->label);
            } else {
                invalid = true;
                error = f.detail +
                        (f.advice.steps.isEmpty() ? QString() : QLatin1Char(' ') + f.advice.steps.first());
            }
        }
        const bool show = !error.isEmpty() && visible;
        row.error->setText(error);
        row.error->setVisible(show);
        row.editor->setAccessibleDescription(error);
    }
    if (!missing.isEmpty()) {
        m_message->showMessage(Severity::Info,
                               tr("To continue, fill in: %1.").arg(missing.join(QStringLiteral(", "))));
    } else if (invalid) {
        m_message->showMessage(Severity::Error, tr("Correct the highlighted fields to continue."));
    } else {
        m_message->clear();
    }
    SessionSecrets* secrets = postino()->secrets();
    if (anySecret && !secrets->isPersistent()) {
        m_keychainNote->showMessage(
            Severity::Warning,
            tr("No system keychain is available, so passwords and keys are kept only while Postino is open. "
               "You will need to enter them again next time.") +
                (secrets->unavailableReason().isEmpty()
                     ? QString()
                     : QStringLiteral(" (") + secrets->unavailableReason() + QLatin1Char(')')));
    } else {
        m_keychainNote->clear();
    }
    m_checkButton->setVisible(m->kind != MailerKind::OAuth || !resolved.usesOAuth());
    m_checkButton->setEnabled(findings.isEmpty() && !(m_checkClient && m_checkClient->isRunning()) &&
                              !(m_apiCheck && m_apiCheck->isRunning()));
    refreshOAuthPanel();
    Q_EMIT completeChanged();
}

bool ConfigurePage::isComplete() const
{
    return currentFindings().isEmpty();
}

void ConfigurePage::checkCredentials()
{
    if (profile().mailer() && profile().mailer()->kind == MailerKind::Api) {
        checkApiKey();
        return;
    }
    if (!m_checkClient) {
        m_checkClient = new SmtpCredentialCheck(this);
        connect(m_checkClient, &SmtpCredentialCheck::finished, this,
                [this](const SmtpResult& r) { showCheckResult(r.findings); });
    }
    SmtpSettings settings = SmtpSettings::fromProfile(
        profile(), postino()->secrets()->value(
                       Profile::secretKey(Catalog::builtin().otherSmtp()->id, QStringLiteral("pass"))));
    if (const MailerInfo* m = profile().mailer(); m && m->kind == MailerKind::OAuth) {
        // The app password against the provider's own SMTP server.
        const ResolvedMailer resolved = profile().resolvedMailer();
        const QJsonObject& s = resolved.settings;
        settings.host = resolved.relayHost;
        const int port = s.value(QStringLiteral("smtp_port")).toString().toInt();
        settings.port = static_cast<quint16>(port > 0 ? port : 587);
        settings.security = settings.port == 465 ? SmtpSecurity::Tls : SmtpSecurity::StartTls;
        settings.authenticate = true;
        settings.username = s.value(QStringLiteral("user")).toString().trimmed();
        settings.password = postino()->secrets()->value(Profile::secretKey(m->id, QStringLiteral("pass")));
    }
    settings.extraCaCertificates = postino()->extraCaCertificates();
    m_checkResult->setFindings({Finding{
        Severity::Info,
        {.id = QStringLiteral("smtp.checking"), .detail = tr("Connecting to %1…").arg(settings.host)}}});
    showChecking(true);
    m_checkClient->start(settings);
}

// Either check, SMTP login or API key, ends here.
void ConfigurePage::showCheckResult(const Findings& findings)
{
    showChecking(false);
    if (wasStopped(findings)) {
        // Stopped by the user (or by leaving the page): no verdict either way.
        m_checkResult->setFindings(
            {Finding{Severity::Info,
                     {.id = QStringLiteral("configure.check_stopped"),
                      .detail = tr("Stopped. The credentials were not checked; press Check credentials to "
                                   "try again.")}}});
    } else {
        m_checkResult->setFindings(findings);
    }
    refresh();
}

void ConfigurePage::stopCheck()
{
    if (m_checkClient) {
        m_checkClient->cancel(); // finishes once, with a cancelled finding: showCheckResult() says so
    }
    if (m_apiCheck) {
        m_apiCheck->cancel();
    }
}

void ConfigurePage::showChecking(bool running)
{
    m_checkButton->setText(running ? tr("Checking…") : tr("Check &credentials"));
    if (running) {
        m_checkButton->setEnabled(false);
    }
    m_checkStop->setVisible(running);
    m_checkBusy->setVisible(running);
}

void ConfigurePage::checkApiKey()
{
    if (!m_apiCheck) {
        m_apiCheck = new ApiClient(this);
        connect(m_apiCheck, &ApiClient::finished, this,
                [this](const ApiResult& r) { showCheckResult(r.findings); });
    }
    m_apiCheck->setExtraCaCertificates(postino()->extraCaCertificates());
    m_apiCheck->setBaseUrlOverride(postino()->apiBaseOverride());
    const MailerInfo* m = profile().mailer();
    m_checkResult->setFindings(
        {Finding{Severity::Info,
                 {.id = QStringLiteral("api.checking"),
                  .detail = tr("Asking %1…").arg(m->apiHost(profile().currentSettings()))}}});
    showChecking(true);
    SessionSecrets* secrets = postino()->secrets();
    m_apiCheck->probe(profile(), [secrets](const QString& mailer, const QString& field) {
        return secrets->value(Profile::secretKey(mailer, field));
    });
}

} // namespace postino
