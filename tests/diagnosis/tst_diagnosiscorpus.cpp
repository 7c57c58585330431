// SPDX-License-Identifier: GPL-3.0-or-later
// The corpus of real server texts (tests/diagnosis/corpus, issue 15) against the diagnoser: the
// fixed 80/20 split by a hash of each text, the accuracy of both parts with the per-topic table
// and the confusion pairs in the log. Issue 15's goal is at least 95% on the held-back part and
// 97% on the part the rules were tuned on; the held-back part is not there yet, so the test holds
// the floors reached and fails on any step back. Figures: when this test was written 84.3%
// held back; after the first round 85.0% (108/127) held back, 99.0% (477/482) tuned; after the
// second collection round (609 -> 851 rows, 242 of them new, with general rules learned from the
// new tuning rows only) 85.6% (154/180) held back, 99.0% (664/671) tuned; after the third round
// (851 -> 991 rows, 140 new from sources no earlier row used, general rules again learned from
// the tuning part only) 86.0% (184/214) held back, 99.1% (770/777) tuned. Raise heldBackFloor
// with every improvement until it meets the goal. The corpus is test data only: no rule carries
// a row.
#include "corpusevaluation.h"

#include "diagnosis/diagnoser.h"
#include "diagnosis/diagnosiscatalog.h"

#include <QSet>
#include <QTest>

using namespace Sendcheck;

class TestDiagnosisCorpus : public QObject
{
    Q_OBJECT

private:
    QList<CorpusRow> m_rows;

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        m_rows = CorpusEvaluation::load(CorpusEvaluation::defaultPath(), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    void corpusIsComplete()
    {
        QVERIFY2(m_rows.size() >= 600, qPrintable(QString::number(m_rows.size())));
        const QStringList topics = Diagnoser::allTopics();
        QSet<QString> texts;
        for (const CorpusRow &row : std::as_const(m_rows)) {
            QVERIFY2(topics.contains(row.topic), qPrintable(row.topic + u' ' + row.text));
            QVERIFY2(!row.source.isEmpty(), qPrintable(row.text));
            QVERIFY2(!texts.contains(row.text), qPrintable(row.text)); // no duplicates
            texts.insert(row.text);
        }
    }

    void splitIsFixed()
    {
        // The split depends on the text alone: known texts fall where SHA-256 puts them.
        // (SHA-256 of "c" starts 0x2e7d2c03, below 0.2 * 2^32; of "a" 0xca978112, above.)
        QVERIFY(CorpusEvaluation::isHeldBack(QStringLiteral("c")));
        QVERIFY(!CorpusEvaluation::isHeldBack(QStringLiteral("a")));
        int heldBack = 0;
        for (const CorpusRow &row : std::as_const(m_rows))
            heldBack += row.heldBack ? 1 : 0;
        const double share = double(heldBack) / m_rows.size();
        QVERIFY2(share > 0.15 && share < 0.25, qPrintable(QString::number(share)));
    }

    // No rule pastes a corpus row: a pattern may share words with a row, never a whole text.
    void rulesAreNotCorpusRows()
    {
        QStringList patterns;
        for (const auto *rules :
             {&DiagnosisCatalog::replyRules(), &DiagnosisCatalog::transportRules()}) {
            for (const CompiledRule &rule : *rules) {
                if (rule.rule->text)
                    patterns << QString::fromLatin1(rule.rule->text).toLower();
            }
        }
        for (const CorpusRow &row : std::as_const(m_rows)) {
            const QString text = row.text.toLower();
            if (text.size() < 40)
                continue;
            for (const QString &pattern : std::as_const(patterns))
                QVERIFY2(!pattern.contains(text.left(60)), qPrintable(row.text));
        }
    }

    // Wrapping a reply the way libraries do must not change what it means: every tuning-part
    // reply explained right, pasted again in seven library wrappers, in a Postfix bounce line
    // and as a two-line reply, keeps its topic (at most 0.5% may drift).
    void wrappedRepliesKeepTheirTopic()
    {
        const CorpusEvaluation::Wrapped wrapped = CorpusEvaluation::wrapCheck(m_rows, false);
        qInfo("tuning part pasted in library wrappers: %d of %d texts change topic",
              wrapped.changed, wrapped.texts);
        QVERIFY2(wrapped.texts >= 2000, qPrintable(QString::number(wrapped.texts)));
        QVERIFY2(wrapped.changed <= wrapped.texts / 200,
                 qPrintable(wrapped.broken.mid(0, 20).join(QLatin1Char('\n'))));
    }

    void accuracy()
    {
        const CorpusEvaluation::Part tuned = CorpusEvaluation::evaluate(m_rows, false);
        const CorpusEvaluation::Part heldBack = CorpusEvaluation::evaluate(m_rows, true);
        qInfo().noquote() << '\n'
                          << CorpusEvaluation::report(QStringLiteral("tuning part (80%)"), tuned,
                                                      true, false);
        qInfo().noquote() << '\n'
                          << CorpusEvaluation::report(QStringLiteral("held-back part (20%)"),
                                                      heldBack, true, false);
        QVERIFY2(tuned.rows + heldBack.rows == m_rows.size(), "every row is in one part");
        constexpr double heldBackGoal = 0.95; // issue 15
        constexpr double heldBackFloor = 0.859; // reached (184/214); never lower it
        // Reached (770/777), above the goal of 97%; never lower it.
        constexpr double tunedFloor = 0.990;
        if (heldBack.accuracy() < heldBackGoal)
            qWarning("held-back part below issue 15's goal of 95%%: %.1f%%",
                     100.0 * heldBack.accuracy());
        QVERIFY2(
            heldBack.accuracy() >= heldBackFloor,
            qPrintable(
                QStringLiteral("held-back part: %1%").arg(100.0 * heldBack.accuracy(), 0, 'f', 1)));
        QVERIFY2(tuned.accuracy() >= tunedFloor,
                 qPrintable(
                     QStringLiteral("tuning part: %1%").arg(100.0 * tuned.accuracy(), 0, 'f', 1)));
    }
};

QTEST_GUILESS_MAIN(TestDiagnosisCorpus)
#include "tst_diagnosiscorpus.moc"
