/*
 * tests/check_godebug.c — the runtime's side of internal/godebug
 * (runtime/godebug.c): the update func registered by setUpdate is called at
 * once with the default ("") and $GODEBUG, and again when syscall's Setenv
 * or Unsetenv changes GODEBUG (not other variables), which also re-reads
 * the runtime's own settings (panicnil); registered metrics are read back
 * by name. Func values are closures as generated code makes them.
 */
#include "goc_rt.h"
#include "linkname.h"
#include "testutil.h"

#include <errno.h>
#include <unistd.h>

static int calls;
static char lastdef[64], lastenv[64];

static void copyout(char *dst, goc_string s) {
    size_t n = (size_t)s.len < 63 ? (size_t)s.len : 63;
    memcpy(dst, s.str, n);
    dst[n] = 0;
}

static void update(goc_func *self, goc_string def, goc_string env) {
    (void)self;
    calls++;
    copyout(lastdef, def);
    copyout(lastenv, env);
}

static goc_func updatefn = {(void (*)(void))update};

static goc_string gs(const char *s) { return (goc_string){(const uint8_t *)s, (goc_int)strlen(s)}; }

START_TEST(test_update) {
    syscall__runtimeSetenv(gs("GODEBUG"), gs("panicnil=1,x=y"));
    calls = 0;
    internal_godebug__setUpdate(&updatefn);
    ck_assert_int_eq(calls, 1);
    ck_assert_str_eq(lastdef, "");
    ck_assert_str_eq(lastenv, "panicnil=1,x=y");
    syscall__runtimeSetenv(gs("OTHER_VAR"), gs("1"));
    ck_assert_int_eq(calls, 1);
    syscall__runtimeSetenv(gs("GODEBUG"), gs("panicnil=0"));
    ck_assert_int_eq(calls, 2);
    ck_assert_str_eq(lastenv, "panicnil=0");
    ck_assert(!goc_debug_panicnil);
    syscall__runtimeSetenv(gs("GODEBUG"), gs("panicnil=1"));
    ck_assert(goc_debug_panicnil);
    syscall__runtimeUnsetenv(gs("GODEBUG"));
    ck_assert_int_eq(calls, 4);
    ck_assert_str_eq(lastenv, "");
    ck_assert(!goc_debug_panicnil);
}
END_TEST

static uint64_t read42(goc_func *self) {
    (void)self;
    return 42;
}
static uint64_t read7(goc_func *self) {
    (void)self;
    return 7;
}
static goc_func read42fn = {(void (*)(void))read42}, read7fn = {(void (*)(void))read7};

START_TEST(test_metrics) {
    uint64_t v = 0;
    ck_assert(!goc_godebug_metric(gs("/godebug/non-default-behavior/check:events"), &v));
    internal_godebug__registerMetric(gs("/godebug/non-default-behavior/check:events"), &read42fn);
    internal_godebug__registerMetric(gs("/godebug/non-default-behavior/other:events"), &read7fn);
    ck_assert(goc_godebug_metric(gs("/godebug/non-default-behavior/check:events"), &v));
    ck_assert_uint_eq(v, 42);
    ck_assert(goc_godebug_metric(gs("/godebug/non-default-behavior/other:events"), &v));
    ck_assert_uint_eq(v, 7);
}
END_TEST

/* runtime.write: every byte reaches the descriptor; a bad one gives -errno. */
START_TEST(test_write) {
    int fds[2];
    ck_assert_int_eq(pipe(fds), 0);
    char msg[] = "godebug: report\n";
    ck_assert_int_eq(runtime__write((goc_uintptr)fds[1], msg, (int32_t)strlen(msg)), (int32_t)strlen(msg));
    char buf[64] = {0};
    ck_assert_int_eq(read(fds[0], buf, sizeof buf - 1), (ssize_t)strlen(msg));
    ck_assert_str_eq(buf, msg);
    close(fds[0]);
    close(fds[1]);
    ck_assert_int_eq(runtime__write((goc_uintptr)fds[1], msg, 1), -EBADF);
}
END_TEST

Suite *godebug_suite(void) {
    Suite *s = suite_create("godebug");
    TCase *tc = tcase_create("core");
    tcase_add_test(tc, test_update);
    tcase_add_test(tc, test_metrics);
    tcase_add_test(tc, test_write);
    suite_add_tcase(s, tc);
    return s;
}
