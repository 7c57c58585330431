// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "blocklist.h"

#include <QByteArray>
#include <QList>

namespace Sendcheck {

// The blocklists Sendcheck knows, from resources/blocklists.json (compiled in as
// ":/blocklists.json"). Vendors change zones and codes: they are data, not code.
class BlocklistCatalog
{
public:
    // The built-in list; empty (and a warning in the log) only if the resource is broken,
    // which the tests rule out.
    [[nodiscard]] static const BlocklistCatalog &builtIn();
    // Parses the JSON of a catalog; returns false with the reason in `error`.
    [[nodiscard]] bool load(const QByteArray &json, QString *error);

    [[nodiscard]] const QList<Blocklist> &lists() const { return m_lists; }
    // The lists that are asked, of one kind.
    [[nodiscard]] QList<Blocklist> queried(Blocklist::Kind kind) const;
    // The lists kept only as a note (closed, unfair, key required).
    [[nodiscard]] QList<Blocklist> notQueried() const;

private:
    QList<Blocklist> m_lists;
};

} // namespace Sendcheck
