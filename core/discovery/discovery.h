// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "autoconfigconfig.h"
#include "autoconfigfetch.h"
#include "discoveryoptions.h"
#include "discoveryresult.h"

#include <QCoreApplication>
#include <QObject>
#include <QString>

#include <memory>

class QNetworkAccessManager;

namespace Sendcheck {

class DnsResolver;
class IspdbSnapshot;
class ProviderCatalog;
struct DnsAnswer;
struct Provider;

// From an email address to outgoing-server candidates, every source shown with its outcome:
//   1. the bundled presets, by the address's domain and by its MX hosts;
//   2. Thunderbird autoconfig: https://autoconfig.DOMAIN/mail/config-v1.1.xml, then
//      https://DOMAIN/.well-known/autoconfig/mail/config-v1.1.xml (plain HTTP only when both
//      found nothing, without the address, and marked untrusted), the ISPDB online and the
//      bundled snapshot, then the same for the MX host's organisational domain;
//   3. SRV _submissions._tcp (RFC 8314, port 465) and _submission._tcp (RFC 6186, 587);
//   4. guesses: smtp.DOMAIN, mail.DOMAIN and the MX host, if those names exist.
// Presets and the snapshot answer inside start(); the network steps run in parallel, each with
// its own time limit, so the whole never hangs. Single use: one start() per object.
class Discovery : public QObject
{
    Q_OBJECT

public:
    // `resolver` may be null with options.offline. `catalog` and `snapshot` default to the
    // built-in ones.
    Discovery(DnsResolver *resolver, const DiscoveryOptions &options, QObject *parent = nullptr,
              const ProviderCatalog *catalog = nullptr, const IspdbSnapshot *snapshot = nullptr);
    ~Discovery() override;

    // Splits and checks an address; the domain in ASCII (punycode, QUrl::toAce) in `domain`.
    // Returns the problem in plain words, or an empty string.
    [[nodiscard]] static QString checkAddress(const QString &address, QString *domain);

    void start(const QString &address);
    [[nodiscard]] const DiscoveryResult &result() const { return m_result; }

Q_SIGNALS:
    void changed(); // a source or the candidates changed
    void finished(const Sendcheck::DiscoveryResult &result);

private:
    int addSource(DiscoverySource::Kind kind, const QString &urlOrName, int rank);
    DiscoverySource &source(int id);
    void settle(int id, DiscoverySource::Outcome outcome, const QString &detail);
    void beginStep();
    void endStep();
    void update();

    void matchPresetsByDomain();
    void matchPresetsByMx();
    void lookInSnapshot(const QString &domain, int rank, bool viaMx);
    void lookUpMx();
    void onMx(const DnsAnswer &answer);
    void fetchAutoconfig(const QUrl &url, int rank, bool plainHttp, bool viaMx,
                         const QString &expectedDomain, DiscoverySource::Kind kind);
    void fetchPlainHttpIfNeeded();
    void lookUpSrv(const QString &service, Security security, int rank);
    void guess(const QString &host, int rank);
    void addPresetCandidates(const Provider &provider, DiscoverySource &into,
                             const QString &mxHost) const;
    void addConfigCandidates(const AutoconfigConfig &config, DiscoverySource &into,
                             const QString &sourceName, bool trusted) const;

    DnsResolver *m_resolver;
    DiscoveryOptions m_options;
    const ProviderCatalog *m_catalog;
    const IspdbSnapshot *m_snapshot;
    QNetworkAccessManager *m_network = nullptr;
    AutoconfigFetch::Limits m_limits;
    DiscoveryResult m_result;
    QList<int> m_order; // source ids in list order
    QList<DiscoverySource> m_sources; // by id
    QString m_mxHost; // the most preferred MX host, once known
    int m_pending = 0;
    int m_httpsAutoconfigLeft = 2; // domain autoconfig HTTPS fetches still running
    bool m_httpsAutoconfigFound = false;
    bool m_started = false;
};

} // namespace Sendcheck
