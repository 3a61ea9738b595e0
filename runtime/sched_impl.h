/*
 * runtime/sched_impl.h — the scheduler's M and P and what proc.c, stack.c,
 * time.c and netpoll.c share about them (Go: runtime/runtime2.go m, p,
 * schedt). Not part of the ABI; only those files include it.
 *
 *   G  a goroutine (goc_g, goc_rt.h): a stack and a saved stack pointer.
 *   M  a worker thread. Its scheduler context g0 runs on the thread's own
 *      stack; goroutines run on theirs. An external M is a thread that was
 *      not started by the scheduler (a C program's, a test's) and runs its
 *      one external goroutine on its own stack, without a P.
 *   P  a processor: the right to run Go code, GOMAXPROCS of them. A P
 *      holds a local run queue of 256 goroutines plus runnext, a heap of
 *      timers and a cache of dead goroutines (with their stacks).
 */
#ifndef GOC_SCHED_IMPL_H
#define GOC_SCHED_IMPL_H

#include "goc_rt.h"

/* P states (Go: _Pidle, _Prunning, _Psyscall, _Pdead). */
enum { GOC_PIDLE = 0, GOC_PRUNNING = 1, GOC_PSYSCALL = 2, GOC_PDEAD = 3 };

enum { RUNQSIZE = 256, MAXPROCS = 1024 };

typedef struct goc_p {
    int32_t id;
    uint32_t status;            /* GOC_P* (atomic) */
    struct goc_m *m;            /* the M holding it; NULL while idle or in a system call */
    struct goc_p *link;         /* sched.pidle */
    uint32_t schedtick;         /* incremented on every schedule (a new time slice) */
    uint32_t syscalltick;       /* incremented on every system call */
    uint32_t preempt;           /* sysmon asks the running goroutine to yield (atomic) */
    /* sysmon's last look at this P */
    uint32_t sm_schedtick, sm_syscalltick;
    int64_t sm_schedwhen, sm_syscallwhen, sm_signalwhen;
    /* the local run queue: runq[head % RUNQSIZE .. tail % RUNQSIZE), head/tail atomic */
    uint32_t runqhead, runqtail;
    struct goc_g *runnext;      /* readied by the running goroutine: runs next, inheriting the slice */
    struct goc_g *runq[RUNQSIZE];
    /* dead goroutines with their stacks (Go: gFree) */
    struct goc_g *gfree[2];     /* by stack class (stack.c) */
    int32_t ngfree[2];
    /* timers (time.c): a binary min-heap under timerslock */
    goc_mutex timerslock;
    goc_timer **timers;         /* GC memory: pending timers keep their arguments alive */
    int32_t ntimers, captimers;
    int64_t timer0when;         /* heap[0]->when, 0 when empty (atomic) */
    bool timersrunning;         /* an M runs this heap's due timers (under timerslock): one at a time, in order */
} goc_p;

typedef struct goc_m {
    struct goc_g *g0;           /* scheduler context on the thread's own stack */
    struct goc_g *curg;         /* the goroutine running (NULL while g0 schedules) */
    struct goc_g *curstack;     /* whose stack the thread is on (written inside a switch) */
    goc_p *p;                   /* the P held, NULL when none */
    goc_p *nextp;               /* the P handed over with a wakeup */
    goc_p *oldp;                /* the P held before a system call */
    struct goc_m *schedlink;    /* sched.midle */
    struct goc_m *alllink;      /* allm */
    int64_t id;
    bool external;              /* a foreign thread (no g0, no P of its own) */
    bool spinning;              /* looking for work with a P */
    bool dead;                  /* an external M whose thread exited */
    uint32_t syscalltick;
    goc_note park;              /* stopm / a locked goroutine's sleep */
    struct goc_g *lockedg;      /* the goroutine locked to this M */
    struct goc_g *nextg;        /* g0 runs it next, with the time slice it had */
    /* mcall: what g0 runs for the goroutine that switched to it */
    void (*mcallfn)(struct goc_g *);
    struct goc_g *mcallg;
    goc_unlockf waitunlockf;
    void *waitlock;
    struct goc_g *parkg;        /* switched straight to curg (parkdirect): still to be parked */
    /* Boehm (stack.c) */
    void *gchandle;             /* GC_get_my_stackbottom's handle for this thread */
    uintptr_t gcbottom;         /* the stack bottom last given to the collector */
    uint32_t inswitch;          /* inside a stack switch: a collection must wait */
    pthread_t thread;           /* for the preemption signal (worker Ms) */
    int32_t locks;              /* > 0: no preemption (sync's procPin, as gc's m.locks) */
    int32_t pinslot;            /* the slot procPin locked (runtime/sync_hooks.c) */
} goc_m;

typedef struct goc_schedt {
    goc_mutex lock;
    goc_m *midle;               /* idle Ms, parked on their notes */
    int32_t nmidle;             /* len(midle) */
    int32_t nmidlelocked;       /* Ms asleep with a locked goroutine */
    int32_t mcount;             /* Ms counted by the deadlock detector (external ones once they park) */
    int64_t mnext;              /* next M id */
    goc_p *pidle;               /* idle Ps */
    int32_t npidle;             /* atomic */
    int32_t nmspinning;         /* atomic */
    struct goc_g *runqhead, *runqtail; /* the global run queue */
    int32_t runqsize;           /* atomic reads */
    int64_t lastpoll;           /* when the poller was last polled; 0 while an M blocks in it (atomic) */
    int64_t pollUntil;          /* when that M's poll ends (atomic) */
    uint32_t sysmonwait;        /* sysmon sleeps on sysmonnote (atomic) */
    goc_note sysmonnote;
} goc_schedt;

GOC_INTERNAL extern goc_schedt goc_sched;
GOC_INTERNAL extern goc_p *goc_allp[MAXPROCS];
GOC_INTERNAL extern int32_t goc_gomaxprocs;   /* Ps in use: allp[0:goc_gomaxprocs] (atomic) */
GOC_INTERNAL extern goc_m *goc_allm;          /* every M, newest first (atomic publish) */
GOC_INTERNAL extern goc_g *goc_allgs;         /* every scheduler-made g, newest first (atomic publish) */

/* The M and P of the running goroutine (NULL P: g0 between Ps, an external thread). */
static inline goc_m *goc_getm(void) {
    goc_g *g = goc_loadg();
    return g != NULL ? g->s.m : NULL;
}

/* ---- proc.c ---- */
GOC_INTERNAL void goc_schedinit(void);
/* Put a list of goroutines (linked by schedlink, each waiting) on run queues (Go: injectglist). */
GOC_INTERNAL void goc_injectglist(struct goc_g *list);
/* Start an M for an idle P if nobody is spinning (Go: wakep). */
GOC_INTERNAL void goc_wakep(void);
/* Go: startm(nil, false): run an M on an idle P (sysmon: a timer is overdue). */
GOC_INTERNAL void goc_startidle(void);
/* Whether a goroutine of a locked or external kind is parked in place (no P, no stack switch). */
GOC_INTERNAL bool goc_islocked(const struct goc_g *g);

/* ---- preempt.c ---- */
/* Install the preemption signal's handler (if the program has translated code). */
GOC_INTERNAL void goc_preemptinit(void);
/* Ask m's thread, by signal, to preempt its goroutine where that is safe. */
GOC_INTERNAL void goc_preemptsignal(goc_m *m);

/* ---- stack.c ---- */
/* A new goroutine with a stack of its own slot (its g at the top), or a pooled one. */
enum { GOC_STACK_SMALL, GOC_STACK_BIG };
GOC_INTERNAL struct goc_g *goc_stackalloc(int cls);
/* The class of stack a new goroutine gets now (stack.c: big ones while few hold them). */
GOC_INTERNAL int goc_stackclass(void);
/* Count gp's stack as held by a live goroutine (on) or no longer (off). */
GOC_INTERNAL void goc_stackuse(struct goc_g *gp, bool on);
/* A dead goroutine's stack, before it is pooled: give back the pages beyond its first few KiB. */
GOC_INTERNAL void goc_stackrelease(struct goc_g *gp);
/* A goroutine on a stack of size bytes of its own (the main goroutine). NULL if it cannot be mapped. */
GOC_INTERNAL struct goc_g *goc_bigstackalloc(uintptr_t size);
/* Install the collector hooks and decide how stacks are guarded (goc_schedinit). */
GOC_INTERNAL void goc_stackinit(void);
/* The switch guard (see stack.c): bracket m->curstack updates and goc_ctxswitch. */
GOC_INTERNAL extern uint32_t goc_gcstopping;
GOC_INTERNAL extern bool goc_membarrier;
static inline void goc_switchbegin(goc_m *m) {
    for (;;) {
        __atomic_store_n(&m->inswitch, 1, __ATOMIC_RELAXED);
        if (goc_membarrier)
            __atomic_signal_fence(__ATOMIC_SEQ_CST); /* the collector's membarrier orders us */
        else
            __atomic_thread_fence(__ATOMIC_SEQ_CST);
        if (__atomic_load_n(&goc_gcstopping, __ATOMIC_RELAXED) == 0)
            return;
        __atomic_store_n(&m->inswitch, 0, __ATOMIC_RELEASE);
        while (__atomic_load_n(&goc_gcstopping, __ATOMIC_ACQUIRE) != 0)
            goc_procyield(10);
    }
}
static inline void goc_switchend(goc_m *m) {
    __atomic_store_n(&m->inswitch, 0, __ATOMIC_RELEASE);
}
/* Hold every M out of stack switches (on) or let them go (off); the caller holds the
   collector's allocation lock (proc.c: runtime.Stack of all goroutines). */
GOC_INTERNAL void goc_freezeswitches(bool on);
/* Whether stacks have guard pages (MADV_GUARD_INSTALL); else the canary below. */
GOC_INTERNAL bool goc_stackguarded(void);
/* The canary fallback: whether gp's stack overflowed into its guard word. */
GOC_INTERNAL bool goc_stackoverflowed(const struct goc_g *gp);
/* Stack overflow report for a fault at addr on the current goroutine's stack (runtime.c). */
GOC_INTERNAL bool goc_isstackguard(const struct goc_g *gp, uintptr_t addr);
GOC_INTERNAL void goc_stackforkchild(void);

/* ---- time.c ---- */
/* Run p's due timers (Go: checkTimers); returns when the next one is due (0: none). */
GOC_INTERNAL int64_t goc_checktimers(goc_p *pp, int64_t now);
/* The earliest timer of any P (0: none). */
GOC_INTERNAL int64_t goc_nexttimer(void);
/* Move the timers of a P that goes away to another. */
GOC_INTERNAL void goc_movetimers(goc_p *from, goc_p *to);
GOC_INTERNAL void goc_timersforkchild(void);

/* ---- netpoll.c ---- */
GOC_INTERNAL bool goc_netpollinited(void);
GOC_INTERNAL void goc_netpollinit(void);
/* Goroutines waiting in the poller (Go: netpollAnyWaiters). */
GOC_INTERNAL bool goc_netpollanywaiters(void);
/* Poll: delay < 0 blocks, 0 does not, > 0 waits up to delay ns. Returns the goroutines made ready. */
GOC_INTERNAL struct goc_g *goc_netpoll(int64_t delay);
/* Interrupt a blocking goc_netpoll (Go: netpollBreak). */
GOC_INTERNAL void goc_netpollbreak(void);
GOC_INTERNAL void goc_netpollforkchild(void);

/* preempt.c: where the preemption signal makes the interrupted code "call"; yields like
   runtime.Gosched when the request to yield still stands. */
GOC_INTERNAL void goc_asyncpreempt2(void);

#endif
