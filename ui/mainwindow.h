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

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListView;
class QListWidget;
class QListWidgetItem;
class QPushButton;
class QTabWidget;

namespace Sendcheck {

class CertificateDialog;
class CredentialStore;
class OAuthAccess;
class PracticePanel;
class PracticeServer;
class SettingsForm;
class SmtpSession;
class StageStrip;
struct PreparedSend;
struct TestSendProblem;
class TranscriptModel;
class VerdictPanel;

struct MainWindowOptions
{
    QString configDirectory; // profiles.json lives here; empty: ProfileStore's default
    QString practiceCertificateDirectory; // empty: <configDirectory>/practice or the default
    bool startPracticeServer = true;
    quint16 practiceSmtpPort = 2525; // 0 = any free port; a taken port falls back to any
    quint16 practiceTlsPort = 4650;
};

// The desktop window: profiles beside their settings, the actions, the stage strip, the live
// transcript and the verdict; trainer mode and the practice server. Protocol work is done by
// SmtpSession; this class wires people's actions to it.
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
    // The transcript (selected lines, or all) as text, as it goes to the clipboard.
    [[nodiscard]] QString transcriptText(bool selectionOnly) const;

Q_SIGNALS:
    void sessionFinished(bool ok);
    void trainerStepFinished();
    void certificateDialogShown(Sendcheck::CertificateDialog *dialog);

protected:
    void changeEvent(QEvent *event) override;

private:
    enum class Mode { Test, Send, Step };

    QWidget *buildProfileList();
    QWidget *buildSessionArea();
    QWidget *buildTrainerBar();
    void loadProfiles();
    void ensurePracticeProfile();
    void startPracticeServer();
    void refreshProfileList();
    void onProfileActivated();
    void duplicateProfile();
    void renameProfile();
    void deleteProfile();
    void onItemRenamed(QListWidgetItem *item);

    void startSession(Mode mode);
    void beginSession(Mode mode, const PreparedSend &send);
    void showSendProblem(const Profile &profile, const TestSendProblem &problem);
    void onSessionFinished();
    void onParked();
    void onCommandHeld(const QString &next);
    void dropSession();
    void setBusy(bool busy);
    void showLineExplanation();
    void applyFilter();
    void copyTranscript();
    void offerTrust(const Profile &profile);
    void updateNarration(bool before);
    [[nodiscard]] static QString explainHeldCommand(const QString &command);

    CredentialStore *m_credentials;
    MainWindowOptions m_options;
    ProfileStore m_profiles;
    ProviderCatalog m_catalog;
    std::unique_ptr<PracticeServer> m_practice;
    std::unique_ptr<OAuthAccess> m_oauth;
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
    int m_trainerPreviousRows = 0;

    QListWidget *m_profileList = nullptr;
    SettingsForm *m_form = nullptr;
    QPushButton *m_testButton = nullptr;
    QPushButton *m_sendButton = nullptr;
    QPushButton *m_stopButton = nullptr;
    StageStrip *m_strip = nullptr;
    TranscriptModel *m_model = nullptr;
    QListView *m_view = nullptr;
    QLineEdit *m_search = nullptr;
    QComboBox *m_filter = nullptr;
    QLabel *m_lineInfo = nullptr;
    VerdictPanel *m_verdict = nullptr;
    QTabWidget *m_tabs = nullptr;
    PracticePanel *m_practicePanel = nullptr;
    QWidget *m_trainerBar = nullptr;
    QPushButton *m_stepButton = nullptr;
    QLabel *m_narration = nullptr;
    QCheckBox *m_largeFont = nullptr;
    QAction *m_trainerAction = nullptr;
    bool m_followTail = true;
};

} // namespace Sendcheck
