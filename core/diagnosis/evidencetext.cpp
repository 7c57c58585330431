// SPDX-License-Identifier: GPL-3.0-or-later
#include "evidencetext.h"

#include "diagnosiscatalog.h"
#include "enhancedstatuscodes.h"

#include <QCoreApplication>

namespace Sendcheck {

namespace {

QString translated(const char *text)
{
    return QCoreApplication::translate("Sendcheck::EvidenceText", text);
}

} // namespace

QString EvidenceText::confidenceWords(Explanation::Confidence confidence)
{
    switch (confidence) {
    case Explanation::Confidence::High:
        return translated(QT_TRANSLATE_NOOP("Sendcheck::EvidenceText", "sure"));
    case Explanation::Confidence::Medium:
        return translated(QT_TRANSLATE_NOOP("Sendcheck::EvidenceText", "fairly sure"));
    case Explanation::Confidence::Low:
        return translated(QT_TRANSLATE_NOOP("Sendcheck::EvidenceText", "not sure"));
    }
    return QString();
}

QString EvidenceText::kindWords(Evidence::Kind kind)
{
    switch (kind) {
    case Evidence::Kind::ProviderPhrase:
        return translated(QT_TRANSLATE_NOOP("Sendcheck::EvidenceText", "the provider's own words"));
    case Evidence::Kind::Phrase:
        return translated(QT_TRANSLATE_NOOP("Sendcheck::EvidenceText", "the words"));
    case Evidence::Kind::EnhancedCode:
        return translated(QT_TRANSLATE_NOOP("Sendcheck::EvidenceText", "the enhanced code"));
    case Evidence::Kind::EnhancedClass:
        return translated(
            QT_TRANSLATE_NOOP("Sendcheck::EvidenceText", "the enhanced code's class"));
    case Evidence::Kind::ReplyCode:
        return translated(QT_TRANSLATE_NOOP("Sendcheck::EvidenceText", "the reply code"));
    case Evidence::Kind::Stage:
        return translated(QT_TRANSLATE_NOOP("Sendcheck::EvidenceText", "the step it answered"));
    case Evidence::Kind::HostProvider:
        return translated(QT_TRANSLATE_NOOP("Sendcheck::EvidenceText", "the server's provider"));
    case Evidence::Kind::Session:
        return translated(QT_TRANSLATE_NOOP("Sendcheck::EvidenceText", "what the session saw"));
    }
    return QString();
}

QString EvidenceText::describe(const Evidence &evidence)
{
    QString text = evidence.text;
    if (evidence.kind == Evidence::Kind::EnhancedCode) {
        if (const EnhancedStatusCode *entry = EnhancedStatusCodes::find(evidence.text))
            text = translated(QT_TRANSLATE_NOOP("Sendcheck::EvidenceText", "%1, %2"))
                       .arg(evidence.text, entry->meaning.translated());
        else if (const QString meaning = DiagnosisCatalog::codeMeaning(
                     QStringLiteral("x.") + evidence.text.section(QLatin1Char('.'), 1));
                 !meaning.isEmpty())
            text = translated(QT_TRANSLATE_NOOP("Sendcheck::EvidenceText", "%1, %2"))
                       .arg(evidence.text, meaning);
    }
    return translated(QT_TRANSLATE_NOOP("Sendcheck::EvidenceText", "%1 \u201c%2\u201d"))
        .arg(kindWords(evidence.kind), text);
}

QString EvidenceText::whyLine(const Explanation &explanation)
{
    QStringList pieces;
    for (const Evidence &evidence : explanation.evidence)
        pieces << describe(evidence);
    const QString heading
        = translated(QT_TRANSLATE_NOOP("Sendcheck::EvidenceText", "Why this explanation?"));
    if (pieces.isEmpty())
        return translated(QT_TRANSLATE_NOOP("Sendcheck::EvidenceText",
                                            "%1 Not sure: nothing in the text is known to "
                                            "Sendcheck, so this is only a general reading."))
            .arg(heading);
    switch (explanation.confidence) {
    case Explanation::Confidence::High:
        return translated(QT_TRANSLATE_NOOP("Sendcheck::EvidenceText", "%1 Sure: %2."))
            .arg(heading, pieces.join(QStringLiteral("; ")));
    case Explanation::Confidence::Medium:
        return translated(QT_TRANSLATE_NOOP("Sendcheck::EvidenceText", "%1 Fairly sure: %2."))
            .arg(heading, pieces.join(QStringLiteral("; ")));
    case Explanation::Confidence::Low:
        break;
    }
    return translated(QT_TRANSLATE_NOOP("Sendcheck::EvidenceText",
                                        "%1 Not sure: only %2 point this way. Read the "
                                        "server's own words before acting on it."))
        .arg(heading, pieces.join(QStringLiteral("; ")));
}

} // namespace Sendcheck
