// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "relativefont.h"

#include "certificatedialog.h"
#include "credentials/credentialstore.h"
#include "darkpalette.h"
#include "diagnosis/diagnoser.h"
#include "diagnosis/diagnosiscatalog.h"
#include "diagnosis/topicids.h"
#include "diagnosis/trainernarration.h"
#include "domainpanel.h"
#include "history/historystore.h"
#include "historypanel.h"
#include "message/testmessage.h"
#include "newprofiledialog.h"
#include "oauth/oauthaccess.h"
#include "oauthpanel.h"
#include "passwordfield.h"
#include "portprobedialog.h"
#include "practice/practiceserver.h"
#include "practicepanel.h"
#include "practiceprofiles.h"
#include "profilelistpanel.h"
#include "profiles/profilerules.h"
#include "readbackview.h"
#include "report/report.h"
#include "reportactions.h"
#include "send/testsend.h"
#include "serverpanel.h"
#include "sessionpanel.h"
#include "settingsform.h"
#include "smtp/smtpsession.h"
#include "stagestrip.h"
#include "svgicon.h"
#include "trainerpanel.h"
#include "transcript/transcript.h"
#include "transcriptmodel.h"
#include "transcriptpanel.h"
#include "verdictpanel.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFocusFrame>
#include <QGuiApplication>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QStyle>
#include <QStyleHints>
#include <QTime>
#include <QWindow>

namespace Sendcheck {

namespace {
// The size the window opens at on a screen with room for it.
constexpr QSize StandardSize(1400, 900);
// Room left for the frame the window manager adds (title bar and borders), which is not known
// before the window is shown.
constexpr QSize FrameAllowance(16, 40);

QString screenKey(const QScreen *screen)
{
    const QSize size = screen->size();
    QString name = screen->name();
    name.replace(QLatin1Char('/'), QLatin1Char('_')).replace(QLatin1Char('\\'), QLatin1Char('_'));
    return QStringLiteral("window/%1-%2x%3").arg(name).arg(size.width()).arg(size.height());
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
    , m_history(std::make_unique<HistoryStore>(options.historyPath))
{
    setWindowTitle(tr("Sendcheck"));
    setObjectName(QStringLiteral("mainWindow"));
    QString certificateDirectory = options.practiceCertificateDirectory;
    if (certificateDirectory.isEmpty() && !options.configDirectory.isEmpty())
        certificateDirectory = QDir(options.configDirectory).filePath(QStringLiteral("practice"));
    if (!certificateDirectory.isEmpty())
        m_practice->setCertificateDirectory(certificateDirectory);

    // On a screen too small for the panes (a netbook with the trainer's large font) the whole
    // window scrolls rather than cutting anything off.
    auto *outer = new QScrollArea(this);
    outer->setObjectName(QStringLiteral("windowScroll"));
    outer->setAccessibleName(tr("Sendcheck"));
    outer->setWidgetResizable(true);
    outer->setFrameShape(QFrame::NoFrame);
    outer->setWidget(buildPanes());
    setCentralWidget(outer);
    buildMenus();
    buildFocusRing();
    wirePanels();

    if (m_options.startPracticeServer)
        startPracticeServer();
    m_practicePanel = new PracticePanel(m_practice.get(), this);
    m_practicePanel->setObjectName(QStringLiteral("practicePanel"));
    m_sessionPanel->addPracticeTab(m_practicePanel);
    openHistory();
    // The Domain tab: the From domain of the profile shown, checked on request.
    m_domainPanel = new DomainPanel(&m_catalog, this);
    m_domainPanel->setObjectName(QStringLiteral("domainPanel"));
    m_sessionPanel->addDomainTab(m_domainPanel);
    // An MX host's "Check this server": the Server tab, filled in for port 25.
    connect(m_domainPanel, &DomainPanel::checkServerRequested, this, [this](const QString &host) {
        if (!m_serverPanel)
            return;
        m_serverPanel->setServer(host, 25);
        m_sessionPanel->showServerTab();
    });
    connect(m_domainPanel, &DomainPanel::notice, this,
            [this](const QString &text) { statusBar()->showMessage(text, 6000); });
    connect(m_form, &SettingsForm::edited, m_domainPanel,
            [this] { m_domainPanel->setProfile(m_form->profile()); });
    connect(m_practicePanel, &PracticePanel::serverStarted, this,
            [this] { ensurePracticeProfile(); });
    loadProfiles();
    setBusy(false);
    fitToScreen();
}

MainWindow::~MainWindow()
{
    // The focus moves while the panes are deleted: the ring must not follow it there.
    disconnect(qApp, &QApplication::focusChanged, this, nullptr);
    rememberWindowSize();
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
    formScroll->setObjectName(QStringLiteral("settingsScroll"));
    formScroll->setAccessibleName(tr("Settings"));
    formScroll->setWidgetResizable(true);
    // The form wraps its rows to the width it has; a scroll bar only if even that is too wide.
    formScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    formScroll->setWidget(m_form);
    formScroll->setMinimumWidth(260);
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

QString MainWindow::windowSettingsPath() const
{
    if (m_options.configDirectory.isEmpty())
        return QSettings().fileName();
    return QDir(m_options.configDirectory).filePath(QStringLiteral("window.ini"));
}

void MainWindow::fitToScreen()
{
    const QScreen *screen = this->screen() ? this->screen() : QGuiApplication::primaryScreen();
    if (!screen)
        return;
    const QRect available = screen->availableGeometry();
    const QSettings settings(windowSettingsPath(), QSettings::IniFormat);
    QSize size = settings.value(screenKey(screen)).toSize();
    if (!size.isValid())
        size = StandardSize;
    const QSize room = (available.size() - FrameAllowance).expandedTo(QSize(320, 240));
    size = size.boundedTo(room);
    setGeometry(QStyle::alignedRect(Qt::LeftToRight, Qt::AlignCenter, size, available));
}

void MainWindow::rememberWindowSize()
{
    const QScreen *screen = this->screen();
    if (!screen || isMinimized() || isMaximized() || isFullScreen())
        return;
    QSettings settings(windowSettingsPath(), QSettings::IniFormat);
    settings.setValue(screenKey(screen), size());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    rememberWindowSize();
    QMainWindow::closeEvent(event);
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    // On another screen the window takes the size it had there (or fits that screen).
    if (QWindow *handle = windowHandle()) {
        connect(handle, &QWindow::screenChanged, this, &MainWindow::fitToScreen,
                Qt::UniqueConnection);
    }
}

void MainWindow::buildMenus()
{
    auto *sessionMenu = menuBar()->addMenu(tr("&Session"));
    QAction *testAction
        = sessionMenu->addAction(tr("Test &connection"), this, &MainWindow::testConnection);
    testAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    testAction->setIcon(SvgIcon::actionIcon(SvgIcon::Name::Test));
    QAction *sendAction
        = sessionMenu->addAction(tr("&Send test message"), this, &MainWindow::sendTestMessage);
    sendAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    sendAction->setIcon(SvgIcon::actionIcon(SvgIcon::Name::Send));
    QAction *stopAction = sessionMenu->addAction(tr("S&top"), this, &MainWindow::stopSession);
    stopAction->setShortcut(QKeySequence(Qt::Key_Escape));
    stopAction->setIcon(SvgIcon::actionIcon(SvgIcon::Name::Stop));
    QAction *stepAction
        = sessionMenu->addAction(tr("Ste&p through"), this, &MainWindow::stepThrough);
    stepAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_N));
    stepAction->setIcon(SvgIcon::actionIcon(SvgIcon::Name::Step));
    sessionMenu->addAction(tr("Test a&ll ports…"), this, [this] { testAllPorts(); })
        ->setIcon(SvgIcon::actionIcon(SvgIcon::Name::Probe));
    sessionMenu->addSeparator();
    sessionMenu->addAction(tr("New profile from &address…"), this,
                           &MainWindow::newProfileFromAddress);
    sessionMenu->addSeparator();
    sessionMenu->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);
    auto *viewMenu = menuBar()->addMenu(tr("&View"));
    m_trainerAction = viewMenu->addAction(tr("&Trainer mode"));
    m_trainerAction->setCheckable(true);
    m_trainerAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T));
    connect(m_trainerAction, &QAction::toggled, this, &MainWindow::setTrainerMode);
    viewMenu->addAction(tr("&Practice server"), this, &MainWindow::showPracticeTab);
    QAction *historyAction = viewMenu->addAction(tr("&History"), this, &MainWindow::showHistoryTab);
    historyAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_H));
    viewMenu->addAction(tr("&Server check"), this, &MainWindow::showServerTab);
    viewMenu->addAction(tr("Do&main check"), this, &MainWindow::showDomainTab);
    QAction *findAction
        = viewMenu->addAction(tr("&Find in the transcript"), this, &MainWindow::focusFind);
    findAction->setShortcut(QKeySequence::Find);
    viewMenu->addSeparator();
    m_darkAction = viewMenu->addAction(tr("&Dark colours"));
    m_darkAction->setObjectName(QStringLiteral("darkMode"));
    m_darkAction->setCheckable(true);
    connect(m_darkAction, &QAction::triggered, this, [this](bool dark) {
        chooseColours(dark ? QStringLiteral("dark") : QStringLiteral("light"));
    });
    m_systemColoursAction = viewMenu->addAction(tr("Follow the s&ystem's colours"));
    m_systemColoursAction->setObjectName(QStringLiteral("systemColours"));
    m_systemColoursAction->setCheckable(true);
    connect(m_systemColoursAction, &QAction::triggered, this, [this](bool follow) {
        chooseColours(follow ? QString()
                             : (m_darkAction->isChecked() ? QStringLiteral("dark")
                                                          : QStringLiteral("light")));
    });
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
    connect(QGuiApplication::styleHints(), &QStyleHints::colorSchemeChanged, this,
            &MainWindow::applyColours);
#endif
    applyColours();

    auto *helpMenu = menuBar()->addMenu(tr("&Help"));
    helpMenu->addAction(tr("&Explanation topics"), this, &MainWindow::showTopics);
    helpMenu->addSeparator();
    helpMenu->addAction(tr("&About Sendcheck"), this, &MainWindow::showAbout);
    helpMenu->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
}

void MainWindow::buildFocusRing()
{
    m_focusRing = new QFocusFrame(this);
    m_focusRing->setObjectName(QStringLiteral("focusRing"));
    connect(qApp, &QApplication::focusChanged, this,
            [this](QWidget *, QWidget *now) { followFocus(now); });
}

void MainWindow::followFocus(QWidget *now)
{
    QWidget *ringed = nullptr;
    auto *send = m_sessionPanel->findChild<QPushButton *>(QStringLiteral("sendTestMessage"));
    auto *verdict = m_verdict->findChild<QScrollArea *>();
    for (QWidget *widget = now; widget && !ringed; widget = widget->parentWidget()) {
        if (widget == send || widget == m_view || widget == verdict)
            ringed = widget;
    }
    m_focusRing->setWidget(ringed);
}

void MainWindow::chooseColours(const QString &choice)
{
    QSettings settings(windowSettingsPath(), QSettings::IniFormat);
    if (choice.isEmpty())
        settings.remove(QStringLiteral("view/colours"));
    else
        settings.setValue(QStringLiteral("view/colours"), choice);
    applyColours();
}

void MainWindow::applyColours()
{
    const QString choice = QSettings(windowSettingsPath(), QSettings::IniFormat)
                               .value(QStringLiteral("view/colours"))
                               .toString();
    const bool system = systemPrefersDark(); // asked first: the palette may change below
    const bool dark
        = choice == QLatin1String("dark") || (choice != QLatin1String("light") && system);
    const bool isDark = qApp->palette().color(QPalette::Window).lightness() < 128;
    if (dark && !isDark)
        applyDarkPalette(*qApp);
    else if (!dark && isDark)
        applyLightPalette(*qApp);
    m_darkAction->setChecked(dark);
    m_systemColoursAction->setChecked(choice.isEmpty());
}

void MainWindow::focusFind()
{
    m_sessionPanel->showSessionTab();
    if (auto *find = m_transcript->findChild<QLineEdit *>(QStringLiteral("transcriptSearch"))) {
        find->setFocus(Qt::ShortcutFocusReason);
        find->selectAll();
    }
}

QMessageBox *MainWindow::showAbout()
{
    // QMessageBox::about() as a box of our own: it gets descriptions and does not block.
    auto *box = new QMessageBox(this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setObjectName(QStringLiteral("aboutDialog"));
    box->setWindowTitle(tr("About Sendcheck"));
    box->setAccessibleName(box->windowTitle());
    box->setAccessibleDescription(tr("Sendcheck's version, what it does and its licences."));
    const QIcon icon = windowIcon();
    box->setIconPixmap(icon.pixmap(icon.actualSize(QSize(64, 64))));
    box->setTextFormat(Qt::RichText);
    box->setText(
        tr("<p><b>Sendcheck %1</b></p>"
           "<p>Sets up and proves outgoing mail (SMTP) settings, and explains in plain words "
           "what the server said.</p>"
           "<p>Licence: GNU General Public License, version 3 or later (GPL-3.0-or-later). "
           "Built with Qt %2 (LGPL-3.0) and QtKeychain (BSD-3-Clause).</p>")
            .arg(QCoreApplication::applicationVersion().toHtmlEscaped(),
                 QString::fromLatin1(qVersion())));
    box->setStandardButtons(QMessageBox::Ok);
    box->button(QMessageBox::Ok)->setAccessibleDescription(tr("Closes the About window."));
    box->open();
    return box;
}

void MainWindow::showTopics()
{
    // Every topic id with its title: what a ticket's "topic" line refers to.
    QStringList lines;
    const QStringList topics = Diagnoser::allTopics();
    for (const QString &topic : topics) {
        const TopicEntry *entry = DiagnosisCatalog::topic(topic);
        lines.append(entry ? QStringLiteral("%1 \u2014 %2").arg(topic, entry->title.translated())
                           : topic);
    }
    QMessageBox box(QMessageBox::Information, tr("Explanation topics"),
                    tr("Each explanation has a topic id (shown small in the verdict, for "
                       "tickets). \u201csendcheck-cli explain TOPIC\u201d prints it in full."),
                    QMessageBox::Close, this);
    box.setDetailedText(lines.join(QLatin1Char('\n')));
    box.exec();
}

void MainWindow::wirePanels()
{
    m_saveTimer.setSingleShot(true);
    m_saveTimer.setInterval(600);
    connect(&m_saveTimer, &QTimer::timeout, this, &MainWindow::saveCurrentProfile);
    connect(m_form, &SettingsForm::edited, this, [this] {
        m_saveTimer.start();
        clearResult();
    });
    // The status bar is made on its first message, not before (it takes room at the bottom).
    auto notice = [this](const QString &text) { statusBar()->showMessage(text); };
    connect(m_profileList, &ProfileListPanel::aboutToEdit, this, &MainWindow::saveCurrentProfile);
    connect(m_profileList, &ProfileListPanel::currentChanged, this,
            &MainWindow::onProfileActivated);
    connect(m_profileList, &ProfileListPanel::removing, this, [this](const QString &id) {
        m_form->mailboxPasswordField()->forget(id);
        m_form->passwordField()->forget(id); // with everything else it kept
    });
    connect(m_profileList, &ProfileListPanel::duplicated, this, [this](const Profile &copy) {
        if (PracticeProfiles::isPractice(copy))
            ensurePracticeProfile();
    });
    connect(m_profileList, &ProfileListPanel::notice, this, notice);
    connect(m_sessionPanel, &SessionPanel::testRequested, this, &MainWindow::testConnection);
    connect(m_sessionPanel, &SessionPanel::sendRequested, this, &MainWindow::sendTestMessage);
    // While the read-back waits, Stop stays enabled (it ends the read-back) and Send waits.
    connect(m_sessionPanel->readBack(), &ReadBackView::started, this, [this] { setBusy(true); });
    connect(m_sessionPanel->readBack(), &ReadBackView::certificateRefused, this,
            [this](const TlsInfo &tls, const QString &host, quint16 port) {
                offerTrust(tls, host, port, true);
            });
    connect(m_sessionPanel->readBack(), &ReadBackView::finished, this, [this] {
        setBusy(false);
        if (m_session)
            keepReport(); // the send's report, now with the read-back
    });
    connect(m_sessionPanel, &SessionPanel::stopRequested, this, &MainWindow::stopSession);
    connect(m_sessionPanel, &SessionPanel::fixRequested, this, &MainWindow::applyVerdictFix);
    m_countdown.setInterval(1000);
    connect(&m_countdown, &QTimer::timeout, this, &MainWindow::updateCountdown);
    connect(m_trainer, &TrainerPanel::stepRequested, this, &MainWindow::stepThrough);
    connect(m_trainer, &TrainerPanel::restartRequested, this, &MainWindow::restartStepping);
    connect(m_trainer, &TrainerPanel::largeFontToggled, this, &MainWindow::setLargeFont);
    connect(m_transcript, &TranscriptPanel::currentLineChanged, this, [this] {
        m_transcript->explainCurrentLine(DiagnosisContext::forProfile(m_sessionProfile, false));
    });
    connect(m_sessionPanel->reportActions(), &ReportActions::notice, this,
            [this](const QString &text) { statusBar()->showMessage(text, 6000); });
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

void MainWindow::openHistory()
{
    // Without a history the window works as before; the History tab says why there is none.
    QString error;
    QString notice;
    if (!m_history->open(&error))
        notice = tr("The history is not available: %1").arg(error);
    else
        notice = m_history->notice();
    m_historyPanel = new HistoryPanel(m_history.get(), this);
    m_historyPanel->setObjectName(QStringLiteral("historyPanel"));
    m_historyPanel->setNotice(notice);
    m_sessionPanel->addHistoryTab(m_historyPanel);
    m_serverPanel = new ServerPanel(this);
    m_serverPanel->setObjectName(QStringLiteral("serverPanel"));
    m_sessionPanel->addServerTab(m_serverPanel);
    connect(m_historyPanel, &HistoryPanel::notice, this,
            [this](const QString &text) { statusBar()->showMessage(text, 6000); });
    if (!notice.isEmpty())
        statusBar()->showMessage(notice);
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

PortProbeDialog *MainWindow::testAllPorts()
{
    saveCurrentProfile();
    const Profile *profile = m_profiles.findById(m_currentId);
    if (!profile || !ProfileRules::isServerName(profile->host))
        return nullptr;
    auto *dialog = new PortProbeDialog(*profile, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &PortProbeDialog::settingChosen, this,
            [this, id = m_currentId](const ProbeCandidate &candidate) {
                if (m_currentId != id)
                    return;
                Profile changed = m_form->profile();
                changed.host = candidate.host;
                changed.port = candidate.port;
                changed.security = candidate.security;
                ProfileRules::keepPinsForServer(changed);
                m_form->setProfile(changed);
                saveCurrentProfile();
            });
    connect(dialog, &PortProbeDialog::reportReady, m_historyPanel, &HistoryPanel::record);
    dialog->show();
    dialog->start();
    return dialog;
}

void MainWindow::newProfileFromAddress()
{
    saveCurrentProfile();
    auto *dialog = new NewProfileDialog(&m_profiles, m_credentials, &m_catalog, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &NewProfileDialog::profileSaved, this, [this](const QString &id) {
        m_profileList->refresh(id);
        selectProfile(id);
    });
    connect(dialog, &NewProfileDialog::reportReady, m_historyPanel, &HistoryPanel::record);
    dialog->open();
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
    if (id != m_currentId)
        clearResult();
    m_currentId = profile ? id : QString();
    m_form->setEnabled(profile != nullptr);
    if (profile) {
        m_form->setProfile(*profile);
        if (profile->imap.readBack) // the profile's own choice; a one-off tick stays otherwise
            m_sessionPanel->setCheckArrival(true);
    }
    if (profile && m_domainPanel)
        m_domainPanel->setProfile(*profile);
    setBusy(m_session && m_session->isRunning());
    if (!m_trainer->isHidden())
        updateNarration(true);
}

void MainWindow::saveCurrentProfile()
{
    m_saveTimer.stop();
    if (m_currentId.isEmpty() || !m_profiles.findById(m_currentId))
        return;
    Profile edited = m_form->profile();
    const Profile &saved = *m_profiles.findById(m_currentId);
    if (edited == saved)
        return;
    const bool renamed = followPresetName(saved, edited);
    if (renamed)
        m_form->setProfileName(edited.name);
    QString error;
    if (!m_profiles.update(edited, &error) || !m_profiles.save(&error))
        statusBar()->showMessage(error);
    else if (renamed)
        m_profileList->refresh(m_currentId);
}

bool MainWindow::followPresetName(const Profile &saved, Profile &edited) const
{
    // A profile keeps the name of its preset until someone names it: "New profile" (or
    // "New profile 2") and the old preset's name are names nobody chose.
    if (edited.presetId == saved.presetId || edited.name != saved.name)
        return false;
    const Provider *next = m_catalog.find(edited.presetId);
    if (!next)
        return false;
    const Provider *previous = m_catalog.find(saved.presetId);
    const QString newProfile
        = QCoreApplication::translate("Sendcheck::ProfileListPanel", "New profile");
    const QRegularExpression automatic(
        QStringLiteral("^(%1)( \\d+)?$")
            .arg(QRegularExpression::escape(newProfile)
                 + (previous ? QLatin1Char('|') + QRegularExpression::escape(previous->name)
                             : QString())));
    if (!automatic.match(saved.name).hasMatch())
        return false;
    QString unique = next->name;
    for (int n = 2; m_profiles.findByName(unique) && m_profiles.findByName(unique)->id != saved.id;
         ++n)
        unique = QStringLiteral("%1 %2").arg(next->name).arg(n);
    edited.name = unique;
    return true;
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
    if (m_session && !m_session->isRunning() && m_sessionMode == Mode::Step) {
        // One press too many must not wipe the result being discussed.
        statusBar()->showMessage(tr("This conversation is over. Press \u201cStart again\u201d "
                                    "to begin a new one."),
                                 6000);
        return;
    }
    startSession(Mode::Step);
}

void MainWindow::restartStepping()
{
    clearResult();
    startSession(Mode::Step);
}

QString MainWindow::runLabel(const Profile &profile) const
{
    return tr("%1 \u00B7 %2:%3 \u00B7 %4")
        .arg(profile.name, profile.host, QString::number(profile.port),
             QLocale().toString(QTime::currentTime(), QLocale::ShortFormat));
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
    clearResult(); // nothing of the last run stays beside this one's answer
    m_sessionPanel->showSessionTab(); // where the verdict will be
    TestSendRequest request;
    request.profile = profile;
    if (mode == Mode::Test)
        request.stopAfter = Stage::Auth;
    request.subject = m_form->subject();
    request.textBody = m_form->body();
    request.attachments = m_form->attachments();
    if (mode == Mode::Send && m_sessionPanel->checkArrival()) {
        request.messageId = ReadBackView::newMessageId(profile);
        request.readBack = true;
    }

    // The same preparation as the CLI's, with the password box (what is typed, the session's
    // copy, else the keychain) as the password's source. Until it answers, Stop deletes the job
    // (m_pendingSignIn), and with it the answer still to come.
    auto *job = new TestSend(m_credentials, m_oauth.get(), &m_catalog);
    m_pendingSignIn.reset(job);
    PasswordField *password = m_form->passwordField();
    job->setSecretLookup(
        [password](TestSend::SecretDone done) { password->fetchSecret(std::move(done)); });
    PasswordField *mailboxPassword = m_form->mailboxPasswordField();
    job->setMailboxSecretLookup([mailboxPassword](TestSend::SecretDone done) {
        mailboxPassword->fetchSecret(std::move(done));
    });
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
    job->start(std::move(request));
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
    m_verdict->setRunLabel(runLabel(profile));
    m_verdict->showProblem(problem.title, text);
    // The panel shows the same state (signed out, expired) as the verdict.
    if (problem.field == TestSendProblem::Field::SignIn && profile.id == m_currentId)
        m_form->oauthPanel()->refresh();
}

void MainWindow::clearResult()
{
    // A run still under way keeps its screen; its result is labelled with profile and server.
    if (m_pendingSignIn || (m_session && m_session->isRunning()))
        return;
    dropSession();
    m_messageReply.reset();
    m_heldCommand.clear();
    m_trainer->setEnded(false);
    m_verdict->clear();
    offerFixFor(QString());
    m_strip->reset();
    m_model->clear();
    m_lineInfo->setText(tr("Select a line to see what it means."));
    m_sessionPanel->reportActions()->clear();
    m_sessionPanel->readBack()->clear();
    if (!m_trainer->isHidden())
        updateNarration(true);
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
    if (mode == Mode::Send && send.message && m_sessionPanel->checkArrival())
        m_sessionPanel->readBack()->prepare(send, send.message->messageId());
    if (mode == Mode::Step) {
        m_session->setStepMode(true);
        m_heldCommand.clear();
        connect(m_session.get(), &SmtpSession::commandHeld, this, &MainWindow::onCommandHeld);
        updateNarration(true);
    }
    m_sessionPanel->reportActions()->clear();
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
    m_verdict->setRunLabel(runLabel(profile));
    m_runningText = mode == Mode::Test ? tr("Testing the connection to %1\u2026").arg(profile.host)
                                       : tr("Talking to %1\u2026").arg(profile.host);
    m_verdict->showRunning(m_runningText);
    m_countdownShown = false;
    connect(m_session.get(), &SmtpSession::stateChanged, this, &MainWindow::updateCountdown);
    m_countdown.start();
    if (!send.notes.isEmpty())
        statusBar()->showMessage(send.notes.join(QLatin1Char(' ')));
    setBusy(true);
    m_session->start();
}

void MainWindow::updateCountdown()
{
    const std::optional<std::chrono::milliseconds> left
        = m_session && m_session->isRunning() ? m_session->greetingTimeLeft() : std::nullopt;
    if (!m_session || !m_session->isRunning())
        m_countdown.stop();
    if (left) {
        const int seconds = int((left->count() + 999) / 1000);
        m_verdict->showRunning(
            m_runningText + QLatin1Char('\n')
            + tr("Waiting for the server's greeting\u2026 %1 s left").arg(seconds));
        m_countdownShown = true;
    } else if (m_countdownShown) {
        m_countdownShown = false;
        if (m_session && m_session->isRunning())
            m_verdict->showRunning(m_runningText);
    }
}

void MainWindow::offerFixFor(const QString &topic)
{
    m_fixTopic = topic;
    if (topic == Topic::NetExpectsImplicitTls)
        m_sessionPanel->offerFix(tr("Switch Security to TLS from the start"));
    else
        m_sessionPanel->offerFix(QString());
}

void MainWindow::applyVerdictFix()
{
    const QString topic = m_fixTopic;
    if (topic != Topic::NetExpectsImplicitTls || m_sessionProfile.id != m_currentId)
        return;
    // The port stays: it is the one that answered in TLS.
    m_form->switchSecurityKeepingPort(Security::ImplicitTls);
    saveCurrentProfile();
    statusBar()->showMessage(
        tr("Security is now TLS from the start, on port %1. Test the connection again to "
           "check.")
            .arg(m_form->profile().port),
        10000);
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
    m_countdown.stop();
    m_countdownShown = false;
    m_model->flush();
    const SessionResult &result = m_session->result();
    if (!result.ok && result.failure.kind == FailureKind::Cancelled)
        m_strip->stop(result.failure.stage); // stopped here by the person, not failed
    else
        m_strip->finish(result.ok, result.ok ? result.stage : result.failure.stage);
    setBusy(false);
    if (result.ok) {
        m_verdict->showSuccess(result, result.messagesAccepted > 0 ? m_messageReply : std::nullopt,
                               PracticeProfiles::isPractice(m_sessionProfile));
    } else if (result.failure.kind == FailureKind::Cancelled) {
        m_verdict->showStopped();
    } else {
        const Explanation explanation = Diagnoser::explain(
            result.failure,
            DiagnosisContext::forProfile(m_sessionProfile, result.tls.used, result.oauthError));
        m_verdict->showFailure(result, explanation);
        offerFixFor(explanation.topic);
        // Select the refusal itself, so its explanation shows beside the transcript.
        m_transcript->selectRefusal(result.failure);
    }
    if (m_sessionMode == Mode::Step) {
        updateNarration(false);
        m_trainer->setEnded(true); // a new conversation only on "Start again"
        Q_EMIT trainerStepFinished();
    } else if (!m_trainer->isHidden()) {
        updateNarration(true); // the next "Step through" starts a conversation of its own
    }
    // With "Check that it arrived", the report is kept once the read-back has finished.
    if (!m_sessionPanel->readBack()->startAfterSend(result.ok && result.stage == Stage::Done))
        keepReport();
    if (result.failure.kind == FailureKind::TlsCertificate && !result.tls.chain.isEmpty())
        offerTrust(result.tls, m_sessionProfile.host, m_sessionProfile.port, false);
    Q_EMIT sessionFinished(result.ok);
}

void MainWindow::keepReport()
{
    // The report of every finished run: for "Copy for ticket" and "Save report…", and kept in
    // the history. A Profile holds no secret, and the transcript was redacted as it was made.
    Report report
        = Report::fromSession(m_session->result(), m_session->transcript(), m_sessionProfile);
    report.readBack = m_sessionPanel->readBack()->reportJson();
    m_sessionPanel->reportActions()->setReport(report);
    if (!m_history->isOpen())
        return;
    QString error;
    if (!m_history->record(report, &error)) {
        statusBar()->showMessage(tr("This run is not kept in the history: %1").arg(error));
        return;
    }
    m_historyPanel->refresh();
}

void MainWindow::offerTrust(const TlsInfo &tls, const QString &host, quint16 port, bool mailbox)
{
    auto *dialog = new CertificateDialog(tls, host, port, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QString id = m_sessionProfile.id;
    connect(dialog, &QDialog::accepted, this, [this, dialog, id, mailbox] {
        const std::optional<Profile> updated = m_profileList->trustCertificate(
            id, dialog->host(), dialog->port(), dialog->fingerprint(), mailbox);
        if (updated && id == m_currentId)
            m_form->setProfile(*updated);
    });
    dialog->open();
    Q_EMIT certificateDialogShown(dialog);
}

void MainWindow::updateNarration(bool before)
{
    if (m_currentId.isEmpty())
        return;
    // What the form says now: the next session connects there (the save comes a moment later).
    const Profile profile = m_session && !before ? m_sessionProfile : m_form->profile();
    if (profile.host.isEmpty()) {
        m_trainer->setNarration(
            tr("Next: enter the server's name in the settings, then press \u201cStep "
               "through\u201d."));
        return;
    }
    const TrainerNarration::Progress progress = before || !m_session
        ? TrainerNarration::Progress::NotStarted
        : TrainerNarration::progressOf(m_session->isRunning(), m_session->isHeld(),
                                       m_session->result());
    m_trainer->setNarration(TrainerNarration::text(progress, m_model->entries(), m_heldCommand,
                                                   profile.host, profile.port));
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

void MainWindow::showDomainTab()
{
    m_sessionPanel->showDomainTab();
}

void MainWindow::showHistoryTab()
{
    m_sessionPanel->showHistoryTab();
}

void MainWindow::showServerTab()
{
    if (const Profile *profile = m_profiles.findById(m_currentId))
        m_serverPanel->setServer(profile->host, profile->port);
    m_sessionPanel->showServerTab();
}

ReportActions *MainWindow::reportActions() const
{
    return m_sessionPanel->reportActions();
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
