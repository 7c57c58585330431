// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace Sendcheck {

struct Report;

// What a report says, in order, before it is written as Markdown or HTML (and PDF from the
// HTML): sections of labelled fields, paragraphs, lists and preformatted lines. Each piece
// knows whether it is our own words or text from outside (the server, the certificate, the
// user's settings): the writers show outside text verbatim, escaped, never as markup.
struct ReportBlock
{
    enum class Type {
        Field, // label: value
        Text, // a paragraph
        Bullets, // an unordered list, under an optional label
        Steps, // a numbered list, under an optional label
        Lines, // preformatted lines (a transcript, a multi-line greeting), under an optional label
    };
    Type type = Type::Text;
    QString label;
    QStringList values;
    bool verbatim = false; // the values came from outside: show them as code, literally
};

struct ReportSection
{
    QString title;
    QList<ReportBlock> blocks;
};

struct ReportOutline
{
    Q_DECLARE_TR_FUNCTIONS(Sendcheck::ReportOutline)

public:
    QString title;
    bool ok = false;
    QString verdict;
    QList<ReportSection> sections;

    [[nodiscard]] static ReportOutline of(const Report &report);
};

} // namespace Sendcheck
