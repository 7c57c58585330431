// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "diagnosiscatalog.h"

#include <QLatin1StringView>
#include <QString>

#include <vector>

namespace Sendcheck {

// One enumerated code of the IANA "SMTP Enhanced Status Codes" registry (RFC 5248; codes from
// RFC 3463, 3886, 4468, 4954, 5248, 6531, 6710, 7293, 7372, 7505, 8617, 8689 and later
// registrations), with what it means and the topic it speaks for. The registry names the
// subject and detail ("X.7.8"); the class (2, 4, 5) comes from the reply.
struct EnhancedStatusCode
{
    enum Flag : unsigned {
        AuthReply = 1u << 0, // defined as an answer to AUTH (RFC 4954, 5248): elsewhere it
                             // is a server's own use of the number and weighs little
        SuccessOnly = 1u << 1, // only meaningful as 2.X.Y (a positive report)
        PermanentOnly = 1u << 2, // says much as 5.X.Y, little as 4.X.Y ("mailbox disabled"
                                 // for now: busy, or receiving too fast)
    };

    int subject = 0; // X.<subject>.Y
    int detail = 0; // X.Y.<detail>
    CatalogText meaning; // the registry's summary, in plain words
    const char *reference = nullptr; // where it is defined: "RFC 3463", "RFC 4954", ...
    QLatin1StringView temporary; // the topic of 4.X.Y
    QLatin1StringView permanent; // the topic of 5.X.Y
    int weight = Weight::Exact; // how much the exact code alone says (Weight::)
    unsigned flags = 0;

    [[nodiscard]] QString code() const; // "X.7.8"
};

class EnhancedStatusCodes
{
public:
    // Every enumerated code of the registry, in its order.
    [[nodiscard]] static const std::vector<EnhancedStatusCode> &registry();
    // The entry of "5.7.8" (any class), or nullptr for a code the registry does not enumerate.
    [[nodiscard]] static const EnhancedStatusCode *find(const QString &enhanced);
    // The topic the code speaks for in its class; empty for an unknown code.
    [[nodiscard]] static QLatin1StringView topicOf(const QString &enhanced);
};

} // namespace Sendcheck
