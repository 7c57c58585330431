// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

#include <memory>
#include <unordered_set>

struct ub_event_base;

namespace Sendcheck {

// libunbound's pluggable event API (unbound-event.h) on the Qt event loop: libunbound asks for
// "call me when this socket is readable/writable or after this time" and gets QSocketNotifiers
// and QTimers. A context made with ub_ctx_create_ub_event(loop.base()) then resolves and
// validates inside the thread that runs the Qt event loop: no background thread, no forked
// process (which ub_resolve_async would use), nothing blocks.
//
// The loop must outlive the ub_ctx using it (ub_ctx_delete frees the events it made here).
class UnboundEventLoop : public QObject
{
    Q_OBJECT

public:
    explicit UnboundEventLoop(QObject *parent = nullptr);
    ~UnboundEventLoop() override;

    [[nodiscard]] ub_event_base *base();
    // Events libunbound has made and not yet freed (sockets, timers), for tests.
    [[nodiscard]] int eventCount() const { return int(m_events.size()); }

    struct Base; // a ub_event_base that knows this loop
    struct Event; // one libunbound event: a socket and/or a timer with a callback

    // For the C callbacks in the .cpp file.
    void addEvent(Event *event) { m_events.insert(event); }
    void removeEvent(Event *event) { m_events.erase(event); }

private:
    std::unique_ptr<Base> m_base;
    std::unordered_set<Event *> m_events;
};

} // namespace Sendcheck
