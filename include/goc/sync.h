/*
 * goc/sync.h — the runtime's semaphores and notify lists (Go:
 * runtime/sema.go), the primitives under package sync: goc translates
 * GOROOT's sync and sync/atomic, whose runtime hooks (sync.runtime_Semacquire,
 * runtime_notifyListWait, sync/atomic.AddInt64, ...) are C functions of
 * runtime/sync_hooks.c and atomic_hooks.c under their link names. A
 * goroutine blocked here counts as asleep for the deadlock detector, with
 * gc's wait reason ("sync.Mutex.Lock", "semacquire", "sync.Cond.Wait", ...).
 */
#ifndef GOC_SYNC_H
#define GOC_SYNC_H

#include "types.h"

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

/* Go: runtime notifyList (sync.Cond's wait queue), with sync.notifyList's layout. */
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

#endif
