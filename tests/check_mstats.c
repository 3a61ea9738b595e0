/*
 * tests/check_mstats.c — runtime.ReadMemStats (runtime/mstats.c): Go's
 * invariants between the heap fields hold, TotalAlloc grows with
 * allocation, NumGC and NumForcedGC count collections, BySize carries gc's
 * size classes.
 */
#include <check.h>

#include <goc.h>

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
    ck_assert_uint_eq(b.Mallocs, 0); /* Boehm does not count objects */
}
END_TEST

Suite *mstats_suite(void) {
    Suite *s = suite_create("mstats");
    TCase *tc = tcase_create("core");
    tcase_add_test(tc, test_readmemstats);
    suite_add_tcase(s, tc);
    return s;
}
