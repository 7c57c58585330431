// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "practice/scenario.h"

#include <QWidget>

class QComboBox;
class QLayout;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace Sendcheck {

class PracticeImapServer;
class PracticeServer;
struct ReceivedMessage;

// The built-in practice server: start and stop it, choose how it misbehaves, and read the
// messages it received together with the session that delivered each one. Its mailbox listens
// on IMAP (PracticeImapServer) whenever the SMTP side does, so a sent message can be read back.
class PracticePanel : public QWidget
{
    Q_OBJECT
public:
    explicit PracticePanel(PracticeServer *server, QWidget *parent = nullptr);

    // Chooses a scenario by name ("accept", "auth-535", ...); false for an unknown name.
    bool setScenario(const QString &name);
    [[nodiscard]] QString scenario() const;
    // A trainer's own scenario file (ScenarioScript: "rcpt: 550 5.1.1 ..." per line), chosen
    // in the scenario list as "File: NAME" from then on. On a bad file the server keeps its
    // scenario, the panel says what is wrong (scenarioFileError()), and false is returned.
    bool loadScenarioFile(const QString &path);
    [[nodiscard]] QString scenarioFileError() const;
    void refresh();
    // The practice mailbox's implicit-TLS IMAP port; 0 while it is not listening.
    [[nodiscard]] quint16 imapsPort() const;

Q_SIGNALS:
    // The server is listening (again) on this STARTTLS port.
    void serverStarted(quint16 smtpPort);

private:
    void toggleServer();
    void syncMailbox(); // the IMAP listener follows the SMTP server
    void applyScenario();
    QLayout *buildScenarioFileRow(); // "Load scenario file…" and what went wrong with one
    void chooseScenarioFile();
    void addMessage(const ReceivedMessage &message);
    void showMessage(int row);

    PracticeServer *m_server;
    PracticeImapServer *m_imap = nullptr;
    QString m_imapError;
    QLabel *m_status = nullptr;
    QPushButton *m_startStop = nullptr;
    QComboBox *m_scenario = nullptr;
    QLabel *m_scenarioDescription = nullptr;
    QPushButton *m_loadScenario = nullptr;
    QLabel *m_scenarioFileError = nullptr;
    Scenario m_fileScenario; // the loaded file's rules
    QString m_fileScenarioPath;
    QListWidget *m_messages = nullptr;
    QPlainTextEdit *m_messageView = nullptr;
};

} // namespace Sendcheck
