// SPDX-License-Identifier: GPL-3.0-or-later
#include "corpusevaluation.h"

#include "diagnosis/diagnoser.h"
#include "smtp/smtpstage.h"

#include <QCryptographicHash>
#include <QFile>
#include <QStringList>
#include <QtEndian>

#include <algorithm>

namespace Sendcheck {

QString CorpusEvaluation::defaultPath()
{
    return QStringLiteral(SENDCHECK_CORPUS_DIR "/corpus.tsv");
}

QList<CorpusRow> CorpusEvaluation::load(const QString &path, QString *error)
{
    QList<CorpusRow> rows;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = QStringLiteral("cannot read %1: %2").arg(path, file.errorString());
        return rows;
    }
    const QStringList lines
        = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (qsizetype i = 1; i < lines.size(); ++i) { // the first line is the header
        const QStringList columns = lines.at(i).split(QLatin1Char('\t'));
        if (columns.size() != 5 || columns.at(0).isEmpty() || columns.at(1).isEmpty()) {
            if (error)
                *error = QStringLiteral("%1 line %2: need five columns").arg(path).arg(i + 1);
            return {};
        }
        CorpusRow row;
        row.text = columns.at(0);
        row.topic = columns.at(1);
        row.stage = columns.at(2);
        row.host = columns.at(3);
        row.source = columns.at(4);
        row.heldBack = isHeldBack(row.text);
        rows << row;
    }
    return rows;
}

bool CorpusEvaluation::isHeldBack(const QString &text)
{
    const QByteArray digest = QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256);
    const quint32 value = qFromBigEndian<quint32>(digest.constData());
    return value < quint32(0.2 * 4294967296.0);
}

Explanation CorpusEvaluation::explain(const CorpusRow &row)
{
    DiagnosisContext context;
    context.host = row.host;
    const std::optional<Stage> stage
        = row.stage.isEmpty() ? std::nullopt : stageFromName(row.stage);
    return Diagnoser::explainText(row.text, stage, context);
}

CorpusEvaluation::Part CorpusEvaluation::evaluate(const QList<CorpusRow> &rows, bool heldBack)
{
    Part part;
    for (const CorpusRow &row : rows) {
        if (row.heldBack != heldBack)
            continue;
        const Explanation explanation = explain(row);
        const bool right = explanation.topic == row.topic;
        ++part.rows;
        TopicScore &topic = part.perTopic[row.topic];
        ++topic.rows;
        TopicScore &confidence = part.perConfidence[explanation.confidenceName()];
        ++confidence.rows;
        if (right) {
            ++part.correct;
            ++topic.correct;
            ++confidence.correct;
            if (explanation.confidence == Explanation::Confidence::Low)
                part.lowConfidenceHits << Miss {row, explanation.topic,
                                                explanation.confidenceName(), explanation.evidence};
        } else {
            ++part.confusions[{row.topic, explanation.topic}];
            part.misses << Miss {row, explanation.topic, explanation.confidenceName(),
                                 explanation.evidence};
        }
    }
    return part;
}

QString CorpusEvaluation::report(const QString &name, const Part &part, bool details, bool misses)
{
    QStringList out;
    out << QStringLiteral("%1: %2/%3 = %4%")
               .arg(name)
               .arg(part.correct)
               .arg(part.rows)
               .arg(100.0 * part.accuracy(), 0, 'f', 1);
    if (!details)
        return out.join(QLatin1Char('\n'));
    out << QStringLiteral("  %1 %2 %3")
               .arg(QStringLiteral("topic"), -38)
               .arg(QStringLiteral("right"), 6)
               .arg(QStringLiteral("%"), 6);
    for (auto it = part.perTopic.cbegin(); it != part.perTopic.cend(); ++it)
        out << QStringLiteral("  %1 %2 %3")
                   .arg(it.key(), -38)
                   .arg(QStringLiteral("%1/%2").arg(it->correct).arg(it->rows), 6)
                   .arg(100.0 * it->correct / it->rows, 6, 'f', 1);
    out << QStringLiteral("  by confidence:");
    for (auto it = part.perConfidence.cbegin(); it != part.perConfidence.cend(); ++it)
        out << QStringLiteral("    %1 %2/%3 right")
                   .arg(it.key(), -8)
                   .arg(it->correct)
                   .arg(it->rows);
    QList<QPair<QPair<QString, QString>, int>> pairs;
    for (auto it = part.confusions.cbegin(); it != part.confusions.cend(); ++it)
        pairs.append({it.key(), it.value()});
    std::stable_sort(pairs.begin(), pairs.end(),
                     [](const auto &a, const auto &b) { return a.second > b.second; });
    out << QStringLiteral("  confusion pairs (expected -> got: rows):");
    if (pairs.isEmpty())
        out << QStringLiteral("    none");
    for (const auto &pair : pairs)
        out << QStringLiteral("    %1 -> %2: %3")
                   .arg(pair.first.first, pair.first.second)
                   .arg(pair.second);
    if (misses) {
        const auto list = [&out](const QString &title, const QList<Miss> &rows) {
            out << title;
            for (const Miss &miss : rows) {
                out << QStringLiteral("    [%1 -> %2, %3] stage=%4 host=%5\n      %6")
                           .arg(miss.row.topic, miss.got, miss.confidence, miss.row.stage,
                                miss.row.host, miss.row.text.left(300));
                QStringList evidence;
                for (const Evidence &piece : miss.evidence)
                    evidence << QStringLiteral("%1 \"%2\" %3")
                                    .arg(piece.kindName(), piece.text.left(60))
                                    .arg(piece.weight);
                out << QStringLiteral("      evidence: %1")
                           .arg(evidence.join(QStringLiteral("; ")));
            }
        };
        list(QStringLiteral("  misses:"), part.misses);
        list(QStringLiteral("  right with low confidence:"), part.lowConfidenceHits);
    }
    return out.join(QLatin1Char('\n'));
}

} // namespace Sendcheck
