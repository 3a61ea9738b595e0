/*
 * tests/check_map_fast32.c — runtime/map_fast32.c: the 4-byte-key entry points
 * (mapaccess1/2, mapassign, mapdelete _fast32) agree with the generic ones,
 * through growth (goc_map_growWork from the fast paths) and deletes, and fail
 * with gc's messages.
 */
#include "export.h"

START_TEST(test_fast32) {
    const goc_maptype *t = &ex_m_i32_i64;
    goc_hmap *h = goc_makemap(t, 3, NULL);
    long n = tu_scale(5000, 10);
    for (int32_t i = 0; i < n; i++)
        *(int64_t *)goc_mapassign_fast32(t, h, (uint32_t)(i * 31 - 100)) = i;
    /* B = 0 lookups skip hashing: check a small map too */
    goc_hmap *s = goc_makemap_small();
    for (uint32_t i = 0; i < 8; i++)
        *(int64_t *)goc_mapassign_fast32(t, s, i) = i + 1;
    EX_EQ(s->B, 0);
    for (uint32_t i = 0; i < 10; i++) {
        bool ok;
        int64_t v = *(int64_t *)goc_mapaccess2_fast32(t, s, i, &ok);
        EX_ASSERT(ok == (i < 8));
        EX_EQ(v, i < 8 ? (int64_t)i + 1 : 0);
    }
    goc_mapdelete_fast32(t, s, 3);
    EX_EQ(*(int64_t *)goc_mapaccess1_fast32(t, s, 3), 0);
    EX_EQ(goc_maplen(s), 7);
    for (int32_t i = 0; i < n; i++) {
        int32_t k = i * 31 - 100;
        EX_EQ(*(int64_t *)goc_mapaccess1(t, h, &k), i);
        EX_EQ(*(int64_t *)goc_mapaccess1_fast32(t, h, (uint32_t)k), i);
    }
    for (int32_t i = 0; i < n; i++) {
        if (i % 3)
            goc_mapdelete_fast32(t, h, (uint32_t)(i * 31 - 100));
    }
    EX_EQ(goc_maplen(h), (n + 2) / 3);
    MAP_CHECK(t, h);
    MAP_CHECK(t, s);
}
END_TEST

/* Growth driven only by fast calls (their growWork) keeps every invariant. */
START_TEST(test_fast32_evacuate_invariants) {
    uint8_t B = 0;
    goc_hmap *h = goc_makemap_small();
    long n = tu_scale(3000, 10);
    for (long i = 0; i < n; i++) {
        *(int64_t *)goc_mapassign_fast32(&ex_m_i32_i64, h, (uint32_t)i) = i;
        if (i % 5 == 4) /* deletes during the grow run growWork too */
            goc_mapdelete_fast32(&ex_m_i32_i64, h, (uint32_t)(i - 2));
        if (h->B != B || h->oldbuckets) {
            B = h->B;
            MAP_CHECK(&ex_m_i32_i64, h);
        }
    }
    MAP_CHECK(&ex_m_i32_i64, h);
    EX_EQ(goc_maplen(h), n - n / 5);
}
END_TEST

static void die_fast32_nil(void) {
    goc_mapassign_fast32(&ex_m_i32_i64, NULL, 1);
}
static goc_hmap *busy(const goc_maptype *t) {
    goc_hmap *h = goc_makemap(t, 20, NULL);
    h->count = 1; /* reads of an empty map return before the check */
    h->flags |= hashWriting;
    return h;
}
static void die_fast32_write(void) {
    goc_mapassign_fast32(&ex_m_i32_i64, busy(&ex_m_i32_i64), 1);
}
static void die_fast32_delete(void) {
    goc_mapdelete_fast32(&ex_m_i32_i64, busy(&ex_m_i32_i64), 1);
}
static void die_fast32_read(void) {
    goc_mapaccess1_fast32(&ex_m_i32_i64, busy(&ex_m_i32_i64), 1);
}
START_TEST(test_fast32_panics) {
    EXPECT_DEATH(die_fast32_nil, "panic: assignment to entry in nil map");
    EXPECT_DEATH(die_fast32_write, "fatal error: concurrent map writes");
    EXPECT_DEATH(die_fast32_delete, "fatal error: concurrent map writes");
    EXPECT_DEATH(die_fast32_read, "fatal error: concurrent map read and map write");
}
END_TEST

Suite *map_fast32_suite(void) {
    Suite *s = suite_create("map_fast32");
    TCase *tc = tcase_create("Core");
    tcase_set_timeout(tc, 60);
    tcase_add_test(tc, test_fast32);
    tcase_add_test(tc, test_fast32_evacuate_invariants);
    suite_add_tcase(s, tc);
    tc = tcase_create("Panics");
    tcase_set_timeout(tc, 60);
    tcase_add_test(tc, test_fast32_panics);
    suite_add_tcase(s, tc);
    return s;
}
