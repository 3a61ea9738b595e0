/*
 * tests/check_ctx.c — runtime/ctx.c, the stack switch on its own (no
 * scheduler): a fresh context gets its argument and an ABI-aligned stack;
 * two contexts bounce control back and forth with every callee-saved
 * register (integer and, on arm64, d8-d15) surviving the trip; a ring of
 * contexts; a context saved on one thread and resumed on another.
 */
#include <check.h>
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "goc_rt.h"

enum { STACK = 64 << 10 };

typedef struct coro {
    void *sp;        /* the coroutine's saved context */
    void *back;      /* whoever switched to it */
    char *stack;
    long arg, out;
    bool aligned;
} coro;

static void *newstack(void) {
    char *s = malloc(STACK);
    ck_assert_ptr_nonnull(s);
    return s;
}

/* ---- argument and alignment -------------------------------------------------------------- */

static void first_entry(void *arg) {
    coro *c = arg;
    /* A 16-byte aligned local and a libc call that uses aligned SSE stores on x86-64. */
    _Alignas(16) char buf[64];
    c->aligned = ((uintptr_t)buf & 15) == 0;
    snprintf(buf, sizeof buf, "%.3f", 2.5 * (double)c->arg);
    c->out = strcmp(buf, "105.000") == 0 ? c->arg : -1;
    void *dead;
    goc_ctxswitch(&dead, c->back); /* never resumed */
}

START_TEST(test_fresh_context) {
    coro c = {.stack = newstack(), .arg = 42};
    /* An unaligned top is rounded down. */
    c.sp = goc_ctxmake(c.stack + STACK - 7, first_entry, &c);
    ck_assert_uint_lt((uintptr_t)c.stack + STACK - (uintptr_t)c.sp, 256);
    goc_ctxswitch(&c.back, c.sp);
    ck_assert_int_eq(c.out, 42);
    ck_assert(c.aligned);
    free(c.stack);
}
END_TEST

/* ---- callee-saved registers across switches -------------------------------------------- */

static void *pp_main, *pp_co;

/* Many values live across each switch, so the compiler keeps them in callee-saved registers. */
static __attribute__((noinline)) long churn(long seed, int rounds, void **self, void **other) {
    long a = seed, b = seed * 3, c = seed ^ 0x5555, d = seed + 7, e = seed * seed, f = ~seed;
    double x = (double)seed, y = 1.5, z = -2.25, w = 0.125;
    for (int i = 0; i < rounds; i++) {
        goc_ctxswitch(self, *other);
        a = a * 31 + b;
        b ^= c << 1;
        c += d;
        d = d * 7 - e;
        e += f;
        f = f * 5 + a;
        x = x * 1.0001 + y;
        y = y * 0.999 + z;
        z = z + w * 0.5;
        w = w * 1.01 - x * 1e-9;
    }
    return a ^ b ^ c ^ d ^ e ^ f ^ (long)(x + y + z + w);
}

static long co_result;

static void co_body(void *arg) {
    co_result = churn((long)(intptr_t)arg, 1000, &pp_co, &pp_main);
    void *dead;
    goc_ctxswitch(&dead, pp_main);
}

/* The same computation with switches that go nowhere (a context bouncing with itself). */
static void *solo_a, *solo_b;
static long solo_body_result;
static void solo_body(void *arg) {
    solo_body_result = churn((long)(intptr_t)arg, 1000, &solo_b, &solo_a);
    void *dead;
    goc_ctxswitch(&dead, solo_a);
}

static long solo(long seed) {
    char *st = newstack();
    solo_b = goc_ctxmake(st + STACK, solo_body, (void *)(intptr_t)seed);
    for (int i = 0; i <= 1000; i++)
        goc_ctxswitch(&solo_a, solo_b);
    free(st);
    return solo_body_result;
}

START_TEST(test_registers_survive) {
    long want_main = solo(11), want_co = solo(5);
    char *st = newstack();
    pp_co = goc_ctxmake(st + STACK, co_body, (void *)(intptr_t)5);
    /* main and the coroutine both run churn, interleaved switch by switch */
    goc_ctxswitch(&pp_main, pp_co); /* the coroutine runs up to its first switch */
    long got_main = churn(11, 1000, &pp_main, &pp_co); /* its last switch lets the coroutine finish */
    ck_assert_int_eq(got_main, want_main);
    ck_assert_int_eq(co_result, want_co);
    free(st);
}
END_TEST

/* ---- a ring of contexts ------------------------------------------------------------------- */

enum { RING = 64, LAPS = 200 };
static void *ring_sp[RING + 1]; /* [RING] is the test's own context */
static long ring_count[RING];

static void ring_body(void *arg) {
    long i = (long)(intptr_t)arg;
    for (int lap = 0; lap < LAPS; lap++) {
        ring_count[i] += i + 1;
        goc_ctxswitch(&ring_sp[i], ring_sp[(i + 1) % (RING + 1)]);
    }
    for (;;) /* finished: pass the token on for good */
        goc_ctxswitch(&ring_sp[i], ring_sp[(i + 1) % (RING + 1)]);
}

START_TEST(test_ring) {
    char *stacks[RING];
    for (long i = 0; i < RING; i++) {
        stacks[i] = newstack();
        ring_sp[i] = goc_ctxmake(stacks[i] + STACK, ring_body, (void *)(intptr_t)i);
    }
    for (int lap = 0; lap < LAPS; lap++)
        goc_ctxswitch(&ring_sp[RING], ring_sp[0]);
    for (long i = 0; i < RING; i++) {
        ck_assert_int_eq(ring_count[i], (i + 1) * LAPS);
        free(stacks[i]);
    }
}
END_TEST

/* ---- a context resumed on another thread -------------------------------------------------- */

static void *mig_co, *mig_home[2];
static pthread_t mig_thread[2];
static int mig_where[2];

static void mig_body(void *arg) {
    (void)arg;
    long v = 7;
    mig_where[0] = pthread_equal(pthread_self(), mig_thread[0]);
    v = v * 3;
    goc_ctxswitch(&mig_co, mig_home[0]); /* resumed by the other thread */
    mig_where[1] = pthread_equal(pthread_self(), mig_thread[1]);
    v = v * 3 + 1;
    mig_where[0] += v == 64 ? 10 : 0;
    void *dead;
    goc_ctxswitch(&dead, mig_home[1]);
}

static void *mig_run(void *arg) {
    int k = (int)(intptr_t)arg;
    mig_thread[k] = pthread_self();
    goc_ctxswitch(&mig_home[k], mig_co);
    return NULL;
}

START_TEST(test_resume_on_another_thread) {
    char *st = newstack();
    mig_co = goc_ctxmake(st + STACK, mig_body, NULL);
    for (int k = 0; k < 2; k++) {
        pthread_t th;
        ck_assert_int_eq(pthread_create(&th, NULL, mig_run, (void *)(intptr_t)k), 0);
        pthread_join(th, NULL);
    }
    /* the first lap ran on thread 0, the rest on thread 1, with its locals intact */
    ck_assert_int_eq(mig_where[0], 11);
    ck_assert_int_eq(mig_where[1], 1);
    free(st);
}
END_TEST

Suite *ctx_suite(void) {
    Suite *s = suite_create("ctx");
    TCase *tc = tcase_create("switch");
    tcase_add_test(tc, test_fresh_context);
    tcase_add_test(tc, test_registers_survive);
    tcase_add_test(tc, test_ring);
    tcase_add_test(tc, test_resume_on_another_thread);
    suite_add_tcase(s, tc);
    return s;
}
