/*
 * tests/check_time_hooks.c — package time's runtime hooks
 * (runtime/time_hooks.c), called as the translated package calls them:
 * time.now reads both clocks; newTimer returns a Timer-shaped block with
 * initTimer set whose run calls the Go func value f(arg, seq, delta); a
 * synchronous timer channel reports len and cap 0, Stop after an unreceived
 * run returns true and leaves no value behind, Reset re-arms; a timer
 * without channel (AfterFunc) just runs f; periodic timers tick until
 * stopped.
 */
#include <time.h>

#include "goc_rt.h"
#include "linkname.h"
#include "testutil.h"

TU_CHANTYPE(hooks_chan_int, &goc_type_int, "chan int");
#define hooks_chan_int (hooks_chan_int_desc.d.Type)

#define MS ((int64_t)1000000)

/* The fields of time.Timer at the start of a timeTimer. */
typedef struct timerhead {
    goc_hchan *c;
    bool init;
} timerhead;

static _Atomic int64_t lastdelta;

/* Like package time's sendTime: a non-blocking send on the channel in arg. */
static void sendseq(goc_func *self, goc_eface arg, goc_uintptr seq, int64_t delta) {
    (void)self;
    goc_int v = (goc_int)seq + 1;
    lastdelta = delta;
    goc_selectnbsend(arg.data, &v);
}
static goc_func sendfn = {(void (*)(void))sendseq};

static goc_hchan *timerchan(void) { return goc_makechan(&hooks_chan_int, 1); }

START_TEST(test_now_sleep) {
    goc_time_now_result n = time__now();
    ck_assert(n.r1 >= 0 && n.r1 < 1000000000);
    ck_assert(n.r0 - (int64_t)time(NULL) <= 1 && (int64_t)time(NULL) - n.r0 <= 1);
    int64_t m = goc_nanotime();
    ck_assert(m >= n.r2 && m - n.r2 < 1000 * MS);
    time__Sleep(15 * MS);
    ck_assert_int_ge(goc_nanotime() - m, 15 * MS);
    time__Sleep(-1);
}
END_TEST

START_TEST(test_sync_timer) {
    goc_hchan *c = timerchan();
    int64_t start = goc_nanotime();
    timerhead *t = time__newTimer(start + 10 * MS, 0, &sendfn, (goc_eface){&hooks_chan_int, c}, c);
    ck_assert(t->init);
    t->c = c; /* as package time does */
    ck_assert_int_eq(goc_chanlen(c), 0);
    ck_assert_int_eq(goc_chancap(c), 0);
    goc_int v = 0;
    goc_chanrecv1(c, &v);
    ck_assert_int_ge(goc_nanotime() - start, 10 * MS);
    ck_assert_int_ge(lastdelta, 0);
    ck_assert(!time__stopTimer(t)); /* fired and received */

    /* fired but not received: Stop reports it pending and drains it */
    ck_assert(!time__resetTimer(t, goc_nanotime() + 5 * MS, 0));
    time__Sleep(30 * MS);
    ck_assert(time__stopTimer(t));
    ck_assert(!goc_selectnbrecv(c, &v, NULL));

    /* a pending timer: Stop reports it, and nothing arrives later */
    ck_assert(!time__resetTimer(t, goc_nanotime() + 10 * MS, 0));
    ck_assert(time__stopTimer(t));
    time__Sleep(25 * MS);
    ck_assert(!goc_selectnbrecv(c, &v, NULL));
}
END_TEST

static _Atomic int ran;

static void runonce(goc_func *self, goc_eface arg, goc_uintptr seq, int64_t delta) {
    (void)self;
    (void)seq;
    (void)delta;
    ran += (int)(goc_int)(uintptr_t)arg.data;
}
static goc_func runfn = {(void (*)(void))runonce};

/* No channel (AfterFunc): f runs once with its arg; Stop of a pending one prevents it. */
START_TEST(test_func_timer) {
    ran = 0;
    timerhead *t = time__newTimer(goc_nanotime() + 5 * MS, 0, &runfn, (goc_eface){&goc_type_int, (void *)(uintptr_t)3}, NULL);
    ck_assert(t->init);
    time__Sleep(30 * MS);
    ck_assert_int_eq(ran, 3);
    timerhead *u = time__newTimer(goc_nanotime() + 20 * MS, 0, &runfn, (goc_eface){&goc_type_int, (void *)(uintptr_t)4}, NULL);
    ck_assert(time__stopTimer(u));
    ck_assert(!time__stopTimer(u));
    time__Sleep(40 * MS);
    ck_assert_int_eq(ran, 3);
}
END_TEST

/* A Ticker: values keep coming, in order, until Stop; none is left after it. */
START_TEST(test_ticker) {
    goc_hchan *c = timerchan();
    timerhead *t = time__newTimer(goc_nanotime() + 2 * MS, 2 * MS, &sendfn, (goc_eface){&hooks_chan_int, c}, c);
    goc_int prev = 0;
    for (int i = 0; i < 5; i++) {
        goc_int v = 0;
        goc_chanrecv1(c, &v);
        ck_assert_int_ge(v, prev);
        prev = v;
    }
    time__stopTimer(t);
    time__Sleep(10 * MS);
    goc_int v;
    ck_assert(!goc_selectnbrecv(c, &v, NULL));
}
END_TEST

Suite *time_hooks_suite(void) {
    Suite *s = suite_create("time_hooks");
    TCase *tc = tcase_create("core");
    tcase_set_timeout(tc, 20);
    tcase_add_test(tc, test_now_sleep);
    tcase_add_test(tc, test_sync_timer);
    tcase_add_test(tc, test_func_timer);
    tcase_add_test(tc, test_ticker);
    suite_add_tcase(s, tc);
    return s;
}
