// SPDX-License-Identifier: GPL-3.0-or-later
// `sendcheck-cli domain` and the transport policies, against real servers on 127.0.0.1: NSD
// serves the zones (two of them DNSSEC-signed with keys made here, their DS records the trust
// anchors), and Python's http.server with TLS serves the MTA-STS policies under a certificate
// from a test CA, reached through --mta-sts-server and trusted through --ca-file. Covers
// mta_sts.{record,policy,mode,mx}, tls_rpt.record, dane.tlsa (secure, unusable usage, bogus, not
// validated) and bimi.{record,dmarc}, and the faults: a redirect, an HTML page, a file over the
// size limit, a certificate for another name, no server at all, two v=STSv1 records. dane.match
// against aiosmtpd on 127.0.0.1 (reached through --smtp-port), with and without STARTTLS: a TLSA
// record computed here from its certificate, one that does not match, and a closed port.
#include "../dns/nsdserver.h"

#include "cliprocess.h"
#include "peerprocess.h"
#include "testcertificates.h"
#include "testsupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using TestSupport::CliProcess;
using TestSupport::CliResult;
using TestSupport::PeerProcess;
using TestSupport::TestCertificates;

namespace {

QJsonObject checkById(const QJsonObject &json, const QString &id)
{
    for (const QJsonValue &check : json.value(QStringLiteral("checks")).toArray()) {
        if (check.toObject().value(QStringLiteral("id")).toString() == id)
            return check.toObject();
    }
    return {};
}

QString statusOf(const QJsonObject &json, const QString &id)
{
    return checkById(json, id).value(QStringLiteral("status")).toString();
}

QString summaryOf(const QJsonObject &json, const QString &id)
{
    return checkById(json, id).value(QStringLiteral("summary")).toString();
}

// The policy server: answers by the Host header; mta-sts.<name> gets the policy of <name>.
const char *const serverScript = R"PY(
import http.server, ssl, sys
POLICIES = {
    'sts.test': b'version: STSv1\r\nmode: enforce\r\nmx: *.sts.test\r\nmax_age: 604800\r\n',
    'partial.test': b'version: STSv1\nmode: enforce\nmx: mx1.partial.test\nmax_age: 604800\n',
    'testing.test': b'version: STSv1\nmode: testing\nmx: mx.testing.test\nmax_age: 86400\n',
}
class Handler(http.server.BaseHTTPRequestHandler):
    def reply(self, code, body, kind):
        self.send_response(code)
        self.send_header('Content-Type', kind)
        self.send_header('Content-Length', str(len(body)))
        self.end_headers()
        self.wfile.write(body)
    def do_GET(self):
        host = (self.headers.get('Host') or '').split(':')[0]
        name = host[len('mta-sts.'):] if host.startswith('mta-sts.') else host
        if self.path != '/.well-known/mta-sts.txt':
            return self.reply(404, b'not here', 'text/plain')
        if name == 'redirect.test':
            self.send_response(301)
            self.send_header('Location', 'https://www.redirect.test/mta-sts.txt')
            self.end_headers()
            return
        if name == 'html.test':
            return self.reply(200, b'<html><body>Welcome to our site</body></html>', 'text/html')
        if name == 'big.test':
            return self.reply(200, b'version: STSv1\n' + b'# padding padding\n' * 8000,
                              'text/plain')
        if name in POLICIES:
            return self.reply(200, POLICIES[name], 'text/plain')
        return self.reply(404, b'no policy', 'text/plain')
    def log_message(self, *args):
        pass
server = http.server.ThreadingHTTPServer(('127.0.0.1', 0), Handler)
context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
context.load_cert_chain(sys.argv[1], sys.argv[2])
server.socket = context.wrap_socket(server.socket, server_side=True)
print(server.server_address[1], flush=True)
server.serve_forever()
)PY";

// An SMTP server that writes down every command it receives ("PLAIN EHLO x", "TLS QUIT") on
// stderr: what Sendcheck sends for dane.match, seen from the server.
const char *const loggingSmtpScript = R"PY(
import asyncio, ssl, sys
context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
context.load_cert_chain(sys.argv[1], sys.argv[2])
async def handle(reader, writer):
    tls = False
    writer.write(b'220 logging.test ESMTP\r\n')
    await writer.drain()
    while True:
        line = await reader.readline()
        if not line:
            break
        command = line.decode('ascii', 'replace').strip()
        print(('TLS ' if tls else 'PLAIN ') + command, file=sys.stderr, flush=True)
        verb = command.split(' ')[0].upper()
        if verb == 'EHLO':
            writer.write(b'250-logging.test\r\n250 STARTTLS\r\n')
        elif verb == 'STARTTLS' and not tls:
            writer.write(b'220 2.0.0 go ahead\r\n')
            await writer.drain()
            await writer.start_tls(context)
            tls = True
            continue
        elif verb == 'QUIT':
            writer.write(b'221 2.0.0 bye\r\n')
            await writer.drain()
            break
        else:
            writer.write(b'250 2.0.0 ok\r\n')
        await writer.drain()
    writer.close()
async def main():
    server = await asyncio.start_server(handle, '127.0.0.1', 0)
    print('PORT %d' % server.sockets[0].getsockname()[1], flush=True)
    await server.serve_forever()
asyncio.run(main())
)PY";

} // namespace

class TestCliDomainPolicies : public QObject
{
    Q_OBJECT

private:
    TestSupport::NsdServer m_nsd;
    TestCertificates m_certs;
    QProcess m_https;
    quint16 m_httpsPort = 0;
    QString m_anchorFile; // the DS records of dane.test and daneweak.test
    QString m_wrongAnchorFile; // a DS for dane.test that matches no key of the zone
    // aiosmtpd with STARTTLS (the test CA's "localhost" certificate and chain), and without.
    std::unique_ptr<PeerProcess> m_smtpTls;
    std::unique_ptr<PeerProcess> m_smtpPlain;
    quint16 m_closedPort = 0; // nothing listens there

    CliResult dane(const QString &name, quint16 smtpPort, const QStringList &more = {})
    {
        return domain(QStringList {name, QStringLiteral("--trust-anchor"), m_anchorFile,
                                   QStringLiteral("--smtp-port"), QString::number(smtpPort)}
                      + more);
    }
    static QJsonObject firstDaneHost(const QJsonObject &json)
    {
        return json.value(QStringLiteral("dane"))
            .toObject()
            .value(QStringLiteral("hosts"))
            .toArray()
            .first()
            .toObject();
    }

    // The SHA-256 of the public key of the certificate at `path`, in hex, from the openssl
    // command line (what a 3 1 1 record holds).
    static QString spkiSha256(const QString &path)
    {
        QProcess shell;
        shell.start(QStringLiteral("/bin/sh"),
                    {QStringLiteral("-c"),
                     QStringLiteral("openssl x509 -in '%1' -pubkey -noout | openssl pkey -pubin "
                                    "-outform DER | openssl dgst -sha256 -r")
                         .arg(path)});
        if (!shell.waitForFinished(30000) || shell.exitCode() != 0)
            return {};
        return QString::fromLatin1(shell.readAllStandardOutput()).section(QLatin1Char(' '), 0, 0);
    }

    CliResult domain(const QStringList &arguments)
    {
        CliProcess cli;
        cli.setTimeout(60000);
        QStringList all = {QStringLiteral("domain")};
        all << arguments << QStringLiteral("--json") << QStringLiteral("--nameserver")
            << QStringLiteral("127.0.0.1:%1").arg(m_nsd.port());
        return cli.run(all);
    }
    CliResult withPolicyServer(const QString &name, const QStringList &more = {})
    {
        QStringList arguments = {name, QStringLiteral("--mta-sts-server"),
                                 QStringLiteral("127.0.0.1:%1").arg(m_httpsPort),
                                 QStringLiteral("--ca-file"), m_certs.caCertPath()};
        return domain(arguments + more);
    }

    QByteArray runTool(const QString &program, const QStringList &arguments)
    {
        QProcess process;
        process.setWorkingDirectory(m_nsd.directory());
        process.start(program, arguments);
        if (!process.waitForFinished(30000) || process.exitCode() != 0)
            return {};
        return process.readAllStandardOutput();
    }

    // A new ECDSA key for `origin` in the NSD directory; its file base name, or empty.
    QString makeKey(const QString &origin)
    {
        return QString::fromUtf8(runTool(QStringLiteral("/usr/bin/ldns-keygen"),
                                         {QStringLiteral("-a"), QStringLiteral("ECDSAP256SHA256"),
                                          QStringLiteral("-k"), origin}))
            .trimmed();
    }
    QByteArray readFile(const QString &name)
    {
        QFile file(m_nsd.directory() + QLatin1Char('/') + name);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    // Signs `records` as zone `origin` and serves it; returns the DS record of its key.
    QByteArray signZone(const QString &origin, const QString &records)
    {
        const QString key = makeKey(origin);
        if (key.isEmpty())
            return {};
        const QString zone = QStringLiteral("$ORIGIN %1.\n$TTL 300\n"
                                            "@ IN SOA ns.%1. hostmaster.%1. 1 3600 600 86400 300\n"
                                            "@ IN NS ns.%1.\nns IN A 127.0.0.1\n")
                                 .arg(origin)
            + records + QString::fromLatin1(readFile(key + QStringLiteral(".key")));
        m_nsd.writeFile(origin + QStringLiteral(".unsigned"), zone.toUtf8());
        runTool(QStringLiteral("/usr/bin/ldns-signzone"),
                {QStringLiteral("-f"), origin + QStringLiteral(".zone.signed"),
                 origin + QStringLiteral(".unsigned"), key});
        m_nsd.addZoneFile(origin, origin + QStringLiteral(".zone.signed"));
        return readFile(key + QStringLiteral(".ds"));
    }

    // A server certificate from the test CA for the mta-sts hosts of the test domains (not
    // badcert.test's).
    bool makePolicyCertificate(QString *cert, QString *key)
    {
        const QString dir = m_certs.directory();
        *key = dir + QStringLiteral("/mta-sts.key");
        *cert = dir + QStringLiteral("/mta-sts.pem");
        const QString csr = dir + QStringLiteral("/mta-sts.csr");
        const QString ext = dir + QStringLiteral("/mta-sts.ext");
        QFile extFile(ext);
        if (!extFile.open(QIODevice::WriteOnly))
            return false;
        extFile.write("subjectAltName=DNS:mta-sts.sts.test,DNS:mta-sts.partial.test,"
                      "DNS:mta-sts.testing.test,DNS:mta-sts.redirect.test,DNS:mta-sts.html.test,"
                      "DNS:mta-sts.big.test\n");
        extFile.close();
        QProcess req;
        req.start(QStringLiteral("openssl"),
                  {QStringLiteral("req"), QStringLiteral("-new"), QStringLiteral("-newkey"),
                   QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                   QStringLiteral("ec_paramgen_curve:P-256"), QStringLiteral("-nodes"),
                   QStringLiteral("-keyout"), *key, QStringLiteral("-subj"),
                   QStringLiteral("/CN=mta-sts.sts.test"), QStringLiteral("-out"), csr});
        if (!req.waitForFinished(30000) || req.exitCode() != 0)
            return false;
        QProcess sign;
        sign.start(QStringLiteral("openssl"),
                   {QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"), csr,
                    QStringLiteral("-CA"), m_certs.caCertPath(), QStringLiteral("-CAkey"),
                    m_certs.caKeyPath(), QStringLiteral("-CAcreateserial"), QStringLiteral("-days"),
                    QStringLiteral("2"), QStringLiteral("-extfile"), ext, QStringLiteral("-out"),
                    *cert});
        return sign.waitForFinished(30000) && sign.exitCode() == 0;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_certs.isValid(), qPrintable(m_certs.errorString()));
        QString cert;
        QString key;
        QVERIFY(makePolicyCertificate(&cert, &key));
        const QString script = m_certs.directory() + QStringLiteral("/policyserver.py");
        QFile scriptFile(script);
        QVERIFY(scriptFile.open(QIODevice::WriteOnly));
        scriptFile.write(serverScript);
        scriptFile.close();
        m_https.start(QStringLiteral("/usr/bin/python3"), {script, cert, key});
        QVERIFY2(m_https.waitForStarted(10000), qPrintable(m_https.errorString()));
        QVERIFY2(m_https.waitForReadyRead(20000), m_https.readAllStandardError().constData());
        m_httpsPort = quint16(m_https.readLine().trimmed().toUInt());
        QVERIFY(m_httpsPort > 0);

        const QString mx = QStringLiteral("@ IN MX 10 mx1.%1.\n@ IN MX 20 mx2.%1.\n"
                                          "mx1 IN A 192.0.2.25\nmx2 IN A 192.0.2.26\n"
                                          "@ IN TXT \"v=spf1 ip4:192.0.2.0/24 -all\"\n");
        // sts.test: everything in place.
        m_nsd.addZone(QStringLiteral("sts.test"),
                      mx.arg(QStringLiteral("sts.test"))
                          + QStringLiteral("_mta-sts IN TXT \"v=STSv1; id=20250101T000000\"\n"
                                           "_smtp._tls IN TXT \"v=TLSRPTv1; "
                                           "rua=mailto:tls@sts.test,https://reports.sts.test/r\"\n"
                                           "default._bimi IN TXT \"v=BIMI1; "
                                           "l=https://sts.test/logo.svg; "
                                           "a=https://sts.test/vmc.pem\"\n"
                                           "_dmarc IN TXT \"v=DMARC1; p=reject\"\n"));
        // partial.test: mx2 is not in the enforced policy; a TLS-RPT record with an ftp
        // address; BIMI without a certificate under DMARC p=none.
        m_nsd.addZone(QStringLiteral("partial.test"),
                      mx.arg(QStringLiteral("partial.test"))
                          + QStringLiteral("_mta-sts IN TXT \"v=STSv1; id=1\"\n"
                                           "_smtp._tls IN TXT \"v=TLSRPTv1; rua=ftp://x.test/\"\n"
                                           "default._bimi IN TXT \"v=BIMI1; "
                                           "l=https://partial.test/logo.svg\"\n"
                                           "_dmarc IN TXT \"v=DMARC1; p=none\"\n"));
        m_nsd.addZone(QStringLiteral("testing.test"),
                      QStringLiteral("@ IN MX 10 mx.testing.test.\nmx IN A 192.0.2.27\n"
                                     "_mta-sts IN TXT \"v=STSv1; id=2\"\n"));
        for (const QString &name : {QStringLiteral("redirect.test"), QStringLiteral("html.test"),
                                    QStringLiteral("big.test"), QStringLiteral("badcert.test"),
                                    QStringLiteral("noserver.test")})
            m_nsd.addZone(name,
                          mx.arg(name) + QStringLiteral("_mta-sts IN TXT \"v=STSv1; id=3\"\n"));
        m_nsd.addZone(QStringLiteral("twosts.test"),
                      mx.arg(QStringLiteral("twosts.test"))
                          + QStringLiteral("_mta-sts IN TXT \"v=STSv1; id=4\"\n"
                                           "_mta-sts IN TXT \"v=STSv1; id=5\"\n"
                                           "_mta-sts IN TXT \"some other text\"\n"));
        m_nsd.addZone(QStringLiteral("none.test"), mx.arg(QStringLiteral("none.test")));

        // The SMTP servers whose certificates DANE compares.
        const QString peerScript
            = TestSupport::testDataPath(QStringLiteral("peers/aiosmtpd_peer.py"));
        const QString missing = PeerProcess::missingPythonModule(
            QStringLiteral("aiosmtpd"), QStringLiteral("python3-aiosmtpd"));
        QVERIFY2(missing.isEmpty(), qPrintable(missing));
        m_smtpTls = std::make_unique<PeerProcess>(
            PeerProcess::python(),
            QStringList {peerScript, QStringLiteral("--port"), QStringLiteral("0"),
                         QStringLiteral("--cert"),
                         m_certs.chainPath(TestCertificates::Kind::Server), QStringLiteral("--key"),
                         m_certs.keyPath(TestCertificates::Kind::Server)});
        QVERIFY2(m_smtpTls->start(), qPrintable(m_smtpTls->failureReport()));
        m_smtpPlain = std::make_unique<PeerProcess>(
            PeerProcess::python(),
            QStringList {peerScript, QStringLiteral("--port"), QStringLiteral("0")});
        QVERIFY2(m_smtpPlain->start(), qPrintable(m_smtpPlain->failureReport()));
        m_closedPort = TestSupport::NsdServer::freePort();
        const QString serverKey = spkiSha256(m_certs.certPath(TestCertificates::Kind::Server));
        QCOMPARE(serverKey.size(), 64);

        // danegood.test (signed): a DANE-EE record of the SMTP server's public key. dane.test
        // (signed): a DANE-EE record that matches no key. daneweak.test (signed): only a
        // PKIX-EE record, which mail servers ignore. The MX hosts are on loopback.
        const QByteArray goodDs
            = signZone(QStringLiteral("danegood.test"),
                       QStringLiteral("@ IN MX 10 mx.danegood.test.\nmx IN A 127.0.0.1\n"
                                      "_25._tcp.mx IN TLSA 3 1 1 %1\n")
                           .arg(serverKey));
        const QString digest = QStringLiteral("0123456789abcdef0123456789abcdef"
                                              "0123456789abcdef0123456789abcdef");
        const QByteArray daneDs
            = signZone(QStringLiteral("dane.test"),
                       QStringLiteral("@ IN MX 10 mx.dane.test.\nmx IN A 127.0.0.1\n"
                                      "_25._tcp.mx IN TLSA 3 1 1 %1\n")
                           .arg(digest));
        const QByteArray weakDs
            = signZone(QStringLiteral("daneweak.test"),
                       QStringLiteral("@ IN MX 10 mx.daneweak.test.\nmx IN A 192.0.2.31\n"
                                      "_25._tcp.mx IN TLSA 1 0 1 %1\n")
                           .arg(digest));
        QVERIFY(!daneDs.isEmpty() && !weakDs.isEmpty() && !goodDs.isEmpty());
        m_anchorFile = m_nsd.writeFile(QStringLiteral("anchors.ds"), daneDs + weakDs + goodDs);
        const QString otherKey = makeKey(QStringLiteral("dane.test"));
        QVERIFY(!otherKey.isEmpty());
        m_wrongAnchorFile = m_nsd.writeFile(QStringLiteral("wrong.ds"),
                                            readFile(otherKey + QStringLiteral(".ds")));
        QVERIFY2(m_nsd.start(), qPrintable(m_nsd.failureReport()));
    }

    void cleanupTestCase()
    {
        m_smtpTls.reset();
        m_smtpPlain.reset();
        if (m_https.state() != QProcess::NotRunning) {
            m_https.kill();
            m_https.waitForFinished(10000);
        }
    }

    void everythingInPlace()
    {
        const CliResult r = withPolicyServer(QStringLiteral("sts.test"));
        QVERIFY2(r.succeeded(), qPrintable(r.describe()));
        const QJsonObject json = r.json();
        QCOMPARE(statusOf(json, QStringLiteral("mta_sts.record")), QStringLiteral("pass"));
        QCOMPARE(statusOf(json, QStringLiteral("mta_sts.policy")), QStringLiteral("pass"));
        QCOMPARE(statusOf(json, QStringLiteral("mta_sts.mode")), QStringLiteral("pass"));
        QCOMPARE(statusOf(json, QStringLiteral("mta_sts.mx")), QStringLiteral("pass"));
        QCOMPARE(statusOf(json, QStringLiteral("tls_rpt.record")), QStringLiteral("pass"));
        QCOMPARE(statusOf(json, QStringLiteral("bimi.record")), QStringLiteral("pass"));
        QCOMPARE(statusOf(json, QStringLiteral("bimi.dmarc")), QStringLiteral("pass"));
        // No trust anchor: DANE is not judged, and no TLSA record is reported.
        QCOMPARE(statusOf(json, QStringLiteral("dane.tlsa")), QStringLiteral("info"));
        QVERIFY(summaryOf(json, QStringLiteral("dane.tlsa"))
                    .contains(QStringLiteral("not DNSSEC-validated")));

        const QJsonObject sts = json.value(QStringLiteral("mta_sts")).toObject();
        QCOMPARE(sts.value(QStringLiteral("record")).toString(),
                 QStringLiteral("v=STSv1; id=20250101T000000"));
        QCOMPARE(sts.value(QStringLiteral("id")).toString(), QStringLiteral("20250101T000000"));
        QCOMPARE(sts.value(QStringLiteral("policy_url")).toString(),
                 QStringLiteral("https://mta-sts.sts.test/.well-known/mta-sts.txt"));
        QCOMPARE(sts.value(QStringLiteral("error")), QJsonValue());
        const QJsonObject policy = sts.value(QStringLiteral("policy")).toObject();
        QCOMPARE(policy.value(QStringLiteral("version")).toString(), QStringLiteral("STSv1"));
        QCOMPARE(policy.value(QStringLiteral("mode")).toString(), QStringLiteral("enforce"));
        QCOMPARE(policy.value(QStringLiteral("max_age")).toInt(), 604800);
        QCOMPARE(policy.value(QStringLiteral("mx")).toArray(),
                 QJsonArray({QStringLiteral("*.sts.test")}));
        const QJsonObject rpt = json.value(QStringLiteral("tls_rpt")).toObject();
        QCOMPARE(rpt.value(QStringLiteral("rua")).toArray(),
                 QJsonArray({QStringLiteral("mailto:tls@sts.test"),
                             QStringLiteral("https://reports.sts.test/r")}));
        const QJsonObject bimi = json.value(QStringLiteral("bimi")).toObject();
        QCOMPARE(bimi.value(QStringLiteral("logo")).toString(),
                 QStringLiteral("https://sts.test/logo.svg"));
        QCOMPARE(bimi.value(QStringLiteral("authority")).toString(),
                 QStringLiteral("https://sts.test/vmc.pem"));
        const QJsonArray hosts = json.value(QStringLiteral("dane"))
                                     .toObject()
                                     .value(QStringLiteral("hosts"))
                                     .toArray();
        QCOMPARE(hosts.size(), 2);
        QCOMPARE(hosts.at(0).toObject().value(QStringLiteral("host")).toString(),
                 QStringLiteral("mx1.sts.test"));
        QCOMPARE(hosts.at(0).toObject().value(QStringLiteral("dnssec")).toString(),
                 QStringLiteral("indeterminate"));

        // The text output names the new checks too.
        CliProcess cli;
        const CliResult text = cli.run(
            {QStringLiteral("domain"), QStringLiteral("sts.test"), QStringLiteral("--nameserver"),
             QStringLiteral("127.0.0.1:%1").arg(m_nsd.port()), QStringLiteral("--mta-sts-server"),
             QStringLiteral("127.0.0.1:%1").arg(m_httpsPort), QStringLiteral("--ca-file"),
             m_certs.caCertPath()});
        QVERIFY2(text.succeeded(), qPrintable(text.describe()));
        const QString out = QString::fromUtf8(text.standardOutput);
        for (const QString &id :
             {QStringLiteral("mta_sts.policy"), QStringLiteral("tls_rpt.record"),
              QStringLiteral("dane.tlsa"), QStringLiteral("bimi.record")})
            QVERIFY2(out.contains(id), qPrintable(out));
    }

    void reportHasThePolicies()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("sts.md"));
        const CliResult r
            = withPolicyServer(QStringLiteral("sts.test"), {QStringLiteral("--report"), path});
        QVERIFY2(r.succeeded(), qPrintable(r.describe()));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString markdown = QString::fromUtf8(file.readAll());
        for (const QString &expected :
             {QStringLiteral("mode enforce, mx *.sts.test"),
              QStringLiteral("mailto:tls@sts.test, https://reports.sts.test/r"),
              QStringLiteral("mx1.sts.test: 0 TLSA (DNSSEC indeterminate)"),
              QStringLiteral("https://sts.test/logo.svg"),
              QStringLiteral("**MTA-STS and MX hosts:** passed")})
            QVERIFY2(markdown.contains(expected), qPrintable(markdown));
    }

    void mxOutsideAnEnforcedPolicyFails()
    {
        const CliResult r = withPolicyServer(QStringLiteral("partial.test"));
        QCOMPARE(r.exitCode, 1);
        const QJsonObject json = r.json();
        QCOMPARE(statusOf(json, QStringLiteral("mta_sts.policy")), QStringLiteral("pass"));
        QCOMPARE(statusOf(json, QStringLiteral("mta_sts.mx")), QStringLiteral("fail"));
        QVERIFY(summaryOf(json, QStringLiteral("mta_sts.mx"))
                    .contains(QStringLiteral("mx2.partial.test")));
        QVERIFY(!summaryOf(json, QStringLiteral("mta_sts.mx"))
                     .contains(QStringLiteral("mx1.partial.test")));
        QCOMPARE(statusOf(json, QStringLiteral("tls_rpt.record")), QStringLiteral("fail"));
        QVERIFY(summaryOf(json, QStringLiteral("tls_rpt.record"))
                    .contains(QStringLiteral("ftp://x.test/")));
        QCOMPARE(statusOf(json, QStringLiteral("bimi.record")), QStringLiteral("warn"));
        QCOMPARE(statusOf(json, QStringLiteral("bimi.dmarc")), QStringLiteral("warn"));
        QVERIFY(summaryOf(json, QStringLiteral("bimi.dmarc")).contains(QStringLiteral("p=none")));
    }

    void testingModeIsExplained()
    {
        const CliResult r = withPolicyServer(QStringLiteral("testing.test"));
        const QJsonObject json = r.json();
        QCOMPARE(statusOf(json, QStringLiteral("mta_sts.mode")), QStringLiteral("info"));
        QVERIFY(summaryOf(json, QStringLiteral("mta_sts.mode"))
                    .contains(QStringLiteral("only report")));
        QCOMPARE(statusOf(json, QStringLiteral("mta_sts.mx")), QStringLiteral("pass"));
    }

    void policyFaults_data()
    {
        QTest::addColumn<QString>("domain");
        QTest::addColumn<bool>("useServer");
        QTest::addColumn<QString>("expected");
        QTest::newRow("redirect") << "redirect.test" << true << "redirects (HTTP 301)";
        QTest::newRow("html") << "html.test" << true << "served as text/html";
        QTest::newRow("too large") << "big.test" << true << "larger than 64 KB";
        QTest::newRow("certificate for other names") << "badcert.test" << true << "certificate";
        QTest::newRow("no server") << "noserver.test" << false << "Could not connect";
    }
    void policyFaults()
    {
        QFETCH(QString, domain);
        QFETCH(bool, useServer);
        QFETCH(QString, expected);
        // Without a server: a port on loopback where nothing listens.
        const CliResult r = useServer
            ? withPolicyServer(domain)
            : this->domain({domain, QStringLiteral("--mta-sts-server"),
                            QStringLiteral("127.0.0.1:%1").arg(TestSupport::NsdServer::freePort()),
                            QStringLiteral("--ca-file"), m_certs.caCertPath()});
        QCOMPARE(r.exitCode, 1);
        const QJsonObject json = r.json();
        QCOMPARE(statusOf(json, QStringLiteral("mta_sts.record")), QStringLiteral("pass"));
        QCOMPARE(statusOf(json, QStringLiteral("mta_sts.policy")), QStringLiteral("fail"));
        const QString summary = summaryOf(json, QStringLiteral("mta_sts.policy"));
        QVERIFY2(summary.contains(expected), qPrintable(summary));
        QCOMPARE(json.value(QStringLiteral("mta_sts")).toObject().value(QStringLiteral("policy")),
                 QJsonValue());
        // The other checks are unaffected.
        QCOMPARE(statusOf(json, QStringLiteral("mx.records")), QStringLiteral("pass"));
        QCOMPARE(statusOf(json, QStringLiteral("spf.record")), QStringLiteral("pass"));
    }

    void badPolicyOptions_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("server not an address")
            << QStringList {QStringLiteral("--mta-sts-server"), QStringLiteral("not an address")}
            << "is not ADDRESS or ADDRESS:PORT";
        QTest::newRow("server port out of range")
            << QStringList {QStringLiteral("--mta-sts-server"), QStringLiteral("127.0.0.1:70000")}
            << "is not ADDRESS or ADDRESS:PORT";
        QTest::newRow("smtp port zero")
            << QStringList {QStringLiteral("--smtp-port"), QStringLiteral("0")}
            << "is not a port number";
        QTest::newRow("smtp port not a number")
            << QStringList {QStringLiteral("--smtp-port"), QStringLiteral("smtp")}
            << "is not a port number";
        QTest::newRow("ca file missing")
            << QStringList {QStringLiteral("--ca-file"), QStringLiteral("/nonexistent/ca.pem")}
            << "is not a readable file of PEM certificates";
    }
    void badPolicyOptions()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const CliResult r = domain(QStringList {QStringLiteral("sts.test")} + arguments);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(QString::fromUtf8(r.standardError).contains(message), qPrintable(r.describe()));
    }

    void twoRecordsMeanNoPolicy()
    {
        const CliResult r = withPolicyServer(QStringLiteral("twosts.test"));
        QCOMPARE(r.exitCode, 1);
        const QJsonObject json = r.json();
        QCOMPARE(statusOf(json, QStringLiteral("mta_sts.record")), QStringLiteral("fail"));
        QVERIFY(checkById(json, QStringLiteral("mta_sts.policy")).isEmpty());
    }

    void nothingPublishedIsInformation()
    {
        const CliResult r = domain({QStringLiteral("none.test")});
        const QJsonObject json = r.json();
        for (const QString &id :
             {QStringLiteral("mta_sts.record"), QStringLiteral("tls_rpt.record"),
              QStringLiteral("bimi.record"), QStringLiteral("dane.tlsa")})
            QCOMPARE(statusOf(json, id), QStringLiteral("info"));
        QVERIFY(checkById(json, QStringLiteral("mta_sts.policy")).isEmpty());
        QVERIFY(checkById(json, QStringLiteral("bimi.dmarc")).isEmpty());
        QCOMPARE(json.value(QStringLiteral("mta_sts")).toObject().value(QStringLiteral("record")),
                 QJsonValue());
    }

    void daneOnlyWhenSecure()
    {
        // Validated from the zone's own DS: the DANE-EE record is reported (and compared on
        // a port where nothing listens).
        CliResult r = dane(QStringLiteral("dane.test"), m_closedPort);
        QJsonObject json = r.json();
        QCOMPARE(statusOf(json, QStringLiteral("dane.tlsa")), QStringLiteral("pass"));
        QVERIFY2(
            summaryOf(json, QStringLiteral("dane.tlsa")).contains(QStringLiteral("3 1 1 (DANE-EE")),
            qPrintable(summaryOf(json, QStringLiteral("dane.tlsa"))));
        QJsonObject host = json.value(QStringLiteral("dane"))
                               .toObject()
                               .value(QStringLiteral("hosts"))
                               .toArray()
                               .first()
                               .toObject();
        QCOMPARE(host.value(QStringLiteral("dnssec")).toString(), QStringLiteral("secure"));
        const QJsonArray tlsa = host.value(QStringLiteral("tlsa")).toArray();
        QCOMPARE(tlsa.size(), 1);
        QCOMPARE(tlsa.first().toObject().value(QStringLiteral("usage")).toInt(), 3);
        QCOMPARE(tlsa.first().toObject().value(QStringLiteral("selector")).toInt(), 1);
        QCOMPARE(tlsa.first().toObject().value(QStringLiteral("matching_type")).toInt(), 1);

        // The same zone without validation: not judged, and the record is not reported; no
        // connection for the certificate either.
        r = domain({QStringLiteral("dane.test"), QStringLiteral("--smtp-port"),
                    QString::number(m_smtpTls->port())});
        json = r.json();
        QCOMPARE(statusOf(json, QStringLiteral("dane.tlsa")), QStringLiteral("info"));
        QVERIFY(summaryOf(json, QStringLiteral("dane.tlsa"))
                    .contains(QStringLiteral("cannot be judged")));
        QVERIFY(!summaryOf(json, QStringLiteral("dane.tlsa")).contains(QStringLiteral("DANE-EE")));
        host = json.value(QStringLiteral("dane"))
                   .toObject()
                   .value(QStringLiteral("hosts"))
                   .toArray()
                   .first()
                   .toObject();
        QCOMPARE(host.value(QStringLiteral("tlsa")).toArray().size(), 0);
        QVERIFY(host.value(QStringLiteral("match")).isNull());
        QVERIFY(checkById(json, QStringLiteral("dane.match")).isEmpty());

        // A trust anchor that matches no key: bogus, DANE fails.
        r = domain({QStringLiteral("dane.test"), QStringLiteral("--trust-anchor"),
                    m_wrongAnchorFile, QStringLiteral("--smtp-port"),
                    QString::number(m_smtpTls->port())});
        QCOMPARE(r.exitCode, 1);
        json = r.json();
        QCOMPARE(statusOf(json, QStringLiteral("dane.tlsa")), QStringLiteral("fail"));
        QVERIFY(checkById(json, QStringLiteral("dane.match")).isEmpty());

        // Secure, but usage 1 (PKIX-EE), which mail servers ignore.
        r = domain(
            {QStringLiteral("daneweak.test"), QStringLiteral("--trust-anchor"), m_anchorFile});
        json = r.json();
        QCOMPARE(statusOf(json, QStringLiteral("dane.tlsa")), QStringLiteral("warn"));
        QVERIFY(summaryOf(json, QStringLiteral("dane.tlsa")).contains(QStringLiteral("RFC 7672")));
        // Nothing usable to compare: no connection.
        QVERIFY(checkById(json, QStringLiteral("dane.match")).isEmpty());
    }

    void daneCertificateMatches()
    {
        const CliResult r = dane(QStringLiteral("danegood.test"), m_smtpTls->port());
        const QJsonObject json = r.json();
        QCOMPARE(statusOf(json, QStringLiteral("dane.tlsa")), QStringLiteral("pass"));
        QCOMPARE(statusOf(json, QStringLiteral("dane.match")), QStringLiteral("pass"));
        const QString summary = summaryOf(json, QStringLiteral("dane.match"));
        QVERIFY2(summary.contains(QStringLiteral("mx.danegood.test (127.0.0.1 port %1): the "
                                                 "certificate matches 3 1 1 (DANE-EE")
                                      .arg(m_smtpTls->port())),
                 qPrintable(summary));
        const QJsonObject match = firstDaneHost(json).value(QStringLiteral("match")).toObject();
        QCOMPARE(match.value(QStringLiteral("result")).toString(), QStringLiteral("match"));
        QCOMPARE(match.value(QStringLiteral("address")).toString(), QStringLiteral("127.0.0.1"));
        QCOMPARE(match.value(QStringLiteral("port")).toInt(), int(m_smtpTls->port()));
        QCOMPARE(match.value(QStringLiteral("certificate_sha256"))
                     .toString()
                     .remove(QLatin1Char(':'))
                     .toLower()
                     .toLatin1(),
                 m_certs.sha256Fingerprint(TestCertificates::Kind::Server));

        // The text output and the report name it too.
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("dane.md"));
        CliProcess cli;
        const CliResult text = cli.run(
            {QStringLiteral("domain"), QStringLiteral("danegood.test"),
             QStringLiteral("--nameserver"), QStringLiteral("127.0.0.1:%1").arg(m_nsd.port()),
             QStringLiteral("--trust-anchor"), m_anchorFile, QStringLiteral("--smtp-port"),
             QString::number(m_smtpTls->port()), QStringLiteral("--report"), path});
        const QString out = QString::fromUtf8(text.standardOutput);
        QVERIFY2(out.contains(QStringLiteral("dane.match")), qPrintable(text.describe()));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString markdown = QString::fromUtf8(file.readAll());
        QVERIFY2(markdown.contains(QStringLiteral("mx.danegood.test: 1 TLSA (DNSSEC secure); "
                                                  "server certificate: matches 3 1 1")),
                 qPrintable(markdown));
    }

    void daneCertificateDoesNotMatch()
    {
        const CliResult r = dane(QStringLiteral("dane.test"), m_smtpTls->port());
        QCOMPARE(r.exitCode, 1);
        const QJsonObject json = r.json();
        QCOMPARE(statusOf(json, QStringLiteral("dane.tlsa")), QStringLiteral("pass"));
        QCOMPARE(statusOf(json, QStringLiteral("dane.match")), QStringLiteral("fail"));
        const QString summary = summaryOf(json, QStringLiteral("dane.match"));
        QVERIFY2(summary.contains(QStringLiteral("the published TLSA records do not match the "
                                                 "certificate this server shows")),
                 qPrintable(summary));
        QVERIFY(summary.contains(QStringLiteral("DANE senders will refuse to deliver")));
        QCOMPARE(firstDaneHost(json)
                     .value(QStringLiteral("match"))
                     .toObject()
                     .value(QStringLiteral("result"))
                     .toString(),
                 QStringLiteral("no_match"));
    }

    void daneWithoutStartTlsFails()
    {
        const CliResult r = dane(QStringLiteral("danegood.test"), m_smtpPlain->port());
        QCOMPARE(r.exitCode, 1);
        const QJsonObject json = r.json();
        QCOMPARE(statusOf(json, QStringLiteral("dane.match")), QStringLiteral("fail"));
        QVERIFY2(summaryOf(json, QStringLiteral("dane.match"))
                     .contains(QStringLiteral("does not offer STARTTLS")),
                 qPrintable(summaryOf(json, QStringLiteral("dane.match"))));
        QCOMPARE(firstDaneHost(json)
                     .value(QStringLiteral("match"))
                     .toObject()
                     .value(QStringLiteral("result"))
                     .toString(),
                 QStringLiteral("no_starttls"));
    }

    void daneSendsOnlyQuitAfterTheHandshake()
    {
        // EHLO, STARTTLS, the handshake, QUIT: never AUTH, MAIL or EHLO inside TLS.
        const QString script = m_certs.directory() + QStringLiteral("/loggingsmtp.py");
        QFile scriptFile(script);
        QVERIFY(scriptFile.open(QIODevice::WriteOnly));
        scriptFile.write(loggingSmtpScript);
        scriptFile.close();
        PeerProcess server(PeerProcess::python(),
                           {script, m_certs.chainPath(TestCertificates::Kind::Server),
                            m_certs.keyPath(TestCertificates::Kind::Server)});
        QVERIFY2(server.start(), qPrintable(server.failureReport()));
        const CliResult r = dane(QStringLiteral("danegood.test"), server.port());
        QCOMPARE(statusOf(r.json(), QStringLiteral("dane.match")), QStringLiteral("pass"));
        QVERIFY(QTest::qWaitFor([&server] { return server.standardError().contains("TLS QUIT"); },
                                10000));
        QStringList commands = QString::fromUtf8(server.standardError())
                                   .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        for (QString &command : commands)
            command = command.section(QLatin1Char(' '), 0, 1);
        QCOMPARE(commands,
                 QStringList({QStringLiteral("PLAIN EHLO"), QStringLiteral("PLAIN STARTTLS"),
                              QStringLiteral("TLS QUIT")}));
    }

    void daneUnreachablePortIsInformation()
    {
        const CliResult closed = dane(QStringLiteral("danegood.test"), m_closedPort);
        const QJsonObject json = closed.json();
        QCOMPARE(statusOf(json, QStringLiteral("dane.match")), QStringLiteral("info"));
        QVERIFY2(summaryOf(json, QStringLiteral("dane.match"))
                     .contains(QStringLiteral("could not be compared: port %1 not reachable "
                                              "from here")
                                   .arg(m_closedPort)),
                 qPrintable(summaryOf(json, QStringLiteral("dane.match"))));
        QCOMPARE(firstDaneHost(json)
                     .value(QStringLiteral("match"))
                     .toObject()
                     .value(QStringLiteral("result"))
                     .toString(),
                 QStringLiteral("unreachable"));
        // It does not fail the domain: the exit status is the one of the run where the
        // certificate matched (the other checks are the same).
        const CliResult matched = dane(QStringLiteral("danegood.test"), m_smtpTls->port());
        QCOMPARE(statusOf(matched.json(), QStringLiteral("dane.match")), QStringLiteral("pass"));
        QCOMPARE(closed.exitCode, matched.exitCode);
    }
};

QTEST_GUILESS_MAIN(TestCliDomainPolicies)
#include "tst_cli_domain_policies.moc"
