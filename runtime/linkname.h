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

/* package runtime: goc's replacement, gen/load/override/runtime (extern.c, traceback.c) */
void runtime__Gosched(void);
goc_int runtime__NumGoroutine(void);
goc_int runtime__GOMAXPROCS(goc_int n);
goc_int runtime__NumCPU(void);
void runtime__Goexit(void);
void runtime__GC(void);
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

#endif
