// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Sendcheck {

// What a provider's documentation says a customer's own domain must publish to send through
// it: the SPF include, the DKIM selectors (a TXT key, or a CNAME to the provider), and other
// records (a return-path CNAME, a MAIL FROM subdomain's MX, a verification TXT). Read from the
// "domainDns" key of a preset in resources/providers.json:
//
//   "domainDns": {
//     "spf": {"include": "_spf.google.com", "placement": "domain", "confidence": "confirmed"},
//     "dkim": [{"selector": "selector1",
//               "cname": "selector1-{domain-dashes}._domainkey.{tenant}.onmicrosoft.com"}],
//     "records": [{"type": "CNAME", "name": "pm-bounces", "value": "pm.mtasv.net",
//                  "why": "..."}],
//     "notes": ["..."]
//   }
//
// Names and values may hold placeholders in braces: {domain} (the customer's domain),
// {domain-dashes} (its dots as dashes), {region} (the preset host's region id); any other
// ({tenant}, {token1}, {id}, ...) is a value only the provider's control panel shows, written
// "<tenant>" in proposals for the user to fill in. A record's name is relative to the domain
// ("@" for the domain itself). "confidence": "check-with-provider" marks values seen in public
// zones or third-party pages, not in the vendor's own documents.
struct DomainDns
{
    Q_DECLARE_TR_FUNCTIONS(Sendcheck::DomainDns)

public:
    // Where the SPF include belongs.
    enum class SpfPlacement {
        Domain, // in the From domain's own record
        MailFrom, // in the record of a MAIL FROM (return-path) subdomain (Amazon SES)
        Optional, // helps, but the provider's return path carries SPF already (Postmark)
        None, // the provider needs no include (SMTP2GO)
    };
    struct Dkim
    {
        QString selector; // "google", "selector1", "{token1}", "s{id}"
        QString cname; // CNAME target; empty: a TXT key record at the selector
        bool checkWithProvider = false; // "confidence": "check-with-provider"
        // Looked up, but not proposed for a new set-up (an older or one-of-several name).
        bool lookupOnly = false;
    };
    struct Record
    {
        QString type; // "CNAME", "TXT", "MX"
        QString name; // relative to the domain: "@", "pm-bounces", "{mail-from}"
        QString value; // "pm.mtasv.net", "10 feedback-smtp.{region}.amazonses.com"
        QString why; // one sentence for people (English; translated at display)
        bool checkWithProvider = false;
    };

    QString spfInclude; // "_spf.google.com"; empty when there is none to publish
    SpfPlacement spfPlacement = SpfPlacement::Domain;
    bool spfCheckWithProvider = false;
    QList<Dkim> dkim;
    QList<Record> records;
    QStringList notes; // English; translated at display

    // The selectors that are fixed names (no placeholder), to look up.
    [[nodiscard]] QStringList fixedSelectors() const;

    // The values a placeholder can take from the check: {domain}, {domain-dashes}, and
    // {region} and {mail-from} (the MAIL FROM subdomain's labels) when known.
    [[nodiscard]] static QHash<QString, QString> values(const QString &domain,
                                                        const QString &region = QString(),
                                                        const QString &mailFromLabels = QString());
    // `text` with the placeholders in `values` filled in and every other written "<name>";
    // *complete (if given) says whether none was left.
    [[nodiscard]] static QString expand(const QString &text, const QHash<QString, QString> &values,
                                        bool *complete = nullptr);
    // A record name relative to the domain ("@" is the domain itself) made absolute.
    [[nodiscard]] static QString absoluteName(const QString &relative,
                                              const QHash<QString, QString> &values,
                                              bool *complete = nullptr);
    // A text from the preset file (a note, a record's "why") in the user's language, when a
    // translation is known.
    [[nodiscard]] static QString translated(const QString &text);

    [[nodiscard]] static QString placementName(SpfPlacement placement); // "domain", ...
    [[nodiscard]] static std::optional<DomainDns> fromJson(const QJsonObject &object,
                                                           QString *error);
    [[nodiscard]] QJsonObject toJson() const;
};

} // namespace Sendcheck
