// SPDX-License-Identifier: GPL-3.0-or-later
#include "markdownreport.h"

#include "report.h"
#include "reportoutline.h"
#include "transcript/transcriptentry.h"

namespace Sendcheck {

namespace {

qsizetype longestBacktickRun(const QString &text)
{
    qsizetype longest = 0;
    qsizetype run = 0;
    for (const QChar c : text) {
        run = c == QLatin1Char('`') ? run + 1 : 0;
        longest = std::max(longest, run);
    }
    return longest;
}

QString value(const QString &text, bool verbatim)
{
    return verbatim ? MarkdownReport::codeSpan(text) : MarkdownReport::escaped(text);
}

} // namespace

QString MarkdownReport::codeSpan(const QString &text)
{
    const QString shown = visibleText(text);
    if (shown.isEmpty())
        return QStringLiteral("` `");
    const QString fence(longestBacktickRun(shown) + 1, QLatin1Char('`'));
    // A space inside the fence when the text starts or ends with a backtick (or a space, which
    // CommonMark would strip), so the text is read back exactly.
    const bool pad = shown.startsWith(QLatin1Char('`')) || shown.endsWith(QLatin1Char('`'))
        || shown.startsWith(QLatin1Char(' ')) || shown.endsWith(QLatin1Char(' '));
    const QString space = pad ? QStringLiteral(" ") : QString();
    return fence + space + shown + space + fence;
}

QString MarkdownReport::escaped(const QString &text)
{
    static const QString special = QStringLiteral("\\`*_[]<>&|~#");
    QString result;
    result.reserve(text.size() + 8);
    for (const QChar c : visibleText(text)) {
        if (special.contains(c))
            result += QLatin1Char('\\');
        result += c;
    }
    return result;
}

QString MarkdownReport::fenceFor(const QStringList &lines)
{
    qsizetype longest = 0;
    for (const QString &line : lines)
        longest = std::max(longest, longestBacktickRun(line));
    return QString(std::max<qsizetype>(3, longest + 1), QLatin1Char('`'));
}

QString MarkdownReport::write(const Report &report)
{
    const ReportOutline outline = ReportOutline::of(report);
    QStringList out;
    out << QStringLiteral("# ") + escaped(outline.title) << QString();
    out << QStringLiteral("**%1 %2**")
               .arg(outline.ok ? QStringLiteral("\u2714") : QStringLiteral("\u2718"),
                    escaped(outline.verdict))
        << QString();
    for (const ReportSection &section : outline.sections) {
        out << QStringLiteral("## ") + escaped(section.title) << QString();
        bool inFields = false;
        for (const ReportBlock &block : section.blocks) {
            if (block.type != ReportBlock::Type::Field && inFields) {
                out << QString();
                inFields = false;
            }
            switch (block.type) {
            case ReportBlock::Type::Field:
                out << QStringLiteral("- **%1:** %2")
                           .arg(escaped(block.label), value(block.values.value(0), block.verbatim));
                inFields = true;
                break;
            case ReportBlock::Type::Text:
                out << escaped(block.values.value(0)) << QString();
                break;
            case ReportBlock::Type::Bullets:
            case ReportBlock::Type::Steps:
                if (!block.label.isEmpty())
                    out << QStringLiteral("**%1:**").arg(escaped(block.label)) << QString();
                for (qsizetype i = 0; i < block.values.size(); ++i) {
                    const QString marker = block.type == ReportBlock::Type::Steps
                        ? QStringLiteral("%1.").arg(i + 1)
                        : QStringLiteral("-");
                    out << marker + QLatin1Char(' ') + value(block.values.at(i), block.verbatim);
                }
                out << QString();
                break;
            case ReportBlock::Type::Lines: {
                if (!block.label.isEmpty())
                    out << QStringLiteral("**%1:**").arg(escaped(block.label)) << QString();
                QStringList lines;
                for (const QString &line : block.values)
                    lines << visibleText(line);
                const QString fence = fenceFor(lines);
                out << fence + QStringLiteral("text") << lines << fence << QString();
                break;
            }
            }
        }
        if (inFields)
            out << QString();
    }
    return out.join(QLatin1Char('\n'));
}

} // namespace Sendcheck
