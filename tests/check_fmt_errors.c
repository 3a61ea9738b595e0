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
static const goc_structfield E_fields[] = {{"msg", &goc_type_string, 0, false, false}};
static const goc_type ty_E = {.size = 16, .align = 8, .kind = GOC_STRUCT,
                              .tflag = GOC_TFLAG_POINTERS | GOC_TFLAG_NAMED | GOC_TFLAG_REFLEXIVE, .string = "main.E",
                              .pkgpath = "main", .fields = E_fields, .nfields = 1};
static const goc_method pE_methods[] = {{"Error", "func() string", (fn_t)pE_Error}};
static const goc_type ty_pE = {.size = 8, .align = 8, .kind = GOC_POINTER,
                               .tflag = GOC_TFLAG_POINTERS | GOC_TFLAG_DIRECTIFACE | GOC_TFLAG_REFLEXIVE |
                                        GOC_TFLAG_REGMEM,
                               .hash = goc_memhash64, .equal = goc_memequal64, .string = "*main.E", .elem = &ty_E,
                               .nmethods = 1, .methods = pE_methods};

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
    return tu_cstr(((goc_string(*)(void *))e.tab->fun[0])(e.data));
}

/* Unwrap() []error of a *fmt.wrapErrors */
static goc_slice unwrap_list(goc_iface e) {
    ck_assert_ptr_eq(e.tab->type, &goc_type_ptr_fmt_wrapErrors);
    const goc_method *m = goc_findmethod(e.tab->type, "Unwrap", "func() []error");
    ck_assert_ptr_nonnull(m);
    return ((goc_slice(*)(void *))m->ifn)(e.data);
}

START_TEST(test_errors_api) {
    goc_iface e = goc_errors_New(GOC_STR("boom"));
    ck_assert_ptr_eq(e.tab->type, &goc_type_ptr_errors_errorString);
    ck_assert_ptr_eq(e.tab->inter, &goc_type_error);
    goc_string msg = ((goc_string(*)(void *))e.tab->fun[0])(e.data);
    ck_assert_str_eq(tu_cstr(msg), "boom");
    /* two errors.New values with the same text are different errors */
    goc_iface e2 = goc_errors_New(GOC_STR("boom"));
    ck_assert_ptr_ne(e.data, e2.data);

    goc_eface a[2] = {goc_ifacetoeface(e), int42()};
    goc_iface w = goc_fmt_Errorf(GOC_STR("ctx %d: %w"), tu_args((goc_eface[]){a[1], a[0]}, 2));
    ck_assert_ptr_eq(w.tab->type, &goc_type_ptr_fmt_wrapError);
    ck_assert_str_eq(tu_cstr(((goc_string(*)(void *))w.tab->fun[0])(w.data)), "ctx 42: boom");
    const goc_method *un = goc_findmethod(w.tab->type, "Unwrap", "func() error");
    ck_assert_ptr_nonnull(un);
    goc_iface inner = ((goc_iface(*)(void *))un->ifn)(w.data);
    ck_assert_ptr_eq(inner.data, e.data);
    ck_assert_ptr_eq(inner.tab->type, &goc_type_ptr_errors_errorString);

    goc_iface ws = goc_fmt_Errorf(GOC_STR("%w+%w+%v"), tu_args((goc_eface[]){a[0], eptr(), goc_ifacetoeface(goc_errors_New(GOC_STR("boom")))}, 3));
    ck_assert_ptr_eq(ws.tab->type, &goc_type_ptr_fmt_wrapErrors);
    const goc_method *uns = goc_findmethod(ws.tab->type, "Unwrap", "func() []error");
    ck_assert_ptr_nonnull(uns);
    goc_slice list = ((goc_slice(*)(void *))uns->ifn)(ws.data);
    ck_assert_int_eq(list.len, 2);
    ck_assert_ptr_eq(((goc_iface *)list.ptr)[0].data, e.data);
    ck_assert_ptr_eq(((goc_iface *)list.ptr)[1].tab->type, &ty_pE);

    goc_iface plain = goc_fmt_Errorf(GOC_STR("n=%d"), tu_args(a + 1, 1));
    ck_assert_ptr_eq(plain.tab->type, &goc_type_ptr_errors_errorString);
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
    ck_assert_ptr_eq(w.tab->type, &goc_type_ptr_fmt_wrapError);
    ck_assert_str_eq(errtext(w), "%!w(int=42)");
    const goc_method *un = goc_findmethod(w.tab->type, "Unwrap", "func() error");
    ck_assert_ptr_null(((goc_iface(*)(void *))un->ifn)(w.data).tab);

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
