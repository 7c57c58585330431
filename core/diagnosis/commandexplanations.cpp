// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandexplanations.h"

#include <QList>

namespace Sendcheck {

namespace {
struct Sentence
{
    const char *word;
    const char *text;
};

// Longest words first where one starts another ("MAIL FROM" before "MAIL").
const Sentence commands[] = {
    {"EHLO",
     QT_TRANSLATE_NOOP("Sendcheck::CommandExplanations",
                       "EHLO: the client says hello, gives its name, and asks the server "
                       "to list the extensions it supports (ESMTP).")},
    {"HELO",
     QT_TRANSLATE_NOOP("Sendcheck::CommandExplanations",
                       "HELO: the old hello of plain SMTP; no extensions, so no "
                       "encryption and no sign-in.")},
    {"STARTTLS",
     QT_TRANSLATE_NOOP("Sendcheck::CommandExplanations",
                       "STARTTLS: asks the server to switch this connection to TLS "
                       "encryption; after the handshake the client says EHLO again.")},
    {"AUTH",
     QT_TRANSLATE_NOOP("Sendcheck::CommandExplanations",
                       "AUTH: signs in with the chosen method (PLAIN, LOGIN, CRAM-MD5, "
                       "XOAUTH2). The secret itself is never shown in the transcript.")},
    {"MAIL FROM",
     QT_TRANSLATE_NOOP("Sendcheck::CommandExplanations",
                       "MAIL FROM: starts a message and names the envelope sender, "
                       "where bounces go.")},
    {"RCPT TO",
     QT_TRANSLATE_NOOP("Sendcheck::CommandExplanations",
                       "RCPT TO: names one recipient; the server accepts or refuses "
                       "each recipient separately.")},
    {"DATA",
     QT_TRANSLATE_NOOP("Sendcheck::CommandExplanations",
                       "DATA: asks to send the message itself; after a 354 answer the "
                       "headers and body follow.")},
    {".",
     QT_TRANSLATE_NOOP("Sendcheck::CommandExplanations",
                       "The final dot: a line with only \".\" ends the message. The reply "
                       "to it says whether the server took the message.")},
    {"QUIT",
     QT_TRANSLATE_NOOP("Sendcheck::CommandExplanations",
                       "QUIT: says goodbye politely; the server answers 221 and closes "
                       "the connection.")},
    {"RSET",
     QT_TRANSLATE_NOOP("Sendcheck::CommandExplanations",
                       "RSET: forgets the message being prepared (sender, recipients) "
                       "but keeps the connection and the sign-in.")},
    {"NOOP",
     QT_TRANSLATE_NOOP("Sendcheck::CommandExplanations",
                       "NOOP: does nothing; checks that the server is still listening.")},
    {"VRFY",
     QT_TRANSLATE_NOOP("Sendcheck::CommandExplanations",
                       "VRFY: asks whether a mailbox exists; most servers decline to "
                       "say, to keep spammers from guessing addresses.")},
    {"EXPN",
     QT_TRANSLATE_NOOP("Sendcheck::CommandExplanations",
                       "EXPN: asks for the members of a mailing list; almost always "
                       "switched off for privacy.")},
};

const Sentence keywords[] = {
    {"PIPELINING",
     QT_TRANSLATE_NOOP("Sendcheck::CommandExplanations",
                       "PIPELINING: the client may send several commands without "
                       "waiting for each answer, which saves round trips.")},
    {"SIZE",
     QT_TRANSLATE_NOOP("Sendcheck::CommandExplanations",
                       "SIZE: the largest message the server accepts, in bytes.")},
    {"8BITMIME",
     QT_TRANSLATE_NOOP("Sendcheck::CommandExplanations",
                       "8BITMIME: the message may contain 8-bit text, not only "
                       "7-bit ASCII.")},
    {"SMTPUTF8",
     QT_TRANSLATE_NOOP("Sendcheck::CommandExplanations",
                       "SMTPUTF8: addresses may contain non-ASCII characters "
                       "(internationalised email).")},
    {"ENHANCEDSTATUSCODES",
     QT_TRANSLATE_NOOP("Sendcheck::CommandExplanations",
                       "ENHANCEDSTATUSCODES: replies carry a detailed code like 5.7.8 that says "
                       "more exactly what happened.")},
    {"CHUNKING",
     QT_TRANSLATE_NOOP("Sendcheck::CommandExplanations",
                       "CHUNKING: the message may be sent in sized pieces with BDAT "
                       "instead of DATA.")},
    {"STARTTLS",
     QT_TRANSLATE_NOOP("Sendcheck::CommandExplanations",
                       "STARTTLS: the server can switch this connection to "
                       "encryption.")},
    {"AUTH",
     QT_TRANSLATE_NOOP("Sendcheck::CommandExplanations",
                       "AUTH: the sign-in methods the server accepts on this connection.")},
    {"DSN",
     QT_TRANSLATE_NOOP("Sendcheck::CommandExplanations",
                       "DSN: the client may ask for delivery status notifications.")},
};

QString wordAt(const QString &line, const char *word)
{
    const QString w = QString::fromLatin1(word);
    const QString upper = line.trimmed().toUpper();
    if (upper == w)
        return w;
    if (upper.startsWith(w)
        && (upper.size() == w.size() || upper.at(w.size()) == QLatin1Char(' ')
            || upper.at(w.size()) == QLatin1Char(':') || upper.at(w.size()) == QLatin1Char('=')))
        return w;
    return {};
}
} // namespace

QString CommandExplanations::forCommand(const QString &line)
{
    for (const Sentence &sentence : commands) {
        if (!wordAt(line, sentence.word).isEmpty())
            return tr(sentence.text);
    }
    return {};
}

QString CommandExplanations::forKeyword(const QString &line)
{
    for (const Sentence &sentence : keywords) {
        if (!wordAt(line, sentence.word).isEmpty())
            return tr(sentence.text);
    }
    return {};
}

QString CommandExplanations::forReplyCode(int code)
{
    switch (code) {
    case 220:
        return tr("220: the server is ready (the greeting, or ready to start TLS).");
    case 221:
        return tr("221: the server says goodbye and closes the connection.");
    case 235:
        return tr("235: signed in.");
    case 250:
        return tr("250: done; the command was accepted.");
    case 251:
    case 252:
        return tr("%1: accepted; the server will forward or try to deliver.").arg(code);
    case 334:
        return tr("334: the server waits for the next part of the sign-in.");
    case 354:
        return tr("354: go ahead, send the message; end it with a line holding only a dot.");
    default:
        break;
    }
    if (code >= 400 && code < 500)
        return tr("%1: a temporary failure; the same command may work later.").arg(code);
    if (code >= 500 && code < 600)
        return tr("%1: a permanent failure; repeating it unchanged will not help.").arg(code);
    return {};
}

} // namespace Sendcheck
