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
 * first frame (stackhi is the record's address), so a parked goroutine
 * that never went deep costs one page of memory, record included, and the
 * record is scanned with the stack (the collector's range for it ends at
 * the record's end).
 * A slot is never unmapped: a dead goroutine keeps its stack and goes to
 * its P's free list (proc.c) for the next `go`; every record is on
 * goc_allgs for good. Slabs start at 16 slots and double up to 1024;
 * when the address space is short (ulimit -v) they halve instead.
 *
 * Guards. Where the kernel has MADV_GUARD_INSTALL (Linux 6.13+), each
 * slot's guard region faults without splitting the mapping, so 10^6
 * stacks cost a few hundred mappings against vm.max_map_count; a fault in
 * a guard is reported as gc's stack overflow (runtime.c). Elsewhere the
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
#include <sys/syscall.h>
#include <unistd.h>

#ifndef MADV_GUARD_INSTALL
#define MADV_GUARD_INSTALL 102
#endif

#if defined(__SANITIZE_ADDRESS__)
#include <sanitizer/asan_interface.h>
#endif

enum {
    DEFAULT_STACKSIZE = 256 << 10,
    GUARDSIZE = 64 << 10,
    MINSLABSLOTS = 16,
    MAXSLABSLOTS = 1024,
    PAGESIZE_MIN = 4096,
};
#define CANARY ((uintptr_t)0x676f63737461636bULL) /* "gocstack" */

uint32_t goc_gcstopping;
bool goc_membarrier;
uintptr_t goc_gcstacks;

static goc_mutex stacklock;
static uintptr_t stacksize;     /* usable bytes below the record */
static uintptr_t slotsize;      /* guard + stack, page multiple */
static bool guardpages;         /* MADV_GUARD_INSTALL works */
static bool guardprobed;
static char *slab;              /* the slab being carved */
static uintptr_t slabfree;      /* slots left in it */
static uintptr_t nextslots = MINSLABSLOTS;
static uint32_t gcseq;

goc_g *goc_allgs;

static uintptr_t pagesize(void) {
    long p = sysconf(_SC_PAGESIZE);
    return p > 0 ? (uintptr_t)p : PAGESIZE_MIN;
}

static uintptr_t roundpage(uintptr_t n) {
    uintptr_t ps = pagesize();
    return (n + ps - 1) & ~(ps - 1);
}

/* $GOC_STACKSIZE (bytes, or with a k/K or m/M suffix), else 256 KiB; at least 64 KiB. */
static void stacksizes(void) {
    uintptr_t n = DEFAULT_STACKSIZE;
    const char *s = getenv("GOC_STACKSIZE");
    if (s != NULL && *s != '\0') {
        char *end;
        unsigned long long v = strtoull(s, &end, 10);
        if (*end == 'k' || *end == 'K')
            v <<= 10, end++;
        else if (*end == 'm' || *end == 'M')
            v <<= 20, end++;
        if (*end == '\0' && v > 0)
            n = (uintptr_t)v;
    }
    if (n < (64u << 10))
        n = 64u << 10;
    stacksize = roundpage(n);
    slotsize = GUARDSIZE + stacksize;
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

static char *mapslab(uintptr_t nslots) {
    char *p = mmap(NULL, nslots * slotsize, PROT_READ | PROT_WRITE,
                   MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE | MAP_STACK, -1, 0);
    if (p == MAP_FAILED)
        return NULL;
    madvise(p, nslots * slotsize, MADV_NOHUGEPAGE);
    return p;
}

goc_g *goc_stackalloc(void) {
    goc_lock(&stacklock);
    if (slabfree == 0) {
        char *s = NULL;
        while ((s = mapslab(nextslots)) == NULL && nextslots > 1)
            nextslots /= 2;
        if (s == NULL) {
            goc_unlock(&stacklock);
            goc_throw("runtime: cannot allocate memory for a goroutine stack");
        }
        slab = s;
        slabfree = nextslots;
        if (nextslots < MAXSLABSLOTS)
            nextslots *= 2;
    }
    char *lo = slab;
    slab += slotsize;
    slabfree--;
    if (!guardprobed) {
        guardpages = madvise(lo, GUARDSIZE, MADV_GUARD_INSTALL) == 0;
        guardprobed = true;
    } else if (guardpages) {
        madvise(lo, GUARDSIZE, MADV_GUARD_INSTALL);
    }
    goc_unlock(&stacklock);
    goc_g *g = newrecord((uintptr_t)lo + GUARDSIZE, (uintptr_t)lo + slotsize);
    publish(g);
    return g;
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

static void GC_CALLBACK gcevent(GC_EventType e) {
    if (e == GC_EVENT_END)
        __atomic_store_n(&goc_gcstopping, 0, __ATOMIC_RELEASE);
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
    GC_set_on_collection_event(gcevent);
}

void goc_stackforkchild(void) {
    stacklock.key = 0;
    goc_gcstopping = 0;
}
