/*
 * tests/check_map_fast.c — runtime/map_fast32.c, map_fast64.c,
 * map_faststr.c: the fast entry points agree with the generic ones on the
 * same map, through growth (evacuate_fast*), deletes and B = 0 lookups.
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

/* Growth driven only by fast calls: evacuate_fast* keeps every invariant. */
START_TEST(test_fast_evacuate_invariants) {
    uint8_t B = 0;
    goc_hmap *h64 = goc_makemap_small(), *h32 = goc_makemap_small(), *hs = goc_makemap_small();
    char buf[32];
    long n = tu_scale(3000, 10);
    for (long i = 0; i < n; i++) {
        *(int64_t *)goc_mapassign_fast64(&ex_m_i64_i64, h64, (uint64_t)i) = i;
        *(int64_t *)goc_mapassign_fast32(&ex_m_i32_i64, h32, (uint32_t)i) = i;
        snprintf(buf, sizeof buf, "s%ld", i);
        *(int64_t *)goc_mapassign_faststr(&ex_m_str_i64, hs, mkstr(buf)) = i;
        if (i % 5 == 4) { /* deletes during the grow also run growWork_fast* */
            goc_mapdelete_fast64(&ex_m_i64_i64, h64, (uint64_t)(i - 2));
            goc_mapdelete_fast32(&ex_m_i32_i64, h32, (uint32_t)(i - 2));
            snprintf(buf, sizeof buf, "s%ld", i - 2);
            goc_mapdelete_faststr(&ex_m_str_i64, hs, mkstr(buf));
        }
        if (h64->B != B || h64->oldbuckets) {
            B = h64->B;
            MAP_CHECK(&ex_m_i64_i64, h64);
            MAP_CHECK(&ex_m_i32_i64, h32);
            MAP_CHECK(&ex_m_str_i64, hs);
        }
    }
    EX_EQ(goc_maplen(h64), goc_maplen(h32));
    EX_EQ(goc_maplen(h64), goc_maplen(hs));
    EX_EQ(goc_maplen(h64), n - n / 5);
}
END_TEST

static void die_fast32_nil(void) {
    goc_mapassign_fast32(&ex_m_i32_i64, NULL, 1);
}
static void die_faststr_nil(void) {
    goc_mapassign_faststr(&ex_m_str_i64, NULL, GOC_STR("k"));
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
static void die_fast32_write(void) {
    goc_mapassign_fast32(&ex_m_i32_i64, busy(&ex_m_i32_i64), 1);
}
static void die_faststr_delete(void) {
    goc_mapdelete_faststr(&ex_m_str_i64, busy(&ex_m_str_i64), GOC_STR("k"));
}
static void die_faststr_read(void) {
    goc_mapaccess1_faststr(&ex_m_str_i64, busy(&ex_m_str_i64), GOC_STR("k"));
}
static void die_fast32_read(void) {
    goc_mapaccess1_fast32(&ex_m_i32_i64, busy(&ex_m_i32_i64), 1);
}
START_TEST(test_fast_panics) {
    EXPECT_DEATH(die_fast32_nil, "panic: assignment to entry in nil map");
    EXPECT_DEATH(die_faststr_nil, "panic: assignment to entry in nil map");
    EXPECT_DEATH(die_fast64ptr_nil, "panic: assignment to entry in nil map");
    EXPECT_DEATH(die_fast32_write, "fatal error: concurrent map writes");
    EXPECT_DEATH(die_faststr_delete, "fatal error: concurrent map writes");
    EXPECT_DEATH(die_faststr_read, "fatal error: concurrent map read and map write");
    EXPECT_DEATH(die_fast32_read, "fatal error: concurrent map read and map write");
}
END_TEST

Suite *map_fast_suite(void) {
    Suite *s = suite_create("map_fast");
    TCase *tc = tcase_create("Core");
    tcase_set_timeout(tc, 60);
    tcase_add_test(tc, test_fast64_vs_generic);
    tcase_add_test(tc, test_fast32);
    tcase_add_test(tc, test_faststr);
    tcase_add_test(tc, test_fast64ptr);
    tcase_add_test(tc, test_fast_evacuate_invariants);
    suite_add_tcase(s, tc);
    tc = tcase_create("Panics");
    tcase_set_timeout(tc, 60);
    tcase_add_test(tc, test_fast_panics);
    suite_add_tcase(s, tc);
    return s;
}
