// SPDX-License-Identifier: GPL-3.0-or-later
// DaneMatch: a certificate chain against TLSA records as a DANE sender holds them (RFC 6698,
// 7671, 7672), with certificates made by openssl for the test. The expected record data is
// computed by the openssl command line, not by the code under test.
#include "domain/danematch.h"

#include "testcertificates.h"

#include <QProcess>
#include <QtTest>

using namespace Sendcheck;
using TestSupport::TestCertificates;
using Kind = TestCertificates::Kind;

class TestDaneMatch : public QObject
{
    Q_OBJECT

    TestCertificates m_certs;

    // openssl's digest ("sha256", "sha512") of a certificate file's DER form (selector 0) or
    // of its public key (selector 1), as raw bytes; empty on failure.
    static QByteArray opensslData(const QString &certPath, int selector, const QString &digest)
    {
        const QString select = selector == 0
            ? QStringLiteral("openssl x509 -in '%1' -outform DER").arg(certPath)
            : QStringLiteral("openssl x509 -in '%1' -pubkey -noout | openssl pkey -pubin "
                             "-outform DER")
                  .arg(certPath);
        const QString command = digest.isEmpty()
            ? select
            : select + QStringLiteral(" | openssl dgst -%1 -binary").arg(digest);
        QProcess shell;
        shell.start(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), command});
        if (!shell.waitForFinished(30000) || shell.exitCode() != 0)
            return {};
        return shell.readAllStandardOutput();
    }

    DnsRecord tlsa(int usage, int selector, int matching, Kind kind, bool ca = false) const
    {
        const QString path = ca ? m_certs.caCertPath() : m_certs.certPath(kind);
        const QString digest = matching == 1 ? QStringLiteral("sha256")
            : matching == 2                  ? QStringLiteral("sha512")
                                             : QString();
        return DnsRecord::makeTlsa(QStringLiteral("_25._tcp.localhost"), quint8(usage),
                                   quint8(selector), quint8(matching),
                                   opensslData(path, selector, digest));
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY2(m_certs.isValid(), qPrintable(m_certs.errorString())); }

    void daneEe_data()
    {
        QTest::addColumn<int>("selector");
        QTest::addColumn<int>("matching");
        for (int selector : {0, 1}) {
            for (int matching : {0, 1, 2})
                QTest::addRow("3 %d %d", selector, matching) << selector << matching;
        }
    }
    void daneEe()
    {
        QFETCH(int, selector);
        QFETCH(int, matching);
        const DnsRecord record = tlsa(3, selector, matching, Kind::Server);
        QVERIFY(!record.data.isEmpty());
        QCOMPARE(DaneMatch::associationData(m_certs.certificate(Kind::Server), quint8(selector),
                                            quint8(matching)),
                 record.data);
        const DaneMatch::Outcome outcome
            = DaneMatch::match({record}, m_certs.chain(Kind::Server), QStringLiteral("localhost"));
        QVERIFY2(outcome.matched, qPrintable(outcome.detail));
        QCOMPARE(outcome.record.data, record.data);
        // Another server's certificate does not match.
        QVERIFY(
            !DaneMatch::match({record}, m_certs.chain(Kind::WrongName), QStringLiteral("localhost"))
                 .matched);
    }

    void daneEeIgnoresNamesIssuerAndDates()
    {
        // RFC 7672 3.1.1: DANE-EE binds the key; expiry, issuer and names do not matter.
        for (Kind kind : {Kind::Expired, Kind::SelfSigned, Kind::WrongName}) {
            const DaneMatch::Outcome outcome = DaneMatch::match(
                {tlsa(3, 1, 1, kind)}, m_certs.chain(kind), QStringLiteral("mx.example.com"));
            QVERIFY2(outcome.matched, qPrintable(TestCertificates::kindName(kind)));
        }
    }

    void pkixUsagesNeverMatch()
    {
        // Usages 0 and 1 are unusable for SMTP (RFC 7672 3.1.3) even when the data fits.
        const QList<QSslCertificate> chain = m_certs.chain(Kind::Server);
        QVERIFY(!DaneMatch::match({tlsa(1, 1, 1, Kind::Server)}, chain, QStringLiteral("localhost"))
                     .matched);
        QVERIFY(!DaneMatch::match({tlsa(0, 0, 1, Kind::Server, true)}, chain,
                                  QStringLiteral("localhost"))
                     .matched);
    }

    void oneOfSeveralRecords()
    {
        // A stale record next to the current one (a key rollover): the current one matches.
        const DnsRecord stale = tlsa(3, 1, 1, Kind::WrongName);
        const DnsRecord current = tlsa(3, 1, 1, Kind::Server);
        const DaneMatch::Outcome outcome = DaneMatch::match(
            {stale, current}, m_certs.chain(Kind::Server), QStringLiteral("localhost"));
        QVERIFY(outcome.matched);
        QCOMPARE(outcome.record.data, current.data);
    }

    void daneTa()
    {
        // The CA in the chain the server sends, by certificate and by public key.
        const QList<QSslCertificate> chain = m_certs.chain(Kind::Server);
        QCOMPARE(chain.size(), 2);
        for (int selector : {0, 1}) {
            const DnsRecord record = tlsa(2, selector, 1, Kind::Server, true);
            const DaneMatch::Outcome outcome
                = DaneMatch::match({record}, chain, QStringLiteral("localhost"));
            QVERIFY2(outcome.matched, qPrintable(outcome.detail));
        }
        // The server's own certificate is not a trust anchor.
        QVERIFY(!DaneMatch::match({tlsa(2, 1, 1, Kind::Server)}, chain, QStringLiteral("localhost"))
                     .matched);
        // The anchor must be in the chain: the server alone is not enough.
        QVERIFY(!DaneMatch::match({tlsa(2, 0, 1, Kind::Server, true)}, {chain.first()},
                                  QStringLiteral("localhost"))
                     .matched);
    }

    void daneTaChecksNameAndDates()
    {
        const DnsRecord ca = tlsa(2, 0, 1, Kind::Server, true);
        // The server's certificate must name the MX host (RFC 7672 3.2.2).
        DaneMatch::Outcome outcome
            = DaneMatch::match({ca}, m_certs.chain(Kind::Server), QStringLiteral("mx.example.com"));
        QVERIFY(!outcome.matched);
        QVERIFY2(outcome.detail.contains(QStringLiteral("does not hold")),
                 qPrintable(outcome.detail));
        QVERIFY2(outcome.detail.contains(QStringLiteral("hostname"), Qt::CaseInsensitive),
                 qPrintable(outcome.detail));
        // *.localhost does not cover localhost.
        QVERIFY(!DaneMatch::match({ca}, m_certs.chain(Kind::Wildcard), QStringLiteral("localhost"))
                     .matched);
        // An expired server certificate under a DANE-TA record does not hold.
        outcome = DaneMatch::match({ca}, m_certs.chain(Kind::Expired), QStringLiteral("localhost"));
        QVERIFY(!outcome.matched);
        QVERIFY2(outcome.detail.contains(QStringLiteral("expired")), qPrintable(outcome.detail));
    }

    void nothingToCompare()
    {
        const DaneMatch::Outcome outcome
            = DaneMatch::match({tlsa(3, 1, 1, Kind::Server)}, {}, QStringLiteral("localhost"));
        QVERIFY(!outcome.matched);
        QVERIFY(!outcome.detail.isEmpty());
        QVERIFY(DaneMatch::associationData(m_certs.certificate(Kind::Server), 2, 1).isEmpty());
        QVERIFY(DaneMatch::associationData(m_certs.certificate(Kind::Server), 1, 3).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestDaneMatch)
#include "tst_danematch.moc"
