/*
 * runtime/error.c — runtime.Error values and the panics that carry them
 * (Go: runtime/error.go, the panicXxx helpers of runtime/panic.go).
 *
 * Each error type of Go's runtime has a descriptor here with its method table
 * (Error, RuntimeError, sorted by name; ifn takes the interface data word),
 * so a program that recovers one can print it with fmt, compare it, assert
 * it to runtime.Error or error, and %T names it as gc does:
 *
 *   runtime.errorString        string        "runtime error: " + msg
 *   runtime.errorAddressString struct{msg string; addr uintptr}  same text, + Addr()
 *   runtime.plainError         string        msg, no prefix
 *   runtime.boundsError        struct{x int64; y int; signed bool; code uint8}
 *                                            formatted on demand (table below)
 *   *runtime.TypeAssertionError  pointer     "interface conversion: ..."
 *   *runtime.PanicNilError       pointer     "panic called with nil argument"
 *
 * Values are boxed by goc_convT like any other interface value. Every
 * message text exists once, in the one small function that raises it.
 */
#include "goc_rt.h"

#include <stdarg.h>
#include <string.h>

/* ---- strings ---------------------------------------------------------------- */

/* Concatenate n Go strings into fresh pointer-free memory, NUL-terminated. */
goc_string goc_catgs(int n, const goc_string *parts) {
    uintptr_t len = 0;
    for (int i = 0; i < n; i++)
        len += (uintptr_t)parts[i].len;
    uint8_t *b = goc_alloc(len + 1, false);
    uintptr_t off = 0;
    for (int i = 0; i < n; i++) {
        if (parts[i].len > 0)
            memcpy(b + off, parts[i].str, (size_t)parts[i].len);
        off += (uintptr_t)parts[i].len;
    }
    b[len] = 0;
    goc_string s = {b, (goc_int)len};
    return s;
}

static goc_string cstr(const char *s) {
    goc_string g = {(const uint8_t *)s, (goc_int)strlen(s)};
    return g;
}

goc_string goc_catstr(const char *first, ...) {
    enum { maxparts = 16 };
    goc_string parts[maxparts];
    int n = 0;
    va_list ap;
    va_start(ap, first);
    for (const char *s = first; s != NULL; s = va_arg(ap, const char *)) {
        if (n == maxparts)
            goc_throw("goc_catstr: too many pieces");
        parts[n++] = cstr(s);
    }
    va_end(ap);
    return goc_catgs(n, parts);
}

static void RuntimeError(void *data) {
    (void)data; /* marks a runtime.Error; does nothing, as in Go */
}

/* The descriptors of this file's types (at the end). */
typedef struct namedtypedesc {
    const goc_module *mod;
    goc_type d;
    goc_uncommontype u;
    goc_method m[2];
} namedtypedesc;
typedef struct namedstructdesc {
    const goc_module *mod;
    goc_structtype d;
    goc_uncommontype u;
    goc_method m[3];
} namedstructdesc;
static const namedtypedesc errorString_desc, plainError_desc;
static const namedstructdesc errorAddressString_desc, boundsError_desc;
#define errorString_type (errorString_desc.d)
#define plainError_type (plainError_desc.d)
#define errorAddressString_type (errorAddressString_desc.d.Type)
#define boundsError_type (boundsError_desc.d.Type)

/* ---- runtime.errorString and runtime.plainError ----------------------------- */

static goc_string errorString_Error(void *data) {
    goc_string parts[2] = {GOC_STR("runtime error: "), *(const goc_string *)data};
    return goc_catgs(2, parts);
}

static goc_string plainError_Error(void *data) {
    return *(const goc_string *)data;
}

goc_eface goc_errorString(const char *msg) {
    goc_string s = cstr(msg);
    goc_eface e = {&errorString_type, goc_convT(&errorString_type, &s)};
    return e;
}

goc_eface goc_plainError(const char *msg) {
    goc_string s = cstr(msg);
    goc_eface e = {&plainError_type, goc_convT(&plainError_type, &s)};
    return e;
}

/* ---- runtime.errorAddressString (nil dereference at a known address) --------- */

typedef struct errorAddressString {
    goc_string msg;
    uintptr_t addr;
} errorAddressString;

static goc_string errorAddressString_Error(void *data) {
    return errorString_Error(&((errorAddressString *)data)->msg);
}

static uintptr_t errorAddressString_Addr(void *data) {
    return ((errorAddressString *)data)->addr;
}

/* ---- runtime.boundsError ------------------------------------------------------------ */

typedef enum boundsErrorCode {
    boundsIndex,      /* s[x], 0 <= x < len(s) failed */
    boundsSliceAlen,  /* s[?:x], 0 <= x <= len(s) failed */
    boundsSliceAcap,  /* s[?:x], 0 <= x <= cap(s) failed */
    boundsSliceB,     /* s[x:y], 0 <= x <= y failed */
    boundsSlice3Alen, /* s[?:?:x], 0 <= x <= len(s) failed */
    boundsSlice3Acap, /* s[?:?:x], 0 <= x <= cap(s) failed */
    boundsSlice3B,    /* s[?:x:y], 0 <= x <= y failed */
    boundsSlice3C,    /* s[x:y:?], 0 <= x <= y failed */
    boundsConvert,    /* (*[x]T)(s), 0 <= x <= len(s) failed */
} boundsErrorCode;

/*
 * As in Go: x is the offending value (int64 bits; unsigned when !signed),
 * y the length, capacity or other bound.
 */
typedef struct boundsError {
    int64_t x;
    goc_int y;
    bool signed_;
    uint8_t code;
} boundsError;

/* %x and %y stand for x and y. */
static const char *const boundsErrorFmts[] = {
    [boundsIndex] = "index out of range [%x] with length %y",
    [boundsSliceAlen] = "slice bounds out of range [:%x] with length %y",
    [boundsSliceAcap] = "slice bounds out of range [:%x] with capacity %y",
    [boundsSliceB] = "slice bounds out of range [%x:%y]",
    [boundsSlice3Alen] = "slice bounds out of range [::%x] with length %y",
    [boundsSlice3Acap] = "slice bounds out of range [::%x] with capacity %y",
    [boundsSlice3B] = "slice bounds out of range [:%x:%y]",
    [boundsSlice3C] = "slice bounds out of range [%x:%y:]",
    [boundsConvert] = "cannot convert slice with length %y to array or pointer to array with length %x",
};

/* Negative x: no need to report y. */
static const char *const boundsNegErrorFmts[] = {
    [boundsIndex] = "index out of range [%x]",
    [boundsSliceAlen] = "slice bounds out of range [:%x]",
    [boundsSliceAcap] = "slice bounds out of range [:%x]",
    [boundsSliceB] = "slice bounds out of range [%x:]",
    [boundsSlice3Alen] = "slice bounds out of range [::%x]",
    [boundsSlice3Acap] = "slice bounds out of range [::%x]",
    [boundsSlice3B] = "slice bounds out of range [:%x:]",
    [boundsSlice3C] = "slice bounds out of range [%x::]",
    [boundsConvert] = NULL,
};

static size_t appendIntStr(char *b, int64_t v, bool signed_) {
    size_t n = 0;
    uint64_t u = (uint64_t)v;
    if (signed_ && v < 0) {
        b[n++] = '-';
        u = -u;
    }
    char buf[20];
    int i = sizeof buf;
    do {
        buf[--i] = (char)('0' + u % 10);
        u /= 10;
    } while (u != 0);
    memcpy(b + n, buf + i, sizeof buf - (size_t)i);
    return n + sizeof buf - (size_t)i;
}

static goc_string boundsError_Error(void *data) {
    const boundsError *e = data;
    const char *fmt = boundsErrorFmts[e->code];
    if (e->signed_ && e->x < 0 && boundsNegErrorFmts[e->code] != NULL)
        fmt = boundsNegErrorFmts[e->code];
    /* Longest: "runtime error: cannot convert ... length %x" with 20 + 19 digits. */
    char *b = goc_alloc(160, false);
    size_t n = 0;
    memcpy(b, "runtime error: ", 15);
    n = 15;
    for (const char *c = fmt; *c != '\0'; c++) {
        if (*c != '%') {
            b[n++] = *c;
            continue;
        }
        c++;
        if (*c == 'x')
            n += appendIntStr(b + n, e->x, e->signed_);
        else
            n += appendIntStr(b + n, e->y, true);
    }
    b[n] = 0;
    goc_string s = {(const uint8_t *)b, (goc_int)n};
    return s;
}

static _Noreturn void panicbounds(int64_t x, goc_int y, bool signed_, boundsErrorCode code) {
    boundsError e = {.x = x, .y = y, .signed_ = signed_, .code = (uint8_t)code};
    goc_eface v = {&boundsError_type, goc_convT(&boundsError_type, &e)};
    goc_gopanic(v);
}

_Noreturn void goc_panicIndex(goc_int x, goc_int y) { panicbounds(x, y, true, boundsIndex); }
_Noreturn void goc_panicIndexU(goc_uint x, goc_int y) { panicbounds((int64_t)x, y, false, boundsIndex); }
_Noreturn void goc_panicSliceAlen(goc_int x, goc_int y) { panicbounds(x, y, true, boundsSliceAlen); }
_Noreturn void goc_panicSliceAlenU(goc_uint x, goc_int y) { panicbounds((int64_t)x, y, false, boundsSliceAlen); }
_Noreturn void goc_panicSliceAcap(goc_int x, goc_int y) { panicbounds(x, y, true, boundsSliceAcap); }
_Noreturn void goc_panicSliceAcapU(goc_uint x, goc_int y) { panicbounds((int64_t)x, y, false, boundsSliceAcap); }
_Noreturn void goc_panicSliceB(goc_int x, goc_int y) { panicbounds(x, y, true, boundsSliceB); }
_Noreturn void goc_panicSliceBU(goc_uint x, goc_int y) { panicbounds((int64_t)x, y, false, boundsSliceB); }
_Noreturn void goc_panicSlice3Alen(goc_int x, goc_int y) { panicbounds(x, y, true, boundsSlice3Alen); }
_Noreturn void goc_panicSlice3AlenU(goc_uint x, goc_int y) { panicbounds((int64_t)x, y, false, boundsSlice3Alen); }
_Noreturn void goc_panicSlice3Acap(goc_int x, goc_int y) { panicbounds(x, y, true, boundsSlice3Acap); }
_Noreturn void goc_panicSlice3AcapU(goc_uint x, goc_int y) { panicbounds((int64_t)x, y, false, boundsSlice3Acap); }
_Noreturn void goc_panicSlice3B(goc_int x, goc_int y) { panicbounds(x, y, true, boundsSlice3B); }
_Noreturn void goc_panicSlice3BU(goc_uint x, goc_int y) { panicbounds((int64_t)x, y, false, boundsSlice3B); }
_Noreturn void goc_panicSlice3C(goc_int x, goc_int y) { panicbounds(x, y, true, boundsSlice3C); }
_Noreturn void goc_panicSlice3CU(goc_uint x, goc_int y) { panicbounds((int64_t)x, y, false, boundsSlice3C); }

/*
 * x is the slice's length and y the array's (see goc/panic.h); the error
 * stores them the other way round, as Go's boundsError does (x = the array
 * length that failed, y = len(s)).
 */
_Noreturn void goc_panicSliceConvert(goc_int x, goc_int y) { panicbounds(y, x, true, boundsConvert); }

/* ---- *runtime.TypeAssertionError ------------------------------------------------------ */

typedef struct TypeAssertionError {
    const goc_type *iface;    /* the interface type asserted from; NULL: a non-empty interface */
    const goc_type *concrete; /* the dynamic type; NULL: the interface was nil */
    const goc_type *asserted; /* the type asserted to */
    goc_string missingMethod; /* one method of asserted missing from concrete */
} TypeAssertionError;

goc_string goc_TypeAssertionError_Error(void *data) {
    const TypeAssertionError *e = data;
    goc_string inter = e->iface != NULL ? goc_typestring(e->iface) : GOC_STR("interface");
    goc_string as = goc_typestring(e->asserted);
    if (e->concrete == NULL) {
        goc_string p[] = {GOC_STR("interface conversion: "), inter, GOC_STR(" is nil, not "), as};
        return goc_catgs(4, p);
    }
    goc_string cs = goc_typestring(e->concrete);
    if (e->missingMethod.len == 0) {
        goc_string p[] = {GOC_STR("interface conversion: "), inter, GOC_STR(" is "), cs,
                          GOC_STR(", not "), as, GOC_STR("")};
        if (goc_strequal(&cs, &as)) {
            /* Clearer words for two distinct types with the same name. */
            goc_string pc = goc_typepkgpath(e->concrete), pa = goc_typepkgpath(e->asserted);
            p[6] = !goc_strequal(&pc, &pa) ? GOC_STR(" (types from different packages)")
                                           : GOC_STR(" (types from different scopes)");
        }
        return goc_catgs(7, p);
    }
    goc_string p[] = {GOC_STR("interface conversion: "), cs, GOC_STR(" is not "), as,
                      GOC_STR(": missing method "), e->missingMethod};
    return goc_catgs(6, p);
}

goc_eface goc_TypeAssertionError(const goc_type *iface, const goc_type *concrete,
                                 const goc_type *asserted, goc_string missing) {
    TypeAssertionError *e = goc_newobject(&goc_type_runtime_TypeAssertionError);
    e->iface = iface;
    e->concrete = concrete;
    e->asserted = asserted;
    e->missingMethod = missing;
    goc_eface v = {&goc_type_ptr_runtime_TypeAssertionError, e};
    return v;
}

/* ---- *runtime.PanicNilError --------------------------------------------------------------- */

goc_string goc_PanicNilError_Error(void *data) {
    (void)data;
    return GOC_STR("panic called with nil argument");
}

goc_eface goc_PanicNilError(void) {
    goc_eface v = {&goc_type_ptr_runtime_PanicNilError, goc_newobject(&goc_type_runtime_PanicNilError)};
    return v;
}

/* ---- one function per message ----------------------------------------------------------------- */

_Noreturn void goc_panicerrorstring(const char *msg) { goc_gopanic(goc_errorString(msg)); }
_Noreturn void goc_panicplainerror(const char *msg) { goc_gopanic(goc_plainError(msg)); }

_Noreturn void goc_panicdivide(void) { goc_panicerrorstring("integer divide by zero"); }
_Noreturn void goc_panicshift(void) { goc_panicerrorstring("negative shift amount"); }
_Noreturn void goc_panicoverflow(void) { goc_panicerrorstring("integer overflow"); }
_Noreturn void goc_panicnilmap(void) { goc_panicplainerror("assignment to entry in nil map"); }
_Noreturn void goc_panicmakeslicelen(void) { goc_panicerrorstring("makeslice: len out of range"); }
_Noreturn void goc_panicmakeslicecap(void) { goc_panicerrorstring("makeslice: cap out of range"); }
_Noreturn void goc_panicgrowslicelen(void) { goc_panicerrorstring("growslice: len out of range"); }

static const char memoryError[] = "invalid memory address or nil pointer dereference";

/* Record what gc's signal handler would have seen for a nil dereference. */
static void setsigsegv(uintptr_t addr) {
    goc_g *g = goc_getg();
    g->sig = 11; /* SIGSEGV */
    g->sigcode0 = 1; /* SEGV_MAPERR */
    g->sigcode1 = addr;
    g->sigpc = 0; /* the faulting Go pc is unknown */
}

_Noreturn void goc_panicmem(void) {
    setsigsegv(0);
    goc_panicerrorstring(memoryError);
}

/*
 * Go: sigpanic. Turn a synchronous signal recorded in g (by the handler in
 * runtime.c) into the panic gc raises for it: integer division traps are
 * "integer divide by zero" (gc checks explicitly on amd64, so no signal
 * line), faults in the first page are nil dereferences, any other fault
 * address is the fatal error "fault".
 */
_Noreturn void goc_sigpanic(void) {
    goc_g *g = goc_getg();
    if (g->sig == 8) { /* SIGFPE */
        g->sig = 0;
        goc_panicdivide();
    }
    if (g->sig == 5) /* SIGTRAP (runtime.Breakpoint): no panic, the process ends */
        goc_fatalsignal(g);
    if (g->sigcode1 < 0x1000)
        goc_panicerrorstring(memoryError);
    goc_printlock();
    goc_printcstr("unexpected fault address ");
    goc_printhex(g->sigcode1);
    goc_printcstr("\n");
    goc_printunlock();
    goc_throw("fault");
}

_Noreturn void goc_panicmemAddr(uintptr_t addr) {
    setsigsegv(addr);
    errorAddressString e = {cstr(memoryError), addr};
    goc_eface v = {&errorAddressString_type, goc_convT(&errorAddressString_type, &e)};
    goc_gopanic(v);
}

static _Noreturn void panictype(const char *what, const goc_type *t) {
    goc_string parts[2] = {cstr(what), goc_typestring(t)};
    goc_gopanic(goc_errorString((const char *)goc_catgs(2, parts).str));
}

_Noreturn void goc_panicunhashable(const goc_type *t) { panictype("hash of unhashable type ", t); }
_Noreturn void goc_panicuncomparable(const goc_type *t) { panictype("comparing uncomparable type ", t); }

_Noreturn void goc_panicwrap(const char *pkg, const char *typ, const char *meth) {
    goc_string s = goc_catstr("value method ", pkg, ".", typ, ".", meth, " called using nil *", typ,
                              " pointer", NULL);
    goc_gopanic(goc_plainError((const char *)s.str));
}

/* ---- descriptors -------------------------------------------------------------------------------- */

/*
 * This file's module: the names, types (method signatures, *T) and code
 * (Ifn, Tfn of each method) its descriptors name by offset. Ifn takes the
 * interface data word (a pointer to the value, or the pointer itself for
 * *T); Tfn is the method as a Go func value taking the receiver itself.
 */
#define E_NAMES(N)                                                                               \
    N(runtime, 0, "runtime") N(abi, 0, "internal/abi") N(errorString, 0, "runtime.errorString")  \
    N(plainError, 0, "runtime.plainError") N(errorAddressString, 0, "runtime.errorAddressString") \
    N(boundsError, 0, "runtime.boundsError") N(boundsErrorCode, 0, "runtime.boundsErrorCode")   \
    N(TypeAssertionError, 0, "runtime.TypeAssertionError")                                       \
    N(ptr_TypeAssertionError, 0, "*runtime.TypeAssertionError")                                  \
    N(PanicNilError, 0, "runtime.PanicNilError") N(ptr_PanicNilError, 0, "*runtime.PanicNilError") \
    N(Error_iface, 0, "runtime.Error") N(abiType, 0, "abi.Type") N(ptr_abiType, 0, "*abi.Type")  \
    N(Error, GOC_NAME_EXPORTED, "Error") N(RuntimeError, GOC_NAME_EXPORTED, "RuntimeError")     \
    N(Addr, GOC_NAME_EXPORTED, "Addr")
#define E_TYPES(T)                                                                               \
    T(func_string, &goc_type_func_string) T(func, &goc_type_func) T(func_uintptr, &goc_type_func_uintptr) \
    T(ptr_TypeAssertionError, &goc_type_ptr_runtime_TypeAssertionError)                          \
    T(ptr_PanicNilError, &goc_type_ptr_runtime_PanicNilError) T(ptr_abiType, &abiTypePtr_desc.d.Type)
/* receiver kind (V: value of C type R, P: pointer to R; 0: no result), type, method, result, Ifn */
#define E_METHODS(M)                                                                             \
    M(V, goc_string, errorString, Error, goc_string, errorString_Error)                         \
    M(V0, goc_string, errorString, RuntimeError, void, RuntimeError)                             \
    M(V, goc_string, plainError, Error, goc_string, plainError_Error)                           \
    M(V0, goc_string, plainError, RuntimeError, void, RuntimeError)                              \
    M(V, errorAddressString, errorAddressString, Addr, uintptr_t, errorAddressString_Addr)      \
    M(V, errorAddressString, errorAddressString, Error, goc_string, errorAddressString_Error)    \
    M(V0, errorAddressString, errorAddressString, RuntimeError, void, RuntimeError)              \
    M(V, boundsError, boundsError, Error, goc_string, boundsError_Error)                        \
    M(V0, boundsError, boundsError, RuntimeError, void, RuntimeError)                            \
    M(P, TypeAssertionError, TypeAssertionError, Error, goc_string, goc_TypeAssertionError_Error) \
    M(P0, TypeAssertionError, TypeAssertionError, RuntimeError, void, RuntimeError)              \
    M(P, struct PanicNilError, PanicNilError, Error, goc_string, goc_PanicNilError_Error)       \
    M(P0, struct PanicNilError, PanicNilError, RuntimeError, void, RuntimeError)

struct PanicNilError; /* zero-size: Tfn receivers are pointers to nothing */

enum {
    E_NONE,
#define N(id, flags, s) EN_##id,
    E_NAMES(N)
#undef N
#define T(id, p) ET_##id,
    E_TYPES(T)
#undef T
    E_NOFFS
};
enum {
    E_NOTEXT,
#define M(rk, R, typ, meth, ret, ifn) EI_##typ##_##meth, ETF_##typ##_##meth,
    E_METHODS(M)
#undef M
    E_NTEXT
};

/* Tfn: the method with its receiver as the first parameter after the closure. */
#define TFN_V(R, name, ret, ifn)                                                                 \
    static ret name(goc_func *cl, R r) {                                                         \
        (void)cl;                                                                                \
        return ifn(&r);                                                                          \
    }
#define TFN_P(R, name, ret, ifn)                                                                 \
    static ret name(goc_func *cl, R *r) {                                                        \
        (void)cl;                                                                                \
        return ifn(r);                                                                           \
    }
#define TFN_V0(R, name, ret, ifn)                                                                \
    static void name(goc_func *cl, R r) {                                                        \
        (void)cl;                                                                                \
        ifn(&r);                                                                                 \
    }
#define TFN_P0(R, name, ret, ifn)                                                                \
    static void name(goc_func *cl, R *r) {                                                       \
        (void)cl;                                                                                \
        ifn(r);                                                                                  \
    }
#define M(rk, R, typ, meth, ret, ifn) TFN_##rk(R, typ##_##meth##_tfn, ret, ifn)
E_METHODS(M)
#undef M

static const void *const erroroffs[E_NOFFS];
static const goc_textptr errortext[E_NTEXT];
GOC_INTERNAL const goc_module goc_errormodule = {
    .offs = erroroffs, .noffs = E_NOFFS, .text = errortext, .ntext = E_NTEXT};

#define METHOD(typ, meth, mtyp) {EN_##meth, ET_##mtyp, EI_##typ##_##meth, ETF_##typ##_##meth}
#define ERROR_METHODS(typ) METHOD(typ, Error, func_string), METHOD(typ, RuntimeError, func)

/* Equal closures of the struct types. */
static goc_bool errorAddressString_eq(goc_func *f, void *p, void *q) {
    (void)f;
    const errorAddressString *a = p, *b = q;
    return a->addr == b->addr && goc_strequal(&a->msg, &b->msg);
}
static goc_bool boundsError_eq(goc_func *f, void *p, void *q) {
    (void)f;
    const boundsError *a = p, *b = q;
    return a->x == b->x && a->y == b->y && a->signed_ == b->signed_ && a->code == b->code;
}
static goc_bool TypeAssertionError_eq(goc_func *f, void *p, void *q) {
    (void)f;
    const TypeAssertionError *a = p, *b = q;
    return a->iface == b->iface && a->concrete == b->concrete && a->asserted == b->asserted &&
           goc_strequal(&a->missingMethod, &b->missingMethod);
}
static const goc_func errorAddressString_eqf = {(void (*)(void))errorAddressString_eq};
static const goc_func boundsError_eqf = {(void (*)(void))boundsError_eq};
static const goc_func TypeAssertionError_eqf = {(void (*)(void))TypeAssertionError_eq};

/* Pointer bitmaps: word 0; words 0-3. */
static const uint8_t gcdata_1[] = {0x1}, gcdata_f[] = {0xf};

#define UNCOMMON(desc, n, nx)                                                                    \
    {.PkgPath = EN_runtime, .Mcount = n, .Xcount = nx,                                           \
     .Moff = offsetof(desc, m) - offsetof(desc, u)}

static const namedtypedesc errorString_desc = {
    &goc_errormodule,
    {.Size_ = sizeof(goc_string), .PtrBytes = 8, .Hash = 0x074ea9f2,
     .TFlag = GOC_TFLAG_NAMED | GOC_TFLAG_UNCOMMON, .Align_ = 8, .FieldAlign_ = 8,
     .Kind_ = GOC_STRING, .Equal = (goc_func *)&goc_strequal_f, .GCData = gcdata_1,
     .Str = EN_errorString},
    UNCOMMON(namedtypedesc, 2, 2),
    {ERROR_METHODS(errorString)}};

static const namedtypedesc plainError_desc = {
    &goc_errormodule,
    {.Size_ = sizeof(goc_string), .PtrBytes = 8, .Hash = 0x6a6a51d3,
     .TFlag = GOC_TFLAG_NAMED | GOC_TFLAG_UNCOMMON, .Align_ = 8, .FieldAlign_ = 8,
     .Kind_ = GOC_STRING, .Equal = (goc_func *)&goc_strequal_f, .GCData = gcdata_1,
     .Str = EN_plainError},
    UNCOMMON(namedtypedesc, 2, 2),
    {ERROR_METHODS(plainError)}};

static const goc_structfield errorAddressString_fields[] = {
    {{GOC_NAMEDATA(0, "msg")}, &goc_type_string, offsetof(errorAddressString, msg)},
    {{GOC_NAMEDATA(0, "addr")}, &goc_type_uintptr, offsetof(errorAddressString, addr)},
};
static const namedstructdesc errorAddressString_desc = {
    &goc_errormodule,
    {.Type = {.Size_ = sizeof(errorAddressString), .PtrBytes = 8, .Hash = 0x851a7b74,
              .TFlag = GOC_TFLAG_NAMED | GOC_TFLAG_UNCOMMON, .Align_ = 8, .FieldAlign_ = 8,
              .Kind_ = GOC_STRUCT, .Equal = (goc_func *)&errorAddressString_eqf,
              .GCData = gcdata_1, .Str = EN_errorAddressString},
     .PkgPath = {GOC_NAMEDATA(0, "runtime")},
     .Fields = {(void *)errorAddressString_fields, 2, 2}},
    UNCOMMON(namedstructdesc, 3, 3),
    {METHOD(errorAddressString, Addr, func_uintptr), ERROR_METHODS(errorAddressString)}};

static const goc_typedesc boundsErrorCode_desc = {
    &goc_errormodule,
    {.Size_ = 1, .Hash = 0xd1b75b3f, .TFlag = GOC_TFLAG_NAMED | GOC_TFLAG_REGULARMEMORY,
     .Align_ = 1, .FieldAlign_ = 1, .Kind_ = GOC_UINT8, .Equal = (goc_func *)&goc_memequal8_f,
     .Str = EN_boundsErrorCode}};
static const goc_structfield boundsError_fields[] = {
    {{GOC_NAMEDATA(0, "x")}, &goc_type_int64, offsetof(boundsError, x)},
    {{GOC_NAMEDATA(0, "y")}, &goc_type_int, offsetof(boundsError, y)},
    {{GOC_NAMEDATA(0, "signed")}, &goc_type_bool, offsetof(boundsError, signed_)},
    {{GOC_NAMEDATA(0, "code")}, &boundsErrorCode_desc.d, offsetof(boundsError, code)},
};
static const namedstructdesc boundsError_desc = {
    &goc_errormodule,
    {.Type = {.Size_ = sizeof(boundsError), .Hash = 0x87323070,
              .TFlag = GOC_TFLAG_NAMED | GOC_TFLAG_UNCOMMON, .Align_ = 8, .FieldAlign_ = 8,
              .Kind_ = GOC_STRUCT, .Equal = (goc_func *)&boundsError_eqf, .Str = EN_boundsError},
     .PkgPath = {GOC_NAMEDATA(0, "runtime")},
     .Fields = {(void *)boundsError_fields, 4, 4}},
    UNCOMMON(namedstructdesc, 2, 2),
    {ERROR_METHODS(boundsError)}};

/* *abi.Type: a pointer to an opaque runtime type descriptor. */
static const goc_typedesc abiType_desc = {
    &goc_errormodule,
    {.Size_ = sizeof(goc_type), .PtrBytes = 40, .Hash = 0x1fd9a7c9, .TFlag = GOC_TFLAG_NAMED,
     .Align_ = 8, .FieldAlign_ = 8, .Kind_ = GOC_STRUCT, .GCData = (const uint8_t[]){0x18},
     .Str = EN_abiType}};
static const GOC_DESC(goc_ptrtype) abiTypePtr_desc = {
    &goc_errormodule,
    {.Type = {.Size_ = 8, .PtrBytes = 8, .Hash = 0x3715de25, .TFlag = GOC_TFLAG_REGULARMEMORY,
              .Align_ = 8, .FieldAlign_ = 8, .Kind_ = GOC_POINTER | GOC_KIND_DIRECTIFACE,
              .Equal = (goc_func *)&goc_memequal64_f, .GCData = gcdata_1, .Str = EN_ptr_abiType},
     .Elem = &abiType_desc.d}};

static const goc_structfield TypeAssertionError_fields[] = {
    {{GOC_NAMEDATA(0, "_interface")}, &abiTypePtr_desc.d.Type, offsetof(TypeAssertionError, iface)},
    {{GOC_NAMEDATA(0, "concrete")}, &abiTypePtr_desc.d.Type, offsetof(TypeAssertionError, concrete)},
    {{GOC_NAMEDATA(0, "asserted")}, &abiTypePtr_desc.d.Type, offsetof(TypeAssertionError, asserted)},
    {{GOC_NAMEDATA(0, "missingMethod")}, &goc_type_string, offsetof(TypeAssertionError, missingMethod)},
};
const struct goc_runtimestructdesc goc_typedesc_runtime_TypeAssertionError = {
    &goc_errormodule,
    {.Type = {.Size_ = sizeof(TypeAssertionError), .PtrBytes = 32, .Hash = 0x7b1b5223,
              .TFlag = GOC_TFLAG_NAMED | GOC_TFLAG_UNCOMMON, .Align_ = 8, .FieldAlign_ = 8,
              .Kind_ = GOC_STRUCT, .Equal = (goc_func *)&TypeAssertionError_eqf,
              .GCData = gcdata_f, .Str = EN_TypeAssertionError,
              .PtrToThis = ET_ptr_TypeAssertionError},
     .PkgPath = {GOC_NAMEDATA(0, "runtime")},
     .Fields = {(void *)TypeAssertionError_fields, 4, 4}},
    {.PkgPath = EN_runtime}};
const struct goc_runtimeptrdesc goc_typedesc_ptr_runtime_TypeAssertionError = {
    &goc_errormodule,
    {.Type = {.Size_ = 8, .PtrBytes = 8, .Hash = 0xe835dae5,
              .TFlag = GOC_TFLAG_UNCOMMON | GOC_TFLAG_REGULARMEMORY, .Align_ = 8, .FieldAlign_ = 8,
              .Kind_ = GOC_POINTER | GOC_KIND_DIRECTIFACE, .Equal = (goc_func *)&goc_memequal64_f,
              .GCData = gcdata_1, .Str = EN_ptr_TypeAssertionError},
     .Elem = &goc_type_runtime_TypeAssertionError},
    UNCOMMON(struct goc_runtimeptrdesc, 2, 2),
    {ERROR_METHODS(TypeAssertionError)}};

const struct goc_runtimestructdesc goc_typedesc_runtime_PanicNilError = {
    &goc_errormodule,
    {.Type = {.Size_ = 0, .Hash = 0x36facfdb,
              .TFlag = GOC_TFLAG_NAMED | GOC_TFLAG_UNCOMMON | GOC_TFLAG_REGULARMEMORY, .Align_ = 8,
              .FieldAlign_ = 8, .Kind_ = GOC_STRUCT, .Equal = (goc_func *)&goc_memequal0_f,
              .Str = EN_PanicNilError, .PtrToThis = ET_ptr_PanicNilError}},
    {.PkgPath = EN_runtime}};
const struct goc_runtimeptrdesc goc_typedesc_ptr_runtime_PanicNilError = {
    &goc_errormodule,
    {.Type = {.Size_ = 8, .PtrBytes = 8, .Hash = 0x2fee33fd,
              .TFlag = GOC_TFLAG_UNCOMMON | GOC_TFLAG_REGULARMEMORY, .Align_ = 8, .FieldAlign_ = 8,
              .Kind_ = GOC_POINTER | GOC_KIND_DIRECTIFACE, .Equal = (goc_func *)&goc_memequal64_f,
              .GCData = gcdata_1, .Str = EN_ptr_PanicNilError},
     .Elem = &goc_type_runtime_PanicNilError},
    UNCOMMON(struct goc_runtimeptrdesc, 2, 2),
    {ERROR_METHODS(PanicNilError)}};

static const goc_imethod runtimeError_imethods[] = {{EN_Error, ET_func_string},
                                                    {EN_RuntimeError, ET_func}};
const struct goc_runtimeErrordesc goc_typedesc_runtime_Error = {
    &goc_errormodule,
    {.Type = {.Size_ = 16, .PtrBytes = 16, .Hash = 0x547f1021,
              .TFlag = GOC_TFLAG_NAMED | GOC_TFLAG_UNCOMMON, .Align_ = 8, .FieldAlign_ = 8,
              .Kind_ = GOC_INTERFACE, .Equal = (goc_func *)&goc_interequal_f,
              .GCData = (const uint8_t[]){0x2}, .Str = EN_Error_iface},
     .PkgPath = {GOC_NAMEDATA(0, "runtime")},
     .Methods = {(void *)runtimeError_imethods, 2, 2}},
    {.PkgPath = EN_runtime}};

static const void *const erroroffs[E_NOFFS] = {
#define N(id, flags, s) [EN_##id] = GOC_NAMEDATA(flags, s),
    E_NAMES(N)
#undef N
#define T(id, p) [ET_##id] = p,
    E_TYPES(T)
#undef T
};

static const goc_textptr errortext[E_NTEXT] = {
#define M(rk, R, typ, meth, ret, ifn)                                                            \
    [EI_##typ##_##meth] = (void (*)(void))ifn, [ETF_##typ##_##meth] = (void (*)(void))typ##_##meth##_tfn,
    E_METHODS(M)
#undef M
};
