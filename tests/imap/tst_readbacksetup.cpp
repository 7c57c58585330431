// SPDX-License-Identifier: GPL-3.0-or-later
// Where a read-back after a send looks (ReadBackSetup), and the presets' IMAP settings
// (ProviderImap in resources/providers.json).
#include "imap/readbacksetup.h"
#include "providers/providercatalog.h"

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
