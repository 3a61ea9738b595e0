/*
 * runtime/time.c — clocks and sleeping (Go: runtime/time.go timeSleep,
 * runtime/timestub.go walltime/nanotime).
 *
 * nanotime reads CLOCK_MONOTONIC (time.Since, the monotonic reading of
 * time.Now); walltime reads CLOCK_REALTIME. A sleeping goroutine keeps its
 * thread in clock_nanosleep: it is not parked, so the deadlock detector
 * treats it like gc treats a goroutine with a pending timer (the program is
 * not dead while a sleeper can still wake up and act).
 *
 * Timers. Pending timers sit in a binary min-heap ordered by `when`,
 * under timerlk; a timer's seq (under timerlk) counts its stops and resets,
 * and a run passes the seq it was taken off the heap with. One timer thread (started with the first timer, through
 * GC_pthread_create) sleeps on a CLOCK_MONOTONIC condition variable until
 * the earliest deadline and runs due timers' functions without the lock
 * held. The heap array is scanned memory, so a pending timer keeps its
 * arg (say, a channel nobody else references) alive. ntimers counts
 * timers that are pending or whose function is running: while it is
 * non-zero the deadlock detector stays quiet (gc: checkdead returns when
 * timers exist), and when a one-shot timer's function has run the
 * detector looks again, since that function may have been the last hope.
 */
#include "goc_rt.h"
#include "linkname.h"

#include <errno.h>
#include <pthread.h>
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

void goc_timeSleep(goc_int ns) {
    if (ns <= 0)
        return;
    int64_t when;
    if (__builtin_add_overflow(goc_nanotime(), ns, &when))
        when = INT64_MAX; /* sleep "forever" */
    struct timespec ts = {.tv_sec = when / 1000000000, .tv_nsec = when % 1000000000};
    /* Absolute deadline: signals (the collector's stop-the-world) just restart the wait. */
    while (clock_nanosleep(CLOCK_MONOTONIC, TIMER_ABSTIME, &ts, NULL) == EINTR)
        ;
}

/* ---- timers --------------------------------------------------------------------------- */

static pthread_mutex_t timerlk = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t timercond;
static goc_timer **heap; /* heap[0] fires first */
static int32_t nheap, capheap;
static int64_t ntimers;  /* pending + running (atomic reads) */
static bool timerthread;

int64_t goc_timerspending(void) {
    return __atomic_load_n(&ntimers, __ATOMIC_SEQ_CST);
}

static void heapset(int32_t i, goc_timer *t) {
    heap[i] = t;
    t->heapidx = i + 1;
}

static void siftup(int32_t i) {
    goc_timer *t = heap[i];
    while (i > 0) {
        int32_t p = (i - 1) / 2;
        if (heap[p]->when <= t->when)
            break;
        heapset(i, heap[p]);
        i = p;
    }
    heapset(i, t);
}

static void siftdown(int32_t i) {
    goc_timer *t = heap[i];
    for (;;) {
        int32_t c = 2 * i + 1;
        if (c >= nheap)
            break;
        if (c + 1 < nheap && heap[c + 1]->when < heap[c]->when)
            c++;
        if (t->when <= heap[c]->when)
            break;
        heapset(i, heap[c]);
        i = c;
    }
    heapset(i, t);
}

/* Remove heap[i] (timerlk held). */
static void heapdel(int32_t i) {
    goc_timer *t = heap[i];
    t->heapidx = 0;
    nheap--;
    if (i != nheap) {
        heapset(i, heap[nheap]);
        siftdown(i);
        siftup(heap[i]->heapidx - 1);
    }
    heap[nheap] = NULL;
}

static void *timerproc(void *unused) {
    (void)unused;
    pthread_mutex_lock(&timerlk);
    for (;;) {
        if (nheap == 0) {
            pthread_cond_wait(&timercond, &timerlk);
            continue;
        }
        int64_t now = goc_nanotime();
        goc_timer *t = heap[0];
        if (t->when > now) {
            struct timespec ts = {.tv_sec = t->when / 1000000000, .tv_nsec = t->when % 1000000000};
            pthread_cond_timedwait(&timercond, &timerlk, &ts);
            continue;
        }
        bool oneshot = t->period <= 0;
        int64_t delta = now - t->when;
        uintptr_t seq = t->seq;
        if (oneshot) {
            heapdel(0);
        } else {
            /* Skip the ticks that were missed, like gc. */
            int64_t add;
            if (__builtin_mul_overflow(t->period, 1 + (now - t->when) / t->period, &add) ||
                __builtin_add_overflow(t->when, add, &t->when))
                t->when = INT64_MAX;
            siftdown(0);
        }
        void (*f)(void *, uintptr_t, int64_t) = t->f;
        void *arg = t->arg;
        pthread_mutex_unlock(&timerlk);
        f(arg, seq, delta);
        if (oneshot) {
            __atomic_sub_fetch(&ntimers, 1, __ATOMIC_SEQ_CST);
            goc_checkdead(); /* that may have been the last thing that could wake anybody */
        }
        pthread_mutex_lock(&timerlk);
    }
    return NULL;
}

/* Insert t (timerlk held), starting the timer thread with the first timer. */
static void addtimer(goc_timer *t) {
    if (t->heapidx != 0)
        goc_throw("timer: start of a pending timer");
    if (!timerthread) {
        pthread_condattr_t ca;
        pthread_condattr_init(&ca);
        pthread_condattr_setclock(&ca, CLOCK_MONOTONIC);
        pthread_cond_init(&timercond, &ca);
        pthread_condattr_destroy(&ca);
        pthread_attr_t attr;
        pthread_attr_init(&attr);
        pthread_attr_setdetachstate(&attr, PTHREAD_CREATE_DETACHED);
        pthread_t tid;
        if (GC_pthread_create(&tid, &attr, timerproc, NULL) != 0)
            goc_throw("timer: cannot create the timer thread");
        pthread_attr_destroy(&attr);
        timerthread = true;
    }
    if (nheap == capheap) {
        int32_t ncap = capheap == 0 ? 16 : 2 * capheap;
        goc_timer **nh = goc_alloc((uintptr_t)ncap * sizeof *nh, true);
        if (nheap > 0)
            memcpy(nh, heap, (size_t)nheap * sizeof *nh);
        heap = nh;
        capheap = ncap;
    }
    heapset(nheap, t);
    nheap++;
    siftup(nheap - 1);
    __atomic_add_fetch(&ntimers, 1, __ATOMIC_SEQ_CST);
    if (heap[0] == t)
        pthread_cond_signal(&timercond); /* a new earliest deadline */
}

static bool deltimer(goc_timer *t) {
    t->seq++; /* a run already taken off the heap is now stale */
    if (t->heapidx == 0)
        return false;
    heapdel(t->heapidx - 1);
    __atomic_sub_fetch(&ntimers, 1, __ATOMIC_SEQ_CST);
    return true;
}

void goc_startTimer(goc_timer *t) {
    GOC_NILCHECK(t);
    if (t->f == NULL)
        goc_throw("timer: nil func");
    pthread_mutex_lock(&timerlk);
    addtimer(t);
    pthread_mutex_unlock(&timerlk);
}

bool goc_stopTimer(goc_timer *t) {
    GOC_NILCHECK(t);
    pthread_mutex_lock(&timerlk);
    bool pending = deltimer(t);
    pthread_mutex_unlock(&timerlk);
    return pending;
}

bool goc_resetTimer(goc_timer *t, int64_t when, int64_t period) {
    GOC_NILCHECK(t);
    pthread_mutex_lock(&timerlk);
    bool pending = deltimer(t);
    t->when = when;
    t->period = period;
    addtimer(t);
    pthread_mutex_unlock(&timerlk);
    return pending;
}

/* runtime.nanotime, which time.runtimeNano and others pull by linkname. */
int64_t runtime__nanotime(void) { return goc_nanotime(); }
