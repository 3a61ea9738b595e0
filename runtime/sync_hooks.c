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
 *   procPin, procUnpin             Pool's per-P slots: a goroutine is an OS
 *                                  thread here, so pinning takes the slot's
 *                                  lock (slot = a per-thread number modulo
 *                                  GOMAXPROCS) and holds it until unpin, which
 *                                  gives Pool's code the exclusive access to
 *                                  its poolLocal that disabled preemption
 *                                  gives it in gc;
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
 * Pins: at most GOC_MAXPINS slots, each a mutex; the calling thread's slot
 * index and whether it holds it are thread-local.
 */
#include "goc_rt.h"
#include "linkname.h"

#include <pthread.h>
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

enum { GOC_MAXPINS = 256 };

static pthread_mutex_t pins[GOC_MAXPINS];
static pthread_once_t pinsonce = PTHREAD_ONCE_INIT;
static _Atomic uint32_t nextslot;
static _Thread_local uint32_t myslot; /* 1 + the thread's slot number, 0 before its first pin */
static _Thread_local int32_t pinned = -1;

static void initpins(void) {
    for (int i = 0; i < GOC_MAXPINS; i++)
        pthread_mutex_init(&pins[i], NULL);
}

goc_int sync__runtime_procPin(void) {
    pthread_once(&pinsonce, initpins);
    if (myslot == 0)
        myslot = 1 + nextslot++;
    goc_int procs = goc_GOMAXPROCS(0);
    if (procs > GOC_MAXPINS)
        procs = GOC_MAXPINS;
    int32_t pid = (int32_t)((myslot - 1) % (uint32_t)procs);
    pthread_mutex_lock(&pins[pid]);
    pinned = pid;
    return pid;
}

void sync__runtime_procUnpin(void) {
    if (pinned < 0)
        goc_throw("procUnpin without procPin");
    int32_t pid = pinned;
    pinned = -1;
    pthread_mutex_unlock(&pins[pid]);
}

static goc_func *poolcleanup; /* recorded: see the file comment */

void sync__runtime_registerPoolCleanup(goc_func *f) { poolcleanup = f; }

uint32_t runtime__randn(uint32_t n) {
    return (uint32_t)(((uint64_t)(uint32_t)runtime__rand() * n) >> 32);
}

goc_uintptr internal_runtime_atomic__LoadAcquintptr(goc_uintptr *p) {
    return __atomic_load_n(p, __ATOMIC_ACQUIRE);
}

goc_uintptr internal_runtime_atomic__StoreReluintptr(goc_uintptr *p, goc_uintptr v) {
    __atomic_store_n(p, v, __ATOMIC_RELEASE);
    return v;
}
