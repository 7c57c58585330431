// SPDX-License-Identifier: GPL-3.0-or-later
#include "practiceimapsession.h"

#include "practicesettings.h"
#include "readback/headerblock.h"

#include <QLocale>
#include <QRegularExpression>
#include <QSslSocket>

namespace Sendcheck {

namespace {

QByteArray quoted(const QString &text)
{
    QByteArray out = text.toUtf8();
    out.replace('\\', "\\\\").replace('"', "\\\"");
    return '"' + out + '"';
}

QByteArray literal(const QByteArray &bytes)
{
    return '{' + QByteArray::number(bytes.size()) + "}\r\n" + bytes;
}

QByteArray headerOf(const QByteArray &content)
{
    const qsizetype end = content.indexOf("\r\n\r\n");
    return end < 0 ? content : content.left(end + 4);
}

QByteArray internalDate(const QDateTime &time)
{
    return '"'
        + QLocale::c().toString(time.toUTC(), QStringLiteral("dd-MMM-yyyy hh:mm:ss")).toLatin1()
        + " +0000\"";
}

} // namespace

PracticeImapSession::PracticeImapSession(std::unique_ptr<QSslSocket> socket, bool implicitTls,
                                         const QSslConfiguration &tls,
                                         const PracticeSettings *settings,
                                         const PracticeMailbox *mailbox, QObject *parent)
    : QObject(parent)
    , m_socket(std::move(socket))
    , m_tls(tls)
    , m_settings(settings)
    , m_mailbox(mailbox)
    , m_implicitTls(implicitTls)
{
    m_socket->setParent(nullptr);
    m_socket->setReadBufferSize(MaxLine + MaxLiteral);
    m_idleTimer.setSingleShot(true);
    m_idleTimer.setInterval(IdleTimeoutMs);
    connect(&m_idleTimer, &QTimer::timeout, this, [this] {
        send("* BYE Idle for too long");
        close();
    });
    connect(m_socket.get(), &QSslSocket::readyRead, this, &PracticeImapSession::onReadyRead);
    connect(m_socket.get(), &QSslSocket::encrypted, this, &PracticeImapSession::onEncrypted);
    connect(m_socket.get(), &QSslSocket::disconnected, this, [this] {
        m_closing = true;
        finish();
    });
    connect(m_socket.get(), &QSslSocket::errorOccurred, this, [this] { close(); });
    connect(m_mailbox, &PracticeMailbox::delivered, this, &PracticeImapSession::onDelivered);
}

PracticeImapSession::~PracticeImapSession() = default;

void PracticeImapSession::start()
{
    m_idleTimer.start();
    if (m_implicitTls) {
        m_socket->setSslConfiguration(m_tls);
        m_socket->startServerEncryption();
        return; // the greeting follows the handshake
    }
    send("* OK [CAPABILITY IMAP4rev1 STARTTLS LOGINDISABLED] Sendcheck practice IMAP ready");
}

void PracticeImapSession::onEncrypted()
{
    m_tlsActive = true;
    if (m_implicitTls)
        send("* OK [CAPABILITY IMAP4rev1 SASL-IR IDLE SPECIAL-USE LITERAL+ AUTH=PLAIN] "
             "Sendcheck practice IMAP ready");
}

void PracticeImapSession::onReadyRead()
{
    if (m_closing)
        return;
    m_input += m_socket->readAll();
    m_idleTimer.start();
    while (!m_closing) {
        if (m_literalLeft > 0) {
            if (m_input.isEmpty())
                return;
            const qsizetype take = qMin(m_literalLeft, m_input.size());
            m_command += m_input.left(take);
            m_input.remove(0, take);
            m_literalLeft -= take;
            continue;
        }
        const qsizetype end = m_input.indexOf('\n');
        if (end < 0 ? m_input.size() > MaxLine : end > MaxLine) {
            send("* BAD Line too long");
            close();
            return;
        }
        if (end < 0)
            return;
        QByteArray line = m_input.left(end);
        m_input.remove(0, end + 1);
        if (line.endsWith('\r'))
            line.chop(1);
        if (!m_idleTag.isEmpty()) {
            if (line.trimmed().compare("DONE", Qt::CaseInsensitive) == 0)
                send(m_idleTag + " OK IDLE terminated");
            else
                send("* BAD Expected DONE");
            m_idleTag.clear();
            continue;
        }
        if (!m_pendingAuthTag.isEmpty()) {
            const QByteArray tag = std::exchange(m_pendingAuthTag, QByteArray());
            finishPlain(tag, line.trimmed());
            continue;
        }
        m_command += line;
        static const QRegularExpression literalMark(QStringLiteral("\\{([0-9]{1,9})(\\+?)\\}$"));
        const QRegularExpressionMatch mark = literalMark.match(QString::fromLatin1(line));
        if (mark.hasMatch()) {
            const qsizetype size = mark.captured(1).toLongLong();
            if (size > MaxLiteral || m_command.size() + size > MaxLine + MaxLiteral) {
                send(m_command.left(m_command.indexOf(' ')).left(64) + " BAD Literal too large");
                close();
                return;
            }
            m_command += "\r\n";
            m_literalLeft = size;
            if (mark.captured(2).isEmpty())
                send("+ Ready for literal data");
            continue;
        }
        const QByteArray command = std::exchange(m_command, QByteArray());
        handleCommand(command);
    }
}

QList<PracticeImapSession::Token> PracticeImapSession::tokenize(const QByteArray &text, bool *ok)
{
    QList<Token> tokens;
    *ok = true;
    qsizetype i = 0;
    const qsizetype n = text.size();
    while (i < n) {
        const char c = text.at(i);
        if (c == ' ') {
            ++i;
        } else if (c == '"') {
            QByteArray value;
            for (++i; i < n && text.at(i) != '"'; ++i) {
                if (text.at(i) == '\\' && i + 1 < n)
                    ++i;
                value += text.at(i);
            }
            if (i >= n) {
                *ok = false;
                return tokens;
            }
            ++i;
            tokens.append({Token::Kind::String, value});
        } else if (c == '{') {
            const qsizetype close = text.indexOf('}', i);
            bool numberOk = false;
            const qsizetype size = close < 0
                ? 0
                : text.mid(i + 1, close - i - 1).replace('+', "").toLongLong(&numberOk);
            if (!numberOk || text.mid(close + 1, 2) != "\r\n" || close + 3 + size > n) {
                *ok = false;
                return tokens;
            }
            tokens.append({Token::Kind::String, text.mid(close + 3, size)});
            i = close + 3 + size;
        } else if (c == '(') {
            int depth = 0;
            const qsizetype start = i;
            for (; i < n; ++i) {
                if (text.at(i) == '(')
                    ++depth;
                else if (text.at(i) == ')' && --depth == 0)
                    break;
            }
            if (i >= n) {
                *ok = false;
                return tokens;
            }
            tokens.append({Token::Kind::List, text.mid(start + 1, i - start - 1)});
            ++i;
        } else {
            // An atom; section brackets (BODY.PEEK[HEADER.FIELDS (X)]) belong to it.
            const qsizetype start = i;
            int brackets = 0;
            while (i < n && (brackets > 0 || (text.at(i) != ' ' && text.at(i) != '('))) {
                if (text.at(i) == '[')
                    ++brackets;
                else if (text.at(i) == ']')
                    --brackets;
                ++i;
            }
            tokens.append({Token::Kind::Atom, text.mid(start, i - start)});
        }
    }
    return tokens;
}

void PracticeImapSession::handleCommand(const QByteArray &command)
{
    bool ok = false;
    QList<Token> tokens = tokenize(command, &ok);
    if (tokens.size() < 2 || tokens.at(0).kind != Token::Kind::Atom) {
        bad("*", "Expected a tag and a command");
        return;
    }
    const QByteArray tag = tokens.takeFirst().text.left(64);
    if (!ok) {
        bad(tag, "Unbalanced quotes, parentheses or literal");
        return;
    }
    QByteArray name = tokens.takeFirst().text.toUpper();
    bool uid = false;
    if (name == "UID" && !tokens.isEmpty()) {
        uid = true;
        name = tokens.takeFirst().text.toUpper();
    }
    dispatch(tag, name, tokens, uid);
}

void PracticeImapSession::dispatch(const QByteArray &tag, const QByteArray &name,
                                   const QList<Token> &args, bool uid)
{
    if (name == "CAPABILITY")
        return capability(tag);
    if (name == "NOOP") {
        if (m_selected && int(selectedMessages().size()) != m_selectedCount) {
            m_selectedCount = int(selectedMessages().size());
            send("* " + QByteArray::number(m_selectedCount) + " EXISTS");
        }
        return send(tag + " OK NOOP completed");
    }
    if (name == "LOGOUT") {
        send("* BYE Logging out");
        send(tag + " OK LOGOUT completed");
        return close();
    }
    if (name == "STARTTLS")
        return startTls(tag);
    if (name == "LOGIN")
        return login(tag, args);
    if (name == "AUTHENTICATE")
        return authenticate(tag, args);
    if (!m_authenticated)
        return bad(tag, "Log in first");
    if (name == "LIST")
        return list(tag, args);
    if (name == "STATUS")
        return status(tag, args);
    if (name == "SELECT" || name == "EXAMINE")
        return select(tag, args, name == "EXAMINE");
    if (name == "IDLE")
        return idle(tag);
    if (!m_selected)
        return bad(tag, "Select a mailbox first");
    if (name == "SEARCH")
        return search(tag, args, uid);
    if (name == "FETCH")
        return fetch(tag, args, uid);
    if (name == "CLOSE" || name == "UNSELECT") {
        m_selected.reset();
        return send(tag + " OK " + name + " completed");
    }
    bad(tag, "Unknown or unsupported command (the practice mailbox is read-only)");
}

void PracticeImapSession::capability(const QByteArray &tag)
{
    QByteArray caps = "* CAPABILITY IMAP4rev1 SASL-IR IDLE SPECIAL-USE LITERAL+";
    caps += loginAllowed() ? " AUTH=PLAIN" : " STARTTLS LOGINDISABLED";
    send(caps);
    send(tag + " OK CAPABILITY completed");
}

bool PracticeImapSession::loginAllowed() const
{
    return m_socket->isEncrypted();
}

void PracticeImapSession::startTls(const QByteArray &tag)
{
    if (m_tlsActive || m_implicitTls)
        return bad(tag, "TLS is already active");
    send(tag + " OK Begin TLS negotiation now");
    // Whatever the client sent after STARTTLS, before the handshake, was not protected by
    // TLS: it is dropped, never read as commands (RFC 3207's lesson, CVE-2011-0411).
    m_input.clear();
    m_command.clear();
    m_tlsActive = true;
    m_socket->setSslConfiguration(m_tls);
    m_socket->startServerEncryption();
}

void PracticeImapSession::login(const QByteArray &tag, const QList<Token> &args)
{
    if (!loginAllowed())
        return bad(tag, "Log in after STARTTLS (LOGINDISABLED)");
    if (args.size() != 2 || args.at(0).kind == Token::Kind::List
        || args.at(1).kind == Token::Kind::List)
        return bad(tag, "LOGIN needs a user name and a password");
    signIn(tag, args.at(0).text, args.at(1).text, "LOGIN");
}

void PracticeImapSession::authenticate(const QByteArray &tag, const QList<Token> &args)
{
    if (!loginAllowed())
        return bad(tag, "Authenticate after STARTTLS (LOGINDISABLED)");
    if (args.isEmpty() || args.at(0).text.toUpper() != "PLAIN") {
        send(tag + " NO [CANNOT] Only AUTHENTICATE PLAIN is offered");
        return;
    }
    if (args.size() >= 2)
        return finishPlain(tag, args.at(1).text);
    m_pendingAuthTag = tag;
    send("+ ");
}

void PracticeImapSession::finishPlain(const QByteArray &tag, const QByteArray &base64)
{
    if (base64 == "*") {
        send(tag + " BAD AUTHENTICATE cancelled");
        return;
    }
    const auto decoded = QByteArray::fromBase64Encoding(base64 == "=" ? QByteArray() : base64,
                                                        QByteArray::AbortOnBase64DecodingErrors);
    const QList<QByteArray> parts = decoded.decoded.split('\0');
    if (!decoded || parts.size() != 3) {
        send(tag + " BAD Not a PLAIN response (authzid NUL user NUL password, base64)");
        return;
    }
    signIn(tag, parts.at(1), parts.at(2), "AUTHENTICATE");
}

void PracticeImapSession::signIn(const QByteArray &tag, const QByteArray &user,
                                 const QByteArray &password, const QByteArray &command)
{
    if (QString::fromUtf8(user) == m_settings->user && password == m_settings->password
        && !m_settings->password.isEmpty()) {
        m_authenticated = true;
        send(tag + " OK [CAPABILITY IMAP4rev1 SASL-IR IDLE SPECIAL-USE LITERAL+] " + command
             + " completed");
        return;
    }
    ++m_badCommands;
    send(tag + " NO [AUTHENTICATIONFAILED] Authentication failed");
    if (m_badCommands >= MaxBadCommands)
        close();
}

void PracticeImapSession::list(const QByteArray &tag, const QList<Token> &args)
{
    QList<Token> rest = args;
    bool specialUseOnly = false;
    if (!rest.isEmpty() && rest.first().kind == Token::Kind::List) { // RFC 5258 selection
        specialUseOnly = rest.takeFirst().text.toUpper().contains("SPECIAL-USE");
    }
    if (rest.size() < 2)
        return bad(tag, "LIST needs a reference and a mailbox pattern");
    const QByteArray pattern = rest.at(1).text;
    if (pattern.isEmpty()) {
        send("* LIST (\\Noselect) \"/\" \"\"");
        return send(tag + " OK LIST completed");
    }
    for (const PracticeMailbox::Folder folder :
         {PracticeMailbox::Folder::Inbox, PracticeMailbox::Folder::Junk}) {
        const QString name = PracticeMailbox::folderName(folder);
        const bool matches = pattern == "*" || pattern == "%"
            || PracticeMailbox::folderFromName(QString::fromUtf8(pattern)) == folder;
        const bool junk = folder == PracticeMailbox::Folder::Junk;
        if (!matches || (specialUseOnly && !junk))
            continue;
        send("* LIST (\\HasNoChildren" + QByteArray(junk ? " \\Junk" : "") + ") \"/\" "
             + quoted(name));
    }
    send(tag + " OK LIST completed");
}

void PracticeImapSession::status(const QByteArray &tag, const QList<Token> &args)
{
    if (args.size() != 2 || args.at(1).kind != Token::Kind::List)
        return bad(tag, "STATUS needs a mailbox and a list of items");
    const auto folder = PracticeMailbox::folderFromName(QString::fromUtf8(args.at(0).text));
    if (!folder)
        return send(tag + " NO [NONEXISTENT] No such mailbox");
    QList<QByteArray> items;
    for (const QByteArray &item : args.at(1).text.toUpper().split(' ')) {
        if (item == "MESSAGES")
            items << "MESSAGES " + QByteArray::number(m_mailbox->messages(*folder).size());
        else if (item == "UIDNEXT")
            items << "UIDNEXT " + QByteArray::number(m_mailbox->uidNext());
        else if (item == "UIDVALIDITY")
            items << "UIDVALIDITY " + QByteArray::number(m_mailbox->uidValidity());
        else if (item == "UNSEEN" || item == "RECENT")
            items << item + " 0";
    }
    send("* STATUS " + quoted(PracticeMailbox::folderName(*folder)) + " (" + items.join(' ') + ")");
    send(tag + " OK STATUS completed");
}

void PracticeImapSession::select(const QByteArray &tag, const QList<Token> &args, bool readOnly)
{
    m_selected.reset();
    if (args.size() != 1)
        return bad(tag, "SELECT needs one mailbox name");
    const auto folder = PracticeMailbox::folderFromName(QString::fromUtf8(args.at(0).text));
    if (!folder)
        return send(tag + " NO [NONEXISTENT] No such mailbox");
    m_selected = folder;
    m_selectedCount = int(selectedMessages().size());
    send("* FLAGS (\\Seen \\Answered \\Flagged \\Deleted \\Draft)");
    send("* " + QByteArray::number(m_selectedCount) + " EXISTS");
    send("* 0 RECENT");
    send("* OK [UIDVALIDITY " + QByteArray::number(m_mailbox->uidValidity()) + "] UIDs valid");
    send("* OK [UIDNEXT " + QByteArray::number(m_mailbox->uidNext()) + "] Predicted next UID");
    send(tag
         + (readOnly ? " OK [READ-ONLY] EXAMINE completed" : " OK [READ-WRITE] SELECT completed"));
}

QList<const PracticeMailbox::Message *> PracticeImapSession::selectedMessages() const
{
    return m_selected ? m_mailbox->messages(*m_selected)
                      : QList<const PracticeMailbox::Message *>();
}

QList<int> PracticeImapSession::resolveSet(const QByteArray &set, bool uid) const
{
    const QList<const PracticeMailbox::Message *> messages = selectedMessages();
    const quint32 highest
        = messages.isEmpty() ? 0 : (uid ? messages.last()->uid : quint32(messages.size()));
    QList<int> indexes;
    for (const QByteArray &range : set.split(',')) {
        const QList<QByteArray> ends = range.split(':');
        auto number = [highest](const QByteArray &text, bool *ok) {
            if (text == "*") {
                *ok = true;
                return highest;
            }
            return text.toUInt(ok);
        };
        bool ok1 = false;
        bool ok2 = false;
        quint32 first = number(ends.value(0), &ok1);
        quint32 last = ends.size() == 2 ? number(ends.value(1), &ok2) : first;
        if (!ok1 || (ends.size() == 2 && !ok2) || ends.size() > 2)
            return {-1};
        if (first > last)
            std::swap(first, last);
        for (int i = 0; i < messages.size(); ++i) {
            const quint32 key = uid ? messages.at(i)->uid : quint32(i + 1);
            if (key >= first && key <= last && !indexes.contains(i))
                indexes.append(i);
        }
    }
    return indexes;
}

void PracticeImapSession::search(const QByteArray &tag, const QList<Token> &args, bool uid)
{
    const QList<const PracticeMailbox::Message *> messages = selectedMessages();
    QList<int> found;
    const QByteArray key = args.value(0).text.toUpper();
    if (args.size() == 1 && key == "ALL") {
        for (int i = 0; i < messages.size(); ++i)
            found.append(i);
    } else if (args.size() == 3 && key == "HEADER") {
        const QString field = QString::fromUtf8(args.at(1).text);
        const QString value = QString::fromUtf8(args.at(2).text);
        for (int i = 0; i < messages.size(); ++i) {
            const HeaderBlock header = HeaderBlock::parse(headerOf(messages.at(i)->content));
            for (const QString &fieldValue : header.values(field)) {
                if (fieldValue.contains(value, Qt::CaseInsensitive)) {
                    found.append(i);
                    break;
                }
            }
        }
    } else if (args.size() == 2 && key == "UID") {
        found = resolveSet(args.at(1).text, true);
    } else {
        return bad(tag, "SEARCH here understands ALL, HEADER field value and UID set");
    }
    if (found.contains(-1))
        return bad(tag, "Not a sequence set");
    QByteArray line = "* SEARCH";
    for (int i : std::as_const(found))
        line += ' ' + QByteArray::number(uid ? messages.at(i)->uid : quint32(i + 1));
    send(line);
    send(tag + " OK SEARCH completed");
}

void PracticeImapSession::fetch(const QByteArray &tag, const QList<Token> &args, bool uid)
{
    if (args.size() != 2)
        return bad(tag, "FETCH needs a sequence set and data items");
    const QList<int> indexes = resolveSet(args.at(0).text, uid);
    if (indexes.contains(-1))
        return bad(tag, "Not a sequence set");
    QList<QByteArray> items = args.at(1).kind == Token::Kind::List
        ? args.at(1).text.toUpper().split(' ')
        : QList<QByteArray> {args.at(1).text.toUpper()};
    if (uid && !items.contains("UID"))
        items.prepend("UID");
    static const QList<QByteArray> known
        = {"UID",          "FLAGS",         "INTERNALDATE", "RFC822.SIZE", "BODY.PEEK[HEADER]",
           "BODY[HEADER]", "RFC822.HEADER", "BODY.PEEK[]",  "BODY[]",      "RFC822"};
    for (const QByteArray &item : std::as_const(items)) {
        if (!item.isEmpty() && !known.contains(item))
            return bad(tag, "Unsupported FETCH item " + item.left(40));
    }
    const QList<const PracticeMailbox::Message *> messages = selectedMessages();
    for (int index : indexes) {
        const PracticeMailbox::Message *message = messages.at(index);
        QList<QByteArray> parts;
        for (const QByteArray &item : std::as_const(items)) {
            if (item == "UID")
                parts << "UID " + QByteArray::number(message->uid);
            else if (item == "FLAGS")
                parts << "FLAGS ()";
            else if (item == "INTERNALDATE")
                parts << "INTERNALDATE " + internalDate(message->received);
            else if (item == "RFC822.SIZE")
                parts << "RFC822.SIZE " + QByteArray::number(message->content.size());
            else if (item == "BODY.PEEK[HEADER]" || item == "BODY[HEADER]")
                parts << "BODY[HEADER] " + literal(headerOf(message->content));
            else if (item == "RFC822.HEADER")
                parts << "RFC822.HEADER " + literal(headerOf(message->content));
            else if (item == "BODY.PEEK[]" || item == "BODY[]")
                parts << "BODY[] " + literal(message->content);
            else if (item == "RFC822")
                parts << "RFC822 " + literal(message->content);
        }
        send("* " + QByteArray::number(index + 1) + " FETCH (" + parts.join(' ') + ')');
    }
    send(tag + " OK FETCH completed");
}

void PracticeImapSession::idle(const QByteArray &tag)
{
    m_idleTag = tag;
    send("+ idling");
}

void PracticeImapSession::onDelivered(PracticeMailbox::Folder folder)
{
    if (!m_selected || *m_selected != folder || m_idleTag.isEmpty())
        return;
    m_selectedCount = int(selectedMessages().size());
    send("* " + QByteArray::number(m_selectedCount) + " EXISTS");
}

void PracticeImapSession::bad(const QByteArray &tag, const QByteArray &text)
{
    send(tag + " BAD " + text);
    if (++m_badCommands >= MaxBadCommands) {
        send("* BYE Too many bad commands");
        close();
    }
}

void PracticeImapSession::send(const QByteArray &line)
{
    if (m_closing || !m_socket)
        return;
    m_socket->write(line + "\r\n");
}

void PracticeImapSession::close()
{
    if (m_closing)
        return;
    m_closing = true;
    m_idleTimer.stop();
    m_socket->disconnectFromHost();
    if (m_socket->state() == QAbstractSocket::UnconnectedState)
        finish();
}

void PracticeImapSession::finish()
{
    if (std::exchange(m_finished, true))
        return;
    Q_EMIT finished();
}

} // namespace Sendcheck
