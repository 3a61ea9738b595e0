/*
 * runtime/netpoll.c — the network poller: goroutines waiting for
 * descriptors to become readable or writable, on epoll (Go:
 * runtime/netpoll.go, netpoll_epoll.go), and the hooks package
 * internal/poll reaches by linkname (runtime_pollOpen and friends, C names
 * internal_poll__runtime_pollOpen ...: the linkname contract of the
 * project's briefing).
 *
 * One epoll instance for the process, created on first use, with an
 * eventfd in it through which netpollbreak interrupts a blocking wait (a
 * timer earlier than the one the poller sleeps for). Descriptors are
 * registered edge-triggered for reading and writing at once.
 *
 * A pollDesc per registered descriptor, from a free list of malloc'd
 * blocks that are never freed (epoll hands back the pointer after close
 * and reuse; a 16-bit sequence number in the top of epoll's data word,
 * bumped at every reuse, discards stale events). rg and wg hold the
 * reader's and writer's state: 0 nothing, 1 ready (an event came first),
 * 2 about to park, or the parked goroutine. A goroutine parks (netpollblock)
 * after swapping 0 for 2, and the park's commit callback swaps 2 for
 * itself once its registers are saved, so netpoll and the deadline timers
 * (netpollunblock) always ready a goroutine that is really parked. Deadlines
 * are timers on the pollDesc whose argument carries the pollDesc's
 * sequence numbers (rseq, wseq) at setting time: a deadline reset bumps the
 * number, and a timer that fires afterwards sees the mismatch and does
 * nothing (pollSetDeadline holds the pollDesc's lock, so it cannot wait
 * for a running timer the way goc_stopTimer does).
 *
 * Results of pollWait/pollReset are internal/poll's error codes: 0 ok,
 * 1 closing, 2 timeout, 3 not pollable (an EPOLLERR with nothing else).
 * A goroutine in the poller is not asleep for the deadlock detector: while
 * any waits, an idle M blocks in netpoll rather than on its note (proc.c).
 */
#include "sched_impl.h"
#include "linkname.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/epoll.h>
#include <sys/eventfd.h>
#include <sys/syscall.h>
#include <unistd.h>

enum { pdNil = 0, pdReady = 1, pdWait = 2 };
enum { pollNoError = 0, pollErrClosing = 1, pollErrTimeout = 2, pollErrNotPollable = 3 };
enum { TAGBITS = 16, TAGSHIFT = 64 - TAGBITS };

typedef struct pollDesc {
    struct pollDesc *link;  /* free list */
    goc_mutex lock;
    int fd;
    uint32_t fdseq;         /* bumped at every reuse: tags epoll's data word */
    bool closing;
    bool everr;             /* the last event was EPOLLERR alone */
    uintptr_t rg, wg;       /* pdNil, pdReady, pdWait or a parked g (atomic) */
    uint32_t rseq, wseq;    /* deadline generations */
    int64_t rd, wd;         /* deadlines: 0 none, < 0 passed */
    goc_timer rt, wt;       /* deadline timers; f == NULL when unused */
} pollDesc;

static int epfd = -1, evfd = -1;
static uint32_t inited;           /* atomic */
static goc_mutex initlock;
static uint32_t wakesig;          /* a break is pending (atomic) */
static int32_t waiters;           /* goroutines parked in the poller (atomic) */
static goc_mutex cachelock;
static pollDesc *cache;

bool goc_netpollinited(void) {
    return __atomic_load_n(&inited, __ATOMIC_ACQUIRE) != 0;
}

void goc_netpollinit(void) {
    goc_lock(&initlock);
    if (!inited) {
        epfd = epoll_create1(EPOLL_CLOEXEC);
        evfd = eventfd(0, EFD_CLOEXEC | EFD_NONBLOCK);
        if (epfd < 0 || evfd < 0)
            goc_throw("runtime: netpollinit failed");
        struct epoll_event ev = {.events = EPOLLIN, .data.u64 = 0};
        if (epoll_ctl(epfd, EPOLL_CTL_ADD, evfd, &ev) != 0)
            goc_throw("runtime: netpollinit failed");
        __atomic_store_n(&inited, 1, __ATOMIC_RELEASE);
    }
    goc_unlock(&initlock);
}

bool goc_netpollanywaiters(void) {
    return __atomic_load_n(&waiters, __ATOMIC_SEQ_CST) > 0;
}

void goc_netpollbreak(void) {
    uint32_t zero = 0;
    if (!goc_netpollinited() ||
        !__atomic_compare_exchange_n(&wakesig, &zero, 1, false, __ATOMIC_SEQ_CST, __ATOMIC_RELAXED))
        return;
    uint64_t one = 1;
    while (write(evfd, &one, sizeof one) < 0 && errno == EINTR)
        ;
}

/* ---- blocking and unblocking ---------------------------------------------------------------- */

static uintptr_t *gpp(pollDesc *pd, int mode) {
    return mode == 'r' ? &pd->rg : &pd->wg;
}

/* Go: netpollunblock. The goroutine to ready (NULL if none); ioready: a real event. */
static goc_g *netpollunblock(pollDesc *pd, int mode, bool ioready, int32_t *delta) {
    uintptr_t *p = gpp(pd, mode);
    for (;;) {
        uintptr_t old = __atomic_load_n(p, __ATOMIC_ACQUIRE);
        if (old == pdReady)
            return NULL;
        if (old == pdNil && !ioready)
            return NULL; /* only a real event records readiness */
        uintptr_t nw = ioready ? pdReady : pdNil;
        if (__atomic_compare_exchange_n(p, &old, nw, false, __ATOMIC_ACQ_REL, __ATOMIC_RELAXED)) {
            if (old == pdWait)
                return NULL; /* not parked yet: its commit sees the change */
            if (old != pdNil) {
                (*delta)--;
                return (goc_g *)old;
            }
            return NULL;
        }
    }
}

static bool blockcommit(goc_g *gp, void *arg) {
    uintptr_t *p = arg;
    uintptr_t w = pdWait;
    bool ok = __atomic_compare_exchange_n(p, &w, (uintptr_t)gp, false, __ATOMIC_ACQ_REL, __ATOMIC_RELAXED);
    if (ok)
        __atomic_add_fetch(&waiters, 1, __ATOMIC_SEQ_CST);
    return ok;
}

static int checkerr(pollDesc *pd, int mode) {
    if (pd->closing)
        return pollErrClosing;
    if ((mode == 'r' && pd->rd < 0) || (mode == 'w' && pd->wd < 0))
        return pollErrTimeout;
    if (mode == 'r' && pd->everr)
        return pollErrNotPollable;
    return pollNoError;
}

/* Go: netpollblock. Reports whether the descriptor became ready (else an error or deadline woke us). */
static bool netpollblock(pollDesc *pd, int mode, bool waitio) {
    uintptr_t *p = gpp(pd, mode);
    for (;;) {
        uintptr_t r = pdReady;
        if (__atomic_compare_exchange_n(p, &r, pdNil, false, __ATOMIC_ACQ_REL, __ATOMIC_RELAXED))
            return true;
        uintptr_t n = pdNil;
        if (__atomic_compare_exchange_n(p, &n, pdWait, false, __ATOMIC_ACQ_REL, __ATOMIC_RELAXED))
            break;
        uintptr_t v = __atomic_load_n(p, __ATOMIC_ACQUIRE);
        if (v != pdReady && v != pdNil)
            goc_throw("runtime: double wait");
    }
    goc_lock(&pd->lock);
    int err = checkerr(pd, mode);
    goc_unlock(&pd->lock);
    if (waitio || err == pollNoError)
        goc_gopark("IO wait", blockcommit, p);
    uintptr_t old = __atomic_exchange_n(p, pdNil, __ATOMIC_ACQ_REL);
    if (old > pdWait)
        goc_throw("runtime: corrupted polldesc");
    return old == pdReady;
}

static void readyboth(goc_g *rg, goc_g *wg, int32_t delta) {
    if (delta != 0)
        __atomic_add_fetch(&waiters, delta, __ATOMIC_SEQ_CST);
    if (rg != NULL)
        goc_goready(rg);
    if (wg != NULL)
        goc_goready(wg);
}

/* ---- epoll ----------------------------------------------------------------------------------- */

static int waitevents(struct epoll_event *ev, int n, int64_t delay) {
#ifdef SYS_epoll_pwait2
    static bool nopwait2;
    if (!nopwait2) {
        struct timespec ts, *tp = NULL;
        if (delay >= 0) {
            ts.tv_sec = delay / 1000000000;
            ts.tv_nsec = delay % 1000000000;
            tp = &ts;
        }
        long r = syscall(SYS_epoll_pwait2, epfd, ev, n, tp, NULL, 0);
        if (r >= 0 || errno != ENOSYS)
            return (int)r;
        nopwait2 = true;
    }
#endif
    int ms = -1;
    if (delay == 0)
        ms = 0;
    else if (delay > 0)
        ms = delay >= 1000000000000LL ? 1000000 : (int)((delay + 999999) / 1000000);
    return epoll_wait(epfd, ev, n, ms);
}

goc_g *goc_netpoll(int64_t delay) {
    if (!goc_netpollinited())
        return NULL;
    struct epoll_event events[128];
    int n;
    for (;;) {
        n = waitevents(events, 128, delay);
        if (n >= 0)
            break;
        if (errno != EINTR)
            goc_throw("runtime: netpoll failed");
        if (delay > 0)
            return NULL; /* a timed wait was interrupted: the caller recomputes */
    }
    goc_g *list = NULL;
    int32_t delta = 0;
    for (int i = 0; i < n; i++) {
        struct epoll_event *ev = &events[i];
        if (ev->events == 0)
            continue;
        if (ev->data.u64 == 0) { /* the eventfd: netpollbreak */
            if (delay != 0) {
                uint64_t v;
                while (read(evfd, &v, sizeof v) < 0 && errno == EINTR)
                    ;
                __atomic_store_n(&wakesig, 0, __ATOMIC_SEQ_CST);
            }
            continue;
        }
        int mode = 0;
        if (ev->events & (EPOLLIN | EPOLLRDHUP | EPOLLHUP | EPOLLERR))
            mode += 'r';
        if (ev->events & (EPOLLOUT | EPOLLHUP | EPOLLERR))
            mode += 'w';
        if (mode == 0)
            continue;
        pollDesc *pd = (pollDesc *)(uintptr_t)(ev->data.u64 & (((uint64_t)1 << TAGSHIFT) - 1));
        uint32_t tag = (uint32_t)(ev->data.u64 >> TAGSHIFT);
        if (tag != (__atomic_load_n(&pd->fdseq, __ATOMIC_ACQUIRE) & ((1u << TAGBITS) - 1)))
            continue; /* an event for a descriptor closed since */
        pd->everr = ev->events == EPOLLERR;
        goc_g *g;
        if ((mode == 'r' || mode == 'r' + 'w') && (g = netpollunblock(pd, 'r', true, &delta)) != NULL) {
            g->s.schedlink = list;
            list = g;
        }
        if ((mode == 'w' || mode == 'r' + 'w') && (g = netpollunblock(pd, 'w', true, &delta)) != NULL) {
            g->s.schedlink = list;
            list = g;
        }
    }
    if (delta != 0)
        __atomic_add_fetch(&waiters, delta, __ATOMIC_SEQ_CST);
    return list;
}

void goc_netpollforkchild(void) {
    /* The epoll instance is shared with the parent: the child makes its own when it needs one. */
    if (epfd >= 0)
        close(epfd);
    if (evfd >= 0)
        close(evfd);
    epfd = evfd = -1;
    inited = 0;
    initlock.key = 0;
    cachelock.key = 0;
    wakesig = 0;
    waiters = 0;
}

/* ---- internal/poll's hooks ------------------------------------------------------------------------ */

static pollDesc *pdalloc(void) {
    goc_lock(&cachelock);
    if (cache == NULL) {
        enum { N = 64 };
        pollDesc *block = calloc(N, sizeof *block);
        if (block == NULL) {
            goc_unlock(&cachelock);
            goc_throw("runtime: cannot allocate memory");
        }
        for (int i = 0; i < N; i++) {
            block[i].link = cache;
            cache = &block[i];
        }
    }
    pollDesc *pd = cache;
    cache = pd->link;
    goc_unlock(&cachelock);
    return pd;
}

static void pdfree(pollDesc *pd) {
    goc_lock(&cachelock);
    pd->link = cache;
    cache = pd;
    goc_unlock(&cachelock);
}

static pollDesc *pdof(goc_uintptr ctx) {
    if (ctx == 0)
        goc_panicmem();
    return (pollDesc *)ctx;
}

void internal_poll__runtime_pollServerInit(void) {
    goc_schedinit();
    if (!goc_netpollinited())
        goc_netpollinit();
}

bool internal_poll__runtime_isPollServerDescriptor(goc_uintptr fd) {
    return goc_netpollinited() && ((int)fd == epfd || (int)fd == evfd);
}

goc_pollopen_result internal_poll__runtime_pollOpen(goc_uintptr fd) {
    internal_poll__runtime_pollServerInit();
    pollDesc *pd = pdalloc();
    goc_lock(&pd->lock);
    uintptr_t w = __atomic_load_n(&pd->wg, __ATOMIC_RELAXED), r = __atomic_load_n(&pd->rg, __ATOMIC_RELAXED);
    if (w != pdNil && w != pdReady)
        goc_throw("runtime: blocked write on free polldesc");
    if (r != pdNil && r != pdReady)
        goc_throw("runtime: blocked read on free polldesc");
    pd->fd = (int)fd;
    __atomic_add_fetch(&pd->fdseq, 1, __ATOMIC_RELEASE);
    pd->closing = false;
    pd->everr = false;
    pd->rseq++;
    pd->wseq++;
    __atomic_store_n(&pd->rg, pdNil, __ATOMIC_RELEASE);
    __atomic_store_n(&pd->wg, pdNil, __ATOMIC_RELEASE);
    pd->rd = pd->wd = 0;
    goc_unlock(&pd->lock);
    struct epoll_event ev;
    ev.events = EPOLLIN | EPOLLOUT | EPOLLRDHUP | EPOLLET;
    ev.data.u64 = (uint64_t)(uintptr_t)pd | ((uint64_t)(pd->fdseq & ((1u << TAGBITS) - 1)) << TAGSHIFT);
    if (epoll_ctl(epfd, EPOLL_CTL_ADD, (int)fd, &ev) != 0) {
        int e = errno;
        pdfree(pd);
        return (goc_pollopen_result){0, e};
    }
    return (goc_pollopen_result){(goc_uintptr)pd, 0};
}

void internal_poll__runtime_pollClose(goc_uintptr ctx) {
    pollDesc *pd = pdof(ctx);
    if (!pd->closing)
        goc_throw("runtime: close polldesc w/o unblock");
    uintptr_t w = __atomic_load_n(&pd->wg, __ATOMIC_ACQUIRE), r = __atomic_load_n(&pd->rg, __ATOMIC_ACQUIRE);
    if (w != pdNil && w != pdReady)
        goc_throw("runtime: blocked write on closing polldesc");
    if (r != pdNil && r != pdReady)
        goc_throw("runtime: blocked read on closing polldesc");
    struct epoll_event ev = {0};
    epoll_ctl(epfd, EPOLL_CTL_DEL, pd->fd, &ev);
    pdfree(pd);
}

goc_int internal_poll__runtime_pollReset(goc_uintptr ctx, goc_int mode) {
    pollDesc *pd = pdof(ctx);
    goc_lock(&pd->lock);
    int err = checkerr(pd, (int)mode);
    goc_unlock(&pd->lock);
    if (err != pollNoError)
        return err;
    if (mode == 'r')
        __atomic_store_n(&pd->rg, pdNil, __ATOMIC_RELEASE);
    else if (mode == 'w')
        __atomic_store_n(&pd->wg, pdNil, __ATOMIC_RELEASE);
    return pollNoError;
}

goc_int internal_poll__runtime_pollWait(goc_uintptr ctx, goc_int mode) {
    pollDesc *pd = pdof(ctx);
    for (;;) {
        goc_lock(&pd->lock);
        int err = checkerr(pd, (int)mode);
        goc_unlock(&pd->lock);
        if (err != pollNoError)
            return err;
        if (netpollblock(pd, (int)mode, false))
            return pollNoError;
    }
}

void internal_poll__runtime_pollWaitCanceled(goc_uintptr ctx, goc_int mode) {
    /* Windows' cancelled I/O: wait until the descriptor is ready, whatever the error state. */
    pollDesc *pd = pdof(ctx);
    while (!netpollblock(pd, (int)mode, true))
        ;
}

/* Deadline timers: arg is the pollDesc with the sequence number of its setting in the top bits. */
static void *deadlinearg(pollDesc *pd, uint32_t seq) {
    return (void *)((uintptr_t)pd | ((uintptr_t)(seq & ((1u << TAGBITS) - 1)) << TAGSHIFT));
}

static void deadlineimpl(void *arg, bool read, bool write) {
    pollDesc *pd = (pollDesc *)((uintptr_t)arg & (((uintptr_t)1 << TAGSHIFT) - 1));
    uint32_t seq = (uint32_t)((uintptr_t)arg >> TAGSHIFT);
    goc_lock(&pd->lock);
    uint32_t cur = (read ? pd->rseq : pd->wseq) & ((1u << TAGBITS) - 1);
    if (seq != cur) {
        goc_unlock(&pd->lock); /* the deadline was reset since this timer was set */
        return;
    }
    goc_g *rg = NULL, *wg = NULL;
    int32_t delta = 0;
    if (read) {
        if (pd->rd <= 0 || pd->rt.f == NULL)
            goc_throw("runtime: inconsistent read deadline");
        pd->rd = -1;
        rg = netpollunblock(pd, 'r', false, &delta);
    }
    if (write) {
        if (pd->wd <= 0 || (pd->wt.f == NULL && !read))
            goc_throw("runtime: inconsistent write deadline");
        pd->wd = -1;
        wg = netpollunblock(pd, 'w', false, &delta);
    }
    goc_unlock(&pd->lock);
    readyboth(rg, wg, delta);
}

static void netpollDeadline(void *arg, uintptr_t seq, int64_t delta) {
    (void)seq;
    (void)delta;
    deadlineimpl(arg, true, true);
}
static void netpollReadDeadline(void *arg, uintptr_t seq, int64_t delta) {
    (void)seq;
    (void)delta;
    deadlineimpl(arg, true, false);
}
static void netpollWriteDeadline(void *arg, uintptr_t seq, int64_t delta) {
    (void)seq;
    (void)delta;
    deadlineimpl(arg, false, true);
}

static void armtimer(goc_timer *t, void (*f)(void *, uintptr_t, int64_t), pollDesc *pd, uint32_t seq, int64_t when, bool fresh) {
    t->f = f;
    t->arg = deadlinearg(pd, seq);
    if (fresh) {
        t->when = when;
        t->period = 0;
        goc_startTimer(t);
    } else {
        goc_resetTimer(t, when, 0);
    }
}

void internal_poll__runtime_pollSetDeadline(goc_uintptr ctx, goc_int64 d, goc_int mode) {
    pollDesc *pd = pdof(ctx);
    goc_lock(&pd->lock);
    if (pd->closing) {
        goc_unlock(&pd->lock);
        return;
    }
    int64_t rd0 = pd->rd, wd0 = pd->wd;
    bool combo0 = rd0 > 0 && rd0 == wd0;
    if (d > 0) {
        d += goc_nanotime();
        if (d <= 0)
            d = INT64_MAX; /* overflow: never */
    }
    if (mode == 'r' || mode == 'r' + 'w')
        pd->rd = d;
    if (mode == 'w' || mode == 'r' + 'w')
        pd->wd = d;
    bool combo = pd->rd > 0 && pd->rd == pd->wd;
    void (*rtf)(void *, uintptr_t, int64_t) = combo ? netpollDeadline : netpollReadDeadline;
    if (pd->rt.f == NULL) {
        if (pd->rd > 0)
            armtimer(&pd->rt, rtf, pd, pd->rseq, pd->rd, true);
    } else if (pd->rd != rd0 || combo != combo0) {
        pd->rseq++; /* a timer of the old setting that fires now does nothing */
        if (pd->rd > 0) {
            armtimer(&pd->rt, rtf, pd, pd->rseq, pd->rd, false);
        } else {
            goc_stopTimer(&pd->rt);
            pd->rt.f = NULL;
        }
    }
    if (pd->wt.f == NULL) {
        if (pd->wd > 0 && !combo)
            armtimer(&pd->wt, netpollWriteDeadline, pd, pd->wseq, pd->wd, true);
    } else if (pd->wd != wd0 || combo != combo0) {
        pd->wseq++;
        if (pd->wd > 0 && !combo) {
            armtimer(&pd->wt, netpollWriteDeadline, pd, pd->wseq, pd->wd, false);
        } else {
            goc_stopTimer(&pd->wt);
            pd->wt.f = NULL;
        }
    }
    /* A deadline in the past unblocks the waiting I/O now. */
    goc_g *rg = NULL, *wg = NULL;
    int32_t delta = 0;
    if (pd->rd < 0)
        rg = netpollunblock(pd, 'r', false, &delta);
    if (pd->wd < 0)
        wg = netpollunblock(pd, 'w', false, &delta);
    goc_unlock(&pd->lock);
    readyboth(rg, wg, delta);
}

void internal_poll__runtime_pollUnblock(goc_uintptr ctx) {
    pollDesc *pd = pdof(ctx);
    goc_lock(&pd->lock);
    if (pd->closing)
        goc_throw("runtime: unblock on closing polldesc");
    pd->closing = true;
    pd->rseq++;
    pd->wseq++;
    int32_t delta = 0;
    goc_g *rg = netpollunblock(pd, 'r', false, &delta);
    goc_g *wg = netpollunblock(pd, 'w', false, &delta);
    if (pd->rt.f != NULL) {
        goc_stopTimer(&pd->rt);
        pd->rt.f = NULL;
    }
    if (pd->wt.f != NULL) {
        goc_stopTimer(&pd->wt);
        pd->wt.f = NULL;
    }
    goc_unlock(&pd->lock);
    readyboth(rg, wg, delta);
}
