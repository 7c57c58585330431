// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "practicemailbox.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QSslConfiguration>
#include <QTimer>

#include <memory>
#include <optional>

class QSslSocket;

namespace Sendcheck {

struct PracticeSettings;

// One IMAP4rev1 connection to the practice mailbox (RFC 3501, with IDLE, SPECIAL-USE, SASL-IR
// and LITERAL+): enough for a mail client or Sendcheck's read-back to log in, find the test
// message by its Message-ID and read its header. Read-only: nothing is stored or deleted.
//
// Like the SMTP side it is a server on the user's machine, so it is strict and bounded: no
// login before TLS (LOGINDISABLED), anything a client pipelines after STARTTLS is dropped,
// lines and literals have caps, too many bad commands or a long silence end the connection.
class PracticeImapSession : public QObject
{
    Q_OBJECT
public:
    static constexpr qsizetype MaxLine = 8192;
    static constexpr qsizetype MaxLiteral = 64 * 1024;
    static constexpr int MaxBadCommands = 20;
    static constexpr int IdleTimeoutMs = 5 * 60 * 1000;

    PracticeImapSession(std::unique_ptr<QSslSocket> socket, bool implicitTls,
                        const QSslConfiguration &tls, const PracticeSettings *settings,
                        const PracticeMailbox *mailbox, QObject *parent = nullptr);
    ~PracticeImapSession() override;

    void start();

Q_SIGNALS:
    void finished();

private:
    struct Token
    {
        enum class Kind { Atom, String, List } kind = Kind::Atom;
        QByteArray text; // for a List: the raw text inside the parentheses
    };

    void onReadyRead();
    void onEncrypted();
    void handleCommand(const QByteArray &command);
    void dispatch(const QByteArray &tag, const QByteArray &name, const QList<Token> &args,
                  bool uid);
    void capability(const QByteArray &tag);
    void startTls(const QByteArray &tag);
    void login(const QByteArray &tag, const QList<Token> &args);
    void authenticate(const QByteArray &tag, const QList<Token> &args);
    void finishPlain(const QByteArray &tag, const QByteArray &base64);
    void list(const QByteArray &tag, const QList<Token> &args);
    void status(const QByteArray &tag, const QList<Token> &args);
    void select(const QByteArray &tag, const QList<Token> &args, bool readOnly);
    void search(const QByteArray &tag, const QList<Token> &args, bool uid);
    void fetch(const QByteArray &tag, const QList<Token> &args, bool uid);
    void idle(const QByteArray &tag);
    void onDelivered(PracticeMailbox::Folder folder);

    [[nodiscard]] bool loginAllowed() const;
    [[nodiscard]] QList<const PracticeMailbox::Message *> selectedMessages() const;
    // The messages a sequence set ("1:3,5", "4:*") names, by sequence number or by UID.
    [[nodiscard]] QList<int> resolveSet(const QByteArray &set, bool uid) const;
    void signIn(const QByteArray &tag, const QByteArray &user, const QByteArray &password,
                const QByteArray &command);
    void bad(const QByteArray &tag, const QByteArray &text);
    void send(const QByteArray &line);
    void close();
    void finish();

    static QList<Token> tokenize(const QByteArray &text, bool *ok);

    std::unique_ptr<QSslSocket> m_socket;
    QSslConfiguration m_tls;
    const PracticeSettings *m_settings;
    const PracticeMailbox *m_mailbox;
    QByteArray m_input;
    QByteArray m_command; // a command being assembled across literals
    qsizetype m_literalLeft = 0;
    QByteArray m_pendingAuthTag; // AUTHENTICATE PLAIN waiting for its response line
    QByteArray m_idleTag;
    std::optional<PracticeMailbox::Folder> m_selected;
    int m_selectedCount = 0;
    int m_badCommands = 0;
    QTimer m_idleTimer;
    bool m_implicitTls;
    bool m_tlsActive = false;
    bool m_authenticated = false;
    bool m_closing = false;
    bool m_finished = false;
};

} // namespace Sendcheck
