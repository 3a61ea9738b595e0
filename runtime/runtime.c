/*
 * runtime/runtime.c — process start and exit, the goroutine record
 * (Go: runtime/proc.go main/schedinit, runtime1.go args/goargs, os.Exit).
 *
 * Start-up order (goc_init, run once, idempotent):
 *   1. GC_INIT and a 4 MiB initial heap (GC_expand_hp): Go never lets its
 *      heap goal drop below 4 MB, and a tiny Boehm heap would collect every
 *      ~1,300 allocations (facts §10);
 *   2. goc_mallocinit (out-of-memory hook, GOC_GCSTRESS) and the other
 *      files' set-up: growth era (goc_sliceinit, GOCGROW), hash seeds
 *      (goc_alginit), the map tracer (goc_mapinit, GOCTRACE);
 *   3. the main goroutine g (goid 1) for the calling thread;
 *   4. os.Args, the auxiliary vector (runtime.getAuxv) and GODEBUG (panicnil=1: panic(nil) stays nil, as before Go 1.21);
 *   5. signal handlers: a nil dereference or integer division trap that
 *      slips past generated code's explicit checks still becomes gc's panic
 *      (Go: sigpanic), a stack overflow gc's fatal error.
 *
 * The main goroutine's stack. Go stacks grow to 1 GB, so Go programs recurse
 * far deeper than an 8 MB C stack allows. goc_main therefore runs init and
 * main on a goroutine whose stack is a 1 GB reservation (GOC_MAXSTACK
 * bytes if set; memory is committed only as the stack is touched), with a
 * guard region below it so that overflowing it is reported as
 * "fatal error: stack overflow" (proc.c, stack.c). The calling thread
 * becomes the scheduler's first M.
 *
 * Goroutine records. Every thread that runs Go code has one goc_g reached
 * through the thread-local goc_curg. A thread the scheduler did not start
 * (a C program using the ABI, a test) gets an external one on first use
 * (goc_newg), with its own frames, panics and tiny-allocator block;
 * these are allocated uncollectable: Boehm does not scan __thread storage,
 * and the record must keep panic values and defer records alive. goids of
 * external records count up from 1 in creation order.
 */
#include "sched_impl.h"
#include "linkname.h"

#include <fcntl.h>
#include <pthread.h>
#include <sched.h>
#include <signal.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <ucontext.h>
#include <unistd.h>

__thread goc_g *goc_curg;
static atomic_llong goidgen;

goc_g *goc_newg(void) {
    goc_g *g = GC_MALLOC_UNCOLLECTABLE(sizeof *g);
    if (g == NULL) {
        /* Out of memory in a thread that never ran Go code: borrow a record
           just long enough to report it (goc_throw needs a g). */
        static goc_g emergency;
        goc_curg = &emergency;
        goc_throw("runtime: out of memory");
    }
    memset(g, 0, sizeof *g);
    g->goid = (int64_t)atomic_fetch_add(&goidgen, 1) + 1;
    g->s.kind = GOC_GKEXTERNAL;
    goc_curg = g;
    return g;
}

goc_slice goc_os_Args;

static atomic_int rtinitstate; /* 0 not started, 1 running, 2 done */

/* Go: goargs. The strings point at the process's own argv, which lives forever. */
static void goargs(int argc, char **argv) {
    if (argc <= 0 || argv == NULL)
        return;
    goc_string *a = goc_alloc((uintptr_t)argc * sizeof *a, true);
    for (int i = 0; i < argc; i++) {
        a[i].str = (const uint8_t *)argv[i];
        a[i].len = (goc_int)strlen(argv[i]);
    }
    goc_slice s = {a, argc, argc};
    goc_os_Args = s;
}

/*
 * Go: sysargs/sysauxv (os_linux.go). The kernel's auxiliary vector,
 * (tag, value) pairs up to and with the AT_NULL pair, as runtime.getAuxv
 * hands it out (x/sys/cpu reads AT_HWCAP from it). gc finds it past envp
 * on the initial stack; goc_init may be called by a C program with an argv
 * of its own making, so it is read from /proc/self/auxv, gc's fallback
 * (empty when /proc is not there).
 */
static goc_slice auxv;

static void sysauxv(void) {
    uintptr_t buf[256];
    int fd = open("/proc/self/auxv", O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return;
    size_t got = 0;
    ssize_t r;
    while (got < sizeof buf && (r = read(fd, (char *)buf + got, sizeof buf - got)) > 0)
        got += (size_t)r;
    close(fd);
    goc_int n = (goc_int)(got / (2 * sizeof(uintptr_t))) * 2;
    for (goc_int i = 0; i < n; i += 2)
        if (buf[i] == 0) { /* AT_NULL ends it */
            n = i + 2;
            break;
        }
    if (n == 0)
        return;
    uintptr_t *v = goc_alloc((uintptr_t)n * sizeof *v, false);
    memcpy(v, buf, (size_t)n * sizeof *v);
    goc_slice s = {v, n, n};
    auxv = s;
}

/* Go: runtime.getAuxv, pulled by vendor/golang.org/x/sys/cpu's linkname. */
goc_slice runtime__getAuxv(void) {
    return auxv;
}

/* ---- signals (Go: signal_unix.go sighandler, sigpanic) ------------------------------- */

uintptr_t goc_maxstacksize = (uintptr_t)1000000000; /* Go: maxstacksize on 64-bit */

enum { altstacksize = 64 << 10 };
static __thread char *altstack;                /* this thread's signal stack */
static __thread uintptr_t stacklo, stackhi;    /* this thread's stack */

/* The current stack pointer (roughly). */
static uintptr_t getsp(void) {
    return (uintptr_t)__builtin_frame_address(0);
}

void goc_minit(void) {
    goc_g *g = goc_curg;
    if (g != NULL) { /* where a traceback request for g goes (traceback.c) */
        g->thread = pthread_self();
        g->hasthread = true;
    }
    if (altstack == NULL) {
        void *p = mmap(NULL, altstacksize, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
        if (p != MAP_FAILED) {
            stack_t ss = {.ss_sp = p, .ss_size = altstacksize, .ss_flags = 0};
            if (sigaltstack(&ss, NULL) == 0)
                altstack = p;
            else
                munmap(p, altstacksize);
        }
    }
    pthread_attr_t a;
    if (pthread_getattr_np(pthread_self(), &a) == 0) {
        void *addr;
        size_t size;
        if (pthread_attr_getstack(&a, &addr, &size) == 0) {
            stacklo = (uintptr_t)addr;
            stackhi = (uintptr_t)addr + size;
        }
        pthread_attr_destroy(&a);
    }
}

/* Go: unminit. Undo goc_minit before a thread exits (its signal stack is a mapping of its own). */
void goc_unminit(void) {
    if (goc_curg != NULL)
        goc_curg->hasthread = false;
    if (altstack != NULL) {
        stack_t ss = {.ss_sp = NULL, .ss_size = 0, .ss_flags = SS_DISABLE};
        sigaltstack(&ss, NULL);
        munmap(altstack, altstacksize);
        altstack = NULL;
    }
    stacklo = stackhi = 0;
}

/*
 * A fault in the guard below the running stack is an overflow: a
 * scheduler goroutine's guard region (stack.c), or just below a thread's
 * own stack (an M's scheduler context, an external goroutine). *lo and *hi
 * are that stack's bounds.
 */
static bool isstackoverflow(const goc_g *g, uintptr_t addr, uintptr_t *lo, uintptr_t *hi) {
    if (g->s.kind == GOC_GKUSER || g->s.kind == GOC_GKSYSTEM) {
        *lo = g->s.stacklo;
        *hi = g->s.stackhi;
        return goc_isstackguard(g, addr);
    }
    *lo = stacklo;
    *hi = stackhi;
    return stacklo != 0 && addr < stacklo + 4096 && addr + (1u << 20) >= stacklo;
}

static _Noreturn void stackoverflow(uintptr_t sp, uintptr_t lo, uintptr_t hi) {
    goc_printlock();
    goc_printcstr("runtime: goroutine stack exceeds ");
    goc_printuint(goc_maxstacksize);
    goc_printcstr("-byte limit\nruntime: sp=");
    goc_printhex(sp);
    goc_printcstr(" stack=[");
    goc_printhex(lo);
    goc_printcstr(", ");
    goc_printhex(hi);
    goc_printcstr("]\n");
    goc_printunlock();
    goc_throw("stack overflow");
}

#if defined(__x86_64__)
/* Entered as if called from the faulting instruction (sighandler), with
   every register but rsp and rip as they were at the fault. */
void sigpanictramp(void);
__asm__(".text\n"
        ".type sigpanictramp, @function\n"
        "sigpanictramp:\n"
        ".cfi_startproc\n"
        "    pushq %rbp\n"
        ".cfi_adjust_cfa_offset 8\n"
        ".cfi_offset rbp, -16\n"
        "    movq %rsp, %rbp\n"
        ".cfi_def_cfa_register rbp\n"
        "    andq $-16, %rsp\n"
        "    call goc_sigpanic\n"
        "    ud2\n"
        ".cfi_endproc\n"
        ".size sigpanictramp, .-sigpanictramp\n");
#endif

static void sighandler(int sig, siginfo_t *info, void *ctx) {
    goc_g *g = goc_curg;
    uintptr_t sp = getsp();
    bool onalt = altstack != NULL && sp >= (uintptr_t)altstack && sp < (uintptr_t)altstack + altstacksize;
    uintptr_t pc = 0, fsp = sp;
#if defined(__x86_64__)
    pc = (uintptr_t)((ucontext_t *)ctx)->uc_mcontext.gregs[REG_RIP];
    fsp = (uintptr_t)((ucontext_t *)ctx)->uc_mcontext.gregs[REG_RSP];
#else
    (void)ctx;
#endif
    bool nested = onalt && altstack != NULL && fsp >= (uintptr_t)altstack &&
                  fsp < (uintptr_t)altstack + altstacksize;
    if (g == NULL || nested) {
        /* Not Go code, or a fault while handling one: let the signal kill us. */
        signal(sig, SIG_DFL);
        return;
    }
    uintptr_t addr = (uintptr_t)info->si_addr, lo, hi;
    if (sig == SIGSEGV && isstackoverflow(g, addr, &lo, &hi)) {
        g->sig = 0; /* gc notices overflows in its prologue: no signal line */
        stackoverflow(fsp, lo, hi);
    }
    g->sig = sig;
    g->sigcode0 = (uintptr_t)info->si_code;
    g->sigcode1 = addr;
    g->sigpc = pc;
#if defined(__x86_64__)
    /*
     * Like gc, make the faulting code appear to call sigpanic: push the
     * fault pc + 1 as a return address right below the interrupted stack
     * pointer and resume in sigpanictramp, which aligns the stack and calls
     * goc_sigpanic. The panic then runs on the goroutine's own stack, not on
     * the small signal stack (which the collector must never see as the
     * thread's stack), and an unwinder walks from sigpanic into the faulting
     * function and on (tracebacks, runtime.Callers in deferred calls): the
     * trampoline's unwind rules restore the faulting stack pointer exactly,
     * and a return address minus one is the faulting instruction itself,
     * whose rules hold there. The faulting function never resumes (the
     * panic ends the program or is recovered in an older frame), so the
     * red-zone bytes this overwrites are dead.
     */
    greg_t *r = ((ucontext_t *)ctx)->uc_mcontext.gregs;
    uintptr_t nsp = fsp - 8;
    *(uintptr_t *)nsp = pc + 1;
    r[REG_RSP] = (greg_t)nsp;
    r[REG_RIP] = (greg_t)(uintptr_t)sigpanictramp;
#else
    goc_sigpanic();
#endif
}

static void initsig(void) {
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_sigaction = sighandler;
    sa.sa_flags = SA_SIGINFO | SA_ONSTACK | SA_NODEFER;
    sigemptyset(&sa.sa_mask);
    /* The collector must not stop this thread while it runs on the signal
       stack: it would scan from there as if it were the thread's stack. */
    int suspend = GC_get_suspend_signal();
    if (suspend > 0)
        sigaddset(&sa.sa_mask, suspend);
    sigaction(SIGSEGV, &sa, NULL);
    sigaction(SIGBUS, &sa, NULL);
    sigaction(SIGFPE, &sa, NULL);
    sigaction(SIGTRAP, &sa, NULL); /* runtime.Breakpoint: fatal, as gc's _SigThrow */
}

/* ---- GODEBUG ----------------------------------------------------------------------------- */

bool goc_debug_panicnil;

/* Go: parsedebugvars, reparsedebugvars. The settings of GODEBUG=k=v,k=v that
   goc honours; again when os.Setenv changes GODEBUG (godebug.c). */
void goc_parsedebugvars(void) {
    const char *s = getenv("GODEBUG");
    goc_debug_panicnil = false;
    if (s == NULL)
        return;
    while (*s != '\0') {
        const char *end = strchr(s, ',');
        size_t n = end != NULL ? (size_t)(end - s) : strlen(s);
        if (n == 10 && strncmp(s, "panicnil=1", 10) == 0)
            goc_debug_panicnil = true;
        else if (n == 10 && strncmp(s, "panicnil=0", 10) == 0)
            goc_debug_panicnil = false;
        s += n;
        if (*s == ',')
            s++;
    }
}

void goc_init(int argc, char **argv) {
    int expect = 0;
    if (!atomic_compare_exchange_strong(&rtinitstate, &expect, 1)) {
        while (atomic_load(&rtinitstate) != 2) /* another thread is initialising */
            sched_yield();
        return;
    }
    GC_INIT();
    GC_allow_register_threads();
    GC_expand_hp(4 << 20);
    goc_mallocinit();
    goc_mstatsinit();
    goc_sliceinit();
    goc_alginit();
    goc_mapinit();
    (void)goc_getg(); /* the main goroutine: the first g, goid 1 */
    goargs(argc, argv);
    sysauxv();
    goc_goenvs();
    const char *ms = getenv("GOC_MAXSTACK");
    if (ms != NULL && *ms != '\0') {
        char *end;
        unsigned long long n = strtoull(ms, &end, 10);
        if (*end == '\0' && n >= (64u << 10))
            goc_maxstacksize = (uintptr_t)n;
    }
    goc_parsedebugvars();
    goc_minit();
    initsig();
    goc_initsigqueue();
    atomic_store(&rtinitstate, 2);
}

int goc_main(int argc, char **argv, void (*init)(void), void (*mainfn)(void)) {
    goc_init(argc, argv);
    goc_schedmain(init, mainfn); /* proc.c: never returns; main's return exits the process */
}

/*
 * os.Exit. Go code has nothing buffered (print and fmt write straight to
 * the fd); C code using the ABI may have stdio output pending, which is
 * flushed. No atexit handlers or destructors run, as in Go.
 */
_Noreturn void goc_exit(int code) {
    fflush(NULL);
    _exit(code);
}

/*
 * Go: gotraceback. GOTRACEBACK=none|0 → 0 (panic lines only);
 * single|all|1 (default) → 1; system|2 → 2; crash → 2 and abort after the
 * report (a core dump, as gc's crash does). runtime/debug.SetTraceback
 * raises it (goc_settraceback), never lowers it.
 */
static int parsetraceback(const char *s, bool *crash);
static int setlevel = -1;   /* debug.SetTraceback's level, -1: none */
static bool setcrash;

void goc_settraceback(const char *level) {
    bool crash = false;
    int l = parsetraceback(level, &crash);
    __atomic_store_n(&setcrash, crash, __ATOMIC_RELAXED);
    __atomic_store_n(&setlevel, l, __ATOMIC_RELAXED);
}

int goc_gotraceback(bool *crash) {
    int l = parsetraceback(getenv("GOTRACEBACK"), crash);
    int set = __atomic_load_n(&setlevel, __ATOMIC_RELAXED);
    if (set > l) {
        l = set;
        *crash = *crash || __atomic_load_n(&setcrash, __ATOMIC_RELAXED);
    }
    return l;
}

static int parsetraceback(const char *s, bool *crash) {
    *crash = false;
    if (s == NULL || *s == '\0' || strcmp(s, "single") == 0 || strcmp(s, "all") == 0)
        return 1;
    if (strcmp(s, "none") == 0)
        return 0;
    if (strcmp(s, "system") == 0)
        return 2;
    if (strcmp(s, "crash") == 0) {
        *crash = true;
        return 2;
    }
    char *end;
    long n = strtol(s, &end, 10);
    if (*end == '\0' && n >= 0)
        return n > 2 ? 2 : (int)n;
    return 1;
}
