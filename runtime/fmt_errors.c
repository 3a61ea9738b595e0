#include "goc_rt.h"
/*
 * runtime/fmt_errors.c — errors.New and fmt.Errorf, and the descriptors of
 * the error values they return (Go: errors/errors.go, fmt/errors.go):
 *
 *   *errors.errorString  struct { s string }                 Error()
 *   *fmt.wrapError       struct { msg string; err error }    Error(), Unwrap() error
 *   *fmt.wrapErrors      struct { msg string; errs []error } Error(), Unwrap() []error
 *
 * The descriptors are written as a translator would write them: pointer
 * types with method tables (Ifn takes the interface data word, here the
 * pointer itself) and one static itab each for the error interface.
 * Errorf formats with fmt.c (goc_fmt_sprintfw), which also reports the
 * operands of %w verbs: none gives an *errors.errorString, one a
 * *fmt.wrapError, several a *fmt.wrapErrors (operands in argument order when
 * [n] indexes reordered them, duplicates and non-errors dropped).
 */
#include <stdlib.h>

/*
 * This file's module: names, the types methods name by offset (their
 * signatures), and the methods' code (Ifn takes the pointer receiver itself;
 * Tfn is the method as a Go func value).
 */
#define F_NAMES(N)                                                                               \
    N(errors, 0, "errors") N(fmt, 0, "fmt") N(errorString, 0, "errors.errorString")             \
    N(ptr_errorString, 0, "*errors.errorString") N(wrapError, 0, "fmt.wrapError")                \
    N(ptr_wrapError, 0, "*fmt.wrapError") N(wrapErrors, 0, "fmt.wrapErrors")                     \
    N(ptr_wrapErrors, 0, "*fmt.wrapErrors") N(slice_error, 0, "[]error")                         \
    N(func_error, 0, "func() error") N(func_slice_error, 0, "func() []error")                     \
    N(Error, GOC_NAME_EXPORTED, "Error") N(Unwrap, GOC_NAME_EXPORTED, "Unwrap")

typedef struct wrapError {
    goc_string msg;
    goc_iface err;
} wrapError;
typedef struct wrapErrors {
    goc_string msg;
    goc_slice errs;
} wrapErrors;

static goc_string errorString_Error(void *recv) { return *(goc_string *)recv; }
static goc_string wrapError_Error(void *recv) { return ((wrapError *)recv)->msg; }
static goc_iface wrapError_Unwrap(void *recv) { return ((wrapError *)recv)->err; }
static goc_string wrapErrors_Error(void *recv) { return ((wrapErrors *)recv)->msg; }
static goc_slice wrapErrors_Unwrap(void *recv) { return ((wrapErrors *)recv)->errs; }

/* type, method, result, Ifn */
#define F_METHODS(M)                                                                             \
    M(errorString, Error, goc_string, errorString_Error)                                        \
    M(wrapError, Error, goc_string, wrapError_Error) M(wrapError, Unwrap, goc_iface, wrapError_Unwrap) \
    M(wrapErrors, Error, goc_string, wrapErrors_Error)                                          \
    M(wrapErrors, Unwrap, goc_slice, wrapErrors_Unwrap)

enum {
    F_NONE,
#define N(id, flags, s) FN_##id,
    F_NAMES(N)
#undef N
    FT_func_string,
    FT_func_error,
    FT_func_slice_error,
    F_NOFFS
};
enum {
    F_NOTEXT,
#define M(typ, meth, ret, ifn) FI_##typ##_##meth, FTF_##typ##_##meth,
    F_METHODS(M)
#undef M
    F_NTEXT
};

#define M(typ, meth, ret, ifn)                                                                   \
    static ret typ##_##meth##_tfn(goc_func *cl, void *recv) {                                    \
        (void)cl;                                                                                \
        return ifn(recv);                                                                        \
    }
F_METHODS(M)
#undef M

static const void *const fmtoffs[F_NOFFS];
static const goc_textptr fmttext[F_NTEXT];
static const goc_module fmtmodule = {.offs = fmtoffs, .noffs = F_NOFFS, .text = fmttext, .ntext = F_NTEXT};

static const uint8_t gcdata_1[] = {1}, gcdata_5[] = {5}, gcdata_9[] = {9};

/* the struct types (no methods of their own) */
typedef struct structdesc {
    const goc_module *mod;
    goc_structtype d;
    goc_uncommontype u;
} structdesc;
/* *T with methods */
typedef struct ptrdesc {
    const goc_module *mod;
    goc_ptrtype d;
    goc_uncommontype u;
    goc_method m[2];
} ptrdesc;

#define STRUCT(id, pkg, size, ptrbytes, gcdata, hash, eqf, fields, n)                            \
    static const structdesc id##_desc = {                                                        \
        &fmtmodule,                                                                              \
        {.Type = {.Size_ = size, .PtrBytes = ptrbytes, .Hash = hash,                             \
                  .TFlag = GOC_TFLAG_NAMED | GOC_TFLAG_UNCOMMON, .Align_ = 8, .FieldAlign_ = 8,  \
                  .Kind_ = GOC_STRUCT, .Equal = eqf, .GCData = gcdata, .Str = FN_##id},          \
         .PkgPath = {GOC_NAMEDATA(0, #pkg)}, .Fields = {(void *)fields, n, n}},                  \
        {.PkgPath = FN_##pkg}}
#define METHOD(typ, meth, mtyp) {FN_##meth, FT_##mtyp, FI_##typ##_##meth, FTF_##typ##_##meth}
#define PTR(id, hash, n, ...)                                                                    \
    static const ptrdesc ptr_##id##_desc = {                                                     \
        &fmtmodule,                                                                              \
        {.Type = {.Size_ = 8, .PtrBytes = 8, .Hash = hash,                                       \
                  .TFlag = GOC_TFLAG_UNCOMMON | GOC_TFLAG_REGULARMEMORY, .Align_ = 8,            \
                  .FieldAlign_ = 8, .Kind_ = GOC_POINTER | GOC_KIND_DIRECTIFACE,                 \
                  .Equal = (goc_func *)&goc_memequal64_f, .GCData = gcdata_1,                    \
                  .Str = FN_ptr_##id},                                                           \
         .Elem = &id##_desc.d.Type},                                                             \
        {.Mcount = n, .Xcount = n, .Moff = offsetof(ptrdesc, m) - offsetof(ptrdesc, u)},         \
        {__VA_ARGS__}}

/* errors.errorString: struct { s string } */
static const goc_structfield errorString_fields[] = {{{GOC_NAMEDATA(0, "s")}, &goc_type_string, 0}};
STRUCT(errorString, errors, sizeof(goc_string), 8, gcdata_1, 0x0201cac4,
       (goc_func *)&goc_strequal_f, errorString_fields, 1);
PTR(errorString, 0x2ac03657, 1, METHOD(errorString, Error, func_string));

/* fmt.wrapError: struct { msg string; err error } */
static goc_bool wrapError_eq(goc_func *f, void *p, void *q) {
    (void)f;
    const wrapError *a = p, *b = q;
    return goc_strequal(&a->msg, &b->msg) && goc_interequal(&a->err, &b->err);
}
static const goc_func wrapError_eqf = {(void (*)(void))wrapError_eq};
static const goc_structfield wrapError_fields[] = {
    {{GOC_NAMEDATA(0, "msg")}, &goc_type_string, offsetof(wrapError, msg)},
    {{GOC_NAMEDATA(0, "err")}, &goc_type_error, offsetof(wrapError, err)},
};
STRUCT(wrapError, fmt, sizeof(wrapError), 32, gcdata_9, 0x91176c6b, (goc_func *)&wrapError_eqf,
       wrapError_fields, 2);
PTR(wrapError, 0x2b665608, 2, METHOD(wrapError, Error, func_string),
    METHOD(wrapError, Unwrap, func_error));

/* fmt.wrapErrors: struct { msg string; errs []error } */
static const GOC_DESC(goc_slicetype) slice_error_desc = {
    &fmtmodule,
    {.Type = {.Size_ = sizeof(goc_slice), .PtrBytes = 8, .Hash = 0xe6f426b1, .Align_ = 8,
              .FieldAlign_ = 8, .Kind_ = GOC_SLICE, .GCData = gcdata_1, .Str = FN_slice_error},
     .Elem = &goc_type_error}};
static const goc_structfield wrapErrors_fields[] = {
    {{GOC_NAMEDATA(0, "msg")}, &goc_type_string, offsetof(wrapErrors, msg)},
    {{GOC_NAMEDATA(0, "errs")}, &slice_error_desc.d.Type, offsetof(wrapErrors, errs)},
};
STRUCT(wrapErrors, fmt, sizeof(wrapErrors), 24, gcdata_5, 0xa41cf21c, NULL, wrapErrors_fields, 2);
PTR(wrapErrors, 0xcd1a23a1, 2, METHOD(wrapErrors, Error, func_string),
    METHOD(wrapErrors, Unwrap, func_slice_error));

/* func() error, func() []error */
static const struct {
    const goc_module *mod;
    goc_functype d;
    const goc_type *out[1];
} func_error_desc = {&fmtmodule,
                     {.Type = {.Size_ = 8, .PtrBytes = 8, .Hash = 0x143b0862, .Align_ = 8,
                               .FieldAlign_ = 8, .Kind_ = GOC_FUNC | GOC_KIND_DIRECTIFACE,
                               .GCData = gcdata_1, .Str = FN_func_error},
                      .OutCount = 1},
                     {&goc_type_error}},
  func_slice_error_desc = {&fmtmodule,
                           {.Type = {.Size_ = 8, .PtrBytes = 8, .Hash = 0x98aa7b46, .Align_ = 8,
                                     .FieldAlign_ = 8, .Kind_ = GOC_FUNC | GOC_KIND_DIRECTIFACE,
                                     .GCData = gcdata_1, .Str = FN_func_slice_error},
                            .OutCount = 1},
                           {&slice_error_desc.d.Type}};

static const void *const fmtoffs[F_NOFFS] = {
#define N(id, flags, s) [FN_##id] = GOC_NAMEDATA(flags, s),
    F_NAMES(N)
#undef N
    [FT_func_string] = &goc_type_func_string,
    [FT_func_error] = &func_error_desc.d.Type,
    [FT_func_slice_error] = &func_slice_error_desc.d.Type,
};
static const goc_textptr fmttext[F_NTEXT] = {
#define M(typ, meth, ret, ifn)                                                                   \
    [FI_##typ##_##meth] = (void (*)(void))ifn, [FTF_##typ##_##meth] = (void (*)(void))typ##_##meth##_tfn,
    F_METHODS(M)
#undef M
};

#define ITAB(id, ifn)                                                                            \
    static const struct {                                                                        \
        const goc_interfacetype *Inter;                                                          \
        const goc_type *Type;                                                                    \
        uint32_t Hash;                                                                           \
        void (*Fun[1])(void);                                                                    \
    } id##_itabdata = {&goc_typedesc_error.d, &ptr_##id##_desc.d.Type, 0, {(void (*)(void))ifn}}; \
    static const goc_itab *const id##_itab = (const goc_itab *)&id##_itabdata
ITAB(errorString, errorString_Error);
ITAB(wrapError, wrapError_Error);
ITAB(wrapErrors, wrapErrors_Error);

goc_iface goc_errors_New(goc_string text) {
    goc_string *e = goc_alloc(sizeof *e, true);
    *e = text;
    return (goc_iface){errorString_itab, e};
}

/* a[i].(error): the error interface of an argument, nil if it is not an error */
static goc_iface as_error(const goc_eface *e) {
    goc_iface r = {NULL, NULL};
    if (e->type != NULL) {
        const goc_itab *tab = goc_getitab(&goc_type_error, e->type, true);
        if (tab != NULL) {
            r.tab = tab;
            r.data = e->data;
        }
    }
    return r;
}

static int cmp_goc_int(const void *a, const void *b) {
    goc_int x = *(const goc_int *)a, y = *(const goc_int *)b;
    return x < y ? -1 : x > y;
}

goc_iface goc_fmt_Errorf(goc_string format, goc_slice args) {
    goc_int *wrapped;
    int nwrapped;
    bool reordered;
    goc_string s = goc_fmt_sprintfw(format, args, &wrapped, &nwrapped, &reordered);
    const goc_eface *a = args.ptr;
    if (nwrapped == 0)
        return goc_errors_New(s);
    if (nwrapped == 1) {
        wrapError *w = goc_alloc(sizeof *w, true);
        w->msg = s;
        w->err = as_error(&a[wrapped[0]]);
        return (goc_iface){wrapError_itab, w};
    }
    if (reordered)
        qsort(wrapped, (size_t)nwrapped, sizeof *wrapped, cmp_goc_int);
    goc_iface *errs = goc_alloc((uintptr_t)nwrapped * sizeof *errs, true);
    goc_int n = 0;
    for (int i = 0; i < nwrapped; i++) {
        if (i > 0 && wrapped[i - 1] == wrapped[i])
            continue;
        goc_iface e = as_error(&a[wrapped[i]]);
        if (e.tab != NULL)
            errs[n++] = e;
    }
    wrapErrors *w = goc_alloc(sizeof *w, true);
    w->msg = s;
    w->errs = (goc_slice){n > 0 ? errs : NULL, n, n > 0 ? nwrapped : 0};
    return (goc_iface){wrapErrors_itab, w};
}
