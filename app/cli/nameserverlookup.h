// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHostAddress>
#include <QString>

#include <optional>

// The address of a nameserver given by name (--nameserver ns1.example.net), looked up through
// the system's own nameservers; nullopt with `error` set when it has none. Runs a local event
// loop: for the CLI's commands only.
[[nodiscard]] std::optional<QHostAddress> lookUpNameserver(const QString &host, QString *error);
