/*
 * tests/check_signal.c — faults as a Go program sees them (the handler is in
 * runtime/runtime.c, the panics in runtime/error.c, out of memory in
 * runtime/malloc.c). Every case runs in a child process and checks the exit
 * status (2) and the text gc prints:
 *   - infinite recursion on the C stack of a thread set up by goc_init (a C
 *     user of the ABI, no goc_main): "runtime: goroutine stack exceeds
 *     1000000000-byte limit", "runtime: sp=... stack=[..., ...]",
 *     "fatal error: stack overflow";
 *   - a nil dereference inside runtime code (a NULL key pointer reaching the
 *     hash function of a map write, a copy into a NULL array): the panic
 *     "invalid memory address or nil pointer dereference" with the
 *     "[signal SIGSEGV: segmentation violation code=... addr=0x0 pc=...]"
 *     line, recoverable like any panic — and the map stays usable after the
 *     recovered fault (gc hashes before setting hashWriting);
 *   - running out of address space (RLIMIT_AS, as under `ulimit -v`):
 *     "fatal error: runtime: out of memory". Skipped under ASan, whose shadow
 *     memory cannot live with an address-space limit.
 * Faults in goroutine threads (which call goc_minit for their own signal
 * stack and stack bounds) are tested in check_proc.c.
 */
#include "goc_rt.h"
#include "testutil.h"

#include <stdio.h>
#include <sys/resource.h>

#if defined(__SANITIZE_ADDRESS__)
#define UNDER_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define UNDER_ASAN 1
#endif
#endif
#ifndef UNDER_ASAN
#define UNDER_ASAN 0
#endif

/* Code as unchecked generated code would be: sanitizers must not intercept the fault first. */
#define RAW __attribute__((noinline, no_sanitize_address, no_sanitize_undefined))

static bool hasprefix(const char *s, const char *p) {
    return strncmp(s, p, strlen(p)) == 0;
}

/* ---- stack overflow ---- */

static volatile goc_int sig_sink;

static volatile goc_int sig_never = -1; /* the base case nobody reaches (hides the recursion from gcc) */

/* func f(n int) int { var pad [16]int; pad[n%16] = n; if n == never { return 0 }; return f(n+1) + pad[n%16] } */
RAW static goc_int recurse(goc_int n) {
    volatile goc_int pad[16];
    pad[n % 16] = n;
    if (n == sig_never)
        return 0;
    return recurse(n + 1) + pad[n % 16];
}

static void overflow_c_stack(void *arg) {
    (void)arg;
    sig_sink = recurse(0);
}

START_TEST(test_stack_overflow_c_stack) {
    tu_capture c;
    tu_run_tb(&c, overflow_c_stack, NULL, NULL);
    ck_assert_msg(c.status == 2, "status %d, stderr: %s", c.status, c.err);
    const char *want = "runtime: goroutine stack exceeds 1000000000-byte limit\nruntime: sp=0x";
    ck_assert_msg(hasprefix(c.err, want), "stderr: %s", c.err);
    ck_assert_msg(strstr(c.err, " stack=[0x") != NULL, "stderr: %s", c.err);
    ck_assert_msg(strstr(c.err, "]\nfatal error: stack overflow\n") != NULL, "stderr: %s", c.err);
    /* an overflow is not a nil dereference: no panic line, no signal line */
    ck_assert_msg(strstr(c.err, "panic:") == NULL && strstr(c.err, "[signal") == NULL, "stderr: %s", c.err);
}
END_TEST

/* The same with GOTRACEBACK=none: still the fatal error and status 2. */
START_TEST(test_stack_overflow_traceback_none) {
    tu_capture c;
    tu_run_tb(&c, overflow_c_stack, NULL, "none");
    ck_assert_msg(c.status == 2, "status %d, stderr: %s", c.status, c.err);
    ck_assert_msg(strstr(c.err, "fatal error: stack overflow\n") != NULL, "stderr: %s", c.err);
    ck_assert_msg(strstr(c.err, "goroutine 1 [") == NULL, "stderr: %s", c.err);
}
END_TEST

/* ---- nil dereference inside the runtime ---- */

TU_MAP(sig_m_i64, "map[int64]int64", int64_t, int64_t, &goc_type_int64, &goc_type_int64, &goc_memhash64_f,
       GOC_MAPF_REFLEXIVEKEY);
#define sig_m_i64 (sig_m_i64_desc.d)

static const char nilpanic[] = "panic: runtime error: invalid memory address or nil pointer dereference\n"
                               "[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x";

/* m[*p] = 1 where p is nil, handed to the generic entry point unchecked. */
static void map_write_nil_key(void *arg) {
    (void)arg;
    goc_hmap *h = goc_makemap(&sig_m_i64, 0, NULL);
    *(int64_t *)goc_mapassign(&sig_m_i64, h, &(int64_t){1}) = 1;
    const int64_t *volatile nilkey = NULL;
    *(int64_t *)goc_mapassign(&sig_m_i64, h, nilkey) = 2;
}

/* copy(dst, src) with dst's array pointer nil but length 4. */
static void copy_into_nil(void *arg) {
    (void)arg;
    int64_t src[4] = {1, 2, 3, 4};
    void *volatile dst = NULL;
    sig_sink = goc_slicecopy(dst, 4, src, 4, 8);
}

/*
 * Under `make test-sanitize` (ASan + UBSan, -fno-sanitize-recover) UBSan
 * reports the NULL load in the hash function and the NULL argument of
 * memmove before they can fault — exactly its job — so these cases run only
 * in the plain builds (check_runtime.c covers faults in unsanitized code).
 */
START_TEST(test_nil_deref_in_runtime) {
    if (UNDER_ASAN)
        return;
    void (*fns[])(void *) = {copy_into_nil, map_write_nil_key};
    for (int i = 0; i < 2; i++) {
        tu_capture c;
        tu_run_tb(&c, fns[i], NULL, NULL);
        ck_assert_msg(c.status == 2, "case %d: status %d, stderr: %s", i, c.status, c.err);
        ck_assert_msg(hasprefix(c.err, nilpanic), "case %d: stderr: %s", i, c.err);
        ck_assert_msg(strstr(c.err, "]\n" TU_GOROUTINE) != NULL, "case %d: stderr: %s", i, c.err);
    }
}
END_TEST

/* defer func() { recovered = recover() }() */
typedef struct recclo {
    goc_func f;
    goc_eface *out;
} recclo;
static void sig_recover(goc_func *f) {
    *((recclo *)f)->out = goc_gorecover();
}

static void recovered_map_fault(void *arg) {
    (void)arg;
    goc_hmap *h = goc_makemap(&sig_m_i64, 0, NULL);
    for (int64_t k = 0; k < 100; k++)
        *(int64_t *)goc_mapassign(&sig_m_i64, h, &k) = k * 10;
    goc_eface got = {NULL, NULL};
    {
        goc_frame fr;
        goc_frame_enter(&fr);
        if (setjmp(fr.jb) == 0) {
            recclo *c = goc_alloc(sizeof *c, true);
            c->f.fn = TU_FN(sig_recover);
            c->out = &got;
            goc_deferproc(&fr, &c->f);
            const int64_t *volatile nilkey = NULL;
            *(int64_t *)goc_mapassign(&sig_m_i64, h, nilkey) = 2;
        }
        goc_deferreturn(&fr);
    }
    /* the recovered value is a runtime.Error with gc's text */
    goc_string msg = {NULL, 0};
    bool ok = got.type != NULL && goc_callstringmethod(got, "Error", &msg);
    fprintf(stderr, "recovered: %s\n", ok ? tu_cstr(msg) : "nothing");
    /* the map is intact and writable: the fault came before the write began */
    for (int64_t k = 100; k < 200; k++)
        *(int64_t *)goc_mapassign(&sig_m_i64, h, &k) = k * 10;
    bool good = goc_maplen(h) == 200;
    for (int64_t k = 0; k < 200; k++)
        good = good && *(int64_t *)goc_mapaccess1(&sig_m_i64, h, &k) == k * 10;
    fprintf(stderr, "map %s\n", good ? "ok" : "broken");
    /* and a second fault still becomes a panic (SA_NODEFER: the signal is not left blocked) */
    const int64_t *volatile nilkey = NULL;
    sig_sink = *(int64_t *)goc_mapaccess1(&sig_m_i64, h, nilkey);
}

START_TEST(test_nil_deref_recovered) {
    if (UNDER_ASAN)
        return; /* UBSan stops at the NULL load first (see above) */
    tu_capture c;
    tu_run_tb(&c, recovered_map_fault, NULL, NULL);
    ck_assert_msg(c.status == 2, "status %d, stderr: %s", c.status, c.err);
    const char *want = "recovered: runtime error: invalid memory address or nil pointer dereference\n"
                       "map ok\n";
    ck_assert_msg(hasprefix(c.err, want), "stderr: %s", c.err);
    ck_assert_msg(strstr(c.err, nilpanic) != NULL, "stderr: %s", c.err);
}
END_TEST

/* ---- out of memory ---- */

static void exhaust(void *arg) {
    (void)arg;
    /* room for what the process has mapped now plus 256 MB */
    FILE *f = fopen("/proc/self/statm", "r");
    unsigned long pages = 0;
    if (f == NULL || fscanf(f, "%lu", &pages) != 1)
        _exit(99);
    fclose(f);
    rlim_t lim = (rlim_t)pages * (rlim_t)sysconf(_SC_PAGESIZE) + ((rlim_t)256 << 20);
    struct rlimit rl = {lim, lim};
    if (setrlimit(RLIMIT_AS, &rl) != 0)
        _exit(98);
    /* a growing live list of 4 MB blocks: nothing can be collected */
    void **head = NULL;
    for (int i = 0; i < 100000; i++) {
        void **blk = goc_alloc((uintptr_t)4 << 20, true);
        blk[0] = head;
        head = blk;
    }
    fprintf(stderr, "allocated 400 GB under a 256 MB limit\n");
}

START_TEST(test_out_of_memory_rlimit) {
    if (UNDER_ASAN)
        return; /* ASan reserves terabytes of shadow: an RLIMIT_AS would break ASan itself */
    tu_capture c;
    tu_run_tb(&c, exhaust, NULL, NULL);
    ck_assert_msg(c.status == 2, "status %d, stderr: %s", c.status, c.err);
    ck_assert_msg(strstr(c.err, "fatal error: runtime: out of memory\n") != NULL, "stderr: %s", c.err);
}
END_TEST

Suite *signal_suite(void) {
    Suite *s = suite_create("signal");
    TCase *tc = tcase_create("faults");
    tcase_set_timeout(tc, 60);
    tcase_add_test(tc, test_stack_overflow_c_stack);
    tcase_add_test(tc, test_stack_overflow_traceback_none);
    tcase_add_test(tc, test_nil_deref_in_runtime);
    tcase_add_test(tc, test_nil_deref_recovered);
    tcase_add_test(tc, test_out_of_memory_rlimit);
    suite_add_tcase(s, tc);
    return s;
}
