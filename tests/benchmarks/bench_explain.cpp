// SPDX-License-Identifier: GPL-3.0-or-later
// bench_explain [COUNT] [corpus.tsv]: how long the diagnoser takes to explain COUNT (default
// 10,000) real server texts, taken in turn from the diagnosis corpus with their step and server.
// A measurement, not a test: it prints the figures and asserts nothing (issue 15's goal is under
// a second for 10,000).
#include "diagnosis/diagnoser.h"
#include "smtp/smtpstage.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QStringList>
#include <QTextStream>

using namespace Sendcheck;

namespace {

struct Text
{
    QString text;
    std::optional<Stage> stage;
    DiagnosisContext context;
};

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = app.arguments().mid(1);
    QTextStream out(stdout);
    bool ok = true;
    const int count = arguments.isEmpty() ? 10000 : arguments.first().toInt(&ok);
    QFile file(arguments.size() > 1 ? arguments.at(1) : QStringLiteral(SENDCHECK_CORPUS_FILE));
    if (!ok || count <= 0 || !file.open(QIODevice::ReadOnly)) {
        QTextStream(stderr) << "usage: bench_explain [COUNT] [corpus.tsv]\n";
        return 2;
    }
    QList<Text> texts;
    const QStringList lines
        = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QStringList columns = lines.at(i).split(QLatin1Char('\t'));
        if (columns.size() < 4)
            continue;
        Text text;
        text.text = columns.at(0);
        text.stage = columns.at(2).isEmpty() ? std::nullopt : stageFromName(columns.at(2));
        text.context.host = columns.at(3);
        texts << text;
    }
    if (texts.isEmpty()) {
        QTextStream(stderr) << "no texts in " << file.fileName() << '\n';
        return 1;
    }

    QElapsedTimer first;
    first.start();
    const Explanation warm
        = Diagnoser::explainText(texts.first().text, texts.first().stage, texts.first().context);
    const qint64 firstNs = first.nsecsElapsed();

    QElapsedTimer timer;
    timer.start();
    qsizetype topics = 0;
    for (int i = 0; i < count; ++i) {
        const Text &text = texts.at(i % texts.size());
        topics += Diagnoser::explainText(text.text, text.stage, text.context).topic.size();
    }
    const qint64 ns = timer.nsecsElapsed();
    out << QStringLiteral("corpus texts: %1 (cycled)\n").arg(texts.size())
        << QStringLiteral("first explanation (builds the rule tables): %1 ms\n")
               .arg(firstNs / 1e6, 0, 'f', 2)
        << QStringLiteral("%1 explanations: %2 ms (%3 us each; goal: under 1000 ms)\n")
               .arg(count)
               .arg(ns / 1e6, 0, 'f', 1)
               .arg(ns / 1e3 / count, 0, 'f', 1);
    return warm.isValid() && topics > 0 ? 0 : 1;
}
