/*
 * tests/check_g_util.h — helpers for the chan/select/proc/sync suites:
 * channel type descriptors, starting a C function as a goroutine the way
 * generated code does (a closure passed to goc_newproc), waiting with a
 * deadline, and scaling loops under GC stress. Child-process capture of
 * stderr and exit status comes from check_p_util.h.
 */
#ifndef CHECK_G_UTIL_H
#define CHECK_G_UTIL_H

#include "check_p_util.h"

#include <goc.h>

/* chan int, chan string, chan struct{}, chan *int: descriptors as a translator emits them. */
#define G_CHANTYPE(name, elemdesc, str)                                                            \
    static const goc_type name = {                                                                 \
        .size = 8, .align = 8, .kind = GOC_CHAN,                                                   \
        .tflag = GOC_TFLAG_POINTERS | GOC_TFLAG_DIRECTIFACE | GOC_TFLAG_REFLEXIVE | GOC_TFLAG_REGMEM, \
        .hash = goc_memhash64, .equal = goc_memequal64, .string = str, .elem = elemdesc, .len = 3, \
    }

/* A goroutine running f(arg): the closure object generated code would build. */
typedef struct gclosure {
    void (*fn)(void);
    void (*f)(void *);
    void *arg;
} gclosure;

static void g_trampoline(goc_func *c) {
    gclosure *g = (gclosure *)c;
    g->f(g->arg);
}

static inline void g_go(void (*f)(void *), void *arg) {
    gclosure *c = goc_alloc(sizeof *c, true);
    c->fn = (void (*)(void))g_trampoline;
    c->f = f;
    c->arg = arg;
    goc_newproc((goc_func *)c);
}

/* Whether GOC_GCSTRESS is on. */
static inline bool g_stress(void) {
    const char *s = getenv("GOC_GCSTRESS");
    return s != NULL && strtoul(s, NULL, 10) != 0;
}

/* Under GC stress or a sanitizer: loops are scaled down. */
static inline bool g_slow(void) {
#if defined(__SANITIZE_ADDRESS__)
    return true;
#else
    return g_stress();
#endif
}

/* n normally, n / div under GC stress or a sanitizer (at least 1). */
static inline long g_scale(long n, long div) {
    if (!g_slow())
        return n;
    n /= div;
    return n < 1 ? 1 : n;
}

static inline bool g_hasprefix(const char *s, const char *prefix) {
    return strncmp(s, prefix, strlen(prefix)) == 0;
}

/* Poll cond() until it holds or about 10 s pass. */
static inline bool g_eventually(bool (*cond)(void *), void *arg) {
    for (int i = 0; i < 10000; i++) {
        if (cond(arg))
            return true;
        goc_timeSleep(1000000);
    }
    return cond(arg);
}

#endif
