// SPDX-License-Identifier: GPL-3.0-or-later
// libunbound in the Qt event loop against a real authoritative server (NSD) on 127.0.0.1: every
// record type, the empty and failed answers, a nameserver that never answers, an answer too
// big for UDP, split TXT strings, and DNSSEC (secure, bogus, insecure) with a zone signed in the
// test.
#include "dnstesthelpers.h"
#include "nsdserver.h"

#include "dns/dnsname.h"
#include "dns/unbounddnsresolver.h"

#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <QStandardPaths>
#include <QUdpSocket>
#include <QtTest>

using namespace Sendcheck;
using TestSupport::lookupNow;

class TestUnboundDnsResolver : public QObject
{
    Q_OBJECT

private:
    TestSupport::NsdServer m_nsd;
    QString m_dsRecord; // the trust anchor of signed.test
    QString m_otherDsRecord; // a DS for signed.test that matches no key in the zone
    QByteArray m_longText; // one TXT record of 600 octets in three strings

    [[nodiscard]] DnsSettings settings(int timeoutMs = 5000) const
    {
        DnsSettings s;
        s.nameserver = QHostAddress(QHostAddress::LocalHost);
        s.port = m_nsd.port();
        s.timeoutMs = timeoutMs;
        return s;
    }

    // Runs a program in the NSD directory; its stdout, or a QFAIL-able message in *error.
    QByteArray run(const QString &program, const QStringList &arguments, QString *error)
    {
        QProcess process;
        process.setWorkingDirectory(m_nsd.directory());
        process.start(program, arguments);
        if (!process.waitForFinished(30000) || process.exitCode() != 0) {
            *error = QStringLiteral("%1 %2 failed: %3")
                         .arg(program, arguments.join(QLatin1Char(' ')),
                              QString::fromUtf8(process.readAllStandardError()));
            return {};
        }
        return process.readAllStandardOutput();
    }

    // ldns-keygen in the NSD directory: the key's base name.
    QString makeKey(const QString &zone, QString *error)
    {
        return QString::fromUtf8(run(QStringLiteral("/usr/bin/ldns-keygen"),
                                     {QStringLiteral("-a"), QStringLiteral("ECDSAP256SHA256"),
                                      QStringLiteral("-k"), zone},
                                     error))
            .trimmed();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QFileInfo::exists(QStringLiteral("/usr/bin/ldns-keygen")),
                 "ldns-keygen not found: install the Debian package ldnsutils");
        m_longText = QByteArray(255, 'a') + QByteArray(255, 'b') + QByteArray(90, 'c');
        QString records
            = QStringLiteral("@ IN A 192.0.2.1\n"
                             "@ IN AAAA 2001:db8::1\n"
                             "@ IN TXT \"v=spf1 ip4:192.0.2.1 -all\"\n"
                             "@ IN TXT \"other text\"\n"
                             "@ IN MX 10 mail.example.test.\n"
                             "@ IN MX 20 backup.example.test.\n"
                             "mail IN A 192.0.2.25\n"
                             "www IN CNAME @\n"
                             "alias2 IN CNAME www\n"
                             "nodata IN A 192.0.2.9\n"
                             "_25._tcp.mail IN TLSA 3 1 1 "
                             "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef\n"
                             "_submission._tcp IN SRV 0 1 587 mail.example.test.\n"
                             "sp\\032ace IN A 192.0.2.32\n"
                             "colon:slash/name IN A 192.0.2.33\n");
        records += QStringLiteral("long IN TXT \"%1\" \"%2\" \"%3\"\n")
                       .arg(QString::fromLatin1(m_longText.mid(0, 255)),
                            QString::fromLatin1(m_longText.mid(255, 255)),
                            QString::fromLatin1(m_longText.mid(510)));
        // About 2,500 octets of TXT: more than a UDP answer may carry, so it comes over TCP.
        for (int i = 0; i < 10; ++i)
            records += QStringLiteral("big IN TXT \"%1%2\"\n")
                           .arg(i)
                           .arg(QString(240, QLatin1Char('x')));
        m_nsd.addZone(QStringLiteral("example.test"), records);
        m_nsd.addZone(QStringLiteral("2.0.192.in-addr.arpa"),
                      QStringLiteral("25 IN PTR mail.example.test.\n"));
        m_nsd.addBrokenZone(QStringLiteral("broken.test"));

        // signed.test, signed with a key made here; its DS is the trust anchor.
        QString error;
        const QString key = makeKey(QStringLiteral("signed.test"), &error);
        QVERIFY2(!key.isEmpty(), qPrintable(error));
        const QString otherKey = makeKey(QStringLiteral("signed.test"), &error);
        QVERIFY2(!otherKey.isEmpty(), qPrintable(error));
        QFile keyFile(m_nsd.directory() + QLatin1Char('/') + key + QStringLiteral(".key"));
        QVERIFY(keyFile.open(QIODevice::ReadOnly));
        const QByteArray dnskey = keyFile.readAll();
        QString zone = QStringLiteral("$ORIGIN signed.test.\n$TTL 300\n"
                                      "@ IN SOA ns.signed.test. hostmaster.signed.test. 1 3600 "
                                      "600 86400 300\n@ IN NS ns.signed.test.\n"
                                      "ns IN A 127.0.0.1\n@ IN TXT \"signed\"\n"
                                      "host IN A 192.0.2.50\n")
            + QString::fromLatin1(dnskey);
        m_nsd.writeFile(QStringLiteral("signed.unsigned"), zone.toUtf8());
        run(QStringLiteral("/usr/bin/ldns-signzone"),
            {QStringLiteral("-f"), QStringLiteral("signed.test.zone.signed"),
             QStringLiteral("signed.unsigned"), key},
            &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QFile ds(m_nsd.directory() + QLatin1Char('/') + key + QStringLiteral(".ds"));
        QVERIFY(ds.open(QIODevice::ReadOnly));
        m_dsRecord = QString::fromLatin1(ds.readAll()).trimmed();
        QFile otherDs(m_nsd.directory() + QLatin1Char('/') + otherKey + QStringLiteral(".ds"));
        QVERIFY(otherDs.open(QIODevice::ReadOnly));
        m_otherDsRecord = QString::fromLatin1(otherDs.readAll()).trimmed();
        m_nsd.addZoneFile(QStringLiteral("signed.test"), QStringLiteral("signed.test.zone.signed"));
        QVERIFY2(m_nsd.start(), qPrintable(m_nsd.failureReport()));
    }

    void recordTypes()
    {
        UnboundDnsResolver resolver(settings());
        QVERIFY2(resolver.setupError().isEmpty(), qPrintable(resolver.setupError()));

        auto a = lookupNow(resolver, QStringLiteral("example.test"), DnsRecordType::A);
        QVERIFY(a);
        QCOMPARE(a->status, DnsStatus::Ok);
        QCOMPARE(a->records.size(), 1);
        QCOMPARE(a->records.first().address, QHostAddress(QStringLiteral("192.0.2.1")));
        QCOMPARE(a->dnssec, DnssecStatus::Indeterminate); // no trust anchor

        auto aaaa = lookupNow(resolver, QStringLiteral("example.test"), DnsRecordType::AAAA);
        QVERIFY(aaaa && aaaa->ok());
        QCOMPARE(aaaa->records.first().address, QHostAddress(QStringLiteral("2001:db8::1")));

        auto txt = lookupNow(resolver, QStringLiteral("example.test"), DnsRecordType::TXT);
        QVERIFY(txt && txt->ok());
        QStringList texts;
        for (const DnsRecord &record : txt->records)
            texts << QString::fromLatin1(record.text());
        texts.sort();
        QCOMPARE(texts,
                 QStringList(
                     {QStringLiteral("other text"), QStringLiteral("v=spf1 ip4:192.0.2.1 -all")}));

        auto mx = lookupNow(resolver, QStringLiteral("example.test"), DnsRecordType::MX);
        QVERIFY(mx && mx->ok());
        QCOMPARE(mx->records.size(), 2);
        QMap<int, QString> exchanges;
        for (const DnsRecord &record : mx->records)
            exchanges.insert(record.preference, record.target);
        QCOMPARE(exchanges.value(10), QStringLiteral("mail.example.test"));
        QCOMPARE(exchanges.value(20), QStringLiteral("backup.example.test"));

        auto cname = lookupNow(resolver, QStringLiteral("www.example.test"), DnsRecordType::CNAME);
        QVERIFY(cname && cname->ok());
        QCOMPARE(cname->records.first().target, QStringLiteral("example.test"));

        // An A lookup through two CNAMEs ends at the address, with the canonical name.
        auto chained = lookupNow(resolver, QStringLiteral("alias2.example.test"), DnsRecordType::A);
        QVERIFY(chained && chained->ok());
        QCOMPARE(chained->canonicalName, QStringLiteral("example.test"));
        QCOMPARE(chained->records.first().address, QHostAddress(QStringLiteral("192.0.2.1")));

        auto ptr
            = lookupNow(resolver, DnsName::reverseName(QHostAddress(QStringLiteral("192.0.2.25"))),
                        DnsRecordType::PTR);
        QVERIFY(ptr && ptr->ok());
        QCOMPARE(ptr->records.first().target, QStringLiteral("mail.example.test"));

        auto tlsa = lookupNow(resolver, QStringLiteral("_25._tcp.mail.example.test"),
                              DnsRecordType::TLSA);
        QVERIFY(tlsa && tlsa->ok());
        QCOMPARE(tlsa->records.first().usage, quint8(3));
        QCOMPARE(tlsa->records.first().selector, quint8(1));
        QCOMPARE(tlsa->records.first().matchingType, quint8(1));
        QCOMPARE(tlsa->records.first().data.toHex(),
                 QByteArray("0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef"));

        auto srv = lookupNow(resolver, QStringLiteral("_submission._tcp.example.test"),
                             DnsRecordType::SRV);
        QVERIFY(srv && srv->ok());
        QCOMPARE(srv->records.first().port, quint16(587));
        QCOMPARE(srv->records.first().weight, quint16(1));
        QCOMPARE(srv->records.first().target, QStringLiteral("mail.example.test"));
    }

    void namesWithUnusualCharacters()
    {
        UnboundDnsResolver resolver(settings());
        auto space = lookupNow(resolver, QStringLiteral("sp ace.example.test"), DnsRecordType::A);
        QVERIFY(space && space->ok());
        QCOMPARE(space->records.first().address, QHostAddress(QStringLiteral("192.0.2.32")));
        auto colon = lookupNow(resolver, QStringLiteral("colon:slash/name.example.test"),
                               DnsRecordType::A);
        QVERIFY(colon && colon->ok());
        QCOMPARE(colon->records.first().address, QHostAddress(QStringLiteral("192.0.2.33")));
    }

    void splitTxtStringsAreJoined()
    {
        UnboundDnsResolver resolver(settings());
        auto txt = lookupNow(resolver, QStringLiteral("long.example.test"), DnsRecordType::TXT);
        QVERIFY(txt && txt->ok());
        QCOMPARE(txt->records.size(), 1);
        QCOMPARE(txt->records.first().strings.size(), 3);
        QCOMPARE(txt->records.first().strings.at(0).size(), 255);
        QCOMPARE(txt->records.first().text(), m_longText);
    }

    void answerTooBigForUdpComesInFull()
    {
        UnboundDnsResolver resolver(settings());
        auto txt = lookupNow(resolver, QStringLiteral("big.example.test"), DnsRecordType::TXT);
        QVERIFY(txt);
        QVERIFY2(txt->ok(), qPrintable(txt->describe()));
        QCOMPARE(txt->records.size(), 10);
    }

    void emptyAnswers()
    {
        UnboundDnsResolver resolver(settings());
        auto nx = lookupNow(resolver, QStringLiteral("nothing.example.test"), DnsRecordType::TXT);
        QVERIFY(nx);
        QCOMPARE(nx->status, DnsStatus::NxDomain);
        QVERIFY(nx->isEmpty());
        auto nodata = lookupNow(resolver, QStringLiteral("nodata.example.test"), DnsRecordType::MX);
        QVERIFY(nodata);
        QCOMPARE(nodata->status, DnsStatus::NoData);
        QVERIFY(nodata->records.isEmpty());
    }

    void serverFailure()
    {
        UnboundDnsResolver resolver(settings());
        auto failed = lookupNow(resolver, QStringLiteral("www.broken.test"), DnsRecordType::A);
        QVERIFY(failed);
        QCOMPARE(failed->status, DnsStatus::ServFail);
        QVERIFY(failed->isError());
    }

    void nameserverThatNeverAnswers()
    {
        QUdpSocket silent; // receives queries, answers none
        QVERIFY(silent.bind(QHostAddress::LocalHost, 0));
        DnsSettings s;
        s.nameserver = QHostAddress(QHostAddress::LocalHost);
        s.port = silent.localPort();
        s.timeoutMs = 1500;
        UnboundDnsResolver resolver(s);
        QElapsedTimer clock;
        clock.start();
        auto answer = lookupNow(resolver, QStringLiteral("example.test"), DnsRecordType::TXT);
        QVERIFY(answer);
        QCOMPARE(answer->status, DnsStatus::Timeout);
        QVERIFY2(answer->detail.contains(QStringLiteral("127.0.0.1:%1").arg(s.port)),
                 qPrintable(answer->detail));
        QVERIFY(clock.elapsed() >= 1400);
        QVERIFY(clock.elapsed() < 10000);
        QVERIFY(silent.hasPendingDatagrams()); // it was asked
    }

    void invalidNamesAreNotSent()
    {
        UnboundDnsResolver resolver(settings());
        const QString longLabel = QString(64, QLatin1Char('a')) + QStringLiteral(".example.test");
        for (const QString &name : {QString(), QStringLiteral("a..example.test"), longLabel}) {
            auto answer = lookupNow(resolver, name, DnsRecordType::A);
            QVERIFY(answer);
            QCOMPARE(answer->status, DnsStatus::InvalidName);
        }
    }

    void lookupsRunInParallel()
    {
        UnboundDnsResolver resolver(settings());
        QObject context;
        int answered = 0;
        int ok = 0;
        const QStringList names
            = {QStringLiteral("example.test"), QStringLiteral("mail.example.test"),
               QStringLiteral("nodata.example.test"), QStringLiteral("www.example.test"),
               QStringLiteral("alias2.example.test")};
        for (const QString &name : names) {
            for (DnsRecordType type : {DnsRecordType::A, DnsRecordType::TXT, DnsRecordType::MX}) {
                resolver.lookup(name, type, &context, [&](const DnsAnswer &answer) {
                    ++answered;
                    ok += answer.isError() ? 0 : 1;
                });
            }
        }
        QCOMPARE(answered, 0); // never from inside lookup()
        QTRY_COMPARE_WITH_TIMEOUT(answered, 15, 20000);
        QCOMPARE(ok, 15);
    }

    void droppedContextGetsNoCallback()
    {
        UnboundDnsResolver resolver(settings());
        bool called = false;
        {
            QObject context;
            resolver.lookup(QStringLiteral("example.test"), DnsRecordType::A, &context,
                            [&called](const DnsAnswer &) { called = true; });
        }
        auto later = lookupNow(resolver, QStringLiteral("mail.example.test"), DnsRecordType::A);
        QVERIFY(later && later->ok());
        QTest::qWait(50);
        QVERIFY(!called);
    }

    void dnssecSecureAndInsecure()
    {
        DnsSettings s = settings();
        s.trustAnchors = {m_dsRecord};
        UnboundDnsResolver resolver(s);
        QVERIFY2(resolver.setupError().isEmpty(), qPrintable(resolver.setupError()));
        auto secure = lookupNow(resolver, QStringLiteral("host.signed.test"), DnsRecordType::A);
        QVERIFY(secure);
        QVERIFY2(secure->ok(), qPrintable(secure->describe()));
        QCOMPARE(dnssecStatusName(secure->dnssec), QStringLiteral("secure"));
        auto nx = lookupNow(resolver, QStringLiteral("nothing.signed.test"), DnsRecordType::A);
        QVERIFY(nx);
        QCOMPARE(nx->status, DnsStatus::NxDomain);
        QCOMPARE(dnssecStatusName(nx->dnssec), QStringLiteral("secure"));
        // example.test is under no trust anchor: provably nothing to validate.
        auto plain = lookupNow(resolver, QStringLiteral("example.test"), DnsRecordType::A);
        QVERIFY(plain && plain->ok());
        QCOMPARE(dnssecStatusName(plain->dnssec), QStringLiteral("insecure"));
    }

    void dnssecBogus()
    {
        DnsSettings s = settings();
        s.trustAnchors = {m_otherDsRecord}; // matches no key of the zone
        UnboundDnsResolver resolver(s);
        auto bogus = lookupNow(resolver, QStringLiteral("host.signed.test"), DnsRecordType::A);
        QVERIFY(bogus);
        QCOMPARE(dnssecStatusName(bogus->dnssec), QStringLiteral("bogus"));
        QVERIFY(!bogus->detail.isEmpty()); // libunbound's reason
        // Permissive: the records still come, marked bogus.
        QVERIFY2(bogus->ok(), qPrintable(bogus->describe()));
    }

    void badTrustAnchorFailsEveryLookup()
    {
        DnsSettings s = settings();
        s.trustAnchors = {QStringLiteral("this is not a trust anchor")};
        UnboundDnsResolver resolver(s); // libunbound reads the anchor at the first lookup
        auto answer = lookupNow(resolver, QStringLiteral("example.test"), DnsRecordType::A);
        QVERIFY(answer);
        QCOMPARE(answer->status, DnsStatus::Failed);
        QVERIFY(!answer->detail.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestUnboundDnsResolver)
#include "tst_unbounddnsresolver.moc"
