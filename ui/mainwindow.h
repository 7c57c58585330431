// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "profiles/profile.h"
#include "profiles/profilestore.h"
#include "providers/providercatalog.h"
#include "smtp/saslclient.h"
#include "smtp/smtpreply.h"
#include "smtp/smtpstage.h"

#include <QMainWindow>
#include <QTimer>

#include <memory>
#include <optional>

class QFocusFrame;
class QLabel;
class QListView;
class QMessageBox;

namespace Sendcheck {

class CertificateDialog;
struct TlsInfo;
class CredentialStore;
class DomainPanel;
class HistoryPanel;
class HistoryStore;
class ServerPanel;
class OAuthAccess;
class PortProbeDialog;
class PracticePanel;
class PracticeServer;
class ProfileListPanel;
class ReportActions;
class SessionPanel;
class SettingsForm;
class SmtpSession;
class StageStrip;
class TrainerPanel;
struct PreparedSend;
struct TestSendProblem;
class TranscriptModel;
class TranscriptPanel;
class VerdictPanel;

struct MainWindowOptions
{
    QString configDirectory; // profiles.json lives here; empty: ProfileStore's default
    QString practiceCertificateDirectory; // empty: <configDirectory>/practice or the default
    bool startPracticeServer = true;
    quint16 practiceSmtpPort = 2525; // 0 = any free port; a taken port falls back to any
    quint16 practiceTlsPort = 4650;
    // Where every run is kept (SQLite); empty: HistoryStore's default, the application data
    // folder, shared with sendcheck-cli.
    QString historyPath;
};

// The desktop window: the profile list beside the settings, the actions, the stage strip, the
// trainer bar, the live transcript and the verdict with "Copy for ticket" and "Save report…",
// the practice server's tab and the history of every run. Each pane is
// its own class; this one wires them together and to the session. Protocol work is done by
// SmtpSession, the words for replies and commands by core's diagnosis.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    MainWindow(CredentialStore *credentials, const MainWindowOptions &options,
               QWidget *parent = nullptr);
    ~MainWindow() override;

    void testConnection();
    void sendTestMessage();
    void stopSession();
    // Trainer mode: runs the conversation one step further than the last click.
    void stepThrough();
    // "Test all ports": the port probe on the current profile's server, in a dialog that can
    // switch the profile to the best working setting. Null when the profile has no server.
    PortProbeDialog *testAllPorts();
    // Help > About: version, what Sendcheck does, the licences (opened, not exec'd).
    QMessageBox *showAbout();

    void selectProfile(const QString &profileId);
    [[nodiscard]] QString currentProfileId() const { return m_currentId; }
    // Adds and selects a new profile; returns its id.
    QString addProfile(const QString &name);
    [[nodiscard]] const ProfileStore &profileStore() const { return m_profiles; }
    // Applies the form and saves the profile list now.
    void saveCurrentProfile();

    [[nodiscard]] PracticeServer *practiceServer() const { return m_practice.get(); }
    [[nodiscard]] PracticePanel *practicePanel() const { return m_practicePanel; }
    [[nodiscard]] SettingsForm *settingsForm() const { return m_form; }
    [[nodiscard]] TranscriptModel *transcriptModel() const { return m_model; }
    [[nodiscard]] QListView *transcriptView() const { return m_view; }
    [[nodiscard]] VerdictPanel *verdictPanel() const { return m_verdict; }
    [[nodiscard]] StageStrip *stageStrip() const { return m_strip; }
    [[nodiscard]] SmtpSession *session() const { return m_session.get(); }
    [[nodiscard]] QString lineExplanation() const;
    [[nodiscard]] QString narration() const;
    void setTrainerMode(bool on);
    void setLargeFont(bool on);
    void showPracticeTab();
    void showHistoryTab();
    // "New profile from address…": discovery, then a saved profile (NewProfileDialog).
    void newProfileFromAddress();
    // The Server tab, with the current profile's host and port.
    void showServerTab();
    [[nodiscard]] ServerPanel *serverPanel() const { return m_serverPanel; }
    void showDomainTab();
    [[nodiscard]] DomainPanel *domainPanel() const { return m_domainPanel; }
    [[nodiscard]] ReportActions *reportActions() const;
    [[nodiscard]] HistoryPanel *historyPanel() const { return m_historyPanel; }
    [[nodiscard]] HistoryStore *historyStore() const { return m_history.get(); }
    // The transcript (selected lines, or all) as text, as it goes to the clipboard.
    [[nodiscard]] QString transcriptText(bool selectionOnly) const;
    // Sizes the window for the screen it is on: the size last used on that screen (the same
    // screen name and size), else the standard size, never larger than the screen's free area.
    void fitToScreen();
    // Where the window's size on each screen is kept (an INI file in the profiles' folder, or
    // the application's settings without one).
    [[nodiscard]] QString windowSettingsPath() const;

Q_SIGNALS:
    void sessionFinished(bool ok);
    void trainerStepFinished();
    void certificateDialogShown(Sendcheck::CertificateDialog *dialog);

protected:
    void closeEvent(QCloseEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    enum class Mode { Test, Send, Step };

    // A result belongs to the run and the profile that made it: the verdict, the stages, the
    // transcript and the report go when the settings change or another profile is chosen.
    void clearResult();
    // Gives `edited` its new preset's name when the profile still has a name nobody chose.
    [[nodiscard]] bool followPresetName(const Profile &saved, Profile &edited) const;
    void focusFind(); // Ctrl+F: the transcript's Find box
    void showTopics();
    // Trainer mode's "Start again" after a stepped conversation ended.
    void restartStepping();
    [[nodiscard]] QString runLabel(const Profile &profile) const;
    void rememberWindowSize();

    QWidget *buildPanes();
    void buildMenus();
    void wirePanels();
    void loadProfiles();
    void ensurePracticeProfile();
    void startPracticeServer();
    void onProfileActivated(const QString &id);
    void openHistory();
    void keepReport();

    void startSession(Mode mode);
    void beginSession(Mode mode, const PreparedSend &send);
    void showSendProblem(const Profile &profile, const TestSendProblem &problem);
    void onSessionFinished();
    void onParked();
    void onCommandHeld(const QString &next);
    void dropSession();
    void setBusy(bool busy);
    // Offers to trust a certificate that did not verify, for `host` and `port` only: the SMTP
    // server's (a profile pin) or, with `mailbox`, the read-back mailbox server's (ProfileImap).
    void offerTrust(const TlsInfo &tls, const QString &host, quint16 port, bool mailbox);
    void updateNarration(bool before);
    // While the session waits for the greeting: how long it will still wait, under the
    // verdict's "Talking to ..." line.
    void updateCountdown();
    // Dark or light colours: the person's choice in the View menu (kept in the window settings),
    // else what the system asks for, also when that changes (Qt 6.5 and later).
    void applyColours();
    void chooseColours(const QString &choice); // "dark", "light" or "" (follow the system)
    // A ring in the text colour around the default button, the transcript and the verdict
    // while one of them has the keyboard focus (styles draw little or nothing there).
    void buildFocusRing();
    void followFocus(QWidget *now);
    // The verdict's one-click fix (SessionPanel::offerFix) for the topic just shown.
    void offerFixFor(const QString &topic);
    void applyVerdictFix();

    CredentialStore *m_credentials;
    MainWindowOptions m_options;
    ProfileStore m_profiles;
    ProviderCatalog m_catalog;
    std::unique_ptr<PracticeServer> m_practice;
    std::unique_ptr<OAuthAccess> m_oauth;
    std::unique_ptr<HistoryStore> m_history;
    // The preparation under way (a TestSend looking up the password or the OAuth sign-in):
    // Stop deletes it, and with it the answer still to come.
    std::unique_ptr<QObject> m_pendingSignIn;
    std::unique_ptr<SmtpSession> m_session;
    Profile m_sessionProfile;
    std::optional<SmtpReply> m_messageReply; // the answer to the final dot
    Mode m_sessionMode = Mode::Send;
    QString m_currentId;
    QTimer m_saveTimer;
    QString m_heldCommand; // step mode: what goes out at the next click
    QTimer m_countdown; // ticks each second while a session runs
    QString m_runningText; // the verdict's running line, without the countdown
    bool m_countdownShown = false;
    QString m_fixTopic; // the topic the offered fix answers

    ProfileListPanel *m_profileList = nullptr;
    SettingsForm *m_form = nullptr;
    SessionPanel *m_sessionPanel = nullptr;
    StageStrip *m_strip = nullptr;
    TrainerPanel *m_trainer = nullptr;
    TranscriptPanel *m_transcript = nullptr;
    // The transcript panel's model, lines and line explanation, which the session code uses.
    TranscriptModel *m_model = nullptr;
    QListView *m_view = nullptr;
    QLabel *m_lineInfo = nullptr;
    VerdictPanel *m_verdict = nullptr;
    PracticePanel *m_practicePanel = nullptr;
    HistoryPanel *m_historyPanel = nullptr;
    ServerPanel *m_serverPanel = nullptr;
    DomainPanel *m_domainPanel = nullptr;
    QAction *m_trainerAction = nullptr;
    QAction *m_darkAction = nullptr;
    QFocusFrame *m_focusRing = nullptr;
    QAction *m_systemColoursAction = nullptr;
    bool m_followTail = true; // keep the newest line in view; each session starts following
};

} // namespace Sendcheck
