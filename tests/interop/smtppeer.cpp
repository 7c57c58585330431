// SPDX-License-Identifier: GPL-3.0-or-later
#include "smtppeer.h"

#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QRegularExpression>

namespace TestSupport {

namespace {

const QString passwordVariable = QStringLiteral("SENDCHECK_PEER_PASSWORD");

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Postfix's Cyrus SASL needs the PLAIN and LOGIN plugins (libsasl2-modules), found in a
// multiarch directory such as /usr/lib/x86_64-linux-gnu/sasl2.
bool hasCyrusPlugins()
{
    QStringList directories {QStringLiteral("/usr/lib/sasl2")};
    const QStringList multiarch
        = QDir(QStringLiteral("/usr/lib")).entryList({QStringLiteral("*-linux-gnu*")}, QDir::Dirs);
    for (const QString &triplet : multiarch)
        directories << QStringLiteral("/usr/lib/") + triplet + QStringLiteral("/sasl2");
    for (const QString &directory : std::as_const(directories)) {
        if (QFile::exists(directory + QStringLiteral("/libplain.so.2"))
            && QFile::exists(directory + QStringLiteral("/liblogin.so.2"))
            && QFile::exists(directory + QStringLiteral("/libsasldb.so.2")))
            return true;
    }
    return false;
}

} // namespace

SmtpPeer::SmtpPeer(Kind kind, const TestCertificates &certificates, const Options &options)
    : m_kind(kind)
{
    QStringList arguments {
        testDataPath(kind == Aiosmtpd ? QStringLiteral("peers/aiosmtpd_peer.py")
                                      : QStringLiteral("peers/postfix_peer.py")),
        QStringLiteral("--cert"),
        certificates.certPath(options.certificate),
        QStringLiteral("--key"),
        certificates.keyPath(options.certificate),
    };
    if (options.requireStartTls)
        arguments << QStringLiteral("--require-starttls");
    if (options.openRelay && kind == Postfix)
        arguments << QStringLiteral("--open-relay");
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    if (!options.user.isEmpty()) {
        // The password travels in the environment, never on a command line.
        arguments << QStringLiteral("--user") << options.user << QStringLiteral("--password-env")
                  << passwordVariable;
        environment.insert(passwordVariable, options.password);
    }
    for (const QString &address : options.known)
        arguments << QStringLiteral("--known") << address;
    if (!options.maildirBase.isEmpty() && kind == Postfix)
        arguments << QStringLiteral("--maildir-base") << options.maildirBase
                  << QStringLiteral("--maildir-uid") << QString::number(options.maildirUid)
                  << QStringLiteral("--maildir-gid") << QString::number(options.maildirGid);
    if (kind == Aiosmtpd)
        arguments << QStringLiteral("--port") << QStringLiteral("0") << QStringLiteral("--save-dir")
                  << saveDirectory();
    m_process = std::make_unique<PeerProcess>(PeerProcess::python(), arguments, environment);
}

SmtpPeer::~SmtpPeer() = default;

bool SmtpPeer::start(int timeoutMs)
{
    return m_work.isValid() && m_process->start(timeoutMs);
}

bool SmtpPeer::stop(int graceMs)
{
    return m_process->stop(graceMs);
}

quint16 SmtpPeer::port() const
{
    return m_process->port();
}

QString SmtpPeer::failureReport()
{
    QString report = m_process->failureReport();
    const QByteArray log = maillog();
    if (!log.isEmpty())
        report += QStringLiteral("\n--- maillog ---\n") + QString::fromUtf8(log.right(6000));
    return report;
}

QString SmtpPeer::saveDirectory() const
{
    return m_kind == Aiosmtpd ? m_work.filePath(QStringLiteral("saved")) : QString();
}

QByteArray SmtpPeer::savedMessage(int number) const
{
    return readFile(saveDirectory() + QStringLiteral("/%1.eml").arg(number));
}

QJsonObject SmtpPeer::savedEnvelope(int number) const
{
    return QJsonDocument::fromJson(
               readFile(saveDirectory() + QStringLiteral("/%1.json").arg(number)))
        .object();
}

QString SmtpPeer::maillogPath()
{
    if (m_kind != Postfix)
        return {};
    static const QRegularExpression pattern(QStringLiteral("^MAILLOG (.+)$"),
                                            QRegularExpression::MultilineOption);
    return pattern.match(QString::fromUtf8(m_process->standardOutput())).captured(1);
}

QByteArray SmtpPeer::maillog()
{
    const QString path = maillogPath();
    return path.isEmpty() ? QByteArray() : readFile(path);
}

QString SmtpPeer::kindName(Kind kind)
{
    return kind == Aiosmtpd ? QStringLiteral("aiosmtpd") : QStringLiteral("postfix");
}

SmtpPeer::Kind SmtpPeer::kindFromName(const QString &name)
{
    return name == QLatin1String("aiosmtpd") ? Aiosmtpd : Postfix;
}

QString SmtpPeer::missingPrerequisites()
{
    QStringList missing;
    const QList<std::pair<QString, QString>> programs {
        {PeerProcess::python(), QStringLiteral("python3")},
        {QStringLiteral("postfix"), QStringLiteral("postfix")},
        {QStringLiteral("saslpasswd2"), QStringLiteral("sasl2-bin")},
    };
    for (const auto &[program, package] : programs) {
        const QString found = PeerProcess::requireProgram(program, package);
        if (!QFileInfo(found).isAbsolute())
            missing << found;
    }
    const QString module = PeerProcess::missingPythonModule(QStringLiteral("aiosmtpd"),
                                                            QStringLiteral("python3-aiosmtpd"));
    if (!module.isEmpty())
        missing << module;
    if (!hasCyrusPlugins())
        missing << QStringLiteral("Cyrus SASL PLAIN/LOGIN/sasldb plugins missing: install the "
                                  "Debian packages libsasl2-modules and libsasl2-modules-db");
    return missing.join(QLatin1Char('\n'));
}

} // namespace TestSupport
