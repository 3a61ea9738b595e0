/*
 * tests/check_cpuprof.c — the CPU profile log and profiler labels
 * (runtime/cpuprof.c), called as runtime/pprof calls them: a profile's
 * first record is gc's header [3, time, hz] with one tag; the reader then
 * blocks until the rate goes to 0 and gets eof; with no profile, eof at
 * once; a new profile may start after eof; labels are per goroutine and a
 * goroutine started under labels has them.
 */
#include <unistd.h>

#include "goc_rt.h"
#include "linkname.h"
#include "testutil.h"

typedef struct reader {
    int records;
    bool eof;
    uint32_t done;
} reader;

static void read_all(void *arg) {
    reader *r = arg;
    for (;;) {
        runtime_pprof_readProfile_result p = runtime_pprof__readProfile();
        if (p.r0.len > 0)
            __atomic_add_fetch(&r->records, 1, __ATOMIC_SEQ_CST);
        if (p.r2)
            break;
    }
    __atomic_store_n(&r->eof, true, __ATOMIC_SEQ_CST);
    goc_semrelease(&r->done, false);
}

START_TEST(test_cpu_profile_log) {
    runtime_pprof_readProfile_result p = runtime_pprof__readProfile();
    ck_assert(p.r2);
    ck_assert_int_eq(p.r0.len, 0);

    int64_t before = goc_nanotime();
    runtime__SetCPUProfileRate(100);
    p = runtime_pprof__readProfile();
    ck_assert(!p.r2);
    ck_assert_int_eq(p.r0.len, 3);
    ck_assert_int_eq(p.r1.len, 1);
    uint64_t *d = p.r0.ptr;
    ck_assert_uint_eq(d[0], 3);
    ck_assert_uint_ge(d[1], (uint64_t)before);
    ck_assert_uint_eq(d[2], 100);
    ck_assert_ptr_null(((void **)p.r1.ptr)[0]);

    reader *r = goc_alloc(sizeof *r, true);
    tu_go(read_all, r);
    usleep(20000);
    ck_assert(!__atomic_load_n(&r->eof, __ATOMIC_SEQ_CST)); /* blocked while on */
    runtime__SetCPUProfileRate(0);
    goc_semacquire(&r->done, false, NULL);
    ck_assert(r->eof);
    ck_assert_int_eq(r->records, 0);

    /* A new profile after the last one was read to its end. */
    runtime__SetCPUProfileRate(2000000); /* clamped to 10^6 */
    p = runtime_pprof__readProfile();
    ck_assert_uint_eq(((uint64_t *)p.r0.ptr)[2], 1000000);
    runtime__SetCPUProfileRate(0);
    p = runtime_pprof__readProfile();
    ck_assert(p.r2);
}
END_TEST

typedef struct labelcheck {
    void *seen;
    uint32_t done;
} labelcheck;

static void child_labels(void *arg) {
    labelcheck *c = arg;
    c->seen = runtime_pprof__runtime_getProfLabel();
    goc_semrelease(&c->done, false);
}

START_TEST(test_labels) {
    ck_assert_ptr_null(runtime_pprof__runtime_getProfLabel());
    int *labels = goc_alloc(sizeof(int), true);
    runtime_pprof__runtime_setProfLabel(labels);
    ck_assert_ptr_eq(runtime_pprof__runtime_getProfLabel(), labels);
    labelcheck *c = goc_alloc(sizeof *c, true);
    tu_go(child_labels, c);
    goc_semacquire(&c->done, false, NULL);
    ck_assert_ptr_eq(c->seen, labels);
    runtime_pprof__runtime_setProfLabel(NULL);
    ck_assert_ptr_null(runtime_pprof__runtime_getProfLabel());
}
END_TEST

Suite *cpuprof_suite(void) {
    Suite *s = suite_create("cpuprof");
    TCase *tc = tcase_create("core");
    tcase_set_timeout(tc, 20);
    tcase_add_test(tc, test_cpu_profile_log);
    tcase_add_test(tc, test_labels);
    suite_add_tcase(s, tc);
    return s;
}
