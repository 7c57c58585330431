// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QSslCertificate>
#include <QSslKey>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

namespace TestSupport {

// A throw-away certificate authority and a set of server certificates for TLS tests, made with
// the `openssl` command line in a temporary directory that disappears with the object. Keys are
// EC P-256 (fast to make), unencrypted PEM. Making the whole set takes well under a second;
// create one per test case (initTestCase) and share it.
//
//   TestSupport::TestCertificates certs;
//   QVERIFY2(certs.isValid(), qPrintable(certs.errorString()));
//   server.setLocalCertificate(certs.certificate(TestCertificates::Kind::Server));
//   args << "--ca-file" << certs.caCertPath();
class TestCertificates
{
public:
    enum class Kind {
        Server, // signed by the CA, DNS:localhost + IP:127.0.0.1, valid now
        Expired, // like Server, but its validity ended yesterday
        NotYetValid, // like Server, but valid only from 30 days from now
        WrongName, // signed by the CA, valid, but for DNS:other.invalid only
        SelfSigned, // DNS:localhost + IP:127.0.0.1, signed by itself, not by the CA
        IpOnly, // signed by the CA, IP:127.0.0.1 only, no DNS name at all
        Wildcard, // signed by the CA, DNS:*.localhost only: must NOT match "localhost"
    };
    static constexpr Kind allKinds[]
        = {Kind::Server,     Kind::Expired, Kind::NotYetValid, Kind::WrongName,
           Kind::SelfSigned, Kind::IpOnly,  Kind::Wildcard};

    // Makes everything at once; on failure isValid() is false and errorString() says why
    // (including openssl's own messages).
    explicit TestCertificates(const QString &opensslProgram = QStringLiteral("openssl"));
    ~TestCertificates();
    TestCertificates(const TestCertificates &) = delete;
    TestCertificates &operator=(const TestCertificates &) = delete;

    [[nodiscard]] bool isValid() const { return m_error.isEmpty(); }
    [[nodiscard]] QString errorString() const { return m_error; }
    [[nodiscard]] QString directory() const { return m_dir.path(); }

    [[nodiscard]] QString caCertPath() const;
    [[nodiscard]] QString caKeyPath() const;
    [[nodiscard]] QSslCertificate caCertificate() const;

    // The leaf certificate alone (PEM).
    [[nodiscard]] QString certPath(Kind kind) const;
    // The leaf followed by the CA certificate (PEM), for servers that send the whole chain.
    // For SelfSigned this is the leaf alone.
    [[nodiscard]] QString chainPath(Kind kind) const;
    [[nodiscard]] QString keyPath(Kind kind) const;
    [[nodiscard]] QSslCertificate certificate(Kind kind) const;
    [[nodiscard]] QList<QSslCertificate> chain(Kind kind) const;
    [[nodiscard]] QSslKey key(Kind kind) const;
    // SHA-256 over the DER certificate, lower-case hex without separators (what --pin-sha256
    // takes); colonSeparated gives "AB:CD:..." upper case, as browsers and openssl show it.
    [[nodiscard]] QByteArray sha256Fingerprint(Kind kind, bool colonSeparated = false) const;

    [[nodiscard]] static QString kindName(Kind kind);

private:
    bool run(const QStringList &arguments);
    bool makeCa();
    bool makeLeaf(Kind kind);
    [[nodiscard]] QString path(const QString &name) const;
    [[nodiscard]] bool writeFile(const QString &name, const QByteArray &contents);

    QString m_openssl;
    QTemporaryDir m_dir;
    QString m_error;
};

} // namespace TestSupport
