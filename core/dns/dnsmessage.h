// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dnsanswer.h"

#include <QByteArray>

namespace Sendcheck {

// Reads a DNS response in wire format (RFC 1035 4) into a DnsAnswer for (name, type): the
// response code, the CNAME chain from `name`, and the records of `type` at its end. Names may be
// compressed; TXT character-strings are kept apart (DnsRecord::text() joins them). A response
// with the TC bit is Truncated; one that does not parse is Failed, with the reason in `detail`.
// The DNSSEC status is left to the caller.
class DnsMessage
{
public:
    [[nodiscard]] static DnsAnswer parseResponse(const QByteArray &packet, const QString &name,
                                                 DnsRecordType type);
    // Builds a response, for tests of the parser: a header with `rcode` and the flags, one
    // question, `records` in the answer section, names compressed against the question name.
    [[nodiscard]] static QByteArray buildResponse(const QString &name, DnsRecordType type,
                                                  int rcode, const QList<DnsRecord> &records,
                                                  bool truncated = false);
};

} // namespace Sendcheck
