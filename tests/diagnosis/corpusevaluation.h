// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "diagnosis/explanation.h"

#include <QList>
#include <QMap>
#include <QPair>
#include <QString>

namespace Sendcheck {

// One row of tests/diagnosis/corpus/corpus.tsv: a real server text and the topic it means.
struct CorpusRow
{
    QString text;
    QString topic;
    QString stage; // "rcpt", ... or empty
    QString host; // a server name, a product ("Postfix") or empty
    QString source;
    bool heldBack = false; // in the fixed 20% part that is never tuned on
};

// The corpus measured against the diagnoser (issue 15): the fixed split, the accuracy of each
// part, per topic, and which topics were taken for which.
class CorpusEvaluation
{
public:
    struct Miss
    {
        CorpusRow row;
        QString got;
        QString confidence;
        QList<Evidence> evidence; // what spoke for the topic it got
    };
    struct TopicScore
    {
        int rows = 0;
        int correct = 0;
    };
    struct Part
    {
        int rows = 0;
        int correct = 0;
        QMap<QString, TopicScore> perTopic; // by the expected topic
        QMap<QPair<QString, QString>, int> confusions; // (expected, got) -> rows
        QMap<QString, TopicScore> perConfidence; // "high", "medium", "low"
        QList<Miss> misses;
        QList<Miss> lowConfidenceHits; // right, but only with low confidence: fragile
        [[nodiscard]] double accuracy() const { return rows ? double(correct) / rows : 0.0; }
    };

    // The corpus file in the source tree.
    [[nodiscard]] static QString defaultPath();
    // Every row, with its part; an error text when the file cannot be read or a row is broken.
    [[nodiscard]] static QList<CorpusRow> load(const QString &path, QString *error);
    // Held back when the first four bytes of the SHA-256 of the text's UTF-8, read as a
    // big-endian number, fall below 20% of 2^32.
    [[nodiscard]] static bool isHeldBack(const QString &text);
    // The diagnoser's explanation of a row, as `sendcheck-cli explain TEXT --stage S --host H`.
    [[nodiscard]] static Explanation explain(const CorpusRow &row);
    // Explains every row of one part.
    [[nodiscard]] static Part evaluate(const QList<CorpusRow> &rows, bool heldBack);

    // Robustness: each reply of the part that starts with its code and is explained right, pasted
    // again as libraries wrap it ("Error: Message failed: ...", "(550, b'...')", "host ...
    // said: ... (in reply to RCPT TO command)", a two-line "550-" reply, ...). Counts the
    // wrapped texts and those explained as another topic; `broken` lists them.
    struct Wrapped
    {
        int texts = 0;
        int changed = 0;
        QStringList broken;
    };
    [[nodiscard]] static Wrapped wrapCheck(const QList<CorpusRow> &rows, bool heldBack);

    // Text tables: the total, then per topic and the confusion pairs when `details` is set,
    // then (with `misses`) every row explained wrongly and every one explained right with low
    // confidence.
    [[nodiscard]] static QString report(const QString &name, const Part &part, bool details,
                                        bool misses);
};

} // namespace Sendcheck
