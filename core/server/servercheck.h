// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "blocklist.h"
#include "servercheckresult.h"
#include "smtpprobe.h"

#include "dns/dnscache.h"

#include <QHash>
#include <QHostAddress>
#include <QObject>

namespace Sendcheck {

// What to check about a mail server.
struct ServerCheckRequest
{
    QString host; // a host name or an address literal (normalized by checkHostName)
    quint16 port = 25;
    // The server's public address when it differs from what `host` resolves to here (NAT,
    // split DNS): reverse DNS and blocklists are checked for it; the connection still goes to
    // `host`. Null: the host's own addresses.
    QHostAddress ip;
    bool relayTest = false;
    QString mailFrom; // relay test: an outside sender
    QString rcptTo; // relay test: a recipient at a domain the server does not receive for
    QString ehloName; // empty: this machine's name
    int timeoutMs = 15000; // per connection attempt and per reply
};

// Is this mail server healthy and trusted? Looks up the host's addresses, the reverse DNS
// (PTR) of each and whether it is forward-confirmed, asks the DNS blocklists of
// resources/blocklists.json about each address and about the host's domain, greets the server
// (banner and EHLO, compared with the PTR names; our own address as the server shows it, checked
// the same way) and, when asked, tries whether it relays for anyone (never DATA). Findings are
// DomainCheckItems with stable ids:
//
//   host.address, ptr.record, ptr.fcrdns, banner.name, ptr.client, dnsbl.<list-id>,
//   dnsbl.not_asked, relay.open (with the relay test)
//
// Every lookup and the SMTP dialog have time limits; a fault ends its own check only.
class ServerCheck : public QObject
{
    Q_OBJECT

public:
    explicit ServerCheck(DnsResolver *resolver, QObject *parent = nullptr);

    // Starts; emits finished() once. The request's host must have passed checkHostName().
    void start(const ServerCheckRequest &request);
    // The blocklists to ask (default: the built-in catalog's); for tests.
    void setBlocklists(const QList<Blocklist> &lists) { m_lists = lists; }
    [[nodiscard]] const DnsCache &cache() const { return m_cache; }

    // Empty when `input` is a host name or an address that can be checked, with its
    // normalized form in *normalized; otherwise why not (translated).
    [[nodiscard]] static QString checkHostName(const QString &input, QString *normalized);
    // An address blocklists can list: not private, loopback, link-local or unspecified.
    [[nodiscard]] static bool isPublicAddress(const QHostAddress &address);
    // The address in "[192.0.2.1]" or "[IPv6:2001:db8::1]" in a greeting or EHLO line.
    [[nodiscard]] static QHostAddress addressInReply(const QString &text);

Q_SIGNALS:
    void finished(const Sendcheck::ServerCheckResult &result);

private:
    // Reverse DNS of one address.
    struct Reverse
    {
        bool done = false;
        DnsAnswer ptr;
        QStringList names; // PTR names
        QHash<QString, QList<QHostAddress>> forward; // name -> its addresses of the same family
        QHash<QString, QString> forwardError; // name -> DNS failure
    };
    // One list's answers.
    struct ListAnswers
    {
        Blocklist list;
        QList<QPair<QString, Blocklist::Verdict>> verdicts; // (address or domain, verdict)
        std::optional<Blocklist::Verdict> selfTest; // 127.0.0.1 / "invalid": never listed
        QString skipped; // why not asked
    };

    void hostResolved();
    void startReverse(const QHostAddress &address);
    void startBlocklists();
    void probeDone(const SmtpProbeResult &probe);
    void partDone();
    void finish();

    // The findings, in servercheck_findings.cpp.
    void addAddressFindings();
    void addPtrFindings();
    void addBannerFindings();
    void addClientFindings();
    void addBlocklistFindings();
    void addRelayFindings();
    void add(const QString &id, DomainCheckItem::Status status, const QString &title,
             const QString &summary, const QString &fix = QString());
    [[nodiscard]] QStringList confirmedNames(const QHostAddress &address) const;

    DnsCache m_cache;
    SmtpProbe m_probe;
    QList<Blocklist> m_lists;
    ServerCheckRequest m_request;
    ServerCheckResult m_result;
    QList<QHostAddress> m_hostAddresses;
    QStringList m_hostErrors;
    bool m_hostIsAddress = false;
    QHash<QString, Reverse> m_reverse; // by address text
    QList<ListAnswers> m_answers;
    int m_pending = 0;
    bool m_running = false;
};

} // namespace Sendcheck
