/*
 * tests/check_type.c — the predeclared type descriptors (runtime/type.c):
 * layout, kind and flags as gc has them, and hash/equal functions that obey
 * Go's == (±0 equal, NaN unequal, strings by content, interfaces by dynamic
 * type and value).
 */
#include "goc_rt.h"
#include "testutil.h"

#include <complex.h>
#include <math.h>

typedef struct pre {
    const goc_type *t;
    const char *name;
    size_t size, align;
    uint8_t kind;
    uint16_t flags; /* the TFLAG bits besides NAMED */
} pre;

#define F_PLAIN (GOC_TFLAG_REFLEXIVE | GOC_TFLAG_REGMEM)
#define F_FLOAT GOC_TFLAG_NEEDKEYUPDATE
#define F_IFACE (GOC_TFLAG_POINTERS | GOC_TFLAG_NEEDKEYUPDATE | GOC_TFLAG_HASHMIGHTPANIC)

static const pre pres[] = {
    {&goc_type_bool, "bool", 1, 1, GOC_BOOL, F_PLAIN},
    {&goc_type_int, "int", 8, 8, GOC_INT, F_PLAIN},
    {&goc_type_int8, "int8", 1, 1, GOC_INT8, F_PLAIN},
    {&goc_type_int16, "int16", 2, 2, GOC_INT16, F_PLAIN},
    {&goc_type_int32, "int32", 4, 4, GOC_INT32, F_PLAIN},
    {&goc_type_int64, "int64", 8, 8, GOC_INT64, F_PLAIN},
    {&goc_type_uint, "uint", 8, 8, GOC_UINT, F_PLAIN},
    {&goc_type_uint8, "uint8", 1, 1, GOC_UINT8, F_PLAIN},
    {&goc_type_uint16, "uint16", 2, 2, GOC_UINT16, F_PLAIN},
    {&goc_type_uint32, "uint32", 4, 4, GOC_UINT32, F_PLAIN},
    {&goc_type_uint64, "uint64", 8, 8, GOC_UINT64, F_PLAIN},
    {&goc_type_uintptr, "uintptr", 8, 8, GOC_UINTPTR, F_PLAIN},
    {&goc_type_float32, "float32", 4, 4, GOC_FLOAT32, F_FLOAT},
    {&goc_type_float64, "float64", 8, 8, GOC_FLOAT64, F_FLOAT},
    {&goc_type_complex64, "complex64", 8, 4, GOC_COMPLEX64, F_FLOAT},
    {&goc_type_complex128, "complex128", 16, 8, GOC_COMPLEX128, F_FLOAT},
    {&goc_type_string, "string", 16, 8, GOC_STRING,
     GOC_TFLAG_POINTERS | GOC_TFLAG_REFLEXIVE | GOC_TFLAG_NEEDKEYUPDATE},
    {&goc_type_unsafe_Pointer, "unsafe.Pointer", 8, 8, GOC_UNSAFEPOINTER,
     F_PLAIN | GOC_TFLAG_POINTERS | GOC_TFLAG_DIRECTIFACE},
    {&goc_type_any, "interface {}", 16, 8, GOC_INTERFACE, F_IFACE},
    {&goc_type_error, "error", 16, 8, GOC_INTERFACE, F_IFACE},
};

START_TEST(test_descriptors) {
    for (size_t i = 0; i < sizeof pres / sizeof pres[0]; i++) {
        const pre *p = &pres[i];
        ck_assert_str_eq(p->t->string, p->name);
        ck_assert_ptr_null(p->t->pkgpath);
        ck_assert_uint_eq(p->t->size, p->size);
        ck_assert_uint_eq(p->t->align, p->align);
        ck_assert_uint_eq(p->t->kind, p->kind);
        ck_assert_msg((p->t->tflag & ~GOC_TFLAG_NAMED) == p->flags, "%s: tflag %#x", p->name, p->t->tflag);
        /* Predeclared types are named (gc's tflagNamed); interface {} is a literal. */
        ck_assert_int_eq(!!(p->t->tflag & GOC_TFLAG_NAMED), p->t != &goc_type_any);
        ck_assert_ptr_nonnull(p->t->hash);
        ck_assert_ptr_nonnull(p->t->equal);
        ck_assert_ptr_null(p->t->elem);
        ck_assert_ptr_null(p->t->key);
    }
    ck_assert_uint_eq(goc_type_any.nmethods, 0);
    ck_assert_uint_eq(goc_type_error.nmethods, 1);
    ck_assert_str_eq(goc_type_error.methods[0].name, "Error");
    ck_assert_str_eq(goc_type_error.methods[0].mtyp, "func() string");
    ck_assert_ptr_null(goc_type_error.methods[0].ifn);
    /* Their C sizes agree with the ABI types. */
    ck_assert_uint_eq(goc_type_int.size, sizeof(goc_int));
    ck_assert_uint_eq(goc_type_string.size, sizeof(goc_string));
    ck_assert_uint_eq(goc_type_complex64.size, sizeof(goc_complex64));
    ck_assert_uint_eq(goc_type_any.size, sizeof(goc_eface));
}
END_TEST

/* equal(a,b) and, when equal, equal hashes under several seeds. */
static void same(const goc_type *t, const void *a, const void *b) {
    ck_assert_msg(t->equal(a, b), "%s: not equal", t->string);
    ck_assert_msg(t->equal(b, a), "%s: not equal", t->string);
    for (uintptr_t seed = 0; seed < 5; seed++)
        ck_assert_uint_eq(t->hash(a, seed * 0x9e3779b9), t->hash(b, seed * 0x9e3779b9));
}

static void differ(const goc_type *t, const void *a, const void *b) {
    ck_assert_msg(!t->equal(a, b), "%s: equal", t->string);
}

START_TEST(test_hash_equal_ints) {
    int n = tu_scale(2000, 20);
    for (int i = 0; i < n; i++) {
        uint64_t x = goc_rand(), y = x ^ (1ull << (i % 64));
        same(&goc_type_int, &x, &(uint64_t){x});
        differ(&goc_type_int, &x, &y);
        same(&goc_type_uint32, &x, &(uint64_t){x});
        same(&goc_type_int8, &x, &(uint8_t){(uint8_t)x});
        same(&goc_type_uint16, &x, &(uint16_t){(uint16_t)x});
        same(&goc_type_uintptr, &x, &(uint64_t){x});
    }
    /* Different values mostly hash differently. */
    int collisions = 0;
    for (goc_int i = 0; i < 1000; i++) {
        goc_int j = i + 1;
        collisions += goc_type_int.hash(&i, 1) == goc_type_int.hash(&j, 1);
    }
    ck_assert_int_lt(collisions, 3);
    same(&goc_type_bool, &(bool){true}, &(bool){true});
    differ(&goc_type_bool, &(bool){true}, &(bool){false});
    int x;
    same(&goc_type_unsafe_Pointer, &(void *){&x}, &(void *){&x});
    differ(&goc_type_unsafe_Pointer, &(void *){&x}, &(void *){NULL});
}
END_TEST

START_TEST(test_hash_equal_floats) {
    same(&goc_type_float64, &(double){0.0}, &(double){-0.0});
    same(&goc_type_float32, &(float){0.0f}, &(float){-0.0f});
    same(&goc_type_float64, &(double){1.5}, &(double){1.5});
    differ(&goc_type_float64, &(double){1.5}, &(double){2.5});
    differ(&goc_type_float64, &(double){NAN}, &(double){NAN});
    differ(&goc_type_float32, &(float){NAN}, &(float){NAN});
    same(&goc_type_complex128, &(goc_complex128){tu_cmplx(0.0, 1.0)}, &(goc_complex128){tu_cmplx(-0.0, 1.0)});
    same(&goc_type_complex64, &(goc_complex64){tu_cmplxf(2.0f, -0.0f)}, &(goc_complex64){tu_cmplxf(2.0f, 0.0f)});
    differ(&goc_type_complex128, &(goc_complex128){tu_cmplx(NAN, 0.0)}, &(goc_complex128){tu_cmplx(NAN, 0.0)});
    differ(&goc_type_complex128, &(goc_complex128){tu_cmplx(1.0, 2.0)}, &(goc_complex128){tu_cmplx(2.0, 1.0)});
    /* NaN hashes randomly: two hashes of the same NaN almost never agree. */
    double nan = NAN;
    int agree = 0;
    for (int i = 0; i < 64; i++)
        agree += goc_type_float64.hash(&nan, 7) == goc_type_float64.hash(&nan, 7);
    ck_assert_int_lt(agree, 2);
}
END_TEST

START_TEST(test_hash_equal_strings) {
    char a[] = "hello, world", b[] = "hello, world";
    goc_string sa = {(const uint8_t *)a, 12}, sb = {(const uint8_t *)b, 12};
    same(&goc_type_string, &sa, &sb);
    goc_string sc = {(const uint8_t *)a, 11};
    differ(&goc_type_string, &sa, &sc);
    goc_string e1 = {NULL, 0}, e2 = {(const uint8_t *)a, 0};
    same(&goc_type_string, &e1, &e2);
}
END_TEST

START_TEST(test_hash_equal_interfaces) {
    goc_eface a = goc_toeface(&goc_type_int, &(goc_int){1000});
    goc_eface b = goc_toeface(&goc_type_int, &(goc_int){1000});
    goc_eface c = goc_toeface(&goc_type_int64, &(int64_t){1000});
    goc_eface nil = {NULL, NULL};
    same(&goc_type_any, &a, &b);
    differ(&goc_type_any, &a, &c); /* same bits, different dynamic types */
    differ(&goc_type_any, &a, &nil);
    same(&goc_type_any, &nil, &(goc_eface){NULL, NULL});
    goc_eface f1 = goc_toeface(&goc_type_float64, &(double){0.0});
    goc_eface f2 = goc_toeface(&goc_type_float64, &(double){-0.0});
    same(&goc_type_any, &f1, &f2);
    /* error values: an errorString boxed twice is equal. */
    goc_eface e1 = goc_errorString("x"), e2 = goc_errorString("x"), e3 = goc_errorString("y");
    goc_iface i1 = goc_assertE2I(&goc_type_error, e1), i2 = goc_assertE2I(&goc_type_error, e2);
    goc_iface i3 = goc_assertE2I(&goc_type_error, e3);
    same(&goc_type_error, &i1, &i2);
    differ(&goc_type_error, &i1, &i3);
}
END_TEST

/* Hashing an interface holding an unhashable type panics with gc's text. */
static const goc_type intslice_type = {.size = 24, .align = 8, .kind = GOC_SLICE, .tflag = GOC_TFLAG_POINTERS,
                                       .string = "[]int", .elem = &goc_type_int};
static void main_hash_unhashable(void *arg) {
    (void)arg;
    goc_slice s = {NULL, 0, 0};
    goc_eface e = goc_toeface(&intslice_type, &s);
    goc_type_any.hash(&e, 0);
}

START_TEST(test_unhashable_any) {
    tu_capture c;
    tu_run_tb(&c, main_hash_unhashable, NULL, "none");
    ck_assert_int_eq(c.status, 2);
    ck_assert_str_eq(c.err, "panic: runtime error: hash of unhashable type []int\n");
}
END_TEST

Suite *type_suite(void) {
    Suite *s = suite_create("type");
    TCase *tc = tcase_create("predeclared");
    tcase_add_test(tc, test_descriptors);
    tcase_add_test(tc, test_hash_equal_ints);
    tcase_add_test(tc, test_hash_equal_floats);
    tcase_add_test(tc, test_hash_equal_strings);
    tcase_add_test(tc, test_hash_equal_interfaces);
    tcase_add_test(tc, test_unhashable_any);
    suite_add_tcase(s, tc);
    return s;
}
