/*
 * tests/check_sync.c — the runtime's semaphores and notify lists
 * (runtime/sync.c): counts handed back and forth between goroutines (LIFO
 * and handoff included), internal/poll's semaphores, and notify lists:
 * a ticket notified before its goroutine sleeps is not slept on, NotifyOne
 * wakes the oldest ticket, NotifyAll every one.
 */
#include <check.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include <goc.h>

#include "linkname.h"
#include "testutil.h"

typedef struct pingpong {
    uint32_t ping, pong;
    goc_int n;
} pingpong;

static void ponger(void *arg) {
    pingpong *p = arg;
    for (goc_int i = 0; i < p->n; i++) {
        goc_semacquire(&p->ping, false, NULL);
        goc_semrelease(&p->pong, i % 2 == 0);
    }
}

START_TEST(test_semaphores) {
    pingpong *p = goc_alloc(sizeof *p, true);
    p->n = tu_scale_slow(20000, 20);
    tu_go(ponger, p);
    for (goc_int i = 0; i < p->n; i++) {
        goc_semrelease(&p->ping, false);
        goc_semacquire(&p->pong, i % 3 == 0, "semacquire");
    }
    ck_assert_uint_eq(p->ping, 0);
    ck_assert_uint_eq(p->pong, 0);
    uint32_t s = 2; /* a count is taken without blocking */
    goc_semacquire(&s, false, NULL);
    goc_semacquire(&s, false, NULL);
    ck_assert_uint_eq(s, 0);
}
END_TEST

/* internal/poll's semaphores (the FD's close and I/O-lock semaphores) are the runtime's */
typedef struct pollsem {
    uint32_t sema, done;
} pollsem;

static void pollwaiter(void *arg) {
    pollsem *p = arg;
    internal_poll__runtime_Semacquire(&p->sema);
    __atomic_store_n(&p->done, 1, __ATOMIC_SEQ_CST);
}

START_TEST(test_poll_semaphores) {
    pollsem *p = goc_alloc(sizeof *p, true);
    tu_go(pollwaiter, p);
    usleep(20000);
    ck_assert_uint_eq(__atomic_load_n(&p->done, __ATOMIC_SEQ_CST), 0); /* blocked: the count is 0 */
    internal_poll__runtime_Semrelease(&p->sema);
    for (int i = 0; i < 5000 && __atomic_load_n(&p->done, __ATOMIC_SEQ_CST) == 0; i++)
        usleep(1000);
    ck_assert_uint_eq(p->done, 1);
    ck_assert_uint_eq(p->sema, 0);
    internal_poll__runtime_Semrelease(&p->sema); /* nobody waits: the count is kept */
    internal_poll__runtime_Semacquire(&p->sema);
    ck_assert_uint_eq(p->sema, 0);
}
END_TEST

typedef struct waiters {
    goc_notifyList l;
    uint32_t woken; /* a semaphore each waiter releases */
    uint32_t order[4];
    uint32_t n;     /* atomic */
} waiters;

typedef struct ticketed {
    waiters *w;
    uint32_t t;
} ticketed;

static void ticket_waiter(void *arg) {
    ticketed *tk = arg;
    goc_notifyListWait(&tk->w->l, tk->t);
    uint32_t i = __atomic_fetch_add(&tk->w->n, 1, __ATOMIC_SEQ_CST);
    tk->w->order[i] = tk->t;
    goc_semrelease(&tk->w->woken, false);
}

START_TEST(test_notify_lists) {
    waiters *w = goc_alloc(sizeof *w, true);
    uint32_t t0 = goc_notifyListAdd(&w->l);
    goc_notifyListNotifyOne(&w->l);
    goc_notifyListWait(&w->l, t0); /* notified before waiting: returns at once */
    for (int i = 0; i < 3; i++) {
        ticketed *tk = goc_alloc(sizeof *tk, true);
        tk->w = w;
        tk->t = goc_notifyListAdd(&w->l);
        tu_go(ticket_waiter, tk);
    }
    usleep(20000);
    ck_assert_uint_eq(__atomic_load_n(&w->n, __ATOMIC_SEQ_CST), 0);
    goc_notifyListNotifyOne(&w->l); /* the oldest ticket */
    goc_semacquire(&w->woken, false, NULL);
    ck_assert_uint_eq(w->order[0], t0 + 1);
    goc_notifyListNotifyAll(&w->l);
    goc_semacquire(&w->woken, false, NULL);
    goc_semacquire(&w->woken, false, NULL);
    ck_assert_uint_eq(__atomic_load_n(&w->n, __ATOMIC_SEQ_CST), 3);
    goc_notifyListNotifyAll(&w->l); /* nobody waits */
}
END_TEST

Suite *sync_suite(void) {
    Suite *s = suite_create("sync");
    TCase *tc = tcase_create("core");
    tcase_set_timeout(tc, 60);
    tcase_add_test(tc, test_semaphores);
    tcase_add_test(tc, test_poll_semaphores);
    tcase_add_test(tc, test_notify_lists);
    suite_add_tcase(s, tc);
    return s;
}
