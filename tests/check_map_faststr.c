/*
 * tests/check_map_faststr.c — runtime/map_faststr.c: the string-key entry
 * points (mapaccess1/2, mapassign, mapdelete _faststr) agree with the generic
 * ones, through growth (goc_map_growWork from the fast paths) and deletes,
 * keep key storage alive and cleared, and fail with gc's messages.
 */
#include "export.h"

static goc_string mkstr(const char *s) {
    size_t n = strlen(s);
    uint8_t *p = goc_alloc(n, false);
    memcpy(p, s, n);
    goc_string r = {p, (goc_int)n};
    return r;
}

START_TEST(test_faststr) {
    const goc_maptype *t = &ex_m_str_i64;
    /* B = 0, keys of 32+ bytes sharing first and last 4 bytes */
    goc_hmap *s = goc_makemap_small();
    char buf[80];
    for (int i = 0; i < 8; i++) {
        snprintf(buf, sizeof buf, "abcd-a-long-key-of-more-than-32-bytes-%02d-wxyz", i);
        *(int64_t *)goc_mapassign_faststr(t, s, mkstr(buf)) = i;
    }
    EX_EQ(s->B, 0);
    for (int i = 0; i < 10; i++) {
        snprintf(buf, sizeof buf, "abcd-a-long-key-of-more-than-32-bytes-%02d-wxyz", i);
        bool ok;
        int64_t v = *(int64_t *)goc_mapaccess2_faststr(t, s, mkstr(buf), &ok);
        EX_ASSERT(ok == (i < 8));
        EX_EQ(v, i < 8 ? i : 0);
    }
    /* the empty string is a key like any other */
    *(int64_t *)goc_mapassign_faststr(t, s, (goc_string){NULL, 0}) = 99;
    EX_EQ(*(int64_t *)goc_mapaccess1_faststr(t, s, GOC_STR("")), 99);
    goc_string e = GOC_STR("");
    EX_EQ(*(int64_t *)goc_mapaccess1(t, s, &e), 99);
    goc_mapdelete_faststr(t, s, GOC_STR(""));
    EX_EQ(goc_maplen(s), 8);

    /* assigning an equal key keeps the newer string's bytes (old ones can be collected) */
    goc_hmap *h = goc_makemap_small();
    goc_string a = mkstr("same"), b = mkstr("same");
    *(int64_t *)goc_mapassign_faststr(t, h, a) = 1;
    *(int64_t *)goc_mapassign_faststr(t, h, b) = 2;
    goc_hiter it;
    goc_mapiterinit(t, h, &it);
    EX_PTR_EQ(((goc_string *)it.key)->str, b.str);
    EX_EQ(*(int64_t *)it.elem, 2);
    /* the generic path does it too (NeedKeyUpdate) */
    goc_string c = mkstr("same");
    *(int64_t *)goc_mapassign(t, h, &c) = 3;
    goc_mapiterinit(t, h, &it);
    EX_PTR_EQ(((goc_string *)it.key)->str, c.str);
    /* delete clears the key's data pointer */
    bmap *bk = h->buckets;
    goc_mapdelete_faststr(t, h, a);
    EX_NULL(((goc_string *)keyslot(t, bk, 0))->str);
    EX_EQ(goc_maplen(h), 0);

    /* growth through faststr, lookups through both */
    goc_hmap *g = goc_makemap_small();
    long n = tu_scale(4000, 10);
    for (int i = 0; i < n; i++) {
        snprintf(buf, sizeof buf, "k%d", i);
        *(int64_t *)goc_mapassign_faststr(t, g, mkstr(buf)) = i;
    }
    for (int i = 0; i < n; i++) {
        snprintf(buf, sizeof buf, "k%d", i);
        goc_string k = mkstr(buf);
        EX_EQ(*(int64_t *)goc_mapaccess1_faststr(t, g, k), i);
        EX_EQ(*(int64_t *)goc_mapaccess1(t, g, &k), i);
        if (i % 2)
            goc_mapdelete_faststr(t, g, k);
    }
    EX_EQ(goc_maplen(g), (n + 1) / 2);
    MAP_CHECK(t, g);
}
END_TEST

/* Growth driven only by fast calls (their growWork) keeps every invariant. */
START_TEST(test_faststr_evacuate_invariants) {
    uint8_t B = 0;
    goc_hmap *h = goc_makemap_small();
    char buf[32], del[32];
    long n = tu_scale(3000, 10);
    for (long i = 0; i < n; i++) {
        snprintf(buf, sizeof buf, "s%ld", i);
        snprintf(del, sizeof del, "s%ld", i - 2);
        *(int64_t *)goc_mapassign_faststr(&ex_m_str_i64, h, mkstr(buf)) = i;
        if (i % 5 == 4) /* deletes during the grow run growWork too */
            goc_mapdelete_faststr(&ex_m_str_i64, h, mkstr(del));
        if (h->B != B || h->oldbuckets) {
            B = h->B;
            MAP_CHECK(&ex_m_str_i64, h);
        }
    }
    MAP_CHECK(&ex_m_str_i64, h);
    EX_EQ(goc_maplen(h), n - n / 5);
}
END_TEST

static void die_faststr_nil(void) {
    goc_mapassign_faststr(&ex_m_str_i64, NULL, GOC_STR("k"));
}
static goc_hmap *busy(const goc_maptype *t) {
    goc_hmap *h = goc_makemap(t, 20, NULL);
    h->count = 1; /* reads of an empty map return before the check */
    h->flags |= hashWriting;
    return h;
}
static void die_faststr_write(void) {
    goc_mapassign_faststr(&ex_m_str_i64, busy(&ex_m_str_i64), GOC_STR("k"));
}
static void die_faststr_delete(void) {
    goc_mapdelete_faststr(&ex_m_str_i64, busy(&ex_m_str_i64), GOC_STR("k"));
}
static void die_faststr_read(void) {
    goc_mapaccess1_faststr(&ex_m_str_i64, busy(&ex_m_str_i64), GOC_STR("k"));
}
START_TEST(test_faststr_panics) {
    EXPECT_DEATH(die_faststr_nil, "panic: assignment to entry in nil map");
    EXPECT_DEATH(die_faststr_write, "fatal error: concurrent map writes");
    EXPECT_DEATH(die_faststr_delete, "fatal error: concurrent map writes");
    EXPECT_DEATH(die_faststr_read, "fatal error: concurrent map read and map write");
}
END_TEST

Suite *map_faststr_suite(void) {
    Suite *s = suite_create("map_faststr");
    TCase *tc = tcase_create("Core");
    tcase_set_timeout(tc, 60);
    tcase_add_test(tc, test_faststr);
    tcase_add_test(tc, test_faststr_evacuate_invariants);
    suite_add_tcase(s, tc);
    tc = tcase_create("Panics");
    tcase_set_timeout(tc, 60);
    tcase_add_test(tc, test_faststr_panics);
    suite_add_tcase(s, tc);
    return s;
}
