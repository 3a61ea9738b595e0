/*
 * goc/sched.h — goroutines and time (Go: runtime/proc.go, time.go,
 * package runtime's Gosched/NumGoroutine/GOMAXPROCS/Goexit).
 *
 * `go f(x, y)` evaluates the function value and the arguments in the
 * calling goroutine, then starts a goroutine that makes the call. The
 * translator packs both into one closure with no parameters (the closure
 * convention of types.h) and hands it over:
 *
 *     struct go_1 { void (*fn)(void); goc_func *f; goc_int x; goc_string y; };
 *     static void go_1_fn(goc_func *c) {
 *         struct go_1 *g = (struct go_1 *)c;
 *         ((void (*)(goc_func *, goc_int, goc_string))g->f->fn)(g->f, g->x, g->y);
 *     }
 *     ...
 *     struct go_1 *c = goc_alloc(sizeof *c, true);
 *     c->fn = (void (*)(void))go_1_fn; c->f = f; c->x = x; c->y = y;
 *     goc_newproc((goc_func *)c);
 *
 * A static function needs no f field; results of f are discarded. A nil
 * f is dereferenced by the new goroutine (GOC_NILCHECK(g->f) in go_1_fn),
 * which panics there, as in gc. `go f()` for a func() value f (no
 * arguments, no results) passes f itself: goc_newproc(f); a nil f is then
 * "fatal error: go of nil func value" in the calling goroutine, as in gc.
 *
 * Every goroutine is an OS thread created through the collector
 * (GC_pthread_create), so its stack is scanned. Scheduling is hidden behind
 * goc_newproc and the runtime's park/ready: an M:N scheduler can replace
 * the threads without any change to generated code.
 */
#ifndef GOC_SCHED_H
#define GOC_SCHED_H

#include "types.h"

/* Go: newproc. Run fn(fn) on a new goroutine. fn == NULL: "fatal error: go of nil func value". */
void goc_newproc(goc_func *fn);

/* runtime.Gosched: yield the processor. */
void goc_Gosched(void);
/* runtime.NumGoroutine: goroutines that exist now (main included). */
goc_int goc_NumGoroutine(void);
/*
 * runtime.GOMAXPROCS: returns the previous setting; n > 0 changes it. The
 * initial value is $GOMAXPROCS if positive, else the number of CPUs the
 * process may run on. With one thread per goroutine the setting is only
 * recorded (threads run in parallel regardless).
 */
goc_int goc_GOMAXPROCS(goc_int n);
/* runtime.NumCPU */
goc_int goc_NumCPU(void);
/*
 * runtime.Goexit: run the goroutine's deferred calls (newest first, as on
 * return) and end it. On the main goroutine the program goes on until the
 * other goroutines finish, then dies with "fatal error: no goroutines
 * (main called runtime.Goexit) - deadlock!".
 */
_Noreturn void goc_Goexit(void);

/* time.Sleep(ns): ns <= 0 returns at once. A sleeping goroutine is not "asleep" for the deadlock detector. */
void goc_timeSleep(goc_int ns);
/* Monotonic clock in nanoseconds (Go: nanotime; time.Since/Now's monotonic reading). */
int64_t goc_nanotime(void);
/* Wall clock (Go: time.now's walltime): seconds and nanoseconds since 1970. */
void goc_walltime(int64_t *sec, int32_t *nsec);

#endif
