// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>

#include <functional>

namespace Sendcheck {

// Fetches a policy file over HTTPS (the MTA-STS policy, RFC 8461 3.3): one GET of
// https://<host><path>. Each fetch returns at once and later calls `done` exactly once, from
// the event loop, unless `context` was destroyed first. HttpsPolicyFetcher is the real one;
// MemoryPolicyFetcher answers from files held in memory (tests, the screenshot scene).
class PolicyFetcher : public QObject
{
    Q_OBJECT

public:
    struct Outcome
    {
        bool ok = false; // HTTP 200 with a body within the size limit, TLS verified
        int httpStatus = 0; // 0 when no HTTP answer came
        QString contentType; // the Content-Type header, as sent
        QByteArray body;
        QString error; // why not ok, in plain words (translated)
    };
    using Callback = std::function<void(const Outcome &)>;

    explicit PolicyFetcher(QObject *parent = nullptr) : QObject(parent) { }

    virtual void fetch(const QString &host, const QString &path, QObject *context, Callback done)
        = 0;
    // Where the files come from, for messages.
    [[nodiscard]] virtual QString source() const = 0;
};

} // namespace Sendcheck
