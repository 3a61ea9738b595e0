/*
 * runtime/lock.c — the runtime's own locks and one-shot events on futex
 * words (Go: runtime/lock_futex.go, os_linux.go futexsleep/futexwakeup).
 *
 * goc_mutex.key: 0 unlocked, 1 locked, 2 locked and somebody may be asleep
 * in the kernel on the word. Lock tries one compare-and-swap, then spins
 * a little (only on a multiprocessor: the holder runs elsewhere), yields
 * once, and finally marks the word 2 and sleeps until an unlock finds 2
 * and wakes one sleeper. The lock belongs to no thread: gopark's unlock
 * callback releases, on the scheduler's stack and possibly another
 * thread, the channel lock a goroutine took.
 *
 * goc_note.key: 0 clear, 1 woken. One goc_notewakeup per clear (a second
 * one is a runtime bug: "notewakeup - double wakeup"); sleepers wait in
 * the kernel while the word is 0. An M parks on its note; a locked
 * goroutine waits on its M's note.
 *
 * The futexes are private (this process only): a child of fork starts
 * with the words' values and no sleepers.
 */
#include "goc_rt.h"

#include <errno.h>
#include <linux/futex.h>
#include <sched.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>

/* Sleep while *addr == val, at most ns nanoseconds when ns >= 0. Spurious returns are fine. */
static void futexsleep(uint32_t *addr, uint32_t val, int64_t ns) {
    struct timespec ts, *tp = NULL;
    if (ns >= 0) {
        ts.tv_sec = ns / 1000000000;
        ts.tv_nsec = ns % 1000000000;
        tp = &ts;
    }
    syscall(SYS_futex, addr, FUTEX_WAIT_PRIVATE, val, tp, NULL, 0);
}

static void futexwakeup(uint32_t *addr, int n) {
    syscall(SYS_futex, addr, FUTEX_WAKE_PRIVATE, n, NULL, NULL, 0);
}

void goc_procyield(int n) {
    for (int i = 0; i < n; i++) {
#if defined(__x86_64__)
        __asm__ __volatile__("pause");
#elif defined(__aarch64__)
        __asm__ __volatile__("yield");
#endif
    }
}

void goc_osyield(void) {
    sched_yield();
}

static int ncpu(void) {
    static int n;
    if (n == 0) {
        long c = sysconf(_SC_NPROCESSORS_ONLN);
        n = c > 0 ? (int)c : 1;
    }
    return n;
}

enum { ACTIVE_SPIN = 4, ACTIVE_SPIN_CNT = 30, PASSIVE_SPIN = 1 };

static bool trylock(goc_mutex *l) {
    uint32_t v = 0;
    return __atomic_load_n(&l->key, __ATOMIC_RELAXED) == 0 &&
           __atomic_compare_exchange_n(&l->key, &v, 1, false, __ATOMIC_ACQUIRE, __ATOMIC_RELAXED);
}

static void lockslow(goc_mutex *l) {
    int spin = ncpu() > 1 ? ACTIVE_SPIN : 0;
    for (int i = 0; i < spin; i++) {
        goc_procyield(ACTIVE_SPIN_CNT);
        if (trylock(l))
            return;
    }
    for (int i = 0; i < PASSIVE_SPIN; i++) {
        goc_osyield();
        if (trylock(l))
            return;
    }
    /* Mark the lock contended; whoever we displace from 0 leaves us the owner. */
    while (__atomic_exchange_n(&l->key, 2, __ATOMIC_ACQUIRE) != 0)
        futexsleep(&l->key, 2, -1);
}

void goc_lock(goc_mutex *l) {
    uint32_t v = 0;
    if (!__atomic_compare_exchange_n(&l->key, &v, 1, false, __ATOMIC_ACQUIRE, __ATOMIC_RELAXED))
        lockslow(l);
}

void goc_unlock(goc_mutex *l) {
    uint32_t v = __atomic_exchange_n(&l->key, 0, __ATOMIC_RELEASE);
    if (v == 0)
        goc_throw("unlock of unlocked lock");
    if (v == 2)
        futexwakeup(&l->key, 1);
}

void goc_notesleep(goc_note *n) {
    while (__atomic_load_n(&n->key, __ATOMIC_ACQUIRE) == 0)
        futexsleep(&n->key, 0, -1);
}

bool goc_notetsleep(goc_note *n, int64_t ns) {
    if (ns < 0) {
        goc_notesleep(n);
        return true;
    }
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    int64_t deadline = (int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec + ns;
    while (__atomic_load_n(&n->key, __ATOMIC_ACQUIRE) == 0) {
        clock_gettime(CLOCK_MONOTONIC, &ts);
        int64_t left = deadline - ((int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec);
        if (left <= 0)
            return false;
        futexsleep(&n->key, 0, left);
    }
    return true;
}

void goc_notewakeup(goc_note *n) {
    if (__atomic_exchange_n(&n->key, 1, __ATOMIC_RELEASE) != 0)
        goc_throw("notewakeup - double wakeup");
    futexwakeup(&n->key, 1);
}
