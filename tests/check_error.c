/*
 * tests/check_error.c — runtime.Error values and their messages
 * (runtime/error.c): every bounds form, every other panic helper, the
 * method tables (Error, RuntimeError) that let programs recover, compare
 * and print these values as they would under gc.
 */
#include "goc_rt.h"
#include "testutil.h"

#include <stdio.h>

/* ---- catching ----------------------------------------------------------------------- */

static const char *errtext(goc_eface e) {
    void (*m)(void) = goc_findmethod(e.type, "Error", "func() string");
    ck_assert_ptr_nonnull(m);
    return tu_cstr(((goc_string(*)(void *))m)(e.data));
}

/* A recovered runtime error: its type name, its text, and that it is a runtime.Error. */
static void check_rterror(goc_eface e, const char *tname, const char *text) {
    ck_assert_ptr_nonnull(e.type);
    ck_assert_str_eq(tu_cstr(goc_typestring(e.type)), tname);
    ck_assert_str_eq(errtext(e), text);
    goc_iface re = goc_assertE2I(&goc_type_runtime_Error, e);
    ck_assert_ptr_eq(re.data, e.data);
    /* RuntimeError is in the itab (second method) and does nothing. */
    ((void (*)(void *))re.tab->Fun[1])(re.data);
    goc_string s = ((goc_string(*)(void *))re.tab->Fun[0])(re.data);
    ck_assert_str_eq(tu_cstr(s), text);
    goc_iface err;
    ck_assert(goc_assertE2I2(&goc_type_error, e, &err));
}

/* ---- bounds errors ------------------------------------------------------------------------ */

typedef struct bcase {
    void (*s)(goc_int, goc_int);
    void (*u)(goc_uint, goc_int);
    int64_t x;
    goc_int y;
    const char *want;
} bcase;

static void bthunk(const void *arg) {
    const bcase *c = arg;
    if (c->s != NULL)
        c->s(c->x, c->y);
    else
        c->u((goc_uint)c->x, c->y);
}

#define S(fn, x, y, w) {(void (*)(goc_int, goc_int))fn, NULL, x, y, w}
#define U(fn, x, y, w) {NULL, (void (*)(goc_uint, goc_int))fn, (int64_t)(x), y, w}

static const bcase bcases[] = {
    S(goc_panicIndex, 5, 3, "index out of range [5] with length 3"),
    S(goc_panicIndex, 0, 0, "index out of range [0] with length 0"),
    S(goc_panicIndex, -1, 3, "index out of range [-1]"),
    S(goc_panicIndex, INT64_MIN, 3, "index out of range [-9223372036854775808]"),
    U(goc_panicIndexU, UINT64_MAX, 3, "index out of range [18446744073709551615] with length 3"),
    U(goc_panicIndexU, 7, 2, "index out of range [7] with length 2"),
    S(goc_panicSliceAlen, 5, 3, "slice bounds out of range [:5] with length 3"),
    S(goc_panicSliceAlen, -1, 3, "slice bounds out of range [:-1]"),
    U(goc_panicSliceAlenU, (uint64_t)1 << 63, 3, "slice bounds out of range [:9223372036854775808] with length 3"),
    S(goc_panicSliceAcap, 5, 3, "slice bounds out of range [:5] with capacity 3"),
    S(goc_panicSliceAcap, -2, 3, "slice bounds out of range [:-2]"),
    U(goc_panicSliceAcapU, UINT64_MAX, 9, "slice bounds out of range [:18446744073709551615] with capacity 9"),
    S(goc_panicSliceB, 2, 1, "slice bounds out of range [2:1]"),
    S(goc_panicSliceB, 5, 3, "slice bounds out of range [5:3]"),
    S(goc_panicSliceB, -1, 3, "slice bounds out of range [-1:]"),
    U(goc_panicSliceBU, UINT64_MAX, 3, "slice bounds out of range [18446744073709551615:3]"),
    S(goc_panicSlice3Alen, 5, 3, "slice bounds out of range [::5] with length 3"),
    S(goc_panicSlice3Alen, -1, 3, "slice bounds out of range [::-1]"),
    U(goc_panicSlice3AlenU, 4, 3, "slice bounds out of range [::4] with length 3"),
    S(goc_panicSlice3Acap, 5, 3, "slice bounds out of range [::5] with capacity 3"),
    S(goc_panicSlice3Acap, -7, 3, "slice bounds out of range [::-7]"),
    U(goc_panicSlice3AcapU, UINT64_MAX - 1, 3, "slice bounds out of range [::18446744073709551614] with capacity 3"),
    S(goc_panicSlice3B, 2, 1, "slice bounds out of range [:2:1]"),
    S(goc_panicSlice3B, -1, 1, "slice bounds out of range [:-1:]"),
    U(goc_panicSlice3BU, 10, 1, "slice bounds out of range [:10:1]"),
    S(goc_panicSlice3C, 2, 1, "slice bounds out of range [2:1:]"),
    S(goc_panicSlice3C, -3, 1, "slice bounds out of range [-3::]"),
    U(goc_panicSlice3CU, UINT64_MAX, 1, "slice bounds out of range [18446744073709551615:1:]"),
    S(goc_panicSliceConvert, 2, 4, "cannot convert slice with length 2 to array or pointer to array with length 4"),
    S(goc_panicSliceConvert, 0, 1, "cannot convert slice with length 0 to array or pointer to array with length 1"),
};

START_TEST(test_bounds_messages) {
    char want[256];
    for (size_t i = 0; i < sizeof bcases / sizeof bcases[0]; i++) {
        goc_eface e = tu_catch(bthunk, &bcases[i]);
        snprintf(want, sizeof want, "runtime error: %s", bcases[i].want);
        check_rterror(e, "runtime.boundsError", want);
    }
}
END_TEST

/* Generated code's inline checks reach the same panics. */
static void inline_index(const void *arg) {
    goc_int i = *(const goc_int *)arg, len = 3;
    GOC_INDEX(i, len);
}
static void inline_nil(const void *arg) {
    (void)arg;
    goc_int *volatile p = NULL;
    GOC_NILCHECK(p);
}

START_TEST(test_inline_checks) {
    goc_int ok = 2, big = 3, neg = -1;
    ck_assert_ptr_null(tu_catch(inline_index, &ok).type);
    check_rterror(tu_catch(inline_index, &big), "runtime.boundsError",
                  "runtime error: index out of range [3] with length 3");
    check_rterror(tu_catch(inline_index, &neg), "runtime.boundsError", "runtime error: index out of range [-1]");
    check_rterror(tu_catch(inline_nil, NULL), "runtime.errorString",
                  "runtime error: invalid memory address or nil pointer dereference");
    ck_assert_int_eq(goc_getg()->sig, 0); /* recovered: the signal is forgotten */
}
END_TEST

/* ---- the other messages ---------------------------------------------------------------------- */

TU_SLICE(intslice_type, "[]int", &goc_type_int);
#define intslice_type (intslice_type_desc.d.Type)
GOC_DESCRIBE(mapty, goc_maptype, "map[string]int",
       {.Type = GOC_TYPEINIT(8, 8, GOC_MAP | GOC_KIND_DIRECTIFACE, 0, 8, NULL), .Key = &goc_type_string,
        .Elem = &goc_type_int});
#define mapty (mapty_desc.d.Type)

static void t_divide(const void *a) { (void)a; goc_panicdivide(); }
static void t_shift(const void *a) { (void)a; goc_panicshift(); }
static void t_overflow(const void *a) { (void)a; goc_panicoverflow(); }
static void t_nilmap(const void *a) { (void)a; goc_panicnilmap(); }
static void t_mkslen(const void *a) { (void)a; goc_panicmakeslicelen(); }
static void t_mkscap(const void *a) { (void)a; goc_panicmakeslicecap(); }
static void t_grow(const void *a) { (void)a; goc_panicgrowslicelen(); }
static void t_unhash(const void *a) { goc_panicunhashable(a); }
static void t_uncomp(const void *a) { goc_panicuncomparable(a); }
static void t_wrap(const void *a) { (void)a; goc_panicwrap("main", "T", "M"); }
static void t_errstr(const void *a) { goc_panicerrorstring(a); }
static void t_plain(const void *a) { goc_panicplainerror(a); }
static void t_mem(const void *a) { (void)a; goc_panicmem(); }
static void t_memaddr(const void *a) { (void)a; goc_panicmemAddr(0x18); }

START_TEST(test_other_messages) {
    check_rterror(tu_catch(t_divide, NULL), "runtime.errorString", "runtime error: integer divide by zero");
    check_rterror(tu_catch(t_shift, NULL), "runtime.errorString", "runtime error: negative shift amount");
    check_rterror(tu_catch(t_overflow, NULL), "runtime.errorString", "runtime error: integer overflow");
    check_rterror(tu_catch(t_nilmap, NULL), "runtime.plainError", "assignment to entry in nil map");
    check_rterror(tu_catch(t_mkslen, NULL), "runtime.errorString", "runtime error: makeslice: len out of range");
    check_rterror(tu_catch(t_mkscap, NULL), "runtime.errorString", "runtime error: makeslice: cap out of range");
    check_rterror(tu_catch(t_grow, NULL), "runtime.errorString", "runtime error: growslice: len out of range");
    check_rterror(tu_catch(t_unhash, &intslice_type), "runtime.errorString",
                  "runtime error: hash of unhashable type []int");
    check_rterror(tu_catch(t_unhash, &mapty), "runtime.errorString",
                  "runtime error: hash of unhashable type map[string]int");
    check_rterror(tu_catch(t_uncomp, &intslice_type), "runtime.errorString",
                  "runtime error: comparing uncomparable type []int");
    check_rterror(tu_catch(t_wrap, NULL), "runtime.plainError", "value method main.T.M called using nil *T pointer");
    check_rterror(tu_catch(t_errstr, "unsafe.Slice: len out of range"), "runtime.errorString",
                  "runtime error: unsafe.Slice: len out of range");
    check_rterror(tu_catch(t_plain, "runtime: allocation size out of range"), "runtime.plainError",
                  "runtime: allocation size out of range");
    check_rterror(tu_catch(t_mem, NULL), "runtime.errorString",
                  "runtime error: invalid memory address or nil pointer dereference");
    goc_eface ma = tu_catch(t_memaddr, NULL);
    check_rterror(ma, "runtime.errorAddressString", "runtime error: invalid memory address or nil pointer dereference");
    void (*addr)(void) = goc_findmethod(ma.type, "Addr", "func() uintptr");
    ck_assert_ptr_nonnull(addr);
    ck_assert_uint_eq(((uintptr_t(*)(void *))addr)(ma.data), 0x18);
}
END_TEST

static void t_panicnil(const void *a) {
    (void)a;
    goc_gopanic((goc_eface){NULL, NULL});
}

START_TEST(test_panic_nil_error) {
    goc_eface e = tu_catch(t_panicnil, NULL);
    check_rterror(e, "*runtime.PanicNilError", "panic called with nil argument");
    ck_assert_ptr_eq(e.data, &goc_zerobase); /* new(PanicNilError) is zero-size */
    ck_assert_ptr_nonnull(goc_typeelem(e.type));
    ck_assert_str_eq(tu_cstr(goc_typestring(goc_typeelem(e.type))), "runtime.PanicNilError");
}
END_TEST

/* ---- descriptors: comparison, hashing, fmt ----------------------------------------------------- */

START_TEST(test_error_values_compare) {
    goc_eface a = tu_catch(bthunk, &bcases[0]);
    goc_eface b = tu_catch(bthunk, &bcases[0]);
    goc_eface c = tu_catch(bthunk, &bcases[1]);
    ck_assert_ptr_ne(a.data, b.data);
    ck_assert(goc_calleq(a.type->Equal, a.data, b.data));
    ck_assert(!goc_calleq(a.type->Equal, a.data, c.data));
    ck_assert_uint_eq(goc_typehash(a.type, a.data, 99), goc_typehash(b.type, b.data, 99));
    ck_assert(goc_efaceeq(a, b));
    ck_assert(!goc_efaceeq(a, c));
    goc_eface d1 = tu_catch(t_divide, NULL), d2 = tu_catch(t_divide, NULL), s1 = tu_catch(t_shift, NULL);
    ck_assert(goc_efaceeq(d1, d2));
    ck_assert(!goc_efaceeq(d1, s1));
    /* errorString and plainError with the same text are different types. */
    goc_eface p1 = tu_catch(t_plain, "x"), e1 = tu_catch(t_errstr, "x");
    ck_assert(!goc_efaceeq(p1, e1));
    /* Every error descriptor is consistent: sizes, named, comparable. */
    goc_eface all[] = {a, d1, p1, tu_catch(t_memaddr, NULL), tu_catch(t_panicnil, NULL)};
    for (size_t i = 0; i < sizeof all / sizeof all[0]; i++) {
        const goc_type *t = all[i].type;
        ck_assert_ptr_nonnull(t->Equal);
        ck_assert(t->TFlag & GOC_TFLAG_NAMED || goc_typekind(t) == GOC_POINTER);
        ck_assert(goc_calleq(t->Equal, all[i].data, all[i].data));
        uint32_t n, nx;
        goc_typemethods(t, &n, &nx);
        ck_assert_uint_eq(nx >= 2, 1);
    }
}
END_TEST

/* The full report for a runtime error raised by generated code. */
static void main_slice(void *arg) {
    (void)arg;
    goc_panicSlice3Acap(10, 4);
}
static void main_nilmap(void *arg) {
    (void)arg;
    goc_panicnilmap();
}

START_TEST(test_error_reports) {
    tu_capture c;
    tu_run_tb(&c, main_slice, NULL, NULL);
    ck_assert_int_eq(c.status, 2);
    ck_assert_str_eq(c.err, "panic: runtime error: slice bounds out of range [::10] with capacity 4\n" TU_GOROUTINE);
    tu_run_tb(&c, main_nilmap, NULL, "none");
    ck_assert_int_eq(c.status, 2);
    ck_assert_str_eq(c.err, "panic: assignment to entry in nil map\n");
}
END_TEST

START_TEST(test_runtime_Error_descriptor) {
    const goc_type *t = &goc_type_runtime_Error;
    const goc_interfacetype *it = (const goc_interfacetype *)t;
    ck_assert_int_eq(goc_typekind(t), GOC_INTERFACE);
    ck_assert_str_eq(tu_cstr(goc_typestring(t)), "runtime.Error");
    ck_assert_str_eq(tu_cstr(goc_typepkgpath(t)), "runtime");
    ck_assert_int_eq(it->Methods.len, 2);
    const goc_imethod *im = it->Methods.ptr;
    ck_assert_str_eq(tu_cstr(goc_namestring(goc_resolvenameoff(t, im[0].Name))), "Error");
    ck_assert_ptr_eq(goc_resolvetypeoff(t, im[0].Typ), &goc_type_func_string);
    ck_assert_str_eq(tu_cstr(goc_namestring(goc_resolvenameoff(t, im[1].Name))), "RuntimeError");
    ck_assert_ptr_eq(goc_resolvetypeoff(t, im[1].Typ), &goc_type_func);
    ck_assert_uint_eq(t->Size_, sizeof(goc_iface));
    /* An ordinary error is not a runtime.Error. */
    ck_assert_ptr_null(goc_getitab(t, &goc_type_string, true));
}
END_TEST

/* The exported descriptors are the dynamic types of the values the runtime panics with. */
START_TEST(test_exported_error_types) {
    goc_eface e = goc_TypeAssertionError(NULL, &goc_type_string, &goc_type_int, GOC_STR(""));
    ck_assert_ptr_eq(e.type, &goc_type_ptr_runtime_TypeAssertionError);
    ck_assert_ptr_eq(goc_typeelem(e.type), &goc_type_runtime_TypeAssertionError);
    ck_assert_str_eq(tu_cstr(goc_TypeAssertionError_Error(e.data)), "interface conversion: interface is string, not int");
    ck_assert_uint_eq(goc_type_runtime_TypeAssertionError.Size_, 3 * sizeof(void *) + sizeof(goc_string));
    goc_eface n = tu_catch(t_panicnil, NULL);
    ck_assert_ptr_eq(n.type, &goc_type_ptr_runtime_PanicNilError);
    ck_assert_ptr_eq(goc_typeelem(n.type), &goc_type_runtime_PanicNilError);
    ck_assert_str_eq(tu_cstr(goc_PanicNilError_Error(n.data)), "panic called with nil argument");
}
END_TEST

Suite *error_suite(void) {
    Suite *s = suite_create("error");
    TCase *tc = tcase_create("messages");
    tcase_add_test(tc, test_bounds_messages);
    tcase_add_test(tc, test_inline_checks);
    tcase_add_test(tc, test_other_messages);
    tcase_add_test(tc, test_panic_nil_error);
    tcase_add_test(tc, test_error_values_compare);
    tcase_add_test(tc, test_error_reports);
    tcase_add_test(tc, test_runtime_Error_descriptor);
    tcase_add_test(tc, test_exported_error_types);
    suite_add_tcase(s, tc);
    return s;
}
