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

/* This file's module: names, method signatures, method code. */
enum {
    N_T = 1, N_pT, N_main, N_String, N_m, N_Set, N_n, N_Stringer, N_I2, N_Setter, N_Wrong, N_Hidden,
    N_funcint, N_funcintarg, N_pdotT, N_ap, N_bp, N_ints, N_empty, T_funcstring, T_funcint, T_funcintarg,
    T_func, NOFFS
};
enum { X_T_String = 1, X_T_m, X_Tptr_Set, X_Tptr_String, X_Tptr_m, X_U_String /* left out: NULL */, NTEXT };
typedef struct { goc_functype f; const goc_type *p[1]; } functype1;
static const goc_module iface_mod;
#define FUNCT(str)                                                                               \
    {.Size_ = 8, .PtrBytes = 8, .Align_ = 8, .FieldAlign_ = 8, .Kind_ = GOC_FUNC | GOC_KIND_DIRECTIFACE, .Str = str}
static const GOC_DESC(functype1) funcint_desc = {&iface_mod, {{.Type = FUNCT(N_funcint), .OutCount = 1}, {&goc_type_int}}};
static const GOC_DESC(functype1) funcintarg_desc = {&iface_mod,
                                                    {{.Type = FUNCT(N_funcintarg), .InCount = 1}, {&goc_type_int}}};
static const void *const iface_offs[NOFFS] = {
    [N_T] = GOC_NAMEDATA(0, "main.T"), [N_pT] = GOC_NAMEDATA(0, "*main.T"), [N_main] = GOC_NAMEDATA(0, "main"),
    [N_String] = GOC_NAMEDATA(GOC_NAME_EXPORTED, "String"), [N_m] = GOC_NAMEDATA(0, "m"),
    [N_Set] = GOC_NAMEDATA(GOC_NAME_EXPORTED, "Set"), [N_n] = GOC_NAMEDATA(0, "n"),
    [N_Stringer] = GOC_NAMEDATA(0, "main.Stringer"), [N_I2] = GOC_NAMEDATA(0, "main.I2"),
    [N_Setter] = GOC_NAMEDATA(0, "main.Setter"), [N_Wrong] = GOC_NAMEDATA(0, "main.Wrong"),
    [N_Hidden] = GOC_NAMEDATA(0, "main.Hidden"), [N_funcint] = GOC_NAMEDATA(0, "func() int"),
    [N_funcintarg] = GOC_NAMEDATA(0, "func(int)"), [N_pdotT] = GOC_NAMEDATA(0, "p.T"),
    [N_ap] = GOC_NAMEDATA(0, "a/p"), [N_bp] = GOC_NAMEDATA(0, "b/p"), [N_ints] = GOC_NAMEDATA(0, "[]int"),
    [N_empty] = GOC_NAMEDATA(0, "struct {}"), [T_funcstring] = &goc_type_func_string,
    [T_funcint] = &funcint_desc.d.f.Type, [T_funcintarg] = &funcintarg_desc.d.f.Type, [T_func] = &goc_type_func,
};
static const goc_textptr iface_text[NTEXT] = {
    [X_T_String] = TU_FN(T_String), [X_T_m] = TU_FN(T_m), [X_Tptr_Set] = TU_FN(Tptr_Set),
    [X_Tptr_String] = TU_FN(Tptr_String), [X_Tptr_m] = TU_FN(Tptr_m),
};
static const goc_module iface_mod = {.offs = iface_offs, .noffs = NOFFS, .text = iface_text, .ntext = NTEXT};

/* Method tables: exported names first, each group by name; Tfn -1 (no reflect here). */
typedef struct {
    const goc_module *mod;
    goc_structtype d;
    goc_uncommontype u;
    goc_method m[2];
} T_desc_t;
static const T_desc_t T_desc = {&iface_mod,
            {.Type = {.Size_ = 8, .TFlag = GOC_TFLAG_NAMED | GOC_TFLAG_UNCOMMON | GOC_TFLAG_REGULARMEMORY, .Align_ = 8,
                      .FieldAlign_ = 8, .Kind_ = GOC_STRUCT, .Equal = (goc_func *)&goc_memequal64_f, .Str = N_T}},
            {.PkgPath = N_main, .Mcount = 2, .Xcount = 1, .Moff = sizeof(goc_uncommontype)},
            {{N_String, T_funcstring, X_T_String, -1}, {N_m, T_funcint, X_T_m, -1}}};
#define T_type (T_desc.d.Type)
static const struct {
    const goc_module *mod;
    goc_ptrtype d;
    goc_uncommontype u;
    goc_method m[3];
} Tptr_desc = {&iface_mod,
               {.Type = {.Size_ = 8, .PtrBytes = 8, .TFlag = GOC_TFLAG_UNCOMMON | GOC_TFLAG_REGULARMEMORY, .Align_ = 8,
                         .FieldAlign_ = 8, .Kind_ = GOC_POINTER | GOC_KIND_DIRECTIFACE,
                         .Equal = (goc_func *)&goc_memequal64_f, .Str = N_pT},
                .Elem = &T_type},
               {.PkgPath = N_main, .Mcount = 3, .Xcount = 2, .Moff = sizeof(goc_uncommontype)},
               {{N_Set, T_funcintarg, X_Tptr_Set, -1},
                {N_String, T_funcstring, X_Tptr_String, -1},
                {N_m, T_funcint, X_Tptr_m, -1}}};
#define Tptr_type (Tptr_desc.d.Type)
/* U's String is in its method table, its code left out by the build (NULL) */
static const struct {
    const goc_module *mod;
    goc_structtype d;
    goc_uncommontype u;
    goc_method m[1];
} U_desc = {&iface_mod,
            {.Type = {.Size_ = 8, .TFlag = GOC_TFLAG_UNCOMMON | GOC_TFLAG_REGULARMEMORY, .Align_ = 8,
                      .FieldAlign_ = 8, .Kind_ = GOC_STRUCT, .Equal = (goc_func *)&goc_memequal64_f, .Str = N_T}},
            {.PkgPath = N_main, .Mcount = 1, .Xcount = 1, .Moff = sizeof(goc_uncommontype)},
            {{N_String, T_funcstring, X_U_String, -1}}};
#define U_type (U_desc.d.Type)

#define IFACE(cname, str, n, ...)                                                                \
    static const goc_imethod cname##_m[] = {__VA_ARGS__};                                        \
    static const struct {                                                                        \
        const goc_module *mod;                                                                   \
        goc_interfacetype d;                                                                     \
        goc_uncommontype u;                                                                      \
    } cname##_desc = {&iface_mod,                                                                \
                      {.Type = {.Size_ = 16, .PtrBytes = 16, .TFlag = GOC_TFLAG_NAMED | GOC_TFLAG_UNCOMMON, \
                                .Align_ = 8, .FieldAlign_ = 8, .Kind_ = GOC_INTERFACE,          \
                                .Equal = (goc_func *)&goc_interequal_f, .Str = str},             \
                       .PkgPath = {GOC_NAMEDATA(0, "main")},                                    \
                       .Methods = {(void *)cname##_m, n, n}},                                    \
                      {.PkgPath = N_main}}

IFACE(Stringer_type, N_Stringer, 1, {N_String, T_funcstring});
IFACE(I2_type, N_I2, 2, {N_String, T_funcstring}, {N_m, T_funcint});
IFACE(Setter_type, N_Setter, 1, {N_Set, T_funcintarg});
IFACE(Wrong_type, N_Wrong, 1, {N_String, T_funcint});
IFACE(Hidden_type, N_Hidden, 1, {N_n, T_func});
#define Stringer_type (Stringer_type_desc.d.Type)
#define I2_type (I2_type_desc.d.Type)
#define Setter_type (Setter_type_desc.d.Type)
#define Wrong_type (Wrong_type_desc.d.Type)
#define Hidden_type (Hidden_type_desc.d.Type)

/* ---- catching panics ------------------------------------------------------------------- */

/* The Error() text of the panic raised by fn(arg); "" if it did not panic. */
static const char *panictext(void (*fn)(const void *), const void *arg) {
    goc_eface got = tu_catch(fn, arg);
    if (got.type == NULL)
        return "";
    ck_assert_str_eq(tu_cstr(goc_typestring(got.type)), "*runtime.TypeAssertionError");
    ck_assert_ptr_nonnull(goc_getitab(&goc_type_runtime_Error, got.type, true));
    void (*m)(void) = goc_findmethod(got.type, "Error", "func() string");
    ck_assert_ptr_nonnull(m);
    return tu_cstr(((goc_string(*)(void *))m)(got.data));
}

/* ---- itabs ------------------------------------------------------------------------------- */

START_TEST(test_getitab_success) {
    T v = {1};
    goc_eface e = goc_toeface(&T_type, &v);
    const goc_itab *tab = goc_getitab(&Stringer_type, &T_type, false);
    ck_assert_ptr_nonnull(tab);
    ck_assert_ptr_eq(tab->Inter, &Stringer_type_desc.d);
    ck_assert_ptr_eq(tab->Type, &T_type);
    goc_string s = ((goc_string(*)(void *))tab->Fun[0])(e.data);
    ck_assert_int_eq(s.len, 3);
    ck_assert_int_eq(memcmp(s.str, "one", 3), 0);

    const goc_itab *t2 = goc_getitab(&I2_type, &T_type, false);
    ck_assert_ptr_eq(t2->Fun[0], TU_FN(T_String));
    ck_assert_ptr_eq(t2->Fun[1], TU_FN(T_m));
    ck_assert_int_eq(((goc_int(*)(void *))t2->Fun[1])(e.data), 10);

    /* *T has Set; calling it through the itab writes through the pointer. */
    T *p = goc_alloc(sizeof *p, false);
    const goc_itab *t3 = goc_getitab(&Setter_type, &Tptr_type, false);
    goc_iface si = {t3, goc_convT(&Tptr_type, &p)};
    ck_assert_ptr_eq(si.data, p);
    ((void (*)(void *, goc_int))si.tab->Fun[0])(si.data, 42);
    ck_assert_int_eq(p->a, 42);
}
END_TEST

/* a method whose code the build left out still implements the interface;
   its itab entry is goc_unreachablemethod (gc: runtime.unreachableMethod) */
START_TEST(test_getitab_leftout_method) {
    const goc_itab *tab = goc_getitab(&Stringer_type, &U_type, true);
    ck_assert_ptr_nonnull(tab);
    ck_assert_ptr_eq(tab->Fun[0], goc_unreachablemethod);
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

/* Many concrete types (copies of T's descriptor with its module pointer, each
 * named main.T<i> by a run-time id): the cache grows and keeps every entry. */
static T_desc_t *mktypes(int n) {
    T_desc_t *ts = calloc((size_t)n, sizeof *ts); /* static-like: outlive the test */
    for (int i = 0; i < n; i++) {
        ts[i] = T_desc;
        uint8_t *name = malloc(32);
        name[0] = 0;
        name[1] = (uint8_t)snprintf((char *)name + 2, 30, "main.T%d", i);
        ts[i].d.Type.Str = goc_addreflectoff(name);
    }
    return ts;
}

START_TEST(test_getitab_many_types) {
    int n = tu_scale(2000, 20);
    T_desc_t *ts = mktypes(n);
    const goc_itab **tabs = calloc((size_t)n, sizeof *tabs);
    ck_assert_str_eq(tu_cstr(goc_typestring(&ts[n - 1].d.Type)), n == 2000 ? "main.T1999" : "main.T99");
    for (int i = 0; i < n; i++) {
        tabs[i] = goc_getitab(&I2_type, &ts[i].d.Type, false);
        ck_assert_ptr_eq(tabs[i]->Type, &ts[i].d.Type);
        ck_assert_ptr_null(goc_getitab(&Setter_type, &ts[i].d.Type, true));
        if (i % 256 == 0)
            goc_GC();
    }
    for (int i = 0; i < n; i++) {
        ck_assert_ptr_eq(goc_getitab(&I2_type, &ts[i].d.Type, false), tabs[i]);
        ck_assert_ptr_eq(tabs[i]->Fun[1], TU_FN(T_m));
    }
    free(tabs);
}
END_TEST

typedef struct worker {
    T_desc_t *ts;
    int n;
    const goc_itab **out;
} worker;

static void *itabworker(void *arg) {
    worker *w = arg;
    for (int i = 0; i < w->n; i++)
        w->out[i] = goc_getitab(i % 2 ? &Stringer_type : &I2_type, &w->ts[i].d.Type, false);
    return NULL;
}

START_TEST(test_getitab_threads) {
    int n = tu_scale(1000, 20);
    T_desc_t *ts = mktypes(n);
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
        ck_assert_ptr_eq(w[0].out[i], goc_getitab(i % 2 ? &Stringer_type : &I2_type, &ts[i].d.Type, false));
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
    ck_assert_ptr_eq(out.tab->Type, &T_type);
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

/* A call site's cache (goc_typeAssert): hits and misses give getitab's answers, the table
   fills as a hot site keeps missing (now and then, as gc's), and failures are cached as NULL. */
START_TEST(test_typeassert_cache) {
    static goc_typeassert site = {&goc_emptyTypeAssertCache, &I2_type, true};
    static goc_typeassert neg = {&goc_emptyTypeAssertCache, &Setter_type, true};
    int n = 6;
    T_desc_t *ts = mktypes(n);
    for (int round = 0; round < 20000; round++) {
        const goc_type *t = &ts[round % n].d.Type;
        ck_assert_ptr_eq(goc_typeAssertCached(&site, t), goc_getitab(&I2_type, t, false));
        ck_assert_ptr_null(goc_typeAssertCached(&neg, t));
        if (round % 4096 == 0)
            goc_GC();
    }
    ck_assert_ptr_null(goc_typeAssertCached(&site, NULL));
    /* 20000 misses fill the table with all six types: at most half full, a power of two */
    const goc_typeassertcache *c = site.Cache;
    ck_assert_ptr_ne(c, &goc_emptyTypeAssertCache);
    ck_assert_uint_eq(c->Mask & (c->Mask + 1), 0);
    int used = 0;
    for (uintptr_t i = 0; i <= c->Mask; i++) {
        if (c->Entries[i].Typ == NULL)
            continue;
        used++;
        ck_assert_ptr_eq(c->Entries[i].Itab, goc_getitab(&I2_type, c->Entries[i].Typ, false));
    }
    ck_assert_int_ge(used, 1);
    ck_assert_uint_ge(c->Mask + 1, 2 * (uintptr_t)used);
    for (uintptr_t i = 0; i <= neg.Cache->Mask; i++)
        ck_assert_ptr_null(neg.Cache->Entries[i].Itab);
    /* two hot types: both end up in the table (each miss adds with odds 1/1024/(Mask+1);
       failing here after 10^5 misses has odds about e^-24) */
    static goc_typeassert two = {&goc_emptyTypeAssertCache, &Stringer_type, true};
    for (int round = 0; round < 100000; round++)
        goc_typeAssertCached(&two, &ts[round % 2].d.Type);
    used = 0;
    for (uintptr_t i = 0; i <= two.Cache->Mask; i++)
        used += two.Cache->Entries[i].Typ != NULL;
    ck_assert_int_eq(used, 2);
}
END_TEST

static goc_typeassert mustsite = {&goc_emptyTypeAssertCache, &Stringer_type, false};
static void typeassert_nil(const void *arg) {
    (void)arg;
    goc_typeAssertCached(&mustsite, NULL);
}
static void typeassert_int(const void *arg) {
    (void)arg;
    goc_typeAssertCached(&mustsite, &goc_type_int);
}

START_TEST(test_typeassert_panics) {
    ck_assert_ptr_eq(goc_typeAssertCached(&mustsite, &T_type), goc_getitab(&Stringer_type, &T_type, false));
    ck_assert_str_eq(panictext(typeassert_nil, NULL), "interface conversion: interface is nil, not main.Stringer");
    ck_assert_str_eq(panictext(typeassert_int, NULL),
                     "interface conversion: int is not main.Stringer: missing method String");
}
END_TEST

typedef struct siteworker {
    goc_typeassert *site;
    T_desc_t *ts;
    int n, bad;
} siteworker;

static void *typeassertworker(void *arg) {
    siteworker *w = arg;
    for (int i = 0; i < 50000; i++) {
        const goc_type *t = &w->ts[(i * 7) % w->n].d.Type;
        w->bad += goc_typeAssertCached(w->site, t) != goc_getitab(&I2_type, t, false);
    }
    return NULL;
}

/* Threads racing to grow one site's table each see correct answers throughout. */
START_TEST(test_typeassert_threads) {
    static goc_typeassert site = {&goc_emptyTypeAssertCache, &I2_type, true};
    siteworker w[3];
    pthread_t th[3];
    T_desc_t *ts = mktypes(40);
    for (int k = 0; k < 3; k++) {
        w[k] = (siteworker){&site, ts, 40, 0};
        ck_assert_int_eq(pthread_create(&th[k], NULL, typeassertworker, &w[k]), 0);
    }
    for (int k = 0; k < 3; k++) {
        pthread_join(th[k], NULL);
        ck_assert_int_eq(w[k].bad, 0);
    }
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

/* p.T of two packages, and a second descriptor of main.T */
#define NAMED(cname, T, kind, str, pkg)                                                          \
    static const struct {                                                                        \
        const goc_module *mod;                                                                   \
        T d;                                                                                     \
        goc_uncommontype u;                                                                      \
    } cname##_desc = {&iface_mod,                                                                \
                      {.Type = {.Size_ = 8, .TFlag = GOC_TFLAG_NAMED | GOC_TFLAG_UNCOMMON,     \
                                .Align_ = 8, .FieldAlign_ = 8, .Kind_ = kind, .Str = str}},      \
                      {.PkgPath = pkg}}
NAMED(pT_a, struct { goc_type Type; }, GOC_INT, N_pdotT, N_ap);
NAMED(pT_b, struct { goc_type Type; }, GOC_INT, N_pdotT, N_bp);
NAMED(mainT2, goc_structtype, GOC_STRUCT, N_T, N_main);
NAMED(myints, goc_slicetype, GOC_SLICE, N_ints, N_main);
#define pT_a (pT_a_desc.d.Type)
#define pT_b (pT_b_desc.d.Type)
#define mainT2 (mainT2_desc.d.Type)
#define myints (myints_desc.d.Type)
static const GOC_DESC(goc_slicetype) ints1_desc = {
    &iface_mod, {.Type = {.Size_ = 24, .PtrBytes = 8, .Align_ = 8, .FieldAlign_ = 8, .Kind_ = GOC_SLICE, .Str = N_ints},
                 .Elem = &goc_type_int}};
static const GOC_DESC(goc_slicetype) ints2_desc = {
    &iface_mod, {.Type = {.Size_ = 24, .PtrBytes = 8, .Align_ = 8, .FieldAlign_ = 8, .Kind_ = GOC_SLICE, .Str = N_ints},
                 .Elem = &goc_type_int}};
static const GOC_DESC(goc_type) empty_desc = {
    &iface_mod, {.Size_ = 0, .Align_ = 1, .FieldAlign_ = 1, .Kind_ = GOC_STRUCT, .Str = N_empty}};

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
    char nothing = 0;
    ck_assert_ptr_eq(goc_convT(&empty_desc.d, &nothing), &goc_zerobase);
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
    ck_assert_ptr_eq(goc_findmethod(&T_type, "String", NULL), TU_FN(T_String));
    ck_assert_ptr_eq(goc_findmethod(&T_type, "String", "func() string"), TU_FN(T_String));
    ck_assert_ptr_null(goc_findmethod(&T_type, "String", "func() int"));
    ck_assert_ptr_null(goc_findmethod(&T_type, "m", NULL)); /* only exported methods */
    ck_assert_ptr_null(goc_findmethod(&T_type, "main.m", NULL));
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
    ck_assert(goc_typeidentical(&ints1_desc.d.Type, &ints2_desc.d.Type));
    ck_assert(!goc_typeidentical(&ints1_desc.d.Type, &myints));
    ck_assert(!goc_typeidentical(&ints1_desc.d.Type, NULL));
    ck_assert(!goc_typeidentical(NULL, &ints1_desc.d.Type));
    ck_assert(goc_typeidentical(NULL, NULL));
}
END_TEST

Suite *iface_suite(void) {
    Suite *s = suite_create("iface");
    TCase *tc = tcase_create("itab");
    tcase_add_test(tc, test_getitab_success);
    tcase_add_test(tc, test_getitab_leftout_method);
    tcase_add_test(tc, test_getitab_failure);
    tcase_add_test(tc, test_getitab_panic_text);
    tcase_add_test(tc, test_getitab_cached);
    tcase_add_test(tc, test_getitab_many_types);
    tcase_add_test(tc, test_getitab_threads);
    suite_add_tcase(s, tc);
    TCase *as = tcase_create("assert");
    tcase_add_test(as, test_assertE2I);
    tcase_add_test(as, test_assertE2I_panics);
    tcase_add_test(as, test_typeassert_cache);
    tcase_add_test(as, test_typeassert_panics);
    tcase_add_test(as, test_typeassert_threads);
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
