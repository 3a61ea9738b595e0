/*
 * runtime/panic.c — defer, panic, recover, and the crash report
 * (Go: runtime/panic.go, the printing half of error.go).
 *
 * Data layout (per goroutine, see goc_g in goc_rt.h):
 *
 *   g->frames     innermost goc_frame ─link→ older frames ... → NULL
 *                 A frame lives on the C stack of a function that contains
 *                 `defer`; its defers hang off it newest first (heap records).
 *   g->panic      innermost goc_panic ─link→ older panics ... → NULL
 *   g->defercall  innermost deferred call being run ─link→ ... (C stack
 *                 records of rundefers)
 *
 * Unwinding (Go: gopanic). goc_gopanic pushes a panic and runs the
 * deferred calls itself, on top of the panicking stack, as gc does: for the
 * innermost frame f it pops and calls f's defers one by one, recording f in
 * panic->frame; when f has none left it pops f and goes on with the next
 * frame. So while a deferred call runs, and when the report is printed, the
 * stack still holds the functions that panicked (tracebacks and
 * runtime.Callers see them). If a deferred call recovered the panic, every
 * panic raised inside f's dynamic extent is dropped (Go: recovery) and
 * goc_gopanic longjmps to f, whose function lands in goc_deferreturn: it
 * runs f's remaining defers as on a normal return and the function returns
 * normally. With no frame left the report is printed and the process exits
 * with 2.
 *
 * Invariants:
 *   - A panic's frame is live until the panic is recovered or the frame is
 *     popped; "p raised inside frame f" is decided by walking the live
 *     chain: p is older than f exactly when p->frame is a strict ancestor of
 *     f (panics raised after f was entered run f's defers or those of
 *     frames inside it).
 *   - Before the longjmp to frame f, the defer-call records of calls that
 *     the jump abandons (those run for f and for frames inside it) are
 *     popped, so g->defercall always describes calls still on the stack.
 *   - A deferred call that panics leaves its panic's loop for good: the new
 *     panic goes on with the remaining defers of the same frame (the old
 *     one is aborted, as in gc) and its C frames lie above the old one's.
 *   - recover() succeeds only when the innermost running deferred call was
 *     started by the innermost panic and that panic is not yet recovered.
 *     Go also insists that recover is called by the deferred function
 *     itself, not by a function it calls; we approximate this by allowing
 *     at most one frame (the deferred function's own) between them.
 *
 * Panics raised while the report's Error/String methods run become the
 * fatal error "panic while printing panic value", as in Go.
 */
#include "goc_rt.h"
#include "sched_impl.h"

#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* ---- frames and defers ------------------------------------------------------ */

void goc_frame_enter(goc_frame *f) {
    goc_g *g = goc_getg();
    f->link = g->frames;
    f->defers = NULL;
    g->frames = f;
}

void goc_deferproc(goc_frame *f, goc_func *fn) {
    goc_g *g = goc_getg();
    goc_defer *d = g->deferpool; /* Go: deferpool */
    if (d != NULL) {
        g->deferpool = d->link;
        g->ndeferpool--;
    } else {
        d = goc_alloc(sizeof *d, true);
    }
    d->fn = fn;
    d->link = f->defers;
    f->defers = d;
}

/* Whether a is a strict ancestor of f in the live frame chain. */
static bool frameabove(const goc_frame *a, const goc_frame *f) {
    for (const goc_frame *x = f->link; x != NULL; x = x->link)
        if (x == a)
            return true;
    return false;
}

/*
 * Go: recovery. The panic running f's defers was recovered: drop every panic
 * raised inside f (the recovered one and any it had aborted), keep the older
 * ones, which are still running deferred calls of frames above f.
 */
static void recovery(goc_g *g, goc_frame *f) {
    goc_panic *p = g->panic;
    while (p != NULL && !frameabove(p->frame, f))
        p = p->link;
    g->panic = p;
    if (p == NULL)
        g->sig = 0;
}

static _Noreturn void fatalpanic(goc_g *g, goc_panic *p);
/* gc calls deferred functions from the function's own code (open-coded
   defers): its tracebacks and runtime.Callers have no frame in between, so
   these two leave theirs out as wrappers (symtab.h). */
static void rundefers(goc_g *g, goc_frame *f, goc_panic *p);
GOC_FUNCTAB(rundefers, "runtime.deferreturn", GOC_FUNC_WRAPPER);
GOC_FUNCTAB(goc_deferreturn, "runtime.deferreturn", GOC_FUNC_WRAPPER);

/* Pop and run the deferred calls of f, each under a defer-call record
   naming the panic p running it (NULL on a normal return); stop after one
   that recovered p. */
static void rundefers(goc_g *g, goc_frame *f, goc_panic *p) {
    goc_defer *d;
    while ((d = f->defers) != NULL) {
        f->defers = d->link; /* popped before it runs */
        goc_defercall dc = {.link = g->defercall, .frame = f, .panic = p};
        g->defercall = &dc;
        goc_func *fn = d->fn;
        if (g->ndeferpool < 32) { /* recycle the record; it is unreachable from f now */
            d->fn = NULL;
            d->link = g->deferpool;
            g->deferpool = d;
            g->ndeferpool++;
        }
        if (fn == NULL)
            goc_panicmem(); /* defer of a nil func panics when it runs */
        ((void (*)(goc_func *))fn->fn)(fn);
        g->defercall = dc.link;
        if (p != NULL && p->recovered)
            return;
    }
}

void goc_deferreturn(goc_frame *f) {
    goc_g *g = goc_getg();
    if (g->frames != f)
        goc_throw("deferreturn: frame is not the innermost (a return skipped goc_deferreturn?)");
    rundefers(g, f, NULL);
    g->frames = f->link;
}

/* ---- panic and recover -------------------------------------------------------- */

_Noreturn void goc_gopanic(goc_eface v) {
    goc_g *g = goc_getg();
    if (v.type == NULL && !goc_debug_panicnil)
        v = goc_PanicNilError();
    if (g->preprinting) {
        /* Go: preprintpanics' deferred recover turns this into a throw. */
        goc_string parts[3] = {GOC_STR("panic while printing panic value: "), GOC_STR("type "),
                               goc_typestring(v.type)};
        if (v.type == &goc_type_string) {
            parts[1] = GOC_STR("");
            parts[2] = *(goc_string *)v.data;
        }
        goc_throw((const char *)goc_catgs(3, parts).str);
    }
    if (g->printlock > 0)
        goc_printreset(g); /* panicked inside a print statement */
    goc_panic *p = goc_alloc(sizeof *p, true);
    p->arg = v;
    p->link = g->panic;
    g->panic = p;
    goc_frame *f;
    while ((f = g->frames) != NULL) {
        p->frame = f;
        rundefers(g, f, p);
        if (p->recovered) {
            recovery(g, f);
            /* Deferred calls the jump abandons: those run for f and inside it. */
            while (g->defercall != NULL && !frameabove(g->defercall->frame, f))
                g->defercall = g->defercall->link;
            longjmp(f->jb, 1); /* f's function goes on in goc_deferreturn */
        }
        g->frames = f->link; /* f's function never resumes */
    }
    fatalpanic(g, p);
}

__thread void *goc__deferfn; /* include/goc/panic.h */

goc_eface goc_gorecover(void) {
    goc_g *g = goc_getg();
    goc_panic *p = g->panic;
    goc_defercall *dc = g->defercall;
    goc_eface none = {NULL, NULL};
    if (p == NULL || p->recovered || dc == NULL || dc->panic != p)
        return none;
    /* Called from the deferred function itself (no frame, or its own). */
    if (g->frames != dc->frame && (g->frames == NULL || g->frames->link != dc->frame))
        return none;
    p->recovered = true;
    return p->arg;
}

/*
 * `defer recover()` in F: gc calls recover from a wrapper that counts as F's
 * own call. A panic running it finds no panic to recover (recover is the
 * deferred call, not called by one: too early); F's return running it
 * recovers as a recover() in F's body would, the running deferred call then
 * being the one that called F. The translator calls this only when F was
 * itself called directly by a deferred call (its _canrecover).
 */
goc_eface goc_gorecoverdeferred(void) {
    goc_g *g = goc_getg();
    goc_defercall *dc = g->defercall;
    goc_eface none = {NULL, NULL};
    if (dc == NULL || dc->panic != NULL)
        return none;
    g->defercall = dc->link;
    goc_eface v = goc_gorecover();
    g->defercall = dc;
    return v;
}

/* ---- the crash report ------------------------------------------------------------- */

/* Held from the first crash report on; a second crashing thread waits here forever. */
static pthread_mutex_t paniclk = PTHREAD_RECURSIVE_MUTEX_INITIALIZER_NP;

void goc_printindented(goc_string s) {
    if (s.len == 0)
        return;
    goc_int start = 0;
    for (goc_int i = 0; i < s.len; i++) {
        if (s.str[i] == '\n') {
            goc_printbytes(s.str + start, (size_t)(i + 1 - start));
            goc_printbytes("\t", 1);
            start = i + 1;
        }
    }
    goc_printbytes(s.str + start, (size_t)(s.len - start));
}

/* A predeclared type (int, string, ...) rather than a defined type with that underlying kind. */
static bool ispredeclared(const goc_type *t, const goc_type *pre) {
    return t == pre || goc_typeidentical(t, pre);
}

/* Go: printanycustomtype. Defined types of basic kind print as T(v); others as (T) 0xdata. */
static void printanycustomtype(goc_eface v) {
    const goc_type *t = v.type;
    const void *d = v.data;
    switch (goc_typekind(t)) {
    case GOC_STRING:
        goc_printstring(goc_typestring(t));
        goc_printcstr("(\"");
        goc_printindented(*(const goc_string *)d);
        goc_printcstr("\")");
        return;
    case GOC_COMPLEX64:
        goc_printstring(goc_typestring(t));
        goc_printcomplex(*(const goc_complex64 *)d);
        return;
    case GOC_COMPLEX128:
        goc_printstring(goc_typestring(t));
        goc_printcomplex(*(const goc_complex128 *)d);
        return;
    case GOC_BOOL:
    case GOC_INT:
    case GOC_INT8:
    case GOC_INT16:
    case GOC_INT32:
    case GOC_INT64:
    case GOC_UINT:
    case GOC_UINT8:
    case GOC_UINT16:
    case GOC_UINT32:
    case GOC_UINT64:
    case GOC_UINTPTR:
    case GOC_FLOAT32:
    case GOC_FLOAT64:
        goc_printstring(goc_typestring(t));
        goc_printcstr("(");
        break;
    default:
        goc_printcstr("(");
        goc_printstring(goc_typestring(t));
        goc_printcstr(") ");
        goc_printpointer(d);
        return;
    }
    switch (goc_typekind(t)) {
    case GOC_BOOL: goc_printbool(*(const bool *)d); break;
    case GOC_INT: goc_printint(*(const goc_int *)d); break;
    case GOC_INT8: goc_printint(*(const int8_t *)d); break;
    case GOC_INT16: goc_printint(*(const int16_t *)d); break;
    case GOC_INT32: goc_printint(*(const int32_t *)d); break;
    case GOC_INT64: goc_printint(*(const int64_t *)d); break;
    case GOC_UINT: goc_printuint(*(const goc_uint *)d); break;
    case GOC_UINT8: goc_printuint(*(const uint8_t *)d); break;
    case GOC_UINT16: goc_printuint(*(const uint16_t *)d); break;
    case GOC_UINT32: goc_printuint(*(const uint32_t *)d); break;
    case GOC_UINT64: goc_printuint(*(const uint64_t *)d); break;
    case GOC_UINTPTR: goc_printuint(*(const uintptr_t *)d); break;
    case GOC_FLOAT32: goc_printfloat(*(const float *)d); break;
    case GOC_FLOAT64: goc_printfloat(*(const double *)d); break;
    default: break;
    }
    goc_printcstr(")");
}

/* Go: printpanicval. Values of predeclared types print bare; strings raw (indented). */
void goc_printpanicval(goc_eface v) {
    const goc_type *t = v.type;
    const void *d = v.data;
    if (t == NULL) {
        goc_printcstr("nil");
        return;
    }
    switch (goc_typekind(t)) {
    case GOC_BOOL:
        if (ispredeclared(t, &goc_type_bool)) { goc_printbool(*(const bool *)d); return; }
        break;
    case GOC_INT:
        if (ispredeclared(t, &goc_type_int)) { goc_printint(*(const goc_int *)d); return; }
        break;
    case GOC_INT8:
        if (ispredeclared(t, &goc_type_int8)) { goc_printint(*(const int8_t *)d); return; }
        break;
    case GOC_INT16:
        if (ispredeclared(t, &goc_type_int16)) { goc_printint(*(const int16_t *)d); return; }
        break;
    case GOC_INT32:
        if (ispredeclared(t, &goc_type_int32)) { goc_printint(*(const int32_t *)d); return; }
        break;
    case GOC_INT64:
        if (ispredeclared(t, &goc_type_int64)) { goc_printint(*(const int64_t *)d); return; }
        break;
    case GOC_UINT:
        if (ispredeclared(t, &goc_type_uint)) { goc_printuint(*(const goc_uint *)d); return; }
        break;
    case GOC_UINT8:
        if (ispredeclared(t, &goc_type_uint8)) { goc_printuint(*(const uint8_t *)d); return; }
        break;
    case GOC_UINT16:
        if (ispredeclared(t, &goc_type_uint16)) { goc_printuint(*(const uint16_t *)d); return; }
        break;
    case GOC_UINT32:
        if (ispredeclared(t, &goc_type_uint32)) { goc_printuint(*(const uint32_t *)d); return; }
        break;
    case GOC_UINT64:
        if (ispredeclared(t, &goc_type_uint64)) { goc_printuint(*(const uint64_t *)d); return; }
        break;
    case GOC_UINTPTR:
        if (ispredeclared(t, &goc_type_uintptr)) { goc_printuint(*(const uintptr_t *)d); return; }
        break;
    case GOC_FLOAT32:
        if (ispredeclared(t, &goc_type_float32)) { goc_printfloat(*(const float *)d); return; }
        break;
    case GOC_FLOAT64:
        if (ispredeclared(t, &goc_type_float64)) { goc_printfloat(*(const double *)d); return; }
        break;
    case GOC_COMPLEX64:
        if (ispredeclared(t, &goc_type_complex64)) { goc_printcomplex(*(const goc_complex64 *)d); return; }
        break;
    case GOC_COMPLEX128:
        if (ispredeclared(t, &goc_type_complex128)) { goc_printcomplex(*(const goc_complex128 *)d); return; }
        break;
    case GOC_STRING:
        if (ispredeclared(t, &goc_type_string)) { goc_printindented(*(const goc_string *)d); return; }
        break;
    default:
        break;
    }
    printanycustomtype(v);
}

/*
 * Go: preprintpanics. Replace every panic value that is an error by its
 * Error() text, else a Stringer by its String() text, before the report is
 * printed (the methods may allocate, panic, or take locks).
 */
static void preprintpanics(goc_g *g, goc_panic *p) {
    g->preprinting = true;
    for (; p != NULL; p = p->link) {
        goc_string s;
        if (goc_callstringmethod(p->arg, "Error", &s) || goc_callstringmethod(p->arg, "String", &s)) {
            goc_eface e = {&goc_type_string, goc_convT(&goc_type_string, &s)};
            p->arg = e;
        }
    }
    g->preprinting = false;
}

/* Go: printpanics. Oldest first; every line after the first starts with a tab. */
static void printpanics(goc_panic *p) {
    if (p->link != NULL) {
        printpanics(p->link);
        goc_printcstr("\t");
    }
    goc_printcstr("panic: ");
    goc_printpanicval(p->arg);
    if (p->recovered)
        goc_printcstr(" [recovered]");
    goc_printcstr("\n");
}

static const char *signame(int sig) {
    switch (sig) {
    case 11: return "SIGSEGV: segmentation violation";
    case 7: return "SIGBUS: bus error";
    case 8: return "SIGFPE: floating-point exception";
    case 5: return "SIGTRAP: trace trap";
    default: return NULL;
    }
}

/*
 * Go: dopanic_m. The signal line, then (unless GOTRACEBACK=none) the
 * goroutine's header and traceback: the stack still holds the frames that
 * panicked (deferred calls ran on top of it).
 */
static _Noreturn void dopanic(goc_g *g) {
    if (g->sig != 0) {
        const char *name = signame(g->sig);
        goc_printcstr("[signal ");
        if (name != NULL)
            goc_printcstr(name);
        else
            goc_printhex((uint64_t)g->sig);
        goc_printcstr(" code=");
        goc_printhex(g->sigcode0);
        goc_printcstr(" addr=");
        goc_printhex(g->sigcode1);
        goc_printcstr(" pc=");
        goc_printhex(g->sigpc);
        goc_printcstr("]\n");
    }
    bool crash = false;
    if (goc_gotraceback(&crash) > 0) {
        goc_printcstr("\n");
        goc_goroutineheader(g);
        goc_traceback();
    }
    goc_printreset(g); /* flush everything; paniclk stays held */
    if (crash)
        abort();
    _exit(2);
}

/* Go: fatalpanic. */
static _Noreturn void fatalpanic(goc_g *g, goc_panic *p) {
    preprintpanics(g, p);
    pthread_mutex_lock(&paniclk);
    goc_printlock();
    printpanics(p);
    dopanic(g);
}

/*
 * Go: fatalsignal (signal_unix.go), for a signal gc's table marks _SigThrow
 * that is not a memory fault (SIGTRAP of runtime.Breakpoint): the signal's
 * name, where it hit ("PC=0x... m=0 sigcode=128"), then the goroutine's
 * traceback as a throw's; exit status 2. Defers do not run.
 */
_Noreturn void goc_fatalsignal(goc_g *g) {
    pthread_mutex_lock(&paniclk);
    goc_printlock();
    const char *name = signame(g->sig);
    if (name != NULL) {
        goc_printcstr(name);
    } else {
        goc_printcstr("Signal ");
        goc_printint(g->sig);
    }
    goc_printcstr("\nPC=");
    goc_printhex(g->sigpc);
    goc_printcstr(" m=");
    goc_m *m = goc_getm();
    goc_printint(m != NULL ? m->id : 0);
    goc_printcstr(" sigcode=");
    goc_printint((int64_t)g->sigcode0);
    goc_printcstr("\n");
    g->sig = 0; /* no "[signal ...]" line: that is a panic's */
    dopanic(g);
}

/* Go: throw / fatal. "fatal error: msg", never recoverable, defers do not run. */
static _Noreturn void fatalthrow(const char *msg) {
    goc_g *g = goc_getg();
    pthread_mutex_lock(&paniclk);
    goc_printlock();
    goc_printcstr("fatal error: ");
    goc_string s = {(const uint8_t *)msg, (goc_int)strlen(msg)};
    goc_printindented(s);
    goc_printcstr("\n");
    dopanic(g);
}

_Noreturn void goc_throw(const char *msg) {
    fatalthrow(msg);
}

_Noreturn void goc_fatal(const char *msg) {
    fatalthrow(msg);
}
