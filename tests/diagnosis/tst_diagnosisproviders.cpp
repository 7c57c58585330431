// SPDX-License-Identifier: GPL-3.0-or-later
// The diagnosis keeps no provider facts of its own: server names, ports and sign-in facts come
// from the provider catalog (resources/providers.json). These tests pin what that gives people
// (the ports to try, the security a port implies, the hint for a preset) and check that the
// hint texts, which stay prose for translators, only quote what the catalog says.
#include "diagnosis/diagnoser.h"
#include "diagnosis/diagnosiscatalog.h"
#include "providers/providercatalog.h"

#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace Sendcheck;

class TestDiagnosisProviders : public QObject
{
    Q_OBJECT

private:
    static QStringList familyIds()
    {
        QStringList ids;
        for (const ProviderFamily &family : ProviderCatalog::builtIn().families())
            ids << family.id;
        return ids;
    }

private Q_SLOTS:
    void portsToTry_data()
    {
        QTest::addColumn<QString>("host");
        QTest::addColumn<QString>("preset");
        QTest::addColumn<int>("port");
        QTest::addColumn<QString>("fix"); // the first fix of a timeout
        const QString standard = QStringLiteral("Try another port: 465 with TLS from the start.");
        QTest::newRow("unknown server") << "mail.example.com"
                                        << "" << 587 << standard;
        QTest::newRow("unknown server, 465") << "mail.example.com"
                                             << "" << 465 << "Try another port: 587 with STARTTLS.";
        QTest::newRow("gmail") << "smtp.gmail.com"
                               << "" << 587 << standard;
        QTest::newRow("google relay, unencrypted ports skipped")
            << ""
            << "google-workspace-relay" << 2525
            << "Try another port: 587 with STARTTLS, 465 with TLS from the start.";
        QTest::newRow("microsoft: no 465, no 25")
            << "smtp.office365.com"
            << "" << 2525 << "Try another port: 587 with STARTTLS.";
        QTest::newRow("microsoft on 587: nothing else") << "smtp-mail.outlook.com"
                                                        << "" << 587 << "";
        QTest::newRow("microsoft preset, no host")
            << ""
            << "microsoft-365" << 465 << "Try another port: 587 with STARTTLS.";
        QTest::newRow("ses") << "email-smtp.eu-west-1.amazonaws.com"
                             << "" << 25
                             << "Try another port: 587 with STARTTLS, 2587 with STARTTLS, 465 with "
                                "TLS from the start, 2465 "
                                "with TLS from the start. Port 25 is meant for servers talking to "
                                "servers; most internet "
                                "providers and cloud hosts block it for everyone else.";
        QTest::newRow("sendgrid")
            << "smtp.sendgrid.net"
            << "" << 587 << "Try another port: 2525 with STARTTLS, 465 with TLS from the start.";
        QTest::newRow("mailgun eu")
            << "smtp.eu.mailgun.org"
            << "" << 465 << "Try another port: 587 with STARTTLS, 2525 with STARTTLS.";
        QTest::newRow("postmark: 465 never")
            << "smtp.postmarkapp.com"
            << "" << 587 << "Try another port: 2525 with STARTTLS.";
        QTest::newRow("smtp2go: not 80") << "mail-eu.smtp2go.com"
                                         << "" << 587
                                         << "Try another port: 2525 with STARTTLS, 8025 with "
                                            "STARTTLS, 465 with TLS from the start, 8465 "
                                            "with TLS from the start, 443 with TLS from the start.";
        QTest::newRow("brevo")
            << "smtp-relay.sendinblue.com"
            << "" << 2525 << "Try another port: 587 with STARTTLS, 465 with TLS from the start.";
        QTest::newRow("zoho: STARTTLS first")
            << "smtppro.zoho.eu"
            << "" << 25
            << "Try another port: 587 with STARTTLS, 465 with "
               "TLS from the start. Port 25 is meant for servers talking "
               "to servers; most internet providers and cloud "
               "hosts block it for everyone else.";
        QTest::newRow("icloud") << "smtp.mail.me.com"
                                << "" << 587 << standard;
    }
    void portsToTry()
    {
        QFETCH(QString, host);
        QFETCH(QString, preset);
        QFETCH(int, port);
        QFETCH(QString, fix);
        SessionFailure timeout;
        timeout.stage = Stage::Connecting;
        timeout.kind = FailureKind::Timeout;
        DiagnosisContext context;
        context.host = host;
        context.presetId = preset;
        context.port = quint16(port);
        context.security = port == 465 ? Security::ImplicitTls : Security::StartTls;
        const Explanation explanation = Diagnoser::explain(timeout, context);
        QCOMPARE(explanation.topic, QStringLiteral("net.timeout"));
        if (fix.isEmpty())
            QVERIFY(!explanation.fixes.first().startsWith(QLatin1String("Try another port")));
        else
            QCOMPARE(explanation.fixes.first(), fix);
    }

    void portImpliesSecurity_data()
    {
        QTest::addColumn<int>("port");
        QTest::addColumn<int>("security");
        QTest::addColumn<bool>("mismatch");
        for (int port : {465, 2465, 8465, 443}) {
            QTest::addRow("%d with STARTTLS", port) << port << int(Security::StartTls) << true;
            QTest::addRow("%d with TLS from the start", port)
                << port << int(Security::ImplicitTls) << false;
        }
        for (int port : {25, 587, 2525, 2587, 8025, 80}) {
            QTest::addRow("%d with TLS from the start", port)
                << port << int(Security::ImplicitTls) << true;
            QTest::addRow("%d with STARTTLS", port) << port << int(Security::StartTls) << false;
        }
        QTest::newRow("1025 says nothing") << 1025 << int(Security::ImplicitTls) << false;
    }
    void portImpliesSecurity()
    {
        QFETCH(int, port);
        QFETCH(int, security);
        QFETCH(bool, mismatch);
        SessionFailure hang;
        hang.stage = Stage::Banner;
        hang.kind = FailureKind::Timeout;
        DiagnosisContext context;
        context.port = quint16(port);
        context.security = Security(security);
        QCOMPARE(Diagnoser::explain(hang, context).topic,
                 mismatch ? QStringLiteral("net.security_mode_mismatch")
                          : QStringLiteral("net.timeout"));
    }

    void presetNamesTheProvider_data()
    {
        QTest::addColumn<QString>("preset");
        QTest::addColumn<QString>("hintWords"); // empty: no hint
        QTest::newRow("gmail") << "gmail"
                               << "apppasswords";
        QTest::newRow("google relay") << "google-workspace-relay"
                                      << "apppasswords";
        QTest::newRow("outlook.com") << "outlook-com"
                                     << "Set-CASMailbox";
        QTest::newRow("aol") << "aol"
                             << "Yahoo and AOL";
        QTest::newRow("web.de") << "web-de"
                                << "WEB.DE";
        QTest::newRow("zoho organisation") << "zoho-organisation"
                                           << "Zoho";
        QTest::newRow("custom") << "custom"
                                << "";
        QTest::newRow("practice") << "practice"
                                  << "";
    }
    void presetNamesTheProvider()
    {
        QFETCH(QString, preset);
        QFETCH(QString, hintWords);
        DiagnosisContext context;
        context.host = QStringLiteral("relay.example.net");
        context.presetId = preset;
        const Explanation explanation = Diagnoser::explainText(
            QStringLiteral("535 5.7.8 Authentication credentials invalid"), Stage::Auth, context);
        if (hintWords.isEmpty())
            QVERIFY(explanation.providerHint.isEmpty());
        else
            QVERIFY2(explanation.providerHint.contains(hintWords),
                     qPrintable(explanation.providerHint));
    }

    void hostFactsDecideTheTopic_data()
    {
        QTest::addColumn<QString>("host");
        QTest::addColumn<QString>("topic");
        // Every family whose presets all want an app password, and none other.
        const ProviderCatalog &catalog = ProviderCatalog::builtIn();
        for (const ProviderFamily &family : catalog.families()) {
            bool appPassword = true;
            for (const Provider *preset : catalog.presetsOf(family))
                appPassword = appPassword && preset->secretKind == SecretKind::AppPassword;
            const QString topic = family.hasAuthNote(AuthNote::SmtpAuthSwitch)
                ? QStringLiteral("auth.disabled_by_provider")
                : appPassword ? QStringLiteral("auth.app_password_required")
                              : QStringLiteral("auth.credentials_rejected");
            for (const Provider *preset : catalog.presetsOf(family))
                QTest::addRow("%s", qPrintable(preset->hosts.first().host))
                    << preset->hosts.first().host << topic;
        }
        QTest::newRow("no family") << "mail.example.com"
                                   << "auth.credentials_rejected";
    }
    void hostFactsDecideTheTopic()
    {
        QFETCH(QString, host);
        QFETCH(QString, topic);
        DiagnosisContext context;
        context.host = host;
        QCOMPARE(Diagnoser::explainText(QStringLiteral("535 5.7.8 Authentication credentials "
                                                       "invalid"),
                                        Stage::Auth, context)
                     .topic,
                 topic);
    }

    void everyProviderIdIsAFamily()
    {
        const QStringList families = familyIds();
        QSet<QString> hinted;
        for (const ProviderHint &hint : DiagnosisCatalog::providerHints()) {
            QVERIFY2(families.contains(QLatin1String(hint.provider)), hint.provider);
            hinted.insert(QLatin1String(hint.provider));
        }
        for (const auto *rules :
             {&DiagnosisCatalog::replyRules(), &DiagnosisCatalog::transportRules()})
            for (const CompiledRule &rule : *rules) {
                if (rule.rule->provider)
                    QVERIFY2(families.contains(QLatin1String(rule.rule->provider)),
                             rule.rule->entry);
            }
        // And the catalog carries no family that no hint is written for.
        for (const QString &family : families)
            QVERIFY2(hinted.contains(family), qPrintable(family));
    }

    // The hints are prose for translators; the facts in them must be the catalog's.
    void hintsQuoteTheCatalog()
    {
        const ProviderCatalog &catalog = ProviderCatalog::builtIn();
        static const QRegularExpression number(QStringLiteral(R"((?<![\d.,])\d{2,5}(?![\d.,]))"));
        static const QRegularExpression server(
            QStringLiteral(R"(\b(?:smtp|email-smtp)[a-z0-9.<>-]*\.[a-z]{2,}\b)"));
        int portsChecked = 0;
        int serversChecked = 0;
        for (const ProviderHint &hint : DiagnosisCatalog::providerHints()) {
            const ProviderFamily *family = catalog.findFamily(QLatin1String(hint.provider));
            QVERIFY(family);
            const QString text = QString::fromUtf8(hint.text.source);
            QSet<quint16> ports(family->unsupportedPorts.cbegin(), family->unsupportedPorts.cend());
            QSet<QString> userNames;
            for (const Provider *preset : catalog.presetsOf(*family)) {
                for (const Provider::Port &port : preset->ports)
                    ports.insert(port.port);
                if (!preset->userName.isEmpty())
                    userNames.insert(preset->userName);
            }
            // Numbers in a network hint are ports (leaving out server and product names).
            QString words = text;
            words.remove(server).remove(QStringLiteral("Microsoft 365"));
            if (QRegularExpression(QLatin1String(hint.topics))
                    .match(QStringLiteral("net.timeout"))
                    .hasMatch()) {
                for (const auto &match : number.globalMatch(words)) {
                    QVERIFY2(ports.contains(match.captured().toUShort()),
                             qPrintable(QStringLiteral("%1: port %2")
                                            .arg(QLatin1String(hint.text.key), match.captured())));
                    ++portsChecked;
                }
            }
            for (const auto &match : server.globalMatch(text)) {
                QVERIFY2(family->matchesHost(match.captured()),
                         qPrintable(QStringLiteral("%1: %2").arg(QLatin1String(hint.text.key),
                                                                 match.captured())));
                ++serversChecked;
            }
            // A fixed user name is what the sign-in hint tells people to type.
            if (QRegularExpression(QLatin1String(hint.topics))
                    .match(QStringLiteral("auth.credentials_rejected"))
                    .hasMatch()) {
                for (const QString &userName : std::as_const(userNames))
                    QVERIFY2(text.contains(userName), hint.text.key);
            }
        }
        QVERIFY(portsChecked >= 10);
        QVERIFY(serversChecked >= 5);
    }
};

QTEST_GUILESS_MAIN(TestDiagnosisProviders)
#include "tst_diagnosisproviders.moc"
