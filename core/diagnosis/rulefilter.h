// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>
#include <vector>

namespace Sendcheck {

// A quick test of which text patterns can match at all, so that explaining a reply does not run
// every regular expression of the catalog. For each pattern it derives literals that any match
// must contain (lower case; "relay" for "relay(ing)? (access )?denied", one per alternative), and
// indexes them by their first three letters; a text then names its candidate patterns in one
// pass. A pattern without such literals is always a candidate. The filter never drops a
// pattern that could match: it only saves work (tests compare it with matching everything).
class RuleFilter
{
public:
    // The literals one of which every match of `pattern` contains, or nothing when the pattern
    // has none of at least three characters. Understands the syntax the catalog uses.
    [[nodiscard]] static std::optional<QList<QByteArray>> requiredLiterals(const QString &pattern);

    // Indexes `patterns` (empty: no text pattern, never a candidate).
    explicit RuleFilter(const QList<QString> &patterns);

    // For each pattern, whether `text` contains one of its literals (or it has none).
    [[nodiscard]] std::vector<bool> candidates(const QString &text) const;

private:
    struct Literal
    {
        QByteArray text;
        int pattern = 0;
    };
    std::vector<bool> m_always; // patterns with no literal: always candidates
    QHash<quint32, QList<Literal>> m_byTrigram;
    std::vector<bool> m_seen; // by a 16-bit hash of the trigram: may be in m_byTrigram
};

} // namespace Sendcheck
