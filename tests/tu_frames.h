/*
 * tests/tu_frames.h — C functions standing for Go functions, for the suites
 * of symtab.c, traceback.c and extern.c: placed in /goc/tests/frames.go by
 * #line and named in the function table as a translator names them, so
 * their frames read like a Go program's:
 *
 *   main.leaf       line 3, stores goc_callers(fr_skip, ...) (line 4) into fr_pcs
 *   main.mid        line 8, always inlined into its caller; calls leaf at line 9
 *   main.(*T).top   line 12, calls mid at line 13
 *   main.T.wrap     line 17, a wrapper (elided), calls top at line 18
 *   main.down       line 22: down(n) panics ("runtime error: bottom") at line 23
 *                   when n == 0, else calls down(n-1) at line 24
 *
 * Its own header, so the #line directives renumber only these lines.
 */
#ifndef GOC_TESTS_TU_FRAMES_H
#define GOC_TESTS_TU_FRAMES_H

#include <goc.h>

static uintptr_t fr_pcs[64];
static int fr_n, fr_skip, fr_max = 64;

#line 1 "/goc/tests/frames.go"


static __attribute__((noinline)) void fr_leaf(void) {
    fr_n = goc_callers(fr_skip, fr_pcs, fr_max);
    __asm__ volatile("");
}

static inline __attribute__((always_inline)) void fr_mid(void) {
    fr_leaf();
}

static __attribute__((noinline)) void fr_top(void) {
    fr_mid();
    __asm__ volatile("");
}

static __attribute__((noinline, unused)) void fr_wrap(void) {
    fr_top();
    __asm__ volatile("");
}
static volatile goc_int fr_never = -1, fr_sink;
static __attribute__((noinline, unused)) goc_int fr_down(goc_int n) {
    if (n == 0) goc_panicerrorstring("bottom"); else if (n == fr_never) return 0;
    goc_int r = fr_down(n - 1); fr_sink = r; return r + 1; /* not a tail call */
}
GOC_FUNCTAB(fr_leaf, "main.leaf", 0);
GOC_FUNCTAB(fr_mid, "main.mid", 0);
GOC_FUNCTAB(fr_top, "main.(*T).top", GOC_FUNC_ARGS);
GOC_FUNCTAB(fr_wrap, "main.T.wrap", GOC_FUNC_WRAPPER | GOC_FUNC_ARGS);
GOC_FUNCTAB(fr_down, "main.down", GOC_FUNC_ARGS);

#endif
