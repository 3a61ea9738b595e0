/*
 * tests/tu_main.h — the functions of the Check suites that stand for Go
 * code in tracebacks: tu_main, which a child runs its test body under
 * (testutil.h tu_run_tb), is main.main, and tu_go, which starts a goroutine
 * running f(arg) the way generated code does, runs it in main.main.func1
 * and is main.main where it starts it ("created by main.main"). #line puts
 * them in /goc/tests/main.go, so a traceback reads like a Go program's and
 * does not depend on where the tests live. Its own header file, so the
 * #line directive does not renumber testutil.h.
 */
#ifndef GOC_TESTS_TU_MAIN_H
#define GOC_TESTS_TU_MAIN_H

#include <goc.h>

#line 1 "/goc/tests/main.go"
static __attribute__((noinline)) void tu_main(void (*fn)(void *), void *arg) {
    fn(arg);
    __asm__ volatile(""); /* the call above is not a tail call: this frame stays */
}
GOC_FUNCTAB(tu_main, "main.main", GOC_FUNC_GOEXIT);

/* The closure object of `go f(arg)`. */
typedef struct tu_goclosure {
    void (*fn)(void);
    void (*f)(void *);
    void *arg;
} tu_goclosure;

static __attribute__((noinline)) void tu_go_trampoline(goc_func *c) {
    tu_goclosure *g = (tu_goclosure *)c;
    g->f(g->arg);
    __asm__ volatile("");
}
GOC_FUNCTAB(tu_go_trampoline, "main.main.func1", 0);

static inline void tu_go(void (*f)(void *), void *arg) {
    tu_goclosure *c = goc_alloc(sizeof *c, true);
    c->fn = (void (*)(void))tu_go_trampoline;
    c->f = f;
    c->arg = arg;
    goc_newproc((goc_func *)c);
}
GOC_FUNCTAB(tu_go, "main.main", 0);

#endif
