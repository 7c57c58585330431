// SPDX-License-Identifier: GPL-3.0-or-later
#include "autoconfigfetch.h"

#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslConfiguration>

Q_LOGGING_CATEGORY(lcDiscoveryFetch, "sendcheck.discovery.fetch")

namespace Sendcheck {

AutoconfigFetch::AutoconfigFetch(QNetworkAccessManager *manager, const QUrl &url,
                                 const Limits &limits, QObject *parent)
    : QObject(parent), m_manager(manager), m_url(url), m_limits(limits)
{
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, [this] {
        m_abortReason = tr("no complete answer within %1 seconds").arg(m_limits.timeoutMs / 1000.0);
        if (m_reply)
            m_reply->abort();
    });
}

AutoconfigFetch::~AutoconfigFetch()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

void AutoconfigFetch::start()
{
    QNetworkRequest request(m_url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::NoLessSafeRedirectPolicy);
    request.setMaximumRedirectsAllowed(m_limits.maxRedirects);
    request.setTransferTimeout(m_limits.timeoutMs);
    request.setHeader(QNetworkRequest::UserAgentHeader, QStringLiteral("Sendcheck"));
    request.setRawHeader("Accept", "text/xml, application/xml");
    if (m_url.scheme() == QLatin1String("https")) {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        if (!m_limits.extraCas.isEmpty())
            tls.addCaCertificates(m_limits.extraCas);
        request.setSslConfiguration(tls);
    }
    qCDebug(lcDiscoveryFetch) << "GET" << m_url.toString(QUrl::RemoveQuery);
    m_reply = m_manager->get(request);
    connect(m_reply, &QNetworkReply::metaDataChanged, this, [this] {
        const QVariant length = m_reply->header(QNetworkRequest::ContentLengthHeader);
        if (length.isValid() && length.toLongLong() > m_limits.maxBytes)
            refuseSize(length.toLongLong());
    });
    connect(m_reply, &QNetworkReply::downloadProgress, this, [this](qint64 received, qint64) {
        if (received > m_limits.maxBytes)
            refuseSize(received);
    });
    connect(m_reply, &QNetworkReply::finished, this, &AutoconfigFetch::onFinished);
    m_deadline.start(m_limits.timeoutMs);
}

void AutoconfigFetch::refuseSize(qint64 bytes)
{
    if (!m_abortReason.isEmpty() || !m_reply)
        return;
    m_abortReason = tr("the answer is too large (%1 bytes or more; at most %2 are read)")
                        .arg(bytes)
                        .arg(m_limits.maxBytes);
    m_reply->abort();
}

void AutoconfigFetch::onFinished()
{
    QNetworkReply *reply = m_reply;
    m_deadline.stop();
    Outcome outcome;
    outcome.finalUrl = reply->url();
    outcome.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (!m_abortReason.isEmpty()) {
        outcome.error = m_abortReason;
    } else if (reply->error() == QNetworkReply::NoError && outcome.httpStatus == 200) {
        outcome.body = reply->read(m_limits.maxBytes + 1);
        if (outcome.body.size() > m_limits.maxBytes) {
            outcome.body.clear();
            outcome.error
                = tr("the answer is too large (more than %1 bytes)").arg(m_limits.maxBytes);
        } else {
            outcome.ok = true;
        }
    } else if (outcome.httpStatus == 404 || outcome.httpStatus == 410) {
        outcome.notFound = true;
        outcome.error = tr("not there (HTTP %1)").arg(outcome.httpStatus);
    } else {
        switch (reply->error()) {
        case QNetworkReply::TooManyRedirectsError:
            outcome.error = tr("too many redirects (more than %1): a redirect loop?")
                                .arg(m_limits.maxRedirects);
            break;
        case QNetworkReply::InsecureRedirectError:
            outcome.error = tr("redirected from HTTPS to plain HTTP: refused");
            break;
        case QNetworkReply::SslHandshakeFailedError:
            outcome.error
                = tr("the server's certificate is not trusted: %1").arg(reply->errorString());
            break;
        case QNetworkReply::HostNotFoundError:
            outcome.notFound = true;
            outcome.error = tr("the server name does not exist");
            break;
        case QNetworkReply::ConnectionRefusedError:
            outcome.notFound = true;
            outcome.error = tr("no web server there (connection refused)");
            break;
        case QNetworkReply::OperationCanceledError:
        case QNetworkReply::TimeoutError:
            outcome.error
                = tr("no complete answer within %1 seconds").arg(m_limits.timeoutMs / 1000.0);
            break;
        default:
            outcome.error = outcome.httpStatus != 0
                ? tr("HTTP %1 %2")
                      .arg(outcome.httpStatus)
                      .arg(reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString())
                : reply->errorString();
            break;
        }
    }
    reply->deleteLater();
    m_reply.clear();
    finish(outcome);
}

void AutoconfigFetch::finish(Outcome outcome)
{
    if (m_done)
        return;
    m_done = true;
    Q_EMIT finished(outcome);
}

} // namespace Sendcheck
