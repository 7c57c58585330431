// SPDX-License-Identifier: GPL-3.0-or-later
#include "autoconfigconfig.h"

#include <QJsonArray>
#include <QXmlStreamReader>

namespace Sendcheck {

std::optional<Security> AutoconfigConfig::Server::security() const
{
    const QString socket = socketType.trimmed().toUpper();
    if (socket == QLatin1String("SSL"))
        return Security::ImplicitTls;
    if (socket == QLatin1String("STARTTLS"))
        return Security::StartTls;
    if (socket == QLatin1String("PLAIN"))
        return Security::None;
    return std::nullopt;
}

static QString filled(QString text, const QString &address)
{
    const qsizetype at = address.lastIndexOf(QLatin1Char('@'));
    text.replace(QLatin1String("%EMAILADDRESS%"), address);
    text.replace(QLatin1String("%EMAILLOCALPART%"), address.left(at));
    text.replace(QLatin1String("%EMAILDOMAIN%"), address.mid(at + 1));
    return text;
}

void AutoconfigConfig::fillPlaceholders(const QString &address)
{
    for (QList<Server> *servers : {&outgoing, &incoming}) {
        for (Server &server : *servers) {
            server.host = filled(server.host, address);
            server.userName = filled(server.userName, address);
        }
    }
}

bool AutoconfigConfig::servesDomain(const QString &domain) const
{
    return domains.contains(domain.toLower());
}

static AutoconfigConfig::Server readServer(QXmlStreamReader &xml)
{
    AutoconfigConfig::Server server;
    server.type = xml.attributes().value(QLatin1String("type")).toString().toLower();
    while (xml.readNextStartElement()) {
        const QStringView name = xml.name();
        if (name == QLatin1String("hostname"))
            server.host = xml.readElementText().trimmed().toLower();
        else if (name == QLatin1String("port"))
            server.port = quint16(qBound(0, xml.readElementText().trimmed().toInt(), 65535));
        else if (name == QLatin1String("socketType"))
            server.socketType = xml.readElementText().trimmed();
        else if (name == QLatin1String("authentication"))
            server.authentication << xml.readElementText().trimmed();
        else if (name == QLatin1String("username"))
            server.userName = xml.readElementText().trimmed();
        else
            xml.skipCurrentElement();
    }
    return server;
}

std::optional<AutoconfigConfig> AutoconfigConfig::fromXml(const QByteArray &data, QString *error)
{
    QXmlStreamReader xml(data);
    AutoconfigConfig config;
    bool sawProvider = false;
    if (!xml.readNextStartElement() || xml.name() != QLatin1String("clientConfig")) {
        *error = xml.hasError()
            ? tr("not well-formed XML (line %1: %2)").arg(xml.lineNumber()).arg(xml.errorString())
            : tr("not an autoconfig file (no <clientConfig>)");
        return std::nullopt;
    }
    while (xml.readNextStartElement()) {
        if (xml.name() != QLatin1String("emailProvider") || sawProvider) {
            xml.skipCurrentElement();
            continue;
        }
        sawProvider = true;
        config.providerId = xml.attributes().value(QLatin1String("id")).toString();
        while (xml.readNextStartElement()) {
            const QStringView name = xml.name();
            if (name == QLatin1String("domain")) {
                config.domains << xml.readElementText().trimmed().toLower();
            } else if (name == QLatin1String("displayName")) {
                config.displayName = xml.readElementText().trimmed();
            } else if (name == QLatin1String("outgoingServer")) {
                const Server server = readServer(xml);
                if (server.type == QLatin1String("smtp"))
                    config.outgoing << server;
            } else if (name == QLatin1String("incomingServer")) {
                const Server server = readServer(xml);
                if (server.type == QLatin1String("imap"))
                    config.incoming << server;
            } else {
                xml.skipCurrentElement();
            }
        }
    }
    if (xml.hasError()) {
        *error
            = tr("not well-formed XML (line %1: %2)").arg(xml.lineNumber()).arg(xml.errorString());
        return std::nullopt;
    }
    if (!sawProvider) {
        *error = tr("no <emailProvider> in the file");
        return std::nullopt;
    }
    // Thunderbird takes the first valid server: a name, a port and a known socket type.
    config.outgoing.removeIf([](const Server &server) {
        return server.host.isEmpty() || server.port == 0 || !server.security();
    });
    if (config.outgoing.isEmpty()) {
        *error = tr("no usable outgoing (SMTP) server in the file");
        return std::nullopt;
    }
    return config;
}

static AutoconfigConfig::Server serverFromJson(const QJsonObject &object)
{
    AutoconfigConfig::Server server;
    server.type = object.value(QLatin1String("type")).toString();
    server.host = object.value(QLatin1String("host")).toString();
    server.port = quint16(object.value(QLatin1String("port")).toInt());
    server.socketType = object.value(QLatin1String("socket")).toString();
    for (const QJsonValue &auth : object.value(QLatin1String("auth")).toArray())
        server.authentication << auth.toString();
    server.userName = object.value(QLatin1String("username")).toString();
    return server;
}

AutoconfigConfig AutoconfigConfig::fromSnapshotJson(const QString &providerId,
                                                    const QJsonObject &object,
                                                    const QStringList &domains)
{
    AutoconfigConfig config;
    config.providerId = providerId;
    config.displayName = object.value(QLatin1String("name")).toString();
    config.domains = domains;
    for (const QJsonValue &value : object.value(QLatin1String("outgoing")).toArray()) {
        const Server server = serverFromJson(value.toObject());
        if (!server.host.isEmpty() && server.port != 0 && server.security())
            config.outgoing << server;
    }
    for (const QJsonValue &value : object.value(QLatin1String("incoming")).toArray())
        config.incoming << serverFromJson(value.toObject());
    return config;
}

} // namespace Sendcheck
