// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "explanation.h"

#include <QString>
#include <QStringList>

namespace Sendcheck {

// The evidence behind an explanation in plain words, the same for `sendcheck-cli explain
// --why` and the window's "Why this explanation?" line.
class EvidenceText
{
public:
    // "sure", "fairly sure", "not sure" (translated).
    [[nodiscard]] static QString confidenceWords(Explanation::Confidence confidence);
    // What kind of evidence it was: "the server's words", "the enhanced code", ... (translated)
    [[nodiscard]] static QString kindWords(Evidence::Kind kind);
    // One piece as a short phrase: the kind, the matched text in quotes, and for an enhanced
    // code its registered meaning.
    [[nodiscard]] static QString describe(const Evidence &evidence);
    // One line: "Why this explanation? Sure: the enhanced code 5.7.8 (...); the reply code 535."
    // A low confidence says plainly that it is a guess.
    [[nodiscard]] static QString whyLine(const Explanation &explanation);
};

} // namespace Sendcheck
