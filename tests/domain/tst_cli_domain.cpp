// SPDX-License-Identifier: GPL-3.0-or-later
// `sendcheck-cli domain` against a real authoritative server (NSD) on 127.0.0.1, with zones
// written here that cover every check id and the bad cases: a domain that is not one, an IP
// where a name belongs, a nameserver that never answers, SERVFAIL, records split over several
// strings, an include loop, more than ten lookups, DKIM keys made here by OpenSSL (2048, 1024,
// 768 bits, Ed25519, revoked), DMARC found at the organizational domain, MX records that are
// aliases, IP addresses or a null MX. The JSON is checked key by key against the issue.
#include "keygen.h"

#include "../dns/nsdserver.h"

#include "cliprocess.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QUdpSocket>
#include <QtTest>

using TestSupport::CliProcess;
using TestSupport::CliResult;

namespace {

// A TXT record's data as zone-file strings of at most 255 octets.
QString txtStrings(const QByteArray &text)
{
    QStringList parts;
    for (int i = 0; i < text.size(); i += 255)
        parts << QStringLiteral("\"%1\"").arg(QString::fromLatin1(text.mid(i, 255)));
    return parts.join(QLatin1Char(' '));
}

QStringList keys(const QJsonObject &object)
{
    QStringList list = object.keys();
    list.sort();
    return list;
}

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

QJsonObject dkimEntry(const QJsonObject &json, const QString &selector)
{
    for (const QJsonValue &entry : json.value(QStringLiteral("dkim")).toArray()) {
        if (entry.toObject().value(QStringLiteral("selector")).toString() == selector)
            return entry.toObject();
    }
    return {};
}

} // namespace

class TestCliDomain : public QObject
{
    Q_OBJECT

private:
    TestSupport::NsdServer m_nsd;
    QByteArray m_longSpf;

    CliResult domain(const QStringList &arguments, int timeoutMs = 60000)
    {
        CliProcess cli;
        cli.setTimeout(timeoutMs);
        QStringList all = {QStringLiteral("domain")};
        all << arguments;
        all << QStringLiteral("--nameserver") << QStringLiteral("127.0.0.1:%1").arg(m_nsd.port());
        return cli.run(all);
    }

    QString m_trustAnchorFile;

    // Runs a program in the NSD directory and returns its output; empty on failure.
    QByteArray runTool(const QString &program, const QStringList &arguments)
    {
        QProcess process;
        process.setWorkingDirectory(m_nsd.directory());
        process.start(program, arguments);
        if (!process.waitForFinished(30000) || process.exitCode() != 0)
            return {};
        return process.readAllStandardOutput();
    }

    bool signZone()
    {
        const QString key
            = QString::fromUtf8(runTool(QStringLiteral("/usr/bin/ldns-keygen"),
                                        {QStringLiteral("-a"), QStringLiteral("ECDSAP256SHA256"),
                                         QStringLiteral("-k"), QStringLiteral("signed.test")}))
                  .trimmed();
        QFile keyFile(m_nsd.directory() + QLatin1Char('/') + key + QStringLiteral(".key"));
        if (key.isEmpty() || !keyFile.open(QIODevice::ReadOnly))
            return false;
        const QString zone
            = QStringLiteral("$ORIGIN signed.test.\n$TTL 300\n"
                             "@ IN SOA ns.signed.test. hostmaster.signed.test. 1 3600 600 86400 "
                             "300\n@ IN NS ns.signed.test.\nns IN A 127.0.0.1\n"
                             "@ IN TXT \"v=spf1 ip4:192.0.2.0/24 -all\"\n"
                             "_dmarc IN TXT \"v=DMARC1; p=reject\"\n"
                             "@ IN MX 10 mx.signed.test.\nmx IN A 192.0.2.25\n")
            + QString::fromLatin1(keyFile.readAll());
        m_nsd.writeFile(QStringLiteral("signed.unsigned"), zone.toUtf8());
        runTool(QStringLiteral("/usr/bin/ldns-signzone"),
                {QStringLiteral("-f"), QStringLiteral("signed.test.zone.signed"),
                 QStringLiteral("signed.unsigned"), key});
        QFile ds(m_nsd.directory() + QLatin1Char('/') + key + QStringLiteral(".ds"));
        if (!ds.open(QIODevice::ReadOnly))
            return false;
        m_trustAnchorFile = m_nsd.writeFile(QStringLiteral("anchor.ds"), ds.readAll());
        m_nsd.addZoneFile(QStringLiteral("signed.test"), QStringLiteral("signed.test.zone.signed"));
        return true;
    }

private Q_SLOTS:
    void initTestCase()
    {
        // good.test: everything right; the SPF record is longer than one string.
        QByteArray spf = "v=spf1";
        for (int i = 1; i <= 20; ++i)
            spf += " ip4:198.51.100." + QByteArray::number(i * 10) + "/31";
        spf += " ip4:192.0.2.0/25 include:_spf.good.test -all";
        QVERIFY(spf.size() > 255);
        m_longSpf = spf;
        const QByteArray rsa2048 = "v=DKIM1; k=rsa; p=" + TestSupport::DkimTestKeys::rsa(2048);
        const QByteArray ed25519 = "v=DKIM1; k=ed25519; p=" + TestSupport::DkimTestKeys::ed25519();
        QVERIFY(rsa2048.size() > 300 && ed25519.size() > 40);
        m_nsd.addZone(QStringLiteral("good.test"),
                      QStringLiteral("@ IN TXT %1\n").arg(txtStrings(spf))
                          + QStringLiteral("@ IN TXT \"google-site-verification=abc\"\n"
                                           "_spf IN TXT \"v=spf1 ip4:203.0.113.0/28 ~all\"\n")
                          + QStringLiteral("mail._domainkey IN TXT %1\n").arg(txtStrings(rsa2048))
                          + QStringLiteral("ed._domainkey IN TXT %1\n").arg(txtStrings(ed25519))
                          + QStringLiteral(
                              "_dmarc IN TXT \"v=DMARC1; p=reject; rua=mailto:dmarc@good.test\"\n"
                              "_smtp._tls IN TXT \"v=TLSRPTv1; rua=mailto:tls@good.test\"\n"
                              "@ IN MX 10 mx1.good.test.\n"
                              "@ IN MX 20 mx2.good.test.\n"
                              "mx1 IN A 192.0.2.25\n"
                              "mx2 IN AAAA 2001:db8::25\n"
                              "news IN TXT \"v=spf1 include:_spf.good.test -all\"\n"
                              "news IN MX 10 mx1.good.test.\n"));

        // bad.test: an include loop, weak and broken keys, p=none without reports, an MX that
        // is an alias and one that is an IP address.
        m_nsd.addZone(
            QStringLiteral("bad.test"),
            QStringLiteral("@ IN TXT \"v=spf1 include:loop1.bad.test ~all\"\n"
                           "loop1 IN TXT \"v=spf1 include:loop2.bad.test ~all\"\n"
                           "loop2 IN TXT \"v=spf1 include:loop1.bad.test ~all\"\n")
                + QStringLiteral("weak._domainkey IN TXT %1\n")
                      .arg(txtStrings("v=DKIM1; p=" + TestSupport::DkimTestKeys::rsa(1024)))
                + QStringLiteral("tiny._domainkey IN TXT %1\n")
                      .arg(txtStrings("v=DKIM1; p=" + TestSupport::DkimTestKeys::rsa(768)))
                + QStringLiteral("gone._domainkey IN TXT \"v=DKIM1; k=rsa; p=\"\n"
                                 "_dmarc IN TXT \"v=DMARC1; p=none\"\n"
                                 "@ IN MX 10 alias.bad.test.\n"
                                 "@ IN MX 20 192.0.2.27.\n"
                                 "alias IN CNAME mx1.bad.test.\n"
                                 "mx1 IN A 192.0.2.26\n"));

        // many.test: eleven includes, one more than receivers allow.
        QString many = QStringLiteral("@ IN TXT \"v=spf1");
        QString targets;
        for (int i = 1; i <= 11; ++i) {
            many += QStringLiteral(" include:i%1.many.test").arg(i);
            targets += QStringLiteral("i%1 IN TXT \"v=spf1 ip4:192.0.2.%1 ~all\"\n").arg(i);
        }
        m_nsd.addZone(QStringLiteral("many.test"),
                      many + QStringLiteral(" -all\"\n") + targets
                          + QStringLiteral("@ IN MX 10 mx.many.test.\nmx IN A 192.0.2.30\n"));

        m_nsd.addZone(QStringLiteral("nullmx.test"),
                      QStringLiteral("@ IN TXT \"v=spf1 -all\"\n@ IN MX 0 .\n"));
        m_nsd.addZone(QStringLiteral("nospf.test"), QStringLiteral("@ IN A 192.0.2.1\n"));
        m_nsd.addBrokenZone(QStringLiteral("broken.test"));
        // signed.test: signed with a key made here; its DS, in a file, is the trust anchor.
        QVERIFY(signZone());
        QVERIFY2(m_nsd.start(), qPrintable(m_nsd.failureReport()));
    }

    void goodDomainPassesEverything()
    {
        const CliResult r = domain({QStringLiteral("good.test"), QStringLiteral("--ip"),
                                    QStringLiteral("192.0.2.7"), QStringLiteral("--dkim-selector"),
                                    QStringLiteral("mail"), QStringLiteral("--dkim-selector"),
                                    QStringLiteral("ed"), QStringLiteral("--json")});
        QVERIFY2(r.succeeded(), qPrintable(r.describe()));
        const QJsonObject json = r.json();

        // The shape of the issue's JSON, key by key.
        QCOMPARE(
            keys(json),
            QStringList({QStringLiteral("bimi"), QStringLiteral("checks"), QStringLiteral("dane"),
                         QStringLiteral("dkim"), QStringLiteral("dmarc"), QStringLiteral("dnssec"),
                         QStringLiteral("domain"), QStringLiteral("mta_sts"), QStringLiteral("mx"),
                         QStringLiteral("publish"), QStringLiteral("spf"),
                         QStringLiteral("tls_rpt")}));
        // Nothing to publish for a domain where everything is right; no trust anchor given.
        QCOMPARE(json.value(QStringLiteral("publish")).toArray().size(), 0);
        const QJsonObject dnssec = json.value(QStringLiteral("dnssec")).toObject();
        QCOMPARE(dnssec.value(QStringLiteral("validated")), QJsonValue(false));
        QCOMPARE(dnssec.value(QStringLiteral("secure")), QJsonValue(false));
        QCOMPARE(dnssec.value(QStringLiteral("status")).toString(),
                 QStringLiteral("not-validated"));
        QCOMPARE(json.value(QStringLiteral("domain")).toString(), QStringLiteral("good.test"));
        const QJsonObject spf = json.value(QStringLiteral("spf")).toObject();
        QCOMPARE(keys(spf),
                 QStringList({QStringLiteral("dns_lookups"), QStringLiteral("record"),
                              QStringLiteral("result")}));
        QCOMPARE(spf.value(QStringLiteral("record")).toString().toLatin1(), m_longSpf);
        QCOMPARE(spf.value(QStringLiteral("result")).toString(), QStringLiteral("pass"));
        QCOMPARE(spf.value(QStringLiteral("dns_lookups")).toInt(), 1);

        const QJsonObject mail = dkimEntry(json, QStringLiteral("mail"));
        QCOMPARE(keys(mail),
                 QStringList({QStringLiteral("found"), QStringLiteral("key_bits"),
                              QStringLiteral("key_type"), QStringLiteral("revoked"),
                              QStringLiteral("selector"), QStringLiteral("testing")}));
        QCOMPARE(mail.value(QStringLiteral("found")).toBool(), true);
        QCOMPARE(mail.value(QStringLiteral("key_type")).toString(), QStringLiteral("rsa"));
        QCOMPARE(mail.value(QStringLiteral("key_bits")).toInt(), 2048);
        QCOMPARE(mail.value(QStringLiteral("revoked")).toBool(), false);
        QCOMPARE(mail.value(QStringLiteral("testing")).toBool(), false);
        const QJsonObject ed = dkimEntry(json, QStringLiteral("ed"));
        QCOMPARE(ed.value(QStringLiteral("key_type")).toString(), QStringLiteral("ed25519"));
        QCOMPARE(ed.value(QStringLiteral("key_bits")).toInt(), 256);

        const QJsonObject dmarc = json.value(QStringLiteral("dmarc")).toObject();
        QCOMPARE(keys(dmarc),
                 QStringList({QStringLiteral("found_at"), QStringLiteral("org_domain"),
                              QStringLiteral("pct"), QStringLiteral("policy"),
                              QStringLiteral("record"), QStringLiteral("subdomain_policy")}));
        QCOMPARE(dmarc.value(QStringLiteral("found_at")).toString(),
                 QStringLiteral("_dmarc.good.test"));
        QCOMPARE(dmarc.value(QStringLiteral("org_domain")).toString(), QStringLiteral("good.test"));
        QCOMPARE(dmarc.value(QStringLiteral("policy")).toString(), QStringLiteral("reject"));
        QCOMPARE(dmarc.value(QStringLiteral("subdomain_policy")).toString(),
                 QStringLiteral("reject"));
        QCOMPARE(dmarc.value(QStringLiteral("pct")).toInt(), 100);

        const QJsonObject mx = json.value(QStringLiteral("mx")).toObject();
        QCOMPARE(keys(mx), QStringList({QStringLiteral("hosts"), QStringLiteral("null_mx")}));
        const QJsonArray hosts = mx.value(QStringLiteral("hosts")).toArray();
        QCOMPARE(hosts.size(), 2);
        QCOMPARE(keys(hosts.first().toObject()),
                 QStringList({QStringLiteral("host"), QStringLiteral("preference")}));
        QCOMPARE(hosts.first().toObject().value(QStringLiteral("host")).toString(),
                 QStringLiteral("mx1.good.test"));
        QCOMPARE(hosts.first().toObject().value(QStringLiteral("preference")).toInt(), 10);
        QCOMPARE(mx.value(QStringLiteral("null_mx")).toBool(), false);

        for (const QJsonValue &check : json.value(QStringLiteral("checks")).toArray()) {
            const QJsonObject c = check.toObject();
            QCOMPARE(
                keys(c),
                QStringList({QStringLiteral("fix"), QStringLiteral("id"), QStringLiteral("status"),
                             QStringLiteral("summary"), QStringLiteral("title")}));
            // What DNS cannot show is information, as are the optional transport policies
            // good.test does not publish (MTA-STS, BIMI) or that cannot be judged without
            // DNSSEC (DANE; tst_cli_domain_policies covers them); every other check passes.
            static const QStringList infoOnly {QStringLiteral("bulk.gmail_yahoo.ptr"),
                                               QStringLiteral("bulk.gmail_yahoo.tls"),
                                               QStringLiteral("bulk.gmail_yahoo.unsubscribe"),
                                               QStringLiteral("bulk.gmail_yahoo.spam_rate"),
                                               QStringLiteral("mta_sts.record"),
                                               QStringLiteral("dane.tlsa"),
                                               QStringLiteral("bimi.record")};
            const QString expected = infoOnly.contains(c.value(QStringLiteral("id")).toString())
                ? QStringLiteral("info")
                : QStringLiteral("pass");
            QVERIFY2(c.value(QStringLiteral("status")).toString() == expected,
                     qPrintable(c.value(QStringLiteral("id")).toString() + QLatin1String(": ")
                                + c.value(QStringLiteral("summary")).toString()));
        }
        for (const QString &id :
             {QStringLiteral("spf.record"), QStringLiteral("spf.includes"),
              QStringLiteral("spf.lookups"), QStringLiteral("spf.all"),
              QStringLiteral("spf.result"), QStringLiteral("dkim.selector"),
              QStringLiteral("dkim.key"), QStringLiteral("dmarc.record"),
              QStringLiteral("dmarc.policy"), QStringLiteral("dmarc.alignment"),
              QStringLiteral("mx.records"), QStringLiteral("bulk.gmail_yahoo.spf"),
              QStringLiteral("bulk.gmail_yahoo.dkim"), QStringLiteral("bulk.gmail_yahoo.dmarc"),
              QStringLiteral("bulk.gmail_yahoo.alignment"), QStringLiteral("bulk.gmail_yahoo.ptr"),
              QStringLiteral("bulk.gmail_yahoo.tls"),
              QStringLiteral("bulk.gmail_yahoo.unsubscribe"),
              QStringLiteral("bulk.gmail_yahoo.spam_rate")})
            QVERIFY2(!checkById(json, id).isEmpty(), qPrintable(id));
    }

    void serverNotInSpfFails()
    {
        const CliResult r = domain(
            {QStringLiteral("good.test"), QStringLiteral("--ip"), QStringLiteral("203.0.113.200")});
        QCOMPARE(r.exitCode, 1);
        const QString out = QString::fromUtf8(r.standardOutput);
        QVERIFY2(out.contains(QStringLiteral("FAIL   spf.result")), qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("Records to publish:")), qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("ip4:203.0.113.200 -all\"")), qPrintable(out));
    }

    void providerIncludeIsMerged()
    {
        const CliResult r
            = domain({QStringLiteral("good.test"), QStringLiteral("--provider"),
                      QStringLiteral("google-workspace-relay"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 1);
        const QJsonObject json = r.json();
        QCOMPARE(statusOf(json, QStringLiteral("spf.provider_include")), QStringLiteral("fail"));
        QCOMPARE(statusOf(json, QStringLiteral("dkim.selector")), QStringLiteral("pass"));
        // The provider's selector was looked at and reported, found or not.
        QCOMPARE(dkimEntry(json, QStringLiteral("google")).value(QStringLiteral("found")),
                 QJsonValue(false));
        const CliResult text = domain({QStringLiteral("good.test"), QStringLiteral("--provider"),
                                       QStringLiteral("google-workspace-relay")});
        QVERIFY2(QString::fromUtf8(text.standardOutput)
                     .contains(QStringLiteral("include:_spf.good.test include:_spf.google.com "
                                              "-all\"")),
                 qPrintable(text.describe()));
    }

    void subdomainUsesTheOrganizationalDmarcRecord()
    {
        const CliResult r = domain({QStringLiteral("news.good.test"), QStringLiteral("--json")});
        const QJsonObject dmarc = r.json().value(QStringLiteral("dmarc")).toObject();
        QCOMPARE(dmarc.value(QStringLiteral("found_at")).toString(),
                 QStringLiteral("_dmarc.good.test"));
        QCOMPARE(dmarc.value(QStringLiteral("org_domain")).toString(), QStringLiteral("good.test"));
        QCOMPARE(statusOf(r.json(), QStringLiteral("dmarc.record")), QStringLiteral("pass"));
    }

    void badDomain()
    {
        const CliResult r = domain({QStringLiteral("bad.test"), QStringLiteral("--dkim-selector"),
                                    QStringLiteral("weak"), QStringLiteral("--dkim-selector"),
                                    QStringLiteral("tiny"), QStringLiteral("--dkim-selector"),
                                    QStringLiteral("gone"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 1);
        const QJsonObject json = r.json();
        QCOMPARE(statusOf(json, QStringLiteral("spf.record")), QStringLiteral("pass"));
        const QJsonObject includes = checkById(json, QStringLiteral("spf.includes"));
        QCOMPARE(includes.value(QStringLiteral("status")).toString(), QStringLiteral("fail"));
        QVERIFY2(
            includes.value(QStringLiteral("summary")).toString().contains(QStringLiteral("loop")),
            qPrintable(includes.value(QStringLiteral("summary")).toString()));
        QCOMPARE(dkimEntry(json, QStringLiteral("weak")).value(QStringLiteral("key_bits")).toInt(),
                 1024);
        QCOMPARE(dkimEntry(json, QStringLiteral("tiny")).value(QStringLiteral("key_bits")).toInt(),
                 768);
        QCOMPARE(dkimEntry(json, QStringLiteral("gone")).value(QStringLiteral("revoked")),
                 QJsonValue(true));
        QCOMPARE(statusOf(json, QStringLiteral("dkim.key")), QStringLiteral("fail")); // 768
        QCOMPARE(statusOf(json, QStringLiteral("dmarc.policy")), QStringLiteral("warn"));
        const QJsonObject mx = checkById(json, QStringLiteral("mx.records"));
        QCOMPARE(mx.value(QStringLiteral("status")).toString(), QStringLiteral("fail"));
        const QString summary = mx.value(QStringLiteral("summary")).toString();
        QVERIFY2(summary.contains(QStringLiteral("alias")), qPrintable(summary));
        QVERIFY2(summary.contains(QStringLiteral("192.0.2.27")), qPrintable(summary));

        const CliResult weakOnly
            = domain({QStringLiteral("bad.test"), QStringLiteral("--dkim-selector"),
                      QStringLiteral("weak"), QStringLiteral("--json")});
        QCOMPARE(statusOf(weakOnly.json(), QStringLiteral("dkim.key")), QStringLiteral("warn"));
    }

    void tooManyLookups()
    {
        const CliResult r = domain({QStringLiteral("many.test"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(r.json()
                     .value(QStringLiteral("spf"))
                     .toObject()
                     .value(QStringLiteral("dns_lookups"))
                     .toInt(),
                 11);
        QCOMPARE(statusOf(r.json(), QStringLiteral("spf.lookups")), QStringLiteral("fail"));
    }

    void nullMxAndMissingRecords()
    {
        const CliResult nullMx = domain({QStringLiteral("nullmx.test"), QStringLiteral("--json")});
        QCOMPARE(
            nullMx.json().value(QStringLiteral("mx")).toObject().value(QStringLiteral("null_mx")),
            QJsonValue(true));
        QCOMPARE(statusOf(nullMx.json(), QStringLiteral("mx.records")), QStringLiteral("fail"));

        const CliResult none = domain({QStringLiteral("nospf.test"), QStringLiteral("--json")});
        QCOMPARE(none.exitCode, 1);
        const QJsonObject json = none.json();
        QCOMPARE(json.value(QStringLiteral("spf")).toObject().value(QStringLiteral("record")),
                 QJsonValue(QJsonValue::Null));
        QCOMPARE(json.value(QStringLiteral("spf")).toObject().value(QStringLiteral("result")),
                 QJsonValue(QJsonValue::Null));
        QCOMPARE(statusOf(json, QStringLiteral("spf.record")), QStringLiteral("fail"));
        QCOMPARE(statusOf(json, QStringLiteral("dmarc.record")), QStringLiteral("warn"));
        QCOMPARE(statusOf(json, QStringLiteral("mx.records")), QStringLiteral("warn"));
        QCOMPARE(json.value(QStringLiteral("dmarc")).toObject().value(QStringLiteral("policy")),
                 QJsonValue(QJsonValue::Null));

        const CliResult missing
            = domain({QStringLiteral("nothere.good.test"), QStringLiteral("--json")});
        QCOMPARE(statusOf(missing.json(), QStringLiteral("mx.records")), QStringLiteral("fail"));
    }

    void serverFailure()
    {
        const CliResult r = domain({QStringLiteral("broken.test"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(statusOf(r.json(), QStringLiteral("spf.record")), QStringLiteral("error"));
        QCOMPARE(statusOf(r.json(), QStringLiteral("mx.records")), QStringLiteral("error"));
        QVERIFY2(checkById(r.json(), QStringLiteral("spf.record"))
                     .value(QStringLiteral("summary"))
                     .toString()
                     .contains(QStringLiteral("SERVFAIL")),
                 qPrintable(r.describe()));
    }

    void nameserverThatNeverAnswers()
    {
        QUdpSocket silent;
        QVERIFY(silent.bind(QHostAddress::LocalHost, 0));
        CliProcess cli;
        cli.setTimeout(60000);
        QElapsedTimer clock;
        clock.start();
        const CliResult r = cli.run(
            {QStringLiteral("domain"), QStringLiteral("good.test"), QStringLiteral("--ip"),
             QStringLiteral("192.0.2.7"), QStringLiteral("--nameserver"),
             QStringLiteral("127.0.0.1:%1").arg(silent.localPort()), QStringLiteral("--json")});
        QVERIFY2(!r.timedOut, qPrintable(r.describe()));
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(clock.elapsed() < 30000, qPrintable(QString::number(clock.elapsed())));
        const QJsonObject json = r.json();
        QCOMPARE(json.value(QStringLiteral("spf")).toObject().value(QStringLiteral("result")),
                 QJsonValue(QStringLiteral("temperror")));
        const QJsonObject record = checkById(json, QStringLiteral("spf.record"));
        QCOMPARE(record.value(QStringLiteral("status")).toString(), QStringLiteral("error"));
        QVERIFY2(
            record.value(QStringLiteral("summary"))
                .toString()
                .contains(QStringLiteral("no answer from 127.0.0.1:%1").arg(silent.localPort())),
            qPrintable(record.value(QStringLiteral("summary")).toString()));
        QCOMPARE(statusOf(json, QStringLiteral("spf.result")), QStringLiteral("error"));
    }

    void reportFileHasTheDomainSection()
    {
        // A planted secret in the environment of the run (where a password for `send` would be)
        // and the sending address: the report has the checks and records, never the secret;
        // the strict redaction hides the address and the local part.
        const QByteArray planted = "Pl4nted-S3cret-domain";
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        for (const QString &name :
             {QStringLiteral("r.md"), QStringLiteral("r.json"), QStringLiteral("strict.md")}) {
            CliProcess cli;
            cli.setTimeout(60000);
            cli.setEnvironmentVariable(QStringLiteral("SENDCHECK_PASSWORD"),
                                       QString::fromLatin1(planted));
            QStringList arguments {
                QStringLiteral("domain"),       QStringLiteral("good.test"),
                QStringLiteral("--ip"),         QStringLiteral("203.0.113.200"),
                QStringLiteral("--mail-from"),  QStringLiteral("alex@good.test"),
                QStringLiteral("--provider"),   QStringLiteral("google-workspace-relay"),
                QStringLiteral("--report"),     dir.filePath(name),
                QStringLiteral("--nameserver"), QStringLiteral("127.0.0.1:%1").arg(m_nsd.port())};
            if (name.startsWith(QLatin1String("strict")))
                arguments << QStringLiteral("--strict-redaction");
            const CliResult r = cli.run(arguments);
            QCOMPARE(r.exitCode, 1); // spf.result and the provider include fail
            QFile file(dir.filePath(name));
            QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(r.describe()));
            const QByteArray report = file.readAll();
            QVERIFY(!report.contains(planted));
            QVERIFY(report.contains("include:_spf.google.com"));
            if (name.endsWith(QLatin1String(".json"))) {
                const QJsonObject json = QJsonDocument::fromJson(report).object();
                QCOMPARE(json.value(QStringLiteral("kind")).toString(), QStringLiteral("domain"));
                QVERIFY(!json.value(QStringLiteral("domain"))
                             .toObject()
                             .value(QStringLiteral("publish"))
                             .toArray()
                             .isEmpty());
                QVERIFY(!json.value(QStringLiteral("checks")).toArray().isEmpty());
            } else {
                QVERIFY2(report.contains("## Domain"), report.constData());
                QVERIFY(report.contains("Records to publish"));
                QVERIFY(report.contains("spf.provider")); // Markdown escapes the "_"
                QVERIFY(report.contains("bulk.gmail"));
            }
            if (name.startsWith(QLatin1String("strict"))) {
                QVERIFY(!report.contains("203.0.113.200"));
                QVERIFY(!report.contains("alex@"));
            } else {
                QVERIFY(report.contains("203.0.113.200"));
            }
        }
        // A report that cannot be written is refused before anything is looked up.
        const CliResult bad = domain({QStringLiteral("good.test"), QStringLiteral("--report"),
                                      dir.filePath(QStringLiteral("r.txt"))});
        QCOMPARE(bad.exitCode, 2);
        QVERIFY(bad.standardOutput.isEmpty());
    }

    void dnssecFromATrustAnchor()
    {
        const CliResult r = domain({QStringLiteral("signed.test"), QStringLiteral("--trust-anchor"),
                                    m_trustAnchorFile, QStringLiteral("--json")});
        const QJsonObject dnssec = r.json().value(QStringLiteral("dnssec")).toObject();
        QCOMPARE(dnssec.value(QStringLiteral("validated")), QJsonValue(true));
        QCOMPARE(dnssec.value(QStringLiteral("status")).toString(), QStringLiteral("secure"));
        QCOMPARE(dnssec.value(QStringLiteral("secure")), QJsonValue(true));
        QVERIFY(dnssec.value(QStringLiteral("secure_answers")).toInt() > 5);
        QCOMPARE(statusOf(r.json(), QStringLiteral("spf.record")), QStringLiteral("pass"));
        // Without the anchor nothing is validated.
        const CliResult plain = domain({QStringLiteral("signed.test"), QStringLiteral("--json")});
        QCOMPARE(plain.json()
                     .value(QStringLiteral("dnssec"))
                     .toObject()
                     .value(QStringLiteral("status"))
                     .toString(),
                 QStringLiteral("not-validated"));
        // --dnssec uses the system's root key, and says so when there is none.
        if (!QFileInfo::exists(QStringLiteral("/usr/share/dns/root.key"))) {
            const CliResult none
                = domain({QStringLiteral("signed.test"), QStringLiteral("--dnssec")});
            QCOMPARE(none.exitCode, 2);
            QVERIFY(none.standardError.contains("/usr/share/dns/root.key"));
        }
    }

    void badInput_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("not a domain") << QStringList {QStringLiteral("not a domain")}
                                      << QStringLiteral("is not a domain name");
        QTest::newRow("ip address")
            << QStringList {QStringLiteral("192.0.2.1")} << QStringLiteral("is an IP address");
        QTest::newRow("mail address") << QStringList {QStringLiteral("someone@good.test")}
                                      << QStringLiteral("is a mail address");
        QTest::newRow("bad --ip") << QStringList {QStringLiteral("good.test"),
                                                  QStringLiteral("--ip"), QStringLiteral("mx1")}
                                  << QStringLiteral("is not an IP address");
        QTest::newRow("unknown provider")
            << QStringList {QStringLiteral("good.test"), QStringLiteral("--provider"),
                            QStringLiteral("nope")}
            << QStringLiteral("No DNS facts for provider");
        QTest::newRow("bad nameserver")
            << QStringList {QStringLiteral("good.test"), QStringLiteral("--nameserver"),
                            QStringLiteral("127.0.0.1:99999")}
            << QStringLiteral("is not HOST or HOST:PORT");
    }
    void badInput()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        CliProcess cli;
        QStringList all = {QStringLiteral("domain")};
        all << arguments;
        const CliResult r = cli.run(all);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(QString::fromUtf8(r.standardError).contains(message), qPrintable(r.describe()));
        QVERIFY(r.standardOutput.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCliDomain)
#include "tst_cli_domain.moc"
