/*
 * runtime/time.c — clocks, timers and sleeping (Go: runtime/time.go,
 * timestub.go walltime/nanotime).
 *
 * nanotime reads CLOCK_MONOTONIC (time.Since, the monotonic reading of
 * time.Now); walltime reads CLOCK_REALTIME.
 *
 * Timers live in a binary min-heap per P, ordered by when, under the P's
 * timerslock (sched_impl.h); p->timer0when mirrors the earliest deadline
 * so schedulers can look without the lock. A timer records the P whose heap
 * holds it (t->pid, changed only under both locks when a P goes away) and
 * its index there plus one (t->heapidx, 0 when not pending). Who runs
 * them: the M holding the P at each schedule (goc_checktimers), an M
 * looking for work on other Ps (stealwork), and the M asleep in the poller
 * until the earliest of all (proc.c's findrunnable), woken through the
 * poller when a new timer comes first (wakenetpoller). The heap arrays are
 * scanned memory, so a pending timer keeps its argument (say, a channel
 * nobody else references) alive, and the P records that hold them are
 * uncollectable.
 *
 * Running a timer: it is taken off the heap (a periodic one moves to its
 * next deadline, skipping missed ticks like gc) and its seq read under the
 * lock, then f(arg, seq, delta) runs unlocked. Stop and reset increment seq
 * under the lock and do not wait for a run in progress, as in gc: a run
 * that must not act once they return (a synchronous timer channel's send,
 * runtime/time_hooks.c; a poller deadline) compares seq. f must not block.
 *
 * time.Sleep parks the goroutine on a timer in its record (g->s.sleeptimer)
 * that readies it; the timer is started by gopark's unlock callback, once
 * the goroutine is off its stack, so the wakeup cannot come first.
 */
#include "sched_impl.h"
#include "linkname.h"

#include <string.h>
#include <time.h>

int64_t goc_nanotime(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec;
}

void goc_walltime(int64_t *sec, int32_t *nsec) {
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    *sec = (int64_t)ts.tv_sec;
    *nsec = (int32_t)ts.tv_nsec;
}

/* ---- the heap (timerslock held) ------------------------------------------------------- */

static void heapset(goc_p *pp, int32_t i, goc_timer *t) {
    pp->timers[i] = t;
    t->heapidx = i + 1;
}

static void siftup(goc_p *pp, int32_t i) {
    goc_timer *t = pp->timers[i];
    while (i > 0) {
        int32_t parent = (i - 1) / 2;
        if (pp->timers[parent]->when <= t->when)
            break;
        heapset(pp, i, pp->timers[parent]);
        i = parent;
    }
    heapset(pp, i, t);
}

static void siftdown(goc_p *pp, int32_t i) {
    goc_timer *t = pp->timers[i];
    for (;;) {
        int32_t c = 2 * i + 1;
        if (c >= pp->ntimers)
            break;
        if (c + 1 < pp->ntimers && pp->timers[c + 1]->when < pp->timers[c]->when)
            c++;
        if (t->when <= pp->timers[c]->when)
            break;
        heapset(pp, i, pp->timers[c]);
        i = c;
    }
    heapset(pp, i, t);
}

static void updatewhen(goc_p *pp) {
    __atomic_store_n(&pp->timer0when, pp->ntimers > 0 ? pp->timers[0]->when : 0, __ATOMIC_RELEASE);
}

static void heapdel(goc_p *pp, int32_t i) {
    goc_timer *t = pp->timers[i];
    t->heapidx = 0;
    pp->ntimers--;
    int32_t last = pp->ntimers;
    if (i != last) {
        heapset(pp, i, pp->timers[last]);
        siftdown(pp, i);
        siftup(pp, pp->timers[i]->heapidx - 1);
    }
    pp->timers[last] = NULL;
    updatewhen(pp);
}

static void heapadd(goc_p *pp, goc_timer *t) {
    if (pp->ntimers == pp->captimers) {
        int32_t ncap = pp->captimers == 0 ? 16 : 2 * pp->captimers;
        goc_timer **nh = goc_alloc((uintptr_t)ncap * sizeof *nh, true);
        if (pp->ntimers > 0)
            memcpy(nh, pp->timers, (size_t)pp->ntimers * sizeof *nh);
        pp->timers = nh;
        pp->captimers = ncap;
    }
    t->pid = pp->id;
    heapset(pp, pp->ntimers, t);
    pp->ntimers++;
    siftup(pp, pp->ntimers - 1);
    updatewhen(pp);
}

/* ---- waking the poller ------------------------------------------------------------------- */

/* Go: wakeNetPoller. A timer at when was added: make sure somebody will run it in time. */
static void wakenetpoller(int64_t when) {
    if (__atomic_load_n(&goc_sched.lastpoll, __ATOMIC_SEQ_CST) == 0) {
        int64_t pu = __atomic_load_n(&goc_sched.pollUntil, __ATOMIC_SEQ_CST);
        if (pu == 0 || pu > when)
            goc_netpollbreak();
    } else {
        goc_wakep();
    }
}

/* The P for a new timer: the caller's, else one picked at random. */
static goc_p *timerp(void) {
    goc_m *m = goc_getm();
    if (m != NULL && m->p != NULL)
        return m->p;
    /* A thread without a P (an external one): P 0's heap, so the timers it starts run in
       the order of their deadlines however late the Ms get to them. */
    return goc_allp[0];
}

static void addtimer(goc_timer *t) {
    if (t->heapidx != 0)
        goc_throw("timer: start of a pending timer");
    goc_p *pp = timerp();
    goc_lock(&pp->timerslock);
    heapadd(pp, t);
    bool first = pp->timers[0] == t;
    goc_unlock(&pp->timerslock);
    if (first)
        wakenetpoller(t->when);
}

/* Lock the P holding t. Returns that P, locked. */
static goc_p *locktimer(goc_timer *t) {
    for (;;) {
        goc_p *pp = goc_allp[__atomic_load_n(&t->pid, __ATOMIC_ACQUIRE)];
        goc_lock(&pp->timerslock);
        if (t->pid == pp->id)
            return pp;
        goc_unlock(&pp->timerslock); /* moved to another P meanwhile */
    }
}

static bool deltimer(goc_timer *t) {
    goc_p *pp = locktimer(t);
    t->seq++; /* a run already taken off the heap is now stale */
    bool pending = t->heapidx != 0;
    if (pending)
        heapdel(pp, t->heapidx - 1);
    goc_unlock(&pp->timerslock);
    /* An M asleep in the poller until exactly this timer would sleep on for nothing
       (and, if nothing else can happen, hide a deadlock): wake it to look again. */
    if (pending && __atomic_load_n(&goc_sched.lastpoll, __ATOMIC_SEQ_CST) == 0 &&
        __atomic_load_n(&goc_sched.pollUntil, __ATOMIC_SEQ_CST) == t->when)
        goc_netpollbreak();
    return pending;
}

static void timerinit(void) {
    goc_schedinit();
    if (!goc_netpollinited())
        goc_netpollinit(); /* idle Ms sleep in the poller until the next timer */
}

void goc_startTimer(goc_timer *t) {
    GOC_NILCHECK(t);
    if (t->f == NULL)
        goc_throw("timer: nil func");
    timerinit();
    addtimer(t);
}

bool goc_stopTimer(goc_timer *t) {
    GOC_NILCHECK(t);
    timerinit();
    return deltimer(t);
}

bool goc_resetTimer(goc_timer *t, int64_t when, int64_t period) {
    GOC_NILCHECK(t);
    timerinit();
    bool pending = deltimer(t);
    t->when = when;
    t->period = period;
    addtimer(t);
    return pending;
}

/* ---- running timers ---------------------------------------------------------------------- */

int64_t goc_checktimers(goc_p *pp, int64_t now) {
    int64_t w = __atomic_load_n(&pp->timer0when, __ATOMIC_ACQUIRE);
    if (w == 0 || w > now)
        return w;
    goc_lock(&pp->timerslock);
    if (pp->timersrunning) {
        /* Another M runs them (say, one stealing work): two at once could run two due
           timers' functions out of their order. */
        goc_unlock(&pp->timerslock);
        return __atomic_load_n(&pp->timer0when, __ATOMIC_ACQUIRE);
    }
    pp->timersrunning = true;
    while (pp->ntimers > 0) {
        goc_timer *t = pp->timers[0];
        if (t->when > now)
            break;
        int64_t delta = now - t->when;
        if (t->period > 0) {
            /* Skip the ticks that were missed, like gc. */
            int64_t add;
            if (__builtin_mul_overflow(t->period, 1 + (now - t->when) / t->period, &add) ||
                __builtin_add_overflow(t->when, add, &t->when))
                t->when = INT64_MAX;
            siftdown(pp, 0);
            updatewhen(pp);
        } else {
            heapdel(pp, 0);
        }
        void (*f)(void *, uintptr_t, int64_t) = t->f;
        void *arg = t->arg;
        uintptr_t seq = t->seq;
        goc_unlock(&pp->timerslock);
        f(arg, seq, delta);
        goc_lock(&pp->timerslock);
    }
    pp->timersrunning = false;
    goc_unlock(&pp->timerslock);
    return __atomic_load_n(&pp->timer0when, __ATOMIC_ACQUIRE);
}

int64_t goc_nexttimer(void) {
    int64_t next = 0;
    int32_t n = __atomic_load_n(&goc_gomaxprocs, __ATOMIC_RELAXED);
    for (int32_t i = 0; i < n; i++) {
        goc_p *pp = goc_allp[i];
        if (pp == NULL)
            continue;
        int64_t w = __atomic_load_n(&pp->timer0when, __ATOMIC_ACQUIRE);
        if (w != 0 && (next == 0 || w < next))
            next = w;
    }
    return next;
}

void goc_movetimers(goc_p *from, goc_p *to) {
    if (from == to)
        return;
    goc_p *first = from->id < to->id ? from : to, *second = first == from ? to : from;
    goc_lock(&first->timerslock);
    goc_lock(&second->timerslock);
    while (from->ntimers > 0) {
        goc_timer *t = from->timers[from->ntimers - 1];
        heapdel(from, from->ntimers - 1);
        heapadd(to, t);
    }
    goc_unlock(&second->timerslock);
    goc_unlock(&first->timerslock);
}

void goc_timersforkchild(void) {
    for (int32_t i = 0; i < MAXPROCS && goc_allp[i] != NULL; i++) {
        goc_p *pp = goc_allp[i];
        pp->timersrunning = false;
        for (int32_t k = 0; k < pp->ntimers; k++) {
            pp->timers[k]->heapidx = 0;
            pp->timers[k] = NULL;
        }
        pp->ntimers = 0;
        pp->timer0when = 0;
    }
}

/* ---- time.Sleep ------------------------------------------------------------------------------- */

static void sleepready(void *arg, uintptr_t seq, int64_t delta) {
    (void)seq;
    (void)delta;
    goc_goready(arg);
}

static bool startsleep(goc_g *gp, void *arg) {
    (void)arg;
    addtimer(&gp->s.sleeptimer);
    return true;
}

void goc_timeSleep(goc_int ns) {
    if (ns <= 0)
        return;
    timerinit();
    goc_g *gp = goc_schedg();
    goc_timer *t = &gp->s.sleeptimer;
    int64_t when;
    if (__builtin_add_overflow(goc_nanotime(), ns, &when))
        when = INT64_MAX; /* sleep "forever" */
    t->when = when;
    t->period = 0;
    t->f = sleepready;
    t->arg = gp;
    goc_gopark("sleep", startsleep, NULL);
}

/* runtime.nanotime, which time.runtimeNano and others pull by linkname. */
int64_t runtime__nanotime(void) { return goc_nanotime(); }
