/*
 * tests/check_mstats.c — runtime.ReadMemStats (runtime/mstats.c): Go's
 * invariants between the heap fields hold, TotalAlloc grows with
 * allocation, NumGC and NumForcedGC count collections, BySize carries gc's
 * size classes, Mallocs counts every object of every thread, each
 * collection's stop-the-world pause lands in gc's rings.
 */
#include <check.h>
#include <pthread.h>

#include "goc_rt.h"

static const goc_type t_u8 = {.Size_ = 1, .Align_ = 1, .FieldAlign_ = 1, .Kind_ = GOC_UINT8};

START_TEST(test_readmemstats) {
    goc_MemStats a, b;
    goc_ReadMemStats(&a);
    ck_assert_uint_gt(a.HeapSys, 0);
    ck_assert_uint_eq(a.HeapInuse + a.HeapIdle, a.HeapSys);
    ck_assert_uint_le(a.HeapReleased, a.HeapIdle);
    ck_assert_uint_le(a.HeapAlloc, a.HeapInuse);
    ck_assert_uint_eq(a.Alloc, a.HeapAlloc);
    ck_assert_uint_ge(a.Sys, a.HeapSys);
    ck_assert(a.EnableGC);
    ck_assert_uint_eq(a.BySize[0].Size, 0);
    ck_assert_uint_eq(a.BySize[1].Size, 8);
    ck_assert_uint_eq(a.BySize[60].Size, goc_class_to_size[60]);
    for (int i = 0; i < 100; i++)
        (void)goc_alloc(10000, true);
    goc_forcedGC();
    goc_ReadMemStats(&b);
    ck_assert_uint_ge(b.TotalAlloc - a.TotalAlloc, 100 * 10000);
    ck_assert_uint_gt(b.NumGC, a.NumGC);
    ck_assert_uint_eq(b.NumForcedGC, a.NumForcedGC + 1);
    ck_assert_uint_ge(b.Mallocs - a.Mallocs, 100);
    ck_assert_uint_le(b.Mallocs - a.Mallocs, 100 + 16); /* goc_forcedGC may allocate a little */
}
END_TEST

/* Mallocs: one per non-empty allocation (tiny, small, medium, large, the
 * map slots), none for zero-size ones; other threads' allocations count,
 * also after those threads have exited (their records are taken over). */
enum { perThread = 1000 };
static void *allocthread(void *arg) {
    (void)arg;
    for (int i = 0; i < perThread; i++)
        (void)goc_mallocgc(8 + (uintptr_t)(i % 3) * 300, &t_u8, true);
    return NULL;
}
START_TEST(test_mallocs) {
    goc_MemStats a, b;
    goc_ReadMemStats(&a);
    (void)goc_mallocgc(4, &t_u8, true);       /* tiny */
    (void)goc_mallocgc(100, NULL, true);      /* small, scanned */
    (void)goc_mallocgc(1000, &t_u8, true);    /* medium */
    (void)goc_mallocgc(1 << 20, &t_u8, true); /* large */
    (void)goc_newmapslot(&t_u8);
    (void)goc_mallocgc(0, &t_u8, true); /* zerobase: not an object */
    goc_ReadMemStats(&b);
    ck_assert_uint_eq(b.Mallocs - a.Mallocs, 5);
    for (int round = 0; round < 3; round++) { /* later rounds reuse exited threads' records */
        pthread_t th[4];
        for (int i = 0; i < 4; i++)
            ck_assert_int_eq(GC_pthread_create(&th[i], NULL, allocthread, NULL), 0);
        for (int i = 0; i < 4; i++)
            ck_assert_int_eq(GC_pthread_join(th[i], NULL), 0);
    }
    goc_ReadMemStats(&a);
    ck_assert_uint_eq(a.Mallocs - b.Mallocs, 3 * 4 * perThread);
}
END_TEST

/* Pauses: a forced collection's stop is in PauseNs at [(NumGC+255)%256], ended
 * (PauseEnd, LastGC: Unix ns) between the wall clock before and after it, and
 * counted in PauseTotalNs. */
static uint64_t unixns(void) {
    int64_t sec;
    int32_t nsec;
    goc_walltime(&sec, &nsec);
    return (uint64_t)sec * 1000000000u + (uint64_t)nsec;
}
START_TEST(test_pauses) {
    goc_MemStats a, b;
    goc_forcedGC();
    goc_ReadMemStats(&a);
    for (int i = 0; i < 1000; i++)
        (void)goc_alloc(1000, true);
    uint64_t t0 = unixns();
    goc_forcedGC();
    uint64_t t1 = unixns();
    goc_ReadMemStats(&b);
    ck_assert_uint_gt(b.NumGC, a.NumGC);
    uint32_t newest = (b.NumGC + 255) % 256;
    ck_assert_uint_gt(b.PauseNs[newest], 0);
    ck_assert_uint_ge(b.PauseEnd[newest], t0);
    ck_assert_uint_le(b.PauseEnd[newest], t1);
    ck_assert_uint_eq(b.LastGC, b.PauseEnd[newest]);
    ck_assert_uint_ge(b.PauseTotalNs - a.PauseTotalNs, b.PauseNs[newest]);
    ck_assert_uint_le(b.PauseNs[newest], t1 - t0); /* the stop is inside the call */
    ck_assert_uint_gt(a.LastGC, 0);
    ck_assert_uint_le(a.LastGC, t0);
}
END_TEST

Suite *mstats_suite(void) {
    Suite *s = suite_create("mstats");
    TCase *tc = tcase_create("core");
    tcase_add_test(tc, test_readmemstats);
    tcase_add_test(tc, test_pauses);
    tcase_add_test(tc, test_mallocs);
    suite_add_tcase(s, tc);
    return s;
}
