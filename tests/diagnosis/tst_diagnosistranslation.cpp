// SPDX-License-Identifier: GPL-3.0-or-later
// Runs with LANGUAGE=de / LANG=de_DE.UTF-8 (see CMakeLists.txt): the bundled German catalogue
// must load and give German explanations, with the topic id and the server's words unchanged.
#include "diagnosis/diagnoser.h"
#include "diagnosis/diagnosiscatalog.h"
#include "diagnosis/topicids.h"
#include "i18n/translations.h"
#include "smtp/smtpstage.h"

#include <QCoreApplication>
#include <QFile>
#include <QSet>
#include <QTest>

using namespace Sendcheck;

class TestDiagnosisTranslation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QFile::exists(QStringLiteral(":/i18n/sendcheck_de.qm")),
                 "the German catalogue is not bundled (Qt6LinguistTools: qt6-l10n-tools)");
        installTranslations(*QCoreApplication::instance());
    }

    void germanExplanation()
    {
        DiagnosisContext context;
        context.host = QStringLiteral("smtp.gmail.com");
        const QString reply = QStringLiteral("535-5.7.8 Username and Password not accepted.");
        const Explanation explanation = Diagnoser::explainText(reply, Stage::Auth, context);
        QCOMPARE(explanation.topic, QStringLiteral("auth.app_password_required"));
        QCOMPARE(explanation.title, QStringLiteral("Ein App-Passwort wird benötigt"));
        QVERIFY(explanation.summary.contains(QLatin1String("App-Passwort")));
        QVERIFY(explanation.providerHint.contains(QLatin1String("Google")));
        QVERIFY(explanation.providerHint.contains(QStringLiteral("Bestätigung in zwei Schritten")));
        QCOMPARE(explanation.serverText, reply); // the server's words stay as they were
        QCOMPARE(explanation.toJson().value(QLatin1String("severity")).toString(),
                 QStringLiteral("error"));
    }

    // The constants code uses (topicids.h) and the catalog's entries are the same set: every id
    // in the header has an entry with English texts and their German translation, and every
    // entry's id is in the header.
    void topicIdsAreTheCatalog()
    {
        QStringList header;
        for (const QLatin1StringView id : Topic::all)
            header << id;
        QCOMPARE(QSet<QString>(header.cbegin(), header.cend()).size(), header.size());
        for (const QLatin1StringView id : Topic::all) {
            const TopicEntry *entry = DiagnosisCatalog::topic(id);
            QVERIFY2(entry, id.data());
            for (const CatalogText &text :
                 {entry->title, entry->summary, entry->causes, entry->fixes, entry->reference}) {
                QVERIFY2(!text.isEmpty(), id.data());
                QVERIFY2(QLatin1String(text.key).startsWith(id + QLatin1Char('/')), text.key);
            }
            for (const CatalogText &text :
                 {entry->title, entry->summary, entry->causes, entry->fixes})
                QVERIFY2(text.translated() != QString::fromUtf8(text.source), text.key);
        }
        for (const TopicEntry &entry : DiagnosisCatalog::topics())
            QVERIFY2(header.contains(entry.id), entry.id.data());
        QCOMPARE(header, Diagnoser::allTopics()); // and in the same order
    }

    void everyCatalogTextTranslated()
    {
        // German ships complete: no topic text, hint or code meaning falls back to English.
        for (const TopicEntry &topic : DiagnosisCatalog::topics()) {
            for (const CatalogText &text :
                 {topic.title, topic.summary, topic.causes, topic.fixes, topic.reference}) {
                if (QString::fromUtf8(text.source).startsWith(QLatin1String("RFC ")))
                    continue; // a bare list of RFC numbers reads the same in German
                QVERIFY2(text.translated() != QString::fromUtf8(text.source), text.key);
            }
        }
        for (const ProviderHint &hint : DiagnosisCatalog::providerHints())
            QVERIFY2(hint.text.translated() != QString::fromUtf8(hint.text.source), hint.text.key);
        QCOMPARE(stageLabel(Stage::Auth), QStringLiteral("Anmeldung"));
        const Explanation timeout
            = Diagnoser::explainText(QStringLiteral("Operation timed out"), {}, {});
        QCOMPARE(timeout.title, QStringLiteral("Keine Antwort vom Server"));
    }
};

QTEST_GUILESS_MAIN(TestDiagnosisTranslation)
#include "tst_diagnosistranslation.moc"
