// SPDX-License-Identifier: GPL-3.0-or-later
#include "readbackresult.h"

#include "headerblock.h"

#include <QJsonArray>

#include <algorithm>

namespace Sendcheck {

namespace {

// "mx.google.com" -> "google.com": the last two labels, enough to tell one receiver from another.
QString baseDomain(const QString &host)
{
    const QStringList labels = host.toLower().split(u'.', Qt::SkipEmptyParts);
    if (labels.size() < 2)
        return host.toLower();
    return labels.mid(labels.size() - 2).join(u'.');
}

QString hopTlsName(ReceivedHop::Tls tls)
{
    switch (tls) {
    case ReceivedHop::Tls::Yes:
        return QStringLiteral("yes");
    case ReceivedHop::Tls::No:
        return QStringLiteral("no");
    case ReceivedHop::Tls::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

QJsonValue optionalNumber(const std::optional<double> &value)
{
    return value ? QJsonValue(*value) : QJsonValue();
}

} // namespace

ReadBackResult ReadBackResult::found(const QString &messageId, const QByteArray &header,
                                     const QString &folder, bool junkFolder,
                                     const QString &imapHost, double seconds)
{
    ReadBackResult result;
    result.arrived = true;
    result.seconds = seconds;
    result.messageId = messageId;
    result.folder = folder;
    result.junkFolder = junkFolder;
    const HeaderBlock block = HeaderBlock::parse(header);
    const QStringList received = block.values(u"Received");
    result.hops = ReceivedHop::path(received);
    result.receivedSpf = block.value(u"Received-SPF");
    result.spamVerdicts = SpamVerdict::read(block);

    // The receiver's verdict: the top-most Authentication-Results, unless a lower one carries
    // the receiving server's own name (a later hop may have added one of its own on top).
    const QStringList arValues = block.values(u"Authentication-Results");
    QStringList receivers;
    if (!result.hops.isEmpty())
        receivers << baseDomain(result.hops.constLast().by);
    if (!imapHost.isEmpty())
        receivers << baseDomain(imapHost);
    int chosen = arValues.isEmpty() ? -1 : 0;
    for (int i = 0; i < arValues.size(); ++i) {
        const AuthenticationResults parsed = AuthenticationResults::parse(arValues.at(i));
        if (!parsed.authservId().isEmpty() && receivers.contains(baseDomain(parsed.authservId()))) {
            chosen = i;
            break;
        }
    }
    if (chosen >= 0) {
        result.authenticationResultsRaw = arValues.at(chosen);
        result.authenticationResults = AuthenticationResults::parse(arValues.at(chosen));
    }
    result.spam = junkFolder
        || std::any_of(result.spamVerdicts.cbegin(), result.spamVerdicts.cend(),
                       [](const SpamVerdict &verdict) { return verdict.spam.value_or(false); });
    result.buildChecks();
    return result;
}

ReadBackResult ReadBackResult::notFound(const QString &messageId, int waitSeconds, double seconds)
{
    ReadBackResult result;
    result.messageId = messageId;
    result.waitSeconds = waitSeconds;
    result.seconds = seconds;
    result.buildChecks();
    return result;
}

void ReadBackResult::buildChecks()
{
    using Status = DomainCheckItem::Status;
    checks.clear();
    const auto add = [this](const QString &id, Status status, const QString &title,
                            const QString &summary, const QString &fix = QString()) {
        checks.append(DomainCheckItem {id, status, title, summary, fix, QString()});
    };
    const QString authFix
        = tr("Run the domain check for the sender's domain (sendcheck-cli domain) and fix what "
             "it shows under %1.");

    if (!arrived) {
        add(QStringLiteral("readback.arrived"), Status::Fail, tr("Arrival"),
            tr("The test message (Message-ID %1) did not arrive in the mailbox within %n seconds: "
               "not in the inbox, not in the junk folder, not in any other folder.",
               nullptr, int(waitSeconds))
                .arg(messageId),
            tr("Check that the send was accepted (250 after DATA) and the recipient address is "
               "right; look for a bounce message in the sender's mailbox. Receivers can silently "
               "drop mail that fails SPF, DKIM or DMARC: run the domain check (spf.record, "
               "dkim.selector, dmarc.alignment). Some receivers delay new senders: try a longer "
               "--wait."));
        return;
    }
    add(QStringLiteral("readback.arrived"), Status::Pass, tr("Arrival"),
        tr("The test message arrived; it was found after %1 s.")
            .arg(QString::number(seconds, 'f', 1)));

    if (junkFolder)
        add(QStringLiteral("readback.folder"), Status::Fail, tr("Folder"),
            tr("The receiver filed the message as spam, in the folder \"%1\".").arg(folder),
            authFix.arg(QStringLiteral("spf.record, dkim.selector, dmarc.alignment"))
                + QLatin1Char(' ')
                + tr("Receivers send mail to spam mostly when SPF, DKIM or DMARC fail, or when "
                     "the content looks like bulk mail."));
    else if (folder.compare(QLatin1String("INBOX"), Qt::CaseInsensitive) == 0)
        add(QStringLiteral("readback.folder"), Status::Pass, tr("Folder"),
            tr("The message landed in the inbox."));
    else
        add(QStringLiteral("readback.folder"), Status::Info, tr("Folder"),
            tr("The message was filed in the folder \"%1\", not the inbox: a filter rule of the "
               "mailbox, or the receiver's sorting.")
                .arg(folder));

    const AuthenticationResults ar = authenticationResults.value_or(AuthenticationResults());

    // SPF: the receiver's Authentication-Results, else its Received-SPF field.
    QString spf;
    QString spfDetail;
    if (const QList<AuthenticationResults::Result> r = ar.resultsFor(u"spf"); !r.isEmpty()) {
        spf = r.first().result;
        spfDetail = r.first().comment.isEmpty() ? r.first().reason : r.first().comment;
    } else if (!receivedSpf.isEmpty()) {
        spf = receivedSpf.section(u' ', 0, 0).toLower();
        spfDetail = receivedSpf.section(u' ', 1).left(200);
    }
    const QString spfFix = authFix.arg(QStringLiteral("spf.record")) + QLatin1Char(' ')
        + tr("The SPF record must name the server that sent the message.");
    if (spf.isEmpty())
        add(QStringLiteral("readback.spf"), Status::Info, tr("SPF at the receiver"),
            tr("The receiver wrote no SPF result into the message."));
    else if (spf == QLatin1String("pass"))
        add(QStringLiteral("readback.spf"), Status::Pass, tr("SPF at the receiver"),
            tr("SPF passed.") + (spfDetail.isEmpty() ? QString() : QLatin1Char(' ') + spfDetail));
    else if (spf == QLatin1String("fail") || spf == QLatin1String("softfail")
             || spf == QLatin1String("permerror"))
        add(QStringLiteral("readback.spf"), Status::Fail, tr("SPF at the receiver"),
            tr("SPF result \"%1\": the receiver does not see the sending server as allowed for "
               "the domain.")
                    .arg(spf)
                + (spfDetail.isEmpty() ? QString() : QLatin1Char(' ') + spfDetail),
            spfFix);
    else
        add(QStringLiteral("readback.spf"), Status::Warn, tr("SPF at the receiver"),
            tr("SPF result \"%1\": the domain does not say whether this server may send for it.")
                .arg(spf),
            spfFix);

    // DKIM: one passing signature is enough.
    const QList<AuthenticationResults::Result> dkim = ar.resultsFor(u"dkim");
    const auto dkimPass = std::find_if(dkim.cbegin(), dkim.cend(), [](const auto &r) {
        return r.result == QLatin1String("pass");
    });
    const QString dkimFix = authFix.arg(QStringLiteral("dkim.selector")) + QLatin1Char(' ')
        + tr("Turn on DKIM signing at the sending service and publish its key under the "
             "selector it uses.");
    if (!authenticationResults)
        add(QStringLiteral("readback.dkim"), Status::Info, tr("DKIM at the receiver"),
            tr("The receiver wrote no Authentication-Results into the message."));
    else if (dkimPass != dkim.cend())
        add(QStringLiteral("readback.dkim"), Status::Pass, tr("DKIM at the receiver"),
            tr("A DKIM signature of %1 verified.")
                .arg(dkimPass->property(u"header.d").isEmpty() ? dkimPass->property(u"header.i")
                                                               : dkimPass->property(u"header.d")));
    else if (dkim.isEmpty() || dkim.first().result == QLatin1String("none"))
        add(QStringLiteral("readback.dkim"), Status::Warn, tr("DKIM at the receiver"),
            tr("The message carried no DKIM signature the receiver checked."), dkimFix);
    else
        add(QStringLiteral("readback.dkim"), Status::Fail, tr("DKIM at the receiver"),
            tr("DKIM result \"%1\": the signature did not verify.").arg(dkim.first().result)
                + (dkim.first().comment.isEmpty() ? QString()
                                                  : QLatin1Char(' ') + dkim.first().comment),
            dkimFix);

    // DMARC.
    const QList<AuthenticationResults::Result> dmarc = ar.resultsFor(u"dmarc");
    if (!authenticationResults) {
        // said once above
    } else if (dmarc.isEmpty() || dmarc.first().result == QLatin1String("none")) {
        add(QStringLiteral("readback.dmarc"), Status::Warn, tr("DMARC at the receiver"),
            tr("The receiver found no DMARC policy for the sender's domain."),
            authFix.arg(QStringLiteral("dmarc.record")));
    } else if (dmarc.first().result == QLatin1String("pass")) {
        add(QStringLiteral("readback.dmarc"), Status::Pass, tr("DMARC at the receiver"),
            tr("DMARC passed for %1.").arg(dmarc.first().property(u"header.from")));
    } else {
        add(QStringLiteral("readback.dmarc"), Status::Fail, tr("DMARC at the receiver"),
            tr("DMARC result \"%1\": neither SPF nor DKIM passed for the domain in the From "
               "address.")
                    .arg(dmarc.first().result)
                + (dmarc.first().comment.isEmpty() ? QString()
                                                   : QLatin1Char(' ') + dmarc.first().comment),
            authFix.arg(QStringLiteral("dmarc.alignment")) + QLatin1Char(' ')
                + tr("The domain that SPF or DKIM checks must match the From address's domain."));
    }

    // ARC: only where a forwarder sealed the message.
    const QList<AuthenticationResults::Result> arc = ar.resultsFor(u"arc");
    if (!arc.isEmpty() && arc.first().result != QLatin1String("none")) {
        if (arc.first().result == QLatin1String("pass"))
            add(QStringLiteral("readback.arc"), Status::Pass, tr("ARC at the receiver"),
                tr("The ARC chain of a forwarding server verified."));
        else
            add(QStringLiteral("readback.arc"), Status::Warn, tr("ARC at the receiver"),
                tr("ARC result \"%1\": a forwarding server's seal did not verify.")
                    .arg(arc.first().result),
                tr("This is about a forwarder on the way, not the sender; if the message was "
                   "forwarded, ask its operator."));
    }

    // Spam filters.
    if (!spamVerdicts.isEmpty()) {
        const auto spamOne
            = std::find_if(spamVerdicts.cbegin(), spamVerdicts.cend(),
                           [](const SpamVerdict &v) { return v.spam.value_or(false); });
        const SpamVerdict &shown = spamOne != spamVerdicts.cend() ? *spamOne : spamVerdicts.first();
        const QString score = shown.score ? QString::number(*shown.score) : tr("no score");
        const QString threshold
            = shown.threshold ? QString::number(*shown.threshold) : tr("not given");
        if (spamOne != spamVerdicts.cend())
            add(QStringLiteral("readback.spam_score"), Status::Fail, tr("Spam filter"),
                tr("The spam filter (%1, %2) called it spam: score %3, threshold %4.")
                    .arg(shown.filter, shown.header, score, threshold),
                authFix.arg(QStringLiteral("spf.record, dkim.selector, dmarc.alignment")));
        else
            add(QStringLiteral("readback.spam_score"), Status::Pass, tr("Spam filter"),
                tr("The spam filter (%1, %2) did not call it spam: score %3, threshold %4.")
                    .arg(shown.filter, shown.header, score, threshold));
    }

    // Encryption on the way.
    if (!hops.isEmpty()) {
        QStringList plain;
        int unknown = 0;
        for (const ReceivedHop &hop : hops) {
            if (hop.tls == ReceivedHop::Tls::No)
                plain << (hop.from.isEmpty() ? tr("(unnamed)") : hop.from) + QStringLiteral(" → ")
                        + hop.by;
            else if (hop.tls == ReceivedHop::Tls::Unknown)
                ++unknown;
        }
        if (!plain.isEmpty())
            add(QStringLiteral("readback.tls_path"), Status::Warn, tr("Encryption on the way"),
                tr("Unencrypted hops: %1.", nullptr, int(plain.size()))
                    .arg(plain.join(QStringLiteral("; "))),
                tr("The first hop is yours: send with STARTTLS or TLS. Later hops are the "
                   "providers'; MTA-STS on the receiving domain makes them use TLS."));
        else if (unknown > 0)
            add(QStringLiteral("readback.tls_path"), Status::Info, tr("Encryption on the way"),
                tr("%1 of %n hops say they used TLS; the others do not say.", nullptr,
                   int(hops.size()))
                    .arg(hops.size() - unknown));
        else
            add(QStringLiteral("readback.tls_path"), Status::Pass, tr("Encryption on the way"),
                tr("Every hop (%1) used TLS.").arg(hops.size()));
    }
}

DomainCheckItem::Status ReadBackResult::worstStatus() const
{
    using Status = DomainCheckItem::Status;
    const auto rank = [](Status s) {
        switch (s) {
        case Status::Fail:
            return 4;
        case Status::Error:
            return 3;
        case Status::Warn:
            return 2;
        case Status::Info:
            return 1;
        case Status::Pass:
            return 0;
        }
        return 0;
    };
    Status worst = Status::Pass;
    for (const DomainCheckItem &item : checks)
        if (rank(item.status) > rank(worst))
            worst = item.status;
    return worst;
}

QJsonObject ReadBackResult::toJson() const
{
    QJsonObject json;
    json.insert(QStringLiteral("arrived"), arrived);
    json.insert(QStringLiteral("seconds"), double(qRound(seconds * 10)) / 10.0);
    json.insert(QStringLiteral("message_id"), messageId);
    json.insert(QStringLiteral("folder"), arrived ? QJsonValue(folder) : QJsonValue());
    json.insert(QStringLiteral("spam"), arrived ? QJsonValue(spam) : QJsonValue());
    if (!arrived)
        json.insert(QStringLiteral("wait_seconds"), waitSeconds);
    if (!gmailLabels.isEmpty())
        json.insert(QStringLiteral("labels"), QJsonArray::fromStringList(gmailLabels));
    if (internalDate.isValid())
        json.insert(QStringLiteral("internal_date"), internalDate.toString(Qt::ISODate));

    QJsonObject ar;
    if (authenticationResults) {
        ar.insert(QStringLiteral("authserv_id"), authenticationResults->authservId());
        ar.insert(QStringLiteral("raw"), authenticationResultsRaw);
        QJsonArray results;
        for (const AuthenticationResults::Result &r : authenticationResults->results()) {
            QJsonObject one {{QStringLiteral("method"), r.method},
                             {QStringLiteral("result"), r.result}};
            if (!r.reason.isEmpty())
                one.insert(QStringLiteral("reason"), r.reason);
            if (!r.comment.isEmpty())
                one.insert(QStringLiteral("comment"), r.comment);
            QJsonObject properties;
            for (const AuthenticationResults::Property &p : r.properties)
                properties.insert(p.type.isEmpty() ? p.name : p.type + QLatin1Char('.') + p.name,
                                  p.value);
            if (!properties.isEmpty())
                one.insert(QStringLiteral("properties"), properties);
            results.append(one);
            // The first result of each method, flat, for scripts: "spf": "pass".
            if (!ar.contains(r.method))
                ar.insert(r.method, r.result);
        }
        ar.insert(QStringLiteral("results"), results);
    }
    if (!receivedSpf.isEmpty())
        ar.insert(QStringLiteral("received_spf"), receivedSpf);
    json.insert(QStringLiteral("authentication_results"), ar);

    QJsonArray hopArray;
    for (const ReceivedHop &hop : hops) {
        QJsonObject one {{QStringLiteral("from"), hop.from},
                         {QStringLiteral("by"), hop.by},
                         {QStringLiteral("with"), hop.with},
                         {QStringLiteral("tls"), hopTlsName(hop.tls)}};
        if (!hop.fromAddress.isEmpty())
            one.insert(QStringLiteral("from_address"), hop.fromAddress);
        if (!hop.tlsVersion.isEmpty())
            one.insert(QStringLiteral("tls_version"), hop.tlsVersion);
        if (!hop.tlsCipher.isEmpty())
            one.insert(QStringLiteral("tls_cipher"), hop.tlsCipher);
        if (hop.time.isValid())
            one.insert(QStringLiteral("time"), hop.time.toString(Qt::ISODate));
        hopArray.append(one);
    }
    json.insert(QStringLiteral("hops"), hopArray);

    QJsonArray verdicts;
    for (const SpamVerdict &v : spamVerdicts)
        verdicts.append(
            QJsonObject {{QStringLiteral("filter"), v.filter},
                         {QStringLiteral("header"), v.header},
                         {QStringLiteral("spam"), v.spam ? QJsonValue(*v.spam) : QJsonValue()},
                         {QStringLiteral("score"), optionalNumber(v.score)},
                         {QStringLiteral("threshold"), optionalNumber(v.threshold)},
                         {QStringLiteral("detail"), v.detail}});
    json.insert(QStringLiteral("spam_verdicts"), verdicts);

    QJsonArray checkArray;
    for (const DomainCheckItem &item : checks)
        checkArray.append(item.toJson());
    json.insert(QStringLiteral("checks"), checkArray);
    return json;
}

} // namespace Sendcheck
