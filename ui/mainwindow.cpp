// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "relativefont.h"

#include "certificatedialog.h"
#include "commandexplanations.h"
#include "credentials/credentialstore.h"
#include "diagnosis/diagnoser.h"
#include "message/testmessage.h"
#include "oauth/oauthaccess.h"
#include "oauthpanel.h"
#include "passwordfield.h"
#include "practice/practiceserver.h"
#include "practicepanel.h"
#include "send/testsend.h"
#include "settingsform.h"
#include "smtp/smtpsession.h"
#include "stagestrip.h"
#include "transcript/transcript.h"
#include "transcriptmodel.h"
#include "verdictpanel.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QHBoxLayout>
#include <QHostInfo>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QScrollBar>
#include <QShortcut>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QVBoxLayout>

namespace Sendcheck {

namespace {
constexpr auto PracticePresetId = "practice";
const QByteArray PracticePassword = QByteArrayLiteral("practice");

bool isPracticeProfile(const Profile &profile)
{
    return profile.presetId == QLatin1String(PracticePresetId);
}
} // namespace

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

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(buildProfileList());
    m_form = new SettingsForm(&m_catalog, m_credentials, this);
    m_form->setObjectName(QStringLiteral("settingsForm"));
    auto *formScroll = new QScrollArea(splitter);
    formScroll->setWidgetResizable(true);
    formScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    formScroll->setWidget(m_form);
    formScroll->setMinimumWidth(380);
    splitter->addWidget(formScroll);
    splitter->addWidget(buildSessionArea());
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setStretchFactor(2, 2);
    splitter->setSizes({190, 440, 720});
    setCentralWidget(splitter);

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

    m_saveTimer.setSingleShot(true);
    m_saveTimer.setInterval(600);
    connect(&m_saveTimer, &QTimer::timeout, this, &MainWindow::saveCurrentProfile);
    connect(m_form, &SettingsForm::edited, this, [this] { m_saveTimer.start(); });

    if (m_options.startPracticeServer)
        startPracticeServer();
    m_practicePanel = new PracticePanel(m_practice.get(), this);
    m_practicePanel->setObjectName(QStringLiteral("practicePanel"));
    m_tabs->addTab(m_practicePanel, tr("&Practice server"));
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

void MainWindow::changeEvent(QEvent *event)
{
    QMainWindow::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && m_model)
        m_model->setPalette(palette());
}

QWidget *MainWindow::buildProfileList()
{
    auto *box = new QWidget(this);
    box->setMaximumWidth(280);
    auto *layout = new QVBoxLayout(box);
    auto *label = new QLabel(tr("P&rofiles"), box);
    QFont bold = label->font();
    bold.setBold(true);
    label->setFont(bold);
    layout->addWidget(label);
    m_profileList = new QListWidget(box);
    m_profileList->setObjectName(QStringLiteral("profileList"));
    m_profileList->setAccessibleName(tr("Profiles"));
    m_profileList->setEditTriggers(QAbstractItemView::EditKeyPressed
                                   | QAbstractItemView::SelectedClicked);
    label->setBuddy(m_profileList);
    layout->addWidget(m_profileList, 1);
    auto *grid = new QHBoxLayout;
    auto addButton
        = [box, &grid](const QString &text, const QString &accessible, const QString &name) {
              auto *button = new QPushButton(text, box);
              button->setObjectName(name);
              button->setAccessibleName(accessible);
              grid->addWidget(button);
              return button;
          };
    QPushButton *add = addButton(tr("&Add"), tr("Add profile"), QStringLiteral("addProfile"));
    QPushButton *duplicate
        = addButton(tr("D&uplicate"), tr("Duplicate profile"), QStringLiteral("duplicateProfile"));
    layout->addLayout(grid);
    grid = new QHBoxLayout;
    QPushButton *rename
        = addButton(tr("Re&name"), tr("Rename profile"), QStringLiteral("renameProfile"));
    QPushButton *remove
        = addButton(tr("De&lete"), tr("Delete profile"), QStringLiteral("deleteProfile"));
    layout->addLayout(grid);
    connect(add, &QPushButton::clicked, this, [this] { addProfile(tr("New profile")); });
    connect(duplicate, &QPushButton::clicked, this, &MainWindow::duplicateProfile);
    connect(rename, &QPushButton::clicked, this, &MainWindow::renameProfile);
    connect(remove, &QPushButton::clicked, this, &MainWindow::deleteProfile);
    connect(m_profileList, &QListWidget::currentItemChanged, this, &MainWindow::onProfileActivated);
    connect(m_profileList, &QListWidget::itemChanged, this, &MainWindow::onItemRenamed);
    return box;
}

QWidget *MainWindow::buildSessionArea()
{
    auto *area = new QWidget(this);
    auto *layout = new QVBoxLayout(area);
    auto *actions = new QHBoxLayout;
    m_testButton = new QPushButton(tr("T&est connection"), area);
    m_testButton->setObjectName(QStringLiteral("testConnection"));
    m_testButton->setAccessibleName(tr("Test connection"));
    m_testButton->setToolTip(tr("Connects, secures and signs in, then stops: nothing is sent."));
    m_sendButton = new QPushButton(tr("Send test &message"), area);
    m_sendButton->setObjectName(QStringLiteral("sendTestMessage"));
    m_sendButton->setAccessibleName(tr("Send test message"));
    m_sendButton->setDefault(true);
    m_stopButton = new QPushButton(tr("St&op"), area);
    m_stopButton->setObjectName(QStringLiteral("stop"));
    m_stopButton->setAccessibleName(tr("Stop"));
    actions->addWidget(m_testButton);
    actions->addWidget(m_sendButton);
    actions->addWidget(m_stopButton);
    actions->addStretch(1);
    layout->addLayout(actions);
    connect(m_testButton, &QPushButton::clicked, this, &MainWindow::testConnection);
    connect(m_sendButton, &QPushButton::clicked, this, &MainWindow::sendTestMessage);
    connect(m_stopButton, &QPushButton::clicked, this, &MainWindow::stopSession);

    m_strip = new StageStrip(area);
    m_strip->setObjectName(QStringLiteral("stageStrip"));
    layout->addWidget(m_strip);
    m_trainerBar = buildTrainerBar();
    layout->addWidget(m_trainerBar);

    m_tabs = new QTabWidget(area);
    m_tabs->setObjectName(QStringLiteral("tabs"));
    auto *split = new QSplitter(Qt::Vertical, m_tabs);
    split->setChildrenCollapsible(false);
    auto *transcriptBox = new QWidget(split);
    auto *transcriptLayout = new QVBoxLayout(transcriptBox);
    transcriptLayout->setContentsMargins(0, 0, 0, 0);
    auto *searchRow = new QHBoxLayout;
    m_search = new QLineEdit(transcriptBox);
    m_search->setObjectName(QStringLiteral("transcriptSearch"));
    m_search->setPlaceholderText(tr("Search the transcript"));
    m_search->setAccessibleName(tr("Search the transcript"));
    m_search->setClearButtonEnabled(true);
    m_filter = new QComboBox(transcriptBox);
    m_filter->setObjectName(QStringLiteral("transcriptFilter"));
    m_filter->setAccessibleName(tr("Show lines"));
    m_filter->addItem(tr("All lines"), TranscriptModel::allDirections());
    m_filter->addItem(tr("Commands and replies"),
                      (1 << int(Direction::Client)) | (1 << int(Direction::Server)));
    m_filter->addItem(tr("Server replies"), 1 << int(Direction::Server));
    m_filter->addItem(tr("TLS"), 1 << int(Direction::Tls));
    m_filter->addItem(tr("Errors"), 1 << int(Direction::Error));
    auto *copy = new QPushButton(tr("&Copy"), transcriptBox);
    copy->setObjectName(QStringLiteral("copyTranscript"));
    copy->setAccessibleName(tr("Copy the transcript"));
    copy->setToolTip(tr("Copies the selected lines (or all). Passwords were never recorded."));
    auto *searchLabel = new QLabel(tr("&Find:"), transcriptBox);
    searchLabel->setBuddy(m_search);
    searchRow->addWidget(searchLabel);
    searchRow->addWidget(m_search, 1);
    searchRow->addWidget(m_filter);
    searchRow->addWidget(copy);
    transcriptLayout->addLayout(searchRow);
    m_model = new TranscriptModel(this);
    m_model->setPalette(palette());
    m_view = new QListView(transcriptBox);
    m_view->setObjectName(QStringLiteral("transcript"));
    m_view->setAccessibleName(tr("Transcript"));
    m_view->setUniformItemSizes(true);
    m_view->setModel(m_model);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    m_view->setTextElideMode(Qt::ElideRight);
    const int iconSide = m_view->fontMetrics().height() - 2;
    m_view->setIconSize(QSize(iconSide, iconSide));
    transcriptLayout->addWidget(m_view, 1);
    m_lineInfo = new QLabel(transcriptBox);
    m_lineInfo->setObjectName(QStringLiteral("lineExplanation"));
    m_lineInfo->setAccessibleName(tr("What the selected line means"));
    m_lineInfo->setTextFormat(Qt::PlainText);
    m_lineInfo->setWordWrap(true);
    m_lineInfo->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_lineInfo->setText(tr("Select a line to see what it means."));
    m_lineInfo->setMinimumHeight(m_lineInfo->fontMetrics().lineSpacing() * 2);
    transcriptLayout->addWidget(m_lineInfo);
    m_verdict = new VerdictPanel(split);
    m_verdict->setObjectName(QStringLiteral("verdictPanel"));
    split->addWidget(transcriptBox);
    split->addWidget(m_verdict);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);
    m_tabs->addTab(split, tr("Se&ssion"));
    layout->addWidget(m_tabs, 1);

    connect(m_search, &QLineEdit::textChanged, this, &MainWindow::applyFilter);
    connect(m_filter, &QComboBox::currentIndexChanged, this, &MainWindow::applyFilter);
    connect(copy, &QPushButton::clicked, this, &MainWindow::copyTranscript);
    auto *copyShortcut = new QShortcut(QKeySequence::Copy, m_view);
    copyShortcut->setContext(Qt::WidgetShortcut);
    connect(copyShortcut, &QShortcut::activated, this, &MainWindow::copyTranscript);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &MainWindow::showLineExplanation);
    connect(m_view->verticalScrollBar(), &QScrollBar::valueChanged, this,
            [this](int value) { m_followTail = value >= m_view->verticalScrollBar()->maximum(); });
    connect(m_model, &TranscriptModel::flushed, this, [this] {
        if (m_followTail)
            m_view->scrollToBottom();
    });
    return area;
}

QWidget *MainWindow::buildTrainerBar()
{
    auto *bar = new QWidget(this);
    bar->setObjectName(QStringLiteral("trainerBar"));
    auto *layout = new QHBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);
    m_stepButton = new QPushButton(tr("Step &through"), bar);
    m_stepButton->setObjectName(QStringLiteral("stepThrough"));
    m_stepButton->setAccessibleName(tr("Step through: one more step of the conversation"));
    m_narration = new QLabel(bar);
    m_narration->setObjectName(QStringLiteral("narration"));
    m_narration->setAccessibleName(tr("Narration"));
    m_narration->setTextFormat(Qt::PlainText);
    m_narration->setWordWrap(true);
    m_narration->setFrameShape(QFrame::StyledPanel);
    m_narration->setMargin(6);
    m_narration->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_largeFont = new QCheckBox(tr("&Larger font"), bar);
    m_largeFont->setObjectName(QStringLiteral("largeFont"));
    m_largeFont->setAccessibleName(tr("Larger font for projectors"));
    auto *buttons = new QVBoxLayout;
    buttons->addWidget(m_stepButton);
    buttons->addWidget(m_largeFont);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    layout->addWidget(m_narration, 1);
    connect(m_stepButton, &QPushButton::clicked, this, &MainWindow::stepThrough);
    connect(m_largeFont, &QCheckBox::toggled, this, &MainWindow::setLargeFont);
    bar->setVisible(false);
    return bar;
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
    refreshProfileList();
    if (m_profileList->count() > 0 && !m_profileList->currentItem())
        m_profileList->setCurrentRow(0);
}

void MainWindow::ensurePracticeProfile()
{
    const bool firstRun = m_profiles.profiles().isEmpty();
    QString error;
    if (firstRun) {
        Profile profile = Profile::create(tr("Practice server"));
        profile.presetId = QString::fromLatin1(PracticePresetId);
        profile.host = QStringLiteral("127.0.0.1");
        profile.port = m_practice->isListening() ? m_practice->smtpPort() : 2525;
        profile.security = Security::StartTls;
        profile.mechanism = AuthMechanism::Auto;
        profile.userName = QStringLiteral("practice");
        profile.caFile
            = m_practice->isListening() ? m_practice->certificate().certificatePath() : QString();
        profile.from = QStringLiteral("you@practice.test");
        profile.defaultTo = {QStringLiteral("friend@practice.test")};
        if (!m_profiles.add(profile, &error) || !m_profiles.save(&error))
            statusBar()->showMessage(error);
    } else if (m_practice->isListening()) {
        // The practice server may have had to take another port than last time.
        for (Profile profile : m_profiles.profiles()) {
            if (!isPracticeProfile(profile) || profile.host != QLatin1String("127.0.0.1"))
                continue;
            const quint16 wanted = profile.security == Security::ImplicitTls
                ? m_practice->tlsPort()
                : m_practice->smtpPort();
            if (profile.port != wanted) {
                profile.port = wanted;
                m_profiles.update(profile, &error);
                if (profile.id == m_currentId)
                    m_form->setProfile(profile);
            }
        }
        m_profiles.save(&error);
    }
    for (const Profile &profile : m_profiles.profiles()) {
        if (isPracticeProfile(profile))
            m_form->passwordField()->setSessionSecret(
                profile.id, PracticePassword,
                tr("The practice server's password (\u201cpractice\u201d) is filled in for you."));
    }
}

void MainWindow::refreshProfileList()
{
    const QSignalBlocker blocker(m_profileList);
    m_profileList->clear();
    for (const Profile &profile : m_profiles.profiles()) {
        auto *item = new QListWidgetItem(profile.name, m_profileList);
        item->setData(Qt::UserRole, profile.id);
        item->setFlags(item->flags() | Qt::ItemIsEditable);
        if (profile.id == m_currentId)
            m_profileList->setCurrentItem(item);
    }
}

void MainWindow::selectProfile(const QString &profileId)
{
    for (int i = 0; i < m_profileList->count(); ++i) {
        if (m_profileList->item(i)->data(Qt::UserRole).toString() == profileId) {
            m_profileList->setCurrentRow(i);
            if (m_currentId != profileId)
                onProfileActivated();
            return;
        }
    }
}

void MainWindow::onProfileActivated()
{
    saveCurrentProfile();
    QListWidgetItem *item = m_profileList->currentItem();
    const QString id = item ? item->data(Qt::UserRole).toString() : QString();
    const Profile *profile = m_profiles.findById(id);
    m_currentId = profile ? id : QString();
    m_form->setEnabled(profile != nullptr);
    if (profile)
        m_form->setProfile(*profile);
    setBusy(m_session && m_session->isRunning());
    if (m_trainerBar->isVisible())
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
    saveCurrentProfile();
    QString unique = name;
    for (int n = 2; m_profiles.findByName(unique); ++n)
        unique = QStringLiteral("%1 %2").arg(name).arg(n);
    Profile profile = Profile::create(unique);
    QString error;
    if (!m_profiles.add(profile, &error) || !m_profiles.save(&error)) {
        statusBar()->showMessage(error);
        return {};
    }
    m_currentId = profile.id;
    refreshProfileList();
    m_currentId.clear();
    selectProfile(profile.id);
    return profile.id;
}

void MainWindow::duplicateProfile()
{
    saveCurrentProfile();
    const Profile *source = m_profiles.findById(m_currentId);
    if (!source)
        return;
    Profile copy = *source;
    copy.id = Profile::newId();
    QString name = tr("%1 (copy)").arg(source->name);
    for (int n = 2; m_profiles.findByName(name); ++n)
        name = tr("%1 (copy %2)").arg(source->name).arg(n);
    copy.name = name;
    QString error;
    if (!m_profiles.add(copy, &error) || !m_profiles.save(&error)) {
        statusBar()->showMessage(error);
        return;
    }
    refreshProfileList();
    selectProfile(copy.id);
    if (isPracticeProfile(copy))
        ensurePracticeProfile();
    statusBar()->showMessage(
        tr("Copied. The password is not copied: type it for the new profile."));
}

void MainWindow::renameProfile()
{
    if (QListWidgetItem *item = m_profileList->currentItem())
        m_profileList->editItem(item);
}

void MainWindow::onItemRenamed(QListWidgetItem *item)
{
    const QString id = item->data(Qt::UserRole).toString();
    const Profile *found = m_profiles.findById(id);
    if (!found || found->name == item->text())
        return;
    saveCurrentProfile();
    Profile profile = *m_profiles.findById(id);
    profile.name = item->text().trimmed();
    QString error;
    if (profile.name.isEmpty() || !m_profiles.update(profile, &error) || !m_profiles.save(&error)) {
        statusBar()->showMessage(error.isEmpty() ? tr("A profile needs a name.") : error);
        const QSignalBlocker blocker(m_profileList);
        item->setText(found->name);
    }
}

void MainWindow::deleteProfile()
{
    const Profile *profile = m_profiles.findById(m_currentId);
    if (!profile)
        return;
    const auto answer = QMessageBox::question(
        this, tr("Delete profile"),
        tr("Delete the profile \u201c%1\u201d and its saved password?").arg(profile->name));
    if (answer != QMessageBox::Yes)
        return;
    const QString id = m_currentId;
    m_form->passwordField()->forget(id);
    m_profiles.remove(id);
    QString error;
    if (!m_profiles.save(&error))
        statusBar()->showMessage(error);
    m_currentId.clear();
    refreshProfileList();
    if (m_profileList->count() > 0)
        m_profileList->setCurrentRow(0);
    else
        onProfileActivated();
}

void MainWindow::setBusy(bool busy)
{
    const bool haveProfile = !m_currentId.isEmpty();
    m_testButton->setEnabled(!busy && haveProfile);
    m_sendButton->setEnabled(!busy && haveProfile);
    m_stepButton->setEnabled(!busy && haveProfile);
    m_stopButton->setEnabled(busy || (m_session && (m_session->isParked() || m_session->isHeld())));
    m_profileList->setEnabled(!busy);
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
    TestSendRequest request;
    request.profile = profile;
    if (mode == Mode::Test)
        request.stopAfter = Stage::Auth;
    request.subject = m_form->subject();
    request.textBody = m_form->body();
    request.attachments = m_form->attachments();

    // The same preparation as the CLI's, with the password box (what is typed, the session's
    // copy, else the keychain) as the password's source. Until it answers, Stop deletes the job
    // (m_pendingSignIn), and with it the answer still to come.
    auto *job = new TestSend(m_credentials, m_oauth.get(), &m_catalog);
    m_pendingSignIn.reset(job);
    PasswordField *password = m_form->passwordField();
    job->setSecretLookup(
        [password](TestSend::SecretDone done) { password->fetchSecret(std::move(done)); });
    connect(job, &TestSend::lookingUpSignIn, this, [this] {
        m_verdict->showRunning(tr("Getting the sign-in from your system keychain…"));
    });
    connect(job, &TestSend::prepared, this, [this, mode](const PreparedSend &send) {
        m_pendingSignIn.release()->deleteLater();
        setBusy(false);
        beginSession(mode, send);
    });
    connect(job, &TestSend::failed, this, [this, profile](const TestSendProblem &problem) {
        m_pendingSignIn.release()->deleteLater();
        setBusy(false);
        showSendProblem(profile, problem);
    });
    setBusy(true);
    job->start(request);
}

void MainWindow::showSendProblem(const Profile &profile, const TestSendProblem &problem)
{
    QString text = problem.detail;
    if (problem.oauthStatus == OAuthOutcome::Status::NotSignedIn
        || problem.oauthStatus == OAuthOutcome::Status::SignInExpired) {
        text += QStringLiteral("\n\n")
            + tr("Press \u201cSign in with %1\u201d in the settings, then try again.")
                  .arg(problem.signInName);
    }
    m_verdict->showProblem(problem.title, text);
    // The panel shows the same state (signed out, expired) as the verdict.
    if (problem.field == TestSendProblem::Field::SignIn && profile.id == m_currentId)
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

void MainWindow::beginSession(Mode mode, const PreparedSend &send)
{
    dropSession();
    const Profile &profile = send.profile;
    m_sessionProfile = profile;
    m_sessionMode = mode;
    m_session = std::make_unique<SmtpSession>();
    QString error;
    if (!send.applyTo(*m_session, 1, &error)) {
        m_session.reset();
        m_verdict->showProblem(tr("The test message cannot be sent"), error);
        return;
    }
    if (mode == Mode::Step) {
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
    if (!send.notes.isEmpty())
        statusBar()->showMessage(send.notes.join(QLatin1Char(' ')));
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
    for (int row = m_model->rowCount() - 1; row >= 0; --row) {
        if (m_model->entryAt(row).direction == Direction::Server) {
            m_view->setCurrentIndex(m_model->index(row));
            break;
        }
    }
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
        const QString refusal
            = result.failure.reply ? QString::number(result.failure.reply->code) : QString();
        for (int row = m_model->rowCount() - 1; row >= 0; --row) {
            const TranscriptEntry &entry = m_model->entryAt(row);
            if ((!refusal.isEmpty() && entry.direction == Direction::Server
                 && entry.text.startsWith(refusal))
                || (refusal.isEmpty() && entry.direction == Direction::Error)) {
                m_view->setCurrentIndex(m_model->index(row));
                break;
            }
        }
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
        const Profile *found = m_profiles.findById(id);
        if (!found || dialog->fingerprint().isEmpty())
            return;
        saveCurrentProfile();
        Profile updated = *m_profiles.findById(id);
        if (!updated.trustedSha256.contains(dialog->fingerprint()))
            updated.trustedSha256.append(dialog->fingerprint());
        QString error;
        if (!m_profiles.update(updated, &error) || !m_profiles.save(&error)) {
            statusBar()->showMessage(error);
            return;
        }
        if (id == m_currentId)
            m_form->setProfile(updated);
        statusBar()->showMessage(
            tr("The certificate is trusted for \u201c%1\u201d. Try again.").arg(updated.name));
    });
    dialog->open();
    Q_EMIT certificateDialogShown(dialog);
}

QString MainWindow::explainHeldCommand(const QString &command)
{
    if (command == QLatin1String("<message>"))
        return tr("the message itself: its header lines, a blank line, the text, then a line "
                  "with a single dot.")
            + QLatin1Char(' ') + CommandExplanations::forCommand(QStringLiteral("."));
    for (const char *twoWords : {"MAIL FROM", "RCPT TO"}) {
        if (command.startsWith(QLatin1String(twoWords)))
            return CommandExplanations::forCommand(QLatin1String(twoWords));
    }
    return CommandExplanations::forCommand(command.section(QLatin1Char(' '), 0, 0));
}

void MainWindow::updateNarration(bool before)
{
    const Profile *profile = m_profiles.findById(m_currentId);
    if (!profile)
        return;
    QString text;
    const bool held = !before && m_session && m_session->isHeld();
    if (!before && m_session) {
        QString lastReply;
        int code = 0;
        const QList<TranscriptEntry> &entries = m_model->entries();
        for (auto it = entries.crbegin(); it != entries.crend(); ++it) {
            if (it->direction == Direction::Server) {
                lastReply = visibleText(it->text);
                code = it->text.left(3).toInt();
                break;
            }
        }
        if (!lastReply.isEmpty())
            text = tr("The server answered \u201c%1\u201d. %2")
                       .arg(lastReply, CommandExplanations::forReplyCode(code));
        const SessionResult &result = m_session->result();
        if (!m_session->isRunning() && !result.ok && result.failure.isFailure())
            text += QLatin1Char(' ')
                + tr("The session stopped here; the verdict below explains why.");
        else if (!m_session->isRunning() && result.ok)
            text
                += QLatin1Char(' ') + tr("Done: the whole conversation, from greeting to goodbye.");
    }
    QString next;
    if (held) {
        const QString shown
            = m_heldCommand == QLatin1String("<message>") ? tr("the message") : m_heldCommand;
        next = tr("Next, Sendcheck sends %1: %2")
                   .arg(QStringLiteral("\u201c%1\u201d").arg(visibleText(shown)),
                        explainHeldCommand(m_heldCommand));
    } else if (before || !m_session || !m_session->isRunning()) {
        next = tr("Next: Sendcheck opens a connection to %1 port %2 and waits for the server's "
                  "greeting (220). Each press of \u201cStep through\u201d then sends one command.")
                   .arg(profile->host)
                   .arg(profile->port);
    }
    if (!next.isEmpty())
        text = text.isEmpty() ? next : text + QStringLiteral("\n\n") + next;
    m_narration->setText(text);
}

QString MainWindow::narration() const
{
    return m_narration->text();
}

void MainWindow::setTrainerMode(bool on)
{
    if (m_trainerAction->isChecked() != on)
        m_trainerAction->setChecked(on);
    m_trainerBar->setVisible(on);
    if (on) {
        updateNarration(true);
    }
}

void MainWindow::setLargeFont(bool on)
{
    if (m_largeFont->isChecked() != on)
        m_largeFont->setChecked(on);
    const double scale = on ? 1.5 : 1.0;
    applyFontScale(centralWidget(), scale);
    m_model->setFontScale(scale);
}

void MainWindow::showPracticeTab()
{
    m_tabs->setCurrentWidget(m_practicePanel);
}

void MainWindow::applyFilter()
{
    m_model->setFilter(m_search->text(), m_filter->currentData().toInt());
}

QString MainWindow::transcriptText(bool selectionOnly) const
{
    QStringList lines;
    if (selectionOnly) {
        QModelIndexList rows = m_view->selectionModel()->selectedRows();
        std::sort(rows.begin(), rows.end());
        for (const QModelIndex &index : rows)
            lines.append(TranscriptModel::lineText(m_model->entryAt(index.row())));
    } else {
        for (int row = 0; row < m_model->rowCount(); ++row)
            lines.append(TranscriptModel::lineText(m_model->entryAt(row)));
    }
    return lines.join(QLatin1Char('\n'));
}

void MainWindow::copyTranscript()
{
    // The engine recorded AUTH lines redacted, so the copy carries no secret.
    const bool selection = m_view->selectionModel()->selectedRows().size() > 1;
    QApplication::clipboard()->setText(transcriptText(selection) + QLatin1Char('\n'));
    statusBar()->showMessage(
        selection ? tr("The selected lines were copied.") : tr("The transcript was copied."), 4000);
}

QString MainWindow::lineExplanation() const
{
    return m_lineInfo->text();
}

void MainWindow::showLineExplanation()
{
    const QModelIndex index = m_view->currentIndex();
    if (!index.isValid()) {
        m_lineInfo->setText(tr("Select a line to see what it means."));
        return;
    }
    const TranscriptEntry &entry = m_model->entryAt(index.row());
    QString text;
    switch (entry.direction) {
    case Direction::Client:
        text = CommandExplanations::forCommand(entry.text);
        if (text.isEmpty())
            text = tr("Part of the message itself: headers and body go between DATA and the "
                      "final dot.");
        break;
    case Direction::Server: {
        static const QRegularExpression replyLine(QStringLiteral("^(\\d{3})[ -]?(.*)$"));
        const auto match = replyLine.match(entry.text);
        const int code = match.hasMatch() ? match.captured(1).toInt() : 0;
        const QString rest = match.hasMatch() ? match.captured(2) : entry.text;
        if (code >= 400) {
            const Explanation explanation = Diagnoser::explainText(
                entry.text, std::nullopt,
                DiagnosisContext::forProfile(m_sessionProfile, entry.insideTls));
            text = explanation.isValid()
                ? QStringLiteral("%1: %2").arg(explanation.title, explanation.summary)
                : CommandExplanations::forReplyCode(code);
        } else {
            const QString keyword = code == 250 ? CommandExplanations::forKeyword(rest) : QString();
            text = keyword.isEmpty() ? CommandExplanations::forReplyCode(code) : keyword;
        }
        if (text.isEmpty())
            text = tr("A line from the server.");
        break;
    }
    case Direction::Info:
        text = tr("What Sendcheck did or decided.");
        break;
    case Direction::Tls:
        text = tr("A fact about the encryption (TLS) of this connection.");
        break;
    case Direction::Error:
        text = tr("What went wrong. The verdict below explains it in plain words.");
        break;
    }
    if (!entry.insideTls && m_sessionProfile.security != Security::None
        && (entry.direction == Direction::Client || entry.direction == Direction::Server))
        text += QLatin1Char(' ') + tr("(Sent before encryption started.)");
    m_lineInfo->setText(text);
}

} // namespace Sendcheck
