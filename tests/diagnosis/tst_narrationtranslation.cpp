// SPDX-License-Identifier: GPL-3.0-or-later
// Runs with LANGUAGE=de (see CMakeLists.txt): the line explanations and trainer mode's
// narration come out in German from the bundled catalogue, under their own tr() contexts.
#include "diagnosis/commandexplanations.h"
#include "diagnosis/lineexplanation.h"
#include "diagnosis/trainernarration.h"
#include "i18n/translations.h"

#include <QCoreApplication>
#include <QFile>
#include <QTest>

using namespace Sendcheck;

class TestNarrationTranslation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QFile::exists(QStringLiteral(":/i18n/sendcheck_de.qm")),
                 "the German catalogue is not bundled (Qt6LinguistTools: qt6-l10n-tools)");
        installTranslations(*QCoreApplication::instance());
    }

    void lineExplanationsInGerman()
    {
        DiagnosisContext session;
        session.security = Security::StartTls;
        TranscriptEntry info;
        info.direction = Direction::Info;
        QCOMPARE(LineExplanation::forEntry(info, session),
                 QStringLiteral("Was Sendcheck getan oder entschieden hat."));
        TranscriptEntry greeting;
        greeting.direction = Direction::Server;
        greeting.text = QStringLiteral("250 OK");
        QCOMPARE(LineExplanation::forEntry(greeting, session),
                 QStringLiteral("250: erledigt; der Befehl wurde angenommen. (Vor Beginn der "
                                "Verschlüsselung gesendet.)"));
    }

    void narrationInGerman()
    {
        TranscriptEntry bye;
        bye.direction = Direction::Server;
        bye.text = QStringLiteral("221 Bye");
        const QString text = TrainerNarration::text(TrainerNarration::Progress::Succeeded, {bye},
                                                    {}, QStringLiteral("127.0.0.1"), 2525);
        QVERIFY2(text.startsWith(QStringLiteral("Der Server hat \u201e221 Bye\u201c geantwortet.")),
                 qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral(
                     "Fertig: der ganze Dialog, von der Begrüßung bis zum Abschied.")),
                 qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Als Nächstes öffnet Sendcheck eine Verbindung zu "
                                              "127.0.0.1, Port 2525")),
                 qPrintable(text));
        QVERIFY(TrainerNarration::forHeldCommand(QStringLiteral("<message>"))
                    .startsWith(QStringLiteral("die Nachricht selbst")));
    }
};

QTEST_GUILESS_MAIN(TestNarrationTranslation)
#include "tst_narrationtranslation.moc"
