// SPDX-License-Identifier: GPL-3.0-or-later
#include "evidence.h"

namespace Sendcheck {

QString Evidence::kindName(Kind kind)
{
    switch (kind) {
    case Kind::ProviderPhrase:
        return QStringLiteral("provider_phrase");
    case Kind::Phrase:
        return QStringLiteral("phrase");
    case Kind::EnhancedCode:
        return QStringLiteral("enhanced_code");
    case Kind::EnhancedClass:
        return QStringLiteral("enhanced_class");
    case Kind::ReplyCode:
        return QStringLiteral("reply_code");
    case Kind::Stage:
        return QStringLiteral("stage");
    case Kind::HostProvider:
        return QStringLiteral("host_provider");
    case Kind::Session:
        return QStringLiteral("session");
    }
    return QString();
}

QJsonObject Evidence::toJson() const
{
    QJsonObject object;
    object.insert(QStringLiteral("kind"), kindName());
    object.insert(QStringLiteral("text"), text);
    object.insert(QStringLiteral("weight"), weight);
    return object;
}

} // namespace Sendcheck
