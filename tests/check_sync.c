/*
 * tests/check_sync.c — sync (runtime/sync.c): gc's struct sizes, Mutex
 * mutual exclusion under contention, TryLock, misuse fatal errors and
 * deadlocks with gc's wait reasons, RWMutex (readers together, writers
 * alone), WaitGroup (waiting, misuse panics), Once (once under races, a
 * panicking f counts as done), Cond (Signal wakes one, Broadcast all, copy
 * detection), raw semaphores, and sync/atomic.
 */
#include <check.h>
#include <stdio.h>
#include <string.h>

#include <goc.h>

#include "linkname.h"
#include "testutil.h"

START_TEST(test_sizes) {
    ck_assert_int_eq(sizeof(goc_sync_Mutex), 8);
    ck_assert_int_eq(sizeof(goc_sync_RWMutex), 24);
    ck_assert_int_eq(sizeof(goc_sync_WaitGroup), 16);
    ck_assert_int_eq(sizeof(goc_sync_Once), 12);
    ck_assert_int_eq(sizeof(goc_sync_Cond), 56);
}
END_TEST

/* ---- Mutex ------------------------------------------------------------------------------ */

typedef struct counter {
    goc_sync_Mutex mu;
    goc_sync_RWMutex rw;
    goc_sync_WaitGroup wg;
    goc_int n;        /* protected by mu (or rw) */
    goc_int inside;   /* goroutines inside the critical section (atomic) */
    goc_int maxinside;
    goc_int iters;
} counter;

static void note_inside(counter *c) {
    goc_int k = goc_atomic_AddInt64(&c->inside, 1);
    goc_int m;
    while (k > (m = goc_atomic_LoadInt64(&c->maxinside)) && !goc_atomic_CompareAndSwapInt64(&c->maxinside, m, k))
        ;
}

static void mutex_worker(void *arg) {
    counter *c = arg;
    for (goc_int i = 0; i < c->iters; i++) {
        goc_sync_Mutex_Lock(&c->mu);
        note_inside(c);
        goc_int v = c->n;
        if (i % 64 == 0)
            goc_Gosched(); /* widen the window a race would need */
        c->n = v + 1;
        goc_atomic_AddInt64(&c->inside, -1);
        goc_sync_Mutex_Unlock(&c->mu);
    }
    goc_sync_WaitGroup_Done(&c->wg);
}

START_TEST(test_mutex_counter) {
    enum { NG = 8 };
    counter *c = goc_alloc(sizeof *c, true);
    c->iters = tu_scale_slow(20000, 20);
    goc_sync_WaitGroup_Add(&c->wg, NG);
    for (int i = 0; i < NG; i++)
        tu_go(mutex_worker, c);
    goc_sync_WaitGroup_Wait(&c->wg);
    ck_assert_int_eq(c->n, NG * c->iters);
    ck_assert_int_eq(c->maxinside, 1);
    ck_assert_int_eq(c->mu.state, 0); /* unlocked, no waiters, not starving */
}
END_TEST

START_TEST(test_mutex_trylock) {
    goc_sync_Mutex mu = {0};
    ck_assert(goc_sync_Mutex_TryLock(&mu));
    ck_assert(!goc_sync_Mutex_TryLock(&mu));
    goc_sync_Mutex_Unlock(&mu);
    goc_sync_Mutex_Lock(&mu);
    ck_assert(!goc_sync_Mutex_TryLock(&mu));
    goc_sync_Mutex_Unlock(&mu);
    ck_assert(goc_sync_Mutex_TryLock(&mu));
    goc_sync_Mutex_Unlock(&mu);
}
END_TEST

/* A lock held across a sleep: the waiter parks (it does not spin forever) and gets it. */
static void hold_then_unlock(void *arg) {
    counter *c = arg;
    goc_timeSleep(30 * 1000000);
    c->n = 99;
    goc_sync_Mutex_Unlock(&c->mu);
}

START_TEST(test_mutex_handoff_between_goroutines) {
    counter *c = goc_alloc(sizeof *c, true);
    goc_sync_Mutex_Lock(&c->mu);
    tu_go(hold_then_unlock, c); /* Go allows unlocking in another goroutine */
    goc_sync_Mutex_Lock(&c->mu);
    ck_assert_int_eq(c->n, 99);
    goc_sync_Mutex_Unlock(&c->mu);
}
END_TEST

static void unlock_unlocked(void *unused) {
    (void)unused;
    goc_sync_Mutex mu = {0};
    goc_sync_Mutex_Unlock(&mu);
}
static void lock_twice(void *unused) {
    (void)unused;
    static goc_sync_Mutex mu;
    goc_sync_Mutex_Lock(&mu);
    goc_sync_Mutex_Lock(&mu);
}
static void runlock_unlocked(void *unused) {
    (void)unused;
    goc_sync_RWMutex rw = {0};
    goc_sync_RWMutex_RUnlock(&rw);
}
static void rwunlock_unlocked(void *unused) {
    (void)unused;
    goc_sync_RWMutex rw = {0};
    goc_sync_RWMutex_Unlock(&rw);
}
static void rlock_under_writer(void *unused) {
    (void)unused;
    static goc_sync_RWMutex rw;
    goc_sync_RWMutex_Lock(&rw);
    goc_sync_RWMutex_RLock(&rw);
}
static void lock_under_reader(void *unused) {
    (void)unused;
    static goc_sync_RWMutex rw;
    goc_sync_RWMutex_RLock(&rw);
    goc_sync_RWMutex_Lock(&rw);
}

static void expect_fatal(void (*fn)(void *), const char *text) {
    tu_capture c;
    tu_run_tb(&c, fn, NULL, NULL);
    ck_assert_int_eq(c.status, 2);
    ck_assert_msg(tu_hasprefix(c.err, text), "got %s", c.err);
}

START_TEST(test_misuse_fatal) {
    expect_fatal(unlock_unlocked, "fatal error: sync: unlock of unlocked mutex\n\ngoroutine 1 [running]:\n");
    expect_fatal(runlock_unlocked, "fatal error: sync: RUnlock of unlocked RWMutex\n\ngoroutine 1 [running]:\n");
    expect_fatal(rwunlock_unlocked, "fatal error: sync: Unlock of unlocked RWMutex\n\ngoroutine 1 [running]:\n");
    expect_fatal(lock_twice, "fatal error: all goroutines are asleep - deadlock!\n\ngoroutine 1 [sync.Mutex.Lock]:\n");
    expect_fatal(rlock_under_writer,
                 "fatal error: all goroutines are asleep - deadlock!\n\ngoroutine 1 [sync.RWMutex.RLock]:\n");
    expect_fatal(lock_under_reader,
                 "fatal error: all goroutines are asleep - deadlock!\n\ngoroutine 1 [sync.RWMutex.Lock]:\n");
}
END_TEST

/* ---- RWMutex ---------------------------------------------------------------------------- */

typedef struct rwtest {
    goc_sync_RWMutex rw;
    goc_hchan *in, *out;
} rwtest;

TU_CHANTYPE(sync_chan_int, &goc_type_int, "chan int");
#define sync_chan_int (sync_chan_int_desc.d.Type)

/* A reader that holds its read lock until told to let go. */
static void reader_holding(void *arg) {
    rwtest *t = arg;
    goc_sync_RWMutex_RLock(&t->rw);
    goc_int v = 1;
    goc_chansend1(t->out, &v);  /* "I hold it" */
    goc_chanrecv1(t->in, NULL); /* wait for release */
    goc_sync_RWMutex_RUnlock(&t->rw);
}

static void writer(void *arg) {
    rwtest *t = arg;
    goc_sync_RWMutex_Lock(&t->rw);
    goc_int v = 2;
    goc_chansend1(t->out, &v);
    goc_sync_RWMutex_Unlock(&t->rw);
}

START_TEST(test_rwmutex_readers_share) {
    rwtest *t = goc_alloc(sizeof *t, true);
    t->in = goc_makechan(&sync_chan_int, 0);
    t->out = goc_makechan(&sync_chan_int, 0);
    /* Two readers hold the lock at the same time. */
    tu_go(reader_holding, t);
    tu_go(reader_holding, t);
    goc_int v;
    goc_chanrecv1(t->out, &v);
    goc_chanrecv1(t->out, &v);
    ck_assert(!goc_sync_RWMutex_TryLock(&t->rw));
    ck_assert(goc_sync_RWMutex_TryRLock(&t->rw)); /* a third reader is welcome */
    goc_sync_RWMutex_RUnlock(&t->rw);
    /* A writer waits for both readers; while it waits, new readers are refused. */
    tu_go(writer, t);
    goc_timeSleep(20 * 1000000);
    ck_assert(!goc_sync_RWMutex_TryRLock(&t->rw));
    bool ok;
    ck_assert(!goc_selectnbrecv(t->out, &v, &ok)); /* the writer is still waiting */
    goc_chansend1(t->in, NULL);
    goc_chansend1(t->in, NULL);
    goc_chanrecv1(t->out, &v);
    ck_assert_int_eq(v, 2);
    goc_int one = 1;
    (void)one;
}
END_TEST

static void rw_worker(void *arg) {
    counter *c = arg;
    for (goc_int i = 0; i < c->iters; i++) {
        if (i % 4 == 0) {
            goc_sync_RWMutex_Lock(&c->rw);
            note_inside(c);
            goc_int v = c->n;
            goc_Gosched();
            c->n = v + 1;
            goc_atomic_AddInt64(&c->inside, -1);
            goc_sync_RWMutex_Unlock(&c->rw);
        } else {
            goc_sync_RWMutex_RLock(&c->rw);
            goc_int v = c->n; /* readers see a stable value */
            goc_Gosched();
            ck_assert_int_eq(v, c->n);
            goc_sync_RWMutex_RUnlock(&c->rw);
        }
    }
    goc_sync_WaitGroup_Done(&c->wg);
}

START_TEST(test_rwmutex_writers_exclusive) {
    enum { NG = 6 };
    counter *c = goc_alloc(sizeof *c, true);
    c->iters = tu_scale_slow(4000, 20);
    goc_sync_WaitGroup_Add(&c->wg, NG);
    for (int i = 0; i < NG; i++)
        tu_go(rw_worker, c);
    goc_sync_WaitGroup_Wait(&c->wg);
    ck_assert_int_eq(c->n, NG * ((c->iters + 3) / 4));
    ck_assert_int_eq(c->maxinside, 1);
    ck_assert_int_eq(c->rw.readerCount, 0);
}
END_TEST

/* ---- WaitGroup ------------------------------------------------------------------------------ */

static void wg_done_later(void *arg) {
    counter *c = arg;
    goc_timeSleep(5 * 1000000);
    goc_atomic_AddInt64(&c->n, 1);
    goc_sync_WaitGroup_Done(&c->wg);
}

START_TEST(test_waitgroup) {
    goc_sync_WaitGroup zero = {0};
    goc_sync_WaitGroup_Wait(&zero); /* counter 0: returns at once */
    counter *c = goc_alloc(sizeof *c, true);
    for (int round = 0; round < 3; round++) { /* reusable once Wait returned */
        goc_sync_WaitGroup_Add(&c->wg, 10);
        for (int i = 0; i < 10; i++)
            tu_go(wg_done_later, c);
        goc_sync_WaitGroup_Wait(&c->wg);
        ck_assert_int_eq(goc_atomic_LoadInt64(&c->n), 10 * (round + 1));
        ck_assert_int_eq(c->wg.state, 0);
    }
}
END_TEST

static void wg_negative(void *unused) {
    (void)unused;
    goc_sync_WaitGroup wg = {0};
    goc_sync_WaitGroup_Add(&wg, 1);
    goc_sync_WaitGroup_Done(&wg);
    goc_sync_WaitGroup_Done(&wg);
}
static void wg_forever(void *unused) {
    (void)unused;
    goc_sync_WaitGroup wg = {0};
    goc_sync_WaitGroup_Add(&wg, 1);
    goc_sync_WaitGroup_Wait(&wg);
}

START_TEST(test_waitgroup_misuse) {
    expect_fatal(wg_negative, "panic: sync: negative WaitGroup counter\n\ngoroutine 1 [running]:\n");
    expect_fatal(wg_forever, "fatal error: all goroutines are asleep - deadlock!\n\ngoroutine 1 [semacquire]:\n");
}
END_TEST

/* ---- Once ------------------------------------------------------------------------------------- */

typedef struct oncetest {
    void (*fn)(void); /* the closure's function: increments calls */
    goc_sync_Once once;
    goc_int calls;
    goc_sync_WaitGroup wg;
} oncetest;

static void once_body(goc_func *f) {
    oncetest *o = (oncetest *)f;
    goc_timeSleep(5 * 1000000); /* the other callers must wait for us */
    goc_atomic_AddInt64(&o->calls, 1);
}

static void once_caller(void *arg) {
    oncetest *o = arg;
    goc_sync_Once_Do(&o->once, (goc_func *)o);
    ck_assert_int_eq(goc_atomic_LoadInt64(&o->calls), 1); /* Do returns after f returned */
    goc_sync_WaitGroup_Done(&o->wg);
}

START_TEST(test_once) {
    oncetest *o = goc_alloc(sizeof *o, true);
    o->fn = (void (*)(void))once_body;
    goc_sync_WaitGroup_Add(&o->wg, 8);
    for (int i = 0; i < 8; i++)
        tu_go(once_caller, o);
    goc_sync_WaitGroup_Wait(&o->wg);
    goc_sync_Once_Do(&o->once, (goc_func *)o);
    ck_assert_int_eq(o->calls, 1);
}
END_TEST

static const goc_string oncepanic = GOC_STR("once panic");
static int panicf_calls;
static void panicking_f(goc_func *f) {
    (void)f;
    panicf_calls++;
    goc_gopanic((goc_eface){&goc_type_string, (void *)&oncepanic});
}
static const goc_func panicking_closure = {(void (*)(void))panicking_f};

static goc_eface recovered;
static void recover_it(goc_func *f) {
    (void)f;
    recovered = goc_gorecover();
}
static const goc_func recover_closure = {(void (*)(void))recover_it};

static void do_recovering(goc_sync_Once *o) {
    goc_frame fr;
    goc_frame_enter(&fr);
    if (setjmp(fr.jb) == 0) {
        goc_deferproc(&fr, (goc_func *)&recover_closure);
        goc_sync_Once_Do(o, (goc_func *)&panicking_closure);
    }
    goc_deferreturn(&fr);
}

START_TEST(test_once_panic) {
    goc_sync_Once o = {0};
    do_recovering(&o);
    ck_assert_ptr_eq(recovered.data, &oncepanic);
    ck_assert_int_eq(panicf_calls, 1);
    ck_assert_int_eq(o.done, 1);
    ck_assert_int_eq(o.m.state, 0); /* unlocked on the way out */
    goc_sync_Once_Do(&o, (goc_func *)&panicking_closure); /* done: not called again */
    ck_assert_int_eq(panicf_calls, 1);
}
END_TEST

/* ---- Cond ------------------------------------------------------------------------------------- */

/* *sync.Mutex as a sync.Locker: methods Lock, Unlock sorted by name, called with the data word. */
static void locker_lock(void *m) {
    goc_sync_Mutex_Lock(m);
}
static void locker_unlock(void *m) {
    goc_sync_Mutex_Unlock(m);
}
/* sync.Locker: interface { Lock(); Unlock() } */
static const void *const locker_offs[] = {NULL, GOC_NAMEDATA(0, "sync.Locker"), GOC_NAMEDATA(GOC_NAME_EXPORTED, "Lock"),
                                          GOC_NAMEDATA(GOC_NAME_EXPORTED, "Unlock"), &goc_type_func};
static const goc_module locker_mod = {.offs = locker_offs, .noffs = 5};
static const goc_imethod locker_imethods[] = {{2, 4}, {3, 4}};
static const GOC_DESC(goc_interfacetype) locker_desc = {
    &locker_mod, {.Type = GOC_TYPEINIT(16, 8, GOC_INTERFACE, GOC_TFLAG_NAMED, 16, &goc_interequal_f),
                  .PkgPath = {GOC_NAMEDATA(0, "sync")}, .Methods = {(void *)locker_imethods, 2, 2}}};
#define locker_type (locker_desc.d.Type)
TU_PTR(mutexptr_type, "*sync.Mutex", NULL);
#define mutexptr_type (mutexptr_type_desc.d.Type)
static const struct {
    const goc_interfacetype *inter;
    const goc_type *type;
    uint32_t hash;
    void (*fun[2])(void);
} mutex_locker_itab = {&locker_desc.d, &mutexptr_type, 0, {(void (*)(void))locker_lock, (void (*)(void))locker_unlock}};

typedef struct condtest {
    goc_sync_Mutex mu;
    goc_sync_Cond *cond;
    goc_int ready;   /* under mu */
    goc_int woken;   /* atomic */
    goc_sync_WaitGroup wg;
} condtest;

static void cond_waiter(void *arg) {
    condtest *t = arg;
    goc_sync_Mutex_Lock(&t->mu);
    t->ready++;
    goc_sync_Cond_Wait(t->cond); /* returns with mu held again */
    goc_atomic_AddInt64(&t->woken, 1);
    goc_sync_Mutex_Unlock(&t->mu);
    goc_sync_WaitGroup_Done(&t->wg);
}

static bool all_waiting(void *arg) {
    condtest *t = arg;
    goc_sync_Mutex_Lock(&t->mu);
    bool r = t->ready == 5;
    goc_sync_Mutex_Unlock(&t->mu);
    return r;
}

START_TEST(test_cond) {
    condtest *t = goc_alloc(sizeof *t, true);
    t->cond = goc_sync_NewCond((goc_iface){(const goc_itab *)&mutex_locker_itab, &t->mu});
    goc_sync_Cond_Signal(t->cond); /* nobody waiting: a no-op */
    goc_sync_WaitGroup_Add(&t->wg, 5);
    for (int i = 0; i < 5; i++)
        tu_go(cond_waiter, t);
    ck_assert(tu_eventually(all_waiting, t)); /* ready == 5 is set under mu before Wait unlocks it */
    goc_sync_Cond_Signal(t->cond);
    goc_timeSleep(30 * 1000000);
    ck_assert_int_eq(goc_atomic_LoadInt64(&t->woken), 1); /* exactly one */
    goc_sync_Cond_Signal(t->cond);
    goc_timeSleep(30 * 1000000);
    ck_assert_int_eq(goc_atomic_LoadInt64(&t->woken), 2);
    goc_sync_Cond_Broadcast(t->cond); /* the other three */
    goc_sync_WaitGroup_Wait(&t->wg);
    ck_assert_int_eq(t->woken, 5);
}
END_TEST

static void cond_copied(void *unused) {
    (void)unused;
    goc_sync_Mutex mu = {0};
    goc_sync_Cond a = {.L = {(const goc_itab *)&mutex_locker_itab, &mu}};
    goc_sync_Cond_Signal(&a);
    goc_sync_Cond b = a; /* copied after first use */
    goc_sync_Cond_Signal(&b);
}

START_TEST(test_cond_copied) {
    expect_fatal(cond_copied, "panic: sync.Cond is copied\n\ngoroutine 1 [running]:\n");
}
END_TEST

/* ---- semaphores and atomics ----------------------------------------------------------------- */

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

typedef struct atomics {
    int64_t i64;
    uint32_t u32;
    goc_sync_WaitGroup wg;
    goc_int n;
} atomics;

static void atomic_adder(void *arg) {
    atomics *a = arg;
    for (goc_int i = 0; i < a->n; i++) {
        goc_atomic_AddInt64(&a->i64, 2);
        uint32_t old;
        do
            old = goc_atomic_LoadUint32(&a->u32);
        while (!goc_atomic_CompareAndSwapUint32(&a->u32, old, old + 1));
    }
    goc_sync_WaitGroup_Done(&a->wg);
}

START_TEST(test_atomics) {
    atomics *a = goc_alloc(sizeof *a, true);
    a->n = tu_scale_slow(50000, 20);
    goc_sync_WaitGroup_Add(&a->wg, 4);
    for (int i = 0; i < 4; i++)
        tu_go(atomic_adder, a);
    goc_sync_WaitGroup_Wait(&a->wg);
    ck_assert_int_eq(a->i64, 8 * a->n);
    ck_assert_uint_eq(a->u32, 4 * (uint32_t)a->n);
    int32_t x = 6;
    ck_assert_int_eq(goc_atomic_SwapInt32(&x, 12), 6);
    ck_assert_int_eq(goc_atomic_AndInt32(&x, 10), 12); /* returns the old value */
    ck_assert_int_eq(x, 8);
    ck_assert_int_eq(goc_atomic_OrInt32(&x, 3), 8);
    ck_assert_int_eq(x, 11);
    ck_assert(!goc_atomic_CompareAndSwapInt32(&x, 5, 1));
    uint64_t u = 0;
    ck_assert_uint_eq(goc_atomic_AddUint64(&u, (uint64_t)-1), UINT64_MAX); /* wraps like Go */
    void *p = NULL;
    ck_assert(goc_atomic_CompareAndSwapPointer(&p, NULL, &x));
    ck_assert_ptr_eq(goc_atomic_LoadPointer(&p), &x);
}
END_TEST

static void atomic_nil(void *unused) {
    (void)unused;
    goc_atomic_AddInt64(NULL, 1);
}

START_TEST(test_atomic_nil) {
    expect_fatal(atomic_nil, "panic: runtime error: invalid memory address or nil pointer dereference\n");
}
END_TEST

Suite *sync_suite(void) {
    Suite *s = suite_create("sync");
    TCase *tc = tcase_create("core");
    tcase_set_timeout(tc, 60);
    tcase_add_test(tc, test_sizes);
    tcase_add_test(tc, test_mutex_counter);
    tcase_add_test(tc, test_mutex_trylock);
    tcase_add_test(tc, test_mutex_handoff_between_goroutines);
    tcase_add_test(tc, test_misuse_fatal);
    tcase_add_test(tc, test_rwmutex_readers_share);
    tcase_add_test(tc, test_rwmutex_writers_exclusive);
    tcase_add_test(tc, test_waitgroup);
    tcase_add_test(tc, test_waitgroup_misuse);
    tcase_add_test(tc, test_once);
    tcase_add_test(tc, test_once_panic);
    tcase_add_test(tc, test_cond);
    tcase_add_test(tc, test_cond_copied);
    tcase_add_test(tc, test_semaphores);
    tcase_add_test(tc, test_poll_semaphores);
    tcase_add_test(tc, test_atomics);
    tcase_add_test(tc, test_atomic_nil);
    suite_add_tcase(s, tc);
    return s;
}
