/*
 * runtime/goc_rt.h — internals shared between runtime files. Not part of the
 * public ABI (include/goc.h); generated code never includes it.
 *
 * Every runtime file includes this header first. Cross-file internals are
 * GOC_INTERNAL (hidden visibility), like Lua's LUAI_FUNC.
 */
#ifndef GOC_RT_H
#define GOC_RT_H

#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif
#define GC_THREADS 1
#include <gc/gc.h>
#include <pthread.h>

#include "../include/goc.h"

#define GOC_INTERNAL __attribute__((visibility("hidden")))

/*
 * Whether a[:n] and b[:n] hold the same bytes (Go: memequal). Keys and
 * strings are mostly short, so up to 32 bytes are compared inline with
 * loads that stay inside both operands (the first and the last word may
 * overlap), without a call of memcmp.
 */
static inline bool goc_memeq(const void *a, const void *b, size_t n) {
    const uint8_t *p = a, *q = b;
    uint64_t x0, y0, x1, y1;
    if (n >= 8) {
        if (n > 32)
            return __builtin_memcmp(p, q, n) == 0;
        __builtin_memcpy(&x0, p, 8), __builtin_memcpy(&y0, q, 8);
        __builtin_memcpy(&x1, p + n - 8, 8), __builtin_memcpy(&y1, q + n - 8, 8);
        uint64_t d = (x0 ^ y0) | (x1 ^ y1);
        if (n > 16) {
            __builtin_memcpy(&x0, p + 8, 8), __builtin_memcpy(&y0, q + 8, 8);
            __builtin_memcpy(&x1, p + n - 16, 8), __builtin_memcpy(&y1, q + n - 16, 8);
            d |= (x0 ^ y0) | (x1 ^ y1);
        }
        return d == 0;
    }
    if (n >= 4) {
        uint32_t u0, v0, u1, v1;
        __builtin_memcpy(&u0, p, 4), __builtin_memcpy(&v0, q, 4);
        __builtin_memcpy(&u1, p + n - 4, 4), __builtin_memcpy(&v1, q + n - 4, 4);
        return ((u0 ^ v0) | (u1 ^ v1)) == 0;
    }
    if (n >= 2) {
        uint16_t u0, v0, u1, v1;
        __builtin_memcpy(&u0, p, 2), __builtin_memcpy(&v0, q, 2);
        __builtin_memcpy(&u1, p + n - 2, 2), __builtin_memcpy(&v1, q + n - 2, 2);
        return ((u0 ^ v0) | (u1 ^ v1)) == 0;
    }
    return n == 0 || *p == *q;
}

/* ---- malloc.c, slice.c, string.c (engineer M) ---- */
/* GOC_GCSTRESS=N: collect every N runtime allocations (0 = off). */
GOC_INTERNAL extern unsigned long goc_gcstress;
/* Goroutine stacks the last collection scanned (stack.c): GC stress spaces its collections by it. */
GOC_INTERNAL extern uintptr_t goc_gcstacks;
/* Go: maxAlloc on linux/amd64 (heapAddrBits = 48): the largest allocation. */
#define GOC_MAXALLOC ((uintptr_t)1 << 48)
/* Called by goc_init after GC_INIT: installs the out-of-memory hook and
   reads GOC_GCSTRESS. */
GOC_INTERNAL void goc_mallocinit(void);
/* mstats.c: the collection event hook that times pauses (before any other hook). */
GOC_INTERNAL void goc_mstatsinit(void);
/* malloc.c: objects allocated since the start, all threads (MemStats.Mallocs). */
GOC_INTERNAL uint64_t goc_nmalloc(void);
/* Called by goc_init: reads GOCGROW, the growth era of goc_growslice
   (otherwise read at the first growth). */
GOC_INTERNAL void goc_sliceinit(void);

/* ---- panic.c, error.c, print.c, iface.c, type.c, runtime.c (engineer P) ---- */

/*
 * A panic in flight (Go: _panic). Panics of a goroutine form a chain, newest
 * first; an older panic stays in the chain while a newer one, raised by a
 * deferred call, unwinds past it, so the crash report can list them all.
 * Heap-allocated: it outlives goc_gopanic's C frame when a newer panic is
 * recovered in an older frame (the longjmp discards both panics' frames).
 */
typedef struct goc_panic {
    struct goc_panic *link; /* next older panic of the goroutine */
    goc_eface arg;          /* the value passed to panic */
    goc_frame *frame;       /* the frame whose defers this panic is running */
    bool recovered;         /* recover() returned arg */
} goc_panic;

/*
 * One deferred call being run (panic.c rundefers, for goc_deferreturn or
 * goc_gopanic), on the C stack of the function running it. recover() is allowed only while the innermost record belongs to the
 * current panic (Go checks the caller's argument pointer instead).
 */
typedef struct goc_defercall {
    struct goc_defercall *link; /* the enclosing running deferred call */
    goc_frame *frame;           /* the frame the call was deferred in */
    goc_panic *panic;           /* the panic running it; NULL on a normal return */
} goc_defercall;

enum { GOC_PRINTBUF = 512 };

/* ---- ctx.c: execution contexts (the scheduler's stack switch) ---- */
/*
 * Save the running context's callee-saved registers on its stack, store its
 * stack pointer in *save, and resume the context whose stack pointer is to
 * (saved by an earlier goc_ctxswitch or made by goc_ctxmake). Returns when
 * some later switch resumes the saved context, possibly on another thread.
 */
GOC_INTERNAL void goc_ctxswitch(void **save, void *to);
/*
 * A fresh context on the stack whose cold end (highest address) is
 * stacktop: the first switch to it calls fn(arg), which must never return.
 * Returns the stack pointer to switch to; the frame uses fewer than 256
 * bytes below stacktop.
 */
GOC_INTERNAL void *goc_ctxmake(void *stacktop, void (*fn)(void *), void *arg);

/* ---- lock.c: runtime locks and notes (futex words) ---- */

/*
 * A runtime lock (Go: mutex in lock_futex.go): 0 unlocked, 1 locked, 2
 * locked with sleepers. Not tied to a thread: a goroutine may take it on
 * one M and the scheduler release it on another (gopark's unlock
 * callback). Hold it only for short critical sections that never park.
 */
typedef struct goc_mutex {
    uint32_t key;
} goc_mutex;
GOC_INTERNAL void goc_lock(goc_mutex *l);
GOC_INTERNAL void goc_unlock(goc_mutex *l);
/* A one-shot event (Go: note): sleep until wakeup; clear before reuse. */
typedef struct goc_note {
    uint32_t key;
} goc_note;
GOC_INTERNAL void goc_notesleep(goc_note *n);
/* Sleep at most ns nanoseconds (ns < 0: forever); reports whether the note was woken. */
GOC_INTERNAL bool goc_notetsleep(goc_note *n, int64_t ns);
GOC_INTERNAL void goc_notewakeup(goc_note *n);
static inline void goc_noteclear(goc_note *n) {
    __atomic_store_n(&n->key, 0, __ATOMIC_RELAXED);
}
/* A few rounds of the CPU's spin-wait hint (Go: procyield) / the OS yield (osyield). */
GOC_INTERNAL void goc_procyield(int n);
GOC_INTERNAL void goc_osyield(void);

/* ---- proc.c, chan.c, select.c, sync.c, time.c, stack.c, netpoll.c: the scheduler ---- */

struct goc_g;
struct goc_m;
struct goc_hchan;

/* Goroutine states (Go: _Grunnable, _Grunning, _Gsyscall, _Gwaiting, _Gdead). */
enum { GOC_GRUNNING = 0, GOC_GRUNNABLE = 1, GOC_GWAITING = 2, GOC_GDEAD = 3, GOC_GSYSCALL = 4 };
/* What a g is (goc_gsched.kind). */
enum {
    GOC_GKUSER = 0,     /* a goroutine of goc_newproc (or the main goroutine of goc_main) */
    GOC_GKSYSTEM = 1,   /* a runtime goroutine (the finalizer goroutine): not counted */
    GOC_GKEXTERNAL = 2, /* a thread that calls the runtime on its own stack (a C program, a test) */
    GOC_GKG0 = 3,       /* an M's scheduler context (its thread's own stack) */
};

/*
 * Scheduling state of a goroutine, embedded in goc_g as g->s (see proc.c
 * and stack.c for who writes what).
 */
typedef struct goc_gsched {
    void *sp;                   /* saved stack pointer while not running on a thread */
    uintptr_t stacklo, stackhi; /* usable stack [stacklo, stackhi); stackhi is the cold end */
    uint32_t status;            /* GOC_G* (atomic) */
    uint8_t kind;               /* GOC_GK* */
    bool bigstack;              /* a stack of its own (the main goroutine): never pooled */
    uint8_t stackclass;         /* stack.c: the size class of its slot (pooled by class) */
    bool started;               /* it has run (else sp is the fresh frame of goc_ctxmake) */
    const char *waitreason;     /* while GOC_GWAITING: "chan receive", ... */
    /* goc_onstackof: a function the parked goroutine runs on its own stack, then
       switches back to *borrowret (proc.c gswitch) */
    void (*borrowfn)(void *);
    void *borrowarg;
    void **borrowret;
    void *param;                /* set by the waker before goc_goready: the sudog that fired */
    uint32_t selectdone;        /* select: 1 once a waker claimed one of our sudogs (atomic) */
    struct goc_g *schedlink;    /* run queues, free lists, ready lists */
    struct goc_g *alllink;      /* the list of every scheduler-made g (never unlinked) */
    struct goc_g *extnext, *extprev; /* the list of external goroutines */
    struct goc_m *m;            /* the M running it (or that ran it last) */
    struct goc_m *lockedm;      /* LockOSThread, external goroutines: the only M that runs it */
    uint32_t lockedcount;       /* LockOSThread nesting */
    bool listed;                /* counted by NumGoroutine and the deadlock detector */
    goc_func *fn;               /* the goroutine's entry closure */
    int64_t parentgoid;         /* goid of the goroutine that ran `go` (0: none) */
    uint32_t gcmark;            /* stack.c: the collection that saw this stack as running */
    goc_timer sleeptimer;       /* time.Sleep */
    void *asanfake;             /* ASan: the fake stack of the context switched away from */
} goc_gsched;

/*
 * A goroutine waiting on a channel, in a select, on a semaphore or a
 * sync.Cond (Go: sudog). Always lives on the waiting goroutine's C stack
 * (or in a block its stack references) and is only touched under the lock
 * of the queue it is linked into.
 */
typedef struct goc_sudog {
    struct goc_g *g;
    struct goc_sudog *next, *prev;
    void *elem;                 /* channel: the value's address (may be NULL for a receive); sema: addr */
    struct goc_hchan *c;        /* channel waited on */
    uint32_t ticket;            /* sema: 1 = handed off; notifyList: the ticket */
    bool isSelect;              /* part of a select: wakers must win g->s.selectdone first */
    bool success;               /* channel: woken by a value (true) or by close (false) */
} goc_sudog;

typedef struct goc_waitq {
    goc_sudog *first, *last;
} goc_waitq;

/*
 * A channel (Go: hchan). Allocated by goc_makechan in one block with its
 * ring buffer. Every field below lock is read and written under lock.
 */
typedef struct goc_hchan {
    goc_mutex lock;
    goc_int qcount;             /* values in the buffer */
    goc_int dataqsiz;           /* buffer capacity (cap(c)) */
    uint8_t *buf;               /* dataqsiz slots of elemsize bytes */
    const goc_type *elemtype;
    uint16_t elemsize;
    bool closed;
    bool timer;                 /* a timer channel: len and cap report 0 (goc_settimerchan) */
    goc_int sendx, recvx;       /* ring indexes */
    goc_waitq recvq, sendq;     /* blocked receivers and senders */
} goc_hchan;

/*
 * Mark c (capacity 1) as the channel of a time.Timer or Ticker (Go 1.23's
 * synchronous timer channels, runtime/time_hooks.c): its one buffer slot is
 * filled by the timer's non-blocking send and drained by Stop and Reset,
 * while len and cap report 0 as in gc (which keeps the pending value in the
 * timer instead).
 */
GOC_INTERNAL void goc_settimerchan(goc_hchan *c);

/*
 * Go: gopark. Block the calling goroutine with the given wait reason until
 * goc_goready. unlockf(gp, arg) runs once the goroutine's registers are
 * saved (on the scheduler's stack), so a waker that finds its sudog can
 * ready it at once: it releases the locks that protect the queue the
 * goroutine is linked into. If it returns false the goroutine does not
 * sleep after all. unlockf may be NULL.
 */
typedef bool (*goc_unlockf)(struct goc_g *gp, void *arg);
GOC_INTERNAL void goc_gopark(const char *reason, goc_unlockf unlockf, void *arg);
/* gopark's unlock callback that releases the goc_mutex arg. */
GOC_INTERNAL bool goc_parkunlock(struct goc_g *gp, void *lock);
/* Go: goready. gp must be parked (or about to be, inside goc_gopark). */
GOC_INTERNAL void goc_goready(struct goc_g *gp);
/* Park forever (nil channel, select {}); the deadlock detector sees it. */
GOC_INTERNAL _Noreturn void goc_parkforever(const char *reason);
/* The current goroutine, registered with the scheduler (an external thread is counted from now on). */
GOC_INTERNAL struct goc_g *goc_schedg(void);
/* proc.c: start a system goroutine (not counted, not waited for; mfinal.c's fing). */
GOC_INTERNAL void goc_newsysproc(goc_func *fn);
/* mfinal.c: the collector queued finalizers the finalizer goroutine has not run yet. */
GOC_INTERNAL bool goc_finpending(void);
/* goc_main's hook after main returns: give a panicking goroutine time to report. */
GOC_INTERNAL void goc_schedmainreturn(void);
/* goc_main: the calling thread becomes the first M and runs init and main on the main goroutine. */
GOC_INTERNAL _Noreturn void goc_schedmain(void (*init)(void), void (*mainfn)(void));
/* Go: sync_runtime_canSpin (sync.Mutex's spinning round iter). */
GOC_INTERNAL bool goc_canspin(int iter);
/* Go: entersyscall/exitsyscall around a system call that may block: the P can go to another M meanwhile. */
GOC_INTERNAL void goc_entersyscall(void);
GOC_INTERNAL void goc_exitsyscall(void);
/* chan.c: wait queues and value hand-offs, shared with select.c (channel locked). */
GOC_INTERNAL void goc_waitq_enqueue(goc_waitq *q, goc_sudog *s);
GOC_INTERNAL goc_sudog *goc_waitq_dequeue(goc_waitq *q);
GOC_INTERNAL void goc_waitq_remove(goc_waitq *q, goc_sudog *s);
GOC_INTERNAL void goc_chan_sendto(goc_hchan *c, goc_sudog *sg, const void *ep);
GOC_INTERNAL void goc_chan_recvfrom(goc_hchan *c, goc_sudog *sg, void *ep);
GOC_INTERNAL void goc_chan_bufput(goc_hchan *c, const void *ep);
GOC_INTERNAL void goc_chan_bufget(goc_hchan *c, void *ep);


/*
 * A goroutine (Go: g). A goroutine of the scheduler lives at the top of
 * its own stack (stack.c), so it is scanned with that stack; an external
 * thread's and an M's scheduler record are allocated uncollectable
 * (Boehm does not scan __thread storage). Frames and panics are per
 * goroutine; so is the tiny allocator's block.
 */
typedef struct goc_g {
    goc_frame *frames;          /* innermost live frame with a defer chain */
    goc_panic *panic;           /* innermost active panic */
    goc_defercall *defercall;   /* innermost running deferred call */
    goc_defer *deferpool;       /* spare defer records, linked by link (Go: deferpool) */
    int ndeferpool;
    int64_t goid;               /* 1 for the main goroutine */
    /* Signal that caused the current panic (nil dereference), 0 if none. */
    int sig;
    uintptr_t sigcode0, sigcode1, sigpc;
    bool preprinting;           /* calling Error/String of panic values for the report */
    int printlock;              /* print/println: lock depth (print.c) */
    goc_gsched s;               /* scheduler state (proc.c) */
    /* malloc.c tiny allocator: the current block (kept alive by this
     * record, which the collector scans) and the offset of its first free
     * byte. */
    uint8_t *tiny;
    uintptr_t tinyoffset;
    /* malloc.c medium objects in address order: a batch per kind
     * (0 scanned, 1 pointer-free), scanned records kept alive here, and the
     * run of consecutive medium allocations of one size that turns them on */
    struct goc_ascbatch *asc[2];
    uintptr_t ascsize;
    int ascrun;
    /* traceback.c */
    uintptr_t gopc;             /* pc of the go statement that created it (0: none) */
    pthread_t thread;           /* the thread running it (valid when hasthread) */
    bool hasthread;
    struct tbreq *tbreq;        /* a stack request for its thread's GOC_SIGTRACEBACK handler */
    goc_slice writebuf;         /* print output goes here instead of fd 2 while ptr != NULL (Go: writebuf) */
    void *labels;               /* runtime/pprof's labels (Go: g.labels; cpuprof.c), inherited by `go` */
} goc_g;

/*
 * The goroutine running on this thread (an M's g0 while it schedules).
 * Read it with goc_getg(): a goroutine may stop on one thread and go on
 * on another, and a compiler may keep the address of a thread-local
 * variable in a register across a call (qemu's coroutine-tls.h), so the
 * read is an asm statement that computes the address afresh each time.
 */
/* The signal asking a goroutine's thread for its stack (traceback.c). */
#define GOC_SIGTRACEBACK (SIGRTMIN + 3)

GOC_INTERNAL extern __thread goc_g *goc_curg;
/* A fresh goroutine for the calling thread (an external one; goid assigned in order). */
GOC_INTERNAL goc_g *goc_newg(void);
static inline goc_g *goc_loadg(void) {
    goc_g *g;
#if defined(__x86_64__)
    __asm__ volatile("movq goc_curg@gottpoff(%%rip), %0\n\tmovq %%fs:(%0), %0" : "=r"(g));
#elif defined(__aarch64__)
    uintptr_t tp;
    __asm__ volatile("mrs %1, tpidr_el0\n\t"
                     "adrp %0, :gottprel:goc_curg\n\t"
                     "ldr %0, [%0, #:gottprel_lo12:goc_curg]\n\t"
                     "ldr %0, [%1, %0]"
                     : "=&r"(g), "=&r"(tp));
#else
#error "goc: goc_loadg needs this architecture's thread pointer"
#endif
    return g;
}
static inline goc_g *goc_getg(void) {
    goc_g *g = goc_loadg();
    return g != NULL ? g : goc_newg();
}

/* print.c: write all of buf to fd 2, retrying short writes. */
GOC_INTERNAL void goc_writeerr(const char *buf, size_t n);
/* print.c: bytes held in the print buffer (for tests). */
GOC_INTERNAL int goc_printpending(void);
/* print.c: flush the print buffer and release the print lock entirely. */
GOC_INTERNAL void goc_printreset(goc_g *g);
/* print.c: print a C string / bytes under the current print lock. */
GOC_INTERNAL void goc_printcstr(const char *s);
GOC_INTERNAL void goc_printbytes(const void *p, size_t n);
/* panic.c: print s, following every newline with a tab (Go 1.23 printindented). */
GOC_INTERNAL void goc_printindented(goc_string s);
/* panic.c: the panic value as gc prints it after "panic: " (printpanicval). */
GOC_INTERNAL void goc_printpanicval(goc_eface v);

/* error.c: runtime error values (the eface a panic carries). */
GOC_INTERNAL goc_eface goc_errorString(const char *msg);
GOC_INTERNAL goc_eface goc_plainError(const char *msg);
GOC_INTERNAL goc_eface goc_PanicNilError(void);
/* type.c: the registered modules (the runtime's first); returns their number. */
GOC_INTERNAL int goc_modules(const goc_module *const **list);
/* type.c: map[interface {}]interface {} (sync.Map's table). */
typedef struct goc_mapdesc {
    const goc_module *mod;
    goc_maptype d;
} goc_mapdesc;
GOC_INTERNAL extern const goc_mapdesc goc_anymaptype;
/* A *runtime.TypeAssertionError; missing is the method name or empty. */
GOC_INTERNAL goc_eface goc_TypeAssertionError(const goc_type *iface, const goc_type *concrete,
                                              const goc_type *asserted, goc_string missing);
/* error.c: a Go string made of the C string pieces (list ends with NULL); its bytes are NUL-terminated. */
GOC_INTERNAL goc_string goc_catstr(const char *first, ...);
/* error.c: the n Go strings concatenated; the bytes are NUL-terminated. */
GOC_INTERNAL goc_string goc_catgs(int n, const goc_string *parts);

/* iface.c: call a value's Error() / String() method if it has one. */
GOC_INTERNAL bool goc_callstringmethod(goc_eface v, const char *name, goc_string *out);

/* runtime.c: GOTRACEBACK level (0 = none, 1 = single/all, 2 = system/crash); crash: abort. */
GOC_INTERNAL int goc_gotraceback(bool *crash);
/* runtime.c: debug.SetTraceback(level): a level above $GOTRACEBACK's wins. */
GOC_INTERNAL void goc_settraceback(const char *level);
/* runtime.c (Go: minit): per-thread signal set-up (alternate signal stack, stack bounds
   for overflow reports). Call first thing in every thread that runs Go code. */
GOC_INTERNAL void goc_minit(void);
/* os.c: keep $GOROOT as the process started with it (runtime.GOROOT). */
GOC_INTERNAL void goc_goenvs(void);
/* runtime.c (Go: unminit): release what goc_minit set up; call before a thread exits. */
GOC_INTERNAL void goc_unminit(void);
/* runtime.c: GODEBUG=panicnil=1 — panic(nil) is not turned into *runtime.PanicNilError. */
GOC_INTERNAL extern bool goc_debug_panicnil;
/* runtime.c: the largest goroutine stack, bytes (GOC_MAXSTACK, default 1 GB like gc). */
GOC_INTERNAL extern uintptr_t goc_maxstacksize;
/* error.c (Go: sigpanic): raise the panic for the signal recorded in g->sig. */
GOC_INTERNAL _Noreturn void goc_sigpanic(void);
/* panic.c: a fatal signal that is no panic (SIGTRAP): report as gc's fatalsignal, exit 2. */
GOC_INTERNAL _Noreturn void goc_fatalsignal(goc_g *g);

/* ---- symtab.c, traceback.c (Go: symtab.go, traceback.go) ---- */

/* A Go function (runtime.Func): what FuncForPC returns, one per function and
   machine function it runs in (an inlined copy has its caller's entry). */
typedef struct goc_Func {
    goc_string name;  /* as gc prints it: main.(*T).m, main.main.func1, main.F[...] */
    uintptr_t entry;  /* entry pc of the machine function */
    uint32_t flags;   /* GOC_FUNC_* (goc/symtab.h) */
} goc_Func;

/* One logical frame at a pc: the function and where in its source the pc is. */
typedef struct goc_srcframe {
    const goc_Func *fn;
    goc_string file;
    goc_int line;
} goc_srcframe;

/* Set when memory is exhausted: no more DWARF lookups (libdw exits the
   process on allocation failure); tracebacks then show what is cached. */
GOC_INTERNAL extern bool goc_nosymbolize;
/* The logical frames at lookup address pc (a pc inside the instruction of
   interest), innermost first; 0 when pc is not Go code of the executable.
   The array stays valid forever. */
GOC_INTERNAL int goc_findframes(uintptr_t pc, const goc_srcframe **frames);

/*
 * The pc values Go code sees (runtime.Callers, Frame.PC, Caller): the lookup
 * address of a physical frame, with the depth of the logical frame inside
 * it (0 = innermost, the inlined callee) in bits 48 and up, so every
 * logical frame has a pc of its own that FuncForPC and CallersFrames turn
 * back into that frame (gc gives each inlined call a pc of its own instead).
 * User-space addresses on amd64 are below 2^47.
 */
enum { GOC_PCDEPTHSHIFT = 48 };
static inline uintptr_t goc_pcaddr(uintptr_t v) { return v & (((uintptr_t)1 << GOC_PCDEPTHSHIFT) - 1); }
static inline unsigned goc_pcdepth(uintptr_t v) { return (unsigned)(v >> GOC_PCDEPTHSHIFT); }
static inline uintptr_t goc_pcvalue(uintptr_t addr, unsigned depth) {
    return addr | (uintptr_t)depth << GOC_PCDEPTHSHIFT;
}
/* The logical frame of pc value v, or NULL; *inlined (if not NULL): it is
   not the frame of the machine function itself. */
GOC_INTERNAL const goc_srcframe *goc_pcframe(uintptr_t v, bool *inlined);
/* runtime.FuncForPC: the function of pc value v, or NULL. */
GOC_INTERNAL const goc_Func *goc_FuncForPC(uintptr_t v);

/* traceback.c (Go: callers): up to max pc values of the calling goroutine's
   logical frames, skipping skip of them (0 = the caller of goc_callers);
   wrappers are left out as gc leaves them out. */
GOC_INTERNAL int goc_callers(int skip, uintptr_t *pcbuf, int max);
/* traceback.c (Go: goroutineheader): "goroutine N [status]:\n" */
GOC_INTERNAL void goc_goroutineheader(const struct goc_g *gp);
/* traceback.c (Go: traceback + printcreatedby): the calling goroutine's
   frames from the caller of goc_traceback on, as gc prints them. */
GOC_INTERNAL void goc_traceback(void);
/* proc.c: fn(g, arg) for every goroutine, oldest first, under the scheduler's
   lock (no goroutine starts or exits meanwhile). */
GOC_INTERNAL void goc_forallgs(void (*fn)(struct goc_g *, void *), void *arg);
/* proc.c: goc_forallgs with no goroutine resumed meanwhile (runtime.Stack of all: their
   stacks can be borrowed); fn must not allocate from the collector. */
GOC_INTERNAL void goc_forallgs_stopped(void (*fn)(struct goc_g *, void *), void *arg);
/* traceback.c: the frames of goroutine gp, which is not the caller (stopped
   by a signal while it prints), then its "created by" lines. */
GOC_INTERNAL void goc_tracebackg(struct goc_g *gp);
/* proc.c: whether goc_onstackof may run code on gp's stack: every goroutine is parked (the
   deadlock report) or switches are frozen (goc_forallgs_stopped), and gp parked through the
   scheduler, so nothing can resume it meanwhile. */
GOC_INTERNAL bool goc_stackborrowable(const struct goc_g *gp);
/* proc.c: run fn(arg) on parked gp's stack, above its frames, and come back (its traceback). */
GOC_INTERNAL void goc_onstackof(struct goc_g *gp, void (*fn)(void *), void *arg);
/* proc.c: an address inside the function every goroutine's stack starts with (runtime.goexit). */
GOC_INTERNAL uintptr_t goc_goexitpc(void);

/* ---- map.c ---- */
/* GOCTRACE=mapgrow: print one line per growth step on stderr. */
GOC_INTERNAL extern bool goc_trace_mapgrow;
/* Called by goc_init: reads GOCTRACE once (sets goc_trace_mapgrow). */
GOC_INTERNAL void goc_mapinit(void);

/* ---- syscall.c, godebug.c: hooks of GOROOT's syscall and internal/godebug ---- */
/* runtime.c: (re)read the GODEBUG settings the runtime honours from the C environment */
GOC_INTERNAL void goc_parsedebugvars(void);
/* godebug.c: syscall's Setenv/Unsetenv changed key in the C environment */
GOC_INTERNAL void goc_godebug_envchanged(goc_string key);
/* godebug.c: the value of a metric internal/godebug registered; false if none */
GOC_INTERNAL bool goc_godebug_metric(goc_string name, uint64_t *value);
/* syscall.c: thread creation holds the exec lock shared (syscall.Exec takes it exclusively) */
GOC_INTERNAL void goc_execlock_rlock(void);
GOC_INTERNAL void goc_execlock_runlock(void);
/* sigqueue.c: called by goc_init, catches SIGPIPE (gc ignores it unless os/signal relays it) */
GOC_INTERNAL void goc_initsigqueue(void);

#endif
