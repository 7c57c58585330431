// SPDX-License-Identifier: GPL-3.0-or-later
// One name for each thing (issue 23, item 8): the explanations call the encryption that starts
// with the first byte what the Security list calls it, "TLS from the start". "SSL/TLS" may stand
// only in quotes (a product's or a provider's own label) or beside our name, to connect the two.
#include "diagnosis/diagnosiscatalog.h"

#include <QRegularExpression>
#include <QTest>

using namespace Sendcheck;

namespace {

// `text` with every "quoted" part taken out.
QString unquoted(QString text)
{
    static const QRegularExpression quoted(QStringLiteral("\"[^\"]*\""));
    return text.remove(quoted);
}

// The English texts that still use the other name.
void collect(const CatalogText &text, const QString &where, QStringList &problems)
{
    if (text.isEmpty())
        return;
    const QString source = QString::fromUtf8(text.source);
    if (unquoted(source).contains(QLatin1String("SSL/TLS"))
        && !source.contains(QLatin1String("TLS from the start")))
        problems.append(QStringLiteral("%1: %2").arg(where, source));
}

} // namespace

class TestDiagnosisWords : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void securityModeHasOneName()
    {
        QStringList problems;
        int texts = 0;
        for (const TopicEntry &topic : DiagnosisCatalog::topics()) {
            const QString id = QString(topic.id);
            for (const CatalogText &text :
                 {topic.title, topic.summary, topic.causes, topic.fixes, topic.reference}) {
                collect(text, id, problems);
                ++texts;
            }
        }
        for (const ProviderHint &hint : DiagnosisCatalog::providerHints()) {
            collect(hint.text, QString::fromLatin1(hint.provider), problems);
            ++texts;
        }
        QVERIFY(texts > 100);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    void theRuleSeesTheOtherName()
    {
        // The check itself: a bare "SSL/TLS" counts, a quoted one or one beside ours does not.
        QStringList problems;
        collect({"Use port 465 with SSL/TLS.", "x"}, QStringLiteral("bare"), problems);
        collect({"Turn off \"Scan SSL/TLS\".", "x"}, QStringLiteral("quoted"), problems);
        collect({"TLS from the start (often called SSL/TLS).", "x"}, QStringLiteral("beside"),
                problems);
        QCOMPARE(problems.size(), 1);
        QVERIFY(problems.first().startsWith(QLatin1String("bare:")));
    }
};

QTEST_GUILESS_MAIN(TestDiagnosisWords)
#include "tst_diagnosiswords.moc"
