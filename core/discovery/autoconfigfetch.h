// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSslCertificate>
#include <QString>
#include <QTimer>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;

namespace Sendcheck {

// One GET of an autoconfig file with limits: at most `maxBytes` (a larger body is refused as
// soon as its size shows), at most `maxRedirects` redirects and never from HTTPS to HTTP,
// `timeoutMs` from start to end, TLS verified (the system's CAs plus `extraCas`). Emits
// finished() exactly once, from the event loop.
class AutoconfigFetch : public QObject
{
    Q_OBJECT

public:
    struct Limits
    {
        int timeoutMs = 10000;
        qint64 maxBytes = 1024 * 1024;
        int maxRedirects = 5;
        QList<QSslCertificate> extraCas;
    };
    struct Outcome
    {
        bool ok = false; // a 200 answer with a body within the limits
        bool notFound = false; // 404 / 410: the file is simply not there
        int httpStatus = 0;
        QByteArray body;
        QUrl finalUrl; // after redirects
        QString error; // in plain words, translated; empty when ok
    };

    AutoconfigFetch(QNetworkAccessManager *manager, const QUrl &url, const Limits &limits,
                    QObject *parent = nullptr);
    ~AutoconfigFetch() override;

    void start();

Q_SIGNALS:
    void finished(const Sendcheck::AutoconfigFetch::Outcome &outcome);

private:
    void finish(Outcome outcome);
    void onFinished();
    void refuseSize(qint64 bytes);

    QNetworkAccessManager *m_manager;
    QUrl m_url;
    Limits m_limits;
    QPointer<QNetworkReply> m_reply;
    QTimer m_deadline;
    bool m_done = false;
    QString m_abortReason;
};

} // namespace Sendcheck
