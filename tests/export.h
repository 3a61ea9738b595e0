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

#define EX_REGMEM (GOC_TFLAG_REFLEXIVE | GOC_TFLAG_REGMEM)
static const goc_type EX_UNUSED ex_t_int64 = {.size = 8, .align = 8, .kind = GOC_INT64, .tflag = EX_REGMEM,
                                    .hash = goc_memhash64, .equal = goc_memequal64, .string = "int64"};
static const goc_type EX_UNUSED ex_t_int = {.size = 8, .align = 8, .kind = GOC_INT, .tflag = EX_REGMEM,
                                  .hash = goc_memhash64, .equal = goc_memequal64, .string = "int"};
static const goc_type EX_UNUSED ex_t_int32 = {.size = 4, .align = 4, .kind = GOC_INT32, .tflag = EX_REGMEM,
                                    .hash = goc_memhash32, .equal = goc_memequal32, .string = "int32"};
static const goc_type EX_UNUSED ex_t_string = {.size = 16, .align = 8, .kind = GOC_STRING,
                                     .tflag = GOC_TFLAG_POINTERS | GOC_TFLAG_REFLEXIVE | GOC_TFLAG_NEEDKEYUPDATE,
                                     .hash = goc_strhash, .equal = goc_strequal, .string = "string"};
static const goc_type EX_UNUSED ex_t_float64 = {.size = 8, .align = 8, .kind = GOC_FLOAT64,
                                      .tflag = GOC_TFLAG_NEEDKEYUPDATE, .hash = goc_f64hash,
                                      .equal = goc_f64equal, .string = "float64"};
static const goc_type EX_UNUSED ex_t_float32 = {.size = 4, .align = 4, .kind = GOC_FLOAT32,
                                      .tflag = GOC_TFLAG_NEEDKEYUPDATE, .hash = goc_f32hash,
                                      .equal = goc_f32equal, .string = "float32"};
static const goc_type EX_UNUSED ex_t_int16 = {.size = 2, .align = 2, .kind = GOC_INT16, .tflag = EX_REGMEM,
                                    .hash = goc_memhash16, .equal = goc_memequal16, .string = "int16"};
static const goc_structfield EX_UNUSED ex_s16fields[] = {
    {.name = "a", .typ = &ex_t_int64, .offset = 0},
    {.name = "b", .typ = &ex_t_int32, .offset = 8},
    {.name = "c", .typ = &ex_t_int16, .offset = 12},
};
static const goc_type EX_UNUSED ex_t_s16 = {.size = 16, .align = 8, .kind = GOC_STRUCT, .tflag = GOC_TFLAG_REFLEXIVE,
                                  .hash = ex_s16hash, .equal = ex_s16equal,
                                  .string = "struct { a int64; b int32; c int16 }",
                                  .fields = ex_s16fields, .nfields = 3};
static const goc_type EX_UNUSED ex_t_uint8 = {.size = 1, .align = 1, .kind = GOC_UINT8, .tflag = EX_REGMEM,
                                    .hash = goc_memhash8, .equal = goc_memequal8, .string = "uint8"};
static const goc_type EX_UNUSED ex_t_big = {.size = 200, .align = 1, .kind = GOC_ARRAY, .tflag = EX_REGMEM,
                                  .hash = ex_hash200, .equal = ex_equal200, .string = "[200]uint8",
                                  .elem = &ex_t_uint8, .len = 200};
static const goc_type EX_UNUSED ex_t_any = {.size = 16, .align = 8, .kind = GOC_INTERFACE,
                                  .tflag = GOC_TFLAG_POINTERS | GOC_TFLAG_NEEDKEYUPDATE | GOC_TFLAG_HASHMIGHTPANIC,
                                  .hash = goc_nilinterhash, .equal = goc_nilinterequal,
                                  .string = "interface {}"};
static const goc_type EX_UNUSED ex_t_sliceint = {.size = 24, .align = 8, .kind = GOC_SLICE, .tflag = GOC_TFLAG_POINTERS,
                                       .string = "[]int", .elem = &ex_t_int};
static const goc_type EX_UNUSED ex_t_ptrint = {.size = 8, .align = 8, .kind = GOC_POINTER,
                                     .tflag = EX_REGMEM | GOC_TFLAG_POINTERS | GOC_TFLAG_DIRECTIFACE,
                                     .hash = goc_memhash64, .equal = goc_memequal64, .string = "*int",
                                     .elem = &ex_t_int};

#define EX_MAPTYPE(name, K, V, kt, vt, str)                                                     \
    static const goc_maptype EX_UNUSED name = {                                                            \
        .type = {.size = 8, .align = 8, .kind = GOC_MAP,                                         \
                 .tflag = GOC_TFLAG_POINTERS | GOC_TFLAG_DIRECTIFACE, .string = str,             \
                 .key = kt, .elem = vt},                                                         \
        GOC_MAPTYPE_SIZES(K, V)}

EX_MAPTYPE(ex_m_i64_i64, int64_t, int64_t, &ex_t_int64, &ex_t_int64, "map[int64]int64");
EX_MAPTYPE(ex_m_i32_i64, int32_t, int64_t, &ex_t_int32, &ex_t_int64, "map[int32]int64");
EX_MAPTYPE(ex_m_str_i64, goc_string, int64_t, &ex_t_string, &ex_t_int64, "map[string]int64");
EX_MAPTYPE(ex_m_f64_i64, double, int64_t, &ex_t_float64, &ex_t_int64, "map[float64]int64");
EX_MAPTYPE(ex_m_s16_i64, ex_s16, int64_t, &ex_t_s16, &ex_t_int64, "map[struct { a int64; b int32; c int16 }]int64");
EX_MAPTYPE(ex_m_big_big, ex_big, ex_big, &ex_t_big, &ex_t_big, "map[[200]uint8][200]uint8");
EX_MAPTYPE(ex_m_any_i64, goc_eface, int64_t, &ex_t_any, &ex_t_int64, "map[interface {}]int64");
EX_MAPTYPE(ex_m_i64_ptr, int64_t, void *, &ex_t_int64, &ex_t_ptrint, "map[int64]*int");
EX_MAPTYPE(ex_m_ptr_i64, void *, int64_t, &ex_t_ptrint, &ex_t_int64, "map[*int]int64");

/* Read back a map's B etc. without goc_mapstats. */
static inline uint8_t ex_B(const goc_hmap *h) {
    return h->B;
}

#endif
