/*
 * tests/check_netpoll.c — internal/poll's hooks without a poller
 * (runtime/netpoll.c): every descriptor is reported not pollable with
 * ENOSYS and a context of 0 (internal/poll then uses blocking I/O), no
 * descriptor is the poller's own, and a hook called with a context (which
 * internal/poll never does without a poller) is a fatal error.
 */
#include "goc_rt.h"
#include "linkname.h"
#include "testutil.h"

START_TEST(test_not_pollable) {
    internal_poll__runtime_pollServerInit();
    int p[2];
    ck_assert_int_eq(pipe(p), 0);
    goc_pollopen_result r = internal_poll__runtime_pollOpen((goc_uintptr)p[0]);
    ck_assert_uint_eq(r.r0, 0);
    ck_assert_int_eq(r.r1, ENOSYS);
    ck_assert(!internal_poll__runtime_isPollServerDescriptor((goc_uintptr)p[0]));
    close(p[0]);
    close(p[1]);
}
END_TEST

static void waitctx(void *arg) {
    (void)arg;
    internal_poll__runtime_pollWait(1, 'r');
}

START_TEST(test_context_throws) {
    tu_capture c;
    tu_run(&c, waitctx, NULL);
    ck_assert_int_eq(c.status, 2);
    ck_assert_msg(strstr(c.err, "fatal error: runtime: pollWait without a poller") != NULL, "stderr: %s", c.err);
}
END_TEST

Suite *netpoll_suite(void) {
    Suite *s = suite_create("netpoll");
    TCase *tc = tcase_create("core");
    tcase_add_test(tc, test_not_pollable);
    tcase_add_test(tc, test_context_throws);
    suite_add_tcase(s, tc);
    return s;
}
