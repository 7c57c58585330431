// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>

namespace Sendcheck {

struct SessionResult;
struct SmtpReply;
class Transcript;

// The machine-readable form of a finished session, as `sendcheck-cli send --json` prints it
// and reports embed it. Field names are a public contract: ok, stage, reply {code, enhanced,
// text}, recipients [{address, accepted, reply}], tls {protocol, cipher, verified, errors[],
// chain[]}, timings_ms {stage: ms}, transcript [{t_ms, dir, text, tls}], and only after an
// OAuth error challenge oauth_error {status, scope, schemes, kind[, openid_configuration]}
// (kind: expired_or_invalid, wrong_scope, wrong_user_or_request, unknown). The transcript is
// already redacted when recorded, so nothing here can carry a secret.
[[nodiscard]] QJsonObject sessionToJson(const SessionResult &result, const Transcript *transcript);
[[nodiscard]] QJsonObject replyToJson(const SmtpReply &reply);

} // namespace Sendcheck
