/*
 * tests/check_proc.c — goroutines (runtime/proc.c, time.c): NumGoroutine,
 * a goroutine's panic ending the process with gc's report and status 2,
 * main returning while a goroutine panics, the deadlock detector (report
 * with every goroutine's wait reason, after the last runnable goroutine
 * exits, never while one sleeps), Goexit (deferred calls run, main's
 * Goexit), GOMAXPROCS, go of a nil func, 10,000
 * goroutines blocked at once, parked goroutines' stacks scanned by the
 * collector, and the map runtime's "concurrent map writes" detector under
 * real racing goroutines.
 */
#include <check.h>
#include <pthread.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include <goc.h>
#include "linkname.h"

#include "testutil.h"

TU_CHANTYPE(proc_chan_int, &goc_type_int, "chan int");
#define proc_chan_int (proc_chan_int_desc.d.Type)

static bool numg_atleast(void *arg) {
    return goc_NumGoroutine() >= *(goc_int *)arg;
}
static bool numg_atmost(void *arg) {
    return goc_NumGoroutine() <= *(goc_int *)arg;
}

static void wait_on(void *arg) {
    goc_chanrecv1(arg, NULL);
}

START_TEST(test_numgoroutine) {
    ck_assert_int_eq(goc_NumGoroutine(), 1);
    goc_hchan *c = goc_makechan(&proc_chan_int, 0);
    for (int i = 0; i < 5; i++)
        tu_go(wait_on, c);
    ck_assert_int_eq(goc_NumGoroutine(), 6); /* counted from the go statement on */
    goc_closechan(c);
    goc_int one = 1;
    ck_assert(tu_eventually(numg_atmost, &one));
    ck_assert_int_eq(goc_NumGoroutine(), 1);
}
END_TEST

/* ---- panics in goroutines ------------------------------------------------------------ */

static const goc_string boom = GOC_STR("boom");

static void panicker(void *unused) {
    (void)unused;
    goc_gopanic((goc_eface){&goc_type_string, (void *)&boom});
}

static void main_with_panicking_goroutine(void *unused) {
    (void)unused;
    tu_go(panicker, NULL);
    goc_block(); /* main blocks; the goroutine's panic ends the process */
}

START_TEST(test_goroutine_panic) {
    tu_capture c;
    tu_run_tb(&c, main_with_panicking_goroutine, NULL, NULL);
    ck_assert_int_eq(c.status, 2);
    ck_assert_msg(tu_hasprefix(c.err, "panic: boom\n\ngoroutine 17 [running]:\n"), "%s", c.err);
    tu_run_tb(&c, main_with_panicking_goroutine, NULL, "none");
    ck_assert_int_eq(c.status, 2);
    ck_assert_str_eq(c.err, "panic: boom\n");
}
END_TEST

/* Faults in goroutines: a nil dereference is a panic, running off the (small) stack gc's overflow report. */
static volatile int depthlimit = 1 << 30; /* never reached: the stack ends first */

static int recurse(int n) {
    volatile char pad[256];
    pad[0] = (char)n;
    if (n >= depthlimit)
        return 0;
    return recurse(n + 1) + pad[0];
}

static void overflow(void *unused) {
    (void)unused;
    recurse(0);
}

static void nilderef(void *unused) {
    (void)unused;
    volatile goc_int *volatile p = NULL;
    *p = 1;
}

static void main_with(void *fn) {
    tu_go((void (*)(void *))fn, NULL);
    goc_block();
}

START_TEST(test_goroutine_faults) {
#if defined(__SANITIZE_ADDRESS__)
    return; /* ASan's own SIGSEGV handling and stack checks get there first */
#endif
    tu_capture c;
    tu_run_tb(&c, main_with, (void *)overflow, NULL);
    ck_assert_int_eq(c.status, 2);
    ck_assert_msg(tu_hasprefix(c.err, "runtime: goroutine stack exceeds "), "%s", c.err);
    ck_assert_msg(strstr(c.err, "\nfatal error: stack overflow\n\ngoroutine 17 [running]:\n") != NULL, "%s", c.err);
    tu_run_tb(&c, main_with, (void *)nilderef, NULL);
    ck_assert_int_eq(c.status, 2);
    ck_assert_msg(tu_hasprefix(c.err, "panic: runtime error: invalid memory address or nil pointer dereference\n"
                                     "[signal SIGSEGV: segmentation violation code="), "%s", c.err);
    ck_assert_msg(strstr(c.err, "\n\ngoroutine 17 [running]:\n") != NULL, "%s", c.err);
}
END_TEST

/* A goroutine that signals main from a deferred call, then dies of its panic:
   main returning from goc_main must not win with exit status 0. */
static uint32_t racesema; /* a runtime semaphore, as sync.WaitGroup uses one */

static void done_deferred(goc_func *f) {
    (void)f;
    goc_semrelease(&racesema, false);
}
static const goc_func done_closure = {(void (*)(void))done_deferred};

static void panic_after_done(void *unused) {
    (void)unused;
    goc_frame fr;
    goc_frame_enter(&fr);
    if (setjmp(fr.jb) == 0) {
        goc_deferproc(&fr, (goc_func *)&done_closure);
        goc_gopanic((goc_eface){&goc_type_string, (void *)&boom});
    }
    goc_deferreturn(&fr);
}

static void racemain(void) {
    tu_go(panic_after_done, NULL);
    goc_semacquire(&racesema, false, "semacquire");
}

static void run_racemain(void *unused) {
    (void)unused;
    goc_main(0, NULL, NULL, racemain);
}

START_TEST(test_main_returns_during_panic) {
    for (int i = 0; i < 5; i++) {
        tu_capture c;
        tu_run_tb(&c, run_racemain, NULL, NULL);
        ck_assert_int_eq(c.status, 2);
        ck_assert_msg(tu_hasprefix(c.err, "panic: boom\n\ngoroutine 17 [running]:\n"), "%s", c.err);
    }
}
END_TEST

/* ---- the deadlock detector ------------------------------------------------------------ */

static uint32_t heldsema; /* never released: like a sync.Mutex held by main */

static void send_nil(void *unused) {
    (void)unused;
    goc_int v = 0;
    goc_chansend1(NULL, &v);
}
static void lock_held(void *unused) {
    (void)unused;
    goc_semacquire(&heldsema, false, "sync.Mutex.Lock");
}

static void deadlock_many(void *unused) {
    (void)unused;
    tu_go(send_nil, NULL);
    goc_timeSleep(20 * 1000000); /* keep the goroutine numbers in order */
    tu_go(lock_held, NULL);
    goc_timeSleep(20 * 1000000);
    goc_chanrecv1(goc_makechan(&proc_chan_int, 0), NULL);
}

START_TEST(test_deadlock_report) {
    tu_capture c;
    tu_run_tb(&c, deadlock_many, NULL, NULL);
    ck_assert_int_eq(c.status, 2);
    /* every goroutine's stack, the blocked ones' taken by their threads (traceback.c) */
    ck_assert_str_eq(c.err, "fatal error: all goroutines are asleep - deadlock!\n"
                            "\ngoroutine 1 [chan receive]:\nmain.main()\n\t/goc/tests/main.go:2\n"
                            "\ngoroutine 17 [chan send (nil chan)]:\n" TU_GOFRAMES
                            "\ngoroutine 18 [sync.Mutex.Lock]:\n" TU_GOFRAMES);
    tu_run_tb(&c, deadlock_many, NULL, "none");
    ck_assert_int_eq(c.status, 2);
    ck_assert_str_eq(c.err, "fatal error: all goroutines are asleep - deadlock!\n");
}
END_TEST

static void just_exit(void *unused) {
    (void)unused;
    goc_timeSleep(10 * 1000000);
}

/* The last goroutine that could have sent exits: deadlock, detected at its exit. */
static void deadlock_after_exit(void *unused) {
    (void)unused;
    tu_go(just_exit, NULL);
    goc_chanrecv1(goc_makechan(&proc_chan_int, 0), NULL);
}

START_TEST(test_deadlock_after_exit) {
    tu_capture c;
    tu_run_tb(&c, deadlock_after_exit, NULL, NULL);
    ck_assert_int_eq(c.status, 2);
    ck_assert_msg(tu_hasprefix(c.err, "fatal error: all goroutines are asleep - deadlock!\n\ngoroutine 1 [chan receive]:\n"),
                  "%s", c.err);
}
END_TEST

/* Sleeping goroutines are not asleep: main waits for a slow chain of them. */
static void slow_relay(void *arg) {
    goc_hchan **cs = arg;
    goc_timeSleep(15 * 1000000);
    goc_int v = 0;
    goc_chanrecv1(cs[0], &v);
    goc_timeSleep(15 * 1000000);
    v++;
    goc_chansend1(cs[1], &v);
}

START_TEST(test_sleepers_are_not_deadlocked) {
    goc_hchan **cs = goc_alloc(2 * sizeof *cs, true);
    cs[0] = goc_makechan(&proc_chan_int, 0);
    cs[1] = goc_makechan(&proc_chan_int, 0);
    tu_go(slow_relay, cs);
    goc_int v = 41;
    goc_chansend1(cs[0], &v);
    goc_chanrecv1(cs[1], &v);
    ck_assert_int_eq(v, 42);
}
END_TEST

/* ---- Goexit ------------------------------------------------------------------------------ */

typedef struct deferrec {
    void (*fn)(void);
    goc_hchan *c;
    goc_int v;
} deferrec;

static void send_v(goc_func *f) {
    deferrec *d = (deferrec *)f;
    goc_chansend1(d->c, &d->v);
}

static goc_func *deferred_send(goc_hchan *c, goc_int v) {
    deferrec *d = goc_alloc(sizeof *d, true);
    d->fn = (void (*)(void))send_v;
    d->c = c;
    d->v = v;
    return (goc_func *)d;
}

static void inner_exits(goc_hchan *c) {
    goc_frame fr;
    goc_frame_enter(&fr);
    if (setjmp(fr.jb) == 0) {
        goc_deferproc(&fr, deferred_send(c, 2));
        goc_deferproc(&fr, deferred_send(c, 3));
        goc_Goexit();
    }
    goc_deferreturn(&fr);
    goc_int bad = -1; /* never reached */
    goc_chansend1(c, &bad);
}

static void outer(void *arg) {
    goc_hchan *c = arg;
    goc_frame fr;
    goc_frame_enter(&fr);
    if (setjmp(fr.jb) == 0) {
        goc_deferproc(&fr, deferred_send(c, 1));
        inner_exits(c);
        goc_int bad = -2;
        goc_chansend1(c, &bad);
    }
    goc_deferreturn(&fr);
    goc_int bad = -3;
    goc_chansend1(c, &bad);
}

START_TEST(test_goexit_runs_defers) {
    goc_hchan *c = goc_makechan(&proc_chan_int, 10);
    tu_go(outer, c);
    goc_int want[3] = {3, 2, 1};
    for (int i = 0; i < 3; i++) {
        goc_int v = 0;
        goc_chanrecv1(c, &v);
        ck_assert_int_eq(v, want[i]);
    }
    goc_int one = 1;
    ck_assert(tu_eventually(numg_atmost, &one));
    goc_timeSleep(10 * 1000000);
    ck_assert_int_eq(goc_chanlen(c), 0); /* nothing after Goexit ran */
}
END_TEST

static void print_done(void *unused) {
    (void)unused;
    goc_timeSleep(20 * 1000000);
    goc_printlock();
    goc_printstring(GOC_STR("other goroutine done"));
    goc_printnl();
    goc_printunlock();
}

static void main_goexit(void *unused) {
    (void)unused;
    tu_go(print_done, NULL);
    goc_Goexit();
}

START_TEST(test_goexit_main) {
    tu_capture c;
    tu_run_tb(&c, main_goexit, NULL, NULL);
    ck_assert_int_eq(c.status, 2);
    ck_assert_str_eq(c.err, "other goroutine done\nfatal error: no goroutines (main called runtime.Goexit) - deadlock!\n");
}
END_TEST

/* ---- GOMAXPROCS, go nil --------------------------------------------------------- */

static void print_gomaxprocs(void *unused) {
    (void)unused;
    setenv("GOMAXPROCS", "3", 1);
    goc_printlock();
    goc_printint(goc_GOMAXPROCS(0));
    goc_printnl();
    goc_printunlock();
}

START_TEST(test_gomaxprocs) {
    tu_capture c; /* first: the child must read $GOMAXPROCS itself */
    tu_run_tb(&c, print_gomaxprocs, NULL, NULL);
    ck_assert_int_eq(c.status, 0);
    ck_assert_str_eq(c.err, "3\n");
    goc_int n = goc_GOMAXPROCS(0);
    if (getenv("GOMAXPROCS") == NULL)
        ck_assert_int_eq(n, goc_NumCPU());
    ck_assert_int_ge(n, 1);
    ck_assert_int_eq(goc_GOMAXPROCS(5), n);
    ck_assert_int_eq(goc_GOMAXPROCS(-1), 5);
    ck_assert_int_eq(goc_GOMAXPROCS(0), 5);
}
END_TEST

static void go_nil(void *unused) {
    (void)unused;
    goc_newproc(NULL);
}

START_TEST(test_go_nil_func) {
    tu_capture c;
    tu_run_tb(&c, go_nil, NULL, NULL);
    ck_assert_int_eq(c.status, 2);
    ck_assert_msg(tu_hasprefix(c.err, "fatal error: go of nil func value\n\ngoroutine 1 [running]:\n"), "%s", c.err);
}
END_TEST

/* ---- many goroutines, GC ---------------------------------------------------------------- */

typedef struct blocked {
    goc_hchan *gate;
    uint32_t done; /* a semaphore released by each goroutine */
    goc_int sum;   /* atomic */
} blocked;

static void block_then_count(void *arg) {
    blocked *b = arg;
    goc_int v = 0;
    goc_chanrecv1(b->gate, &v);
    __atomic_add_fetch(&b->sum, v + 1, __ATOMIC_SEQ_CST);
    goc_semrelease(&b->done, false);
}

/* 10,000 goroutines blocked on one channel at the same time. */
START_TEST(test_10k_blocked) {
    goc_int n = tu_slow() ? 2000 : 10000;
    blocked *b = goc_alloc(sizeof *b, true);
    b->gate = goc_makechan(&proc_chan_int, 0);
    for (goc_int i = 0; i < n; i++)
        tu_go(block_then_count, b);
    ck_assert_int_eq(goc_NumGoroutine(), n + 1);
    /* Half of them get a value, the other half are released by close. */
    for (goc_int i = 0; i < n / 2; i++)
        goc_chansend1(b->gate, &i);
    goc_closechan(b->gate);
    for (goc_int i = 0; i < n; i++)
        goc_semacquire(&b->done, false, "semacquire");
    ck_assert_int_eq(__atomic_load_n(&b->sum, __ATOMIC_SEQ_CST), (n / 2) * (n / 2 - 1) / 2 + n);
}
END_TEST

typedef struct held {
    goc_hchan *go, *result;
} held;

/* The only reference to the list is on this goroutine's stack while it is parked. */
static void hold_on_stack(void *arg) {
    held *h = arg;
    goc_int *volatile list[64];
    for (int i = 0; i < 64; i++) {
        list[i] = goc_alloc(16 * sizeof(goc_int), false);
        for (int j = 0; j < 16; j++)
            list[i][j] = i * 100 + j;
    }
    goc_chanrecv1(h->go, NULL);
    goc_int bad = 0;
    for (int i = 0; i < 64; i++)
        for (int j = 0; j < 16; j++)
            bad += list[i][j] != i * 100 + j;
    goc_chansend1(h->result, &bad);
}

/* Many of them: the collector gets parked stacks in batches from stack.c's mark procedure
   (more stacks than a batch, more referents than the mark stack holds at first). */
START_TEST(test_parked_stacks_scanned) {
    const int NG = tu_slow() ? 100 : 2000;
    held *h = goc_alloc(sizeof *h, true);
    h->go = goc_makechan(&proc_chan_int, 0);
    h->result = goc_makechan(&proc_chan_int, NG);
    for (int i = 0; i < NG; i++)
        tu_go(hold_on_stack, h);
    goc_int want = NG + 1;
    ck_assert(tu_eventually(numg_atleast, &want));
    goc_timeSleep(20 * 1000000);
    for (int k = 0; k < 3; k++) {
        goc_GC();
        for (int i = 0; i < 5000; i++) /* would reuse wrongly freed blocks */
            memset(goc_alloc(16 * sizeof(goc_int), false), 0xEE, 16 * sizeof(goc_int));
    }
    goc_closechan(h->go);
    for (int i = 0; i < NG; i++) {
        goc_int bad = -1;
        goc_chanrecv1(h->result, &bad);
        ck_assert_int_eq(bad, 0);
    }
}
END_TEST

/* ---- M:N: many goroutines on few threads ---------------------------------------------------- */

/* Threads of this process (/proc/self/status). */
static int nthreads(void) {
    FILE *f = fopen("/proc/self/status", "r");
    char line[256];
    int n = -1;
    while (f != NULL && fgets(line, sizeof line, f) != NULL)
        if (sscanf(line, "Threads: %d", &n) == 1)
            break;
    if (f != NULL)
        fclose(f);
    return n;
}

/* 10^5 goroutines parked at once run on GOMAXPROCS worker threads plus sysmon. */
START_TEST(test_many_goroutines_few_threads) {
    goc_int n = tu_slow() ? 10000 : 100000;
    blocked *b = goc_alloc(sizeof *b, true);
    b->gate = goc_makechan(&proc_chan_int, 0);
    for (goc_int i = 0; i < n; i++)
        tu_go(block_then_count, b);
    goc_int want = n + 1;
    ck_assert(tu_eventually(numg_atleast, &want));
    int threads = nthreads();
    /* GOMAXPROCS workers, the main thread, sysmon, Boehm's markers, and an M
       or two started for a P handed off around a blocking call (a full
       make check saw 7 with GOMAXPROCS 2 once): a few, never one a goroutine. */
    ck_assert_msg(threads > 0 && threads <= goc_GOMAXPROCS(0) + 6, "%d threads for %ld goroutines", threads, (long)n);
    goc_closechan(b->gate);
    tu_semawait(&b->done, n);
    ck_assert_int_eq(__atomic_load_n(&b->sum, __ATOMIC_SEQ_CST), n);
}
END_TEST

typedef struct piper {
    int fd;
    goc_int n;      /* bytes read */
    goc_int ticks;  /* progress of the other goroutine (atomic) */
    goc_int stop;
    uint32_t wg; /* a semaphore released by each goroutine */
} piper;

static void pipe_reader(void *arg) {
    piper *p = arg;
    char buf[16];
    /* as syscall.Syscall does it (the hooks of runtime/syscall.c): blocks in the kernel */
    runtime__entersyscall();
    p->n = (goc_int)read(p->fd, buf, sizeof buf);
    runtime__exitsyscall();
    goc_semrelease(&p->wg, false);
}

static void ticker(void *arg) {
    piper *p = arg;
    goc_hchan *c = goc_makechan(&proc_chan_int, 1);
    while (__atomic_load_n(&p->stop, __ATOMIC_SEQ_CST) == 0) {
        goc_int v = 1;
        goc_chansend1(c, &v);
        goc_chanrecv1(c, &v);
        __atomic_add_fetch(&p->ticks, 1, __ATOMIC_SEQ_CST);
        goc_Gosched();
    }
    goc_semrelease(&p->wg, false);
}

/* With one P, a goroutine blocked in read(2) does not stop the others: sysmon hands its P off. */
START_TEST(test_syscall_hands_off_p) {
    goc_GOMAXPROCS(1);
    int fds[2];
    ck_assert_int_eq(pipe(fds), 0);
    piper *p = goc_alloc(sizeof *p, true);
    p->fd = fds[0];
    tu_go(pipe_reader, p);
    goc_timeSleep(20 * 1000000); /* the reader is in read(2) now */
    tu_go(ticker, p);
    goc_timeSleep(50 * 1000000);
    ck_assert_int_gt(__atomic_load_n(&p->ticks, __ATOMIC_SEQ_CST), 10);
    ck_assert_int_eq(write(fds[1], "hello", 5), 5);
    __atomic_store_n(&p->stop, 1, __ATOMIC_SEQ_CST);
    tu_semawait(&p->wg, 2);
    ck_assert_int_eq(p->n, 5);
    close(fds[0]);
    close(fds[1]);
}
END_TEST

typedef struct lockrec {
    pthread_t self[4];
    goc_hchan *c;
    int same;
    int others;     /* other goroutines seen on the locked thread */
    goc_int stop;
    uint32_t wg; /* a semaphore released by each goroutine */
} lockrec;

static void locked_one(void *arg) {
    lockrec *r = arg;
    goc_LockOSThread();
    for (int i = 0; i < 4; i++) {
        r->self[i] = pthread_self();
        goc_timeSleep(2 * 1000000);
        goc_int v;
        goc_chanrecv1(r->c, &v);
    }
    r->same = pthread_equal(r->self[0], r->self[1]) && pthread_equal(r->self[0], r->self[2]) &&
              pthread_equal(r->self[0], r->self[3]) && pthread_equal(r->self[0], pthread_self());
    goc_UnlockOSThread();
    __atomic_store_n(&r->stop, 1, __ATOMIC_SEQ_CST);
    goc_semrelease(&r->wg, false);
}

static void unlocked_many(void *arg) {
    lockrec *r = arg;
    while (__atomic_load_n(&r->stop, __ATOMIC_SEQ_CST) == 0) {
        if (pthread_equal(pthread_self(), r->self[0]))
            __atomic_add_fetch(&r->others, 1, __ATOMIC_SEQ_CST);
        goc_timeSleep(100000);
    }
    goc_semrelease(&r->wg, false);
}

/* A locked goroutine always resumes on its thread, and nobody else runs there meanwhile. */
START_TEST(test_lockosthread) {
    lockrec *r = goc_alloc(sizeof *r, true);
    r->c = goc_makechan(&proc_chan_int, 0);
    tu_go(locked_one, r);
    goc_timeSleep(5 * 1000000);
    for (int i = 0; i < 4; i++)
        tu_go(unlocked_many, r);
    for (goc_int i = 0; i < 4; i++) {
        goc_timeSleep(3 * 1000000);
        goc_chansend1(r->c, &i);
    }
    tu_semawait(&r->wg, 5);
    ck_assert(r->same);
    ck_assert_int_eq(r->others, 0);
}
END_TEST

/* ---- concurrent map writes ------------------------------------------------------------------ */

TU_MAP(racemap_t, "map[int64]int64", int64_t, int64_t, &goc_type_int64, &goc_type_int64, &goc_memhash64_f,
       GOC_MAPF_REFLEXIVEKEY);
#define racemap_t (racemap_t_desc.d)

static void hammer(void *arg) {
    goc_hmap *m = arg;
    for (uint64_t i = 0;; i++)
        *(int64_t *)goc_mapassign_fast64(&racemap_t, m, i & 1023) = (int64_t)i;
}

/* Two goroutines write one map in a loop (the program of gc's detector example). */
static void map_race(void *unused) {
    (void)unused;
    goc_hmap *m = goc_makemap(&racemap_t, 0, NULL);
    tu_go(hammer, m);
    tu_go(hammer, m);
    goc_timeSleep(5 * (int64_t)1000000000); /* caught long before this */
}

START_TEST(test_concurrent_map_writes) {
    int caught = 0;
    for (int run = 0; run < 10; run++) {
        tu_capture c;
        tu_run_tb(&c, map_race, NULL, NULL);
        if (c.status == 2 && tu_hasprefix(c.err, "fatal error: concurrent map writes\n"))
            caught++;
    }
    ck_assert_msg(caught >= 9, "concurrent map writes detected in %d of 10 runs", caught);
}
END_TEST

Suite *proc_suite(void) {
    Suite *s = suite_create("proc");
    TCase *tc = tcase_create("core");
    tcase_set_timeout(tc, 120);
    tcase_add_test(tc, test_numgoroutine);
    tcase_add_test(tc, test_goroutine_panic);
    tcase_add_test(tc, test_goroutine_faults);
    tcase_add_test(tc, test_main_returns_during_panic);
    tcase_add_test(tc, test_deadlock_report);
    tcase_add_test(tc, test_deadlock_after_exit);
    tcase_add_test(tc, test_sleepers_are_not_deadlocked);
    tcase_add_test(tc, test_goexit_runs_defers);
    tcase_add_test(tc, test_goexit_main);
    tcase_add_test(tc, test_gomaxprocs);
    tcase_add_test(tc, test_go_nil_func);
    tcase_add_test(tc, test_10k_blocked);
    tcase_add_test(tc, test_parked_stacks_scanned);
    tcase_add_test(tc, test_many_goroutines_few_threads);
    tcase_add_test(tc, test_syscall_hands_off_p);
    tcase_add_test(tc, test_lockosthread);
    tcase_add_test(tc, test_concurrent_map_writes);
    suite_add_tcase(s, tc);
    return s;
}
