/*
 * tests/check_lock.c — runtime/lock.c: goc_mutex excludes under contention
 * from several threads (including sleepers in the kernel), may be released
 * by a thread other than the one that took it, and reports an unlock of
 * an unlocked lock; notes wake a sleeper once, remember a wakeup that came
 * first, time out, and report a double wakeup.
 */
#include <check.h>
#include <pthread.h>
#include <string.h>
#include <time.h>

#include "goc_rt.h"
#include "testutil.h"

enum { NTHREADS = 4 };

static goc_mutex mu;
static long counter;

static void *incr(void *arg) {
    long n = (long)(intptr_t)arg;
    for (long i = 0; i < n; i++) {
        goc_lock(&mu);
        long v = counter; /* a torn increment shows up as a lost one */
        if (i % 1000 == 0)
            goc_osyield(); /* now and then hold it long enough for others to sleep on it */
        counter = v + 1;
        goc_unlock(&mu);
    }
    return NULL;
}

START_TEST(test_mutex_excludes) {
    long n = tu_scale_slow(100000, 10);
    pthread_t th[NTHREADS];
    for (int i = 0; i < NTHREADS; i++)
        ck_assert_int_eq(pthread_create(&th[i], NULL, incr, (void *)(intptr_t)n), 0);
    for (int i = 0; i < NTHREADS; i++)
        pthread_join(th[i], NULL);
    ck_assert_int_eq(counter, NTHREADS * n);
    ck_assert_uint_eq(mu.key, 0);
}
END_TEST

static void *unlocker(void *arg) {
    goc_unlock(arg);
    return NULL;
}

START_TEST(test_unlock_on_another_thread) {
    goc_mutex l = {0};
    goc_lock(&l);
    pthread_t th;
    ck_assert_int_eq(pthread_create(&th, NULL, unlocker, &l), 0);
    pthread_join(th, NULL);
    goc_lock(&l); /* free again */
    goc_unlock(&l);
}
END_TEST

static void unlock_unlocked(void *arg) {
    (void)arg;
    goc_mutex l = {0};
    goc_unlock(&l);
}

START_TEST(test_unlock_unlocked) {
    tu_capture c;
    tu_run(&c, unlock_unlocked, NULL);
    ck_assert_int_eq(c.status, 2);
    ck_assert_msg(tu_hasprefix(c.err, "fatal error: unlock of unlocked lock\n"), "%s", c.err);
}
END_TEST

/* ---- notes --------------------------------------------------------------------------- */

static goc_note note;
static int woke;

static void *sleeper(void *arg) {
    (void)arg;
    goc_notesleep(&note);
    __atomic_store_n(&woke, 1, __ATOMIC_SEQ_CST);
    return NULL;
}

START_TEST(test_note_wakes_sleeper) {
    goc_noteclear(&note);
    pthread_t th;
    ck_assert_int_eq(pthread_create(&th, NULL, sleeper, NULL), 0);
    struct timespec ts = {0, 20 * 1000000};
    nanosleep(&ts, NULL);
    ck_assert_int_eq(__atomic_load_n(&woke, __ATOMIC_SEQ_CST), 0); /* still asleep */
    goc_notewakeup(&note);
    pthread_join(th, NULL);
    ck_assert_int_eq(woke, 1);
    /* a wakeup that came first is not lost */
    goc_noteclear(&note);
    goc_notewakeup(&note);
    goc_notesleep(&note);
    ck_assert(goc_notetsleep(&note, 1000000));
}
END_TEST

START_TEST(test_note_timeout) {
    goc_note n = {0};
    int64_t t0 = goc_nanotime();
    ck_assert(!goc_notetsleep(&n, 30 * 1000000));
    ck_assert_int_ge(goc_nanotime() - t0, 30 * 1000000);
    ck_assert(!goc_notetsleep(&n, 0));
}
END_TEST

static void double_wakeup(void *arg) {
    (void)arg;
    goc_note n = {0};
    goc_notewakeup(&n);
    goc_notewakeup(&n);
}

START_TEST(test_note_double_wakeup) {
    tu_capture c;
    tu_run(&c, double_wakeup, NULL);
    ck_assert_int_eq(c.status, 2);
    ck_assert_msg(tu_hasprefix(c.err, "fatal error: notewakeup - double wakeup\n"), "%s", c.err);
}
END_TEST

Suite *lock_suite(void) {
    Suite *s = suite_create("lock");
    TCase *tc = tcase_create("core");
    tcase_set_timeout(tc, 60);
    tcase_add_test(tc, test_mutex_excludes);
    tcase_add_test(tc, test_unlock_on_another_thread);
    tcase_add_test(tc, test_unlock_unlocked);
    tcase_add_test(tc, test_note_wakes_sleeper);
    tcase_add_test(tc, test_note_timeout);
    tcase_add_test(tc, test_note_double_wakeup);
    suite_add_tcase(s, tc);
    return s;
}
