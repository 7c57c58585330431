// SPDX-License-Identifier: GPL-3.0-or-later
#include "ehloname.h"

#include <QSysInfo>

namespace Sendcheck {

namespace {
// At least two dot-separated labels of letters, digits and inner hyphens (RFC 1123 host names).
// By hand, not a QRegularExpression, whose compile at first use is part of every session's
// start-up otherwise.
bool isFullyQualified(QStringView host)
{
    qsizetype labels = 0;
    for (QStringView label : host.tokenize(u'.')) {
        if (label.isEmpty() || label.front() == u'-' || label.back() == u'-')
            return false;
        for (const QChar c : label) {
            const char16_t u = c.unicode();
            if (!((u >= u'0' && u <= u'9') || (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z')
                  || u == u'-'))
                return false;
        }
        ++labels;
    }
    return labels >= 2;
}
} // namespace

QString ehloName(const QString &configured, const QHostAddress &localAddress)
{
    if (!configured.isEmpty())
        return configured;
    const QString host = QSysInfo::machineHostName();
    if (isFullyQualified(host))
        return host;
    // RFC 5321 4.1.3: without a fully qualified name, the address literal of our side.
    if (localAddress.protocol() == QAbstractSocket::IPv6Protocol)
        return QStringLiteral("[IPv6:%1]").arg(localAddress.toString());
    return QStringLiteral("[%1]").arg(localAddress.isNull() ? QStringLiteral("127.0.0.1")
                                                            : localAddress.toString());
}

} // namespace Sendcheck
