// SPDX-License-Identifier: GPL-3.0-or-later
// ProfileRules: the pairing of port and mode, presets, the sign-in choice and the value checks
// that the window's settings form and the CLI's connection flags share.
#include "profiles/profilerules.h"
#include "providers/providercatalog.h"

#include <QTest>

using namespace Sendcheck;

Q_DECLARE_METATYPE(std::optional<Sendcheck::Security>)

class TestProfileRules : public QObject
{
    Q_OBJECT

private:
    ProviderCatalog m_catalog;

    const Provider *preset(const char *id) const { return m_catalog.find(QString::fromLatin1(id)); }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_catalog.addFile(ProviderCatalog::builtInPath())); }

    void securityForPort_data()
    {
        QTest::addColumn<int>("port");
        QTest::addColumn<std::optional<Security>>("expected");
        for (int port : {465, 2465, 8465, 443})
            QTest::addRow("%d", port) << port << std::optional(Security::ImplicitTls);
        for (int port : {25, 587, 2525, 2587, 8025, 80})
            QTest::addRow("%d", port) << port << std::optional(Security::StartTls);
        for (int port : {1, 26, 2526, 4650, 10025, 65535})
            QTest::addRow("%d", port) << port << std::optional<Security>();
    }
    void securityForPort()
    {
        QFETCH(int, port);
        QFETCH(std::optional<Security>, expected);
        QCOMPARE(ProfileRules::securityForPort(quint16(port)), expected);
    }

    void securityForNewPort_data()
    {
        QTest::addColumn<QString>("presetId");
        QTest::addColumn<int>("port");
        QTest::addColumn<Security>("current");
        QTest::addColumn<std::optional<Security>>("expected");
        const auto keep = std::optional<Security>();
        QTest::newRow("465 -> tls")
            << QString() << 465 << Security::StartTls << std::optional(Security::ImplicitTls);
        QTest::newRow("2525 -> starttls")
            << QString() << 2525 << Security::ImplicitTls << std::optional(Security::StartTls);
        QTest::newRow("unknown port keeps") << QString() << 10025 << Security::ImplicitTls << keep;
        // 25 is the usual port of "none" (ServerSettings::defaultPort): a local relay keeps it.
        QTest::newRow("25 keeps none") << QString() << 25 << Security::None << keep;
        QTest::newRow("25 -> starttls from tls")
            << QString() << 25 << Security::ImplicitTls << std::optional(Security::StartTls);
        // The preset's own list decides first (Google's relay lists 25 without encryption).
        QTest::newRow("preset's mode") << QStringLiteral("google-workspace-relay") << 25
                                       << Security::StartTls << std::optional(Security::None);
        // ... and its 465 is TLS from the start (it was once listed as "none").
        QTest::newRow("relay 465 is tls")
            << QStringLiteral("google-workspace-relay") << 465 << Security::StartTls
            << std::optional(Security::ImplicitTls);
        QTest::newRow("preset without the port: the table")
            << QStringLiteral("gmail") << 2465 << Security::StartTls
            << std::optional(Security::ImplicitTls);
    }
    void securityForNewPort()
    {
        QFETCH(QString, presetId);
        QFETCH(int, port);
        QFETCH(Security, current);
        QFETCH(std::optional<Security>, expected);
        const Provider *provider = presetId.isEmpty() ? nullptr : m_catalog.find(presetId);
        QVERIFY(presetId.isEmpty() || provider);
        QCOMPARE(ProfileRules::securityForNewPort(quint16(port), current, provider), expected);
    }

    void portForNewSecurity_data()
    {
        QTest::addColumn<QString>("presetId");
        QTest::addColumn<int>("port");
        QTest::addColumn<Security>("security");
        QTest::addColumn<int>("expected");
        // The usual port of another mode moves to the usual port of the new one.
        QTest::newRow("587 -> tls") << QString() << 587 << Security::ImplicitTls << 465;
        QTest::newRow("587 -> none") << QString() << 587 << Security::None << 25;
        QTest::newRow("465 -> starttls") << QString() << 465 << Security::StartTls << 587;
        QTest::newRow("25 -> tls") << QString() << 25 << Security::ImplicitTls << 465;
        QTest::newRow("25 -> starttls") << QString() << 25 << Security::StartTls << 587;
        QTest::newRow("usual port of the mode stays")
            << QString() << 587 << Security::StartTls << 587;
        // Any other port stays: a lab server on 2525 can be switched to "none" (and the form
        // then cannot bounce between the two rules).
        QTest::newRow("2525 stays for none") << QString() << 2525 << Security::None << 2525;
        QTest::newRow("4650 stays for tls") << QString() << 4650 << Security::ImplicitTls << 4650;
        // The preset's port for the mode wins.
        QTest::newRow("gmail tls")
            << QStringLiteral("gmail") << 587 << Security::ImplicitTls << 465;
        QTest::newRow("fastmail starttls")
            << QStringLiteral("fastmail") << 465 << Security::StartTls << 587;
        QTest::newRow("ses starttls from 2465")
            << QStringLiteral("amazon-ses") << 2465 << Security::StartTls << 587;
        QTest::newRow("preset without the mode: the usual rule")
            << QStringLiteral("gmail") << 587 << Security::None << 25;
    }
    void portForNewSecurity()
    {
        QFETCH(QString, presetId);
        QFETCH(int, port);
        QFETCH(Security, security);
        QFETCH(int, expected);
        const Provider *provider = presetId.isEmpty() ? nullptr : m_catalog.find(presetId);
        QVERIFY(presetId.isEmpty() || provider);
        QCOMPARE(int(ProfileRules::portForNewSecurity(quint16(port), security, provider)),
                 expected);
    }

    // Whatever the two rules do, applying one after the other settles: the port a mode change
    // picks implies that mode (or keeps it), so the form never bounces between them.
    void rulesAgreeWithEachOther()
    {
        const QList<const Provider *> presets {nullptr, preset("gmail"), preset("smtp2go"),
                                               preset("practice"), preset("fastmail")};
        for (const Provider *provider : presets) {
            for (const Security security :
                 {Security::StartTls, Security::ImplicitTls, Security::None}) {
                for (const int start : {25, 80, 443, 465, 587, 2465, 2525, 4650, 8025}) {
                    const quint16 port
                        = ProfileRules::portForNewSecurity(quint16(start), security, provider);
                    const auto implied = ProfileRules::securityForNewPort(port, security, provider);
                    const bool settled = !implied || *implied == security
                        || (provider && !provider->portFor(security)) || port == start;
                    QVERIFY2(settled,
                             qPrintable(QStringLiteral("%1 %2 from %3 -> %4")
                                            .arg(provider ? provider->id : QStringLiteral("-"),
                                                 securityName(security))
                                            .arg(start)
                                            .arg(port)));
                }
            }
        }
    }

    void applyPresetFillsTheConnection()
    {
        Profile p = Profile::create(QStringLiteral("x"));
        p.userName = QStringLiteral("me");
        ProfileRules::applyPreset(p, *preset("gmail"), nullptr, nullptr);
        QCOMPARE(p.presetId, QStringLiteral("gmail"));
        QCOMPARE(p.host, QStringLiteral("smtp.gmail.com"));
        QCOMPARE(p.port, quint16(587));
        QCOMPARE(p.security, Security::StartTls);
        QCOMPARE(p.mechanism, preset("gmail")->recommendedMechanism);
        QCOMPARE(p.userName, QStringLiteral("me")); // the user's own
        QCOMPARE(p.signIn, Profile::SignIn::Password);

        ProfileRules::applyPreset(p, *preset("sendgrid"), nullptr, preset("gmail"));
        QCOMPARE(p.userName, QStringLiteral("apikey")); // fixed by the preset

        const Provider *ses = preset("amazon-ses");
        ProfileRules::applyPreset(p, *ses, ses->findHost(QStringLiteral("eu-west-1")), nullptr);
        QCOMPARE(p.host, QStringLiteral("email-smtp.eu-west-1.amazonaws.com"));

        ProfileRules::applyPreset(p, *preset("zoho"), nullptr, nullptr);
        QCOMPARE(p.port, quint16(465));
        QCOMPARE(p.security, Security::ImplicitTls);
    }

    void applyPresetSignInRules()
    {
        // A preset that only signs in with OAuth turns it on, with XOAUTH2.
        Profile p = Profile::create(QStringLiteral("x"));
        ProfileRules::applyPreset(p, *preset("outlook-com"), nullptr, nullptr);
        QCOMPARE(p.signIn, Profile::SignIn::OAuth);
        QCOMPARE(p.mechanism, AuthMechanism::XOAuth2);
        p.oauthClientId = QStringLiteral("ms-app");
        p.oauthTenant = QStringLiteral("example.com");
        p.oauthAccount = QStringLiteral("alex@example.com");

        // Another Microsoft preset: the same app registration still means something.
        ProfileRules::applyPreset(p, *preset("microsoft-365"), nullptr, preset("outlook-com"));
        QCOMPARE(p.signIn, Profile::SignIn::OAuth);
        QCOMPARE(p.oauthClientId, QStringLiteral("ms-app"));
        QCOMPARE(p.mechanism, AuthMechanism::XOAuth2);

        // Google's: Microsoft's registration means nothing there.
        ProfileRules::applyPreset(p, *preset("gmail"), nullptr, preset("microsoft-365"));
        QCOMPARE(p.signIn, Profile::SignIn::OAuth); // Gmail offers OAuth too
        QVERIFY(p.oauthClientId.isEmpty());
        QVERIFY(p.oauthTenant.isEmpty());
        QVERIFY(p.oauthAccount.isEmpty());

        // A preset without OAuth: back to a password, with the preset's method.
        ProfileRules::applyPreset(p, *preset("fastmail"), nullptr, preset("gmail"));
        QCOMPARE(p.signIn, Profile::SignIn::Password);
        QCOMPARE(p.mechanism, preset("fastmail")->recommendedMechanism);

        p.signIn = Profile::SignIn::OAuth;
        ProfileRules::clearPreset(p);
        QVERIFY(p.presetId.isEmpty());
        QCOMPARE(p.signIn, Profile::SignIn::Password);
    }

    void setSignInChangesTheMethod()
    {
        const Provider *microsoft = preset("microsoft-365");
        Profile p = Profile::create(QStringLiteral("x"));
        ProfileRules::applyPreset(p, *microsoft, nullptr, nullptr);
        QCOMPARE(p.signIn, Profile::SignIn::Password);
        QVERIFY(ProfileRules::offersOAuth(microsoft));
        QVERIFY(!ProfileRules::offersOAuth(preset("fastmail")));
        QVERIFY(!ProfileRules::offersOAuth(nullptr));

        ProfileRules::setSignIn(p, Profile::SignIn::OAuth, microsoft);
        QCOMPARE(p.mechanism, AuthMechanism::XOAuth2);
        ProfileRules::setSignIn(p, Profile::SignIn::Password, microsoft);
        QCOMPARE(p.mechanism, microsoft->recommendedMechanism);
        // A method chosen by hand is not XOAUTH2's and stays.
        p.mechanism = AuthMechanism::Plain;
        ProfileRules::setSignIn(p, Profile::SignIn::Password, microsoft);
        QCOMPARE(p.mechanism, AuthMechanism::Plain);
        p.signIn = Profile::SignIn::OAuth;
        p.mechanism = AuthMechanism::XOAuth2;
        ProfileRules::setSignIn(p, Profile::SignIn::Password, nullptr);
        QCOMPARE(p.mechanism, AuthMechanism::Auto);
    }

    // A port that is TLS from the start (465 and the like) is never offered without TLS, or
    // with STARTTLS, by a built-in preset.
    void presetsUseTlsOnImplicitTlsPorts()
    {
        for (const Provider &provider : m_catalog.all()) {
            for (const Provider::Port &port : provider.ports) {
                if (ProfileRules::securityForPort(port.port) == Security::ImplicitTls)
                    QVERIFY2(
                        port.security == Security::ImplicitTls,
                        qPrintable(QStringLiteral("%1 port %2").arg(provider.id).arg(port.port)));
            }
        }
    }

    void pinsBelongToOneServer()
    {
        Profile p = Profile::create(QStringLiteral("x"));
        p.host = QStringLiteral("relay.lan");
        p.port = 2525;
        const QByteArray a(64, 'a');
        const QByteArray b(64, 'b');
        ProfileRules::addPin(p, QStringLiteral(" relay.lan "), 2525, a);
        ProfileRules::addPin(p, QStringLiteral("relay.lan"), 2525, a); // once
        ProfileRules::addPin(p, QStringLiteral("relay.lan"), 465, b);
        QCOMPARE(p.pins.size(), 2);
        QCOMPARE(p.pinsFor(QStringLiteral("RELAY.LAN"), 2525), QList<QByteArray> {a});
        QCOMPARE(p.pinsFor(QStringLiteral("relay.lan"), 465), QList<QByteArray> {b});
        QVERIFY(p.pinsFor(QStringLiteral("evil.lan"), 2525).isEmpty());
        ProfileRules::keepPinsForServer(p);
        QCOMPARE(p.pins, (QList<CertificatePin> {{QStringLiteral("relay.lan"), 2525, a}}));
        p.host = QStringLiteral("evil.lan");
        ProfileRules::keepPinsForServer(p);
        QVERIFY(p.pins.isEmpty());

        // The CLI's list: all for the server named now.
        p.host = QStringLiteral("relay.lan");
        ProfileRules::setPins(p, {a, b});
        QCOMPARE(p.pinsFor(QStringLiteral("relay.lan"), 2525), (QList<QByteArray> {a, b}));
    }

    // The settings form: a pin shown with the server stays with it; one typed now is for the
    // server named now.
    void editPinsKeepsEachWithItsServer()
    {
        Profile before = Profile::create(QStringLiteral("x"));
        before.host = QStringLiteral("relay.lan");
        before.port = 2525;
        const QByteArray a(64, 'a');
        const QByteArray b(64, 'b');
        ProfileRules::addPin(before, before.host, before.port, a);

        Profile same = before;
        ProfileRules::editPins(same, before, {a, b});
        QCOMPARE(same.pinsFor(same.host, same.port), (QList<QByteArray> {a, b}));

        Profile moved = before;
        moved.host = QStringLiteral("evil.lan"); // the host was changed in the form
        ProfileRules::editPins(moved, before, {a, b});
        QCOMPARE(moved.pins, (QList<CertificatePin> {{QStringLiteral("evil.lan"), 2525, b}}));

        Profile fresh = Profile::create(QStringLiteral("y")); // a new profile: host typed now
        const Profile empty = fresh;
        fresh.host = QStringLiteral("lab.lan");
        ProfileRules::editPins(fresh, empty, {a});
        QCOMPARE(fresh.pins, (QList<CertificatePin> {{QStringLiteral("lab.lan"), 587, a}}));
    }

    void trustRequestsNameEverything()
    {
        Profile p = Profile::create(QStringLiteral("x"));
        p.host = QStringLiteral("relay.lan");
        p.port = 2525;
        QVERIFY(ProfileRules::trustRequests(p).isEmpty()); // the defaults ask for nothing
        ProfileRules::addPin(p, p.host, p.port, QByteArray(64, 'a'));
        p.security = Security::None;
        p.allowPlainAuth = true;
        p.caFile = QStringLiteral("/tmp/ca.pem");
        const QString text = ProfileRules::trustRequests(p).join(QLatin1Char('\n'));
        QCOMPARE(ProfileRules::trustRequests(p).size(), 4);
        QVERIFY2(
            text.contains(QString(64, QLatin1Char('a')) + QStringLiteral(" for relay.lan:2525")),
            qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("without any encryption")));
        QVERIFY(text.contains(QStringLiteral("allowPlainAuth")));
        QVERIFY(text.contains(QStringLiteral("/tmp/ca.pem")));
    }

    void valueChecks()
    {
        QVERIFY(ProfileRules::isServerName(QStringLiteral(" smtp.example.org ")));
        QVERIFY(!ProfileRules::isServerName(QStringLiteral("  ")));
        QVERIFY(!ProfileRules::isServerName(QStringLiteral("a b")));
        QVERIFY(!ProfileRules::isServerName(QStringLiteral("a\tb")));
        QVERIFY(ProfileRules::isUserName(QStringLiteral("me@example.org")));
        QVERIFY(ProfileRules::isUserName(QString()));
        QVERIFY(!ProfileRules::isUserName(QStringLiteral("a\r\nRSET")));
        QVERIFY(!ProfileRules::isUserName(QStringLiteral("a") + QChar(0)));
        QVERIFY(ProfileRules::looksLikeAddress(QStringLiteral("a@b")));
        QVERIFY(!ProfileRules::looksLikeAddress(QStringLiteral("nobody")));
        QVERIFY(!ProfileRules::looksLikeAddress(QStringLiteral("x y@z")));
        QVERIFY(!ProfileRules::looksLikeAddress(QString()));
        QVERIFY(ProfileRules::isEhloName(QString()));
        QVERIFY(ProfileRules::isEhloName(QStringLiteral("box.example.org")));
        QVERIFY(!ProfileRules::isEhloName(QStringLiteral("a\nb")));
        QVERIFY(ProfileRules::isOAuthClientId(QStringLiteral("5d3f9b7e-0c41")));
        QVERIFY(!ProfileRules::isOAuthClientId(QStringLiteral("a b")));
        QVERIFY(ProfileRules::isOAuthTenant(QStringLiteral("example.com")));
        QVERIFY(!ProfileRules::isOAuthTenant(QStringLiteral("a/b")));
        QVERIFY(ProfileRules::isTimeout(0));
        QVERIFY(ProfileRules::isTimeout(ProfileRules::maxTimeoutSeconds));
        QVERIFY(!ProfileRules::isTimeout(ProfileRules::maxTimeoutSeconds + 1));
        QVERIFY(!ProfileRules::isTimeout(-1));
    }
};

QTEST_GUILESS_MAIN(TestProfileRules)
#include "tst_profilerules.moc"
