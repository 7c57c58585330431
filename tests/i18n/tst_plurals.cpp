// SPDX-License-Identifier: GPL-3.0-or-later
// Runs with LANGUAGE=it / LANG=it_IT.UTF-8 (see CMakeLists.txt), a language Sendcheck has no
// catalogue for: the texts stay English, with English plural forms. The German, French and
// Spanish catalogues give each count the form of its language (French: 0 and 1 singular).
#include "i18n/translations.h"

#include <QCoreApplication>
#include <QFile>
#include <QTest>
#include <QTranslator>

using namespace Sendcheck;

namespace {

const char *const DomainReportContext = "Sendcheck::DomainReport";
const char *const ChecksFail = "%1: %n check(s) fail (%2)";

QString checksFail(int count)
{
    return QCoreApplication::translate(DomainReportContext, ChecksFail, nullptr, count);
}

void removeTranslators()
{
    for (QTranslator *translator : QCoreApplication::instance()->findChildren<QTranslator *>()) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
}

} // namespace

class TestPlurals : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup() { removeTranslators(); }

    void englishFormsWhereNoCatalogueFits()
    {
        QVERIFY2(QFile::exists(QStringLiteral(":/i18n/sendcheck_en.qm")),
                 "the English plural forms are not bundled (Qt6LinguistTools: qt6-l10n-tools)");
        // Without it, Qt shows the source with the count put in.
        QCOMPARE(checksFail(1), QStringLiteral("%1: 1 check(s) fail (%2)"));
        installTranslations(*QCoreApplication::instance());
        QCOMPARE(checksFail(1), QStringLiteral("%1: 1 check fails (%2)"));
        QCOMPARE(checksFail(2), QStringLiteral("%1: 2 checks fail (%2)"));
        QCOMPARE(QCoreApplication::translate("HistoryCommand", "%n day(s)", nullptr, 1),
                 QStringLiteral("1 day"));
        QCOMPARE(QCoreApplication::translate("HistoryCommand", "%n day(s)", nullptr, 365),
                 QStringLiteral("365 days"));
    }

    void formsOfEachLanguage_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<int>("count");
        QTest::addColumn<QString>("expected");
        QTest::newRow("de 0") << "de" << 0 << "%1: 0 Prüfungen schlagen fehl (%2)";
        QTest::newRow("de 1") << "de" << 1 << "%1: 1 Prüfung schlägt fehl (%2)";
        QTest::newRow("de 2") << "de" << 2 << "%1: 2 Prüfungen schlagen fehl (%2)";
        QTest::newRow("fr 0") << "fr" << 0 << "%1\u00a0: 0 vérification échoue (%2)";
        QTest::newRow("fr 1") << "fr" << 1 << "%1\u00a0: 1 vérification échoue (%2)";
        QTest::newRow("fr 2") << "fr" << 2 << "%1\u00a0: 2 vérifications échouent (%2)";
        QTest::newRow("es 1") << "es" << 1 << "%1: 1 comprobación falla (%2)";
        QTest::newRow("es 3") << "es" << 3 << "%1: 3 comprobaciones fallan (%2)";
    }

    void formsOfEachLanguage()
    {
        QFETCH(QString, language);
        QFETCH(int, count);
        QFETCH(QString, expected);
        auto *translator = new QTranslator(QCoreApplication::instance());
        QVERIFY(
            translator->load(QStringLiteral("sendcheck_") + language, QStringLiteral(":/i18n")));
        QCoreApplication::installTranslator(translator);
        QCOMPARE(checksFail(count), expected);
    }
};

QTEST_GUILESS_MAIN(TestPlurals)
#include "tst_plurals.moc"
