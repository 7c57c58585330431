// SPDX-License-Identifier: GPL-3.0-or-later
// Runs with LANGUAGE=de / LANG=de_DE.UTF-8 (see CMakeLists.txt): the bundled German catalogue
// must load and give German explanations, with the topic id and the server's words unchanged.
#include "diagnosis/diagnoser.h"
#include "diagnosis/diagnosiscatalog.h"
#include "i18n/translations.h"
#include "smtp/smtpstage.h"

#include <QCoreApplication>
#include <QFile>
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
