// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

class QCommandLineParser;

// One option of a command as its parser declares it.
struct OptionSyntax
{
    QStringList names; // without dashes: {"h", "help"}, {"host"}
    QString valueName; // empty for a switch: "HOST", "FILE"
    QString description;

    // What the value is, judged by its value name: completions offer files or folders for it.
    enum class ValueKind { None, File, Directory, Other };
    [[nodiscard]] ValueKind valueKind() const;
};

// The options and positional arguments of one QCommandLineParser, read from its help text.
// QCommandLineParser keeps its option list to itself; its help text lists every option that is
// not hidden, with its names, value name and description, in a fixed layout ("  -h, --help  ...",
// wrapped descriptions indented), under the headings "Options:" and "Arguments:" (translated by
// Qt as QCommandLineParser's own texts).
class HelpOptions
{
public:
    [[nodiscard]] static HelpOptions fromParser(const QCommandLineParser &parser);
    [[nodiscard]] static HelpOptions fromHelpText(const QString &helpText);

    [[nodiscard]] const QList<OptionSyntax> &options() const { return m_options; }
    [[nodiscard]] const QStringList &arguments() const { return m_arguments; }
    // True when the text had an "Options:" heading: every parser's help has one (--help is
    // always there), so false means the text was not a QCommandLineParser help text.
    [[nodiscard]] bool isValid() const { return m_valid; }

private:
    QList<OptionSyntax> m_options;
    QStringList m_arguments; // positional argument names: "NAME", "text"
    bool m_valid = false;
};
