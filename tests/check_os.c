/*
 * tests/check_os.c — package os's runtime hooks (runtime/os.c):
 * runtime_args is a fresh copy of the command line goc_init recorded (a
 * caller may change its copy), runtime_beforeExit returns; runtime.GOROOT
 * is $GOROOT as goc_goenvs found it (os.Setenv does not change it, as in
 * gc), else goc_defaultGOROOT (the GOROOT goc's C main records).
 */
#include "goc_rt.h"
#include "linkname.h"
#include "testutil.h"

START_TEST(test_args_copy) {
    goc_slice a = os__runtime_args();
    ck_assert_int_eq(a.len, goc_os_Args.len);
    ck_assert_int_gt(a.len, 0);
    ck_assert_ptr_ne(a.ptr, goc_os_Args.ptr);
    goc_string *s = a.ptr, *orig = goc_os_Args.ptr;
    ck_assert_int_eq(s[0].len, orig[0].len);
    ck_assert(memcmp(s[0].str, orig[0].str, (size_t)s[0].len) == 0);
    s[0] = tu_gostr("changed");
    goc_slice b = os__runtime_args();
    ck_assert(((goc_string *)b.ptr)[0].len == orig[0].len);
    os__runtime_beforeExit(0);
}
END_TEST

START_TEST(test_goroot) {
    /* $GOROOT as the process started: os.Setenv changes nothing (gc's runtime keeps its own copy) */
    syscall__runtimeUnsetenv(tu_gostr("GOROOT"));
    goc_goenvs();
    ck_assert_int_eq(runtime__GOROOT().len, 0);
    goc_defaultGOROOT = "/usr/lib/go";
    goc_string r = runtime__GOROOT();
    ck_assert_int_eq(r.len, 11);
    ck_assert(memcmp(r.str, "/usr/lib/go", 11) == 0);
    syscall__runtimeSetenv(tu_gostr("GOROOT"), tu_gostr("/opt/go"));
    ck_assert_int_eq(runtime__GOROOT().len, 11);
    goc_goenvs();
    r = runtime__GOROOT();
    ck_assert_int_eq(r.len, 7);
    ck_assert(memcmp(r.str, "/opt/go", 7) == 0);
    syscall__runtimeSetenv(tu_gostr("GOROOT"), tu_gostr(""));
    goc_goenvs();
    ck_assert_int_eq(runtime__GOROOT().len, 11);
    syscall__runtimeUnsetenv(tu_gostr("GOROOT"));
    goc_goenvs();
    goc_defaultGOROOT = NULL;
}
END_TEST

Suite *os_suite(void) {
    Suite *s = suite_create("os");
    TCase *tc = tcase_create("core");
    tcase_add_test(tc, test_args_copy);
    tcase_add_test(tc, test_goroot);
    suite_add_tcase(s, tc);
    return s;
}
