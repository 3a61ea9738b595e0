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

/* Results of several uintptrs (syscall.Errno is a uintptr). */
typedef struct goc_uintptr2 {
    goc_uintptr r0, r1;
} goc_uintptr2;
typedef struct goc_syscall6_result {
    goc_uintptr r0, r1, r2;
} goc_syscall6_result;

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

/* sync's push to syscall.hasWaitingReaders (runtime/sync.c, goc's sync.RWMutex) */
bool syscall__hasWaitingReaders(goc_sync_RWMutex *rw);

/* package internal/godebug (runtime/godebug.c); the funcs are Go func values */
void internal_godebug__setUpdate(goc_func *update);
void internal_godebug__setNewIncNonDefault(goc_func *newIncNonDefault);
void internal_godebug__registerMetric(goc_string name, goc_func *read);

#endif
