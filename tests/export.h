/*
 * tests/export.h — test-only access to map internals (Go: export_test.go),
 * the type descriptors a translator would emit for the map tests, and
 * EXPECT_DEATH for the text of panics and fatal errors (on tu_run from
 * testutil.h).
 * Used by check_hash.c, check_map.c, check_map_iter.c, check_map_fast32.c,
 * check_map_fast64.c, check_map_faststr.c.
 */
#ifndef GOC_TESTS_EXPORT_H
#define GOC_TESTS_EXPORT_H

#include <check.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "goc_rt.h"
#include "map_impl.h"
#include "testutil.h"

/*
 * Assertions for hot loops. Check's ck_assert* record their location with a
 * write(2) on every call, even when they pass (a million syscalls in the
 * model test); these call Check only on failure, with the same messages.
 */
#define EX_ASSERT_MSG(c, ...)                                                                    \
    do {                                                                                         \
        if (!(c))                                                                                \
            ck_abort_msg(__VA_ARGS__);                                                           \
    } while (0)
#define EX_ASSERT(c) EX_ASSERT_MSG(c, "Assertion '%s' failed", #c)
#define EX_CMP_(a, op, b, T, fmt)                                                                \
    do {                                                                                         \
        typedef T ext_;                                                                          \
        ext_ a_ = (ext_)(a), b_ = (ext_)(b);                                                     \
        if (!(a_ op b_))                                                                         \
            ck_abort_msg("Assertion '%s %s %s' failed: %s == " fmt ", %s == " fmt, #a, #op, #b,  \
                         #a, a_, #b, b_);                                                        \
    } while (0)
#define EX_EQ(a, b) EX_CMP_(a, ==, b, long long, "%lld")
#define EX_NE(a, b) EX_CMP_(a, !=, b, long long, "%lld")
#define EX_LT(a, b) EX_CMP_(a, <, b, long long, "%lld")
#define EX_LE(a, b) EX_CMP_(a, <=, b, long long, "%lld")
#define EX_GT(a, b) EX_CMP_(a, >, b, long long, "%lld")
#define EX_GE(a, b) EX_CMP_(a, >=, b, long long, "%lld")
#define EX_UEQ(a, b) EX_CMP_(a, ==, b, unsigned long long, "%llu")
#define EX_UNE(a, b) EX_CMP_(a, !=, b, unsigned long long, "%llu")
#define EX_PTR_EQ(a, b) EX_CMP_(a, ==, b, const void *, "%p")
#define EX_NULL(p) EX_PTR_EQ(p, NULL)
#define EX_NONNULL(p) EX_CMP_(p, !=, NULL, const void *, "%p")

/* runtime/map.c: every invariant of h, or false with a reason in why. */
GOC_INTERNAL bool goc_map_check(const goc_maptype *t, goc_hmap *h, char *why, size_t n);

/* runtime/hash.c: switch memhash engines (AES-NI or the fallback); whether AES is on. */
GOC_INTERNAL bool goc_alg_setaes(bool on);

#define MAP_CHECK(t, h)                                                                          \
    do {                                                                                         \
        char why_[256];                                                                          \
        EX_ASSERT_MSG(goc_map_check((t), (h), why_, sizeof why_), "map invariant: %s", why_);    \
    } while (0)

/* ---- fn must die: exit status 2 and stderr starting with want ---- */

typedef struct ex_fn0 {
    void (*fn)(void);
} ex_fn0;
static inline void ex_call0(void *p) {
    ((ex_fn0 *)p)->fn();
}

#define EXPECT_DEATH(f, want)                                                                    \
    do {                                                                                         \
        ex_fn0 f_ = {f};                                                                         \
        tu_capture c_;                                                                           \
        tu_run(&c_, ex_call0, &f_);                                                              \
        EX_ASSERT_MSG(c_.status == 2, "exit status %d, want 2; stderr %s", c_.status, c_.err);   \
        EX_ASSERT_MSG(tu_hasprefix(c_.err, want), "stderr %s, want %s", c_.err, want);           \
    } while (0)

/* ---- test types, as a translator would emit them ---- */

#define EX_UNUSED __attribute__((unused))

static inline uintptr_t ex_hash200(const void *p, uintptr_t seed) {
    return goc_memhash(p, seed, 200);
}
static inline bool ex_equal200(const void *p, const void *q) {
    return goc_memequal(p, q, 200);
}

/* struct { a int64; b int32; c int16 } — 16 bytes with 2 bytes of padding. */
typedef struct ex_s16 {
    int64_t a;
    int32_t b;
    int16_t c;
} ex_s16;
static inline uintptr_t ex_s16hash(const void *p, uintptr_t h) {
    const ex_s16 *s = p;
    h = goc_memhash64(&s->a, h);
    h = goc_memhash32(&s->b, h);
    return goc_memhash16(&s->c, h);
}
static inline bool ex_s16equal(const void *p, const void *q) {
    const ex_s16 *x = p, *y = q;
    return x->a == y->a && x->b == y->b && x->c == y->c;
}

/* 200-byte key and elem: stored indirectly */
typedef struct ex_big {
    uint8_t b[200];
} ex_big;

/* The predeclared types are the runtime's. */
#define ex_t_int64 goc_type_int64
#define ex_t_int goc_type_int
#define ex_t_int32 goc_type_int32
#define ex_t_string goc_type_string
#define ex_t_float64 goc_type_float64
#define ex_t_float32 goc_type_float32
#define ex_t_int16 goc_type_int16
#define ex_t_uint8 goc_type_uint8
#define ex_t_any goc_type_any

GOC_EQUAL_CLOSURE(ex_s16equal_f, ex_s16equal);
GOC_HASHER_CLOSURE(ex_s16hash_f, ex_s16hash);
static const goc_structfield EX_UNUSED ex_s16fields[] = {
    GOC_FIELD("a", false, &goc_type_int64, 0),
    GOC_FIELD("b", false, &goc_type_int32, 8),
    GOC_FIELD("c", false, &goc_type_int16, 12),
};
GOC_DESCRIBE(ex_t_s16, goc_structtype, "struct { a int64; b int32; c int16 }",
       {.Type = GOC_TYPEINIT(16, 8, GOC_STRUCT, 0, 0, &ex_s16equal_f), .PkgPath = {GOC_NAMEDATA(0, "main")},
        .Fields = {(void *)ex_s16fields, 3, 3}});
#define ex_t_s16 (ex_t_s16_desc.d.Type)
GOC_EQUAL_CLOSURE(ex_equal200_f, ex_equal200);
GOC_HASHER_CLOSURE(ex_hash200_f, ex_hash200);
GOC_DESCRIBE(ex_t_big, goc_arraytype, "[200]uint8",
       {.Type = GOC_TYPEINIT(200, 1, GOC_ARRAY, GOC_TFLAG_REGULARMEMORY, 0, &ex_equal200_f), .Elem = &goc_type_uint8,
        .Len = 200});
#define ex_t_big (ex_t_big_desc.d.Type)
TU_SLICE(ex_t_sliceint, "[]int", &goc_type_int);
#define ex_t_sliceint (ex_t_sliceint_desc.d.Type)
TU_PTR(ex_t_ptrint, "*int", &goc_type_int);
#define ex_t_ptrint (ex_t_ptrint_desc.d.Type)

/* map[K]V: name, K and V as C types, their descriptors, the key's Hasher closure, flags. */
#define EX_MAPTYPE(name, K, V, kt, vt, hasher, flags, str)                                       \
    TU_MAP(name, str, K, V, kt, vt, hasher, flags)

#define EX_REFL GOC_MAPF_REFLEXIVEKEY
EX_MAPTYPE(ex_m_i64_i64, int64_t, int64_t, &ex_t_int64, &ex_t_int64, &goc_memhash64_f, EX_REFL, "map[int64]int64");
EX_MAPTYPE(ex_m_i32_i64, int32_t, int64_t, &ex_t_int32, &ex_t_int64, &goc_memhash32_f, EX_REFL, "map[int32]int64");
EX_MAPTYPE(ex_m_str_i64, goc_string, int64_t, &ex_t_string, &ex_t_int64, &goc_strhash_f,
           EX_REFL | GOC_MAPF_NEEDKEYUPDATE, "map[string]int64");
EX_MAPTYPE(ex_m_f64_i64, double, int64_t, &ex_t_float64, &ex_t_int64, &goc_f64hash_f, GOC_MAPF_NEEDKEYUPDATE,
           "map[float64]int64");
EX_MAPTYPE(ex_m_s16_i64, ex_s16, int64_t, &ex_t_s16, &ex_t_int64, &ex_s16hash_f, EX_REFL,
           "map[struct { a int64; b int32; c int16 }]int64");
EX_MAPTYPE(ex_m_big_big, ex_big, ex_big, &ex_t_big, &ex_t_big, &ex_hash200_f, EX_REFL, "map[[200]uint8][200]uint8");
EX_MAPTYPE(ex_m_any_i64, goc_eface, int64_t, &ex_t_any, &ex_t_int64, &goc_nilinterhash_f,
           GOC_MAPF_NEEDKEYUPDATE | GOC_MAPF_HASHMIGHTPANIC, "map[interface {}]int64");
EX_MAPTYPE(ex_m_i64_ptr, int64_t, void *, &ex_t_int64, &ex_t_ptrint, &goc_memhash64_f, EX_REFL, "map[int64]*int");
EX_MAPTYPE(ex_m_ptr_i64, void *, int64_t, &ex_t_ptrint, &ex_t_int64, &goc_memhash64_f, EX_REFL, "map[*int]int64");
#define ex_m_i64_i64 (ex_m_i64_i64_desc.d)
#define ex_m_i32_i64 (ex_m_i32_i64_desc.d)
#define ex_m_str_i64 (ex_m_str_i64_desc.d)
#define ex_m_f64_i64 (ex_m_f64_i64_desc.d)
#define ex_m_s16_i64 (ex_m_s16_i64_desc.d)
#define ex_m_big_big (ex_m_big_big_desc.d)
#define ex_m_any_i64 (ex_m_any_i64_desc.d)
#define ex_m_i64_ptr (ex_m_i64_ptr_desc.d)
#define ex_m_ptr_i64 (ex_m_ptr_i64_desc.d)

/* Read back a map's B etc. without goc_mapstats. */
static inline uint8_t ex_B(const goc_hmap *h) {
    return h->B;
}

#endif
