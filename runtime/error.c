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
static goc_string catgs(int n, const goc_string *parts) {
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
    return catgs(n, parts);
}

static void RuntimeError(void *data) {
    (void)data; /* marks a runtime.Error; does nothing, as in Go */
}

#define METHOD(name, mtyp, fn) {name, mtyp, (void (*)(void))(fn)}

/* ---- runtime.errorString and runtime.plainError ----------------------------- */

static goc_string errorString_Error(void *data) {
    goc_string parts[2] = {GOC_STR("runtime error: "), *(const goc_string *)data};
    return catgs(2, parts);
}

static goc_string plainError_Error(void *data) {
    return *(const goc_string *)data;
}

static const goc_method errorString_methods[] = {
    METHOD("Error", "func() string", errorString_Error),
    METHOD("RuntimeError", "func()", RuntimeError),
};
static const goc_method plainError_methods[] = {
    METHOD("Error", "func() string", plainError_Error),
    METHOD("RuntimeError", "func()", RuntimeError),
};

#define STRINGTYPE(name, meths)                                                                     \
    {.size = sizeof(goc_string), .align = _Alignof(goc_string), .kind = GOC_STRING,                 \
     .tflag = GOC_TFLAG_POINTERS | GOC_TFLAG_NAMED | GOC_TFLAG_REFLEXIVE | GOC_TFLAG_NEEDKEYUPDATE, \
     .hash = goc_strhash, .equal = goc_strequal, .string = name, .pkgpath = "runtime",             \
     .nmethods = 2, .methods = meths}

static const goc_type errorString_type = STRINGTYPE("runtime.errorString", errorString_methods);
static const goc_type plainError_type = STRINGTYPE("runtime.plainError", plainError_methods);

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

static uintptr_t errorAddressString_hash(const void *p, uintptr_t h) {
    const errorAddressString *e = p;
    h = goc_strhash(&e->msg, h);
    return goc_memhash64(&e->addr, h);
}

static bool errorAddressString_equal(const void *p, const void *q) {
    const errorAddressString *a = p, *b = q;
    return a->addr == b->addr && goc_strequal(&a->msg, &b->msg);
}

static const goc_method errorAddressString_methods[] = {
    METHOD("Addr", "func() uintptr", errorAddressString_Addr),
    METHOD("Error", "func() string", errorAddressString_Error),
    METHOD("RuntimeError", "func()", RuntimeError),
};
static const goc_structfield errorAddressString_fields[] = {
    {"msg", &goc_type_string, offsetof(errorAddressString, msg), false, false},
    {"addr", &goc_type_uintptr, offsetof(errorAddressString, addr), false, false},
};
static const goc_type errorAddressString_type = {
    .size = sizeof(errorAddressString), .align = _Alignof(errorAddressString), .kind = GOC_STRUCT,
    .tflag = GOC_TFLAG_POINTERS | GOC_TFLAG_NAMED | GOC_TFLAG_REFLEXIVE | GOC_TFLAG_NEEDKEYUPDATE,
    .hash = errorAddressString_hash, .equal = errorAddressString_equal,
    .string = "runtime.errorAddressString", .pkgpath = "runtime",
    .fields = errorAddressString_fields, .nfields = 2, .nmethods = 3,
    .methods = errorAddressString_methods};

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

static uintptr_t boundsError_hash(const void *p, uintptr_t h) {
    const boundsError *e = p;
    h = goc_memhash64(&e->x, h);
    h = goc_memhash64(&e->y, h);
    h = goc_memhash8(&e->signed_, h);
    return goc_memhash8(&e->code, h);
}

static bool boundsError_equal(const void *p, const void *q) {
    const boundsError *a = p, *b = q;
    return a->x == b->x && a->y == b->y && a->signed_ == b->signed_ && a->code == b->code;
}

static const goc_type boundsErrorCode_type = {
    .size = 1, .align = 1, .kind = GOC_UINT8,
    .tflag = GOC_TFLAG_NAMED | GOC_TFLAG_REFLEXIVE | GOC_TFLAG_REGMEM,
    .hash = goc_memhash8, .equal = goc_memequal8,
    .string = "runtime.boundsErrorCode", .pkgpath = "runtime"};
static const goc_method boundsError_methods[] = {
    METHOD("Error", "func() string", boundsError_Error),
    METHOD("RuntimeError", "func()", RuntimeError),
};
static const goc_structfield boundsError_fields[] = {
    {"x", &goc_type_int64, offsetof(boundsError, x), false, false},
    {"y", &goc_type_int, offsetof(boundsError, y), false, false},
    {"signed", &goc_type_bool, offsetof(boundsError, signed_), false, false},
    {"code", &boundsErrorCode_type, offsetof(boundsError, code), false, false},
};
static const goc_type boundsError_type = {
    .size = sizeof(boundsError), .align = _Alignof(boundsError), .kind = GOC_STRUCT,
    .tflag = GOC_TFLAG_NAMED | GOC_TFLAG_REFLEXIVE,
    .hash = boundsError_hash, .equal = boundsError_equal,
    .string = "runtime.boundsError", .pkgpath = "runtime",
    .fields = boundsError_fields, .nfields = 4, .nmethods = 2, .methods = boundsError_methods};

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
    goc_string inter = e->iface != NULL ? cstr(e->iface->string) : GOC_STR("interface");
    goc_string as = cstr(e->asserted->string);
    if (e->concrete == NULL) {
        goc_string p[] = {GOC_STR("interface conversion: "), inter, GOC_STR(" is nil, not "), as};
        return catgs(4, p);
    }
    goc_string cs = cstr(e->concrete->string);
    if (e->missingMethod.len == 0) {
        goc_string p[] = {GOC_STR("interface conversion: "), inter, GOC_STR(" is "), cs,
                          GOC_STR(", not "), as, GOC_STR("")};
        if (strcmp(e->concrete->string, e->asserted->string) == 0) {
            /* Clearer words for two distinct types with the same name. */
            const char *pc = e->concrete->pkgpath ? e->concrete->pkgpath : "";
            const char *pa = e->asserted->pkgpath ? e->asserted->pkgpath : "";
            p[6] = strcmp(pc, pa) != 0 ? GOC_STR(" (types from different packages)")
                                       : GOC_STR(" (types from different scopes)");
        }
        return catgs(7, p);
    }
    goc_string p[] = {GOC_STR("interface conversion: "), cs, GOC_STR(" is not "), as,
                      GOC_STR(": missing method "), e->missingMethod};
    return catgs(6, p);
}

/* A pointer to an opaque runtime type descriptor (Go: *abi.Type). */
static const goc_type abiType_type = {
    .size = 48, .align = 8, .kind = GOC_STRUCT, .tflag = GOC_TFLAG_POINTERS | GOC_TFLAG_NAMED,
    .string = "abi.Type", .pkgpath = "internal/abi"};
static const goc_type abiTypePtr_type = {
    .size = 8, .align = 8, .kind = GOC_POINTER,
    .tflag = GOC_TFLAG_POINTERS | GOC_TFLAG_DIRECTIFACE | GOC_TFLAG_REFLEXIVE | GOC_TFLAG_REGMEM,
    .hash = goc_memhash64, .equal = goc_memequal64, .string = "*abi.Type", .elem = &abiType_type};

static uintptr_t TypeAssertionError_hash(const void *p, uintptr_t h) {
    const TypeAssertionError *e = p;
    h = goc_memhash64(&e->iface, h);
    h = goc_memhash64(&e->concrete, h);
    h = goc_memhash64(&e->asserted, h);
    return goc_strhash(&e->missingMethod, h);
}

static bool TypeAssertionError_equal(const void *p, const void *q) {
    const TypeAssertionError *a = p, *b = q;
    return a->iface == b->iface && a->concrete == b->concrete && a->asserted == b->asserted &&
           goc_strequal(&a->missingMethod, &b->missingMethod);
}

static const goc_structfield TypeAssertionError_fields[] = {
    {"_interface", &abiTypePtr_type, offsetof(TypeAssertionError, iface), false, false},
    {"concrete", &abiTypePtr_type, offsetof(TypeAssertionError, concrete), false, false},
    {"asserted", &abiTypePtr_type, offsetof(TypeAssertionError, asserted), false, false},
    {"missingMethod", &goc_type_string, offsetof(TypeAssertionError, missingMethod), false, false},
};
const goc_type goc_type_runtime_TypeAssertionError = {
    .size = sizeof(TypeAssertionError), .align = _Alignof(TypeAssertionError), .kind = GOC_STRUCT,
    .tflag = GOC_TFLAG_POINTERS | GOC_TFLAG_NAMED | GOC_TFLAG_REFLEXIVE | GOC_TFLAG_NEEDKEYUPDATE,
    .hash = TypeAssertionError_hash, .equal = TypeAssertionError_equal,
    .string = "runtime.TypeAssertionError", .pkgpath = "runtime",
    .fields = TypeAssertionError_fields, .nfields = 4};
static const goc_method TypeAssertionErrorPtr_methods[] = {
    METHOD("Error", "func() string", goc_TypeAssertionError_Error),
    METHOD("RuntimeError", "func()", RuntimeError),
};
const goc_type goc_type_ptr_runtime_TypeAssertionError = {
    .size = 8, .align = 8, .kind = GOC_POINTER,
    .tflag = GOC_TFLAG_POINTERS | GOC_TFLAG_DIRECTIFACE | GOC_TFLAG_REFLEXIVE | GOC_TFLAG_REGMEM,
    .hash = goc_memhash64, .equal = goc_memequal64,
    .string = "*runtime.TypeAssertionError", .elem = &goc_type_runtime_TypeAssertionError,
    .nmethods = 2, .methods = TypeAssertionErrorPtr_methods};

goc_eface goc_TypeAssertionError(const goc_type *iface, const goc_type *concrete,
                                 const goc_type *asserted, const char *missing) {
    TypeAssertionError *e = goc_newobject(&goc_type_runtime_TypeAssertionError);
    e->iface = iface;
    e->concrete = concrete;
    e->asserted = asserted;
    if (missing != NULL)
        e->missingMethod = cstr(missing);
    goc_eface v = {&goc_type_ptr_runtime_TypeAssertionError, e};
    return v;
}

/* ---- *runtime.PanicNilError --------------------------------------------------------------- */

goc_string goc_PanicNilError_Error(void *data) {
    (void)data;
    return GOC_STR("panic called with nil argument");
}

const goc_type goc_type_runtime_PanicNilError = {
    .size = 0, .align = 8, .kind = GOC_STRUCT, .tflag = GOC_TFLAG_NAMED | GOC_TFLAG_REFLEXIVE | GOC_TFLAG_REGMEM,
    .hash = goc_memhash0, .equal = goc_memequal0,
    .string = "runtime.PanicNilError", .pkgpath = "runtime"};
static const goc_method PanicNilErrorPtr_methods[] = {
    METHOD("Error", "func() string", goc_PanicNilError_Error),
    METHOD("RuntimeError", "func()", RuntimeError),
};
const goc_type goc_type_ptr_runtime_PanicNilError = {
    .size = 8, .align = 8, .kind = GOC_POINTER,
    .tflag = GOC_TFLAG_POINTERS | GOC_TFLAG_DIRECTIFACE | GOC_TFLAG_REFLEXIVE | GOC_TFLAG_REGMEM,
    .hash = goc_memhash64, .equal = goc_memequal64,
    .string = "*runtime.PanicNilError", .elem = &goc_type_runtime_PanicNilError,
    .nmethods = 2, .methods = PanicNilErrorPtr_methods};

goc_eface goc_PanicNilError(void) {
    goc_eface v = {&goc_type_ptr_runtime_PanicNilError, goc_newobject(&goc_type_runtime_PanicNilError)};
    return v;
}

/* ---- runtime.Error -------------------------------------------------------------------------- */

static const goc_method runtimeError_imethods[] = {
    {"Error", "func() string", NULL},
    {"RuntimeError", "func()", NULL},
};
const goc_type goc_type_runtime_Error = {
    .size = sizeof(goc_iface), .align = _Alignof(goc_iface), .kind = GOC_INTERFACE,
    .tflag = GOC_TFLAG_POINTERS | GOC_TFLAG_NAMED | GOC_TFLAG_NEEDKEYUPDATE | GOC_TFLAG_HASHMIGHTPANIC,
    .hash = goc_interhash, .equal = goc_interequal,
    .string = "runtime.Error", .pkgpath = "runtime", .nmethods = 2, .methods = runtimeError_imethods};

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

_Noreturn void goc_panicunhashable(const goc_type *t) {
    goc_gopanic(goc_errorString((const char *)goc_catstr("hash of unhashable type ", t->string, NULL).str));
}

_Noreturn void goc_panicuncomparable(const goc_type *t) {
    goc_gopanic(goc_errorString((const char *)goc_catstr("comparing uncomparable type ", t->string, NULL).str));
}

_Noreturn void goc_panicwrap(const char *pkg, const char *typ, const char *meth) {
    goc_string s = goc_catstr("value method ", pkg, ".", typ, ".", meth, " called using nil *", typ,
                              " pointer", NULL);
    goc_gopanic(goc_plainError((const char *)s.str));
}
