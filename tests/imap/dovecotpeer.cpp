// SPDX-License-Identifier: GPL-3.0-or-later
#include "dovecotpeer.h"

#include "testcertificates.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include <grp.h>
#include <pwd.h>
#include <sys/stat.h>
#include <unistd.h>

namespace {

const char dovecotProgram[] = "/usr/sbin/dovecot";

quint16 freePort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    return probe.serverPort();
}

// Root runs the mail processes as nobody; anyone else as themselves.
struct RunAs
{
    QString user;
    QString group;
    uid_t uid;
    gid_t gid;
};

RunAs runAs()
{
    if (geteuid() == 0) {
        const passwd *pw = getpwnam("nobody");
        const group *gr = getgrnam("nogroup");
        return {QStringLiteral("nobody"), QStringLiteral("nogroup"), pw ? pw->pw_uid : 65534,
                gr ? gr->gr_gid : 65534};
    }
    const passwd *pw = getpwuid(geteuid());
    const group *gr = getgrgid(getegid());
    return {QString::fromLocal8Bit(pw->pw_name), QString::fromLocal8Bit(gr->gr_name), geteuid(),
            getegid()};
}

} // namespace

DovecotPeer::DovecotPeer(const TestSupport::TestCertificates &certificates)
    : m_certificates(certificates)
{ }

DovecotPeer::~DovecotPeer()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.terminate();
        if (!m_process.waitForFinished(10000)) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }
}

QString DovecotPeer::mailRoot() const
{
    return m_dir.path() + QStringLiteral("/mail");
}

uint DovecotPeer::mailUid()
{
    return runAs().uid;
}

uint DovecotPeer::mailGid()
{
    return runAs().gid;
}

bool DovecotPeer::writeFile(const QString &path, const QByteArray &contents)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(contents) != contents.size()) {
        m_error = QStringLiteral("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

void DovecotPeer::handOver(const QString &path)
{
    const RunAs who = runAs();
    if (chown(QFile::encodeName(path).constData(), who.uid, who.gid) != 0)
        qWarning("chown %s failed", qPrintable(path));
}

bool DovecotPeer::start(const QList<User> &users)
{
    if (!QFileInfo(QString::fromLatin1(dovecotProgram)).isExecutable()) {
        m_error = QStringLiteral("%1 not found: install the Debian package dovecot-imapd")
                      .arg(QString::fromLatin1(dovecotProgram));
        return false;
    }
    if (!m_dir.isValid()) {
        m_error = QStringLiteral("no temporary directory");
        return false;
    }
    const QString root = m_dir.path();
    chmod(QFile::encodeName(root).constData(), 0755);
    const RunAs who = runAs();
    QByteArray passwd;
    for (const User &user : users)
        passwd += user.name + ":{PLAIN}" + user.password + "::::::\n";
    if (!writeFile(root + QStringLiteral("/passwd"), passwd))
        return false;
    QDir(root).mkpath(QStringLiteral("mail"));
    QDir(root).mkpath(QStringLiteral("home"));
    handOver(root + QStringLiteral("/mail"));
    handOver(root + QStringLiteral("/home"));
    m_tlsPort = freePort();
    m_startTlsPort = freePort();
    const QString conf
        = QStringLiteral(R"(base_dir = %1/run
state_dir = %1/state
log_path = /dev/stderr
protocols = imap
listen = 127.0.0.1
ssl = yes
ssl_cert = <%2
ssl_key = <%3
ssl_min_protocol = TLSv1.2
default_login_user = %4
default_internal_user = %4
default_internal_group = %5
disable_plaintext_auth = yes
auth_mechanisms = plain login
# No growing delay after the wrong-password test: the others log in from the same address.
auth_failure_delay = 0
mail_location = maildir:%1/mail/%u
passdb {
  driver = passwd-file
  args = scheme=PLAIN username_format=%u %1/passwd
}
userdb {
  driver = static
  args = uid=%4 gid=%5 home=%1/home/%u
}
namespace inbox {
  inbox = yes
  separator = /
  mailbox Junk {
    special_use = \Junk
    auto = create
  }
  mailbox Sent {
    special_use = \Sent
    auto = create
  }
}
service imap-login {
  chroot =
  inet_listener imap {
    address = 127.0.0.1
    port = %6
  }
  inet_listener imaps {
    address = 127.0.0.1
    port = %7
    ssl = yes
  }
}
service anvil {
  chroot =
}
)")
              .arg(root, m_certificates.chainPath(TestSupport::TestCertificates::Kind::Server),
                   m_certificates.keyPath(TestSupport::TestCertificates::Kind::Server), who.user,
                   who.group)
              .arg(m_startTlsPort)
              .arg(m_tlsPort);
    if (!writeFile(root + QStringLiteral("/dovecot.conf"), conf.toUtf8()))
        return false;
    m_process.setProgram(QString::fromLatin1(dovecotProgram));
    m_process.setArguments(
        {QStringLiteral("-F"), QStringLiteral("-c"), root + QStringLiteral("/dovecot.conf")});
    m_process.setProcessChannelMode(QProcess::MergedChannels);
    m_process.start();
    const bool up = QTest::qWaitFor(
        [this] {
            if (m_process.state() == QProcess::NotRunning)
                return true;
            QTcpSocket probe;
            probe.connectToHost(QHostAddress::LocalHost, m_tlsPort);
            return probe.waitForConnected(200);
        },
        15000);
    if (!up || m_process.state() == QProcess::NotRunning) {
        m_error = QStringLiteral("Dovecot did not start: %1")
                      .arg(QString::fromLocal8Bit(m_process.readAll()));
        return false;
    }
    return true;
}

bool DovecotPeer::deliver(const QByteArray &user, const QString &folder, const QByteArray &message)
{
    QString box = m_dir.path() + QStringLiteral("/mail/") + QString::fromUtf8(user);
    if (!folder.isEmpty())
        box += QStringLiteral("/.") + folder;
    for (const char *sub : {"cur", "new", "tmp"}) {
        QDir().mkpath(box + QLatin1Char('/') + QLatin1String(sub));
        handOver(box + QLatin1Char('/') + QLatin1String(sub));
    }
    handOver(m_dir.path() + QStringLiteral("/mail/") + QString::fromUtf8(user));
    handOver(box);
    const QString name = QStringLiteral("%1.M%2P%3.sendcheck-test")
                             .arg(QDateTime::currentSecsSinceEpoch())
                             .arg(++m_sequence)
                             .arg(QCoreApplication::applicationPid());
    const QString temporary = box + QStringLiteral("/tmp/") + name;
    if (!writeFile(temporary, message))
        return false;
    handOver(temporary);
    // Maildir delivery: written in tmp/, then renamed into new/ in one step.
    if (!QFile::rename(temporary, box + QStringLiteral("/new/") + name)) {
        m_error = QStringLiteral("cannot move %1 into new/").arg(temporary);
        return false;
    }
    return true;
}
