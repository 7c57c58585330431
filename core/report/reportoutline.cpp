// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportoutline.h"

#include "readbacksection.h"
#include "report.h"
#include "transcript/transcript.h"

#include <QJsonArray>
#include <QJsonObject>

namespace Sendcheck {

namespace {

ReportBlock field(const QString &label, const QString &value, bool verbatim = true)
{
    return {ReportBlock::Type::Field, label, {value}, verbatim};
}

ReportBlock text(const QString &paragraph)
{
    return {ReportBlock::Type::Text, QString(), {paragraph}, false};
}

QString yesNo(bool value)
{
    return value ? ReportOutline::tr("yes") : ReportOutline::tr("no");
}

QString replyText(const QJsonObject &reply)
{
    QStringList parts;
    if (reply.value(QStringLiteral("code")).toInt() != 0)
        parts << QString::number(reply.value(QStringLiteral("code")).toInt());
    if (!reply.value(QStringLiteral("enhanced")).toString().isEmpty())
        parts << reply.value(QStringLiteral("enhanced")).toString();
    if (!reply.value(QStringLiteral("text")).toString().isEmpty())
        parts << reply.value(QStringLiteral("text")).toString();
    return parts.join(QLatin1Char(' '));
}

QString dateText(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODate) : ReportOutline::tr("unknown");
}

ReportSection resultSection(const Report &report)
{
    ReportSection section {ReportOutline::tr("Result"), {}};
    const Explanation &explanation = report.explanation;
    if (!explanation.topic.isEmpty())
        section.blocks << field(ReportOutline::tr("Topic"), explanation.topic);
    if (explanation.isValid())
        section.blocks << field(ReportOutline::tr("Severity"), explanation.severityName(), false);
    if (report.confidence)
        section.blocks << field(ReportOutline::tr("Confidence"), *report.confidence, false);
    const QJsonObject reply = report.session.value(QStringLiteral("reply")).toObject();
    const QString lastReply = reply.isEmpty() ? QString() : replyText(reply);
    if (!lastReply.isEmpty())
        section.blocks << field(ReportOutline::tr("Last server reply"), lastReply);
    // The technical detail and the server's words, unless they only repeat that reply.
    const QString detail = report.session.value(QStringLiteral("failure"))
                               .toObject()
                               .value(QStringLiteral("detail"))
                               .toString();
    if (!detail.isEmpty() && detail != lastReply)
        section.blocks << field(ReportOutline::tr("Detail"), detail);
    if (!explanation.isValid())
        return section;
    if (!explanation.summary.isEmpty())
        section.blocks << text(explanation.summary);
    if (!explanation.causes.isEmpty())
        section.blocks << ReportBlock {ReportBlock::Type::Bullets,
                                       ReportOutline::tr("Likely causes"), explanation.causes,
                                       false};
    if (!explanation.fixes.isEmpty())
        section.blocks << ReportBlock {ReportBlock::Type::Steps, ReportOutline::tr("What to do"),
                                       explanation.fixes, false};
    if (!explanation.providerHint.isEmpty())
        section.blocks << field(ReportOutline::tr("Provider note"), explanation.providerHint,
                                false);
    section.blocks << field(ReportOutline::tr("Retrying later can help"),
                            yesNo(explanation.transient), false);
    if (!explanation.reference.isEmpty())
        section.blocks << field(ReportOutline::tr("Reference"), explanation.reference, false);
    if (!explanation.serverText.isEmpty() && explanation.serverText != lastReply
        && explanation.serverText != detail)
        section.blocks << field(ReportOutline::tr("The server's own words"),
                                explanation.serverText);
    return section;
}

ReportSection settingsSection(const Report &report)
{
    const Profile &profile = report.profile;
    ReportSection section {ReportOutline::tr("Settings"), {}};
    section.blocks << field(ReportOutline::tr("Profile"),
                            profile.name.isEmpty() ? ReportOutline::tr("(not saved)")
                                                   : profile.name,
                            !profile.name.isEmpty());
    if (!profile.presetId.isEmpty())
        section.blocks << field(ReportOutline::tr("Preset"), profile.presetId);
    section.blocks << field(ReportOutline::tr("Server"), profile.host)
                   << field(ReportOutline::tr("Port"), QString::number(profile.port))
                   << field(ReportOutline::tr("Security"), securityName(profile.security))
                   << field(ReportOutline::tr("Sign-in method"), mechanismName(profile.mechanism))
                   << field(ReportOutline::tr("Signs in with"),
                            profile.usesOAuth() ? ReportOutline::tr("OAuth 2.0 tokens")
                                                : ReportOutline::tr("a password"),
                            false);
    if (!profile.userName.isEmpty())
        section.blocks << field(ReportOutline::tr("User name"), profile.userName);
    if (profile.usesOAuth() && !profile.oauthAccount.isEmpty())
        section.blocks << field(ReportOutline::tr("Signed-in account"), profile.oauthAccount);
    if (!profile.from.isEmpty())
        section.blocks << field(ReportOutline::tr("From"), profile.from);
    if (!profile.defaultTo.isEmpty())
        section.blocks << field(ReportOutline::tr("To"),
                                profile.defaultTo.join(QStringLiteral(", ")));
    if (!profile.ehloName.isEmpty())
        section.blocks << field(ReportOutline::tr("EHLO name"), profile.ehloName);
    if (profile.timeoutSeconds > 0)
        section.blocks << field(ReportOutline::tr("Time limit"),
                                ReportOutline::tr("%1 s").arg(profile.timeoutSeconds), false);
    if (!profile.caFile.isEmpty())
        section.blocks << field(ReportOutline::tr("Extra CA certificates"), profile.caFile);
    for (const CertificatePin &pin : profile.pins)
        section.blocks << field(ReportOutline::tr("Trusted certificate (SHA-256)"),
                                ReportOutline::tr("%1 for %2:%3")
                                    .arg(QString::fromLatin1(pin.sha256), pin.host)
                                    .arg(pin.port));
    section.blocks << field(ReportOutline::tr("Sign-in without encryption allowed"),
                            yesNo(profile.allowPlainAuth), false);
    return section;
}

ReportSection recipientsSection(const Report &report)
{
    ReportSection section {ReportOutline::tr("Recipients"), {}};
    const QJsonArray recipients = report.session.value(QStringLiteral("recipients")).toArray();
    for (const QJsonValue &value : recipients) {
        const QJsonObject recipient = value.toObject();
        section.blocks << field(
            recipient.value(QStringLiteral("accepted")).toBool() ? ReportOutline::tr("Accepted")
                                                                 : ReportOutline::tr("Refused"),
            QStringLiteral("%1: %2").arg(
                recipient.value(QStringLiteral("address")).toString(),
                replyText(recipient.value(QStringLiteral("reply")).toObject())));
    }
    return section;
}

ReportSection serverSection(const Report &report)
{
    ReportSection section {ReportOutline::tr("Server"), {}};
    if (!report.banner.isEmpty())
        section.blocks << ReportBlock {ReportBlock::Type::Lines, ReportOutline::tr("Greeting"),
                                       report.banner, true};
    if (!report.ehloGreeting.isEmpty())
        section.blocks << field(ReportOutline::tr("EHLO greeting"), report.ehloGreeting);
    if (!report.capabilities.isEmpty())
        section.blocks << ReportBlock {ReportBlock::Type::Bullets,
                                       ReportOutline::tr("Capabilities"), report.capabilities,
                                       true};
    return section;
}

ReportSection tlsSection(const Report &report)
{
    const TlsInfo tls = report.tls();
    ReportSection section {ReportOutline::tr("TLS"), {}};
    if (!tls.used) {
        section.blocks << text(ReportOutline::tr("No TLS was used."));
        return section;
    }
    section.blocks << field(ReportOutline::tr("Version"), tls.protocol)
                   << field(ReportOutline::tr("Cipher"), tls.cipher)
                   << field(ReportOutline::tr("Certificate verified"), yesNo(tls.verified), false);
    if (tls.pinned)
        section.blocks << field(ReportOutline::tr("Accepted by pinned fingerprint"), yesNo(true),
                                false);
    if (!tls.errors.isEmpty())
        section.blocks << ReportBlock {ReportBlock::Type::Bullets,
                                       ReportOutline::tr("Verification errors"), tls.errors, true};
    for (qsizetype i = 0; i < tls.chain.size(); ++i) {
        const CertificateInfo &certificate = tls.chain.at(i);
        section.blocks << field(ReportOutline::tr("Certificate %1").arg(i + 1), certificate.subject)
                       << field(ReportOutline::tr("Issued by"), certificate.issuer)
                       << field(ReportOutline::tr("Valid"),
                                ReportOutline::tr("%1 to %2")
                                    .arg(dateText(certificate.notBefore),
                                         dateText(certificate.notAfter)),
                                false)
                       << field(ReportOutline::tr("SHA-256"), certificate.sha256);
        if (!certificate.subjectAltNames.isEmpty())
            section.blocks << field(ReportOutline::tr("Alternative names"),
                                    certificate.subjectAltNames.join(QStringLiteral(", ")));
    }
    return section;
}

// A domain check: what was checked, with which provider, DNSSEC, and the records to publish.
ReportSection domainSection(const Report &report)
{
    const QJsonObject &domain = report.domain;
    ReportSection section {ReportOutline::tr("Domain"), {}};
    section.blocks << field(ReportOutline::tr("Domain"),
                            domain.value(QStringLiteral("domain")).toString());
    if (!report.profile.presetId.isEmpty())
        section.blocks << field(ReportOutline::tr("Provider"), report.profile.presetId);
    const QJsonObject dnssec = domain.value(QStringLiteral("dnssec")).toObject();
    const QString status = dnssec.value(QStringLiteral("status")).toString();
    section.blocks << field(
        ReportOutline::tr("DNSSEC"),
        status == QLatin1String("secure")      ? ReportOutline::tr("every answer validated")
            : status == QLatin1String("bogus") ? ReportOutline::tr("validation failed")
            : status == QLatin1String("insecure")
            ? ReportOutline::tr("%1 of %n answer(s) validated, the rest unsigned", nullptr,
                                dnssec.value(QStringLiteral("answers")).toInt())
                  .arg(dnssec.value(QStringLiteral("secure_answers")).toInt())
            : ReportOutline::tr("not validated (no trust anchor)"),
        false);
    // The transport policies (MTA-STS, TLS-RPT, DANE, BIMI), when the check looked at them.
    if (domain.contains(QStringLiteral("mta_sts"))) {
        const QJsonObject sts = domain.value(QStringLiteral("mta_sts")).toObject();
        const QJsonObject policy = sts.value(QStringLiteral("policy")).toObject();
        const QString none = ReportOutline::tr("none");
        section.blocks << field(QStringLiteral("MTA-STS"),
                                !policy.isEmpty()
                                    ? ReportOutline::tr("mode %1, mx %2")
                                          .arg(policy.value(QStringLiteral("mode")).toString(),
                                               policy.value(QStringLiteral("mx"))
                                                   .toVariant()
                                                   .toStringList()
                                                   .join(QStringLiteral(", ")))
                                    : sts.value(QStringLiteral("error")).isString()
                                    ? sts.value(QStringLiteral("error")).toString()
                                    : none);
        const QStringList rua = domain.value(QStringLiteral("tls_rpt"))
                                    .toObject()
                                    .value(QStringLiteral("rua"))
                                    .toVariant()
                                    .toStringList();
        section.blocks << field(QStringLiteral("TLS-RPT"),
                                rua.isEmpty() ? none : rua.join(QStringLiteral(", ")));
        QStringList dane;
        for (const QJsonValue &host : domain.value(QStringLiteral("dane"))
                                          .toObject()
                                          .value(QStringLiteral("hosts"))
                                          .toArray()) {
            const QJsonObject h = host.toObject();
            QString line = ReportOutline::tr("%1: %2 TLSA (DNSSEC %3)")
                               .arg(h.value(QStringLiteral("host")).toString())
                               .arg(h.value(QStringLiteral("tlsa")).toArray().size())
                               .arg(h.value(QStringLiteral("dnssec")).toString());
            // The certificate held against the records (dane.match), when it was compared.
            const QJsonObject match = h.value(QStringLiteral("match")).toObject();
            const QString result = match.value(QStringLiteral("result")).toString();
            const QString words = result == QLatin1String("match")
                ? ReportOutline::tr("matches %1")
                      .arg(match.value(QStringLiteral("record")).toString())
                : result == QLatin1String("no_match")    ? ReportOutline::tr("does not match")
                : result == QLatin1String("no_starttls") ? ReportOutline::tr("no STARTTLS")
                : result == QLatin1String("tls_failed")  ? ReportOutline::tr("TLS handshake failed")
                : result == QLatin1String("unreachable")
                ? ReportOutline::tr("not compared, port %1 not reachable from here")
                      .arg(match.value(QStringLiteral("port")).toInt())
                : result == QLatin1String("error") ? ReportOutline::tr("not compared")
                                                   : QString();
            if (!words.isEmpty())
                line = ReportOutline::tr("%1; server certificate: %2").arg(line, words);
            dane << line;
        }
        if (!dane.isEmpty())
            section.blocks << ReportBlock {ReportBlock::Type::Bullets, QStringLiteral("DANE"), dane,
                                           true};
        const QJsonValue logo
            = domain.value(QStringLiteral("bimi")).toObject().value(QStringLiteral("logo"));
        section.blocks << field(QStringLiteral("BIMI"), logo.isString() ? logo.toString() : none);
    }
    const QJsonArray publish = domain.value(QStringLiteral("publish")).toArray();
    if (publish.isEmpty()) {
        section.blocks << text(ReportOutline::tr("Nothing to publish."));
        return section;
    }
    QStringList records;
    QStringList reasons;
    for (const QJsonValue &value : publish) {
        const QJsonObject record = value.toObject();
        const QString type = record.value(QStringLiteral("type")).toString();
        const QString data = record.value(QStringLiteral("value")).toString();
        records << QStringLiteral("%1 %2 %3")
                       .arg(record.value(QStringLiteral("name")).toString(), type,
                            type == QLatin1String("TXT")
                                ? QLatin1Char('"') + data + QLatin1Char('"')
                                : data);
        reasons << record.value(QStringLiteral("why")).toString();
    }
    section.blocks << ReportBlock {ReportBlock::Type::Lines,
                                   ReportOutline::tr("Records to publish"), records, true};
    section.blocks << ReportBlock {ReportBlock::Type::Steps, ReportOutline::tr("Why"), reasons,
                                   false};
    return section;
}

QString statusLabel(ReportCheck::Status status)
{
    switch (status) {
    case ReportCheck::Status::Pass:
        return ReportOutline::tr("passed");
    case ReportCheck::Status::Warning:
        return ReportOutline::tr("warning");
    case ReportCheck::Status::Fail:
        return ReportOutline::tr("failed");
    case ReportCheck::Status::Info:
        return ReportOutline::tr("information");
    case ReportCheck::Status::Skipped:
        return ReportOutline::tr("not run");
    }
    return QString();
}

ReportSection checksSection(const Report &report)
{
    // A port probe's checks are its attempts, one per port and security mode.
    ReportSection section {report.kind == Report::Kind::Probe ? ReportOutline::tr("Port probe")
                                                              : ReportOutline::tr("Checks"),
                           {}};
    for (const ReportCheck &check : report.checks) {
        section.blocks << field(check.title.isEmpty() ? check.id : check.title,
                                QStringLiteral("%1 (%2)").arg(statusLabel(check.status), check.id),
                                false);
        if (!check.summary.isEmpty())
            section.blocks << text(check.summary);
        if (!check.fix.isEmpty())
            section.blocks << field(ReportOutline::tr("What to do"), check.fix, false);
        QStringList records;
        for (const ReportRecord &record : check.records)
            records << QStringLiteral("%1: %2").arg(record.name, record.value);
        if (!records.isEmpty())
            section.blocks << ReportBlock {ReportBlock::Type::Bullets, ReportOutline::tr("Records"),
                                           records, true};
    }
    return section;
}

ReportSection timingsSection(const Report &report)
{
    ReportSection section {ReportOutline::tr("Timings"), {}};
    const QJsonObject timings = report.session.value(QStringLiteral("timings_ms")).toObject();
    for (auto it = timings.constBegin(); it != timings.constEnd(); ++it) {
        if (it.key() != QLatin1String("total"))
            section.blocks << field(it.key(),
                                    ReportOutline::tr("%1 ms").arg(it.value().toInteger()), false);
    }
    if (timings.contains(QStringLiteral("total")))
        section.blocks << field(
            ReportOutline::tr("Total"),
            ReportOutline::tr("%1 ms").arg(timings.value(QStringLiteral("total")).toInteger()),
            false);
    return section;
}

ReportSection transcriptSection(const Report &report)
{
    ReportSection section {ReportOutline::tr("Transcript"), {}};
    QStringList lines;
    const QList<TranscriptEntry> entries = report.transcript();
    for (const TranscriptEntry &entry : entries)
        lines << Transcript::formatEntry(entry);
    section.blocks << text(ReportOutline::tr(
        "C: what this program sent, S: what the server answered, *: what happened, T: TLS, "
        "!: errors; a lock marks lines inside TLS. Passwords and tokens were hidden when the "
        "lines were recorded."));
    section.blocks << ReportBlock {ReportBlock::Type::Lines, QString(), lines, true};
    return section;
}

ReportSection aboutSection(const Report &report)
{
    ReportSection section {ReportOutline::tr("About this report"), {}};
    section.blocks
        << field(ReportOutline::tr("Time (UTC)"), dateText(report.time), false)
        << field(ReportOutline::tr("Made by"), report.madeBy())
        << field(ReportOutline::tr("Operating system"), report.os)
        << field(ReportOutline::tr("Format"),
                 QStringLiteral("%1 %2").arg(Report::schemaName()).arg(Report::SchemaVersion));
    section.blocks << text(
        report.redaction == Report::Redaction::Strict
            ? ReportOutline::tr("Strict redaction: passwords and tokens were never recorded; user "
                                "names, the local part of e-mail addresses and IP addresses are "
                                "hidden too.")
            : ReportOutline::tr("Passwords and tokens were never recorded. User names, "
                                "addresses and IP addresses are shown."));
    return section;
}

} // namespace

ReportOutline ReportOutline::of(const Report &report)
{
    ReportOutline outline;
    outline.title = tr("Sendcheck report: %1").arg(report.title());
    outline.ok = report.ok;
    outline.verdict = report.verdict;
    outline.sections << resultSection(report);
    if (report.kind == Report::Kind::Domain)
        outline.sections << domainSection(report);
    else
        outline.sections << settingsSection(report);
    if (!report.session.value(QStringLiteral("recipients")).toArray().isEmpty())
        outline.sections << recipientsSection(report);
    if (!report.banner.isEmpty() || !report.ehloGreeting.isEmpty()
        || !report.capabilities.isEmpty())
        outline.sections << serverSection(report);
    if (report.session.contains(QStringLiteral("tls")))
        outline.sections << tlsSection(report);
    if (!report.checks.isEmpty())
        outline.sections << checksSection(report);
    if (!report.readBack.isEmpty())
        outline.sections << ReadBackSection::of(report.readBack);
    if (report.session.contains(QStringLiteral("timings_ms")))
        outline.sections << timingsSection(report);
    if (report.session.contains(QStringLiteral("transcript")))
        outline.sections << transcriptSection(report);
    outline.sections << aboutSection(report);
    return outline;
}

} // namespace Sendcheck
