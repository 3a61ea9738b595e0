/* measure: run a program and report its wall time and peak RSS.
 *
 * Usage: measure REPORT PROG [ARGS...]
 *
 * Forks, execs PROG with ARGS (stdin/stdout/stderr inherited), waits with
 * wait4 and writes one line to the file REPORT:
 *   <exit code, or -signal> <wall seconds> <peak RSS in KiB> <user+system CPU seconds>
 * The harness uses this small C process as the parent, rather than Python,
 * because Linux carries a process's peak RSS across fork and exec: a child
 * forked from a 20 MB Python interpreter would never report less than 20 MB.
 * Exit status: 0 when the report was written, 127 when PROG could not start. */
#define _GNU_SOURCE
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

int main(int argc, char **argv) {
    if (argc < 3) {
        fprintf(stderr, "usage: measure REPORT PROG [ARGS...]\n");
        return 2;
    }
    struct timespec t0, t1;
    clock_gettime(CLOCK_MONOTONIC, &t0);
    pid_t pid;
    /* A busy machine may be out of processes for a moment: retry for ~10 s. */
    for (int tries = 0; (pid = fork()) < 0 && errno == EAGAIN && tries < 100; tries++) {
        struct timespec nap = {0, 100 * 1000 * 1000};
        nanosleep(&nap, NULL);
        clock_gettime(CLOCK_MONOTONIC, &t0);
    }
    if (pid < 0) {
        perror("measure: fork");
        return 2;
    }
    if (pid == 0) {
        execv(argv[2], argv + 2);
        fprintf(stderr, "measure: cannot run %s: %s\n", argv[2], strerror(errno));
        _exit(127);
    }
    int status;
    struct rusage ru;
    while (wait4(pid, &status, 0, &ru) < 0) {
        if (errno != EINTR) {
            perror("measure: wait4");
            return 2;
        }
    }
    clock_gettime(CLOCK_MONOTONIC, &t1);
    double wall = (double)(t1.tv_sec - t0.tv_sec) + (double)(t1.tv_nsec - t0.tv_nsec) / 1e9;
    int code = WIFEXITED(status) ? WEXITSTATUS(status) : -WTERMSIG(status);
    FILE *f = fopen(argv[1], "w");
    if (!f) {
        perror("measure: report");
        return 2;
    }
    double cpu = (double)(ru.ru_utime.tv_sec + ru.ru_stime.tv_sec) +
                 (double)(ru.ru_utime.tv_usec + ru.ru_stime.tv_usec) / 1e6;
    fprintf(f, "%d %.6f %ld %.6f\n", code, wall, ru.ru_maxrss, cpu);
    fclose(f);
    return code == 127 ? 127 : 0;
}
