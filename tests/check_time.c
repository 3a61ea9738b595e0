/*
 * tests/check_time.c — clocks, Sleep and runtime timers (runtime/time.c):
 * one-shot timers fire no earlier than their deadline and in deadline
 * order, stop and reset report pendingness like gc, periodic timers tick,
 * a timer function can start a goroutine (AfterFunc), a pending timer keeps
 * its argument alive across collections, and the deadlock detector waits
 * for pending timers but fires once the last one has run in vain.
 */
#include <check.h>
#include <string.h>
#include <time.h>

#include <goc.h>

#include "testutil.h"

TU_CHANTYPE(time_chan_int, &goc_type_int, "chan int");
#define time_chan_int (time_chan_int_desc.d.Type)

#define MS ((int64_t)1000000)

START_TEST(test_clocks) {
    int64_t t0 = goc_nanotime();
    goc_timeSleep(20 * MS);
    int64_t t1 = goc_nanotime();
    ck_assert_int_ge(t1 - t0, 20 * MS);
    goc_timeSleep(0);
    goc_timeSleep(-5);
    ck_assert_int_ge(goc_nanotime(), t1);
    int64_t sec;
    int32_t nsec;
    goc_walltime(&sec, &nsec);
    ck_assert(nsec >= 0 && nsec < 1000000000);
    ck_assert(sec - (int64_t)time(NULL) <= 1 && (int64_t)time(NULL) - sec <= 1);
}
END_TEST

/* time.Timer's sendTime: a non-blocking send of the firing time. */
static void sendtime(void *arg, uintptr_t seq, int64_t delta) {
    (void)seq;
    (void)delta;
    int64_t now = goc_nanotime();
    goc_selectnbsend(arg, &now);
}

static goc_timer *newtimer(int64_t d, int64_t period, goc_hchan *c) {
    goc_timer *t = goc_alloc(sizeof *t, true);
    t->when = goc_nanotime() + d;
    t->period = period;
    t->f = sendtime;
    t->arg = c;
    return t;
}

START_TEST(test_oneshot) {
    goc_hchan *c = goc_makechan(&time_chan_int, 1);
    int64_t start = goc_nanotime();
    goc_timer *t = newtimer(20 * MS, 0, c);
    goc_startTimer(t);
    int64_t fired = 0;
    goc_chanrecv1(c, &fired); /* the detector must not fire meanwhile */
    ck_assert_int_ge(fired, start + 20 * MS);
    ck_assert_int_ge(goc_nanotime() - start, 20 * MS);
    ck_assert(!goc_stopTimer(t)); /* already fired */
    ck_assert_int_eq(t->heapidx, 0);
}
END_TEST

START_TEST(test_stop_and_reset) {
    goc_hchan *c = goc_makechan(&time_chan_int, 1);
    goc_timer *t = newtimer(20 * MS, 0, c);
    goc_startTimer(t);
    ck_assert(goc_stopTimer(t));
    ck_assert(!goc_stopTimer(t));
    goc_timeSleep(40 * MS);
    ck_assert_int_eq(goc_chanlen(c), 0); /* never fired */
    /* reset of a stopped timer: not pending, then it fires */
    int64_t start = goc_nanotime();
    ck_assert(!goc_resetTimer(t, start + 10 * MS, 0));
    /* reset of a pending timer moves it later */
    ck_assert(goc_resetTimer(t, start + 40 * MS, 0));
    int64_t fired = 0;
    goc_chanrecv1(c, &fired);
    ck_assert_int_ge(fired, start + 40 * MS);
}
END_TEST

START_TEST(test_periodic) {
    goc_hchan *c = goc_makechan(&time_chan_int, 1);
    goc_timer *t = newtimer(5 * MS, 5 * MS, c);
    int64_t start = goc_nanotime();
    goc_startTimer(t);
    for (int i = 0; i < 5; i++)
        goc_chanrecv1(c, NULL);
    ck_assert_int_ge(goc_nanotime() - start, 5 * 5 * MS - MS);
    ck_assert(goc_stopTimer(t)); /* a ticker is pending until stopped */
    goc_selectnbrecv(c, NULL, NULL); /* drop a tick buffered before the stop */
    goc_timeSleep(20 * MS);
    ck_assert_int_eq(goc_chanlen(c), 0);
}
END_TEST

/* Timers started out of order fire in deadline order. */
typedef struct ordered {
    void (*fn)(void);
    goc_hchan *c;
    goc_int idx;
} ordered;

static void sendidx(void *arg, uintptr_t seq, int64_t delta) {
    (void)seq;
    (void)delta;
    ordered *o = arg;
    goc_selectnbsend(o->c, &o->idx);
}

START_TEST(test_order) {
    enum { N = 20 };
    static const int perm[N] = {7, 3, 19, 0, 12, 5, 16, 9, 1, 14, 2, 18, 6, 11, 4, 17, 8, 13, 10, 15};
    goc_hchan *c = goc_makechan(&time_chan_int, N);
    int64_t base = goc_nanotime() + 20 * MS;
    for (int i = 0; i < N; i++) {
        ordered *o = goc_alloc(sizeof *o, true);
        o->c = c;
        o->idx = perm[i];
        goc_timer *t = goc_alloc(sizeof *t, true);
        t->when = base + perm[i] * 3 * MS;
        t->f = sendidx;
        t->arg = o;
        goc_startTimer(t);
    }
    for (goc_int i = 0; i < N; i++) {
        goc_int got = -1;
        goc_chanrecv1(c, &got);
        ck_assert_int_eq(got, i);
    }
}
END_TEST

/* AfterFunc: the timer's function starts a goroutine. */
static void afterfunc_body(void *arg) {
    goc_int v = 5;
    goc_chansend1(arg, &v);
}

static void goafter(void *arg, uintptr_t seq, int64_t delta) {
    (void)seq;
    (void)delta;
    tu_go(afterfunc_body, arg);
}

START_TEST(test_afterfunc) {
    goc_hchan *c = goc_makechan(&time_chan_int, 0);
    goc_timer *t = goc_alloc(sizeof *t, true);
    t->when = goc_nanotime() + 10 * MS;
    t->f = goafter;
    t->arg = c;
    goc_startTimer(t);
    goc_int v = 0;
    goc_chanrecv1(c, &v);
    ck_assert_int_eq(v, 5);
}
END_TEST

/* A pending timer keeps its argument alive; only the timer refers to the channel. */
START_TEST(test_timer_keeps_arg) {
    goc_hchan *result = goc_makechan(&time_chan_int, 1);
    {
        goc_hchan *c = goc_makechan(&time_chan_int, 1);
        goc_int v = 77;
        goc_chansend1(c, &v); /* full: the timer's send will be dropped */
        ordered *o = goc_alloc(sizeof *o, true);
        o->c = c;
        o->idx = 1;
        goc_timer *t = goc_alloc(sizeof *t, true);
        t->when = goc_nanotime() + 30 * MS;
        t->f = sendidx;
        t->arg = o;
        goc_startTimer(t);
        goc_timer *probe = goc_alloc(sizeof *probe, true);
        probe->when = t->when + 10 * MS;
        probe->f = sendtime;
        probe->arg = result;
        goc_startTimer(probe);
    }
    for (int k = 0; k < 3; k++) {
        goc_GC();
        for (int i = 0; i < 3000; i++)
            memset(goc_alloc(64, true), 0xCD, 64);
    }
    goc_chanrecv1(result, NULL); /* the first timer ran on a live channel without crashing */
}
END_TEST

static void nothing(void *arg, uintptr_t seq, int64_t delta) {
    (void)seq;
    (void)delta;
    (void)arg;
}

/* Blocked forever with a timer that wakes nobody: reported once it has run. */
static void deadlock_after_timer(void *unused) {
    (void)unused;
    goc_timer *t = goc_alloc(sizeof *t, true);
    t->when = goc_nanotime() + 30 * MS;
    t->f = nothing;
    goc_startTimer(t);
    goc_chanrecv1(goc_makechan(&time_chan_int, 0), NULL);
}

static void deadlock_stopped_timer(void *unused) {
    (void)unused;
    goc_timer *t = goc_alloc(sizeof *t, true);
    t->when = goc_nanotime() + 3600 * 1000 * MS;
    t->f = nothing;
    goc_startTimer(t);
    goc_stopTimer(t);
    goc_chanrecv1(goc_makechan(&time_chan_int, 0), NULL);
}

START_TEST(test_deadlock_with_timers) {
    int64_t start = goc_nanotime();
    tu_capture c;
    tu_run_tb(&c, deadlock_after_timer, NULL, NULL);
    ck_assert_int_eq(c.status, 2);
    ck_assert_msg(tu_hasprefix(c.err, "fatal error: all goroutines are asleep - deadlock!\n\ngoroutine 1 [chan receive]:\n"),
                  "%s", c.err);
    ck_assert_int_ge(goc_nanotime() - start, 30 * MS); /* not before the timer ran */
    tu_run_tb(&c, deadlock_stopped_timer, NULL, NULL);
    ck_assert_int_eq(c.status, 2);
    ck_assert_msg(tu_hasprefix(c.err, "fatal error: all goroutines are asleep - deadlock!\n"), "%s", c.err);
}
END_TEST

Suite *time_suite(void) {
    Suite *s = suite_create("time");
    TCase *tc = tcase_create("core");
    tcase_set_timeout(tc, 60);
    tcase_add_test(tc, test_clocks);
    tcase_add_test(tc, test_oneshot);
    tcase_add_test(tc, test_stop_and_reset);
    tcase_add_test(tc, test_periodic);
    tcase_add_test(tc, test_order);
    tcase_add_test(tc, test_afterfunc);
    tcase_add_test(tc, test_timer_keeps_arg);
    tcase_add_test(tc, test_deadlock_with_timers);
    suite_add_tcase(s, tc);
    return s;
}
