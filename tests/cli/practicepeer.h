// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "peerprocess.h"
#include "testsupport.h"

#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

// `sendcheck-cli practice` as a separate process (the CLI under test blocks this one), on free
// ports, with its certificate in a temporary folder.
class PracticePeer
{
public:
    explicit PracticePeer(const QStringList &scenarios = {}, const QStringList &extraArguments = {},
                          const QProcessEnvironment &environment
                          = QProcessEnvironment::systemEnvironment())
    {
        QStringList arguments {QStringLiteral("practice"),
                               QStringLiteral("--listen"),
                               QStringLiteral("127.0.0.1:0"),
                               QStringLiteral("--tls-listen"),
                               QStringLiteral("127.0.0.1:0"),
                               QStringLiteral("--cert-dir"),
                               m_dir.path()};
        for (const QString &scenario : scenarios)
            arguments << QStringLiteral("--scenario") << scenario;
        m_process = std::make_unique<TestSupport::PeerProcess>(
            TestSupport::cliPath(), arguments + extraArguments, environment);
        m_process->setReadyPattern(
            QRegularExpression(QStringLiteral("^listening smtp=127\\.0\\.0\\.1:(\\d+) tls=")));
    }
    [[nodiscard]] bool start()
    {
        if (!m_process->start())
            return false;
        const auto match = QRegularExpression(QStringLiteral("tls=127\\.0\\.0\\.1:(\\d+)"))
                               .match(QString::fromUtf8(m_process->standardOutput()));
        m_tlsPort = match.captured(1).toUShort();
        return m_tlsPort != 0;
    }
    [[nodiscard]] quint16 smtpPort() const { return m_process->port(); }
    [[nodiscard]] quint16 tlsPort() const { return m_tlsPort; }
    [[nodiscard]] QString certificatePath() const
    {
        return m_dir.filePath(QStringLiteral("practice-certificate.pem"));
    }
    [[nodiscard]] QString failureReport() { return m_process->failureReport(); }
    [[nodiscard]] QByteArray log()
    {
        return m_process->standardOutput() + m_process->standardError();
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<TestSupport::PeerProcess> m_process;
    quint16 m_tlsPort = 0;
};
