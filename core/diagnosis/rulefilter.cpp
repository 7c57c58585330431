// SPDX-License-Identifier: GPL-3.0-or-later
#include "rulefilter.h"

#include <algorithm>

namespace Sendcheck {

namespace {

constexpr qsizetype minimumLength = 3;

using Anchors = std::optional<QList<QByteArray>>; // nullopt: nothing required can be named

// A recursive reading of the regular expression subset the catalog uses: alternation, groups
// ((...), (?:...), (?<name>...); lookarounds are skipped), character classes, escapes,
// quantifiers (?, *, +, {m,n}, lazy forms) and anchors (^, $, \b).
class Reader
{
public:
    explicit Reader(const QString &pattern) : m_p(pattern) { }

    Anchors alternation()
    {
        QList<QByteArray> all;
        bool anchored = true;
        for (;;) {
            const Anchors one = sequence();
            if (one)
                all += *one;
            else
                anchored = false;
            if (m_i < m_p.size() && m_p.at(m_i) == QLatin1Char('|')) {
                ++m_i;
                continue;
            }
            break;
        }
        if (!anchored)
            return std::nullopt;
        return all;
    }

    [[nodiscard]] bool atEnd() const { return m_i >= m_p.size(); }

private:
    // How the element just read may repeat: false when it may be absent.
    bool quantifierKeepsIt()
    {
        if (m_i >= m_p.size())
            return true;
        const QChar c = m_p.at(m_i);
        bool mandatory = true;
        if (c == QLatin1Char('?') || c == QLatin1Char('*')) {
            mandatory = false;
            ++m_i;
        } else if (c == QLatin1Char('+')) {
            ++m_i;
        } else if (c == QLatin1Char('{')) {
            const qsizetype close = m_p.indexOf(QLatin1Char('}'), m_i);
            if (close < 0)
                return true;
            const QString inside = m_p.mid(m_i + 1, close - m_i - 1);
            mandatory = inside.section(QLatin1Char(','), 0, 0).toInt() > 0;
            m_i = close + 1;
        } else {
            return true;
        }
        if (m_i < m_p.size()
            && (m_p.at(m_i) == QLatin1Char('?') || m_p.at(m_i) == QLatin1Char('+')))
            ++m_i; // lazy or possessive
        return mandatory;
    }

    [[nodiscard]] bool quantifierFollows() const
    {
        if (m_i >= m_p.size())
            return false;
        const QChar c = m_p.at(m_i);
        return c == QLatin1Char('?') || c == QLatin1Char('*') || c == QLatin1Char('+')
            || c == QLatin1Char('{');
    }

    void skipClass()
    {
        ++m_i; // '['
        if (m_i < m_p.size() && m_p.at(m_i) == QLatin1Char('^'))
            ++m_i;
        if (m_i < m_p.size() && m_p.at(m_i) == QLatin1Char(']'))
            ++m_i;
        while (m_i < m_p.size() && m_p.at(m_i) != QLatin1Char(']')) {
            if (m_p.at(m_i) == QLatin1Char('\\'))
                ++m_i;
            ++m_i;
        }
        ++m_i; // ']'
    }

    Anchors sequence()
    {
        QList<QByteArray> runs;
        QByteArray run;
        QList<QList<QByteArray>> groups; // mandatory groups with literals
        const auto endRun = [&] {
            if (run.size() >= minimumLength)
                runs << run;
            run.clear();
        };
        while (m_i < m_p.size()) {
            const QChar c = m_p.at(m_i);
            if (c == QLatin1Char('|') || c == QLatin1Char(')'))
                break;
            if (c == QLatin1Char('(')) {
                endRun();
                ++m_i;
                bool lookaround = false;
                if (m_p.mid(m_i, 2) == QLatin1String("?:")) {
                    m_i += 2;
                } else if (m_p.mid(m_i, 2) == QLatin1String("?=")
                           || m_p.mid(m_i, 2) == QLatin1String("?!")
                           || m_p.mid(m_i, 3) == QLatin1String("?<=")
                           || m_p.mid(m_i, 3) == QLatin1String("?<!")) {
                    lookaround = true;
                    m_i += m_p.at(m_i + 1) == QLatin1Char('<') ? 3 : 2;
                } else if (m_p.mid(m_i, 2) == QLatin1String("?<")) {
                    m_i = m_p.indexOf(QLatin1Char('>'), m_i) + 1;
                }
                const Anchors inner = alternation();
                ++m_i; // ')'
                const bool mandatory = quantifierKeepsIt();
                if (inner && mandatory && !lookaround && !inner->isEmpty())
                    groups << *inner;
                continue;
            }
            if (c == QLatin1Char('[')) {
                endRun();
                skipClass();
                quantifierKeepsIt();
                continue;
            }
            if (c == QLatin1Char('\\')) {
                const QChar next = m_i + 1 < m_p.size() ? m_p.at(m_i + 1) : QChar();
                m_i += 2;
                if (next.isLetterOrNumber()) { // \d \w \s \b \S ...: not a literal
                    endRun();
                    quantifierKeepsIt();
                    continue;
                }
                literal(next, run, endRun);
                continue;
            }
            if (c == QLatin1Char('.') || c == QLatin1Char('^') || c == QLatin1Char('$')) {
                endRun();
                ++m_i;
                quantifierKeepsIt();
                continue;
            }
            ++m_i;
            literal(c, run, endRun);
        }
        endRun();
        // The longest required run names the alternative best; else a required group's
        // literals (the group whose shortest literal is longest).
        if (!runs.isEmpty()) {
            const auto longest = std::max_element(
                runs.cbegin(), runs.cend(),
                [](const QByteArray &a, const QByteArray &b) { return a.size() < b.size(); });
            return QList<QByteArray> {*longest};
        }
        const QList<QByteArray> *best = nullptr;
        qsizetype bestShortest = 0;
        for (const QList<QByteArray> &group : groups) {
            qsizetype shortest = group.first().size();
            for (const QByteArray &literal : group)
                shortest = std::min(shortest, literal.size());
            if (shortest > bestShortest) {
                best = &group;
                bestShortest = shortest;
            }
        }
        if (best)
            return *best;
        return std::nullopt;
    }

    template<typename EndRun> void literal(QChar c, QByteArray &run, EndRun endRun)
    {
        if (c.unicode() > 127) {
            endRun();
            quantifierKeepsIt();
            return;
        }
        const char ascii = char(QChar::toLower(c.unicode()));
        if (quantifierFollows()) {
            const bool mandatory = quantifierKeepsIt();
            if (mandatory)
                run.append(ascii);
            endRun();
            return;
        }
        run.append(ascii);
    }

    const QString &m_p;
    qsizetype m_i = 0;
};

quint32 trigram(const char *s)
{
    return (quint32(uchar(s[0])) << 16) | (quint32(uchar(s[1])) << 8) | quint32(uchar(s[2]));
}

size_t seenIndex(quint32 trigram)
{
    return size_t((trigram * 2654435761u) >> 16);
}

} // namespace

std::optional<QList<QByteArray>> RuleFilter::requiredLiterals(const QString &pattern)
{
    Reader reader(pattern);
    Anchors anchors = reader.alternation();
    if (!reader.atEnd() || !anchors || anchors->isEmpty())
        return std::nullopt; // unbalanced or nothing to require: always run the pattern
    for (const QByteArray &literal : std::as_const(*anchors)) {
        if (literal.size() < minimumLength)
            return std::nullopt;
    }
    return anchors;
}

RuleFilter::RuleFilter(const QList<QString> &patterns)
{
    m_always.assign(size_t(patterns.size()), false);
    m_seen.assign(size_t(1) << 16, false);
    for (qsizetype i = 0; i < patterns.size(); ++i) {
        if (patterns.at(i).isEmpty())
            continue;
        const std::optional<QList<QByteArray>> literals = requiredLiterals(patterns.at(i));
        if (!literals) {
            m_always[size_t(i)] = true;
            continue;
        }
        for (const QByteArray &literal : *literals) {
            m_byTrigram[trigram(literal.constData())].append({literal, int(i)});
            m_seen[seenIndex(trigram(literal.constData()))] = true;
        }
    }
}

std::vector<bool> RuleFilter::candidates(const QString &text) const
{
    std::vector<bool> result = m_always;
    // Lower-case ASCII; other characters never occur in a literal.
    QByteArray lower(text.size(), '\0');
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = QChar::toLower(text.at(i).unicode());
        lower[i] = c < 128 ? char(c) : '\x01';
    }
    for (qsizetype i = 0; i + minimumLength <= lower.size(); ++i) {
        const quint32 key = trigram(lower.constData() + i);
        if (!m_seen[seenIndex(key)])
            continue;
        const auto it = m_byTrigram.constFind(key);
        if (it == m_byTrigram.cend())
            continue;
        for (const Literal &literal : *it) {
            if (!result[size_t(literal.pattern)]
                && QByteArrayView(lower).sliced(i).startsWith(literal.text))
                result[size_t(literal.pattern)] = true;
        }
    }
    return result;
}

} // namespace Sendcheck
