// SPDX-License-Identifier: GPL-3.0-or-later
#include "corpusevaluation.h"

#include "diagnosis/diagnoser.h"
#include "smtp/smtpstage.h"

#include <QCryptographicHash>
#include <QFile>
#include <QRegularExpression>
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

namespace {

QString commandOf(const QString &stage)
{
    if (stage == QLatin1String("rcpt"))
        return QStringLiteral("RCPT TO");
    if (stage == QLatin1String("mail"))
        return QStringLiteral("MAIL FROM");
    if (stage == QLatin1String("data"))
        return QStringLiteral("end of DATA");
    return stage.toUpper();
}

// The ways programs show a server's reply "<code> <rest>" (the README's rule 3 lists them).
QStringList wrappedForms(const CorpusRow &row, const QString &code, const QString &rest)
{
    QStringList forms = {
        QStringLiteral("Error: Message failed: %1").arg(row.text),
        QStringLiteral("SMTP Error: %1").arg(row.text),
        QStringLiteral("Expected response code 250 but got code \"%1\", with message \"%2\"")
            .arg(code, row.text),
        QStringLiteral("(%1, b'%2')").arg(code, rest),
        QStringLiteral("Remote host said: %1").arg(row.text),
        QStringLiteral("Net::SMTPFatalError: %1").arg(row.text),
        QStringLiteral("Mail command failed: %1").arg(row.text),
    };
    if (!row.stage.isEmpty())
        forms << QStringLiteral("host mx.example.com[192.0.2.1] said: %1 (in reply to %2 command)")
                     .arg(row.text, commandOf(row.stage));
    // A two-line reply: "550-5.1.1 first words" and "550 5.1.1 the rest".
    static const QRegularExpression withEnhanced(
        QStringLiteral(R"(^([2-5]\d\d) ([245]\.\d{1,3}\.\d{1,3}) (.+)$)"));
    if (const QRegularExpressionMatch match = withEnhanced.match(row.text); match.hasMatch()) {
        const QStringList words = match.captured(3).split(QLatin1Char(' '));
        if (words.size() >= 4) {
            const qsizetype half = words.size() / 2;
            forms << QStringLiteral("%1-%2 %3\n%1 %2 %4")
                         .arg(code, match.captured(2), words.mid(0, half).join(QLatin1Char(' ')),
                              words.mid(half).join(QLatin1Char(' ')));
        }
    }
    return forms;
}

} // namespace

CorpusEvaluation::Wrapped CorpusEvaluation::wrapCheck(const QList<CorpusRow> &rows, bool heldBack)
{
    static const QRegularExpression bare(QStringLiteral(R"(^([2-5]\d\d)[ -](\S.*)$)"));
    Wrapped result;
    for (const CorpusRow &row : rows) {
        if (row.heldBack != heldBack)
            continue;
        const QRegularExpressionMatch match = bare.match(row.text);
        if (!match.hasMatch() || explain(row).topic != row.topic)
            continue;
        for (const QString &form : wrappedForms(row, match.captured(1), match.captured(2))) {
            CorpusRow wrapped = row;
            wrapped.text = form;
            ++result.texts;
            const QString got = explain(wrapped).topic;
            if (got != row.topic) {
                ++result.changed;
                result.broken << QStringLiteral("[%1 -> %2] %3")
                                     .arg(row.topic, got, form.simplified().left(200));
            }
        }
    }
    return result;
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
