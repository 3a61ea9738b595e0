/*
 * tests/check_fmt.c — fmt's printer (runtime/fmt.c, with the map order of
 * fmt_sort.c) through the public ABI, against outputs of Go 1.23's own fmt.
 * Float text, quoting and errors have their own files: check_fmt_float.c,
 * check_fmt_quote.c, check_fmt_errors.c, check_fmt_sort.c.
 *
 * The operands are built the way a translator would: one type descriptor
 * per Go type (named structs with their fields, a Stringer, errors with
 * pointer and value receivers, maps made with goc_makemap/goc_mapassign),
 * interface values boxing copies. Expected strings come from the oracle:
 *   tests/data/fmt_cases.inc   written by tests/data/fmt_cases_gen.go, whose
 *                              Go values carry the same names as V() below.
 */
#include <check.h>
#include <fcntl.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <goc.h>

#include "testutil.h"

typedef void (*fn_t)(void);

/* ---- helpers ---- */

/* ---- descriptors (as a translator emits them) ---- */

#define PTRTYPE(name, str, el) TU_PTR(name, str, el)
#define SLICETYPE(name, str, el) TU_SLICE(name, str, el)
#define MAPTYPE(name, str, K, V, kt, vt, hasher, flags) TU_MAP(name, str, K, V, kt, vt, hasher, flags)
/* a named type of main with no methods, one (String or Error), or two */
#define NAMED0(name, T, str, ...) TU_NAMED0(name, T, str, __VA_ARGS__)
#define STRINGER(name, T, fn, str, ...) TU_NAMED1(name, T, str, "String", &goc_type_func_string, fn, __VA_ARGS__)
#define ERRORER(name, T, fn, str, ...) TU_NAMED1(name, T, str, "Error", &goc_type_func_string, fn, __VA_ARGS__)
#define REFL GOC_MAPF_REFLEXIVEKEY
#define RM GOC_TFLAG_REGULARMEMORY

SLICETYPE(ty_bytes, "[]uint8", &goc_type_uint8);
GOC_DESCRIBE(ty_a4byte, goc_arraytype, "[4]uint8",
             {.Type = GOC_TYPEINIT(4, 1, GOC_ARRAY, RM, 0, NULL), .Elem = &goc_type_uint8, .Len = 4});
NAMED0(ty_MyBytes, goc_slicetype, "main.MyBytes", {.Type = TU_NAMEDT(24, 8, GOC_SLICE, 8, NULL), .Elem = &goc_type_uint8});
SLICETYPE(ty_ints, "[]int", &goc_type_int);
GOC_DESCRIBE(ty_a3int, goc_arraytype, "[3]int",
             {.Type = GOC_TYPEINIT(24, 8, GOC_ARRAY, RM, 0, NULL), .Elem = &goc_type_int, .Len = 3});
GOC_DESCRIBE(ty_a2int, goc_arraytype, "[2]int",
             {.Type = GOC_TYPEINIT(16, 8, GOC_ARRAY, RM, 0, &goc_memequal128_f), .Elem = &goc_type_int, .Len = 2});
GOC_DESCRIBE(ty_a0int, goc_arraytype, "[0]int",
             {.Type = GOC_TYPEINIT(0, 8, GOC_ARRAY, RM, 0, &goc_memequal0_f), .Elem = &goc_type_int, .Len = 0});
SLICETYPE(ty_strings, "[]string", &goc_type_string);
SLICETYPE(ty_floats, "[]float64", &goc_type_float64);
SLICETYPE(ty_bools, "[]bool", &goc_type_bool);
SLICETYPE(ty_anys, "[]interface {}", &goc_type_any);
SLICETYPE(ty_errors, "[]error", &goc_type_error);

MAPTYPE(ty_msi, "map[string]int", goc_string, goc_int, &goc_type_string, &goc_type_int, &goc_strhash_f,
        REFL | GOC_MAPF_NEEDKEYUPDATE);
MAPTYPE(ty_mis, "map[int]string", goc_int, goc_string, &goc_type_int, &goc_type_string, &goc_memhash64_f, REFL);
MAPTYPE(ty_mnest, "map[string][]int", goc_string, goc_slice, &goc_type_string, &ty_ints_desc.d.Type, &goc_strhash_f,
        REFL | GOC_MAPF_NEEDKEYUPDATE);
MAPTYPE(ty_mfl, "map[float64]string", double, goc_string, &goc_type_float64, &goc_type_string, &goc_f64hash_f,
        GOC_MAPF_NEEDKEYUPDATE);
MAPTYPE(ty_many, "map[interface {}]int", goc_eface, goc_int, &goc_type_any, &goc_type_int, &goc_nilinterhash_f,
        GOC_MAPF_NEEDKEYUPDATE | GOC_MAPF_HASHMIGHTPANIC);
MAPTYPE(ty_mall, "map[interface {}]string", goc_eface, goc_string, &goc_type_any, &goc_type_string,
        &goc_nilinterhash_f, GOC_MAPF_NEEDKEYUPDATE | GOC_MAPF_HASHMIGHTPANIC);
MAPTYPE(ty_mb, "map[bool]int", bool, goc_int, &goc_type_bool, &goc_type_int, &goc_memhash8_f, REFL);
MAPTYPE(ty_marr, "map[[2]int]string", goc_int[2], goc_string, &ty_a2int_desc.d.Type, &goc_type_string,
        &goc_memhash128_f, REFL);

/* main.T struct { A int; B string } */
typedef struct T {
    goc_int A;
    goc_string B;
} T;
static const goc_structfield T_fields[] = {GOC_FIELD("A", true, &goc_type_int, offsetof(T, A)),
                                           GOC_FIELD("B", true, &goc_type_string, offsetof(T, B))};
NAMED0(ty_T, goc_structtype, "main.T",
       {.Type = TU_NAMEDT(sizeof(T), 8, GOC_STRUCT, 16, NULL), .Fields = {(void *)T_fields, 2, 2}});
PTRTYPE(ty_pT, "*main.T", &ty_T_desc.d.Type);
PTRTYPE(ty_pint, "*int", &goc_type_int);
PTRTYPE(ty_pints, "*[]int", &ty_ints_desc.d.Type);
PTRTYPE(ty_pa2int, "*[2]int", &ty_a2int_desc.d.Type);
PTRTYPE(ty_pmsi, "*map[string]int", &ty_msi_desc.d.Type);

GOC_DESCRIBE(ty_empty, goc_structtype, "struct {}", {.Type = GOC_TYPEINIT(0, 1, GOC_STRUCT, RM, 0, &goc_memequal0_f)});
static const goc_structfield anon_fields[] = {GOC_FIELD("a", false, &goc_type_int, offsetof(T, A)),
                                              GOC_FIELD("B", true, &goc_type_string, offsetof(T, B))};
GOC_DESCRIBE(ty_anon, goc_structtype, "struct { a int; B string }",
             {.Type = GOC_TYPEINIT(sizeof(T), 8, GOC_STRUCT, 0, 16, NULL), .PkgPath = {GOC_NAMEDATA(0, "main")},
              .Fields = {(void *)anon_fields, 2, 2}});

/* main.S int with String() on the value receiver */
static goc_string S_String(void *recv) {
    goc_int v = *(goc_int *)recv;
    goc_eface a[1] = {tu_box(&goc_type_int, &v)};
    return goc_fmt_Sprintf(GOC_STR("S<%d>"), tu_args(a, 1));
}
STRINGER(ty_S, goc_type, S_String, "main.S", TU_NAMEDT(8, 8, GOC_INT, 0, &goc_memequal64_f));
SLICETYPE(ty_Ss, "[]main.S", &ty_S_desc.d);
MAPTYPE(ty_mS, "map[main.S]main.S", goc_int, goc_int, &ty_S_desc.d, &ty_S_desc.d, &goc_memhash64_f, REFL);

/* main.W struct { Pub S; priv S } */
typedef struct W {
    goc_int Pub, priv;
} W;
static const goc_structfield W_fields[] = {GOC_FIELD("Pub", true, &ty_S_desc.d, 0),
                                           GOC_FIELD("priv", false, &ty_S_desc.d, 8)};
NAMED0(ty_W, goc_structtype, "main.W",
       {.Type = TU_NAMEDT(16, 8, GOC_STRUCT, 0, NULL), .PkgPath = {GOC_NAMEDATA(0, "main")},
        .Fields = {(void *)W_fields, 2, 2}});

/* main.VE string with Error() on the value receiver */
static goc_string VE_Error(void *recv) {
    goc_string s = *(goc_string *)recv;
    goc_eface a[1] = {tu_box(&goc_type_string, &s)};
    return goc_fmt_Sprintf(GOC_STR("VE:%s"), tu_args(a, 1));
}
ERRORER(ty_VE, goc_type, VE_Error, "main.VE", TU_NAMEDT(16, 8, GOC_STRING, 8, &goc_strequal_f));
static const goc_itab VE_error_itab = {&goc_typedesc_error.d, &ty_VE_desc.d, 0, {(fn_t)VE_Error}};

/* main.Hidden struct { s S; e error } */
typedef struct Hidden {
    goc_int s;
    goc_iface e;
} Hidden;
static const goc_structfield Hidden_fields[] = {GOC_FIELD("s", false, &ty_S_desc.d, offsetof(Hidden, s)),
                                                GOC_FIELD("e", false, &goc_type_error, offsetof(Hidden, e))};
NAMED0(ty_Hidden, goc_structtype, "main.Hidden",
       {.Type = TU_NAMEDT(sizeof(Hidden), 8, GOC_STRUCT, 24, NULL), .PkgPath = {GOC_NAMEDATA(0, "main")},
        .Fields = {(void *)Hidden_fields, 2, 2}});

/* main.E struct { msg string }; (*E).Error dereferences its receiver */
static goc_string pE_Error(void *recv) {
    if (recv == NULL)
        goc_panicmem();
    goc_eface a[1] = {tu_box(&goc_type_string, recv)};
    return goc_fmt_Sprintf(GOC_STR("E:%s"), tu_args(a, 1));
}
static const goc_structfield E_fields[] = {GOC_FIELD("msg", false, &goc_type_string, 0)};
NAMED0(ty_E, goc_structtype, "main.E",
       {.Type = TU_NAMEDT(16, 8, GOC_STRUCT, 8, &goc_strequal_f), .PkgPath = {GOC_NAMEDATA(0, "main")},
        .Fields = {(void *)E_fields, 1, 1}});
ERRORER(ty_pE, goc_ptrtype, pE_Error, "*main.E", {.Type = TU_PTRT, .Elem = &ty_E_desc.d.Type});

/* main.PS struct { n int }; (*PS).String dereferences its receiver */
static goc_string pPS_String(void *recv) {
    if (recv == NULL)
        goc_panicmem();
    goc_eface a[2] = {tu_box(&goc_type_string, &GOC_STR("PS")), tu_box(&goc_type_int, recv)};
    return goc_fmt_Sprint(tu_args(a, 2));
}
static const goc_structfield PS_fields[] = {GOC_FIELD("n", false, &goc_type_int, 0)};
NAMED0(ty_PS, goc_structtype, "main.PS",
       {.Type = TU_NAMEDT(8, 8, GOC_STRUCT, 0, NULL), .PkgPath = {GOC_NAMEDATA(0, "main")},
        .Fields = {(void *)PS_fields, 1, 1}});
STRINGER(ty_pPS, goc_ptrtype, pPS_String, "*main.PS", {.Type = TU_PTRT, .Elem = &ty_PS_desc.d.Type});

/* main.Boom int whose String panics("boom") */
static goc_string Boom_String(void *recv) {
    (void)recv;
    goc_gopanic(tu_box(&goc_type_string, &GOC_STR("boom")));
}
STRINGER(ty_Boom, goc_type, Boom_String, "main.Boom", TU_NAMEDT(8, 8, GOC_INT, 0, NULL));

NAMED0(ty_MyInt, goc_type, "main.MyInt", TU_NAMEDT(8, 8, GOC_INT, 0, &goc_memequal64_f));
NAMED0(ty_MyStr, goc_type, "main.MyStr", TU_NAMEDT(16, 8, GOC_STRING, 8, &goc_strequal_f));

/* main.Inner struct { X, Y int }; main.Outer */
typedef struct Inner {
    goc_int X, Y;
} Inner;
static const goc_structfield Inner_fields[] = {GOC_FIELD("X", true, &goc_type_int, 0),
                                               GOC_FIELD("Y", true, &goc_type_int, 8)};
NAMED0(ty_Inner, goc_structtype, "main.Inner",
       {.Type = TU_NAMEDT(16, 8, GOC_STRUCT, 0, &goc_memequal128_f), .Fields = {(void *)Inner_fields, 2, 2}});
PTRTYPE(ty_pInner, "*main.Inner", &ty_Inner_desc.d.Type);
MAPTYPE(ty_mst, "map[main.Inner]int", Inner, goc_int, &ty_Inner_desc.d.Type, &goc_type_int, &goc_memhash128_f, REFL);
typedef struct Outer {
    Inner inner;
    Inner *P;
    goc_hmap *M;
    goc_slice L;
    goc_eface I;
    goc_iface Err;
} Outer;
static const goc_structfield Outer_fields[] = {
    {{GOC_NAMEDATA(GOC_NAME_EXPORTED | GOC_NAME_EMBEDDED, "Inner")}, &ty_Inner_desc.d.Type, offsetof(Outer, inner)},
    GOC_FIELD("P", true, &ty_pInner_desc.d.Type, offsetof(Outer, P)),
    GOC_FIELD("M", true, &ty_msi_desc.d.Type, offsetof(Outer, M)),
    GOC_FIELD("L", true, &ty_ints_desc.d.Type, offsetof(Outer, L)),
    GOC_FIELD("I", true, &goc_type_any, offsetof(Outer, I)),
    GOC_FIELD("Err", true, &goc_type_error, offsetof(Outer, Err)),
};
NAMED0(ty_Outer, goc_structtype, "main.Outer",
       {.Type = TU_NAMEDT(sizeof(Outer), 8, GOC_STRUCT, sizeof(Outer), NULL), .Fields = {(void *)Outer_fields, 6, 6}});

/* main.N: zero values of every reference kind */
#define ty_func goc_type_func
GOC_DESCRIBE(ty_chan, goc_chantype, "chan int",
             {.Type = GOC_TYPEINIT(8, 8, GOC_CHAN | GOC_KIND_DIRECTIFACE, RM, 8, &goc_memequal64_f),
              .Elem = &goc_type_int, .Dir = GOC_BOTHDIR});
GOC_DESCRIBE(ty_a2bool, goc_arraytype, "[2]bool",
             {.Type = GOC_TYPEINIT(2, 1, GOC_ARRAY, RM, 0, &goc_memequal16_f), .Elem = &goc_type_bool, .Len = 2});
typedef struct N {
    goc_hmap *M;
    goc_slice S;
    goc_int *P;
    goc_eface I;
    goc_iface E;
    goc_func *F;
    void *C;
    bool A[2];
    T T;
} N;
static const goc_structfield N_fields[] = {
    GOC_FIELD("M", true, &ty_msi_desc.d.Type, offsetof(N, M)), GOC_FIELD("S", true, &ty_ints_desc.d.Type, offsetof(N, S)),
    GOC_FIELD("P", true, &ty_pint_desc.d.Type, offsetof(N, P)), GOC_FIELD("I", true, &goc_type_any, offsetof(N, I)),
    GOC_FIELD("E", true, &goc_type_error, offsetof(N, E)),     GOC_FIELD("F", true, &ty_func, offsetof(N, F)),
    GOC_FIELD("C", true, &ty_chan_desc.d.Type, offsetof(N, C)), GOC_FIELD("A", true, &ty_a2bool_desc.d.Type, offsetof(N, A)),
    GOC_FIELD("T", true, &ty_T_desc.d.Type, offsetof(N, T)),
};
NAMED0(ty_N, goc_structtype, "main.N",
       {.Type = TU_NAMEDT(sizeof(N), 8, GOC_STRUCT, sizeof(N), NULL), .Fields = {(void *)N_fields, 9, 9}});
SLICETYPE(ty_runes, "[]int32", &goc_type_int32);
SLICETYPE(ty_byteslices, "[][]uint8", &ty_bytes_desc.d.Type);
SLICETYPE(ty_Ts, "[]main.T", &ty_T_desc.d.Type);

/* main.G int with String and GoString */
static goc_string G_String(void *recv) {
    (void)recv;
    return GOC_STR("G-string");
}
static goc_string G_GoString(void *recv) {
    (void)recv;
    return GOC_STR("G-gostring");
}
TU_NAMED2(ty_G, goc_type, "main.G", "GoString", &goc_type_func_string, G_GoString, "String", &goc_type_func_string,
          G_String, TU_NAMEDT(8, 8, GOC_INT, 0, &goc_memequal64_f));
SLICETYPE(ty_Gs, "[]main.G", &ty_G_desc.d);

/* main.BI int whose String indexes a 3-element slice with the receiver */
static goc_string BI_String(void *recv) {
    goc_int i = *(goc_int *)recv, s[3] = {1, 2, 3};
    GOC_INDEX(i, 3);
    goc_eface a[1] = {tu_box(&goc_type_int, &s[i])};
    return goc_fmt_Sprint(tu_args(a, 1));
}
STRINGER(ty_BI, goc_type, BI_String, "main.BI", TU_NAMEDT(8, 8, GOC_INT, 0, &goc_memequal64_f));
SLICETYPE(ty_BIs, "[]main.BI", &ty_BI_desc.d);

/* The descriptors by their Go names' C spelling: &ty_X is a const goc_type *. */
#define ty_bytes (ty_bytes_desc.d.Type)
#define ty_a4byte (ty_a4byte_desc.d.Type)
#define ty_MyBytes (ty_MyBytes_desc.d.Type)
#define ty_ints (ty_ints_desc.d.Type)
#define ty_a3int (ty_a3int_desc.d.Type)
#define ty_a2int (ty_a2int_desc.d.Type)
#define ty_a0int (ty_a0int_desc.d.Type)
#define ty_strings (ty_strings_desc.d.Type)
#define ty_floats (ty_floats_desc.d.Type)
#define ty_bools (ty_bools_desc.d.Type)
#define ty_anys (ty_anys_desc.d.Type)
#define ty_errors (ty_errors_desc.d.Type)
#define ty_msi (ty_msi_desc.d)
#define ty_mis (ty_mis_desc.d)
#define ty_mnest (ty_mnest_desc.d)
#define ty_mfl (ty_mfl_desc.d)
#define ty_many (ty_many_desc.d)
#define ty_mall (ty_mall_desc.d)
#define ty_mb (ty_mb_desc.d)
#define ty_marr (ty_marr_desc.d)
#define ty_T (ty_T_desc.d.Type)
#define ty_pT (ty_pT_desc.d.Type)
#define ty_pint (ty_pint_desc.d.Type)
#define ty_pints (ty_pints_desc.d.Type)
#define ty_pa2int (ty_pa2int_desc.d.Type)
#define ty_pmsi (ty_pmsi_desc.d.Type)
#define ty_empty (ty_empty_desc.d.Type)
#define ty_anon (ty_anon_desc.d.Type)
#define ty_S (ty_S_desc.d)
#define ty_Ss (ty_Ss_desc.d.Type)
#define ty_mS (ty_mS_desc.d)
#define ty_W (ty_W_desc.d.Type)
#define ty_VE (ty_VE_desc.d)
#define ty_Hidden (ty_Hidden_desc.d.Type)
#define ty_E (ty_E_desc.d.Type)
#define ty_pE (ty_pE_desc.d.Type)
#define ty_PS (ty_PS_desc.d.Type)
#define ty_pPS (ty_pPS_desc.d.Type)
#define ty_Boom (ty_Boom_desc.d)
#define ty_MyInt (ty_MyInt_desc.d)
#define ty_MyStr (ty_MyStr_desc.d)
#define ty_Inner (ty_Inner_desc.d.Type)
#define ty_pInner (ty_pInner_desc.d.Type)
#define ty_mst (ty_mst_desc.d)
#define ty_Outer (ty_Outer_desc.d.Type)
#define ty_chan (ty_chan_desc.d.Type)
#define ty_a2bool (ty_a2bool_desc.d.Type)
#define ty_N (ty_N_desc.d.Type)
#define ty_runes (ty_runes_desc.d.Type)
#define ty_byteslices (ty_byteslices_desc.d.Type)
#define ty_Ts (ty_Ts_desc.d.Type)
#define ty_G (ty_G_desc.d)
#define ty_Gs (ty_Gs_desc.d.Type)
#define ty_BI (ty_BI_desc.d)
#define ty_BIs (ty_BIs_desc.d.Type)

/* ---- values by name (the names of fmt_cases_gen.go) ---- */

#define BOX(t, ctype, v)                                                                                       \
    do {                                                                                                       \
        ctype _v = v;                                                                                          \
        return tu_box(t, &_v);                                                                                    \
    } while (0)

static goc_slice mkslice(const void *elems, goc_int n, size_t es) {
    void *p = goc_alloc((uintptr_t)(n * (goc_int)es), true);
    memcpy(p, elems, (size_t)n * es);
    return (goc_slice){p, n, n};
}

static goc_hmap *mkmap(const goc_maptype *mt, int n, const void *keys, size_t ks, const void *vals, size_t vs) {
    goc_hmap *h = goc_makemap(mt, 0, NULL);
    for (int i = 0; i < n; i++) {
        void *slot = goc_mapassign(mt, h, (const char *)keys + i * ks);
        memcpy(slot, (const char *)vals + i * vs, vs);
    }
    return h;
}

static goc_eface V(const char *n) {
    static const char *const names_i[] = {"i", "ni", "rhi", "w3", "wneg", "wbig"};
    static const goc_int vals_i[] = {42, -42, 0x110000, 3, -8, 10000000};
    for (size_t k = 0; k < sizeof vals_i / sizeof vals_i[0]; k++)
        if (!strcmp(n, names_i[k]))
            BOX(&goc_type_int, goc_int, vals_i[k]);
    if (!strcmp(n, "nil"))
        return (goc_eface){NULL, NULL};
    if (!strcmp(n, "t"))
        BOX(&goc_type_bool, bool, true);
    if (!strcmp(n, "f"))
        BOX(&goc_type_bool, bool, false);
    if (!strcmp(n, "i8"))
        BOX(&goc_type_int8, int8_t, -128);
    if (!strcmp(n, "i16"))
        BOX(&goc_type_int16, int16_t, 1234);
    if (!strcmp(n, "i32"))
        BOX(&goc_type_int32, int32_t, -5);
    if (!strcmp(n, "i64"))
        BOX(&goc_type_int64, int64_t, INT64_MIN);
    if (!strcmp(n, "u"))
        BOX(&goc_type_uint, uint64_t, UINT64_MAX);
    if (!strcmp(n, "u8"))
        BOX(&goc_type_uint8, uint8_t, 200);
    if (!strcmp(n, "wu8"))
        BOX(&goc_type_uint8, uint8_t, 4);
    if (!strcmp(n, "u16"))
        BOX(&goc_type_uint16, uint16_t, 65535);
    if (!strcmp(n, "u32"))
        BOX(&goc_type_uint32, uint32_t, 7);
    if (!strcmp(n, "u64"))
        BOX(&goc_type_uint64, uint64_t, 1ULL << 63);
    if (!strcmp(n, "up"))
        BOX(&goc_type_uintptr, uintptr_t, 0xdead);
    if (!strcmp(n, "r"))
        BOX(&goc_type_int32, int32_t, 'A');
    if (!strcmp(n, "rsm"))
        BOX(&goc_type_int32, int32_t, 0x1F600);
    if (!strcmp(n, "rbad"))
        BOX(&goc_type_int32, int32_t, -1);
    if (!strcmp(n, "rsur"))
        BOX(&goc_type_int32, int32_t, 0xD800);
    if (!strcmp(n, "rnl"))
        BOX(&goc_type_int32, int32_t, '\n');
    if (!strcmp(n, "rq"))
        BOX(&goc_type_int32, int32_t, '\'');
    if (!strcmp(n, "fl"))
        BOX(&goc_type_float64, double, 3.14159);
    if (!strcmp(n, "fe"))
        BOX(&goc_type_float64, double, 1e6);
    if (!strcmp(n, "f20"))
        BOX(&goc_type_float64, double, 1e20);
    if (!strcmp(n, "f21"))
        BOX(&goc_type_float64, double, 1e21);
    if (!strcmp(n, "fs"))
        BOX(&goc_type_float64, double, 1e-5);
    if (!strcmp(n, "fz"))
        BOX(&goc_type_float64, double, -0.0);
    if (!strcmp(n, "fnan"))
        BOX(&goc_type_float64, double, NAN);
    if (!strcmp(n, "finf"))
        BOX(&goc_type_float64, double, INFINITY);
    if (!strcmp(n, "fninf"))
        BOX(&goc_type_float64, double, -INFINITY);
    if (!strcmp(n, "f32"))
        BOX(&goc_type_float32, float, 0.1f);
    if (!strcmp(n, "f1"))
        BOX(&goc_type_float64, double, 1.0);
    if (!strcmp(n, "fbig"))
        BOX(&goc_type_float64, double, 123456789.0);
    if (!strcmp(n, "f100k"))
        BOX(&goc_type_float64, double, 100000.0);
    if (!strcmp(n, "c"))
        return tu_box(&goc_type_complex128, (double[2]){1.0, 2.0});
    if (!strcmp(n, "c64"))
        return tu_box(&goc_type_complex64, (float[2]){-1.5f, 0.25f});
    if (!strcmp(n, "cnan")) {
        double d[2] = {NAN, INFINITY};
        return tu_box(&goc_type_complex128, d);
    }
    static const char *const names_s[] = {"s", "se", "su", "sq", "sbt", "stab", "sbom", "s6", "sinv", "wstr"};
    static const char *const vals_s[] = {"hi", "", "h\xc3\xa9llo, \xe4\xb8\x96\xe7\x95\x8c",
                                         "a\"b\\c\n\t\0\x7f\xff`", "back`tick", "tab\there", "\xef\xbb\xbfx",
                                         "\xc3\xa9\xe2\x80\x8b\xf0\x9f\x98\x80\xf3\xa0\x80\x81\a\b\f\r\v", "\xe4\xb8", "x"};
    static const int lens_s[] = {2, 0, 14, 11, 9, 8, 4, 18, 2, 1};
    for (size_t k = 0; k < sizeof lens_s / sizeof lens_s[0]; k++)
        if (!strcmp(n, names_s[k]))
            BOX(&goc_type_string, goc_string, ((goc_string){(const uint8_t *)vals_s[k], lens_s[k]}));
    if (!strcmp(n, "by"))
        BOX(&ty_bytes, goc_slice, mkslice("hi", 2, 1));
    if (!strcmp(n, "bynil"))
        BOX(&ty_bytes, goc_slice, ((goc_slice){NULL, 0, 0}));
    if (!strcmp(n, "bya"))
        return tu_box(&ty_a4byte, "\x01\x02\x03\xff");
    if (!strcmp(n, "myb"))
        BOX(&ty_MyBytes, goc_slice, mkslice("ab", 2, 1));
    if (!strcmp(n, "is")) {
        goc_int a[] = {1, 2, 3};
        BOX(&ty_ints, goc_slice, mkslice(a, 3, 8));
    }
    if (!strcmp(n, "isnil"))
        BOX(&ty_ints, goc_slice, ((goc_slice){NULL, 0, 0}));
    if (!strcmp(n, "ia")) {
        goc_int a[] = {1, 2, 3};
        return tu_box(&ty_a3int, a);
    }
    if (!strcmp(n, "ss")) {
        goc_string a[] = {GOC_STR("a"), GOC_STR("b c")};
        BOX(&ty_strings, goc_slice, mkslice(a, 2, sizeof a[0]));
    }
    if (!strcmp(n, "ea"))
        return tu_box(&ty_a0int, "");
    if (!strcmp(n, "fs2")) {
        double a[] = {1.5, -2};
        BOX(&ty_floats, goc_slice, mkslice(a, 2, 8));
    }
    if (!strcmp(n, "bs")) {
        bool a[] = {true, false};
        BOX(&ty_bools, goc_slice, mkslice(a, 2, 1));
    }
    if (!strcmp(n, "msi") || !strcmp(n, "pm")) {
        goc_string k[] = {GOC_STR("b"), GOC_STR("a"), GOC_STR("c")};
        goc_int v[] = {2, 1, 3};
        goc_hmap *h = mkmap(&ty_msi, !strcmp(n, "pm") ? 1 : 3, !strcmp(n, "pm") ? k + 1 : k, sizeof k[0],
                            !strcmp(n, "pm") ? v + 1 : v, 8);
        if (!strcmp(n, "pm")) {
            goc_hmap **pp = goc_alloc(8, true);
            *pp = h;
            return tu_box(&ty_pmsi, &pp);
        }
        return tu_box(&ty_msi.Type, &h);
    }
    if (!strcmp(n, "msinil")) {
        goc_hmap *h = NULL;
        return tu_box(&ty_msi.Type, &h);
    }
    if (!strcmp(n, "msie")) {
        goc_hmap *h = goc_makemap(&ty_msi, 0, NULL);
        return tu_box(&ty_msi.Type, &h);
    }
    if (!strcmp(n, "mis")) {
        goc_int k[] = {3, 1, 2, -1};
        goc_string v[] = {GOC_STR("c"), GOC_STR("a"), GOC_STR("b"), GOC_STR("m")};
        goc_hmap *h = mkmap(&ty_mis, 4, k, 8, v, sizeof v[0]);
        return tu_box(&ty_mis.Type, &h);
    }
    if (!strcmp(n, "mnest")) {
        goc_string k[] = {GOC_STR("x"), GOC_STR("a")};
        goc_int a1[] = {1}, a2[] = {2, 3};
        goc_slice v[] = {mkslice(a1, 1, 8), mkslice(a2, 2, 8)};
        goc_hmap *h = mkmap(&ty_mnest, 2, k, sizeof k[0], v, sizeof v[0]);
        return tu_box(&ty_mnest.Type, &h);
    }
    if (!strcmp(n, "mfl")) {
        double k[] = {NAN, -INFINITY, 0, 1, -2.5};
        goc_string v[] = {GOC_STR("nan"), GOC_STR("-inf"), GOC_STR("z"), GOC_STR("one"), GOC_STR("neg")};
        goc_hmap *h = mkmap(&ty_mfl, 5, k, 8, v, sizeof v[0]);
        return tu_box(&ty_mfl.Type, &h);
    }
    if (!strcmp(n, "many")) {
        bool f = false;
        double fl = 1.5;
        goc_int two = 2;
        goc_string a = GOC_STR("a");
        goc_eface k[] = {{NULL, NULL}, tu_box(&goc_type_bool, &f), tu_box(&goc_type_float64, &fl), tu_box(&goc_type_int, &two),
                         tu_box(&goc_type_string, &a)};
        goc_int v[] = {5, 4, 3, 2, 1};
        goc_hmap *h = mkmap(&ty_many, 5, k, sizeof k[0], v, 8);
        return tu_box(&ty_many.Type, &h);
    }
    if (!strcmp(n, "mall")) {
        static const char *const vs[] = {"uintptr", "int16",  "uint32", "uint64",  "complex64", "bool",  "float64", "int",
                                         "string",  "int8",   "uint",   "complex128", "float32", "uint8", "int64",   "int32",
                                         "uint16",  "MyInt",  "MyStr",  "Inner",   "arr",       "es"};
        uint64_t one = 1, three = 3, two = 2;
        float c64[2] = {1, 0};
        double c128[2] = {1, 1}, f15 = 1.5;
        float f1 = 1;
        bool no = false;
        goc_string a = GOC_STR("a"), z = GOC_STR("z");
        Inner in = {1, 2};
        goc_int arr[2] = {0, 0};
        goc_eface k[] = {tu_box(&goc_type_uintptr, &one),    tu_box(&goc_type_int16, &one),      tu_box(&goc_type_uint32, &one),
                         tu_box(&goc_type_uint64, &one),     tu_box(&goc_type_complex64, c64),   tu_box(&goc_type_bool, &no),
                         tu_box(&goc_type_float64, &f15),    tu_box(&goc_type_int, &two),        tu_box(&goc_type_string, &a),
                         tu_box(&goc_type_int8, &one),       tu_box(&goc_type_uint, &one),       tu_box(&goc_type_complex128, c128),
                         tu_box(&goc_type_float32, &f1),     tu_box(&goc_type_uint8, &one),      tu_box(&goc_type_int64, &one),
                         tu_box(&goc_type_int32, &one),      tu_box(&goc_type_uint16, &three),   tu_box(&ty_MyInt, &one),
                         tu_box(&ty_MyStr, &z),              tu_box(&ty_Inner, &in),             tu_box(&ty_a2int, arr),
                         tu_box(&ty_empty, "")};
        goc_string v[22];
        for (int j = 0; j < 22; j++)
            v[j] = tu_gostr(vs[j]);
        goc_hmap *h = mkmap(&ty_mall, 22, k, sizeof k[0], v, sizeof v[0]);
        return tu_box(&ty_mall.Type, &h);
    }
    if (!strcmp(n, "mb")) {
        bool k[] = {true, false};
        goc_int v[] = {1, 0};
        goc_hmap *h = mkmap(&ty_mb, 2, k, 1, v, 8);
        return tu_box(&ty_mb.Type, &h);
    }
    if (!strcmp(n, "marr")) {
        goc_int k[3][2] = {{2, 1}, {1, 2}, {1, 1}};
        goc_string v[] = {GOC_STR("b"), GOC_STR("a"), GOC_STR("c")};
        goc_hmap *h = mkmap(&ty_marr, 3, k, 16, v, sizeof v[0]);
        return tu_box(&ty_marr.Type, &h);
    }
    if (!strcmp(n, "mst")) {
        Inner k[] = {{2, 1}, {1, 5}, {1, 2}};
        goc_int v[] = {1, 2, 3};
        goc_hmap *h = mkmap(&ty_mst, 3, k, sizeof k[0], v, 8);
        return tu_box(&ty_mst.Type, &h);
    }
    if (!strcmp(n, "mS")) {
        goc_int k[] = {2, 1}, v[] = {3, 4};
        goc_hmap *h = mkmap(&ty_mS, 2, k, 8, v, 8);
        return tu_box(&ty_mS.Type, &h);
    }
    if (!strcmp(n, "st") || !strcmp(n, "anon")) {
        T t = {1, GOC_STR("x")};
        return tu_box(!strcmp(n, "st") ? &ty_T : &ty_anon, &t);
    }
    if (!strcmp(n, "pst")) {
        T *t = goc_alloc(sizeof *t, true);
        *t = (T){1, GOC_STR("x")};
        return tu_box(&ty_pT, &t);
    }
    if (!strcmp(n, "pstnil"))
        return (goc_eface){&ty_pT, NULL};
    if (!strcmp(n, "pint"))
        return (goc_eface){&ty_pint, NULL};
    if (!strcmp(n, "pis")) {
        goc_int a[] = {1, 2};
        goc_slice *s = goc_alloc(sizeof *s, true);
        *s = mkslice(a, 2, 8);
        return (goc_eface){&ty_pints, s};
    }
    if (!strcmp(n, "pa")) {
        goc_int *a = goc_alloc(16, false);
        a[0] = 1;
        a[1] = 2;
        return (goc_eface){&ty_pa2int, a};
    }
    if (!strcmp(n, "es"))
        return tu_box(&ty_empty, "");
    if (!strcmp(n, "sv"))
        BOX(&ty_S, goc_int, 5);
    if (!strcmp(n, "svs")) {
        goc_int a[] = {1, 2};
        BOX(&ty_Ss, goc_slice, mkslice(a, 2, 8));
    }
    if (!strcmp(n, "w"))
        BOX(&ty_W, W, ((W){1, 2}));
    if (!strcmp(n, "ve"))
        BOX(&ty_VE, goc_string, GOC_STR("y"));
    if (!strcmp(n, "hid")) {
        goc_string *x = goc_alloc(sizeof *x, true);
        *x = GOC_STR("x");
        BOX(&ty_Hidden, Hidden, ((Hidden){3, {&VE_error_itab, x}}));
    }
    if (!strcmp(n, "err"))
        return goc_ifacetoeface(goc_errors_New(GOC_STR("boom")));
    if (!strcmp(n, "eptr")) {
        goc_string *e = goc_alloc(sizeof *e, true);
        *e = GOC_STR("bad");
        return (goc_eface){&ty_pE, e};
    }
    if (!strcmp(n, "enil"))
        return (goc_eface){&ty_pE, NULL};
    if (!strcmp(n, "psnil"))
        return (goc_eface){&ty_pPS, NULL};
    if (!strcmp(n, "boom"))
        BOX(&ty_Boom, goc_int, 1);
    if (!strcmp(n, "mi"))
        BOX(&ty_MyInt, goc_int, 7);
    if (!strcmp(n, "ms"))
        BOX(&ty_MyStr, goc_string, GOC_STR("named"));
    if (!strcmp(n, "g"))
        BOX(&ty_G, goc_int, 1);
    if (!strcmp(n, "gs")) {
        goc_int g[] = {1};
        BOX(&ty_Gs, goc_slice, mkslice(g, 1, 8));
    }
    if (!strcmp(n, "bi"))
        BOX(&ty_BI, goc_int, 5);
    if (!strcmp(n, "bis")) {
        goc_int b[] = {1, 5};
        BOX(&ty_BIs, goc_slice, mkslice(b, 2, 8));
    }
    if (!strcmp(n, "nz"))
        return tu_box(&ty_N, &(N){0});
    if (!strcmp(n, "fnil"))
        return (goc_eface){&ty_func, NULL};
    if (!strcmp(n, "chnil"))
        return (goc_eface){&ty_chan, NULL};
    if (!strcmp(n, "i32s")) {
        int32_t r[] = {'a', 'b'};
        BOX(&ty_runes, goc_slice, mkslice(r, 2, 4));
    }
    if (!strcmp(n, "bss")) {
        goc_slice b[] = {mkslice("hi", 2, 1), {NULL, 0, 0}};
        BOX(&ty_byteslices, goc_slice, mkslice(b, 2, sizeof b[0]));
    }
    if (!strcmp(n, "sts")) {
        T t[] = {{1, GOC_STR("a")}, {2, GOC_STR("b")}};
        BOX(&ty_Ts, goc_slice, mkslice(t, 2, sizeof t[0]));
    }
    if (!strcmp(n, "swide"))
        BOX(&goc_type_string, goc_string, GOC_STR("\xe4\xb8\x96\xe7\x95\x8cx"));
    if (!strcmp(n, "ifnil")) {
        goc_eface e[] = {{NULL, NULL}};
        BOX(&ty_anys, goc_slice, mkslice(e, 1, sizeof e[0]));
    }
    if (!strcmp(n, "u8s"))
        BOX(&ty_bytes, goc_slice, mkslice("\x01\x02", 2, 1));
    if (!strcmp(n, "ni8"))
        BOX(&goc_type_int8, int8_t, -1);
    if (!strcmp(n, "outer")) {
        Outer *o = goc_alloc(sizeof *o, true);
        o->inner = (Inner){1, 2};
        goc_string k = GOC_STR("k");
        goc_int one = 1, five = 5, nine = 9;
        o->M = mkmap(&ty_msi, 1, &k, sizeof k, &one, 8);
        o->L = mkslice(&five, 1, 8);
        o->I = tu_box(&goc_type_int, &nine);
        return tu_box(&ty_Outer, o);
    }
    if (!strcmp(n, "ifs")) {
        goc_int one = 1, three = 3;
        double f = 2.5;
        goc_string a = GOC_STR("a");
        goc_eface e[] = {tu_box(&goc_type_int, &one), tu_box(&goc_type_string, &a), {NULL, NULL}, tu_box(&goc_type_float64, &f),
                         tu_box(&ty_S, &three)};
        BOX(&ty_anys, goc_slice, mkslice(e, 5, sizeof e[0]));
    }
    if (!strcmp(n, "errs")) {
        goc_iface e[] = {goc_errors_New(GOC_STR("e1")), {NULL, NULL}};
        BOX(&ty_errors, goc_slice, mkslice(e, 2, sizeof e[0]));
    }
    ck_abort_msg("no test value named %s", n);
    return (goc_eface){NULL, NULL};
}

/* ---- the oracle cases ---- */

typedef struct fmtcase {
    char kind;
    const char *format, *args;
    const char *expected;
    size_t explen;
} fmtcase;

#define CASE(k, f, a, e) {k, f, a, e, sizeof(e) - 1},
static const fmtcase cases[] = {
#include "data/fmt_cases.inc"
};
static const fmtcase random_cases[] = {
#include "data/fmt_random.inc"
};
#undef CASE

static goc_string run_case(const fmtcase *c) {
    goc_eface a[16];
    int n = 0;
    char names[256];
    snprintf(names, sizeof names, "%s", c->args);
    for (char *save = NULL, *tok = strtok_r(names, " ", &save); tok; tok = strtok_r(NULL, " ", &save))
        a[n++] = V(tok);
    goc_slice args = tu_args(a, n);
    goc_string fs = {(const uint8_t *)c->format, (goc_int)strlen(c->format)};
    switch (c->kind) {
    case 'p': return goc_fmt_Sprint(args);
    case 'l': return goc_fmt_Sprintln(args);
    case 'e': {
        goc_eface err = goc_ifacetoeface(goc_fmt_Errorf(fs, args));
        goc_eface b[2] = {err, err};
        return goc_fmt_Sprintf(GOC_STR("%T|%v"), tu_args(b, 2));
    }
    default: return goc_fmt_Sprintf(fs, args);
    }
}

static bool case_ok(const fmtcase *c, goc_string got) {
    return got.len == (goc_int)c->explen && (got.len == 0 || memcmp(got.str, c->expected, c->explen) == 0);
}

START_TEST(test_oracle_case) {
    const fmtcase *c = &cases[_i];
    goc_string got = run_case(c);
    ck_assert_msg(case_ok(c, got),
                  "case %d %c(\"%s\"; %s):\n  got  [%s]\n  want [%s]", _i, c->kind, c->format, c->args, tu_cstr(got),
                  c->expected);
}
END_TEST

/* 2000 random formats (flags, widths, precisions, *, [n], verbs) in one test */
START_TEST(test_random_cases) {
    int n = (int)(sizeof random_cases / sizeof random_cases[0]), failures = 0, first = -1;
    goc_string firstgot = {0};
    for (int i = 0; i < n; i++) {
        goc_string got = run_case(&random_cases[i]);
        if (!case_ok(&random_cases[i], got)) {
            if (failures++ == 0) {
                first = i;
                firstgot = got;
            }
        }
    }
    ck_assert_int_ge(n, 2000);
    ck_assert_msg(failures == 0, "%d of %d random cases differ; first %c(\"%s\"; %s):\n  got  [%s]\n  want [%s]", failures,
                  n, first >= 0 ? random_cases[first].kind : ' ', first >= 0 ? random_cases[first].format : "",
                  first >= 0 ? random_cases[first].args : "", tu_cstr(firstgot), first >= 0 ? random_cases[first].expected : "");
}
END_TEST

/* ---- a String method whose panic value's String panics too: fmt gives up and panics ---- */

static goc_string Inner_String(void *recv) {
    (void)recv;
    goc_gopanic(tu_box(&goc_type_string, &GOC_STR("inner")));
}
STRINGER(ty_InnerPanic, goc_type, Inner_String, "main.InnerPanic", TU_NAMEDT(8, 8, GOC_INT, 0, NULL));
#define ty_InnerPanic (ty_InnerPanic_desc.d)
static goc_string Outer_String(void *recv) {
    (void)recv;
    goc_int zero = 0;
    goc_gopanic(tu_box(&ty_InnerPanic, &zero));
}
STRINGER(ty_OuterPanic, goc_type, Outer_String, "main.OuterPanic", TU_NAMEDT(8, 8, GOC_INT, 0, NULL));
#define ty_OuterPanic (ty_OuterPanic_desc.d)

START_TEST(test_nested_panic) {
    /* Go: catchPanic re-panics when printing the panic value panics again. */
    close(2); /* keep the crash report out of the test log */
    goc_int zero = 0;
    goc_eface a[1] = {tu_box(&ty_OuterPanic, &zero)};
    goc_fmt_Sprint(tu_args(a, 1));
}
END_TEST

/* ---- output to file descriptors, %p, errors ---- */

static char *read_all(int fd) {
    static char buf[4096];
    size_t n = 0;
    ssize_t r;
    while ((r = read(fd, buf + n, sizeof buf - 1 - n)) > 0)
        n += (size_t)r;
    buf[n] = 0;
    return buf;
}

START_TEST(test_fprint_fd) {
    int p[2];
    ck_assert_int_eq(pipe(p), 0);
    goc_eface a[3] = {V("s"), V("i"), V("msi")};
    ck_assert_int_eq(goc_fmt_Fprint(p[1], tu_args(a, 3)), 21);  /* hi42 map[a:1 b:2 c:3] */
    ck_assert_int_eq(goc_fmt_Fprintln(p[1], tu_args(a, 2)), 6); /* hi 42\n */
    ck_assert_int_eq(goc_fmt_Fprintf(p[1], GOC_STR("<%5d>"), tu_args(a + 1, 1)), 7);
    /* Print, Println, Printf write to fd 1 */
    goc_eface b[2] = {V("i"), V("s")};
    int saved = dup(1);
    ck_assert_int_eq(dup2(p[1], 1), 1);
    ck_assert_int_eq(goc_fmt_Print(tu_args(b, 2)), 4); /* 42hi */
    ck_assert_int_eq(goc_fmt_Println(tu_args(b, 0)), 1);
    ck_assert_int_eq(goc_fmt_Printf(GOC_STR("%s!"), tu_args(a, 1)), 3);
    dup2(saved, 1);
    close(saved);
    close(p[1]);
    ck_assert_str_eq(read_all(p[0]), "hi42 map[a:1 b:2 c:3]hi 42\n<   42>42hi\nhi!");
    close(p[0]);
}
END_TEST

START_TEST(test_pointer_hex) {
    goc_eface a[3] = {V("pst"), V("pa"), V("pm")};
    char want[256];
    goc_eface args[4] = {a[0], a[0], a[1], a[2]};
    snprintf(want, sizeof want, "%p &{1 x} %p|%p", a[0].data, a[1].data, a[2].data);
    ck_assert_str_eq(tu_cstr(goc_fmt_Sprintf(GOC_STR("%p %v %p|%p"), tu_args(args, 4))), want);
    /* below the top level a pointer prints as hex */
    goc_eface ptrs[1] = {a[0]};
    goc_slice sl = {ptrs, 1, 1};
    goc_eface two[2] = {tu_box(&ty_anys, &sl), tu_box(&ty_anys, &sl)};
    snprintf(want, sizeof want, "[%p]|[]interface {}{(*main.T)(%p)}", a[0].data, a[0].data);
    ck_assert_str_eq(tu_cstr(goc_fmt_Sprintf(GOC_STR("%v|%#v"), tu_args(two, 2))), want);
}
END_TEST

START_TEST(test_big_output) {
    /* widths beyond the small buffers, long strings, many operands */
    goc_eface a[2] = {V("i"), V("s")};
    goc_string s = goc_fmt_Sprintf(GOC_STR("%300d|%-200s|"), tu_args(a, 2));
    ck_assert_int_eq(s.len, 502);
    ck_assert_int_eq(s.str[297], ' ');
    ck_assert_int_eq(s.str[298], '4');
    ck_assert_int_eq(s.str[300], '|');
    ck_assert_int_eq(s.str[301], 'h');
    ck_assert_int_eq(s.str[303], ' ');
    /* scratch buffers that outgrow their stack space */
    char longs[201], wantbuf[256];
    memset(longs, 'a', 200);
    longs[200] = 0;
    goc_eface q[1] = {tu_box(&goc_type_string, &(goc_string){(const uint8_t *)longs, 200})};
    snprintf(wantbuf, sizeof wantbuf, "\"%s\"", longs);
    ck_assert_str_eq(tu_cstr(goc_fmt_Sprintf(GOC_STR("%q"), tu_args(q, 1))), wantbuf);
    double tenth = 0.1;
    goc_eface f[2] = {tu_box(&goc_type_float64, &tenth), tu_box(&goc_type_float64, &tenth)};
    /* Go 1.23: fmt.Sprintf("%.100f|%#.120g", 0.1, 0.1) */
    ck_assert_str_eq(tu_cstr(goc_fmt_Sprintf(GOC_STR("%.100f|%#.120g"), tu_args(f, 2))),
                     "0.1000000000000000055511151231257827021181583404541015625000000000000000000000000000000000000000000000|0"
                     ".100000000000000005551115123125782702118158340454101562500000000000000000000000000000000000000000000000000000000000000000");

    int n = tu_gcstress() ? 50 : 2000;
    goc_eface *many = goc_alloc((uintptr_t)n * sizeof *many, true);
    for (int i = 0; i < n; i++) {
        goc_int v = i;
        many[i] = tu_box(&goc_type_int, &v);
    }
    goc_string out = goc_fmt_Sprintln(tu_args(many, n));
    goc_int want = 0;
    for (int i = 0; i < n; i++)
        want += snprintf(NULL, 0, "%d", i) + 1;
    ck_assert_int_eq(out.len, want);
    ck_assert_int_eq(out.str[out.len - 1], '\n');
}
END_TEST

Suite *fmt_suite(void) {
    Suite *s = suite_create("fmt");
    TCase *tc = tcase_create("oracle");
    tcase_add_loop_test(tc, test_oracle_case, 0, (int)(sizeof cases / sizeof cases[0]));
    tcase_add_test(tc, test_random_cases);
    tcase_set_timeout(tc, 60);
    suite_add_tcase(s, tc);
    TCase *api = tcase_create("api");
    tcase_add_test(api, test_fprint_fd);
    tcase_add_test(api, test_pointer_hex);
    tcase_add_test(api, test_big_output);
    tcase_add_exit_test(api, test_nested_panic, 2);
    suite_add_tcase(s, api);
    return s;
}
