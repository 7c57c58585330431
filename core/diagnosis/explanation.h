// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "evidence.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace Sendcheck {

// What went wrong, in plain words, beside the server's own words. `topic` is a stable id from
// topicids.h: it never changes with the language or the wording.
struct Explanation
{
    enum class Severity {
        Error, // the message was not sent; something must change
        Warning, // not sent now, but the situation passes or is harmless
        Info, // nothing failed (accepted, or stopped by the user)
    };
    // How sure the diagnoser is that the topic is right, from the evidence it found.
    enum class Confidence {
        High, // an exact code, a provider's own words or a fact of the session says so
        Medium, // general words or a code that usually means this, nothing stronger against it
        Low, // only a general reply code, or evidence for several topics: a best guess
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
    Confidence confidence = Confidence::High;
    QList<Evidence> evidence; // what speaks for the topic, strongest first

    [[nodiscard]] static QString severityName(Severity severity); // "error", "warning", "info"
    [[nodiscard]] QString severityName() const { return severityName(severity); }
    [[nodiscard]] static QString confidenceName(Confidence confidence); // "high", "medium", "low"
    [[nodiscard]] QString confidenceName() const { return confidenceName(confidence); }
    [[nodiscard]] bool isValid() const { return !topic.isEmpty(); }
    // {topic, severity, transient, title, summary, causes, fixes, provider_hint, reference,
    //  server_text, confidence, evidence: [{kind, text, weight}]}: the names
    //  `sendcheck-cli explain --json` and `send --json` print.
    [[nodiscard]] QJsonObject toJson() const;
};

} // namespace Sendcheck
