/*
 * runtime/sync_hooks.c — the runtime's side of package sync, which goc
 * translates from GOROOT (Go: runtime/sema.go sync_runtime_Semacquire and
 * friends, notifyList*; runtime/proc.go sync_runtime_canSpin, doSpin,
 * procPin/procUnpin; runtime/mgc.go sync_runtime_registerPoolCleanup;
 * runtime/panic.go sync_throw, sync_fatal), under the link names package
 * sync declares (runtime/linkname.h):
 *
 *   semaphores and notify lists   runtime/sync.c's, with gc's wait reasons
 *                                 (the deadlock report and tracebacks show
 *                                 "sync.Mutex.Lock", "sync.RWMutex.RLock",
 *                                 "sync.RWMutex.Lock", "semacquire",
 *                                 "sync.Cond.Wait");
 *   canSpin, doSpin                a few rounds of PAUSE on a multiprocessor;
 *   procPin, procUnpin             Pool's per-P slots: pinning disables
 *                                  preemption (m->locks, as gc's procPin)
 *                                  and returns the id of the P the goroutine
 *                                  runs on; see Pins below;
 *   registerPoolCleanup            recorded, never called: gc runs it with
 *                                  the world stopped at each collection; goc
 *                                  cannot stop every goroutine-thread at a
 *                                  point where Pool's fields are consistent,
 *                                  so pooled objects stay cached (a Pool may
 *                                  drop them at any time, or never);
 *   throw, fatal                   goc_throw / goc_fatal with the message;
 *   runtime.randn, LoadAcquintptr, StoreReluintptr
 *                                  pulled by Pool: a random number below n,
 *                                  acquire load and release store.
 *
 * Pins. A goroutine holding a P keeps it while preemption is disabled, so
 * its P's id alone would give Pool's code exclusive use of that poolLocal,
 * as in gc. But locked and external goroutines run without a P here
 * (runtime/proc.c): they pin slot m->id modulo GOMAXPROCS. So every pin
 * also takes its slot's runtime lock (pinlocks, one per P id), uncontended
 * unless such a goroutine shares the slot; the pinned region (Pool's
 * pin...procUnpin) never blocks, so the lock is held only briefly. The
 * slot is kept in m->pinslot until unpin.
 */
#include "sched_impl.h"
#include "linkname.h"

#include <string.h>

void sync__runtime_Semacquire(uint32_t *addr) { goc_semacquire(addr, false, "semacquire"); }

void sync__runtime_SemacquireMutex(uint32_t *addr, bool lifo, goc_int skipframes) {
    (void)skipframes;
    goc_semacquire(addr, lifo, "sync.Mutex.Lock");
}

void sync__runtime_SemacquireRWMutexR(uint32_t *addr, bool lifo, goc_int skipframes) {
    (void)skipframes;
    goc_semacquire(addr, lifo, "sync.RWMutex.RLock");
}

void sync__runtime_SemacquireRWMutex(uint32_t *addr, bool lifo, goc_int skipframes) {
    (void)skipframes;
    goc_semacquire(addr, lifo, "sync.RWMutex.Lock");
}

void sync__runtime_Semrelease(uint32_t *addr, bool handoff, goc_int skipframes) {
    (void)skipframes;
    goc_semrelease(addr, handoff);
}

uint32_t sync__runtime_notifyListAdd(goc_notifyList *l) { return goc_notifyListAdd(l); }
void sync__runtime_notifyListWait(goc_notifyList *l, uint32_t t) { goc_notifyListWait(l, t); }
void sync__runtime_notifyListNotifyAll(goc_notifyList *l) { goc_notifyListNotifyAll(l); }
void sync__runtime_notifyListNotifyOne(goc_notifyList *l) { goc_notifyListNotifyOne(l); }

void sync__runtime_notifyListCheck(goc_uintptr size) {
    if (size != sizeof(goc_notifyList))
        goc_throw("bad notifyList size");
}

bool sync__runtime_canSpin(goc_int i) {
    static int ncpu;
    if (ncpu == 0)
        ncpu = (int)goc_NumCPU();
    return i < 4 && ncpu > 1;
}

void sync__runtime_doSpin(void) {
    for (int i = 0; i < 30; i++) {
#if defined(__x86_64__) || defined(__i386__)
        __asm__ __volatile__("pause");
#else
        __asm__ __volatile__("" ::: "memory");
#endif
    }
}

int64_t sync__runtime_nanotime(void) { return goc_nanotime(); }

static const char *cstring(goc_string s) {
    char *c = goc_alloc((uintptr_t)s.len + 1, false);
    if (s.len > 0)
        memcpy(c, s.str, (size_t)s.len);
    c[s.len] = 0;
    return c;
}

_Noreturn void sync__throw(goc_string s) { goc_throw(cstring(s)); }
_Noreturn void sync__fatal(goc_string s) { goc_fatal(cstring(s)); }

/* ---- Pool ---------------------------------------------------------------------------- */

static goc_mutex pinlocks[MAXPROCS];

goc_int sync__runtime_procPin(void) {
    goc_schedg(); /* an external thread becomes a goroutine with an M */
    goc_m *m = goc_getm();
    m->locks++;
    /* Pool indexes a slice of GOMAXPROCS(0) slots with the result: a P above a lowered
       GOMAXPROCS (its M lets it go at its next schedule) shares a slot, as an M without P */
    int32_t procs = __atomic_load_n(&goc_gomaxprocs, __ATOMIC_RELAXED);
    int32_t slot;
    if (m->p != NULL && m->p->id < procs)
        slot = m->p->id;
    else
        slot = (int32_t)((uint64_t)m->id % (uint64_t)(procs > 0 ? procs : 1));
    goc_lock(&pinlocks[slot]);
    m->pinslot = slot;
    return slot;
}

void sync__runtime_procUnpin(void) {
    goc_m *m = goc_getm();
    if (m == NULL || m->locks == 0)
        goc_throw("procUnpin without procPin");
    goc_unlock(&pinlocks[m->pinslot]);
    m->locks--;
}

static goc_func *poolcleanup; /* recorded: see the file comment */

void sync__runtime_registerPoolCleanup(goc_func *f) { poolcleanup = f; }

uint32_t runtime__randn(uint32_t n) {
    return (uint32_t)(((uint64_t)(uint32_t)runtime__rand() * n) >> 32);
}

/* Weak: a program that imports internal/runtime/atomic itself (through
   runtime/coverage) translates its Go LoadAcquintptr, which then wins. */
__attribute__((weak)) goc_uintptr internal_runtime_atomic__LoadAcquintptr(goc_uintptr *p) {
    return __atomic_load_n(p, __ATOMIC_ACQUIRE);
}

__attribute__((weak)) goc_uintptr internal_runtime_atomic__StoreReluintptr(goc_uintptr *p, goc_uintptr v) {
    __atomic_store_n(p, v, __ATOMIC_RELEASE);
    return v;
}
