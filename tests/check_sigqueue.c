/*
 * tests/check_sigqueue.c — signals for os and os/signal (runtime/sigqueue.c):
 * enabled signals reach signal_recv (coalesced while pending, lowest number
 * first, also to a receiver already asleep); disabled ones are ignored or,
 * for SIGINT-like ones, get the process's action back; Ignore sets SIG_IGN;
 * a kernel SIGPIPE does not kill, os.sigpipe does unless SIGPIPE is relayed
 * or ignored; SIGSYS is survived between ignoreSIGSYS and restoreSIGSYS;
 * signalWaitUntilIdle returns once the receiver waits again. The collector's
 * own signals are never taken over.
 */
#include "goc_rt.h"
#include "linkname.h"
#include "testutil.h"

#include <signal.h>

START_TEST(test_recv_order_coalesce) {
    os_signal__signal_enable(SIGUSR1);
    os_signal__signal_enable(SIGUSR2);
    os_signal__signal_enable(SIGHUP);
    raise(SIGUSR2);
    raise(SIGUSR1);
    raise(SIGUSR1); /* still pending: one delivery */
    raise(SIGHUP);
    ck_assert_uint_eq(os_signal__signal_recv(), SIGHUP);
    ck_assert_uint_eq(os_signal__signal_recv(), SIGUSR1);
    ck_assert_uint_eq(os_signal__signal_recv(), SIGUSR2);
    raise(SIGUSR1);
    ck_assert_uint_eq(os_signal__signal_recv(), SIGUSR1);
}
END_TEST

typedef struct recvstate {
    uint32_t got;
} recvstate;

static void receiver(void *arg) {
    recvstate *r = arg;
    __atomic_store_n(&r->got, os_signal__signal_recv(), __ATOMIC_SEQ_CST);
    os_signal__signal_recv(); /* waits again: signalWaitUntilIdle can return */
}

static bool received(void *arg) { return __atomic_load_n(&((recvstate *)arg)->got, __ATOMIC_SEQ_CST) != 0; }

START_TEST(test_recv_wakes_sleeper) {
    recvstate *r = goc_alloc(sizeof *r, true);
    os_signal__signal_enable(SIGUSR2);
    tu_go(receiver, r);
    usleep(20000); /* the receiver is asleep by now (it is correct either way) */
    kill(getpid(), SIGUSR2);
    ck_assert(tu_eventually(received, r));
    ck_assert_uint_eq(r->got, SIGUSR2);
    os_signal__signalWaitUntilIdle();
}
END_TEST

START_TEST(test_disable_and_ignore) {
    struct sigaction sa, sigint;
    sigaction(SIGINT, NULL, &sigint);
    os_signal__signal_enable(SIGUSR1);
    os_signal__signal_disable(SIGUSR1);
    raise(SIGUSR1); /* caught and dropped, as gc drops an unrelayed SIGUSR1 */
    os_signal__signal_enable(SIGINT);
    sigaction(SIGINT, NULL, &sa);
    ck_assert(sa.sa_flags & SA_SIGINFO);
    os_signal__signal_disable(SIGINT);
    sigaction(SIGINT, NULL, &sa);
    ck_assert_ptr_eq((void *)sa.sa_handler, (void *)sigint.sa_handler); /* the process's own action */
    ck_assert(!os_signal__signal_ignored(SIGUSR2));
    os_signal__signal_ignore(SIGUSR2);
    ck_assert(os_signal__signal_ignored(SIGUSR2));
    sigaction(SIGUSR2, NULL, &sa);
    ck_assert_ptr_eq((void *)sa.sa_handler, (void *)SIG_IGN);
    os_signal__signal_enable(SIGUSR2);
    ck_assert(!os_signal__signal_ignored(SIGUSR2));
    raise(SIGUSR2);
    ck_assert_uint_eq(os_signal__signal_recv(), SIGUSR2);
    /* signals gc never relays, and the collector's, are left alone */
    int suspend = GC_get_suspend_signal();
    struct sigaction before, after;
    sigaction(suspend, NULL, &before);
    os_signal__signal_enable((uint32_t)suspend);
    os_signal__signal_enable(SIGSEGV);
    sigaction(suspend, NULL, &after);
    ck_assert_ptr_eq((void *)before.sa_sigaction, (void *)after.sa_sigaction);
}
END_TEST

static void sigpipe_unrelayed(void *arg) {
    (void)arg;
    os__sigpipe();
}

static void sigpipe_relayed(void *arg) {
    (void)arg;
    os_signal__signal_enable(SIGPIPE);
    os__sigpipe();
    if (os_signal__signal_recv() == SIGPIPE)
        _exit(5);
}

static void sigpipe_ignored(void *arg) {
    (void)arg;
    os_signal__signal_ignore(SIGPIPE);
    os__sigpipe();
    _exit(6);
}

START_TEST(test_sigpipe) {
    int p[2];
    ck_assert_int_eq(pipe(p), 0);
    close(p[0]);
    ck_assert_int_eq(write(p[1], "x", 1), -1); /* the kernel's SIGPIPE is caught and dropped */
    ck_assert_int_eq(errno, EPIPE);
    close(p[1]);
    tu_capture c;
    tu_run(&c, sigpipe_unrelayed, NULL);
    ck_assert_int_eq(c.status, 128 + SIGPIPE);
    tu_run(&c, sigpipe_relayed, NULL);
    ck_assert_int_eq(c.status, 5);
    tu_run(&c, sigpipe_ignored, NULL);
    ck_assert_int_eq(c.status, 6);
}
END_TEST

static void sigsys_after_restore(void *arg) {
    (void)arg;
    os__ignoreSIGSYS();
    raise(SIGSYS);
    os__restoreSIGSYS();
    raise(SIGSYS);
    _exit(0);
}

START_TEST(test_sigsys) {
    tu_capture c;
    tu_run(&c, sigsys_after_restore, NULL);
    ck_assert_int_eq(c.status, 128 + SIGSYS);
}
END_TEST

Suite *sigqueue_suite(void) {
    Suite *s = suite_create("sigqueue");
    TCase *tc = tcase_create("core");
    tcase_add_test(tc, test_recv_order_coalesce);
    tcase_add_test(tc, test_recv_wakes_sleeper);
    tcase_add_test(tc, test_disable_and_ignore);
    tcase_add_test(tc, test_sigpipe);
    tcase_add_test(tc, test_sigsys);
    suite_add_tcase(s, tc);
    return s;
}
