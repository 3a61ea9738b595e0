/*
 * runtime/extern.c — package runtime's Go face: the functions that goc's
 * replacement of package runtime (gen/load/override/runtime) declares
 * without a body, under their link names (runtime.Gosched is
 * runtime__Gosched; see runtime/linkname.h). Most forward to the runtime
 * entry points of include/goc/ that do the work; the stack API's
 * (runtime__callers, runtime__stack) are in traceback.c.
 *
 * Layouts the Go side relies on: a runtime.Func is a goc_Func (its first
 * fields name and entry), a runtime.MemStats a goc_MemStats, a
 * *runtime.TypeAssertionError the record of error.c.
 */
#include "goc_rt.h"
#include "linkname.h"

#include <signal.h>
#include <stdlib.h>
#include <string.h>

/* ---- scheduling, collection (proc.c, mstats.c) ------------------------------------ */

/* runtime.Gosched: an alias of goc_Gosched (proc.c), no frame of its own. */
goc_int runtime__NumGoroutine(void) { return goc_NumGoroutine(); }
goc_int runtime__GOMAXPROCS(goc_int n) { return goc_GOMAXPROCS(n); }
goc_int runtime__NumCPU(void) { return goc_NumCPU(); }
void runtime__Goexit(void) { goc_Goexit(); }
void runtime__GC(void) { goc_forcedGC(); }

/* Go: runtime.Breakpoint (asm_amd64.s: BYTE $0xcc). The trap's SIGTRAP is
   fatal as in gc (runtime.c sighandler, panic.c goc_fatalsignal) unless a
   debugger catches it. */
void runtime__Breakpoint(void) {
#if defined(__x86_64__) || defined(__i386__)
    __asm__ volatile("int3");
#elif defined(__aarch64__)
    __asm__ volatile("brk #0");
#else
    raise(SIGTRAP);
#endif
}
void runtime__ReadMemStats(goc_MemStats *m) {
    GOC_NILCHECK(m);
    goc_ReadMemStats(m);
}

/* The argument is live until here: the call itself uses it. */
void runtime__KeepAlive(goc_eface x) {
    __asm__ volatile("" : : "r"(x.type), "r"(x.data) : "memory");
}

/* Every goroutine runs on a thread of its own, which it never leaves: it is
   always wired to its thread (a scheduler multiplexing goroutines must pin). */
void runtime__LockOSThread(void) {}
void runtime__UnlockOSThread(void) {}

/* ---- the runtime's error types (error.c) ------------------------------------------ */

goc_string runtime__TypeAssertionError__Error(void *e) { return goc_TypeAssertionError_Error(e); }
goc_string runtime__PanicNilError__Error(void *e) { return goc_PanicNilError_Error(e); }

/* ---- functions, files and lines (symtab.c) ---------------------------------------- */

runtime__pcinfo_r runtime__pcinfo(uintptr_t pc) {
    runtime__pcinfo_r r;
    memset(&r, 0, sizeof r);
    bool inlined;
    const goc_srcframe *f = goc_pcframe(pc, &inlined);
    if (f == NULL)
        return r;
    r.fn = inlined ? NULL : f->fn; /* gc: no *Func for an inlined frame */
    r.name = f->fn->name;
    r.file = f->file;
    r.line = f->line;
    r.entry = f->fn->entry;
    r.ok = true;
    return r;
}

const goc_Func *runtime__funcForPC(uintptr_t pc) { return goc_FuncForPC(pc); }

/* ---- package runtime/debug (Go: runtime/debug.go, mgcpacer.go, mstats.go) ------------------ */

static pthread_mutex_t debuglk = PTHREAD_MUTEX_INITIALIZER;
static int32_t gcpercent = -2; /* -2: not read from $GOGC yet */

/* Under debuglk. Go: readGOGC. */
static int32_t readgogc(void) {
    if (gcpercent == -2) {
        gcpercent = 100;
        const char *s = getenv("GOGC");
        if (s != NULL && strcmp(s, "off") == 0)
            gcpercent = -1;
        else if (s != NULL && *s != '\0') {
            char *end;
            long v = strtol(s, &end, 10);
            if (*end == '\0')
                gcpercent = v < 0 ? -1 : (int32_t)v;
        }
    }
    return gcpercent;
}

/*
 * debug.SetGCPercent. Boehm has no growth ratio as such: a negative
 * percentage turns collection off (GC_disable, undone when it goes back to
 * >= 0), and the setting is kept for the next call to return.
 */
int32_t runtime_debug__setGCPercent(int32_t in) {
    pthread_mutex_lock(&debuglk);
    int32_t prev = readgogc();
    if (in < 0)
        in = -1;
    if (prev < 0 && in >= 0)
        GC_enable();
    else if (prev >= 0 && in < 0)
        GC_disable();
    gcpercent = in;
    pthread_mutex_unlock(&debuglk);
    return prev;
}

/* debug.FreeOSMemory: a collection, then the free memory back to the OS. */
void runtime_debug__freeOSMemory(void) {
    goc_forcedGC();
    GC_gcollect_and_unmap();
}

/*
 * debug.ReadGCStats' source: pauses, pause ends, the last collection's time,
 * the number of collections and the total pause. Boehm records no pauses:
 * none are reported, and the time and total are 0, as ReadMemStats says.
 */
void runtime_debug__readGCStats(goc_slice *pauses) {
    goc_MemStats ms;
    goc_ReadMemStats(&ms);
    if (pauses->cap < 3)
        goc_throw("short slice passed to readGCStats");
    uint64_t *p = pauses->ptr;
    p[0] = ms.LastGC;
    p[1] = ms.NumGC;
    p[2] = ms.PauseTotalNs;
    pauses->len = 3;
}

/* debug.SetMaxStack: the limit a stack overflow is reported against. The
   stacks of running goroutines keep their size (goc's are fixed at start). */
goc_int runtime_debug__setMaxStack(goc_int in) {
    return (goc_int)__atomic_exchange_n(&goc_maxstacksize, (uintptr_t)in, __ATOMIC_RELAXED);
}

/* debug.SetPanicOnFault. Every fault in Go code already panics in goc (where
   gc throws "unexpected fault address" when this is off); the setting is kept. */
static bool panicOnFault;
bool runtime_debug__setPanicOnFault(bool on) { return __atomic_exchange_n(&panicOnFault, on, __ATOMIC_RELAXED); }

/* debug.SetMaxThreads: kept and returned; goc starts a thread per goroutine
   and does not count them against it. */
static goc_int maxThreads = 10000;
goc_int runtime_debug__setMaxThreads(goc_int in) { return __atomic_exchange_n(&maxThreads, in, __ATOMIC_RELAXED); }

/* debug.SetMemoryLimit: kept and returned (math.MaxInt64 at start); Boehm
   has no soft limit to steer by. A negative value only reads it. */
static int64_t memoryLimit = INT64_MAX;
int64_t runtime_debug__setMemoryLimit(int64_t in) {
    if (in < 0)
        return __atomic_load_n(&memoryLimit, __ATOMIC_RELAXED);
    return __atomic_exchange_n(&memoryLimit, in, __ATOMIC_RELAXED);
}

/* debug.SetTraceback: the level can be raised above $GOTRACEBACK, not lowered. */
void runtime_debug__SetTraceback(goc_string level) {
    char buf[16];
    size_t n = level.len < (goc_int)sizeof buf - 1 ? (size_t)level.len : sizeof buf - 1;
    memcpy(buf, level.str, n);
    buf[n] = '\0';
    goc_settraceback(buf);
}

/* debug.ReadBuildInfo's source: goc embeds no module information in a program. */
goc_string runtime_debug__modinfo(void) {
    goc_string none = {NULL, 0};
    return none;
}
