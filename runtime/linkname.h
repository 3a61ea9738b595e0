/*
 * runtime/linkname.h — the Go functions the C runtime implements for the Go
 * packages translated from source (gen/lower/linkname.go).
 *
 * A GOROOT package declares such a function without a body and reaches it
 * through //go:linkname (pulled: time's "//go:linkname runtimeNano
 * runtime.nanotime"; pushed by Go's runtime: sync.runtime_Semacquire). The
 * C symbol is the link name's C name: the import path with '/', '.' and '-'
 * as '_', "__", the Go name (runtime.nanotime -> runtime__nanotime). The
 * signature is the translator's lowering of the Go signature (goc_int,
 * goc_string, goc_slice, pointers, ...; several results: a struct of fields
 * r0, r1, ...). The translator writes its own prototype from the Go
 * declaration, so each prototype here must match that declaration: every
 * function is exercised by a Go program in the tests.
 */
#ifndef GOC_RT_LINKNAME_H
#define GOC_RT_LINKNAME_H

#include <goc.h>

/* package runtime (Go: runtime/time_nofake.go) */
int64_t runtime__nanotime(void);

/* packages reflect and internal/reflectlite (runtime/reflect.c) */
void *reflect__unsafe_New(const goc_type *t);
void *internal_reflectlite__unsafe_New(const goc_type *t);
void *reflect__unsafe_NewArray(const goc_type *t, goc_int n);
void reflect__typedmemmove(const goc_type *t, void *dst, const void *src);
void internal_reflectlite__typedmemmove(const goc_type *t, void *dst, const void *src);
void reflect__typedmemclr(const goc_type *t, void *p);
void reflect__typedmemclrpartial(const goc_type *t, void *p, uintptr_t off, uintptr_t size);
void reflect__typedarrayclear(const goc_type *et, void *p, goc_int n);
goc_int reflect__typedslicecopy(const goc_type *et, goc_slice dst, goc_slice src);
void reflect__memmove(void *dst, const void *src, uintptr_t size);
bool reflect__verifyNotInHeapPtr(uintptr_t p);
goc_slice reflect__growslice(const goc_type *et, goc_slice old, goc_int num);
void reflect__unsafeslice(const goc_type *et, void *p, goc_int n);
uintptr_t reflect__typehash(const goc_type *t, const void *p, uintptr_t h);
void reflect__ifaceE2I(const goc_type *inter, goc_eface src, goc_iface *dst);
void internal_reflectlite__ifaceE2I(const goc_type *inter, goc_eface src, goc_iface *dst);
const void *reflect__resolveNameOff(const void *ptr, int32_t off);
const void *internal_reflectlite__resolveNameOff(const void *ptr, int32_t off);
const void *reflect__resolveTypeOff(const void *ptr, int32_t off);
const void *internal_reflectlite__resolveTypeOff(const void *ptr, int32_t off);
void *reflect__resolveTextOff(const void *ptr, int32_t off);
int32_t reflect__addReflectOff(const void *ptr);
typedef struct reflect_typelinks_result {
    goc_slice sections; /* []unsafe.Pointer */
    goc_slice offsets;  /* [][]int32 */
} reflect_typelinks_result;
reflect_typelinks_result reflect__typelinks(void);
goc_hmap *reflect__makemap(const goc_maptype *t, goc_int hint);
void *reflect__mapaccess(const goc_maptype *t, goc_hmap *h, const void *key);
void *reflect__mapaccess_faststr(const goc_maptype *t, goc_hmap *h, goc_string key);
void reflect__mapassign0(const goc_maptype *t, goc_hmap *h, const void *key, const void *elem);
void reflect__mapassign_faststr0(const goc_maptype *t, goc_hmap *h, goc_string key, const void *elem);
void reflect__mapdelete(const goc_maptype *t, goc_hmap *h, const void *key);
void reflect__mapdelete_faststr(const goc_maptype *t, goc_hmap *h, goc_string key);
void reflect__mapclear(const goc_maptype *t, goc_hmap *h);
goc_int reflect__maplen(goc_hmap *h);
goc_int internal_reflectlite__maplen(goc_hmap *h);
void reflect__mapiterinit(const goc_maptype *t, goc_hmap *h, goc_hiter *it);
void reflect__mapiternext(goc_hiter *it);
void *reflect__mapiterkey(goc_hiter *it);
void *reflect__mapiterelem(goc_hiter *it);
goc_hchan *reflect__makechan(const goc_type *t, goc_int size);
goc_int reflect__chanlen(goc_hchan *c);
goc_int internal_reflectlite__chanlen(goc_hchan *c);
goc_int reflect__chancap(goc_hchan *c);
void reflect__chanclose(goc_hchan *c);
bool reflect__chansend0(goc_hchan *c, const void *elem, bool nb);
typedef struct reflect_chanrecv_result {
    bool selected, received;
} reflect_chanrecv_result;
reflect_chanrecv_result reflect__chanrecv(goc_hchan *c, bool nb, void *elem);
typedef struct reflect_rselect_result {
    goc_int chosen;
    bool recvOK;
} reflect_rselect_result;
reflect_rselect_result reflect__rselect(goc_slice cases);
/* reflect's calls through libffi (gen/load/patch/reflect/call_goc.go) */
void reflect__ffiCall(const goc_functype *ft, void *code, void *first, void **args, void *ret, bool deferred);
void *reflect__ffiClosure(const goc_functype *ft, goc_func *cb);
void reflect__setDeferfn(void *fn);
uintptr_t reflect__methodValueCallCodePtr(void);
/* package runtime: goc's replacement, gen/load/override/runtime (extern.c, traceback.c) */
void runtime__Gosched(void);
goc_int runtime__NumGoroutine(void);
goc_int runtime__GOMAXPROCS(goc_int n);
goc_int runtime__NumCPU(void);
void runtime__Goexit(void);
void runtime__GC(void);
void runtime__Breakpoint(void);
void runtime__ReadMemStats(goc_MemStats *m);
void runtime__KeepAlive(goc_eface x);
void runtime__LockOSThread(void);
void runtime__UnlockOSThread(void);
goc_string runtime__TypeAssertionError__Error(void *e);
goc_string runtime__PanicNilError__Error(void *e);
/* func callers(skip int, pcbuf []uintptr) int */
goc_int runtime__callers(goc_int skip, goc_slice pcbuf);
/* func pcinfo(pc uintptr) (fn *Func, name string, file string, line int, entry uintptr, ok bool) */
typedef struct runtime__pcinfo_r {
    const void *fn;
    goc_string name, file;
    goc_int line;
    uintptr_t entry;
    bool ok;
} runtime__pcinfo_r;
runtime__pcinfo_r runtime__pcinfo(uintptr_t pc);
/* func funcForPC(pc uintptr) *Func */
const struct goc_Func *runtime__funcForPC(uintptr_t pc);
/* func stack(buf []byte, all bool) int */
goc_int runtime__stack(goc_slice buf, bool all);

/* package runtime/debug (GOROOT's garbage.go, mod.go, stubs.go; extern.c) */
int32_t runtime_debug__setGCPercent(int32_t in);
void runtime_debug__freeOSMemory(void);
void runtime_debug__readGCStats(goc_slice *pauses);
goc_int runtime_debug__setMaxStack(goc_int in);
bool runtime_debug__setPanicOnFault(bool on);
goc_int runtime_debug__setMaxThreads(goc_int in);
int64_t runtime_debug__setMemoryLimit(int64_t in);
void runtime_debug__SetTraceback(goc_string level);
goc_string runtime_debug__modinfo(void);

/* package time (runtime/time_hooks.c); timers are *time.Timer (or *time.Ticker) */
typedef struct goc_time_now_result {
    int64_t r0; /* seconds since 1970 */
    int32_t r1; /* nanoseconds */
    int64_t r2; /* nanotime */
} goc_time_now_result;
void time__Sleep(int64_t ns);
goc_time_now_result time__now(void);
void *time__newTimer(int64_t when, int64_t period, goc_func *f, goc_eface arg, void *cp);
bool time__stopTimer(void *t);
bool time__resetTimer(void *t, int64_t when, int64_t period);

/* Results of several uintptrs (syscall.Errno is a uintptr). */
typedef struct goc_uintptr2 {
    goc_uintptr r0, r1;
} goc_uintptr2;
typedef struct goc_syscall6_result {
    goc_uintptr r0, r1, r2;
} goc_syscall6_result;
typedef struct goc_int32pair {
    int32_t r0, r1;
} goc_int32pair;
typedef struct goc_pollopen_result {
    goc_uintptr r0;
    goc_int r1;
} goc_pollopen_result;

/* package internal/runtime/syscall, package syscall (runtime/syscall.c) */
goc_syscall6_result internal_runtime_syscall__Syscall6(goc_uintptr num, goc_uintptr a1, goc_uintptr a2,
                                                       goc_uintptr a3, goc_uintptr a4, goc_uintptr a5,
                                                       goc_uintptr a6);
goc_uintptr2 syscall__rawSyscallNoError(goc_uintptr trap, goc_uintptr a1, goc_uintptr a2, goc_uintptr a3);
goc_uintptr2 syscall__rawVforkSyscall(goc_uintptr trap, goc_uintptr a1, goc_uintptr a2, goc_uintptr a3);
goc_uintptr syscall__gettimeofday(void *tv);
void runtime__entersyscall(void);
void runtime__exitsyscall(void);
goc_int syscall__Getpagesize(void);
_Noreturn void syscall__Exit(goc_int code);
goc_slice syscall__runtime_envs(void);
void syscall__runtimeSetenv(goc_string k, goc_string v);
void syscall__runtimeUnsetenv(goc_string k);
void syscall__runtime_BeforeFork(void);
void syscall__runtime_AfterFork(void);
void syscall__runtime_AfterForkInChild(void);
void syscall__runtime_BeforeExec(void);
void syscall__runtime_AfterExec(void);
goc_int32pair runtime__fcntl(int32_t fd, int32_t cmd, int32_t arg);

/* package internal/poll: semaphores (runtime/sync.c), the poller (runtime/netpoll.c) */
void internal_poll__runtime_Semacquire(uint32_t *addr);
void internal_poll__runtime_Semrelease(uint32_t *addr);
void internal_poll__runtime_pollServerInit(void);
goc_pollopen_result internal_poll__runtime_pollOpen(goc_uintptr fd);
void internal_poll__runtime_pollClose(goc_uintptr ctx);
goc_int internal_poll__runtime_pollWait(goc_uintptr ctx, goc_int mode);
void internal_poll__runtime_pollWaitCanceled(goc_uintptr ctx, goc_int mode);
goc_int internal_poll__runtime_pollReset(goc_uintptr ctx, goc_int mode);
void internal_poll__runtime_pollSetDeadline(goc_uintptr ctx, int64_t d, goc_int mode);
void internal_poll__runtime_pollUnblock(goc_uintptr ctx);
bool internal_poll__runtime_isPollServerDescriptor(goc_uintptr fd);

/* package sync/atomic (runtime/atomic_hooks.c) */
#define GOC_ATOMIC_INT_DECLS(Name, T)                                                              \
    T sync_atomic__Swap##Name(T *addr, T v);                                                       \
    bool sync_atomic__CompareAndSwap##Name(T *addr, T old, T new_);                                \
    T sync_atomic__Add##Name(T *addr, T delta);                                                    \
    T sync_atomic__And##Name(T *addr, T mask);                                                     \
    T sync_atomic__Or##Name(T *addr, T mask);                                                      \
    T sync_atomic__Load##Name(T *addr);                                                            \
    void sync_atomic__Store##Name(T *addr, T v);
GOC_ATOMIC_INT_DECLS(Int32, int32_t)
GOC_ATOMIC_INT_DECLS(Uint32, uint32_t)
GOC_ATOMIC_INT_DECLS(Int64, int64_t)
GOC_ATOMIC_INT_DECLS(Uint64, uint64_t)
GOC_ATOMIC_INT_DECLS(Uintptr, goc_uintptr)
void *sync_atomic__SwapPointer(void **addr, void *v);
bool sync_atomic__CompareAndSwapPointer(void **addr, void *old, void *new_);
void *sync_atomic__LoadPointer(void **addr);
void sync_atomic__StorePointer(void **addr, void *v);
goc_int sync_atomic__runtime_procPin(void);
void sync_atomic__runtime_procUnpin(void);

/* package sync (runtime/sync_hooks.c) */
void sync__runtime_Semacquire(uint32_t *addr);
void sync__runtime_SemacquireMutex(uint32_t *addr, bool lifo, goc_int skipframes);
void sync__runtime_SemacquireRWMutexR(uint32_t *addr, bool lifo, goc_int skipframes);
void sync__runtime_SemacquireRWMutex(uint32_t *addr, bool lifo, goc_int skipframes);
void sync__runtime_Semrelease(uint32_t *addr, bool handoff, goc_int skipframes);
uint32_t sync__runtime_notifyListAdd(goc_notifyList *l);
void sync__runtime_notifyListWait(goc_notifyList *l, uint32_t t);
void sync__runtime_notifyListNotifyAll(goc_notifyList *l);
void sync__runtime_notifyListNotifyOne(goc_notifyList *l);
void sync__runtime_notifyListCheck(goc_uintptr size);
bool sync__runtime_canSpin(goc_int i);
void sync__runtime_doSpin(void);
int64_t sync__runtime_nanotime(void);
_Noreturn void sync__throw(goc_string s);
_Noreturn void sync__fatal(goc_string s);
goc_int sync__runtime_procPin(void);
void sync__runtime_procUnpin(void);
void sync__runtime_registerPoolCleanup(goc_func *f);
uint32_t runtime__randn(uint32_t n);
goc_uintptr internal_runtime_atomic__LoadAcquintptr(goc_uintptr *p);
goc_uintptr internal_runtime_atomic__StoreReluintptr(goc_uintptr *p, goc_uintptr v);

/* package os (runtime/os.c, runtime/sigqueue.c) and os/signal (runtime/sigqueue.c) */
goc_slice os__runtime_args(void);
goc_string runtime__GOROOT(void);
void os__runtime_beforeExit(goc_int code);
void os__sigpipe(void);
void os__ignoreSIGSYS(void);
void os__restoreSIGSYS(void);
void os_signal__signal_enable(uint32_t sig);
void os_signal__signal_disable(uint32_t sig);
void os_signal__signal_ignore(uint32_t sig);
bool os_signal__signal_ignored(uint32_t sig);
uint32_t os_signal__signal_recv(void);
void os_signal__signalWaitUntilIdle(void);

/* package runtime: randomness and hashing pulled by os, math/rand, hash/maphash (runtime/hash.c) */
uint64_t runtime__rand(void);
goc_uintptr runtime__memhash(void *p, goc_uintptr seed, goc_uintptr s);

/* package internal/weak and unique (runtime/weak.c) */
void *internal_weak__runtime_registerWeakPointer(void *p);
void *internal_weak__runtime_makeStrongFromWeak(void *u);
void unique__runtime_registerUniqueMapCleanup(goc_func *f);

/* package maps (runtime/map_iter.c) */
goc_eface maps__clone(goc_eface m);

/* package internal/godebug (runtime/godebug.c); the funcs are Go func values */
void internal_godebug__setUpdate(goc_func *update);
void internal_godebug__setNewIncNonDefault(goc_func *newIncNonDefault);
void internal_godebug__registerMetric(goc_string name, goc_func *read);
int32_t runtime__write(goc_uintptr fd, void *p, int32_t n);

/* package runtime's tracer and runtime/trace's annotations (runtime/trace.c) */
goc_eface runtime__traceStart(void);
void runtime__StopTrace(void);
goc_slice runtime__ReadTrace(void);
void runtime_trace__userTaskCreate(uint64_t id, uint64_t parentID, goc_string taskType);
void runtime_trace__userTaskEnd(uint64_t id);
void runtime_trace__userRegion(uint64_t id, uint64_t mode, goc_string regionType);
void runtime_trace__userLog(uint64_t id, goc_string category, goc_string message);

/* package internal/cpu's assembly (runtime/cpu_x86.c) */
typedef struct internal_cpu_cpuid_result {
    uint32_t r0, r1, r2, r3; /* eax, ebx, ecx, edx */
} internal_cpu_cpuid_result;
internal_cpu_cpuid_result internal_cpu__cpuid(uint32_t eaxArg, uint32_t ecxArg);
typedef struct internal_cpu_xgetbv_result {
    uint32_t r0, r1; /* eax, edx */
} internal_cpu_xgetbv_result;
internal_cpu_xgetbv_result internal_cpu__xgetbv(void);
int32_t internal_cpu__getGOAMD64level(void);
/* the same for vendor/golang.org/x/sys/cpu's assembly (runtime/cpu_x86.c) */
internal_cpu_cpuid_result vendor_golang_1org_x_sys_cpu__cpuid(uint32_t eaxArg, uint32_t ecxArg);
internal_cpu_xgetbv_result vendor_golang_1org_x_sys_cpu__xgetbv(void);

/* package runtime's CPU profiler and runtime/pprof's labels (runtime/cpuprof.c) */
void runtime__SetCPUProfileRate(goc_int hz);
typedef struct runtime_pprof_readProfile_result {
    goc_slice r0; /* data []uint64 */
    goc_slice r1; /* tags []unsafe.Pointer */
    bool r2;      /* eof */
} runtime_pprof_readProfile_result;
runtime_pprof_readProfile_result runtime_pprof__readProfile(void);
void runtime_pprof__runtime_setProfLabel(void *labels);
void *runtime_pprof__runtime_getProfLabel(void);

/* package runtime's auxiliary vector, pulled by vendor/golang.org/x/sys/cpu (runtime/runtime.c) */
goc_slice runtime__getAuxv(void);

/* package runtime's map test hook (runtime/map.c) */
bool runtime__sameSizeGrowForIssue69110Test(goc_hmap *h);

#endif
