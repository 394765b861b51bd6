#include "postinowizard.h"

#include "aboutdialog.h"
#include "catalog/catalog.h"
#include "dns/wireresolver.h"
#include "oauth/oauth.h"
#include "pages/checkspage.h"
#include "pages/choosemailerpage.h"
#include "pages/configurepage.h"
#include "pages/exportpage.h"
#include "pages/featurespage.h"
#include "pages/senderpage.h"
#include "pages/testemailpage.h"
#include "pages/welcomepage.h"
#include "secrets/secretstore.h"
#include "widgets/steplist.h"

#include <QPushButton>
#include <QSettings>

namespace postino {

namespace {

const QString kResumeKey = QStringLiteral("wizard/lastPage");
// Where the window was and how big, restored at the next start as desktop apps do.
const QString kGeometryKey = QStringLiteral("wizard/geometry");

} // namespace

PostinoWizard::PostinoWizard(ProfileStore store, SecretStore* secretBackend, QWidget* parent)
    : QWizard(parent)
    , m_secrets(new SessionSecrets(secretBackend, this))
{
    setObjectName(QStringLiteral("postinoWizard"));
    setWindowTitle(tr("Postino — email setup"));
    setWizardStyle(QWizard::ClassicStyle);
    setWindowIcon(AboutDialog::applicationIcon());
    setOptions(QWizard::NoBackButtonOnStartPage | QWizard::NoCancelButtonOnLastPage |
               QWizard::HaveHelpButton);
    setButtonText(QWizard::CancelButton, tr("Cl&ose"));
    setButtonText(QWizard::HelpButton, tr("Abo&ut"));
    connect(this, &QWizard::helpRequested, this, &PostinoWizard::showAbout);
    setMinimumSize(860, 600);
    restoreGeometry(QSettings().value(kGeometryKey).toByteArray());

    // Read before the first page is shown: showing it records page 0 as the latest.
    m_resumeTarget = QSettings().value(kResumeKey, WelcomePageId).toInt();
    const auto loaded = store.load();
    m_loadProblems = loaded.problems;
    m_model = new ProfileModel(std::move(store), loaded.broken ? Profile() : loaded.profile, this);

    m_steps = new StepList({tr("Welcome"), tr("Choose mailer"), tr("Configure mailer"), tr("Sender"),
                            tr("Features"), tr("Checks"), tr("Test email"), tr("Export")},
                           this);
    setSideWidget(m_steps);

    setPage(WelcomePageId, new WelcomePage(this));
    setPage(ChooseMailerPageId, new ChooseMailerPage(this));
    setPage(ConfigurePageId, new ConfigurePage(this));
    setPage(SenderPageId, new SenderPage(this));
    setPage(FeaturesPageId, new FeaturesPage(this));
    setPage(ChecksPageId, new ChecksPage(this));
    setPage(TestEmailPageId, new TestEmailPage(this));
    setPage(ExportPageId, new ExportPage(this));
    setStartId(WelcomePageId);
    // In a dialog every push button is "auto default": Enter on a focused page button would
    // press it (and open a file dialog) instead of Next. Page buttons are clicked, not entered.
    for (const int id : pageIds()) {
        for (QPushButton* button : page(id)->findChildren<QPushButton*>()) {
            button->setAutoDefault(false);
        }
    }

    connect(this, &QWizard::currentIdChanged, this, &PostinoWizard::onCurrentIdChanged);
    // Passwords arrive from the keychain after start-up; a resume that stopped at Configure
    // for want of one carries on once it is there.
    connect(m_secrets, &SessionSecrets::loaded, this, [this] {
        if (m_resumeTarget > currentId() && currentId() == ConfigurePageId) {
            resumeProgress();
        }
    });
    connect(m_secrets, &SessionSecrets::changed, this, &PostinoWizard::onSecretChanged);
    connect(m_secrets, &SessionSecrets::stored, this, &PostinoWizard::onSecretStored);
    takeSecretsFromFile();
    // All of them now, not when a page or dialog first needs one: an export with passwords right after
    // a restart must not find placeholders where an alert's secret belongs.
    loadProfileSecrets();
}

PostinoWizard::~PostinoWizard()
{
    // Widgets emit signals while they are torn down (a line edit losing focus emits
    // editingFinished); by then the pages are half destroyed, so silence them first.
    const auto objects = findChildren<QObject*>();
    for (QObject* o : objects) {
        o->blockSignals(true);
    }
}

void PostinoWizard::adoptImport(const Profile& profile, const QHash<QString, QByteArray>& secrets)
{
    m_model->replace(profile);
    for (auto it = secrets.cbegin(); it != secrets.cend(); ++it) {
        m_secrets->setValue(it.key(), it.value());
    }
    takeSecretsFromFile();
    loadProfileSecrets();
}

void PostinoWizard::takeSecretsFromFile()
{
    const QHash<QString, QByteArray> fromFile = profile().secretsFromFile();
    for (auto it = fromFile.cbegin(); it != fromFile.cend(); ++it) {
        m_secrets->setValue(it.key(), it.value());
    }
}

void PostinoWizard::onSecretChanged(const QString& key)
{
    const auto& fromFile = profile().secretsFromFile();
    const auto it = fromFile.constFind(key);
    if (it != fromFile.cend() && *it != m_secrets->value(key)) {
        // Replaced or removed by the user: the old value must not come back from the file.
        editProfile([&key](Profile& p) { p.forgetSecretFromFile(key); });
    }
}

void PostinoWizard::onSecretStored(const QString& key)
{
    const auto& fromFile = profile().secretsFromFile();
    const auto it = fromFile.constFind(key);
    if (it != fromFile.cend() && *it == m_secrets->value(key)) {
        // Safe in the keychain: out of the file.
        editProfile([&key](Profile& p) { p.forgetSecretFromFile(key); });
    }
}

void PostinoWizard::loadProfileSecrets()
{
    loadSecretsOf(profile().mailerId());
    QStringList keys;
    for (const AlertChannel& c : profile().alerts().channels) {
        if (const AlertChannelInfo* info = alertChannelInfo(c.type)) {
            for (const AlertField& f : info->fields) {
                if (f.secret) {
                    keys << Profile::secretKey(c.secretGroup(), f.key);
                }
            }
        }
    }
    m_secrets->load(keys);
}

void PostinoWizard::loadSecretsOf(const QString& mailerId)
{
    // Asked for lazily: each keychain read can cost a D-Bus round trip (or a failed spawn).
    QStringList keys;
    if (const MailerInfo* m = Catalog::builtin().mailer(mailerId)) {
        for (const FieldSpec& f : m->fields) {
            if (f.secret) {
                keys.append(Profile::secretKey(m->id, f.key));
            }
        }
        if (m->kind == MailerKind::OAuth) {
            keys.append(Profile::secretKey(m->id, oauthTokenField())); // the sign-in's tokens
        }
    }
    m_secrets->load(keys);
}

// Tab reaches the buttons in the order they sit in: About on the left, then Back, Next, Finish,
// Close. QWizard chains them Back, Next, Commit, Finish, Cancel, Help (About after Close) and
// redoes it as pages change, so this follows each change.
void PostinoWizard::chainButtonsInReadingOrder()
{
    const WizardButton order[] = {HelpButton,   BackButton,   NextButton,
                                  CommitButton, FinishButton, CancelButton};
    for (size_t i = 1; i < std::size(order); ++i)
        setTabOrder(button(order[i - 1]), button(order[i]));
}

void PostinoWizard::onCurrentIdChanged(int id)
{
    m_steps->setCurrent(id);
    chainButtonsInReadingOrder();
    // Nothing to save on Welcome; skipping it keeps disk writes out of start-up.
    if (!m_resuming && id > WelcomePageId) {
        QSettings().setValue(kResumeKey, id);
        // Written on each step even without an edit: a file in an older format, or an unreadable one
        // (kept aside as ".broken"), is replaced by the current profile then.
        saveProgress();
    } else {
        m_model->flush();
    }
}

void PostinoWizard::showAbout()
{
    auto* dialog = findChild<AboutDialog*>(QString(), Qt::FindDirectChildrenOnly);
    if (!dialog) {
        dialog = new AboutDialog(store().path(), m_secrets, this);
    }
    dialog->open();
}

bool PostinoWizard::saveProgress()
{
    return m_model->save();
}

void PostinoWizard::resumeProgress()
{
    if (m_resumeTarget <= WelcomePageId || m_resumeTarget > ExportPageId) {
        return;
    }
    m_resuming = true;
    while (currentId() < m_resumeTarget) {
        const int before = currentId();
        if (!currentPage()->isComplete()) {
            break; // that page's input is incomplete: stop there so the user sees why
        }
        next();
        if (currentId() == before) {
            break;
        }
    }
    m_resuming = false;
    if (currentId() >= m_resumeTarget) {
        m_resumeTarget = WelcomePageId; // arrived
    }
    QSettings().setValue(kResumeKey, currentId());
}

void PostinoWizard::accept()
{
    saveProgress();
    QSettings().remove(kResumeKey);
    QWizard::accept();
}

void PostinoWizard::done(int result)
{
    m_model->flush(); // closed while typing: the last keys are kept
    QSettings().setValue(kGeometryKey, saveGeometry());
    QWizard::done(result);
}

namespace {
PostinoWizard::ResolverFactory& resolverFactory()
{
    static PostinoWizard::ResolverFactory factory;
    return factory;
}
} // namespace

void PostinoWizard::setResolverFactory(ResolverFactory factory)
{
    resolverFactory() = std::move(factory);
}

dns::Resolver* PostinoWizard::createResolver(QObject* parent)
{
    if (resolverFactory())
        return resolverFactory()(parent);
    return dns::createSystemResolver(parent);
}

} // namespace postino
