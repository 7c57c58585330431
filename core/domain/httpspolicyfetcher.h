// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "httpsget.h"
#include "policyfetcher.h"

namespace Sendcheck {

// Policy files over HTTPS (HttpsGet, one per fetch). With `limits.connectAddress` set every
// host is reached at that address and port (a lab or test server) while its certificate is
// still checked for the host's own name.
class HttpsPolicyFetcher : public PolicyFetcher
{
    Q_OBJECT

public:
    explicit HttpsPolicyFetcher(const HttpsGet::Limits &limits = HttpsGet::Limits(),
                                QObject *parent = nullptr);

    void fetch(const QString &host, const QString &path, QObject *context, Callback done) override;
    [[nodiscard]] QString source() const override;

private:
    HttpsGet::Limits m_limits;
};

} // namespace Sendcheck
