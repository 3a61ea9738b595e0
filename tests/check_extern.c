/*
 * tests/check_extern.c — package runtime's Go face in C (runtime/extern.c):
 * the hooks behind Frames.Next and FuncForPC (an inlined frame has no
 * *Func), Callers' skip, the forwarding functions, and runtime/debug's
 * settings (SetGCPercent turning collection off and on, SetMaxStack,
 * SetMemoryLimit, SetTraceback raising the level, no build info).
 */
#include "testutil.h"
#include "goc_rt.h"
#include "linkname.h"
#include "tu_frames.h"

#include <stdlib.h>

START_TEST(test_pcinfo) {
    fr_skip = 0;
    fr_top();
    runtime__pcinfo_r leaf = runtime__pcinfo(fr_pcs[0]);
    ck_assert(leaf.ok);
    ck_assert_ptr_nonnull(leaf.fn);
    ck_assert_str_eq(tu_cstr(leaf.name), "main.leaf");
    ck_assert_str_eq(tu_cstr(leaf.file), "/goc/tests/frames.go");
    ck_assert_int_eq(leaf.line, 4);
    runtime__pcinfo_r mid = runtime__pcinfo(fr_pcs[1]);
    ck_assert(mid.ok);
    ck_assert_ptr_null(mid.fn); /* inlined: gc's Frame.Func is nil too */
    ck_assert_str_eq(tu_cstr(mid.name), "main.mid");
    runtime__pcinfo_r top = runtime__pcinfo(fr_pcs[2]);
    ck_assert_ptr_eq(top.fn, runtime__funcForPC(fr_pcs[2]));
    ck_assert_uint_eq(mid.entry, top.entry);
    ck_assert(!runtime__pcinfo(0).ok);
    ck_assert_ptr_null(runtime__funcForPC(0));
}
END_TEST

/* callers(skip): 0 is its caller. */
static uintptr_t cpcs[8];
static goc_int cn;
static __attribute__((noinline)) void call_callers(void) {
    goc_slice b = {cpcs, 8, 8};
    cn = runtime__callers(0, b);
    __asm__ volatile("");
}
START_TEST(test_callers) {
    call_callers();
    ck_assert_int_gt(cn, 1);
    ck_assert_str_eq(tu_cstr(runtime__pcinfo(cpcs[0]).name), "runtime.call_callers");
    goc_slice none = {cpcs, 0, 0};
    ck_assert_int_eq(runtime__callers(0, none), 0);
}
END_TEST

START_TEST(test_forwarders) {
    ck_assert_int_ge(runtime__NumCPU(), 1);
    ck_assert_int_ge(runtime__GOMAXPROCS(0), 1);
    ck_assert_int_ge(runtime__NumGoroutine(), 1);
    runtime__Gosched();
    /* goc_Gosched itself, no forwarder frame (a second runtime.Gosched in another
       goroutine's traceback when the forwarder makes no tail call, as at -O1) */
    ck_assert_ptr_eq((void *)runtime__Gosched, (void *)goc_Gosched);
    runtime__KeepAlive((goc_eface){&goc_type_int, NULL});
    runtime__LockOSThread();
    runtime__UnlockOSThread();
    goc_MemStats ms;
    runtime__GC();
    runtime__ReadMemStats(&ms);
    ck_assert_uint_ge(ms.NumForcedGC, 1);
}
END_TEST

static void readmem_nil(void *arg) {
    (void)arg;
    runtime__ReadMemStats(NULL);
}
START_TEST(test_readmemstats_nil) {
    tu_capture c;
    tu_run_tb(&c, readmem_nil, NULL, "none");
    ck_assert_int_eq(c.status, 2);
    ck_assert_msg(tu_hasprefix(c.err, "panic: runtime error: invalid memory address or nil pointer dereference\n"), "%s", c.err);
}
END_TEST

START_TEST(test_debug_settings) {
    unsetenv("GOGC");
    ck_assert_int_eq(runtime_debug__setGCPercent(50), 100);
    ck_assert_int_eq(runtime_debug__setGCPercent(-5), 50);
    ck_assert(GC_is_disabled());
    ck_assert_int_eq(runtime_debug__setGCPercent(100), -1);
    ck_assert(!GC_is_disabled());
    goc_int prev = runtime_debug__setMaxStack(1 << 20);
    ck_assert_int_eq(runtime_debug__setMaxStack(prev), 1 << 20);
    ck_assert_int_eq(runtime_debug__setMemoryLimit(-1), INT64_MAX);
    ck_assert_int_eq(runtime_debug__setMemoryLimit(1 << 30), INT64_MAX);
    ck_assert_int_eq(runtime_debug__setMemoryLimit(-1), 1 << 30);
    ck_assert_int_eq(runtime_debug__setMaxThreads(20), 10000);
    ck_assert(!runtime_debug__setPanicOnFault(true));
    ck_assert(runtime_debug__setPanicOnFault(false));
    ck_assert_int_eq(runtime_debug__modinfo().len, 0);
    goc_slice pauses = {calloc(259, 8), 0, 259};
    runtime_debug__freeOSMemory();
    runtime_debug__readGCStats(&pauses);
    ck_assert_int_eq(pauses.len, 3);
    ck_assert_uint_ge(((uint64_t *)pauses.ptr)[1], 1); /* collections so far */
    free(pauses.ptr);
}
END_TEST

START_TEST(test_settraceback) {
    unsetenv("GOTRACEBACK");
    bool crash;
    ck_assert_int_eq(goc_gotraceback(&crash), 1);
    runtime_debug__SetTraceback((goc_string){(const uint8_t *)"system", 6});
    ck_assert_int_eq(goc_gotraceback(&crash), 2);
    ck_assert(!crash);
    runtime_debug__SetTraceback((goc_string){(const uint8_t *)"none", 4}); /* never below $GOTRACEBACK */
    ck_assert_int_eq(goc_gotraceback(&crash), 1);
}
END_TEST

Suite *extern_suite(void) {
    Suite *s = suite_create("extern");
    TCase *tc = tcase_create("runtime");
    tcase_add_test(tc, test_pcinfo);
    tcase_add_test(tc, test_callers);
    tcase_add_test(tc, test_forwarders);
    tcase_add_test(tc, test_readmemstats_nil);
    tcase_add_test(tc, test_debug_settings);
    tcase_add_test(tc, test_settraceback);
    suite_add_tcase(s, tc);
    return s;
}
