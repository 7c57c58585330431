// SPDX-License-Identifier: GPL-3.0-or-later
// Where a read-back after a send looks (ReadBackSetup), and the presets' IMAP settings
// (ProviderImap in resources/providers.json).
#include "imap/readbacksetup.h"
#include "oauth/oauthconfig.h"
#include "profiles/profilerules.h"
#include "providers/providercatalog.h"
#include "send/preparedsend.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Sendcheck;

class TestReadBackSetup : public QObject
{
    Q_OBJECT
private:
    static Profile smtpProfile()
    {
        Profile profile;
        profile.host = QStringLiteral("mail.example.com");
        profile.port = 587;
        profile.userName = QStringLiteral("me@example.com");
        profile.caFile = QStringLiteral("/tmp/extra-ca.pem");
        profile.pins.append({QStringLiteral("mail.example.com"), 587, QByteArray(64, 'a')});
        return profile;
    }

private Q_SLOTS:
    void withoutPresetTheSmtpHostOn993()
    {
        QString error;
        const auto settings = ReadBackSetup().settingsFor(smtpProfile(), nullptr,
                                                          Credentials::Kind::Password, &error);
        QVERIFY2(settings, qPrintable(error));
        QCOMPARE(settings->host, QStringLiteral("mail.example.com"));
        QCOMPARE(settings->port, quint16(993));
        QCOMPARE(settings->security, Security::ImplicitTls);
        QCOMPARE(settings->userName, QStringLiteral("me@example.com"));
        QCOMPARE(settings->mechanism, AuthMechanism::Auto);
        QCOMPARE(settings->caFile, QStringLiteral("/tmp/extra-ca.pem"));
        QVERIFY(settings->pinnedSha256.isEmpty()); // the SMTP server's pins are not the mailbox's
    }

    void overridesWinAndPort143MeansStartTls()
    {
        ReadBackSetup setup;
        setup.host = QStringLiteral("imap.example.net");
        setup.port = 143;
        setup.userName = QStringLiteral("other");
        QString error;
        const auto settings
            = setup.settingsFor(smtpProfile(), nullptr, Credentials::Kind::OAuthToken, &error);
        QVERIFY2(settings, qPrintable(error));
        QCOMPARE(settings->host, QStringLiteral("imap.example.net"));
        QCOMPARE(settings->port, quint16(143));
        QCOMPARE(settings->security, Security::StartTls);
        QCOMPARE(settings->userName, QStringLiteral("other"));
        QCOMPARE(settings->mechanism, AuthMechanism::XOAuth2);

        setup.port.reset();
        setup.security = Security::StartTls;
        QCOMPARE(
            setup.settingsFor(smtpProfile(), nullptr, Credentials::Kind::Password, &error)->port,
            quint16(143));
        setup.security = Security::None;
        QVERIFY(!setup.settingsFor(smtpProfile(), nullptr, Credentials::Kind::Password, &error));
        QVERIFY(error.contains(QLatin1String("TLS")));
    }

    void gmailPresetReadsFromImapGmail()
    {
        const ProviderCatalog &catalog = ProviderCatalog::builtIn();
        const Provider *gmail = catalog.find(QStringLiteral("gmail"));
        QVERIFY(gmail && gmail->imap);
        QCOMPARE(gmail->imap->host, QStringLiteral("imap.gmail.com"));
        QCOMPARE(gmail->imap->port, quint16(993));
        QCOMPARE(gmail->imap->security, Security::ImplicitTls);
        QCOMPARE(gmail->imap->oauthScopes,
                 QStringList {QStringLiteral("https://mail.google.com/")});
        Profile profile = smtpProfile();
        profile.host = QStringLiteral("smtp.gmail.com");
        QString error;
        const auto settings
            = ReadBackSetup().settingsFor(profile, gmail, Credentials::Kind::Password, &error);
        QVERIFY2(settings, qPrintable(error));
        QCOMPARE(settings->host, QStringLiteral("imap.gmail.com"));
        QCOMPARE(settings->port, quint16(993));
    }

    // The mailbox presets read back from the IMAP server that the Thunderbird ISPDB snapshot in
    // resources/ispdb lists for the provider (implicit TLS on 993).
    void mailboxPresetsReadFromTheirImapServer_data()
    {
        QTest::addColumn<QString>("preset");
        QTest::addColumn<QString>("host");
        QTest::newRow("microsoft-365") << "microsoft-365"
                                       << "outlook.office365.com";
        QTest::newRow("outlook-com") << "outlook-com"
                                     << "outlook.office365.com";
        QTest::newRow("yahoo") << "yahoo"
                               << "imap.mail.yahoo.com";
        QTest::newRow("aol") << "aol"
                             << "imap.aol.com";
        QTest::newRow("icloud") << "icloud"
                                << "imap.mail.me.com";
        QTest::newRow("zoho") << "zoho"
                              << "imap.zoho.com";
        QTest::newRow("gmx") << "gmx"
                             << "imap.gmx.net";
        QTest::newRow("web-de") << "web-de"
                                << "imap.web.de";
    }
    void mailboxPresetsReadFromTheirImapServer()
    {
        QFETCH(QString, preset);
        QFETCH(QString, host);
        const Provider *provider = ProviderCatalog::builtIn().find(preset);
        QVERIFY(provider && provider->imap);
        QVERIFY(provider->imap->hasMailbox);
        QCOMPARE(provider->imap->host, host);
        QCOMPARE(provider->imap->port, quint16(993));
        QCOMPARE(provider->imap->security, Security::ImplicitTls);
        Profile profile = smtpProfile();
        QString error;
        const auto settings
            = ReadBackSetup().settingsFor(profile, provider, Credentials::Kind::Password, &error);
        QVERIFY2(settings, qPrintable(error));
        QCOMPARE(settings->host, host);
    }

    void sendingServicesHaveNoMailbox_data()
    {
        QTest::addColumn<QString>("preset");
        for (const char *id : {"amazon-ses", "sendgrid", "mailgun", "postmark", "smtp2go", "brevo",
                               "google-workspace-relay"})
            QTest::newRow(id) << QString::fromLatin1(id);
    }
    void sendingServicesHaveNoMailbox()
    {
        QFETCH(QString, preset);
        const Provider *provider = ProviderCatalog::builtIn().find(preset);
        QVERIFY(provider && provider->imap);
        QVERIFY(!provider->imap->hasMailbox);
        QString error;
        QVERIFY(!ReadBackSetup().settingsFor(smtpProfile(), provider, Credentials::Kind::Password,
                                             &error));
        QVERIFY2(error.contains(QLatin1String("without a mailbox")), qPrintable(error));
        // A mailbox named explicitly (the recipient's) is read all the same.
        ReadBackSetup setup;
        setup.host = QStringLiteral("imap.example.org");
        QVERIFY(setup.settingsFor(smtpProfile(), provider, Credentials::Kind::Password, &error));
    }

    void practicePresetUsesThePracticeMailbox()
    {
        const Provider *practice = ProviderCatalog::builtIn().find(QStringLiteral("practice"));
        QVERIFY(practice && practice->imap);
        QCOMPARE(practice->imap->host, QStringLiteral("127.0.0.1"));
        QCOMPARE(practice->imap->port, quint16(9930)); // `sendcheck-cli practice`'s default
    }

    // The profile remembers its read-back mailbox; the flags (the setup's own fields) win.
    void profileMailboxIsUsedAndFlagsOverrideIt()
    {
        Profile profile = smtpProfile();
        profile.imap.host = QStringLiteral("imap.example.org");
        profile.imap.port = 1143;
        profile.imap.security = Security::StartTls;
        profile.imap.userName = QStringLiteral("me@example.com");
        QString error;
        auto settings
            = ReadBackSetup().settingsFor(profile, nullptr, Credentials::Kind::Password, &error);
        QVERIFY2(settings, qPrintable(error));
        QCOMPARE(settings->host, QStringLiteral("imap.example.org"));
        QCOMPARE(settings->port, quint16(1143));
        QCOMPARE(settings->security, Security::StartTls);
        QCOMPARE(settings->userName, QStringLiteral("me@example.com"));

        // Over the preset too: the profile's server, not imap.gmail.com.
        const Provider *gmail = ProviderCatalog::builtIn().find(QStringLiteral("gmail"));
        settings = ReadBackSetup().settingsFor(profile, gmail, Credentials::Kind::Password, &error);
        QVERIFY2(settings, qPrintable(error));
        QCOMPARE(settings->host, QStringLiteral("imap.example.org"));

        ReadBackSetup flags;
        flags.host = QStringLiteral("flag.example.net");
        flags.port = 993;
        flags.security = Security::ImplicitTls;
        flags.userName = QStringLiteral("flag-user");
        settings = flags.settingsFor(profile, nullptr, Credentials::Kind::Password, &error);
        QVERIFY2(settings, qPrintable(error));
        QCOMPARE(settings->host, QStringLiteral("flag.example.net"));
        QCOMPARE(settings->port, quint16(993));
        QCOMPARE(settings->security, Security::ImplicitTls);
        QCOMPARE(settings->userName, QStringLiteral("flag-user"));

        // Only the port saved: the mode follows it (143: STARTTLS), the host is the SMTP one.
        Profile portOnly = smtpProfile();
        portOnly.imap.port = 143;
        settings
            = ReadBackSetup().settingsFor(portOnly, nullptr, Credentials::Kind::Password, &error);
        QVERIFY2(settings, qPrintable(error));
        QCOMPARE(settings->host, QStringLiteral("mail.example.com"));
        QCOMPARE(settings->security, Security::StartTls);
    }

    // Another account's mailbox signs in with its own password (the keychain's "imap" secret);
    // the same account, or an OAuth profile, with the send's own secret.
    void otherAccountHasItsOwnSecret()
    {
        Profile profile = smtpProfile();
        QVERIFY(!ReadBackSetup().usesOwnSecret(profile));
        profile.imap.userName = QStringLiteral("me@example.com"); // the SMTP user
        QVERIFY(!ReadBackSetup().usesOwnSecret(profile));
        profile.imap.userName = QStringLiteral("inbox@example.com");
        QVERIFY(ReadBackSetup().usesOwnSecret(profile));
        ReadBackSetup sameAsSmtp;
        sameAsSmtp.userName = QStringLiteral("me@example.com"); // a flag back to the SMTP user
        QVERIFY(!sameAsSmtp.usesOwnSecret(profile));

        PreparedSend send;
        send.profile = profile;
        send.credentials = Credentials(QStringLiteral("me@example.com"), "smtp-secret");
        QCOMPARE(ReadBackSetup::secretFor(send).view(), QByteArrayView("smtp-secret"));
        send.readBackSecret = SecretBuffer(QByteArrayView("mailbox-secret"));
        QCOMPARE(ReadBackSetup::secretFor(send).view(), QByteArrayView("mailbox-secret"));

        // An OAuth profile's token opens the named mailbox (a shared one) with XOAUTH2.
        Profile oauth = profile;
        oauth.signIn = Profile::SignIn::OAuth;
        QVERIFY(!ReadBackSetup().usesOwnSecret(oauth));
        QString error;
        const auto settings
            = ReadBackSetup().settingsFor(oauth, nullptr, Credentials::Kind::OAuthToken, &error);
        QVERIFY2(settings, qPrintable(error));
        QCOMPARE(settings->mechanism, AuthMechanism::XOAuth2);
        QCOMPARE(settings->userName, QStringLiteral("inbox@example.com"));
    }

    // Microsoft 365 and Outlook.com open IMAP only with their IMAP scope: the preset lists it,
    // the sign-in asks for it when read-back is on, and a token without it is explained.
    void microsoftMailboxNeedsTheImapScope_data()
    {
        QTest::addColumn<QString>("preset");
        QTest::newRow("microsoft-365") << QStringLiteral("microsoft-365");
        QTest::newRow("outlook-com") << QStringLiteral("outlook-com");
    }
    void microsoftMailboxNeedsTheImapScope()
    {
        QFETCH(QString, preset);
        const QString imapScope
            = QStringLiteral("https://outlook.office.com/IMAP.AccessAsUser.All");
        const Provider *microsoft = ProviderCatalog::builtIn().find(preset);
        QVERIFY(microsoft && microsoft->oauth && microsoft->imap);
        QCOMPARE(microsoft->imap->oauthScopes, QStringList {imapScope});
        QCOMPARE(OAuthConfig::mailboxScopes(microsoft), QStringList {imapScope});

        Profile profile = smtpProfile();
        profile.presetId = preset;
        profile.host = QStringLiteral("smtp.office365.com");
        profile.signIn = Profile::SignIn::OAuth;
        profile.oauthClientId = QStringLiteral("00000000-1111-2222-3333-444444444444");
        QString error;
        auto config = OAuthConfig::forProfile(profile, microsoft, &error);
        QVERIFY2(config, qPrintable(error));
        QVERIFY(!config->scopes.contains(imapScope)); // read-back off: only what sending needs
        profile.imap.readBack = true;
        config = OAuthConfig::forProfile(profile, microsoft, &error);
        QVERIFY2(config, qPrintable(error));
        QVERIFY(config->scopes.contains(imapScope));
        QVERIFY(config->scopes.contains(QStringLiteral("https://outlook.office.com/SMTP.Send")));
        QCOMPARE(config->scopes.count(imapScope), 1);

        const QStringList smtpOnly = {QStringLiteral("https://outlook.office.com/SMTP.Send"),
                                      QStringLiteral("offline_access")};
        QVERIFY(!ReadBackSetup().settingsFor(profile, microsoft, Credentials::Kind::OAuthToken,
                                             &error, smtpOnly));
        QVERIFY2(error.contains(imapScope) && error.contains(QLatin1String("sign in again")),
                 qPrintable(error));
        const auto settings
            = ReadBackSetup().settingsFor(profile, microsoft, Credentials::Kind::OAuthToken, &error,
                                          smtpOnly + QStringList {imapScope});
        QVERIFY2(settings, qPrintable(error));
        QCOMPARE(settings->host, QStringLiteral("outlook.office365.com"));
        QCOMPARE(settings->mechanism, AuthMechanism::XOAuth2);
        // Not known which scopes the token has: the server will say.
        QVERIFY(ReadBackSetup().settingsFor(profile, microsoft, Credentials::Kind::OAuthToken,
                                            &error, {}));
    }

    void gmailScopeIsNotAskedForTwice()
    {
        const Provider *gmail = ProviderCatalog::builtIn().find(QStringLiteral("gmail"));
        Profile profile = smtpProfile();
        profile.presetId = QStringLiteral("gmail");
        profile.signIn = Profile::SignIn::OAuth;
        profile.oauthClientId = QStringLiteral("1234-abc.apps.googleusercontent.com");
        profile.imap.readBack = true;
        QString error;
        const auto config = OAuthConfig::forProfile(profile, gmail, &error);
        QVERIFY2(config, qPrintable(error));
        QCOMPARE(config->scopes.count(QStringLiteral("https://mail.google.com/")), 1);
    }

    // An imported profile that reads back from another server than the one it sends through
    // says so among what it asks to trust: that server gets a sign-in.
    void importAsksToTrustAnotherMailboxServer()
    {
        Profile profile = smtpProfile();
        profile.pins.clear();
        profile.caFile.clear();
        QVERIFY(ProfileRules::trustRequests(profile).isEmpty());
        profile.imap.host = QStringLiteral("mail.example.com"); // the SMTP server itself
        QVERIFY(ProfileRules::trustRequests(profile).isEmpty());
        profile.imap.host = QStringLiteral("imap.elsewhere.example");
        QStringList requests = ProfileRules::trustRequests(profile);
        QCOMPARE(requests.size(), 1);
        QVERIFY(requests.constFirst().contains(QLatin1String("imap.elsewhere.example")));
        QVERIFY(requests.constFirst().contains(QLatin1String("password")));
        profile.imap.userName = QStringLiteral("inbox@elsewhere.example");
        requests = ProfileRules::trustRequests(profile);
        QCOMPARE(requests.size(), 1);
        QVERIFY(requests.constFirst().contains(QLatin1String("inbox@elsewhere.example")));
    }

    // The mailbox server's certificate is pinned for its own host and port, like the SMTP
    // server's: a pin never opens another server, and the SMTP pins never open the mailbox.
    void mailboxPinsApplyToTheMailboxServerOnly()
    {
        const QByteArray mailboxPin(64, 'b');
        const QByteArray runPin(64, 'c');
        Profile profile = smtpProfile();
        profile.id = Profile::newId();
        profile.name = QStringLiteral("Pinned mailbox");
        profile.imap.host = QStringLiteral("imap.example.com");
        profile.imap.pins.append({QStringLiteral("IMAP.example.com"), 993, mailboxPin});
        profile.imap.pins.append({QStringLiteral("imap.example.com"), 143, QByteArray(64, 'd')});
        QString error;
        auto settings
            = ReadBackSetup().settingsFor(profile, nullptr, Credentials::Kind::Password, &error);
        QVERIFY2(settings, qPrintable(error));
        QCOMPARE(settings->pinnedSha256, QList<QByteArray> {mailboxPin});

        ReadBackSetup elsewhere; // another server for this run: no saved pin goes with it
        elsewhere.host = QStringLiteral("imap.other.example");
        elsewhere.extraPins = {runPin};
        settings = elsewhere.settingsFor(profile, nullptr, Credentials::Kind::Password, &error);
        QVERIFY2(settings, qPrintable(error));
        QCOMPARE(settings->pinnedSha256, QList<QByteArray> {runPin});
        QCOMPARE(profile.toServerSettings().pinnedSha256, QList<QByteArray> {QByteArray(64, 'a')});

        // Saved with the profile, and asked about when a file brings them in.
        const auto again = Profile::fromJson(profile.toJson(), &error);
        QVERIFY2(again, qPrintable(error));
        QCOMPARE(again->imap.pins, profile.imap.pins);
        const QStringList requests = ProfileRules::trustRequests(profile);
        QVERIFY(std::any_of(requests.cbegin(), requests.cend(), [&](const QString &request) {
            return request.contains(QString::fromLatin1(mailboxPin))
                && request.contains(QLatin1String("IMAP.example.com:993"));
        }));
        QJsonObject broken = profile.toJson();
        QJsonObject imap = broken.value(QLatin1String("imap")).toObject();
        imap.insert(QStringLiteral("pins"),
                    QJsonArray {QJsonObject {{QStringLiteral("host"), QStringLiteral("h")},
                                             {QStringLiteral("port"), 993},
                                             {QStringLiteral("sha256"), QStringLiteral("zz")}}});
        broken.insert(QStringLiteral("imap"), imap);
        QVERIFY(!Profile::fromJson(broken, &error));
        QVERIFY2(error.contains(QLatin1String("imap")) && error.contains(QLatin1String("zz")),
                 qPrintable(error));
    }

    void imapKeyIsValidatedAndRoundTrips_data()
    {
        QTest::addColumn<QByteArray>("imap");
        QTest::addColumn<bool>("valid");
        QTest::newRow("object") << QByteArray(R"({"host": "imap.example.com", "port": 143,
            "security": "starttls", "scopes": ["a", "b"]})")
                                << true;
        QTest::newRow("no mailbox") << QByteArray("false") << true;
        QTest::newRow("true") << QByteArray("true") << false;
        QTest::newRow("no host") << QByteArray(R"({"port": 993})") << false;
        QTest::newRow("plain") << QByteArray(R"({"host": "h", "security": "none"})") << false;
        QTest::newRow("bad port") << QByteArray(R"({"host": "h", "port": 0})") << false;
        QTest::newRow("bad scope") << QByteArray(R"({"host": "h", "scopes": ["a b"]})") << false;
    }
    void imapKeyIsValidatedAndRoundTrips()
    {
        QFETCH(QByteArray, imap);
        QFETCH(bool, valid);
        const QJsonValue value = QJsonDocument::fromJson("{\"imap\": " + imap + "}")
                                     .object()
                                     .value(QLatin1String("imap"));
        QString error;
        const auto parsed = ProviderImap::fromJson(value, &error);
        QCOMPARE(bool(parsed), valid);
        if (!parsed) {
            QVERIFY(!error.isEmpty());
            return;
        }
        const auto again = ProviderImap::fromJson(parsed->toJson(), &error);
        QVERIFY(again);
        QCOMPARE(again->hasMailbox, parsed->hasMailbox);
        QCOMPARE(again->host, parsed->host);
        QCOMPARE(again->port, parsed->port);
        QCOMPARE(again->security, parsed->security);
        QCOMPARE(again->oauthScopes, parsed->oauthScopes);
    }
};

QTEST_GUILESS_MAIN(TestReadBackSetup)
#include "tst_readbacksetup.moc"
