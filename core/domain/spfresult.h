// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace Sendcheck {

// The results of check_host() (RFC 7208 2.6).
enum class SpfResultCode { None, Neutral, Pass, Fail, SoftFail, TempError, PermError };
[[nodiscard]] QString spfResultName(SpfResultCode code); // "pass", "softfail", ...
[[nodiscard]] std::optional<SpfResultCode> spfResultFromName(const QString &name);

// One record in the evaluation: the checked domain's own, or one reached by include or
// redirect. Children are in the order they were evaluated.
struct SpfNode
{
    QString domain;
    QString via; // the term that led here ("include:_spf.example.com", "redirect=..."); empty
                 // for the domain checked
    QString record; // the SPF record found; empty when none
    SpfResultCode result = SpfResultCode::None;
    QString matched; // the mechanism that decided, if any
    QString error; // why permerror/temperror, in plain words
    int lookups = 0; // DNS-lookup terms evaluated in this record itself
    QList<SpfNode> children;

    [[nodiscard]] QJsonObject toJson() const;
    // An indented text tree, one line per record.
    [[nodiscard]] QString toText(int indent = 0) const;
};

// What check_host() found for one IP address and sender, or, in audit mode (no address), what
// the record costs: every include and redirect followed, every DNS-lookup term counted.
struct SpfResult
{
    Q_DECLARE_TR_FUNCTIONS(Sendcheck::SpfResult)

public:
    SpfResultCode result = SpfResultCode::None;
    QString domain; // the domain checked
    QString record; // its SPF record; empty when none
    QString explanation; // from exp=, only with fail
    QString error; // why permerror/temperror, in plain words (with the offset for syntax)
    int dnsLookups = 0; // terms that cost a DNS lookup (limit 10)
    int voidLookups = 0; // lookups that found nothing (limit 2)
    SpfNode tree;

    [[nodiscard]] QJsonObject toJson() const;
};

} // namespace Sendcheck
