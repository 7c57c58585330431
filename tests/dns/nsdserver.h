// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QProcess>
#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace TestSupport {

// A real authoritative DNS server (NSD, Debian package nsd) for tests: zones written by the test,
// served on 127.0.0.1 at a free port (UDP and TCP), config, pid file and zone files in a
// temporary directory, stopped in the destructor. Runs as the current user (no privilege drop,
// no chroot). A missing nsd is a failure, never a skip:
//
//   TestSupport::NsdServer nsd;
//   nsd.addZone("example.test", "@ SOA ...\n@ TXT \"v=spf1 -all\"\n");
//   QVERIFY2(nsd.start(), qPrintable(nsd.failureReport()));
//   resolver settings: 127.0.0.1, nsd.port()
class NsdServer
{
public:
    NsdServer();
    ~NsdServer();
    NsdServer(const NsdServer &) = delete;
    NsdServer &operator=(const NsdServer &) = delete;

    // Zone text after "$ORIGIN origin." and "$TTL 300"; a SOA and NS record are added unless the
    // text has its own SOA.
    void addZone(const QString &origin, const QString &records);
    // A zone served from a file already written with writeFile() (a signed zone, say).
    void addZoneFile(const QString &origin, const QString &fileName);
    // A zone whose file cannot be loaded: NSD answers SERVFAIL for every name in it.
    void addBrokenZone(const QString &origin);
    // Writes a file next to the zones (keys for ldns-signzone, ...); returns its path.
    QString writeFile(const QString &name, const QByteArray &contents);
    [[nodiscard]] QString directory() const { return m_dir.path(); }

    // Starts nsd and waits until it has loaded the zones. False on failure (failureReport()).
    [[nodiscard]] bool start(int timeoutMs = 20000);
    void stop();
    [[nodiscard]] quint16 port() const { return m_port; }
    [[nodiscard]] QString failureReport() const;

    // An unused port on 127.0.0.1 (free for UDP and TCP when asked).
    [[nodiscard]] static quint16 freePort();

private:
    struct Zone
    {
        QString origin;
        QString fileName;
        QString text; // empty: the file is there already
    };
    QTemporaryDir m_dir;
    QList<Zone> m_zones;
    std::unique_ptr<QProcess> m_process;
    quint16 m_port = 0;
    QString m_error;
};

} // namespace TestSupport
