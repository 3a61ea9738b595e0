/*
 * tests/check_type.c — the descriptors' ABI and the predeclared types
 * (runtime/type.c): internal/abi's layout, names and offsets (module
 * tables, run-time ids), each predeclared type's layout, kind and flags as
 * gc has them, and Equal/typehash that obey Go's == (±0 equal, NaN unequal,
 * strings by content, interfaces by dynamic type and value).
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
    uint8_t flags;     /* the TFlag bits besides NAMED */
    uintptr_t ptrbytes;
} pre;

#define F_PLAIN GOC_TFLAG_REGULARMEMORY

static const pre pres[] = {
    {&goc_type_bool, "bool", 1, 1, GOC_BOOL, F_PLAIN, 0},
    {&goc_type_int, "int", 8, 8, GOC_INT, F_PLAIN, 0},
    {&goc_type_int8, "int8", 1, 1, GOC_INT8, F_PLAIN, 0},
    {&goc_type_int16, "int16", 2, 2, GOC_INT16, F_PLAIN, 0},
    {&goc_type_int32, "int32", 4, 4, GOC_INT32, F_PLAIN, 0},
    {&goc_type_int64, "int64", 8, 8, GOC_INT64, F_PLAIN, 0},
    {&goc_type_uint, "uint", 8, 8, GOC_UINT, F_PLAIN, 0},
    {&goc_type_uint8, "uint8", 1, 1, GOC_UINT8, F_PLAIN, 0},
    {&goc_type_uint16, "uint16", 2, 2, GOC_UINT16, F_PLAIN, 0},
    {&goc_type_uint32, "uint32", 4, 4, GOC_UINT32, F_PLAIN, 0},
    {&goc_type_uint64, "uint64", 8, 8, GOC_UINT64, F_PLAIN, 0},
    {&goc_type_uintptr, "uintptr", 8, 8, GOC_UINTPTR, F_PLAIN, 0},
    {&goc_type_float32, "float32", 4, 4, GOC_FLOAT32, 0, 0},
    {&goc_type_float64, "float64", 8, 8, GOC_FLOAT64, 0, 0},
    {&goc_type_complex64, "complex64", 8, 4, GOC_COMPLEX64, 0, 0},
    {&goc_type_complex128, "complex128", 16, 8, GOC_COMPLEX128, 0, 0},
    {&goc_type_string, "string", 16, 8, GOC_STRING, 0, 8},
    {&goc_type_unsafe_Pointer, "unsafe.Pointer", 8, 8, GOC_UNSAFEPOINTER, F_PLAIN | GOC_TFLAG_UNCOMMON, 8},
    {&goc_type_any, "interface {}", 16, 8, GOC_INTERFACE, 0, 16},
    {&goc_type_error, "error", 16, 8, GOC_INTERFACE, GOC_TFLAG_UNCOMMON, 16},
};

/* FNV-1a of s: abi.Type.Hash of the runtime's descriptors, as the translator computes it. */
static uint32_t fnv1a(goc_string s) {
    uint32_t h = 2166136261u;
    for (goc_int i = 0; i < s.len; i++)
        h = (h ^ s.str[i]) * 16777619u;
    return h;
}

START_TEST(test_descriptors) {
    for (size_t i = 0; i < sizeof pres / sizeof pres[0]; i++) {
        const pre *p = &pres[i];
        ck_assert_str_eq(tu_cstr(goc_typestring(p->t)), p->name);
        /* unsafe.Pointer is declared in package unsafe (reflect's PkgPath) */
        ck_assert_str_eq(tu_cstr(goc_typepkgpath(p->t)), p->t == &goc_type_unsafe_Pointer ? "unsafe" : "");
        ck_assert_uint_eq(p->t->Size_, p->size);
        ck_assert_uint_eq(p->t->Align_, p->align);
        ck_assert_uint_eq(p->t->FieldAlign_, p->align);
        ck_assert_uint_eq(goc_typekind(p->t), p->kind);
        ck_assert_uint_eq(p->t->PtrBytes, p->ptrbytes);
        ck_assert_int_eq(p->t->GCData != NULL, p->ptrbytes != 0);
        ck_assert_uint_eq(p->t->Hash, fnv1a(goc_typestring(p->t)));
        ck_assert_msg((p->t->TFlag & ~GOC_TFLAG_NAMED) == p->flags, "%s: tflag %#x", p->name, p->t->TFlag);
        /* Predeclared types are named (gc's tflagNamed); interface {} is a literal. */
        ck_assert_int_eq(!!(p->t->TFlag & GOC_TFLAG_NAMED), p->t != &goc_type_any);
        ck_assert_int_eq(goc_isdirectiface(p->t), p->t == &goc_type_unsafe_Pointer);
        ck_assert_ptr_nonnull(p->t->Equal);
        ck_assert_ptr_null(goc_typeelem(p->t));
    }
    /* pointer bitmaps: the first word of a string, the data word of an interface */
    ck_assert_uint_eq(goc_type_string.GCData[0], 1);
    ck_assert_uint_eq(goc_type_any.GCData[0], 2);
    const goc_interfacetype *any = (const goc_interfacetype *)&goc_type_any;
    const goc_interfacetype *err = (const goc_interfacetype *)&goc_type_error;
    ck_assert_int_eq(any->Methods.len, 0);
    ck_assert_int_eq(err->Methods.len, 1);
    const goc_imethod *m = err->Methods.ptr;
    ck_assert_str_eq(tu_cstr(goc_namestring(goc_resolvenameoff(err, m[0].Name))), "Error");
    ck_assert(goc_nameexported(goc_resolvenameoff(err, m[0].Name)));
    ck_assert_ptr_eq(goc_resolvetypeoff(err, m[0].Typ), &goc_type_func_string);
    ck_assert_uint_eq(goc_uncommon(&goc_type_error)->Mcount, 0);
    /* the func types of the runtime's methods */
    const goc_functype *fs = (const goc_functype *)&goc_type_func_string;
    ck_assert_str_eq(tu_cstr(goc_typestring(&fs->Type)), "func() string");
    ck_assert_uint_eq(fs->InCount, 0);
    ck_assert_uint_eq(fs->OutCount, 1);
    ck_assert_ptr_eq(goc_funcparams(fs)[0], &goc_type_string);
    ck_assert(goc_isdirectiface(&goc_type_func));
    /* Their C sizes agree with the ABI types. */
    ck_assert_uint_eq(goc_type_int.Size_, sizeof(goc_int));
    ck_assert_uint_eq(goc_type_string.Size_, sizeof(goc_string));
    ck_assert_uint_eq(goc_type_complex64.Size_, sizeof(goc_complex64));
    ck_assert_uint_eq(goc_type_any.Size_, sizeof(goc_eface));
}
END_TEST

/* The abi layout: the offsets of Go 1.23's internal/abi on amd64. */
START_TEST(test_layout) {
    ck_assert_uint_eq(sizeof(goc_type), 48);
    ck_assert_uint_eq(offsetof(goc_type, Hash), 16);
    ck_assert_uint_eq(offsetof(goc_type, Kind_), 23);
    ck_assert_uint_eq(offsetof(goc_type, Equal), 24);
    ck_assert_uint_eq(offsetof(goc_type, Str), 40);
    ck_assert_uint_eq(offsetof(goc_type, PtrToThis), 44);
    ck_assert_uint_eq(sizeof(goc_uncommontype), 16);
    ck_assert_uint_eq(sizeof(goc_method), 16);
    ck_assert_uint_eq(sizeof(goc_imethod), 8);
    ck_assert_uint_eq(sizeof(goc_arraytype), 72);
    ck_assert_uint_eq(sizeof(goc_chantype), 64);
    ck_assert_uint_eq(sizeof(goc_functype), 56);
    ck_assert_uint_eq(sizeof(goc_interfacetype), 80);
    ck_assert_uint_eq(sizeof(goc_maptype), 88);
    ck_assert_uint_eq(offsetof(goc_maptype, KeySize), 80);
    ck_assert_uint_eq(sizeof(goc_ptrtype), 56);
    ck_assert_uint_eq(sizeof(goc_structfield), 24);
    ck_assert_uint_eq(sizeof(goc_structtype), 80);
    ck_assert_uint_eq(offsetof(goc_itab, Fun), 24);
}
END_TEST

/* Names: flags, uvarint length, bytes, tag; offsets resolved in the module of the descriptor. */
static const void *const nm_offs[] = {NULL, GOC_NAMEDATA(GOC_NAME_EXPORTED, "Field"), &goc_type_int};
static const goc_module nm_mod = {.offs = nm_offs, .noffs = 3};
static void textfn(void) {}
static const goc_textptr nm_text[] = {NULL, textfn};
static const goc_module nm_modt = {.offs = nm_offs, .noffs = 3, .text = nm_text, .ntext = 2};
static const GOC_DESC(goc_type) nm_desc = {&nm_mod, {.Str = 1}};
static const GOC_DESC(goc_type) nmt_desc = {&nm_modt, {.Str = 1}};

START_TEST(test_names_offsets) {
    /* a 200-byte name: two length bytes */
    static uint8_t long_name[1 + 2 + 200 + 1 + 3];
    long_name[0] = GOC_NAME_TAG;
    long_name[1] = (200 & 0x7f) | 0x80;
    long_name[2] = 200 >> 7;
    memset(long_name + 3, 'x', 200);
    long_name[203] = 3;
    memcpy(long_name + 204, "a:b", 3);
    goc_name n = {long_name};
    ck_assert_int_eq(goc_namestring(n).len, 200);
    ck_assert_int_eq(goc_namestring(n).str[199], 'x');
    ck_assert_str_eq(tu_cstr(goc_nametag(n)), "a:b");
    ck_assert(!goc_nameexported(n));
    ck_assert(!goc_nameisblank(n));
    goc_name blank = {GOC_NAMEDATA(0, "_")};
    ck_assert(goc_nameisblank(blank));
    ck_assert_int_eq(goc_nametag(blank).len, 0);
    goc_name none = {NULL};
    ck_assert_int_eq(goc_namestring(none).len, 0);
    /* positive offsets: the descriptor's module */
    ck_assert_str_eq(tu_cstr(goc_typestring(&nm_desc.d)), "Field");
    ck_assert_ptr_eq(goc_resolvetypeoff(&nm_desc.d, 2), &goc_type_int);
    ck_assert_ptr_null(goc_resolvetypeoff(&nm_desc.d, 0));
    ck_assert_ptr_null(goc_resolvetypeoff(&nm_desc.d, -1));
    ck_assert_ptr_eq(goc_resolvetextoff(&nmt_desc.d, 1), textfn);
    ck_assert_ptr_null(goc_resolvenameoff(&nm_desc.d, 0).Bytes);
    /* negative offsets: ids given out at run time, the same id for the same pointer */
    int32_t id = goc_addreflectoff(&goc_type_string);
    ck_assert_int_lt(id, 0);
    ck_assert_int_eq(goc_addreflectoff(&goc_type_string), id);
    ck_assert_ptr_eq(goc_resolvetypeoff(NULL, id), &goc_type_string);
    int32_t ids[300];
    static int targets[300];
    for (int i = 0; i < 300; i++) /* grows the table */
        ids[i] = goc_addreflectoff(&targets[i]);
    for (int i = 0; i < 300; i++) {
        ck_assert_ptr_eq(goc_resolvetypeoff(NULL, ids[i]), (const void *)&targets[i]);
        ck_assert_int_eq(goc_addreflectoff(&targets[i]), ids[i]);
    }
    ck_assert_ptr_eq(goc_resolvetypeoff(NULL, id), &goc_type_string);
    int32_t tid = goc_addreflectoff((const void *)(uintptr_t)textfn);
    ck_assert_ptr_eq(goc_resolvetextoff(NULL, tid), textfn);
    ck_assert_str_eq(tu_cstr(goc_namestring(goc_resolvenameoff(NULL, goc_addreflectoff(nm_offs[1])))), "Field");
}
END_TEST

/* equal(a,b) and, when equal, equal hashes under several seeds. */
static void same(const goc_type *t, const void *a, const void *b) {
    ck_assert_msg(goc_calleq(t->Equal, a, b), "%s: not equal", tu_cstr(goc_typestring(t)));
    ck_assert_msg(goc_calleq(t->Equal, b, a), "%s: not equal", tu_cstr(goc_typestring(t)));
    for (uintptr_t seed = 0; seed < 5; seed++)
        ck_assert_uint_eq(goc_typehash(t, a, seed * 0x9e3779b9), goc_typehash(t, b, seed * 0x9e3779b9));
}

static void differ(const goc_type *t, const void *a, const void *b) {
    ck_assert_msg(!goc_calleq(t->Equal, a, b), "%s: equal", tu_cstr(goc_typestring(t)));
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
        collisions += goc_typehash(&goc_type_int, &i, 1) == goc_typehash(&goc_type_int, &j, 1);
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
        agree += goc_typehash(&goc_type_float64, &nan, 7) == goc_typehash(&goc_type_float64, &nan, 7);
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
TU_SLICE(intslice_type, "[]int", &goc_type_int);
#define intslice_type (intslice_type_desc.d.Type)
static void main_hash_unhashable(void *arg) {
    (void)arg;
    goc_slice s = {NULL, 0, 0};
    goc_eface e = goc_toeface(&intslice_type, &s);
    goc_typehash(&goc_type_any, &e, 0);
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
    tcase_add_test(tc, test_layout);
    tcase_add_test(tc, test_names_offsets);
    tcase_add_test(tc, test_hash_equal_ints);
    tcase_add_test(tc, test_hash_equal_floats);
    tcase_add_test(tc, test_hash_equal_strings);
    tcase_add_test(tc, test_hash_equal_interfaces);
    tcase_add_test(tc, test_unhashable_any);
    suite_add_tcase(s, tc);
    return s;
}
