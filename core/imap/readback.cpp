// SPDX-License-Identifier: GPL-3.0-or-later
#include "readback.h"

#include "transcript/transcript.h"

#include <QRegularExpression>

namespace Sendcheck {

namespace {

// Names that are the junk folder where the server does not say \Junk (RFC 6154).
bool isJunkName(const QByteArray &name, const QByteArray &leaf)
{
    static const QList<QByteArray> names
        = {"junk",      "spam",         "junk e-mail",       "junk email",
           "bulk mail", "[gmail]/spam", "[google mail]/spam"};
    return names.contains(name.toLower()) || names.contains(leaf.toLower());
}

constexpr int maxFolders = 60;

} // namespace

ReadBack::ReadBack(QObject *parent) : QObject(parent), m_session(new ImapSession(this))
{
    m_waitTimer.setSingleShot(true);
    connect(&m_waitTimer, &QTimer::timeout, this, &ReadBack::onWaitOver);
    connect(m_session, &ImapSession::ready, this, &ReadBack::onReady);
    connect(m_session, &ImapSession::commandFinished, this, &ReadBack::onCommandFinished);
    connect(m_session, &ImapSession::finished, this, &ReadBack::onSessionFinished);
    connect(m_session, &ImapSession::idleEvent, this, [this] {
        if (m_step == Step::Idle) {
            Q_EMIT progress(tr("Something arrived in the inbox; searching again."));
            m_waitTimer.stop();
            m_session->stopIdle();
        }
    });
}

void ReadBack::setPollIntervals(std::chrono::milliseconds first, std::chrono::milliseconds longest)
{
    m_firstPoll = first;
    m_longestPoll = longest;
}

QStringList ReadBack::searchedFolders() const
{
    QStringList names;
    for (const Folder &folder : m_folders)
        names << QString::fromUtf8(folder.name);
    return names;
}

QJsonObject ReadBack::reportJson() const
{
    const ServerSettings &settings = m_session->settings();
    QJsonObject json;
    if (m_haveResult) {
        json = m_result.toJson();
    } else {
        if (m_stopped)
            json.insert(QStringLiteral("stopped"), true);
        json.insert(QStringLiteral("arrived"), false);
        json.insert(QStringLiteral("error"),
                    QJsonObject {{QStringLiteral("kind"), failureKindName(m_failure.kind)},
                                 {QStringLiteral("step"), m_failure.step},
                                 {QStringLiteral("message"), m_failure.message},
                                 {QStringLiteral("server_text"), m_failure.serverText}});
    }
    json.insert(QStringLiteral("imap"),
                QJsonObject {{QStringLiteral("host"), settings.host},
                             {QStringLiteral("port"), int(settings.port)},
                             {QStringLiteral("security"), securityName(settings.security)}});
    return json;
}

QJsonObject ReadBack::reportJson(const QString &setupError)
{
    return QJsonObject {
        {QStringLiteral("arrived"), false},
        {QStringLiteral("error"),
         QJsonObject {{QStringLiteral("kind"), failureKindName(FailureKind::InvalidInput)},
                      {QStringLiteral("step"), QStringLiteral("setup")},
                      {QStringLiteral("message"), setupError},
                      {QStringLiteral("server_text"), QString()}}}};
}

void ReadBack::start()
{
    m_clock.start();
    m_nextPoll = m_firstPoll;
    m_wait = std::clamp(m_wait, std::chrono::seconds(0), maxWait);
    const QString id = m_messageId.trimmed();
    static const QRegularExpression shape(QStringLiteral("^<?[\\x21-\\x7e]+>?$"));
    if (!shape.match(id).hasMatch() || id.contains(u'"') || id.contains(u'\\')) {
        m_failure.kind = FailureKind::InvalidInput;
        m_failure.step = QStringLiteral("input");
        m_failure.message = tr("The Message-ID \"%1\" cannot be searched for: it must be "
                               "printable ASCII without spaces or quotes.")
                                .arg(visibleText(id.left(200)));
        m_session->transcript()->append(Direction::Error, m_failure.message);
        QMetaObject::invokeMethod(this, &ReadBack::onSessionFinished, Qt::QueuedConnection);
        return;
    }
    m_messageId = id.startsWith(u'<') ? id : QLatin1Char('<') + id + QLatin1Char('>');
    Q_EMIT progress(tr("Signing in to the mailbox"));
    m_session->start();
}

void ReadBack::cancel()
{
    if (m_finished)
        return;
    m_waitTimer.stop();
    m_stopped = true;
    // Said as it is: a stop proves nothing about the message, either way.
    m_failure.kind = FailureKind::Cancelled;
    m_failure.step = QStringLiteral("stopped");
    m_failure.message = tr("The read-back was stopped after %1 s, before the message was found; "
                           "whether it arrived is not known.")
                            .arg(qRound(elapsedSeconds()));
    m_session->transcript()->append(Direction::Info, m_failure.message);
    if (m_session->state() == ImapSession::State::Idle || m_session->isFinished())
        QMetaObject::invokeMethod(this, &ReadBack::onSessionFinished, Qt::QueuedConnection);
    else
        m_session->cancel(); // closes the connection at once; finished() follows
}

double ReadBack::elapsedSeconds() const
{
    return m_clock.isValid() ? double(m_clock.elapsed()) / 1000.0 : 0.0;
}

void ReadBack::run(Step step, const QByteArray &command)
{
    m_step = step;
    m_session->command(command);
}

void ReadBack::onReady()
{
    if (m_step == Step::None) {
        Q_EMIT progress(tr("Listing the folders"));
        const bool specialUse
            = m_session->hasCapability("SPECIAL-USE") && m_session->hasCapability("LIST-EXTENDED");
        run(Step::List,
            specialUse ? QByteArrayLiteral("LIST \"\" \"*\" RETURN (SPECIAL-USE)")
                       : QByteArrayLiteral("LIST \"\" \"*\""));
    }
}

void ReadBack::orderFolders(const QList<ImapMailbox> &mailboxes)
{
    m_folders.clear();
    m_folders.append({QByteArrayLiteral("INBOX"), false});
    QList<Folder> junk;
    QList<Folder> others;
    for (const ImapMailbox &box : mailboxes) {
        if (box.name.compare("INBOX", Qt::CaseInsensitive) == 0 || box.hasFlag("\\NOSELECT")
            || box.hasFlag("\\NONEXISTENT") || !ImapSession::quoted(box.name))
            continue;
        if (box.hasFlag("\\JUNK")) {
            junk.prepend({box.name, true});
        } else if (isJunkName(box.name, box.leaf())) {
            junk.append({box.name, true});
        } else if (!box.hasFlag("\\SENT") && !box.hasFlag("\\DRAFTS") && !box.hasFlag("\\ALL")
                   && !box.hasFlag("\\FLAGGED")) {
            // The sent copy of a send-to-self test is not an arrival; All Mail holds everything.
            others.append({box.name, false});
        }
    }
    m_folders += junk;
    m_folders += others;
    if (m_folders.size() > maxFolders)
        m_folders.resize(maxFolders);
}

void ReadBack::searchNext()
{
    if (m_folderIndex >= m_folders.size()) {
        ++m_rounds;
        if (elapsedSeconds() >= double(m_wait.count())) {
            finishNotFound();
            return;
        }
        awaitMail();
        return;
    }
    const Folder &folder = m_folders.at(m_folderIndex);
    run(Step::Examine, "EXAMINE " + *ImapSession::quoted(folder.name));
}

void ReadBack::awaitMail()
{
    const auto left = std::chrono::milliseconds(
        qint64(double(m_wait.count()) * 1000.0 - elapsedSeconds() * 1000.0));
    const auto pause = std::max(std::chrono::milliseconds(100), std::min(left, m_nextPoll));
    m_nextPoll = std::min(m_longestPoll, m_nextPoll * 2);
    if (m_session->hasCapability("IDLE")) {
        // IDLE needs a selected mailbox: INBOX, where new mail lands first.
        m_step = Step::Examine;
        m_folderIndex = -1; // the EXAMINE that precedes IDLE
        m_session->command("EXAMINE INBOX");
        m_waitTimer.setInterval(pause);
        return;
    }
    Q_EMIT progress(tr("Not there yet; looking again in %1 s (%2 s of %3 s waited)")
                        .arg(QString::number(double(pause.count()) / 1000.0, 'f', 0))
                        .arg(qRound(elapsedSeconds()))
                        .arg(m_wait.count()));
    m_step = Step::None;
    m_waitTimer.start(pause);
}

void ReadBack::onWaitOver()
{
    if (m_step == Step::Idle) {
        m_session->stopIdle();
        return;
    }
    // Polling: NOOP keeps the session alive and lets the server report news, then search.
    run(Step::Noop, QByteArrayLiteral("NOOP"));
}

void ReadBack::onCommandFinished(const ImapCommandResult &result)
{
    switch (m_step) {
    case Step::List: {
        QList<ImapMailbox> mailboxes;
        for (const ImapResponse &response : result.untagged)
            if (std::optional<ImapMailbox> box = ImapMailbox::fromList(response))
                mailboxes.append(*box);
        orderFolders(mailboxes);
        m_folderIndex = 0;
        Q_EMIT progress(tr("Searching for %1").arg(m_messageId));
        searchNext();
        return;
    }
    case Step::Examine:
        if (m_folderIndex < 0) {
            // INBOX is selected: idle until something arrives or the pause is over.
            m_folderIndex = 0;
            m_usedIdle = true;
            m_step = Step::Idle;
            m_idleTag = m_session->startIdle();
            m_waitTimer.start();
            Q_EMIT progress(tr("Not there yet; waiting for new mail (IDLE), %1 s of %2 s "
                               "waited")
                                .arg(qRound(elapsedSeconds()))
                                .arg(m_wait.count()));
            return;
        }
        if (!result.ok()) {
            ++m_folderIndex; // a folder that cannot be opened is skipped
            searchNext();
            return;
        }
        run(Step::Search,
            "UID SEARCH HEADER Message-ID " + *ImapSession::quoted(m_messageId.toLatin1()));
        return;
    case Step::Search: {
        const QList<qint64> uids = searchUids(result);
        if (uids.isEmpty()) {
            ++m_folderIndex;
            searchNext();
            return;
        }
        QByteArray items = "INTERNALDATE BODY.PEEK[HEADER]";
        if (m_session->hasCapability("X-GM-EXT-1"))
            items += " X-GM-LABELS";
        run(Step::Fetch, "UID FETCH " + QByteArray::number(uids.constLast()) + " (" + items + ')');
        return;
    }
    case Step::Fetch:
        found(result);
        return;
    case Step::Idle:
    case Step::Noop:
        m_folderIndex = 0;
        searchNext();
        return;
    case Step::None:
    case Step::Logout:
        return;
    }
}

QList<qint64> ReadBack::searchUids(const ImapCommandResult &result)
{
    QList<qint64> uids;
    if (!result.ok())
        return uids;
    for (const ImapResponse &response : result.untagged) {
        if (response.status != "SEARCH")
            continue;
        const QList<QByteArray> words = response.line.simplified().split(' ');
        for (qsizetype i = 1; i < words.size(); ++i) {
            bool ok = false;
            const qint64 uid = words.at(i).toLongLong(&ok);
            if (ok && uid > 0)
                uids.append(uid);
        }
    }
    std::sort(uids.begin(), uids.end());
    return uids;
}

QStringList ReadBack::gmailLabels(const ImapResponse &fetch)
{
    QStringList labels;
    const qsizetype at = fetch.line.toUpper().indexOf("X-GM-LABELS (");
    if (at < 0)
        return labels;
    const qsizetype start = at + int(sizeof("X-GM-LABELS (")) - 1;
    const qsizetype end = fetch.line.indexOf(')', start);
    const QByteArray list = fetch.line.mid(start, end < 0 ? -1 : end - start);
    static const QRegularExpression item(QStringLiteral("\"((?:[^\"\\\\]|\\\\.)*)\"|(\\S+)"));
    auto it = item.globalMatch(QString::fromUtf8(list));
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        QString label = m.captured(1).isNull() ? m.captured(2) : m.captured(1);
        label.replace(QLatin1String("\\\\"), QLatin1String("\\"));
        label.replace(QLatin1String("\\\""), QLatin1String("\""));
        labels << label;
    }
    return labels;
}

void ReadBack::found(const ImapCommandResult &fetch)
{
    const ImapResponse *message = nullptr;
    for (const ImapResponse &response : fetch.untagged)
        if (response.secondWord() == "FETCH" && !response.literals.isEmpty())
            message = &response;
    if (!fetch.ok() || !message) {
        // Listed by SEARCH but not readable: keep looking elsewhere.
        ++m_folderIndex;
        searchNext();
        return;
    }
    const Folder &folder = m_folders.at(m_folderIndex);
    // The header is the literal that follows BODY[HEADER].
    QByteArray header = message->literals.constFirst();
    for (const QByteArray &literal : message->literals)
        if (literal.size() > header.size())
            header = literal;
    m_result = ReadBackResult::found(m_messageId, header, QString::fromUtf8(folder.name),
                                     folder.junk, m_session->settings().host, elapsedSeconds());
    m_result.waitSeconds = int(m_wait.count());
    m_result.gmailLabels = gmailLabels(*message);
    static const QRegularExpression date(QStringLiteral("INTERNALDATE \"([^\"]+)\""));
    const QRegularExpressionMatch m = date.match(QString::fromUtf8(message->line));
    if (m.hasMatch())
        m_result.internalDate = QDateTime::fromString(m.captured(1).trimmed(),
                                                      QStringLiteral("d-MMM-yyyy HH:mm:ss t"));
    if (m_result.gmailLabels.contains(QLatin1String("\\Spam"), Qt::CaseInsensitive))
        m_result.spam = true;
    m_haveResult = true;
    Q_EMIT progress(tr("Found in \"%1\" after %2 s")
                        .arg(m_result.folder, QString::number(m_result.seconds, 'f', 1)));
    finish();
}

void ReadBack::finishNotFound()
{
    m_result = ReadBackResult::notFound(m_messageId, int(m_wait.count()), elapsedSeconds());
    m_haveResult = true;
    Q_EMIT progress(tr("Not found within %1 s").arg(m_wait.count()));
    finish();
}

void ReadBack::finish()
{
    m_waitTimer.stop();
    m_step = Step::Logout;
    m_session->logout();
}

void ReadBack::onSessionFinished()
{
    m_waitTimer.stop();
    if (m_finished)
        return;
    if (m_stopped && m_haveResult)
        m_stopped = false; // found (or not) before the stop took effect: the result stands
    if (m_session->failure().isFailure() && !m_failure.isFailure())
        m_failure = m_session->failure();
    m_finished = true;
    Q_EMIT finished();
}

} // namespace Sendcheck
