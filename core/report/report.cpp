// SPDX-License-Identifier: GPL-3.0-or-later
#include "report.h"

#include "common/enumnames.h"

#include "diagnosis/diagnoser.h"
#include "diagnosis/diagnosiscontext.h"
#include "sessionjson.h"
#include "smtp/smtpsession.h"
#include "transcript/transcript.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSysInfo>

#ifndef SENDCHECK_REPORT_APP_VERSION
#error "SENDCHECK_REPORT_APP_VERSION is set by core/report/CMakeLists.txt"
#endif

namespace Sendcheck {

namespace {

QString redactionName(Report::Redaction redaction)
{
    return redaction == Report::Redaction::Strict ? QStringLiteral("strict")
                                                  : QStringLiteral("standard");
}

QStringList stringList(const QJsonValue &value)
{
    QStringList list;
    const QJsonArray array = value.toArray();
    for (const QJsonValue &item : array)
        list.append(item.toString());
    return list;
}

QJsonObject profileToJson(const Profile &profile)
{
    QJsonObject object {
        {QStringLiteral("id"), profile.id},
        {QStringLiteral("name"), profile.name},
        {QStringLiteral("preset"), profile.presetId},
        {QStringLiteral("host"), profile.host},
        {QStringLiteral("port"), int(profile.port)},
        {QStringLiteral("security"), securityName(profile.security)},
        {QStringLiteral("auth"), mechanismName(profile.mechanism)},
        {QStringLiteral("sign_in"),
         profile.usesOAuth() ? QStringLiteral("oauth") : QStringLiteral("password")},
        {QStringLiteral("user"), profile.userName},
        {QStringLiteral("from"), profile.from},
        {QStringLiteral("to"), QJsonArray::fromStringList(profile.defaultTo)},
        {QStringLiteral("ehlo_name"), profile.ehloName},
        {QStringLiteral("timeout_seconds"), profile.timeoutSeconds},
        {QStringLiteral("ca_file"), profile.caFile},
        {QStringLiteral("allow_plain_auth"), profile.allowPlainAuth},
    };
    // The mailbox server's pins too (read-back): each names the host and port it opens.
    QJsonArray pins;
    for (const CertificatePin &pin : profile.pins + profile.imap.pins)
        pins.append(pin.toJson());
    object.insert(QStringLiteral("pins"), pins);
    if (profile.usesOAuth()) {
        object.insert(QStringLiteral("oauth"),
                      QJsonObject {{QStringLiteral("client_id"), profile.oauthClientId},
                                   {QStringLiteral("tenant"), profile.oauthTenant},
                                   {QStringLiteral("account"), profile.oauthAccount}});
    }
    return object;
}

Profile profileFromJson(const QJsonObject &object)
{
    Profile profile;
    profile.id = object.value(QStringLiteral("id")).toString();
    profile.name = object.value(QStringLiteral("name")).toString();
    profile.presetId = object.value(QStringLiteral("preset")).toString();
    profile.host = object.value(QStringLiteral("host")).toString();
    profile.port = quint16(std::clamp(object.value(QStringLiteral("port")).toInt(), 0, 65535));
    profile.security = securityFromName(object.value(QStringLiteral("security")).toString())
                           .value_or(Security::StartTls);
    profile.mechanism = mechanismFromName(object.value(QStringLiteral("auth")).toString())
                            .value_or(AuthMechanism::Auto);
    profile.signIn = object.value(QStringLiteral("sign_in")).toString() == QLatin1String("oauth")
        ? Profile::SignIn::OAuth
        : Profile::SignIn::Password;
    profile.userName = object.value(QStringLiteral("user")).toString();
    profile.from = object.value(QStringLiteral("from")).toString();
    profile.defaultTo = stringList(object.value(QStringLiteral("to")));
    profile.ehloName = object.value(QStringLiteral("ehlo_name")).toString();
    profile.timeoutSeconds = object.value(QStringLiteral("timeout_seconds")).toInt();
    profile.caFile = object.value(QStringLiteral("ca_file")).toString();
    profile.allowPlainAuth = object.value(QStringLiteral("allow_plain_auth")).toBool();
    const QJsonArray pins = object.value(QStringLiteral("pins")).toArray();
    for (const QJsonValue &pin : pins) {
        const QJsonObject fields = pin.toObject();
        profile.pins.append(
            {fields.value(QStringLiteral("host")).toString(),
             quint16(std::clamp(fields.value(QStringLiteral("port")).toInt(), 0, 65535)),
             fields.value(QStringLiteral("sha256")).toString().toLatin1()});
    }
    const QJsonObject oauth = object.value(QStringLiteral("oauth")).toObject();
    profile.oauthClientId = oauth.value(QStringLiteral("client_id")).toString();
    profile.oauthTenant = oauth.value(QStringLiteral("tenant")).toString();
    profile.oauthAccount = oauth.value(QStringLiteral("account")).toString();
    return profile;
}

Explanation explanationFromJson(const QJsonObject &object)
{
    Explanation explanation;
    explanation.topic = object.value(QStringLiteral("topic")).toString();
    const QString severity = object.value(QStringLiteral("severity")).toString();
    explanation.severity = severity == QLatin1String("warning") ? Explanation::Severity::Warning
        : severity == QLatin1String("info")                     ? Explanation::Severity::Info
                                                                : Explanation::Severity::Error;
    explanation.transient = object.value(QStringLiteral("transient")).toBool();
    explanation.title = object.value(QStringLiteral("title")).toString();
    explanation.summary = object.value(QStringLiteral("summary")).toString();
    explanation.causes = stringList(object.value(QStringLiteral("causes")));
    explanation.fixes = stringList(object.value(QStringLiteral("fixes")));
    explanation.providerHint = object.value(QStringLiteral("provider_hint")).toString();
    explanation.reference = object.value(QStringLiteral("reference")).toString();
    explanation.serverText = object.value(QStringLiteral("server_text")).toString();
    return explanation;
}

QDateTime dateFromJson(const QJsonValue &value)
{
    return QDateTime::fromString(value.toString(), Qt::ISODateWithMs).toUTC();
}

} // namespace

Report Report::fromSession(const SessionResult &result, const Transcript *transcript,
                           const Profile &profile)
{
    Report report;
    report.kind = Kind::Send;
    report.time = QDateTime::currentDateTimeUtc();
    report.appVersion = currentAppVersion();
    report.qtVersion = QString::fromLatin1(qVersion());
    report.os = currentOs();
    report.ok = result.ok;
    report.profile = profile;
    report.session = sessionToJson(result, transcript);

    if (result.failure.isFailure()) {
        report.explanation = Diagnoser::explain(
            result.failure,
            DiagnosisContext::forProfile(profile, result.tls.used, result.oauthError));
    }
    if (result.ok) {
        report.verdict = result.stage == Stage::Done
            ? tr("Sent: the server accepted the message")
            : tr("OK: everything up to '%1' works").arg(stageName(result.stage));
    } else {
        report.verdict
            = tr("Failed at %1 (%2)")
                  .arg(stageName(result.failure.stage), stageLabel(result.failure.stage));
        if (report.explanation.isValid())
            report.verdict += QStringLiteral(": ") + report.explanation.title;
    }

    if (transcript) {
        // The greeting: what the server said before we said anything.
        for (const TranscriptEntry &entry : transcript->entries()) {
            if (entry.direction == Direction::Client)
                break;
            if (entry.direction == Direction::Server)
                report.banner.append(entry.text);
        }
    }
    report.ehloGreeting = result.capabilities.greeting();
    const QStringList keywords = result.capabilities.keywords();
    for (const QString &keyword : keywords) {
        const QString parameters = result.capabilities.parameters(keyword);
        report.capabilities.append(parameters.isEmpty() ? keyword
                                                        : keyword + QLatin1Char(' ') + parameters);
    }
    return report;
}

QJsonObject Report::toJson() const
{
    QJsonObject verdictJson {
        {QStringLiteral("text"), verdict},
        {QStringLiteral("topic"), explanation.topic},
        {QStringLiteral("severity"),
         explanation.isValid() ? explanation.severityName() : QString()},
    };
    if (confidence)
        verdictJson.insert(QStringLiteral("confidence"), *confidence);
    if (explanation.isValid())
        verdictJson.insert(QStringLiteral("explanation"), explanation.toJson());

    QJsonArray checkArray;
    for (const ReportCheck &check : checks)
        checkArray.append(check.toJson());

    QJsonObject object {
        {QStringLiteral("schema"),
         QJsonObject {{QStringLiteral("name"), schemaName()},
                      {QStringLiteral("version"), SchemaVersion}}},
        {QStringLiteral("kind"), kindName(kind)},
        {QStringLiteral("time"), time.toUTC().toString(Qt::ISODateWithMs)},
        {QStringLiteral("app"),
         QJsonObject {{QStringLiteral("name"), QStringLiteral("Sendcheck")},
                      {QStringLiteral("version"), appVersion},
                      {QStringLiteral("qt"), qtVersion}}},
        {QStringLiteral("os"), os},
        {QStringLiteral("redaction"), redactionName(redaction)},
        {QStringLiteral("ok"), ok},
        {QStringLiteral("verdict"), verdictJson},
        {QStringLiteral("profile"), profileToJson(profile)},
        {QStringLiteral("server"),
         QJsonObject {{QStringLiteral("banner"), QJsonArray::fromStringList(banner)},
                      {QStringLiteral("ehlo_greeting"), ehloGreeting},
                      {QStringLiteral("capabilities"), QJsonArray::fromStringList(capabilities)}}},
        {QStringLiteral("checks"), checkArray},
    };
    if (!session.isEmpty())
        object.insert(QStringLiteral("session"), session);
    if (!domain.isEmpty())
        object.insert(QStringLiteral("domain"), domain);
    if (!readBack.isEmpty())
        object.insert(QStringLiteral("read_back"), readBack);
    return object;
}

QByteArray Report::toJsonBytes() const
{
    return QJsonDocument(toJson()).toJson(QJsonDocument::Indented);
}

std::optional<Report> Report::fromJson(const QJsonObject &object, QString *error)
{
    auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return std::nullopt;
    };
    const QJsonObject schema = object.value(QStringLiteral("schema")).toObject();
    if (schema.value(QStringLiteral("name")).toString() != schemaName())
        return fail(tr("This is not a Sendcheck report."));
    const int version = schema.value(QStringLiteral("version")).toInt();
    if (version < 1)
        return fail(tr("The report has no valid schema version."));
    if (version > SchemaVersion)
        return fail(tr("The report was made by a newer Sendcheck (report schema %1; this "
                       "version reads up to %2).")
                        .arg(version)
                        .arg(SchemaVersion));
    const auto kind = kindFromName(object.value(QStringLiteral("kind")).toString());
    if (!kind)
        return fail(tr("The report's kind \"%1\" is unknown.")
                        .arg(object.value(QStringLiteral("kind")).toString()));

    Report report;
    report.kind = *kind;
    report.time = dateFromJson(object.value(QStringLiteral("time")));
    const QJsonObject app = object.value(QStringLiteral("app")).toObject();
    report.appVersion = app.value(QStringLiteral("version")).toString();
    report.qtVersion = app.value(QStringLiteral("qt")).toString();
    report.os = object.value(QStringLiteral("os")).toString();
    report.redaction
        = object.value(QStringLiteral("redaction")).toString() == QLatin1String("strict")
        ? Redaction::Strict
        : Redaction::Standard;
    report.ok = object.value(QStringLiteral("ok")).toBool();
    const QJsonObject verdictJson = object.value(QStringLiteral("verdict")).toObject();
    report.verdict = verdictJson.value(QStringLiteral("text")).toString();
    if (verdictJson.contains(QStringLiteral("explanation")))
        report.explanation
            = explanationFromJson(verdictJson.value(QStringLiteral("explanation")).toObject());
    if (verdictJson.contains(QStringLiteral("confidence")))
        report.confidence = verdictJson.value(QStringLiteral("confidence")).toString();
    report.profile = profileFromJson(object.value(QStringLiteral("profile")).toObject());
    const QJsonObject server = object.value(QStringLiteral("server")).toObject();
    report.banner = stringList(server.value(QStringLiteral("banner")));
    report.ehloGreeting = server.value(QStringLiteral("ehlo_greeting")).toString();
    report.capabilities = stringList(server.value(QStringLiteral("capabilities")));
    report.session = object.value(QStringLiteral("session")).toObject();
    report.domain = object.value(QStringLiteral("domain")).toObject();
    report.readBack = object.value(QStringLiteral("read_back")).toObject();
    const QJsonArray checkArray = object.value(QStringLiteral("checks")).toArray();
    for (const QJsonValue &value : checkArray) {
        auto check = ReportCheck::fromJson(value.toObject(), error);
        if (!check)
            return std::nullopt;
        report.checks.append(*check);
    }
    return report;
}

QList<TranscriptEntry> Report::transcript() const
{
    QList<TranscriptEntry> entries;
    const QJsonArray lines = session.value(QStringLiteral("transcript")).toArray();
    for (const QJsonValue &value : lines) {
        const QJsonObject line = value.toObject();
        TranscriptEntry entry;
        entry.elapsedMs = line.value(QStringLiteral("t_ms")).toInteger();
        const QString dir = line.value(QStringLiteral("dir")).toString();
        for (Direction direction : {Direction::Client, Direction::Server, Direction::Info,
                                    Direction::Tls, Direction::Error}) {
            if (directionName(direction) == dir)
                entry.direction = direction;
        }
        entry.text = line.value(QStringLiteral("text")).toString();
        entry.insideTls = line.value(QStringLiteral("tls")).toBool();
        entries.append(entry);
    }
    return entries;
}

TlsInfo Report::tls() const
{
    const QJsonObject object = session.value(QStringLiteral("tls")).toObject();
    TlsInfo info;
    info.used = object.value(QStringLiteral("used")).toBool();
    info.protocol = object.value(QStringLiteral("protocol")).toString();
    info.cipher = object.value(QStringLiteral("cipher")).toString();
    info.verified = object.value(QStringLiteral("verified")).toBool();
    info.pinned = object.value(QStringLiteral("pinned")).toBool();
    info.errors = stringList(object.value(QStringLiteral("errors")));
    const QJsonArray chain = object.value(QStringLiteral("chain")).toArray();
    for (const QJsonValue &value : chain) {
        const QJsonObject certificate = value.toObject();
        CertificateInfo cert;
        cert.subject = certificate.value(QStringLiteral("subject")).toString();
        cert.issuer = certificate.value(QStringLiteral("issuer")).toString();
        cert.notBefore = dateFromJson(certificate.value(QStringLiteral("not_before")));
        cert.notAfter = dateFromJson(certificate.value(QStringLiteral("not_after")));
        cert.subjectAltNames = stringList(certificate.value(QStringLiteral("san")));
        cert.sha256 = certificate.value(QStringLiteral("sha256")).toString();
        info.chain.append(cert);
    }
    return info;
}

QString Report::title() const
{
    const QString server = profile.host.isEmpty()
        ? tr("(no server)")
        : QStringLiteral("%1:%2").arg(profile.host, QString::number(profile.port));
    switch (kind) {
    case Kind::Send:
        return tr("Test send to %1").arg(server);
    case Kind::Domain:
        return tr("Domain check of %1")
            .arg(domain.value(QStringLiteral("domain")).toString(profile.host));
    case Kind::Server:
        return tr("Server check of %1").arg(server);
    case Kind::Probe:
        return tr("Port probe of %1").arg(profile.host);
    case Kind::Discovery:
        return tr("Settings discovery for %1").arg(profile.from);
    }
    return QString();
}

QString Report::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Send:
        return QStringLiteral("send");
    case Kind::Domain:
        return QStringLiteral("domain");
    case Kind::Server:
        return QStringLiteral("server");
    case Kind::Probe:
        return QStringLiteral("probe");
    case Kind::Discovery:
        return QStringLiteral("discovery");
    }
    return QString();
}

std::optional<Report::Kind> Report::kindFromName(const QString &name)
{
    return enumFromName(
        name, {Kind::Send, Kind::Domain, Kind::Server, Kind::Probe, Kind::Discovery}, kindName);
}

QString Report::madeBy() const
{
    return qtVersion.isEmpty() ? QStringLiteral("Sendcheck %1").arg(appVersion)
                               : QStringLiteral("Sendcheck %1 (Qt %2)").arg(appVersion, qtVersion);
}

QString Report::currentAppVersion()
{
    return QStringLiteral(SENDCHECK_REPORT_APP_VERSION);
}

QString Report::currentOs()
{
    return QStringLiteral("%1; %2 %3; %4")
        .arg(QSysInfo::prettyProductName(), QSysInfo::kernelType(), QSysInfo::kernelVersion(),
             QSysInfo::currentCpuArchitecture());
}

} // namespace Sendcheck
