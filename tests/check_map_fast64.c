/*
 * tests/check_map_fast64.c — runtime/map_fast64.c: the 8-byte-key entry points
 * (mapaccess1/2, mapassign, mapassign_fast64ptr, mapdelete _fast64) agree with
 * the generic ones on the same map, through growth (goc_map_growWork from the
 * fast paths), deletes and B = 0 lookups, and fail with gc's messages.
 */
#include "export.h"

/* Fast and generic calls interleaved on one map of each key kind. */
START_TEST(test_fast64_vs_generic) {
    const goc_maptype *t = &ex_m_i64_i64;
    goc_hmap *h = goc_makemap_small();
    long n = tu_scale(5000, 10);
    for (int64_t i = 0; i < n; i++) {
        int64_t k = i * 7919;
        if (i & 1)
            *(int64_t *)goc_mapassign_fast64(t, h, (uint64_t)k) = i;
        else
            *(int64_t *)goc_mapassign(t, h, &k) = i;
    }
    EX_EQ(goc_maplen(h), n);
    for (int64_t i = 0; i < n; i++) {
        int64_t k = i * 7919;
        bool ok1, ok2;
        int64_t *a = goc_mapaccess2_fast64(t, h, (uint64_t)k, &ok1);
        int64_t *b = goc_mapaccess2(t, h, &k, &ok2);
        EX_ASSERT(ok1 && ok2);
        EX_PTR_EQ(a, b);
        EX_EQ(*a, i);
        EX_EQ(*(int64_t *)goc_mapaccess1_fast64(t, h, (uint64_t)k), i);
    }
    bool ok;
    EX_EQ(*(int64_t *)goc_mapaccess2_fast64(t, h, 3, &ok), 0);
    EX_ASSERT(!ok);
    for (int64_t i = 0; i < n; i += 2)
        goc_mapdelete_fast64(t, h, (uint64_t)(i * 7919));
    EX_EQ(goc_maplen(h), n / 2);
    for (int64_t i = 0; i < n; i++) {
        int64_t k = i * 7919;
        goc_mapaccess2(t, h, &k, &ok);
        EX_ASSERT(ok == (i % 2 == 1));
    }
    MAP_CHECK(t, h);
}
END_TEST

/* Pointer keys: the map keeps the pointees alive; delete clears the key slot. */
START_TEST(test_fast64ptr) {
    const goc_maptype *t = &ex_m_ptr_i64;
    EX_ASSERT(bucketHasPointers(t));
    goc_hmap *h = goc_makemap_small();
    int *objs[300];
    for (int i = 0; i < 300; i++) {
        objs[i] = goc_alloc(sizeof(int), false);
        *objs[i] = i;
        *(int64_t *)goc_mapassign_fast64ptr(t, h, objs[i]) = i;
    }
    GC_gcollect();
    for (int i = 0; i < 300; i++) {
        EX_EQ(*(int64_t *)goc_mapaccess1_fast64(t, h, (uint64_t)(uintptr_t)objs[i]), i);
        EX_EQ(*(int64_t *)goc_mapaccess1(t, h, &objs[i]), i);
    }
    int found = 0;
    goc_hiter it;
    for (goc_mapiterinit(t, h, &it); it.key; goc_mapiternext(&it)) {
        int *p = *(int **)it.key;
        EX_EQ(*p, *(int64_t *)it.elem);
        found++;
    }
    EX_EQ(found, 300);
    for (int i = 0; i < 300; i++)
        goc_mapdelete_fast64(t, h, (uint64_t)(uintptr_t)objs[i]);
    EX_EQ(goc_maplen(h), 0);
    /* every key slot cleared */
    for (uintptr_t i = 0; i < ((uintptr_t)1 << h->B); i++)
        for (bmap *b = bucketAt(t, h->buckets, i); b; b = overflowOf(t, b))
            for (int j = 0; j < bucketCnt; j++)
                EX_NULL(*(void **)keyslot(t, b, j));
}
END_TEST

/* Growth driven only by fast calls (their growWork) keeps every invariant. */
START_TEST(test_fast64_evacuate_invariants) {
    uint8_t B = 0;
    goc_hmap *h = goc_makemap_small();
    long n = tu_scale(3000, 10);
    for (long i = 0; i < n; i++) {
        *(int64_t *)goc_mapassign_fast64(&ex_m_i64_i64, h, (uint64_t)i) = i;
        if (i % 5 == 4) /* deletes during the grow run growWork too */
            goc_mapdelete_fast64(&ex_m_i64_i64, h, (uint64_t)(i - 2));
        if (h->B != B || h->oldbuckets) {
            B = h->B;
            MAP_CHECK(&ex_m_i64_i64, h);
        }
    }
    MAP_CHECK(&ex_m_i64_i64, h);
    EX_EQ(goc_maplen(h), n - n / 5);
}
END_TEST

static void die_fast64_nil(void) {
    goc_mapassign_fast64(&ex_m_i64_i64, NULL, 1);
}
static void die_fast64ptr_nil(void) {
    goc_mapassign_fast64ptr(&ex_m_ptr_i64, NULL, NULL);
}
static goc_hmap *busy(const goc_maptype *t) {
    goc_hmap *h = goc_makemap(t, 20, NULL);
    h->count = 1; /* reads of an empty map return before the check */
    h->flags |= hashWriting;
    return h;
}
static void die_fast64_write(void) {
    goc_mapassign_fast64(&ex_m_i64_i64, busy(&ex_m_i64_i64), 1);
}
static void die_fast64_delete(void) {
    goc_mapdelete_fast64(&ex_m_i64_i64, busy(&ex_m_i64_i64), 1);
}
static void die_fast64_read(void) {
    goc_mapaccess1_fast64(&ex_m_i64_i64, busy(&ex_m_i64_i64), 1);
}
START_TEST(test_fast64_panics) {
    EXPECT_DEATH(die_fast64_nil, "panic: assignment to entry in nil map");
    EXPECT_DEATH(die_fast64ptr_nil, "panic: assignment to entry in nil map");
    EXPECT_DEATH(die_fast64_write, "fatal error: concurrent map writes");
    EXPECT_DEATH(die_fast64_delete, "fatal error: concurrent map writes");
    EXPECT_DEATH(die_fast64_read, "fatal error: concurrent map read and map write");
}
END_TEST

Suite *map_fast64_suite(void) {
    Suite *s = suite_create("map_fast64");
    TCase *tc = tcase_create("Core");
    tcase_set_timeout(tc, 60);
    tcase_add_test(tc, test_fast64_vs_generic);
    tcase_add_test(tc, test_fast64ptr);
    tcase_add_test(tc, test_fast64_evacuate_invariants);
    suite_add_tcase(s, tc);
    tc = tcase_create("Panics");
    tcase_set_timeout(tc, 60);
    tcase_add_test(tc, test_fast64_panics);
    suite_add_tcase(s, tc);
    return s;
}
