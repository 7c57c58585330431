// SPDX-License-Identifier: GPL-3.0-or-later
#include "diagnoser.h"

#include "diagnosiscatalog.h"
#include "enhancedstatuscodes.h"
#include "evidencescorer.h"
#include "pastedreply.h"
#include "serverprovider.h"
#include "topicids.h"

#include <QCoreApplication>
#include <QSslError>

namespace Sendcheck {

namespace {

QString translated(const char *text)
{
    return QCoreApplication::translate("Sendcheck::Diagnoser", text);
}

// What the failure looked like on the wire, for the exact fix of a security mismatch.
enum class MismatchEvidence {
    Unknown,
    TlsClientGotPlain, // we spoke TLS, the server answered in plain text (STARTTLS port)
    PlainClientGotTls, // we spoke plain text, the server answered in TLS (SSL/TLS port)
};

// The port alone tells that the security setting does not fit it.
MismatchEvidence mismatchByPort(const DiagnosisContext &context)
{
    const std::optional<Security> expected = ServerProvider::securityOfPort(context.port);
    if (context.security == Security::ImplicitTls && expected == Security::StartTls)
        return MismatchEvidence::TlsClientGotPlain;
    if (context.security != Security::ImplicitTls && expected == Security::ImplicitTls)
        return MismatchEvidence::PlainClientGotTls;
    return MismatchEvidence::Unknown;
}

// A TLS record starts with a content type (0x14-0x18) and version 3.x; anything with control
// bytes is not an SMTP greeting either.
bool looksBinary(const QByteArray &bytes)
{
    if (bytes.isEmpty())
        return false;
    if (bytes.size() >= 2 && uchar(bytes.at(0)) >= 0x14 && uchar(bytes.at(0)) <= 0x18
        && bytes.at(1) == 0x03)
        return true;
    const QByteArray head = bytes.left(64);
    for (char c : head) {
        const uchar u = uchar(c);
        if ((u < 0x20 && u != '\r' && u != '\n' && u != '\t') || u == 0x7f)
            return true;
    }
    return false;
}

QString hintFor(const QString &provider, const QString &topic)
{
    if (provider.isEmpty())
        return QString();
    static const std::vector<QRegularExpression> topics = [] {
        std::vector<QRegularExpression> compiled;
        for (const ProviderHint &hint : DiagnosisCatalog::providerHints())
            compiled.emplace_back(QString::fromLatin1(hint.topics));
        return compiled;
    }();
    const std::vector<ProviderHint> &hints = DiagnosisCatalog::providerHints();
    for (size_t i = 0; i < hints.size(); ++i) {
        if (provider == QLatin1String(hints[i].provider) && topics[i].match(topic).hasMatch())
            return hints[i].text.translated();
    }
    return QString();
}

QString portFix(const DiagnosisContext &context, const ProviderFamily *family)
{
    QStringList ports;
    for (const Provider::Port &port : ServerProvider::alternativePorts(family, context.port))
        ports << translated(QT_TRANSLATE_NOOP("Sendcheck::Diagnoser", "%1 with %2"))
                     .arg(QString::number(port.port),
                          port.security == Security::ImplicitTls ? translated(
                              QT_TRANSLATE_NOOP("Sendcheck::Diagnoser", "TLS from the start"))
                                                                 : QStringLiteral("STARTTLS"));
    QString fix = ports.isEmpty()
        ? QString()
        : translated(QT_TRANSLATE_NOOP("Sendcheck::Diagnoser", "Try another port: %1."))
              .arg(ports.join(QStringLiteral(", ")));
    if (context.port == 25)
        fix += QLatin1Char(' ')
            + translated(QT_TRANSLATE_NOOP(
                "Sendcheck::Diagnoser",
                "Port 25 is meant for servers talking to servers; most internet providers and "
                "cloud hosts block it for everyone else."));
    return fix.trimmed();
}

QString mismatchFix(const DiagnosisContext &context, MismatchEvidence evidence)
{
    const QString port = context.port ? QString::number(context.port) : QString();
    if (evidence == MismatchEvidence::TlsClientGotPlain) {
        if (!port.isEmpty())
            return translated(
                       QT_TRANSLATE_NOOP(
                           "Sendcheck::Diagnoser",
                           "Port %1 starts in plain text and switches to encryption with STARTTLS: "
                           "set Security to STARTTLS, or keep TLS from the start and change the "
                           "port to 465."))
                .arg(port);
        return translated(QT_TRANSLATE_NOOP(
            "Sendcheck::Diagnoser",
            "The server starts in plain text on this port: set Security to STARTTLS "
            "(usually port 587), or keep TLS from the start and change the port to 465."));
    }
    if (evidence == MismatchEvidence::PlainClientGotTls) {
        if (!port.isEmpty())
            return translated(
                       QT_TRANSLATE_NOOP(
                           "Sendcheck::Diagnoser",
                           "Port %1 expects encryption from the first byte: set Security to TLS "
                           "from the start, or keep STARTTLS and change the port to 587."))
                .arg(port);
        return translated(QT_TRANSLATE_NOOP(
            "Sendcheck::Diagnoser",
            "The server expects encryption from the first byte on this port: set "
            "Security to TLS from the start (usually port 465), or keep STARTTLS and change "
            "the port to 587."));
    }
    return QString();
}

QString enhancedMeaning(const QString &enhanced)
{
    const QStringList parts = enhanced.split(QLatin1Char('.'));
    if (parts.size() != 3)
        return QString();
    QStringList words;
    const QString cls = DiagnosisCatalog::codeMeaning(parts.at(0));
    const QString subject = DiagnosisCatalog::codeMeaning(QStringLiteral("x.") + parts.at(1));
    const QString detail
        = DiagnosisCatalog::codeMeaning(QStringLiteral("x.%1.%2").arg(parts.at(1), parts.at(2)));
    for (const QString &word : {cls, subject, detail}) {
        if (!word.isEmpty())
            words << word;
    }
    if (words.isEmpty())
        return QString();
    return translated(QT_TRANSLATE_NOOP("Sendcheck::Diagnoser", "%1: %2 (RFC 3463)"))
        .arg(enhanced, words.join(QStringLiteral(", ")));
}

// auth.oauth_token_rejected says "expired, revoked or wrong scope"; the server's decoded error
// and the signed-in account usually tell which, and each needs a different fix.
void specializeOAuth(Explanation &explanation, const DiagnosisContext &context)
{
    const std::optional<OAuthServerError> &error = context.oauthError;
    const QString user = !context.userName.isEmpty() ? context.userName
        : error                                      ? error->userName
                                                     : QString();
    const QString signedIn = !context.signedInAccount.isEmpty() ? context.signedInAccount
        : error                                                 ? error->signedInAccount
                                                                : QString();
    const bool mismatch = OAuthServerError::accountsDiffer(user, signedIn);
    if (!mismatch && !error)
        return;
    const OAuthServerError::Kind kind
        = mismatch ? OAuthServerError::Kind::WrongUserOrRequest : error->kind;
    switch (kind) {
    case OAuthServerError::Kind::ExpiredOrInvalid:
        explanation.summary = translated(QT_TRANSLATE_NOOP(
            "Sendcheck::Diagnoser",
            "The server says the access token has expired or was revoked, and Sendcheck could "
            "not get a fresh one with the saved sign-in."));
        explanation.causes = {
            translated(QT_TRANSLATE_NOOP("Sendcheck::Diagnoser",
                                         "An access token lasts about an hour, and renewing it "
                                         "with the saved sign-in failed.")),
            translated(QT_TRANSLATE_NOOP(
                "Sendcheck::Diagnoser",
                "The sign-in was withdrawn: a password change, app access removed in the account's "
                "security settings, or an administrator's decision.")),
            translated(QT_TRANSLATE_NOOP("Sendcheck::Diagnoser",
                                         "Google ends the sign-ins of an app still in testing "
                                         "after seven days.")),
        };
        explanation.fixes = {
            translated(
                QT_TRANSLATE_NOOP("Sendcheck::Diagnoser", "Sign in with your provider again.")),
            translated(QT_TRANSLATE_NOOP(
                "Sendcheck::Diagnoser",
                "If it happens again soon, check in your account's security settings that "
                "Sendcheck still has access.")),
        };
        break;
    case OAuthServerError::Kind::WrongScope: {
        const QString scope = !error          ? QString()
            : !error->missingScopes.isEmpty() ? error->missingScopes.join(QLatin1Char(' '))
                                              : error->scope;
        explanation.summary = scope.isEmpty()
            ? translated(QT_TRANSLATE_NOOP("Sendcheck::Diagnoser",
                                           "The sign-in worked, but it did not give permission "
                                           "to send mail."))
            : translated(QT_TRANSLATE_NOOP("Sendcheck::Diagnoser",
                                           "The sign-in worked, but it did not give permission "
                                           "to send mail: the server wants the permission "
                                           "(scope) %1."))
                  .arg(scope);
        explanation.causes = {
            translated(QT_TRANSLATE_NOOP("Sendcheck::Diagnoser",
                                         "The box for sending mail was left unticked on the "
                                         "provider's consent page.")),
            translated(QT_TRANSLATE_NOOP("Sendcheck::Diagnoser",
                                         "The app registration asks for other permissions than "
                                         "the one for mail.")),
        };
        explanation.fixes = {
            translated(QT_TRANSLATE_NOOP("Sendcheck::Diagnoser",
                                         "Sign in again and allow sending mail on the consent "
                                         "page.")),
            translated(QT_TRANSLATE_NOOP("Sendcheck::Diagnoser",
                                         "For your own app registration: request the provider's "
                                         "mail scope (Google: https://mail.google.com/, "
                                         "Microsoft: SMTP.Send).")),
        };
        break;
    }
    case OAuthServerError::Kind::WrongUserOrRequest:
        if (mismatch) {
            explanation.summary
                = translated(QT_TRANSLATE_NOOP("Sendcheck::Diagnoser",
                                               "The token belongs to another account: signed in "
                                               "as %1 but the user name is %2."))
                      .arg(signedIn, user);
            explanation.causes = {translated(
                QT_TRANSLATE_NOOP("Sendcheck::Diagnoser",
                                  "A different account was chosen on the provider's sign-in "
                                  "page than the one in the user name."))};
            explanation.fixes = {
                translated(QT_TRANSLATE_NOOP("Sendcheck::Diagnoser",
                                             "Change the user name to %1, the account you signed "
                                             "in with."))
                    .arg(signedIn),
                translated(QT_TRANSLATE_NOOP("Sendcheck::Diagnoser",
                                             "Or sign in again and choose the account %1."))
                    .arg(user),
            };
        } else {
            explanation.summary = translated(QT_TRANSLATE_NOOP(
                "Sendcheck::Diagnoser",
                "The server refused the token for this user name: the token most likely "
                "belongs to another account, or the sign-in request was malformed."));
            explanation.causes = {
                translated(QT_TRANSLATE_NOOP("Sendcheck::Diagnoser",
                                             "The user name is not the address you signed in "
                                             "with.")),
                translated(QT_TRANSLATE_NOOP("Sendcheck::Diagnoser",
                                             "The program sent the sign-in in a form the server "
                                             "does not accept.")),
            };
            explanation.fixes = {
                translated(QT_TRANSLATE_NOOP("Sendcheck::Diagnoser",
                                             "Make the user name exactly the address you signed "
                                             "in with.")),
                translated(
                    QT_TRANSLATE_NOOP("Sendcheck::Diagnoser", "Sign in with your provider again.")),
            };
        }
        break;
    case OAuthServerError::Kind::Unknown:
        break;
    }
}

struct Finding
{
    Finding() = default;
    explicit Finding(QLatin1StringView topicId,
                     MismatchEvidence mismatchEvidence = MismatchEvidence::Unknown)
        : topic(topicId), evidence(mismatchEvidence)
    { }

    QString topic;
    const DiagnosisRule *rule = nullptr; // the rule whose summary replaces the topic's
    QString provider; // the provider family a rule named, for its hint
    MismatchEvidence evidence = MismatchEvidence::Unknown;
    QString summary; // replaces the topic's summary when set
    Explanation::Confidence confidence = Explanation::Confidence::High;
    QList<Evidence> seen; // what spoke for the topic
    QString doubt; // when the choice is unsure: the title of the next likely topic
};

// What the session itself observed, as evidence.
Finding sessionFinding(QLatin1StringView topic, const QString &what,
                       MismatchEvidence mismatch = MismatchEvidence::Unknown)
{
    Finding finding(topic, mismatch);
    if (!what.isEmpty())
        finding.seen << Evidence {Evidence::Kind::Session, what, Weight::Session};
    return finding;
}

Finding findingOf(const Verdict &verdict)
{
    Finding finding;
    finding.topic = verdict.best.topic;
    finding.rule = verdict.best.summaryRule;
    finding.provider = verdict.best.provider;
    finding.confidence = verdict.confidence;
    finding.seen = verdict.best.evidence;
    if (verdict.confidence == Explanation::Confidence::Low && verdict.runnerUp
        && verdict.best.score - verdict.runnerUp->score < 10) {
        if (const TopicEntry *other = DiagnosisCatalog::topic(verdict.runnerUp->topic))
            finding.doubt = other->title.translated();
    }
    return finding;
}

Explanation build(const Finding &finding, const DiagnosisContext &context, const ReplyFacts *facts,
                  const QString &serverText)
{
    const TopicEntry *entry = DiagnosisCatalog::topic(finding.topic);
    Q_ASSERT(entry);
    if (!entry)
        entry = DiagnosisCatalog::topic(Topic::ProtocolError);
    Explanation explanation;
    explanation.topic = entry->id;
    explanation.severity = entry->severity;
    explanation.transient = entry->transient;
    explanation.title = entry->title.translated();
    explanation.summary = entry->summary.translated();
    if (finding.rule && !finding.rule->summary.isEmpty())
        explanation.summary = finding.rule->summary.translated();
    if (!finding.summary.isEmpty())
        explanation.summary = finding.summary;
    explanation.causes = entry->causes.translatedLines();
    explanation.fixes = entry->fixes.translatedLines();
    explanation.serverText = serverText;

    explanation.confidence = finding.confidence;
    explanation.evidence = finding.seen;
    if (finding.confidence == Explanation::Confidence::Low && finding.summary.isEmpty()) {
        // Say it is a guess, in plain words, before the guess.
        const QString doubt = !finding.doubt.isEmpty()
            ? translated(QT_TRANSLATE_NOOP("Sendcheck::Diagnoser",
                                           "Sendcheck is not sure about this one: the reply also "
                                           "fits \u201c%1\u201d. The more likely reading:"))
                  .arg(finding.doubt)
            : translated(QT_TRANSLATE_NOOP("Sendcheck::Diagnoser",
                                           "Sendcheck is not sure about this one: the reply "
                                           "carries only a general code or words that fit many "
                                           "situations. The most common reading:"));
        explanation.summary = doubt + QLatin1Char(' ') + explanation.summary;
    }

    const QString ruleProvider = !finding.provider.isEmpty() ? finding.provider
        : finding.rule && finding.rule->provider ? QString::fromLatin1(finding.rule->provider)
                                                 : QString();
    const ProviderFamily *hostFamily = ServerProvider::familyOf(context);
    explanation.providerHint = hintFor(ruleProvider, explanation.topic);
    if (explanation.providerHint.isEmpty() && hostFamily)
        explanation.providerHint = hintFor(hostFamily->id, explanation.topic);

    const ProviderFamily *family
        = ruleProvider.isEmpty() ? hostFamily : ServerProvider::family(ruleProvider);
    if (explanation.topic == Topic::NetTimeout
        || explanation.topic == Topic::NetConnectionRefused) {
        const QString fix = portFix(context, family);
        if (!fix.isEmpty())
            explanation.fixes.prepend(fix);
    } else if (explanation.topic == Topic::NetSecurityModeMismatch) {
        const QString fix = mismatchFix(context, finding.evidence);
        if (!fix.isEmpty())
            explanation.fixes.prepend(fix);
    }
    if (explanation.topic == Topic::AuthOAuthTokenRejected)
        specializeOAuth(explanation, context);

    QStringList reference {entry->reference.translated()};
    if (facts) {
        // The reply's class decides whether waiting helps, whatever the topic usually means.
        const QChar cls = !facts->code.isEmpty() ? facts->code.at(0)
            : !facts->enhanced.isEmpty()         ? facts->enhanced.at(0)
                                                 : QChar();
        if (cls == QLatin1Char('4')) {
            explanation.transient = true;
            if (explanation.severity == Explanation::Severity::Error)
                explanation.severity = Explanation::Severity::Warning;
        } else if (cls == QLatin1Char('5')) {
            explanation.transient = false;
            if (explanation.severity == Explanation::Severity::Warning)
                explanation.severity = Explanation::Severity::Error;
        }
        const QString code = DiagnosisCatalog::codeMeaning(facts->code);
        if (!code.isEmpty())
            reference << code;
        const QString enhanced = enhancedMeaning(facts->enhanced);
        if (!enhanced.isEmpty())
            reference << enhanced;
    }
    reference.removeAll(QString());
    explanation.reference = reference.join(QStringLiteral("; "));
    return explanation;
}

Explanation explainFacts(const ReplyFacts &facts, const DiagnosisContext &context,
                         const QString &serverText)
{
    if (const std::optional<Verdict> verdict = EvidenceScorer::weigh(facts, context))
        return build(findingOf(*verdict), context, &facts, serverText);
    Finding finding(Topic::ServerPermanentError);
    finding.confidence = Explanation::Confidence::Low;
    return build(finding, context, &facts, serverText);
}

// A library or socket text with no reply in it.
std::optional<Finding> findTransport(const QString &text, const DiagnosisContext &context)
{
    if (text.trimmed().isEmpty())
        return std::nullopt;
    ReplyFacts words;
    words.flatText = text.simplified();
    const std::optional<Verdict> verdict = EvidenceScorer::weigh(words, context);
    if (!verdict)
        return std::nullopt;
    Finding finding = findingOf(*verdict);
    if (finding.topic == Topic::NetSecurityModeMismatch)
        finding.evidence = MismatchEvidence::TlsClientGotPlain;
    // A failed or cut-off handshake on a port that wants the other mode is that mode's fault.
    if ((finding.topic == Topic::TlsHandshakeFailed || finding.topic == Topic::NetConnectionLost
         || finding.topic == Topic::NetTimeout)
        && mismatchByPort(context) != MismatchEvidence::Unknown) {
        finding.topic = Topic::NetSecurityModeMismatch;
        finding.evidence = mismatchByPort(context);
        finding.seen.prepend(Evidence {
            Evidence::Kind::Session, QStringLiteral("port %1").arg(context.port), Weight::Session});
        finding.confidence = Explanation::Confidence::High;
    }
    return finding;
}

Finding certificateFinding(const QList<QSslError> &errors)
{
    bool expired = false;
    bool untrusted = false;
    for (const QSslError &error : errors) {
        switch (error.error()) {
        case QSslError::HostNameMismatch:
            return Finding(Topic::TlsCertificateNameMismatch);
        case QSslError::CertificateExpired:
        case QSslError::CertificateNotYetValid:
            expired = true;
            break;
        default:
            untrusted = true;
            break;
        }
    }
    if (expired)
        return Finding(Topic::TlsCertificateExpired);
    Q_UNUSED(untrusted)
    return Finding(Topic::TlsCertificateUntrusted);
}

bool isCertificateTopic(const QString &topic)
{
    return topic == Topic::TlsCertificateUntrusted || topic == Topic::TlsCertificateExpired
        || topic == Topic::TlsCertificateNameMismatch;
}

QString serverTextOf(const SessionFailure &failure)
{
    QStringList parts;
    if (failure.reply)
        parts << failure.reply->toOneLine();
    if (!failure.detail.isEmpty())
        parts << failure.detail;
    for (const QSslError &error : failure.sslErrors)
        parts << error.errorString();
    if (!failure.unexpectedBytes.isEmpty())
        parts << QStringLiteral("[%1]").arg(
            QString::fromLatin1(failure.unexpectedBytes.left(32).toHex(' ')));
    parts.removeDuplicates();
    return parts.join(QLatin1Char('\n'));
}

} // namespace

Explanation Diagnoser::explain(const SessionFailure &failure, const DiagnosisContext &context)
{
    const QString serverText = serverTextOf(failure);
    // What the session saw, as evidence: the kind of failure and, when there is one, the
    // socket's or TLS library's words.
    const QString observed = failure.detail.isEmpty()
        ? failureKindName(failure.kind)
        : QStringLiteral("%1: %2").arg(failureKindName(failure.kind),
                                       failure.detail.simplified().left(160));
    const auto topicOnly
        = [&](QLatin1StringView topic, MismatchEvidence evidence = MismatchEvidence::Unknown) {
              return build(sessionFinding(topic, observed, evidence), context, nullptr, serverText);
          };
    const auto withCertificates = [&](Finding finding) {
        QStringList errors;
        for (const QSslError &error : failure.sslErrors)
            errors << error.errorString();
        finding.seen << Evidence {Evidence::Kind::Session, errors.join(QStringLiteral("; ")),
                                  Weight::Session};
        return build(finding, context, nullptr, serverText);
    };
    const bool early = failure.stage == Stage::Connecting || failure.stage == Stage::Banner
        || failure.stage == Stage::TlsHandshake || failure.stage == Stage::Idle;

    // Binary bytes where a greeting or reply should be: the server speaks TLS, we did not.
    if (looksBinary(failure.unexpectedBytes))
        return topicOnly(Topic::NetSecurityModeMismatch, MismatchEvidence::PlainClientGotTls);

    switch (failure.kind) {
    case FailureKind::None:
        return topicOnly(Topic::OkAccepted);
    case FailureKind::Reply:
    case FailureKind::StartTlsUnavailable:
    case FailureKind::ProtocolError:
        if (failure.reply && failure.reply->code) {
            ReplyFacts facts;
            facts.code = QString::number(failure.reply->code);
            facts.enhanced = failure.reply->enhanced;
            facts.text = failure.reply->text();
            facts.stage = failure.stage;
            facts.plainKnown = !context.tlsActive;
            facts.sure = true;
            facts.flatText = failure.reply->toOneLine();
            if (failure.kind == FailureKind::StartTlsUnavailable) {
                return build(sessionFinding(Topic::TlsStartTlsUnavailable,
                                            QStringLiteral("%1 to STARTTLS").arg(facts.code)),
                             context, &facts, serverText);
            }
            // The server explained the refusal in its error challenge: whatever the final
            // reply's wording, the token is what was refused.
            if (failure.kind == FailureKind::Reply && failure.stage == Stage::Auth
                && context.oauthError && facts.code.startsWith(QLatin1Char('5'))) {
                return build(sessionFinding(Topic::AuthOAuthTokenRejected,
                                            QStringLiteral("OAuth error challenge")),
                             context, &facts, serverText);
            }
            return explainFacts(facts, context, serverText);
        }
        if (failure.kind == FailureKind::StartTlsUnavailable)
            return topicOnly(Topic::TlsStartTlsUnavailable);
        if (failure.kind == FailureKind::ProtocolError) {
            if (auto finding = findTransport(failure.detail, context);
                finding && finding->topic == Topic::NetSecurityModeMismatch)
                return build(*finding, context, nullptr, serverText);
        }
        return topicOnly(Topic::ProtocolError);
    case FailureKind::HostNotFound:
        // A well-known name failed too: the computer, not the server name, is the trouble.
        if (failure.nameServiceWorks == false)
            return topicOnly(Topic::NetOffline);
        return topicOnly(Topic::NetHostNotFound);
    case FailureKind::ConnectionRefused:
        return topicOnly(Topic::NetConnectionRefused);
    case FailureKind::ImplicitTlsExpected:
        return topicOnly(Topic::NetExpectsImplicitTls);
    case FailureKind::Timeout:
        if (early && mismatchByPort(context) != MismatchEvidence::Unknown)
            return topicOnly(Topic::NetSecurityModeMismatch, mismatchByPort(context));
        return topicOnly(Topic::NetTimeout);
    case FailureKind::ConnectionLost:
        if (early && mismatchByPort(context) != MismatchEvidence::Unknown)
            return topicOnly(Topic::NetSecurityModeMismatch, mismatchByPort(context));
        if (auto finding = findTransport(failure.detail, context);
            finding && finding->topic != Topic::NetTimeout)
            return build(*finding, context, nullptr, serverText);
        return topicOnly(Topic::NetConnectionLost);
    case FailureKind::NetworkError:
        if (auto finding = findTransport(failure.detail, context))
            return build(*finding, context, nullptr, serverText);
        switch (failure.socketError) {
        case QAbstractSocket::HostNotFoundError:
            return topicOnly(Topic::NetHostNotFound);
        case QAbstractSocket::ConnectionRefusedError:
            return topicOnly(Topic::NetConnectionRefused);
        case QAbstractSocket::SocketTimeoutError:
            return topicOnly(Topic::NetTimeout);
        case QAbstractSocket::SslHandshakeFailedError:
            return topicOnly(Topic::TlsHandshakeFailed);
        default:
            return topicOnly(Topic::NetConnectionLost);
        }
    case FailureKind::TlsHandshakeFailed:
        if (!failure.sslErrors.isEmpty())
            return withCertificates(certificateFinding(failure.sslErrors));
        if (auto finding = findTransport(failure.detail, context))
            return build(*finding, context, nullptr, serverText);
        if (mismatchByPort(context) != MismatchEvidence::Unknown)
            return topicOnly(Topic::NetSecurityModeMismatch, mismatchByPort(context));
        return topicOnly(Topic::TlsHandshakeFailed);
    case FailureKind::TlsCertificate:
        if (!failure.sslErrors.isEmpty())
            return withCertificates(certificateFinding(failure.sslErrors));
        if (auto finding = findTransport(failure.detail, context);
            finding && isCertificateTopic(finding->topic))
            return build(*finding, context, nullptr, serverText);
        return topicOnly(Topic::TlsCertificateUntrusted);
    case FailureKind::AuthNotOffered:
        return topicOnly(Topic::AuthNotOffered);
    case FailureKind::NoCommonMechanism:
        return topicOnly(Topic::AuthMechanismUnsupported);
    case FailureKind::PlainAuthRefused:
        return topicOnly(Topic::AuthEncryptionRequired);
    case FailureKind::MessageTooLarge:
        return topicOnly(Topic::MessageTooLarge);
    case FailureKind::InvalidInput:
        if (failure.stage == Stage::MailFrom)
            return topicOnly(Topic::SenderRejected);
        if (failure.stage == Stage::RcptTo)
            return topicOnly(Topic::RecipientUnknown);
        return topicOnly(Topic::MessageMalformed);
    case FailureKind::LocalError:
        return topicOnly(Topic::MessageMalformed);
    case FailureKind::Cancelled: {
        Finding finding = sessionFinding(Topic::NetConnectionLost, observed);
        finding.summary = translated(
            QT_TRANSLATE_NOOP("Sendcheck::Diagnoser",
                              "The session was stopped before it finished. Nothing is wrong "
                              "with the server or the settings as far as it got."));
        Explanation explanation = build(finding, context, nullptr, serverText);
        explanation.severity = Explanation::Severity::Info;
        return explanation;
    }
    }
    return topicOnly(Topic::ProtocolError);
}

Explanation Diagnoser::explainText(const QString &pastedText, std::optional<Stage> stage,
                                   const DiagnosisContext &context)
{
    const PastedReply pasted = PastedReply::parse(pastedText);
    const QString serverText = pastedText.trimmed();

    ReplyFacts facts;
    facts.flatText = pasted.flatText;
    facts.stage = stage ? stage : pasted.stage;
    // A pasted text does not say whether TLS was on; only an explicit "no encryption" does.
    facts.plainKnown = context.security == Security::None && !context.tlsActive;
    if (pasted.reply) {
        facts.code = pasted.reply->code ? QString::number(pasted.reply->code) : QString();
        facts.enhanced = pasted.reply->enhanced;
        facts.text = pasted.reply->text();
        facts.sure = !facts.enhanced.isEmpty() || pasted.codeAtLineStart;
        facts.wrapper = pasted.wrapper;
    } else {
        facts.text = pasted.flatText; // no code at all: the words alone may name the failure
    }

    // Bytes of a TLS record pasted where a greeting should be.
    if (!facts.sure && looksBinary(pastedText.trimmed().toLatin1()))
        return build(sessionFinding(Topic::NetSecurityModeMismatch,
                                    QStringLiteral("binary bytes where a greeting belongs"),
                                    MismatchEvidence::PlainClientGotTls),
                     context, nullptr, serverText);
    if (const std::optional<Verdict> verdict = EvidenceScorer::weigh(facts, context)) {
        Finding finding = findingOf(*verdict);
        if (!pasted.reply) {
            // Only a library's words: the connection's outcome, with the port's say.
            if (std::optional<Finding> transport = findTransport(pasted.flatText, context);
                transport && transport->topic == finding.topic)
                finding = *transport;
            else if (finding.topic == Topic::NetSecurityModeMismatch)
                finding.evidence = MismatchEvidence::TlsClientGotPlain;
        }
        return build(finding, context, pasted.reply ? &facts : nullptr, serverText);
    }

    Finding unknown(Topic::ServerPermanentError);
    unknown.confidence = Explanation::Confidence::Low;
    unknown.summary = translated(
        QT_TRANSLATE_NOOP("Sendcheck::Diagnoser",
                          "Sendcheck found no reply code and no known error text in this message. "
                          "Paste the server's complete reply, starting with its three-digit "
                          "code, for a better explanation."));
    Explanation explanation = build(unknown, context, nullptr, serverText);
    explanation.severity = Explanation::Severity::Warning;
    return explanation;
}

QStringList Diagnoser::allTopics()
{
    QStringList ids;
    for (const TopicEntry &entry : DiagnosisCatalog::topics())
        ids << entry.id;
    return ids;
}

} // namespace Sendcheck
