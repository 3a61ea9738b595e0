/*
 * tests/check_iface.c — interface values (runtime/iface.c): boxing, itab
 * construction and caching, assertions and their panic texts. Types are
 * described the way a translator emits them: method tables sorted by name,
 * ifn taking the interface data word.
 */
#include "goc_rt.h"
#include "testutil.h"

#include <gc/gc_mark.h>
#include <pthread.h>
#include <stdio.h>

/* type T struct{ a int }; func (T) String() string; func (T) m() int; func (*T) Set(int) */
typedef struct T {
    goc_int a;
} T;

static goc_string T_String(void *data) {
    return ((T *)data)->a == 1 ? GOC_STR("one") : GOC_STR("other");
}
static goc_int T_m(void *data) {
    return ((T *)data)->a * 10;
}
static void Tptr_Set(void *data, goc_int v) {
    ((T *)data)->a = v;
}
/* Methods of *T reached through a *T data word: the word is the pointer. */
static goc_string Tptr_String(void *data) {
    return T_String(data);
}
static goc_int Tptr_m(void *data) {
    return T_m(data);
}

static const goc_method T_methods[] = {
    {"String", "func() string", TU_FN(T_String)},
    {"main.m", "func() int", TU_FN(T_m)},
};
static const goc_type T_type = {.size = 8, .align = 8, .kind = GOC_STRUCT,
                                .tflag = GOC_TFLAG_NAMED | GOC_TFLAG_REFLEXIVE | GOC_TFLAG_REGMEM,
                                .hash = goc_memhash64, .equal = goc_memequal64,
                                .string = "main.T", .pkgpath = "main", .nmethods = 2, .methods = T_methods};
static const goc_method Tptr_methods[] = {
    {"Set", "func(int)", TU_FN(Tptr_Set)},
    {"String", "func() string", TU_FN(Tptr_String)},
    {"main.m", "func() int", TU_FN(Tptr_m)},
};
static const goc_type Tptr_type = {.size = 8, .align = 8, .kind = GOC_POINTER,
                                   .tflag = GOC_TFLAG_POINTERS | GOC_TFLAG_DIRECTIFACE | GOC_TFLAG_REFLEXIVE | GOC_TFLAG_REGMEM,
                                   .hash = goc_memhash64, .equal = goc_memequal64,
                                   .string = "*main.T", .elem = &T_type, .nmethods = 3, .methods = Tptr_methods};

#define IFACE(cname, gname, ms, n)                                                                   \
    static const goc_type cname = {.size = 16, .align = 8, .kind = GOC_INTERFACE,                      \
                                   .tflag = GOC_TFLAG_NAMED | GOC_TFLAG_POINTERS | GOC_TFLAG_HASHMIGHTPANIC, \
                                   .hash = goc_interhash, .equal = goc_interequal, .string = gname,   \
                                   .pkgpath = "main", .nmethods = n, .methods = ms}

static const goc_method Stringer_m[] = {{"String", "func() string", NULL}};
static const goc_method I2_m[] = {{"String", "func() string", NULL}, {"main.m", "func() int", NULL}};
static const goc_method Setter_m[] = {{"Set", "func(int)", NULL}};
static const goc_method Wrong_m[] = {{"String", "func() int", NULL}};
static const goc_method Hidden_m[] = {{"main.n", "func()", NULL}};
IFACE(Stringer_type, "main.Stringer", Stringer_m, 1);
IFACE(I2_type, "main.I2", I2_m, 2);
IFACE(Setter_type, "main.Setter", Setter_m, 1);
IFACE(Wrong_type, "main.Wrong", Wrong_m, 1);
IFACE(Hidden_type, "main.Hidden", Hidden_m, 1);

/* ---- catching panics ------------------------------------------------------------------- */

/* The Error() text of the panic raised by fn(arg); "" if it did not panic. */
static const char *panictext(void (*fn)(const void *), const void *arg) {
    goc_eface got = tu_catch(fn, arg);
    if (got.type == NULL)
        return "";
    ck_assert_str_eq(got.type->string, "*runtime.TypeAssertionError");
    ck_assert_ptr_nonnull(goc_getitab(&goc_type_runtime_Error, got.type, true));
    const goc_method *m = goc_findmethod(got.type, "Error", "func() string");
    ck_assert_ptr_nonnull(m);
    return tu_cstr(((goc_string(*)(void *))m->ifn)(got.data));
}

/* ---- itabs ------------------------------------------------------------------------------- */

START_TEST(test_getitab_success) {
    T v = {1};
    goc_eface e = goc_toeface(&T_type, &v);
    const goc_itab *tab = goc_getitab(&Stringer_type, &T_type, false);
    ck_assert_ptr_nonnull(tab);
    ck_assert_ptr_eq(tab->inter, &Stringer_type);
    ck_assert_ptr_eq(tab->type, &T_type);
    goc_string s = ((goc_string(*)(void *))tab->fun[0])(e.data);
    ck_assert_int_eq(s.len, 3);
    ck_assert_int_eq(memcmp(s.str, "one", 3), 0);

    const goc_itab *t2 = goc_getitab(&I2_type, &T_type, false);
    ck_assert_ptr_eq(t2->fun[0], TU_FN(T_String));
    ck_assert_ptr_eq(t2->fun[1], TU_FN(T_m));
    ck_assert_int_eq(((goc_int(*)(void *))t2->fun[1])(e.data), 10);

    /* *T has Set; calling it through the itab writes through the pointer. */
    T *p = goc_alloc(sizeof *p, false);
    const goc_itab *t3 = goc_getitab(&Setter_type, &Tptr_type, false);
    goc_iface si = {t3, goc_convT(&Tptr_type, &p)};
    ck_assert_ptr_eq(si.data, p);
    ((void (*)(void *, goc_int))si.tab->fun[0])(si.data, 42);
    ck_assert_int_eq(p->a, 42);
}
END_TEST

START_TEST(test_getitab_failure) {
    ck_assert_ptr_null(goc_getitab(&Setter_type, &T_type, true)); /* Set is on *T only */
    ck_assert_ptr_null(goc_getitab(&Wrong_type, &T_type, true));  /* String has another signature */
    ck_assert_ptr_null(goc_getitab(&Hidden_type, &T_type, true));
    ck_assert_ptr_null(goc_getitab(&Stringer_type, &goc_type_int, true));
    /* Failures are cached and stay failures. */
    ck_assert_ptr_null(goc_getitab(&Setter_type, &T_type, true));
}
END_TEST

static void getitab_panics(const void *arg) {
    const goc_type *const *pair = arg;
    goc_getitab(pair[0], pair[1], false);
}

START_TEST(test_getitab_panic_text) {
    const goc_type *a[] = {&Setter_type, &T_type};
    ck_assert_str_eq(panictext(getitab_panics, a),
                     "interface conversion: main.T is not main.Setter: missing method Set");
    /* The cached failure gives the same text. */
    ck_assert_str_eq(panictext(getitab_panics, a),
                     "interface conversion: main.T is not main.Setter: missing method Set");
    const goc_type *b[] = {&Hidden_type, &Tptr_type};
    ck_assert_str_eq(panictext(getitab_panics, b),
                     "interface conversion: *main.T is not main.Hidden: missing method n");
    const goc_type *c[] = {&goc_type_error, &goc_type_int};
    ck_assert_str_eq(panictext(getitab_panics, c),
                     "interface conversion: int is not error: missing method Error");
    const goc_type *d[] = {&Wrong_type, &T_type};
    ck_assert_str_eq(panictext(getitab_panics, d),
                     "interface conversion: main.T is not main.Wrong: missing method String");
}
END_TEST

START_TEST(test_getitab_cached) {
    const goc_itab *a = goc_getitab(&I2_type, &T_type, false);
    const goc_itab *b = goc_getitab(&I2_type, &T_type, false);
    ck_assert_ptr_eq(a, b);
    ck_assert_ptr_ne(a, goc_getitab(&I2_type, &Tptr_type, false));
    ck_assert_ptr_ne(a, goc_getitab(&Stringer_type, &T_type, false));
    goc_GC();
    ck_assert_ptr_eq(a, goc_getitab(&I2_type, &T_type, false));
}
END_TEST

/* Many concrete types: the cache grows and keeps every entry. */
static goc_type *mktypes(int n) {
    goc_type *ts = calloc((size_t)n, sizeof *ts); /* static-like: outlive the test */
    for (int i = 0; i < n; i++) {
        ts[i] = T_type;
        char *name = malloc(32);
        snprintf(name, 32, "main.T%d", i);
        ts[i].string = name;
    }
    return ts;
}

START_TEST(test_getitab_many_types) {
    int n = tu_scale(2000, 20);
    goc_type *ts = mktypes(n);
    const goc_itab **tabs = calloc((size_t)n, sizeof *tabs);
    for (int i = 0; i < n; i++) {
        tabs[i] = goc_getitab(&I2_type, &ts[i], false);
        ck_assert_ptr_eq(tabs[i]->type, &ts[i]);
        ck_assert_ptr_null(goc_getitab(&Setter_type, &ts[i], true));
        if (i % 256 == 0)
            goc_GC();
    }
    for (int i = 0; i < n; i++) {
        ck_assert_ptr_eq(goc_getitab(&I2_type, &ts[i], false), tabs[i]);
        ck_assert_ptr_eq(tabs[i]->fun[1], TU_FN(T_m));
    }
    free(tabs);
}
END_TEST

typedef struct worker {
    goc_type *ts;
    int n;
    const goc_itab **out;
} worker;

static void *itabworker(void *arg) {
    worker *w = arg;
    for (int i = 0; i < w->n; i++)
        w->out[i] = goc_getitab(i % 2 ? &Stringer_type : &I2_type, &w->ts[i], false);
    return NULL;
}

START_TEST(test_getitab_threads) {
    int n = tu_scale(1000, 20);
    goc_type *ts = mktypes(n);
    worker w[2];
    pthread_t th[2];
    for (int k = 0; k < 2; k++) {
        w[k].ts = ts;
        w[k].n = n;
        w[k].out = calloc((size_t)n, sizeof *w[k].out);
        ck_assert_int_eq(pthread_create(&th[k], NULL, itabworker, &w[k]), 0);
    }
    for (int k = 0; k < 2; k++)
        pthread_join(th[k], NULL);
    for (int i = 0; i < n; i++) {
        ck_assert_ptr_eq(w[0].out[i], w[1].out[i]);
        ck_assert_ptr_eq(w[0].out[i], goc_getitab(i % 2 ? &Stringer_type : &I2_type, &ts[i], false));
    }
}
END_TEST

/* ---- assertions --------------------------------------------------------------------------- */

START_TEST(test_assertE2I) {
    T v = {2};
    goc_eface e = goc_toeface(&T_type, &v);
    goc_iface i = goc_assertE2I(&Stringer_type, e);
    ck_assert_ptr_eq(i.tab, goc_getitab(&Stringer_type, &T_type, false));
    ck_assert_ptr_eq(i.data, e.data);
    goc_iface out = {(const goc_itab *)1, (void *)1};
    ck_assert(goc_assertE2I2(&I2_type, e, &out));
    ck_assert_ptr_eq(out.tab->type, &T_type);
    ck_assert(!goc_assertE2I2(&Setter_type, e, &out));
    ck_assert_ptr_null(out.tab);
    ck_assert_ptr_null(out.data);
    out.tab = (const goc_itab *)1;
    ck_assert(!goc_assertE2I2(&Setter_type, (goc_eface){NULL, NULL}, &out));
    ck_assert_ptr_null(out.tab);
    /* ifacetoeface round trip */
    goc_eface back = goc_ifacetoeface(i);
    ck_assert_ptr_eq(back.type, &T_type);
    ck_assert_ptr_eq(back.data, e.data);
    ck_assert_ptr_null(goc_ifacetoeface((goc_iface){NULL, NULL}).type);
}
END_TEST

static void e2i_nil(const void *arg) {
    (void)arg;
    goc_assertE2I(&Stringer_type, (goc_eface){NULL, NULL});
}
static void e2i_int(const void *arg) {
    (void)arg;
    goc_assertE2I(&Stringer_type, goc_toeface(&goc_type_int, &(goc_int){3}));
}

START_TEST(test_assertE2I_panics) {
    ck_assert_str_eq(panictext(e2i_nil, NULL), "interface conversion: interface is nil, not main.Stringer");
    ck_assert_str_eq(panictext(e2i_int, NULL),
                     "interface conversion: int is not main.Stringer: missing method String");
}
END_TEST

static const goc_type pT_a = {.size = 8, .align = 8, .kind = GOC_INT, .string = "p.T", .pkgpath = "a/p"};
static const goc_type pT_b = {.size = 8, .align = 8, .kind = GOC_INT, .string = "p.T", .pkgpath = "b/p"};
static const goc_type mainT2 = {.size = 8, .align = 8, .kind = GOC_STRUCT, .string = "main.T", .pkgpath = "main"};

static void dottypeE(const void *arg) {
    const goc_type *const *t = arg;
    goc_panicdottypeE(t[0], t[1], t[2]);
}
static void dottypeI(const void *arg) {
    const goc_type *const *t = arg;
    goc_panicdottypeI(t[0] ? goc_getitab(&Stringer_type, t[0], false) : NULL, t[1], &Stringer_type);
}
static void nildottype(const void *arg) {
    goc_panicnildottype(arg);
}

START_TEST(test_dottype_panics) {
    const goc_type *a[] = {&goc_type_int, &goc_type_string, &goc_type_any};
    ck_assert_str_eq(panictext(dottypeE, a), "interface conversion: interface {} is int, not string");
    const goc_type *b[] = {NULL, &goc_type_string, &goc_type_any};
    ck_assert_str_eq(panictext(dottypeE, b), "interface conversion: interface {} is nil, not string");
    const goc_type *c[] = {&pT_a, &pT_b, &goc_type_any};
    ck_assert_str_eq(panictext(dottypeE, c),
                     "interface conversion: interface {} is p.T, not p.T (types from different packages)");
    const goc_type *d[] = {&T_type, &mainT2, &goc_type_any};
    ck_assert_str_eq(panictext(dottypeE, d),
                     "interface conversion: interface {} is main.T, not main.T (types from different scopes)");
    const goc_type *e[] = {&goc_type_float64, &Tptr_type, &goc_type_error};
    ck_assert_str_eq(panictext(dottypeE, e), "interface conversion: error is float64, not *main.T");
    const goc_type *f[] = {&T_type, &goc_type_int};
    ck_assert_str_eq(panictext(dottypeI, f), "interface conversion: main.Stringer is main.T, not int");
    const goc_type *g[] = {NULL, &goc_type_int};
    ck_assert_str_eq(panictext(dottypeI, g), "interface conversion: main.Stringer is nil, not int");
    ck_assert_str_eq(panictext(nildottype, (void *)&I2_type), "interface conversion: interface is nil, not main.I2");
}
END_TEST

/* The full report of a failed x.(T). */
static void main_dottype(void *arg) {
    (void)arg;
    goc_eface e = goc_toeface(&goc_type_int, &(goc_int){1});
    if (e.type != &goc_type_string)
        goc_panicdottypeE(e.type, &goc_type_string, &goc_type_any);
}

START_TEST(test_dottype_report) {
    tu_capture c;
    tu_run_tb(&c, main_dottype, NULL, NULL);
    ck_assert_int_eq(c.status, 2);
    ck_assert_str_eq(c.err, "panic: interface conversion: interface {} is int, not string\n" TU_GOROUTINE);
}
END_TEST

/* ---- boxing ---------------------------------------------------------------------------------- */

START_TEST(test_convT_direct_and_zero) {
    T *p = goc_alloc(sizeof *p, false);
    ck_assert_ptr_eq(goc_convT(&Tptr_type, &p), p);
    void *up = (void *)0x1234;
    ck_assert_ptr_eq(goc_convT(&goc_type_unsafe_Pointer, &up), up);
    static const goc_type empty = {.size = 0, .align = 1, .kind = GOC_STRUCT, .string = "struct {}"};
    char nothing = 0;
    ck_assert_ptr_eq(goc_convT(&empty, &nothing), &goc_zerobase);
}
END_TEST

START_TEST(test_convT_small_values_static) {
    /* Values 0..255 of pointer-free 1/2/4/8-byte types share static boxes. */
    void *a = goc_convT(&goc_type_int, &(goc_int){7});
    void *b = goc_convT(&goc_type_int, &(goc_int){7});
    ck_assert_ptr_eq(a, b);
    ck_assert_int_eq(*(goc_int *)a, 7);
    ck_assert_int_eq(*(uint8_t *)goc_convT(&goc_type_uint8, &(uint8_t){255}), 255);
    ck_assert(*(bool *)goc_convT(&goc_type_bool, &(bool){true}));
    ck_assert_int_eq(*(int16_t *)goc_convT(&goc_type_int16, &(int16_t){200}), 200);
    ck_assert_int_eq(*(int32_t *)goc_convT(&goc_type_int32, &(int32_t){0}), 0);
    ck_assert_int_eq(GC_base(a) == NULL, 1); /* not a heap object */
}
END_TEST

START_TEST(test_convT_boxes) {
    goc_int big = 1000;
    goc_int *a = goc_convT(&goc_type_int, &big);
    goc_int *b = goc_convT(&goc_type_int, &big);
    ck_assert_ptr_ne(a, b);
    ck_assert_int_eq(*a, 1000);
    ck_assert_int_eq(*b, 1000);
    ck_assert_int_eq(*(goc_int *)goc_convT(&goc_type_int, &(goc_int){-1}), -1);
    /* Pointer-free boxes are atomic, pointerful ones are scanned. */
    size_t sz;
    ck_assert_int_eq(GC_get_kind_and_size(a, &sz), 0 /* GC_I_PTRFREE */);
    goc_string s = GOC_STR("hello");
    goc_string *sb = goc_convT(&goc_type_string, &s);
    ck_assert_int_eq(GC_get_kind_and_size(sb, &sz), 1 /* GC_I_NORMAL */);
    ck_assert_ptr_eq(sb->str, s.str);
    ck_assert_int_eq(sb->len, 5);
    double d = 0.5;
    ck_assert(*(double *)goc_convT(&goc_type_float64, &d) == 0.5);
    T v = {1000};
    T *tb = goc_convT(&T_type, &v);
    v.a = 5; /* the box is a copy */
    ck_assert_int_eq(tb->a, 1000);
}
END_TEST

/* A boxed pointer keeps its target alive across collections. */
START_TEST(test_convT_keeps_alive) {
    int n = tu_scale(200, 20);
    goc_eface *es = goc_alloc((uintptr_t)n * sizeof *es, true);
    for (int i = 0; i < n; i++) {
        char *s = goc_alloc(16, false);
        snprintf(s, 16, "v%d", i);
        goc_string gs = {(const uint8_t *)s, (goc_int)strlen(s)};
        es[i] = goc_toeface(&goc_type_string, &gs);
    }
    goc_GC();
    goc_GC();
    for (int i = 0; i < n; i++) {
        for (int j = 0; j < 8; j++)
            goc_alloc(16, false); /* reuse freed memory if anything was lost */
        char want[16];
        snprintf(want, sizeof want, "v%d", i);
        goc_string *gs = es[i].data;
        ck_assert_int_eq(gs->len, (goc_int)strlen(want));
        ck_assert_int_eq(memcmp(gs->str, want, strlen(want)), 0);
    }
}
END_TEST

/* ---- lookups ----------------------------------------------------------------------------------- */

START_TEST(test_findmethod) {
    ck_assert_ptr_eq(goc_findmethod(&T_type, "String", NULL), &T_methods[0]);
    ck_assert_ptr_eq(goc_findmethod(&T_type, "String", "func() string"), &T_methods[0]);
    ck_assert_ptr_null(goc_findmethod(&T_type, "String", "func() int"));
    ck_assert_ptr_eq(goc_findmethod(&T_type, "main.m", "func() int"), &T_methods[1]);
    ck_assert_ptr_null(goc_findmethod(&T_type, "m", NULL));
    ck_assert_ptr_null(goc_findmethod(&T_type, "Set", NULL));
    ck_assert_ptr_nonnull(goc_findmethod(&Tptr_type, "Set", "func(int)"));
    ck_assert_ptr_null(goc_findmethod(&goc_type_int, "String", NULL));
    ck_assert_ptr_null(goc_findmethod(NULL, "String", NULL));
}
END_TEST

START_TEST(test_typeidentical) {
    ck_assert(goc_typeidentical(&T_type, &T_type));
    ck_assert(goc_typeidentical(&T_type, &mainT2));
    ck_assert(!goc_typeidentical(&pT_a, &pT_b));
    ck_assert(!goc_typeidentical(&T_type, &Tptr_type));
    static const goc_type ints1 = {.size = 24, .align = 8, .kind = GOC_SLICE, .string = "[]int", .elem = &goc_type_int};
    static const goc_type ints2 = {.size = 24, .align = 8, .kind = GOC_SLICE, .string = "[]int", .elem = &goc_type_int};
    static const goc_type myints = {.size = 24, .align = 8, .kind = GOC_SLICE, .string = "[]int", .pkgpath = "main"};
    ck_assert(goc_typeidentical(&ints1, &ints2));
    ck_assert(!goc_typeidentical(&ints1, &myints));
    ck_assert(!goc_typeidentical(&ints1, NULL));
    ck_assert(!goc_typeidentical(NULL, &ints1));
    ck_assert(goc_typeidentical(NULL, NULL));
}
END_TEST

Suite *iface_suite(void) {
    Suite *s = suite_create("iface");
    TCase *tc = tcase_create("itab");
    tcase_add_test(tc, test_getitab_success);
    tcase_add_test(tc, test_getitab_failure);
    tcase_add_test(tc, test_getitab_panic_text);
    tcase_add_test(tc, test_getitab_cached);
    tcase_add_test(tc, test_getitab_many_types);
    tcase_add_test(tc, test_getitab_threads);
    suite_add_tcase(s, tc);
    TCase *as = tcase_create("assert");
    tcase_add_test(as, test_assertE2I);
    tcase_add_test(as, test_assertE2I_panics);
    tcase_add_test(as, test_dottype_panics);
    tcase_add_test(as, test_dottype_report);
    suite_add_tcase(s, as);
    TCase *bx = tcase_create("convT");
    tcase_add_test(bx, test_convT_direct_and_zero);
    tcase_add_test(bx, test_convT_small_values_static);
    tcase_add_test(bx, test_convT_boxes);
    tcase_add_test(bx, test_convT_keeps_alive);
    tcase_add_test(bx, test_findmethod);
    tcase_add_test(bx, test_typeidentical);
    suite_add_tcase(s, bx);
    return s;
}
