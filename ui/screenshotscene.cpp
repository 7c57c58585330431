// SPDX-License-Identifier: GPL-3.0-or-later
#include "screenshotscene.h"

#include "certificatedialog.h"
#include "credentials/memorycredentialstore.h"
#include "dns/memorydnsresolver.h"
#include "domain/memorypolicyfetcher.h"
#include "domainpanel.h"
#include "historypanel.h"
#include "mainwindow.h"
#include "newprofiledialog.h"
#include "oauth/oauthaccess.h"
#include "oauthpanel.h"
#include "portprobedialog.h"
#include "practice/practiceserver.h"
#include "practicepanel.h"
#include "profiles/profilestore.h"
#include "providers/providercatalog.h"
#include "readbackview.h"
#include "serverpanel.h"
#include "sessionpanel.h"
#include "settingsform.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QListWidget>
#include <QPixmap>
#include <QTcpServer>
#include <QTimer>
#include <QTreeWidget>

namespace Sendcheck {

namespace {
// Enough steps to be inside TLS and signed in: connect, EHLO, STARTTLS, AUTH.
constexpr int TrainerSteps = 6;
// Time for the last layouts and the scroll to the end before the picture is taken.
constexpr int SettleMs = 200;
} // namespace

ScreenshotScene::ScreenshotScene(const QString &scene, const QString &file, QObject *parent)
    : QObject(parent), m_scene(scene), m_file(file)
{ }

ScreenshotScene::~ScreenshotScene() = default;

QStringList ScreenshotScene::sceneNames()
{
    return {QStringLiteral("main"),        QStringLiteral("transcript-failure"),
            QStringLiteral("trainer"),     QStringLiteral("practice"),
            QStringLiteral("certificate"), QStringLiteral("oauth"),
            QStringLiteral("large-font"),  QStringLiteral("history"),
            QStringLiteral("probe"),       QStringLiteral("discover"),
            QStringLiteral("server"),      QStringLiteral("domain"),
            QStringLiteral("read-back")};
}

bool ScreenshotScene::start(QString *error)
{
    if (!sceneNames().contains(m_scene)) {
        *error = tr("Unknown scene \u201c%1\u201d; the scenes are: %2.")
                     .arg(m_scene, sceneNames().join(QStringLiteral(", ")));
        return false;
    }
    if (!m_config.isValid()) {
        *error = m_config.errorString();
        return false;
    }
    m_store = std::make_unique<MemoryCredentialStore>();
    MainWindowOptions options;
    options.configDirectory = m_config.path();
    options.practiceSmtpPort = 0; // never collide with a running Sendcheck
    options.practiceTlsPort = 0;
    options.historyPath = m_config.filePath(QStringLiteral("history.sqlite"));
    m_window = std::make_unique<MainWindow>(m_store.get(), options);
    // Scenes keep their size whatever the (virtual) screen: the window fits a screen itself.
    m_window->resize(1280, 720); // the README's screenshots: a common laptop screen
    m_window->show();

    if (m_scene == QLatin1String("oauth")) {
        startOAuthScene();
        return true;
    }
    if (m_scene == QLatin1String("trainer")) {
        m_window->setTrainerMode(true);
        connect(m_window.get(), &MainWindow::trainerStepFinished, this, [this] {
            if (++m_steps < TrainerSteps)
                QTimer::singleShot(0, m_window.get(), &MainWindow::stepThrough);
            else
                QTimer::singleShot(SettleMs, this, &ScreenshotScene::capture);
        });
        QTimer::singleShot(0, m_window.get(), &MainWindow::stepThrough);
        return true;
    }
    if (m_scene == QLatin1String("history")) {
        startHistoryScene();
        return true;
    }
    if (m_scene == QLatin1String("probe")) {
        startProbeScene();
        return true;
    }
    if (m_scene == QLatin1String("discover")) {
        startDiscoverScene();
        return true;
    }
    if (m_scene == QLatin1String("server")) {
        startServerScene();
        return true;
    }
    if (m_scene == QLatin1String("domain")) {
        startDomainScene();
        return true;
    }
    if (m_scene == QLatin1String("read-back")) {
        startReadBackScene();
        return true;
    }
    if (m_scene == QLatin1String("transcript-failure"))
        m_window->practicePanel()->setScenario(QStringLiteral("rcpt-550"));
    if (m_scene == QLatin1String("large-font"))
        m_window->setLargeFont(true);
    if (m_scene == QLatin1String("certificate")) {
        // The practice profile without its CA file: the certificate cannot be verified.
        Profile profile = *m_window->profileStore().findById(m_window->currentProfileId());
        profile.caFile.clear();
        m_window->settingsForm()->setProfile(profile);
        m_window->saveCurrentProfile();
        connect(m_window.get(), &MainWindow::certificateDialogShown, this,
                [this](CertificateDialog *dialog) {
                    m_dialog = dialog;
                    QTimer::singleShot(SettleMs, this, &ScreenshotScene::capture);
                });
    } else {
        connect(m_window.get(), &MainWindow::sessionFinished, this, [this] {
            if (m_scene == QLatin1String("practice")) {
                m_window->showPracticeTab();
                m_window->practicePanel()->findChild<QListWidget *>()->setCurrentRow(0);
            }
            QTimer::singleShot(SettleMs, this, &ScreenshotScene::capture);
        });
    }
    QTimer::singleShot(0, m_window.get(), &MainWindow::sendTestMessage);
    return true;
}

void ScreenshotScene::startReadBackScene()
{
    m_window->practicePanel()->setScenario(QStringLiteral("junk-folder"));
    auto *panel = m_window->findChild<SessionPanel *>();
    if (!panel) {
        QCoreApplication::exit(1);
        return;
    }
    panel->setCheckArrival(true);
    connect(panel->readBack(), &ReadBackView::finished, this,
            [this] { QTimer::singleShot(SettleMs, this, &ScreenshotScene::capture); });
    QTimer::singleShot(0, m_window.get(), &MainWindow::sendTestMessage);
}

void ScreenshotScene::startHistoryScene()
{
    // A message that went through, then one the server refused a recipient of: the history
    // with the refused run picked, its report, and what changed since the send that worked.
    connect(m_window.get(), &MainWindow::sessionFinished, this, [this] {
        if (++m_steps == 1) {
            m_window->practicePanel()->setScenario(QStringLiteral("rcpt-550"));
            QTimer::singleShot(0, m_window.get(), &MainWindow::sendTestMessage);
            return;
        }
        m_window->showHistoryTab();
        HistoryPanel *panel = m_window->historyPanel();
        panel->selectRun(panel->firstRunId());
        panel->compareWithLastSuccess();
        QTimer::singleShot(SettleMs, this, &ScreenshotScene::capture);
    });
    QTimer::singleShot(0, m_window.get(), &MainWindow::sendTestMessage);
}

void ScreenshotScene::startProbeScene()
{
    // "Test all ports" on the practice profile: the practice server's STARTTLS and TLS ports,
    // the TLS port asked for STARTTLS, a port that accepts and never speaks, and a closed one.
    const Profile profile = *m_window->profileStore().findById(m_window->currentProfileId());
    const PracticeServer *practice = m_window->practiceServer();
    m_silentServer = std::make_unique<QTcpServer>();
    m_silentServer->listen(QHostAddress::LocalHost, 0);
    quint16 closedPort = 0;
    {
        QTcpServer closed;
        closed.listen(QHostAddress::LocalHost, 0);
        closedPort = closed.serverPort();
    }
    const QString host = profile.host;
    m_probeDialog = new PortProbeDialog(profile, m_window.get());
    m_probeDialog->setCandidates(
        {{host, practice->tlsPort(), Security::ImplicitTls, QString()},
         {host, practice->smtpPort(), Security::StartTls, QString()},
         {host, practice->tlsPort(), Security::StartTls, QString()},
         {host, m_silentServer->serverPort(), Security::StartTls, QString()},
         {host, closedPort, Security::StartTls, QString()}});
    m_probeDialog->setAttemptTimeout(std::chrono::seconds(3));
    connect(m_probeDialog, &PortProbeDialog::probeFinished, this,
            [this] { QTimer::singleShot(SettleMs, this, &ScreenshotScene::capture); });
    m_probeDialog->show();
    m_probeDialog->start();
}

void ScreenshotScene::startDiscoverScene()
{
    // "New profile from address…" for example.com, its SRV records (in memory) naming the
    // practice server's ports: the sources fill in (autoconfig and the ISPDB at a closed local
    // port, so nothing leaves this computer), then each server found is tried and the one that
    // works is preselected.
    m_discoverProfiles
        = std::make_unique<ProfileStore>(m_config.filePath(QStringLiteral("discover")));
    m_newProfile = new NewProfileDialog(m_discoverProfiles.get(), m_store.get(),
                                        &ProviderCatalog::builtIn(), m_window.get());
    const PracticeServer *practice = m_window->practiceServer();
    quint16 closedPort = 0;
    {
        QTcpServer closed;
        closed.listen(QHostAddress::LocalHost, 0);
        closedPort = closed.serverPort();
    }
    const QString domain = QStringLiteral("example.com");
    const QString host = QStringLiteral("localhost");
    m_dns = std::make_unique<MemoryDnsResolver>();
    m_dns->addName(domain);
    m_dns->addRecord(DnsRecord::makeSrv(QStringLiteral("_submissions._tcp.") + domain, 0, 1,
                                        practice->tlsPort(), host));
    m_dns->addRecord(DnsRecord::makeSrv(QStringLiteral("_submission._tcp.") + domain, 0, 1,
                                        practice->smtpPort(), host));
    m_dns->addRecord(DnsRecord::makeSrv(QStringLiteral("_submission._tcp.") + domain, 10, 1,
                                        practice->tlsPort(), host));
    m_dns->addRecord(
        DnsRecord::makeSrv(QStringLiteral("_submission._tcp.") + domain, 20, 1, closedPort, host));
    DiscoveryOptions options;
    options.autoconfigBase = QUrl(QStringLiteral("https://127.0.0.1:%1/").arg(closedPort));
    options.ispdbBase = QUrl(QStringLiteral("https://127.0.0.1:%1/ispdb/").arg(closedPort));
    m_newProfile->setDiscoveryOptions(options);
    m_newProfile->setResolver(m_dns.get());
    ProbeOptions probe;
    probe.extraCaCertificates = {practice->certificate().certificate()};
    probe.timeout = std::chrono::seconds(3);
    m_newProfile->setProbeOptions(probe);
    // Only the servers found: never what listens on this computer's ports 465, 587, 25, 2525.
    m_newProfile->setProbePorts({});
    connect(m_newProfile, &NewProfileDialog::probeFinished, this,
            [this] { QTimer::singleShot(SettleMs, this, &ScreenshotScene::capture); });
    m_newProfile->show();
    QTimer::singleShot(0, this,
                       [this] { m_newProfile->findSettings(QStringLiteral("anna@example.com")); });
}

void ScreenshotScene::startServerScene()
{
    // Sample data: documentation addresses, made-up answers; nothing is asked on the network.
    m_dns = std::make_unique<MemoryDnsResolver>();
    const QString host = QStringLiteral("mail.example.com");
    m_dns->addRecord(DnsRecord::makeAddress(host, QHostAddress(QHostAddress::LocalHost)));
    m_dns->addRecord(DnsRecord::makeAddress(host, QHostAddress(QStringLiteral("192.0.2.25"))));
    m_dns->addRecord(
        DnsRecord::makeName(DnsRecordType::PTR, QStringLiteral("25.2.0.192.in-addr.arpa"), host));
    m_dns->addRecord(DnsRecord::makeAddress(QStringLiteral("25.2.0.192.bl.spamcop.net"),
                                            QHostAddress(QStringLiteral("127.0.0.2"))));
    m_relayServer = std::make_unique<PracticeServer>();
    m_relayServer->setHostName(host);
    Scenario scenario;
    scenario.add(QStringLiteral("open-relay"));
    m_relayServer->setScenario(scenario);
    if (!m_relayServer->start(QHostAddress(QHostAddress::LocalHost), 0)) {
        QCoreApplication::exit(1);
        return;
    }
    ServerPanel *panel = m_window->serverPanel();
    m_window->showServerTab();
    panel->setResolver(m_dns.get());
    panel->setServer(host, m_relayServer->smtpPort());
    panel->setPublicAddress(QStringLiteral("192.0.2.25"));
    panel->setRelayTest(true, QStringLiteral("test@example.org"),
                        QStringLiteral("test@example.net"));
    connect(panel, &ServerPanel::finished, this, [this, panel] {
        panel->setNote(tr("Sample data: documentation addresses and made-up DNS answers; the "
                          "server is the built-in practice server set up as an open relay."));
        QTimer::singleShot(SettleMs, this, &ScreenshotScene::capture);
    });
    QTimer::singleShot(0, panel, &ServerPanel::check);
}

void ScreenshotScene::startDomainScene()
{
    // Sample data, not a real domain: example.com's records as a small company might have them
    // (documentation names and addresses only, RFC 2606 and 5737), answered from memory so the
    // picture needs no network. The profile sends through Microsoft 365, whose include and DKIM
    // CNAMEs the record lacks.
    m_dns = std::make_unique<MemoryDnsResolver>();
    const QString domain = QStringLiteral("example.com");
    m_dns->addRecord(
        DnsRecord::makeTxt(domain, {"v=spf1 ip4:192.0.2.0/24 include:_spf.example.net ~all"}));
    m_dns->addRecord(
        DnsRecord::makeTxt(QStringLiteral("_spf.example.net"),
                           {"v=spf1 ip4:198.51.100.0/24 include:mail.example.org -all"}));
    m_dns->addRecord(
        DnsRecord::makeTxt(QStringLiteral("mail.example.org"), {"v=spf1 ip6:2001:db8::/32 -all"}));
    m_dns->addRecord(DnsRecord::makeTxt(QStringLiteral("spf.protection.outlook.com"),
                                        {"v=spf1 ip4:203.0.113.0/24 -all"}));
    m_dns->addRecord(DnsRecord::makeMx(domain, 10, QStringLiteral("mx1.example.com")));
    m_dns->addRecord(DnsRecord::makeMx(domain, 20, QStringLiteral("mx2.example.com")));
    m_dns->addRecord(DnsRecord::makeAddress(QStringLiteral("mx1.example.com"),
                                            QHostAddress(QStringLiteral("192.0.2.25"))));
    m_dns->addRecord(DnsRecord::makeAddress(QStringLiteral("mx2.example.com"),
                                            QHostAddress(QStringLiteral("192.0.2.26"))));
    // MTA-STS in testing mode with its policy (held in memory too) and TLS reports.
    m_dns->addRecord(DnsRecord::makeTxt(QStringLiteral("_mta-sts.example.com"),
                                        {"v=STSv1; id=20250101T000000"}));
    m_dns->addRecord(DnsRecord::makeTxt(QStringLiteral("_smtp._tls.example.com"),
                                        {"v=TLSRPTv1; rua=mailto:tls-reports@example.com"}));
    m_policies = std::make_unique<MemoryPolicyFetcher>();
    m_policies->addFile(QStringLiteral("mta-sts.example.com"),
                        QStringLiteral("/.well-known/mta-sts.txt"),
                        "version: STSv1\nmode: testing\nmx: *.example.com\nmax_age: 604800\n");
    m_dns->setLatency(20);

    m_window->addProfile(QStringLiteral("Office (Microsoft 365)"));
    SettingsForm *form = m_window->settingsForm();
    form->applyPreset(QStringLiteral("microsoft-365"));
    Profile profile = form->profile();
    profile.userName = QStringLiteral("alex@example.com");
    profile.from = QStringLiteral("alex@example.com");
    form->setProfile(profile);
    m_window->saveCurrentProfile();
    m_window->selectProfile(m_window->currentProfileId());

    DomainPanel *panel = m_window->domainPanel();
    panel->setProfile(m_window->settingsForm()->profile());
    panel->setResolver(m_dns.get());
    panel->setPolicyFetcher(m_policies.get());
    m_window->showDomainTab();
    connect(panel, &DomainPanel::finished, this, [this, panel] {
        // The MX hosts and the transport policy rows below them in view.
        QTreeWidget *checks = panel->checksView();
        for (int i = 0; i < checks->topLevelItemCount(); ++i) {
            if (checks->topLevelItem(i)->data(0, Qt::UserRole) == QLatin1String("mx.records"))
                checks->scrollToItem(checks->topLevelItem(i), QAbstractItemView::PositionAtTop);
        }
        QTimer::singleShot(SettleMs, this, &ScreenshotScene::capture);
    });
    QTimer::singleShot(0, panel, &DomainPanel::check);
}

void ScreenshotScene::startOAuthScene()
{
    // A sample account and sample tokens in the in-memory store: nothing real, nothing sent.
    const QString account = QStringLiteral("alex@example.com");
    m_window->addProfile(QStringLiteral("Office (Microsoft 365)"));
    SettingsForm *form = m_window->settingsForm();
    form->oauthPanel()->setUrlOpener([](const QUrl &) { return false; });
    form->applyPreset(QStringLiteral("microsoft-365"));
    form->setSignIn(Profile::SignIn::OAuth);
    Profile profile = form->profile();
    profile.oauthClientId = QStringLiteral("5d3f9b7e-0c41-4a8e-9d2b-7f6a1c2e3b4d");
    profile.oauthTenant = QStringLiteral("example.com");
    profile.userName = account;
    profile.from = account;
    profile.defaultTo = {QStringLiteral("friend@example.org")};
    form->setProfile(profile);
    m_window->saveCurrentProfile();

    OAuthTokens tokens;
    tokens.accessToken = "sample-access-token";
    tokens.refreshToken = "sample-refresh-token";
    tokens.expiresAt = QDateTime::currentDateTimeUtc().addSecs(3600);
    tokens.grantedScopes = {QStringLiteral("https://outlook.office.com/SMTP.Send")};
    tokens.account = account;
    const ProviderCatalog catalog = ProviderCatalog::loadDefault();
    if (const auto config
        = OAuthConfig::forProfile(profile, catalog.find(profile.presetId), nullptr))
        tokens.markIssuedFor(*config);
    m_oauth = std::make_unique<OAuthAccess>(m_store.get());
    connect(form->oauthPanel(), &OAuthPanel::stateChanged, this, [this](OAuthPanel::State state) {
        if (state == OAuthPanel::State::SignedIn && m_steps++ == 0)
            QTimer::singleShot(SettleMs, this, &ScreenshotScene::capture);
    });
    m_oauth->save(profile, tokens, this, [this](const OAuthOutcome &) {
        m_window->settingsForm()->oauthPanel()->refresh();
    });
}

void ScreenshotScene::capture()
{
    const QPixmap picture = m_newProfile ? m_newProfile->grab()
        : m_dialog                       ? m_dialog->grab()
        : m_probeDialog                  ? m_probeDialog->grab()
                                         : m_window->grab();
    const bool saved = picture.save(m_file, "PNG");
    if (!saved)
        qWarning("Could not write %s", qPrintable(m_file));
    QCoreApplication::exit(saved ? 0 : 1);
}

} // namespace Sendcheck
