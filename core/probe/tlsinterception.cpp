// SPDX-License-Identifier: GPL-3.0-or-later
#include "tlsinterception.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Sendcheck {

namespace {

template<typename Info> QString distinguishedName(const QSslCertificate &certificate, Info info)
{
    static const std::pair<QSslCertificate::SubjectInfo, const char *> parts[] = {
        {QSslCertificate::CommonName, "CN"},
        {QSslCertificate::OrganizationalUnitName, "OU"},
        {QSslCertificate::Organization, "O"},
        {QSslCertificate::LocalityName, "L"},
        {QSslCertificate::StateOrProvinceName, "ST"},
        {QSslCertificate::CountryName, "C"},
    };
    QStringList out;
    for (const auto &[attribute, label] : parts) {
        const QStringList values = info(certificate, attribute);
        for (const QString &value : values)
            out.append(QLatin1String(label) + QLatin1Char('=') + value);
    }
    return out.join(QStringLiteral(", "));
}

} // namespace

QString TlsInterception::issuerName(const QSslCertificate &certificate)
{
    return distinguishedName(
        certificate,
        [](const QSslCertificate &c, QSslCertificate::SubjectInfo a) { return c.issuerInfo(a); });
}

QString TlsInterception::subjectName(const QSslCertificate &certificate)
{
    return distinguishedName(
        certificate,
        [](const QSslCertificate &c, QSslCertificate::SubjectInfo a) { return c.subjectInfo(a); });
}

const TlsInterception &TlsInterception::builtIn()
{
    static const TlsInterception list = [] {
        QFile file(QStringLiteral(":/tls-interception.json"));
        QString error;
        if (!file.open(QIODevice::ReadOnly))
            return TlsInterception();
        TlsInterception loaded = fromJson(file.readAll(), &error);
        Q_ASSERT_X(error.isEmpty(), "TlsInterception", qPrintable(error));
        return loaded;
    }();
    return list;
}

TlsInterception TlsInterception::fromJson(const QByteArray &json, QString *error)
{
    TlsInterception list;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (!document.isObject()) {
        if (error)
            *error = parseError.errorString();
        return list;
    }
    const QJsonArray products = document.object().value(QStringLiteral("products")).toArray();
    for (const QJsonValue &value : products) {
        const QJsonObject object = value.toObject();
        Product product;
        product.id = object.value(QStringLiteral("id")).toString();
        product.name = object.value(QStringLiteral("name")).toString();
        product.kind = object.value(QStringLiteral("kind")).toString();
        product.source = object.value(QStringLiteral("source")).toString();
        const QJsonArray patterns = object.value(QStringLiteral("patterns")).toArray();
        for (const QJsonValue &pattern : patterns) {
            QRegularExpression expression(pattern.toString(),
                                          QRegularExpression::CaseInsensitiveOption);
            if (!expression.isValid() || pattern.toString().isEmpty()) {
                if (error)
                    *error = QStringLiteral("%1: bad pattern \"%2\"")
                                 .arg(product.id, pattern.toString());
                return TlsInterception();
            }
            product.patterns.append(expression);
        }
        if (product.id.isEmpty() || product.name.isEmpty() || product.patterns.isEmpty()) {
            if (error)
                *error = QStringLiteral("a product without id, name or patterns");
            return TlsInterception();
        }
        list.m_products.append(product);
    }
    return list;
}

std::optional<TlsInterception::Match>
TlsInterception::match(const QList<QSslCertificate> &chain) const
{
    for (const QSslCertificate &certificate : chain) {
        for (const QString &name : {issuerName(certificate), subjectName(certificate)}) {
            if (name.isEmpty())
                continue;
            for (const Product &product : m_products) {
                for (const QRegularExpression &pattern : product.patterns) {
                    if (pattern.match(name).hasMatch())
                        return Match {product.id, product.name, product.kind, product.source, name};
                }
            }
        }
    }
    return std::nullopt;
}

} // namespace Sendcheck
