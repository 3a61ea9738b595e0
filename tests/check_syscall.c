/*
 * tests/check_syscall.c — the runtime's hooks for GOROOT's package syscall
 * (runtime/syscall.c), called as translated Go code calls them: the raw
 * system call's result convention (r1 = -1 and the errno on failure, rdx as
 * the second result), rawSyscallNoError, the clone of fork/exec (the child
 * has its own memory yet the parent waits for its exec or exit), the fork
 * hooks' signal masks and handler reset, gettimeofday, the page size and
 * the environment mirrored into the C library's.
 */
#include "goc_rt.h"
#include "linkname.h"
#include "testutil.h"

#include <fcntl.h>
#include <signal.h>
#include <sched.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <sys/time.h>

START_TEST(test_syscall6_results) {
    int p[2];
    ck_assert_int_eq(pipe(p), 0);
    goc_syscall6_result r = internal_runtime_syscall__Syscall6(SYS_write, (goc_uintptr)p[1], (goc_uintptr) "abc", 3,
                                                                0, 0, 0);
    ck_assert_uint_eq(r.r0, 3);
    ck_assert_uint_eq(r.r2, 0);
    char buf[4] = {0};
    r = internal_runtime_syscall__Syscall6(SYS_read, (goc_uintptr)p[0], (goc_uintptr)buf, sizeof buf, 0, 0, 0);
    ck_assert_uint_eq(r.r0, 3);
    ck_assert_str_eq(buf, "abc");
    close(p[0]);
    close(p[1]);
    /* failure: r1 is -1, r2 0, the errno positive */
    r = internal_runtime_syscall__Syscall6(SYS_close, (goc_uintptr)p[0], 0, 0, 0, 0, 0);
    ck_assert_uint_eq(r.r0, (goc_uintptr)-1);
    ck_assert_uint_eq(r.r1, 0);
    ck_assert_uint_eq(r.r2, EBADF);
    /* six arguments reach the kernel: pread64(fd, buf, n, off) uses four, mmap six */
    r = internal_runtime_syscall__Syscall6(SYS_mmap, 0, 4096, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS,
                                           (goc_uintptr)-1, 0);
    ck_assert_uint_eq(r.r2, 0);
    ((char *)r.r0)[4095] = 1;
    ck_assert_int_eq(munmap((void *)r.r0, 4096), 0);
    r = internal_runtime_syscall__Syscall6(SYS_mmap, 0, 4096, PROT_READ, MAP_PRIVATE, (goc_uintptr)-1, 0);
    ck_assert_uint_eq(r.r2, EBADF);
}
END_TEST

START_TEST(test_nofail_and_vdso) {
    goc_uintptr2 r = syscall__rawSyscallNoError(SYS_getpid, 0, 0, 0);
    ck_assert_uint_eq(r.r0, (goc_uintptr)getpid());
    struct timeval tv = {0, 0};
    ck_assert_uint_eq(syscall__gettimeofday(&tv), 0);
    ck_assert_int_gt(tv.tv_sec, 1600000000);
    ck_assert_int_eq(syscall__Getpagesize(), sysconf(_SC_PAGESIZE));
}
END_TEST

static int touched; /* a child's write must not reach the parent's copy */

/* The clone of forkAndExecInChild1 with gc's flags (CLONE_VM|CLONE_VFORK): the
   child writes memory and exits; the parent sees its own value, then reaps it. */
START_TEST(test_vfork_own_memory) {
    touched = 1;
    syscall__runtime_BeforeFork();
    goc_uintptr2 r = syscall__rawVforkSyscall(SYS_clone, CLONE_VM | CLONE_VFORK | SIGCHLD, 0, 0);
    if (r.r0 == 0 && r.r1 == 0) {
        syscall__runtime_AfterForkInChild();
        touched = 2;
        syscall(SYS_exit_group, touched == 2 ? 7 : 8);
    }
    syscall__runtime_AfterFork();
    ck_assert_uint_eq(r.r1, 0);
    ck_assert_int_eq(touched, 1);
    int st;
    ck_assert_int_eq(waitpid((pid_t)r.r0, &st, 0), (pid_t)r.r0);
    ck_assert(WIFEXITED(st));
    ck_assert_int_eq(WEXITSTATUS(st), 7);
    /* a failing clone: the errno, r1 = -1 */
    r = syscall__rawVforkSyscall(SYS_clone, CLONE_VM | CLONE_VFORK | CLONE_SIGHAND, 0, 0);
    ck_assert_uint_eq(r.r0, (goc_uintptr)-1);
    ck_assert_uint_eq(r.r1, EINVAL);
}
END_TEST

static void onusr1(int sig) { (void)sig; }

/* BeforeFork blocks every signal and AfterFork restores the mask; in the child
   AfterForkInChild gives caught signals their default action back. */
START_TEST(test_fork_hooks) {
    struct sigaction sa = {0}, old;
    sa.sa_handler = onusr1;
    ck_assert_int_eq(sigaction(SIGUSR1, &sa, &old), 0);
    sigset_t before, during, after;
    pthread_sigmask(SIG_SETMASK, NULL, &before);
    syscall__runtime_BeforeFork();
    pthread_sigmask(SIG_SETMASK, NULL, &during);
    ck_assert(sigismember(&during, SIGUSR1));
    ck_assert(sigismember(&during, SIGTERM));
    pid_t pid = fork();
    if (pid == 0) {
        syscall__runtime_AfterForkInChild();
        struct sigaction now;
        sigaction(SIGUSR1, NULL, &now);
        sigset_t m;
        pthread_sigmask(SIG_SETMASK, NULL, &m);
        _exit(now.sa_handler == SIG_DFL && !sigismember(&m, SIGUSR1) ? 0 : 1);
    }
    syscall__runtime_AfterFork();
    pthread_sigmask(SIG_SETMASK, NULL, &after);
    ck_assert_int_eq(sigismember(&after, SIGUSR1), sigismember(&before, SIGUSR1));
    ck_assert_int_eq(sigismember(&after, SIGTERM), sigismember(&before, SIGTERM));
    int st;
    ck_assert_int_eq(waitpid(pid, &st, 0), pid);
    ck_assert(WIFEXITED(st) && WEXITSTATUS(st) == 0);
    struct sigaction mine;
    sigaction(SIGUSR1, NULL, &mine);
    ck_assert_ptr_eq((void *)mine.sa_handler, (void *)onusr1); /* the parent keeps its handler */
    sigaction(SIGUSR1, &old, NULL);
}
END_TEST

static goc_string gs(const char *s) { return (goc_string){(const uint8_t *)s, (goc_int)strlen(s)}; }

static bool hasenv(goc_slice envs, const char *kv) {
    goc_string *a = envs.ptr;
    for (goc_int i = 0; i < envs.len; i++)
        if (a[i].len == (goc_int)strlen(kv) && memcmp(a[i].str, kv, strlen(kv)) == 0)
            return true;
    return false;
}

START_TEST(test_environment) {
    syscall__runtimeSetenv(gs("GOC_CHECK_SYSCALL"), gs("v1"));
    ck_assert_str_eq(getenv("GOC_CHECK_SYSCALL"), "v1");
    ck_assert(hasenv(syscall__runtime_envs(), "GOC_CHECK_SYSCALL=v1"));
    syscall__runtimeSetenv(gs("GOC_CHECK_SYSCALL"), gs(""));
    ck_assert_str_eq(getenv("GOC_CHECK_SYSCALL"), "");
    syscall__runtimeUnsetenv(gs("GOC_CHECK_SYSCALL"));
    ck_assert_ptr_null(getenv("GOC_CHECK_SYSCALL"));
    ck_assert(!hasenv(syscall__runtime_envs(), "GOC_CHECK_SYSCALL="));
    /* keys and values with a NUL never reach the C environment */
    goc_string bad = {(const uint8_t *)"GOC_CHECK\0X", 11};
    syscall__runtimeSetenv(bad, gs("x"));
    ck_assert_ptr_null(getenv("GOC_CHECK"));
}
END_TEST

static void exit3(void *arg) {
    (void)arg;
    syscall__Exit(3);
}

START_TEST(test_exit) {
    tu_capture c;
    tu_run(&c, exit3, NULL);
    ck_assert_int_eq(c.status, 3);
}
END_TEST

Suite *syscall_suite(void) {
    Suite *s = suite_create("syscall");
    TCase *tc = tcase_create("core");
    tcase_add_test(tc, test_syscall6_results);
    tcase_add_test(tc, test_nofail_and_vdso);
    tcase_add_test(tc, test_vfork_own_memory);
    tcase_add_test(tc, test_fork_hooks);
    tcase_add_test(tc, test_environment);
    tcase_add_test(tc, test_exit);
    suite_add_tcase(s, tc);
    return s;
}
