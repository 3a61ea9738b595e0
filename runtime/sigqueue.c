#include "goc_rt.h"
/*
 * runtime/sigqueue.c — signals as package os and os/signal see them (Go:
 * runtime/sigqueue.go, the non-fault part of signal_unix.go, and gc's signal
 * table sigtab_linux_generic.go). Faults (SIGSEGV, SIGBUS, SIGFPE) are
 * runtime.c's.
 *
 * Hooks, under the link names of linkname.h:
 *   os/signal.signal_enable/disable/ignore/ignored/recv, signalWaitUntilIdle;
 *   os.sigpipe (a write to a broken stdout or stderr), os.ignoreSIGSYS and
 *   os.restoreSIGSYS (around os's probe of clone3 with a pidfd).
 *
 * State. Signal sets are three 32-bit words (signals 1..64, as Go's
 * sig.wanted/ignored/mask):
 *   wanted    signals os/signal delivers (Notify);
 *   ignored   signals os/signal ignores (SIG_IGN, inherited by children);
 *   pending   caught and not yet handed to signal_recv (coalesced, as gc's);
 *   installed signals whose action goc set (its handler or SIG_IGN); orig[]
 *             keeps the action the process had before (restored when goc
 *             gives a signal back).
 * wanted/ignored/pending are read by the handler, so they are atomic words;
 * enable/disable/ignore serialize on siglk.
 *
 * Delivery. The handler (any thread) sets the signal's pending bit, then
 * sets the futex word wake to 1 and wakes it if it was 0. signal_recv hands
 * out the signals it took, lowest first; when it has none it takes the
 * pending words at once (exchange with 0), and when those are empty too it
 * stores wake = 0, checks pending again and sleeps while wake is 0: a signal
 * arriving in between either shows in that check or has set wake. It sleeps
 * between entersyscall/exitsyscall (syscall.c), as gc's receiver sleeps in
 * notetsleepg. `delivering` counts handlers between reading wanted and
 * waking the receiver, and `receiving` is 1 while the receiver sleeps:
 * signalWaitUntilIdle (signal.Stop) waits for delivering == 0 and
 * receiving == 1, gc's sigReceiving state.
 *
 * A caught signal os/signal does not want gets gc's default treatment for a
 * Go program: SIGHUP, SIGINT, SIGTERM (_SigKill) and SIGQUIT, SIGABRT
 * (_SigThrow; gc prints a goroutine dump first, goc does not) end the
 * process by the signal itself; the others are ignored (SIGPIPE from a
 * write: the write fails with EPIPE and os decides, SIGUSR1, SIGCHLD, ...).
 * goc installs its handler for SIGPIPE at start (goc_initsigqueue) and for
 * the others when os/signal first enables them, never for signals gc does
 * not relay (_SigNotify unset: faults, SIGKILL, SIGSTOP, SIGSYS, the C
 * library's 32..34) nor for the collector's suspend and restart signals.
 */
#include "linkname.h"

#include <errno.h>
#include <linux/futex.h>
#include <signal.h>
#include <stdatomic.h>
#include <string.h>
#include <sys/syscall.h>
#include <unistd.h>

enum { NSIGS = 65, WORDS = 3 };

static _Atomic uint32_t wanted[WORDS], ignored[WORDS], pending[WORDS];
static uint32_t installed[WORDS]; /* under siglk */
static struct sigaction orig[NSIGS];
static pthread_mutex_t siglk = PTHREAD_MUTEX_INITIALIZER;

static _Atomic uint32_t wake;     /* futex word: 1 = a signal arrived since the receiver looked */
static _Atomic int32_t delivering;
static _Atomic uint32_t receiving;
static _Atomic uint32_t sigsysignored;

static uint32_t bit(uint32_t sig) { return (uint32_t)1 << (sig & 31); }
static bool has(_Atomic uint32_t *set, uint32_t sig) { return (atomic_load(&set[sig / 32]) & bit(sig)) != 0; }

/* gc's _SigNotify, minus the collector's own signals. */
static bool relayable(uint32_t sig) {
    switch (sig) {
    case SIGILL: case SIGTRAP: case SIGBUS: case SIGFPE: case SIGKILL: case SIGSEGV:
    case SIGSTKFLT: case SIGSTOP: case SIGSYS: case 32: case 33: case 34:
        return false;
    }
    return sig > 0 && sig < NSIGS && (int)sig != GC_get_suspend_signal() && (int)sig != GC_get_thr_restart_signal();
}

/* gc's _SigKill and _SigThrow among the relayable signals: not relayed, they end the process. */
static bool fatalunrelayed(int sig) {
    return sig == SIGHUP || sig == SIGINT || sig == SIGTERM || sig == SIGQUIT || sig == SIGABRT;
}

/* Go: dieFromSignal. The default action, delivered to this thread; exit 2 if we survive. */
static void diefromsignal(int sig) {
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = SIG_DFL;
    sigaction(sig, &sa, NULL);
    sigset_t m;
    sigemptyset(&m);
    sigaddset(&m, sig);
    pthread_sigmask(SIG_UNBLOCK, &m, NULL);
    raise(sig);
    _exit(2);
}

static void futexwake(_Atomic uint32_t *w) {
    syscall(SYS_futex, (uint32_t *)w, FUTEX_WAKE_PRIVATE, 1, NULL, NULL, 0);
}

/* Go: sigsend. Queue sig for signal_recv if os/signal wants it. Async-signal-safe. */
static bool sigsend(uint32_t sig) {
    atomic_fetch_add(&delivering, 1);
    bool want = has(wanted, sig);
    if (want) {
        atomic_fetch_or(&pending[sig / 32], bit(sig));
        if (atomic_exchange(&wake, 1) == 0)
            futexwake(&wake);
    }
    atomic_fetch_sub(&delivering, 1);
    return want;
}

static void sighandler(int sig, siginfo_t *info, void *ctx) {
    (void)info, (void)ctx;
    int saved = errno;
    if (sig == SIGSYS) {
        if (atomic_load(&sigsysignored))
            return; /* os's clone3 probe under a seccomp filter: the call fails with ENOSYS */
        diefromsignal(sig);
    }
    if (!sigsend((uint32_t)sig) && fatalunrelayed(sig))
        diefromsignal(sig);
    errno = saved;
}

/* Save the process's action for sig, once (siglk held); false if sig has none to save. */
static bool save(uint32_t sig) {
    if (installed[sig / 32] & bit(sig))
        return true;
    if (sigaction((int)sig, NULL, &orig[sig]) != 0)
        return false;
    installed[sig / 32] |= bit(sig);
    return true;
}

/* Make goc's handler (or SIG_IGN) sig's action (siglk held). */
static void setaction(uint32_t sig, bool ignore) {
    if (!save(sig))
        return;
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    if (ignore) {
        sa.sa_handler = SIG_IGN;
    } else {
        sa.sa_sigaction = sighandler;
        sa.sa_flags = SA_SIGINFO | SA_ONSTACK | SA_RESTART;
        sigfillset(&sa.sa_mask);
    }
    sigaction((int)sig, &sa, NULL);
}

/* Give sig the process's saved action back (siglk held). */
static void restore(uint32_t sig) {
    if (!(installed[sig / 32] & bit(sig)))
        return;
    sigaction((int)sig, &orig[sig], NULL);
    installed[sig / 32] &= ~bit(sig);
}

/* Called by goc_init: SIGPIPE is caught (gc: ignored unless relayed), not SIG_IGN, which children would inherit. */
void goc_initsigqueue(void) {
    pthread_mutex_lock(&siglk);
    setaction(SIGPIPE, false);
    pthread_mutex_unlock(&siglk);
}

/* ---- os/signal -------------------------------------------------------------------------- */

/* Go: signal_enable. Deliver sig to signal_recv from now on. */
void os_signal__signal_enable(uint32_t sig) {
    if (!relayable(sig))
        return;
    pthread_mutex_lock(&siglk);
    atomic_fetch_or(&wanted[sig / 32], bit(sig));
    atomic_fetch_and(&ignored[sig / 32], ~bit(sig));
    setaction(sig, false);
    pthread_mutex_unlock(&siglk);
}

/*
 * Go: signal_disable (signal.Reset/Stop). Stop delivering sig. A signal
 * whose unrelayed treatment ends the process gets the process's action back
 * (for SIGINT and SIGHUP inherited as ignored, that is what gc's
 * sigInstallGoHandler keeps); others get goc's handler, which now ignores
 * them, as gc's does.
 */
void os_signal__signal_disable(uint32_t sig) {
    if (!relayable(sig))
        return;
    pthread_mutex_lock(&siglk);
    atomic_fetch_and(&wanted[sig / 32], ~bit(sig));
    if (fatalunrelayed((int)sig))
        restore(sig);
    else if (installed[sig / 32] & bit(sig))
        setaction(sig, false);
    pthread_mutex_unlock(&siglk);
}

/* Go: signal_ignore (signal.Ignore): SIG_IGN, which exec'd children inherit. */
void os_signal__signal_ignore(uint32_t sig) {
    if (!relayable(sig))
        return;
    pthread_mutex_lock(&siglk);
    atomic_fetch_and(&wanted[sig / 32], ~bit(sig));
    atomic_fetch_or(&ignored[sig / 32], bit(sig));
    setaction(sig, true);
    pthread_mutex_unlock(&siglk);
}

/* Go: signal_ignored (signal.Ignored). */
bool os_signal__signal_ignored(uint32_t sig) { return sig < NSIGS && has(ignored, sig); }

/* Go: signal_recv. Block until a wanted signal arrives; return it. Only os/signal's loop goroutine calls it. */
uint32_t os_signal__signal_recv(void) {
    static uint32_t taken[WORDS]; /* signals taken from pending, not yet returned */
    for (;;) {
        for (uint32_t sig = 1; sig < NSIGS; sig++)
            if (taken[sig / 32] & bit(sig)) {
                taken[sig / 32] &= ~bit(sig);
                return sig;
            }
        bool any = false;
        for (int w = 0; w < WORDS; w++) {
            taken[w] = atomic_exchange(&pending[w], 0);
            any = any || taken[w] != 0;
        }
        if (any)
            continue;
        atomic_store(&wake, 0);
        for (int w = 0; w < WORDS; w++)
            any = any || atomic_load(&pending[w]) != 0;
        if (any)
            continue;
        runtime__entersyscall();
        atomic_store(&receiving, 1);
        while (atomic_load(&wake) == 0)
            syscall(SYS_futex, (uint32_t *)&wake, FUTEX_WAIT_PRIVATE, 0, NULL, NULL, 0);
        atomic_store(&receiving, 0);
        runtime__exitsyscall();
    }
}

/* Go: signalWaitUntilIdle. Wait until no handler is delivering and the receiver waits again. */
void os_signal__signalWaitUntilIdle(void) {
    while (atomic_load(&delivering) != 0)
        goc_Gosched();
    while (atomic_load(&receiving) == 0)
        goc_Gosched();
}

/* ---- os ------------------------------------------------------------------------------------ */

/* Go: os_sigpipe. A write to stdout or stderr hit a closed pipe: relay or die, as gc. */
void os__sigpipe(void) {
    if (has(ignored, SIGPIPE) || sigsend(SIGPIPE))
        return;
    diefromsignal(SIGPIPE);
}

/*
 * Go: ignoreSIGSYS/restoreSIGSYS, around os's clone3 probe (a seccomp filter
 * may answer it with SIGSYS). goc catches SIGSYS from the first probe on; its
 * handler ignores it while the flag is set and otherwise gives the default
 * action (gc throws "SIGSYS: bad system call" instead).
 */
void os__ignoreSIGSYS(void) {
    pthread_mutex_lock(&siglk);
    setaction(SIGSYS, false);
    pthread_mutex_unlock(&siglk);
    atomic_store(&sigsysignored, 1);
}

void os__restoreSIGSYS(void) { atomic_store(&sigsysignored, 0); }
