// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "authenticationresults.h"
#include "receivedhop.h"
#include "spamverdict.h"

#include "domain/domaincheckitem.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Sendcheck {

// What reading a test message back from the receiving mailbox found: whether and where it
// arrived, and how the receiver judged it (its Authentication-Results, Received-SPF, the hops
// with their TLS, spam verdicts), with one check row per finding under a stable id
// (readback.arrived, readback.folder, readback.spf, readback.dkim, readback.dmarc,
// readback.arc, readback.spam_score, readback.tls_path) whose fix names the domain check to run.
struct ReadBackResult
{
    Q_DECLARE_TR_FUNCTIONS(Sendcheck::ReadBackResult)
public:
    bool arrived = false;
    double seconds = 0; // from the start of the read-back until it was found (or gave up)
    int waitSeconds = 0; // how long it was allowed to wait
    QString messageId;
    QString folder; // as the server names it ("INBOX", "Junk", "[Gmail]/Spam")
    bool junkFolder = false; // the folder is the junk/spam folder (special-use or name)
    bool spam = false; // junk folder, or a spam filter said spam
    QStringList gmailLabels;
    QDateTime internalDate; // when the receiving server filed it
    std::optional<AuthenticationResults> authenticationResults; // the receiver's own
    QString authenticationResultsRaw;
    QString receivedSpf; // the top-most Received-SPF value
    QList<ReceivedHop> hops; // oldest first
    QList<SpamVerdict> spamVerdicts;
    QList<DomainCheckItem> checks;

    // The found message's header: picks the receiver's Authentication-Results (the top-most,
    // preferring one whose authserv-id is the receiving server, named by the newest Received
    // field or by `imapHost`'s domain), reads the rest, and builds the checks.
    [[nodiscard]] static ReadBackResult found(const QString &messageId, const QByteArray &header,
                                              const QString &folder, bool junkFolder,
                                              const QString &imapHost, double seconds = 0);
    // Not found within the wait.
    [[nodiscard]] static ReadBackResult notFound(const QString &messageId, int waitSeconds,
                                                 double seconds);

    // {"arrived","seconds","folder","spam","message_id","labels","authentication_results",
    //  "received_spf","hops","spam_verdicts","checks"}
    [[nodiscard]] QJsonObject toJson() const;
    // The worst status among the checks (Pass when there are none).
    [[nodiscard]] DomainCheckItem::Status worstStatus() const;

private:
    void buildChecks();
};

} // namespace Sendcheck
