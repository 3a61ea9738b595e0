/*
 * tests/check_atomic_hooks.c — package sync/atomic's functions
 * (runtime/atomic_hooks.c), called as GOROOT's sync/atomic calls them:
 * additions and compare-and-swap loops from several goroutines lose no
 * update; Swap, And and Or return the old value (Go 1.23), Add the new one,
 * with Go's wrapping; pointers; a nil address is gc's nil dereference panic.
 */
#include "goc_rt.h"
#include "linkname.h"
#include "testutil.h"

typedef struct atomics {
    int64_t i64;
    uint32_t u32;
    uint32_t done; /* a semaphore each adder releases */
    goc_int n;
} atomics;

static void atomic_adder(void *arg) {
    atomics *a = arg;
    for (goc_int i = 0; i < a->n; i++) {
        sync_atomic__AddInt64(&a->i64, 2);
        uint32_t old;
        do
            old = sync_atomic__LoadUint32(&a->u32);
        while (!sync_atomic__CompareAndSwapUint32(&a->u32, old, old + 1));
    }
    goc_semrelease(&a->done, false);
}

START_TEST(test_atomics) {
    atomics *a = goc_alloc(sizeof *a, true);
    a->n = tu_scale_slow(50000, 20);
    for (int i = 0; i < 4; i++)
        tu_go(atomic_adder, a);
    for (int i = 0; i < 4; i++)
        goc_semacquire(&a->done, false, NULL);
    ck_assert_int_eq(sync_atomic__LoadInt64(&a->i64), 8 * a->n);
    ck_assert_uint_eq(a->u32, 4 * (uint32_t)a->n);
    int32_t x = 6;
    ck_assert_int_eq(sync_atomic__SwapInt32(&x, 12), 6);
    ck_assert_int_eq(sync_atomic__AndInt32(&x, 10), 12); /* the old value */
    ck_assert_int_eq(x, 8);
    ck_assert_int_eq(sync_atomic__OrInt32(&x, 3), 8);
    ck_assert_int_eq(x, 11);
    ck_assert(!sync_atomic__CompareAndSwapInt32(&x, 5, 1));
    sync_atomic__StoreInt32(&x, -1);
    ck_assert_int_eq(sync_atomic__AddInt32(&x, 1), 0);
    uint64_t u = 0;
    ck_assert_uint_eq(sync_atomic__AddUint64(&u, (uint64_t)-1), UINT64_MAX); /* wraps like Go */
    goc_uintptr up = 5;
    ck_assert_uint_eq(sync_atomic__OrUintptr(&up, 2), 5);
    ck_assert_uint_eq(sync_atomic__SwapUintptr(&up, 1), 7);
    void *p = NULL;
    ck_assert(sync_atomic__CompareAndSwapPointer(&p, NULL, &x));
    ck_assert_ptr_eq(sync_atomic__LoadPointer(&p), &x);
    ck_assert_ptr_eq(sync_atomic__SwapPointer(&p, &u), &x);
    sync_atomic__StorePointer(&p, NULL);
    ck_assert_ptr_null(p);
    ck_assert_int_eq(sync_atomic__runtime_procPin(), 0);
    sync_atomic__runtime_procUnpin();
}
END_TEST

static void atomic_nil(void *unused) {
    (void)unused;
    sync_atomic__AddInt64(NULL, 1);
}

START_TEST(test_atomic_nil) {
    tu_capture c;
    tu_run_tb(&c, atomic_nil, NULL, NULL);
    ck_assert_int_eq(c.status, 2);
    ck_assert_msg(tu_hasprefix(c.err, "panic: runtime error: invalid memory address or nil pointer dereference\n"),
                  "got %s", c.err);
}
END_TEST

Suite *atomic_hooks_suite(void) {
    Suite *s = suite_create("atomic_hooks");
    TCase *tc = tcase_create("core");
    tcase_set_timeout(tc, 60);
    tcase_add_test(tc, test_atomics);
    tcase_add_test(tc, test_atomic_nil);
    suite_add_tcase(s, tc);
    return s;
}
