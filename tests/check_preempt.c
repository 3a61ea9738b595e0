/*
 * tests/check_preempt.c — runtime/preempt.c and the cooperative checks:
 * under GOMAXPROCS(1), a goroutine spinning in a loop without calls (code
 * placed in section goc_text, as the translator places Go functions) is
 * interrupted by the preemption signal, so timers fire and other
 * goroutines run; every register it had live (integers, SSE values, the
 * flags) is intact after each interruption, which happens many times; C
 * code outside goc_text is never interrupted; GOC_PREEMPT_CHECK yields
 * only when the scheduler asked for it.
 */
#include <check.h>
#include <math.h>
#include <string.h>

#include "sched_impl.h"
#include "testutil.h"


static goc_int stopflag;

typedef struct spinres {
    uint64_t ints;
    double fp;
    long iters;
} spinres;

/*
 * A loop that keeps many integer and floating-point values live in registers
 * and calls nothing: only the signal can preempt it. The reference run
 * (same count, no interruption possible) must give the same sums.
 */
static GOC_GOTEXT(spin) __attribute__((noinline)) void spin(spinres *r, long limit) {
    uint64_t a = 1, b = 2, c = 3, d = 5, e = 7, f = 11, g = 13, h = 17;
    double x = 1.0, y = 0.5, z = 0.25, w = 0.125;
    long i = 0;
    for (; i < limit || limit < 0; i++) {
        if (limit < 0 && (i & 1023) == 0 && *(volatile goc_int *)&stopflag)
            break;
        a = a * 6364136223846793005u + b;
        b ^= c >> 3;
        c += d * 3;
        d = (d << 1) ^ e;
        e += f ^ g;
        f = f * 31 + h;
        g ^= a >> 11;
        h += i;
        x = x * 1.0000001 + y;
        y = y * 0.9999999 + z;
        z = z + w * 1e-7;
        w = w * 1.0000003 - x * 1e-12;
    }
    r->ints = a ^ b ^ c ^ d ^ e ^ f ^ g ^ h;
    r->fp = x + y + z + w;
    r->iters = i;
}

typedef struct spinner {
    spinres got;
    uint32_t wg; /* a semaphore released by each goroutine */
} spinner;

static void run_spin(void *arg) {
    spinner *s = arg;
    spin(&s->got, -1);
    goc_semrelease(&s->wg, false);
}

START_TEST(test_signal_preempts_loop) {
    goc_GOMAXPROCS(1);
    spinner *s = goc_alloc(sizeof *s, true);
    tu_go(run_spin, s);
    goc_timeSleep(5 * 1000000); /* the spinner holds the only P from now on */
    /* Timers still fire: each sleep needs the spinner preempted. */
    int64_t worst = 0;
    for (int i = 0; i < 10; i++) {
        int64_t t0 = goc_nanotime();
        goc_timeSleep(1000000);
        int64_t late = goc_nanotime() - t0 - 1000000;
        if (late > worst)
            worst = late;
    }
    __atomic_store_n(&stopflag, 1, __ATOMIC_RELEASE);
    tu_semawait(&s->wg, 1);
    ck_assert_msg(worst < 2000 * (int64_t)1000000, "a timer waited %ld ms beside the spinner", (long)(worst / 1000000));
    /* The interrupted loop computed exactly what an uninterrupted one computes. */
    spinres want;
    spin(&want, s->got.iters);
    ck_assert_uint_eq(s->got.ints, want.ints);
    ck_assert(memcmp(&s->got.fp, &want.fp, sizeof want.fp) == 0);
}
END_TEST

/* The same loop outside goc_text (C code the runtime must not interrupt) keeps its P. */
static __attribute__((noinline)) void spin_c(long limit, goc_int *ran) {
    volatile long i = 0;
    while (i < limit)
        i = i + 1;
    *ran = 1;
}

typedef struct cspin {
    goc_int done, other;
    uint32_t wg; /* a semaphore released by each goroutine */
} cspin;

static void run_cspin(void *arg) {
    cspin *c = arg;
    spin_c(200000000, &c->done);
    goc_semrelease(&c->wg, false);
}

static void note_other(void *arg) {
    cspin *c = arg;
    __atomic_store_n(&c->other, __atomic_load_n(&c->done, __ATOMIC_SEQ_CST) ? 2 : 1, __ATOMIC_SEQ_CST);
    goc_semrelease(&c->wg, false);
}

START_TEST(test_c_code_not_interrupted) {
    goc_GOMAXPROCS(1);
    cspin *c = goc_alloc(sizeof *c, true);
    tu_go(run_cspin, c); /* first in the queue, so it runs first */
    tu_go(note_other, c);
    tu_semawait(&c->wg, 2);
    ck_assert_int_eq(c->other, 2); /* it ran only after the C loop finished */
}
END_TEST

/* ---- the cooperative check --------------------------------------------------------------- */

typedef struct coop {
    goc_int yields;
    goc_int stop;
    uint32_t wg; /* a semaphore released by each goroutine */
} coop;

/* Outside goc_text, so that no signal preempts it: only the check can yield. */
static __attribute__((noinline)) void checker(coop *c) {
    while (!__atomic_load_n(&c->stop, __ATOMIC_ACQUIRE)) {
        /* a yield goes through the scheduler, which starts a new slice (timing it would
           miss a quick one: nothing else may want the P) */
        uint32_t tick = goc_getm()->p->schedtick;
        GOC_PREEMPT_CHECK();
        if (goc_getm()->p->schedtick != tick)
            c->yields++;
    }
}

static void run_checker(void *arg) {
    coop *c = arg;
    checker(c);
    goc_semrelease(&c->wg, false);
}

START_TEST(test_cooperative_check) {
    /* with no request pending, the check is a load and a branch */
    ck_assert_int_eq(goc_preempt, 0);
    GOC_PREEMPT_CHECK(); /* external goroutine: nothing to do */
    goc_GOMAXPROCS(1);
    coop *c = goc_alloc(sizeof *c, true);
    tu_go(run_checker, c);
    goc_timeSleep(50 * 1000000); /* the checker must yield for this sleep to end */
    __atomic_store_n(&c->stop, 1, __ATOMIC_RELEASE);
    tu_semawait(&c->wg, 1);
    ck_assert_int_gt(c->yields, 0);
}
END_TEST

/* ---- what an asynchronous preemption carries ------------------------------------------- */

typedef struct carrier {
    goc_int wrong, moved;
    uint32_t *wg; /* a semaphore released by each goroutine */
} carrier;

/* Preempted (as the signal would) between a deferred call's thunk storing goc__deferfn and
   its callee reading it, many times over, while the other carriers run thunks of their own
   on the same threads: after each yield, possibly on another thread, the carrier still
   finds its own value. */
static void run_carrier(void *arg) {
    carrier *c = arg;
    for (int i = 0; i < 2000; i++) {
        goc__deferfn = c;
        goc_m *before = goc_getm();
        goc_p *pp = before->p;
        uint32_t zero = 0;
        if (__atomic_compare_exchange_n(&pp->preempt, &zero, 1, false, __ATOMIC_SEQ_CST, __ATOMIC_RELAXED))
            __atomic_add_fetch(&goc_preempt, 1, __ATOMIC_SEQ_CST);
        goc_asyncpreempt2();
        if (goc__deferfn != c)
            c->wrong++;
        if (goc_getm() != before) /* (not pthread_self: declared const, read once) */
            c->moved++;
    }
    goc_semrelease(c->wg, false);
}

START_TEST(test_preemption_carries_deferfn) {
    goc_GOMAXPROCS(2);
    enum { N = 4 };
    goc_int moved = 0;
    /* rounds until some carrier went on on another thread (else the test proved nothing) */
    for (int round = 0; round < 100 && moved == 0; round++) {
        uint32_t *wg = goc_alloc(sizeof *wg, false);
        carrier *cs[N];
        for (int i = 0; i < N; i++) {
            cs[i] = goc_alloc(sizeof *cs[i], true);
            cs[i]->wg = wg;
            tu_go(run_carrier, cs[i]);
        }
        tu_semawait(wg, N);
        for (int i = 0; i < N; i++) {
            ck_assert_int_eq(cs[i]->wrong, 0);
            moved += cs[i]->moved;
        }
    }
    ck_assert_int_gt(moved, 0);
}
END_TEST

Suite *preempt_suite(void) {
    Suite *s = suite_create("preempt");
    TCase *tc = tcase_create("core");
    tcase_set_timeout(tc, 120);
#if GOC_ASYNC_PREEMPT
    tcase_add_test(tc, test_signal_preempts_loop);
    tcase_add_test(tc, test_c_code_not_interrupted);
    tcase_add_test(tc, test_preemption_carries_deferfn);
#endif
    tcase_add_test(tc, test_cooperative_check);
    suite_add_tcase(s, tc);
    return s;
}
