/*
 * runtime/proc.c — goroutines on OS threads: creation, park/ready, exit,
 * Goexit, and the deadlock detector (Go: runtime/proc.go newproc, gopark,
 * goready, goexit, checkdead; runtime/debug.go NumGoroutine, GOMAXPROCS).
 *
 * One goroutine = one detached OS thread created with GC_pthread_create, so
 * Boehm registers it and scans its stack. Stacks are small (256 KiB by
 * default, $GOC_STACKSIZE overrides): the limits that bind first with many
 * threads are the kernel's thread, pid and mapping counts, not memory, and
 * only touched pages are committed, but 8 MiB of reserve per thread (glibc's
 * default) would put 10,000 blocked goroutines at 80 GiB of address space,
 * which fails under strict overcommit. 256 KiB holds a few thousand
 * ordinary frames of recursion; deeper recursion belongs on the main
 * goroutine or needs a larger $GOC_STACKSIZE.
 *
 * Parking. Every goroutine has a futex word g->s.wakeup. goc_gopark marks
 * the goroutine waiting, releases the caller's queue locks (unlockf) and
 * sleeps until the word is 1; goc_goready marks it runnable, sets the word
 * and wakes it. The waker always finds the sudog under the queue's lock,
 * so a ready that comes before the sleep is never lost: the word is a
 * one-shot token.
 *
 * Accounting (under schedlk, one lock for all of it):
 *   allgs        every live goroutine that the scheduler knows: the main
 *                goroutine and every goroutine of goc_newproc (threads that
 *                never came through here join on their first park);
 *   ngoroutines  the length of allgs (runtime.NumGoroutine);
 *   nblocked     how many of them are parked (GOC_GWAITING). goc_goready
 *                decrements it, not the woken goroutine, so a readied but
 *                not yet running goroutine counts as runnable.
 * A goroutine that sleeps (time.Sleep), runs, or waits in a system call
 * is not parked. When a park makes nblocked == ngoroutines, or the last
 * goroutine exits after main called Goexit, nobody can ever wake anybody:
 * gc's "all goroutines are asleep - deadlock!" fatal error.
 *
 * An M:N scheduler can replace all of this behind goc_newproc, goc_gopark
 * and goc_goready; generated code never sees threads.
 */
#include "goc_rt.h"

#include <errno.h>
#include <limits.h>
#include <linux/futex.h>
#include <sched.h>
#include <setjmp.h>
#include <stdlib.h>
#include <string.h>
#include <sys/syscall.h>
#include <unistd.h>

enum { DEFAULT_STACKSIZE = 256 << 10 };

static pthread_mutex_t schedlk = PTHREAD_MUTEX_INITIALIZER;
static goc_g *allgs;            /* newest first, linked by s.allnext/s.allprev */
static int64_t ngoroutines;     /* live goroutines in allgs */
static int64_t nblocked;        /* of those, parked */
static bool mainexited;         /* the main goroutine called Goexit */

/* Goroutines of goc_newproc number from 17, as the first user goroutine of
   a gc program does (gc's own system goroutines take 2..16); threads that
   obtain a g on their own get small numbers from runtime.c. */
static int64_t goidgen = 16;

/* ---- futex ------------------------------------------------------------------- */

static void futexsleep(uint32_t *addr, uint32_t val) {
    /* EINTR (the collector's suspend signal) and EAGAIN just return: callers loop. */
    syscall(SYS_futex, addr, FUTEX_WAIT_PRIVATE, val, NULL, NULL, 0);
}

static void futexwakeup(uint32_t *addr) {
    syscall(SYS_futex, addr, FUTEX_WAKE_PRIVATE, 1, NULL, NULL, 0);
}

/* ---- the goroutine list --------------------------------------------------------- */

/* Under schedlk. */
static void gadd(goc_g *g) {
    g->s.listed = true;
    g->s.allprev = NULL;
    g->s.allnext = allgs;
    if (allgs != NULL)
        allgs->s.allprev = g;
    allgs = g;
    ngoroutines++;
}

/* Under schedlk. */
static void gremove(goc_g *g) {
    if (g->s.allprev != NULL)
        g->s.allprev->s.allnext = g->s.allnext;
    else
        allgs = g->s.allnext;
    if (g->s.allnext != NULL)
        g->s.allnext->s.allprev = g->s.allprev;
    g->s.allnext = g->s.allprev = NULL;
    g->s.listed = false;
    ngoroutines--;
}

goc_g *goc_schedg(void) {
    goc_g *g = goc_getg();
    if (!g->s.listed) {
        pthread_mutex_lock(&schedlk);
        if (!g->s.listed && g->s.status != GOC_GDEAD)
            gadd(g);
        pthread_mutex_unlock(&schedlk);
    }
    return g;
}

/* ---- the deadlock detector --------------------------------------------------- */

/* Go: tracebackothers' body for one goroutine; the detecting goroutine's stack is its own. */
static void printgoroutine(goc_g *g) {
    goc_printcstr("\n");
    goc_goroutineheader(g);
    if (g == goc_curg)
        goc_traceback();
    else
        goc_tracebackg(g);
}

/*
 * Go: checkdead + fatal. Called with schedlk held: nobody can change the
 * goroutine list under us. gc's report for a deadlock lists every
 * goroutine with its wait reason (the detecting thread is not one of them).
 */
static _Noreturn void deadlock(const char *msg) {
    goc_printlock();
    goc_printcstr("fatal error: ");
    goc_printcstr(msg);
    goc_printcstr("\n");
    bool crash = false;
    if (goc_gotraceback(&crash) > 0) {
        /* Oldest first (goroutine 1 at the tail of the list). */
        goc_g *tail = allgs;
        while (tail != NULL && tail->s.allnext != NULL)
            tail = tail->s.allnext;
        for (goc_g *g = tail; g != NULL; g = g->s.allprev)
            printgoroutine(g);
    }
    goc_printunlock();
    if (crash)
        abort();
    _exit(2);
}

void goc_forallgs(void (*fn)(goc_g *, void *), void *arg) {
    pthread_mutex_lock(&schedlk);
    goc_g *tail = allgs;
    while (tail != NULL && tail->s.allnext != NULL)
        tail = tail->s.allnext;
    for (goc_g *g = tail; g != NULL; g = g->s.allprev)
        fn(g, arg);
    pthread_mutex_unlock(&schedlk);
}

/* Under schedlk. */
static void checkdead(void) {
    if (mainexited && ngoroutines == 0)
        deadlock("no goroutines (main called runtime.Goexit) - deadlock!");
    if (ngoroutines == 0 || nblocked < ngoroutines)
        return;
    if (goc_timerspending() > 0)
        return; /* a timer may still wake somebody (gc's checkdead looks at the timer heaps) */
    if (goc_finpending())
        return; /* finalizers about to run may (gc: fing is runnable) */
    deadlock("all goroutines are asleep - deadlock!");
}

void goc_checkdead(void) {
    pthread_mutex_lock(&schedlk);
    checkdead();
    pthread_mutex_unlock(&schedlk);
}

/* ---- park and ready ------------------------------------------------------------- */

void goc_gopark(const char *reason, void (*unlockf)(void *), void *arg) {
    goc_g *g = goc_schedg();
    pthread_mutex_lock(&schedlk);
    g->s.waitreason = reason;
    __atomic_store_n(&g->s.status, GOC_GWAITING, __ATOMIC_RELAXED);
    nblocked++;
    checkdead();
    pthread_mutex_unlock(&schedlk);
    if (unlockf != NULL)
        unlockf(arg);
    while (__atomic_exchange_n(&g->s.wakeup, 0, __ATOMIC_ACQUIRE) == 0)
        futexsleep(&g->s.wakeup, 0);
    __atomic_store_n(&g->s.status, GOC_GRUNNING, __ATOMIC_RELAXED);
}

void goc_goready(goc_g *gp) {
    pthread_mutex_lock(&schedlk);
    if (gp->s.status != GOC_GWAITING)
        goc_throw("bad g->status in ready");
    gp->s.status = GOC_GRUNNABLE;
    gp->s.waitreason = NULL;
    nblocked--;
    pthread_mutex_unlock(&schedlk);
    __atomic_store_n(&gp->s.wakeup, 1, __ATOMIC_RELEASE);
    futexwakeup(&gp->s.wakeup);
}

_Noreturn void goc_parkforever(const char *reason) {
    for (;;)
        goc_gopark(reason, NULL, NULL);
}

_Noreturn void goc_block(void) {
    goc_parkforever("select (no cases)");
}

/* ---- goroutine creation and exit ------------------------------------------------ */

static size_t stacksize(void) {
    static size_t size;
    if (size != 0)
        return size;
    size_t n = DEFAULT_STACKSIZE;
    const char *s = getenv("GOC_STACKSIZE");
    if (s != NULL && *s != '\0') {
        char *end;
        unsigned long long v = strtoull(s, &end, 10);
        if (*end == 'k' || *end == 'K')
            v <<= 10, end++;
        else if (*end == 'm' || *end == 'M')
            v <<= 20, end++;
        if (*end == '\0' && v > 0)
            n = (size_t)v;
    }
    if (n < (size_t)PTHREAD_STACK_MIN)
        n = (size_t)PTHREAD_STACK_MIN;
    size = (n + 4095) & ~(size_t)4095;
    return size;
}

/* The goroutine leaves the scheduler: it no longer counts, and if the rest are all parked, that is a deadlock. */
static void gdrop(goc_g *g) {
    pthread_mutex_lock(&schedlk);
    if (g->s.listed)
        gremove(g);
    g->s.status = GOC_GDEAD;
    checkdead();
    pthread_mutex_unlock(&schedlk);
}

static void *gostart(void *arg);
/* Where a goroutine's stack ends, as gc's runtime.goexit ends it (symtab.h). */
GOC_FUNCTAB(gostart, "runtime.goexit", GOC_FUNC_GOEXIT);

static void *gostart(void *arg) {
    goc_g *g = arg;
    goc_curg = g;
    goc_minit(); /* signal stack and stack bounds: faults become panics, overflows gc's report */
    jmp_buf jb;
    g->s.exitjb = &jb;
    __atomic_store_n(&g->s.status, GOC_GRUNNING, __ATOMIC_RELAXED);
    if (setjmp(jb) == 0) {
        goc_func *fn = g->s.fn;
        ((void (*)(goc_func *))fn->fn)(fn);
    }
    /* Returned, or Goexit finished the deferred calls. */
    g->s.exitjb = NULL;
    g->s.fn = NULL;
    gdrop(g);
    goc_unminit(); /* one signal stack per thread would pile up otherwise */
    /* g itself stays reachable from this stack until the thread is gone; a
       waker still holding it may touch its futex word, which is harmless. */
    return NULL;
}

/*
 * A system goroutine (the finalizer goroutine, mfinal.c) is not in allgs:
 * runtime.NumGoroutine does not count it and the deadlock detector does not
 * wait for it, until it parks (goc_schedg lists it then; goc_gunlist
 * takes it out again when it is idle).
 */
static void newproc1(goc_func *fn, bool sys, uintptr_t gopc) {
    goc_g *parent = goc_schedg();
    if (fn == NULL)
        goc_fatal("go of nil func value");
    /* Scanned memory, reachable from allgs while the goroutine lives. */
    goc_g *g = goc_alloc(sizeof *g, true);
    g->goid = __atomic_add_fetch(&goidgen, 1, __ATOMIC_RELAXED);
    g->s.fn = fn;
    g->s.status = GOC_GRUNNABLE;
    g->s.parentgoid = parent->goid;
    g->gopc = gopc; /* the go statement, for "created by" (traceback.c) */
    pthread_mutex_lock(&schedlk);
    if (!sys)
        gadd(g); /* a system goroutine's g is reachable from its thread's stack (gostart) */
    pthread_mutex_unlock(&schedlk);

    pthread_attr_t attr;
    pthread_attr_init(&attr);
    pthread_attr_setstacksize(&attr, stacksize());
    pthread_attr_setdetachstate(&attr, PTHREAD_CREATE_DETACHED);
    pthread_t tid;
    int err;
    /* EAGAIN: threads that just exited may still hold their stacks; retry a while. */
    for (int tries = 0;; tries++) {
        goc_execlock_rlock(); /* not while syscall.Exec replaces the process (syscall.c) */
        err = GC_pthread_create(&tid, &attr, gostart, g);
        goc_execlock_runlock();
        if (err != EAGAIN || tries == 1000)
            break;
        usleep(1000);
    }
    pthread_attr_destroy(&attr);
    if (err != 0) {
        pthread_mutex_lock(&schedlk);
        if (g->s.listed)
            gremove(g);
        int64_t have = ngoroutines;
        pthread_mutex_unlock(&schedlk);
        goc_printlock();
        goc_printcstr("runtime: failed to create new OS thread (have ");
        goc_printint(have);
        goc_printcstr(" already; errno=");
        goc_printint(err);
        goc_printcstr(")\n");
        if (err == EAGAIN)
            goc_printcstr("runtime: may need to increase max user processes (ulimit -u)\n");
        goc_printunlock();
        goc_throw("newosproc");
    }
}

void goc_newproc(goc_func *fn) {
    newproc1(fn, false, (uintptr_t)__builtin_return_address(0));
}

void goc_newsysproc(goc_func *fn) { newproc1(fn, true, (uintptr_t)__builtin_return_address(0)); }

void goc_gunlist(void) {
    goc_g *g = goc_getg();
    pthread_mutex_lock(&schedlk);
    if (g->s.listed)
        gremove(g);
    pthread_mutex_unlock(&schedlk);
}

_Noreturn void goc_Goexit(void) {
    goc_g *g = goc_schedg();
    /* A Goexit from a deferred call of a panicking goroutine ends the panic. */
    g->panic = NULL;
    g->defercall = NULL;
    goc_frame *f;
    while ((f = g->frames) != NULL)
        goc_deferreturn(f); /* runs f's remaining defers, pops f */
    if (g->s.exitjb != NULL)
        longjmp(*(jmp_buf *)g->s.exitjb, 1);
    /* The main goroutine (or a thread not started by goc_newproc): the
       program goes on without it; it is no longer a goroutine. */
    pthread_mutex_lock(&schedlk);
    if (g->goid == 1)
        mainexited = true;
    pthread_mutex_unlock(&schedlk);
    gdrop(g);
    for (;;)
        futexsleep(&g->s.wakeup, 0);
}

/* ---- program end ---------------------------------------------------------------- */

/*
 * Go: main's wait for runningPanicDefers/panicking. When main returns while
 * another goroutine is panicking (running its deferred calls, or printing
 * the report), the panic must win: wait until no goroutine has a panic in
 * flight, for at most about a second, then exit.
 */
void goc_schedmainreturn(void) {
    for (int i = 0; i < 1000; i++) {
        bool panicking = false;
        pthread_mutex_lock(&schedlk);
        for (goc_g *g = allgs; g != NULL; g = g->s.allnext) {
            goc_panic *p = __atomic_load_n(&g->panic, __ATOMIC_ACQUIRE);
            if (p != NULL && !__atomic_load_n(&p->recovered, __ATOMIC_RELAXED)) {
                panicking = true;
                break;
            }
        }
        pthread_mutex_unlock(&schedlk);
        if (!panicking)
            return;
        usleep(1000);
    }
}

/* ---- package runtime ------------------------------------------------------------ */

void goc_Gosched(void) {
    sched_yield();
}

goc_int goc_NumGoroutine(void) {
    (void)goc_schedg();
    pthread_mutex_lock(&schedlk);
    goc_int n = ngoroutines;
    pthread_mutex_unlock(&schedlk);
    return n;
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

static goc_int gomaxprocs; /* 0 until first read */

goc_int goc_GOMAXPROCS(goc_int n) {
    goc_int prev = __atomic_load_n(&gomaxprocs, __ATOMIC_RELAXED);
    if (prev == 0) {
        prev = goc_NumCPU();
        const char *s = getenv("GOMAXPROCS");
        if (s != NULL && *s != '\0') {
            char *end;
            long v = strtol(s, &end, 10);
            if (*end == '\0' && v > 0)
                prev = v;
        }
        if (prev > 1024) /* gc's _MaxGomaxprocs */
            prev = 1024;
        goc_int zero = 0;
        if (!__atomic_compare_exchange_n(&gomaxprocs, &zero, prev, false, __ATOMIC_RELAXED, __ATOMIC_RELAXED))
            prev = zero;
    }
    if (n > 0) {
        if (n > 1024)
            n = 1024;
        prev = __atomic_exchange_n(&gomaxprocs, n, __ATOMIC_RELAXED);
    }
    return prev;
}
