/*
 * tests/check_p_util.h — helpers for the panic/print/iface/error/type/runtime
 * suites: run code in a child process and capture its stderr and exit status
 * (panics exit the process), capture fd 2 in-process for print output, and
 * build closures the way generated code does (goc_func first, captures after).
 */
#ifndef CHECK_P_UTIL_H
#define CHECK_P_UTIL_H

#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include <goc.h>

typedef struct pcap {
    int status;     /* exit status; 128+signal when killed; -1 on failure */
    size_t len;
    char err[16384]; /* stderr, NUL-terminated */
} pcap;

static inline void pcap_read(int fd, pcap *c) {
    c->len = 0;
    for (;;) {
        ssize_t r = read(fd, c->err + c->len, sizeof c->err - 1 - c->len);
        if (r <= 0)
            break;
        c->len += (size_t)r;
        if (c->len == sizeof c->err - 1)
            break;
    }
    c->err[c->len] = '\0';
}

/*
 * Run fn(arg) in a child with GOTRACEBACK=traceback (NULL: unset). The child
 * exits 0 if fn returns.
 */
static inline void prun(pcap *c, void (*fn)(void *), void *arg, const char *traceback) {
    int fds[2];
    memset(c, 0, sizeof *c);
    c->status = -1;
    ck_assert_int_eq(pipe(fds), 0);
    fflush(NULL); /* the child must not repeat pending stdio output */
    pid_t pid = fork();
    ck_assert_int_ge(pid, 0);
    if (pid == 0) {
        close(fds[0]);
        dup2(fds[1], 2);
        close(fds[1]);
        if (traceback != NULL)
            setenv("GOTRACEBACK", traceback, 1);
        else
            unsetenv("GOTRACEBACK");
        fn(arg);
        _exit(0);
    }
    close(fds[1]);
    pcap_read(fds[0], c);
    close(fds[0]);
    int st;
    ck_assert_int_eq(waitpid(pid, &st, 0), pid);
    if (WIFEXITED(st))
        c->status = WEXITSTATUS(st);
    else if (WIFSIGNALED(st))
        c->status = 128 + WTERMSIG(st);
}

/* The goroutine block that follows a panic report by default. */
#define P_GOROUTINE "\ngoroutine 1 [running]:\nmain.main()\n\t?:0\n"

/* In-process capture of fd 2 (output must fit a pipe buffer). */
typedef struct pfd2 {
    int saved;
    int rd;
} pfd2;

static inline void pfd2_begin(pfd2 *p) {
    int fds[2];
    ck_assert_int_eq(pipe(fds), 0);
    p->saved = dup(2);
    p->rd = fds[0];
    dup2(fds[1], 2);
    close(fds[1]);
}

/* Restores fd 2 and returns what was written (static buffer). */
static inline const char *pfd2_end(pfd2 *p) {
    static pcap c;
    dup2(p->saved, 2);
    close(p->saved);
    pcap_read(p->rd, &c);
    close(p->rd);
    return c.err;
}

/* GOC_GCSTRESS period (0 = off): scale loops down under stress, never to zero. */
static inline int p_scale(int n) {
    const char *s = getenv("GOC_GCSTRESS");
    if (s != NULL && strtoul(s, NULL, 10) != 0) {
        n /= 20;
        if (n < 3)
            n = 3;
    }
    return n;
}

#define P_FN(f) ((void (*)(void))(f))

/* complex(re, im) without CMPLX (absent from some libc/compiler pairs). */
static inline goc_complex128 p_cmplx(double re, double im) {
    goc_complex128 z;
    __real__ z = re;
    __imag__ z = im;
    return z;
}
static inline goc_complex64 p_cmplxf(float re, float im) {
    goc_complex64 z;
    __real__ z = re;
    __imag__ z = im;
    return z;
}

/* A goc_string as a NUL-terminated C string (copies; test helper). */
static inline const char *p_cstr(goc_string s) {
    char *b = malloc((size_t)s.len + 1);
    if (s.len > 0)
        memcpy(b, s.str, (size_t)s.len);
    b[s.len] = 0;
    return b;
}

#endif
