/*
 * tests/check_m_capture.h — run a function in a child process and capture
 * what it writes to stderr and how it exits (for the exact text of panics
 * and fatal errors). Used by check_malloc.c, check_slice.c, check_string.c.
 */
#ifndef CHECK_M_CAPTURE_H
#define CHECK_M_CAPTURE_H

#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

typedef struct capture {
    int status;     /* exit status, or -1 if the child did not exit normally */
    char err[4096]; /* stderr, NUL-terminated (truncated to fit) */
} capture;

/* Runs fn(arg) in a child; the child exits 0 if fn returns. */
static inline void capture_run(capture *c, void (*fn)(void *), void *arg) {
    int fds[2];
    memset(c, 0, sizeof *c);
    c->status = -1;
    if (pipe(fds) != 0)
        return;
    pid_t pid = fork();
    if (pid < 0) {
        close(fds[0]);
        close(fds[1]);
        return;
    }
    if (pid == 0) {
        close(fds[0]);
        dup2(fds[1], 2);
        close(fds[1]);
        fn(arg);
        _exit(0);
    }
    close(fds[1]);
    size_t n = 0;
    for (;;) {
        ssize_t r = read(fds[0], c->err + n, sizeof c->err - 1 - n);
        if (r <= 0)
            break;
        n += (size_t)r;
        if (n == sizeof c->err - 1) {
            char sink[256];
            while (read(fds[0], sink, sizeof sink) > 0) {
            }
            break;
        }
    }
    c->err[n] = '\0';
    close(fds[0]);
    int st;
    if (waitpid(pid, &st, 0) == pid && WIFEXITED(st))
        c->status = WEXITSTATUS(st);
}

/* Whether s starts with prefix. */
static inline int capture_hasprefix(const char *s, const char *prefix) {
    return strncmp(s, prefix, strlen(prefix)) == 0;
}

/* The GC-stress period of this run (GOC_GCSTRESS), 0 when off. */
static inline unsigned long capture_gcstress(void) {
    const char *s = getenv("GOC_GCSTRESS");
    return s ? strtoul(s, NULL, 10) : 0;
}

#endif
