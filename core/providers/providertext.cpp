// SPDX-License-Identifier: GPL-3.0-or-later
#include "providertext.h"

#include <QCoreApplication>

namespace Sendcheck {

QString providerText(const QString &english)
{
    if (english.isEmpty())
        return english;
    return QCoreApplication::translate("ProviderText", english.toUtf8().constData());
}

} // namespace Sendcheck
