// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>
#include <QString>
#include <QTemporaryDir>

#include <memory>

class QTcpServer;

namespace Sendcheck {

class CertificateDialog;
class MainWindow;
class MemoryDnsResolver;
class MemoryCredentialStore;
class MemoryPolicyFetcher;
class NewProfileDialog;
class ProfileStore;
class OAuthAccess;
class MemoryDnsResolver;
class PortProbeDialog;
class PracticeServer;

// `sendcheck --screenshot FILE --scene main|transcript-failure|trainer|practice|certificate|oauth|
// large-font|history|probe|discover|server|domain|read-back`:
// runs a real session against an in-process practice server in a throw-away configuration (the
// oauth scene: a Microsoft 365 profile signed in with sample tokens), renders the window to a PNG
// and quits (the domain scene: a real domain check against sample records in memory; the
// read-back scene: "Check that it arrived" with the junk-folder scenario). The README's
// pictures are made this way, so they never go stale.
class ScreenshotScene : public QObject
{
    Q_OBJECT
public:
    ScreenshotScene(const QString &scene, const QString &file, QObject *parent = nullptr);
    ~ScreenshotScene() override;

    [[nodiscard]] static QStringList sceneNames();
    // Starts the scene; the application exits with 0 once the file is written, 1 on failure.
    bool start(QString *error);

private:
    void capture();
    void startOAuthScene();
    void startHistoryScene();
    void startProbeScene();
    void startDiscoverScene();
    // The Server tab: a real check of an in-process practice server (an open relay) with
    // sample reverse DNS and blocklist answers held in memory (documentation addresses).
    void startServerScene();
    void startDomainScene();
    // A send with "Check that it arrived" on, read back from the practice server's own mailbox,
    // where the junk-folder scenario files it under Junk with failing results.
    void startReadBackScene();

    QString m_scene;
    QString m_file;
    QTemporaryDir m_config;
    std::unique_ptr<MemoryCredentialStore> m_store;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<OAuthAccess> m_oauth;
    std::unique_ptr<MemoryDnsResolver> m_dns;
    std::unique_ptr<MemoryPolicyFetcher> m_policies; // the domain scene's MTA-STS policy
    std::unique_ptr<PracticeServer> m_relayServer;
    QPointer<CertificateDialog> m_dialog;
    QPointer<PortProbeDialog> m_probeDialog;
    std::unique_ptr<QTcpServer> m_silentServer; // the probe scene's port that never speaks
    std::unique_ptr<ProfileStore> m_discoverProfiles; // the discover scene's own, never saved
    QPointer<NewProfileDialog> m_newProfile;
    int m_steps = 0;
};

} // namespace Sendcheck
