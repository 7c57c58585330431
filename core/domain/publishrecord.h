// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>

namespace Sendcheck {

// A DNS record the domain check proposes to publish: an SPF record merged with the provider's
// include, a DKIM CNAME, a first DMARC record. Values the check cannot know (a tenant name, a
// token only the provider's panel shows) are written "<tenant>" and `complete` is false.
struct PublishRecord
{
    QString type; // "TXT", "CNAME", "MX"
    QString name; // the owner name, absolute, without the final dot ("_dmarc.example.com")
    QString value; // TXT text unquoted; CNAME target; MX "10 host"
    QString why; // one sentence for people
    bool complete = true;

    [[nodiscard]] bool isEmpty() const { return type.isEmpty(); }
    // Zone-file form: `example.com. TXT "v=spf1 ..."`, `s1._domainkey.example.com. CNAME x.`
    [[nodiscard]] QString zoneLine() const;
    // {"type", "name", "value", "why"}
    [[nodiscard]] QJsonObject toJson() const;
    friend bool operator==(const PublishRecord &, const PublishRecord &) = default;
};

} // namespace Sendcheck
