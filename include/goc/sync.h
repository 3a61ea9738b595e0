/*
 * goc/sync.h — package sync's primitives and sync/atomic (Go: sync/mutex.go,
 * rwmutex.go, waitgroup.go, once.go, cond.go; runtime/sema.go).
 *
 * The structs have gc's sizes and field order (unsafe.Sizeof(sync.Mutex{})
 * == 8, RWMutex 24, WaitGroup 16, Once 12, Cond 56) and, as in Go, the zero
 * value is ready to use. A translator maps the Go type to the C struct and
 * a method call to the function taking a pointer:
 *     var mu sync.Mutex; mu.Lock()     →  goc_sync_Mutex mu = {0}; goc_sync_Mutex_Lock(&mu);
 *     wg.Add(n) / wg.Done() / wg.Wait() →  goc_sync_WaitGroup_Add(&wg, n) / ..._Done(&wg) / ..._Wait(&wg)
 *     once.Do(f)                        →  goc_sync_Once_Do(&once, f)        (f: a func() closure)
 *     sync.NewCond(l)                   →  goc_sync_NewCond(l)               (l: a sync.Locker goc_iface)
 * Misuse gives gc's messages: "fatal error: sync: unlock of unlocked
 * mutex", "sync: RUnlock of unlocked RWMutex", "sync: Unlock of unlocked
 * RWMutex" (fatal errors), panics "sync: negative WaitGroup counter",
 * "sync: WaitGroup misuse: Add called concurrently with Wait", "sync:
 * WaitGroup is reused before previous Wait has returned", "sync.Cond is
 * copied" (string panic values, as gc's sync package raises them).
 * A goroutine blocked in Lock/RLock/Wait counts as asleep for the deadlock
 * detector, with gc's wait reasons ("sync.Mutex.Lock", "semacquire", ...).
 *
 * goc_semacquire/goc_semrelease and the notify list are the runtime hooks
 * behind them (Go: sync.runtime_Semacquire & co.), for a sync package
 * written in Go.
 */
#ifndef GOC_SYNC_H
#define GOC_SYNC_H

#include "types.h"
#include "panic.h"

/* sync.Mutex (state: locked | woken | starving | waiters << 3). */
typedef struct goc_sync_Mutex {
    int32_t state;
    uint32_t sema;
} goc_sync_Mutex;

void goc_sync_Mutex_Lock(goc_sync_Mutex *m);
bool goc_sync_Mutex_TryLock(goc_sync_Mutex *m);
void goc_sync_Mutex_Unlock(goc_sync_Mutex *m);

/* sync.RWMutex */
typedef struct goc_sync_RWMutex {
    goc_sync_Mutex w;     /* held by a pending or active writer */
    uint32_t writerSem;   /* writers wait here for readers to leave */
    uint32_t readerSem;   /* readers wait here for a writer to leave */
    int32_t readerCount;  /* readers; minus 1<<30 while a writer is pending */
    int32_t readerWait;   /* readers a pending writer still waits for */
} goc_sync_RWMutex;

void goc_sync_RWMutex_RLock(goc_sync_RWMutex *rw);
bool goc_sync_RWMutex_TryRLock(goc_sync_RWMutex *rw);
void goc_sync_RWMutex_RUnlock(goc_sync_RWMutex *rw);
void goc_sync_RWMutex_Lock(goc_sync_RWMutex *rw);
bool goc_sync_RWMutex_TryLock(goc_sync_RWMutex *rw);
void goc_sync_RWMutex_Unlock(goc_sync_RWMutex *rw);

/* sync.WaitGroup (state: counter << 32 | waiters) */
typedef struct goc_sync_WaitGroup {
    uint64_t state;
    uint32_t sema;
} goc_sync_WaitGroup;

void goc_sync_WaitGroup_Add(goc_sync_WaitGroup *wg, goc_int delta);
void goc_sync_WaitGroup_Done(goc_sync_WaitGroup *wg);
void goc_sync_WaitGroup_Wait(goc_sync_WaitGroup *wg);

/* sync.Once. f is called as ((void (*)(goc_func *))f->fn)(f); a panic in f
   counts as done, as in Go. */
typedef struct goc_sync_Once {
    uint32_t done;
    goc_sync_Mutex m;
} goc_sync_Once;

void goc_sync_Once_Do(goc_sync_Once *o, goc_func *f);

/* Go: runtime notifyList (sync.Cond's wait queue). */
typedef struct goc_notifyList {
    uint32_t wait;   /* next ticket to hand out */
    uint32_t notify; /* next ticket to notify */
    uintptr_t lock;  /* reserved: the runtime locks a lock striped by address */
    void *head, *tail;
} goc_notifyList;

uint32_t goc_notifyListAdd(goc_notifyList *l);
void goc_notifyListWait(goc_notifyList *l, uint32_t t);
void goc_notifyListNotifyOne(goc_notifyList *l);
void goc_notifyListNotifyAll(goc_notifyList *l);

/*
 * sync.Cond. L is a sync.Locker interface value: its itab's fun[0] is Lock
 * and fun[1] is Unlock (methods sorted by name), each called with the data
 * word.
 */
typedef struct goc_sync_Cond {
    goc_iface L;
    goc_notifyList notify;
    uintptr_t checker; /* the Cond's own address once used: detects copies */
} goc_sync_Cond;

goc_sync_Cond *goc_sync_NewCond(goc_iface l);
void goc_sync_Cond_Wait(goc_sync_Cond *c);
void goc_sync_Cond_Signal(goc_sync_Cond *c);
void goc_sync_Cond_Broadcast(goc_sync_Cond *c);

/*
 * Runtime semaphores on a uint32 counter (Go: sync.runtime_Semacquire,
 * runtime_SemacquireMutex, runtime_SemacquireRWMutex(R), runtime_Semrelease).
 * Acquire waits until *addr > 0 and decrements it; lifo queues the waiter
 * first; reason is the wait reason shown in reports (NULL: "semacquire").
 * Release increments *addr and wakes a waiter; handoff gives the count
 * straight to that waiter so no other goroutine can take it first.
 */
void goc_semacquire(uint32_t *addr, bool lifo, const char *reason);
void goc_semrelease(uint32_t *addr, bool handoff);

/*
 * sync/atomic. Sequentially consistent, like gc's. A nil address panics
 * (nil pointer dereference) as in Go. The typed values (atomic.Int32,
 * atomic.Int64, atomic.Uint32, atomic.Uint64, atomic.Uintptr, atomic.Bool,
 * atomic.Pointer[T]) are structs holding one field v of the underlying
 * type: x.Add(d) → goc_atomic_AddInt64(&x.v, d); atomic.Bool stores a
 * uint32 (goc_atomic_LoadUint32(&b.v) != 0).
 * Functions: Load, Store, Add, Swap, CompareAndSwap, And, Or (And/Or return
 * the old value, Go 1.23) for Int32, Int64, Uint32, Uint64, Uintptr;
 * Load, Store, Swap, CompareAndSwap for Pointer.
 */
#define GOC_ATOMIC_INT_(Name, T)                                                                   \
    static inline T goc_atomic_Load##Name(T *p) {                                                  \
        GOC_NILCHECK(p);                                                                           \
        return __atomic_load_n(p, __ATOMIC_SEQ_CST);                                               \
    }                                                                                              \
    static inline void goc_atomic_Store##Name(T *p, T v) {                                         \
        GOC_NILCHECK(p);                                                                           \
        __atomic_store_n(p, v, __ATOMIC_SEQ_CST);                                                  \
    }                                                                                              \
    static inline T goc_atomic_Add##Name(T *p, T d) {                                              \
        GOC_NILCHECK(p);                                                                           \
        return __atomic_add_fetch(p, d, __ATOMIC_SEQ_CST);                                         \
    }                                                                                              \
    static inline T goc_atomic_Swap##Name(T *p, T v) {                                             \
        GOC_NILCHECK(p);                                                                           \
        return __atomic_exchange_n(p, v, __ATOMIC_SEQ_CST);                                        \
    }                                                                                              \
    static inline bool goc_atomic_CompareAndSwap##Name(T *p, T old, T new_) {                      \
        GOC_NILCHECK(p);                                                                           \
        return __atomic_compare_exchange_n(p, &old, new_, false, __ATOMIC_SEQ_CST, __ATOMIC_SEQ_CST); \
    }                                                                                              \
    static inline T goc_atomic_And##Name(T *p, T mask) {                                           \
        GOC_NILCHECK(p);                                                                           \
        return __atomic_fetch_and(p, mask, __ATOMIC_SEQ_CST);                                      \
    }                                                                                              \
    static inline T goc_atomic_Or##Name(T *p, T mask) {                                            \
        GOC_NILCHECK(p);                                                                           \
        return __atomic_fetch_or(p, mask, __ATOMIC_SEQ_CST);                                       \
    }

GOC_ATOMIC_INT_(Int32, int32_t)
GOC_ATOMIC_INT_(Int64, int64_t)
GOC_ATOMIC_INT_(Uint32, uint32_t)
GOC_ATOMIC_INT_(Uint64, uint64_t)
GOC_ATOMIC_INT_(Uintptr, uintptr_t)
#undef GOC_ATOMIC_INT_

static inline void *goc_atomic_LoadPointer(void **p) {
    GOC_NILCHECK(p);
    return __atomic_load_n(p, __ATOMIC_SEQ_CST);
}
static inline void goc_atomic_StorePointer(void **p, void *v) {
    GOC_NILCHECK(p);
    __atomic_store_n(p, v, __ATOMIC_SEQ_CST);
}
static inline void *goc_atomic_SwapPointer(void **p, void *v) {
    GOC_NILCHECK(p);
    return __atomic_exchange_n(p, v, __ATOMIC_SEQ_CST);
}
static inline bool goc_atomic_CompareAndSwapPointer(void **p, void *old, void *new_) {
    GOC_NILCHECK(p);
    return __atomic_compare_exchange_n(p, &old, new_, false, __ATOMIC_SEQ_CST, __ATOMIC_SEQ_CST);
}

#endif
