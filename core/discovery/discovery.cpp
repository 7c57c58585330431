// SPDX-License-Identifier: GPL-3.0-or-later
#include "discovery.h"

#include "dns/dnsresolver.h"
#include "domain/mxrecords.h"
#include "domain/organizationaldomain.h"
#include "ispdbsnapshot.h"
#include "providers/providercatalog.h"

#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QSslCertificate>
#include <QUrl>

#include <algorithm>

Q_LOGGING_CATEGORY(lcDiscovery, "sendcheck.discovery")

namespace Sendcheck {

namespace {
// Where each kind of line goes in the list (see the class comment for the order).
enum Rank {
    RankAddress = 0,
    RankPresetDomain = 10,
    RankMx = 15,
    RankPresetMx = 20,
    RankAutoconfig = 50,
    RankWellKnown = 51,
    RankAutoconfigHttp = 52,
    RankWellKnownHttp = 53,
    RankIspdb = 60,
    RankSnapshot = 61,
    RankAutoconfigMx = 70,
    RankIspdbMx = 71,
    RankSnapshotMx = 73,
    RankSrvSubmissions = 80,
    RankSrvSubmission = 81,
    RankGuessSmtp = 90,
    RankGuessMail = 91,
    RankGuessMx = 92,
};
} // namespace

Discovery::Discovery(DnsResolver *resolver, const DiscoveryOptions &options, QObject *parent,
                     const ProviderCatalog *catalog, const IspdbSnapshot *snapshot)
    : QObject(parent)
    , m_resolver(resolver)
    , m_options(options)
    , m_catalog(catalog ? catalog : &ProviderCatalog::builtIn())
    , m_snapshot(snapshot ? snapshot : &IspdbSnapshot::builtIn())
{
    m_limits.timeoutMs = options.timeoutMs;
    m_limits.maxBytes = options.maxBytes;
    m_limits.maxRedirects = options.maxRedirects;
    if (!options.extraCaFile.isEmpty())
        m_limits.extraCas = QSslCertificate::fromPath(options.extraCaFile, QSsl::Pem);
}

Discovery::~Discovery() = default;

QString Discovery::checkAddress(const QString &address, QString *domain)
{
    domain->clear();
    const QString trimmed = address.trimmed();
    const qsizetype at = trimmed.lastIndexOf(QLatin1Char('@'));
    if (trimmed.isEmpty())
        return tr("Type an email address, e.g. anna@example.com.");
    if (at <= 0 || at == trimmed.size() - 1)
        return tr("'%1' is not an email address: it needs a name, an @ and a domain, e.g. "
                  "anna@example.com.")
            .arg(trimmed);
    if (trimmed.contains(QLatin1Char(' ')))
        return tr("'%1' is not an email address: it contains a space.").arg(trimmed);
    const QString part = trimmed.mid(at + 1);
    const QByteArray ace = QUrl::toAce(part, QUrl::AceTransitionalProcessing);
    const QString ascii = QString::fromLatin1(ace).toLower();
    static const QRegularExpression hostPattern(QStringLiteral(
        "^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)+$"));
    if (ascii.isEmpty() || ascii.size() > 253 || !hostPattern.match(ascii).hasMatch())
        return tr("'%1' is not an email address: '%2' is not a domain name.").arg(trimmed, part);
    *domain = ascii;
    return QString();
}

int Discovery::addSource(DiscoverySource::Kind kind, const QString &urlOrName, int rank)
{
    DiscoverySource source;
    source.kind = kind;
    source.urlOrName = urlOrName;
    source.rank = rank;
    m_sources << source;
    const int id = int(m_sources.size() - 1);
    // Stable: a later source with the same rank goes after the earlier ones.
    const auto at
        = std::upper_bound(m_order.begin(), m_order.end(), rank,
                           [this](int r, int other) { return r < m_sources.at(other).rank; });
    m_order.insert(at, id);
    return id;
}

DiscoverySource &Discovery::source(int id)
{
    return m_sources[id];
}

void Discovery::settle(int id, DiscoverySource::Outcome outcome, const QString &detail)
{
    DiscoverySource &s = source(id);
    s.outcome = outcome;
    s.detail = detail;
    if (outcome == DiscoverySource::Outcome::Untrusted
        || outcome == DiscoverySource::Outcome::OtherDomain)
        s.trusted = false;
    qCDebug(lcDiscovery) << DiscoverySource::kindName(s.kind) << s.urlOrName
                         << DiscoverySource::outcomeName(outcome);
}

void Discovery::beginStep()
{
    ++m_pending;
}

void Discovery::endStep()
{
    --m_pending;
    update();
    if (m_pending == 0 && !m_result.finished) {
        m_result.finished = true;
        Q_EMIT changed();
        Q_EMIT finished(m_result);
    }
}

void Discovery::update()
{
    m_result.sources.clear();
    for (int id : std::as_const(m_order))
        m_result.sources << m_sources.at(id);
    m_result.collectCandidates();
    if (!m_result.finished)
        Q_EMIT changed();
}

void Discovery::start(const QString &address)
{
    Q_ASSERT(!m_started);
    m_started = true;
    m_result.address = address.trimmed();
    m_result.offline = m_options.offline;
    m_result.snapshotDate = m_snapshot->date();
    m_result.snapshotCommit = m_snapshot->commit();

    // Whatever happens, finished() comes from the event loop, after start() returned.
    beginStep();
    QMetaObject::invokeMethod(this, &Discovery::endStep, Qt::QueuedConnection);

    QString domain;
    const QString problem = checkAddress(address, &domain);
    const int input = addSource(DiscoverySource::Kind::Address, m_result.address, RankAddress);
    if (!problem.isEmpty()) {
        settle(input, DiscoverySource::Outcome::Error, problem);
        update();
        return;
    }
    m_result.domain = domain;
    const QString typed = m_result.address.mid(m_result.address.lastIndexOf(QLatin1Char('@')) + 1);
    // The address with its domain in ASCII: what placeholders are filled with.
    m_result.asciiAddress
        = m_result.address.left(m_result.address.lastIndexOf(QLatin1Char('@')) + 1) + domain;
    settle(input, DiscoverySource::Outcome::Found,
           typed.toLower() == domain
               ? tr("domain %1").arg(domain)
               : tr("domain %1, written %2 in DNS (punycode)").arg(typed, domain));

    matchPresetsByDomain();
    lookInSnapshot(domain, RankSnapshot, false);
    if (m_options.offline) {
        const QString why = tr("offline: only the bundled presets and the ISPDB snapshot of %1")
                                .arg(m_snapshot->date());
        settle(addSource(DiscoverySource::Kind::Mx, domain, RankMx),
               DiscoverySource::Outcome::Skipped, why);
        settle(addSource(DiscoverySource::Kind::Autoconfig,
                         m_options.autoconfigUrl(domain, false, false, QString()).toString(),
                         RankAutoconfig),
               DiscoverySource::Outcome::Skipped, why);
        settle(addSource(DiscoverySource::Kind::Ispdb, m_options.ispdbUrl(domain).toString(),
                         RankIspdb),
               DiscoverySource::Outcome::Skipped, why);
        settle(addSource(DiscoverySource::Kind::Srv, QStringLiteral("_submissions._tcp.") + domain,
                         RankSrvSubmissions),
               DiscoverySource::Outcome::Skipped, why);
        settle(addSource(DiscoverySource::Kind::Guess, QStringLiteral("smtp.") + domain,
                         RankGuessSmtp),
               DiscoverySource::Outcome::Skipped, why);
        update();
        return;
    }

    m_network = new QNetworkAccessManager(this);
    m_network->setAutoDeleteReplies(false);
    lookUpMx();
    fetchAutoconfig(m_options.autoconfigUrl(domain, false, false, m_result.asciiAddress),
                    RankAutoconfig, false, false, domain, DiscoverySource::Kind::Autoconfig);
    fetchAutoconfig(m_options.autoconfigUrl(domain, true, false, m_result.asciiAddress),
                    RankWellKnown, false, false, domain, DiscoverySource::Kind::Autoconfig);
    fetchAutoconfig(m_options.ispdbUrl(domain), RankIspdb, false, false, domain,
                    DiscoverySource::Kind::Ispdb);
    lookUpSrv(QStringLiteral("_submissions._tcp."), Security::ImplicitTls, RankSrvSubmissions);
    lookUpSrv(QStringLiteral("_submission._tcp."), Security::StartTls, RankSrvSubmission);
    guess(QStringLiteral("smtp.") + domain, RankGuessSmtp);
    guess(QStringLiteral("mail.") + domain, RankGuessMail);
    update();
}

// Picks the preset's host that belongs to the domain or the MX host ("mail.gmx.com" for
// gmx.com, "smtp.zoho.eu" for an MX at zoho.eu), else its default.
static const Provider::Host &hostFor(const Provider &provider, const QString &domain,
                                     const QString &mxHost)
{
    QStringList suffixes {QLatin1Char('.') + OrganizationalDomain::of(domain)};
    if (!mxHost.isEmpty())
        suffixes << QLatin1Char('.') + OrganizationalDomain::of(mxHost);
    for (const QString &suffix : std::as_const(suffixes)) {
        for (const Provider::Host &host : provider.hosts) {
            if (host.host.endsWith(suffix, Qt::CaseInsensitive))
                return host;
        }
    }
    return provider.hosts.first();
}

void Discovery::addPresetCandidates(const Provider &provider, DiscoverySource &into,
                                    const QString &mxHost) const
{
    const Provider::Host &host = hostFor(provider, m_result.domain, mxHost);
    for (const Provider::Port &port : provider.ports) {
        if (port.security == Security::None)
            continue;
        DiscoveryCandidate candidate;
        candidate.probe
            = ProbeCandidate {host.host, port.port, port.security, QStringLiteral("preset")};
        candidate.presetId = provider.id;
        candidate.userName
            = provider.userName.isEmpty() ? m_result.asciiAddress : provider.userName;
        into.candidates << candidate;
    }
}

void Discovery::addConfigCandidates(const AutoconfigConfig &config, DiscoverySource &into,
                                    const QString &sourceName, bool trusted) const
{
    for (const AutoconfigConfig::Server &server : config.outgoing) {
        DiscoveryCandidate candidate;
        candidate.probe = ProbeCandidate {server.host, server.port, *server.security(), sourceName};
        candidate.trusted = trusted;
        candidate.userName = server.userName;
        into.candidates << candidate;
    }
}

void Discovery::matchPresetsByDomain()
{
    const int id
        = addSource(DiscoverySource::Kind::Preset,
                    tr("bundled presets, by domain %1").arg(m_result.domain), RankPresetDomain);
    QStringList names;
    for (const Provider &provider : m_catalog->all()) {
        if (provider.servesDomain(m_result.domain)) {
            addPresetCandidates(provider, source(id), QString());
            names << provider.name;
        }
    }
    if (names.isEmpty())
        settle(id, DiscoverySource::Outcome::NotFound,
               tr("no preset lists %1").arg(m_result.domain));
    else
        settle(id, DiscoverySource::Outcome::Found, names.join(QStringLiteral(", ")));
}

void Discovery::matchPresetsByMx()
{
    const int id = addSource(DiscoverySource::Kind::Preset,
                             tr("bundled presets, by MX host %1").arg(m_mxHost), RankPresetMx);
    QStringList names;
    for (const Provider &provider : m_catalog->all()) {
        if (provider.matchesMxHost(m_mxHost)) {
            addPresetCandidates(provider, source(id), m_mxHost);
            names << provider.name;
        }
    }
    if (names.isEmpty())
        settle(id, DiscoverySource::Outcome::NotFound,
               tr("no preset knows the mail host %1").arg(m_mxHost));
    else
        settle(id, DiscoverySource::Outcome::Found,
               tr("your domain's mail is hosted by %1").arg(names.join(QStringLiteral(", "))));
}

void Discovery::lookInSnapshot(const QString &domain, int rank, bool viaMx)
{
    // For an MX host, its parent names down to its organisational domain
    // ("x.mail.protection.outlook.com" -> "mail.protection.outlook.com" ... "outlook.com").
    QStringList names {domain};
    if (viaMx) {
        names.clear();
        const QString organisational = OrganizationalDomain::of(domain);
        QString name = domain;
        while (name.contains(QLatin1Char('.')) && name != organisational) {
            name = name.mid(name.indexOf(QLatin1Char('.')) + 1);
            names << name;
        }
    }
    const int id = addSource(
        DiscoverySource::Kind::Snapshot,
        tr("ISPDB snapshot of %1: %2").arg(m_snapshot->date(), names.value(0, domain)), rank);
    for (const QString &name : std::as_const(names)) {
        std::optional<AutoconfigConfig> config = m_snapshot->find(name);
        if (!config)
            continue;
        config->fillPlaceholders(m_result.asciiAddress);
        source(id).urlOrName = tr("ISPDB snapshot of %1: %2").arg(m_snapshot->date(), name);
        addConfigCandidates(*config, source(id), QStringLiteral("ispdb"), true);
        settle(id, DiscoverySource::Outcome::Found,
               viaMx ? tr("%1 (the provider of your mail host)").arg(config->displayName)
                     : config->displayName);
        return;
    }
    settle(id, DiscoverySource::Outcome::NotFound,
           tr("not in the snapshot (%1 domains)").arg(m_snapshot->domainCount()));
}

void Discovery::lookUpMx()
{
    const int id = addSource(DiscoverySource::Kind::Mx, m_result.domain, RankMx);
    beginStep();
    m_resolver->lookup(
        m_result.domain, DnsRecordType::MX, this, [this, id](const DnsAnswer &answer) {
            const MxRecords mx = MxRecords::fromAnswer(answer);
            if (answer.ok() && mx.nullMx) {
                settle(id, DiscoverySource::Outcome::NotFound,
                       tr("null MX (RFC 7505): the domain takes no mail"));
            } else if (answer.ok() && !mx.hosts.isEmpty()) {
                QStringList hosts;
                for (const MxRecords::Host &host : mx.hosts)
                    hosts << QStringLiteral("%1 %2").arg(host.preference).arg(host.host);
                settle(id, DiscoverySource::Outcome::Found, hosts.join(QStringLiteral(", ")));
                m_mxHost = mx.hosts.first().host.toLower();
                onMx(answer);
            } else if (answer.status == DnsStatus::NxDomain) {
                settle(id, DiscoverySource::Outcome::Error, tr("the domain does not exist in DNS"));
            } else if (answer.isEmpty()) {
                settle(id, DiscoverySource::Outcome::NotFound, tr("no MX records"));
            } else {
                settle(id, DiscoverySource::Outcome::Error, answer.describe());
            }
            endStep();
        });
}

void Discovery::onMx(const DnsAnswer &)
{
    matchPresetsByMx();
    const QString mxDomain = OrganizationalDomain::of(m_mxHost);
    if (!mxDomain.isEmpty() && mxDomain != m_result.domain) {
        const QString next = m_mxHost.mid(m_mxHost.indexOf(QLatin1Char('.')) + 1);
        fetchAutoconfig(m_options.autoconfigUrl(mxDomain, false, false, QString()),
                        RankAutoconfigMx, false, true, mxDomain, DiscoverySource::Kind::Autoconfig);
        if (next != mxDomain)
            fetchAutoconfig(m_options.ispdbUrl(next), RankIspdbMx, false, true, next,
                            DiscoverySource::Kind::Ispdb);
        fetchAutoconfig(m_options.ispdbUrl(mxDomain), RankIspdbMx, false, true, mxDomain,
                        DiscoverySource::Kind::Ispdb);
        lookInSnapshot(m_mxHost, RankSnapshotMx, true);
    }
    guess(m_mxHost, RankGuessMx);
}

void Discovery::fetchAutoconfig(const QUrl &url, int rank, bool plainHttp, bool viaMx,
                                const QString &expectedDomain, DiscoverySource::Kind kind)
{
    const int id = addSource(kind, url.toString(QUrl::RemoveQuery), rank);
    const bool domainHttps = !plainHttp && !viaMx && kind == DiscoverySource::Kind::Autoconfig;
    beginStep();
    auto *fetch = new AutoconfigFetch(m_network, url, m_limits, this);
    connect(fetch, &AutoconfigFetch::finished, this,
            [this, fetch, id, plainHttp, viaMx, expectedDomain,
             domainHttps](const AutoconfigFetch::Outcome &outcome) {
                fetch->deleteLater();
                bool found = false;
                if (outcome.ok) {
                    QString error;
                    std::optional<AutoconfigConfig> config
                        = AutoconfigConfig::fromXml(outcome.body, &error);
                    if (!config) {
                        settle(id, DiscoverySource::Outcome::Error,
                               tr("the file is not a usable autoconfig file: %1").arg(error));
                    } else {
                        config->fillPlaceholders(m_result.asciiAddress);
                        const QString name = source(id).kind == DiscoverySource::Kind::Ispdb
                            ? QStringLiteral("ispdb")
                            : QStringLiteral("autoconfig");
                        const bool forDomain = config->servesDomain(expectedDomain);
                        const bool trusted = !plainHttp && forDomain;
                        addConfigCandidates(*config, source(id), name, trusted);
                        QString detail = config->displayName.isEmpty() ? config->providerId
                                                                       : config->displayName;
                        if (outcome.finalUrl.host() != QUrl(source(id).urlOrName).host())
                            detail += QLatin1Char(' ')
                                + tr("(redirected to %1)")
                                      .arg(outcome.finalUrl.toString(QUrl::RemoveQuery));
                        if (!forDomain) {
                            settle(id, DiscoverySource::Outcome::OtherDomain,
                                   tr("%1: the file is for %2, not for %3; not used without "
                                      "asking")
                                       .arg(detail,
                                            config->domains.isEmpty()
                                                ? tr("no domain")
                                                : config->domains.join(QStringLiteral(", ")),
                                            expectedDomain));
                        } else if (plainHttp) {
                            settle(id, DiscoverySource::Outcome::Untrusted,
                                   tr("%1: came over plain HTTP, so anyone on the way could "
                                      "have changed it; not used without asking")
                                       .arg(detail));
                        } else {
                            settle(id, DiscoverySource::Outcome::Found,
                                   viaMx ? tr("%1 (the provider of your mail host)").arg(detail)
                                         : detail);
                            found = true;
                        }
                    }
                } else if (outcome.notFound) {
                    settle(id, DiscoverySource::Outcome::NotFound, outcome.error);
                } else {
                    settle(id, DiscoverySource::Outcome::Error, outcome.error);
                }
                if (domainHttps) {
                    m_httpsAutoconfigFound = m_httpsAutoconfigFound || found;
                    if (--m_httpsAutoconfigLeft == 0)
                        fetchPlainHttpIfNeeded();
                }
                endStep();
            });
    fetch->start();
}

void Discovery::fetchPlainHttpIfNeeded()
{
    const QString &domain = m_result.domain;
    QString skip;
    if (m_httpsAutoconfigFound)
        skip = tr("not tried: HTTPS answered");
    else if (!m_options.autoconfigBase.isEmpty() && m_options.autoconfigHttpBase.isEmpty())
        skip = tr("not tried: no plain-HTTP test server set (SENDCHECK_AUTOCONFIG_HTTP_URL)");
    if (!skip.isEmpty()) {
        settle(addSource(DiscoverySource::Kind::Autoconfig,
                         m_options.autoconfigUrl(domain, false, true, QString()).toString(),
                         RankAutoconfigHttp),
               DiscoverySource::Outcome::Skipped, skip);
        return;
    }
    fetchAutoconfig(m_options.autoconfigUrl(domain, false, true, QString()), RankAutoconfigHttp,
                    true, false, domain, DiscoverySource::Kind::Autoconfig);
    fetchAutoconfig(m_options.autoconfigUrl(domain, true, true, QString()), RankWellKnownHttp, true,
                    false, domain, DiscoverySource::Kind::Autoconfig);
}

void Discovery::lookUpSrv(const QString &service, Security security, int rank)
{
    const QString name = service + m_result.domain;
    const int id = addSource(DiscoverySource::Kind::Srv, name, rank);
    beginStep();
    m_resolver->lookup(
        name, DnsRecordType::SRV, this, [this, id, security](const DnsAnswer &answer) {
            if (answer.ok()) {
                QList<DnsRecord> records = answer.records;
                std::stable_sort(records.begin(), records.end(),
                                 [](const DnsRecord &a, const DnsRecord &b) {
                                     return a.preference < b.preference;
                                 });
                QStringList targets;
                for (const DnsRecord &record : std::as_const(records)) {
                    if (record.target == QLatin1String(".") || record.target.isEmpty())
                        continue;
                    DiscoveryCandidate candidate;
                    candidate.probe = ProbeCandidate {record.target.toLower(), record.port,
                                                      security, QStringLiteral("srv")};
                    candidate.userName = m_result.asciiAddress;
                    source(id).candidates << candidate;
                    targets << QStringLiteral("%1:%2").arg(record.target).arg(record.port);
                }
                if (targets.isEmpty())
                    settle(id, DiscoverySource::Outcome::NotFound,
                           tr("target \".\": the domain says this service is not offered"));
                else
                    settle(id, DiscoverySource::Outcome::Found, targets.join(QStringLiteral(", ")));
            } else if (answer.isEmpty()) {
                settle(id, DiscoverySource::Outcome::NotFound, tr("no SRV record"));
            } else {
                settle(id, DiscoverySource::Outcome::Error, answer.describe());
            }
            endStep();
        });
}

void Discovery::guess(const QString &host, int rank)
{
    const int id = addSource(DiscoverySource::Kind::Guess, host, rank);
    beginStep();
    auto found = [this, id, host] {
        for (const auto &[port, security] : {std::pair {quint16(465), Security::ImplicitTls},
                                             {quint16(587), Security::StartTls}}) {
            DiscoveryCandidate candidate;
            candidate.probe = ProbeCandidate {host, port, security, QStringLiteral("guess")};
            candidate.trusted = false;
            candidate.userName = m_result.asciiAddress;
            source(id).candidates << candidate;
        }
        settle(id, DiscoverySource::Outcome::Found,
               tr("the name exists: a guess, to be tested before use"));
    };
    m_resolver->lookup(host, DnsRecordType::A, this, [this, id, host, found](const DnsAnswer &a) {
        if (a.ok()) {
            found();
            endStep();
            return;
        }
        m_resolver->lookup(
            host, DnsRecordType::AAAA, this, [this, id, found, a](const DnsAnswer &aaaa) {
                if (aaaa.ok())
                    found();
                else if (aaaa.isEmpty() && a.isEmpty())
                    settle(id, DiscoverySource::Outcome::NotFound, tr("no such name"));
                else
                    settle(id, DiscoverySource::Outcome::Error,
                           (a.isError() ? a : aaaa).describe());
                endStep();
            });
    });
}

} // namespace Sendcheck
