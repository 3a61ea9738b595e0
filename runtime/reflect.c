/*
 * runtime/reflect.c — the runtime functions GOROOT's reflect and
 * internal/reflectlite declare without a body (Go: runtime's reflect_*
 * functions in malloc.go, mbarrier.go, map.go, chan.go, select.go,
 * iface.go, type.go, runtime1.go, slice.go, alg.go, stubs.go).
 *
 * Each is defined under the C name of its Go declaration (runtime/linkname.h):
 * reflect.unsafe_New is reflect__unsafe_New, reflectlite's typedmemmove is
 * internal_reflectlite__typedmemmove. Their C signatures are the
 * translator's lowering of the Go declarations: *abi.Type is a descriptor
 * (goc/types.h lays them out as internal/abi does), unsafe.Pointer void *,
 * a map goc_hmap *, a channel goc_hchan *, unsafeheader.Slice goc_slice,
 * several results a struct {r0; r1}.
 *
 * They are thin: memory is Boehm's (no write barriers, so typedmemmove is
 * memmove), maps, channels and select are the runtime's own entry points,
 * and the offsets of descriptors resolve as type.c says.
 *
 * Calls built at run time (Value.Call, MakeFunc, method values) go through
 * libffi. goc's calling convention is C's: a func value is a goc_func *
 * whose first word is the code, called with the goc_func * first, then the
 * parameters with goc's C types (structs and arrays by value as C structs,
 * strings/slices/interfaces as their two- or three-word structs), returning
 * void, the single result, or a struct {r0; r1; ...} of several; a method's
 * Ifn takes the receiver's interface data word first instead. ffitype maps
 * a descriptor to the libffi type of its C type (zero-size types have no C
 * argument and no ffi type). A reflectFunc is the goc_func of a MakeFunc or
 * method value: its code is a libffi closure trampoline, whose handler
 * hands the argument pointers to a Go callback. It lives in GC memory (the
 * closure's user data points to it; a finalizer frees the trampoline).
 *
 * typelinks: per registered module, the descriptors of its unnamed
 * composite types sorted by type string, as byte offsets from the lowest
 * of them (reflect adds an offset to its section). Built once, on first
 * use (modules are all registered before goc_main), and kept.
 */
#include "goc_rt.h"
#include "linkname.h"

#include <ffi.h>
#include <stdlib.h>
#include <string.h>

/* ---- memory -------------------------------------------------------------------------------- */

void *reflect__unsafe_New(const goc_type *t) {
    return goc_newobject(t);
}

void *internal_reflectlite__unsafe_New(const goc_type *t) {
    return goc_newobject(t);
}

/* Go: newarray. */
void *reflect__unsafe_NewArray(const goc_type *t, goc_int n) {
    uintptr_t mem;
    if (n < 0 || __builtin_mul_overflow(t->Size_, (uintptr_t)n, &mem) || mem > GOC_MAXALLOC)
        goc_panicplainerror("runtime: allocation size out of range");
    return goc_mallocgc(mem, t, true);
}

void reflect__typedmemmove(const goc_type *t, void *dst, const void *src) {
    if (dst != src && t->Size_ > 0)
        memmove(dst, src, t->Size_);
}

void internal_reflectlite__typedmemmove(const goc_type *t, void *dst, const void *src) {
    reflect__typedmemmove(t, dst, src);
}

void reflect__typedmemclr(const goc_type *t, void *p) {
    memset(p, 0, t->Size_);
}

void reflect__typedmemclrpartial(const goc_type *t, void *p, uintptr_t off, uintptr_t size) {
    (void)t;
    memset((uint8_t *)p + off, 0, size);
}

void reflect__typedarrayclear(const goc_type *et, void *p, goc_int n) {
    memset(p, 0, et->Size_ * (uintptr_t)n);
}

goc_int reflect__typedslicecopy(const goc_type *et, goc_slice dst, goc_slice src) {
    goc_int n = dst.len < src.len ? dst.len : src.len;
    if (n > 0 && et->Size_ > 0 && dst.ptr != src.ptr)
        memmove(dst.ptr, src.ptr, (uintptr_t)n * et->Size_);
    return n;
}

void reflect__memmove(void *dst, const void *src, uintptr_t size) {
    memmove(dst, src, size);
}

/* Go: reflect_verifyNotInHeapPtr. An address the collector does not own. */
bool reflect__verifyNotInHeapPtr(uintptr_t p) {
    return GC_base((void *)p) == NULL;
}

/* Go: reflect_growslice. Grows old so that num more elements fit past its
 * length, keeping old[len:cap]; the new part is zeroed; the length stays. */
goc_slice reflect__growslice(const goc_type *et, goc_slice old, goc_int num) {
    num -= old.cap - old.len;
    goc_slice s = goc_growslice(old.ptr, old.cap + num, old.cap, num, et);
    s.len = old.len;
    return s;
}

/* Go: reflect_unsafeslice (the checks of unsafe.Slice). */
void reflect__unsafeslice(const goc_type *et, void *p, goc_int n) {
    uintptr_t mem;
    if (n < 0)
        goc_panicerrorstring("unsafe.Slice: len out of range");
    if (__builtin_mul_overflow(et->Size_, (uintptr_t)n, &mem) || mem > -(uintptr_t)p) {
        if (p == NULL)
            goc_panicerrorstring("unsafe.Slice: ptr is nil and len is not zero");
        goc_panicerrorstring("unsafe.Slice: len out of range");
    }
}

uintptr_t reflect__typehash(const goc_type *t, const void *p, uintptr_t h) {
    return goc_typehash(t, p, h);
}

/* ---- interfaces ---------------------------------------------------------------------------- */

/* Go: reflect_ifaceE2I. The interface of type inter holding src (panics if src lacks a method). */
void reflect__ifaceE2I(const goc_type *inter, goc_eface src, goc_iface *dst) {
    *dst = goc_assertE2I(inter, src);
}

void internal_reflectlite__ifaceE2I(const goc_type *inter, goc_eface src, goc_iface *dst) {
    *dst = goc_assertE2I(inter, src);
}

/* ---- offsets and run-time ids (type.c) ------------------------------------------------------ */

const void *reflect__resolveNameOff(const void *ptr, int32_t off) {
    return goc_resolvenameoff(ptr, off).Bytes;
}

const void *internal_reflectlite__resolveNameOff(const void *ptr, int32_t off) {
    return goc_resolvenameoff(ptr, off).Bytes;
}

const void *reflect__resolveTypeOff(const void *ptr, int32_t off) {
    return goc_resolvetypeoff(ptr, off);
}

const void *internal_reflectlite__resolveTypeOff(const void *ptr, int32_t off) {
    return goc_resolvetypeoff(ptr, off);
}

void *reflect__resolveTextOff(const void *ptr, int32_t off) {
    void (*fn)(void) = goc_resolvetextoff(ptr, off);
    void *p;
    memcpy(&p, &fn, sizeof p);
    return p;
}

int32_t reflect__addReflectOff(const void *ptr) {
    return goc_addreflectoff(ptr);
}

/* ---- typelinks ------------------------------------------------------------------------------ */

static goc_slice tl_sections, tl_offsets; /* []unsafe.Pointer, [][]int32 */
static pthread_once_t tl_once = PTHREAD_ONCE_INIT;

static int cmptypes(const void *a, const void *b) {
    const goc_type *x = *(const goc_type *const *)a, *y = *(const goc_type *const *)b;
    goc_int c = goc_cmpstring(goc_typestring(x), goc_typestring(y));
    return c != 0 ? (int)c : (x < y ? -1 : x > y);
}

static void buildtypelinks(void) {
    const goc_module *const *mods;
    int n = goc_modules(&mods);
    void **sections = goc_alloc((uintptr_t)n * sizeof *sections, true);
    goc_slice *offsets = goc_alloc((uintptr_t)n * sizeof *offsets, true);
    for (int i = 0; i < n; i++) {
        uint32_t nt = mods[i]->ntypelinks;
        const goc_type **ts = malloc((nt + 1) * sizeof *ts);
        if (ts == NULL)
            goc_throw("typelinks: out of memory");
        /* a module without typelinks may have none (NULL); an entry of a
           type the program does not keep is NULL (goc build's pruning) */
        uint32_t kept = 0;
        for (uint32_t j = 0; j < nt; j++)
            if (mods[i]->typelinks[j] != NULL)
                ts[kept++] = mods[i]->typelinks[j];
        nt = kept;
        qsort(ts, nt, sizeof *ts, cmptypes);
        uintptr_t base = nt > 0 ? UINTPTR_MAX : 0;
        for (uint32_t j = 0; j < nt; j++)
            if ((uintptr_t)ts[j] < base)
                base = (uintptr_t)ts[j];
        int32_t *offs = goc_alloc((nt + 1) * sizeof *offs, false); /* never 0 bytes; int32-aligned */
        for (uint32_t j = 0; j < nt; j++) {
            uintptr_t d = (uintptr_t)ts[j] - base;
            if (d > INT32_MAX)
                goc_throw("typelinks: descriptors more than 2 GB apart");
            offs[j] = (int32_t)d;
        }
        free(ts);
        sections[i] = (void *)base;
        offsets[i] = (goc_slice){offs, nt, nt};
    }
    tl_sections = (goc_slice){sections, n, n};
    tl_offsets = (goc_slice){offsets, n, n};
}

reflect_typelinks_result reflect__typelinks(void) {
    pthread_once(&tl_once, buildtypelinks);
    reflect_typelinks_result r = {tl_sections, tl_offsets};
    return r;
}

/* ---- maps ----------------------------------------------------------------------------------- */

goc_hmap *reflect__makemap(const goc_maptype *t, goc_int hint) {
    if (t->Key->Equal == NULL)
        goc_throw("runtime.reflect_makemap: unsupported map key type");
    return goc_makemap(t, hint, NULL);
}

/* reflect wants NULL for a missing element */
void *reflect__mapaccess(const goc_maptype *t, goc_hmap *h, const void *key) {
    bool ok;
    void *e = goc_mapaccess2(t, h, key, &ok);
    return ok ? e : NULL;
}

void *reflect__mapaccess_faststr(const goc_maptype *t, goc_hmap *h, goc_string key) {
    bool ok;
    void *e = goc_mapaccess2_faststr(t, h, key, &ok);
    return ok ? e : NULL;
}

void reflect__mapassign0(const goc_maptype *t, goc_hmap *h, const void *key, const void *elem) {
    reflect__typedmemmove(t->Elem, goc_mapassign(t, h, key), elem);
}

void reflect__mapassign_faststr0(const goc_maptype *t, goc_hmap *h, goc_string key, const void *elem) {
    reflect__typedmemmove(t->Elem, goc_mapassign_faststr(t, h, key), elem);
}

void reflect__mapdelete(const goc_maptype *t, goc_hmap *h, const void *key) {
    goc_mapdelete(t, h, key);
}

void reflect__mapdelete_faststr(const goc_maptype *t, goc_hmap *h, goc_string key) {
    goc_mapdelete_faststr(t, h, key);
}

void reflect__mapclear(const goc_maptype *t, goc_hmap *h) {
    goc_mapclear(t, h);
}

goc_int reflect__maplen(goc_hmap *h) {
    return goc_maplen(h);
}

goc_int internal_reflectlite__maplen(goc_hmap *h) {
    return goc_maplen(h);
}

/* reflect's hiter has goc_hiter's layout (Go's hiter, field for field) */
void reflect__mapiterinit(const goc_maptype *t, goc_hmap *h, goc_hiter *it) {
    goc_mapiterinit(t, h, it);
}

void reflect__mapiternext(goc_hiter *it) {
    goc_mapiternext(it);
}

void *reflect__mapiterkey(goc_hiter *it) {
    return it->key;
}

void *reflect__mapiterelem(goc_hiter *it) {
    return it->elem;
}

/* ---- channels and select ---------------------------------------------------------------------- */

goc_hchan *reflect__makechan(const goc_type *t, goc_int size) {
    return goc_makechan(t, size);
}

goc_int reflect__chanlen(goc_hchan *c) {
    return goc_chanlen(c);
}

goc_int internal_reflectlite__chanlen(goc_hchan *c) {
    return goc_chanlen(c);
}

goc_int reflect__chancap(goc_hchan *c) {
    return goc_chancap(c);
}

void reflect__chanclose(goc_hchan *c) {
    goc_closechan(c);
}

/* Go: reflect_chansend. nb: do not block; reports whether the value was sent. */
bool reflect__chansend0(goc_hchan *c, const void *elem, bool nb) {
    if (nb)
        return goc_selectnbsend(c, elem);
    goc_chansend1(c, elem);
    return true;
}

/* Go: reflect_chanrecv. selected: a value (or the close) was taken; received: it was sent. */
reflect_chanrecv_result reflect__chanrecv(goc_hchan *c, bool nb, void *elem) {
    reflect_chanrecv_result r = {true, false};
    if (nb)
        r.selected = goc_selectnbrecv(c, elem, &r.received);
    else
        r.received = goc_chanrecv2(c, elem);
    return r;
}

/* reflect.runtimeSelect */
typedef struct runtimeSelect {
    goc_int dir; /* reflect.SelectDir: 1 send, 2 receive, 3 default */
    const goc_type *typ;
    goc_hchan *ch;
    void *val;
} runtimeSelect;
enum { selectSend = 1, selectRecv = 2, selectDefault = 3 };

/* Go: reflect_rselect. The sends, then the receives, in the cases' order;
 * chosen translated back to the caller's index. */
reflect_rselect_result reflect__rselect(goc_slice cases) {
    const runtimeSelect *rc = cases.ptr;
    goc_int n = cases.len;
    reflect_rselect_result r = {-1, false};
    if (n == 0)
        goc_block();
    goc_scase *sel = goc_alloc((uintptr_t)n * sizeof *sel, true);
    goc_int *orig = goc_alloc((uintptr_t)n * sizeof *orig, false);
    goc_int nsends = 0, nrecvs = 0, dflt = -1;
    for (goc_int i = 0; i < n; i++)
        if (rc[i].dir == selectSend) {
            sel[nsends] = (goc_scase){rc[i].ch, rc[i].val};
            orig[nsends++] = i;
        }
    for (goc_int i = 0; i < n; i++) {
        if (rc[i].dir == selectRecv) {
            sel[nsends + nrecvs] = (goc_scase){rc[i].ch, rc[i].val};
            orig[nsends + nrecvs++] = i;
        } else if (rc[i].dir == selectDefault) {
            dflt = i;
        }
    }
    if (nsends + nrecvs == 0) {
        r.chosen = dflt;
        return r;
    }
    goc_int chosen = goc_selectgo(sel, nsends, nrecvs, dflt < 0, &r.recvOK);
    r.chosen = chosen < 0 ? dflt : orig[chosen];
    return r;
}

/* ---- calls through libffi ------------------------------------------------------------------- */

static ffi_type *ffistruct(int n) {
    ffi_type *t = goc_alloc(sizeof *t, true);
    t->type = FFI_TYPE_STRUCT;
    t->elements = goc_alloc((uintptr_t)(n + 1) * sizeof *t->elements, true);
    return t;
}

static ffi_type *ffiwords(ffi_type *a, ffi_type *b, ffi_type *c) {
    ffi_type *t = ffistruct(3);
    t->elements[0] = a, t->elements[1] = b, t->elements[2] = c;
    return t;
}

/* The libffi type of t's C type; NULL for a zero-size type (no C argument). */
static ffi_type *ffitype(const goc_type *t) {
    if (t->Size_ == 0)
        return NULL;
    switch (goc_typekind(t)) {
    case GOC_BOOL:
    case GOC_UINT8:
        return &ffi_type_uint8;
    case GOC_INT8:
        return &ffi_type_sint8;
    case GOC_INT16:
        return &ffi_type_sint16;
    case GOC_UINT16:
        return &ffi_type_uint16;
    case GOC_INT32:
        return &ffi_type_sint32;
    case GOC_UINT32:
        return &ffi_type_uint32;
    case GOC_INT:
    case GOC_INT64:
        return &ffi_type_sint64;
    case GOC_UINT:
    case GOC_UINT64:
    case GOC_UINTPTR:
        return &ffi_type_uint64;
    case GOC_FLOAT32:
        return &ffi_type_float;
    case GOC_FLOAT64:
        return &ffi_type_double;
    case GOC_COMPLEX64:
        return &ffi_type_complex_float;
    case GOC_COMPLEX128:
        return &ffi_type_complex_double;
    case GOC_STRING:
        return ffiwords(&ffi_type_pointer, &ffi_type_sint64, NULL);
    case GOC_SLICE:
        return ffiwords(&ffi_type_pointer, &ffi_type_sint64, &ffi_type_sint64);
    case GOC_INTERFACE:
        return ffiwords(&ffi_type_pointer, &ffi_type_pointer, NULL);
    case GOC_ARRAY: {
        const goc_arraytype *at = (const goc_arraytype *)t;
        ffi_type *et = ffitype(at->Elem), *st = ffistruct((int)at->Len);
        for (uintptr_t i = 0; i < at->Len; i++)
            st->elements[i] = et;
        return st;
    }
    case GOC_STRUCT: {
        const goc_structtype *stt = (const goc_structtype *)t;
        const goc_structfield *f = stt->Fields.ptr;
        ffi_type *st = ffistruct((int)stt->Fields.len);
        int n = 0;
        for (goc_int i = 0; i < stt->Fields.len; i++) {
            ffi_type *ft = ffitype(f[i].Typ);
            if (ft != NULL)
                st->elements[n++] = ft;
        }
        return st;
    }
    default: /* chan, func, map, pointer, unsafe.Pointer */
        return &ffi_type_pointer;
    }
}

/* A func type's call interface: a word (closure or receiver) first, then
 * the parameters that have a C type; the result as goc returns it. */
typedef struct ffiSig {
    ffi_cif cif;
    ffi_type **args;
    const goc_type *const *params; /* ins, then outs */
    int nin, nout;
    bool widen; /* a single integer result narrower than a word: libffi passes an ffi_arg */
} ffiSig;

static ffiSig *ffisig(const goc_functype *ft) {
    ffiSig *s = goc_alloc(sizeof *s, true);
    s->params = goc_funcparams(ft);
    s->nin = ft->InCount;
    s->nout = ft->OutCount & ~GOC_FUNC_VARIADIC;
    s->args = goc_alloc((uintptr_t)(s->nin + 1) * sizeof *s->args, true);
    int n = 0;
    s->args[n++] = &ffi_type_pointer;
    for (int i = 0; i < s->nin; i++) {
        ffi_type *t = ffitype(s->params[i]);
        if (t != NULL)
            s->args[n++] = t;
    }
    ffi_type *rt = &ffi_type_void;
    if (s->nout == 1) {
        const goc_type *r = s->params[s->nin];
        ffi_type *t = ffitype(r);
        if (t != NULL)
            rt = t;
        goc_kind k = goc_typekind(r);
        s->widen = r->Size_ < sizeof(ffi_arg) && (k <= GOC_UINTPTR);
    } else if (s->nout > 1) {
        ffi_type *st = ffistruct(s->nout);
        int m = 0;
        for (int i = 0; i < s->nout; i++) {
            ffi_type *t = ffitype(s->params[s->nin + i]);
            if (t != NULL)
                st->elements[m++] = t;
        }
        if (m > 0)
            rt = st;
    }
    if (ffi_prep_cif(&s->cif, FFI_DEFAULT_ABI, (unsigned)n, rt, s->args) != FFI_OK)
        goc_throw("reflect: libffi cannot describe a function type");
    return s;
}

/* Widens (on return through libffi) or narrows (on return from it) a small integer result. */
static void widen(const goc_type *t, ffi_arg *word, const void *v) {
    switch (t->Size_) {
    case 1:
        *word = goc_typekind(t) == GOC_INT8 ? (ffi_arg)(ffi_sarg)*(const int8_t *)v : *(const uint8_t *)v;
        break;
    case 2:
        *word = goc_typekind(t) == GOC_INT16 ? (ffi_arg)(ffi_sarg)*(const int16_t *)v : *(const uint16_t *)v;
        break;
    default:
        *word = goc_typekind(t) == GOC_INT32 ? (ffi_arg)(ffi_sarg)*(const int32_t *)v : *(const uint32_t *)v;
    }
}

/* Go (patch/reflect): ffiCall calls code with first, then *args[i] for each
 * parameter of ft, and stores the results at ret (laid out as a Go struct
 * of the result types). */
void reflect__ffiCall(const goc_functype *ft, void *code, void *first, void **args, void *ret, bool deferred) {
    ffiSig *s = ffisig(ft);
    void **av = goc_alloc((uintptr_t)(s->nin + 1) * sizeof *av, true);
    int n = 0;
    av[n++] = &first;
    for (int i = 0; i < s->nin; i++)
        if (s->params[i]->Size_ > 0)
            av[n++] = args[i];
    void (*fn)(void);
    memcpy(&fn, &code, sizeof fn);
    if (deferred)
        goc__deferfn = code; /* the callee is called directly by the deferred call */
    if (s->widen) {
        ffi_arg word;
        ffi_call(&s->cif, fn, &word, av);
        memcpy(ret, &word, s->params[s->nin]->Size_); /* little-endian: the low bytes */
        return;
    }
    ffi_call(&s->cif, fn, ret, av);
}

typedef struct reflectFunc {
    void (*code)(void); /* the goc_func's code: the closure's trampoline */
    goc_func *cb;       /* Go: func(args *unsafe.Pointer, ret unsafe.Pointer) */
    ffiSig *sig;
    ffi_closure *closure;
} reflectFunc;

static void reflectfunc_handler(ffi_cif *cif, void *ret, void **args, void *user) {
    (void)cif;
    reflectFunc *rf = user;
    /* a deferred call's thunk stored the func value it calls (rf) */
    bool deferred = goc__deferfn == (void *)rf;
    goc__deferfn = NULL;
    ffiSig *s = rf->sig;
    void *goargs[s->nin + 1];
    static const uint64_t zero;
    int n = 1; /* args[0]: the goc_func * */
    for (int i = 0; i < s->nin; i++)
        goargs[i] = s->params[i]->Size_ > 0 ? args[n++] : (void *)&zero;
    void (*cb)(goc_func *, void **, void *, bool);
    memcpy(&cb, &rf->cb->fn, sizeof cb);
    if (s->widen) {
        uint64_t v = 0;
        cb(rf->cb, goargs, &v, deferred);
        widen(s->params[s->nin], ret, &v);
        return;
    }
    cb(rf->cb, goargs, ret, deferred);
}

static void freeclosure(void *obj, void *data) {
    (void)data;
    ffi_closure_free(((reflectFunc *)obj)->closure);
}

/* Go (patch/reflect): ffiClosure returns a func value of type ft whose
 * calls run cb(args, ret) with the argument pointers and the result space
 * as ffiCall lays them out. */
void *reflect__ffiClosure(const goc_functype *ft, goc_func *cb) {
    reflectFunc *rf = goc_alloc(sizeof *rf, true);
    rf->cb = cb;
    rf->sig = ffisig(ft);
    void *code;
    rf->closure = ffi_closure_alloc(sizeof(ffi_closure), &code);
    if (rf->closure == NULL)
        goc_throw("reflect: cannot allocate a libffi closure");
    if (ffi_prep_closure_loc(rf->closure, &rf->sig->cif, reflectfunc_handler, rf, code) != FFI_OK)
        goc_throw("reflect: libffi cannot prepare a closure");
    memcpy(&rf->code, &code, sizeof code);
    GC_register_finalizer_no_order(rf, freeclosure, NULL, NULL, NULL);
    return rf;
}

/* Go (patch/reflect): setDeferfn(fn): the func value fn is called next, as
 * if directly by a deferred call. */
void reflect__setDeferfn(void *fn) {
    goc__deferfn = fn;
}

/* Go: methodValueCallCodePtr: the code every method value made by reflect shares. */
uintptr_t reflect__methodValueCallCodePtr(void) {
    return (uintptr_t)(void *)reflectfunc_handler;
}
