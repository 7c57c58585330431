// SPDX-License-Identifier: GPL-3.0-or-later
#include "htmlreport.h"

#include "report.h"
#include "reportoutline.h"
#include "transcript/transcriptentry.h"

namespace Sendcheck {

namespace {

constexpr QLatin1StringView Style {
    "body{font-family:sans-serif;font-size:10pt;color:#111;max-width:60em;margin:1em auto;}"
    "h1{font-size:16pt;}h2{font-size:13pt;margin-top:1.2em;border-bottom:1px solid #999;}"
    "table{border-collapse:collapse;}"
    "th{text-align:left;vertical-align:top;font-weight:normal;color:#444;padding:1px 12px 1px 0;}"
    "td{vertical-align:top;padding:1px 0;}"
    "code,pre{font-family:monospace;font-size:9pt;}"
    "pre{white-space:pre-wrap;background:#f4f4f4;padding:4px;}"
    ".ok{color:#1a7f37;font-weight:bold;}.fail{color:#b42318;font-weight:bold;}"};

QString value(const QString &text, bool verbatim)
{
    return verbatim ? QStringLiteral("<code>%1</code>").arg(HtmlReport::escaped(text))
                    : HtmlReport::escaped(text);
}

} // namespace

QString HtmlReport::escaped(const QString &text)
{
    QString result = visibleText(text).toHtmlEscaped();
    result.replace(QLatin1Char('\''), QLatin1String("&#39;"));
    return result;
}

QString HtmlReport::write(const Report &report)
{
    const ReportOutline outline = ReportOutline::of(report);
    QString html;
    html += QStringLiteral(
                "<!DOCTYPE html>\n<html>\n<head>\n<meta charset=\"utf-8\">\n"
                "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
                "style-src 'unsafe-inline'\">\n<title>%1</title>\n<style>%2</style>\n</head>\n"
                "<body>\n<h1>%1</h1>\n")
                .arg(escaped(outline.title), Style);
    html += QStringLiteral("<p class=\"%1\">%2 %3</p>\n")
                .arg(outline.ok ? QStringLiteral("ok") : QStringLiteral("fail"),
                     outline.ok ? QStringLiteral("\u2714") : QStringLiteral("\u2718"),
                     escaped(outline.verdict));
    for (const ReportSection &section : outline.sections) {
        html += QStringLiteral("<h2>%1</h2>\n").arg(escaped(section.title));
        bool inTable = false;
        for (const ReportBlock &block : section.blocks) {
            if (block.type != ReportBlock::Type::Field && inTable) {
                html += QStringLiteral("</table>\n");
                inTable = false;
            }
            switch (block.type) {
            case ReportBlock::Type::Field:
                if (!inTable) {
                    html += QStringLiteral("<table>\n");
                    inTable = true;
                }
                html
                    += QStringLiteral("<tr><th>%1</th><td>%2</td></tr>\n")
                           .arg(escaped(block.label), value(block.values.value(0), block.verbatim));
                break;
            case ReportBlock::Type::Text:
                html += QStringLiteral("<p>%1</p>\n").arg(escaped(block.values.value(0)));
                break;
            case ReportBlock::Type::Bullets:
            case ReportBlock::Type::Steps: {
                if (!block.label.isEmpty())
                    html += QStringLiteral("<p><b>%1</b></p>\n").arg(escaped(block.label));
                const QString list = block.type == ReportBlock::Type::Steps ? QStringLiteral("ol")
                                                                            : QStringLiteral("ul");
                html += QStringLiteral("<%1>\n").arg(list);
                for (const QString &item : block.values)
                    html += QStringLiteral("<li>%1</li>\n").arg(value(item, block.verbatim));
                html += QStringLiteral("</%1>\n").arg(list);
                break;
            }
            case ReportBlock::Type::Lines: {
                if (!block.label.isEmpty())
                    html += QStringLiteral("<p><b>%1</b></p>\n").arg(escaped(block.label));
                QStringList lines;
                for (const QString &line : block.values)
                    lines << escaped(line);
                html += QStringLiteral("<pre>%1</pre>\n").arg(lines.join(QLatin1Char('\n')));
                break;
            }
            }
        }
        if (inTable)
            html += QStringLiteral("</table>\n");
    }
    html += QStringLiteral("</body>\n</html>\n");
    return html;
}

} // namespace Sendcheck
