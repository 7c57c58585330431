// SPDX-License-Identifier: GPL-3.0-or-later
#include "probeattemptresult.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace Sendcheck {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Sendcheck::PortProbe", text);
}

} // namespace

QString ProbeAttemptResult::summary() const
{
    switch (outcome) {
    case ProbeOutcome::Works: {
        QStringList parts;
        if (tls.used)
            parts << tls.protocol;
        parts << (authMechanisms.isEmpty()
                      ? tr("no sign-in offered")
                      : QStringLiteral("AUTH %1").arg(authMechanisms.join(QLatin1Char(' '))));
        if (sizeLimit && *sizeLimit > 0)
            parts << tr("up to %1 MB").arg(double(*sizeLimit) / 1'000'000.0, 0, 'f', 0);
        return parts.join(QStringLiteral(", "));
    }
    case ProbeOutcome::Refused:
        return tr("Nothing listens on this port");
    case ProbeOutcome::NoAnswer:
        return connectMs < 0 ? tr("No connection: the port is filtered")
                             : tr("Connected, but the server never said a word");
    case ProbeOutcome::WrongMode:
        return suggestedSecurity == Security::ImplicitTls
            ? tr("This port expects TLS from the start, not STARTTLS")
            : tr("This port greets in plain text: it wants STARTTLS, not TLS from the start");
    case ProbeOutcome::Certificate:
        return tls.errors.isEmpty() ? tr("The certificate does not verify")
                                    : tls.errors.join(QStringLiteral("; "));
    case ProbeOutcome::Interception:
        return tr("Certificate made by %1").arg(interceptionProduct);
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
        return authMechanisms.isEmpty()
            ? tr("This port takes mail without sign-in: it is for servers, or for a relay that "
                 "knows your address; use a port that offers sign-in.")
            : QString();
    case ProbeOutcome::Refused:
        return tr("Use another port; nothing is switched on here.");
    case ProbeOutcome::NoAnswer:
        if (connectMs >= 0)
            return tr("The server accepts connections but does not speak SMTP on port %1; use "
                      "another port or ask the provider.")
                .arg(port);
        return candidate.port == 25
            ? tr("Port 25 is usually blocked by internet providers and cloud hosts for "
                 "outgoing connections; use 465 or 587.")
            : tr("A firewall on the way drops the connection; try another port or network.");
    case ProbeOutcome::WrongMode:
        return suggestedSecurity == Security::ImplicitTls
            ? tr("Choose TLS from the start (not STARTTLS) for port %1.").arg(port)
            : tr("Choose STARTTLS (not TLS from the start) for port %1.").arg(port);
    case ProbeOutcome::Certificate:
        return tr("Check the server name against the certificate; for your own server, give its "
                  "CA file or trust its fingerprint.");
    case ProbeOutcome::Interception:
        return tr("Turn off mail scanning of encrypted connections in %1, or add an exception "
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
