// SPDX-License-Identifier: GPL-3.0-or-later
#include "readbacksection.h"

#include <QJsonArray>

namespace Sendcheck {

namespace {

ReportBlock field(const QString &label, const QString &value, bool verbatim)
{
    return {ReportBlock::Type::Field, label, {value}, verbatim};
}

QString string(const QJsonObject &object, const char *key)
{
    return object.value(QLatin1String(key)).toString();
}

QString hopTls(const QJsonObject &hop)
{
    const QString tls = string(hop, "tls");
    if (tls == QLatin1String("yes")) {
        const QString version = string(hop, "tls_version");
        return version.isEmpty() ? ReadBackSection::tr("TLS") : version;
    }
    if (tls == QLatin1String("no"))
        return ReadBackSection::tr("no TLS");
    return ReadBackSection::tr("TLS not said");
}

QString statusLabel(const QString &status)
{
    if (status == QLatin1String("pass"))
        return ReadBackSection::tr("passed");
    if (status == QLatin1String("warn"))
        return ReadBackSection::tr("warning");
    if (status == QLatin1String("fail"))
        return ReadBackSection::tr("failed");
    if (status == QLatin1String("error"))
        return ReadBackSection::tr("error");
    return ReadBackSection::tr("information");
}

} // namespace

ReportSection ReadBackSection::of(const QJsonObject &readBack)
{
    ReportSection section {tr("Read-back"), {}};
    const QJsonObject imap = readBack.value(QLatin1String("imap")).toObject();
    if (!imap.isEmpty())
        section.blocks << field(tr("Mailbox"),
                                QStringLiteral("%1:%2 (%3)")
                                    .arg(string(imap, "host"))
                                    .arg(imap.value(QLatin1String("port")).toInt())
                                    .arg(string(imap, "security")),
                                true);
    const QJsonObject error = readBack.value(QLatin1String("error")).toObject();
    if (!error.isEmpty()) {
        section.blocks << field(tr("Arrived"), tr("unknown: the mailbox could not be read"), false);
        section.blocks << field(tr("Why"), string(error, "message"), false);
        if (!string(error, "server_text").isEmpty())
            section.blocks << field(tr("The server said"), string(error, "server_text"), true);
        return section;
    }
    const bool arrived = readBack.value(QLatin1String("arrived")).toBool();
    const double seconds = readBack.value(QLatin1String("seconds")).toDouble();
    section.blocks << field(
        tr("Arrived"),
        arrived
            ? tr("yes, after %1 s").arg(QString::number(seconds, 'f', 1))
            : tr("no, not within %1 s").arg(readBack.value(QLatin1String("wait_seconds")).toInt()),
        false);
    if (!string(readBack, "message_id").isEmpty())
        section.blocks << field(tr("Message-ID"), string(readBack, "message_id"), true);
    if (arrived) {
        section.blocks << field(tr("Folder"), string(readBack, "folder"), true);
        section.blocks << field(
            tr("Filed as spam"),
            readBack.value(QLatin1String("spam")).toBool() ? tr("yes") : tr("no"), false);
    }
    const QJsonArray labels = readBack.value(QLatin1String("labels")).toArray();
    if (!labels.isEmpty()) {
        QStringList names;
        for (const QJsonValue &label : labels)
            names << label.toString();
        section.blocks << field(tr("Gmail labels"), names.join(QStringLiteral(", ")), true);
    }
    const QJsonObject auth = readBack.value(QLatin1String("authentication_results")).toObject();
    if (!string(auth, "raw").isEmpty())
        section.blocks << field(tr("Authentication-Results"), string(auth, "raw"), true);
    if (!string(auth, "received_spf").isEmpty())
        section.blocks << field(tr("Received-SPF"), string(auth, "received_spf"), true);
    QStringList hops;
    for (const QJsonValue &value : readBack.value(QLatin1String("hops")).toArray()) {
        const QJsonObject hop = value.toObject();
        const QString from = string(hop, "from");
        hops << tr("%1 → %2 (%3, %4)")
                    .arg(from.isEmpty() ? QStringLiteral("?") : from, string(hop, "by"),
                         string(hop, "with"), hopTls(hop));
    }
    if (!hops.isEmpty())
        section.blocks << ReportBlock {ReportBlock::Type::Steps, tr("Hops, oldest first"), hops,
                                       true};
    QStringList verdicts;
    for (const QJsonValue &value : readBack.value(QLatin1String("spam_verdicts")).toArray()) {
        const QJsonObject verdict = value.toObject();
        verdicts << QStringLiteral("%1: %2").arg(string(verdict, "header"),
                                                 string(verdict, "detail"));
    }
    if (!verdicts.isEmpty())
        section.blocks << ReportBlock {ReportBlock::Type::Bullets, tr("Spam filters"), verdicts,
                                       true};
    for (const QJsonValue &value : readBack.value(QLatin1String("checks")).toArray()) {
        const QJsonObject check = value.toObject();
        section.blocks << field(string(check, "title"),
                                QStringLiteral("%1 (%2)").arg(statusLabel(string(check, "status")),
                                                              string(check, "id")),
                                false);
        if (!string(check, "summary").isEmpty())
            section.blocks << ReportBlock {
                ReportBlock::Type::Text, QString(), {string(check, "summary")}, false};
        if (!string(check, "fix").isEmpty() && string(check, "status") != QLatin1String("pass"))
            section.blocks << field(tr("What to do"), string(check, "fix"), false);
    }
    return section;
}

} // namespace Sendcheck
