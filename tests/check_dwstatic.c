/*
 * tests/check_dwstatic.c — the libdw table of static programs
 * (runtime/dwstatic.c): every entry is the function of its name, as the
 * dynamic path (dlopen + dlsym in runtime/symtab.c) would find it. This
 * binary links libdw and names goc_dwstatic, so symtab.c's lookups here
 * (check_symtab.c, check_traceback.c) go through the table too.
 */
#include "testutil.h"
#include "dwfuncs.h"

#include <dlfcn.h>

START_TEST(test_table_matches_dlsym) {
    ck_assert_ptr_nonnull(&goc_dwstatic);
    void *h = dlopen("libdw.so.1", RTLD_LAZY | RTLD_LOCAL);
    ck_assert_ptr_nonnull(h);
    int n = 0;
#define X(f)                                                                   \
    ck_assert_msg((void *)goc_dwstatic.f == dlsym(h, #f), "entry %s", #f); \
    ck_assert_ptr_nonnull((void *)goc_dwstatic.f);                            \
    n++;
    GOC_DWFUNCS(X)
#undef X
    ck_assert_int_eq(n, (int)(sizeof goc_dwstatic / sizeof(void (*)(void))));
    dlclose(h);
}
END_TEST

Suite *dwstatic_suite(void) {
    Suite *s = suite_create("dwstatic");
    TCase *tc = tcase_create("core");
    tcase_add_test(tc, test_table_matches_dlsym);
    suite_add_tcase(s, tc);
    return s;
}
