/*
 * runtime/proc.c — the goroutine scheduler: goroutines as contexts on
 * GOMAXPROCS worker threads (Go: runtime/proc.go, runtime2.go; the data
 * structures are in sched_impl.h).
 *
 * G, M, P. A goroutine (G) is a stack with a saved stack pointer
 * (ctx.c switches, stack.c allocates). A worker thread (M) runs the
 * scheduler loop on its own stack (its g0) and switches to goroutine
 * stacks. A P is the right to run goroutines: GOMAXPROCS of them, each
 * with a 256-slot run queue and runnext. Ms are created on demand (wakep:
 * an idle P and nobody looking for work), park on a futex note when there
 * is nothing to do, and one of them sleeps in the poller (netpoll.c) until
 * the next timer when goroutines wait for I/O or time.
 *
 * Switching. A goroutine switches to its M's g0 (mcall), and g0 finishes
 * what the goroutine asked (park_m, gosched_m, goexit0, exitsyscall0) and
 * picks the next goroutine (schedule). So when gopark's unlock callback
 * releases a channel's lock, the parked goroutine's registers are already
 * saved and any M may resume it at once. The one exception is a channel
 * hand-off's park (parkdirect): when the goroutine it readied sits in
 * runnext and would be picked next anyway, the parking goroutine switches
 * straight to it, and that one, once on its own stack, marks the first
 * waiting and releases its lock (finishpark) — the same order, one switch. Every switch runs between goc_switchbegin and goc_switchend
 * (stack.c's guard against a collection that would see a thread half
 * way between two stacks) and updates m->curstack inside.
 *
 * Scheduling order (Go's): runnext (a goroutine readied by the running one
 * runs next on the same P and inherits its time slice), the local queue,
 * the global queue (first, once every 61 rounds), the poller, then
 * stealing half of another P's queue (runnext last, and its P's timers).
 * A P that finds nothing goes idle; its M checks every queue once more
 * after giving up the P and then parks.
 *
 * sysmon, a thread of its own, wakes every 20 µs (backing off to 10 ms
 * while nothing happens), takes a P away from an M blocked in a system
 * call for more than a tick (entersyscall marks it; handoffp starts
 * another M), asks a goroutine that has run for 10 ms to yield (the
 * preemption checks the translator inserts read goc_preempt), and polls
 * the network when nobody has for 10 ms.
 *
 * External goroutines. A thread the scheduler did not start (a C program
 * using the ABI, a test) that calls into it gets an external goroutine
 * and an M of its own: it runs on its own stack without a P, parks by
 * sleeping on its M's note, and is readied by a wakeup of that note.
 * LockOSThread turns a goroutine into the same kind of locked goroutine
 * (its M gives its P away and runs only it). Goroutines they ready go to
 * the global queue.
 *
 * The deadlock detector (Go: checkdead) runs, under sched.lock, whenever
 * an M goes idle: when no M runs (every worker idle, every external or
 * locked M asleep), no timer is pending and no finalizer is queued, the
 * program can never proceed: "all goroutines are asleep - deadlock!" with
 * the list of goroutines, or "no goroutines (main called runtime.Goexit)"
 * once none is left.
 *
 * Counters: gcount is the number of user goroutines (NumGoroutine;
 * external goroutines count once registered). Goroutines of goc_newproc
 * number from 17, as the first user goroutine of a gc program does.
 */
#include "sched_impl.h"

#include <errno.h>
#include <limits.h>
#include <sched.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#if defined(__SANITIZE_ADDRESS__)
#include <sanitizer/common_interface_defs.h>
#endif

goc_schedt goc_sched;
goc_p *goc_allp[MAXPROCS];
int32_t goc_gomaxprocs;
goc_m *goc_allm;
int32_t goc_preempt; /* Ps whose goroutine should yield (include/goc/sched.h) */

static int64_t goidgen = 16;
static int64_t gcount;          /* user goroutines, external ones included (atomic) */
static bool goexited;           /* a main or external goroutine called Goexit */
static bool schedready;         /* goc_schedinit done (atomic) */
static pthread_once_t schedonce = PTHREAD_ONCE_INIT;
static pthread_key_t extkey;    /* an external thread's goroutine, dropped at thread exit */
static goc_mutex extlock;       /* extgs */
static goc_g *extgs;            /* external goroutines, newest first */
static goc_mutex gflock;        /* the global free list of dead goroutines */
static goc_g *gfreelist[2];     /* by stack class (stack.c) */
static int32_t ngfree[2];
static bool sysmonstarted;      /* under sched.lock */

enum { GFREE_MAX = 64, GFREE_BATCH = 32 };
#define FORCE_PREEMPT_NS 10000000

static void checkdead(void);
static void schedule(goc_m *m);

/* ---- thread-local goroutine --------------------------------------------------------- */

static inline void setg(goc_g *g) {
    __atomic_signal_fence(__ATOMIC_SEQ_CST);
    goc_curg = g;
    __atomic_signal_fence(__ATOMIC_SEQ_CST);
}

bool goc_islocked(const goc_g *g) {
    return g->s.lockedm != NULL;
}

/* ---- Ps and Ms (sched.lock held unless said otherwise) ------------------------------- */

/* Wakes sysmon if it sleeps waiting for a P to run (gc: entersyscall_sysmon,
 * and acquirep's check in exitsyscall). */
static void wakesysmon(void) {
    if (__atomic_load_n(&goc_sched.sysmonwait, __ATOMIC_ACQUIRE) != 0) {
        goc_lock(&goc_sched.lock);
        if (goc_sched.sysmonwait) {
            goc_sched.sysmonwait = 0;
            goc_notewakeup(&goc_sched.sysmonnote);
        }
        goc_unlock(&goc_sched.lock);
    }
}

static void acquirep(goc_m *m, goc_p *pp) {
    if (pp->m != NULL || __atomic_load_n(&pp->status, __ATOMIC_RELAXED) != GOC_PIDLE)
        goc_throw("acquirep: invalid p state");
    m->p = pp;
    pp->m = m;
    __atomic_store_n(&pp->status, GOC_PRUNNING, __ATOMIC_RELEASE);
    wakesysmon();
}

static goc_p *releasep(goc_m *m) {
    goc_p *pp = m->p;
    if (pp == NULL || pp->m != m)
        goc_throw("releasep: invalid p state");
    m->p = NULL;
    pp->m = NULL;
    __atomic_store_n(&pp->status, GOC_PIDLE, __ATOMIC_RELEASE);
    return pp;
}

static void globrunqput(goc_g *gp) {
    gp->s.schedlink = NULL;
    if (goc_sched.runqtail != NULL)
        goc_sched.runqtail->s.schedlink = gp;
    else
        goc_sched.runqhead = gp;
    goc_sched.runqtail = gp;
    __atomic_store_n(&goc_sched.runqsize, goc_sched.runqsize + 1, __ATOMIC_RELAXED);
}

static void globrunqputbatch(goc_g *head, goc_g *tail, int32_t n) {
    tail->s.schedlink = NULL;
    if (goc_sched.runqtail != NULL)
        goc_sched.runqtail->s.schedlink = head;
    else
        goc_sched.runqhead = head;
    goc_sched.runqtail = tail;
    __atomic_store_n(&goc_sched.runqsize, goc_sched.runqsize + n, __ATOMIC_RELAXED);
}

static goc_g *globrunqpop(void) {
    goc_g *gp = goc_sched.runqhead;
    if (gp == NULL)
        return NULL;
    goc_sched.runqhead = gp->s.schedlink;
    if (goc_sched.runqhead == NULL)
        goc_sched.runqtail = NULL;
    __atomic_store_n(&goc_sched.runqsize, goc_sched.runqsize - 1, __ATOMIC_RELAXED);
    return gp;
}

static void destroyp(goc_p *pp);

/* Withdraw pp's request to yield, if it stands; true if it did. */
static bool clearpreempt(goc_p *pp) {
    uint32_t one = 1;
    if (__atomic_load_n(&pp->preempt, __ATOMIC_RELAXED) == 0 ||
        !__atomic_compare_exchange_n(&pp->preempt, &one, 0, false, __ATOMIC_SEQ_CST, __ATOMIC_RELAXED))
        return false;
    __atomic_sub_fetch(&goc_preempt, 1, __ATOMIC_SEQ_CST);
    return true;
}

static void pidleput(goc_p *pp) {
    /* a request made to the goroutine that ran here is moot: kept, it would keep
       goc_preempt non-zero, and every translated function entry calling
       goc_preemptcheck, until this P runs something again */
    clearpreempt(pp);
    if (pp->id >= __atomic_load_n(&goc_gomaxprocs, __ATOMIC_RELAXED)) {
        destroyp(pp); /* GOMAXPROCS went down: this P goes away instead */
        return;
    }
    pp->link = goc_sched.pidle;
    goc_sched.pidle = pp;
    __atomic_add_fetch(&goc_sched.npidle, 1, __ATOMIC_SEQ_CST);
}

static goc_p *pidleget(void) {
    goc_p *pp = goc_sched.pidle;
    if (pp != NULL) {
        goc_sched.pidle = pp->link;
        __atomic_sub_fetch(&goc_sched.npidle, 1, __ATOMIC_SEQ_CST);
    }
    return pp;
}

static void mput(goc_m *m) {
    m->schedlink = goc_sched.midle;
    goc_sched.midle = m;
    goc_sched.nmidle++;
    checkdead();
}

static goc_m *mget(void) {
    goc_m *m = goc_sched.midle;
    if (m != NULL) {
        goc_sched.midle = m->schedlink;
        goc_sched.nmidle--;
    }
    return m;
}

/* ---- local run queues (lock-free; Go: runqput, runqget, runqgrab, runqsteal) ---------- */

static inline goc_g *slotload(goc_p *pp, uint32_t i) {
    return __atomic_load_n(&pp->runq[i % RUNQSIZE], __ATOMIC_RELAXED);
}
static inline void slotstore(goc_g **q, uint32_t i, goc_g *g) {
    __atomic_store_n(&q[i % RUNQSIZE], g, __ATOMIC_RELAXED);
}

static bool runqempty(goc_p *pp) {
    for (;;) {
        uint32_t head = __atomic_load_n(&pp->runqhead, __ATOMIC_ACQUIRE);
        uint32_t tail = __atomic_load_n(&pp->runqtail, __ATOMIC_ACQUIRE);
        goc_g *next = __atomic_load_n(&pp->runnext, __ATOMIC_ACQUIRE);
        if (tail == __atomic_load_n(&pp->runqtail, __ATOMIC_ACQUIRE))
            return head == tail && next == NULL;
    }
}

/* Move half of the full local queue and gp to the global queue. */
static bool runqputslow(goc_p *pp, goc_g *gp, uint32_t h, uint32_t t) {
    goc_g *batch[RUNQSIZE / 2 + 1];
    uint32_t n = (t - h) / 2;
    if (n != RUNQSIZE / 2)
        goc_throw("runqputslow: queue is not full");
    for (uint32_t i = 0; i < n; i++)
        batch[i] = slotload(pp, h + i);
    if (!__atomic_compare_exchange_n(&pp->runqhead, &h, h + n, false, __ATOMIC_RELEASE, __ATOMIC_RELAXED))
        return false;
    batch[n] = gp;
    for (uint32_t i = 0; i < n; i++)
        batch[i]->s.schedlink = batch[i + 1];
    goc_lock(&goc_sched.lock);
    globrunqputbatch(batch[0], batch[n], (int32_t)n + 1);
    goc_unlock(&goc_sched.lock);
    return true;
}

static void runqput(goc_p *pp, goc_g *gp, bool next) {
    if (next) {
        goc_g *old = __atomic_load_n(&pp->runnext, __ATOMIC_RELAXED);
        if (old == NULL) {
            /* Only pp's M makes runnext non-nil and thieves only take a non-nil one: a
               store will do (one atomic fewer on every channel hand-off). */
            __atomic_store_n(&pp->runnext, gp, __ATOMIC_RELEASE);
            return;
        }
        while (!__atomic_compare_exchange_n(&pp->runnext, &old, gp, true, __ATOMIC_RELEASE, __ATOMIC_RELAXED))
            ;
        if (old == NULL)
            return;
        gp = old; /* the one it displaced goes to the tail */
    }
    for (;;) {
        uint32_t h = __atomic_load_n(&pp->runqhead, __ATOMIC_ACQUIRE);
        uint32_t t = pp->runqtail;
        if (t - h < RUNQSIZE) {
            slotstore(pp->runq, t, gp);
            __atomic_store_n(&pp->runqtail, t + 1, __ATOMIC_RELEASE);
            return;
        }
        if (runqputslow(pp, gp, h, t))
            return;
    }
}

static goc_g *runqget(goc_p *pp, bool *inherit) {
    goc_g *next = __atomic_load_n(&pp->runnext, __ATOMIC_ACQUIRE);
    if (next != NULL && __atomic_compare_exchange_n(&pp->runnext, &next, NULL, false, __ATOMIC_ACQ_REL,
                                                    __ATOMIC_RELAXED)) {
        *inherit = true;
        return next;
    }
    for (;;) {
        uint32_t h = __atomic_load_n(&pp->runqhead, __ATOMIC_ACQUIRE);
        uint32_t t = pp->runqtail;
        if (t == h)
            return NULL;
        goc_g *gp = slotload(pp, h);
        if (__atomic_compare_exchange_n(&pp->runqhead, &h, h + 1, false, __ATOMIC_RELEASE, __ATOMIC_RELAXED)) {
            *inherit = false;
            return gp;
        }
    }
}

/* Take half of pp's queue into batch[batchhead...]; runnext too when asked and the queue is empty. */
static uint32_t runqgrab(goc_p *pp, goc_g **batch, uint32_t batchhead, bool stealrunnext) {
    for (;;) {
        uint32_t h = __atomic_load_n(&pp->runqhead, __ATOMIC_ACQUIRE);
        uint32_t t = __atomic_load_n(&pp->runqtail, __ATOMIC_ACQUIRE);
        uint32_t n = t - h;
        n = n - n / 2;
        if (n == 0) {
            if (!stealrunnext)
                return 0;
            goc_g *next = __atomic_load_n(&pp->runnext, __ATOMIC_ACQUIRE);
            if (next == NULL)
                return 0;
            if (__atomic_load_n(&pp->status, __ATOMIC_RELAXED) == GOC_PRUNNING) {
                /* Its P is about to run it, most likely (a goroutine that readied
                   another and is about to block): give it a moment. Like gc, sleep
                   (usleep(3), which the kernel's timer slack stretches to tens of µs)
                   rather than spin: a spinning thief takes a core from the pair it
                   would steal from. */
                usleep(3);
                if (__atomic_load_n(&pp->runnext, __ATOMIC_ACQUIRE) != next)
                    continue;
            }
            if (!__atomic_compare_exchange_n(&pp->runnext, &next, NULL, false, __ATOMIC_ACQ_REL, __ATOMIC_RELAXED))
                continue;
            slotstore(batch, batchhead, next);
            return 1;
        }
        if (n > RUNQSIZE / 2)
            continue; /* read an inconsistent h and t */
        for (uint32_t i = 0; i < n; i++)
            slotstore(batch, batchhead + i, slotload(pp, h + i));
        if (__atomic_compare_exchange_n(&pp->runqhead, &h, h + n, false, __ATOMIC_RELEASE, __ATOMIC_RELAXED))
            return n;
    }
}

static goc_g *runqsteal(goc_p *pp, goc_p *p2, bool stealrunnext) {
    uint32_t t = pp->runqtail;
    uint32_t n = runqgrab(p2, pp->runq, t, stealrunnext);
    if (n == 0)
        return NULL;
    n--;
    goc_g *gp = slotload(pp, t + n);
    if (n == 0)
        return gp;
    uint32_t h = __atomic_load_n(&pp->runqhead, __ATOMIC_ACQUIRE);
    if (t - h + n >= RUNQSIZE)
        goc_throw("runqsteal: runq overflow");
    __atomic_store_n(&pp->runqtail, t + n, __ATOMIC_RELEASE);
    return gp;
}

/* Go: globrunqget. A batch from the global queue for pp (sched.lock held). */
static goc_g *globrunqget(goc_p *pp, int32_t max) {
    int32_t size = goc_sched.runqsize;
    if (size == 0)
        return NULL;
    int32_t procs = __atomic_load_n(&goc_gomaxprocs, __ATOMIC_RELAXED);
    int32_t n = size / (procs > 0 ? procs : 1) + 1;
    if (n > size)
        n = size;
    if (max > 0 && n > max)
        n = max;
    if (n > RUNQSIZE / 2)
        n = RUNQSIZE / 2;
    goc_g *gp = globrunqpop();
    for (n--; n > 0; n--)
        runqput(pp, globrunqpop(), false);
    return gp;
}

/* ---- free goroutines ---------------------------------------------------------------------- */

static void gfput(goc_p *pp, goc_g *gp) {
    int c = gp->s.stackclass;
    if (pp == NULL) {
        goc_lock(&gflock);
        gp->s.schedlink = gfreelist[c];
        gfreelist[c] = gp;
        ngfree[c]++;
        goc_unlock(&gflock);
        return;
    }
    gp->s.schedlink = pp->gfree[c];
    pp->gfree[c] = gp;
    if (++pp->ngfree[c] < GFREE_MAX)
        return;
    goc_lock(&gflock);
    while (pp->ngfree[c] > GFREE_MAX - GFREE_BATCH) {
        goc_g *g = pp->gfree[c];
        pp->gfree[c] = g->s.schedlink;
        pp->ngfree[c]--;
        g->s.schedlink = gfreelist[c];
        gfreelist[c] = g;
        ngfree[c]++;
    }
    goc_unlock(&gflock);
}

/* A dead goroutine whose stack is of class c, or NULL. */
static goc_g *gfget(goc_p *pp, int c) {
    if (pp == NULL || (pp->gfree[c] == NULL && __atomic_load_n(&ngfree[c], __ATOMIC_RELAXED) > 0)) {
        goc_lock(&gflock);
        if (pp == NULL) {
            goc_g *g = gfreelist[c];
            if (g != NULL) {
                gfreelist[c] = g->s.schedlink;
                ngfree[c]--;
            }
            goc_unlock(&gflock);
            return g;
        }
        while (pp->ngfree[c] < GFREE_BATCH && gfreelist[c] != NULL) {
            goc_g *g = gfreelist[c];
            gfreelist[c] = g->s.schedlink;
            ngfree[c]--;
            g->s.schedlink = pp->gfree[c];
            pp->gfree[c] = g;
            pp->ngfree[c]++;
        }
        goc_unlock(&gflock);
    }
    goc_g *gp = pp->gfree[c];
    if (gp != NULL) {
        pp->gfree[c] = gp->s.schedlink;
        pp->ngfree[c]--;
    }
    return gp;
}

/* ---- Ps: creation, GOMAXPROCS, retirement ------------------------------------------------- */

static goc_p *newp(int32_t id) {
    goc_p *pp = GC_MALLOC_UNCOLLECTABLE(sizeof *pp); /* scanned: it points at the timer heap */
    if (pp == NULL)
        goc_throw("runtime: out of memory");
    memset(pp, 0, sizeof *pp);
    pp->id = id;
    pp->status = GOC_PIDLE;
    return pp;
}

/* A P that GOMAXPROCS no longer covers (sched.lock held, nobody holds pp): its work goes elsewhere. */
static void destroyp(goc_p *pp) {
    bool inherit;
    goc_g *gp;
    clearpreempt(pp);
    while ((gp = runqget(pp, &inherit)) != NULL)
        globrunqput(gp);
    goc_movetimers(pp, goc_allp[0]);
    for (int c = 0; c < 2; c++) {
        while ((gp = pp->gfree[c]) != NULL) {
            pp->gfree[c] = gp->s.schedlink;
            pp->ngfree[c]--;
            gfput(NULL, gp);
        }
    }
    __atomic_store_n(&pp->status, GOC_PDEAD, __ATOMIC_RELEASE);
}

/* Go: procresize (sched.lock held). Ps above n go when their M lets them go. */
static void procresize(int32_t n) {
    int32_t old = goc_gomaxprocs;
    for (int32_t i = 0; i < n; i++) {
        goc_p *pp = goc_allp[i];
        if (pp == NULL)
            goc_allp[i] = pp = newp(i);
        else if (i < old)
            continue;
        else if (__atomic_load_n(&pp->status, __ATOMIC_ACQUIRE) != GOC_PDEAD)
            continue; /* still held by an M that has not let it go: it stays */
        __atomic_store_n(&pp->status, GOC_PIDLE, __ATOMIC_RELAXED);
        pp->m = NULL;
        pp->link = goc_sched.pidle;
        goc_sched.pidle = pp;
        __atomic_add_fetch(&goc_sched.npidle, 1, __ATOMIC_SEQ_CST);
    }
    __atomic_store_n(&goc_gomaxprocs, n, __ATOMIC_SEQ_CST);
    /* idle Ps above n leave the idle list now */
    for (goc_p **pl = &goc_sched.pidle; *pl != NULL;) {
        goc_p *pp = *pl;
        if (pp->id >= n) {
            *pl = pp->link;
            __atomic_sub_fetch(&goc_sched.npidle, 1, __ATOMIC_SEQ_CST);
            destroyp(pp);
        } else {
            pl = &pp->link;
        }
    }
}

/* ---- Ms ------------------------------------------------------------------------------------- */

static goc_g *newg0(goc_m *m) {
    goc_g *g0 = GC_MALLOC_UNCOLLECTABLE(sizeof *g0);
    if (g0 == NULL)
        goc_throw("runtime: out of memory");
    memset(g0, 0, sizeof *g0);
    g0->s.kind = GOC_GKG0;
    g0->s.status = GOC_GRUNNING;
    g0->s.m = m;
    return g0;
}

static goc_m *allocm(bool external) {
    goc_m *m = GC_MALLOC_UNCOLLECTABLE(sizeof *m);
    if (m == NULL)
        goc_throw("runtime: out of memory");
    memset(m, 0, sizeof *m);
    m->external = external;
    if (!external) {
        m->g0 = newg0(m);
        m->curstack = m->g0;
    }
    goc_lock(&goc_sched.lock);
    m->id = goc_sched.mnext++;
    goc_sched.mcount++;
    m->alllink = goc_allm;
    __atomic_store_n(&goc_allm, m, __ATOMIC_RELEASE);
    goc_unlock(&goc_sched.lock);
    return m;
}

/* The calling thread's stack bounds into g0 (the collector's bottom is authoritative). */
static void threadstack(goc_m *m, goc_g *g) {
    struct GC_stack_base sb;
    void *h = GC_get_my_stackbottom(&sb);
    if (m != NULL) {
        m->gchandle = h;
        m->gcbottom = (uintptr_t)sb.mem_base;
    }
    g->s.stackhi = (uintptr_t)sb.mem_base;
    pthread_attr_t a;
    if (pthread_getattr_np(pthread_self(), &a) == 0) {
        void *addr;
        size_t size;
        if (pthread_attr_getstack(&a, &addr, &size) == 0)
            g->s.stacklo = (uintptr_t)addr;
        pthread_attr_destroy(&a);
    }
}

static void *mstart(void *arg) {
    goc_m *m = arg;
    m->thread = pthread_self();
    setg(m->g0);
    goc_minit();
    threadstack(m, m->g0);
    if (m->nextp != NULL) {
        goc_p *pp = m->nextp;
        m->nextp = NULL;
        acquirep(m, pp);
    }
    schedule(m);
    return NULL;
}

static void newm(goc_p *pp, bool spinning) {
    goc_m *m = allocm(false);
    m->nextp = pp;
    m->spinning = spinning;
    pthread_attr_t attr;
    pthread_attr_init(&attr);
    pthread_attr_setdetachstate(&attr, PTHREAD_CREATE_DETACHED);
    pthread_t tid;
    int err;
    for (int tries = 0;; tries++) {
        err = GC_pthread_create(&tid, &attr, mstart, m);
        if (err != EAGAIN || tries == 1000)
            break;
        usleep(1000);
    }
    pthread_attr_destroy(&attr);
    if (err != 0) {
        goc_printlock();
        goc_printcstr("runtime: failed to create new OS thread (have ");
        goc_printint(goc_sched.mcount);
        goc_printcstr(" already; errno=");
        goc_printint(err);
        goc_printcstr(")\n");
        goc_printunlock();
        goc_throw("newosproc");
    }
}

/* Sleep until another M hands us a P (Go: stopm). */
static void *notesleepfn(void *n) {
    goc_notesleep(n);
    return NULL;
}

static void mpark(goc_m *m) {
    GC_do_blocking(notesleepfn, &m->park);
    goc_noteclear(&m->park);
}

static void stopm(goc_m *m) {
    if (m->p != NULL)
        goc_throw("stopm holding p");
    if (m->spinning)
        goc_throw("stopm spinning");
    goc_lock(&goc_sched.lock);
    mput(m);
    goc_unlock(&goc_sched.lock);
    mpark(m);
    goc_p *pp = m->nextp;
    m->nextp = NULL;
    acquirep(m, pp);
}

/* Go: startm. Run some M on pp (an idle P if NULL); spinning: it looks for work. */
static void startm(goc_p *pp, bool spinning) {
    goc_lock(&goc_sched.lock);
    if (pp == NULL) {
        pp = pidleget();
        if (pp == NULL) {
            goc_unlock(&goc_sched.lock);
            if (spinning && __atomic_sub_fetch(&goc_sched.nmspinning, 1, __ATOMIC_SEQ_CST) < 0)
                goc_throw("startm: negative nmspinning");
            return;
        }
    }
    goc_m *nm = mget();
    goc_unlock(&goc_sched.lock);
    if (nm == NULL) {
        newm(pp, spinning);
        return;
    }
    nm->spinning = spinning;
    nm->nextp = pp;
    goc_notewakeup(&nm->park);
}

void goc_startidle(void) {
    startm(NULL, false);
}

void goc_wakep(void) {
    if (__atomic_load_n(&goc_sched.npidle, __ATOMIC_SEQ_CST) == 0)
        return;
    int32_t zero = 0;
    if (__atomic_load_n(&goc_sched.nmspinning, __ATOMIC_SEQ_CST) != 0 ||
        !__atomic_compare_exchange_n(&goc_sched.nmspinning, &zero, 1, false, __ATOMIC_SEQ_CST, __ATOMIC_SEQ_CST))
        return;
    startm(NULL, true);
}

/* Go: handoffp. pp was taken from an M (a system call, a locked goroutine): give it to one that can use it. */
static void handoffp(goc_p *pp) {
    if (!runqempty(pp) || __atomic_load_n(&goc_sched.runqsize, __ATOMIC_RELAXED) != 0) {
        startm(pp, false);
        return;
    }
    int32_t zero = 0;
    if (__atomic_load_n(&goc_sched.nmspinning, __ATOMIC_SEQ_CST) + __atomic_load_n(&goc_sched.npidle, __ATOMIC_SEQ_CST) == 0 &&
        __atomic_compare_exchange_n(&goc_sched.nmspinning, &zero, 1, false, __ATOMIC_SEQ_CST, __ATOMIC_SEQ_CST)) {
        startm(pp, true);
        return;
    }
    goc_lock(&goc_sched.lock);
    if (goc_sched.runqsize != 0) {
        goc_unlock(&goc_sched.lock);
        startm(pp, false);
        return;
    }
    /* The last running P, and nobody polls the network: somebody must. */
    if (__atomic_load_n(&goc_sched.npidle, __ATOMIC_SEQ_CST) == __atomic_load_n(&goc_gomaxprocs, __ATOMIC_RELAXED) - 1 &&
        __atomic_load_n(&goc_sched.lastpoll, __ATOMIC_SEQ_CST) != 0) {
        goc_unlock(&goc_sched.lock);
        startm(pp, false);
        return;
    }
    int64_t when = __atomic_load_n(&pp->timer0when, __ATOMIC_ACQUIRE);
    pidleput(pp);
    goc_unlock(&goc_sched.lock);
    if (when != 0)
        goc_wakep(); /* somebody must sleep in the poller until that timer */
}

/* ---- the stack switch ------------------------------------------------------------------------ */

/* The goroutine that switched straight to this one (parkdirect) is off its stack now:
   park it and release its lock, as park_m would have on g0. */
static inline void finishpark(goc_m *m) {
    goc_g *prev = m->parkg;
    if (__builtin_expect(prev == NULL, 1))
        return;
    m->parkg = NULL;
    void *lk = m->waitlock;
    m->waitlock = NULL;
    __atomic_store_n(&prev->s.status, GOC_GWAITING, __ATOMIC_RELEASE);
    goc_unlock(lk);
}

/* Leave from for to on m's thread; returns when from is resumed (on whatever M). */
static void gswitch(goc_m *m, goc_g *from, goc_g *to, bool dying) {
    goc_switchbegin(m);
    m->curstack = to;
    setg(to);
#if defined(__SANITIZE_ADDRESS__)
    __sanitizer_start_switch_fiber(dying ? NULL : &from->s.asanfake, (const void *)to->s.stacklo,
                                   to->s.stackhi - to->s.stacklo);
#else
    (void)dying;
#endif
    goc_ctxswitch(&from->s.sp, to->s.sp);
    /* Borrowed while parked (goc_onstackof): run the function here, above our frames, and
       go back to the borrower; we are still parked. */
    while (__builtin_expect(from->s.borrowfn != NULL, 0)) {
        void (*fn)(void *) = from->s.borrowfn;
        from->s.borrowfn = NULL;
        fn(from->s.borrowarg);
        goc_ctxswitch(&from->s.sp, *from->s.borrowret);
    }
#if defined(__SANITIZE_ADDRESS__)
    __sanitizer_finish_switch_fiber(from->s.asanfake, NULL, NULL);
#endif
    goc_m *rm = from->s.m; /* the M that resumed us */
    goc_switchend(rm);
    finishpark(rm);
}

static _Noreturn void stackoverflow_canary(goc_g *gp) {
    goc_printlock();
    goc_printcstr("runtime: goroutine stack exceeds ");
    goc_printuint(goc_maxstacksize);
    goc_printcstr("-byte limit\nruntime: stack=[");
    goc_printhex(gp->s.stacklo);
    goc_printcstr(", ");
    goc_printhex(gp->s.stackhi);
    goc_printcstr("]\n");
    goc_printunlock();
    goc_throw("stack overflow");
}

/* Go: mcall. Switch to g0, which runs fn(gp) and then schedules; returns when gp runs again. */
static void mcall(void (*fn)(goc_g *), bool dying) {
    goc_g *gp = goc_loadg();
    goc_m *m = gp->s.m;
    if (gp == m->g0 || m->curg != gp)
        goc_throw("mcall: not on a goroutine");
    if (goc_stackoverflowed(gp))
        stackoverflow_canary(gp);
    m->mcallfn = fn;
    m->mcallg = gp;
    gswitch(m, gp, m->g0, dying);
}

/* g0: run gp until it comes back, then do what it asked. */
static void execute(goc_m *m, goc_g *gp, bool inherit) {
    goc_p *pp = m->p;
    m->curg = gp;
    gp->s.m = m;
    __atomic_store_n(&gp->s.status, GOC_GRUNNING, __ATOMIC_RELEASE);
    if (!inherit) {
        pp->schedtick++;
        clearpreempt(pp); /* a new slice anyway */
    }
    gswitch(m, m->g0, gp, false);
    void (*fn)(goc_g *) = m->mcallfn;
    goc_g *g = m->mcallg;
    m->mcallfn = NULL;
    m->mcallg = NULL;
    fn(g);
}

/* ---- creating goroutines ------------------------------------------------------------------- */

static void goexit1(void);

/* Where a goroutine's stack ends, as gc's runtime.goexit ends it (symtab.h). */
GOC_FUNCTAB(gostart, "runtime.goexit", GOC_FUNC_GOEXIT);

static void gostart(void *arg) {
    goc_g *gp = arg;
#if defined(__SANITIZE_ADDRESS__)
    __sanitizer_finish_switch_fiber(NULL, NULL, NULL);
#endif
    goc_switchend(gp->s.m);
    finishpark(gp->s.m);
    gp->s.started = true;
    goc_func *fn = gp->s.fn;
    ((void (*)(goc_func *))fn->fn)(fn);
    goexit1();
}

/* A runnable goroutine that will call fn (on gp's stack if given, and goid if non-zero). */
static goc_g *newproc1(goc_func *fn, const goc_g *parent, uint8_t kind, goc_g *gp, int64_t goid) {
    goc_m *m = goc_getm();
    goc_p *pp = m != NULL ? m->p : NULL;
    if (gp == NULL) {
        int c = goc_stackclass();
        gp = gfget(pp, c);
        if (gp == NULL)
            gp = goc_stackalloc(c);
        goc_stackuse(gp, true);
    }
    gp->goid = goid != 0 ? goid : __atomic_add_fetch(&goidgen, 1, __ATOMIC_RELAXED);
    gp->s.kind = kind;
    gp->s.fn = fn;
    gp->s.parentgoid = parent != NULL && parent->s.kind != GOC_GKG0 ? parent->goid : 0;
    gp->labels = parent != NULL && parent->s.kind != GOC_GKG0 ? parent->labels : NULL; /* Go: newproc1 copies them */
    gp->s.m = NULL;
    gp->s.started = false;
    gp->s.sp = goc_ctxmake((void *)gp->s.stackhi, gostart, gp);
    if (kind == GOC_GKUSER) {
        gp->s.listed = true;
        __atomic_add_fetch(&gcount, 1, __ATOMIC_RELAXED);
    }
    __atomic_store_n(&gp->s.status, GOC_GRUNNABLE, __ATOMIC_RELEASE);
    return gp;
}

static void sysmonstart(void);

/* Queue a runnable goroutine on the current P (runnext: it runs next), or the global queue. */
static void readyput(goc_g *gp, bool next) {
    goc_m *m = goc_getm();
    goc_p *pp = m != NULL ? m->p : NULL;
    if (pp != NULL) {
        runqput(pp, gp, next);
    } else {
        goc_lock(&goc_sched.lock);
        globrunqput(gp);
        goc_unlock(&goc_sched.lock);
    }
    goc_wakep();
}

static void newproc(goc_func *fn, uint8_t kind, uintptr_t gopc) {
    if (!__atomic_load_n(&schedready, __ATOMIC_ACQUIRE))
        goc_schedinit();
    goc_g *parent = goc_schedg();
    if (fn == NULL)
        goc_fatal("go of nil func value");
    if (!__atomic_load_n(&sysmonstarted, __ATOMIC_RELAXED))
        sysmonstart();
    goc_g *gp = newproc1(fn, parent, kind, NULL, 0);
    gp->gopc = gopc; /* the go statement, for "created by" (traceback.c) */
    readyput(gp, true);
}

void goc_newproc(goc_func *fn) { newproc(fn, GOC_GKUSER, (uintptr_t)__builtin_return_address(0)); }

void goc_newsysproc(goc_func *fn) { newproc(fn, GOC_GKSYSTEM, (uintptr_t)__builtin_return_address(0)); }

/* ---- external goroutines ---------------------------------------------------------------------- */

static void extunlist(goc_g *g) {
    goc_lock(&extlock);
    if (g->s.extprev != NULL)
        g->s.extprev->s.extnext = g->s.extnext;
    else if (extgs == g)
        extgs = g->s.extnext;
    if (g->s.extnext != NULL)
        g->s.extnext->s.extprev = g->s.extprev;
    g->s.extnext = g->s.extprev = NULL;
    goc_unlock(&extlock);
    if (g->s.listed) {
        g->s.listed = false;
        __atomic_sub_fetch(&gcount, 1, __ATOMIC_RELAXED);
    }
}

/* Forget an external M (sched.lock held): it no longer counts. */
static void mdrop(goc_m *m) {
    if (m->dead)
        return;
    m->dead = true;
    goc_sched.mcount--;
    for (goc_m **ml = &goc_allm; *ml != NULL; ml = &(*ml)->alllink)
        if (*ml == m) {
            __atomic_store_n(ml, m->alllink, __ATOMIC_RELEASE);
            break;
        }
}

/* pthread key destructor: the external thread exits. */
static void extexit(void *arg) {
    goc_g *g = arg;
    extunlist(g);
    if (g->s.m != NULL) {
        goc_lock(&goc_sched.lock);
        mdrop(g->s.m);
        goc_unlock(&goc_sched.lock);
    }
}

goc_g *goc_schedg(void) {
    goc_g *g = goc_getg();
    if (__builtin_expect(g->s.m != NULL || g->s.kind != GOC_GKEXTERNAL, 1))
        return g;
    /* An external thread's first scheduling call: it becomes a goroutine that counts. */
    goc_schedinit();
    goc_m *m = allocm(true);
    m->lockedg = g;
    g->s.m = m;
    g->s.lockedm = m;
    g->s.status = GOC_GRUNNING;
    threadstack(NULL, g);
    goc_lock(&extlock);
    g->s.extnext = extgs;
    if (extgs != NULL)
        extgs->s.extprev = g;
    extgs = g;
    goc_unlock(&extlock);
    g->s.listed = true;
    __atomic_add_fetch(&gcount, 1, __ATOMIC_RELAXED);
    pthread_setspecific(extkey, g);
    return g;
}

/* ---- parking and readying ---------------------------------------------------------------------- */

/* A locked goroutine parks in place: its M sleeps (Go: stoplockedm). */
static void parklocked(goc_g *gp, goc_unlockf unlockf, void *arg) {
    goc_m *m = gp->s.m;
    goc_noteclear(&m->park);
    __atomic_store_n(&gp->s.status, GOC_GWAITING, __ATOMIC_RELEASE);
    if (unlockf != NULL && !unlockf(gp, arg)) {
        __atomic_store_n(&gp->s.status, GOC_GRUNNING, __ATOMIC_RELEASE);
        return;
    }
    goc_lock(&goc_sched.lock);
    goc_sched.nmidlelocked++;
    checkdead();
    goc_unlock(&goc_sched.lock);
    mpark(m);
    __atomic_store_n(&gp->s.status, GOC_GRUNNING, __ATOMIC_RELEASE);
}

static void readylocked(goc_g *gp) {
    uint32_t st = GOC_GWAITING;
    if (!__atomic_compare_exchange_n(&gp->s.status, &st, GOC_GRUNNABLE, false, __ATOMIC_ACQ_REL, __ATOMIC_RELAXED))
        goc_throw("bad g->status in ready");
    goc_lock(&goc_sched.lock);
    goc_sched.nmidlelocked--; /* before it wakes: the detector must never see it idle and runnable */
    goc_unlock(&goc_sched.lock);
    goc_notewakeup(&gp->s.lockedm->park);
}

static void park_m(goc_g *gp) {
    goc_m *m = gp->s.m;
    __atomic_store_n(&gp->s.status, GOC_GWAITING, __ATOMIC_RELEASE);
    m->curg = NULL;
    goc_unlockf f = m->waitunlockf;
    if (f != NULL) {
        void *lk = m->waitlock;
        m->waitunlockf = NULL;
        m->waitlock = NULL;
        if (!f(gp, lk)) {
            __atomic_store_n(&gp->s.status, GOC_GRUNNABLE, __ATOMIC_RELEASE);
            m->nextg = gp; /* it goes on at once */
        }
    }
}

/*
 * A channel hand-off's fast path: when the goroutine that parks has just
 * readied another into runnext (the receiver of an unbuffered send, say)
 * and schedule would pick it next anyway (no timer, no global-queue turn,
 * no GOMAXPROCS change), switch straight to it instead of through g0; it
 * parks us and releases our lock once we are off our stack (finishpark).
 * Only for goc_parkunlock, which cannot refuse. One stack switch instead of
 * two, and no trip through the scheduler loop.
 */
static bool parkdirect(goc_g *gp, goc_m *m, goc_unlockf unlockf, void *arg) {
    goc_p *pp = m->p;
    if (unlockf != goc_parkunlock || pp == NULL || m->curg != gp ||
        __atomic_load_n(&pp->timer0when, __ATOMIC_RELAXED) != 0 ||
        (pp->schedtick % 61 == 0 && __atomic_load_n(&goc_sched.runqsize, __ATOMIC_RELAXED) > 0) ||
        pp->id >= __atomic_load_n(&goc_gomaxprocs, __ATOMIC_RELAXED))
        return false;
    goc_g *next = __atomic_load_n(&pp->runnext, __ATOMIC_ACQUIRE);
    if (next == NULL ||
        !__atomic_compare_exchange_n(&pp->runnext, &next, NULL, false, __ATOMIC_ACQ_REL, __ATOMIC_RELAXED))
        return false;
    if (goc_stackoverflowed(gp))
        stackoverflow_canary(gp);
    m->curg = next;
    next->s.m = m;
    __atomic_store_n(&next->s.status, GOC_GRUNNING, __ATOMIC_RELEASE);
    m->parkg = gp;
    m->waitlock = arg;
    gswitch(m, gp, next, false);
    return true;
}

void goc_gopark(const char *reason, goc_unlockf unlockf, void *arg) {
    goc_g *gp = goc_schedg();
    if (gp->s.kind == GOC_GKG0)
        goc_throw("gopark on the scheduler stack");
    gp->s.waitreason = reason;
    if (goc_islocked(gp)) {
        parklocked(gp, unlockf, arg);
    } else if (!parkdirect(gp, gp->s.m, unlockf, arg)) {
        goc_m *m = gp->s.m;
        m->waitunlockf = unlockf;
        m->waitlock = arg;
        mcall(park_m, false);
    }
    gp->s.waitreason = NULL;
}

bool goc_parkunlock(goc_g *gp, void *lock) {
    (void)gp;
    goc_unlock(lock);
    return true;
}

void goc_goready(goc_g *gp) {
    if (goc_islocked(gp)) {
        readylocked(gp);
        return;
    }
    /* Only the goroutine that took gp off a wait queue readies it, so nobody else writes
       its status now: a check and a store, not a compare-and-swap. */
    if (__atomic_load_n(&gp->s.status, __ATOMIC_ACQUIRE) != GOC_GWAITING)
        goc_throw("bad g->status in ready");
    __atomic_store_n(&gp->s.status, GOC_GRUNNABLE, __ATOMIC_RELEASE);
    readyput(gp, true);
}

_Noreturn void goc_parkforever(const char *reason) {
    for (;;)
        goc_gopark(reason, NULL, NULL);
}

_Noreturn void goc_block(void) {
    goc_parkforever("select (no cases)");
}

void goc_injectglist(goc_g *list) {
    if (list == NULL)
        return;
    goc_g *head = NULL, *tail = NULL;
    int32_t n = 0;
    while (list != NULL) {
        goc_g *gp = list;
        list = gp->s.schedlink;
        if (goc_islocked(gp)) {
            readylocked(gp);
            continue;
        }
        __atomic_store_n(&gp->s.status, GOC_GRUNNABLE, __ATOMIC_RELEASE);
        gp->s.schedlink = NULL;
        if (tail != NULL)
            tail->s.schedlink = gp;
        else
            head = gp;
        tail = gp;
        n++;
    }
    if (head == NULL)
        return;
    goc_m *m = goc_getm();
    goc_p *pp = m != NULL ? m->p : NULL;
    int32_t npidle = __atomic_load_n(&goc_sched.npidle, __ATOMIC_SEQ_CST);
    if (pp == NULL) {
        goc_lock(&goc_sched.lock);
        globrunqputbatch(head, tail, n);
        goc_unlock(&goc_sched.lock);
        for (int32_t i = 0; i < n && i < npidle; i++)
            startm(NULL, false);
        return;
    }
    /* As many as there are idle Ps go to the global queue for them; the rest stay here. */
    int32_t k = 0;
    if (npidle > 0) {
        goc_g *h = head, *t = head;
        for (k = 1; k < npidle && t->s.schedlink != NULL; k++)
            t = t->s.schedlink;
        head = t->s.schedlink;
        goc_lock(&goc_sched.lock);
        globrunqputbatch(h, t, k);
        goc_unlock(&goc_sched.lock);
        for (int32_t i = 0; i < k; i++)
            startm(NULL, false);
    }
    while (head != NULL) {
        goc_g *gp = head;
        head = gp->s.schedlink;
        runqput(pp, gp, false);
    }
}

/* ---- finding work ----------------------------------------------------------------------------- */

/* *now is 0 until somebody read the clock. */
static goc_g *stealwork(goc_m *m, int64_t *now, int64_t *polluntil) {
    goc_p *pp = m->p;
    for (int round = 0; round < 4; round++) {
        bool last = round == 3; /* also timers and runnext */
        int32_t n = __atomic_load_n(&goc_gomaxprocs, __ATOMIC_RELAXED);
        uint32_t start = goc_cheaprand();
        for (int32_t k = 0; k < n; k++) {
            goc_p *p2 = goc_allp[(start + (uint32_t)k) % (uint32_t)n];
            if (p2 == NULL || p2 == pp)
                continue;
            if (last) {
                int64_t w = __atomic_load_n(&p2->timer0when, __ATOMIC_ACQUIRE);
                if (w != 0 && *now == 0)
                    *now = goc_nanotime();
                if (w != 0 && w <= *now) {
                    goc_checktimers(p2, *now);
                    bool inherit;
                    goc_g *gp = runqget(pp, &inherit);
                    if (gp != NULL)
                        return gp;
                }
                w = __atomic_load_n(&p2->timer0when, __ATOMIC_ACQUIRE);
                if (w != 0 && (*polluntil == 0 || w < *polluntil))
                    *polluntil = w;
            }
            uint32_t s = __atomic_load_n(&p2->status, __ATOMIC_RELAXED);
            if (s == GOC_PIDLE || s == GOC_PDEAD)
                continue;
            goc_g *gp = runqsteal(pp, p2, last);
            if (gp != NULL)
                return gp;
        }
    }
    return NULL;
}

static void *netpollfn(void *arg) {
    int64_t *delay = arg;
    goc_g *list = goc_netpoll(*delay);
    return list;
}

/* Go: findRunnable. Returns a goroutine to run, with m->p held (or parks m until there is one). */
/* m stops spinning (it holds no P to look for work with, or found some). */
static void dropspinning(goc_m *m) {
    m->spinning = false;
    if (__atomic_sub_fetch(&goc_sched.nmspinning, 1, __ATOMIC_SEQ_CST) < 0)
        goc_throw("negative nmspinning");
}

static goc_g *findrunnable(goc_m *m, bool *inherit) {
    *inherit = false;
top:;
    goc_p *pp = m->p;
    /* The clock is read only when some timer needs it (a vDSO call is a good part of a
       channel hand-off otherwise); stealwork reads it when another P has timers. */
    int64_t now = 0, polluntil = 0;
    if (__atomic_load_n(&pp->timer0when, __ATOMIC_ACQUIRE) != 0) {
        now = goc_nanotime();
        polluntil = goc_checktimers(pp, now);
    }
    goc_g *gp;
    if (pp->schedtick % 61 == 0 && __atomic_load_n(&goc_sched.runqsize, __ATOMIC_RELAXED) > 0) {
        goc_lock(&goc_sched.lock);
        gp = globrunqget(pp, 1);
        goc_unlock(&goc_sched.lock);
        if (gp != NULL)
            return gp;
    }
    if ((gp = runqget(pp, inherit)) != NULL)
        return gp;
    if (__atomic_load_n(&goc_sched.runqsize, __ATOMIC_RELAXED) > 0) {
        goc_lock(&goc_sched.lock);
        gp = globrunqget(pp, 0);
        goc_unlock(&goc_sched.lock);
        if (gp != NULL)
            return gp;
    }
    if (goc_netpollinited() && goc_netpollanywaiters() && __atomic_load_n(&goc_sched.lastpoll, __ATOMIC_SEQ_CST) != 0) {
        goc_g *list = goc_netpoll(0);
        if (list != NULL) {
            gp = list;
            list = gp->s.schedlink;
            if (goc_islocked(gp)) {
                list = gp; /* not for us: inject it with the rest */
                gp = NULL;
            }
            goc_injectglist(list);
            if (gp != NULL) {
                __atomic_store_n(&gp->s.status, GOC_GRUNNABLE, __ATOMIC_RELEASE);
                return gp;
            }
            goto top;
        }
    }
    int32_t procs = __atomic_load_n(&goc_gomaxprocs, __ATOMIC_RELAXED);
    if (m->spinning || 2 * __atomic_load_n(&goc_sched.nmspinning, __ATOMIC_SEQ_CST) <
                           procs - __atomic_load_n(&goc_sched.npidle, __ATOMIC_SEQ_CST)) {
        if (!m->spinning) {
            m->spinning = true;
            __atomic_add_fetch(&goc_sched.nmspinning, 1, __ATOMIC_SEQ_CST);
        }
        gp = stealwork(m, &now, &polluntil);
        if (gp != NULL)
            return gp;
    } else {
        int64_t w = goc_nexttimer();
        if (w != 0 && (polluntil == 0 || w < polluntil))
            polluntil = w;
    }

    /* Nothing: give up the P (checking the global queue under the lock first). */
    goc_lock(&goc_sched.lock);
    if (goc_sched.runqsize != 0) {
        gp = globrunqget(pp, 0);
        goc_unlock(&goc_sched.lock);
        return gp;
    }
    pidleput(releasep(m));
    goc_unlock(&goc_sched.lock);

    bool wasspinning = m->spinning;
    if (m->spinning) {
        dropspinning(m);
        /* Work may have been queued after we looked and before we stopped spinning (the
           readier saw us spinning and did not wake anybody): look once more, in the global
           queue (where a thread without a P, say an external one, readies goroutines) and
           in every P's. */
        goc_lock(&goc_sched.lock);
        goc_p *gq = goc_sched.runqsize != 0 ? pidleget() : NULL;
        goc_unlock(&goc_sched.lock);
        if (gq != NULL) {
            acquirep(m, gq); /* takes sched.lock to wake sysmon */
            m->spinning = true;
            __atomic_add_fetch(&goc_sched.nmspinning, 1, __ATOMIC_SEQ_CST);
            goto top; /* which takes from the global queue */
        }
        procs = __atomic_load_n(&goc_gomaxprocs, __ATOMIC_RELAXED);
        for (int32_t i = 0; i < procs; i++) {
            goc_p *p2 = goc_allp[i];
            if (p2 != NULL && !runqempty(p2)) {
                goc_lock(&goc_sched.lock);
                goc_p *np = pidleget();
                goc_unlock(&goc_sched.lock);
                if (np != NULL) {
                    acquirep(m, np);
                    m->spinning = true;
                    __atomic_add_fetch(&goc_sched.nmspinning, 1, __ATOMIC_SEQ_CST);
                    goto top;
                }
                break;
            }
        }
        int64_t w = goc_nexttimer();
        if (w != 0 && (polluntil == 0 || w < polluntil))
            polluntil = w;
    }

    /* Sleep in the poller until the next timer when anything can wake us there. */
    if (goc_netpollinited() && (goc_netpollanywaiters() || polluntil != 0) &&
        __atomic_exchange_n(&goc_sched.lastpoll, 0, __ATOMIC_SEQ_CST) != 0) {
        __atomic_store_n(&goc_sched.pollUntil, polluntil, __ATOMIC_SEQ_CST);
        int64_t delay = -1;
        if (polluntil != 0) {
            delay = polluntil - goc_nanotime();
            if (delay < 0)
                delay = 0;
        }
        goc_g *list = GC_do_blocking(netpollfn, &delay);
        now = goc_nanotime();
        __atomic_store_n(&goc_sched.pollUntil, 0, __ATOMIC_SEQ_CST);
        __atomic_store_n(&goc_sched.lastpoll, now, __ATOMIC_SEQ_CST);
        goc_lock(&goc_sched.lock);
        goc_p *np = pidleget();
        goc_unlock(&goc_sched.lock);
        if (np == NULL) {
            goc_injectglist(list);
        } else {
            acquirep(m, np);
            gp = NULL;
            if (list != NULL && !goc_islocked(list)) {
                gp = list;
                list = gp->s.schedlink;
            }
            goc_injectglist(list);
            if (gp != NULL) {
                __atomic_store_n(&gp->s.status, GOC_GRUNNABLE, __ATOMIC_RELEASE);
                return gp;
            }
            if (wasspinning) {
                m->spinning = true;
                __atomic_add_fetch(&goc_sched.nmspinning, 1, __ATOMIC_SEQ_CST);
            }
            goto top;
        }
    } else if (polluntil != 0 && goc_netpollinited()) {
        int64_t pu = __atomic_load_n(&goc_sched.pollUntil, __ATOMIC_SEQ_CST);
        if (pu == 0 || pu > polluntil)
            goc_netpollbreak();
    }
    stopm(m);
    goto top;
}

static void resetspinning(goc_m *m) {
    dropspinning(m);
    goc_wakep(); /* we found work: maybe there is more, for another M */
}

/* The scheduler loop on m's g0. */
static void schedule(goc_m *m) {
    for (;;) {
        if (m->nextg != NULL) { /* park_m's unlock said no, or exitsyscall0 got a P */
            goc_g *gp = m->nextg;
            m->nextg = NULL;
            execute(m, gp, true);
            continue;
        }
        if (m->p == NULL)
            stopm(m);
        if (m->p->id >= __atomic_load_n(&goc_gomaxprocs, __ATOMIC_RELAXED)) {
            goc_p *pp = releasep(m);
            goc_lock(&goc_sched.lock);
            destroyp(pp);
            goc_p *np = pidleget();
            goc_unlock(&goc_sched.lock);
            if (np != NULL) {
                acquirep(m, np);
            } else if (m->spinning) {
                /* no P to spin on: every P below GOMAXPROCS is held, and its M will see
                   whatever work made us spin */
                dropspinning(m);
            }
            continue;
        }
        bool inherit;
        goc_g *gp = findrunnable(m, &inherit);
        if (m->spinning)
            resetspinning(m);
        execute(m, gp, inherit);
    }
}

/*
 * Go: sync_runtime_canSpin. Spinning for a sync.Mutex only pays on a
 * multiprocessor with other Ps running (the holder may release it soon)
 * and nothing else queued here.
 */
bool goc_canspin(int iter) {
    if (iter >= 4 || goc_NumCPU() <= 1)
        return false;
    if (__atomic_load_n(&goc_gomaxprocs, __ATOMIC_RELAXED) <=
        __atomic_load_n(&goc_sched.npidle, __ATOMIC_RELAXED) + __atomic_load_n(&goc_sched.nmspinning, __ATOMIC_RELAXED) + 1)
        return false;
    goc_m *m = goc_getm();
    return m != NULL && m->p != NULL && runqempty(m->p);
}

/* ---- yielding, exiting --------------------------------------------------------------------- */

/* On g0: gp (running) goes to the global run queue; its M schedules something else. */
static void unlockrequeue(goc_g *gp) {
    goc_m *m = gp->s.m;
    __atomic_store_n(&gp->s.status, GOC_GRUNNABLE, __ATOMIC_RELEASE);
    m->curg = NULL;
    goc_lock(&goc_sched.lock);
    globrunqput(gp);
    goc_unlock(&goc_sched.lock);
}

/* Go: gosched_m. As unlockrequeue, and an idle P may come for gp. */
static void gosched_m(goc_g *gp) {
    unlockrequeue(gp);
    goc_wakep();
}

/* In another goroutine's traceback (runtime.Stack(buf, true)) a yielded one shows it as gc's. */
GOC_FUNCTAB(goc_Gosched, "runtime.Gosched", 0);

void goc_Gosched(void) {
    goc_g *gp = goc_loadg();
    if (gp == NULL || gp->s.kind == GOC_GKG0 || gp->s.kind == GOC_GKEXTERNAL || goc_islocked(gp) ||
        gp->s.m == NULL || gp->s.m->p == NULL) {
        goc_osyield();
        return;
    }
    mcall(gosched_m, false);
    __asm__ volatile(""); /* not a tail call: its frame is runtime.Gosched's */
}

/* runtime.Gosched's Go entry (linkname.h) is goc_Gosched itself, not a
   forwarder: a forwarder's frame stays on the stack when the C compiler makes
   no tail call (-O1: the sanitized runtime), and a parked goroutine's
   traceback then showed runtime.Gosched twice. */
void runtime__Gosched(void) __attribute__((alias("goc_Gosched")));

/* The translator's preemption checks land here when goc_preempt != 0 (include/goc/sched.h). */
void goc_preemptcheck(void) {
    goc_g *gp = goc_loadg();
    if (gp == NULL || gp->s.kind != GOC_GKUSER || goc_islocked(gp) || gp->printlock != 0)
        return;
    goc_m *m = gp->s.m;
    goc_p *pp = m->p;
    if (pp == NULL || m->curg != gp || m->locks != 0)
        return;
    if (!clearpreempt(pp))
        return;
    mcall(gosched_m, false); /* Go: gopreempt_m, to the global queue */
}

static void goexit0(goc_g *gp) {
    goc_m *m = gp->s.m;
    if (gp->s.listed) {
        gp->s.listed = false;
        __atomic_sub_fetch(&gcount, 1, __ATOMIC_RELAXED);
    }
    m->curg = NULL;
    gp->frames = NULL;
    gp->panic = NULL;
    gp->defercall = NULL;
    gp->deferpool = NULL;
    gp->ndeferpool = 0;
    gp->sig = 0;
    gp->preprinting = false;
    gp->printlock = 0;
    gp->tiny = NULL;
    gp->tinyoffset = 0;
    gp->asc[0] = gp->asc[1] = NULL; /* a dead record is not scanned: its batches must not dangle */
    gp->ascsize = 0;
    gp->ascrun = 0;
    gp->s.fn = NULL;
    gp->s.param = NULL;
    gp->s.waitreason = NULL;
    gp->s.lockedm = NULL;
    gp->s.lockedcount = 0;
    __atomic_store_n(&gp->s.status, GOC_GDEAD, __ATOMIC_RELEASE);
    if (!gp->s.bigstack) {
        goc_stackuse(gp, false);
        goc_stackrelease(gp);
        gfput(m->p, gp);
    }
}

static void goexit1(void) {
    goc_g *gp = goc_loadg();
    goc_m *m = gp->s.m;
    if (gp->s.lockedm != NULL) {
        /* LockOSThread without Unlock: the thread goes back to the scheduler (gc would end it). */
        gp->s.lockedcount = 1;
        goc_UnlockOSThread();
        m = gp->s.m;
    }
    (void)m;
    mcall(goexit0, true);
    goc_throw("goexit: resumed a dead goroutine");
}

/* An external goroutine ends: its thread stays, asleep for good. */
static _Noreturn void extexitforever(goc_g *g) {
    goc_m *m = g->s.m;
    extunlist(g);
    pthread_setspecific(extkey, NULL);
    goc_lock(&goc_sched.lock);
    goexited = true;
    goc_sched.nmidlelocked++;
    checkdead();
    goc_unlock(&goc_sched.lock);
    g->s.status = GOC_GDEAD;
    for (;;) {
        goc_noteclear(&m->park);
        GC_do_blocking(notesleepfn, &m->park);
    }
}

_Noreturn void goc_Goexit(void) {
    goc_g *g = goc_schedg();
    /* A Goexit from a deferred call of a panicking goroutine ends the panic. */
    g->panic = NULL;
    g->defercall = NULL;
    goc_frame *f;
    while ((f = g->frames) != NULL)
        goc_deferreturn(f); /* runs f's remaining defers, pops f */
    if (g->s.kind == GOC_GKEXTERNAL)
        extexitforever(g);
    if (g->goid == 1)
        __atomic_store_n(&goexited, true, __ATOMIC_RELAXED);
    goexit1();
    __builtin_unreachable();
}

/* ---- LockOSThread ------------------------------------------------------------------------------- */

void goc_LockOSThread(void) {
    goc_g *gp = goc_schedg();
    gp->s.lockedcount++;
    if (gp->s.kind != GOC_GKUSER && gp->s.kind != GOC_GKSYSTEM)
        return; /* an external goroutine is always on its thread */
    if (gp->s.lockedm != NULL)
        return;
    goc_m *m = gp->s.m;
    m->lockedg = gp;
    gp->s.lockedm = m;
    /* From now on this M runs only gp, without a P: somebody else uses the P. */
    goc_p *pp = releasep(m);
    handoffp(pp);
}

void goc_UnlockOSThread(void) {
    goc_g *gp = goc_schedg();
    if (gp->s.lockedcount == 0 || --gp->s.lockedcount > 0)
        return;
    if (gp->s.kind == GOC_GKEXTERNAL || gp->s.lockedm == NULL)
        return;
    goc_m *m = gp->s.m;
    m->lockedg = NULL;
    gp->s.lockedm = NULL;
    goc_lock(&goc_sched.lock);
    goc_p *pp = pidleget();
    goc_unlock(&goc_sched.lock);
    if (pp != NULL) {
        acquirep(m, pp);
        return;
    }
    mcall(unlockrequeue, false); /* no P free: wait in the global queue */
}

/* ---- system calls ------------------------------------------------------------------------------- */

static void exitsyscall0(goc_g *gp) {
    goc_m *m = gp->s.m;
    __atomic_store_n(&gp->s.status, GOC_GRUNNABLE, __ATOMIC_RELEASE);
    m->curg = NULL;
    goc_lock(&goc_sched.lock);
    goc_p *pp = pidleget();
    if (pp == NULL)
        globrunqput(gp);
    goc_unlock(&goc_sched.lock);
    if (pp != NULL) {
        acquirep(m, pp);
        m->nextg = gp;
    }
}

void goc_entersyscall(void) {
    goc_g *gp = goc_loadg();
    if (gp == NULL || gp->s.kind == GOC_GKG0 || gp->s.kind == GOC_GKEXTERNAL)
        return;
    goc_m *m = gp->s.m;
    goc_p *pp = m->p;
    if (pp == NULL)
        return; /* a locked goroutine holds no P */
    pp->syscalltick++;
    m->syscalltick = pp->syscalltick;
    __atomic_store_n(&gp->s.status, GOC_GSYSCALL, __ATOMIC_RELEASE);
    m->oldp = pp;
    m->p = NULL;
    pp->m = NULL;
    __atomic_store_n(&pp->status, GOC_PSYSCALL, __ATOMIC_SEQ_CST);
    wakesysmon();
}

void goc_exitsyscall(void) {
    goc_g *gp = goc_loadg();
    if (gp == NULL || __atomic_load_n(&gp->s.status, __ATOMIC_RELAXED) != GOC_GSYSCALL)
        return;
    goc_m *m = gp->s.m;
    goc_p *pp = m->oldp;
    m->oldp = NULL;
    uint32_t s = GOC_PSYSCALL;
    if (__atomic_compare_exchange_n(&pp->status, &s, GOC_PRUNNING, false, __ATOMIC_SEQ_CST, __ATOMIC_RELAXED)) {
        m->p = pp;
        pp->m = m;
        pp->syscalltick++; /* sysmon: this system call is over */
        __atomic_store_n(&gp->s.status, GOC_GRUNNING, __ATOMIC_RELEASE);
        return;
    }
    /* sysmon gave our P away: take an idle one, or queue ourselves. */
    if (__atomic_load_n(&goc_sched.npidle, __ATOMIC_SEQ_CST) > 0) {
        goc_lock(&goc_sched.lock);
        goc_p *np = pidleget();
        goc_unlock(&goc_sched.lock);
        if (np != NULL) {
            acquirep(m, np);
            __atomic_store_n(&gp->s.status, GOC_GRUNNING, __ATOMIC_RELEASE);
            return;
        }
    }
    m->curg = gp;
    mcall(exitsyscall0, false);
}

/* ---- sysmon -------------------------------------------------------------------------------------- */

/* Ask pp's goroutine to yield: the flag its cooperative checks read, and at most every
   millisecond the signal that interrupts a loop without calls (preempt.c). Like gc's, this
   does not keep sysmon polling often: a goroutine that ignores the signal (it runs runtime
   or C code) is asked again at sysmon's pace, which backs off to 10 ms. */
static void preemptone(goc_p *pp, int64_t now) {
    uint32_t zero = 0;
    if (__atomic_compare_exchange_n(&pp->preempt, &zero, 1, false, __ATOMIC_SEQ_CST, __ATOMIC_RELAXED))
        __atomic_add_fetch(&goc_preempt, 1, __ATOMIC_SEQ_CST);
    goc_m *m = __atomic_load_n(&pp->m, __ATOMIC_RELAXED);
    if (m == NULL || now - pp->sm_signalwhen < 1000000)
        return;
    pp->sm_signalwhen = now;
    goc_preemptsignal(m);
}

static int retake(int64_t now) {
    int n = 0;
    int32_t procs = __atomic_load_n(&goc_gomaxprocs, __ATOMIC_RELAXED);
    for (int32_t i = 0; i < MAXPROCS; i++) {
        goc_p *pp = goc_allp[i];
        if (pp == NULL)
            break;
        uint32_t s = __atomic_load_n(&pp->status, __ATOMIC_ACQUIRE);
        bool sysretake = false;
        if (s == GOC_PRUNNING || s == GOC_PSYSCALL) {
            uint32_t t = __atomic_load_n(&pp->schedtick, __ATOMIC_RELAXED);
            if (pp->sm_schedtick != t) {
                pp->sm_schedtick = t;
                pp->sm_schedwhen = now;
            } else if (pp->sm_schedwhen + FORCE_PREEMPT_NS <= now || i >= procs) {
                if (s == GOC_PRUNNING)
                    preemptone(pp, now);
                sysretake = true;
            }
        }
        if (s != GOC_PSYSCALL)
            continue;
        uint32_t t = __atomic_load_n(&pp->syscalltick, __ATOMIC_RELAXED);
        if (!sysretake && pp->sm_syscalltick != t) {
            pp->sm_syscalltick = t;
            pp->sm_syscallwhen = now;
            continue;
        }
        if (runqempty(pp) &&
            __atomic_load_n(&goc_sched.nmspinning, __ATOMIC_SEQ_CST) + __atomic_load_n(&goc_sched.npidle, __ATOMIC_SEQ_CST) > 0 &&
            pp->sm_syscallwhen + 10000000 > now)
            continue;
        uint32_t sc = GOC_PSYSCALL;
        if (__atomic_compare_exchange_n(&pp->status, &sc, GOC_PIDLE, false, __ATOMIC_SEQ_CST, __ATOMIC_RELAXED)) {
            n++;
            pp->syscalltick++;
            if (i >= procs) {
                goc_lock(&goc_sched.lock);
                destroyp(pp);
                goc_unlock(&goc_sched.lock);
            } else {
                handoffp(pp);
            }
        }
    }
    return n;
}

static void *sysmon(void *unused) {
    (void)unused;
    int idle = 0;
    int64_t delay = 0; /* µs */
    for (;;) {
        if (idle == 0)
            delay = 20;
        else if (idle > 50)
            delay *= 2;
        if (delay > 10000)
            delay = 10000;
        usleep((useconds_t)delay);
        int64_t now = goc_nanotime();
        if (__atomic_load_n(&goc_sched.npidle, __ATOMIC_SEQ_CST) == __atomic_load_n(&goc_gomaxprocs, __ATOMIC_RELAXED)) {
            /* Nothing runs: sleep until a P gets busy, or a while. */
            goc_lock(&goc_sched.lock);
            if (__atomic_load_n(&goc_sched.npidle, __ATOMIC_SEQ_CST) == __atomic_load_n(&goc_gomaxprocs, __ATOMIC_RELAXED)) {
                goc_sched.sysmonwait = 1;
                goc_unlock(&goc_sched.lock);
                int64_t sleep = 60000000000LL;
                int64_t next = goc_nexttimer();
                if (next != 0 && next - now < sleep)
                    sleep = next > now ? next - now : 0;
                goc_notetsleep(&goc_sched.sysmonnote, sleep);
                goc_lock(&goc_sched.lock);
                goc_sched.sysmonwait = 0;
                goc_noteclear(&goc_sched.sysmonnote);
                idle = 0;
                delay = 20;
            }
            goc_unlock(&goc_sched.lock);
            now = goc_nanotime();
        }
        int64_t lastpoll = __atomic_load_n(&goc_sched.lastpoll, __ATOMIC_SEQ_CST);
        if (goc_netpollinited() && lastpoll != 0 && lastpoll + 10000000 < now) {
            __atomic_compare_exchange_n(&goc_sched.lastpoll, &lastpoll, now, false, __ATOMIC_SEQ_CST, __ATOMIC_SEQ_CST);
            goc_g *list = goc_netpoll(0);
            if (list != NULL) {
                goc_injectglist(list);
                idle = 0;
            }
        }
        if (retake(now) != 0)
            idle = 0;
        else
            idle++;
    }
    return NULL;
}

static void sysmonstart(void) {
    goc_lock(&goc_sched.lock);
    if (sysmonstarted) {
        goc_unlock(&goc_sched.lock);
        return;
    }
    __atomic_store_n(&sysmonstarted, true, __ATOMIC_RELAXED);
    goc_unlock(&goc_sched.lock);
    pthread_attr_t attr;
    pthread_attr_init(&attr);
    pthread_attr_setdetachstate(&attr, PTHREAD_CREATE_DETACHED);
    pthread_attr_setstacksize(&attr, 256 << 10);
    pthread_t tid;
    if (GC_pthread_create(&tid, &attr, sysmon, NULL) != 0)
        goc_throw("runtime: cannot start sysmon");
    pthread_attr_destroy(&attr);
}

/* ---- the deadlock detector ----------------------------------------------------------------------- */

/* Go: tracebackothers' body for one goroutine; the detecting goroutine's stack is its own. */
static void printgoroutine(goc_g *g) {
    goc_printcstr("\n");
    goc_goroutineheader(g);
    if (g == goc_loadg())
        goc_traceback();
    else
        goc_tracebackg(g);
}

static int cmpgoid(const void *a, const void *b) {
    int64_t x = (*(goc_g *const *)a)->goid, y = (*(goc_g *const *)b)->goid;
    return x < y ? -1 : x > y;
}

/* The goroutines NumGoroutine counts, in goid order (malloc'd array; *n its length). */
static goc_g **listedgs(size_t *n) {
    size_t cap = 64, len = 0;
    goc_g **v = malloc(cap * sizeof *v);
    for (int pass = 0; pass < 2; pass++) {
        for (goc_g *g = pass == 0 ? extgs : goc_allgs; g != NULL; g = pass == 0 ? g->s.extnext : g->s.alllink) {
            if (!g->s.listed || __atomic_load_n(&g->s.status, __ATOMIC_RELAXED) == GOC_GDEAD)
                continue;
            if (len == cap) {
                cap *= 2;
                v = realloc(v, cap * sizeof *v);
            }
            if (v != NULL)
                v[len++] = g;
        }
    }
    if (v != NULL)
        qsort(v, len, sizeof *v, cmpgoid);
    *n = v != NULL ? len : 0;
    return v;
}

/* deadlock() is printing: every goroutine stays parked until the process exits. */
static bool worldparked;

/* goc_forallgs_stopped is running: no M can switch to a goroutine. */
static bool switchesfrozen;

bool goc_stackborrowable(const goc_g *gp) {
    uint32_t st = __atomic_load_n(&gp->s.status, __ATOMIC_ACQUIRE);
    /* A runnable goroutine that has run is parked in gswitch as a waiting one is (its
       status changes on g0, after the switch); one that never ran is not. */
    return (__atomic_load_n(&worldparked, __ATOMIC_ACQUIRE) || __atomic_load_n(&switchesfrozen, __ATOMIC_ACQUIRE)) && gp != goc_loadg() && gp->s.kind == GOC_GKUSER &&
           !goc_islocked(gp) && gp->s.sp != NULL && (st == GOC_GWAITING || (st == GOC_GRUNNABLE && gp->s.started));
}

uintptr_t goc_goexitpc(void) {
    return (uintptr_t)gostart;
}

void goc_onstackof(goc_g *gp, void (*fn)(void *), void *arg) {
    void *back = NULL;
    gp->s.borrowarg = arg;
    gp->s.borrowret = &back;
    gp->s.borrowfn = fn;
    goc_ctxswitch(&back, gp->s.sp); /* gswitch's loop runs fn and switches back */
}

/* Go: checkdead + fatal (sched.lock held). */
static _Noreturn void deadlock(const char *msg) {
    __atomic_store_n(&worldparked, true, __ATOMIC_RELEASE);
    goc_printlock();
    goc_printcstr("fatal error: ");
    goc_printcstr(msg);
    goc_printcstr("\n");
    bool crash = false;
    if (goc_gotraceback(&crash) > 0) {
        size_t n;
        goc_g **gs = listedgs(&n);
        for (size_t i = 0; i < n; i++)
            printgoroutine(gs[i]);
    }
    goc_printunlock();
    if (crash)
        abort();
    _exit(2);
}

/* Calls fn for every goroutine NumGoroutine counts, in goid order (traceback.c: runtime.Stack of all). */
void goc_forallgs(void (*fn)(goc_g *, void *), void *arg) {
    goc_lock(&goc_sched.lock);
    size_t n;
    goc_g **gs = listedgs(&n);
    for (size_t i = 0; i < n; i++)
        fn(gs[i], arg);
    goc_unlock(&goc_sched.lock);
    free(gs);
}

typedef struct forallarg {
    void (*fn)(goc_g *, void *);
    void *arg;
} forallarg;

static void *forallfrozen(void *p) {
    forallarg *a = p;
    goc_freezeswitches(true);
    __atomic_store_n(&switchesfrozen, true, __ATOMIC_RELEASE);
    goc_forallgs(a->fn, a->arg);
    __atomic_store_n(&switchesfrozen, false, __ATOMIC_RELEASE);
    goc_freezeswitches(false);
    return NULL;
}

/*
 * Go: stopTheWorld("stack trace") around forEachGRace. goc stops only the
 * stack switches: with the allocation lock held (no collection starts, none
 * is running) and every M held out of goc_switchbegin, no parked goroutine
 * can be resumed, so its stack can be borrowed for its traceback; goroutines
 * running on other threads go on running.
 */
void goc_forallgs_stopped(void (*fn)(goc_g *, void *), void *arg) {
    forallarg a = {fn, arg};
    GC_call_with_alloc_lock(forallfrozen, &a);
}

static void checkdead(void) {
    int32_t run = goc_sched.mcount - goc_sched.nmidle - goc_sched.nmidlelocked;
    if (run > 0)
        return;
    if (run < 0) {
        goc_printlock();
        goc_printcstr("runtime: checkdead: nmidle=");
        goc_printint(goc_sched.nmidle);
        goc_printcstr(" nmidlelocked=");
        goc_printint(goc_sched.nmidlelocked);
        goc_printcstr(" mcount=");
        goc_printint(goc_sched.mcount);
        goc_printcstr("\n");
        goc_printunlock();
        goc_throw("checkdead: inconsistent counts");
    }
    if (__atomic_load_n(&gcount, __ATOMIC_RELAXED) == 0) {
        if (__atomic_load_n(&goexited, __ATOMIC_RELAXED))
            deadlock("no goroutines (main called runtime.Goexit) - deadlock!");
        return;
    }
    if (goc_nexttimer() != 0)
        return; /* a timer may still wake somebody */
    if (goc_finpending())
        return; /* finalizers about to run may */
    deadlock("all goroutines are asleep - deadlock!");
}

/* ---- start-up, main, fork --------------------------------------------------------------------- */

static void forkprepare(void) {
    goc_lock(&goc_sched.lock);
}

static void forkparent(void) {
    goc_unlock(&goc_sched.lock);
}

/*
 * The child of fork has one thread, the caller. Goroutines of the parent
 * cannot run here: forget them, the other Ms and sysmon, and start over
 * with idle Ps (tests fork to check how a program dies).
 */
static void forkchild(void) {
    goc_g *self = goc_loadg();
    goc_m *selfm = self != NULL ? self->s.m : NULL;
    memset(&goc_sched, 0, sizeof goc_sched);
    extlock.key = 0;
    gflock.key = 0;
    sysmonstarted = false;
    goc_preempt = 0;
    /* every M but ours is gone */
    goc_m *keep = NULL;
    for (goc_m *m = goc_allm; m != NULL; m = m->alllink)
        if (m == selfm)
            keep = m;
    if (keep != NULL) {
        keep->alllink = NULL;
        keep->spinning = false;
        keep->park.key = 0;
        goc_sched.mcount = 1;
    }
    goc_allm = keep;
    goc_sched.mnext = 1;
    /* every goroutine but ours is gone */
    int64_t n = 0;
    for (goc_g *g = goc_allgs; g != NULL; g = g->s.alllink) {
        if (g == self || g->s.status == GOC_GDEAD)
            continue;
        g->s.listed = false;
        g->s.status = GOC_GDEAD; /* not reused: its stack holds frames of the parent */
    }
    goc_g *e = extgs;
    extgs = NULL;
    for (; e != NULL; e = e->s.extnext)
        if (e == self) {
            e->s.extnext = e->s.extprev = NULL;
            extgs = e;
        }
    if (self != NULL && self->s.listed)
        n = 1;
    gcount = n;
    gfreelist[0] = gfreelist[1] = NULL;
    ngfree[0] = ngfree[1] = 0;
    int32_t procs = goc_gomaxprocs;
    for (int32_t i = 0; i < MAXPROCS && goc_allp[i] != NULL; i++) {
        goc_p *pp = goc_allp[i];
        pp->timerslock.key = 0;
        pp->m = NULL;
        pp->runqhead = pp->runqtail = 0;
        pp->runnext = NULL;
        pp->gfree[0] = pp->gfree[1] = NULL;
        pp->ngfree[0] = pp->ngfree[1] = 0;
        pp->preempt = 0;
        if (i < procs) {
            pp->status = GOC_PIDLE;
            pp->link = goc_sched.pidle;
            goc_sched.pidle = pp;
            goc_sched.npidle++;
        } else {
            pp->status = GOC_PDEAD;
        }
    }
    if (selfm != NULL && !selfm->external)
        selfm->p = NULL;
    goc_stackforkchild();
    goc_timersforkchild();
    goc_netpollforkchild();
}

static int32_t initialprocs(void) {
    int32_t n = (int32_t)goc_NumCPU();
    const char *s = getenv("GOMAXPROCS");
    if (s != NULL && *s != '\0') {
        char *end;
        long v = strtol(s, &end, 10);
        if (*end == '\0' && v > 0)
            n = v > MAXPROCS ? MAXPROCS : (int32_t)v;
    }
    return n > MAXPROCS ? MAXPROCS : n;
}

static void schedinit(void) {
    goc_stackinit();
    goc_preemptinit();
    pthread_key_create(&extkey, extexit);
    goc_sched.lastpoll = goc_nanotime();
    goc_lock(&goc_sched.lock);
    procresize(initialprocs());
    goc_unlock(&goc_sched.lock);
    pthread_atfork(forkprepare, forkparent, forkchild);
    __atomic_store_n(&schedready, true, __ATOMIC_RELEASE);
}

void goc_schedinit(void) {
    if (!__atomic_load_n(&schedready, __ATOMIC_ACQUIRE))
        pthread_once(&schedonce, schedinit);
}

typedef struct mainclosure {
    void (*fn)(void);
    void (*init)(void);
    void (*mainfn)(void);
} mainclosure;

/* In a traceback the main goroutine's stack ends as gc's does: main.main called by
   runtime.main, called by runtime.goexit (gostart; symtab.h). */
static void runmain(goc_func *f);
GOC_FUNCTAB(runmain, "runtime.main", GOC_FUNC_ARGS);

static void runmain(goc_func *f) {
    mainclosure *c = (mainclosure *)f;
    if (c->init != NULL)
        c->init();
    c->mainfn();
    goc_schedmainreturn(); /* a panicking goroutine's report wins over exit 0 */
    goc_exit(0);
}

/* The main goroutine's stack: goc_maxstacksize bytes if that can be mapped, else less. */
static goc_g *mainstack(void) {
    for (uintptr_t size = goc_maxstacksize; size >= (8u << 20); size /= 2) {
        goc_g *g = goc_bigstackalloc(size);
        if (g != NULL)
            return g;
    }
    return goc_stackalloc(GOC_STACK_SMALL);
}

_Noreturn void goc_schedmain(void (*init)(void), void (*mainfn)(void)) {
    goc_schedinit();
    int64_t goid = 1;
    goc_g *old = goc_loadg();
    if (old != NULL) {
        /* This thread ran Go code before (a C caller of goc_init): its goroutine
           becomes the main goroutine, on the scheduler's terms. */
        goid = old->goid;
        if (old->s.kind == GOC_GKEXTERNAL) {
            extunlist(old);
            pthread_setspecific(extkey, NULL);
            if (old->s.m != NULL) {
                goc_lock(&goc_sched.lock);
                mdrop(old->s.m);
                goc_unlock(&goc_sched.lock);
            }
        }
    }
    goc_m *m0 = allocm(false);
    m0->thread = pthread_self();
    setg(m0->g0);
    threadstack(m0, m0->g0);
    mainclosure *c = goc_alloc(sizeof *c, true);
    c->fn = (void (*)(void))runmain;
    c->init = init;
    c->mainfn = mainfn;
    goc_g *g = mainstack();
    newproc1((goc_func *)c, NULL, GOC_GKUSER, g, goid);
    goc_lock(&goc_sched.lock);
    goc_p *pp = pidleget();
    goc_unlock(&goc_sched.lock);
    acquirep(m0, pp);
    runqput(pp, g, true);
    sysmonstart();
    schedule(m0);
    __builtin_unreachable();
}

/*
 * Go: main's wait for runningPanicDefers/panicking. When main returns while
 * another goroutine is panicking (running its deferred calls, or printing
 * the report), the panic must win: wait until no goroutine has a panic in
 * flight, for at most about a second, then exit.
 */
void goc_schedmainreturn(void) {
    for (int i = 0; i < 1000; i++) {
        bool panicking = false;
        for (int pass = 0; pass < 2 && !panicking; pass++) {
            if (pass == 0)
                goc_lock(&extlock);
            for (goc_g *g = pass == 0 ? extgs : goc_allgs; g != NULL; g = pass == 0 ? g->s.extnext : g->s.alllink) {
                if (__atomic_load_n(&g->s.status, __ATOMIC_RELAXED) == GOC_GDEAD)
                    continue;
                goc_panic *p = __atomic_load_n(&g->panic, __ATOMIC_ACQUIRE);
                if (p != NULL && !__atomic_load_n(&p->recovered, __ATOMIC_RELAXED)) {
                    panicking = true;
                    break;
                }
            }
            if (pass == 0)
                goc_unlock(&extlock);
        }
        if (!panicking)
            return;
        goc_timeSleep(1000000);
    }
}

/* ---- package runtime ---------------------------------------------------------------------------- */

goc_int goc_NumGoroutine(void) {
    (void)goc_schedg();
    return __atomic_load_n(&gcount, __ATOMIC_RELAXED);
}

goc_int goc_NumCPU(void) {
    cpu_set_t set;
    CPU_ZERO(&set);
    if (sched_getaffinity(0, sizeof set, &set) == 0) {
        int n = CPU_COUNT(&set);
        if (n > 0)
            return n;
    }
    long n = sysconf(_SC_NPROCESSORS_ONLN);
    return n > 0 ? n : 1;
}

goc_int goc_GOMAXPROCS(goc_int n) {
    goc_schedinit();
    goc_lock(&goc_sched.lock);
    goc_int prev = goc_gomaxprocs;
    if (n > 0 && n != prev)
        procresize(n > MAXPROCS ? MAXPROCS : (int32_t)n);
    goc_unlock(&goc_sched.lock);
    if (n > prev) {
        goc_wakep();
    } else if (n > 0 && n < prev) {
        /* gc stops the world here; goc asks the goroutines on Ps above n to yield now (the
           Ps go at their next schedule), and the caller, if its own P is one of them, yields
           at once: GOMAXPROCS(n) returns running on one of the first n Ps */
        int64_t now = goc_nanotime();
        for (int32_t i = (int32_t)n; i < MAXPROCS && goc_allp[i] != NULL; i++)
            if (__atomic_load_n(&goc_allp[i]->status, __ATOMIC_ACQUIRE) == GOC_PRUNNING)
                preemptone(goc_allp[i], now);
        goc_g *gp = goc_loadg();
        while (gp != NULL && gp->s.kind == GOC_GKUSER && gp->s.m != NULL && gp->s.m->locks == 0 &&
               gp->s.m->p != NULL && gp->s.m->p->id >= n)
            goc_Gosched();
    }
    return prev;
}
