/*
 * runtime/time_hooks.c — the runtime's side of package time, which goc
 * translates from GOROOT (Go: runtime/time.go newTimer, stopTimer,
 * resetTimer, timeSleep; runtime/timestub.go time_now), under the link
 * names package time declares (runtime/linkname.h):
 *
 *   time.Sleep(d)                 goc_timeSleep (runtime/time.c);
 *   time.now()                    (wall seconds, nanoseconds, nanotime);
 *   time.newTimer(when, period, f, arg, cp)
 *                                 a timeTimer whose run calls
 *                                 f(arg, seq, delta) where the scheduler
 *                                 runs due timers (runtime/time.c);
 *   time.stopTimer(t), time.resetTimer(t, when, period)
 *                                 stop or re-arm it; both report whether a
 *                                 run was still due.
 *
 * Layout. A timeTimer starts with the fields of time.Timer (and of
 * time.Ticker, which has the same shape): the channel C, which package time
 * stores after newTimer returns, and initTimer, which newTimer sets. The
 * runtime's goc_timer follows, then f, arg and the synchronous channel cp.
 * The block is collector-scanned: it keeps f, arg and the channel alive,
 * and the timer heap keeps a pending timer alive.
 *
 * Synchronous timer channels (Go 1.23, cp != NULL: Timer and Ticker but not
 * AfterFunc). The channel has one buffer slot (make(chan Time, 1) in
 * package time) that runs fill with a non-blocking send; it reports len and
 * cap 0 (goc_settimerchan). So that no value sent for an earlier arming is
 * received after Stop or Reset returns, runs of such timers hold sendlock
 * and skip themselves when the timer's seq moved since it left the heap
 * (stop and reset increment seq under the timer lock while holding
 * sendlock), and Stop and Reset drain the slot afterwards: a drained value
 * counts as a pending run (Stop returns true), as in gc. f for these is
 * package time's sendTime, which never blocks. sendlock is a plain mutex:
 * neither a run (on an M, between goroutines) nor Stop/Reset (runtime code,
 * never preempted) parks while holding it, and goc_stopTimer does not wait
 * for a run in progress, so holding it across the stop cannot deadlock.
 */
#include "goc_rt.h"
#include "linkname.h"

#include <pthread.h>

typedef struct goc_timeTimer {
    goc_hchan *c;   /* time.Timer.C / Ticker.C: written by package time */
    bool init;      /* time.Timer.initTimer / Ticker.initTicker */
    goc_timer rt;
    goc_func *f;    /* func(arg any, seq uintptr, delta int64) */
    goc_eface arg;
    goc_hchan *cp;  /* the synchronous channel, or NULL */
} goc_timeTimer;

static pthread_mutex_t sendlock = PTHREAD_MUTEX_INITIALIZER;

static void callf(goc_timeTimer *t, uintptr_t seq, int64_t delta) {
    ((void (*)(goc_func *, goc_eface, goc_uintptr, int64_t))t->f->fn)(t->f, t->arg, (goc_uintptr)seq, delta);
}

/* A run, on the M that runs the due timers of the heap holding t. */
static void run(void *arg, uintptr_t seq, int64_t delta) {
    goc_timeTimer *t = arg;
    if (t->cp == NULL) {
        callf(t, seq, delta);
        return;
    }
    pthread_mutex_lock(&sendlock);
    if (__atomic_load_n(&t->rt.seq, __ATOMIC_SEQ_CST) == seq)
        callf(t, seq, delta);
    pthread_mutex_unlock(&sendlock);
}

void time__Sleep(int64_t ns) { goc_timeSleep(ns); }

goc_time_now_result time__now(void) {
    goc_time_now_result r;
    goc_walltime(&r.r0, &r.r1);
    r.r2 = goc_nanotime();
    return r;
}

void *time__newTimer(int64_t when, int64_t period, goc_func *f, goc_eface arg, void *cp) {
    goc_timeTimer *t = goc_alloc(sizeof *t, true);
    t->init = true;
    t->f = f;
    t->arg = arg;
    t->cp = cp;
    if (cp != NULL)
        goc_settimerchan(cp);
    t->rt.when = when;
    t->rt.period = period;
    t->rt.f = run;
    t->rt.arg = t;
    goc_startTimer(&t->rt);
    return t;
}

/* Stop t; with a synchronous channel, also empty it. Reports whether a run was due. */
static bool stop(goc_timeTimer *t) {
    if (t->cp == NULL)
        return goc_stopTimer(&t->rt);
    pthread_mutex_lock(&sendlock);
    bool pending = goc_stopTimer(&t->rt);
    pthread_mutex_unlock(&sendlock);
    if (goc_selectnbrecv(t->cp, NULL, NULL))
        pending = true;
    return pending;
}

bool time__stopTimer(void *timer) {
    return stop(timer);
}

bool time__resetTimer(void *timer, int64_t when, int64_t period) {
    goc_timeTimer *t = timer;
    bool pending = stop(t);
    goc_resetTimer(&t->rt, when, period);
    return pending;
}
