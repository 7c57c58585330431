// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace Sendcheck {

// What went wrong, in plain words, beside the server's own words. `topic` is a stable id from
// docs (explanation-topics.md): it never changes with the language or the wording.
struct Explanation
{
    enum class Severity {
        Error, // the message was not sent; something must change
        Warning, // not sent now, but the situation passes or is harmless
        Info, // nothing failed (accepted, or stopped by the user)
    };

    QString topic;
    Severity severity = Severity::Error;
    bool transient = false; // whether retrying later, unchanged, can help
    QString title;
    QString summary;
    QStringList causes; // most likely first
    QStringList fixes; // in the order to try them
    QString providerHint;
    QString reference; // RFC section and enhanced-code meaning, for the curious
    QString serverText; // the server's (or the TLS library's) own words, unchanged

    [[nodiscard]] static QString severityName(Severity severity); // "error", "warning", "info"
    [[nodiscard]] QString severityName() const { return severityName(severity); }
    [[nodiscard]] bool isValid() const { return !topic.isEmpty(); }
    // {topic, severity, transient, title, summary, causes, fixes, provider_hint, reference,
    //  server_text}: the names `sendcheck-cli explain --json` and `send --json` print.
    [[nodiscard]] QJsonObject toJson() const;
};

} // namespace Sendcheck
