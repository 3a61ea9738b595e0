/*
 * goc/panic.h — panic, defer, recover, runtime errors, fatal errors
 * (Go: runtime/panic.go, error.go).
 *
 * Defer frames. A function containing `defer` owns a goc_frame on its C
 * stack, linked into the running goroutine's chain of frames:
 *
 *     goc_frame _fr;
 *     volatile goc_int _r0 = 0;           // results live across longjmp
 *     goc_frame_enter(&_fr);
 *     if (setjmp(_fr.jb) == 0) {
 *         ... body; `defer f(x)` → goc_deferproc(&_fr, closure);
 *         `return v` → { _r0 = v; goto _ret; }
 *     }
 * _ret:
 *     goc_deferreturn(&_fr);
 *     return _r0;
 *
 * On a normal return goc_deferreturn runs the frame's defers, newest
 * first, each popped before it is called. A panic (goc_gopanic) runs them
 * itself, frame after frame, on top of the panicking stack, as gc does. If
 * a deferred call recovered the panic, goc_gopanic longjmps to that frame:
 * its goc_deferreturn runs the remaining defers and the function returns
 * normally with its current results. With no frame left, the panic report
 * is printed to stderr ("panic: ...", "goroutine 1 [running]:" and the
 * traceback) and the process exits with status 2. A deferred call that
 * panics starts a new panic, which goes on with the frame's remaining
 * defers.
 *
 * The report: "panic: " + the value (Error/String methods are called
 * first; "[recovered]" marks earlier panics that were recovered and
 * re-panicked), then, unless GOTRACEBACK=none, "goroutine N [running]:"
 * and gc's traceback of the goroutine: each function with its file, line
 * and offset (traceback.c), "panic(...)" where a deferred call ran.
 */
#ifndef GOC_PANIC_H
#define GOC_PANIC_H

#include <setjmp.h>
#include "types.h"

typedef struct goc_defer {
    struct goc_defer *link; /* next older defer of the same frame */
    goc_func *fn;           /* called as ((void (*)(goc_func *))fn->fn)(fn) */
} goc_defer;

typedef struct goc_frame {
    struct goc_frame *link; /* next older frame of this goroutine */
    goc_defer *defers;      /* newest first */
    jmp_buf jb;             /* where a panic resumes this frame */
} goc_frame;

void goc_frame_enter(goc_frame *f);
/* Go: deferproc. fn is a closure with no parameters and no results. */
void goc_deferproc(goc_frame *f, goc_func *fn);
/* Go: deferreturn. Runs f's remaining defers, pops f, and continues a panic that was not recovered. */
void goc_deferreturn(goc_frame *f);

/* recover() works only in a function called directly by a deferred call.
 * A deferred call's thunk stores its callee here just before calling it
 * (wrappers forward it: a func value's or method value's thunk replaces
 * its closure with the function it calls), and a function that calls
 * recover() compares it with itself on entry, then clears it. No
 * cooperative yield comes between the store and the compare; an
 * asynchronous preemption may, and carries the value along with the
 * goroutine (runtime/preempt.c), so it is per goroutine where it matters. */
extern __thread void *goc__deferfn;

/* Go: gopanic. panic(v); v.type == NULL (panic(nil)) becomes *runtime.PanicNilError,
 * except under GODEBUG=panicnil=1, where it stays nil (recover returns nil). */
_Noreturn void goc_gopanic(goc_eface v);
/* Go: gorecover. The value of the current panic, marking it recovered; nil interface if none. */
goc_eface goc_gorecover(void);
/* recover() as a deferred call itself (`defer recover()` in F, F called
 * directly by a deferred call): nil when a panic runs it, else as recover()
 * in F's body (F's return runs it). */
goc_eface goc_gorecoverdeferred(void);

/* Runtime errors (runtime.Error values), one function per message. */
_Noreturn void goc_panicdivide(void);        /* integer divide by zero */
_Noreturn void goc_panicoverflow(void);      /* integer overflow (bits.Div64) */
_Noreturn void goc_panicshift(void);         /* negative shift amount */
_Noreturn void goc_panicmem(void);           /* invalid memory address or nil pointer dereference */
_Noreturn void goc_panicmemAddr(uintptr_t addr);
_Noreturn void goc_panicnilmap(void);        /* assignment to entry in nil map (plain error) */
_Noreturn void goc_panicmakeslicelen(void);
_Noreturn void goc_panicmakeslicecap(void);
_Noreturn void goc_panicgrowslicelen(void);  /* growslice: len out of range */
_Noreturn void goc_panicunhashable(const goc_type *t);    /* hash of unhashable type T */
_Noreturn void goc_panicuncomparable(const goc_type *t);  /* comparing uncomparable type T */
/* value method pkg.T.M called using nil *T pointer */
_Noreturn void goc_panicwrap(const char *pkg, const char *typ, const char *meth);
/* Panic with a runtime errorString: "runtime error: " + msg. */
_Noreturn void goc_panicerrorstring(const char *msg);
/* Panic with a runtime plainError: msg without prefix. */
_Noreturn void goc_panicplainerror(const char *msg);

/*
 * Bounds errors (Go: panicIndex & co., runtime/error.go boundsError). x is
 * the offending value, y the bound; ...U variants take an unsigned x.
 *   Index:      index out of range [x] with length y
 *   SliceAlen:  slice bounds out of range [:x] with length y
 *   SliceAcap:  slice bounds out of range [:x] with capacity y
 *   SliceB:     slice bounds out of range [x:y]
 *   Slice3Alen: slice bounds out of range [::x] with length y
 *   Slice3Acap: slice bounds out of range [::x] with capacity y
 *   Slice3B:    slice bounds out of range [:x:y]
 *   Slice3C:    slice bounds out of range [x:y:]
 *   SliceConvert: cannot convert slice with length x to array or pointer to array with length y
 * Negative x prints without the "with ..." part, as gc does.
 */
_Noreturn void goc_panicIndex(goc_int x, goc_int y);
_Noreturn void goc_panicIndexU(goc_uint x, goc_int y);
_Noreturn void goc_panicSliceAlen(goc_int x, goc_int y);
_Noreturn void goc_panicSliceAlenU(goc_uint x, goc_int y);
_Noreturn void goc_panicSliceAcap(goc_int x, goc_int y);
_Noreturn void goc_panicSliceAcapU(goc_uint x, goc_int y);
_Noreturn void goc_panicSliceB(goc_int x, goc_int y);
_Noreturn void goc_panicSliceBU(goc_uint x, goc_int y);
_Noreturn void goc_panicSlice3Alen(goc_int x, goc_int y);
_Noreturn void goc_panicSlice3AlenU(goc_uint x, goc_int y);
_Noreturn void goc_panicSlice3Acap(goc_int x, goc_int y);
_Noreturn void goc_panicSlice3AcapU(goc_uint x, goc_int y);
_Noreturn void goc_panicSlice3B(goc_int x, goc_int y);
_Noreturn void goc_panicSlice3BU(goc_uint x, goc_int y);
_Noreturn void goc_panicSlice3C(goc_int x, goc_int y);
_Noreturn void goc_panicSlice3CU(goc_uint x, goc_int y);
_Noreturn void goc_panicSliceConvert(goc_int x, goc_int y);

/* Inline checks for generated code. */
#define GOC_LIKELY(x) __builtin_expect(!!(x), 1)
#define GOC_UNLIKELY(x) __builtin_expect(!!(x), 0)
/* i is a signed index into something of length len */
#define GOC_INDEX(i, len) \
    (GOC_UNLIKELY((goc_uint)(i) >= (goc_uint)(len)) ? goc_panicIndex((i), (len)) : (void)0)
#define GOC_NILCHECK(p) (GOC_UNLIKELY((p) == NULL) ? goc_panicmem() : (void)0)

/* Fatal errors: "fatal error: msg", goroutine report, exit 2; never recoverable. */
_Noreturn void goc_throw(const char *msg); /* a broken runtime invariant */
_Noreturn void goc_fatal(const char *msg); /* a user error (concurrent map writes, ...) */

/* runtime.Error (interface { Error() string; RuntimeError() }), for type switches. */
extern const struct goc_runtimeErrordesc {
    const goc_module *mod;
    goc_interfacetype d;
    goc_uncommontype u;
} goc_typedesc_runtime_Error;
#define goc_type_runtime_Error (goc_typedesc_runtime_Error.d.Type)
/* The exported error types of package runtime: the descriptors of T and *T, and the
 * Error method (receiver: the *T), for translators that declare these types
 * (goc's runtime package: gen/load/std/runtime.go.txt). */
extern const struct goc_runtimestructdesc {
    const goc_module *mod;
    goc_structtype d;
    goc_uncommontype u;
} goc_typedesc_runtime_TypeAssertionError, goc_typedesc_runtime_PanicNilError;
extern const struct goc_runtimeptrdesc {
    const goc_module *mod;
    goc_ptrtype d;
    goc_uncommontype u;
    goc_method m[2];
} goc_typedesc_ptr_runtime_TypeAssertionError, goc_typedesc_ptr_runtime_PanicNilError;
#define goc_type_runtime_TypeAssertionError (goc_typedesc_runtime_TypeAssertionError.d.Type)
#define goc_type_ptr_runtime_TypeAssertionError (goc_typedesc_ptr_runtime_TypeAssertionError.d.Type)
#define goc_type_runtime_PanicNilError (goc_typedesc_runtime_PanicNilError.d.Type)
#define goc_type_ptr_runtime_PanicNilError (goc_typedesc_ptr_runtime_PanicNilError.d.Type)
goc_string goc_TypeAssertionError_Error(void *e);
goc_string goc_PanicNilError_Error(void *e);

#endif
