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
 * types with method tables (ifn takes the interface data word, here the
 * pointer itself) and one static itab each for the error interface.
 * Errorf formats with fmt.c (goc_fmt_sprintfw), which also reports the
 * operands of %w verbs: none gives an *errors.errorString, one a
 * *fmt.wrapError, several a *fmt.wrapErrors (operands in argument order when
 * [n] indexes reordered them, duplicates and non-errors dropped).
 */
#include <stdlib.h>

typedef void (*goc_fn)(void);

/* errors.errorString: struct { s string } */
static const goc_structfield errorString_fields[] = {{"s", &goc_type_string, 0, false, false}};
static const goc_type errors_errorString = {
    .size = sizeof(goc_string),
    .align = 8,
    .kind = GOC_STRUCT,
    .tflag = GOC_TFLAG_POINTERS | GOC_TFLAG_NAMED | GOC_TFLAG_REFLEXIVE | GOC_TFLAG_NEEDKEYUPDATE,
    .hash = goc_strhash,
    .equal = goc_strequal,
    .string = "errors.errorString",
    .pkgpath = "errors",
    .fields = errorString_fields,
    .nfields = 1,
};

static goc_string errorString_Error(void *recv) { return *(goc_string *)recv; }

static const goc_method ptr_errorString_methods[] = {
    {"Error", "func() string", (goc_fn)errorString_Error},
};

const goc_type goc_type_ptr_errors_errorString = {
    .size = sizeof(void *),
    .align = 8,
    .kind = GOC_POINTER,
    .tflag = GOC_TFLAG_POINTERS | GOC_TFLAG_DIRECTIFACE | GOC_TFLAG_REFLEXIVE | GOC_TFLAG_REGMEM,
    .hash = goc_memhash64,
    .equal = goc_memequal64,
    .string = "*errors.errorString",
    .elem = &errors_errorString,
    .nmethods = 1,
    .methods = ptr_errorString_methods,
};

static const goc_itab errorString_itab = {&goc_type_error, &goc_type_ptr_errors_errorString,
                                          {(goc_fn)errorString_Error}};

goc_iface goc_errors_New(goc_string text) {
    goc_string *e = goc_alloc(sizeof *e, true);
    *e = text;
    return (goc_iface){&errorString_itab, e};
}

/* fmt.wrapError: struct { msg string; err error } */
typedef struct wrapError {
    goc_string msg;
    goc_iface err;
} wrapError;

static uintptr_t wrapError_hash(const void *p, uintptr_t seed) {
    const wrapError *w = p;
    return goc_interhash(&w->err, goc_strhash(&w->msg, seed));
}

static bool wrapError_equal(const void *p, const void *q) {
    const wrapError *a = p, *b = q;
    return goc_strequal(&a->msg, &b->msg) && goc_interequal(&a->err, &b->err);
}

static const goc_structfield wrapError_fields[] = {
    {"msg", &goc_type_string, offsetof(wrapError, msg), false, false},
    {"err", &goc_type_error, offsetof(wrapError, err), false, false},
};

static const goc_type fmt_wrapError = {
    .size = sizeof(wrapError),
    .align = 8,
    .kind = GOC_STRUCT,
    .tflag = GOC_TFLAG_POINTERS | GOC_TFLAG_NAMED | GOC_TFLAG_NEEDKEYUPDATE | GOC_TFLAG_HASHMIGHTPANIC,
    .hash = wrapError_hash,
    .equal = wrapError_equal,
    .string = "fmt.wrapError",
    .pkgpath = "fmt",
    .fields = wrapError_fields,
    .nfields = 2,
};

static goc_string wrapError_Error(void *recv) { return ((wrapError *)recv)->msg; }
static goc_iface wrapError_Unwrap(void *recv) { return ((wrapError *)recv)->err; }

static const goc_method ptr_wrapError_methods[] = {
    {"Error", "func() string", (goc_fn)wrapError_Error},
    {"Unwrap", "func() error", (goc_fn)wrapError_Unwrap},
};

const goc_type goc_type_ptr_fmt_wrapError = {
    .size = sizeof(void *),
    .align = 8,
    .kind = GOC_POINTER,
    .tflag = GOC_TFLAG_POINTERS | GOC_TFLAG_DIRECTIFACE | GOC_TFLAG_REFLEXIVE | GOC_TFLAG_REGMEM,
    .hash = goc_memhash64,
    .equal = goc_memequal64,
    .string = "*fmt.wrapError",
    .elem = &fmt_wrapError,
    .nmethods = 2,
    .methods = ptr_wrapError_methods,
};

static const goc_itab wrapError_itab = {&goc_type_error, &goc_type_ptr_fmt_wrapError, {(goc_fn)wrapError_Error}};

/* fmt.wrapErrors: struct { msg string; errs []error } */
typedef struct wrapErrors {
    goc_string msg;
    goc_slice errs;
} wrapErrors;

static const goc_type slice_error = {
    .size = sizeof(goc_slice),
    .align = 8,
    .kind = GOC_SLICE,
    .tflag = GOC_TFLAG_POINTERS,
    .string = "[]error",
    .elem = &goc_type_error,
};

static const goc_structfield wrapErrors_fields[] = {
    {"msg", &goc_type_string, offsetof(wrapErrors, msg), false, false},
    {"errs", &slice_error, offsetof(wrapErrors, errs), false, false},
};

static const goc_type fmt_wrapErrors = {
    .size = sizeof(wrapErrors),
    .align = 8,
    .kind = GOC_STRUCT,
    .tflag = GOC_TFLAG_POINTERS | GOC_TFLAG_NAMED,
    .string = "fmt.wrapErrors",
    .pkgpath = "fmt",
    .fields = wrapErrors_fields,
    .nfields = 2,
};

static goc_string wrapErrors_Error(void *recv) { return ((wrapErrors *)recv)->msg; }
static goc_slice wrapErrors_Unwrap(void *recv) { return ((wrapErrors *)recv)->errs; }

static const goc_method ptr_wrapErrors_methods[] = {
    {"Error", "func() string", (goc_fn)wrapErrors_Error},
    {"Unwrap", "func() []error", (goc_fn)wrapErrors_Unwrap},
};

const goc_type goc_type_ptr_fmt_wrapErrors = {
    .size = sizeof(void *),
    .align = 8,
    .kind = GOC_POINTER,
    .tflag = GOC_TFLAG_POINTERS | GOC_TFLAG_DIRECTIFACE | GOC_TFLAG_REFLEXIVE | GOC_TFLAG_REGMEM,
    .hash = goc_memhash64,
    .equal = goc_memequal64,
    .string = "*fmt.wrapErrors",
    .elem = &fmt_wrapErrors,
    .nmethods = 2,
    .methods = ptr_wrapErrors_methods,
};

static const goc_itab wrapErrors_itab = {&goc_type_error, &goc_type_ptr_fmt_wrapErrors, {(goc_fn)wrapErrors_Error}};

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
        return (goc_iface){&wrapError_itab, w};
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
    return (goc_iface){&wrapErrors_itab, w};
}
