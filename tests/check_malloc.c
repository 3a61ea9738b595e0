/*
 * tests/check_malloc.c — runtime/malloc.c: size classes, roundupsize (both
 * rules), zero-size allocations, zeroing, scanned vs atomic memory as the
 * collector sees it, GC stress, out of memory.
 */
#include <check.h>
#include <pthread.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "goc_rt.h"
#include "testutil.h"

/* Smallest class >= n by a linear scan (independent of malloc.c's search). */
static uintptr_t linearclass(uintptr_t n) {
    for (int i = 1; i < GOC_NUM_SIZE_CLASSES; i++)
        if (goc_class_to_size[i] >= n)
            return goc_class_to_size[i];
    return 0;
}

static uintptr_t pageround(uintptr_t n) {
    return (n + GOC_PAGE_SIZE - 1) / GOC_PAGE_SIZE * GOC_PAGE_SIZE;
}

START_TEST(test_class_table) {
    /* Spot values of gc's table (facts §2) and its shape. */
    static const struct { int cls; unsigned bytes; } spots[] = {
        {1, 8},      {2, 16},     {3, 24},     {5, 48},     {10, 128},   {18, 256},
        {26, 512},   {27, 576},   {31, 896},   {32, 1024},  {35, 1408},  {40, 2688},
        {42, 3200},  {45, 4864},  {49, 6784},  {50, 6912},  {51, 8192},  {52, 9472},
        {55, 10880}, {57, 13568}, {61, 19072}, {63, 21760}, {65, 27264}, {66, 28672},
        {67, 32768},
    };
    ck_assert_uint_eq(goc_class_to_size[0], 0);
    for (size_t i = 0; i < sizeof spots / sizeof spots[0]; i++)
        ck_assert_uint_eq(goc_class_to_size[spots[i].cls], spots[i].bytes);
    for (int i = 1; i < GOC_NUM_SIZE_CLASSES; i++) {
        ck_assert_uint_eq(goc_class_to_size[i] % 8, 0);
        ck_assert_uint_gt(goc_class_to_size[i], goc_class_to_size[i - 1]);
    }
    ck_assert_uint_eq(goc_class_to_size[GOC_NUM_SIZE_CLASSES - 1], GOC_MAX_SMALL_SIZE);
}
END_TEST

START_TEST(test_roundupsize_every_small_size) {
    ck_assert_uint_eq(goc_roundupsize(0, true), 0);
    ck_assert_uint_eq(goc_roundupsize(0, false), 0);
    /* plain ifs in the loop: a passing ck_assert costs a system call */
    uintptr_t badn = 0, got = 0, want = 0;
    bool badscan = false;
    for (uintptr_t n = 1; n <= GOC_MAX_SMALL_SIZE && badn == 0; n++) {
        /* pointer-free: smallest class (the pre-1.22 rule as well) */
        uintptr_t w = linearclass(n);
        if (goc_roundupsize(n, true) != w) {
            badn = n, got = goc_roundupsize(n, true), want = w;
            break;
        }
        /* pointerful: 8-byte malloc header above 512 bytes, pages above 32760 */
        if (n > 512 && n <= GOC_MAX_SMALL_SIZE - 8)
            w = linearclass(n + 8) - 8;
        else if (n > GOC_MAX_SMALL_SIZE - 8)
            w = pageround(n);
        if (goc_roundupsize(n, false) != w || w < n)
            badn = n, got = goc_roundupsize(n, false), want = w, badscan = true;
    }
    ck_assert_msg(badn == 0, "%s n=%lu: got %lu want %lu", badscan ? "scan" : "noscan",
                  (unsigned long)badn, (unsigned long)got, (unsigned long)want);
}
END_TEST

START_TEST(test_roundupsize_examples) {
    /* facts §1.3.5 (c'): 32 pointerful 24-byte elements = 768 B -> 888 usable */
    ck_assert_uint_eq(goc_roundupsize(768, false), 888);
    ck_assert_uint_eq(goc_roundupsize(768, true), 768);
    /* exactly 512 bytes carries no header */
    ck_assert_uint_eq(goc_roundupsize(512, false), 512);
    ck_assert_uint_eq(goc_roundupsize(513, false), 568);
    ck_assert_uint_eq(goc_roundupsize(513, true), 576);
    ck_assert_uint_eq(goc_roundupsize(1, true), 8);
    ck_assert_uint_eq(goc_roundupsize(6656, true), 6784);
    ck_assert_uint_eq(goc_roundupsize(32760, false), 32760);
    ck_assert_uint_eq(goc_roundupsize(32761, false), 32768);
    ck_assert_uint_eq(goc_roundupsize(32768, false), 32768);
}
END_TEST

START_TEST(test_roundupsize_large) {
    static const uintptr_t cases[][2] = {
        {32769, 40960}, {38640, 40960}, {51168, 57344}, {40960, 40960}, {40961, 49152},
        {(uintptr_t)1 << 40, (uintptr_t)1 << 40}, {((uintptr_t)1 << 40) + 1, ((uintptr_t)1 << 40) + 8192},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        ck_assert_uint_eq(goc_roundupsize(cases[i][0], true), cases[i][1]);
        ck_assert_uint_eq(goc_roundupsize(cases[i][0], false), cases[i][1]);
    }
    /* rounding would overflow: the request comes back unchanged */
    ck_assert_uint_eq(goc_roundupsize(UINTPTR_MAX - 100, true), UINTPTR_MAX - 100);
    ck_assert_uint_eq(goc_roundupsize(UINTPTR_MAX - 8190, false), UINTPTR_MAX - 8190);
    ck_assert_uint_eq(goc_roundupsize(UINTPTR_MAX - 16382, false), ~(uintptr_t)8191);
}
END_TEST

static const goc_type t_bytes = {.Size_ = 1, .Align_ = 1, .FieldAlign_ = 1, .Kind_ = GOC_UINT8};
static const goc_type t_ptr = {.Size_ = 8, .PtrBytes = 8, .Align_ = 8, .FieldAlign_ = 8, .Kind_ = GOC_POINTER | GOC_KIND_DIRECTIFACE};
static const goc_type t_empty = {.Size_ = 0, .Align_ = 1, .FieldAlign_ = 1, .Kind_ = GOC_STRUCT};
static const goc_type t_big = {.Size_ = 200, .Align_ = 8, .FieldAlign_ = 8, .Kind_ = GOC_ARRAY};

START_TEST(test_zero_size) {
    ck_assert_ptr_eq(goc_mallocgc(0, NULL, true), &goc_zerobase);
    ck_assert_ptr_eq(goc_mallocgc(0, &t_bytes, false), &goc_zerobase);
    ck_assert_ptr_eq(goc_mallocgc(0, &t_ptr, true), &goc_zerobase);
    ck_assert_ptr_eq(goc_alloc(0, true), &goc_zerobase);
    ck_assert_ptr_eq(goc_alloc(0, false), &goc_zerobase);
    ck_assert_ptr_eq(goc_newobject(&t_empty), &goc_zerobase);
    ck_assert_ptr_ne(goc_mallocgc(1, &t_bytes, true), &goc_zerobase);
}
END_TEST

static int allzero(const unsigned char *p, size_t n) {
    for (size_t i = 0; i < n; i++)
        if (p[i] != 0)
            return 0;
    return 1;
}

/* Dirty many atomic blocks, drop them, collect: new blocks reuse that memory
   and must still come back zeroed when asked. */
START_TEST(test_zeroing) {
    int rounds = tu_gcstress() ? 200 : 2000;
    for (int r = 0; r < 3; r++) {
        for (int i = 0; i < rounds; i++) {
            unsigned char *p = goc_mallocgc(200, &t_big, false);
            memset(p, 0xA5, 200);
        }
        GC_gcollect();
        for (int i = 0; i < rounds; i++) {
            unsigned char *p = goc_mallocgc(200, &t_big, true);
            ck_assert(allzero(p, 200));
            memset(p, 0xA5, 200);
            unsigned char *q = goc_newobject(&t_big);
            ck_assert(allzero(q, 200));
            memset(q, 0x5A, 200);
            unsigned char *a = goc_alloc(200, false);
            ck_assert(allzero(a, 200));
            memset(a, 0x5A, 200);
            void **s = goc_newobject(&t_ptr);
            ck_assert_ptr_null(*s);
            unsigned char *b = goc_alloc(200, true);
            ck_assert(allzero(b, 200));
            memset(b, 0x77, 200);
        }
        GC_gcollect();
    }
}
END_TEST

/* ---- what the collector sees ---- */

enum { NOBJ = 64 };
static void **links;        /* libc memory: not scanned by the collector */
static void *volatile root; /* a root the collector scans */

static __attribute__((noinline)) void buildholder(bool scanned) {
    void **holder = goc_alloc(NOBJ * sizeof(void *), scanned);
    for (int i = 0; i < NOBJ; i++) {
        unsigned char *obj = goc_mallocgc(48, &t_bytes, true);
        memset(obj, i, 48);
        holder[i] = obj;
        links[i] = obj;
        ck_assert_int_eq(GC_general_register_disappearing_link(&links[i], obj), GC_SUCCESS);
    }
    root = holder;
}

static __attribute__((noinline)) void clobberstack(void) {
    volatile char junk[16384];
    memset((char *)junk, 0, sizeof junk);
}

/* Clears the dead stack below the test function first: stale copies of
   pointers left by earlier callees would keep objects alive. */
#define countlive() (clobberstack(), countlive_())
static __attribute__((noinline)) int countlive_(void) {
    GC_gcollect();
    GC_gcollect();
    int live = 0;
    for (int i = 0; i < NOBJ; i++)
        if (links[i] != NULL)
            live++;
    return live;
}

static __attribute__((noinline)) void verifyholder(void) {
    void **holder = root;
    for (int i = 0; i < NOBJ; i++) {
        unsigned char *obj = holder[i];
        ck_assert_ptr_eq(obj, links[i]);
        for (int j = 0; j < 48; j++)
            ck_assert_int_eq(obj[j], i);
    }
}

/* ---- tiny objects ---- */

static const goc_type t_i32 = {.Size_ = 4, .Align_ = 4, .FieldAlign_ = 4, .Kind_ = GOC_INT32};
static const goc_type t_i64 = {.Size_ = 8, .Align_ = 8, .FieldAlign_ = 8, .Kind_ = GOC_INT64};

/* Pointer-free objects under 15 bytes share 16-byte blocks: aligned to their
 * size, within the block's first 15 bytes, zeroed, never overlapping. */
START_TEST(test_tiny_packing) {
    /* a fresh block: three int32s, then one more does not fit in 15 bytes */
    uint8_t *a = goc_mallocgc(11, &t_bytes, true); /* force a new block: 11 + 4 > 15 after any start */
    (void)a;
    uint8_t *b0 = goc_newobject(&t_i32);
    uint8_t *base = GC_base(b0);
    ck_assert_ptr_nonnull(base);
    uint8_t *b1 = goc_newobject(&t_i32), *b2 = goc_newobject(&t_i32);
    if (b0 == base) { /* b0 opened a block: the next two share it */
        ck_assert_ptr_eq(b1, base + 4);
        ck_assert_ptr_eq(b2, base + 8);
    }
    /* every tiny object: aligned by its size, inside the first 15 bytes of a 16-byte granule */
    static const uintptr_t sizes[] = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 12, 14};
    enum { N = 3000 };
    static uint8_t *objs[N]; /* static: a root the collector scans */
    static uintptr_t lens[N];
    for (int i = 0; i < N; i++) {
        uintptr_t n = sizes[i % 12];
        uint8_t *p = goc_mallocgc(n, n == 4 ? &t_i32 : n == 8 ? &t_i64 : &t_bytes, true);
        uint8_t *blk = GC_base(p);
        ck_assert_ptr_nonnull(blk);
        ck_assert_uint_eq(GC_size(blk), 16);
        ck_assert_uint_le((uintptr_t)(p - blk) + n, 15);
        uintptr_t al = (n & 7) == 0 ? 8 : (n & 3) == 0 ? 4 : (n & 1) == 0 ? 2 : 1;
        ck_assert_uint_eq((uintptr_t)p % al, 0);
        for (uintptr_t j = 0; j < n; j++)
            ck_assert_int_eq(p[j], 0);
        memset(p, (int)(i & 0xff) | 1, n);
        objs[i] = p;
        lens[i] = n;
        if (i % 500 == 0)
            GC_gcollect(); /* the current block is held by the thread's g */
    }
    /* nothing overlapped and nothing was reused while reachable */
    for (int k = 0; k < 3; k++) {
        GC_gcollect();
        for (int i = 0; i < 2000; i++)
            memset(goc_mallocgc(7, &t_bytes, true), 0xEE, 7);
    }
    for (int i = 0; i < N; i++)
        for (uintptr_t j = 0; j < lens[i]; j++)
            ck_assert_int_eq(objs[i][j], (int)(i & 0xff) | 1);
    /* pointerful or 15+ bytes: a block of its own */
    void **q = goc_newobject(&t_ptr);
    ck_assert_ptr_eq(GC_base(q), q);
    uint8_t *r = goc_mallocgc(15, &t_bytes, true);
    ck_assert_ptr_eq(GC_base(r), r);
}
END_TEST

/* A tiny object alone keeps its block; the block goes once nothing points into it. */
static void *volatile tinyroot;
static void **tinylink;
/* A 1-byte tiny object at the start of a fresh block (the current block filled up first). */
static uint8_t *freshblock(void) {
    for (;;) {
        uint8_t *x = goc_mallocgc(1, &t_bytes, true);
        if (GC_base(x) == x)
            return x;
    }
}
static __attribute__((noinline)) void maketiny(void) {
    (void)freshblock();
    uint8_t *p = goc_mallocgc(9, &t_bytes, true); /* shares that block */
    uint8_t *blk = GC_base(p);
    ck_assert_ptr_ne(p, blk);
    memset(p, 0x42, 9);
    tinyroot = p;
    *tinylink = blk;
    ck_assert_int_eq(GC_general_register_disappearing_link(tinylink, blk), GC_SUCCESS);
    (void)freshblock(); /* the thread moves on to another block */
}
START_TEST(test_tiny_lifetime) {
    tinylink = calloc(1, sizeof(void *));
    maketiny();
    clobberstack();
    GC_gcollect();
    ck_assert_ptr_nonnull(*tinylink); /* held through tinyroot, which points inside */
    ck_assert_int_eq(((uint8_t *)tinyroot)[8], 0x42);
    tinyroot = NULL;
    clobberstack();
    GC_gcollect();
    GC_gcollect();
    ck_assert_ptr_null(*tinylink);
    free(tinylink);
}
END_TEST

/* Threads pack into their own blocks: no object handed out twice. */
static void *tinythread(void *arg) {
    uint8_t tag = (uint8_t)(intptr_t)arg;
    enum { M = 20000 };
    uint8_t **mine = goc_alloc(M * sizeof(uint8_t *), true);
    for (int i = 0; i < M; i++) {
        mine[i] = goc_mallocgc(3, &t_bytes, true);
        memset(mine[i], tag, 3);
    }
    long bad = 0;
    for (int i = 0; i < M; i++)
        bad += mine[i][0] != tag || mine[i][1] != tag || mine[i][2] != tag;
    return (void *)(intptr_t)bad;
}
START_TEST(test_tiny_threads) {
    pthread_t th[4];
    for (long i = 0; i < 4; i++)
        ck_assert_int_eq(GC_pthread_create(&th[i], NULL, tinythread, (void *)(intptr_t)(i + 1)), 0);
    long bad = 0;
    for (int i = 0; i < 4; i++) {
        void *r;
        ck_assert_int_eq(GC_pthread_join(th[i], &r), 0);
        bad += (long)(intptr_t)r;
    }
    ck_assert_int_eq(bad, 0);
}
END_TEST

/* Medium objects of one size come out at rising addresses once a goroutine
 * allocates them in a row (Boehm's free lists fall), zeroed, each once,
 * alive while only the batch holds them, in both kinds; other sizes in
 * between bypass the batch. */
static const goc_type t_ptr600 = {.Size_ = 600, .PtrBytes = 600, .Align_ = 8, .FieldAlign_ = 8,
                                  .Kind_ = GOC_STRUCT};
static void *ascthread(void *arg) {
    bool noscan = arg != NULL;
    enum { M = 4000 };
    uint8_t **objs = goc_alloc(M * sizeof(uint8_t *), true);
    long rising = 0, bad = 0;
    for (int i = 0; i < M; i++) {
        objs[i] = noscan ? goc_mallocgc(512, &t_bytes, true) : goc_mallocgc(600, &t_ptr600, true);
        size_t n = noscan ? 512 : 600;
        for (size_t k = 0; k < n; k++)
            bad += objs[i][k] != 0;
        memset(objs[i], (int)(i & 0x7f) + 1, n);
        if (i > 0 && objs[i] > objs[i - 1])
            rising++;
        if (i % 100 == 0) {
            (void)goc_mallocgc(1000, &t_bytes, true); /* another size in between */
            GC_gcollect();
        }
    }
    for (int i = 0; i < M; i++)
        bad += objs[i][0] != (uint8_t)((i & 0x7f) + 1) || objs[i][noscan ? 511 : 599] != (uint8_t)((i & 0x7f) + 1);
    if (rising < M * 3 / 4)
        bad += 1000000;
    return (void *)(intptr_t)bad;
}
START_TEST(test_medium_rising) {
    pthread_t th[2];
    ck_assert_int_eq(GC_pthread_create(&th[0], NULL, ascthread, NULL), 0);
    ck_assert_int_eq(GC_pthread_create(&th[1], NULL, ascthread, (void *)1), 0);
    long bad = 0;
    for (int i = 0; i < 2; i++) {
        void *r;
        ck_assert_int_eq(GC_pthread_join(th[i], &r), 0);
        bad += (long)(intptr_t)r;
    }
    ck_assert_int_eq(bad, 0);
}
END_TEST

/* Map slots (goc_newmapslot) of a multiple of 16 bytes lie back to back,
 * without Boehm's extra byte: 512-byte slots 512 bytes apart in a run, where
 * goc_newobject's are 576 apart. They stay zeroed, distinct and alive while a
 * scanned array holds their base pointers, through collections, in both
 * kinds; the 16th byte of a 512-byte slot is its own, not a neighbour's. */
static const goc_type t_arr512 = {.Size_ = 512, .Align_ = 1, .FieldAlign_ = 1, .Kind_ = GOC_ARRAY};
static const goc_type t_ptr512 = {.Size_ = 512, .PtrBytes = 512, .Align_ = 8, .FieldAlign_ = 8,
                                  .Kind_ = GOC_STRUCT};
START_TEST(test_mapslot_tight) {
    enum { M = 2000 };
    for (int kind = 0; kind < 2; kind++) {
        const goc_type *t = kind ? &t_ptr512 : &t_arr512;
        uint8_t **objs = goc_alloc(M * sizeof(uint8_t *), true);
        long tight = 0, loose = 0, bad = 0;
        for (int i = 0; i < M; i++) {
            objs[i] = goc_newmapslot(t);
            for (int k = 0; k < 512; k++)
                bad += objs[i][k] != 0;
            memset(objs[i], (i & 0x7f) + 1, 512);
            if (i > 0 && objs[i] - objs[i - 1] == 512)
                tight++;
            if (i % 500 == 0)
                GC_gcollect();
        }
        for (int i = 0; i < M; i++) {
            bad += objs[i][0] != (uint8_t)((i & 0x7f) + 1) || objs[i][511] != (uint8_t)((i & 0x7f) + 1);
            bad += GC_size(objs[i]) < 512;
        }
        uint8_t *prev = goc_newobject(t);
        for (int i = 0; i < 64; i++) {
            uint8_t *p = goc_newobject(t);
            loose += p - prev == 512;
            prev = p;
        }
        ck_assert_int_eq(bad, 0);
        ck_assert_int_ge(tight, M * 3 / 4);
        ck_assert_int_eq(loose, 0);
    }
}
END_TEST

START_TEST(test_scanned_keeps_alive) {
    links = calloc(NOBJ, sizeof(void *));
    buildholder(true);
    ck_assert_int_eq(countlive(), NOBJ);
    verifyholder();
    /* Dropping the holder frees them. */
    root = NULL;
    ck_assert_int_le(countlive(), NOBJ / 4);
    for (int i = 0; i < NOBJ; i++)
        if (links[i] != NULL)
            GC_unregister_disappearing_link(&links[i]);
    free(links);
}
END_TEST

START_TEST(test_atomic_hides_pointers) {
    /* A pointer kept only in pointer-free memory does not keep its target alive:
       proof that goc_alloc(..., false) really is atomic. */
    links = calloc(NOBJ, sizeof(void *));
    buildholder(false);
    ck_assert_int_le(countlive(), NOBJ / 4);
    for (int i = 0; i < NOBJ; i++)
        if (links[i] != NULL)
            GC_unregister_disappearing_link(&links[i]);
    free(links);
    root = NULL;
}
END_TEST

START_TEST(test_gcstress_collects) {
    setenv("GOC_GCSTRESS", "3", 1);
    goc_mallocinit();
    ck_assert_uint_eq(goc_gcstress, 3);
    GC_word before = GC_get_gc_no();
    for (int i = 0; i < 30; i++)
        (void)goc_alloc(16, i & 1);
    ck_assert_uint_ge(GC_get_gc_no() - before, 10);
    /* a malformed value turns stress off */
    setenv("GOC_GCSTRESS", "7x", 1);
    goc_mallocinit();
    ck_assert_uint_eq(goc_gcstress, 0);
    unsetenv("GOC_GCSTRESS");
    goc_mallocinit();
    ck_assert_uint_eq(goc_gcstress, 0);
}
END_TEST

/* Several threads allocating at once under GC stress: the atomic counter
   triggers a collection every N allocations in total, and what each thread
   built stays intact. */
enum { NTHREADS = 3, NNODES = 3000 };
struct node {
    struct node *next;
    long val;
};

static void *buildlist(void *arg) {
    long id = (long)(intptr_t)arg;
    struct node *head = NULL;
    for (long i = 0; i < NNODES; i++) {
        struct node *n = goc_alloc(sizeof *n, true);
        n->next = head;
        n->val = id * 100000 + i;
        head = n;
    }
    long bad = 0;
    for (long i = NNODES - 1; i >= 0; i--, head = head->next)
        if (head == NULL || head->val != id * 100000 + i)
            bad++;
    return (void *)(intptr_t)bad;
}

START_TEST(test_threads_allocate) {
    goc_gcstress = 50;
    GC_word before = GC_get_gc_no();
    pthread_t th[NTHREADS];
    for (long i = 0; i < NTHREADS; i++)
        ck_assert_int_eq(pthread_create(&th[i], NULL, buildlist, (void *)(intptr_t)i), 0);
    long bad = 0;
    for (int i = 0; i < NTHREADS; i++) {
        void *r;
        ck_assert_int_eq(pthread_join(th[i], &r), 0);
        bad += (long)(intptr_t)r;
    }
    ck_assert_int_eq(bad, 0);
    ck_assert_uint_ge(GC_get_gc_no() - before, NTHREADS * NNODES / 50);
}
END_TEST

START_TEST(test_gc_collects) {
    GC_word before = GC_get_gc_no();
    goc_GC();
    goc_GC();
    ck_assert_uint_ge(GC_get_gc_no() - before, 2);
}
END_TEST

static void hugescanned(void *arg) {
    (void)arg;
    (void)goc_mallocgc((uintptr_t)1 << 60, NULL, true);
}

static void hugeatomic(void *arg) {
    (void)arg;
    (void)goc_mallocgc((uintptr_t)1 << 60, &t_bytes, false);
}

START_TEST(test_out_of_memory) {
    void (*fns[])(void *) = {hugescanned, hugeatomic};
    for (int i = 0; i < 2; i++) {
        tu_capture c;
        tu_run(&c, fns[i], NULL);
        ck_assert_int_eq(c.status, 2);
        ck_assert_msg(tu_hasprefix(c.err, "fatal error: runtime: out of memory\n"),
                      "stderr: %s", c.err);
    }
}
END_TEST

Suite *malloc_suite(void) {
    Suite *s = suite_create("malloc");
    TCase *tc = tcase_create("sizeclasses");
    tcase_add_test(tc, test_class_table);
    tcase_add_test(tc, test_roundupsize_every_small_size);
    tcase_add_test(tc, test_roundupsize_examples);
    tcase_add_test(tc, test_roundupsize_large);
    suite_add_tcase(s, tc);
    tc = tcase_create("alloc");
    tcase_set_timeout(tc, 30);
    tcase_add_test(tc, test_zero_size);
    tcase_add_test(tc, test_zeroing);
    tcase_add_test(tc, test_scanned_keeps_alive);
    tcase_add_test(tc, test_tiny_packing);
    tcase_add_test(tc, test_tiny_lifetime);
    tcase_add_test(tc, test_tiny_threads);
    tcase_add_test(tc, test_medium_rising);
    tcase_add_test(tc, test_mapslot_tight);
    tcase_add_test(tc, test_atomic_hides_pointers);
    tcase_add_test(tc, test_gcstress_collects);
    tcase_add_test(tc, test_gc_collects);
    tcase_add_test(tc, test_threads_allocate);
    tcase_add_test(tc, test_out_of_memory);
    suite_add_tcase(s, tc);
    return s;
}
