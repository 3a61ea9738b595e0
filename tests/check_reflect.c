/*
 * tests/check_reflect.c — the runtime functions reflect reaches by link name
 * (runtime/reflect.c): calls built at run time through libffi (ffiCall with
 * goc's convention: closure or receiver word first, arguments of every C
 * shape, one result, several as a struct, small integers widened; ffiClosure
 * called the way generated code calls a func value), the memory helpers
 * (typedslicecopy, growslice, unsafe_NewArray's limit), maps through
 * mapassign0/mapaccess/the iterator, channels without blocking, rselect's
 * case order and default, and typelinks (sorted by type string).
 */
#include "goc_rt.h"
#include "linkname.h"
#include "testutil.h"

#include <complex.h>
#include <string.h>

#define RM GOC_TFLAG_REGULARMEMORY

/* A func type with n parameters and results after it. */
#define FUNCTYPE(name, str, nin, nout, ...)                                                       \
    typedef struct {                                                                              \
        goc_functype f;                                                                           \
        const goc_type *p[(nin) + (nout)];                                                        \
    } name##_t;                                                                                   \
    GOC_DESCRIBE(name, name##_t, str,                                                             \
                 {.f = {.Type = GOC_TYPEINIT(8, 8, GOC_FUNC | GOC_KIND_DIRECTIFACE, 0, 8, NULL),  \
                        .InCount = (nin), .OutCount = (nout)},                                    \
                  .p = {__VA_ARGS__}})

/* struct { A int8; B int64; C float32 } */
typedef struct pair {
    int8_t a;
    int64_t b;
    float c;
} pair;
static const goc_structfield pair_fields[] = {
    GOC_FIELD("A", true, &goc_type_int8, 0),
    GOC_FIELD("B", true, &goc_type_int64, 8),
    GOC_FIELD("C", true, &goc_type_float32, 16),
};
GOC_DESCRIBE(ty_pair, goc_structtype, "struct { A int8; B int64; C float32 }",
             {.Type = GOC_TYPEINIT(24, 8, GOC_STRUCT, 0, 0, NULL),
              .Fields = {(void *)pair_fields, 3, 3}});
/* [3]uint16 */
typedef struct arr3 {
    uint16_t a[3];
} arr3;
GOC_DESCRIBE(ty_arr3, goc_arraytype, "[3]uint16",
             {.Type = GOC_TYPEINIT(6, 2, GOC_ARRAY, RM, 0, NULL), .Elem = &goc_type_uint16, .Len = 3});

FUNCTYPE(ty_f1, "func(int, int8, float64, string) string", 4, 1, &goc_type_int, &goc_type_int8,
         &goc_type_float64, &goc_type_string, &goc_type_string);
FUNCTYPE(ty_f2, "func(struct { A int8; B int64; C float32 }, [3]uint16, complex128, interface {}) (int, bool, string)",
         4, 3, &ty_pair_desc.d.Type, &ty_arr3_desc.d.Type, &goc_type_complex128, &goc_type_any,
         &goc_type_int, &goc_type_bool, &goc_type_string);
FUNCTYPE(ty_f3, "func(int8) int8", 1, 1, &goc_type_int8, &goc_type_int8);
FUNCTYPE(ty_f4, "func(float32, uint8) float32", 2, 1, &goc_type_float32, &goc_type_uint8, &goc_type_float32);

static void *codeptr(void (*fn)(void)) {
    void *p;
    memcpy(&p, &fn, sizeof p);
    return p;
}

static goc_func *closure_seen;

static goc_string f1(goc_func *cl, goc_int a, int8_t b, double c, goc_string s) {
    closure_seen = cl;
    char buf[128];
    int n = snprintf(buf, sizeof buf, "%ld %d %g %.*s", (long)a, b, c, (int)s.len, (const char *)s.str);
    char *out = goc_alloc((uintptr_t)n, false);
    memcpy(out, buf, (size_t)n);
    return (goc_string){(const uint8_t *)out, n};
}

typedef struct f2res {
    goc_int r0;
    goc_bool r1;
    goc_string r2;
} f2res;

static f2res f2(void *rcvr, pair p, arr3 a, goc_complex128 z, goc_eface e) {
    f2res r = {p.a + p.b + (goc_int)p.c + a.a[0] + a.a[1] + a.a[2] + (goc_int)creal(z) + (goc_int)cimag(z),
               rcvr == (void *)&ty_pair_desc && e.type == &goc_type_int && *(goc_int *)e.data == 5,
               tu_gostr("done")};
    return r;
}

static int8_t f3(goc_func *cl, int8_t x) {
    (void)cl;
    return (int8_t)-x;
}

START_TEST(test_ffi_call) {
    goc_func cl = {TU_FN(f1)};
    goc_int a = -7;
    int8_t b = -100;
    double c = 2.5;
    goc_string s = tu_gostr("str");
    void *args[] = {&a, &b, &c, &s};
    goc_string ret[2]; /* room for a word more */
    closure_seen = NULL;
    reflect__ffiCall(&ty_f1_desc.d.f, codeptr(cl.fn), &cl, args, ret, false);
    ck_assert_ptr_eq(closure_seen, &cl);
    ck_assert_str_eq(tu_cstr(ret[0]), "-7 -100 2.5 str");

    /* a method's Ifn: the receiver word first; structs, arrays, complex and interfaces by value */
    pair p = {-1, 1000, 2.75f};
    arr3 arr = {{1, 2, 65535}};
    goc_complex128 z = 3.0 + 4.0 * I;
    goc_int five = 5;
    goc_eface e = {&goc_type_int, &five};
    void *args2[] = {&p, &arr, &z, &e};
    struct {
        f2res r;
        uint64_t pad;
    } out;
    memset(&out, 0xff, sizeof out);
    reflect__ffiCall(&ty_f2_desc.d.f, codeptr(TU_FN(f2)), (void *)&ty_pair_desc, args2, &out, false);
    ck_assert_int_eq(out.r.r0, -1 + 1000 + 2 + 1 + 2 + 65535 + 3 + 4);
    ck_assert(out.r.r1);
    ck_assert_str_eq(tu_cstr(out.r.r2), "done");

    /* a small signed result: only its byte is stored, sign intact */
    int8_t x = 12;
    void *args3[] = {&x};
    uint64_t word = 0x1111111111111111u;
    reflect__ffiCall(&ty_f3_desc.d.f, codeptr(TU_FN(f3)), NULL, args3, &word, false);
    ck_assert_int_eq((int8_t)(word & 0xff), -12);
    ck_assert_uint_eq(word >> 8, 0x11111111111111u);
}
END_TEST

/* A MakeFunc callback: args points to the argument pointers, ret to the result space. */
typedef struct cbclosure {
    goc_func f;
    int calls;
    bool deferred; /* the last call's */
} cbclosure;

static void cb_f3(goc_func *cl, void **args, void *ret, bool deferred) {
    ck_assert(!deferred);
    ((cbclosure *)cl)->calls++;
    *(int8_t *)ret = (int8_t)(*(int8_t *)args[0] * 2);
}

static void cb_f4(goc_func *cl, void **args, void *ret, bool deferred) {
    ck_assert(!deferred);
    ((cbclosure *)cl)->calls++;
    *(float *)ret = *(float *)args[0] + *(uint8_t *)args[1];
}

static void cb_f1(goc_func *cl, void **args, void *ret, bool deferred) {
    ((cbclosure *)cl)->calls++;
    ((cbclosure *)cl)->deferred = deferred;
    goc_string s = *(goc_string *)args[3];
    *(goc_string *)ret = (goc_string){s.str, s.len - *(goc_int *)args[0]};
}

START_TEST(test_ffi_closure) {
    cbclosure *c3 = goc_alloc(sizeof *c3, true), *c4 = goc_alloc(sizeof *c4, true), *c1 = goc_alloc(sizeof *c1, true);
    c3->f.fn = TU_FN(cb_f3);
    c4->f.fn = TU_FN(cb_f4);
    c1->f.fn = TU_FN(cb_f1);
    goc_func *g3 = reflect__ffiClosure(&ty_f3_desc.d.f, &c3->f);
    goc_func *g4 = reflect__ffiClosure(&ty_f4_desc.d.f, &c4->f);
    goc_func *g1 = reflect__ffiClosure(&ty_f1_desc.d.f, &c1->f);
    for (int i = 0; i < (int)tu_scale(200, 10); i++) {
        ck_assert_int_eq(((int8_t(*)(goc_func *, int8_t))g3->fn)(g3, -3), -6);
        ck_assert_float_eq(((float (*)(goc_func *, float, uint8_t))g4->fn)(g4, 1.5f, 200), 201.5f);
        goc_string r = ((goc_string(*)(goc_func *, goc_int, int8_t, double, goc_string))g1->fn)(
            g1, 2, 0, 0.0, tu_gostr("hello"));
        ck_assert_int_eq(r.len, 3);
        ck_assert_int_eq(memcmp(r.str, "hel", 3), 0);
        if (i % 50 == 0)
            GC_gcollect(); /* the closures' data stay alive while the func values are */
    }
    ck_assert_int_eq(c3->calls, (int)tu_scale(200, 10));
    ck_assert_int_eq(c4->calls, (int)tu_scale(200, 10));
    /* a made function called through ffiCall, as Value.Call of a MakeFunc value does */
    int8_t x = 21;
    void *args[] = {&x};
    uint64_t word = 0;
    reflect__ffiCall(&ty_f3_desc.d.f, codeptr(g3->fn), g3, args, &word, false);
    ck_assert_int_eq((int8_t)word, 42);
    ck_assert(reflect__methodValueCallCodePtr() != 0);
}
END_TEST

/* recover's token (include/goc/panic.h): a made function that a deferred
 * call's thunk called directly (goc__deferfn == the func value) tells its
 * callback so, and clears the token; ffiCall with deferred set stores the
 * code it calls there, as a deferred call's thunk would. */
static void *deferfn_seen;

static int8_t f3_token(goc_func *cl, int8_t x) {
    (void)cl;
    deferfn_seen = goc__deferfn;
    goc__deferfn = NULL;
    return x;
}

START_TEST(test_deferred_token) {
    cbclosure *c1 = goc_alloc(sizeof *c1, true);
    c1->f.fn = TU_FN(cb_f1);
    goc_func *g1 = reflect__ffiClosure(&ty_f1_desc.d.f, &c1->f);
    goc_string (*call)(goc_func *, goc_int, int8_t, double, goc_string);
    memcpy(&call, &g1->fn, sizeof call);
    goc__deferfn = g1;
    call(g1, 0, 0, 0.0, tu_gostr("x"));
    ck_assert(c1->deferred);
    ck_assert_ptr_null(goc__deferfn);
    goc__deferfn = &c1->f; /* another func value's token */
    call(g1, 0, 0, 0.0, tu_gostr("x"));
    ck_assert(!c1->deferred);
    ck_assert_ptr_null(goc__deferfn);

    int8_t x = 3;
    void *args[] = {&x};
    uint64_t word = 0;
    goc__deferfn = NULL;
    reflect__ffiCall(&ty_f3_desc.d.f, codeptr(TU_FN(f3_token)), NULL, args, &word, false);
    ck_assert_ptr_null(deferfn_seen);
    reflect__ffiCall(&ty_f3_desc.d.f, codeptr(TU_FN(f3_token)), NULL, args, &word, true);
    ck_assert_ptr_eq(deferfn_seen, codeptr(TU_FN(f3_token)));
    ck_assert_int_eq((int8_t)word, 3);
    reflect__setDeferfn(g1);
    ck_assert_ptr_eq(goc__deferfn, g1);
    goc__deferfn = NULL;
}
END_TEST

START_TEST(test_memory) {
    goc_int a[5] = {1, 2, 3, 4, 5}, b[3] = {0};
    goc_slice sa = {a, 5, 5}, sb = {b, 3, 3};
    ck_assert_int_eq(reflect__typedslicecopy(&goc_type_int, sb, sa), 3);
    ck_assert_int_eq(b[2], 3);
    /* overlapping copy */
    ck_assert_int_eq(reflect__typedslicecopy(&goc_type_int, (goc_slice){a + 1, 4, 4}, sa), 4);
    ck_assert_int_eq(a[4], 4);

    goc_slice g = reflect__growslice(&goc_type_int, (goc_slice){a, 2, 3}, 5);
    ck_assert_int_eq(g.len, 2);
    ck_assert_int_ge(g.cap, 7);
    ck_assert_int_eq(((goc_int *)g.ptr)[1], 1);

    goc_int *arr = reflect__unsafe_NewArray(&goc_type_int, 10);
    ck_assert_int_eq(arr[9], 0);
    ck_assert(reflect__verifyNotInHeapPtr((uintptr_t)&a));
    ck_assert(!reflect__verifyNotInHeapPtr((uintptr_t)arr));
}
END_TEST

static void newarray_huge(const void *arg) {
    (void)arg;
    reflect__unsafe_NewArray(&goc_type_int, (goc_int)1 << 60);
}

START_TEST(test_newarray_limit) {
    goc_eface e = tu_catch(newarray_huge, NULL);
    ck_assert_ptr_nonnull(e.type);
}
END_TEST

TU_MAP(ty_mis, "map[int]string", goc_int, goc_string, &goc_type_int, &goc_type_string, &goc_memhash64_f,
       GOC_MAPF_REFLEXIVEKEY);

START_TEST(test_maps) {
    const goc_maptype *mt = &ty_mis_desc.d;
    goc_hmap *h = reflect__makemap(mt, 0);
    for (goc_int k = 0; k < 100; k++) {
        char buf[24];
        snprintf(buf, sizeof buf, "v%ld", (long)k);
        char *copy = goc_alloc(strlen(buf), false);
        memcpy(copy, buf, strlen(buf));
        goc_string v = {(const uint8_t *)copy, (goc_int)strlen(buf)};
        reflect__mapassign0(mt, h, &k, &v);
    }
    goc_int k = 42, missing = 1000;
    ck_assert_int_eq(reflect__maplen(h), 100);
    ck_assert_str_eq(tu_cstr(*(goc_string *)reflect__mapaccess(mt, h, &k)), "v42");
    ck_assert_ptr_null(reflect__mapaccess(mt, h, &missing));
    reflect__mapdelete(mt, h, &k);
    ck_assert_ptr_null(reflect__mapaccess(mt, h, &k));
    goc_hiter it;
    goc_int n = 0, sum = 0;
    for (reflect__mapiterinit(mt, h, &it); reflect__mapiterkey(&it) != NULL; reflect__mapiternext(&it)) {
        goc_int key = *(goc_int *)reflect__mapiterkey(&it);
        char buf[24];
        snprintf(buf, sizeof buf, "v%ld", (long)key);
        ck_assert_str_eq(tu_cstr(*(goc_string *)reflect__mapiterelem(&it)), buf);
        n++;
        sum += key;
    }
    ck_assert_int_eq(n, 99);
    ck_assert_int_eq(sum, 99 * 100 / 2 - 42);
    reflect__mapclear(mt, h);
    ck_assert_int_eq(reflect__maplen(h), 0);
    ck_assert_int_eq(reflect__maplen(NULL), 0);
}
END_TEST

TU_CHANTYPE(ty_chanint, &goc_type_int, "chan int");

START_TEST(test_chans_select) {
    goc_hchan *c = reflect__makechan(&ty_chanint_desc.d.Type, 1);
    goc_int v = 7, got = 0;
    ck_assert(reflect__chansend0(c, &v, true));
    ck_assert(!reflect__chansend0(c, &v, true)); /* full */
    ck_assert_int_eq(reflect__chanlen(c), 1);
    ck_assert_int_eq(reflect__chancap(c), 1);
    reflect_chanrecv_result r = reflect__chanrecv(c, true, &got);
    ck_assert(r.selected && r.received);
    ck_assert_int_eq(got, 7);
    r = reflect__chanrecv(c, true, &got);
    ck_assert(!r.selected);

    /* cases: [0] receive from empty c, [1] default, [2] send to c: the send wins */
    goc_int sv = 9, rv = 0;
    struct {
        goc_int dir;
        const goc_type *typ;
        goc_hchan *ch;
        void *val;
    } cases[3] = {{2, NULL, c, &rv}, {3, NULL, NULL, NULL}, {1, NULL, c, &sv}};
    reflect_rselect_result s = reflect__rselect((goc_slice){cases, 3, 3});
    ck_assert_int_eq(s.chosen, 2);
    /* now the receive is ready */
    s = reflect__rselect((goc_slice){cases, 2, 2});
    ck_assert_int_eq(s.chosen, 0);
    ck_assert(s.recvOK);
    ck_assert_int_eq(rv, 9);
    /* nothing ready: the default */
    s = reflect__rselect((goc_slice){cases, 2, 2});
    ck_assert_int_eq(s.chosen, 1);
    reflect__chanclose(c);
    s = reflect__rselect((goc_slice){cases, 1, 1});
    ck_assert_int_eq(s.chosen, 0);
    ck_assert(!s.recvOK);
}
END_TEST

START_TEST(test_typelinks) {
    reflect_typelinks_result tl = reflect__typelinks();
    ck_assert_int_eq(tl.sections.len, tl.offsets.len);
    ck_assert_int_ge(tl.sections.len, 1);
    int seen = 0;
    for (goc_int m = 0; m < tl.sections.len; m++) {
        const uint8_t *base = ((void **)tl.sections.ptr)[m];
        goc_slice offs = ((goc_slice *)tl.offsets.ptr)[m];
        for (goc_int i = 0; i < offs.len; i++) {
            const goc_type *t = (const goc_type *)(base + ((int32_t *)offs.ptr)[i]);
            if (i > 0) {
                const goc_type *prev = (const goc_type *)(base + ((int32_t *)offs.ptr)[i - 1]);
                ck_assert_int_le(goc_cmpstring(goc_typestring(prev), goc_typestring(t)), 0);
            }
            if (t == &goc_type_func_string)
                seen++;
        }
    }
    ck_assert_int_eq(seen, 1); /* the runtime's func() string, once */
    /* the same tables on a second call */
    reflect_typelinks_result again = reflect__typelinks();
    ck_assert_ptr_eq(again.sections.ptr, tl.sections.ptr);
    /* offsets resolve against the descriptor's module; run-time ids round-trip */
    int32_t id = reflect__addReflectOff(&ty_pair_desc.d.Type);
    ck_assert_int_lt(id, 0);
    ck_assert_ptr_eq(reflect__resolveTypeOff(&goc_type_int, id), &ty_pair_desc.d.Type);
    ck_assert_int_eq(reflect__addReflectOff(&ty_pair_desc.d.Type), id);
}
END_TEST

Suite *reflect_suite(void) {
    Suite *s = suite_create("reflect");
    TCase *tc = tcase_create("core");
    tcase_add_test(tc, test_ffi_call);
    tcase_add_test(tc, test_ffi_closure);
    tcase_add_test(tc, test_deferred_token);
    tcase_add_test(tc, test_memory);
    tcase_add_test(tc, test_newarray_limit);
    tcase_add_test(tc, test_maps);
    tcase_add_test(tc, test_chans_select);
    tcase_add_test(tc, test_typelinks);
    suite_add_tcase(s, tc);
    return s;
}
