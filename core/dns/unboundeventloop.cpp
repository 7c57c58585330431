// SPDX-License-Identifier: GPL-3.0-or-later
#include "unboundeventloop.h"

#include <QSocketNotifier>
#include <QTimer>

#include <unbound-event.h>

#ifdef Q_OS_WIN
#include <winsock2.h>
#else
#include <poll.h>
#include <sys/time.h>
#endif

#include <algorithm>

namespace Sendcheck {

// The first member of each struct is what libunbound sees; it casts the pointer back and forth.
struct UnboundEventLoop::Base
{
    ub_event_base base;
    UnboundEventLoop *loop;
};

struct UnboundEventLoop::Event
{
    ub_event event;
    UnboundEventLoop *loop = nullptr;
    int fd = -1;
    short bits = 0;
    void (*callback)(int, short, void *) = nullptr;
    void *arg = nullptr;
    QSocketNotifier *reader = nullptr;
    QSocketNotifier *writer = nullptr;
    QTimer *timer = nullptr;
    int timeoutMs = -1;
    bool active = false;
    bool inCallback = false;
    bool freed = false;
};

namespace {

using Event = UnboundEventLoop::Event;

Event *toEvent(ub_event *event)
{
    return reinterpret_cast<Event *>(event);
}

// A notifier or timer is never deleted from inside its own signal: disconnect, then delete
// later.
void retire(QObject *object)
{
    if (!object)
        return;
    if (auto *notifier = qobject_cast<QSocketNotifier *>(object))
        notifier->setEnabled(false);
    if (auto *timer = qobject_cast<QTimer *>(object))
        timer->stop();
    object->disconnect();
    object->deleteLater();
}

void dropNotifiers(Event *e)
{
    retire(e->reader);
    retire(e->writer);
    e->reader = nullptr;
    e->writer = nullptr;
}

void destroy(Event *e)
{
    dropNotifiers(e);
    retire(e->timer);
    e->loop->removeEvent(e);
    delete e;
}

void deactivate(Event *e)
{
    e->active = false;
    if (e->reader)
        e->reader->setEnabled(false);
    if (e->writer)
        e->writer->setEnabled(false);
    if (e->timer)
        e->timer->stop();
}

// What the socket is ready for now, as libevent reports it: read and write together when both
// are (a TCP Fast Open socket must see "writable" with "readable", or libunbound reads before it
// has written), and a hang-up or error as both. QSocketNotifier says one direction at a time.
short readiness(const Event *e, short fired)
{
    if (e->fd < 0)
        return fired;
#ifdef Q_OS_WIN
    WSAPOLLFD p {};
    p.fd = SOCKET(e->fd);
#else
    pollfd p {};
    p.fd = e->fd;
#endif
    p.events
        = short(((e->bits & UB_EV_READ) ? POLLIN : 0) | ((e->bits & UB_EV_WRITE) ? POLLOUT : 0));
#ifdef Q_OS_WIN
    const int n = WSAPoll(&p, 1, 0);
#else
    const int n = ::poll(&p, 1, 0);
#endif
    if (n <= 0)
        return fired;
    short what = fired;
    if (p.revents & (POLLIN | POLLHUP | POLLERR))
        what |= UB_EV_READ;
    if (p.revents & (POLLOUT | POLLHUP | POLLERR))
        what |= UB_EV_WRITE;
    return short(what & (e->bits | fired));
}

void fire(Event *e, short what)
{
    if (!e->active || e->freed)
        return;
    if (!(e->bits & UB_EV_PERSIST))
        deactivate(e);
    else if (e->timeoutMs >= 0 && e->timer)
        e->timer->start(e->timeoutMs); // a persistent event's time-out counts from its last use
    e->inCallback = true;
    e->callback(e->fd, what, e->arg);
    if (e->freed)
        destroy(e);
    else
        e->inCallback = false;
}

QSocketNotifier *makeNotifier(Event *e, QSocketNotifier::Type type, short bit)
{
    auto *notifier = new QSocketNotifier(e->fd, type, e->loop);
    QObject::connect(notifier, &QSocketNotifier::activated, e->loop,
                     [e, bit]() { fire(e, readiness(e, bit)); });
    return notifier;
}

int activate(Event *e, const timeval *tv)
{
    e->active = true;
    if (e->fd >= 0 && (e->bits & UB_EV_READ)) {
        if (!e->reader)
            e->reader = makeNotifier(e, QSocketNotifier::Read, UB_EV_READ);
        e->reader->setEnabled(true);
    } else if (e->reader) {
        e->reader->setEnabled(false);
    }
    if (e->fd >= 0 && (e->bits & UB_EV_WRITE)) {
        if (!e->writer)
            e->writer = makeNotifier(e, QSocketNotifier::Write, UB_EV_WRITE);
        e->writer->setEnabled(true);
    } else if (e->writer) {
        e->writer->setEnabled(false);
    }
    if (tv) {
        const qint64 ms = qint64(tv->tv_sec) * 1000 + (qint64(tv->tv_usec) + 999) / 1000;
        e->timeoutMs = int(std::clamp<qint64>(ms, 0, 24 * 3600 * 1000));
        if (!e->timer) {
            e->timer = new QTimer(e->loop);
            e->timer->setSingleShot(true);
            e->timer->setTimerType(Qt::PreciseTimer);
            QObject::connect(e->timer, &QTimer::timeout, e->loop,
                             [e]() { fire(e, UB_EV_TIMEOUT); });
        }
        e->timer->start(e->timeoutMs);
    } else {
        e->timeoutMs = -1;
        if (e->timer)
            e->timer->stop();
    }
    return 0;
}

// ub_event_vmt
void eventAddBits(ub_event *event, short bits)
{
    toEvent(event)->bits |= bits;
}
void eventDelBits(ub_event *event, short bits)
{
    toEvent(event)->bits &= short(~bits);
}
void eventSetFd(ub_event *event, int fd)
{
    Event *e = toEvent(event);
    if (e->fd != fd) {
        dropNotifiers(e);
        e->fd = fd;
    }
}
void eventFree(ub_event *event)
{
    Event *e = toEvent(event);
    deactivate(e);
    e->freed = true;
    if (!e->inCallback)
        destroy(e);
}
int eventAdd(ub_event *event, timeval *tv)
{
    return activate(toEvent(event), tv);
}
int eventDel(ub_event *event)
{
    deactivate(toEvent(event));
    return 0;
}
int timerAdd(ub_event *event, ub_event_base *, void (*callback)(int, short, void *), void *arg,
             timeval *tv)
{
    Event *e = toEvent(event);
    e->callback = callback;
    e->arg = arg;
    e->bits = UB_EV_TIMEOUT;
    return activate(e, tv);
}
int timerDel(ub_event *event)
{
    deactivate(toEvent(event));
    return 0;
}
int signalAdd(ub_event *, timeval *)
{
    return -1; // libunbound does not use signals through this API
}
int signalDel(ub_event *)
{
    return -1;
}
void unregisterWsaEvent(ub_event *) { }

ub_event_vmt eventMethods = {
    eventAddBits, eventDelBits, eventSetFd, eventFree, eventAdd,           eventDel,
    timerAdd,     timerDel,     signalAdd,  signalDel, unregisterWsaEvent,
    nullptr, // winsock_tcp_wouldblock: QSocketNotifier is level-triggered on Windows too
};

// ub_event_base_vmt
void baseFree(ub_event_base *) { } // the loop owns it
int baseDispatch(ub_event_base *)
{
    return -1; // the Qt event loop runs, not libunbound
}
int baseLoopExit(ub_event_base *, timeval *)
{
    return 0;
}
ub_event *baseNewEvent(ub_event_base *base, int fd, short bits,
                       void (*callback)(int, short, void *), void *arg)
{
    auto *e = new Event;
    e->event.magic = UB_EVENT_MAGIC;
    e->event.vmt = &eventMethods;
    e->loop = reinterpret_cast<UnboundEventLoop::Base *>(base)->loop;
    e->fd = fd;
    e->bits = bits;
    e->callback = callback;
    e->arg = arg;
    e->loop->addEvent(e);
    return &e->event;
}
ub_event *baseNewSignal(ub_event_base *, int, void (*)(int, short, void *), void *)
{
    return nullptr;
}
ub_event *baseRegisterWsaEvent(ub_event_base *, void *, void (*)(int, short, void *), void *)
{
    return nullptr;
}

ub_event_base_vmt baseMethods = {
    baseFree, baseDispatch, baseLoopExit, baseNewEvent, baseNewSignal, baseRegisterWsaEvent,
};

} // namespace

UnboundEventLoop::UnboundEventLoop(QObject *parent) : QObject(parent), m_base(new Base)
{
    m_base->base.magic = UB_EVENT_MAGIC;
    m_base->base.vmt = &baseMethods;
    m_base->loop = this;
}

UnboundEventLoop::~UnboundEventLoop()
{
    // Normally empty: ub_ctx_delete frees every event. Whatever is left must not fire.
    const auto left = m_events;
    for (Event *e : left) {
        dropNotifiers(e);
        retire(e->timer);
        delete e;
    }
}

ub_event_base *UnboundEventLoop::base()
{
    return &m_base->base;
}

} // namespace Sendcheck
