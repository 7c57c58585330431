// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace Sendcheck {

// One Authentication-Results field (RFC 8601): how a receiving server judged a message. Read
// leniently, as receivers write it: Microsoft 365 leaves out the authserv-id, Yahoo glues
// comments to results ("dmarc=pass(p=REJECT)"), Gmail explains SPF in a comment.
class AuthenticationResults
{
public:
    struct Property
    {
        QString type; // "smtp", "header", "body", "policy"; empty for a bare key ("action")
        QString name; // "mailfrom", "from", "d", "s"
        QString value;
    };
    struct Result
    {
        QString method; // lower case: "spf", "dkim", "dmarc", "arc", "compauth", ...
        QString result; // lower case: "pass", "fail", "softfail", "none", "temperror", ...
        QString reason; // reason= value, if any
        QString comment; // the comments of this result, joined with "; "
        QList<Property> properties;

        // The value of "type.name" (e.g. "smtp.mailfrom", "header.d"), or a null string.
        [[nodiscard]] QString property(QStringView typeAndName) const;
    };

    [[nodiscard]] static AuthenticationResults parse(const QString &fieldValue);

    [[nodiscard]] const QString &authservId() const { return m_authservId; }
    [[nodiscard]] const QList<Result> &results() const { return m_results; }
    // The results of `method` (lower case), in order; a message can carry several DKIM ones.
    [[nodiscard]] QList<Result> resultsFor(QStringView method) const;

private:
    QString m_authservId;
    QList<Result> m_results;
};

} // namespace Sendcheck
