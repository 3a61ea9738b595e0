/*
 * tests/check_cpu_x86.c — internal/cpu's amd64 assembly (runtime/cpu_x86.c):
 * cpuid leaf 0 gives the highest leaf and the vendor string in EBX, EDX,
 * ECX; leaf 1 says SSE2 (every amd64 CPU); xgetbv, where CPUID says the OS
 * enabled XSAVE, has the x87 and SSE state bits set; the GOAMD64 level is
 * baseline (1). vendor/golang.org/x/sys/cpu's cpuid and xgetbv give the same
 * registers.
 */
#include <string.h>

#include "goc_rt.h"
#include "linkname.h"
#include "testutil.h"

START_TEST(test_cpuid) {
    internal_cpu_cpuid_result r = internal_cpu__cpuid(0, 0);
    ck_assert_uint_ge(r.r0, 1);
    char vendor[13];
    memcpy(vendor, &r.r1, 4);
    memcpy(vendor + 4, &r.r3, 4);
    memcpy(vendor + 8, &r.r2, 4);
    vendor[12] = 0;
    ck_assert_msg(strcmp(vendor, "GenuineIntel") == 0 || strcmp(vendor, "AuthenticAMD") == 0 || strlen(vendor) == 12,
                  "vendor %s", vendor);
    r = internal_cpu__cpuid(1, 0);
    ck_assert(r.r3 & (1u << 26)); /* SSE2 */
    if (r.r2 & (1u << 27)) {      /* OSXSAVE */
        internal_cpu_xgetbv_result x = internal_cpu__xgetbv();
        ck_assert_uint_eq(x.r0 & 3, 3);
    }
    ck_assert_int_eq(internal_cpu__getGOAMD64level(), 1);
}
END_TEST

START_TEST(test_xsys_cpu) {
    for (uint32_t leaf = 0; leaf < 2; leaf++) {
        internal_cpu_cpuid_result a = internal_cpu__cpuid(leaf, 0);
        internal_cpu_cpuid_result b = vendor_golang_1org_x_sys_cpu__cpuid(leaf, 0);
        ck_assert_uint_eq(a.r0, b.r0);
        ck_assert_uint_eq(a.r2 & (1u << 27), b.r2 & (1u << 27));
        ck_assert_uint_eq(a.r3, b.r3);
    }
    internal_cpu_cpuid_result r = internal_cpu__cpuid(1, 0);
    if (r.r2 & (1u << 27)) {
        internal_cpu_xgetbv_result x = internal_cpu__xgetbv(), y = vendor_golang_1org_x_sys_cpu__xgetbv();
        ck_assert_uint_eq(x.r0, y.r0);
        ck_assert_uint_eq(x.r1, y.r1);
    }
}
END_TEST

Suite *cpu_x86_suite(void) {
    Suite *s = suite_create("cpu_x86");
    TCase *tc = tcase_create("core");
    tcase_add_test(tc, test_cpuid);
    tcase_add_test(tc, test_xsys_cpu);
    suite_add_tcase(s, tc);
    return s;
}
