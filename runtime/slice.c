/*
 * runtime/slice.c — make, append's slow path, copy and slice-to-array
 * conversion checks (Go: runtime/slice.go).
 *
 * A slice is {ptr, len, cap} (goc_slice, 24 bytes) with 0 <= len <= cap; a
 * nil slice has ptr == NULL; every slice of a zero-size element type that
 * is not nil points at goc_zerobase. The backing array is one allocation
 * from malloc.c: atomic when the element type holds no pointers, scanned
 * otherwise. Nothing here ever writes to an array that a slice other than
 * the result may still reference: growslice copies into a fresh array and
 * leaves the old one as it was, which is what makes append's aliasing rules
 * (shared array within capacity, private copy beyond) hold.
 *
 * Capacity growth happens in two steps, both of which programs can observe:
 *   A. nextslicecap: a preliminary element count from newLen and the old
 *      capacity (doubling for small slices, a smooth ~1.25x for big ones);
 *   B. the byte size is rounded up to gc's size class (goc_roundupsize) and
 *      the capacity becomes however many elements fit.
 * The rule of step A and whether step B counts gc 1.22's malloc header
 * depend on the growth era, chosen per process with GOCGROW:
 *   go1.17 (1.16–1.17): double below an old capacity of 1024, then x1.25;
 *   go1.18 (1.18–1.21): double below 256, then newcap += (newcap+768)/4;
 *   go1.22 (1.22+, default): go1.18's step A, and step B adds the 8-byte
 *           malloc header of pointerful objects over 512 bytes.
 * GOCGROW=go1.N also accepts the releases in between (go1.19 -> go1.18, ...).
 * Only capacities depend on the era: the panic messages are Go 1.23's
 * ("growslice: len out of range", where go1.17-go1.19 said "cap").
 * The era is read at goc_sliceinit (or at the first growth if nobody called
 * it) and stored atomically so that goroutines on other threads see one value.
 */
#include "goc_rt.h"

#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* 0 until GOCGROW has been read; then a goc_growera. */
static atomic_int growera;

static goc_growera parsegrowera(const char *s) {
    if (s == NULL || *s == '\0')
        return GOC_GROW_GO122;
    if (strncmp(s, "go1.", 4) == 0) {
        char *end;
        long minor = strtol(s + 4, &end, 10);
        if (end != s + 4 && *end == '\0' && minor >= 16) {
            if (minor <= 17)
                return GOC_GROW_GO117;
            if (minor <= 21)
                return GOC_GROW_GO118;
            return GOC_GROW_GO122;
        }
    }
    fprintf(stderr, "goc: GOCGROW=%s not understood (want go1.17, go1.18 or go1.22); using go1.22\n", s);
    return GOC_GROW_GO122;
}

void goc_sliceinit(void) {
    atomic_store(&growera, (int)parsegrowera(getenv("GOCGROW")));
}

goc_growera goc_getgrowera(void) {
    int e = atomic_load_explicit(&growera, memory_order_relaxed);
    if (e == 0) {
        goc_sliceinit();
        e = atomic_load(&growera);
    }
    return (goc_growera)e;
}

void goc_setgrowera(goc_growera era) {
    switch (era) {
    case GOC_GROW_GO117:
    case GOC_GROW_GO118:
    case GOC_GROW_GO122:
        atomic_store(&growera, (int)era);
        return;
    }
    goc_throw("goc_setgrowera: unknown growth era");
}

goc_slice goc_makeslice(const goc_type *et, goc_int len, goc_int cap) {
    uintptr_t mem;
    bool overflow = __builtin_mul_overflow(et->Size_, (uintptr_t)cap, &mem);
    if (overflow || mem > GOC_MAXALLOC || len < 0 || len > cap) {
        /* make([]T, huge) is reported as a bad len, not a bad cap: the cap
           was only implied (golang.org/issue/4085). */
        overflow = __builtin_mul_overflow(et->Size_, (uintptr_t)len, &mem);
        if (overflow || mem > GOC_MAXALLOC || len < 0)
            goc_panicmakeslicelen();
        goc_panicmakeslicecap();
    }
    return (goc_slice){goc_mallocgc(mem, et, true), len, cap};
}

/*
 * Step A. Arithmetic that may overflow is done on unsigned words, which
 * wrap like Go's ints; the overflow then shows up as a non-positive result
 * and the request itself (newLen) is used.
 */
static goc_int wrapadd(goc_int a, goc_int b) {
    return (goc_int)((goc_uint)a + (goc_uint)b);
}

static goc_int nextslicecap117(goc_int newLen, goc_int oldCap) {
    goc_int newcap = oldCap;
    goc_int doublecap = wrapadd(newcap, newcap);
    if (newLen > doublecap)
        return newLen;
    if (oldCap < 1024)
        return doublecap;
    while (0 < newcap && newcap < newLen)
        newcap = wrapadd(newcap, newcap / 4);
    return newcap <= 0 ? newLen : newcap;
}

static goc_int nextslicecap118(goc_int newLen, goc_int oldCap) {
    enum { threshold = 256 };
    goc_int newcap = oldCap;
    goc_int doublecap = wrapadd(newcap, newcap);
    if (newLen > doublecap)
        return newLen;
    if (oldCap < threshold)
        return doublecap;
    while (0 < newcap && newcap < newLen)
        newcap = wrapadd(newcap, (newcap + 3 * threshold) / 4);
    return newcap <= 0 ? newLen : newcap;
}

/* 1.22+: the same numbers as 1.18, as a do-while with one unsigned test. */
static goc_int nextslicecap122(goc_int newLen, goc_int oldCap) {
    enum { threshold = 256 };
    goc_int newcap = oldCap;
    goc_int doublecap = wrapadd(newcap, newcap);
    if (newLen > doublecap)
        return newLen;
    if (oldCap < threshold)
        return doublecap;
    do {
        /* newLen > 0 here, so an overflowed newcap compares as huge. */
        newcap = wrapadd(newcap, (goc_int)((goc_uint)wrapadd(newcap, 3 * threshold) >> 2));
    } while ((goc_uint)newcap < (goc_uint)newLen);
    return newcap <= 0 ? newLen : newcap;
}

static goc_int nextslicecap(goc_growera era, goc_int newLen, goc_int oldCap) {
    switch (era) {
    case GOC_GROW_GO117:
        return nextslicecap117(newLen, oldCap);
    case GOC_GROW_GO118:
        return nextslicecap118(newLen, oldCap);
    default:
        return nextslicecap122(newLen, oldCap);
    }
}

goc_int goc_nextslicecap(goc_int newLen, goc_int oldCap) {
    return nextslicecap(goc_getgrowera(), newLen, oldCap);
}

goc_slice goc_growslice(void *oldPtr, goc_int newLen, goc_int oldCap, goc_int num, const goc_type *et) {
    goc_int oldLen = newLen - num;
    if (newLen < 0)
        goc_panicgrowslicelen();
    uintptr_t es = et->Size_;
    if (es == 0) {
        /* No memory to copy; a non-nil result with the requested length. */
        return (goc_slice){&goc_zerobase, newLen, newLen};
    }
    goc_growera era = goc_getgrowera();
    goc_int newcap = nextslicecap(era, newLen, oldCap);

    /* Step B. Before 1.22 no era knew malloc headers: rounding as for a
       pointer-free object gives the old rule for every size. */
    bool haspointers = et->PtrBytes != 0;
    bool noscan = !haspointers || era != GOC_GROW_GO122;
    uintptr_t capmem;
    bool overflow = __builtin_mul_overflow((uintptr_t)newcap, es, &capmem);
    if (!overflow)
        capmem = goc_roundupsize(capmem, noscan);
    if (overflow || capmem > GOC_MAXALLOC)
        goc_panicgrowslicelen();
    newcap = (goc_int)(capmem / es);
    capmem = (uintptr_t)newcap * es;

    uintptr_t lenmem = (uintptr_t)oldLen * es;
    /* Scanned memory comes zeroed; atomic memory is cleared past the copy. */
    unsigned char *p = goc_mallocgc(capmem, et, false);
    if (lenmem > 0)
        memmove(p, oldPtr, lenmem);
    if (!haspointers)
        memset(p + lenmem, 0, capmem - lenmem);
    return (goc_slice){p, newLen, newcap};
}

goc_int goc_slicecopy(void *toPtr, goc_int toLen, const void *fromPtr, goc_int fromLen, uintptr_t width) {
    if (fromLen == 0 || toLen == 0)
        return 0;
    goc_int n = fromLen < toLen ? fromLen : toLen;
    if (width == 0)
        return n;
    memmove(toPtr, fromPtr, (uintptr_t)n * width);
    return n;
}

void goc_checkslicetoarray(goc_int len, goc_int n) {
    if (len < n)
        goc_panicSliceConvert(len, n);
}
