/*
 * runtime/cpu_x86.c — package internal/cpu's assembly for amd64 (Go:
 * internal/cpu/cpu_x86.s), under the link names of runtime/linkname.h:
 *
 *   cpuid(eaxArg, ecxArg)   the CPUID instruction with those EAX and ECX
 *                           inputs: its EAX, EBX, ECX, EDX;
 *   xgetbv()                XGETBV with ECX = 0 (XCR0): EAX, EDX; only
 *                           called by internal/cpu when CPUID says OSXSAVE;
 *   getGOAMD64level()       the microarchitecture level the program was
 *                           compiled for: goc's C is compiled for baseline
 *                           x86-64 (gc's default GOAMD64=v1), so 1.
 *
 * vendor/golang.org/x/sys/cpu (crypto's and net/http's feature tests; Go:
 * vendor/golang.org/x/sys/cpu/cpu_x86.s) declares the same cpuid and
 * xgetbv without body; its C names get the same instructions.
 *
 * internal/sysinfo reads the CPU's name through cpuid (testing's benchmark
 * header "cpu: ..."). Results are a tuple struct {r0; r1; ...} of the Go
 * results, as the translator lowers several results.
 */
#include "goc_rt.h"
#include "linkname.h"

internal_cpu_cpuid_result internal_cpu__cpuid(uint32_t eaxArg, uint32_t ecxArg) {
    internal_cpu_cpuid_result r;
    __asm__ volatile("cpuid" : "=a"(r.r0), "=b"(r.r1), "=c"(r.r2), "=d"(r.r3) : "a"(eaxArg), "c"(ecxArg));
    return r;
}

internal_cpu_xgetbv_result internal_cpu__xgetbv(void) {
    internal_cpu_xgetbv_result r;
    __asm__ volatile("xgetbv" : "=a"(r.r0), "=d"(r.r1) : "c"(0));
    return r;
}

int32_t internal_cpu__getGOAMD64level(void) { return 1; }

internal_cpu_cpuid_result vendor_golang_1org_x_sys_cpu__cpuid(uint32_t eaxArg, uint32_t ecxArg) {
    return internal_cpu__cpuid(eaxArg, ecxArg);
}

internal_cpu_xgetbv_result vendor_golang_1org_x_sys_cpu__xgetbv(void) {
    return internal_cpu__xgetbv();
}
