// SPDX-License-Identifier: GPL-3.0-or-later
#include "httpspolicyfetcher.h"

#include <QPointer>

namespace Sendcheck {

HttpsPolicyFetcher::HttpsPolicyFetcher(const HttpsGet::Limits &limits, QObject *parent)
    : PolicyFetcher(parent), m_limits(limits)
{ }

QString HttpsPolicyFetcher::source() const
{
    if (m_limits.connectAddress.isNull())
        return tr("the web");
    return m_limits.connectAddress.protocol() == QAbstractSocket::IPv6Protocol
        ? QStringLiteral("[%1]:%2").arg(m_limits.connectAddress.toString()).arg(m_limits.port)
        : QStringLiteral("%1:%2").arg(m_limits.connectAddress.toString()).arg(m_limits.port);
}

void HttpsPolicyFetcher::fetch(const QString &host, const QString &path, QObject *context,
                               Callback done)
{
    auto *get = new HttpsGet(host, path, m_limits, this);
    QPointer<QObject> alive(context);
    connect(get, &HttpsGet::finished, this,
            [get, alive, done = std::move(done)](const Outcome &outcome) {
                get->deleteLater();
                if (alive)
                    done(outcome);
            });
    get->start();
}

} // namespace Sendcheck
