// SPDX-License-Identifier: GPL-3.0-or-later
#include "practicestage.h"

namespace Sendcheck {

QString practiceStageName(PracticeStage stage)
{
    switch (stage) {
    case PracticeStage::Connect:
        return QStringLiteral("connect");
    case PracticeStage::Banner:
        return QStringLiteral("banner");
    case PracticeStage::Ehlo:
        return QStringLiteral("ehlo");
    case PracticeStage::StartTls:
        return QStringLiteral("starttls");
    case PracticeStage::Auth:
        return QStringLiteral("auth");
    case PracticeStage::Mail:
        return QStringLiteral("mail");
    case PracticeStage::Rcpt:
        return QStringLiteral("rcpt");
    case PracticeStage::Data:
        return QStringLiteral("data");
    case PracticeStage::DataEnd:
        return QStringLiteral("data-end");
    case PracticeStage::Quit:
        return QStringLiteral("quit");
    }
    return QString();
}

std::optional<PracticeStage> practiceStageFromName(const QString &name)
{
    const QString wanted = name.trimmed().toLower();
    for (int i = int(PracticeStage::Connect); i <= int(PracticeStage::Quit); ++i) {
        if (practiceStageName(PracticeStage(i)) == wanted)
            return PracticeStage(i);
    }
    return std::nullopt;
}

QStringList practiceStageNames()
{
    QStringList names;
    for (int i = int(PracticeStage::Connect); i <= int(PracticeStage::Quit); ++i)
        names << practiceStageName(PracticeStage(i));
    return names;
}

} // namespace Sendcheck
