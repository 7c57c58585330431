// SPDX-License-Identifier: GPL-3.0-or-later
#include "probeattemptresult.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace Sendcheck {

namespace {

// Texts are looked up as PortProbeText::tr("...") so that lupdate sees each one with its context.
struct PortProbeText
{
    Q_DECLARE_TR_FUNCTIONS(Sendcheck::PortProbe)
};

} // namespace

QString ProbeAttemptResult::summary() const
{
    switch (outcome) {
    case ProbeOutcome::Works: {
        QStringList parts;
        if (tls.used)
            parts << tls.protocol;
        parts << (authMechanisms.isEmpty()
                      ? PortProbeText::tr("no sign-in offered")
                      : QStringLiteral("AUTH %1").arg(authMechanisms.join(QLatin1Char(' '))));
        if (sizeLimit && *sizeLimit > 0)
            parts << PortProbeText::tr("up to %1 MB")
                         .arg(double(*sizeLimit) / 1'000'000.0, 0, 'f', 0);
        return parts.join(QStringLiteral(", "));
    }
    case ProbeOutcome::Refused:
        return PortProbeText::tr("Nothing listens on this port");
    case ProbeOutcome::NoAnswer:
        return connectMs < 0 ? PortProbeText::tr("No connection: the port is filtered")
                             : PortProbeText::tr("Connected, but the server never said a word");
    case ProbeOutcome::WrongMode:
        return suggestedSecurity == Security::ImplicitTls
            ? PortProbeText::tr("This port expects TLS from the start, not STARTTLS")
            : PortProbeText::tr(
                "This port greets in plain text: it wants STARTTLS, not TLS from the start");
    case ProbeOutcome::Certificate:
        return tls.errors.isEmpty() ? PortProbeText::tr("The certificate does not verify")
                                    : tls.errors.join(QStringLiteral("; "));
    case ProbeOutcome::Interception:
        return PortProbeText::tr("Certificate made by %1").arg(interceptionProduct);
    case ProbeOutcome::Error:
        return detail;
    }
    return QString();
}

QString ProbeAttemptResult::fix() const
{
    const QString port = QString::number(candidate.port);
    switch (outcome) {
    case ProbeOutcome::Works:
        return authMechanisms.isEmpty() ? PortProbeText::tr(
                   "This port takes mail without sign-in: it is for servers, or for a relay that "
                   "knows your address; use a port that offers sign-in.")
                                        : QString();
    case ProbeOutcome::Refused:
        return PortProbeText::tr("Use another port; nothing is switched on here.");
    case ProbeOutcome::NoAnswer:
        if (connectMs >= 0)
            return PortProbeText::tr(
                       "The server accepts connections but does not speak SMTP on port %1; use "
                       "another port or ask the provider.")
                .arg(port);
        return candidate.port == 25
            ? PortProbeText::tr(
                "Port 25 is usually blocked by internet providers and cloud hosts for "
                "outgoing connections; use 465 or 587.")
            : PortProbeText::tr(
                "A firewall on the way drops the connection; try another port or network.");
    case ProbeOutcome::WrongMode:
        return suggestedSecurity == Security::ImplicitTls
            ? PortProbeText::tr("Choose TLS from the start (not STARTTLS) for port %1.").arg(port)
            : PortProbeText::tr("Choose STARTTLS (not TLS from the start) for port %1.").arg(port);
    case ProbeOutcome::Certificate:
        return PortProbeText::tr(
            "Check the server name against the certificate; for your own server, give its "
            "CA file or trust its fingerprint.");
    case ProbeOutcome::Interception:
        return PortProbeText::tr(
                   "Turn off mail scanning of encrypted connections in %1, or add an exception "
                   "for this server.")
            .arg(interceptionProduct);
    case ProbeOutcome::Error:
        return QString();
    }
    return QString();
}

QJsonObject ProbeAttemptResult::toJson() const
{
    QJsonObject tlsJson = tls.toJson();
    if (!interceptionProduct.isEmpty())
        tlsJson.insert(QStringLiteral("interception"),
                       QJsonObject {{QStringLiteral("product"), interceptionProduct},
                                    {QStringLiteral("issuer"), interceptionIssuer},
                                    {QStringLiteral("source"), interceptionSource}});
    QJsonObject object {
        {QStringLiteral("host"), candidate.host},
        {QStringLiteral("port"), int(candidate.port)},
        {QStringLiteral("security"), securityName(candidate.security)},
        {QStringLiteral("source"), candidate.source},
        {QStringLiteral("outcome"), probeOutcomeName(outcome)},
        {QStringLiteral("topic"), topic},
        {QStringLiteral("summary"), summary()},
        {QStringLiteral("fix"), fix()},
        {QStringLiteral("connect_ms"),
         connectMs < 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(connectMs)},
        {QStringLiteral("started_ms"), startedMs},
        {QStringLiteral("finished_ms"), finishedMs},
        {QStringLiteral("banner"), banner},
        {QStringLiteral("capabilities"), QJsonArray::fromStringList(capabilities)},
        {QStringLiteral("tls"), tlsJson},
        {QStringLiteral("auth_mechanisms"), QJsonArray::fromStringList(authMechanisms)},
        {QStringLiteral("size"), sizeLimit ? QJsonValue(*sizeLimit) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("detail"), detail},
        {QStringLiteral("transcript"), QJsonArray::fromStringList(transcript)},
    };
    if (suggestedSecurity)
        object.insert(QStringLiteral("suggested_security"), securityName(*suggestedSecurity));
    return object;
}

} // namespace Sendcheck
