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
 * Goroutines are user-level contexts scheduled M:N on GOMAXPROCS worker
 * threads (runtime/proc.c); each has a stack of its own (64 MiB for the
 * first 256 alive at once, 256 KiB beyond, committed as touched;
 * $GOC_STACKSIZE; the main goroutine's is 1 GB, $GOC_MAXSTACK), scanned by
 * the collector. A thread that was not started by the scheduler (a C
 * program calling into the runtime) runs its own goroutine on its own
 * stack.
 *
 * Preemption. The scheduler asks a goroutine that has run for 10 ms to
 * yield by making goc_preempt non-zero; generated code checks it at the
 * entry of every function that calls another, and (where the runtime cannot
 * interrupt it with a signal) at loop back-edges:
 *
 *     GOC_PREEMPT_CHECK();   // if (goc_preempt != 0) goc_preemptcheck();
 *     GOC_PREEMPT_LOOP();    // nothing on x86-64, GOC_PREEMPT_CHECK() elsewhere
 */
#ifndef GOC_SCHED_H
#define GOC_SCHED_H

#include "types.h"

/* Go: newproc. Run fn(fn) on a new goroutine. fn == NULL: "fatal error: go of nil func value". */
void goc_newproc(goc_func *fn);

/* runtime.Gosched: yield the processor. */
void goc_Gosched(void);
/* Non-zero while some goroutine should yield (sysmon sets it; see above). */
extern int32_t goc_preempt;
/* Yield if the calling goroutine was asked to (it has run its time slice). */
void goc_preemptcheck(void);
#define GOC_PREEMPT_CHECK()                                                                        \
    do {                                                                                           \
        if (__builtin_expect(*(volatile int32_t *)&goc_preempt != 0, 0))                           \
            goc_preemptcheck();                                                                    \
    } while (0)
/*
 * Loops: on x86-64 the runtime interrupts a goroutine that has to yield
 * with a signal (runtime/preempt.c) wherever it runs translated code, so
 * loop back-edges need no check (one would cost far more than it does at a
 * function entry: it keeps the compiler from vectorizing the loop); other
 * architectures check at each back-edge. The functions of translated code
 * go to sections goc_text.<name> (GOC_GOTEXT(name)), gathered by the link
 * (runtime/goc_text.ld), which tells the signal handler where
 * interrupting is safe.
 */
#if defined(__x86_64__)
#define GOC_ASYNC_PREEMPT 1
#define GOC_PREEMPT_LOOP() ((void)0)
#else
#define GOC_ASYNC_PREEMPT 0
#define GOC_PREEMPT_LOOP() GOC_PREEMPT_CHECK()
#endif
#define GOC_GOTEXT(name) __attribute__((section("goc_text." #name)))
/* runtime.LockOSThread / UnlockOSThread: the goroutine alone runs on its thread (nested calls count). */
void goc_LockOSThread(void);
void goc_UnlockOSThread(void);
/* runtime.NumGoroutine: goroutines that exist now (main included). */
goc_int goc_NumGoroutine(void);
/*
 * runtime.GOMAXPROCS: returns the previous setting; n > 0 changes it. The
 * initial value is $GOMAXPROCS if positive, else the number of CPUs the
 * process may run on. Ps above a lowered setting go away as soon as the
 * goroutines running on them yield.
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

/* time.Sleep(ns): ns <= 0 returns at once. The goroutine parks on a timer; while the timer is pending the deadlock detector stays quiet. */
void goc_timeSleep(goc_int ns);
/* Monotonic clock in nanoseconds (Go: nanotime; time.Since/Now's monotonic reading). */
int64_t goc_nanotime(void);
/* Wall clock (Go: time.now's walltime): seconds and nanoseconds since 1970. */
void goc_walltime(int64_t *sec, int32_t *nsec);

/*
 * Runtime timers (Go: runtime.timer behind time.newTimer, stopTimer,
 * resetTimer; runtime/time_hooks.c gives package time its Timer and
 * Ticker on them): at nanotime when, f(arg, seq, delta) runs on the
 * scheduler of some worker thread (runtime/time.c: per-P heaps), then
 * every period ns if period > 0. seq is the timer's seq when it was taken
 * off the heap (stop and reset increment it under the timer's lock, so f
 * can tell a run that lost a race with them, as gc's sendLock check does);
 * delta is how late the run is (now - when). f must not block: it
 * typically does a non-blocking send on a buffered channel
 * (goc_selectnbsend) or starts a goroutine (AfterFunc). A pending timer
 * keeps f's arg alive and keeps the deadlock detector quiet, as in gc. A
 * zero goc_timer is not pending; the fields are set before goc_startTimer
 * and not touched while the timer is pending (use goc_resetTimer). Stop and
 * reset do not wait for a run in progress (as in gc): f checks seq.
 */
typedef struct goc_timer {
    int64_t when;                        /* goc_nanotime() deadline */
    int64_t period;                      /* > 0: repeat every period ns */
    void (*f)(void *arg, uintptr_t seq, int64_t delta);
    void *arg;
    uintptr_t seq;                       /* runtime: incremented by stop and reset (under the timer's lock) */
    int32_t heapidx;                     /* runtime: 1 + index in its P's timer heap, 0 if not pending */
    int32_t pid;                         /* runtime: the P whose heap holds it */
} goc_timer;

/* Schedule t (it must not be pending). */
void goc_startTimer(goc_timer *t);
/* Unschedule t; reports whether it was pending (false: it already fired or was stopped). */
bool goc_stopTimer(goc_timer *t);
/* Stop t and schedule it again at when with the given period; reports whether it was pending. */
bool goc_resetTimer(goc_timer *t, int64_t when, int64_t period);

#endif
