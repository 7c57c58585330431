// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace TestSupport {

// Looks for a secret in `haystack` in every form it travels in: as is, base64 (at any alignment
// inside a longer base64 text, so SASL PLAIN/LOGIN/XOAUTH2 lines are caught too), base64url,
// the exact AUTH PLAIN and XOAUTH2 payloads, hex, and URL/form encoded. Returns one description
// per finding ("base64 of the AUTH PLAIN payload at offset 120"); empty when nothing leaked.
// The descriptions never contain the secret, so they are safe to print in test output.
//
//   const QStringList leaks = TestSupport::findSecretLeaks(result.standardOutput, "user",
//                                                          "Pl4nted-S3cret-xyz");
//   QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join('\n')));
//
// Secrets shorter than 6 bytes are refused (one finding saying so): a short string would match
// by chance and prove nothing.
[[nodiscard]] QStringList findSecretLeaks(const QByteArray &haystack, const QByteArray &user,
                                          const QByteArray &secret);

// The same for every regular file under `directory` (recursively, hidden files included);
// each finding is prefixed with the file's path.
[[nodiscard]] QStringList findSecretLeaksInDirectory(const QString &directory,
                                                     const QByteArray &user,
                                                     const QByteArray &secret);

} // namespace TestSupport
