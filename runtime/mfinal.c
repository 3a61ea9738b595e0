/*
 * runtime/mfinal.c — finalizers: runtime.SetFinalizer and the finalizer
 * goroutine (Go: runtime/mfinal.go SetFinalizer, createfing, runfinq).
 *
 * Data layout. A finalizer is a Boehm finalizer on the object's base
 * address, registered with GC_register_finalizer (ordered finalization:
 * if A points at B and both have finalizers, only A's runs in a cycle of
 * the collector, B's after A is gone; a cycle of finalizable objects is
 * never collected — the rules Go documents for SetFinalizer). Its client
 * data is one scanned record
 *     finrec { goc_func *fn; call; offset }
 * holding the Go func value and a translator-made adapter `call(fn, p)`
 * that converts p to the finalizer's parameter type and calls fn. The
 * record keeps fn alive; it must not hold the object itself (Boehm treats
 * client data as reachable, so the object would never be finalized): it
 * keeps the offset of the pointer the program passed from the base.
 *
 * Tiny blocks. gc's tiny allocator packs small pointer-free objects into
 * one block (so does malloc.c), and each of them may have its finalizer:
 * the records of one block form a list (next), each with its object's
 * offset; the block's Boehm finalizer runs them all once the block is
 * unreachable (as in gc, a finalizer on any of them keeps the whole block
 * alive until then). A second finalizer for the same object (same offset)
 * is gc's "finalizer already set"; removing one drops only its record.
 *
 * Invariants. Collections never run Go code: finalization is on demand
 * (GC_set_finalize_on_demand), and the collector's notifier (called by
 * whichever thread allocates after a collection queued finalizers) only
 * raises `pending` under finlock and readies the finalizer goroutine if it
 * is parked waiting for work. That goroutine, created with the first
 * SetFinalizer, is a system goroutine: not counted by
 * runtime.NumGoroutine, and while `pending` is set the deadlock detector
 * does not report (the finalizers about to run may wake somebody, as gc's
 * checkdead treats a runnable fing). Finalizers run one at a time on that
 * goroutine, as in gc; a panic in one ends the program like any
 * goroutine's panic.
 */
#include "goc_rt.h"

#include <gc/gc.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

typedef struct finrec {
    goc_func *fn;                              /* the finalizer func value */
    goc_finalizercall call;                    /* translator's adapter */
    const goc_type *ptrtype;                   /* the object's pointer type, for call */
    uintptr_t offset;                          /* p - base (not a pointer: see above) */
    struct finrec *next;                       /* the block's other objects' records */
} finrec;

static goc_mutex finlock;
static bool pending;            /* under finlock: the collector queued finalizers */
static bool fingwait;           /* under finlock: fing is parked waiting for work */
static goc_g *fing;
static pthread_once_t fingonce = PTHREAD_ONCE_INIT;

bool goc_finpending(void) {
    return __atomic_load_n(&pending, __ATOMIC_ACQUIRE);
}

static void GC_CALLBACK notify(void) {
    goc_lock(&finlock);
    __atomic_store_n(&pending, true, __ATOMIC_RELEASE);
    goc_g *g = NULL;
    if (fingwait) {
        fingwait = false;
        g = fing;
    }
    goc_unlock(&finlock);
    if (g != NULL)
        goc_goready(g);
}

static void GC_CALLBACK runfin(void *obj, void *cd) {
    for (finrec *r = cd; r != NULL; r = r->next)
        r->call(r->fn, (char *)obj + r->offset, r->ptrtype);
}

/* After a forced collection (runtime.GC): gc's sweep queues the finalizers
 * of what it found unreachable and wakes fing before runtime.GC returns;
 * Boehm calls the notifier only at the next allocation, so a program that
 * collects and polls without allocating would never see them run. Readies
 * fing when finalizers are queued, and reports whether they are. */
bool goc_wakefing(void) {
    if (!GC_should_invoke_finalizers())
        return false;
    notify();
    return true;
}

/* The body of the finalizer goroutine (Go: runfinq). */
static void runfinq(goc_func *self) {
    (void)self;
    fing = goc_getg();
    for (;;) {
        goc_lock(&finlock);
        if (!pending && !GC_should_invoke_finalizers()) {
            fingwait = true;
            goc_gopark("finalizer wait", goc_parkunlock, &finlock);
            continue;
        }
        __atomic_store_n(&pending, false, __ATOMIC_RELEASE);
        goc_unlock(&finlock);
        while (GC_should_invoke_finalizers())
            GC_invoke_finalizers();
    }
}

static goc_func fingfn = {(void (*)(void))runfinq};

static void createfing(void) {
    GC_set_finalize_on_demand(1);
    GC_set_finalizer_notifier(notify);
    goc_newsysproc(&fingfn);
}

void goc_setfinalizer(void *p, const goc_type *ptrtype, goc_func *fn, goc_finalizercall call) {
    if (p == NULL)
        goc_throw("runtime.SetFinalizer: pointer not in allocated block");
    void *base = GC_base(p);
    if (base == NULL)
        return; /* a package variable or the zero-size object: gc ignores those too */
    if (base != p) {
        const goc_type *elem = ptrtype != NULL ? goc_typeelem(ptrtype) : NULL;
        /* gc allows an interior pointer only into its tiny-allocator blocks */
        if (elem == NULL || elem->PtrBytes != 0 || elem->Size_ >= 16)
            goc_throw("runtime.SetFinalizer: pointer not at beginning of allocated block");
    }
    GC_finalization_proc ofn = 0;
    void *ocd = NULL;
    uintptr_t offset = (uintptr_t)((char *)p - (char *)base);
    if (fn == NULL) {
        /* removefinalizer: this object's record only */
        GC_register_finalizer(base, 0, NULL, &ofn, &ocd);
        if (ofn != runfin)
            return;
        finrec *keep = NULL;
        for (finrec *r = ocd, *next; r != NULL; r = next) {
            next = r->next;
            if (r->offset != offset) {
                r->next = keep;
                keep = r;
            }
        }
        if (keep != NULL)
            GC_register_finalizer(base, runfin, keep, NULL, NULL);
        return;
    }
    pthread_once(&fingonce, createfing);
    finrec *r = goc_alloc(sizeof *r, true);
    r->fn = fn;
    r->call = call;
    r->ptrtype = ptrtype;
    r->offset = offset;
    GC_register_finalizer(base, runfin, r, &ofn, &ocd);
    if (ofn == 0)
        return;
    bool dup = ofn != runfin;
    for (finrec *o = ofn == runfin ? ocd : NULL; o != NULL && !dup; o = o->next)
        dup = o->offset == offset;
    if (dup) {
        GC_register_finalizer(base, ofn, ocd, NULL, NULL); /* keep the first one */
        goc_throw("runtime.SetFinalizer: finalizer already set");
    }
    r->next = ocd; /* another object of a tiny block */
}

/* gc's messages name types as Go prints them: "runtime.SetFinalizer: " + a + t + b (+ c + u). */
static goc_string cgostr(const char *s) {
    goc_string g = {(const uint8_t *)s, (goc_int)strlen(s)};
    return g;
}

static _Noreturn void throwtypes(const char *a, const goc_type *t, const char *b, const goc_type *u, const char *c) {
    goc_string parts[6] = {GOC_STR("runtime.SetFinalizer: "), cgostr(a), goc_typestring(t), cgostr(b),
                           u != NULL ? goc_typestring(u) : GOC_STR(""), cgostr(c)};
    goc_throw((const char *)goc_catgs(6, parts).str);
}

static void callnil(goc_func *fn, void *p, const goc_type *ptrtype) {
    (void)fn, (void)p, (void)ptrtype;
    goc_panicmem();
}

static goc_func nilfinalizer = {(void (*)(void))callnil};

static bool named(const goc_type *t) { return (t->TFlag & GOC_TFLAG_UNCOMMON) != 0; }

void goc_SetFinalizer(goc_eface obj, const goc_type *ftyp, const goc_type *fint, int shape, goc_func *fn,
                      goc_finalizercall call) {
    const goc_type *etyp = obj.type;
    if (etyp == NULL)
        goc_throw("runtime.SetFinalizer: first argument is nil");
    if (goc_typekind(etyp) != GOC_POINTER)
        throwtypes("first argument is ", etyp, ", not pointer", NULL, "");
    if (ftyp == NULL) {
        goc_setfinalizer(obj.data, etyp, NULL, NULL);
        return;
    }
    if (goc_typekind(ftyp) != GOC_FUNC)
        throwtypes("second argument is ", ftyp, ", not a function", NULL, "");
    if (shape == GOC_FINALIZER_VARIADIC)
        throwtypes("cannot pass ", etyp, " to finalizer ", ftyp, " because dotdotdot");
    bool ok = false;
    if (shape == GOC_FINALIZER_ONEARG && fint != NULL) {
        if (fint == etyp)
            ok = true;
        else if (goc_typekind(fint) == GOC_POINTER)
            ok = (!named(fint) || !named(etyp)) && goc_typeelem(fint) == goc_typeelem(etyp);
        else if (goc_typekind(fint) == GOC_INTERFACE)
            ok = ((const goc_interfacetype *)fint)->Methods.len == 0 || goc_getitab(fint, etyp, true) != NULL;
    }
    if (!ok)
        throwtypes("cannot pass ", etyp, " to finalizer ", ftyp, "");
    if (fn == NULL) { /* a nil func of func type is a finalizer: calling it faults, as in gc */
        goc_setfinalizer(obj.data, etyp, &nilfinalizer, callnil);
        return;
    }
    goc_setfinalizer(obj.data, etyp, fn, call);
}
