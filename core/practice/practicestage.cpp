// SPDX-License-Identifier: GPL-3.0-or-later
#include "practicestage.h"

#include "common/enumnames.h"

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
    return enumFromName(name.trimmed(), enumRange(PracticeStage::Connect, PracticeStage::Quit),
                        practiceStageName, Qt::CaseInsensitive);
}

QStringList practiceStageNames()
{
    QStringList names;
    for (const PracticeStage stage : enumRange(PracticeStage::Connect, PracticeStage::Quit))
        names << practiceStageName(stage);
    return names;
}

} // namespace Sendcheck
