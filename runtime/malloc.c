/*
 * runtime/malloc.c — the one place where goc allocates memory
 * (Go: runtime/malloc.go mallocgc/newobject, runtime/msize.go roundupsize,
 * runtime/sizeclasses.go).
 *
 * Memory comes from the Boehm collector. Every allocation of the runtime and
 * of generated code goes through goc_mallocgc (or its wrappers goc_newobject
 * and goc_alloc), which makes the single decision that matters to Boehm:
 *
 *   - values whose type holds no pointers (no GOC_TFLAG_POINTERS) live in
 *     atomic memory (GC_malloc_atomic): never scanned, so a pointer stored
 *     there does not keep anything alive. Boehm does not clear atomic
 *     blocks; we clear them ourselves when the caller asks (needzero).
 *   - everything else (typ == NULL means "may hold pointers") lives in
 *     scanned memory (GC_malloc), which Boehm always hands out zeroed — a
 *     scanned block must never contain stale bits that look like pointers.
 *
 * Invariants:
 *   - goc_mallocgc never returns NULL. Zero-byte requests return
 *     &goc_zerobase (shared by every zero-size value, as Go's zerobase);
 *     nothing is ever stored through it. Running out of memory is the fatal
 *     error "runtime: out of memory" (exit 2), both when Boehm's out-of-memory
 *     hook fires and when an allocator call comes back empty.
 *   - Interior pointers keep a block alive (Boehm's default, required
 *     because slices point into the middle of arrays).
 *   - Blocks are at least 16-byte aligned (Boehm's granule on x86-64),
 *     except tiny objects (below), which are aligned to their size's
 *     largest power-of-two factor up to 8, as in gc.
 *
 * Tiny objects (Go: mallocgc's tiny allocator). Pointer-free objects of
 * fewer than tinyBytes bytes (new(int32), short strings, small []byte) are
 * packed into a shared 16-byte atomic block per thread (goc_g.tiny), which
 * stays alive while any of them is reachable. Boehm would give each its own
 * 16-byte granule: gc's packing makes a map of 10^6 *int32 keys 3x smaller,
 * and the cache misses of walking it fewer. Only the first 15 bytes of a
 * block are handed out: Boehm keeps a pointer just past the end of an object
 * pointing into it (it adds a byte to every request, GC_all_interior_pointers),
 * and the spare 16th byte keeps that true for tiny objects. The block is
 * zeroed when it is allocated, so needzero costs nothing.
 *
 * Size classes. Boehm has its own size classes; the ones of gc matter only
 * because they decide the capacities append and []byte(s) hand out, which
 * programs can observe. goc_class_to_size is gc's table (68 classes, class 0
 * = large) and goc_roundupsize applies gc 1.22+'s rule: a pointerful object
 * of more than 512 bytes carries an 8-byte malloc header inside its size
 * class, so it gets class(n+8)-8 usable bytes; objects above 32760 bytes
 * (after that adjustment would not fit) are rounded to 8 KiB pages. With
 * noscan set the result equals the pre-1.22 roundupsize for every n, which
 * is how slice.c gets the older eras' rounding.
 *
 * Medium objects in address order. Boehm carves a fresh block into a free
 * list running from the block's end to its start, so consecutive
 * allocations of one size come out at falling addresses (512-byte objects
 * 528 bytes apart, downwards, seven per 4 KiB block). Code that later walks
 * them in allocation order (keys of a map stored indirectly, looked up in
 * insertion order; a slice of pointers filled in a loop) reads memory
 * backwards, which the hardware prefetchers follow poorly:
 * map/arr512/hit/65536 took 2.1x gc's CPU time, 1.4x when walked in the
 * other direction. gc's spans hand out rising addresses. So once a goroutine
 * has made ascRun medium allocations (ascMin < size <= ascMax) of one size
 * in a row, it takes ascBatch objects of that size and kind at a time from
 * Boehm, keeps them in a scanned record (g->asc[kind], which keeps them
 * alive) sorted by address, and hands them out in rising order. A record
 * holds at most ascBatch-1 waiting objects, zeroed (scanned kind) or
 * cleared when handed out (pointer-free kind, if needzero); a request of
 * another size bypasses it. Goroutines that allocate a few medium objects
 * never hold a record. A batch is about ascBytes (16 KiB, at most ascBatch
 * objects): with batches of 16, every batch started a few blocks below the
 * last one, and the walk backwards kept the prefetchers from settling.
 *
 * Map slots without the extra byte (goc_newmapslot). Boehm adds a byte to
 * every request (a pointer just past an object keeps it alive), so a
 * 512-byte object takes 36 granules (576 bytes, seven per 4 KiB block, as
 * Boehm spreads 513 bytes over a block) where gc packs sixteen 512-byte
 * objects into 8 KiB. A key or elem that a map stores indirectly (larger
 * than 128 bytes) is reached only through its base pointer, which the
 * bucket slot or an iterator holds for as long as it is in use: nothing
 * ever points past its end. So for those, a size that is a multiple of the
 * granule is asked of Boehm one byte short, and the object fills its
 * granules exactly (512 bytes apart, eight per block): map/arr512/hit/65536
 * reads its keys in insertion order, and the 64-byte gaps between 576-byte
 * slots cost about a quarter of its time. Batches of such slots are kept
 * apart from batches of ordinary objects of the same size.
 *
 * Allocation count (Go: MemStats.Mallocs, which testing.AllocsPerRun and
 * bench/ read). Every goc_mallocgc of a non-zero size counts one, tiny
 * objects included (gc counts its tiny allocations too). Each thread counts
 * into a record of its own, on its own cache line, so allocating threads do
 * not share a counter; the records (C memory, never freed) form a list that
 * goc_nmalloc sums. When a thread exits its record is released, and the next
 * new thread takes it over and goes on counting in it, so the sum never
 * loses an exited thread's allocations and the list is as long as the most
 * threads alive at once.
 *
 * GC stress. GOC_GCSTRESS=N (read by goc_mallocinit at start-up) forces a
 * full collection every N allocations, so tests catch pointers hidden from
 * the collector (e.g. stored in atomic memory) right away. The counter is
 * atomic: goroutines on several threads may allocate concurrently. With
 * many goroutines the interval grows with the stacks a collection scans
 * (N * (1 + stacks/100)).
 */
#include "goc_rt.h"

#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>

uintptr_t goc_zerobase;

/* 0 = off; set once by goc_mallocinit before any goroutine starts. */
unsigned long goc_gcstress;
static atomic_ulong stresscount;

/* gc's size classes (runtime/sizeclasses.go, identical in go1.17–go1.23). */
const uint16_t goc_class_to_size[GOC_NUM_SIZE_CLASSES] = {
    0,     8,     16,    24,    32,    48,    64,    80,    96,    112,   128,   144,
    160,   176,   192,   208,   224,   240,   256,   288,   320,   352,   384,   416,
    448,   480,   512,   576,   640,   704,   768,   896,   1024,  1152,  1280,  1408,
    1536,  1792,  2048,  2304,  2688,  3072,  3200,  3456,  4096,  4864,  5376,  6144,
    6528,  6784,  6912,  8192,  9472,  9728,  10240, 10880, 12288, 13568, 14336, 16384,
    18432, 19072, 20480, 21760, 24576, 27264, 28672, 32768,
};

/* Go: mallocHeaderSize and minSizeForMallocHeader (runtime/mbitmap.go). */
enum { mallocHeaderSize = 8, minSizeForMallocHeader = 8 * 64 };

/* The smallest size class holding n bytes, 0 < n <= GOC_MAX_SMALL_SIZE. */
static uintptr_t sizeclassbytes(uintptr_t n) {
    int lo = 1, hi = GOC_NUM_SIZE_CLASSES - 1;
    while (lo < hi) {
        int mid = (lo + hi) / 2;
        if (goc_class_to_size[mid] >= n)
            hi = mid;
        else
            lo = mid + 1;
    }
    return goc_class_to_size[lo];
}

uintptr_t goc_roundupsize(uintptr_t size, bool noscan) {
    uintptr_t req = size;
    if (req <= GOC_MAX_SMALL_SIZE - mallocHeaderSize) {
        if (req == 0)
            return 0;
        if (!noscan && req > minSizeForMallocHeader)
            req += mallocHeaderSize;
        /* (req - size) is the header, which lives inside the block. */
        return sizeclassbytes(req) - (req - size);
    }
    /* Large object: whole pages; on overflow keep the request. */
    req += GOC_PAGE_SIZE - 1;
    if (req < size)
        return size;
    return req & ~(uintptr_t)(GOC_PAGE_SIZE - 1);
}

static void *outofmemory(size_t n) {
    (void)n;
    goc_nosymbolize = true; /* libdw exits the process when it cannot allocate */
    goc_throw("runtime: out of memory");
}

void goc_mallocinit(void) {
    GC_set_oom_fn(outofmemory);
    /* Go prints nothing when a program allocates big blocks; Boehm would
       warn ("Repeated allocation of very large block") on stderr. */
    GC_set_warn_proc(GC_ignore_warn_proc);
    const char *s = getenv("GOC_GCSTRESS");
    unsigned long n = 0;
    if (s != NULL && *s != '\0') {
        char *end;
        n = strtoul(s, &end, 10);
        if (*end != '\0')
            n = 0;
    }
    goc_gcstress = n;
}

typedef struct mcount {
    _Alignas(64) atomic_uint_fast64_t n; /* written by its owner only */
    atomic_bool owned;
    struct mcount *next;                 /* set once, before it is published */
} mcount;
static _Atomic(mcount *) mcounts;
static __thread mcount *mymcount __attribute__((tls_model("initial-exec")));
static pthread_key_t mcountkey;
static pthread_once_t mcountonce = PTHREAD_ONCE_INIT;

static void releasemcount(void *c) {
    atomic_store_explicit(&((mcount *)c)->owned, false, memory_order_release);
}
static void mcountkeyinit(void) {
    pthread_key_create(&mcountkey, releasemcount);
}

/* The calling thread's record: a released one taken over, or a new one. */
static mcount *newmcount(void) {
    mcount *c;
    for (c = atomic_load_explicit(&mcounts, memory_order_acquire); c != NULL; c = c->next) {
        bool free = false;
        if (atomic_compare_exchange_strong_explicit(&c->owned, &free, true, memory_order_acquire,
                                                    memory_order_relaxed))
            break;
    }
    if (c == NULL) {
        c = aligned_alloc(64, sizeof *c);
        if (c == NULL)
            outofmemory(sizeof *c);
        atomic_init(&c->n, 0);
        atomic_init(&c->owned, true);
        c->next = atomic_load_explicit(&mcounts, memory_order_relaxed);
        while (!atomic_compare_exchange_weak_explicit(&mcounts, &c->next, c, memory_order_release,
                                                      memory_order_relaxed))
            ;
    }
    pthread_once(&mcountonce, mcountkeyinit);
    pthread_setspecific(mcountkey, c);
    mymcount = c;
    return c;
}

static inline void countmalloc(void) {
    mcount *c = mymcount;
    if (__builtin_expect(c == NULL, 0))
        c = newmcount();
    /* only this thread writes n: a plain increment, readable by others */
    atomic_store_explicit(&c->n, atomic_load_explicit(&c->n, memory_order_relaxed) + 1,
                          memory_order_relaxed);
}

uint64_t goc_nmalloc(void) {
    uint64_t sum = 0;
    for (mcount *c = atomic_load_explicit(&mcounts, memory_order_acquire); c != NULL; c = c->next)
        sum += atomic_load_explicit(&c->n, memory_order_relaxed);
    return sum;
}

/* Tiny objects are smaller than this; a block hands out this many bytes. */
enum { tinyBytes = 15 };

/* Every n allocations; with many goroutines, every n * (1 + stacks/100): a collection scans
   every parked stack, so 10^5 goroutines would make a run of a few seconds take hours. */
static inline void gcstress(void) {
    unsigned long n = goc_gcstress;
    if (n == 0)
        return;
    n *= 1 + __atomic_load_n(&goc_gcstacks, __ATOMIC_RELAXED) / 100;
    if ((atomic_fetch_add_explicit(&stresscount, 1, memory_order_relaxed) + 1) % n == 0)
        GC_gcollect();
}

/* A tiny object of size bytes (0 < size < tinyBytes) from g's block. */
static void *tinyalloc(uintptr_t size) {
    goc_g *g = goc_getg();
    uintptr_t off = g->tinyoffset;
    if ((size & 7) == 0)
        off = (off + 7) & ~(uintptr_t)7;
    else if ((size & 3) == 0)
        off = (off + 3) & ~(uintptr_t)3;
    else if ((size & 1) == 0)
        off = (off + 1) & ~(uintptr_t)1;
    if (g->tiny != NULL && off + size <= tinyBytes) {
        g->tinyoffset = off + size;
        return g->tiny + off;
    }
    /* A request of 15 bytes is one 16-byte granule (Boehm adds its byte). */
    uint8_t *b = GC_malloc_atomic(tinyBytes);
    if (b == NULL)
        outofmemory(tinyBytes);
    memset(b, 0, tinyBytes);
    /* Keep whichever block has more room left (gc does the same). */
    if (g->tiny == NULL || size < g->tinyoffset) {
        g->tiny = b;
        g->tinyoffset = size;
    }
    return b;
}

enum { ascMin = 256, ascMax = 2048, ascBatch = 64, ascBytes = 16384, ascRun = 8 };

typedef struct goc_ascbatch {
    uintptr_t size; /* what is asked of Boehm: one less for tight map slots */
    int next, n;
    void *obj[ascBatch];
} goc_ascbatch;

static void *boehmalloc(uintptr_t size, bool noscan) {
    void *p = noscan ? GC_malloc_atomic(size) : GC_malloc(size);
    if (p == NULL)
        outofmemory(size);
    return p;
}

/* Boehm's allocation granule (GC_GRANULE_BYTES on x86-64). */
enum { granule = 16 };

/* A medium object from g's batch of its size and kind, or NULL when the
 * goroutine does not batch this size (see the file comment). size is what
 * Boehm is asked for. */
static void *ascalloc(uintptr_t size, bool noscan) {
    goc_g *g = goc_getg();
    goc_ascbatch *b = g->asc[noscan];
    if (b != NULL && b->next < b->n) {
        if (b->size != size)
            return NULL;
        void *p = b->obj[b->next];
        b->obj[b->next++] = NULL;
        return p;
    }
    if (g->ascsize != size) {
        g->ascsize = size;
        g->ascrun = 0;
    }
    if (++g->ascrun < ascRun)
        return NULL;
    if (b == NULL) {
        b = boehmalloc(sizeof *b, false);
        g->asc[noscan] = b;
    }
    /* Each object is referenced from b (scanned) as soon as it exists. */
    b->size = size;
    b->n = 0;
    int want = ascBytes / (int)size;
    if (want > ascBatch)
        want = ascBatch;
    for (int i = 0; i < want; i++) {
        void *p = boehmalloc(size, noscan);
        int j = b->n++;
        for (; j > 0 && (uintptr_t)b->obj[j - 1] > (uintptr_t)p; j--)
            b->obj[j] = b->obj[j - 1];
        b->obj[j] = p;
    }
    void *p = b->obj[0];
    b->obj[0] = NULL;
    b->next = 1;
    return p;
}

/* goc_mallocgc's body; Boehm is asked for size - tight bytes. */
static inline void *mallocgc(uintptr_t size, const goc_type *typ, bool needzero, uintptr_t tight) {
    if (size == 0)
        return &goc_zerobase;
    countmalloc();
    gcstress();
    if (size < tinyBytes && typ != NULL && typ->PtrBytes == 0)
        return tinyalloc(size);
    void *p;
    bool noscan = typ != NULL && typ->PtrBytes == 0;
    if (size > ascMin && size <= ascMax) {
        p = ascalloc(size - tight, noscan);
        if (p != NULL) {
            if (noscan && needzero)
                memset(p, 0, size);
            return p;
        }
    }
    p = boehmalloc(size - tight, noscan); /* scanned blocks come zeroed */
    if (noscan && needzero)
        memset(p, 0, size);
    return p;
}

void *goc_mallocgc(uintptr_t size, const goc_type *typ, bool needzero) {
    return mallocgc(size, typ, needzero, 0);
}

void *goc_newmapslot(const goc_type *typ) {
    uintptr_t size = typ->Size_;
    return mallocgc(size, typ, true, size >= granule && size % granule == 0);
}

void *goc_newobject(const goc_type *typ) {
    return goc_mallocgc(typ->Size_, typ, true);
}

void *goc_alloc(uintptr_t size, bool haspointers) {
    /* uint8 stands for any pointer-free type; NULL for memory that holds pointers */
    return goc_mallocgc(size, haspointers ? NULL : &goc_type_uint8, true);
}

void goc_GC(void) {
    GC_gcollect();
}
