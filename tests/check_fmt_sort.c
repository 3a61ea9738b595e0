/*
 * tests/check_fmt_sort.c — the order in which fmt prints a map's entries
 * (runtime/fmt_sort.c, Go: internal/fmtsort), read straight from
 * goc_fmt_sortmap: integers and strings ascending (strings bytewise), NaNs
 * first and equal, false before true, structs field by field; every entry
 * exactly once with its own element. fmt's printing of whole maps is
 * checked against Go's output in check_fmt.c.
 */
#include <check.h>
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "goc_rt.h"
#include "testutil.h"

#define SORT_MAPTYPE(name, str, K, V, kt, vt, hasher, flags) TU_MAP(name, str, K, V, kt, vt, hasher, flags)

#define REFL GOC_MAPF_REFLEXIVEKEY
SORT_MAPTYPE(m_int64, "map[int64]int64", int64_t, int64_t, &goc_type_int64, &goc_type_int64, &goc_memhash64_f, REFL);
SORT_MAPTYPE(m_string, "map[string]int64", goc_string, int64_t, &goc_type_string, &goc_type_int64,
             &goc_strhash_f, REFL | GOC_MAPF_NEEDKEYUPDATE);
SORT_MAPTYPE(m_float64, "map[float64]int64", double, int64_t, &goc_type_float64, &goc_type_int64, &goc_f64hash_f,
             GOC_MAPF_NEEDKEYUPDATE);
SORT_MAPTYPE(m_bool, "map[bool]int64", bool, int64_t, &goc_type_bool, &goc_type_int64, &goc_memhash8_f, REFL);
#define m_int64 (m_int64_desc.d)
#define m_string (m_string_desc.d)
#define m_float64 (m_float64_desc.d)
#define m_bool (m_bool_desc.d)

/* struct { a uint8; s string } */
typedef struct pair {
    uint8_t a;
    goc_string s;
} pair;
static uintptr_t pair_hash(const void *p, uintptr_t h) {
    const pair *x = p;
    return goc_strhash(&x->s, goc_memhash8(&x->a, h));
}
static bool pair_equal(const void *p, const void *q) {
    const pair *x = p, *y = q;
    return x->a == y->a && goc_strequal(&x->s, &y->s);
}
GOC_EQUAL_CLOSURE(pair_equal_f, pair_equal);
GOC_HASHER_CLOSURE(pair_hash_f, pair_hash);
static const goc_structfield pair_fields[] = {GOC_FIELD("a", false, &goc_type_uint8, offsetof(pair, a)),
                                              GOC_FIELD("s", false, &goc_type_string, offsetof(pair, s))};
GOC_DESCRIBE(ty_pair, goc_structtype, "struct { a uint8; s string }",
             {.Type = GOC_TYPEINIT(sizeof(pair), 8, GOC_STRUCT, 0, 16, &pair_equal_f),
              .PkgPath = {GOC_NAMEDATA(0, "main")}, .Fields = {(void *)pair_fields, 2, 2}});
#define ty_pair (ty_pair_desc.d.Type)
SORT_MAPTYPE(m_pair, "map[struct { a uint8; s string }]int64", pair, int64_t, &ty_pair, &goc_type_int64,
             &pair_hash_f, REFL | GOC_MAPF_NEEDKEYUPDATE);
#define m_pair (m_pair_desc.d)

static void put(const goc_maptype *t, goc_hmap *h, const void *k, int64_t v) {
    *(int64_t *)goc_mapassign(t, h, k) = v;
}

START_TEST(test_sort_ints) {
    goc_hmap *h = goc_makemap(&m_int64, 0, NULL);
    int n = (int)tu_scale(500, 10);
    /* a permutation of -n/2 .. n-n/2-1, inserted out of order */
    for (int i = 0; i < n; i++) {
        int64_t k = (int64_t)((i * 7919) % n) - n / 2;
        put(&m_int64, h, &k, k * 3);
    }
    goc_fmtentry *e;
    ck_assert_int_eq(goc_fmt_sortmap(&m_int64, h, &e), n);
    for (int i = 0; i < n; i++) {
        int64_t k = *(const int64_t *)e[i].key;
        ck_assert_int_eq(k, (int64_t)i - n / 2);
        ck_assert_int_eq(*(const int64_t *)e[i].elem, k * 3);
    }
}
END_TEST

START_TEST(test_sort_strings) {
    static const char *const keys[] = {"b", "a", "ab", "", "\xff", "B", "a\x00", "aa"};
    static const char *const want[] = {"", "B", "a", "a\x00", "aa", "ab", "b", "\xff"};
    static const goc_int lens[] = {1, 1, 2, 0, 1, 1, 2, 2};
    goc_hmap *h = goc_makemap(&m_string, 0, NULL);
    for (int i = 0; i < 8; i++) {
        goc_string k = {(const uint8_t *)keys[i], lens[i]};
        put(&m_string, h, &k, i);
    }
    goc_fmtentry *e;
    ck_assert_int_eq(goc_fmt_sortmap(&m_string, h, &e), 8);
    for (int i = 0; i < 8; i++) {
        const goc_string *k = e[i].key;
        goc_int wl = (goc_int)(strlen(want[i]) + (i == 3)); /* "a\x00" has a NUL */
        ck_assert_int_eq(k->len, wl);
        ck_assert(memcmp(k->str, want[i], (size_t)wl) == 0);
        int64_t v = *(const int64_t *)e[i].elem;
        ck_assert(memcmp(keys[v], want[i], (size_t)wl) == 0 && lens[v] == wl);
    }
}
END_TEST

START_TEST(test_sort_floats) {
    goc_hmap *h = goc_makemap(&m_float64, 0, NULL);
    double keys[] = {1.5, NAN, -INFINITY, 0.0, NAN, INFINITY, -2.0, NAN};
    for (int i = 0; i < 8; i++)
        put(&m_float64, h, &keys[i], i);
    goc_fmtentry *e;
    ck_assert_int_eq(goc_fmt_sortmap(&m_float64, h, &e), 8);
    /* the three NaNs first (in any order: they compare equal), then ascending */
    int seen = 0;
    for (int i = 0; i < 3; i++) {
        ck_assert(isnan(*(const double *)e[i].key));
        int64_t v = *(const int64_t *)e[i].elem;
        ck_assert(v == 1 || v == 4 || v == 7);
        seen |= 1 << v;
    }
    ck_assert_int_eq(seen, (1 << 1) | (1 << 4) | (1 << 7));
    const double rest[] = {-INFINITY, -2.0, 0.0, 1.5, INFINITY};
    for (int i = 3; i < 8; i++)
        ck_assert(*(const double *)e[i].key == rest[i - 3]);
}
END_TEST

START_TEST(test_sort_bools_structs_empty) {
    goc_hmap *h = goc_makemap(&m_bool, 0, NULL);
    bool t = true, f = false;
    put(&m_bool, h, &t, 1);
    put(&m_bool, h, &f, 0);
    goc_fmtentry *e;
    ck_assert_int_eq(goc_fmt_sortmap(&m_bool, h, &e), 2);
    ck_assert(!*(const bool *)e[0].key && *(const bool *)e[1].key);
    ck_assert_int_eq(*(const int64_t *)e[1].elem, 1);

    goc_hmap *p = goc_makemap(&m_pair, 0, NULL);
    pair keys[] = {{2, GOC_STR("a")}, {1, GOC_STR("z")}, {2, GOC_STR("")}, {1, GOC_STR("b")}};
    for (int i = 0; i < 4; i++)
        put(&m_pair, p, &keys[i], i);
    ck_assert_int_eq(goc_fmt_sortmap(&m_pair, p, &e), 4);
    const int64_t order[] = {3, 1, 2, 0}; /* {1 b} {1 z} {2 ""} {2 a} */
    for (int i = 0; i < 4; i++)
        ck_assert_int_eq(*(const int64_t *)e[i].elem, order[i]);

    ck_assert_int_eq(goc_fmt_sortmap(&m_int64, NULL, &e), 0);
    ck_assert_int_eq(goc_fmt_sortmap(&m_int64, goc_makemap(&m_int64, 0, NULL), &e), 0);
}
END_TEST

Suite *fmt_sort_suite(void) {
    Suite *s = suite_create("fmt_sort");
    TCase *tc = tcase_create("Core");
    tcase_add_test(tc, test_sort_ints);
    tcase_add_test(tc, test_sort_strings);
    tcase_add_test(tc, test_sort_floats);
    tcase_add_test(tc, test_sort_bools_structs_empty);
    suite_add_tcase(s, tc);
    return s;
}
