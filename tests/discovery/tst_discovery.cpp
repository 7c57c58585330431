// SPDX-License-Identifier: GPL-3.0-or-later
// Discovery from an address: the bundled ISPDB snapshot offline, presets by domain and by MX
// host, config-v1.1.xml parsing, and the network steps against a local HTTPS server (test CA)
// and a plain-HTTP one: good, for another domain, malformed, huge, redirect loop, slow, bad
// certificate, plain HTTP only; SRV records and guesses from an in-memory resolver.
#include "discovery/autoconfigconfig.h"
#include "discovery/discovery.h"
#include "discovery/ispdbsnapshot.h"
#include "dns/memorydnsresolver.h"
#include "peerprocess.h"
#include "providers/providercatalog.h"
#include "report/discoveryreport.h"
#include "testcertificates.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace Sendcheck;
using TestSupport::TestCertificates;

namespace {

const DiscoverySource *findSource(const DiscoveryResult &result, DiscoverySource::Kind kind,
                                  const QString &urlPart)
{
    for (const DiscoverySource &source : result.sources) {
        if (source.kind == kind && source.urlOrName.contains(urlPart))
            return &source;
    }
    return nullptr;
}

QString describe(const DiscoveryResult &result)
{
    QStringList lines;
    for (const DiscoverySource &s : result.sources)
        lines << QStringLiteral("%1 %2 %3: %4")
                     .arg(DiscoverySource::kindName(s.kind), s.urlOrName,
                          DiscoverySource::outcomeName(s.outcome), s.detail);
    for (const DiscoveryCandidate &c : result.candidates)
        lines << QStringLiteral("  %1 %2").arg(c.describe(), c.probe.source);
    return lines.join(QLatin1Char('\n'));
}

} // namespace

class TestDiscovery : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestCertificates> m_certs;
    std::unique_ptr<TestSupport::PeerProcess> m_https;
    std::unique_ptr<TestSupport::PeerProcess> m_plain;
    std::unique_ptr<TestSupport::PeerProcess> m_badCert;

    std::unique_ptr<TestSupport::PeerProcess> startServer(const QStringList &extra)
    {
        auto peer = std::make_unique<TestSupport::PeerProcess>(
            TestSupport::PeerProcess::python(),
            QStringList {
                TestSupport::testDataPath(QStringLiteral("discovery/autoconfig_server.py"))}
                + extra);
        if (!peer->start())
            qWarning().noquote() << peer->failureReport();
        return peer;
    }

    DiscoveryOptions localOptions() const
    {
        DiscoveryOptions options;
        options.autoconfigBase = QUrl(QStringLiteral("https://127.0.0.1:%1/").arg(m_https->port()));
        options.autoconfigHttpBase
            = QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(m_plain->port()));
        options.ispdbBase
            = QUrl(QStringLiteral("https://127.0.0.1:%1/ispdb/").arg(m_https->port()));
        options.extraCaFile = m_certs->caCertPath();
        options.timeoutMs = 3000;
        return options;
    }

    // Runs discovery to its end (within `limitMs`) and returns the result.
    static DiscoveryResult run(Discovery &discovery, const QString &address, int limitMs = 15000)
    {
        QSignalSpy finished(&discovery, &Discovery::finished);
        discovery.start(address);
        if (finished.isEmpty() && !finished.wait(limitMs))
            qWarning() << "discovery did not finish within" << limitMs << "ms";
        return discovery.result();
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_certs = std::make_unique<TestCertificates>();
        QVERIFY2(m_certs->isValid(), qPrintable(m_certs->errorString()));
        m_https = startServer(
            {QStringLiteral("--cert"), m_certs->chainPath(TestCertificates::Kind::Server),
             QStringLiteral("--key"), m_certs->keyPath(TestCertificates::Kind::Server)});
        QVERIFY(m_https->isRunning());
        m_plain = startServer({QStringLiteral("--plain")});
        QVERIFY(m_plain->isRunning());
        m_badCert = startServer(
            {QStringLiteral("--cert"), m_certs->certPath(TestCertificates::Kind::SelfSigned),
             QStringLiteral("--key"), m_certs->keyPath(TestCertificates::Kind::SelfSigned)});
        QVERIFY(m_badCert->isRunning());
    }

    void snapshotIsDatedAndFindsConsumerDomains()
    {
        const IspdbSnapshot &snapshot = IspdbSnapshot::builtIn();
        QVERIFY(!snapshot.isEmpty());
        QVERIFY(QDate::fromString(snapshot.date(), Qt::ISODate).isValid());
        QCOMPARE(snapshot.commit().size(), 40);
        QVERIFY(snapshot.domainCount() > 500);
        // Large consumer and ISP mail domains, from several countries.
        const QStringList sample {
            QStringLiteral("gmail.com"),       QStringLiteral("googlemail.com"),
            QStringLiteral("yahoo.com"),       QStringLiteral("yahoo.co.uk"),
            QStringLiteral("ymail.com"),       QStringLiteral("outlook.com"),
            QStringLiteral("hotmail.com"),     QStringLiteral("live.com"),
            QStringLiteral("msn.com"),         QStringLiteral("icloud.com"),
            QStringLiteral("me.com"),          QStringLiteral("aol.com"),
            QStringLiteral("gmx.de"),          QStringLiteral("gmx.net"),
            QStringLiteral("web.de"),          QStringLiteral("t-online.de"),
            QStringLiteral("freenet.de"),      QStringLiteral("comcast.net"),
            QStringLiteral("verizon.net"),     QStringLiteral("att.net"),
            QStringLiteral("orange.fr"),       QStringLiteral("free.fr"),
            QStringLiteral("laposte.net"),     QStringLiteral("sfr.fr"),
            QStringLiteral("libero.it"),       QStringLiteral("virgilio.it"),
            QStringLiteral("btinternet.com"),  QStringLiteral("sky.com"),
            QStringLiteral("virginmedia.com"), QStringLiteral("mail.ru"),
            QStringLiteral("yandex.ru"),       QStringLiteral("qq.com"),
            QStringLiteral("163.com"),         QStringLiteral("naver.com"),
            QStringLiteral("seznam.cz"),       QStringLiteral("wp.pl"),
            QStringLiteral("o2.pl"),           QStringLiteral("bluewin.ch"),
            QStringLiteral("ziggo.nl"),        QStringLiteral("posteo.de"),
            QStringLiteral("zoho.com"),        QStringLiteral("fastmail.com"),
            QStringLiteral("mail.com"),        QStringLiteral("bigpond.com"),
            QStringLiteral("xtra.co.nz"),      QStringLiteral("uol.com.br"),
        };
        QStringList missing;
        for (const QString &domain : sample) {
            const std::optional<AutoconfigConfig> config = snapshot.find(domain);
            if (!config || config->outgoing.isEmpty())
                missing << domain;
        }
        // "The large majority": at least 90 % of the sample, and the biggest all.
        QVERIFY2(missing.size() * 10 <= sample.size(), qPrintable(missing.join(u' ')));
        for (const QString &big : {QStringLiteral("gmail.com"), QStringLiteral("yahoo.com"),
                                   QStringLiteral("outlook.com"), QStringLiteral("gmx.de")})
            QVERIFY2(!missing.contains(big), qPrintable(big));
        QVERIFY(!snapshot.find(QStringLiteral("no-such-domain.test")));
    }

    void presetsMatchDomainsAndMxHosts()
    {
        const ProviderCatalog &catalog = ProviderCatalog::builtIn();
        QVERIFY(catalog.find(QStringLiteral("gmail"))->servesDomain(QStringLiteral("GMail.com")));
        QVERIFY(catalog.find(QStringLiteral("icloud"))->servesDomain(QStringLiteral("mac.com")));
        QVERIFY(catalog.find(QStringLiteral("gmail"))
                    ->matchesMxHost(QStringLiteral("aspmx.l.google.com.")));
        QVERIFY(catalog.find(QStringLiteral("gmail"))
                    ->matchesMxHost(QStringLiteral("smtp.google.com")));
        QVERIFY(
            !catalog.find(QStringLiteral("gmail"))->matchesMxHost(QStringLiteral("google.com")));
        QVERIFY(!catalog.find(QStringLiteral("gmail"))
                     ->matchesMxHost(QStringLiteral("evilgoogle.com")));
        QVERIFY(catalog.find(QStringLiteral("microsoft-365"))
                    ->matchesMxHost(QStringLiteral("contoso-com.mail.protection.outlook.com")));
        QVERIFY(!catalog.find(QStringLiteral("microsoft-365"))
                     ->matchesMxHost(QStringLiteral("outlook-com.olc.protection.outlook.com")));
        QVERIFY(catalog.find(QStringLiteral("outlook-com"))
                    ->matchesMxHost(QStringLiteral("outlook-com.olc.protection.outlook.com")));
        QVERIFY(catalog.find(QStringLiteral("icloud"))
                    ->matchesMxHost(QStringLiteral("mx01.mail.icloud.com")));
        QVERIFY(catalog.find(QStringLiteral("fastmail"))
                    ->matchesMxHost(QStringLiteral("in1-smtp.messagingengine.com")));

        QString error;
        QJsonObject preset = catalog.find(QStringLiteral("gmail"))->toJson();
        preset.insert(QStringLiteral("mx_patterns"), QJsonArray {QStringLiteral("*google.com")});
        QVERIFY(!Provider::fromJson(preset, &error));
        QVERIFY2(error.contains(QLatin1String("mx_patterns")), qPrintable(error));
        preset.insert(QStringLiteral("mx_patterns"), QJsonArray {});
        preset.insert(QStringLiteral("domains"), QJsonArray {QStringLiteral("*.gmail.com")});
        QVERIFY(!Provider::fromJson(preset, &error));
    }

    void parsesAutoconfigXml()
    {
        const QByteArray xml = R"(<?xml version="1.0"?>
<clientConfig version="1.1"><emailProvider id="example.com">
  <domain>example.com</domain><domain>Example.NET</domain><displayName>Example</displayName>
  <outgoingServer type="smtp"><hostname>%EMAILDOMAIN%</hostname><port>0</port>
    <socketType>SSL</socketType></outgoingServer>
  <outgoingServer type="smtp"><hostname>smtp.example.com</hostname><port>465</port>
    <socketType>SSL</socketType><username>%EMAILLOCALPART%</username>
    <authentication>OAuth2</authentication><authentication>password-cleartext</authentication>
  </outgoingServer>
  <outgoingServer type="smtp"><hostname>smtp.example.com</hostname><port>587</port>
    <socketType>STARTTLS</socketType><username>%EMAILADDRESS%</username></outgoingServer>
  <outgoingServer type="smtp"><hostname>smtp.example.com</hostname><port>2525</port>
    <socketType>weird</socketType></outgoingServer>
</emailProvider></clientConfig>)";
        QString error;
        std::optional<AutoconfigConfig> config = AutoconfigConfig::fromXml(xml, &error);
        QVERIFY2(config, qPrintable(error));
        QCOMPARE(config->domains,
                 (QStringList {QStringLiteral("example.com"), QStringLiteral("example.net")}));
        QCOMPARE(config->outgoing.size(), 2); // port 0 and an unknown socket type left out
        config->fillPlaceholders(QStringLiteral("anna@example.com"));
        QCOMPARE(config->outgoing.at(0).userName, QStringLiteral("anna"));
        QCOMPARE(config->outgoing.at(1).userName, QStringLiteral("anna@example.com"));
        QCOMPARE(*config->outgoing.at(0).security(), Security::ImplicitTls);
        QCOMPARE(config->outgoing.at(0).authentication.size(), 2);

        QVERIFY(!AutoconfigConfig::fromXml("<clientConfig><emailProvider>", &error));
        QVERIFY2(error.contains(QLatin1String("XML")), qPrintable(error));
        QVERIFY(!AutoconfigConfig::fromXml("<html><body>Not found</body></html>", &error));
        QVERIFY(!AutoconfigConfig::fromXml(
            "<clientConfig><emailProvider id='x'><domain>x</domain></emailProvider></clientConfig>",
            &error));
        QVERIFY2(error.contains(QLatin1String("SMTP")), qPrintable(error));
    }

    void checksAddresses_data()
    {
        QTest::addColumn<QString>("address");
        QTest::addColumn<QString>("domain"); // empty: refused
        QTest::newRow("plain") << "anna@Example.COM"
                               << "example.com";
        QTest::newRow("idn") << QStringLiteral("jörg@bücher.example") << "xn--bcher-kva.example";
        QTest::newRow("no at") << "anna.example.com"
                               << "";
        QTest::newRow("no local part") << "@example.com"
                                       << "";
        QTest::newRow("no domain") << "anna@"
                                   << "";
        QTest::newRow("single label") << "anna@localhost"
                                      << "";
        QTest::newRow("space") << "anna maria@example.com"
                               << "";
        QTest::newRow("bad label") << "anna@exa_mple.com"
                                   << "";
        QTest::newRow("empty") << ""
                               << "";
    }
    void checksAddresses()
    {
        QFETCH(QString, address);
        QFETCH(QString, domain);
        QString found;
        const QString problem = Discovery::checkAddress(address, &found);
        QCOMPARE(found, domain);
        QCOMPARE(problem.isEmpty(), !domain.isEmpty());
    }

    void invalidAddressFinishesWithOneLine()
    {
        Discovery discovery(nullptr, DiscoveryOptions {});
        const DiscoveryResult result = run(discovery, QStringLiteral("not an address"));
        QVERIFY(result.finished);
        QCOMPARE(result.sources.size(), 1);
        QCOMPARE(result.sources.first().outcome, DiscoverySource::Outcome::Error);
        QVERIFY(result.candidates.isEmpty());
        QVERIFY(!result.recommended());
    }

    void offlineUsesPresetsAndSnapshot()
    {
        DiscoveryOptions options;
        options.offline = true;
        Discovery discovery(nullptr, options);
        QSignalSpy finished(&discovery, &Discovery::finished);
        discovery.start(QStringLiteral("anna@gmail.com"));
        // Presets and the snapshot answer inside start(); finished comes from the event loop.
        QCOMPARE(finished.size(), 0);
        QVERIFY(!discovery.result().candidates.isEmpty());
        QVERIFY(finished.wait(2000));
        const DiscoveryResult result = discovery.result();
        const DiscoverySource *preset
            = findSource(result, DiscoverySource::Kind::Preset, QStringLiteral("gmail.com"));
        QVERIFY(preset);
        QCOMPARE(preset->outcome, DiscoverySource::Outcome::Found);
        const DiscoverySource *snapshot
            = findSource(result, DiscoverySource::Kind::Snapshot, QStringLiteral("gmail.com"));
        QVERIFY(snapshot);
        QVERIFY2(snapshot->urlOrName.contains(IspdbSnapshot::builtIn().date()),
                 qPrintable(snapshot->urlOrName));
        QCOMPARE(snapshot->outcome, DiscoverySource::Outcome::Found);
        QVERIFY(findSource(result, DiscoverySource::Kind::Mx, QString())->outcome
                == DiscoverySource::Outcome::Skipped);
        const auto best = result.recommended();
        QVERIFY(best);
        const ProbeCandidate probe = result.candidates.at(*best).probe;
        QCOMPARE(probe,
                 (ProbeCandidate {QStringLiteral("smtp.gmail.com"), 465, Security::ImplicitTls,
                                  QStringLiteral("preset")}));
        QCOMPARE(result.candidates.at(*best).presetId, QStringLiteral("gmail"));
        // Each server once, although preset and snapshot both name it.
        QCOMPARE(std::count_if(result.candidates.cbegin(), result.candidates.cend(),
                               [](const DiscoveryCandidate &c) {
                                   return c.probe.host == QLatin1String("smtp.gmail.com")
                                       && c.probe.port == 465;
                               }),
                 1);
        // Microsoft 365 offers no 465: STARTTLS on 587 is recommended.
        Discovery outlook(nullptr, options);
        const DiscoveryResult viaOutlook = run(outlook, QStringLiteral("bob@outlook.com"));
        QCOMPARE(viaOutlook.candidates.at(*viaOutlook.recommended()).probe.port, 587);
        // The report names every source.
        const Report report = DiscoveryReport::make(result);
        QCOMPARE(report.kind, Report::Kind::Discovery);
        QVERIFY(report.ok);
        QCOMPARE(report.profile.host, QStringLiteral("smtp.gmail.com"));
        QCOMPARE(report.checks.size(), result.sources.size() + 1);
        QCOMPARE(Report::kindFromName(QStringLiteral("discovery")), Report::Kind::Discovery);
    }

    void customDomainByMx()
    {
        MemoryDnsResolver dns;
        dns.addRecord(
            DnsRecord::makeMx(QStringLiteral("contoso.test"), 0,
                              QStringLiteral("contoso-test.mail.protection.outlook.com")));
        DiscoveryOptions options = localOptions();
        Discovery discovery(&dns, options);
        const DiscoveryResult result = run(discovery, QStringLiteral("anna@contoso.test"));
        QVERIFY2(result.finished, qPrintable(describe(result)));
        const DiscoverySource *byMx
            = findSource(result, DiscoverySource::Kind::Preset, QStringLiteral("MX"));
        QVERIFY2(byMx && byMx->outcome == DiscoverySource::Outcome::Found,
                 qPrintable(describe(result)));
        QVERIFY(byMx->detail.contains(QLatin1String("Microsoft 365")));
        const auto best = result.recommended();
        QVERIFY(best);
        QCOMPARE(result.candidates.at(*best).probe.host, QStringLiteral("smtp.office365.com"));
        QCOMPARE(result.candidates.at(*best).probe.port, 587);
        // The snapshot knows mail.protection.outlook.com, the MX host's parent.
        const DiscoverySource *snapshotMx = findSource(result, DiscoverySource::Kind::Snapshot,
                                                       QStringLiteral("protection.outlook.com"));
        QVERIFY2(snapshotMx && snapshotMx->outcome == DiscoverySource::Outcome::Found,
                 qPrintable(describe(result)));
    }

    void autoconfigOverHttps()
    {
        MemoryDnsResolver dns;
        dns.addRecord(DnsRecord::makeAddress(QStringLiteral("smtp.good.test"),
                                             QHostAddress(QStringLiteral("192.0.2.1"))));
        dns.addRecord(DnsRecord::makeSrv(QStringLiteral("_submissions._tcp.good.test"), 0, 1, 465,
                                         QStringLiteral("submit.good.test")));
        dns.addRecord(DnsRecord::makeSrv(QStringLiteral("_submission._tcp.good.test"), 0, 0, 0,
                                         QStringLiteral(".")));
        Discovery discovery(&dns, localOptions());
        QSignalSpy changed(&discovery, &Discovery::changed);
        const DiscoveryResult result = run(discovery, QStringLiteral("anna@good.test"));
        QVERIFY2(result.finished, qPrintable(describe(result)));
        QVERIFY(changed.size() > 1); // the list filled in step by step
        const DiscoverySource *file = findSource(result, DiscoverySource::Kind::Autoconfig,
                                                 QStringLiteral("/autoconfig.good.test/"));
        QVERIFY2(file && file->outcome == DiscoverySource::Outcome::Found,
                 qPrintable(describe(result)));
        QVERIFY(file->trusted);
        QVERIFY(!file->urlOrName.contains(QLatin1String("anna"))); // the query is not shown
        // HTTPS answered: plain HTTP is not tried.
        const DiscoverySource *http
            = findSource(result, DiscoverySource::Kind::Autoconfig, QStringLiteral("http://"));
        QVERIFY(http);
        QCOMPARE(http->outcome, DiscoverySource::Outcome::Skipped);
        const auto best = result.recommended();
        QVERIFY(best);
        const DiscoveryCandidate &candidate = result.candidates.at(*best);
        QCOMPARE(candidate.probe,
                 (ProbeCandidate {QStringLiteral("smtp.good.test"), 465, Security::ImplicitTls,
                                  QStringLiteral("autoconfig")}));
        QCOMPARE(candidate.userName, QStringLiteral("anna")); // %EMAILLOCALPART%
        const DiscoverySource *srv
            = findSource(result, DiscoverySource::Kind::Srv, QStringLiteral("_submissions."));
        QVERIFY(srv && srv->outcome == DiscoverySource::Outcome::Found);
        QCOMPARE(srv->candidates.first().probe,
                 (ProbeCandidate {QStringLiteral("submit.good.test"), 465, Security::ImplicitTls,
                                  QStringLiteral("srv")}));
        QCOMPARE(
            findSource(result, DiscoverySource::Kind::Srv, QStringLiteral("_submission."))->outcome,
            DiscoverySource::Outcome::NotFound);
        const DiscoverySource *guess
            = findSource(result, DiscoverySource::Kind::Guess, QStringLiteral("smtp.good.test"));
        QVERIFY(guess && guess->outcome == DiscoverySource::Outcome::Found);
        QVERIFY(!guess->candidates.first().trusted);
        QCOMPARE(findSource(result, DiscoverySource::Kind::Guess, QStringLiteral("mail.good.test"))
                     ->outcome,
                 DiscoverySource::Outcome::NotFound);
        // Guesses come last.
        QCOMPARE(result.sources.last().kind, DiscoverySource::Kind::Guess);
        // The guess smtp.good.test names the autoconfig file's servers: listed once, as
        // autoconfig (the better source), so no candidate is a guess.
        QVERIFY(std::none_of(
            result.candidates.cbegin(), result.candidates.cend(),
            [](const DiscoveryCandidate &c) { return c.probe.source == QLatin1String("guess"); }));
    }

    void badAnswers_data()
    {
        QTest::addColumn<QString>("domain");
        QTest::addColumn<int>("outcome");
        QTest::addColumn<QString>("words");
        QTest::newRow("malformed")
            << "malformed.test" << int(DiscoverySource::Outcome::Error) << "XML";
        QTest::newRow("huge") << "huge.test" << int(DiscoverySource::Outcome::Error) << "too large";
        QTest::newRow("redirect loop")
            << "loop.test" << int(DiscoverySource::Outcome::Error) << "redirect";
        QTest::newRow("slow") << "slow.test" << int(DiscoverySource::Outcome::Error) << "seconds";
        QTest::newRow("other domain")
            << "other.test" << int(DiscoverySource::Outcome::OtherDomain) << "elsewhere.example";
    }
    void badAnswers()
    {
        QFETCH(QString, domain);
        QFETCH(int, outcome);
        QFETCH(QString, words);
        MemoryDnsResolver dns;
        Discovery discovery(&dns, localOptions());
        QElapsedTimer clock;
        clock.start();
        const DiscoveryResult result = run(discovery, QStringLiteral("anna@") + domain);
        QVERIFY2(result.finished, qPrintable(describe(result)));
        QVERIFY(clock.elapsed() < 8000); // each request has its own limit: never a hang
        const DiscoverySource *file = findSource(result, DiscoverySource::Kind::Autoconfig,
                                                 QStringLiteral("/autoconfig.") + domain);
        QVERIFY(file);
        QCOMPARE(int(file->outcome), outcome);
        QVERIFY2(file->detail.contains(words), qPrintable(file->detail));
        // Nothing untrusted is recommended.
        QVERIFY2(!result.recommended(), qPrintable(describe(result)));
        if (domain == QLatin1String("other.test")) {
            QVERIFY(!file->trusted);
            QVERIFY(!file->candidates.isEmpty());
            QVERIFY(!file->candidates.first().trusted);
        }
        // A domain with no DNS at all: its lines say so.
        const DiscoverySource *mx = findSource(result, DiscoverySource::Kind::Mx, QString());
        QCOMPARE(mx->outcome, DiscoverySource::Outcome::Error);
        QVERIFY2(mx->detail.contains(QLatin1String("does not exist")), qPrintable(mx->detail));
    }

    void plainHttpOnlyIsUntrusted()
    {
        MemoryDnsResolver dns;
        Discovery discovery(&dns, localOptions());
        const DiscoveryResult result = run(discovery, QStringLiteral("anna@plain.test"));
        QVERIFY2(result.finished, qPrintable(describe(result)));
        const DiscoverySource *https
            = findSource(result, DiscoverySource::Kind::Autoconfig, QStringLiteral("https://"));
        QCOMPARE(https->outcome, DiscoverySource::Outcome::NotFound);
        const DiscoverySource *http = findSource(result, DiscoverySource::Kind::Autoconfig,
                                                 QStringLiteral("http://127.0.0.1"));
        QVERIFY2(http && http->outcome == DiscoverySource::Outcome::Untrusted,
                 qPrintable(describe(result)));
        QVERIFY(!http->trusted);
        QVERIFY(!http->urlOrName.contains(QLatin1String("emailaddress"))); // never sent over HTTP
        QVERIFY(!result.candidates.isEmpty());
        QVERIFY(!result.candidates.first().trusted);
        QVERIFY(!result.recommended()); // never silently used
    }

    void badCertificateIsRefused()
    {
        MemoryDnsResolver dns;
        DiscoveryOptions options = localOptions();
        options.autoconfigBase
            = QUrl(QStringLiteral("https://127.0.0.1:%1/").arg(m_badCert->port()));
        Discovery discovery(&dns, options);
        const DiscoveryResult result = run(discovery, QStringLiteral("anna@good.test"));
        const DiscoverySource *file = findSource(result, DiscoverySource::Kind::Autoconfig,
                                                 QStringLiteral("/autoconfig.good.test/"));
        QVERIFY(file);
        QCOMPARE(file->outcome, DiscoverySource::Outcome::Error);
        QVERIFY2(file->detail.contains(QLatin1String("certificate")), qPrintable(file->detail));
        QVERIFY(file->candidates.isEmpty());
    }

    void ispdbOnlineAndWellKnown()
    {
        MemoryDnsResolver dns;
        Discovery discovery(&dns, localOptions());
        const DiscoveryResult result = run(discovery, QStringLiteral("anna@ispdbonly.test"));
        const DiscoverySource *ispdb
            = findSource(result, DiscoverySource::Kind::Ispdb, QStringLiteral("ispdbonly.test"));
        QVERIFY2(ispdb && ispdb->outcome == DiscoverySource::Outcome::Found,
                 qPrintable(describe(result)));
        QCOMPARE(result.candidates.at(*result.recommended()).probe.source, QStringLiteral("ispdb"));

        Discovery second(&dns, localOptions());
        const DiscoveryResult known = run(second, QStringLiteral("anna@wellknown.test"));
        const DiscoverySource *wellKnown
            = findSource(known, DiscoverySource::Kind::Autoconfig, QStringLiteral("/.well-known/"));
        QVERIFY2(wellKnown && wellKnown->outcome == DiscoverySource::Outcome::Found,
                 qPrintable(describe(known)));
    }

    void probeTriesTheUsualPortsOnEveryHost()
    {
        // Two hosts found (one only without encryption), one server listed twice by the ports.
        DiscoveryResult result;
        DiscoveryCandidate tls;
        tls.probe = {QStringLiteral("smtp.example.com"), 465, Security::ImplicitTls,
                     QStringLiteral("preset")};
        tls.presetId = QStringLiteral("example");
        tls.userName = QStringLiteral("anna@example.com");
        DiscoveryCandidate plain;
        plain.probe
            = {QStringLiteral("mail.example.com"), 25, Security::None, QStringLiteral("guess")};
        plain.trusted = false;
        result.candidates = {tls, plain};
        const QList<ProbeCandidate> tried = result.probeCandidates();
        const auto extra = [](const QString &host, quint16 port, Security security) {
            return ProbeCandidate {host, port, security, QStringLiteral("probe")};
        };
        const QList<ProbeCandidate> expected {
            tls.probe,
            extra(QStringLiteral("smtp.example.com"), 587, Security::StartTls),
            extra(QStringLiteral("smtp.example.com"), 25, Security::StartTls),
            extra(QStringLiteral("smtp.example.com"), 2525, Security::StartTls),
            extra(QStringLiteral("mail.example.com"), 465, Security::ImplicitTls),
            extra(QStringLiteral("mail.example.com"), 587, Security::StartTls),
            extra(QStringLiteral("mail.example.com"), 25, Security::StartTls),
            extra(QStringLiteral("mail.example.com"), 2525, Security::StartTls)};
        QCOMPARE(tried, expected);
        // Other ports replace the usual ones (hosts and sources of the list are ignored).
        const QList<ProbeCandidate> own = result.probeCandidates(
            {{QString(), 465, Security::ImplicitTls, QStringLiteral("user")},
             {QString(), 2587, Security::StartTls, QStringLiteral("user")}});
        const QList<ProbeCandidate> ownExpected {
            tls.probe, extra(QStringLiteral("smtp.example.com"), 2587, Security::StartTls),
            extra(QStringLiteral("mail.example.com"), 465, Security::ImplicitTls),
            extra(QStringLiteral("mail.example.com"), 2587, Security::StartTls)};
        QCOMPARE(own, ownExpected);
        QCOMPARE(result.probeCandidates({}), QList<ProbeCandidate> {tls.probe});

        // The probe: the listed server refused, 587 on its host works, mail.example.com:25
        // (STARTTLS) works too but is slower to recommend (RFC 8314: 587 before 25).
        PortProbeResult probe;
        for (const ProbeCandidate &candidate : tried) {
            ProbeAttemptResult attempt;
            attempt.candidate = candidate;
            attempt.outcome = ProbeOutcome::Refused;
            probe.attempts << attempt;
        }
        probe.attempts[1].outcome = ProbeOutcome::Works;
        probe.attempts[6].outcome = ProbeOutcome::Works;
        probe.recommend();
        QVERIFY(probe.recommendedAttempt());
        QCOMPARE(probe.recommendedAttempt()->candidate.port, quint16(587));
        result.setProbe(probe);
        // Only the working ones join the candidates, after the others, with source "probe";
        // each takes trust, preset and user name from its host's first candidate.
        QCOMPARE(result.candidates.size(), 4);
        const DiscoveryCandidate &found = result.candidates.at(2);
        QCOMPARE(found.probe, extra(QStringLiteral("smtp.example.com"), 587, Security::StartTls));
        QVERIFY(found.trusted);
        QCOMPARE(found.presetId, QStringLiteral("example"));
        QCOMPARE(found.userName, QStringLiteral("anna@example.com"));
        const DiscoveryCandidate &guessed = result.candidates.at(3);
        QCOMPARE(guessed.probe, extra(QStringLiteral("mail.example.com"), 25, Security::StartTls));
        QVERIFY(!guessed.trusted);
        QVERIFY(guessed.presetId.isEmpty());
        QCOMPARE(result.recommended(), std::optional<qsizetype>(2));
        QCOMPARE(result.probeAttempt(2), &result.probe->attempts.at(1));
        QCOMPARE(result.probeAttempt(3), &result.probe->attempts.at(6));
        QCOMPARE(result.probeAttempt(0), &result.probe->attempts.at(0));
        QCOMPARE(result.probeAttempt(1), nullptr); // no encryption: not tried
        const QJsonObject json = result.toJson();
        QCOMPARE(json.value(u"candidates").toArray().size(), 4);
        QCOMPARE(json.value(u"probe").toArray().size(), tried.size());
        QCOMPARE(json.value(u"recommended").toObject().value(u"source").toString(),
                 QStringLiteral("probe"));
        QCOMPARE(json.value(u"recommended").toObject().value(u"outcome").toString(),
                 QStringLiteral("works"));
    }
};

QTEST_GUILESS_MAIN(TestDiscovery)
#include "tst_discovery.moc"
