/*
 * runtime/traceback.c — walking goroutine stacks: runtime.Callers and the
 * tracebacks of panics, fatal errors and runtime.Stack (Go:
 * runtime/traceback.go tracebackPCs, traceback1/2, showframe,
 * goroutineheader, printcreatedby).
 *
 * Physical frames come from the C compiler's unwinder (_Unwind_Backtrace,
 * the .eh_frame tables every object has); symtab.c turns each into its
 * logical frames (the functions inlined there, innermost first). A walk
 * stops after the goroutine's bottom frame (GOC_FUNC_GOEXIT: runtime.goexit,
 * i.e. the runtime function that called the goroutine's entry); frames of
 * code outside the executable (libc, libgc) are not Go and are passed over.
 *
 * Which frames are seen:
 *   - runtime.Callers: every logical frame, runtime ones included, but not
 *     wrappers (gc's elideWrapperCalling: a wrapper is kept only when it
 *     called a panic);
 *   - tracebacks (gc's showframe at GOTRACEBACK=single/all): frames of
 *     functions with a package path, not unexported runtime ones,
 *     runtime.gopanic only once some frame was shown (printed as
 *     "panic(...)"); GOTRACEBACK=system shows all. The first 50 and the last
 *     50 shown frames are printed, with "...N frames elided..." between.
 *
 * Another goroutine's stack (the deadlock report, runtime.Stack(buf,
 * true)): a goroutine parked through the scheduler is unwound on its own
 * stack (goc_onstackof), which is safe while nothing can resume it: every
 * goroutine is asleep (the deadlock report) or stack switches are frozen
 * (runtime.Stack: goc_forallgs_stopped); so is a runnable one that has
 * run (it left its stack through the same switch). One that never ran
 * shows its entry function, as gc's does (tracebackfresh). One running on
 * another thread is "running on other thread; stack unavailable", as in
 * gc's tracebackothers (gc stops the world for runtime.Stack and shows it
 * runnable, with its frames).
 * A goroutine with a thread of its own (external, locked) is interrupted:
 * goc_tracebackg sends its thread GOC_SIGTRACEBACK; its handler unwinds from the
 * interrupted context into the requester's buffer (the handler does no more
 * than _Unwind_Backtrace, which is lock-free over glibc's _dl_find_object)
 * and the requester symbolizes and prints. The caller holds the scheduler's
 * lock, so the target cannot exit meanwhile.
 */
#include "goc_rt.h"
#include "linkname.h"

#include <linux/futex.h>
#include <signal.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <time.h>
#include <ucontext.h>
#include <unistd.h>
#include <unwind.h>

enum { INNERFRAMES = 50, OUTERFRAMES = 50 };

/* ---- unwinding ----------------------------------------------------------------------- */

/* One physical frame: the lookup address (a pc inside the instruction of
   interest) and the machine pc a traceback's +0x offset is measured from. */
typedef struct physframe {
    uintptr_t addr, pc;
} physframe;

typedef bool (*physfn)(physframe f, void *arg); /* false: stop */

typedef struct unwindarg {
    physfn fn;
    void *arg;
    int skip;       /* physical frames still to skip */
    bool sigonly;   /* skip every frame up to the interrupted one (a signal frame) */
} unwindarg;

static _Unwind_Reason_Code unwindstep(struct _Unwind_Context *ctx, void *p) {
    unwindarg *u = p;
    int before = 0;
    uintptr_t ip = (uintptr_t)_Unwind_GetIPInfo(ctx, &before);
    if (ip == 0)
        return _URC_END_OF_STACK;
    if (u->sigonly) {
        if (!before)
            return _URC_NO_REASON;
        u->sigonly = false; /* the interrupted frame: its pc is the next instruction to run */
    }
    if (u->skip > 0) {
        u->skip--;
        return _URC_NO_REASON;
    }
    physframe f = {before ? ip : ip - 1, ip};
    return u->fn(f, u->arg) ? _URC_NO_REASON : _URC_END_OF_STACK;
}

/* Calls fn for the physical frames of the calling thread, from the caller of unwind on. */
static __attribute__((noinline)) void unwind(physfn fn, void *arg, bool sigonly) {
    unwindarg u = {fn, arg, sigonly ? 0 : 1, sigonly};
    _Unwind_Backtrace(unwindstep, &u);
    __asm__ volatile(""); /* not a tail call: our own frame is the one skipped */
}

/* ---- logical frames ------------------------------------------------------------------ */

typedef struct logframe {
    const goc_srcframe *sf;
    uintptr_t pcvalue;  /* for runtime.Callers */
    uintptr_t pc;       /* machine pc of the physical frame (offsets) */
    bool inlined;       /* not the physical frame's own function */
} logframe;

typedef bool (*logfn)(const logframe *f, void *arg); /* false: stop */

typedef struct expandarg {
    logfn fn;
    void *arg;
    bool done;
} expandarg;

/* The logical frames of one physical frame, innermost first; false after the goroutine's bottom. */
static bool expand(physframe pf, void *p) {
    expandarg *e = p;
    const goc_srcframe *fr;
    int n = goc_findframes(pf.addr, &fr);
    for (int i = 0; i < n; i++) {
        logframe lf = {&fr[i], goc_pcvalue(pf.addr, (unsigned)i), pf.pc, i < n - 1};
        if (!e->fn(&lf, e->arg)) {
            e->done = true;
            return false;
        }
    }
    if (n > 0 && (fr[n - 1].fn->flags & GOC_FUNC_GOEXIT))
        return false;
    return true;
}

static bool isname(const goc_Func *f, const char *s) {
    size_t n = strlen(s);
    return (size_t)f->name.len == n && memcmp(f->name.str, s, n) == 0;
}

/* Go: elideWrapperCalling. A wrapper that called a panic stays visible. */
static bool elidewrapper(const goc_Func *callee) {
    return callee == NULL || !(isname(callee, "runtime.gopanic") || isname(callee, "runtime.sigpanic") ||
                               isname(callee, "runtime.panicwrap"));
}

/* ---- runtime.Callers ---------------------------------------------------------------- */

typedef struct callersarg {
    int skip;
    uintptr_t *buf;
    int n, max;
    const goc_Func *callee;
} callersarg;

static bool callersframe(const logframe *f, void *p) {
    callersarg *c = p;
    const goc_Func *callee = c->callee;
    c->callee = f->sf->fn;
    if ((f->sf->fn->flags & GOC_FUNC_WRAPPER) && elidewrapper(callee))
        return true;
    if (c->skip > 0) {
        c->skip--;
        return true;
    }
    if (c->n >= c->max)
        return false;
    c->buf[c->n++] = f->pcvalue;
    return c->n < c->max;
}

__attribute__((noinline)) int goc_callers(int skip, uintptr_t *pcbuf, int max) {
    if (max <= 0)
        return 0;
    /* The walk starts in goc_callers itself: that frame is skipped too. */
    callersarg c = {skip + 1, pcbuf, 0, max, NULL};
    expandarg e = {callersframe, &c, false};
    unwind(expand, &e, false);
    return c.n;
}

/* ---- printing --------------------------------------------------------------------- */

/* Go: isExportedRuntime. */
static bool isexportedruntime(goc_string n) {
    return n.len > 8 && memcmp(n.str, "runtime.", 8) == 0 && n.str[8] >= 'A' && n.str[8] <= 'Z';
}

/* Go: showfuncinfo. */
static bool showframe(const goc_Func *f, bool first, const goc_Func *callee, int level) {
    if (level > 1)
        return true;
    if ((f->flags & GOC_FUNC_WRAPPER) && elidewrapper(callee))
        return false;
    if (isname(f, "runtime.gopanic") && !first)
        return true;
    if (memchr(f->name.str, '.', (size_t)f->name.len) == NULL)
        return false;
    return !(f->name.len >= 8 && memcmp(f->name.str, "runtime.", 8) == 0) || isexportedruntime(f->name);
}

typedef struct shown {
    const goc_srcframe *sf;
    uintptr_t pc;
    bool inlined;
} shown;

static void printframe(const shown *s) {
    const goc_Func *f = s->sf->fn;
    if (isname(f, "runtime.gopanic"))
        goc_printcstr("panic");
    else
        goc_printstring(f->name);
    goc_printcstr(s->inlined || (f->flags & GOC_FUNC_ARGS) ? "(...)\n\t" : "()\n\t");
    goc_printstring(s->sf->file);
    goc_printcstr(":");
    goc_printint(s->sf->line);
    if (!s->inlined && s->pc > f->entry) {
        goc_printcstr(" +");
        goc_printhex(s->pc - f->entry);
    }
    goc_printcstr("\n");
}

/* The printer: the first INNERFRAMES shown frames at once, the last OUTERFRAMES at the end. */
typedef struct tbprinter {
    int level;
    const char *after;          /* pass over the frames up to one of this function (NULL: none) */
    bool all;                   /* show runtime frames too (nothing was shown without) */
    int nshown;
    const goc_Func *callee;
    shown ring[OUTERFRAMES];    /* the shown frames after the first INNERFRAMES */
} tbprinter;

static bool printstep(const logframe *f, void *p) {
    tbprinter *t = p;
    if (t->after != NULL) {
        if (isname(f->sf->fn, t->after))
            t->after = NULL;
        return true;
    }
    const goc_Func *callee = t->callee;
    t->callee = f->sf->fn;
    if (!t->all && !showframe(f->sf->fn, t->nshown == 0, callee, t->level))
        return true;
    shown s = {f->sf, f->pc, f->inlined};
    if (t->nshown < INNERFRAMES)
        printframe(&s);
    else
        t->ring[(t->nshown - INNERFRAMES) % OUTERFRAMES] = s;
    t->nshown++;
    return true;
}

static void printend(tbprinter *t) {
    if (t->nshown <= INNERFRAMES)
        return;
    int rest = t->nshown - INNERFRAMES;
    int first = 0;
    if (rest > OUTERFRAMES) {
        goc_printcstr("...");
        goc_printint(rest - OUTERFRAMES);
        goc_printcstr(" frames elided...\n");
        first = rest - OUTERFRAMES;
    }
    for (int i = first; i < rest; i++)
        printframe(&t->ring[i % OUTERFRAMES]);
}

static int tblevel(void) {
    bool crash;
    int level = goc_gotraceback(&crash);
    return level < 1 ? 1 : level;
}

/* Go: printcreatedby. */
static void printcreatedby(const goc_g *gp, int level) {
    if (gp->goid == 1 || gp->gopc == 0)
        return;
    const goc_srcframe *fr;
    int n = goc_findframes(gp->gopc - 1, &fr);
    if (n == 0)
        return;
    /* The function with the go statement: gc never inlines one, so gc's
       frame of gopc is that function; here it may be inlined somewhere. */
    const goc_Func *f = fr[0].fn;
    if (!showframe(f, false, NULL, level))
        return;
    goc_printcstr("created by ");
    goc_printstring(f->name);
    if (gp->s.parentgoid != 0) {
        goc_printcstr(" in goroutine ");
        goc_printint(gp->s.parentgoid);
    }
    goc_printcstr("\n\t");
    goc_printstring(fr[0].file);
    goc_printcstr(":");
    goc_printint(fr[0].line);
    uintptr_t entry = fr[n - 1].fn->entry;
    if (gp->gopc > entry) {
        goc_printcstr(" +");
        goc_printhex(gp->gopc - entry);
    }
    goc_printcstr("\n");
}

/* Go: goroutineheader. */
void goc_goroutineheader(const goc_g *gp) {
    const char *status;
    switch (gp->s.status) {
    case GOC_GWAITING:
        status = gp->s.waitreason != NULL ? gp->s.waitreason : "waiting";
        break;
    case GOC_GRUNNABLE:
        status = "runnable";
        break;
    case GOC_GDEAD:
        status = "dead";
        break;
    default:
        status = "running";
        break;
    }
    goc_printcstr("goroutine ");
    goc_printint(gp->goid);
    goc_printcstr(" [");
    goc_printcstr(status);
    goc_printcstr("]:\n");
}

/* ---- other goroutines --------------------------------------------------------------- */

enum { TBMAX = 1024 };

/* A request for a stack, on the requester's stack; the target's handler fills it. */
typedef struct tbreq {
    physframe frames[TBMAX];
    int n;
    bool truncated;
    uint32_t done; /* futex word: 1 when the handler finished */
} tbreq;

static bool reqframe(physframe f, void *p) {
    tbreq *r = p;
    if (r->n == TBMAX) {
        r->truncated = true;
        return false;
    }
    r->frames[r->n++] = f;
    return true;
}

static void sigtraceback(int sig, siginfo_t *info, void *ctx) {
    (void)sig, (void)info, (void)ctx;
    goc_g *g = goc_curg;
    tbreq *r = g != NULL ? __atomic_load_n(&g->tbreq, __ATOMIC_ACQUIRE) : NULL;
    if (r == NULL)
        return;
    unwind(reqframe, r, true);
    __atomic_store_n(&g->tbreq, NULL, __ATOMIC_RELAXED);
    __atomic_store_n(&r->done, 1, __ATOMIC_RELEASE);
    syscall(SYS_futex, &r->done, FUTEX_WAKE_PRIVATE, 1, NULL, NULL, 0);
}

static pthread_once_t sigonce = PTHREAD_ONCE_INIT;

static void installsig(void) {
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_sigaction = sigtraceback;
    sa.sa_flags = SA_SIGINFO | SA_ONSTACK | SA_RESTART;
    sigemptyset(&sa.sa_mask);
    int suspend = GC_get_suspend_signal(); /* never stopped by the collector on the signal stack */
    if (suspend > 0)
        sigaddset(&sa.sa_mask, suspend);
    sigaction(GOC_SIGTRACEBACK, &sa, NULL);
}

/* The physical frames of gp's thread into r; false if it did not answer within a second. */
static void borrowedunwind(void *p) {
    unwind(reqframe, p, false);
}

static bool requeststack(goc_g *gp, tbreq *r) {
    if (!gp->hasthread) {
        /* A goroutine parked off any thread (M:N scheduler): unwind on its own stack. */
        if (!goc_stackborrowable(gp))
            return false;
        r->n = 0;
        r->truncated = false;
        goc_onstackof(gp, borrowedunwind, r);
        return true;
    }
    pthread_once(&sigonce, installsig);
    r->n = 0;
    r->truncated = false;
    r->done = 0;
    __atomic_store_n(&gp->tbreq, r, __ATOMIC_RELEASE);
    if (pthread_kill(gp->thread, GOC_SIGTRACEBACK) != 0) {
        __atomic_store_n(&gp->tbreq, NULL, __ATOMIC_RELAXED);
        return false;
    }
    struct timespec deadline;
    clock_gettime(CLOCK_MONOTONIC, &deadline);
    deadline.tv_sec++;
    while (__atomic_load_n(&r->done, __ATOMIC_ACQUIRE) == 0) {
        struct timespec now, wait = {0, 10 * 1000 * 1000};
        clock_gettime(CLOCK_MONOTONIC, &now);
        if (now.tv_sec > deadline.tv_sec || (now.tv_sec == deadline.tv_sec && now.tv_nsec > deadline.tv_nsec)) {
            /* Too late: take the request back (a late handler then finds none). */
            if (__atomic_exchange_n(&gp->tbreq, NULL, __ATOMIC_ACQ_REL) == r)
                return false;
        }
        syscall(SYS_futex, &r->done, FUTEX_WAIT_PRIVATE, 0, &wait, NULL, 0);
    }
    return true;
}

/* Print the frames of r as a traceback of gp. */
static void printcaptured(goc_g *gp, const tbreq *r, int level) {
    tbprinter t = {.level = level};
    expandarg e = {printstep, &t, false};
    for (int pass = 0; pass < 2; pass++) {
        for (int i = 0; i < r->n && expand(r->frames[i], &e); i++) {
        }
        if (t.nshown > 0)
            break;
        t.all = true;
    }
    printend(&t);
    if (r->truncated)
        goc_printcstr("...additional frames elided...\n");
    printcreatedby(gp, level);
}

static tbreq req; /* large; one request at a time (callers hold the scheduler's lock) */

/*
 * A goroutine that never ran: as gc shows one (its gobuf's pc is the entry
 * of the go statement's function, on top of runtime.goexit), the entry
 * function at its first instruction, called by runtime.goexit. The entry
 * of a go statement with arguments is its wrapper (main.main.gowrap1),
 * which gc leaves out of a traceback unless nothing else is shown — and
 * then runtime.goexit is shown too; so it is here.
 */
static bool tracebackfresh(goc_g *gp, int level) {
    if (gp->s.started || gp->s.fn == NULL || gp->s.fn->fn == NULL)
        return false;
    uintptr_t entry = (uintptr_t)gp->s.fn->fn, goexit = goc_goexitpc();
    const goc_srcframe *fr, *gofr;
    int n = goc_findframes(entry, &fr);
    if (n > 0 && (fr[n - 1].fn->flags & GOC_FUNC_WRAPPER) && level <= 1 &&
        gp->gopc != 0 && goc_findframes(gp->gopc - 1, &gofr) > 0) {
        /* gc's gowrapN is at the go statement (here the thunk's C code may say otherwise) */
        goc_srcframe wrap = {fr[n - 1].fn, gofr[0].file, gofr[0].line};
        shown s = {&wrap, entry, false};
        printframe(&s);
        if (goc_findframes(goexit, &fr) > 0) {
            shown x = {&fr[0], goexit + 1, false};
            printframe(&x);
        }
        printcreatedby(gp, level);
        return true;
    }
    req.n = 0;
    req.truncated = false;
    req.frames[req.n++] = (physframe){entry, entry};
    req.frames[req.n++] = (physframe){goexit, goexit + 1};
    printcaptured(gp, &req, level);
    return true;
}

static void tracebackg(goc_g *gp, int level) {
    if (__atomic_load_n(&gp->s.status, __ATOMIC_ACQUIRE) == GOC_GRUNNABLE && !gp->s.started &&
        gp->s.kind == GOC_GKUSER && tracebackfresh(gp, level))
        return;
    if (requeststack(gp, &req))
        printcaptured(gp, &req, level);
    else
        printcreatedby(gp, level);
}

void goc_tracebackg(goc_g *gp) {
    tracebackg(gp, tblevel());
}

/* ---- the calling goroutine ------------------------------------------------------------ */

static bool onsigstack(void) {
    stack_t ss;
    return sigaltstack(NULL, &ss) == 0 && (ss.ss_flags & SS_ONSTACK) != 0;
}

static tbreq sigreq; /* the stack of a goroutine whose fault is reported on the signal stack */

static void printsigreq(void) {
    printcaptured(goc_getg(), &sigreq, tblevel());
}

/*
 * A fatal error raised on the small signal stack (a stack overflow): the
 * frames are taken there, without looking anything up, then looked up and
 * printed on a stack of its own (libdw needs more room than is left).
 */
static void tracebackonsigstack(void) {
    sigreq.n = 0;
    sigreq.truncated = false;
    unwind(reqframe, &sigreq, false);
    enum { size = 4 << 20 };
    void *stk = mmap(NULL, size, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
    if (stk == MAP_FAILED)
        return;
    ucontext_t back, run;
    getcontext(&run);
    run.uc_stack.ss_sp = stk;
    run.uc_stack.ss_size = size;
    run.uc_link = &back;
    makecontext(&run, printsigreq, 0);
    swapcontext(&back, &run);
    munmap(stk, size);
}

/* The calling goroutine's traceback, from the frame after the first one of
   function after (NULL: from the caller of traceback's caller) on. */
static inline __attribute__((always_inline)) void traceback(const char *after, int level) {
    tbprinter t = {.level = level, .after = after};
    expandarg e = {printstep, &t, false};
    unwind(expand, &e, false);
    if (t.nshown == 0) {
        t = (tbprinter){.level = level, .after = after, .all = true};
        unwind(expand, &e, false);
    }
    printend(&t);
    printcreatedby(goc_getg(), level);
}

__attribute__((noinline)) void goc_traceback(void) {
    if (onsigstack()) {
        tracebackonsigstack();
        return;
    }
    traceback(NULL, tblevel());
    __asm__ volatile("");
}

static void stackother(goc_g *gp, void *arg) {
    if (gp == goc_curg)
        return;
    goc_printcstr("\n");
    goc_goroutineheader(gp);
    if (__atomic_load_n(&gp->s.status, __ATOMIC_ACQUIRE) == GOC_GRUNNING && !gp->hasthread) {
        /* gc stops the world first; goc lets it run (goc_forallgs_stopped) */
        goc_printcstr("\tgoroutine running on other thread; stack unavailable\n");
        printcreatedby(gp, *(int *)arg);
        return;
    }
    tracebackg(gp, *(int *)arg);
}

/*
 * Go: runtime.Stack. The traceback starts at the caller of runtime.Stack
 * (the Go function calling this one),
 * at GOTRACEBACK=single's level whatever the setting, as gc's; all adds the
 * other goroutines, each stopped by a signal while its stack is taken.
 */
__attribute__((noinline)) goc_int runtime__stack(goc_slice buf, bool all) {
    goc_g *g = goc_getg();
    goc_slice saved = g->writebuf;
    g->writebuf = (goc_slice){buf.ptr, 0, buf.len};
    goc_goroutineheader(g);
    traceback("runtime.Stack", 1);
    if (all) {
        int level = 1;
        goc_forallgs_stopped(stackother, &level);
    }
    goc_int n = g->writebuf.len;
    g->writebuf = saved;
    __asm__ volatile("");
    return n;
}

__attribute__((noinline)) goc_int runtime__callers(goc_int skip, goc_slice pcbuf) {
    /* 0 is our caller (runtime.Callers or runtime.Caller): goc_callers counts from us */
    goc_int n = goc_callers((int)skip + 1, pcbuf.ptr, pcbuf.len > INT32_MAX ? INT32_MAX : (int)pcbuf.len);
    __asm__ volatile("");
    return n;
}
