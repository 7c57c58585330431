// SPDX-License-Identifier: GPL-3.0-or-later
#include "lineexplanation.h"

#include "commandexplanations.h"
#include "diagnoser.h"

#include <QRegularExpression>

namespace Sendcheck {

QString LineExplanation::forEntry(const TranscriptEntry &entry, const DiagnosisContext &session)
{
    QString text;
    switch (entry.direction) {
    case Direction::Client:
        text = CommandExplanations::forCommand(entry.text);
        if (text.isEmpty())
            text = tr("Part of the message itself: headers and body go between DATA and the "
                      "final dot.");
        break;
    case Direction::Server:
        text = forServerLine(entry, session);
        break;
    case Direction::Info:
        text = tr("What Sendcheck did or decided.");
        break;
    case Direction::Tls:
        text = tr("A fact about the encryption (TLS) of this connection.");
        break;
    case Direction::Error:
        text = tr("What went wrong. The verdict below explains it in plain words.");
        break;
    }
    if (!entry.insideTls && session.security != Security::None
        && (entry.direction == Direction::Client || entry.direction == Direction::Server))
        text += QLatin1Char(' ') + tr("(Sent before encryption started.)");
    return text;
}

QString LineExplanation::forServerLine(const TranscriptEntry &entry,
                                       const DiagnosisContext &session)
{
    static const QRegularExpression replyLine(QStringLiteral("^(\\d{3})[ -]?(.*)$"));
    const auto match = replyLine.match(entry.text);
    const int code = match.hasMatch() ? match.captured(1).toInt() : 0;
    const QString rest = match.hasMatch() ? match.captured(2) : entry.text;
    QString text;
    if (code >= 400) {
        DiagnosisContext context = session;
        context.tlsActive = entry.insideTls;
        const Explanation explanation = Diagnoser::explainText(entry.text, std::nullopt, context);
        text = explanation.isValid()
            ? QStringLiteral("%1: %2").arg(explanation.title, explanation.summary)
            : CommandExplanations::forReplyCode(code);
    } else {
        const QString keyword = code == 250 ? CommandExplanations::forKeyword(rest) : QString();
        text = keyword.isEmpty() ? CommandExplanations::forReplyCode(code) : keyword;
    }
    return text.isEmpty() ? tr("A line from the server.") : text;
}

} // namespace Sendcheck
