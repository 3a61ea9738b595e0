/*
 * tests/check_sync_map.c — runtime/sync_map.c: sync.Map's operations and
 * their results, Range stopping early and storing from inside f, disjoint
 * concurrent writers, the unhashable-key panic; sync.Pool's Get/Put/New.
 */
#include <check.h>

#include "testutil.h"
#include "goc/sync_map.h"

static goc_eface ival(goc_int v) {
    return (goc_eface){&goc_type_int, goc_convT(&goc_type_int, &v)};
}

static goc_int ivalof(goc_eface e) {
    ck_assert_ptr_eq(e.type, &goc_type_int);
    return *(goc_int *)e.data;
}

START_TEST(test_map_ops) {
    goc_sync_Map *m = goc_alloc(sizeof *m, true);
    goc_eface v;
    ck_assert(!goc_sync_Map_Load(m, ival(1), &v));
    ck_assert_ptr_null(v.type);
    goc_sync_Map_Store(m, ival(1), ival(10));
    ck_assert(goc_sync_Map_Load(m, ival(1), &v));
    ck_assert_int_eq(ivalof(v), 10);

    ck_assert(goc_sync_Map_LoadOrStore(m, ival(1), ival(11), &v)); /* loaded */
    ck_assert_int_eq(ivalof(v), 10);
    ck_assert(!goc_sync_Map_LoadOrStore(m, ival(2), ival(20), &v)); /* stored */
    ck_assert_int_eq(ivalof(v), 20);

    ck_assert(goc_sync_Map_Swap(m, ival(2), ival(21), &v));
    ck_assert_int_eq(ivalof(v), 20);
    ck_assert(!goc_sync_Map_Swap(m, ival(3), ival(30), &v));
    ck_assert_ptr_null(v.type);

    ck_assert(!goc_sync_Map_CompareAndSwap(m, ival(3), ival(31), ival(32)));
    ck_assert(goc_sync_Map_CompareAndSwap(m, ival(3), ival(30), ival(33)));
    ck_assert(!goc_sync_Map_CompareAndSwap(m, ival(4), ival(0), ival(1))); /* missing key */
    goc_string s = GOC_STR("30");
    goc_eface str = {&goc_type_string, goc_convT(&goc_type_string, &s)};
    ck_assert(!goc_sync_Map_CompareAndSwap(m, ival(3), str, ival(1))); /* other type: unequal */
    goc_sync_Map_Load(m, ival(3), &v);
    ck_assert_int_eq(ivalof(v), 33);

    ck_assert(!goc_sync_Map_CompareAndDelete(m, ival(3), ival(30)));
    ck_assert(goc_sync_Map_CompareAndDelete(m, ival(3), ival(33)));
    ck_assert(!goc_sync_Map_Load(m, ival(3), &v));

    ck_assert(goc_sync_Map_LoadAndDelete(m, ival(2), &v));
    ck_assert_int_eq(ivalof(v), 21);
    ck_assert(!goc_sync_Map_LoadAndDelete(m, ival(2), &v));
    ck_assert_ptr_null(v.type);
    goc_sync_Map_Delete(m, ival(1));
    goc_sync_Map_Delete(m, ival(99)); /* absent: no effect */
    ck_assert(!goc_sync_Map_Load(m, ival(1), &v));

    goc_sync_Map_Store(m, ival(5), ival(50));
    goc_sync_Map_Clear(m);
    ck_assert(!goc_sync_Map_Load(m, ival(5), &v));
    goc_sync_Map_Clear(goc_alloc(sizeof *m, true)); /* a never-used Map */
}
END_TEST

/* f(key, value) of Range: counts calls, sums values, stops after stopAt calls, may store. */
typedef struct rangefn {
    void (*fn)(void);
    goc_sync_Map *m;
    goc_int calls, sum, stopAt;
    bool store;
} rangefn;

static bool range_f(goc_func *c, goc_eface k, goc_eface v) {
    rangefn *r = (rangefn *)c;
    r->calls++;
    r->sum += ivalof(v);
    if (r->store) /* Range holds no lock while calling f */
        goc_sync_Map_Store(r->m, ival(1000 + ivalof(k)), v);
    return r->calls != r->stopAt;
}

START_TEST(test_map_range) {
    goc_sync_Map *m = goc_alloc(sizeof *m, true);
    rangefn *r = goc_alloc(sizeof *r, true);
    r->fn = (void (*)(void))range_f;
    r->m = m;
    goc_sync_Map_Range(m, (goc_func *)r); /* empty */
    goc_sync_Map_Range(m, NULL);          /* f is never called */
    ck_assert_int_eq(r->calls, 0);
    for (goc_int i = 0; i < 100; i++)
        goc_sync_Map_Store(m, ival(i), ival(i));
    goc_sync_Map_Range(m, (goc_func *)r);
    ck_assert_int_eq(r->calls, 100);
    ck_assert_int_eq(r->sum, 4950);

    r->calls = r->sum = 0;
    r->stopAt = 7;
    goc_sync_Map_Range(m, (goc_func *)r);
    ck_assert_int_eq(r->calls, 7);

    r->calls = r->sum = 0;
    r->stopAt = 0;
    r->store = true;
    goc_sync_Map_Range(m, (goc_func *)r);
    ck_assert_int_eq(r->calls, 100);
    goc_eface v;
    for (goc_int i = 0; i < 100; i++) {
        ck_assert(goc_sync_Map_Load(m, ival(1000 + i), &v));
        ck_assert_int_eq(ivalof(v), i);
    }
}
END_TEST

typedef struct writers {
    goc_sync_Map m;
    goc_sync_WaitGroup wg;
    goc_int per;
    goc_int next; /* atomic: writer ids */
} writers;

static void writer(void *arg) {
    writers *w = arg;
    goc_int id = goc_atomic_AddInt64(&w->next, 1) - 1;
    goc_eface v;
    for (goc_int i = 0; i < w->per; i++) {
        goc_int k = id * w->per + i;
        goc_sync_Map_Store(&w->m, ival(k), ival(-k));
        ck_assert(goc_sync_Map_Load(&w->m, ival(k), &v));
        ck_assert_int_eq(ivalof(v), -k);
        (void)goc_sync_Map_Load(&w->m, ival(k ^ 1), &v); /* another writer's key, maybe */
    }
    goc_sync_WaitGroup_Done(&w->wg);
}

START_TEST(test_map_concurrent) {
    enum { NW = 8 };
    writers *w = goc_alloc(sizeof *w, true);
    w->per = tu_scale_slow(2000, 20);
    goc_sync_WaitGroup_Add(&w->wg, NW);
    for (int i = 0; i < NW; i++)
        tu_go(writer, w);
    goc_sync_WaitGroup_Wait(&w->wg);
    goc_eface v;
    for (goc_int k = 0; k < NW * w->per; k++) {
        ck_assert(goc_sync_Map_Load(&w->m, ival(k), &v));
        ck_assert_int_eq(ivalof(v), -k);
    }
}
END_TEST

TU_SLICE(slice_int, "[]int", &goc_type_int);
#define slice_int (slice_int_desc.d.Type)

static void store_unhashable(void *unused) {
    (void)unused;
    goc_sync_Map *m = goc_alloc(sizeof *m, true);
    goc_slice s = {0};
    goc_sync_Map_Store(m, (goc_eface){&slice_int, goc_convT(&slice_int, &s)}, ival(1));
}

START_TEST(test_map_unhashable) {
    tu_capture c;
    tu_run_tb(&c, store_unhashable, NULL, NULL);
    ck_assert_int_eq(c.status, 2);
    ck_assert_msg(tu_hasprefix(c.err, "panic: runtime error: hash of unhashable type []int\n"), "got %s", c.err);
}
END_TEST

typedef struct newfn {
    void (*fn)(void);
    goc_int calls;
} newfn;

static goc_eface pool_new(goc_func *c) {
    newfn *n = (newfn *)c;
    n->calls++;
    return ival(-1);
}

START_TEST(test_pool) {
    goc_sync_Pool *p = goc_alloc(sizeof *p, true);
    ck_assert_ptr_null(goc_sync_Pool_Get(p).type); /* no New: nil */
    goc_sync_Pool_Put(p, (goc_eface){0});          /* nil is dropped */
    ck_assert_ptr_null(goc_sync_Pool_Get(p).type);
    goc_sync_Pool_Put(p, ival(1));
    goc_sync_Pool_Put(p, ival(2));
    ck_assert_int_eq(ivalof(goc_sync_Pool_Get(p)), 2);
    ck_assert_int_eq(ivalof(goc_sync_Pool_Get(p)), 1);
    newfn *n = goc_alloc(sizeof *n, true);
    n->fn = (void (*)(void))pool_new;
    p->New = (goc_func *)n;
    ck_assert_int_eq(ivalof(goc_sync_Pool_Get(p)), -1);
    ck_assert_int_eq(n->calls, 1);
    goc_sync_Pool_Put(p, ival(3));
    ck_assert_int_eq(ivalof(goc_sync_Pool_Get(p)), 3);
    ck_assert_int_eq(n->calls, 1);
}
END_TEST

Suite *sync_map_suite(void) {
    Suite *s = suite_create("sync_map");
    TCase *tc = tcase_create("core");
    tcase_set_timeout(tc, 60);
    tcase_add_test(tc, test_map_ops);
    tcase_add_test(tc, test_map_range);
    tcase_add_test(tc, test_map_concurrent);
    tcase_add_test(tc, test_map_unhashable);
    tcase_add_test(tc, test_pool);
    suite_add_tcase(s, tc);
    return s;
}
