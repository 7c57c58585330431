// SPDX-License-Identifier: GPL-3.0-or-later
#include "spamverdict.h"

#include "headerblock.h"

#include <QRegularExpression>

namespace Sendcheck {

namespace {

constexpr qsizetype maxDetail = 300;

std::optional<double> number(const QString &text)
{
    bool ok = false;
    const double value = text.toDouble(&ok);
    return ok ? std::optional<double>(value) : std::nullopt;
}

// "Yes, score=7.2 required=5.0 tests=BAYES_99,... autolearn=no" (SpamAssassin, also Amavis)
std::optional<SpamVerdict> spamAssassin(const HeaderBlock &header)
{
    const QString status = header.value(u"X-Spam-Status");
    const QString flag = header.value(u"X-Spam-Flag");
    if (status.isNull() && flag.isNull())
        return std::nullopt;
    SpamVerdict verdict;
    verdict.filter = QStringLiteral("spamassassin");
    verdict.header
        = status.isNull() ? QStringLiteral("X-Spam-Flag") : QStringLiteral("X-Spam-Status");
    if (!status.isNull()) {
        if (status.startsWith(QLatin1String("Yes"), Qt::CaseInsensitive))
            verdict.spam = true;
        else if (status.startsWith(QLatin1String("No"), Qt::CaseInsensitive))
            verdict.spam = false;
        static const QRegularExpression score(QStringLiteral("\\b(?:score|hits)=(-?[0-9.]+)"));
        static const QRegularExpression required(QStringLiteral("\\brequired=(-?[0-9.]+)"));
        static const QRegularExpression tests(QStringLiteral("\\btests=(\\S+)"));
        verdict.score = number(score.match(status).captured(1));
        verdict.threshold = number(required.match(status).captured(1));
        verdict.detail = tests.match(status).captured(1).left(maxDetail);
    }
    if (!verdict.spam && !flag.isNull())
        verdict.spam = flag.trimmed().compare(QLatin1String("YES"), Qt::CaseInsensitive) == 0;
    return verdict;
}

// "default: False [1.20 / 15.00]; SYMBOL(0.1)[...]; ..." (rspamd)
std::optional<SpamVerdict> rspamd(const HeaderBlock &header)
{
    const QString result = header.value(u"X-Spamd-Result");
    if (result.isNull())
        return std::nullopt;
    static const QRegularExpression summary(
        QStringLiteral(
            "^\\s*\\w+:\\s*(True|False)\\s*\\[\\s*(-?[0-9.]+)\\s*/\\s*(-?[0-9.]+)\\s*\\]"),
        QRegularExpression::CaseInsensitiveOption);
    SpamVerdict verdict;
    verdict.filter = QStringLiteral("rspamd");
    verdict.header = QStringLiteral("X-Spamd-Result");
    const QRegularExpressionMatch m = summary.match(result);
    if (m.hasMatch()) {
        verdict.spam = m.captured(1).compare(QLatin1String("True"), Qt::CaseInsensitive) == 0;
        verdict.score = number(m.captured(2));
        verdict.threshold = number(m.captured(3));
    }
    verdict.detail = result.section(QLatin1Char(';'), 1).trimmed().left(maxDetail);
    return verdict;
}

// Exchange Online: "...;SCL:1;SRV:;IPV:NLI;SFV:NSPM;..." in X-Forefront-Antispam-Report, the
// SCL alone in X-MS-Exchange-Organization-SCL, the bulk level "BCL:0;" in X-Microsoft-Antispam.
// SCL 5 and above goes to Junk by default; SFV:SPM is "marked as spam", SFV:NSPM "not spam".
std::optional<SpamVerdict> microsoft(const HeaderBlock &header)
{
    const QString report = header.value(u"X-Forefront-Antispam-Report");
    const QString scl = header.value(u"X-MS-Exchange-Organization-SCL");
    const QString antispam = header.value(u"X-Microsoft-Antispam");
    if (report.isNull() && scl.isNull() && antispam.isNull())
        return std::nullopt;
    static const QRegularExpression sclTag(QStringLiteral("\\bSCL:(-?[0-9]+)"));
    static const QRegularExpression sfvTag(QStringLiteral("\\bSFV:([A-Z]+)"));
    static const QRegularExpression bclTag(QStringLiteral("\\bBCL:([0-9]+)"));
    SpamVerdict verdict;
    verdict.filter = QStringLiteral("microsoft");
    verdict.header = !report.isNull() ? QStringLiteral("X-Forefront-Antispam-Report")
        : !scl.isNull()               ? QStringLiteral("X-MS-Exchange-Organization-SCL")
                                      : QStringLiteral("X-Microsoft-Antispam");
    verdict.score = number(sclTag.match(report).captured(1));
    if (!verdict.score)
        verdict.score = number(scl.trimmed());
    if (verdict.score)
        verdict.threshold = 5;
    const QString sfv = sfvTag.match(report).captured(1);
    if (sfv == QLatin1String("SPM"))
        verdict.spam = true;
    else if (sfv == QLatin1String("NSPM"))
        verdict.spam = false;
    else if (verdict.score)
        verdict.spam = *verdict.score >= 5;
    QStringList detail;
    if (!sfv.isEmpty())
        detail.append(QStringLiteral("SFV:") + sfv);
    const QString bcl = bclTag.match(antispam).captured(1);
    if (!bcl.isEmpty())
        detail.append(QStringLiteral("BCL:") + bcl);
    verdict.detail = detail.join(QLatin1Char(' '));
    return verdict;
}

} // namespace

QList<SpamVerdict> SpamVerdict::read(const HeaderBlock &header)
{
    QList<SpamVerdict> verdicts;
    for (auto reader : {spamAssassin, rspamd, microsoft}) {
        if (std::optional<SpamVerdict> verdict = reader(header))
            verdicts.append(*verdict);
    }
    return verdicts;
}

} // namespace Sendcheck
