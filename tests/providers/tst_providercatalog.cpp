// SPDX-License-Identifier: GPL-3.0-or-later
#include "providers/providercatalog.h"
#include "providers/providertext.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QScopeGuard>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QUrl>

using namespace Sendcheck;

class TestProviderCatalog : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_config;

    static void writeFile(const QString &path, const QByteArray &content)
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
    }

    static QJsonObject minimalPreset(const QString &id)
    {
        return QJsonObject {
            {QStringLiteral("id"), id},
            {QStringLiteral("name"), QStringLiteral("Lab relay")},
            {QStringLiteral("hosts"),
             QJsonArray {QJsonObject {{QStringLiteral("host"), QStringLiteral("relay.lab")}}}},
            {QStringLiteral("ports"),
             QJsonArray {QJsonObject {{QStringLiteral("port"), 2587},
                                      {QStringLiteral("security"), QStringLiteral("starttls")},
                                      {QStringLiteral("recommended"), true}}}},
            {QStringLiteral("secretKind"), QStringLiteral("account-password")},
        };
    }

private Q_SLOTS:
    void initTestCase()
    {
        // Keep the user preset directory inside a throwaway folder.
        QVERIFY(m_config.isValid());
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_config.path()));
        QVERIFY(ProviderCatalog::userPresetDirectory().startsWith(m_config.path()));
    }

    // The schema test: every built-in preset, checked field by field without trusting the
    // loader's own validation (the raw JSON is read again here).
    void builtInPresetsAreValid()
    {
        ProviderCatalog catalog;
        QVERIFY2(catalog.addFile(ProviderCatalog::builtInPath()),
                 qPrintable(catalog.errors().join(QLatin1Char('\n'))));
        QVERIFY(catalog.errors().isEmpty());

        QFile file(ProviderCatalog::builtInPath());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonArray raw = QJsonDocument::fromJson(file.readAll())
                                   .object()
                                   .value(QStringLiteral("presets"))
                                   .toArray();
        QCOMPARE(catalog.all().size(), raw.size());

        const QSet<QString> securities {QStringLiteral("starttls"), QStringLiteral("tls"),
                                        QStringLiteral("none")};
        const QSet<QString> kinds {QStringLiteral("account-password"),
                                   QStringLiteral("app-password"),
                                   QStringLiteral("api-key"),
                                   QStringLiteral("smtp-key"),
                                   QStringLiteral("smtp-credentials"),
                                   QStringLiteral("oauth"),
                                   QStringLiteral("none")};
        QSet<QString> ids;
        for (const QJsonValue &value : raw) {
            const QJsonObject preset = value.toObject();
            const QString id = preset.value(QStringLiteral("id")).toString();
            QVERIFY2(!id.isEmpty(), "preset without id");
            QVERIFY2(!ids.contains(id), qPrintable(QStringLiteral("duplicate id ") + id));
            ids.insert(id);
            QVERIFY2(!preset.value(QStringLiteral("name")).toString().isEmpty(), qPrintable(id));
            QVERIFY2(kinds.contains(preset.value(QStringLiteral("secretKind")).toString()),
                     qPrintable(id));

            const QJsonArray hosts = preset.value(QStringLiteral("hosts")).toArray();
            QVERIFY2(!hosts.isEmpty(), qPrintable(id));
            for (const QJsonValue &h : hosts) {
                const QString name = h.toObject().value(QStringLiteral("host")).toString();
                QVERIFY2(!name.isEmpty() && !name.contains(QLatin1Char(' ')), qPrintable(id));
            }

            const QJsonArray ports = preset.value(QStringLiteral("ports")).toArray();
            QVERIFY2(!ports.isEmpty(), qPrintable(id));
            int recommended = 0;
            for (const QJsonValue &p : ports) {
                const QJsonObject port = p.toObject();
                const int number = port.value(QStringLiteral("port")).toInt(-1);
                QVERIFY2(number >= 1 && number <= 65535, qPrintable(id));
                QVERIFY2(securities.contains(port.value(QStringLiteral("security")).toString()),
                         qPrintable(id));
                recommended += port.value(QStringLiteral("recommended")).toBool() ? 1 : 0;
            }
            QVERIFY2(recommended == 1, qPrintable(id + QStringLiteral(": recommended port")));

            const QJsonArray links = preset.value(QStringLiteral("helpLinks")).toArray();
            for (const QJsonValue &l : links) {
                const QUrl url(l.toObject().value(QStringLiteral("url")).toString());
                QVERIFY2(url.isValid() && url.scheme() == QLatin1String("https"), qPrintable(id));
                QVERIFY2(!l.toObject().value(QStringLiteral("title")).toString().isEmpty(),
                         qPrintable(id));
            }
        }
    }

    void requiredPresetsExist()
    {
        ProviderCatalog catalog;
        QVERIFY(catalog.addFile(ProviderCatalog::builtInPath()));
        for (const char *id : {"gmail",         "google-workspace-relay",
                               "microsoft-365", "outlook-com",
                               "amazon-ses",    "sendgrid",
                               "mailgun",       "postmark",
                               "smtp2go",       "brevo",
                               "zoho",          "zoho-organisation",
                               "icloud",        "yahoo",
                               "aol",           "fastmail",
                               "gmx",           "web-de",
                               "custom",        "practice"})
            QVERIFY2(catalog.find(QString::fromLatin1(id)), id);

        // Facts that matter to people: spot checks against the provider notes.
        const Provider *m365 = catalog.find(QStringLiteral("microsoft-365"));
        QVERIFY(!m365->findPort(465)); // Microsoft 365 never offers 465 for submission
        QCOMPARE(m365->recommendedPort()->port, quint16(587));
        const Provider *sendgrid = catalog.find(QStringLiteral("sendgrid"));
        QCOMPARE(sendgrid->userName, QStringLiteral("apikey"));
        const Provider *fastmail = catalog.find(QStringLiteral("fastmail"));
        QCOMPARE(fastmail->recommendedPort()->port, quint16(465));
        QCOMPARE(fastmail->recommendedPort()->security, Security::ImplicitTls);
        const Provider *ses = catalog.find(QStringLiteral("amazon-ses"));
        QVERIFY(ses->findHost(QStringLiteral("eu-west-1")));
        QVERIFY(ses->findHost(QStringLiteral("us-east-1-fips")));
        QVERIFY(ses->findHost(QStringLiteral("us-gov-west-1-fips")));
        QCOMPARE(ses->hosts.size(), 23);
        const Provider *mailgun = catalog.find(QStringLiteral("mailgun"));
        QCOMPARE(mailgun->findHost(QStringLiteral("eu"))->host,
                 QStringLiteral("smtp.eu.mailgun.org"));
        const Provider *practice = catalog.find(QStringLiteral("practice"));
        QCOMPARE(practice->hosts.first().host, QStringLiteral("127.0.0.1"));
        QCOMPARE(practice->recommendedPort()->port, quint16(2525));
        QCOMPARE(practice->userName, QStringLiteral("practice"));
        QCOMPARE(catalog.find(QStringLiteral("gmail"))->secretKind, SecretKind::AppPassword);
    }

    void jsonRoundTrip()
    {
        ProviderCatalog catalog;
        QVERIFY(catalog.addFile(ProviderCatalog::builtInPath()));
        for (const Provider &provider : catalog.all()) {
            QString error;
            const auto again = Provider::fromJson(provider.toJson(), &error);
            QVERIFY2(again, qPrintable(provider.id + QStringLiteral(": ") + error));
            QCOMPARE(again->toJson(), provider.toJson());
        }
    }

    // The provider families: what the diagnosis knows about a provider's servers lives here.
    void builtInFamiliesFitThePresets()
    {
        const ProviderCatalog &catalog = ProviderCatalog::builtIn();
        QVERIFY2(catalog.errors().isEmpty(), qPrintable(catalog.errors().join(QLatin1Char('\n'))));
        QStringList ids;
        for (const ProviderFamily &family : catalog.families())
            ids << family.id;
        // The families the diagnosis's hints are written for, in the order it tries them.
        QCOMPARE(ids,
                 QStringList({"gmail", "microsoft", "ses", "sendgrid", "mailgun", "postmark",
                              "smtp2go", "brevo", "zoho", "yahoo", "icloud", "fastmail", "gmx"}));
        QSet<QString> claimed;
        for (const ProviderFamily &family : catalog.families()) {
            QVERIFY2(!family.hostPatterns.isEmpty(), qPrintable(family.id));
            QCOMPARE(catalog.presetsOf(family).size(), family.presetIds.size()); // all exist
            for (const QString &presetId : family.presetIds) {
                QVERIFY2(!claimed.contains(presetId), qPrintable(presetId + " in two families"));
                claimed.insert(presetId);
                QCOMPARE(catalog.familyOfPreset(presetId), &family);
            }
            // Every server of every preset of the family is recognised as the family's, and a
            // port it lists is never one the family says does not work.
            for (const Provider *preset : catalog.presetsOf(family)) {
                for (const Provider::Host &host : preset->hosts) {
                    QVERIFY2(family.matchesHost(host.host), qPrintable(host.host));
                    QCOMPARE(catalog.familyOfHost(host.host), &family);
                }
                for (const quint16 port : family.unsupportedPorts)
                    QVERIFY2(!preset->findPort(port), qPrintable(preset->id));
            }
        }
        // Presets outside every family: their servers belong to none.
        for (const char *id : {"custom", "practice"}) {
            QVERIFY(!catalog.familyOfPreset(QString::fromLatin1(id)));
            for (const Provider::Host &host : catalog.find(QString::fromLatin1(id))->hosts)
                QVERIFY2(!catalog.familyOfHost(host.host), qPrintable(host.host));
        }
    }

    void familyFacts()
    {
        const ProviderCatalog &catalog = ProviderCatalog::builtIn();
        const ProviderFamily *microsoft = catalog.findFamily(QStringLiteral("microsoft"));
        QVERIFY(microsoft);
        QCOMPARE(microsoft->unsupportedPorts, QList<quint16>({465}));
        QVERIFY(microsoft->hasAuthNote(AuthNote::SmtpAuthSwitch));
        QVERIFY(microsoft->hasAuthNote(AuthNote::PasswordSignInRetiring));
        QCOMPARE(catalog.familyOfPreset(QStringLiteral("outlook-com")), microsoft);
        QCOMPARE(catalog.familyOfHost(QStringLiteral(" SMTP-Mail.Outlook.com ")), microsoft);
        QCOMPARE(catalog.findFamily(QStringLiteral("postmark"))->unsupportedPorts,
                 QList<quint16>({465}));
        QVERIFY(
            !catalog.findFamily(QStringLiteral("gmail"))->hasAuthNote(AuthNote::SmtpAuthSwitch));
        const ProviderFamily *ses = catalog.findFamily(QStringLiteral("ses"));
        QCOMPARE(catalog.familyOfHost(QStringLiteral("email-smtp.ap-southeast-3.amazonaws.com")),
                 ses);
        QCOMPARE(catalog.familyOfHost(QStringLiteral("smtp.zohocloud.ca"))->id,
                 QStringLiteral("zoho"));
        QCOMPARE(catalog.familyOfHost(QStringLiteral("smtp.aol.com"))->id, QStringLiteral("yahoo"));
        // Only whole domain names count.
        QVERIFY(!catalog.familyOfHost(QStringLiteral("notgmail.com")));
        QVERIFY(!catalog.familyOfHost(QStringLiteral("gmail.com.example.org")));
        QVERIFY(!catalog.familyOfHost(QString()));
        QVERIFY(!catalog.familyOfPreset(QString()));

        // The encryption a port number implies, as the presets document it.
        QCOMPARE(catalog.documentedSecurity(465), Security::ImplicitTls);
        QCOMPARE(catalog.documentedSecurity(2465), Security::ImplicitTls);
        QCOMPARE(catalog.documentedSecurity(443), Security::ImplicitTls);
        QCOMPARE(catalog.documentedSecurity(587), Security::StartTls);
        QCOMPARE(catalog.documentedSecurity(25), Security::StartTls); // "none" entries do not count
        QCOMPARE(catalog.documentedSecurity(8025), Security::StartTls);
        QCOMPARE(catalog.documentedSecurity(1025), std::nullopt);
    }

    void familiesRoundTrip()
    {
        for (const ProviderFamily &family : ProviderCatalog::builtIn().families()) {
            QString error;
            const auto again = ProviderFamily::fromJson(family.toJson(), &error);
            QVERIFY2(again, qPrintable(family.id + QStringLiteral(": ") + error));
            QCOMPARE(again->toJson(), family.toJson());
        }
    }

    void userFamilyReplacesBuiltIn()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QJsonObject family {
            {QStringLiteral("id"), QStringLiteral("gmail")},
            {QStringLiteral("presets"), QJsonArray {QStringLiteral("lab")}},
            {QStringLiteral("hostPatterns"), QJsonArray {QStringLiteral("\\.lab$")}}};
        writeFile(dir.filePath(QStringLiteral("lab.json")),
                  QJsonDocument(QJsonObject {{QStringLiteral("schema"), 1},
                                             {QStringLiteral("presets"),
                                              QJsonArray {minimalPreset(QStringLiteral("lab"))}},
                                             {QStringLiteral("families"), QJsonArray {family}}})
                      .toJson());
        ProviderCatalog catalog;
        QVERIFY(catalog.addFile(ProviderCatalog::builtInPath()));
        const qsizetype builtIn = catalog.families().size();
        QVERIFY2(catalog.addFile(dir.filePath(QStringLiteral("lab.json"))),
                 qPrintable(catalog.errors().join(QLatin1Char('\n'))));
        QCOMPARE(catalog.families().size(), builtIn);
        QCOMPARE(catalog.familyOfHost(QStringLiteral("relay.lab"))->id, QStringLiteral("gmail"));
        QVERIFY(!catalog.familyOfHost(QStringLiteral("smtp.gmail.com")));
        QVERIFY(!catalog.familyOfPreset(QStringLiteral("gmail")));
        // The built-in catalog the diagnosis reads is not touched by a user's file.
        QCOMPARE(ProviderCatalog::builtIn().familyOfHost(QStringLiteral("smtp.gmail.com"))->id,
                 QStringLiteral("gmail"));
    }

    void brokenFamilyKeepsThePresets()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("lab.json"));
        writeFile(
            path,
            QJsonDocument(
                QJsonObject {
                    {QStringLiteral("presets"), QJsonArray {minimalPreset(QStringLiteral("lab"))}},
                    {QStringLiteral("families"),
                     QJsonArray {QJsonObject {{QStringLiteral("id"), QStringLiteral("lab")}}}}})
                .toJson());
        ProviderCatalog catalog;
        QVERIFY(!catalog.addFile(path));
        QCOMPARE(catalog.errors().size(), 1);
        QVERIFY(catalog.find(QStringLiteral("lab")));
        QVERIFY(catalog.families().isEmpty());
    }

    void userPresetOverridesAndAdds()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QJsonObject gmail = minimalPreset(QStringLiteral("gmail"));
        gmail.insert(QStringLiteral("name"), QStringLiteral("Gmail via our proxy"));
        writeFile(dir.filePath(QStringLiteral("a-override.json")), QJsonDocument(gmail).toJson());
        writeFile(dir.filePath(QStringLiteral("b-lab.json")),
                  QJsonDocument(QJsonObject {{QStringLiteral("schema"), 1},
                                             {QStringLiteral("presets"),
                                              QJsonArray {minimalPreset(QStringLiteral("lab"))}}})
                      .toJson());
        writeFile(dir.filePath(QStringLiteral("ignored.txt")), "not a preset");

        ProviderCatalog catalog;
        QVERIFY(catalog.addFile(ProviderCatalog::builtInPath()));
        const qsizetype builtIn = catalog.all().size();
        catalog.addDirectory(dir.path());
        QVERIFY2(catalog.errors().isEmpty(), qPrintable(catalog.errors().join(QLatin1Char('\n'))));
        QCOMPARE(catalog.all().size(), builtIn + 1);
        QCOMPARE(catalog.find(QStringLiteral("gmail"))->name,
                 QStringLiteral("Gmail via our proxy"));
        QCOMPARE(catalog.find(QStringLiteral("gmail"))->hosts.first().host,
                 QStringLiteral("relay.lab"));
        QVERIFY(catalog.find(QStringLiteral("gmail"))
                    ->sourceFile.endsWith(QLatin1String("a-override.json")));
        QCOMPARE(catalog.find(QStringLiteral("lab"))->recommendedPort()->port, quint16(2587));
    }

    void loadDefaultReadsUserDirectory()
    {
        const QString dir = ProviderCatalog::userPresetDirectory();
        QVERIFY(QDir().mkpath(dir));
        const QString path = dir + QStringLiteral("/tst-providercatalog.json");
        writeFile(path, QJsonDocument(minimalPreset(QStringLiteral("tst-lab"))).toJson());
        const ProviderCatalog catalog = ProviderCatalog::loadDefault();
        QFile::remove(path);
        QVERIFY(catalog.find(QStringLiteral("tst-lab")));
        QVERIFY(catalog.find(QStringLiteral("gmail")));
    }

    void brokenUserFilesAreReported_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("expected"); // part of the error text

        auto preset = [](const std::function<void(QJsonObject &)> &change) {
            QJsonObject object = minimalPreset(QStringLiteral("lab"));
            change(object);
            return QJsonDocument(object).toJson();
        };
        QTest::newRow("not json") << QByteArray("{ \"id\": ") << QStringLiteral("not valid JSON");
        QTest::newRow("array") << QByteArray("[]") << QStringLiteral("JSON object");
        QTest::newRow("port 0") << preset([](QJsonObject &o) {
            o.insert(QStringLiteral("ports"),
                     QJsonArray {QJsonObject {{QStringLiteral("port"), 0},
                                              {QStringLiteral("security"), QStringLiteral("tls")},
                                              {QStringLiteral("recommended"), true}}});
        }) << QStringLiteral("1 to 65535");
        QTest::newRow("port 70000") << preset([](QJsonObject &o) {
            o.insert(QStringLiteral("ports"),
                     QJsonArray {QJsonObject {{QStringLiteral("port"), 70000},
                                              {QStringLiteral("security"), QStringLiteral("tls")},
                                              {QStringLiteral("recommended"), true}}});
        }) << QStringLiteral("1 to 65535");
        QTest::newRow("bad security") << preset([](QJsonObject &o) {
            o.insert(QStringLiteral("ports"),
                     QJsonArray {QJsonObject {{QStringLiteral("port"), 465},
                                              {QStringLiteral("security"), QStringLiteral("ssl")},
                                              {QStringLiteral("recommended"), true}}});
        }) << QStringLiteral("security");
        QTest::newRow("no recommended") << preset([](QJsonObject &o) {
            o.insert(
                QStringLiteral("ports"),
                QJsonArray {QJsonObject {{QStringLiteral("port"), 465},
                                         {QStringLiteral("security"), QStringLiteral("tls")}}});
        }) << QStringLiteral("recommended");
        QTest::newRow("no hosts") << preset([](QJsonObject &o) {
            o.insert(QStringLiteral("hosts"), QJsonArray());
        }) << QStringLiteral("hosts");
        QTest::newRow("empty host") << preset([](QJsonObject &o) {
            o.insert(QStringLiteral("hosts"),
                     QJsonArray {QJsonObject {{QStringLiteral("host"), QString()}}});
        }) << QStringLiteral("host");
        QTest::newRow("secret kind") << preset([](QJsonObject &o) {
            o.insert(QStringLiteral("secretKind"), QStringLiteral("magic"));
        }) << QStringLiteral("secretKind");
        QTest::newRow("http link") << preset([](QJsonObject &o) {
            o.insert(QStringLiteral("helpLinks"),
                     QJsonArray {QJsonObject {
                         {QStringLiteral("title"), QStringLiteral("x")},
                         {QStringLiteral("url"), QStringLiteral("http://example.com/")}}});
        }) << QStringLiteral("https");
        QTest::newRow("bad id") << preset([](QJsonObject &o) {
            o.insert(QStringLiteral("id"), QStringLiteral("Has Space"));
        }) << QStringLiteral("\"id\"");
        QTest::newRow("bad auth") << preset([](QJsonObject &o) {
            o.insert(QStringLiteral("auth"), QJsonArray {QStringLiteral("kerberos")});
        }) << QStringLiteral("kerberos");
        const auto withFamily = [](const std::function<void(QJsonObject &)> &change) {
            QJsonObject family {{QStringLiteral("id"), QStringLiteral("lab")},
                                {QStringLiteral("presets"), QJsonArray {QStringLiteral("lab")}}};
            change(family);
            return QJsonDocument(QJsonObject {{QStringLiteral("presets"),
                                               QJsonArray {minimalPreset(QStringLiteral("lab"))}},
                                              {QStringLiteral("families"), QJsonArray {family}}})
                .toJson();
        };
        QTest::newRow("families not a list")
            << QByteArray("{\"presets\": [], \"families\": {}}") << QStringLiteral("families");
        QTest::newRow("family without presets")
            << withFamily([](QJsonObject &o) { o.remove(QStringLiteral("presets")); })
            << QStringLiteral("provider family \"lab\"");
        QTest::newRow("family bad pattern") << withFamily([](QJsonObject &o) {
            o.insert(QStringLiteral("hostPatterns"), QJsonArray {QStringLiteral("(unclosed")});
        }) << QStringLiteral("(unclosed");
        QTest::newRow("family bad port") << withFamily([](QJsonObject &o) {
            o.insert(QStringLiteral("unsupportedPorts"), QJsonArray {0});
        }) << QStringLiteral("1 to 65535");
        QTest::newRow("family unknown note") << withFamily([](QJsonObject &o) {
            o.insert(QStringLiteral("authNotes"), QJsonArray {QStringLiteral("carrier-pigeon")});
        }) << QStringLiteral("carrier-pigeon");
        QTest::newRow("family bad id") << withFamily([](QJsonObject &o) {
            o.insert(QStringLiteral("id"), QStringLiteral("Lab Family"));
        }) << QStringLiteral("\"id\"");
        QTest::newRow("schema 9") << QByteArray("{\"schema\": 9, \"presets\": []}")
                                  << QStringLiteral("schema 9");
    }

    void brokenUserFilesAreReported()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("broken.json"));
        writeFile(path, content);
        writeFile(dir.filePath(QStringLiteral("good.json")),
                  QJsonDocument(minimalPreset(QStringLiteral("good"))).toJson());

        ProviderCatalog catalog;
        QVERIFY(catalog.addFile(ProviderCatalog::builtInPath()));
        catalog.addDirectory(dir.path());
        QCOMPARE(catalog.errors().size(), 1);
        const QString error = catalog.errors().first();
        QVERIFY2(error.contains(QStringLiteral("broken.json")), qPrintable(error));
        QVERIFY2(error.contains(expected), qPrintable(error));
        QVERIFY(catalog.find(QStringLiteral("good"))); // the rest still loads
        QVERIFY(catalog.find(QStringLiteral("gmail"))); // and the built-ins stay
    }

    // Every note, limit, user-name hint and link title of the built-in presets has German: the
    // window shows them through providerText(), and lupdate lists them from providertexts.cpp.
    void presetTextsAreTranslated()
    {
        QTranslator german;
        QVERIFY(german.load(QStringLiteral(":/i18n/sendcheck_de.qm")));
        QVERIFY(QCoreApplication::installTranslator(&german));
        const auto remove = qScopeGuard([&] { QCoreApplication::removeTranslator(&german); });
        const ProviderCatalog &catalog = ProviderCatalog::builtIn();
        int checked = 0;
        for (const Provider &provider : catalog.all()) {
            QStringList texts = provider.notes + provider.limits;
            texts.append(provider.userNameHint);
            for (const Provider::Link &link : provider.helpLinks)
                texts.append(link.title);
            for (const QString &text : std::as_const(texts)) {
                if (text.isEmpty())
                    continue;
                ++checked;
                QVERIFY2(providerText(text) != text,
                         qPrintable(provider.id + QStringLiteral(": no German for: ") + text));
            }
        }
        QVERIFY(checked > 50);
        QCOMPARE(providerText(QString()), QString());
    }

    void errorNamesThePreset()
    {
        QTemporaryDir dir;
        QJsonObject bad = minimalPreset(QStringLiteral("second"));
        bad.insert(QStringLiteral("secretKind"), QStringLiteral("magic"));
        writeFile(
            dir.filePath(QStringLiteral("two.json")),
            QJsonDocument(QJsonObject {{QStringLiteral("presets"),
                                        QJsonArray {minimalPreset(QStringLiteral("first")), bad,
                                                    minimalPreset(QStringLiteral("first"))}}})
                .toJson());
        ProviderCatalog catalog;
        QVERIFY(!catalog.addFile(dir.filePath(QStringLiteral("two.json"))));
        QCOMPARE(catalog.errors().size(), 2);
        QVERIFY(catalog.errors().at(0).contains(QStringLiteral("preset \"second\"")));
        QVERIFY(catalog.errors().at(1).contains(QStringLiteral("twice")));
        QCOMPARE(catalog.all().size(), 1);
    }

    // What the providers' documents say a customer domain must publish (domainDns), as read
    // from providers.json for each provider the domain check knows.
    void domainDns_data()
    {
        QTest::addColumn<QString>("preset");
        QTest::addColumn<QString>("include"); // empty: none
        QTest::addColumn<QString>("placement");
        QTest::addColumn<QString>("selector"); // the first DKIM selector
        QTest::addColumn<QString>("cname"); // its CNAME target; empty: a TXT key
        QTest::addColumn<int>("records");
        QTest::newRow("gmail") << "gmail"
                               << "_spf.google.com"
                               << "domain"
                               << "google"
                               << "" << 0;
        QTest::newRow("workspace relay") << "google-workspace-relay"
                                         << "_spf.google.com"
                                         << "domain"
                                         << "google"
                                         << "" << 0;
        QTest::newRow("microsoft 365")
            << "microsoft-365"
            << "spf.protection.outlook.com"
            << "domain"
            << "selector1"
            << "selector1-{domain-dashes}._domainkey.{tenant}.onmicrosoft.com" << 0;
        QTest::newRow("ses") << "amazon-ses"
                             << "amazonses.com"
                             << "mail-from"
                             << "{token1}"
                             << "{token1}.dkim.amazonses.com" << 1;
        QTest::newRow("sendgrid") << "sendgrid"
                                  << "sendgrid.net"
                                  << "domain"
                                  << "s1"
                                  << "s1.domainkey.u{N}.wl{N}.sendgrid.net" << 1;
        QTest::newRow("mailgun") << "mailgun"
                                 << "mailgun.org"
                                 << "domain"
                                 << "{selector}"
                                 << "" << 1;
        QTest::newRow("postmark") << "postmark"
                                  << "spf.mtasv.net"
                                  << "optional"
                                  << "{YYYYMMDDhhmmss}pm"
                                  << "" << 1;
        QTest::newRow("smtp2go") << "smtp2go"
                                 << ""
                                 << "none"
                                 << "s{id}"
                                 << "dkim.smtp2go.net" << 2;
        QTest::newRow("brevo") << "brevo"
                               << "sendinblue.com"
                               << "domain"
                               << "brevo1"
                               << "b1.{domain-dashes}.dkim.brevo.com" << 1;
        QTest::newRow("fastmail") << "fastmail"
                                  << "spf.messagingengine.com"
                                  << "domain"
                                  << "fm1"
                                  << "fm1.{domain}.dkim.fmhosted.com" << 0;
        QTest::newRow("zoho") << "zoho"
                              << ""
                              << "domain"
                              << "zmail"
                              << "" << 0;
    }
    void domainDns()
    {
        QFETCH(QString, preset);
        QFETCH(QString, include);
        QFETCH(QString, placement);
        QFETCH(QString, selector);
        QFETCH(QString, cname);
        QFETCH(int, records);
        const Provider *provider = ProviderCatalog::builtIn().find(preset);
        QVERIFY(provider);
        QVERIFY(provider->domainDns);
        const DomainDns &dns = *provider->domainDns;
        QCOMPARE(dns.spfInclude, include);
        QCOMPARE(DomainDns::placementName(dns.spfPlacement), placement);
        QVERIFY(!dns.dkim.isEmpty());
        QCOMPARE(dns.dkim.first().selector, selector);
        QCOMPARE(dns.dkim.first().cname, cname);
        QCOMPARE(dns.records.size(), records);
    }

    void domainDnsPlaceholdersAndErrors()
    {
        const auto values
            = DomainDns::values(QStringLiteral("example.com"), QStringLiteral("eu-west-1"));
        bool complete = false;
        QCOMPARE(DomainDns::expand(QStringLiteral("10 feedback-smtp.{region}.amazonses.com"),
                                   values, &complete),
                 QStringLiteral("10 feedback-smtp.eu-west-1.amazonses.com"));
        QVERIFY(complete);
        QCOMPARE(
            DomainDns::expand(
                QStringLiteral("selector1-{domain-dashes}._domainkey.{tenant}.onmicrosoft.com"),
                values, &complete),
            QStringLiteral("selector1-example-com._domainkey.<tenant>.onmicrosoft.com"));
        QVERIFY(!complete);
        QCOMPARE(DomainDns::absoluteName(QStringLiteral("@"), values),
                 QStringLiteral("example.com"));
        QCOMPARE(DomainDns::absoluteName(QStringLiteral("pm-bounces"), values),
                 QStringLiteral("pm-bounces.example.com"));
        // A domainDns without the facts it needs is refused with the reason.
        QString error;
        QVERIFY(!DomainDns::fromJson(
            QJsonDocument::fromJson(R"({"spf": {"placement": "domain"}})").object(), &error));
        QVERIFY2(error.contains(QStringLiteral("include")), qPrintable(error));
        QVERIFY(!DomainDns::fromJson(
            QJsonDocument::fromJson(R"({"records": [{"type": "A", "name": "x", "value": "y"}]})")
                .object(),
            &error));
        QVERIFY2(error.contains(QStringLiteral("CNAME")), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestProviderCatalog)
#include "tst_providercatalog.moc"
