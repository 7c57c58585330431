// SPDX-License-Identifier: GPL-3.0-or-later
#include "readbackview.h"

#include "practicepanel.h"
#include "practiceprofiles.h"

#include "imap/readback.h"
#include "imap/readbacksetup.h"
#include "providers/providercatalog.h"
#include "send/preparedsend.h"

#include <QLabel>
#include <QScrollArea>
#include <QVBoxLayout>

namespace Sendcheck {

namespace {

QString statusMark(DomainCheckItem::Status status)
{
    switch (status) {
    case DomainCheckItem::Status::Pass:
        return QStringLiteral("\u2714");
    case DomainCheckItem::Status::Warn:
    case DomainCheckItem::Status::Info:
        return QStringLiteral("\u26A0");
    case DomainCheckItem::Status::Fail:
    case DomainCheckItem::Status::Error:
        return QStringLiteral("\u2718");
    }
    return {};
}

} // namespace

ReadBackView::ReadBackView(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("readBackTitle"));
    m_title->setTextFormat(Qt::PlainText);
    m_title->setWordWrap(true);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_details = new QLabel(this);
    m_details->setObjectName(QStringLiteral("readBackDetails"));
    m_details->setTextFormat(Qt::PlainText); // header text from the receiver stays text
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    // The findings can be long: they scroll, so the verdict above keeps its room.
    auto *scroll = new QScrollArea(this);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidgetResizable(true);
    scroll->setWidget(m_details);
    scroll->setAccessibleName(tr("What the receiver made of the message"));
    scroll->setAccessibleDescription(
        tr("Where the test message arrived and how the receiver judged it."));
    m_details->setAccessibleName(tr("What the receiver made of the message"));
    m_title->setAccessibleName(tr("Read-back"));
    layout->addWidget(m_title);
    layout->addWidget(scroll, 1);
    m_tick.setInterval(1000);
    connect(&m_tick, &QTimer::timeout, this, &ReadBackView::updateProgress);
    setAccessibleName(tr("Read-back"));
    clear();
}

ReadBackView::~ReadBackView() = default;

QString ReadBackView::newMessageId(const Profile &profile)
{
    const QString from = profile.from.trimmed();
    const qsizetype at = from.lastIndexOf(QLatin1Char('@'));
    QString domain = at < 0 ? QString() : from.mid(at + 1);
    domain.remove(QLatin1Char('>'));
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z0-9.-]+$"));
    return TestMessage::generateMessageId(plain.match(domain).hasMatch() ? domain : QString());
}

bool ReadBackView::prepare(const PreparedSend &send, const QString &messageId)
{
    clear();
    ReadBackSetup setup;
    const Profile &profile = send.profile;
    if (PracticeProfiles::isPractice(profile)) {
        // The practice server's own mailbox, on whatever port it took this time.
        const quint16 port = m_practice ? m_practice->imapsPort() : quint16(0);
        if (port == 0) {
            m_title->setText(tr("The practice mailbox is not running, so the message cannot be "
                                "read back. Start the practice server and send again."));
            setState(State::Failed);
            return false;
        }
        setup.port = port;
        setup.security = Security::ImplicitTls;
    }
    const ProviderCatalog catalog = ProviderCatalog::loadDefault();
    const Provider *preset = profile.presetId.isEmpty() || PracticeProfiles::isPractice(profile)
        ? nullptr
        : catalog.find(profile.presetId);
    QString error;
    m_settings = setup.settingsFor(profile, preset, send.credentials.kind, &error,
                                   send.credentials.grantedScopes);
    if (!m_settings) {
        m_title->setText(tr("The message cannot be read back: %1").arg(error));
        m_reportJson = ReadBack::reportJson(error);
        setState(State::Failed);
        return false;
    }
    m_secret = ReadBackSetup::secretFor(send);
    m_messageId = messageId;
    return true;
}

bool ReadBackView::startAfterSend(bool sent)
{
    if (!sent || !m_settings || m_messageId.isEmpty()) {
        m_settings.reset();
        m_secret.wipe();
        return false;
    }
    m_readBack = std::make_unique<ReadBack>();
    m_readBack->session()->setSettings(*m_settings);
    m_readBack->session()->setSecret(std::move(m_secret));
    m_readBack->setMessageId(m_messageId);
    m_readBack->setWait(m_wait);
    m_serverHost = m_settings->host;
    m_serverPort = m_settings->port;
    m_settings.reset();
    connect(m_readBack.get(), &ReadBack::finished, this, &ReadBackView::onFinished);
    m_clock.start();
    setState(State::Waiting);
    m_details->clear();
    updateProgress();
    m_tick.start();
    Q_EMIT started();
    m_readBack->start();
    return true;
}

void ReadBackView::updateProgress()
{
    if (m_state != State::Waiting)
        return;
    m_title->setText(tr("Looking for the message in the mailbox\u2026 %1 s")
                         .arg(qRound(double(m_clock.elapsed()) / 1000.0)));
}

void ReadBackView::cancel()
{
    if (m_readBack && !m_readBack->isFinished())
        m_readBack->cancel();
}

void ReadBackView::clear()
{
    if (m_readBack) {
        m_readBack->disconnect(this);
        if (!m_readBack->isFinished())
            m_readBack->cancel();
        m_readBack.release()->deleteLater();
    }
    m_tick.stop();
    m_settings.reset();
    m_secret.wipe();
    m_messageId.clear();
    m_reportJson = {};
    m_title->clear();
    m_details->clear();
    setState(State::Empty);
}

void ReadBackView::onFinished()
{
    m_tick.stop();
    m_reportJson = m_readBack->reportJson();
    if (m_readBack->hasResult()) {
        showResult(m_readBack->result());
    } else if (m_readBack->wasStopped()) {
        m_title->setText(tr("\u25A0 Stopped after %1 s: whether the message arrived is not "
                            "known.")
                             .arg(qRound(double(m_clock.elapsed()) / 1000.0)));
        m_details->setText(tr("The read-back was stopped before the message was found. Send "
                              "again with “Check that it arrived” to look for it."));
        setState(State::Stopped);
    } else {
        const ImapFailure &failure = m_readBack->failure();
        m_title->setText(tr("\u2718 The mailbox could not be read: %1").arg(failure.message));
        m_details->setText(failure.serverText.isEmpty()
                               ? QString()
                               : tr("The server said: %1").arg(failure.serverText));
        setState(State::Failed);
        const TlsInfo &tls = m_readBack->session()->tls();
        if (failure.kind == FailureKind::TlsCertificate && !tls.chain.isEmpty())
            Q_EMIT certificateRefused(tls, m_serverHost, m_serverPort);
    }
    Q_EMIT finished();
}

void ReadBackView::showResult(const ReadBackResult &result)
{
    const QString seconds = QString::number(result.seconds, 'f', 1);
    if (!result.arrived) {
        m_title->setText(tr("\u2718 Not arrived within %1 s").arg(result.waitSeconds));
        setState(State::NotArrived);
    } else if (result.spam) {
        m_title->setText(tr("\u26A0 Arrived after %1 s, but in \u201c%2\u201d (spam)")
                             .arg(seconds, result.folder));
        setState(State::Spam);
    } else {
        m_title->setText(
            tr("\u2714 Arrived after %1 s in \u201c%2\u201d").arg(seconds, result.folder));
        setState(State::Arrived);
    }
    QStringList lines;
    for (const DomainCheckItem &item : result.checks) {
        if (item.id == QLatin1String("readback.arrived"))
            continue; // the title says it
        lines << QStringLiteral("%1 %2: %3").arg(statusMark(item.status), item.title, item.summary);
        if (!item.fix.isEmpty() && item.status != DomainCheckItem::Status::Pass)
            lines << QStringLiteral("    ") + tr("What to do: %1").arg(item.fix);
    }
    if (result.authenticationResults)
        lines << tr("Authentication-Results: %1").arg(result.authenticationResultsRaw);
    m_details->setText(lines.join(QLatin1Char('\n')));
}

void ReadBackView::setState(State state)
{
    m_state = state;
    setVisible(state != State::Empty);
}

QString ReadBackView::text() const
{
    return m_title->text() + QLatin1Char('\n') + m_details->text();
}

} // namespace Sendcheck
