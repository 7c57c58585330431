// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "policyfetcher.h"

#include <QHash>

namespace Sendcheck {

// A PolicyFetcher answering from outcomes set up in memory, by "host/path"; anything else is
// answered as a connection that failed. For unit tests and the screenshot scene.
class MemoryPolicyFetcher : public PolicyFetcher
{
    Q_OBJECT

public:
    explicit MemoryPolicyFetcher(QObject *parent = nullptr);

    // A 200 answer with `body` (text/plain) for https://<host><path>.
    void addFile(const QString &host, const QString &path, const QByteArray &body);
    void setOutcome(const QString &host, const QString &path, const Outcome &outcome);
    [[nodiscard]] QStringList fetched() const { return m_fetched; } // "host/path", in order

    void fetch(const QString &host, const QString &path, QObject *context, Callback done) override;
    [[nodiscard]] QString source() const override;

private:
    QHash<QString, Outcome> m_outcomes;
    QStringList m_fetched;
};

} // namespace Sendcheck
