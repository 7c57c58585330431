// SPDX-License-Identifier: GPL-3.0-or-later
#include "testcertificates.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QProcess>

namespace TestSupport {

namespace {

constexpr int opensslTimeoutMs = 20000;

// openssl ca takes dates as ASN.1 GeneralizedTime, which every OpenSSL version accepts (the
// -not_before/-not_after options of `req`/`x509` only exist from OpenSSL 3.4 on, and Debian 12
// ships 3.0).
QString asn1Time(const QDateTime &when)
{
    return when.toUTC().toString(QStringLiteral("yyyyMMddHHmmss")) + QLatin1Char('Z');
}

struct LeafSpec
{
    QString subject;
    QString subjectAltName;
    qint64 startOffsetSecs;
    qint64 endOffsetSecs;
};

constexpr qint64 day = 24 * 60 * 60;

LeafSpec leafSpec(TestCertificates::Kind kind)
{
    using Kind = TestCertificates::Kind;
    const QString localhostSan = QStringLiteral("DNS:localhost,IP:127.0.0.1");
    switch (kind) {
    case Kind::Server:
    case Kind::SelfSigned:
        return {QStringLiteral("/CN=localhost"), localhostSan, -day, 30 * day};
    case Kind::Expired:
        return {QStringLiteral("/CN=localhost"), localhostSan, -30 * day, -day};
    case Kind::NotYetValid:
        return {QStringLiteral("/CN=localhost"), localhostSan, 30 * day, 60 * day};
    case Kind::WrongName:
        return {QStringLiteral("/CN=other.invalid"), QStringLiteral("DNS:other.invalid"), -day,
                30 * day};
    case Kind::IpOnly:
        // No CN either: a CN of "localhost" would let old name checks match by the CN.
        return {QStringLiteral("/O=Sendcheck test IP-only"), QStringLiteral("IP:127.0.0.1"), -day,
                30 * day};
    case Kind::Wildcard:
        return {QStringLiteral("/CN=*.localhost"), QStringLiteral("DNS:*.localhost"), -day,
                30 * day};
    }
    return {};
}

QByteArray caConfig(const QString &dir)
{
    return QStringLiteral("[ ca ]\n"
                          "default_ca = testca\n"
                          "[ testca ]\n"
                          "database = %1/index.txt\n"
                          "new_certs_dir = %1/newcerts\n"
                          "serial = %1/serial\n"
                          "default_md = sha256\n"
                          "policy = policy_any\n"
                          "unique_subject = no\n"
                          "copy_extensions = none\n"
                          "email_in_dn = no\n"
                          "[ policy_any ]\n"
                          "commonName = optional\n"
                          "organizationName = optional\n"
                          "[ req ]\n"
                          "distinguished_name = req_dn\n"
                          "prompt = no\n"
                          "[ req_dn ]\n"
                          "CN = unused\n"
                          "[ v3_ca ]\n"
                          "basicConstraints = critical,CA:TRUE\n"
                          "keyUsage = critical,keyCertSign,cRLSign\n"
                          "subjectKeyIdentifier = hash\n")
        .arg(dir)
        .toUtf8();
}

QByteArray leafExtensions(const QString &subjectAltName, bool selfSigned)
{
    QByteArray text = "[ leaf ]\n"
                      "basicConstraints = critical,CA:FALSE\n"
                      "keyUsage = critical,digitalSignature\n"
                      "extendedKeyUsage = serverAuth\n"
                      "subjectKeyIdentifier = hash\n";
    if (!selfSigned)
        text += "authorityKeyIdentifier = keyid\n";
    text += "subjectAltName = " + subjectAltName.toUtf8() + "\n";
    return text;
}

QSslCertificate firstCertificate(const QString &path)
{
    const QList<QSslCertificate> certificates = QSslCertificate::fromPath(path);
    return certificates.isEmpty() ? QSslCertificate() : certificates.constFirst();
}

} // namespace

TestCertificates::TestCertificates(const QString &opensslProgram) : m_openssl(opensslProgram)
{
    if (!m_dir.isValid()) {
        m_error = QStringLiteral("cannot create a temporary directory: ") + m_dir.errorString();
        return;
    }
    if (!makeCa())
        return;
    for (const Kind kind : allKinds) {
        if (!makeLeaf(kind))
            return;
    }
}

TestCertificates::~TestCertificates() = default;

QString TestCertificates::path(const QString &name) const
{
    return m_dir.filePath(name);
}

bool TestCertificates::writeFile(const QString &name, const QByteArray &contents)
{
    QFile file(path(name));
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)
        || file.write(contents) != contents.size()) {
        m_error = QStringLiteral("cannot write %1: %2").arg(file.fileName(), file.errorString());
        return false;
    }
    return true;
}

bool TestCertificates::run(const QStringList &arguments)
{
    QProcess process;
    process.setWorkingDirectory(m_dir.path());
    process.start(m_openssl, arguments);
    if (!process.waitForStarted(opensslTimeoutMs)) {
        m_error = QStringLiteral("cannot run %1 (install the Debian package openssl): %2")
                      .arg(m_openssl, process.errorString());
        return false;
    }
    process.closeWriteChannel();
    if (!process.waitForFinished(opensslTimeoutMs)) {
        process.kill();
        process.waitForFinished(1000);
        m_error = QStringLiteral("%1 %2 did not finish within %3 ms")
                      .arg(m_openssl, arguments.join(QLatin1Char(' ')))
                      .arg(opensslTimeoutMs);
        return false;
    }
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        m_error = QStringLiteral("%1 %2 failed (exit %3): %4")
                      .arg(m_openssl, arguments.join(QLatin1Char(' ')))
                      .arg(process.exitCode())
                      .arg(QString::fromLocal8Bit(process.readAllStandardError()));
        return false;
    }
    return true;
}

bool TestCertificates::makeCa()
{
    if (!QDir(m_dir.path()).mkpath(QStringLiteral("newcerts"))
        || !writeFile(QStringLiteral("index.txt"), {})
        || !writeFile(QStringLiteral("serial"), "1000\n")
        || !writeFile(QStringLiteral("ca.cnf"), caConfig(m_dir.path()))) {
        if (m_error.isEmpty())
            m_error = QStringLiteral("cannot prepare the CA directory");
        return false;
    }
    return run({QStringLiteral("genpkey"), QStringLiteral("-algorithm"), QStringLiteral("EC"),
                QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:P-256"),
                QStringLiteral("-out"), caKeyPath()})
        && run({QStringLiteral("req"), QStringLiteral("-config"), path(QStringLiteral("ca.cnf")),
                QStringLiteral("-new"), QStringLiteral("-x509"), QStringLiteral("-key"),
                caKeyPath(), QStringLiteral("-subj"),
                QStringLiteral("/O=Sendcheck tests/CN=Sendcheck Test CA"), QStringLiteral("-days"),
                QStringLiteral("3650"), QStringLiteral("-sha256"), QStringLiteral("-extensions"),
                QStringLiteral("v3_ca"), QStringLiteral("-out"), caCertPath()});
}

bool TestCertificates::makeLeaf(Kind kind)
{
    const QString name = kindName(kind);
    const LeafSpec spec = leafSpec(kind);
    const bool selfSigned = kind == Kind::SelfSigned;
    const QString extFile = path(name + QStringLiteral(".ext"));
    if (!writeFile(name + QStringLiteral(".ext"), leafExtensions(spec.subjectAltName, selfSigned)))
        return false;
    if (!run({QStringLiteral("genpkey"), QStringLiteral("-algorithm"), QStringLiteral("EC"),
              QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:P-256"),
              QStringLiteral("-out"), keyPath(kind)}))
        return false;

    if (selfSigned) {
        // `req -x509` reads extensions only from its -config file.
        const QString config = name + QStringLiteral(".cnf");
        if (!writeFile(config, caConfig(m_dir.path()) + leafExtensions(spec.subjectAltName, true))
            || !run({QStringLiteral("req"), QStringLiteral("-config"), path(config),
                     QStringLiteral("-new"), QStringLiteral("-x509"), QStringLiteral("-key"),
                     keyPath(kind), QStringLiteral("-subj"), spec.subject, QStringLiteral("-days"),
                     QStringLiteral("30"), QStringLiteral("-sha256"), QStringLiteral("-extensions"),
                     QStringLiteral("leaf"), QStringLiteral("-out"), certPath(kind)})) {
            return false;
        }
    } else {
        const QString csr = path(name + QStringLiteral(".csr"));
        const QDateTime now = QDateTime::currentDateTimeUtc();
        if (!run({QStringLiteral("req"), QStringLiteral("-config"), path(QStringLiteral("ca.cnf")),
                  QStringLiteral("-new"), QStringLiteral("-key"), keyPath(kind),
                  QStringLiteral("-subj"), spec.subject, QStringLiteral("-out"), csr})
            || !run({QStringLiteral("ca"),
                     QStringLiteral("-batch"),
                     QStringLiteral("-config"),
                     path(QStringLiteral("ca.cnf")),
                     QStringLiteral("-notext"),
                     QStringLiteral("-cert"),
                     caCertPath(),
                     QStringLiteral("-keyfile"),
                     caKeyPath(),
                     QStringLiteral("-in"),
                     csr,
                     QStringLiteral("-out"),
                     certPath(kind),
                     QStringLiteral("-startdate"),
                     asn1Time(now.addSecs(spec.startOffsetSecs)),
                     QStringLiteral("-enddate"),
                     asn1Time(now.addSecs(spec.endOffsetSecs)),
                     QStringLiteral("-extfile"),
                     extFile,
                     QStringLiteral("-extensions"),
                     QStringLiteral("leaf")})) {
            return false;
        }
    }

    QFile leaf(certPath(kind));
    QFile ca(caCertPath());
    if (!leaf.open(QIODevice::ReadOnly) || !ca.open(QIODevice::ReadOnly)) {
        m_error = QStringLiteral("cannot read back %1").arg(certPath(kind));
        return false;
    }
    QByteArray chainPem = leaf.readAll();
    if (!selfSigned)
        chainPem += ca.readAll();
    if (!writeFile(name + QStringLiteral("-chain.pem"), chainPem))
        return false;
    if (certificate(kind).isNull() || key(kind).isNull()) {
        m_error = QStringLiteral("Qt cannot load the %1 certificate or key").arg(name);
        return false;
    }
    return true;
}

QString TestCertificates::caCertPath() const
{
    return path(QStringLiteral("ca.pem"));
}

QString TestCertificates::caKeyPath() const
{
    return path(QStringLiteral("ca-key.pem"));
}

QSslCertificate TestCertificates::caCertificate() const
{
    return firstCertificate(caCertPath());
}

QString TestCertificates::certPath(Kind kind) const
{
    return path(kindName(kind) + QStringLiteral(".pem"));
}

QString TestCertificates::chainPath(Kind kind) const
{
    return path(kindName(kind) + QStringLiteral("-chain.pem"));
}

QString TestCertificates::keyPath(Kind kind) const
{
    return path(kindName(kind) + QStringLiteral("-key.pem"));
}

QSslCertificate TestCertificates::certificate(Kind kind) const
{
    return firstCertificate(certPath(kind));
}

QList<QSslCertificate> TestCertificates::chain(Kind kind) const
{
    return QSslCertificate::fromPath(chainPath(kind));
}

QSslKey TestCertificates::key(Kind kind) const
{
    QFile file(keyPath(kind));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QSslKey(file.readAll(), QSsl::Ec, QSsl::Pem, QSsl::PrivateKey);
}

QByteArray TestCertificates::sha256Fingerprint(Kind kind, bool colonSeparated) const
{
    const QByteArray digest = certificate(kind).digest(QCryptographicHash::Sha256);
    return colonSeparated ? digest.toHex(':').toUpper() : digest.toHex();
}

QString TestCertificates::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Server:
        return QStringLiteral("server");
    case Kind::Expired:
        return QStringLiteral("expired");
    case Kind::NotYetValid:
        return QStringLiteral("not-yet-valid");
    case Kind::WrongName:
        return QStringLiteral("wrong-name");
    case Kind::SelfSigned:
        return QStringLiteral("self-signed");
    case Kind::IpOnly:
        return QStringLiteral("ip-only");
    case Kind::Wildcard:
        return QStringLiteral("wildcard");
    }
    return QStringLiteral("unknown");
}

} // namespace TestSupport
