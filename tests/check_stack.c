/*
 * tests/check_stack.c — runtime/stack.c: the layout of a slot (the record
 * at the top of a writable stack, the guard below it faulting, or the
 * canary noticing an overflow where the kernel has no guard pages); the
 * collector scanning what only a runnable goroutine's record references
 * (parked goroutines' stacks: check_proc.c); goroutines switching stacks
 * without pause while other threads collect; big slots (their size, their
 * place against page-table pages, deep recursion in goroutines at once)
 * and the release of a dead goroutine's deep pages.
 */
#include <check.h>
#include <gc/gc.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include "sched_impl.h"
#include "testutil.h"

TU_CHANTYPE(stack_chan_ptr, &goc_type_unsafe_Pointer, "chan unsafe.Pointer");
#define stack_chan_ptr (stack_chan_ptr_desc.d.Type)

START_TEST(test_slot_layout) {
    goc_schedinit();
    goc_g *g = goc_stackalloc(GOC_STACK_SMALL);
    ck_assert_uint_eq(g->s.stackhi, (uintptr_t)g);
    ck_assert_uint_eq((uintptr_t)g & 63, 0);
    ck_assert_uint_ge(g->s.stackhi - g->s.stacklo, (256u << 10) - 4096);
    ck_assert_int_eq(g->s.status, GOC_GDEAD);
    /* the whole stack is writable */
    volatile char *lo = (char *)g->s.stacklo + 64, *hi = (char *)g->s.stackhi - 1;
    *lo = 1;
    *hi = 2;
    ck_assert_int_eq(*lo + *hi, 3);
    bool listed = false;
    for (goc_g *x = goc_allgs; x != NULL; x = x->s.alllink)
        listed = listed || x == g;
    ck_assert(listed);
    /* another slot is disjoint */
    goc_g *h = goc_stackalloc(GOC_STACK_SMALL);
    ck_assert(h->s.stackhi <= g->s.stacklo || h->s.stacklo >= (uintptr_t)(g + 1));
}
END_TEST

static void write_below(void *arg) {
    goc_g *g = arg;
    volatile char *p = (char *)g->s.stacklo - 100;
    *p = 1;
}

START_TEST(test_guard) {
    goc_schedinit();
    goc_g *g = goc_stackalloc(GOC_STACK_SMALL);
    if (goc_stackguarded()) {
        tu_capture c;
        tu_run(&c, write_below, g); /* the write faults: a panic, exit 2 */
        ck_assert_int_eq(c.status, 2);
        ck_assert(goc_isstackguard(g, g->s.stacklo - 100));
        ck_assert(!goc_isstackguard(g, g->s.stacklo + 100));
    }
    ck_assert(!goc_stackoverflowed(g));
    if (!goc_stackguarded()) {
        *(volatile uintptr_t *)g->s.stacklo = 0; /* what an overflow does to the canary */
        ck_assert(goc_stackoverflowed(g));
    }
}
END_TEST

/* ---- what the collector sees -------------------------------------------------------------- */

enum { NOBJ = 64, OBJWORDS = 16 };

static goc_int spinflag, spinning;

/* C code: never preempted, so nothing else runs on its P meanwhile (timers included). */
static void spin_until_flag(void *arg) {
    (void)arg;
    __atomic_store_n(&spinning, 1, __ATOMIC_RELEASE);
    while (__atomic_load_n(&spinflag, __ATOMIC_ACQUIRE) == 0)
        goc_procyield(50);
}

typedef struct obj {
    goc_int words[OBJWORDS];
} obj;

static void fill(obj *o, goc_int seed) {
    for (int i = 0; i < OBJWORDS; i++)
        o->words[i] = seed * 1000 + i;
}

static bool intact(const obj *o, goc_int seed) {
    for (int i = 0; i < OBJWORDS; i++)
        if (o->words[i] != seed * 1000 + i)
            return false;
    return true;
}

typedef struct checkarg {
    obj *o;   /* referenced only from the closure, which only the goroutine's record references */
    goc_int seed;
    goc_int *bad;
    uint32_t *wg; /* a semaphore released by each goroutine */
} checkarg;

static void check_obj(void *arg) {
    checkarg *a = arg;
    if (!intact(a->o, a->seed))
        __atomic_add_fetch(a->bad, 1, __ATOMIC_SEQ_CST);
    goc_semrelease(a->wg, false);
}

static void churn_heap(void) {
    for (int k = 0; k < 3; k++) {
        GC_gcollect();
        for (int i = 0; i < 20000; i++) {
            obj *junk = goc_alloc(sizeof(obj), true);
            memset(junk, 0xa5, sizeof *junk);
        }
    }
}

/* Goroutines that have not run yet: their closures live only in their records. */
START_TEST(test_runnable_records_scanned) {
    goc_GOMAXPROCS(1);
    tu_go(spin_until_flag, NULL); /* holds the only P */
    while (__atomic_load_n(&spinning, __ATOMIC_ACQUIRE) == 0)
        goc_osyield();
    static goc_int bad;
    uint32_t *wg = goc_alloc(sizeof *wg, false);
    for (goc_int i = 0; i < NOBJ; i++) {
        checkarg *a = goc_alloc(sizeof *a, true);
        a->o = goc_alloc(sizeof(obj), true);
        fill(a->o, i);
        a->seed = i;
        a->bad = &bad;
        a->wg = wg;
        tu_go(check_obj, a);
        a = NULL;
    }
    churn_heap(); /* they are all queued behind the spinner */
    __atomic_store_n(&spinflag, 1, __ATOMIC_RELEASE);
    tu_semawait(wg, NOBJ);
    ck_assert_int_eq(bad, 0);
}
END_TEST

/* ---- switching while others collect ------------------------------------------------------- */

typedef struct pong {
    goc_hchan *in, *out;
    long rounds;
} pong;

static void ponger(void *arg) {
    pong *p = arg;
    for (long i = 0; i < p->rounds; i++) {
        obj *o = NULL;
        goc_chanrecv1(p->in, &o);
        obj *r = goc_alloc(sizeof(obj), true);
        fill(r, intact(o, i) ? i + 1 : -1);
        goc_chansend1(p->out, &r);
    }
}

static int collecting;

static void collector(void *arg) {
    (void)arg;
    while (__atomic_load_n(&collecting, __ATOMIC_ACQUIRE))
        GC_gcollect();
}

START_TEST(test_switch_while_collecting) {
    /* 5000 rounds: with a collector looping beside them the suite took 48-69 s
       alone at 20000, and twice that (its timeout) on a loaded machine. */
    long rounds = tu_scale_slow(5000, 10);
    pong *p = goc_alloc(sizeof *p, true);
    p->in = goc_makechan(&stack_chan_ptr, 0);
    p->out = goc_makechan(&stack_chan_ptr, 0);
    p->rounds = rounds;
    pong *q = goc_alloc(sizeof *q, true); /* a second pair beside it */
    q->in = goc_makechan(&stack_chan_ptr, 0);
    q->out = goc_makechan(&stack_chan_ptr, 0);
    q->rounds = rounds;
    __atomic_store_n(&collecting, 1, __ATOMIC_RELEASE);
    tu_go(collector, NULL);
    tu_go(ponger, p);
    tu_go(ponger, q);
    for (long i = 0; i < rounds; i++) {
        obj *o = goc_alloc(sizeof(obj), true), *o2 = goc_alloc(sizeof(obj), true);
        fill(o, i);
        fill(o2, i);
        goc_chansend1(p->in, &o);
        goc_chansend1(q->in, &o2);
        obj *r = NULL, *r2 = NULL;
        goc_chanrecv1(p->out, &r);
        goc_chanrecv1(q->out, &r2);
        ck_assert(intact(r, i + 1));
        ck_assert(intact(r2, i + 1));
    }
    __atomic_store_n(&collecting, 0, __ATOMIC_RELEASE);
}
END_TEST


/* ---- big slots and what a dead goroutine keeps -------------------------------------------- */

static bool resident(uintptr_t addr) {
    unsigned char v = 0;
    long ps = sysconf(_SC_PAGESIZE);
    ck_assert_int_eq(mincore((void *)(addr & ~(uintptr_t)(ps - 1)), 1, &v), 0);
    return (v & 1) != 0;
}

START_TEST(test_big_slot) {
    goc_schedinit();
    goc_g *g = goc_stackalloc(GOC_STACK_BIG);
    ck_assert_int_eq(g->s.stackclass, GOC_STACK_BIG);
    uintptr_t end = ((uintptr_t)(g + 1) + 4095) & ~(uintptr_t)4095; /* the slot's end */
    ck_assert_uint_ge(end - g->s.stacklo, (64u << 20) - (64u << 10));
    /* slot boundaries sit mid-way in a 2 MiB page-table page's reach */
    ck_assert_uint_eq(end % (2u << 20), 1u << 20);
    ck_assert_uint_eq((g->s.stacklo - (64u << 10)) % (2u << 20), 1u << 20);
    volatile char *lo = (char *)g->s.stacklo + 64;
    *lo = 1;
    ck_assert_int_eq(*lo, 1);
    goc_g *h = goc_stackalloc(GOC_STACK_BIG);
    ck_assert(h->s.stackhi <= g->s.stacklo || h->s.stacklo >= (uintptr_t)(g + 1));
    if (goc_stackguarded())
        ck_assert(goc_isstackguard(h, h->s.stacklo - 100));
    goc_g *k = goc_stackalloc(GOC_STACK_SMALL);
    ck_assert_int_eq(k->s.stackclass, GOC_STACK_SMALL);
    ck_assert_uint_lt(k->s.stackhi - k->s.stacklo, 1u << 20);
}
END_TEST

START_TEST(test_release_deep) {
    goc_schedinit();
    goc_g *g = goc_stackalloc(GOC_STACK_BIG);
    uintptr_t ps = (uintptr_t)sysconf(_SC_PAGESIZE);
    uintptr_t first = (g->s.stackhi - 1) & ~(ps - 1);
    /* shallow: frames only in the first page; nothing to give back, nothing read beyond */
    memset((char *)first, 0x5a, g->s.stackhi - first);
    goc_stackrelease(g);
    ck_assert(resident(first));
    /* deep: 4 MiB of frames below the record */
    uintptr_t deep = g->s.stackhi - (4u << 20);
    memset((char *)deep, 0xa5, g->s.stackhi - deep);
    ck_assert(resident(deep));
    goc_stackrelease(g);
    ck_assert(!resident(deep));
    ck_assert(!resident(g->s.stackhi - (64u << 10)));
    ck_assert_int_eq(*(volatile char *)deep, 0);
    ck_assert(resident(first));                     /* the first 16 KiB stay */
    ck_assert(resident(g->s.stackhi - (12u << 10)));
    ck_assert_int_eq(*(volatile unsigned char *)(g->s.stackhi - (12u << 10)), 0xa5);
    ck_assert_int_eq(g->s.status, GOC_GDEAD);       /* the record is untouched */
    ck_assert_uint_eq(g->s.stackhi, (uintptr_t)g);
    /* a small stack keeps what it touched (256 KiB at most) */
    goc_g *k = goc_stackalloc(GOC_STACK_SMALL);
    uintptr_t kdeep = k->s.stackhi - (128u << 10);
    memset((char *)kdeep, 0xa5, k->s.stackhi - kdeep);
    goc_stackrelease(k);
    ck_assert(resident(kdeep));
}
END_TEST

/* A C recursion of about 256 bytes a frame. */
static __attribute__((noinline)) long recurse(long n, volatile char *prev) {
    volatile char buf[200];
    buf[0] = (char)n;
    buf[199] = prev != NULL ? prev[0] : 0;
    if (n == 0)
        return buf[0] + buf[199];
    return recurse(n - 1, buf) + 1;
}

typedef struct deeparg {
    long depth;
    long result;
    goc_g *g;
    uint32_t *wg;
} deeparg;

static void deep_goroutine(void *arg) {
    deeparg *a = arg;
    a->g = goc_loadg();
    a->result = recurse(a->depth, NULL);
    goc_semrelease(a->wg, false);
}

/* Dead and pooled, its pages beyond the first 16 KiB given back (goexit0 releases them
   right after marking the goroutine dead). */
static bool released(void *arg) {
    deeparg *a = arg;
    return __atomic_load_n(&a->g->s.status, __ATOMIC_ACQUIRE) == GOC_GDEAD &&
           !resident(a->g->s.stackhi - (8u << 20)) && !resident(a->g->s.stackhi - (20u << 20));
}

/* Four goroutines 10^5 frames (~25 MiB) deep at once; their deep pages go when they end. */
START_TEST(test_deep_goroutines) {
    goc_schedinit();
    if (goc_stackclass() != GOC_STACK_BIG)
        return; /* $GOC_STACKSIZE or ulimit -v: every stack is small */
    enum { N = 4 };
    uint32_t *wg = goc_alloc(sizeof *wg, false);
    deeparg *args = goc_alloc(N * sizeof *args, true);
    for (int i = 0; i < N; i++) {
        args[i].depth = 100000;
        args[i].wg = wg;
        tu_go(deep_goroutine, &args[i]);
    }
    tu_semawait(wg, N);
    for (int i = 0; i < N; i++) {
        ck_assert_int_eq(args[i].result, 100000 + 1); /* the deepest frame adds its caller's n, 1 */
        ck_assert_int_eq(args[i].g->s.stackclass, GOC_STACK_BIG);
        ck_assert(tu_eventually(released, &args[i]));
    }
}
END_TEST

Suite *stack_suite(void) {
    Suite *s = suite_create("stack");
    TCase *tc = tcase_create("core");
    tcase_set_timeout(tc, 120);
    tcase_add_test(tc, test_slot_layout);
    tcase_add_test(tc, test_guard);
    tcase_add_test(tc, test_runnable_records_scanned);
    tcase_add_test(tc, test_switch_while_collecting);
    tcase_add_test(tc, test_big_slot);
    tcase_add_test(tc, test_release_deep);
    tcase_add_test(tc, test_deep_goroutines);
    suite_add_tcase(s, tc);
    return s;
}
