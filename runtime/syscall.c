#include "goc_rt.h"
/*
 * runtime/syscall.c — what GOROOT's package syscall (translated from source,
 * linux/amd64) needs from the runtime, under the C names of the Go
 * functions' link names (runtime/linkname.h, gen/lower/linkname.go):
 *
 *   internal/runtime/syscall.Syscall6   the raw system call (gc: assembly);
 *   syscall.rawSyscallNoError           the same for calls that cannot fail;
 *   syscall.rawVforkSyscall             clone for fork/exec (gc: assembly);
 *   syscall.gettimeofday                (gc: the vDSO, from assembly);
 *   runtime.fcntl                       (internal/syscall/unix's fcntl);
 *   runtime.entersyscall/exitsyscall    around blocking calls (syscall.Syscall);
 *   syscall.Getpagesize, syscall.Exit;
 *   syscall.runtime_envs, runtimeSetenv, runtimeUnsetenv (the environment);
 *   syscall.runtime_BeforeFork/AfterFork/AfterForkInChild (signal masks
 *   around fork) and runtime_BeforeExec/AfterExec (no thread starts while
 *   syscall.Exec replaces the process).
 *
 * Results follow the raw Linux convention Go's wrappers expect: a value in
 * [-4095, -1] is minus an errno, which becomes (r1 = -1, errno); other values
 * are results. Nothing here allocates, takes locks or touches the collector,
 * except the environment functions: the fork hooks and the raw calls run in
 * a child between fork and exec.
 *
 * Layout of the several-result functions: a struct of fields r0, r1, ... of
 * the Go results' C types (all uintptr here; syscall.Errno is a uintptr).
 */
#include "linkname.h"

#include <errno.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/syscall.h>
#include <sys/time.h>
#include <unistd.h>

#ifndef CLONE_VM
#define CLONE_VM 0x00000100
#endif

extern char **environ;

/* The raw call: rax = number, then rdi, rsi, rdx, r10, r8, r9; results rax, rdx. */
static inline goc_uintptr rawcall(goc_uintptr num, goc_uintptr a1, goc_uintptr a2, goc_uintptr a3,
                                  goc_uintptr a4, goc_uintptr a5, goc_uintptr a6, goc_uintptr *r2) {
#if defined(__x86_64__)
    register goc_uintptr r10 __asm__("r10") = a4;
    register goc_uintptr r8 __asm__("r8") = a5;
    register goc_uintptr r9 __asm__("r9") = a6;
    goc_uintptr rax = num, rdx = a3;
    __asm__ volatile("syscall"
                     : "+a"(rax), "+d"(rdx)
                     : "D"(a1), "S"(a2), "r"(r10), "r"(r8), "r"(r9)
                     : "rcx", "r11", "memory");
    *r2 = rdx;
    return rax;
#else
    /* libc's generic entry point: no second result register */
    long r = syscall((long)num, a1, a2, a3, a4, a5, a6);
    *r2 = 0;
    return r == -1 ? (goc_uintptr)-(goc_uintptr)errno : (goc_uintptr)r;
#endif
}

/* gc: CMPQ AX, $0xfffffffffffff001; JLS ok */
static bool iserrno(goc_uintptr r) { return r > (goc_uintptr)-4095; }

goc_syscall6_result internal_runtime_syscall__Syscall6(goc_uintptr num, goc_uintptr a1, goc_uintptr a2,
                                                       goc_uintptr a3, goc_uintptr a4, goc_uintptr a5,
                                                       goc_uintptr a6) {
    goc_uintptr r2;
    goc_uintptr r1 = rawcall(num, a1, a2, a3, a4, a5, a6, &r2);
    if (iserrno(r1))
        return (goc_syscall6_result){(goc_uintptr)-1, 0, -r1};
    return (goc_syscall6_result){r1, r2, 0};
}

goc_uintptr2 syscall__rawSyscallNoError(goc_uintptr trap, goc_uintptr a1, goc_uintptr a2, goc_uintptr a3) {
    goc_uintptr r2;
    goc_uintptr r1 = rawcall(trap, a1, a2, a3, 0, 0, 0, &r2);
    return (goc_uintptr2){r1, r2};
}

/*
 * gc's assembly runs clone(CLONE_VM|CLONE_VFORK) and lets the child return
 * into forkAndExecInChild1 on the parent's stack, keeping its own return
 * address in a register the child cannot overwrite. A C function cannot do
 * that, so the child gets its own copy of the address space instead: CLONE_VM
 * is dropped (from clone's flags, or from clone3's struct clone_args, whose
 * first field is the flags) and CLONE_VFORK kept, so the parent still waits
 * until the child has called exec or exited, and the child returns into its
 * own copy of the stack. The difference is only the cost of copying the page
 * tables.
 */
goc_uintptr2 syscall__rawVforkSyscall(goc_uintptr trap, goc_uintptr a1, goc_uintptr a2, goc_uintptr a3) {
    goc_uintptr r2;
    uint64_t args[16];
    if (trap == SYS_clone) {
        a1 &= ~(goc_uintptr)CLONE_VM;
    } else if (trap == 435 /* SYS_clone3 */ && a2 <= sizeof args) {
        memcpy(args, (void *)a1, a2);
        args[0] &= ~(uint64_t)CLONE_VM;
        a1 = (goc_uintptr)args;
    }
    goc_uintptr r1 = rawcall(trap, a1, a2, a3, 0, 0, 0, &r2);
    if (iserrno(r1))
        return (goc_uintptr2){(goc_uintptr)-1, -r1};
    return (goc_uintptr2){r1, 0};
}

/* Go: runtime.fcntl, pulled by internal/syscall/unix: (result, 0) or (-1, errno). */
goc_int32pair runtime__fcntl(int32_t fd, int32_t cmd, int32_t arg) {
    goc_uintptr r2;
    goc_uintptr r = rawcall(SYS_fcntl, (goc_uintptr)(intptr_t)fd, (goc_uintptr)(intptr_t)cmd,
                            (goc_uintptr)(intptr_t)arg, 0, 0, 0, &r2);
    if (iserrno(r))
        return (goc_int32pair){-1, (int32_t)-(intptr_t)r};
    return (goc_int32pair){(int32_t)r, 0};
}

/* syscall.gettimeofday (gc: the vDSO's __vdso_gettimeofday); glibc goes to the vDSO too. */
goc_uintptr syscall__gettimeofday(void *tv) {
    return gettimeofday(tv, NULL) == 0 ? 0 : (goc_uintptr)errno;
}

/*
 * Go: entersyscall/exitsyscall, around every blocking system call of
 * syscall.Syscall and Syscall6: the goroutine's P may go to another M
 * meanwhile (proc.c: sysmon hands it off after a tick), so a goroutine
 * blocked in read(2) never stops the others.
 */
void runtime__entersyscall(void) { goc_entersyscall(); }
void runtime__exitsyscall(void) { goc_exitsyscall(); }

goc_int syscall__Getpagesize(void) { return (goc_int)sysconf(_SC_PAGESIZE); }

_Noreturn void syscall__Exit(goc_int code) { goc_exit((int)code); }

/* ---- the environment ---------------------------------------------------------------------- */

/* Go: syscall_runtime_envs. A copy of the process's environment, as the runtime saw it. */
goc_slice syscall__runtime_envs(void) {
    goc_int n = 0;
    if (environ != NULL)
        while (environ[n] != NULL)
            n++;
    if (n == 0)
        return (goc_slice){NULL, 0, 0};
    goc_string *a = goc_alloc((uintptr_t)n * sizeof *a, true);
    for (goc_int i = 0; i < n; i++)
        a[i] = goc_gostring(environ[i]);
    return (goc_slice){a, n, n};
}

/* A NUL-terminated copy of s, or NULL when s holds a NUL (syscall rejects those first). */
static char *cstring(goc_string s) {
    if (s.len > 0 && memchr(s.str, 0, (size_t)s.len) != NULL)
        return NULL;
    char *b = goc_alloc((uintptr_t)s.len + 1, false);
    if (s.len > 0)
        memcpy(b, s.str, (size_t)s.len);
    b[s.len] = 0;
    return b;
}

/*
 * Go: syscall_runtimeSetenv/runtimeUnsetenv. Package syscall keeps the Go
 * view of the environment; the runtime mirrors each change into the C
 * library's environ, as gc does when cgo is in use, so the runtime's own
 * getenv (GOTRACEBACK, GODEBUG) and C code see it. syscall serializes the
 * calls (envLock).
 */
void syscall__runtimeSetenv(goc_string k, goc_string v) {
    char *ck = cstring(k), *cv = cstring(v);
    if (ck != NULL && cv != NULL && *ck != '\0')
        setenv(ck, cv, 1);
    goc_godebug_envchanged(k);
}

void syscall__runtimeUnsetenv(goc_string k) {
    char *ck = cstring(k);
    if (ck != NULL && *ck != '\0')
        unsetenv(ck);
    goc_godebug_envchanged(k);
}

/* ---- fork and exec ------------------------------------------------------------------------ */

/*
 * Go: syscall_runtime_BeforeFork. The forking thread blocks every signal, so
 * that no handler of the runtime runs in the child before it has reset them
 * (AfterForkInChild); the parent's mask comes back in AfterFork. One fork at
 * a time per thread: the saved mask is the thread's.
 */
static __thread sigset_t forkmask;

void syscall__runtime_BeforeFork(void) {
    sigset_t all;
    sigfillset(&all);
    pthread_sigmask(SIG_SETMASK, &all, &forkmask);
}

void syscall__runtime_AfterFork(void) {
    pthread_sigmask(SIG_SETMASK, &forkmask, NULL);
}

/*
 * Go: syscall_runtime_AfterForkInChild. In the child: every signal the
 * runtime handles goes back to its default action (ignored ones stay
 * ignored, as exec would leave them), then the mask is restored. Only
 * async-signal-safe calls: the child of a multi-threaded process.
 */
void syscall__runtime_AfterForkInChild(void) {
    for (int sig = 1; sig < NSIG; sig++) {
        struct sigaction sa;
        if (sigaction(sig, NULL, &sa) != 0)
            continue;
        if ((sa.sa_flags & SA_SIGINFO) || (sa.sa_handler != SIG_DFL && sa.sa_handler != SIG_IGN)) {
            memset(&sa, 0, sizeof sa);
            sa.sa_handler = SIG_DFL;
            sigaction(sig, &sa, NULL);
        }
    }
    pthread_sigmask(SIG_SETMASK, &forkmask, NULL);
}

/*
 * Go: syscall_runtime_BeforeExec/AfterExec (execLock): no thread may be
 * created while syscall.Exec replaces the process image. Thread creation
 * takes the lock shared (goc_execlock_rlock, proc.c); exec takes it
 * exclusively.
 */
static pthread_rwlock_t execlock = PTHREAD_RWLOCK_INITIALIZER;

void goc_execlock_rlock(void) { pthread_rwlock_rdlock(&execlock); }
void goc_execlock_runlock(void) { pthread_rwlock_unlock(&execlock); }
void syscall__runtime_BeforeExec(void) { pthread_rwlock_wrlock(&execlock); }
void syscall__runtime_AfterExec(void) { pthread_rwlock_unlock(&execlock); }
