// SPDX-License-Identifier: GPL-3.0-or-later
// corpus_report [--misses] [--held-back-details] [FILE]: how well `explain` picks the topic of
// the real server texts in tests/diagnosis/corpus/corpus.tsv. Prints the part that may be tuned
// on in full (per topic, confusion pairs, and with --misses every wrong row) and the held-back
// part as one figure only, so nobody tunes on it by looking; --held-back-details adds its
// per-topic table and confusion pairs, for the closing report. Last, how many tuning-part replies
// change topic when pasted in library wrappers (with --misses: which).
#include "corpusevaluation.h"

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

using namespace Sendcheck;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStringList arguments = app.arguments().mid(1);
    const bool misses = arguments.removeAll(QStringLiteral("--misses")) > 0;
    const bool heldBackDetails = arguments.removeAll(QStringLiteral("--held-back-details")) > 0;
    QTextStream out(stdout);
    QTextStream err(stderr);
    if (arguments.size() > 1 || (!arguments.isEmpty() && arguments.first().startsWith(u'-'))) {
        err << "usage: corpus_report [--misses] [--held-back-details] [corpus.tsv]\n";
        return 2;
    }
    QString error;
    const QList<CorpusRow> rows = CorpusEvaluation::load(
        arguments.isEmpty() ? CorpusEvaluation::defaultPath() : arguments.first(), &error);
    if (rows.isEmpty()) {
        err << (error.isEmpty() ? QStringLiteral("the corpus is empty") : error) << '\n';
        return 1;
    }
    const CorpusEvaluation::Part tuned = CorpusEvaluation::evaluate(rows, false);
    const CorpusEvaluation::Part heldBack = CorpusEvaluation::evaluate(rows, true);
    out << CorpusEvaluation::report(QStringLiteral("tuning part (80%)"), tuned, true, misses)
        << "\n\n"
        << CorpusEvaluation::report(QStringLiteral("held-back part (20%)"), heldBack,
                                    heldBackDetails, false)
        << '\n'
        << QStringLiteral("all rows: %1/%2 = %3%")
               .arg(tuned.correct + heldBack.correct)
               .arg(tuned.rows + heldBack.rows)
               .arg(100.0 * (tuned.correct + heldBack.correct) / (tuned.rows + heldBack.rows), 0,
                    'f', 1)
        << '\n';
    const CorpusEvaluation::Wrapped wrapped = CorpusEvaluation::wrapCheck(rows, false);
    out << QStringLiteral("tuning part pasted in library wrappers: %1 of %2 texts change topic")
               .arg(wrapped.changed)
               .arg(wrapped.texts)
        << '\n';
    if (misses) {
        for (const QString &line : wrapped.broken)
            out << "  " << line << '\n';
    }
    return 0;
}
