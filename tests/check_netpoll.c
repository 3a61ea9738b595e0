/*
 * tests/check_netpoll.c — runtime/netpoll.c through the C ABI that package
 * internal/poll reaches by linkname (internal_poll__runtime_pollOpen and
 * friends, declared here the way translated code declares them): a
 * goroutine waiting for a non-blocking pipe parks in the poller and wakes
 * when data comes; deadlines (future, past, cleared) give the timeout code;
 * pollUnblock gives the closing code; descriptors epoll cannot watch are
 * refused with their errno; a goroutine waiting for I/O keeps the deadlock
 * detector quiet.
 */
#include <check.h>
#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <stdlib.h>
#include <unistd.h>

#include <goc.h>

#include "testutil.h"

typedef struct {
    goc_uintptr r0;
    goc_int r1;
} pollopen_r;

void internal_poll__runtime_pollServerInit(void);
pollopen_r internal_poll__runtime_pollOpen(goc_uintptr fd);
void internal_poll__runtime_pollClose(goc_uintptr ctx);
goc_int internal_poll__runtime_pollReset(goc_uintptr ctx, goc_int mode);
goc_int internal_poll__runtime_pollWait(goc_uintptr ctx, goc_int mode);
void internal_poll__runtime_pollSetDeadline(goc_uintptr ctx, goc_int64 d, goc_int mode);
void internal_poll__runtime_pollUnblock(goc_uintptr ctx);
bool internal_poll__runtime_isPollServerDescriptor(goc_uintptr fd);

enum { pollNoError = 0, pollErrClosing = 1, pollErrTimeout = 2 };

TU_CHANTYPE(np_chan_int, &goc_type_int, "chan int");
#define np_chan_int (np_chan_int_desc.d.Type)

typedef struct pipectx {
    int rfd, wfd;
    goc_uintptr pd;
    goc_hchan *done;  /* the reader's result */
} pipectx;

static pipectx *openpipe(void) {
    pipectx *p = goc_alloc(sizeof *p, true);
    int fds[2];
    ck_assert_int_eq(pipe2(fds, O_NONBLOCK | O_CLOEXEC), 0);
    p->rfd = fds[0];
    p->wfd = fds[1];
    internal_poll__runtime_pollServerInit();
    pollopen_r r = internal_poll__runtime_pollOpen((goc_uintptr)p->rfd);
    ck_assert_int_eq(r.r1, 0);
    ck_assert_uint_ne(r.r0, 0);
    p->pd = r.r0;
    p->done = goc_makechan(&np_chan_int, 1);
    return p;
}

static void closepipe(pipectx *p) {
    internal_poll__runtime_pollUnblock(p->pd);
    internal_poll__runtime_pollClose(p->pd);
    close(p->rfd);
    close(p->wfd);
}

/* internal/poll's read loop: read until data, waiting in the poller on EAGAIN; sends bytes read or -code. */
static void reader(void *arg) {
    pipectx *p = arg;
    char buf[64];
    goc_int res;
    if (internal_poll__runtime_pollReset(p->pd, 'r') != 0) {
        res = -100;
    } else {
        for (;;) {
            ssize_t n = read(p->rfd, buf, sizeof buf);
            if (n >= 0) {
                res = n;
                break;
            }
            if (errno != EAGAIN) {
                res = -200;
                break;
            }
            goc_int code = internal_poll__runtime_pollWait(p->pd, 'r');
            if (code != pollNoError) {
                res = -code;
                break;
            }
        }
    }
    goc_chansend1(p->done, &res);
}

START_TEST(test_wait_for_data) {
    pipectx *p = openpipe();
    tu_go(reader, p);
    goc_timeSleep(30 * 1000000);
    ck_assert_int_eq(goc_chanlen(p->done), 0); /* parked in the poller */
    ck_assert_int_eq(goc_NumGoroutine(), 2);
    ck_assert_int_eq(write(p->wfd, "abc", 3), 3);
    goc_int res = 0;
    goc_chanrecv1(p->done, &res);
    ck_assert_int_eq(res, 3);
    /* data that came first: no wait at all */
    ck_assert_int_eq(write(p->wfd, "de", 2), 2);
    tu_go(reader, p);
    goc_chanrecv1(p->done, &res);
    ck_assert_int_eq(res, 2);
    closepipe(p);
}
END_TEST

START_TEST(test_deadlines) {
    pipectx *p = openpipe();
    /* a deadline 30 ms ahead ends the wait with the timeout code */
    int64_t t0 = goc_nanotime(); /* before: the deadline counts from the call */
    internal_poll__runtime_pollSetDeadline(p->pd, 30 * 1000000, 'r');
    tu_go(reader, p);
    goc_int res = 0;
    goc_chanrecv1(p->done, &res);
    ck_assert_int_eq(res, -pollErrTimeout);
    ck_assert_int_ge(goc_nanotime() - t0, 30 * 1000000);
    ck_assert_int_eq(internal_poll__runtime_pollReset(p->pd, 'r'), pollErrTimeout);
    ck_assert_int_eq(internal_poll__runtime_pollReset(p->pd, 'w'), pollNoError); /* writes have no deadline */
    /* clearing it: waits again until data */
    internal_poll__runtime_pollSetDeadline(p->pd, 0, 'r');
    ck_assert_int_eq(internal_poll__runtime_pollReset(p->pd, 'r'), pollNoError);
    tu_go(reader, p);
    goc_timeSleep(40 * 1000000);
    ck_assert_int_eq(goc_chanlen(p->done), 0);
    /* a deadline in the past wakes the waiter at once */
    internal_poll__runtime_pollSetDeadline(p->pd, -1, 'r' + 'w');
    goc_chanrecv1(p->done, &res);
    ck_assert_int_eq(res, -pollErrTimeout);
    /* a long deadline, then a short one that replaces it */
    internal_poll__runtime_pollSetDeadline(p->pd, 0, 'r' + 'w');
    internal_poll__runtime_pollSetDeadline(p->pd, 3600 * (goc_int64)1000000000, 'r');
    internal_poll__runtime_pollSetDeadline(p->pd, 20 * 1000000, 'r');
    tu_go(reader, p);
    goc_chanrecv1(p->done, &res);
    ck_assert_int_eq(res, -pollErrTimeout);
    closepipe(p);
}
END_TEST

START_TEST(test_unblock) {
    pipectx *p = openpipe();
    tu_go(reader, p);
    goc_timeSleep(20 * 1000000);
    internal_poll__runtime_pollUnblock(p->pd);
    goc_int res = 0;
    goc_chanrecv1(p->done, &res);
    ck_assert_int_eq(res, -pollErrClosing);
    ck_assert_int_eq(internal_poll__runtime_pollWait(p->pd, 'r'), pollErrClosing);
    internal_poll__runtime_pollClose(p->pd);
    close(p->rfd);
    close(p->wfd);
}
END_TEST

START_TEST(test_not_pollable) {
    internal_poll__runtime_pollServerInit();
    char path[] = "/tmp/goc_netpoll_XXXXXX";
    int fd = mkstemp(path);
    ck_assert_int_ge(fd, 0);
    unlink(path);
    pollopen_r r = internal_poll__runtime_pollOpen((goc_uintptr)fd);
    ck_assert_int_eq(r.r1, EPERM); /* epoll does not watch regular files */
    ck_assert_uint_eq(r.r0, 0);
    close(fd);
    ck_assert(!internal_poll__runtime_isPollServerDescriptor((goc_uintptr)fd));
    ck_assert(!internal_poll__runtime_isPollServerDescriptor(0));
    /* the poller's own descriptors are: one of the few just above the ones in use */
    int probe = dup(0);
    bool found = false;
    for (int d = 3; d < probe; d++)
        found = found || internal_poll__runtime_isPollServerDescriptor((goc_uintptr)d);
    close(probe);
    ck_assert(found);
}
END_TEST

static void *late_writer(void *arg) {
    pipectx *p = arg;
    usleep(50 * 1000);
    ck_assert_int_eq(write(p->wfd, "x", 1), 1);
    return NULL;
}

/* main waits on a goroutine that waits for I/O: no deadlock, even with no goroutine running. */
static void io_is_not_deadlock(void *unused) {
    (void)unused;
    pipectx *p = openpipe();
    tu_go(reader, p);
    pthread_t th;
    pthread_create(&th, NULL, late_writer, p);
    goc_int res = 0;
    goc_chanrecv1(p->done, &res);
    _exit(res == 1 ? 0 : 1);
}

START_TEST(test_io_wait_is_not_deadlock) {
    tu_capture c;
    tu_run(&c, io_is_not_deadlock, NULL);
    ck_assert_msg(c.status == 0, "status %d: %s", c.status, c.err);
}
END_TEST

Suite *netpoll_suite(void) {
    Suite *s = suite_create("netpoll");
    TCase *tc = tcase_create("core");
    tcase_set_timeout(tc, 60);
    tcase_add_test(tc, test_wait_for_data);
    tcase_add_test(tc, test_deadlines);
    tcase_add_test(tc, test_unblock);
    tcase_add_test(tc, test_not_pollable);
    tcase_add_test(tc, test_io_wait_is_not_deadlock);
    suite_add_tcase(s, tc);
    return s;
}
