// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>
#include <QTimer>

#include <chrono>

class QHostInfo;

namespace Sendcheck {

// After a server name did not resolve: is the name missing, or can this computer look up no
// name at all (offline, no DNS)? The system's network information says "disconnected" where
// Qt has a backend for it; otherwise a second, well-known name is looked up through the same
// system resolver. When that one fails too (or gets no answer in time), the name service does
// not work here, and the first name proves nothing.
class ResolverCheck : public QObject
{
    Q_OBJECT
public:
    enum class Outcome {
        Works, // the control name resolved: the server name itself does not exist
        Offline, // the control name failed too, or the system reports no network
        Unknown, // not checked
    };
    Q_ENUM(Outcome)

    explicit ResolverCheck(QObject *parent = nullptr);
    ~ResolverCheck() override;

    // The well-known name looked up for comparison (default DefaultControlHost). Tests name
    // one that resolves ("localhost") or one that cannot ("no..such..name") without a network.
    void setControlHost(const QString &host) { m_controlHost = host; }
    [[nodiscard]] QString controlHost() const { return m_controlHost; }
    // Whether to ask QNetworkInformation first (default true; tests switch it off, since the
    // machine's own state would decide their outcome).
    void setUseNetworkInformation(bool use) { m_useNetworkInformation = use; }
    void start(std::chrono::milliseconds limit = std::chrono::seconds(4));
    [[nodiscard]] bool isRunning() const { return m_lookupId >= 0; }

    static constexpr QLatin1StringView DefaultControlHost {"example.com"};
    // What a session uses unless told otherwise: DefaultControlHost, or the value of the
    // environment variable SENDCHECK_DNS_CONTROL_NAME when it is set (empty: no check), for
    // test runs and networks where example.com is blocked on purpose.
    [[nodiscard]] static QString defaultControlHost();
    // False when SENDCHECK_DNS_CONTROL_NAME is set: then the control name alone decides.
    [[nodiscard]] static bool defaultUseNetworkInformation();

Q_SIGNALS:
    void finished(Sendcheck::ResolverCheck::Outcome outcome); // queued or from the event loop

private:
    void onLookedUp(const QHostInfo &info);
    void conclude(Outcome outcome);

    QString m_controlHost {DefaultControlHost};
    bool m_useNetworkInformation = true;
    int m_lookupId = -1;
    QTimer m_limit;
};

} // namespace Sendcheck
