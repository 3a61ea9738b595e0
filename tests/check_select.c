/*
 * tests/check_select.c — select (runtime/select.c): uniform choice among
 * ready cases (chi-square), default, blocking selects woken by senders,
 * receivers and close, send cases, nil cases, the same channel in several
 * cases, more cases than the stack scratch space, panics and deadlock
 * reports, and a concurrent producer/consumer run that would lose values
 * if a wake-up were missed or a case fired twice.
 */
#include <check.h>
#include <stdio.h>
#include <string.h>

#include <goc.h>

#include "testutil.h"

TU_CHANTYPE(sel_chan_int, &goc_type_int, "chan int");
#define sel_chan_int (sel_chan_int_desc.d.Type)

/* chi-square of counts against a uniform distribution */
static double chisquare(const long *counts, int k, long n) {
    double e = (double)n / k, x = 0;
    for (int i = 0; i < k; i++)
        x += (counts[i] - e) * (counts[i] - e) / e;
    return x;
}

/*
 * Every case always ready (buffered channels kept non-empty, and one send
 * case with room): each of the k cases must be chosen about n/k times.
 * Critical values of chi-square at p = 0.0001: df 1: 15.14, df 3: 21.11,
 * df 9: 33.72.
 */
static void check_fair(int nrecv, bool withsend, double critical) {
    enum { MAXK = 10 };
    goc_scase cases[MAXK];
    goc_hchan *chans[MAXK];
    int k = nrecv + (withsend ? 1 : 0);
    goc_int sendval = 9, sink;
    int base = 0;
    if (withsend) {
        chans[0] = goc_makechan(&sel_chan_int, 1 << 20);
        cases[0] = (goc_scase){chans[0], &sendval};
        base = 1;
    }
    for (int i = 0; i < nrecv; i++) {
        chans[base + i] = goc_makechan(&sel_chan_int, 1);
        goc_int v = i;
        goc_chansend1(chans[base + i], &v);
        cases[base + i] = (goc_scase){chans[base + i], &sink};
    }
    long n = tu_scale_slow(20000 * k, 10);
    long counts[MAXK] = {0};
    for (long it = 0; it < n; it++) {
        bool ok = false;
        goc_int i = goc_selectgo(cases, base, nrecv, true, &ok);
        ck_assert(i >= 0 && i < k);
        counts[i]++;
        if (i >= base) {
            ck_assert(ok);
            ck_assert_int_eq(sink, i - base);
            goc_chansend1(chans[i], &sink); /* ready again */
        } else {
            goc_chanrecv1(chans[0], NULL); /* keep room */
        }
    }
    double x = chisquare(counts, k, n);
    ck_assert_msg(x < critical, "chi-square %.2f over %d cases (n=%ld)", x, k, n);
}

START_TEST(test_fairness) {
    check_fair(2, false, 15.14);
    check_fair(3, true, 21.11);
    check_fair(10, false, 33.72);
}
END_TEST

START_TEST(test_default) {
    goc_hchan *a = goc_makechan(&sel_chan_int, 0), *b = goc_makechan(&sel_chan_int, 1);
    goc_int x = 0, y = 5;
    goc_scase cases[2] = {{b, &y}, {a, &x}}; /* send on b, receive from a */
    bool ok = true;
    goc_int full = 1;
    goc_chansend1(b, &full); /* b full: nothing ready */
    ck_assert_int_eq(goc_selectgo(cases, 1, 1, false, &ok), -1);
    ck_assert(!ok);
    goc_chanrecv1(b, NULL); /* now the send can go */
    ck_assert_int_eq(goc_selectgo(cases, 1, 1, false, &ok), 0);
    goc_int got = 0;
    goc_chanrecv1(b, &got);
    ck_assert_int_eq(got, 5);
    goc_closechan(a); /* a closed receive is ready */
    x = 77;
    ck_assert_int_eq(goc_selectgo(cases + 1, 0, 1, false, &ok), 0);
    ck_assert(!ok);
    ck_assert_int_eq(x, 0);
    /* no cases at all, with default */
    ck_assert_int_eq(goc_selectgo(NULL, 0, 0, false, &ok), -1);
}
END_TEST

START_TEST(test_nil_cases) {
    goc_hchan *a = goc_makechan(&sel_chan_int, 1);
    goc_int v = 3, r = 0;
    goc_scase cases[3] = {{NULL, &v}, {NULL, &r}, {a, &r}};
    bool ok;
    ck_assert_int_eq(goc_selectgo(cases, 1, 2, false, &ok), -1);
    goc_chansend1(a, &v);
    for (int i = 0; i < 20; i++) { /* the nil cases are never chosen */
        ck_assert_int_eq(goc_selectgo(cases, 1, 2, true, &ok), 2);
        ck_assert(ok);
        ck_assert_int_eq(r, 3);
        goc_chansend1(a, &v);
    }
}
END_TEST

/* A blocked select is completed by a sender on any of its channels. */
typedef struct selwake {
    goc_hchan *chans[3];
    int which;
} selwake;

static void wake_one(void *arg) {
    selwake *w = arg;
    goc_timeSleep(5 * 1000000);
    goc_int v = 100 + w->which;
    goc_chansend1(w->chans[w->which], &v);
}

START_TEST(test_blocking_recv) {
    for (int which = 0; which < 3; which++) {
        selwake *w = goc_alloc(sizeof *w, true);
        for (int i = 0; i < 3; i++)
            w->chans[i] = goc_makechan(&sel_chan_int, i == 2 ? 1 : 0);
        w->which = which;
        tu_go(wake_one, w);
        goc_int r[3] = {0, 0, 0};
        goc_scase cases[3] = {{w->chans[0], &r[0]}, {w->chans[1], &r[1]}, {w->chans[2], &r[2]}};
        bool ok = false;
        goc_int i = goc_selectgo(cases, 0, 3, true, &ok);
        ck_assert_int_eq(i, which);
        ck_assert(ok);
        ck_assert_int_eq(r[which], 100 + which);
        for (int j = 0; j < 3; j++) /* the other sudogs were withdrawn: non-blocking ops see nobody */
            if (j != which)
                ck_assert(!goc_selectnbsend(w->chans[j], &r[0]) || j == 2);
    }
}
END_TEST

static void recv_after(void *arg) {
    goc_timeSleep(5 * 1000000);
    goc_int v = 0;
    goc_chanrecv1(arg, &v);
    goc_chansend1(arg, &v); /* echo it back */
}

START_TEST(test_blocking_send) {
    goc_hchan *a = goc_makechan(&sel_chan_int, 0), *b = goc_makechan(&sel_chan_int, 0);
    tu_go(recv_after, b);
    goc_int va = 1, vb = 2;
    goc_scase cases[2] = {{a, &va}, {b, &vb}};
    ck_assert_int_eq(goc_selectgo(cases, 2, 0, true, NULL), 1);
    goc_int echo = 0;
    goc_chanrecv1(b, &echo);
    ck_assert_int_eq(echo, 2);
}
END_TEST

static void close_after(void *arg) {
    goc_timeSleep(5 * 1000000);
    goc_closechan(arg);
}

START_TEST(test_blocking_closed) {
    goc_hchan *a = goc_makechan(&sel_chan_int, 0), *b = goc_makechan(&sel_chan_int, 0);
    tu_go(close_after, b);
    goc_int ra = 5, rb = 5;
    goc_scase cases[2] = {{a, &ra}, {b, &rb}};
    bool ok = true;
    ck_assert_int_eq(goc_selectgo(cases, 0, 2, true, &ok), 1);
    ck_assert(!ok);
    ck_assert_int_eq(rb, 0);
    ck_assert_int_eq(ra, 5);
}
END_TEST

/* The same channel in a send and a receive case, and twice as a receive. */
START_TEST(test_same_channel) {
    goc_hchan *c = goc_makechan(&sel_chan_int, 1);
    goc_int s = 8, r1 = 0, r2 = 0;
    goc_scase cases[3] = {{c, &s}, {c, &r1}, {c, &r2}};
    ck_assert_int_eq(goc_selectgo(cases, 1, 2, true, NULL), 0); /* only the send is ready */
    bool ok;
    goc_int i = goc_selectgo(cases, 1, 2, true, &ok); /* full now: only receives */
    ck_assert(i == 1 || i == 2);
    ck_assert_int_eq(i == 1 ? r1 : r2, 8);
    /* a blocking select on one unbuffered channel twice, completed by a sender */
    goc_hchan *u = goc_makechan(&sel_chan_int, 0);
    tu_go(wake_one, &(selwake){{u, u, u}, 1});
    goc_scase two[2] = {{u, &r1}, {u, &r2}};
    r1 = r2 = 0;
    i = goc_selectgo(two, 0, 2, true, &ok);
    ck_assert(ok);
    ck_assert_int_eq(i == 0 ? r1 : r2, 101);
}
END_TEST

/* More cases than the select's stack scratch space. */
START_TEST(test_many_cases) {
    enum { K = 40 };
    goc_scase cases[K];
    goc_hchan *chans[K];
    goc_int r[K];
    for (int i = 0; i < K; i++) {
        chans[i] = goc_makechan(&sel_chan_int, 0);
        cases[i] = (goc_scase){chans[i], &r[i]};
    }
    selwake *w = goc_alloc(sizeof *w, true);
    w->chans[0] = chans[0];
    w->chans[1] = chans[K - 1];
    w->chans[2] = chans[K / 2];
    for (int which = 0; which < 3; which++) {
        w->which = which;
        tu_go(wake_one, w);
        bool ok;
        goc_int i = goc_selectgo(cases, 0, K, true, &ok);
        ck_assert_ptr_eq(chans[i], w->chans[which]);
        ck_assert_int_eq(r[i], 100 + which);
        goc_timeSleep(1000000); /* let wake_one finish reading w */
    }
}
END_TEST

static void select_send_closed(void *unused) {
    (void)unused;
    goc_hchan *a = goc_makechan(&sel_chan_int, 0), *b = goc_makechan(&sel_chan_int, 0);
    goc_closechan(b);
    goc_int v = 1, r;
    goc_scase cases[2] = {{b, &v}, {a, &r}};
    goc_selectgo(cases, 1, 1, true, NULL);
}

static void select_send_closed_later(void *unused) {
    (void)unused;
    goc_hchan *a = goc_makechan(&sel_chan_int, 0), *b = goc_makechan(&sel_chan_int, 0);
    tu_go(close_after, b);
    goc_int v = 1, r;
    goc_scase cases[2] = {{b, &v}, {a, &r}};
    goc_selectgo(cases, 1, 1, true, NULL); /* parked, then woken by close */
}

static void select_all_nil(void *unused) {
    (void)unused;
    goc_int v;
    goc_scase cases[2] = {{NULL, &v}, {NULL, &v}};
    goc_selectgo(cases, 1, 1, true, NULL);
}

START_TEST(test_panics_and_deadlock) {
    tu_capture c;
    tu_run_tb(&c, select_send_closed, NULL, NULL);
    ck_assert_int_eq(c.status, 2);
    ck_assert_msg(tu_hasprefix(c.err, "panic: send on closed channel\n\ngoroutine 1 [running]:\n"), "%s", c.err);
    tu_run_tb(&c, select_send_closed_later, NULL, NULL);
    ck_assert_int_eq(c.status, 2);
    ck_assert_msg(tu_hasprefix(c.err, "panic: send on closed channel\n\ngoroutine 1 [running]:\n"), "%s", c.err);
    tu_run_tb(&c, select_all_nil, NULL, NULL);
    ck_assert_int_eq(c.status, 2);
    ck_assert_str_eq(c.err, "fatal error: all goroutines are asleep - deadlock!\n\ngoroutine 1 [select]:\nmain.main()\n\t/goc/tests/main.go:2\n");
}
END_TEST

/*
 * Producers select-send their values on one of two channels; consumers
 * select-receive from both plus a quit channel. Every value must arrive
 * exactly once: a lost wake-up hangs (caught by the timeout), a case that
 * fired twice duplicates or loses a value (caught by the sum).
 */
typedef struct pc {
    goc_hchan *a, *b, *quit, *done;
    goc_int n;       /* values per producer */
    goc_int sum;     /* consumer's total */
    goc_int count;
} pc;

static void producer(void *arg) {
    pc *p = arg;
    for (goc_int i = 1; i <= p->n; i++) {
        goc_scase cases[2] = {{p->a, &i}, {p->b, &i}};
        goc_selectgo(cases, 2, 0, true, NULL);
    }
    goc_int one = 1;
    goc_chansend1(p->done, &one);
}

typedef struct consumer_arg {
    pc *shared;
    goc_int sum, count;
    goc_hchan *finished;
} consumer_arg;

static void consumer(void *arg) {
    consumer_arg *c = arg;
    pc *p = c->shared;
    for (;;) {
        goc_int v = 0;
        goc_scase cases[3] = {{p->a, &v}, {p->b, &v}, {p->quit, NULL}};
        bool ok;
        goc_int i = goc_selectgo(cases, 0, 3, true, &ok);
        if (i == 2)
            break;
        c->sum += v;
        c->count++;
    }
    goc_chansend1(c->finished, &c->sum);
}

START_TEST(test_concurrent_pc) {
    enum { NP = 4, NC = 3 };
    pc *p = goc_alloc(sizeof *p, true);
    p->a = goc_makechan(&sel_chan_int, 0);
    p->b = goc_makechan(&sel_chan_int, 3);
    p->quit = goc_makechan(&sel_chan_int, 0);
    p->done = goc_makechan(&sel_chan_int, NP);
    p->n = tu_scale_slow(5000, 10);
    goc_hchan *finished = goc_makechan(&sel_chan_int, NC);
    consumer_arg *cs = goc_alloc(NC * sizeof *cs, true);
    for (int i = 0; i < NC; i++) {
        cs[i] = (consumer_arg){p, 0, 0, finished};
        tu_go(consumer, &cs[i]);
    }
    for (int i = 0; i < NP; i++)
        tu_go(producer, p);
    for (int i = 0; i < NP; i++)
        goc_chanrecv1(p->done, NULL);
    goc_closechan(p->quit);
    goc_int total = 0, count = 0;
    for (int i = 0; i < NC; i++) {
        goc_int s;
        goc_chanrecv1(finished, &s);
        total += s;
    }
    for (int i = 0; i < NC; i++)
        count += cs[i].count;
    /* The consumers may see quit before draining b's buffer: account for leftovers. */
    goc_int v;
    bool ok;
    while (goc_selectnbrecv(p->b, &v, &ok)) {
        total += v;
        count++;
    }
    ck_assert_int_eq(count, NP * p->n);
    ck_assert_int_eq(total, NP * p->n * (p->n + 1) / 2);
}
END_TEST

Suite *select_suite(void) {
    Suite *s = suite_create("select");
    TCase *tc = tcase_create("core");
    tcase_set_timeout(tc, 60);
    tcase_add_test(tc, test_fairness);
    tcase_add_test(tc, test_default);
    tcase_add_test(tc, test_nil_cases);
    tcase_add_test(tc, test_blocking_recv);
    tcase_add_test(tc, test_blocking_send);
    tcase_add_test(tc, test_blocking_closed);
    tcase_add_test(tc, test_same_channel);
    tcase_add_test(tc, test_many_cases);
    tcase_add_test(tc, test_panics_and_deadlock);
    tcase_add_test(tc, test_concurrent_pc);
    suite_add_tcase(s, tc);
    return s;
}
