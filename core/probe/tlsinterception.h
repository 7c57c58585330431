// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QRegularExpression>
#include <QSslCertificate>
#include <QString>

#include <optional>

namespace Sendcheck {

// Antivirus and proxy products that intercept TLS: they end the encrypted connection on this
// computer (or network) with a certificate of their own and open another to the server. Known
// by the names they give their certificate authority, kept as data in
// resources/tls-interception.json (":/tls-interception.json"), each with where the name was seen.
class TlsInterception
{
public:
    struct Product
    {
        QString id; // "avast"
        QString name; // "Avast Antivirus (Web/Mail Shield)"
        QString kind; // "antivirus" or "proxy"
        QString source; // where the issuer name was seen
        QList<QRegularExpression> patterns;
    };
    struct Match
    {
        QString productId;
        QString productName;
        QString kind;
        QString source;
        QString matched; // the distinguished name that matched: "CN=Avast Web/Mail Shield Root"
    };

    // The bundled list (loaded once).
    [[nodiscard]] static const TlsInterception &builtIn();
    // A list from JSON text; an invalid file gives an empty list and `error`.
    [[nodiscard]] static TlsInterception fromJson(const QByteArray &json, QString *error);

    // The first product whose pattern matches the issuer or subject of any certificate of the
    // chain the server presented.
    [[nodiscard]] std::optional<Match> match(const QList<QSslCertificate> &chain) const;
    [[nodiscard]] const QList<Product> &products() const { return m_products; }

    // "CN=..., OU=..., O=..., L=..., ST=..., C=..." (the attributes that are set).
    [[nodiscard]] static QString issuerName(const QSslCertificate &certificate);
    [[nodiscard]] static QString subjectName(const QSslCertificate &certificate);

private:
    QList<Product> m_products;
};

} // namespace Sendcheck
