// SPDX-License-Identifier: GPL-3.0-or-later
#include "clioutput.h"
#include "commandregistry.h"

#include <QCoreApplication>
#include <QSslSocket>

static int runVersion(const QStringList &)
{
    CliOutput::out(QStringLiteral("sendcheck-cli %1 (Qt %2, TLS: %3)")
                       .arg(QCoreApplication::applicationVersion(), QString::fromLatin1(qVersion()),
                            QSslSocket::sslLibraryVersionString()));
    return CliOutput::ExitOk;
}

static const CommandRegistration registration(
    {QStringLiteral("version"),
     QT_TRANSLATE_NOOP("CliCommand", "Print the version and the TLS library in use."), runVersion});
