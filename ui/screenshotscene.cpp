// SPDX-License-Identifier: GPL-3.0-or-later
#include "screenshotscene.h"

#include "certificatedialog.h"
#include "credentials/memorycredentialstore.h"
#include "historypanel.h"
#include "mainwindow.h"
#include "oauth/oauthaccess.h"
#include "oauthpanel.h"
#include "practicepanel.h"
#include "providers/providercatalog.h"
#include "settingsform.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QListWidget>
#include <QPixmap>
#include <QTimer>

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
            QStringLiteral("large-font"),  QStringLiteral("history")};
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
    m_window->resize(1400, 900);
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
    const QPixmap picture = m_dialog ? m_dialog->grab() : m_window->grab();
    const bool saved = picture.save(m_file, "PNG");
    if (!saved)
        qWarning("Could not write %s", qPrintable(m_file));
    QCoreApplication::exit(saved ? 0 : 1);
}

} // namespace Sendcheck
