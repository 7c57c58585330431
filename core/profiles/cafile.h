// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QSslCertificate>
#include <QString>

#include <optional>

namespace Sendcheck {

// A profile's extra CA file, read safely before anything trusts it: at most maxBytes (so
// /dev/zero or a huge file is refused at once instead of being read without end), and it must
// hold at least one certificate, PEM (one or more) or DER (one).
class CaFile
{
    Q_DECLARE_TR_FUNCTIONS(Sendcheck::CaFile)

public:
    static constexpr qint64 maxBytes = 1024 * 1024;

    // The certificates in `path`, or nullopt with `error` saying why in words.
    [[nodiscard]] static std::optional<QList<QSslCertificate>> read(const QString &path,
                                                                    QString *error);
};

} // namespace Sendcheck
