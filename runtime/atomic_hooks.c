/*
 * runtime/atomic_hooks.c — package sync/atomic's functions, which goc
 * translates from GOROOT: doc.go declares them without bodies (gc's
 * asm.s jumps to internal/runtime/atomic, and the compiler makes most of
 * them intrinsics); here they are C functions under their own link names
 * (sync_atomic__AddInt32, ...; runtime/linkname.h), all sequentially
 * consistent as Go's memory model asks. type.go's Int32, Uint64, Pointer[T],
 * ... and value.go's Value are GOROOT's Go on top of them. value.go's
 * runtime_procPin/Unpin keep gc's scheduler from preempting a first Store
 * while other goroutines spin on it; a goroutine here is an OS thread that
 * is never suspended for another, so they do nothing (pid 0).
 *
 * No state. A nil addr faults, which the runtime reports as gc's nil
 * dereference panic.
 */
#include "goc_rt.h"
#include "linkname.h"

#define SC __ATOMIC_SEQ_CST

#define ATOMIC_INT_OPS(Name, T)                                                                    \
    T sync_atomic__Swap##Name(T *addr, T v) { return __atomic_exchange_n(addr, v, SC); }           \
    bool sync_atomic__CompareAndSwap##Name(T *addr, T old, T new_) {                               \
        return __atomic_compare_exchange_n(addr, &old, new_, false, SC, SC);                       \
    }                                                                                              \
    T sync_atomic__Add##Name(T *addr, T delta) { return __atomic_add_fetch(addr, delta, SC); }     \
    T sync_atomic__And##Name(T *addr, T mask) { return __atomic_fetch_and(addr, mask, SC); }       \
    T sync_atomic__Or##Name(T *addr, T mask) { return __atomic_fetch_or(addr, mask, SC); }         \
    T sync_atomic__Load##Name(T *addr) { return __atomic_load_n(addr, SC); }                       \
    void sync_atomic__Store##Name(T *addr, T v) { __atomic_store_n(addr, v, SC); }

ATOMIC_INT_OPS(Int32, int32_t)
ATOMIC_INT_OPS(Uint32, uint32_t)
ATOMIC_INT_OPS(Int64, int64_t)
ATOMIC_INT_OPS(Uint64, uint64_t)
ATOMIC_INT_OPS(Uintptr, goc_uintptr)

void *sync_atomic__SwapPointer(void **addr, void *v) { return __atomic_exchange_n(addr, v, SC); }
bool sync_atomic__CompareAndSwapPointer(void **addr, void *old, void *new_) {
    return __atomic_compare_exchange_n(addr, &old, new_, false, SC, SC);
}
void *sync_atomic__LoadPointer(void **addr) { return __atomic_load_n(addr, SC); }
void sync_atomic__StorePointer(void **addr, void *v) { __atomic_store_n(addr, v, SC); }

goc_int sync_atomic__runtime_procPin(void) { return 0; }
void sync_atomic__runtime_procUnpin(void) {}
