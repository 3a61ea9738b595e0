/*
 * runtime/stack.c — goroutine stacks and how the collector sees them
 * (Go: runtime/stack.go stackalloc; Crystal's src/gc/boehm.cr for the
 * collector hooks).
 *
 * Layout. Stacks are carved from slabs: large anonymous mappings made
 * with MAP_NORESERVE (untouched pages cost neither memory nor commit
 * charge) and MADV_NOHUGEPAGE (a stack must not grow into a 2 MiB page).
 * A slab holds nslots slots of slotsize = guardsize + stacksize bytes:
 *
 *   slot:  [ guard (64 KiB) | stack ............ | g ]
 *          lo                stacklo              stackhi    lo + slotsize
 *
 * The goroutine record (goc_g) sits at the top of its slot, above the
 * first frames (stackhi is the record's address), so a parked goroutine
 * that never went deep costs one page of memory, record included, and the
 * record is scanned with the stack (the collector's range for it ends at
 * the record's end).
 *
 * Sizes. C code holds pointers into its stack, so a stack cannot move or
 * grow as gc's do: each gets a reservation the kernel commits page by page
 * as it is touched. Two sizes (classes): the first BIGMAX (256)
 * goroutines alive at once get a 64 MiB slot (10^5-10^6 frames of
 * ordinary recursion); goroutines started while 256 others hold one get
 * 256 KiB. A big slot costs the same memory as a small one for what it
 * touches, but one page-table page of its own (4 KiB of kernel memory, not
 * counted in RSS, and a page fault's worth of CPU) and TLB entries that
 * it shares with no neighbour: a million 64 MiB stacks took 4 GB of page
 * tables and three times the CPU of 256 KiB ones, and 10^6 short
 * goroutines spawned 10^4 at a time cost 30% more CPU with 4096 big slots
 * cycling than with none, 5-10% with 256 (README.md, "Stack limit").
 * $GOC_STACKSIZE gives every goroutine one size instead; so does a finite
 * RLIMIT_AS (256 KiB), and a slab that cannot be mapped halves the size of
 * later slots down to 256 KiB.
 *
 * A slot is never unmapped: a dead goroutine keeps its stack and goes to
 * its P's free list of its class (proc.c) for the next `go`, after the
 * pages of a big one beyond the first 16 KiB were given back to the kernel
 * if it went that deep (goc_stackrelease); every record is on goc_allgs
 * for good.
 * Slabs start at 16 slots and double up to 1024; when the address space is
 * short (ulimit -v) they halve instead.
 *
 * Guards. Where the kernel has MADV_GUARD_INSTALL (Linux 6.13+), each
 * slot's guard region faults without splitting the mapping, so 10^6
 * stacks cost a few hundred mappings against vm.max_map_count; a fault in
 * a guard is reported as gc's stack overflow (runtime.c). Guards are
 * installed 64 slots at a time by one process_madvise where the kernel
 * takes PIDFD_SELF (6.15+), and a pooled slot keeps its guard. Elsewhere the
 * guard is left unmapped-in-spirit: the lowest words of each stack hold a
 * canary that every switch away from the goroutine checks, so an overflow
 * is reported at the next switch (after the damage, which is why the
 * guard region is still there to absorb it). The main goroutine's stack
 * (goc_bigstackalloc, 1 GB by default) is a mapping of its own with an
 * mprotect guard.
 *
 * The collector (libgc 8.2, multi-threaded, incremental mode off). Boehm
 * scans each registered thread's stack from the thread's stack pointer to
 * the bottom it knows, and nothing else of ours. With goroutines that
 * switch stacks under a thread, three hooks keep it right:
 *   - the start callback (full collections, lock held, before the world
 *     stops) raises goc_gcstopping and waits until no M is inside a stack
 *     switch (goc_switchbegin/end in sched_impl.h: a per-M flag, made
 *     visible by one membarrier(PRIVATE_EXPEDITED) on the collector's
 *     side, or by a fence in every switch where the kernel lacks it), so
 *     when the world stops every M's curstack is the stack its thread is
 *     really on;
 *   - the push-other-roots hook (world stopped) sets each worker thread's
 *     stack bottom to its curstack's cold end (GC_set_stackbottom), lists
 *     every other live stack from its saved stack pointer to its cold end
 *     (goroutines that are parked, runnable, or between stacks, and the
 *     g0 stacks of threads that are running a goroutine) for the mark
 *     procedure that hands them to the marker in batches (markstacks),
 *     sets the allocation between collections to at least the bytes so
 *     listed, lowers goc_gcstopping, and chains to the previous hook,
 *     which scans the threads;
 *   - a collection-end event lowers goc_gcstopping too, should a
 *     collection stop before marking.
 * External threads run their one goroutine on their own stack and are
 * scanned as plain threads. Idle Ms sleep inside GC_do_blocking (proc.c).
 */
#include "sched_impl.h"

#include <errno.h>
#include <gc/gc_mark.h>
#include <linux/membarrier.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/resource.h>
#include <sys/uio.h>
#include <sys/syscall.h>
#include <unistd.h>

#ifndef MADV_GUARD_INSTALL
#define MADV_GUARD_INSTALL 102
#endif
#ifndef SYS_process_madvise
#define SYS_process_madvise 440
#endif
/* linux/pidfd.h (6.15+): the calling process, without a pidfd (older kernels: EBADF) */
#define PIDFD_SELF_PROCESS (-10001) /* PIDFD_SELF_THREAD_GROUP */

#if defined(__SANITIZE_ADDRESS__)
#include <sanitizer/asan_interface.h>
#endif

enum {
    BIGSLOT = 64 << 20,          /* guard + stack of a big slot */
    BIGMAX = 256,                /* goroutines alive at once that get one */
    SMALLSTACK = 256 << 10,      /* the stack of the others */
    MINSTACKSIZE = 64 << 10,
    GUARDSIZE = 64 << 10,
    KEEPSIZE = 16 << 10,         /* what a dead goroutine keeps of its stack */
    GUARDBATCH = 64,             /* guards installed at once (one process_madvise) */
    PMDSIZE = 2 << 20,           /* what one page-table page maps (x86-64, arm64 4K) */
    MINSLABSLOTS = 16,
    MAXSLABSLOTS = 1024,
    PAGESIZE_MIN = 4096,
};
#define CANARY ((uintptr_t)0x676f63737461636bULL) /* "gocstack" */

uint32_t goc_gcstopping;
bool goc_membarrier;
uintptr_t goc_gcstacks;

static goc_mutex stacklock;
static bool guardpages;         /* MADV_GUARD_INSTALL works */
static bool guardprobed;
static bool guardbatch = true;  /* process_madvise on the process itself works (Linux 6.15+) */
static uint32_t gcseq;

/* How slots of one size are carved (stacklock). */
typedef struct stackclass {
    uintptr_t stacksize;        /* usable bytes below the record, for new slabs */
    uintptr_t slotsize;         /* guard + stack, page multiple, for new slabs */
    char *slab;                 /* the slab being carved */
    uintptr_t slabslot;         /* its slot size */
    uintptr_t slabfree;         /* slots left in it */
    char *guardedto;            /* its slots below this have their guards */
    uintptr_t nextslots;        /* slots of the next slab */
} stackclass;

static stackclass classes[2];   /* GOC_STACK_SMALL, GOC_STACK_BIG */
static bool bigclass;           /* big stacks are handed out (no $GOC_STACKSIZE, no ulimit -v) */
static int32_t bigused;         /* big stacks held by live goroutines (atomic) */

goc_g *goc_allgs;

static uintptr_t pagesize(void) {
    long p = sysconf(_SC_PAGESIZE);
    return p > 0 ? (uintptr_t)p : PAGESIZE_MIN;
}

static uintptr_t roundpage(uintptr_t n) {
    uintptr_t ps = pagesize();
    return (n + ps - 1) & ~(ps - 1);
}

/* A slot of n stack bytes: whole page-table pages' worth once it is that big (see mapslab). */
static void setstacksize(stackclass *c, uintptr_t n) {
    c->slotsize = roundpage(GUARDSIZE + n);
    if (c->slotsize >= PMDSIZE)
        c->slotsize = (c->slotsize + PMDSIZE - 1) & ~(uintptr_t)(PMDSIZE - 1);
    c->stacksize = c->slotsize - GUARDSIZE;
}

/*
 * The two sizes: BIGSLOT for the first BIGMAX goroutines alive at once,
 * SMALLSTACK beyond; $GOC_STACKSIZE (bytes, or with a k/K or m/M suffix,
 * at least 64 KiB) gives every goroutine that size instead, and so does a
 * finite RLIMIT_AS (ulimit -v) with SMALLSTACK.
 */
static void stacksizes(void) {
    classes[GOC_STACK_SMALL].nextslots = classes[GOC_STACK_BIG].nextslots = MINSLABSLOTS;
    setstacksize(&classes[GOC_STACK_SMALL], SMALLSTACK);
    setstacksize(&classes[GOC_STACK_BIG], BIGSLOT - GUARDSIZE);
    struct rlimit rl;
    bigclass = !(getrlimit(RLIMIT_AS, &rl) == 0 && rl.rlim_cur != RLIM_INFINITY);
    const char *s = getenv("GOC_STACKSIZE");
    if (s != NULL && *s != '\0') {
        char *end;
        unsigned long long v = strtoull(s, &end, 10);
        if (*end == 'k' || *end == 'K')
            v <<= 10, end++;
        else if (*end == 'm' || *end == 'M')
            v <<= 20, end++;
        if (*end == '\0' && v > 0) {
            setstacksize(&classes[GOC_STACK_SMALL], v < MINSTACKSIZE ? MINSTACKSIZE : (uintptr_t)v);
            bigclass = false;
        }
    }
}

int goc_stackclass(void) {
    return bigclass && __atomic_load_n(&bigused, __ATOMIC_RELAXED) < BIGMAX ? GOC_STACK_BIG : GOC_STACK_SMALL;
}

void goc_stackuse(goc_g *gp, bool on) {
    if (gp->s.stackclass == GOC_STACK_BIG)
        __atomic_add_fetch(&bigused, on ? 1 : -1, __ATOMIC_RELAXED);
}

/* The record at the top of a stack whose cold end is hi, 64-byte aligned. */
static goc_g *recordat(uintptr_t hi) {
    return (goc_g *)((hi - sizeof(goc_g)) & ~(uintptr_t)63);
}

static void publish(goc_g *g) {
    goc_g *old = __atomic_load_n(&goc_allgs, __ATOMIC_RELAXED);
    do
        g->s.alllink = old;
    while (!__atomic_compare_exchange_n(&goc_allgs, &old, g, true, __ATOMIC_RELEASE, __ATOMIC_RELAXED));
}

/* Set up the record of a fresh stack [lo, hi) whose guard ends at lo. */
static goc_g *newrecord(uintptr_t lo, uintptr_t hi) {
    goc_g *g = recordat(hi);
    memset(g, 0, sizeof *g);
    g->s.status = GOC_GDEAD;
    g->s.stacklo = lo;
    g->s.stackhi = (uintptr_t)g;
    if (!guardpages)
        *(uintptr_t *)lo = CANARY;
    return g;
}

/*
 * nslots slots of slotsize bytes. A slot of 2 MiB or more is a multiple of
 * 2 MiB, and the slab starts 1 MiB past a 2 MiB boundary: then the top of
 * one slot (the record and the first frames) and the guard of the next lie
 * in the same 2 MiB, which one page-table page maps; aligned on 2 MiB (as
 * the kernel aligns large mappings) they would take two.
 */
static char *mapslab(uintptr_t nslots, uintptr_t slotsize) {
    uintptr_t len = nslots * slotsize, extra = slotsize % PMDSIZE == 0 ? PMDSIZE : 0;
    char *p = mmap(NULL, len + extra, PROT_READ | PROT_WRITE,
                   MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE | MAP_STACK, -1, 0);
    if (p == MAP_FAILED)
        return NULL;
    if (extra != 0) {
        uintptr_t half = PMDSIZE / 2;
        uintptr_t start = (((uintptr_t)p + half + PMDSIZE - 1) & ~(uintptr_t)(PMDSIZE - 1)) - half;
        if (start > (uintptr_t)p)
            munmap(p, start - (uintptr_t)p);
        if ((uintptr_t)p + extra > start)
            munmap((char *)start + len, (uintptr_t)p + extra - start);
        p = (char *)start;
    }
    madvise(p, len, MADV_NOHUGEPAGE);
    return p;
}

/*
 * Guards for the slots of c's slab from lo on, GUARDBATCH of them (fewer
 * at the slab's end) in one process_madvise call where the kernel takes
 * one for the process itself (PIDFD_SELF, Linux 6.15), else one madvise
 * each. A slot keeps its guard for good (a pooled stack needs no new one).
 * Installing a guard is most of what a fresh slot costs the kernel (the
 * page-table walk, and the page-table page itself when the slot is the
 * first in its 2 MiB); batching saves the system call per slot.
 */
static void installguards(stackclass *c, char *lo) {
    uintptr_t n = c->slabfree < GUARDBATCH ? c->slabfree : GUARDBATCH;
    if (guardbatch) {
        struct iovec iov[GUARDBATCH];
        for (uintptr_t i = 0; i < n; i++) {
            iov[i].iov_base = lo + i * c->slabslot;
            iov[i].iov_len = GUARDSIZE;
        }
        long r = syscall(SYS_process_madvise, PIDFD_SELF_PROCESS, iov, (unsigned long)n, MADV_GUARD_INSTALL, 0u);
        if (r == (long)(n * GUARDSIZE)) {
            c->guardedto = lo + n * c->slabslot;
            return;
        }
        guardbatch = false;
    }
    madvise(lo, GUARDSIZE, MADV_GUARD_INSTALL);
    c->guardedto = lo + c->slabslot;
}

goc_g *goc_stackalloc(int cls) {
    stackclass *c = &classes[cls];
    goc_lock(&stacklock);
    if (c->slabfree == 0) {
        char *s = NULL;
        for (;;) {
            while ((s = mapslab(c->nextslots, c->slotsize)) == NULL && c->nextslots > 1)
                c->nextslots /= 2;
            if (s != NULL || c->stacksize <= SMALLSTACK)
                break;
            /* Out of address space for slots this big: smaller ones from now on. */
            setstacksize(c, c->stacksize / 2 > SMALLSTACK ? c->stacksize / 2 : SMALLSTACK);
            c->nextslots = MINSLABSLOTS;
        }
        if (s == NULL) {
            goc_unlock(&stacklock);
            goc_throw("runtime: cannot allocate memory for a goroutine stack");
        }
        c->slab = s;
        c->slabslot = c->slotsize;
        c->slabfree = c->nextslots;
        c->guardedto = s;
        if (c->nextslots < MAXSLABSLOTS)
            c->nextslots *= 2;
    }
    char *lo = c->slab;
    uintptr_t size = c->slabslot;
    if (!guardprobed) {
        guardpages = madvise(lo, GUARDSIZE, MADV_GUARD_INSTALL) == 0;
        guardprobed = true;
        c->guardedto = lo + size;
    } else if (guardpages && lo >= c->guardedto) {
        installguards(c, lo);
    }
    c->slab += size;
    c->slabfree--;
    goc_unlock(&stacklock);
    goc_g *g = newrecord((uintptr_t)lo + GUARDSIZE, (uintptr_t)lo + size);
    g->s.stackclass = (uint8_t)cls;
    publish(g);
    return g;
}

/*
 * A dead goroutine's big stack goes back to a free list keeping its first
 * KEEPSIZE bytes; pages beyond are given back to the kernel if the
 * goroutine went that deep (gc shrinks stacks at collections), so that one
 * deep recursion does not hold memory for good. No system call unless it
 * did: the lowest bytes of the first page are zero if the goroutine never
 * left that page (shallow goroutines, the common case, stop there), and
 * the bytes just beyond KEEPSIZE are zero if it never went there (reading
 * them maps the kernel's shared zero page if nothing else: no memory).
 * Frames hold return addresses, so a stack that passed through holds
 * something non-zero. A deep frame that skipped a probe without writing it
 * is missed (its pages stay until the slot's next deep goroutine).
 */
__attribute__((no_sanitize_address)) static bool zeroes(const uintptr_t *p, size_t n) {
    uintptr_t acc = 0;
    for (size_t i = 0; i < n; i++)
        acc |= ((const volatile uintptr_t *)p)[i];
    return acc == 0;
}

void goc_stackrelease(goc_g *gp) {
    if (gp->s.bigstack || gp->s.stackclass != GOC_STACK_BIG)
        return; /* a small stack holds 256 KiB at most */
    uintptr_t ps = pagesize();
    uintptr_t first = (gp->s.stackhi - 1) & ~(ps - 1);
    uintptr_t keep = (gp->s.stackhi - KEEPSIZE) & ~(ps - 1);
    if (keep <= gp->s.stacklo + ps || zeroes((const uintptr_t *)first, 64 / sizeof(uintptr_t)))
        return;
    if (zeroes((const uintptr_t *)(keep - 1024), 1024 / sizeof(uintptr_t)))
        return;
    uintptr_t lo = gp->s.stacklo;
    if (!guardpages)
        lo += ps; /* the canary's page */
    madvise((void *)lo, keep - lo, MADV_DONTNEED);
}

goc_g *goc_bigstackalloc(uintptr_t size) {
    size = roundpage(size);
    char *p = mmap(NULL, GUARDSIZE + size, PROT_READ | PROT_WRITE,
                   MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE | MAP_STACK, -1, 0);
    if (p == MAP_FAILED)
        return NULL;
    if (madvise(p, GUARDSIZE, MADV_GUARD_INSTALL) != 0 && mprotect(p, GUARDSIZE, PROT_NONE) != 0) {
        munmap(p, GUARDSIZE + size);
        return NULL;
    }
    goc_g *g = recordat((uintptr_t)p + GUARDSIZE + size);
    memset(g, 0, sizeof *g);
    g->s.status = GOC_GDEAD;
    g->s.stacklo = (uintptr_t)p + GUARDSIZE;
    g->s.stackhi = (uintptr_t)g;
    g->s.bigstack = true;
    publish(g);
    return g;
}

bool goc_stackguarded(void) {
    return guardpages;
}

bool goc_stackoverflowed(const goc_g *gp) {
    return !guardpages && !gp->s.bigstack && *(const uintptr_t *)gp->s.stacklo != CANARY;
}

bool goc_isstackguard(const goc_g *gp, uintptr_t addr) {
    return addr < gp->s.stacklo && addr + GUARDSIZE >= gp->s.stacklo;
}

/* ---- the collector's hooks --------------------------------------------------------------- */

/* Registration costs an RCU grace period (10-15 ms here) once the process has a second
   thread, and almost nothing before: so it runs as a constructor, before GC_INIT starts the
   collector's marker threads and before main. */
__attribute__((constructor)) static void membarrier_init(void) {
    long q = syscall(SYS_membarrier, MEMBARRIER_CMD_QUERY, 0, 0);
    if (q < 0 || (q & MEMBARRIER_CMD_PRIVATE_EXPEDITED) == 0)
        return;
    if (syscall(SYS_membarrier, MEMBARRIER_CMD_REGISTER_PRIVATE_EXPEDITED, 0, 0) == 0)
        goc_membarrier = true;
}

/* Start of a full collection (allocation lock held, world running). */
static void GC_CALLBACK gcstart(void) {
    __atomic_store_n(&goc_gcstopping, 1, __ATOMIC_SEQ_CST);
    if (goc_membarrier && syscall(SYS_membarrier, MEMBARRIER_CMD_PRIVATE_EXPEDITED, 0, 0) != 0)
        goc_membarrier = false; /* cannot happen once registered; switches fence from now on */
    for (goc_m *m = __atomic_load_n(&goc_allm, __ATOMIC_ACQUIRE); m != NULL; m = m->alllink) {
        if (m->external)
            continue;
        while (__atomic_load_n(&m->inswitch, __ATOMIC_ACQUIRE) != 0)
            goc_procyield(10);
    }
}

/* runtime.Stack(buf, true) (proc.c, with the allocation lock held): as gcstart, no M
   starts a stack switch until the freeze ends, and none is inside one when this returns. */
void goc_freezeswitches(bool on) {
    if (on)
        gcstart();
    else
        __atomic_store_n(&goc_gcstopping, 0, __ATOMIC_RELEASE);
}

static GC_push_other_roots_proc prevpush;

/* The cold end of what the collector scans for g: a record at the top of its stack is included. */
static uintptr_t gctop(const goc_g *g) {
    return (uintptr_t)g == g->s.stackhi ? (uintptr_t)(g + 1) : g->s.stackhi;
}

/*
 * Parked stacks are not pushed one by one from the push-other-roots hook:
 * GC_push_all_eager marks and pushes each stack's referents at once, and
 * with 10^5 stacks that overflows the mark stack (4096 entries at first),
 * which makes the collector drop entries, rescan the heap for marked
 * objects and call the hook again, once per doubling of the mark stack.
 * Instead the hook only writes the ranges [sp, top) of the stacks to scan
 * into an array (mmap'd: no malloc while the world is stopped), and one
 * object of a kind of its own (scanner, reachable from this file's static
 * data) has a mark procedure that feeds those ranges to the marker a batch
 * at a time while it marks, behind a continuation entry that carries the
 * next index in its descriptor's environment. Should the mark stack
 * overflow anyway, the collector's recovery rescans marked objects, the
 * scanner among them, whose own descriptor (environment 0) starts over.
 */
typedef struct stackrange {
    uintptr_t lo, hi;
} stackrange;

/* libgc 8's mark-stack entry (gc_pmark.h: mse): the start of a range or object and its descriptor. */
typedef struct msentry {
    void *start;
    GC_word descr;
} msentry;

enum { SCANBATCH = 32 };

static stackrange *ranges;      /* written by pushroots with the world stopped, read while marking */
static size_t nranges, capranges;
static unsigned scanproc;       /* GC_new_proc index of markstacks */
static void *scanner;           /* the object of the scanning kind (a static root) */

static void addrange(uintptr_t lo, uintptr_t hi) {
    lo = (lo + sizeof(GC_word) - 1) & ~(uintptr_t)(sizeof(GC_word) - 1);
    hi &= ~(uintptr_t)(sizeof(GC_word) - 1);
    if (lo >= hi)
        return;
    if (nranges == capranges) {
        size_t ncap = capranges == 0 ? 4096 : 2 * capranges;
        void *p = capranges == 0 ? mmap(NULL, ncap * sizeof *ranges, PROT_READ | PROT_WRITE,
                                        MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
                                 : mremap(ranges, capranges * sizeof *ranges, ncap * sizeof *ranges, MREMAP_MAYMOVE);
        if (p == MAP_FAILED) {
            /* No room for the list: scan this one now (slow on overflow, but correct). */
            GC_push_all_eager((void *)lo, (void *)hi);
            return;
        }
        ranges = p;
        capranges = ncap;
    }
    ranges[nranges].lo = lo;
    ranges[nranges].hi = hi;
    nranges++;
}

static void pushstack(const goc_g *g) {
    if (g->s.sp != NULL && (uintptr_t)g->s.sp < g->s.stackhi)
        addrange((uintptr_t)g->s.sp, gctop(g));
}

static struct GC_ms_entry *markstacks(GC_word *addr, struct GC_ms_entry *mspe, struct GC_ms_entry *lime, GC_word env) {
    (void)addr;
    msentry *msp = (msentry *)mspe, *lim = (msentry *)lime;
    size_t i = env, n = nranges;
    if (i >= n)
        return mspe;
    size_t room = (size_t)(lim - msp) - 1; /* free entries above msp (at least one) */
    size_t k = room > 2 ? room - 2 : 0;
    if (k > SCANBATCH)
        k = SCANBATCH;
    if (k > n - i)
        k = n - i;
    if (k == 0) {
        /* Almost no room: scan one stack now (marking is progress), behind the continuation.
           Should that overflow, the recovery starts the scanner over. */
        if (i + 1 < n) {
            msp++;
            msp->start = scanner;
            msp->descr = GC_MAKE_PROC(scanproc, i + 1);
        }
        struct GC_ms_entry *m = (struct GC_ms_entry *)msp;
        for (GC_word *p = (GC_word *)ranges[i].lo; p < (GC_word *)ranges[i].hi; p++)
            m = GC_MARK_AND_PUSH((void *)*p, m, lime, (void **)p);
        return m;
    }
    if (i + k < n) { /* the rest, after this batch (the stack is LIFO) */
        msp++;
        msp->start = scanner;
        msp->descr = GC_MAKE_PROC(scanproc, i + k);
    }
    for (size_t j = i; j < i + k; j++) {
        msp++;
        msp->start = (void *)ranges[j].lo;
        msp->descr = (GC_word)(ranges[j].hi - ranges[j].lo) | GC_DS_LENGTH;
    }
    return (struct GC_ms_entry *)msp;
}

/* World stopped: no M is inside a switch (gcstart waited for that). */
static void GC_CALLBACK pushroots(void) {
    uint32_t seq = ++gcseq;
    if (seq == 0)
        seq = ++gcseq;
    nranges = 0;
    for (goc_m *m = goc_allm; m != NULL; m = m->alllink) {
        if (m->external || m->g0 == NULL || m->gchandle == NULL)
            continue;
        goc_g *cur = m->curstack;
        cur->s.gcmark = seq;
        uintptr_t top = gctop(cur);
        if (m->gcbottom != top) {
            struct GC_stack_base sb = {.mem_base = (void *)top};
            GC_set_stackbottom(m->gchandle, &sb);
            m->gcbottom = top;
        }
        if (cur != m->g0)
            pushstack(m->g0);
    }
    for (goc_g *g = goc_allgs; g != NULL; g = g->s.alllink)
        if (g->s.status != GOC_GDEAD && g->s.gcmark != seq)
            pushstack(g);
    /* Pacing: let at least as many bytes be allocated before the next collection as this
       one scans in stacks, as gc's pacer counts stacks in GOGC's goal (Go 1.18+). Boehm
       counts only threads' stacks, so without this 10^5 parked goroutines were scanned
       every few MB of allocation. */
    uintptr_t stackbytes = 0;
    for (size_t i = 0; i < nranges; i++)
        stackbytes += ranges[i].hi - ranges[i].lo;
    GC_set_min_bytes_allocd(stackbytes > 0 ? stackbytes : 1);
    __atomic_store_n(&goc_gcstacks, nranges, __ATOMIC_RELAXED);
    __atomic_store_n(&goc_gcstopping, 0, __ATOMIC_RELEASE);
    if (prevpush != 0)
        prevpush();
}

static GC_on_collection_event_proc prevevent; /* mstats.c's, installed earlier */

static void GC_CALLBACK gcevent(GC_EventType e) {
    if (e == GC_EVENT_END)
        __atomic_store_n(&goc_gcstopping, 0, __ATOMIC_RELEASE);
    if (prevevent != NULL)
        prevevent(e);
}

void goc_stackinit(void) {
    stacksizes();
    scanproc = GC_new_proc(markstacks);
    unsigned kind = GC_new_kind(GC_new_free_list(), GC_MAKE_PROC(scanproc, 0), 0, 1);
    scanner = GC_generic_malloc(sizeof(GC_word), (int)kind);
    if (scanner == NULL)
        goc_throw("runtime: out of memory");
    GC_set_start_callback(gcstart);
    prevpush = GC_get_push_other_roots();
    GC_set_push_other_roots(pushroots);
    prevevent = GC_get_on_collection_event();
    GC_set_on_collection_event(gcevent);
}

void goc_stackforkchild(void) {
    stacklock.key = 0;
    goc_gcstopping = 0;
}
