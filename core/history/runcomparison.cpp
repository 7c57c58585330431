// SPDX-License-Identifier: GPL-3.0-or-later
#include "runcomparison.h"

#include "report/report.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace Sendcheck {

namespace {

QString yesNo(bool value)
{
    return value ? QStringLiteral("yes") : QStringLiteral("no");
}

// Every whitespace-separated word that contains a digit becomes "#".
QString maskDigitWords(const QString &text)
{
    QStringList words = text.split(QLatin1Char(' '));
    for (QString &word : words) {
        if (std::any_of(word.cbegin(), word.cend(), [](QChar c) { return c.isDigit(); }))
            word = QStringLiteral("#");
    }
    return words.join(QLatin1Char(' '));
}

// A server line: the code, the separator and the enhanced code as they are, the rest masked. In
// an EHLO reply the first word (the keyword, or the server's name on the first line) is kept.
QString comparableReply(const QString &text, bool ehloLine)
{
    if (text.size() < 4)
        return text;
    const QString head = text.left(4);
    QString rest = text.mid(4);
    static const QRegularExpression enhanced(QStringLiteral("^[245]\\.\\d{1,3}\\.\\d{1,3}(?= |$)"));
    QString kept;
    if (ehloLine) {
        const qsizetype space = rest.indexOf(QLatin1Char(' '));
        kept = space < 0 ? rest : rest.left(space);
        rest = space < 0 ? QString() : rest.mid(space);
    } else if (const auto match = enhanced.match(rest); match.hasMatch()) {
        kept = match.captured();
        rest = rest.mid(kept.size());
    }
    return head + kept + maskDigitWords(rest);
}

void compareField(QList<RunDifference> &differences, RunDifference::Area area, const QString &field,
                  const QString &before, const QString &after)
{
    if (before != after)
        differences.append({area, field, before, after});
}

void compareSettings(QList<RunDifference> &out, const Profile &before, const Profile &after)
{
    const auto area = RunDifference::Area::Settings;
    auto pins = [](const Profile &profile) {
        QStringList list;
        for (const CertificatePin &pin : profile.pins)
            list << QStringLiteral("%1 (%2:%3)")
                        .arg(QString::fromLatin1(pin.sha256), pin.host)
                        .arg(pin.port);
        return list.join(QStringLiteral(", "));
    };
    compareField(out, area, QStringLiteral("host"), before.host, after.host);
    compareField(out, area, QStringLiteral("port"), QString::number(before.port),
                 QString::number(after.port));
    compareField(out, area, QStringLiteral("security"), securityName(before.security),
                 securityName(after.security));
    compareField(out, area, QStringLiteral("auth"), mechanismName(before.mechanism),
                 mechanismName(after.mechanism));
    compareField(out, area, QStringLiteral("user"), before.userName, after.userName);
    compareField(out, area, QStringLiteral("sign_in"),
                 before.usesOAuth() ? QStringLiteral("oauth") : QStringLiteral("password"),
                 after.usesOAuth() ? QStringLiteral("oauth") : QStringLiteral("password"));
    compareField(out, area, QStringLiteral("from"), before.from, after.from);
    compareField(out, area, QStringLiteral("ehlo_name"), before.ehloName, after.ehloName);
    compareField(out, area, QStringLiteral("ca_file"), before.caFile, after.caFile);
    compareField(out, area, QStringLiteral("pins"), pins(before), pins(after));
    compareField(out, area, QStringLiteral("allow_plain_auth"), yesNo(before.allowPlainAuth),
                 yesNo(after.allowPlainAuth));
    compareField(out, area, QStringLiteral("timeout_seconds"),
                 QString::number(before.timeoutSeconds), QString::number(after.timeoutSeconds));
}

void compareTls(QList<RunDifference> &out, const Report &beforeRun, const Report &afterRun)
{
    const TlsInfo before = beforeRun.tls();
    const TlsInfo after = afterRun.tls();
    // Without TLS in this run, only say so when it got as far as talking to the server.
    if (!after.used) {
        if (before.used && !afterRun.capabilities.isEmpty())
            out.append(
                {RunDifference::Area::Tls, QStringLiteral("tls.used"), yesNo(true), yesNo(false)});
        return;
    }
    if (!before.used) {
        out.append(
            {RunDifference::Area::Tls, QStringLiteral("tls.used"), yesNo(false), yesNo(true)});
        return;
    }
    const auto tls = RunDifference::Area::Tls;
    compareField(out, tls, QStringLiteral("tls.protocol"), before.protocol, after.protocol);
    compareField(out, tls, QStringLiteral("tls.cipher"), before.cipher, after.cipher);
    compareField(out, tls, QStringLiteral("tls.verified"), yesNo(before.verified),
                 yesNo(after.verified));
    if (before.chain.isEmpty() || after.chain.isEmpty())
        return;
    const auto certificate = RunDifference::Area::Certificate;
    const CertificateInfo &was = before.chain.first();
    const CertificateInfo &is = after.chain.first();
    compareField(out, certificate, QStringLiteral("certificate.sha256"), was.sha256, is.sha256);
    compareField(out, certificate, QStringLiteral("certificate.subject"), was.subject, is.subject);
    compareField(out, certificate, QStringLiteral("certificate.issuer"), was.issuer, is.issuer);
    compareField(out, certificate, QStringLiteral("certificate.not_after"),
                 was.notAfter.toUTC().toString(Qt::ISODate),
                 is.notAfter.toUTC().toString(Qt::ISODate));
    auto intermediates = [](const TlsInfo &info) {
        QStringList list;
        for (qsizetype i = 1; i < info.chain.size(); ++i)
            list << info.chain.at(i).sha256;
        return list.join(QStringLiteral(", "));
    };
    compareField(out, certificate, QStringLiteral("certificate.chain"), intermediates(before),
                 intermediates(after));
}

void compareServer(QList<RunDifference> &out, const Report &before, const Report &after)
{
    if (!before.capabilities.isEmpty() && !after.capabilities.isEmpty()) {
        for (const QString &capability : before.capabilities) {
            if (!after.capabilities.contains(capability))
                out.append({RunDifference::Area::Capabilities, QStringLiteral("capability"),
                            capability, QString()});
        }
        for (const QString &capability : after.capabilities) {
            if (!before.capabilities.contains(capability))
                out.append({RunDifference::Area::Capabilities, QStringLiteral("capability"),
                            QString(), capability});
        }
    }
    if (!before.banner.isEmpty() && !after.banner.isEmpty()) {
        auto comparable = [](const QStringList &lines) {
            QStringList result;
            for (const QString &line : lines)
                result << comparableReply(line, false);
            return result;
        };
        if (comparable(before.banner) != comparable(after.banner))
            out.append({RunDifference::Area::Banner, QStringLiteral("banner"),
                        before.banner.join(QStringLiteral(" / ")),
                        after.banner.join(QStringLiteral(" / "))});
    }
}

QString shownLine(const TranscriptEntry &entry)
{
    return directionMarker(entry.direction) + QLatin1Char(' ') + visibleText(entry.text);
}

} // namespace

QStringList RunComparison::comparableLines(const QList<TranscriptEntry> &entries)
{
    static const QRegularExpression sizeParameter(QStringLiteral("\\bSIZE=\\d+"),
                                                  QRegularExpression::CaseInsensitiveOption);
    QStringList lines;
    bool inEhloReply = false;
    bool inMessage = false;
    for (const TranscriptEntry &entry : entries) {
        QString line = directionMarker(entry.direction) + QLatin1Char(' ');
        switch (entry.direction) {
        case Direction::Server:
            line += comparableReply(entry.text, inEhloReply);
            if (inEhloReply && entry.text.mid(3, 1) != QLatin1String("-"))
                inEhloReply = false;
            if (entry.text.startsWith(QStringLiteral("354")))
                inMessage = true;
            break;
        case Direction::Client:
            if (inMessage) {
                // A header line counts by its name; the values (Date, Message-ID) change.
                if (entry.text == QLatin1String("."))
                    inMessage = false;
                const qsizetype colon = entry.text.indexOf(QLatin1Char(':'));
                line += colon < 0 ? entry.text : entry.text.left(colon + 1);
            } else {
                const QString upper = entry.text.left(5).toUpper();
                inEhloReply = upper == QLatin1String("EHLO ") || upper == QLatin1String("HELO ");
                line += QString(entry.text).replace(sizeParameter, QStringLiteral("SIZE=#"));
            }
            break;
        case Direction::Info:
        case Direction::Tls:
        case Direction::Error:
            line += inMessage ? maskDigitWords(entry.text) : entry.text;
            break;
        }
        lines << line;
    }
    return lines;
}

RunComparison RunComparison::compare(const Report &lastSuccess, const Report &run)
{
    RunComparison comparison;
    compareSettings(comparison.differences, lastSuccess.profile, run.profile);
    compareTls(comparison.differences, lastSuccess, run);
    compareServer(comparison.differences, lastSuccess, run);

    const QList<TranscriptEntry> before = lastSuccess.transcript();
    const QList<TranscriptEntry> after = run.transcript();
    const QStringList a = comparableLines(before);
    const QStringList b = comparableLines(after);
    const qsizetype common = std::min(a.size(), b.size());
    for (qsizetype i = 0; i <= common; ++i) {
        if (i == common && a.size() == b.size())
            break;
        if (i == common || a.at(i) != b.at(i)) {
            comparison.parting
                = Parting {i + 1, i < before.size() ? shownLine(before.at(i)) : QString(),
                           i < after.size() ? shownLine(after.at(i)) : QString()};
            break;
        }
    }
    return comparison;
}

QJsonObject RunComparison::toJson() const
{
    QJsonArray list;
    for (const RunDifference &difference : differences)
        list.append(difference.toJson());
    QJsonValue partingJson;
    if (parting) {
        partingJson = QJsonObject {{QStringLiteral("line"), parting->line},
                                   {QStringLiteral("before"), parting->before},
                                   {QStringLiteral("after"), parting->after}};
    }
    return {{QStringLiteral("differences"), list},
            {QStringLiteral("transcript_parting"), partingJson}};
}

QStringList RunComparison::toLines() const
{
    QStringList lines;
    auto shown
        = [](const QString &value) { return value.isEmpty() ? tr("(none)") : visibleText(value); };
    for (const RunDifference &difference : differences) {
        lines << tr("%1: %2 \u2192 %3")
                     .arg(difference.label(), shown(difference.before), shown(difference.after));
    }
    if (parting) {
        lines << tr("The transcripts part at line %1:").arg(parting->line);
        lines << tr("  then: %1")
                     .arg(parting->before.isEmpty() ? tr("(the run had ended)") : parting->before);
        lines << tr("  now:  %1")
                     .arg(parting->after.isEmpty() ? tr("(the run had ended)") : parting->after);
    }
    if (lines.isEmpty())
        lines << tr("Nothing differs from the last successful run.");
    return lines;
}

} // namespace Sendcheck
