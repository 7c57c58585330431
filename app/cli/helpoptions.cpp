// SPDX-License-Identifier: GPL-3.0-or-later
#include "helpoptions.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QRegularExpression>

OptionSyntax::ValueKind OptionSyntax::valueKind() const
{
    if (valueName.isEmpty())
        return ValueKind::None;
    const QString name = valueName.toLower();
    if (name == QLatin1String("file") || name == QLatin1String("f"))
        return ValueKind::File;
    if (name == QLatin1String("dir") || name == QLatin1String("directory"))
        return ValueKind::Directory;
    return ValueKind::Other;
}

HelpOptions HelpOptions::fromParser(const QCommandLineParser &parser)
{
    return fromHelpText(parser.helpText());
}

HelpOptions HelpOptions::fromHelpText(const QString &helpText)
{
    // The headings as QCommandLineParser writes them, in the language it writes them in.
    const QString optionsHeading = QCoreApplication::translate("QCommandLineParser", "Options:");
    const QString argumentsHeading
        = QCoreApplication::translate("QCommandLineParser", "Arguments:");
    // "  -h, --help               Displays help..." / "  --preset <ID>  Start from..."
    static const QRegularExpression optionLine(
        QStringLiteral("^  (-[^\\s,<]+(?:, -[^\\s,<]+)*)(?: <([^>]*)>)?(?:\\s+(.*))?$"));
    // "  NAME                     A name for the new profile."
    static const QRegularExpression argumentLine(QStringLiteral("^  (\\S+)(?:\\s+(.*))?$"));
    static const QRegularExpression continuationLine(QStringLiteral("^\\s{3,}(\\S.*)$"));

    enum class Section { Preamble, Options, Arguments } section = Section::Preamble;
    HelpOptions result;
    for (const QString &line : helpText.split(QLatin1Char('\n'))) {
        if (line == optionsHeading) {
            section = Section::Options;
            result.m_valid = true;
            continue;
        }
        if (line == argumentsHeading) {
            section = Section::Arguments;
            continue;
        }
        if (section == Section::Preamble || line.trimmed().isEmpty())
            continue;
        if (section == Section::Options) {
            if (const auto match = optionLine.match(line); match.hasMatch()) {
                OptionSyntax option;
                for (const QString &name : match.captured(1).split(QStringLiteral(", ")))
                    option.names.append(name.mid(name.startsWith(QLatin1String("--")) ? 2 : 1));
                option.valueName = match.captured(2);
                option.description = match.captured(3).trimmed();
                result.m_options.append(option);
                continue;
            }
            if (const auto match = continuationLine.match(line);
                match.hasMatch() && !result.m_options.isEmpty()) {
                QString &description = result.m_options.last().description;
                description += (description.isEmpty() ? QString() : QStringLiteral(" "))
                    + match.captured(1).trimmed();
            }
            continue;
        }
        if (const auto match = argumentLine.match(line); match.hasMatch())
            result.m_arguments.append(match.captured(1));
    }
    return result;
}
