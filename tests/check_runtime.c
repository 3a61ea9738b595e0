/*
 * tests/check_runtime.c — process start and exit (runtime/runtime.c):
 * goc_init is idempotent, os.Args mirrors argv, goc_main runs init then main
 * and exits 0, goc_exit exits at once, each thread gets its own goroutine
 * record, GOTRACEBACK is parsed like gc, runtime.getAuxv is the kernel's
 * auxiliary vector (the pairs of /proc/self/auxv up to AT_NULL).
 */
#include "goc_rt.h"
#include "linkname.h"
#include "testutil.h"

#include <fcntl.h>
#include <pthread.h>
#include <signal.h>
#include <stdio.h>

/* /proc/self/cmdline, split at NULs. */
static int cmdline(char ***out) {
    static char buf[65536];
    int fd = open("/proc/self/cmdline", O_RDONLY);
    ck_assert_int_ge(fd, 0);
    ssize_t n = 0, r;
    while ((r = read(fd, buf + n, sizeof buf - 1 - (size_t)n)) > 0)
        n += r;
    close(fd);
    static char *args[256];
    int argc = 0;
    for (ssize_t i = 0; i < n && argc < 256; i += (ssize_t)strlen(buf + i) + 1)
        args[argc++] = buf + i;
    *out = args;
    return argc;
}

START_TEST(test_os_args) {
    char **argv;
    int argc = cmdline(&argv);
    ck_assert_int_eq(goc_os_Args.len, argc);
    ck_assert_int_eq(goc_os_Args.cap, argc);
    goc_string *a = goc_os_Args.ptr;
    for (int i = 0; i < argc; i++) {
        ck_assert_int_eq(a[i].len, (goc_int)strlen(argv[i]));
        ck_assert_int_eq(memcmp(a[i].str, argv[i], (size_t)a[i].len), 0);
    }
}
END_TEST

START_TEST(test_getauxv) {
    static uintptr_t want[512];
    int fd = open("/proc/self/auxv", O_RDONLY);
    ck_assert_int_ge(fd, 0);
    ssize_t r = read(fd, want, sizeof want);
    close(fd);
    ck_assert_int_gt(r, 0);
    goc_slice a = runtime__getAuxv();
    uintptr_t *v = a.ptr;
    ck_assert_int_eq(a.len % 2, 0);
    ck_assert_int_eq(a.len, a.cap);
    ck_assert_int_ge(a.len, 2);
    ck_assert_uint_eq(v[a.len - 2], 0); /* ends with the AT_NULL pair */
    ck_assert_int_eq(memcmp(v, want, (size_t)a.len * sizeof *v), 0);
    bool hwcap = false;
    for (goc_int i = 0; i < a.len; i += 2)
        hwcap |= v[i] == 16; /* AT_HWCAP */
    ck_assert(hwcap);
}
END_TEST

START_TEST(test_init_idempotent) {
    goc_slice args = goc_os_Args;
    goc_g *g = goc_getg();
    size_t heap = GC_get_heap_size();
    char *fake[] = {"other", NULL};
    goc_init(1, fake);
    goc_init(1, fake);
    ck_assert_ptr_eq(goc_os_Args.ptr, args.ptr);
    ck_assert_int_eq(goc_os_Args.len, args.len);
    ck_assert_ptr_eq(goc_getg(), g);
    ck_assert_int_eq(g->goid, 1);
    ck_assert_uint_ge(GC_get_heap_size(), heap);
    /* The initial heap is at least Go's 4 MB minimum goal. */
    ck_assert_uint_ge(GC_get_heap_size(), 4u << 20);
}
END_TEST

/* goc_main: init runs before main; returning from main exits 0. */
static void say(const char *s) {
    ck_assert_int_eq(write(2, s, strlen(s)), (ssize_t)strlen(s));
}
static void prog_init(void) {
    say("init ");
}
static void prog_main(void) {
    say("main");
}
static void prog_main_panics(void) {
    goc_panicdivide();
}
static void run_main(void *arg) {
    char *argv[] = {"prog", NULL};
    goc_main(1, argv, prog_init, arg != NULL ? prog_main_panics : prog_main);
}

START_TEST(test_goc_main) {
    tu_capture c;
    tu_run_tb(&c, run_main, NULL, NULL);
    ck_assert_int_eq(c.status, 0);
    ck_assert_str_eq(c.err, "init main");
    tu_run_tb(&c, run_main, (void *)1, "none");
    ck_assert_int_eq(c.status, 2);
    ck_assert_str_eq(c.err, "init panic: runtime error: integer divide by zero\n");
}
END_TEST

/* os.Exit skips deferred calls. */
static void defer_say(goc_func *f) {
    (void)f;
    say("deferred");
}
static void run_exit(void *arg) {
    static goc_func d = {TU_FN(defer_say)};
    goc_frame fr;
    goc_frame_enter(&fr);
    if (setjmp(fr.jb) == 0) {
        goc_deferproc(&fr, &d);
        goc_exit((int)(intptr_t)arg);
    }
    goc_deferreturn(&fr);
}

/* C users of the ABI: pending stdio output survives goc_exit. */
static void run_exit_stdio(void *arg) {
    (void)arg;
    dup2(2, 1); /* stdout into the captured pipe */
    setvbuf(stdout, NULL, _IOFBF, 4096);
    printf("buffered");
    goc_exit(4);
}

START_TEST(test_goc_exit) {
    tu_capture c;
    tu_run_tb(&c, run_exit_stdio, NULL, NULL);
    ck_assert_int_eq(c.status, 4);
    ck_assert_str_eq(c.err, "buffered");
    tu_run_tb(&c, run_exit, (void *)3, NULL);
    ck_assert_int_eq(c.status, 3);
    ck_assert_str_eq(c.err, "");
    tu_run_tb(&c, run_exit, (void *)0, NULL);
    ck_assert_int_eq(c.status, 0);
}
END_TEST

/* Another thread gets its own goroutine record: frames and panics do not mix. */
typedef struct thr {
    goc_g *g;
    int64_t goid;
    goc_eface got;
} thr;
typedef struct recclo {
    goc_func f;
    goc_eface *out;
} recclo;
static void rec_fn(goc_func *f) {
    *((recclo *)f)->out = goc_gorecover();
}
static void *thread_body(void *arg) {
    thr *t = arg;
    t->g = goc_getg();
    t->goid = t->g->goid;
    goc_frame fr;
    goc_frame_enter(&fr);
    if (setjmp(fr.jb) == 0) {
        recclo *c = goc_alloc(sizeof *c, true);
        c->f.fn = TU_FN(rec_fn);
        c->out = &t->got;
        goc_deferproc(&fr, &c->f);
        goc_panicIndex(1, 0);
    }
    goc_deferreturn(&fr);
    return NULL;
}

static void threads_while_framed(goc_g *mg, goc_frame *fr) {
    thr t[2];
    memset(t, 0, sizeof t);
    pthread_t th[2];
    for (int i = 0; i < 2; i++)
        ck_assert_int_eq(pthread_create(&th[i], NULL, thread_body, &t[i]), 0);
    for (int i = 0; i < 2; i++)
        pthread_join(th[i], NULL);
    ck_assert_ptr_ne(t[0].g, mg);
    ck_assert_ptr_ne(t[0].g, t[1].g);
    ck_assert_int_gt(t[0].goid, 1);
    ck_assert_int_gt(t[1].goid, 1);
    ck_assert_int_ne(t[0].goid, t[1].goid);
    for (int i = 0; i < 2; i++) {
        ck_assert_ptr_nonnull(t[i].got.type);
        ck_assert_str_eq(tu_cstr(goc_typestring(t[i].got.type)), "runtime.boundsError");
    }
    ck_assert_ptr_eq(mg->frames, fr);
    ck_assert_ptr_null(mg->panic);
}

START_TEST(test_thread_goroutines) {
    goc_frame fr; /* a live frame on the main goroutine while the threads panic */
    goc_frame_enter(&fr);
    if (setjmp(fr.jb) == 0)
        threads_while_framed(goc_getg(), &fr);
    goc_deferreturn(&fr);
    ck_assert_ptr_null(goc_getg()->frames);
}
END_TEST

START_TEST(test_gotraceback) {
    static const struct {
        const char *v;
        int level;
        bool crash;
    } cases[] = {
        {"none", 0, false}, {"0", 0, false},  {"single", 1, false}, {"all", 1, false}, {"1", 1, false},
        {"", 1, false},     {"system", 2, false}, {"2", 2, false},  {"crash", 2, true}, {"junk", 1, false},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        setenv("GOTRACEBACK", cases[i].v, 1);
        bool crash = !cases[i].crash;
        ck_assert_int_eq(goc_gotraceback(&crash), cases[i].level);
        ck_assert_int_eq(crash, cases[i].crash);
    }
    unsetenv("GOTRACEBACK");
    bool crash;
    ck_assert_int_eq(goc_gotraceback(&crash), 1);
}
END_TEST

/* ---- signals and the main goroutine's stack ---------------------------------------------- */

/* Faults the way unchecked generated code would: sanitizers must not intercept them first. */
#define RAW __attribute__((noinline, no_sanitize("address", "undefined")))

static volatile int zero, sink;

RAW static void store(uintptr_t addr) {
    *(volatile int *)addr = 1;
}
RAW static int divide(int x) {
    return x / zero;
}

/* func depth(n int) int { var pad [32]int; ...; return 1 + depth(n-1) + ... } */
RAW static goc_int depth(goc_int n) {
    volatile goc_int pad[32];
    pad[n % 32] = n;
    if (n == 0)
        return 0;
    return 1 + depth(n - 1) + pad[n % 32] - n;
}

static goc_int deep_result;
static void deep_main(void) {
    deep_result = depth(200000); /* ~60 MB of stack: far beyond a C thread's 8 MB */
    say(deep_result == 200000 ? "deep ok" : "deep wrong");
}
static void run_deep(void *arg) {
    (void)arg;
    char *argv[] = {"prog", NULL};
    goc_main(1, argv, NULL, deep_main);
}

static void overflow_main(void) {
    depth(1000000000);
}
static void run_overflow(void *arg) {
    (void)arg;
    goc_maxstacksize = 8u << 20;
    char *argv[] = {"prog", NULL};
    goc_main(1, argv, NULL, overflow_main);
}

START_TEST(test_main_stack) {
    tu_capture c;
    tu_run_tb(&c, run_deep, NULL, NULL);
    ck_assert_int_eq(c.status, 0);
    ck_assert_str_eq(c.err, "deep ok");
    tu_run_tb(&c, run_overflow, NULL, NULL);
    ck_assert_int_eq(c.status, 2);
    const char *want = "runtime: goroutine stack exceeds 8388608-byte limit\nruntime: sp=0x";
    ck_assert_msg(strncmp(c.err, want, strlen(want)) == 0, "%s", c.err);
    /* main runs on goc_main's own main goroutine here: no Go frames, so the runtime's are shown */
    ck_assert_ptr_nonnull(strstr(c.err, "]\nfatal error: stack overflow\n\ngoroutine 1 [running]:\nruntime."));
}
END_TEST

/* Any thread that ran goc_minit reports its stack overflow too. */
static void *overflow_thread(void *arg) {
    (void)arg;
    (void)goc_getg(); /* a goroutine runs here */
    goc_minit();
    depth(1000000000);
    return NULL;
}
static void run_overflow_thread(void *arg) {
    (void)arg;
    pthread_attr_t attr;
    pthread_attr_init(&attr);
    pthread_attr_setstacksize(&attr, 256 << 10);
    pthread_t th;
    ck_assert_int_eq(pthread_create(&th, &attr, overflow_thread, NULL), 0);
    pthread_join(th, NULL);
}

static void *minit_thread(void *arg) {
    int *flags = arg;
    stack_t ss;
    goc_minit();
    sigaltstack(NULL, &ss);
    flags[0] = ss.ss_flags;
    flags[1] = (int)ss.ss_size;
    goc_unminit();
    sigaltstack(NULL, &ss);
    flags[2] = ss.ss_flags;
    return NULL;
}

START_TEST(test_thread_minit) {
    tu_capture c;
    tu_run_tb(&c, run_overflow_thread, NULL, NULL);
    ck_assert_int_eq(c.status, 2);
    ck_assert_msg(strncmp(c.err, "runtime: goroutine stack exceeds ", 33) == 0, "%s", c.err);
    ck_assert_ptr_nonnull(strstr(c.err, "]\nfatal error: stack overflow\n\ngoroutine "));
    int flags[3];
    pthread_t th;
    ck_assert_int_eq(pthread_create(&th, NULL, minit_thread, flags), 0);
    pthread_join(th, NULL);
    ck_assert_int_eq(flags[0] & SS_DISABLE, 0);
    ck_assert_int_ge(flags[1], 16 << 10);
    ck_assert_int_eq(flags[2] & SS_DISABLE, SS_DISABLE);
}
END_TEST

/* A nil dereference the translator did not check still panics like gc (Go: sigpanic). */
static void nil_store(void *arg) {
    store((uintptr_t)arg);
}
static void recover_fault(goc_eface *got, uintptr_t addr) {
    goc_frame fr;
    goc_frame_enter(&fr);
    if (setjmp(fr.jb) == 0) {
        recclo *c = goc_alloc(sizeof *c, true);
        c->f.fn = TU_FN(rec_fn);
        c->out = got;
        goc_deferproc(&fr, &c->f);
        store(addr);
    }
    goc_deferreturn(&fr);
}
static void fault_then_report(void *arg) {
    goc_eface got = {NULL, NULL};
    recover_fault(&got, 0);
    say(got.type != NULL ? tu_cstr(goc_typestring(got.type)) : "nothing");
    say("|");
    nil_store(arg);
}
static void div_zero(void *arg) {
    (void)arg;
    sink = divide(7);
}
static void breakpoint(void *arg) {
    (void)arg;
    runtime__Breakpoint();
    say("resumed");
}

START_TEST(test_signals) {
    tu_capture c;
    tu_run_tb(&c, fault_then_report, (void *)0x18, NULL);
    ck_assert_msg(c.status == 2, "status %d: %s", c.status, c.err);
    const char *want = "runtime.errorString|panic: runtime error: invalid memory address or nil pointer dereference\n"
                       "[signal SIGSEGV: segmentation violation code=0x1 addr=0x18 pc=0x";
    ck_assert_msg(strncmp(c.err, want, strlen(want)) == 0, "%s", c.err);
    ck_assert_ptr_nonnull(strstr(c.err, "]\n" TU_GOROUTINE));
    tu_run_tb(&c, nil_store, (void *)0x1000, "none");
    ck_assert_int_eq(c.status, 2);
    want = "unexpected fault address 0x1000\nfatal error: fault\n"
           "[signal SIGSEGV: segmentation violation code=0x1 addr=0x1000 pc=0x";
    ck_assert_msg(strncmp(c.err, want, strlen(want)) == 0, "%s", c.err);
    tu_run_tb(&c, div_zero, NULL, NULL);
    ck_assert_int_eq(c.status, 2);
    ck_assert_str_eq(c.err, "panic: runtime error: integer divide by zero\n" TU_GOROUTINE);
    /* runtime.Breakpoint's SIGTRAP is gc's fatalsignal: no panic, no resumption */
    tu_run_tb(&c, breakpoint, NULL, NULL);
    ck_assert_int_eq(c.status, 2);
    want = "SIGTRAP: trace trap\nPC=0x";
    ck_assert_msg(strncmp(c.err, want, strlen(want)) == 0, "%s", c.err);
    ck_assert_msg(strstr(c.err, " m=0 sigcode=128\n\ngoroutine 1 [running]:\n") != NULL, "%s", c.err);
    ck_assert_ptr_null(strstr(c.err, "resumed"));
}
END_TEST

Suite *runtime_suite(void) {
    Suite *s = suite_create("runtime");
    TCase *tc = tcase_create("process");
    tcase_add_test(tc, test_os_args);
    tcase_add_test(tc, test_getauxv);
    tcase_add_test(tc, test_init_idempotent);
    tcase_add_test(tc, test_goc_main);
    tcase_add_test(tc, test_goc_exit);
    tcase_add_test(tc, test_thread_goroutines);
    tcase_add_test(tc, test_gotraceback);
    tcase_add_test(tc, test_main_stack);
    tcase_add_test(tc, test_signals);
    tcase_add_test(tc, test_thread_minit);
    suite_add_tcase(s, tc);
    return s;
}
