// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "relativefont.h"

#include "certificatedialog.h"
#include "credentials/credentialstore.h"
#include "diagnosis/diagnoser.h"
#include "diagnosis/trainernarration.h"
#include "message/testmessage.h"
#include "oauth/oauthaccess.h"
#include "oauthpanel.h"
#include "passwordfield.h"
#include "practice/practiceserver.h"
#include "practicepanel.h"
#include "practiceprofiles.h"
#include "profilelistpanel.h"
#include "sessionpanel.h"
#include "settingsform.h"
#include "smtp/sessionsetup.h"
#include "smtp/smtpsession.h"
#include "stagestrip.h"
#include "trainerpanel.h"
#include "transcript/transcript.h"
#include "transcriptmodel.h"
#include "transcriptpanel.h"
#include "verdictpanel.h"

#include <QAction>
#include <QDir>
#include <QKeySequence>
#include <QLabel>
#include <QListView>
#include <QMenuBar>
#include <QScrollArea>
#include <QScrollBar>
#include <QSplitter>
#include <QStatusBar>

namespace Sendcheck {

MainWindow::MainWindow(CredentialStore *credentials, const MainWindowOptions &options,
                       QWidget *parent)
    : QMainWindow(parent)
    , m_credentials(credentials)
    , m_options(options)
    , m_profiles(options.configDirectory)
    , m_catalog(ProviderCatalog::loadDefault())
    , m_practice(std::make_unique<PracticeServer>())
    , m_oauth(std::make_unique<OAuthAccess>(credentials))
{
    setWindowTitle(tr("Sendcheck"));
    setObjectName(QStringLiteral("mainWindow"));
    QString certificateDirectory = options.practiceCertificateDirectory;
    if (certificateDirectory.isEmpty() && !options.configDirectory.isEmpty())
        certificateDirectory = QDir(options.configDirectory).filePath(QStringLiteral("practice"));
    if (!certificateDirectory.isEmpty())
        m_practice->setCertificateDirectory(certificateDirectory);

    setCentralWidget(buildPanes());
    buildMenus();
    wirePanels();

    if (m_options.startPracticeServer)
        startPracticeServer();
    m_practicePanel = new PracticePanel(m_practice.get(), this);
    m_practicePanel->setObjectName(QStringLiteral("practicePanel"));
    m_sessionPanel->addPracticeTab(m_practicePanel);
    connect(m_practicePanel, &PracticePanel::serverStarted, this,
            [this] { ensurePracticeProfile(); });
    loadProfiles();
    setBusy(false);
    resize(1400, 900);
}

MainWindow::~MainWindow()
{
    m_saveTimer.stop();
    saveCurrentProfile();
    dropSession();
}

QWidget *MainWindow::buildPanes()
{
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setChildrenCollapsible(false);
    m_profileList = new ProfileListPanel(&m_profiles, this);
    splitter->addWidget(m_profileList);
    m_form = new SettingsForm(&m_catalog, m_credentials, this);
    m_form->setObjectName(QStringLiteral("settingsForm"));
    auto *formScroll = new QScrollArea(splitter);
    formScroll->setWidgetResizable(true);
    formScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    formScroll->setWidget(m_form);
    formScroll->setMinimumWidth(380);
    splitter->addWidget(formScroll);
    m_sessionPanel = new SessionPanel(this);
    splitter->addWidget(m_sessionPanel);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setStretchFactor(2, 2);
    splitter->setSizes({190, 440, 720});
    m_strip = m_sessionPanel->strip();
    m_trainer = m_sessionPanel->trainer();
    m_transcript = m_sessionPanel->transcript();
    m_model = m_transcript->model();
    m_view = m_transcript->view();
    m_lineInfo = m_transcript->lineInfo();
    m_verdict = m_sessionPanel->verdict();
    return splitter;
}

void MainWindow::buildMenus()
{
    auto *sessionMenu = menuBar()->addMenu(tr("&Session"));
    QAction *testAction
        = sessionMenu->addAction(tr("&Test connection"), this, &MainWindow::testConnection);
    testAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    QAction *sendAction
        = sessionMenu->addAction(tr("&Send test message"), this, &MainWindow::sendTestMessage);
    sendAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    QAction *stopAction = sessionMenu->addAction(tr("S&top"), this, &MainWindow::stopSession);
    stopAction->setShortcut(QKeySequence(Qt::Key_Escape));
    QAction *stepAction
        = sessionMenu->addAction(tr("Step &through"), this, &MainWindow::stepThrough);
    stepAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_N));
    sessionMenu->addSeparator();
    sessionMenu->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);
    auto *viewMenu = menuBar()->addMenu(tr("&View"));
    m_trainerAction = viewMenu->addAction(tr("&Trainer mode"));
    m_trainerAction->setCheckable(true);
    m_trainerAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T));
    connect(m_trainerAction, &QAction::toggled, this, &MainWindow::setTrainerMode);
    viewMenu->addAction(tr("&Practice server"), this, &MainWindow::showPracticeTab);
}

void MainWindow::wirePanels()
{
    m_saveTimer.setSingleShot(true);
    m_saveTimer.setInterval(600);
    connect(&m_saveTimer, &QTimer::timeout, this, &MainWindow::saveCurrentProfile);
    connect(m_form, &SettingsForm::edited, this, [this] { m_saveTimer.start(); });
    // The status bar is made on its first message, not before (it takes room at the bottom).
    auto notice = [this](const QString &text) { statusBar()->showMessage(text); };
    connect(m_profileList, &ProfileListPanel::aboutToEdit, this, &MainWindow::saveCurrentProfile);
    connect(m_profileList, &ProfileListPanel::currentChanged, this,
            &MainWindow::onProfileActivated);
    connect(m_profileList, &ProfileListPanel::removing, this,
            [this](const QString &id) { m_form->passwordField()->forget(id); });
    connect(m_profileList, &ProfileListPanel::duplicated, this, [this](const Profile &copy) {
        if (PracticeProfiles::isPractice(copy))
            ensurePracticeProfile();
    });
    connect(m_profileList, &ProfileListPanel::notice, this, notice);
    connect(m_sessionPanel, &SessionPanel::testRequested, this, &MainWindow::testConnection);
    connect(m_sessionPanel, &SessionPanel::sendRequested, this, &MainWindow::sendTestMessage);
    connect(m_sessionPanel, &SessionPanel::stopRequested, this, &MainWindow::stopSession);
    connect(m_trainer, &TrainerPanel::stepRequested, this, &MainWindow::stepThrough);
    connect(m_trainer, &TrainerPanel::largeFontToggled, this, &MainWindow::setLargeFont);
    connect(m_transcript, &TranscriptPanel::currentLineChanged, this, [this] {
        m_transcript->explainCurrentLine(DiagnosisContext::forProfile(m_sessionProfile, false));
    });
    connect(m_transcript, &TranscriptPanel::copied, this,
            [this](const QString &text) { statusBar()->showMessage(text, 4000); });
    connect(m_view->verticalScrollBar(), &QScrollBar::valueChanged, this,
            [this](int value) { m_followTail = value >= m_view->verticalScrollBar()->maximum(); });
    connect(m_model, &TranscriptModel::flushed, this, [this] {
        if (m_followTail)
            m_view->scrollToBottom();
    });
}

void MainWindow::startPracticeServer()
{
    if (!m_practice->start(QHostAddress::LocalHost, m_options.practiceSmtpPort,
                           m_options.practiceTlsPort)
        && !m_practice->start(QHostAddress::LocalHost, 0, 0)) {
        statusBar()->showMessage(
            tr("The practice server could not start: %1").arg(m_practice->errorString()));
    }
}

void MainWindow::loadProfiles()
{
    QString error;
    if (!m_profiles.load(&error))
        statusBar()->showMessage(error);
    else if (!m_profiles.notice().isEmpty())
        statusBar()->showMessage(m_profiles.notice());
    // First run: the practice server profile, so Send works with no account and no internet.
    ensurePracticeProfile();
    m_profileList->refresh(m_currentId);
    m_profileList->selectFirst();
}

void MainWindow::ensurePracticeProfile()
{
    QList<Profile> moved;
    QString error;
    if (!PracticeProfiles::ensure(m_profiles, *m_practice, &moved, &error))
        statusBar()->showMessage(error);
    for (const Profile &profile : moved) {
        if (profile.id == m_currentId)
            m_form->setProfile(profile);
    }
    PracticeProfiles::fillPasswords(m_profiles, m_form->passwordField());
}

void MainWindow::selectProfile(const QString &profileId)
{
    if (m_profileList->select(profileId) && m_currentId != profileId)
        onProfileActivated(profileId);
}

void MainWindow::onProfileActivated(const QString &id)
{
    saveCurrentProfile();
    const Profile *profile = m_profiles.findById(id);
    m_currentId = profile ? id : QString();
    m_form->setEnabled(profile != nullptr);
    if (profile)
        m_form->setProfile(*profile);
    setBusy(m_session && m_session->isRunning());
    if (m_trainer->isVisible())
        updateNarration(true);
}

void MainWindow::saveCurrentProfile()
{
    m_saveTimer.stop();
    if (m_currentId.isEmpty() || !m_profiles.findById(m_currentId))
        return;
    const Profile edited = m_form->profile();
    if (edited == *m_profiles.findById(m_currentId))
        return;
    QString error;
    if (!m_profiles.update(edited, &error) || !m_profiles.save(&error))
        statusBar()->showMessage(error);
}

QString MainWindow::addProfile(const QString &name)
{
    return m_profileList->add(name);
}

void MainWindow::setBusy(bool busy)
{
    m_sessionPanel->setActionsEnabled(
        !busy && !m_currentId.isEmpty(),
        busy || (m_session && (m_session->isParked() || m_session->isHeld())));
    m_profileList->setListEnabled(!busy);
}

void MainWindow::testConnection()
{
    startSession(Mode::Test);
}

void MainWindow::sendTestMessage()
{
    startSession(Mode::Send);
}

void MainWindow::stopSession()
{
    if (m_pendingSignIn) {
        // Still waiting for the keychain or the provider: drop the answer when it comes.
        m_pendingSignIn.reset();
        setBusy(false);
        m_verdict->showStopped();
        return;
    }
    if (!m_session)
        return;
    if (m_session->isParked()) {
        m_session->sendQuit();
        return;
    }
    m_session->cancel();
}

void MainWindow::stepThrough()
{
    if (m_session && m_session->isHeld() && m_sessionMode == Mode::Step) {
        setBusy(true);
        m_session->step(); // the command announced in the narration goes out now
        return;
    }
    startSession(Mode::Step);
}

void MainWindow::startSession(Mode mode)
{
    if (m_session && m_session->isRunning() && !m_session->isParked() && !m_session->isHeld())
        return;
    saveCurrentProfile();
    const Profile *saved = m_profiles.findById(m_currentId);
    if (!saved)
        return;
    const Profile profile = *saved;
    if (profile.host.isEmpty()) {
        m_verdict->showProblem(tr("Which server?"),
                               tr("Choose a preset or type the server's name first."));
        return;
    }
    std::optional<TestMessage> message;
    if (mode != Mode::Test) {
        TestMessage m;
        QString error;
        const auto from = Address::parse(profile.from, &error);
        if (!from) {
            m_verdict->showProblem(tr("The From address is not usable"),
                                   profile.from.isEmpty() ? tr("Type the sender's address.")
                                                          : error);
            return;
        }
        m.setFrom(*from);
        QList<Address> to;
        for (const QString &text : profile.defaultTo) {
            const auto address = Address::parse(text, &error);
            if (!address) {
                m_verdict->showProblem(tr("A To address is not usable"),
                                       QStringLiteral("%1: %2").arg(text, error));
                return;
            }
            to.append(*address);
        }
        if (to.isEmpty()) {
            m_verdict->showProblem(tr("Who should get the test message?"),
                                   tr("Type at least one address in To."));
            return;
        }
        m.setTo(to);
        m.setSubject(m_form->subject());
        m.setTextBody(m_form->body());
        m.setAttachments(m_form->attachments());
        const QStringList problems = m.validate();
        if (!problems.isEmpty()) {
            m_verdict->showProblem(tr("The test message cannot be sent"),
                                   problems.join(QLatin1Char('\n')));
            return;
        }
        message = m;
    }
    if (profile.usesOAuth()) {
        startOAuthSession(mode, profile, message);
        return;
    }
    const bool signsIn = !profile.userName.isEmpty() && profile.mechanism != AuthMechanism::None;
    if (!signsIn) {
        beginSession(mode, profile, message, {});
        return;
    }
    setBusy(true);
    m_form->passwordField()->fetchSecret(
        [this, mode, profile, message](std::optional<QByteArray> secret, const QString &error) {
            setBusy(false);
            if (!secret) {
                m_verdict->showProblem(tr("No password"), error);
                return;
            }
            Credentials credentials;
            credentials.userName = profile.userName;
            credentials.secret = *secret;
            credentials.kind = SaslClient::isOAuth(profile.mechanism)
                ? Credentials::Kind::OAuthToken
                : Credentials::Kind::Password;
            beginSession(mode, profile, message, credentials);
        });
}

void MainWindow::startOAuthSession(Mode mode, const Profile &profile,
                                   const std::optional<TestMessage> &message)
{
    QString error;
    const std::optional<OAuthConfig> config
        = OAuthConfig::forProfile(profile, m_catalog.find(profile.presetId), &error);
    if (!config) {
        showSignInProblem(profile,
                          OAuthOutcome::failure(OAuthOutcome::Status::NotConfigured, error));
        return;
    }
    setBusy(true);
    m_verdict->showRunning(tr("Getting the sign-in from your system keychain…"));
    // The tokens go from the keychain (refreshed at the provider if they are about to expire)
    // straight into the session's credentials.
    m_pendingSignIn = std::make_unique<QObject>();
    m_oauth->usableTokens(profile, *config, m_pendingSignIn.get(),
                          [this, mode, profile, message](const OAuthOutcome &outcome) {
                              m_pendingSignIn.release()->deleteLater();
                              setBusy(false);
                              if (!outcome.ok()) {
                                  showSignInProblem(profile, outcome);
                                  return;
                              }
                              beginSession(mode, profile, message,
                                           OAuthAccess::credentialsFor(profile, outcome.tokens));
                          });
}

void MainWindow::showSignInProblem(const Profile &profile, const OAuthOutcome &outcome)
{
    const Provider *preset = m_catalog.find(profile.presetId);
    const QString provider = preset && preset->oauth ? preset->oauth->signInName : tr("OAuth");
    QString title;
    switch (outcome.status) {
    case OAuthOutcome::Status::NotSignedIn:
        title = tr("Not signed in with %1").arg(provider);
        break;
    case OAuthOutcome::Status::SignInExpired:
        title = tr("The sign-in with %1 has expired").arg(provider);
        break;
    case OAuthOutcome::Status::NotConfigured:
        title = tr("The sign-in with %1 is not set up").arg(provider);
        break;
    case OAuthOutcome::Status::KeychainError:
        title = tr("The system keychain did not give the sign-in");
        break;
    default:
        title = tr("The sign-in with %1 could not be renewed").arg(provider);
        break;
    }
    QString text = outcome.message;
    if (outcome.status == OAuthOutcome::Status::NotSignedIn
        || outcome.status == OAuthOutcome::Status::SignInExpired) {
        text += QStringLiteral("\n\n")
            + tr("Press \u201cSign in with %1\u201d in the settings, then try again.")
                  .arg(provider);
    } else if (outcome.status == OAuthOutcome::Status::NetworkError
               || outcome.status == OAuthOutcome::Status::TimedOut) {
        text += QStringLiteral("\n\n") + tr("Check the internet connection and try again.");
    }
    m_verdict->showProblem(title, text);
    // The panel shows the same state (signed out, expired) as the verdict.
    if (profile.id == m_currentId)
        m_form->oauthPanel()->refresh();
}

void MainWindow::dropSession()
{
    if (!m_session)
        return;
    m_session->disconnect(this);
    m_session->transcript()->disconnect(this);
    if (m_session->isRunning())
        m_session->cancel();
    m_session.release()->deleteLater();
}

void MainWindow::beginSession(Mode mode, const Profile &profile,
                              const std::optional<TestMessage> &message,
                              const Credentials &credentials)
{
    dropSession();
    m_sessionProfile = profile;
    m_sessionMode = mode;
    m_session = std::make_unique<SmtpSession>();
    m_session->setSettings(profile.toServerSettings());
    if (!credentials.secret.isEmpty())
        m_session->setCredentials(credentials);
    QString error;
    if (message && !prepareTestSend(*m_session, *message, 1, &error)) {
        m_session.reset();
        m_verdict->showProblem(tr("The test message cannot be sent"), error);
        return;
    }
    if (mode == Mode::Test) {
        m_session->setStopAfter(Stage::Auth);
    } else if (mode == Mode::Step) {
        m_session->setStepMode(true);
        m_heldCommand.clear();
        connect(m_session.get(), &SmtpSession::commandHeld, this, &MainWindow::onCommandHeld);
        updateNarration(true);
    }
    m_model->clear();
    m_model->setSessionUsesTls(profile.security != Security::None);
    m_lineInfo->setText(tr("Select a line to see what it means."));
    m_followTail = true;
    m_strip->reset();
    connect(m_session->transcript(), &Transcript::entryAdded, m_model, &TranscriptModel::append);
    connect(m_session.get(), &SmtpSession::stageChanged, m_strip, &StageStrip::setStage);
    connect(m_session.get(), &SmtpSession::finished, this, &MainWindow::onSessionFinished);
    connect(m_session.get(), &SmtpSession::parked, this, &MainWindow::onParked);
    m_messageReply.reset();
    connect(m_session.get(), &SmtpSession::messageFinished, this,
            [this](bool accepted, const SmtpReply &reply) {
                if (accepted)
                    m_messageReply = reply;
            });
    m_verdict->showRunning(mode == Mode::Test
                               ? tr("Testing the connection to %1\u2026").arg(profile.host)
                               : tr("Talking to %1\u2026").arg(profile.host));
    setBusy(true);
    m_session->start();
}

void MainWindow::onParked()
{
    m_model->flush();
    m_strip->finish(true, m_session->stage());
    m_verdict->showRunning(tr("Connected and waiting."));
    setBusy(false);
}

void MainWindow::onCommandHeld(const QString &next)
{
    m_heldCommand = next;
    m_model->flush();
    // Show the server's last answer and what it meant.
    m_transcript->selectLast(Direction::Server);
    updateNarration(false);
    m_verdict->showRunning(
        tr("Paused before the next command. Press \u201cStep through\u201d to send it."));
    setBusy(false);
    Q_EMIT trainerStepFinished();
}

void MainWindow::onSessionFinished()
{
    m_model->flush();
    const SessionResult &result = m_session->result();
    m_strip->finish(result.ok, result.ok ? result.stage : result.failure.stage);
    setBusy(false);
    if (result.ok) {
        m_verdict->showSuccess(result, result.messagesAccepted > 0 ? m_messageReply : std::nullopt);
    } else if (result.failure.kind == FailureKind::Cancelled) {
        m_verdict->showStopped();
    } else {
        const Explanation explanation = Diagnoser::explain(
            result.failure,
            DiagnosisContext::forProfile(m_sessionProfile, result.tls.used, result.oauthError));
        m_verdict->showFailure(result, explanation);
        // Select the refusal itself, so its explanation shows beside the transcript.
        m_transcript->selectRefusal(result.failure);
    }
    if (m_sessionMode == Mode::Step) {
        updateNarration(false);
        Q_EMIT trainerStepFinished();
    }
    if (result.failure.kind == FailureKind::TlsCertificate && !result.tls.chain.isEmpty())
        offerTrust(m_sessionProfile);
    Q_EMIT sessionFinished(result.ok);
}

void MainWindow::offerTrust(const Profile &profile)
{
    auto *dialog = new CertificateDialog(m_session->result().tls, profile.host, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QString id = profile.id;
    connect(dialog, &QDialog::accepted, this, [this, dialog, id] {
        const std::optional<Profile> updated
            = m_profileList->trustCertificate(id, dialog->fingerprint());
        if (updated && id == m_currentId)
            m_form->setProfile(*updated);
    });
    dialog->open();
    Q_EMIT certificateDialogShown(dialog);
}

void MainWindow::updateNarration(bool before)
{
    const Profile *profile = m_profiles.findById(m_currentId);
    if (!profile)
        return;
    const TrainerNarration::Progress progress = before || !m_session
        ? TrainerNarration::Progress::NotStarted
        : TrainerNarration::progressOf(m_session->isRunning(), m_session->isHeld(),
                                       m_session->result());
    m_trainer->setNarration(TrainerNarration::text(progress, m_model->entries(), m_heldCommand,
                                                   profile->host, profile->port));
}

QString MainWindow::narration() const
{
    return m_trainer->narration();
}

void MainWindow::setTrainerMode(bool on)
{
    if (m_trainerAction->isChecked() != on)
        m_trainerAction->setChecked(on);
    m_trainer->setVisible(on);
    if (on)
        updateNarration(true);
}

void MainWindow::setLargeFont(bool on)
{
    m_trainer->setLargeFont(on);
    const double scale = on ? 1.5 : 1.0;
    applyFontScale(centralWidget(), scale);
    m_model->setFontScale(scale);
}

void MainWindow::showPracticeTab()
{
    m_sessionPanel->showPracticeTab();
}

QString MainWindow::transcriptText(bool selectionOnly) const
{
    return m_transcript->text(selectionOnly);
}

QString MainWindow::lineExplanation() const
{
    return m_lineInfo->text();
}

} // namespace Sendcheck
