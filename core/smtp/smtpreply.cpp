// SPDX-License-Identifier: GPL-3.0-or-later
#include "smtpreply.h"

namespace Sendcheck {

QString SmtpReply::toOneLine() const
{
    QString line = QString::number(code);
    if (!enhanced.isEmpty())
        line += QLatin1Char(' ') + enhanced;
    const QString words = text();
    if (!words.isEmpty())
        line += QLatin1Char(' ') + words;
    return line;
}

} // namespace Sendcheck
