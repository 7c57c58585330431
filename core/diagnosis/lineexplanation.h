// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "diagnosiscontext.h"
#include "transcript/transcriptentry.h"

#include <QCoreApplication>
#include <QString>

namespace Sendcheck {

// What one transcript line means, as the window shows it beside the transcript: the sentence
// for a command, an EHLO keyword or a reply code, the diagnosis of a refusal, and whether the
// line went out before encryption started.
class LineExplanation
{
    Q_DECLARE_TR_FUNCTIONS(Sendcheck::LineExplanation)

public:
    // `session`: the settings of the session the line belongs to
    // (DiagnosisContext::forProfile); its tlsActive is ignored, the line says it.
    [[nodiscard]] static QString forEntry(const TranscriptEntry &entry,
                                          const DiagnosisContext &session);

private:
    [[nodiscard]] static QString forServerLine(const TranscriptEntry &entry,
                                               const DiagnosisContext &session);
};

} // namespace Sendcheck
