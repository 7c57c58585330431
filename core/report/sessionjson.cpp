// SPDX-License-Identifier: GPL-3.0-or-later
#include "sessionjson.h"

#include "smtp/smtpsession.h"
#include "transcript/transcript.h"

#include <QJsonArray>

namespace Sendcheck {

QJsonObject replyToJson(const SmtpReply &reply)
{
    return {{QStringLiteral("code"), reply.code},
            {QStringLiteral("enhanced"), reply.enhanced},
            {QStringLiteral("text"), reply.text()}};
}

QJsonObject sessionToJson(const SessionResult &result, const Transcript *transcript)
{
    QJsonObject json;
    json.insert(QStringLiteral("ok"), result.ok);
    json.insert(QStringLiteral("stage"), stageName(result.stage));
    const std::optional<SmtpReply> reply
        = result.failure.reply ? result.failure.reply : result.lastReply;
    json.insert(QStringLiteral("reply"), reply ? QJsonValue(replyToJson(*reply)) : QJsonValue());
    if (result.failure.isFailure()) {
        json.insert(QStringLiteral("failure"),
                    QJsonObject {{QStringLiteral("kind"), failureKindName(result.failure.kind)},
                                 {QStringLiteral("stage"), stageName(result.failure.stage)},
                                 {QStringLiteral("detail"), result.failure.detail}});
    }
    QJsonArray recipients;
    for (const RecipientResult &recipient : result.recipients) {
        recipients.append(QJsonObject {{QStringLiteral("address"), recipient.address},
                                       {QStringLiteral("accepted"), recipient.accepted},
                                       {QStringLiteral("reply"), replyToJson(recipient.reply)}});
    }
    json.insert(QStringLiteral("recipients"), recipients);
    json.insert(QStringLiteral("tls"), result.tls.toJson());
    json.insert(QStringLiteral("auth_mechanism"),
                result.authMechanism == AuthMechanism::None
                    ? QJsonValue()
                    : QJsonValue(mechanismName(result.authMechanism)));
    if (result.oauthError)
        json.insert(QStringLiteral("oauth_error"), result.oauthError->toJson());
    QJsonObject timings;
    for (auto it = result.timingsMs.cbegin(); it != result.timingsMs.cend(); ++it)
        timings.insert(stageName(it.key()), it.value());
    timings.insert(QStringLiteral("total"), result.totalMs);
    json.insert(QStringLiteral("timings_ms"), timings);
    json.insert(QStringLiteral("messages"),
                QJsonObject {{QStringLiteral("accepted"), result.messagesAccepted},
                             {QStringLiteral("deferred"), result.messagesDeferred},
                             {QStringLiteral("rejected"), result.messagesRejected}});
    QJsonArray lines;
    if (transcript) {
        for (const TranscriptEntry &entry : transcript->entries()) {
            lines.append(QJsonObject {{QStringLiteral("t_ms"), entry.elapsedMs},
                                      {QStringLiteral("dir"), directionName(entry.direction)},
                                      {QStringLiteral("text"), entry.text},
                                      {QStringLiteral("tls"), entry.insideTls}});
        }
    }
    json.insert(QStringLiteral("transcript"), lines);
    return json;
}

} // namespace Sendcheck
