// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectionoptions.h"
#include "profiles/cafile.h"
#include "profiles/profile.h"
#include "providers/providercatalog.h"
#include "testcertificates.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryFile>
#include <QTest>

using namespace Sendcheck;

class TestProfile : public QObject
{
    Q_OBJECT

private:
    ProviderCatalog m_catalog;

    // Parses `flags` with the connection options and applies them to `profile`.
    bool apply(const QStringList &flags, Profile &profile, QString *error)
    {
        QCommandLineParser parser;
        ConnectionOptions options(&m_catalog);
        options.addTo(parser);
        if (!parser.parse(QStringList {QStringLiteral("sendcheck-cli test")} + flags)) {
            *error = parser.errorText();
            return false;
        }
        return options.applyTo(parser, profile, error);
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_catalog.addFile(ProviderCatalog::builtInPath())); }

    void jsonRoundTrip()
    {
        Profile p = Profile::create(QStringLiteral("Work"));
        QCOMPARE(p.id.size(), 36); // a UUID without braces
        QVERIFY(!p.id.contains(QLatin1Char('{')));
        p.host = QStringLiteral("smtp.example.org");
        p.port = 2525;
        p.security = Security::None;
        p.mechanism = AuthMechanism::CramMd5;
        p.userName = QStringLiteral("user");
        p.from = QStringLiteral("me@example.org");
        p.defaultTo = {QStringLiteral("you@example.org")};
        p.ehloName = QStringLiteral("me.example.org");
        p.timeoutSeconds = 30;
        p.caFile = QStringLiteral("/tmp/ca.pem");
        p.pins = {{p.host, p.port, QByteArray(64, 'f')},
                  {QStringLiteral("other.example.org"), 465, QByteArray(64, 'e')}};
        p.allowPlainAuth = true;
        p.imap.readBack = true;
        p.imap.host = QStringLiteral("imap.example.org");
        p.imap.port = 993;
        p.imap.security = Security::ImplicitTls;
        p.imap.userName = QStringLiteral("inbox@example.org");
        QString error;
        const auto back = Profile::fromJson(p.toJson(), &error);
        QVERIFY2(back, qPrintable(error));
        QCOMPARE(*back, p);
        // The read-back mailbox in the file: snake_case keys, no secret of any kind.
        const QJsonObject imap = p.toJson().value(QStringLiteral("imap")).toObject();
        QCOMPARE(imap.value(QStringLiteral("read_back")).toBool(), true);
        QCOMPARE(imap.value(QStringLiteral("host")).toString(), QStringLiteral("imap.example.org"));
        QCOMPARE(imap.value(QStringLiteral("port")).toInt(), 993);
        QCOMPARE(imap.value(QStringLiteral("security")).toString(), QStringLiteral("tls"));
        QCOMPARE(imap.value(QStringLiteral("user")).toString(),
                 QStringLiteral("inbox@example.org"));
        QCOMPARE(imap.keys().size(), 5);
        // Left at its defaults, it is not written at all (files stay as they were).
        p.imap = ProfileImap();
        QVERIFY(!p.toJson().contains(QStringLiteral("imap")));
    }

    void fromJsonRejects_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("expected");
        QTest::newRow("no id") << QByteArray(R"({"name": "a"})") << QStringLiteral("id");
        QTest::newRow("no name") << QByteArray(R"({"id": "a"})") << QStringLiteral("name");
        QTest::newRow("port 0") << QByteArray(R"({"id": "a", "name": "a", "port": 0})")
                                << QStringLiteral("port");
        QTest::newRow("port text")
            << QByteArray(R"({"id": "a", "name": "a", "port": "25"})") << QStringLiteral("port");
        QTest::newRow("security") << QByteArray(R"({"id": "a", "name": "a", "security": "ssl"})")
                                  << QStringLiteral("ssl");
        QTest::newRow("auth") << QByteArray(R"({"id": "a", "name": "a", "auth": "gssapi"})")
                              << QStringLiteral("gssapi");
        QTest::newRow("pin") << QByteArray(R"({"id": "a", "name": "a", "trustedSha256": ["abc"]})")
                             << QStringLiteral("SHA-256");
        QTest::newRow("timeout") << QByteArray(R"({"id": "a", "name": "a", "timeoutSeconds": -1})")
                                 << QStringLiteral("timeoutSeconds");
        QTest::newRow("to") << QByteArray(R"({"id": "a", "name": "a", "defaultTo": "x@y"})")
                            << QStringLiteral("defaultTo");
        QTest::newRow("imap not an object")
            << QByteArray(R"({"id": "a", "name": "a", "imap": "imap.example.org"})")
            << QStringLiteral("imap");
        QTest::newRow("imap read_back")
            << QByteArray(R"({"id": "a", "name": "a", "imap": {"read_back": "yes"}})")
            << QStringLiteral("read_back");
        QTest::newRow("imap port")
            << QByteArray(R"({"id": "a", "name": "a", "imap": {"port": 70000}})")
            << QStringLiteral("port");
        QTest::newRow("imap plain")
            << QByteArray(R"({"id": "a", "name": "a", "imap": {"security": "none"}})")
            << QStringLiteral("starttls");
        QTest::newRow("imap host")
            << QByteArray(R"({"id": "a", "name": "a", "imap": {"host": "a b"}})")
            << QStringLiteral("server name");
    }

    void fromJsonRejects()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, expected);
        QString error;
        QVERIFY(!Profile::fromJson(QJsonDocument::fromJson(json).object(), &error));
        QVERIFY2(error.contains(expected), qPrintable(error));
    }

    void toServerSettings()
    {
        Profile p = Profile::create(QStringLiteral("x"));
        p.host = QStringLiteral("h");
        p.port = 465;
        p.security = Security::ImplicitTls;
        p.userName = QStringLiteral("u");
        p.pins = {{QStringLiteral("H"), 465, QByteArray(64, '0')},
                  {QStringLiteral("h"), 587, QByteArray(64, '1')},
                  {QStringLiteral("other"), 465, QByteArray(64, '2')}};
        ServerSettings s = p.toServerSettings();
        QCOMPARE(s.host, QStringLiteral("h"));
        QCOMPARE(s.port, quint16(465));
        QCOMPARE(s.security, Security::ImplicitTls);
        // Only the pin made for this host (any case) and port reaches the session.
        QCOMPARE(s.pinnedSha256, QList<QByteArray> {QByteArray(64, '0')});
        QCOMPARE(s.timeouts.greeting, Timeouts().greeting); // 0: engine defaults

        p.timeoutSeconds = 20;
        s = p.toServerSettings();
        QCOMPARE(s.timeouts.greeting, std::chrono::milliseconds(20000));
        QCOMPARE(s.timeouts.dataTermination, std::chrono::milliseconds(20000));
        QCOMPARE(s.timeouts.connect, std::chrono::milliseconds(20000));
    }

    void normalizeSha256()
    {
        const QString colons = QStringLiteral(
            "AB:CD:EF:01:23:45:67:89:AB:CD:EF:01:23:45:67:89:AB:CD:EF:01:23:45:67:89:AB:CD:EF:01:"
            "23:45:67:89");
        const auto pin = Profile::normalizeSha256(colons);
        QVERIFY(pin);
        QCOMPARE(*pin,
                 QByteArray("abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789"));
        QCOMPARE(Profile::normalizeSha256(QString::fromLatin1(*pin)), pin);
        QVERIFY(!Profile::normalizeSha256(QStringLiteral("abcd")));
        QVERIFY(!Profile::normalizeSha256(QString(64, QLatin1Char('g'))));
        QVERIFY(!Profile::normalizeSha256(QString(66, QLatin1Char('a'))));
    }

    void presetFillsConnection()
    {
        Profile p = Profile::create(QStringLiteral("x"));
        QString error;
        QVERIFY2(apply({QStringLiteral("--preset"), QStringLiteral("gmail")}, p, &error),
                 qPrintable(error));
        QCOMPARE(p.presetId, QStringLiteral("gmail"));
        QCOMPARE(p.host, QStringLiteral("smtp.gmail.com"));
        QCOMPARE(p.port, quint16(587));
        QCOMPARE(p.security, Security::StartTls);

        // Explicit flags win over the preset; the port implies the mode from the preset.
        p = Profile::create(QStringLiteral("x"));
        QVERIFY(apply({QStringLiteral("--preset=gmail"), QStringLiteral("--port=465")}, p, &error));
        QCOMPARE(p.port, quint16(465));
        QCOMPARE(p.security, Security::ImplicitTls);

        p = Profile::create(QStringLiteral("x"));
        QVERIFY(apply({QStringLiteral("--preset=fastmail"), QStringLiteral("--security=starttls")},
                      p, &error));
        QCOMPARE(p.port, quint16(587));
        QCOMPARE(p.security, Security::StartTls);

        // A fixed user name comes with the preset; a region picks the host.
        p = Profile::create(QStringLiteral("x"));
        QVERIFY(apply({QStringLiteral("--preset=sendgrid")}, p, &error));
        QCOMPARE(p.userName, QStringLiteral("apikey"));
        p = Profile::create(QStringLiteral("x"));
        QVERIFY(apply({QStringLiteral("--preset=amazon-ses:eu-west-1")}, p, &error));
        QCOMPARE(p.host, QStringLiteral("email-smtp.eu-west-1.amazonaws.com"));
        QVERIFY(!apply({QStringLiteral("--preset=amazon-ses:mars-1")}, p, &error));
        QVERIFY2(error.contains(QStringLiteral("--preset"))
                     && error.contains(QStringLiteral("eu-west-1")),
                 qPrintable(error));
        QVERIFY(!apply({QStringLiteral("--preset=nope")}, p, &error));
        QVERIFY(error.contains(QStringLiteral("--preset")));

        p = Profile::create(QStringLiteral("x"));
        QVERIFY(apply({QStringLiteral("--preset=practice")}, p, &error));
        QCOMPARE(p.host, QStringLiteral("127.0.0.1"));
        QCOMPARE(p.port, quint16(2525));
        QCOMPARE(p.userName, QStringLiteral("practice"));
    }

    void onlyGivenFlagsChange()
    {
        Profile p = Profile::create(QStringLiteral("x"));
        QString error;
        QVERIFY(apply({QStringLiteral("--host=mail.example.org"), QStringLiteral("--user=me"),
                       QStringLiteral("--from=me@example.org"),
                       QStringLiteral("--to=a@example.org"), QStringLiteral("--to=b@example.org"),
                       QStringLiteral("--ehlo=box.example.org"), QStringLiteral("--auth=login"),
                       QStringLiteral("--timeout=15"), QStringLiteral("--allow-plain-auth")},
                      p, &error));
        const Profile before = p;
        QVERIFY(apply({QStringLiteral("--port=2525")}, p, &error));
        QCOMPARE(p.port, quint16(2525));
        QCOMPARE(p.host, before.host);
        QCOMPARE(p.userName, QStringLiteral("me"));
        QCOMPARE(p.defaultTo.size(), 2);
        QCOMPARE(p.mechanism, AuthMechanism::Login);
        QCOMPARE(p.timeoutSeconds, 15);
        QVERIFY(p.allowPlainAuth);
        QVERIFY(apply({QStringLiteral("--no-allow-plain-auth")}, p, &error));
        QVERIFY(!p.allowPlainAuth);
        QVERIFY(apply({}, p, &error));
        QCOMPARE(p.port, quint16(2525));

        // Without a preset, well-known ports imply their mode; other ports keep it.
        QVERIFY(apply({QStringLiteral("--port=465")}, p, &error));
        QCOMPARE(p.security, Security::ImplicitTls);
        QVERIFY(apply({QStringLiteral("--port=10025")}, p, &error));
        QCOMPARE(p.security, Security::ImplicitTls);
        QVERIFY(apply({QStringLiteral("--security=none"), QStringLiteral("--port=25")}, p, &error));
        QCOMPARE(p.security, Security::None);
        QCOMPARE(p.port, quint16(25));
    }

    // The flags follow ProfileRules, like the window's settings form.
    void flagsFollowTheProfileRules()
    {
        Profile p = Profile::create(QStringLiteral("x"));
        QString error;
        // A local relay: "none" on its usual port 25 stays "none" when the port is given again.
        QVERIFY(apply({QStringLiteral("--host=relay.lab"), QStringLiteral("--security=none")}, p,
                      &error));
        QCOMPARE(p.port, quint16(25));
        QVERIFY(apply({QStringLiteral("--port=25")}, p, &error));
        QCOMPARE(p.security, Security::None);
        // A lab server's port stays whatever the mode.
        QVERIFY(apply({QStringLiteral("--port=2525")}, p, &error));
        QCOMPARE(p.security, Security::StartTls);
        QVERIFY(apply({QStringLiteral("--security=none")}, p, &error));
        QCOMPARE(p.port, quint16(2525));
        // The usual port of another mode follows the mode.
        QVERIFY(apply({QStringLiteral("--port=587"), QStringLiteral("--security=starttls")}, p,
                      &error));
        QVERIFY(apply({QStringLiteral("--security=tls")}, p, &error));
        QCOMPARE(p.port, quint16(465));

        // OAuth needs a preset that offers it, and signs in with XOAUTH2 unless --auth says
        // otherwise.
        const Profile before = p;
        QVERIFY(!apply({QStringLiteral("--sign-in=oauth")}, p, &error));
        QVERIFY2(error.contains(QStringLiteral("--sign-in")), qPrintable(error));
        QCOMPARE(p, before);
        QVERIFY(!apply({QStringLiteral("--preset=fastmail"), QStringLiteral("--sign-in=oauth")}, p,
                       &error));
        QVERIFY2(error.contains(QStringLiteral("fastmail")), qPrintable(error));
        QVERIFY(apply({QStringLiteral("--preset=microsoft-365"), QStringLiteral("--sign-in=oauth")},
                      p, &error));
        QCOMPARE(p.signIn, Profile::SignIn::OAuth);
        QCOMPARE(p.mechanism, AuthMechanism::XOAuth2);
        QVERIFY(apply({QStringLiteral("--sign-in=password")}, p, &error));
        QCOMPARE(p.signIn, Profile::SignIn::Password);
        QCOMPARE(p.mechanism,
                 m_catalog.find(QStringLiteral("microsoft-365"))->recommendedMechanism);
        QVERIFY(apply({QStringLiteral("--sign-in=oauth"), QStringLiteral("--auth=oauthbearer")}, p,
                      &error));
        QCOMPARE(p.mechanism, AuthMechanism::OAuthBearer);
        // A preset that signs in only with OAuth turns it on; one without turns it off.
        p = Profile::create(QStringLiteral("y"));
        QVERIFY(apply({QStringLiteral("--preset=outlook-com")}, p, &error));
        QCOMPARE(p.signIn, Profile::SignIn::OAuth);
        QVERIFY(apply({QStringLiteral("--preset=fastmail")}, p, &error));
        QCOMPARE(p.signIn, Profile::SignIn::Password);
    }

    void pins()
    {
        Profile p = Profile::create(QStringLiteral("x"));
        QString error;
        const QString hex(64, QLatin1Char('A'));
        QString colons;
        for (int i = 0; i < 64; i += 2)
            colons += (i ? QStringLiteral(":") : QString()) + QStringLiteral("0b");
        // A pin is for a server: without one it is refused.
        QVERIFY(!apply({QStringLiteral("--pin-sha256"), hex}, p, &error));
        QVERIFY2(error.contains(QStringLiteral("--host")), qPrintable(error));
        QVERIFY(p.pins.isEmpty());
        QVERIFY2(
            apply({QStringLiteral("--host"), QStringLiteral("relay.lan"), QStringLiteral("--port"),
                   QStringLiteral("2525"), QStringLiteral("--pin-sha256"), hex,
                   QStringLiteral("--pin-sha256"), colons},
                  p, &error),
            qPrintable(error));
        QCOMPARE(p.pins.size(), 2);
        QCOMPARE(p.pins.at(0).sha256, QByteArray(64, 'a'));
        QCOMPARE(p.pins.at(1).sha256.size(), 64);
        for (const CertificatePin &pin : std::as_const(p.pins)) {
            QCOMPARE(pin.host, QStringLiteral("relay.lan"));
            QCOMPARE(pin.port, quint16(2525));
        }
    }

    // `--host` (a one-off `send --profile work --host other`, or `profile edit`) must not carry
    // the profile's pins to another server; nor must another port.
    void anotherServerDropsThePins_data()
    {
        QTest::addColumn<QStringList>("flags");
        QTest::addColumn<bool>("kept");
        QTest::newRow("host") << QStringList {QStringLiteral("--host=evil.example")} << false;
        QTest::newRow("port") << QStringList {QStringLiteral("--port=2526")} << false;
        QTest::newRow("preset") << QStringList {QStringLiteral("--preset=gmail")} << false;
        QTest::newRow("same host, other case")
            << QStringList {QStringLiteral("--host=RELAY.lan")} << true;
        QTest::newRow("user only") << QStringList {QStringLiteral("--user=me")} << true;
    }

    void anotherServerDropsThePins()
    {
        QFETCH(QStringList, flags);
        QFETCH(bool, kept);
        Profile p = Profile::create(QStringLiteral("x"));
        QString error;
        QVERIFY2(apply({QStringLiteral("--host=relay.lan"), QStringLiteral("--port=2525"),
                        QStringLiteral("--pin-sha256"), QString(64, QLatin1Char('c'))},
                       p, &error),
                 qPrintable(error));
        QVERIFY2(apply(flags, p, &error), qPrintable(error));
        QCOMPARE(p.pins.size(), kept ? 1 : 0);
        QCOMPARE(p.toServerSettings().pinnedSha256.size(), kept ? 1 : 0);
    }

    // Files written before pins had a server: the fingerprints are bound to the profile's own
    // host and port when read, and written back in the new form.
    void oldPinsAreBoundToTheProfilesServer()
    {
        const QJsonObject old {{QStringLiteral("id"), QStringLiteral("a")},
                               {QStringLiteral("name"), QStringLiteral("a")},
                               {QStringLiteral("host"), QStringLiteral("relay.lan")},
                               {QStringLiteral("port"), 2525},
                               {QStringLiteral("trustedSha256"),
                                QJsonArray {QStringLiteral("AB") + QString(62, QLatin1Char('C'))}}};
        QString error;
        const auto p = Profile::fromJson(old, &error);
        QVERIFY2(p, qPrintable(error));
        QCOMPARE(p->pins.size(), 1);
        QCOMPARE(p->pins.first().host, QStringLiteral("relay.lan"));
        QCOMPARE(p->pins.first().port, quint16(2525));
        QCOMPARE(p->pins.first().sha256, QByteArray("ab") + QByteArray(62, 'c'));
        const QJsonObject written = p->toJson();
        QVERIFY(!written.contains(QStringLiteral("trustedSha256")));
        QCOMPARE(written.value(QStringLiteral("pins")).toArray().size(), 1);
        Profile moved = *p;
        moved.host = QStringLiteral("evil.example");
        QVERIFY(moved.toServerSettings().pinnedSha256.isEmpty());
    }

    void badValuesNameTheFlag_data()
    {
        QTest::addColumn<QStringList>("flags");
        QTest::addColumn<QString>("flag");
        QTest::newRow("port 0") << QStringList {QStringLiteral("--port=0")}
                                << QStringLiteral("--port");
        QTest::newRow("port 65536")
            << QStringList {QStringLiteral("--port=65536")} << QStringLiteral("--port");
        QTest::newRow("port text")
            << QStringList {QStringLiteral("--port=smtp")} << QStringLiteral("--port");
        QTest::newRow("security") << QStringList {QStringLiteral("--security=ssl")}
                                  << QStringLiteral("--security");
        QTest::newRow("auth") << QStringList {QStringLiteral("--auth=ntlm")}
                              << QStringLiteral("--auth");
        QTest::newRow("host") << QStringList {QStringLiteral("--host=a b")}
                              << QStringLiteral("--host");
        QTest::newRow("from") << QStringList {QStringLiteral("--from=nobody")}
                              << QStringLiteral("--from");
        QTest::newRow("to") << QStringList {QStringLiteral("--to=a@b"),
                                            QStringLiteral("--to=x y@z")}
                            << QStringLiteral("--to");
        QTest::newRow("user crlf")
            << QStringList {QStringLiteral("--user=a\r\nRSET")} << QStringLiteral("--user");
        QTest::newRow("ehlo") << QStringList {QStringLiteral("--ehlo=a\nb")}
                              << QStringLiteral("--ehlo");
        QTest::newRow("ca") << QStringList {QStringLiteral("--ca-file=/nonexistent/ca.pem")}
                            << QStringLiteral("--ca-file");
        QTest::newRow("pin short")
            << QStringList {QStringLiteral("--pin-sha256=abcd")} << QStringLiteral("--pin-sha256");
        QTest::newRow("pin 65") << QStringList {QStringLiteral("--pin-sha256=")
                                                + QString(65, QLatin1Char('a'))}
                                << QStringLiteral("--pin-sha256");
        QTest::newRow("timeout") << QStringList {QStringLiteral("--timeout=-5")}
                                 << QStringLiteral("--timeout");
        QTest::newRow("timeout text")
            << QStringList {QStringLiteral("--timeout=soon")} << QStringLiteral("--timeout");
        QTest::newRow("plain both") << QStringList {QStringLiteral("--allow-plain-auth"),
                                                    QStringLiteral("--no-allow-plain-auth")}
                                    << QStringLiteral("--allow-plain-auth");
    }

    void badValuesNameTheFlag()
    {
        QFETCH(QStringList, flags);
        QFETCH(QString, flag);
        Profile p = Profile::create(QStringLiteral("x"));
        p.host = QStringLiteral("unchanged.example");
        const Profile before = p;
        QString error;
        QVERIFY(!apply(flags, p, &error));
        QVERIFY2(error.contains(flag), qPrintable(error));
        QCOMPARE(p, before); // nothing applied on failure
    }

    void caFileMadeAbsolute()
    {
        TestSupport::TestCertificates certs;
        QVERIFY2(certs.isValid(), qPrintable(certs.errorString()));
        QTemporaryFile ca;
        QVERIFY(ca.open());
        QFile source(certs.caCertPath());
        QVERIFY(source.open(QIODevice::ReadOnly));
        ca.write(source.readAll());
        ca.flush();
        Profile p = Profile::create(QStringLiteral("x"));
        QString error;
        QVERIFY(apply({QStringLiteral("--ca-file"), ca.fileName()}, p, &error));
        QVERIFY(QFileInfo(p.caFile).isAbsolute());
        QVERIFY(apply(
            {
                QStringLiteral("--ca-file="),
            },
            p, &error));
        QVERIFY(p.caFile.isEmpty());
    }

    // A CA file is read with a limit and must hold a certificate: /dev/zero is refused at
    // once instead of being read without end.
    void caFileMustBeSmallAndHoldACertificate_data()
    {
        QTest::addColumn<QByteArray>("content"); // empty: /dev/zero
        QTest::addColumn<QString>("wording");
        QTest::newRow("endless") << QByteArray() << QStringLiteral("larger than");
        QTest::newRow("too large")
            << QByteArray(CaFile::maxBytes + 1, '-') << QStringLiteral("larger than");
        QTest::newRow("no certificate")
            << QByteArray("not a certificate\n") << QStringLiteral("no certificate");
    }

    void caFileMustBeSmallAndHoldACertificate()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, wording);
        QString path = QStringLiteral("/dev/zero");
        QTemporaryFile file;
        if (!content.isEmpty()) {
            QVERIFY(file.open());
            file.write(content);
            file.flush();
            path = file.fileName();
        }
        QString error;
        QElapsedTimer timer;
        timer.start();
        QVERIFY(!CaFile::read(path, &error));
        QVERIFY2(error.contains(wording), qPrintable(error));
        QVERIFY(timer.elapsed() < 5000);
        Profile p = Profile::create(QStringLiteral("x"));
        if (!content.isEmpty()) { // --ca-file wants a regular file first
            QVERIFY(!apply({QStringLiteral("--ca-file"), path}, p, &error));
            QVERIFY2(error.startsWith(QStringLiteral("--ca-file")), qPrintable(error));
            QVERIFY2(error.contains(wording), qPrintable(error));
            QVERIFY(p.caFile.isEmpty());
        }
    }
};

QTEST_GUILESS_MAIN(TestProfile)
#include "tst_profile.moc"
