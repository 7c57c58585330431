// SPDX-License-Identifier: GPL-3.0-or-later
#include "nsdserver.h"

#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTest>
#include <QUdpSocket>

namespace TestSupport {

NsdServer::NsdServer() = default;

NsdServer::~NsdServer()
{
    stop();
}

void NsdServer::addZone(const QString &origin, const QString &records)
{
    QString text = QStringLiteral("$ORIGIN %1.\n$TTL 300\n").arg(origin);
    if (!records.contains(QLatin1String(" SOA ")))
        text += QStringLiteral("@ IN SOA ns.%1. hostmaster.%1. 1 3600 600 86400 300\n"
                               "@ IN NS ns.%1.\nns IN A 127.0.0.1\n")
                    .arg(origin);
    text += records;
    if (!text.endsWith(QLatin1Char('\n')))
        text += QLatin1Char('\n');
    m_zones.append({origin, origin + QStringLiteral(".zone"), text});
}

void NsdServer::addZoneFile(const QString &origin, const QString &fileName)
{
    m_zones.append({origin, fileName, QString()});
}

void NsdServer::addBrokenZone(const QString &origin)
{
    m_zones.append({origin, origin + QStringLiteral(".zone"),
                    QStringLiteral("$ORIGIN %1.\nthis is not a zone file\n").arg(origin)});
}

QString NsdServer::writeFile(const QString &name, const QByteArray &contents)
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (file.open(QIODevice::WriteOnly))
        file.write(contents);
    return path;
}

quint16 NsdServer::freePort()
{
    for (int attempt = 0; attempt < 50; ++attempt) {
        QUdpSocket udp;
        if (!udp.bind(QHostAddress::LocalHost, 0))
            continue;
        const quint16 port = udp.localPort();
        QTcpServer tcp;
        if (tcp.listen(QHostAddress::LocalHost, port))
            return port;
    }
    return 0;
}

bool NsdServer::start(int timeoutMs)
{
    const QString nsd = QStandardPaths::findExecutable(
        QStringLiteral("nsd"), {QStringLiteral("/usr/sbin"), QStringLiteral("/usr/local/sbin")});
    if (nsd.isEmpty()) {
        m_error = QStringLiteral("nsd not found: install the Debian package nsd");
        return false;
    }
    if (!m_dir.isValid()) {
        m_error = QStringLiteral("no temporary directory");
        return false;
    }
    m_port = freePort();
    if (m_port == 0) {
        m_error = QStringLiteral("no free port on 127.0.0.1");
        return false;
    }
    const QString dir = m_dir.path();
    QString config = QStringLiteral("server:\n"
                                    "    ip-address: 127.0.0.1@%1\n"
                                    "    username: \"\"\n"
                                    "    chroot: \"\"\n"
                                    "    zonesdir: \"%2\"\n"
                                    "    database: \"\"\n"
                                    "    zonelistfile: \"%2/zone.list\"\n"
                                    "    xfrdfile: \"%2/xfrd.state\"\n"
                                    "    xfrdir: \"%2\"\n"
                                    "    pidfile: \"%2/nsd.pid\"\n"
                                    "    logfile: \"%2/nsd.log\"\n"
                                    "    server-count: 1\n"
                                    "    verbosity: 1\n"
                                    "    hide-version: yes\n"
                                    "remote-control:\n"
                                    "    control-enable: no\n")
                         .arg(m_port)
                         .arg(dir);
    for (const Zone &zone : std::as_const(m_zones)) {
        if (!zone.text.isEmpty())
            writeFile(zone.fileName, zone.text.toUtf8());
        config += QStringLiteral("zone:\n    name: %1\n    zonefile: %2\n")
                      .arg(zone.origin, zone.fileName);
    }
    writeFile(QStringLiteral("nsd.conf"), config.toUtf8());

    m_process = std::make_unique<QProcess>();
    m_process->setProcessChannelMode(QProcess::MergedChannels);
    m_process->start(nsd, {QStringLiteral("-d"), QStringLiteral("-c"), dir + "/nsd.conf"});
    if (!m_process->waitForStarted(timeoutMs)) {
        m_error = QStringLiteral("nsd did not start: %1").arg(m_process->errorString());
        return false;
    }
    QFile log(dir + QStringLiteral("/nsd.log"));
    const bool ready = QTest::qWaitFor(
        [&]() {
            if (m_process->state() != QProcess::Running)
                return true;
            if (!log.isOpen() && !log.open(QIODevice::ReadOnly))
                return false;
            log.seek(0);
            return log.readAll().contains("nsd started");
        },
        timeoutMs);
    if (!ready || m_process->state() != QProcess::Running) {
        m_error = QStringLiteral("nsd did not come up on port %1").arg(m_port);
        return false;
    }
    return true;
}

void NsdServer::stop()
{
    if (!m_process || m_process->state() == QProcess::NotRunning)
        return;
    m_process->terminate();
    if (!m_process->waitForFinished(10000)) {
        m_process->kill();
        m_process->waitForFinished(5000);
    }
}

QString NsdServer::failureReport() const
{
    QString report = m_error;
    QFile log(m_dir.filePath(QStringLiteral("nsd.log")));
    if (log.open(QIODevice::ReadOnly))
        report += QStringLiteral("\n--- nsd.log ---\n") + QString::fromUtf8(log.readAll());
    if (m_process)
        report
            += QStringLiteral("\n--- nsd output ---\n") + QString::fromUtf8(m_process->readAll());
    return report;
}

} // namespace TestSupport
