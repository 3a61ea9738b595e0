/*
 * tests/check_sync_hooks.c — package sync's runtime hooks
 * (runtime/sync_hooks.c), called as GOROOT's sync calls them: the
 * semaphore variants block with gc's wait reasons (seen in the deadlock
 * report), Semrelease wakes them; notifyListCheck accepts sync.notifyList's
 * size; canSpin only for a few rounds; procPin gives exclusive use of a
 * slot below GOMAXPROCS until procUnpin (to goroutines on Ps and locked
 * ones without), and its goroutine keeps its P meanwhile however long
 * it runs (preemption is off, as in gc); randn stays below n; throw and
 * fatal print gc's "fatal error: " line.
 */
#include <unistd.h>

#include "sched_impl.h"
#include "linkname.h"
#include "testutil.h"

typedef struct semas {
    uint32_t mu, done;
} semas;

static void mutex_waiter(void *arg) {
    semas *s = arg;
    sync__runtime_SemacquireMutex(&s->mu, true, 1);
    goc_semrelease(&s->done, false);
}

START_TEST(test_semaphores) {
    semas *s = goc_alloc(sizeof *s, true);
    tu_go(mutex_waiter, s);
    usleep(20000);
    ck_assert_uint_eq(__atomic_load_n(&s->done, __ATOMIC_SEQ_CST), 0);
    sync__runtime_Semrelease(&s->mu, true, 1);
    sync__runtime_Semacquire(&s->done);
    sync__runtime_Semrelease(&s->mu, false, 0); /* a count nobody waits for is kept */
    sync__runtime_SemacquireRWMutexR(&s->mu, false, 0);
    ck_assert_uint_eq(s->mu, 0);
}
END_TEST

static uint32_t never;
static void block_mutex(void *unused) {
    (void)unused;
    sync__runtime_SemacquireMutex(&never, false, 1);
}
static void block_rlock(void *unused) {
    (void)unused;
    sync__runtime_SemacquireRWMutexR(&never, false, 0);
}
static void block_lock(void *unused) {
    (void)unused;
    sync__runtime_SemacquireRWMutex(&never, false, 0);
}
static void do_throw(void *unused) {
    (void)unused;
    sync__throw(tu_gostr("sync: unlock of unlocked mutex"));
}
static void do_fatal(void *unused) {
    (void)unused;
    sync__fatal(tu_gostr("sync: Unlock of unlocked RWMutex"));
}

static void expect(void (*fn)(void *), const char *text) {
    tu_capture c;
    tu_run_tb(&c, fn, NULL, NULL);
    ck_assert_int_eq(c.status, 2);
    ck_assert_msg(tu_hasprefix(c.err, text), "got %s", c.err);
}

START_TEST(test_wait_reasons_and_throws) {
    expect(block_mutex, "fatal error: all goroutines are asleep - deadlock!\n\ngoroutine 1 [sync.Mutex.Lock]:\n");
    expect(block_rlock, "fatal error: all goroutines are asleep - deadlock!\n\ngoroutine 1 [sync.RWMutex.RLock]:\n");
    expect(block_lock, "fatal error: all goroutines are asleep - deadlock!\n\ngoroutine 1 [sync.RWMutex.Lock]:\n");
    expect(do_throw, "fatal error: sync: unlock of unlocked mutex\n");
    expect(do_fatal, "fatal error: sync: Unlock of unlocked RWMutex\n");
}
END_TEST

START_TEST(test_misc) {
    sync__runtime_notifyListCheck(sizeof(goc_notifyList));
    ck_assert(!sync__runtime_canSpin(4));
    sync__runtime_doSpin();
    int64_t t = sync__runtime_nanotime();
    ck_assert(t > 0 && t <= goc_nanotime());
    for (int i = 0; i < 1000; i++)
        ck_assert_uint_lt(runtime__randn(7), 7);
    goc_uintptr v = 0;
    internal_runtime_atomic__StoreReluintptr(&v, 42);
    ck_assert_uint_eq(internal_runtime_atomic__LoadAcquintptr(&v), 42);
}
END_TEST

typedef struct pinned {
    goc_int inside[256]; /* goroutines pinned to each slot (atomic) */
    goc_int bad;         /* atomic */
    uint32_t done;
    uint32_t started;    /* the first one locks its thread */
    goc_int n;
} pinned;

static void pinner(void *arg) {
    pinned *p = arg;
    bool lock = __atomic_fetch_add(&p->started, 1, __ATOMIC_SEQ_CST) == 0;
    if (lock)
        goc_LockOSThread(); /* runs without a P: it pins a slot all the same */
    for (goc_int i = 0; i < p->n; i++) {
        goc_int pid = sync__runtime_procPin();
        if (pid < 0 || pid >= goc_GOMAXPROCS(0) || __atomic_add_fetch(&p->inside[pid], 1, __ATOMIC_SEQ_CST) != 1)
            __atomic_add_fetch(&p->bad, 1, __ATOMIC_SEQ_CST);
        __atomic_sub_fetch(&p->inside[pid], 1, __ATOMIC_SEQ_CST);
        sync__runtime_procUnpin();
    }
    if (lock)
        goc_UnlockOSThread();
    goc_semrelease(&p->done, false);
}

START_TEST(test_pins_exclusive) {
    pinned *p = goc_alloc(sizeof *p, true);
    p->n = tu_scale_slow(20000, 20);
    int g = (int)goc_GOMAXPROCS(0) + 3;
    for (int i = 0; i < g; i++)
        tu_go(pinner, p);
    for (int i = 0; i < g; i++)
        goc_semacquire(&p->done, false, NULL);
    ck_assert_int_eq(p->bad, 0);
}
END_TEST

typedef struct pinspin {
    uint32_t tickchanged; /* while pinned: the P ran its scheduler (it must not) */
    uint32_t yielded;     /* after unpinning: a check yielded */
    uint32_t done;
} pinspin;

/* Asks to be preempted (sysmon does after 10 ms) through the cooperative check alone. */
static void pinned_spinner(void *arg) {
    pinspin *s = arg;
    sync__runtime_procPin();
    goc_p *pp = goc_getm()->p;
    uint32_t tick = pp->schedtick;
    int64_t end = goc_nanotime() + 50 * 1000000;
    while (goc_nanotime() < end) {
        GOC_PREEMPT_CHECK();
        if (goc_getm()->p != pp || pp->schedtick != tick)
            s->tickchanged = 1;
    }
    sync__runtime_procUnpin();
    end = goc_nanotime() + 5 * (int64_t)1000000000;
    while (goc_nanotime() < end && !s->yielded) {
        tick = goc_getm()->p->schedtick;
        GOC_PREEMPT_CHECK();
        if (goc_getm()->p->schedtick != tick)
            s->yielded = 1;
    }
    goc_semrelease(&s->done, false);
}

START_TEST(test_pin_keeps_p) {
    goc_GOMAXPROCS(1);
    pinspin *s = goc_alloc(sizeof *s, true);
    tu_go(pinned_spinner, s);
    goc_semacquire(&s->done, false, NULL);
    ck_assert_uint_eq(s->tickchanged, 0);
    ck_assert_uint_eq(s->yielded, 1);
}
END_TEST

Suite *sync_hooks_suite(void) {
    Suite *s = suite_create("sync_hooks");
    TCase *tc = tcase_create("core");
    tcase_set_timeout(tc, 60);
    tcase_add_test(tc, test_semaphores);
    tcase_add_test(tc, test_wait_reasons_and_throws);
    tcase_add_test(tc, test_misc);
    tcase_add_test(tc, test_pins_exclusive);
    tcase_add_test(tc, test_pin_keeps_p);
    suite_add_tcase(s, tc);
    return s;
}
