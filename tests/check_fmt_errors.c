/*
 * tests/check_fmt_errors.c — errors.New and fmt.Errorf (runtime/fmt_errors.c):
 * the dynamic types of the results (*errors.errorString, *fmt.wrapError,
 * *fmt.wrapErrors), their Error and Unwrap methods, and which %w operands
 * are kept, as Go 1.23's fmt keeps them.
 */
#include <check.h>
#include <stdlib.h>
#include <string.h>

#include <goc.h>

#include "testutil.h"

typedef void (*fn_t)(void);

/* main.E struct { msg string }; (*E).Error returns "E:" + msg */
static goc_string pE_Error(void *recv) {
    if (recv == NULL)
        goc_panicmem();
    goc_eface a[1] = {tu_box(&goc_type_string, recv)};
    return goc_fmt_Sprintf(GOC_STR("E:%s"), tu_args(a, 1));
}
static const goc_structfield E_fields[] = {GOC_FIELD("msg", false, &goc_type_string, 0)};
TU_NAMED0(ty_E, goc_structtype, "main.E",
          {.Type = TU_NAMEDT(16, 8, GOC_STRUCT, 8, &goc_strequal_f), .PkgPath = {GOC_NAMEDATA(0, "main")},
           .Fields = {(void *)E_fields, 1, 1}});
#define ty_E (ty_E_desc.d.Type)
TU_NAMED1(ty_pE, goc_ptrtype, "*main.E", "Error", &goc_type_func_string, pE_Error, {.Type = TU_PTRT, .Elem = &ty_E});
#define ty_pE (ty_pE_desc.d.Type)

/* &E{"bad"} as an interface{} */
static goc_eface eptr(void) {
    goc_string *e = goc_alloc(sizeof *e, true);
    *e = GOC_STR("bad");
    return (goc_eface){&ty_pE, e};
}

static goc_eface int42(void) {
    return tu_box(&goc_type_int, &(goc_int){42});
}

static const char *errtext(goc_iface e) {
    return tu_cstr(((goc_string(*)(void *))e.tab->Fun[0])(e.data));
}

/* Unwrap() []error of a *fmt.wrapErrors */
static goc_slice unwrap_list(goc_iface e) {
    ck_assert_str_eq(tu_cstr(goc_typestring(e.tab->Type)), "*fmt.wrapErrors");
    void (*m)(void) = goc_findmethod(e.tab->Type, "Unwrap", "func() []error");
    ck_assert_ptr_nonnull(m);
    return ((goc_slice(*)(void *))m)(e.data);
}

START_TEST(test_errors_api) {
    goc_iface e = goc_errors_New(GOC_STR("boom"));
    ck_assert_str_eq(tu_cstr(goc_typestring(e.tab->Type)), "*errors.errorString");
    ck_assert_ptr_eq(e.tab->Inter, &goc_typedesc_error.d);
    goc_string msg = ((goc_string(*)(void *))e.tab->Fun[0])(e.data);
    ck_assert_str_eq(tu_cstr(msg), "boom");
    /* two errors.New values with the same text are different errors */
    goc_iface e2 = goc_errors_New(GOC_STR("boom"));
    ck_assert_ptr_ne(e.data, e2.data);

    goc_eface a[2] = {goc_ifacetoeface(e), int42()};
    goc_iface w = goc_fmt_Errorf(GOC_STR("ctx %d: %w"), tu_args((goc_eface[]){a[1], a[0]}, 2));
    ck_assert_str_eq(tu_cstr(goc_typestring(w.tab->Type)), "*fmt.wrapError");
    ck_assert_str_eq(tu_cstr(((goc_string(*)(void *))w.tab->Fun[0])(w.data)), "ctx 42: boom");
    void (*un)(void) = goc_findmethod(w.tab->Type, "Unwrap", "func() error");
    ck_assert_ptr_nonnull(un);
    goc_iface inner = ((goc_iface(*)(void *))un)(w.data);
    ck_assert_ptr_eq(inner.data, e.data);
    ck_assert_str_eq(tu_cstr(goc_typestring(inner.tab->Type)), "*errors.errorString");

    goc_iface ws = goc_fmt_Errorf(GOC_STR("%w+%w+%v"), tu_args((goc_eface[]){a[0], eptr(), goc_ifacetoeface(goc_errors_New(GOC_STR("boom")))}, 3));
    ck_assert_str_eq(tu_cstr(goc_typestring(ws.tab->Type)), "*fmt.wrapErrors");
    void (*uns)(void) = goc_findmethod(ws.tab->Type, "Unwrap", "func() []error");
    ck_assert_ptr_nonnull(uns);
    goc_slice list = ((goc_slice(*)(void *))uns)(ws.data);
    ck_assert_int_eq(list.len, 2);
    ck_assert_ptr_eq(((goc_iface *)list.ptr)[0].data, e.data);
    ck_assert_ptr_eq(((goc_iface *)list.ptr)[1].tab->Type, &ty_pE);

    goc_iface plain = goc_fmt_Errorf(GOC_STR("n=%d"), tu_args(a + 1, 1));
    ck_assert_str_eq(tu_cstr(goc_typestring(plain.tab->Type)), "*errors.errorString");
    goc_eface pe = goc_ifacetoeface(plain);
    ck_assert_str_eq(tu_cstr(goc_fmt_Sprintf(GOC_STR("%v|%#v"), tu_args((goc_eface[]){pe, pe}, 2))),
                     "n=42|&errors.errorString{s:\"n=42\"}");
}
END_TEST

/* Which %w operands are kept: Go 1.23's outputs for the same calls. */
START_TEST(test_errorf_wrapped_operands) {
    goc_iface e1 = goc_errors_New(GOC_STR("a")), e2 = goc_errors_New(GOC_STR("b"));
    goc_eface a1 = goc_ifacetoeface(e1), a2 = goc_ifacetoeface(e2);

    /* one %w on a non-error: a *fmt.wrapError whose Unwrap is nil */
    goc_iface w = goc_fmt_Errorf(GOC_STR("%w"), tu_args((goc_eface[]){int42()}, 1));
    ck_assert_str_eq(tu_cstr(goc_typestring(w.tab->Type)), "*fmt.wrapError");
    ck_assert_str_eq(errtext(w), "%!w(int=42)");
    void (*un)(void) = goc_findmethod(w.tab->Type, "Unwrap", "func() error");
    ck_assert_ptr_null(((goc_iface(*)(void *))un)(w.data).tab);

    /* [n] reordering: the operands come back in argument order */
    goc_iface r = goc_fmt_Errorf(GOC_STR("%[2]w %[1]w"), tu_args((goc_eface[]){a1, a2}, 2));
    ck_assert_str_eq(errtext(r), "b a");
    goc_slice l = unwrap_list(r);
    ck_assert_int_eq(l.len, 2);
    ck_assert_ptr_eq(((goc_iface *)l.ptr)[0].data, e1.data);
    ck_assert_ptr_eq(((goc_iface *)l.ptr)[1].data, e2.data);

    /* the same operand twice is kept once */
    goc_iface d = goc_fmt_Errorf(GOC_STR("%w %[1]w"), tu_args((goc_eface[]){a1}, 1));
    ck_assert_str_eq(errtext(d), "a a");
    ck_assert_int_eq(unwrap_list(d).len, 1);

    /* a non-error %w operand is dropped from the list */
    goc_string x = GOC_STR("x");
    goc_iface m = goc_fmt_Errorf(GOC_STR("%w %v %w"),
                                 tu_args((goc_eface[]){a1, tu_box(&goc_type_int, &(goc_int){3}),
                                                       tu_box(&goc_type_string, &x)}, 3));
    ck_assert_str_eq(errtext(m), "a 3 %!w(string=x)");
    l = unwrap_list(m);
    ck_assert_int_eq(l.len, 1);
    ck_assert_ptr_eq(((goc_iface *)l.ptr)[0].data, e1.data);
}
END_TEST

Suite *fmt_errors_suite(void) {
    Suite *s = suite_create("fmt_errors");
    TCase *tc = tcase_create("Core");
    tcase_add_test(tc, test_errors_api);
    tcase_add_test(tc, test_errorf_wrapped_operands);
    suite_add_tcase(s, tc);
    return s;
}
