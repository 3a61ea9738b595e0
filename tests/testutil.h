/*
 * tests/testutil.h — helpers shared by the Check suites:
 *   - tu_run: run a function in a forked child, capture its stderr and exit
 *     status (panics and fatal errors end the process, so their text and
 *     status 2 are checked from the parent);
 *   - tu_fd2_begin/end: capture fd 2 in-process (print output);
 *   - tu_catch: the value a function panics with, recovered the way
 *     generated code recovers (a deferred closure calling goc_gorecover);
 *   - GC-stress / sanitizer scaling of loop counts (never to zero);
 *   - small conversions (goc_string to C string, complex values);
 *   - goroutines started the way generated code starts them (a closure
 *     passed to goc_newproc), channel descriptors, polling with a deadline.
 * Map internals for the map suites are in tests/export.h.
 */
#ifndef GOC_TESTS_TESTUTIL_H
#define GOC_TESTS_TESTUTIL_H

#include <check.h>
#include <errno.h>
#include <setjmp.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include <goc.h>

#include "tu_main.h"

/* ---- running code in a child process -------------------------------------------------- */

typedef struct tu_capture {
    int status;      /* exit status; 128+signal when killed by one */
    size_t len;      /* bytes in err */
    char err[16384]; /* stderr, NUL-terminated (the rest is read and dropped) */
} tu_capture;

/* Reads fd to EOF into c->err; what does not fit is drained so the writer never blocks. */
static inline void tu_readall(int fd, tu_capture *c) {
    c->len = 0;
    for (;;) {
        ssize_t r = read(fd, c->err + c->len, sizeof c->err - 1 - c->len);
        if (r <= 0)
            break;
        c->len += (size_t)r;
        if (c->len == sizeof c->err - 1) {
            char sink[256];
            while (read(fd, sink, sizeof sink) > 0) {
            }
            break;
        }
    }
    c->err[c->len] = '\0';
}

/*
 * fork, retried for up to ~2 s while the system is out of processes (EAGAIN:
 * a loaded machine, e.g. conformance's many-thread programs running beside
 * the suites); any other failure, or a lasting one, fails the test clearly.
 */
static inline pid_t tu_fork(void) {
    pid_t pid;
    for (int tries = 0; (pid = fork()) < 0 && errno == EAGAIN && tries < 200; tries++)
        usleep(10000);
    ck_assert_msg(pid >= 0, "fork: %s", strerror(errno));
    return pid;
}

/* Drops the " +0x..." offsets from the location lines of tracebacks in c. */
static inline void tu_dropoffsets(tu_capture *c) {
    char *w = c->err;
    for (const char *r = c->err; *r != '\0';) {
        if (r[0] == ' ' && r[1] == '+' && r[2] == '0' && r[3] == 'x') {
            const char *e = r + 4;
            while ((*e >= '0' && *e <= '9') || (*e >= 'a' && *e <= 'f'))
                e++;
            if (*e == '\n' || *e == '\0') {
                r = e;
                continue;
            }
        }
        *w++ = *r++;
    }
    *w = '\0';
    c->len = (size_t)(w - c->err);
}

/*
 * Runs fn(arg) in a child with stderr captured and GOTRACEBACK set to
 * traceback (NULL: unset, gc's default). The child exits 0 if fn returns.
 * In the child fn runs under tu_main, a traceback's main.main (tu_main.h);
 * the offsets of the traceback's frames are dropped from c.
 */
static inline void tu_run_tb(tu_capture *c, void (*fn)(void *), void *arg, const char *traceback) {
    int fds[2];
    memset(c, 0, sizeof *c);
    c->status = -1;
    ck_assert_int_eq(pipe(fds), 0);
    fflush(NULL); /* the child must not repeat pending stdio output */
    pid_t pid = tu_fork();
    if (pid == 0) {
        close(fds[0]);
        dup2(fds[1], 2);
        close(fds[1]);
        if (traceback != NULL)
            setenv("GOTRACEBACK", traceback, 1);
        else
            unsetenv("GOTRACEBACK");
        tu_main(fn, arg);
        _exit(0);
    }
    close(fds[1]);
    tu_readall(fds[0], c);
    tu_dropoffsets(c);
    close(fds[0]);
    int st;
    ck_assert_int_eq(waitpid(pid, &st, 0), pid);
    if (WIFEXITED(st))
        c->status = WEXITSTATUS(st);
    else if (WIFSIGNALED(st))
        c->status = 128 + WTERMSIG(st);
}

static inline void tu_run(tu_capture *c, void (*fn)(void *), void *arg) {
    tu_run_tb(c, fn, arg, NULL);
}

/* The goroutine block that follows a panic report under the default GOTRACEBACK
   (the test body runs under tu_main, line 2 of main.go). */
#define TU_GOROUTINE "\ngoroutine 1 [running]:\nmain.main()\n\t/goc/tests/main.go:2\n"

static inline bool tu_hasprefix(const char *s, const char *prefix) {
    return strncmp(s, prefix, strlen(prefix)) == 0;
}

static inline bool tu_hassuffix(const char *s, const char *suffix) {
    size_t n = strlen(s), k = strlen(suffix);
    return n >= k && strcmp(s + n - k, suffix) == 0;
}

/* The frames of a goroutine started by tu_go (tu_main.h) that is blocked in the runtime. */
#define TU_GOFRAMES "main.main.func1()\n\t/goc/tests/main.go:16\ncreated by main.main in goroutine 1\n\t/goc/tests/main.go:26\n"

/* ---- capturing fd 2 in this process (output must fit a pipe buffer) ------------------- */

typedef struct tu_fd2 {
    int saved;
    int rd;
} tu_fd2;

static inline void tu_fd2_begin(tu_fd2 *p) {
    int fds[2];
    ck_assert_int_eq(pipe(fds), 0);
    p->saved = dup(2);
    p->rd = fds[0];
    dup2(fds[1], 2);
    close(fds[1]);
}

/* Restores fd 2 and returns what was written (a static buffer). */
static inline const char *tu_fd2_end(tu_fd2 *p) {
    static tu_capture c;
    dup2(p->saved, 2);
    close(p->saved);
    tu_readall(p->rd, &c);
    close(p->rd);
    return c.err;
}

/* ---- recovering a panic in-process ------------------------------------------------------ */

/* A closure's code pointer, as generated code stores it in goc_func.fn. */
#define TU_FN(f) ((void (*)(void))(f))

typedef struct tu_recclo {
    goc_func f;
    goc_eface *out;
} tu_recclo;

static inline void tu_recclo_fn(goc_func *f) {
    *((tu_recclo *)f)->out = goc_gorecover();
}

/* The value fn(arg) panicked with, recovered by a deferred closure; nil if it returned. */
static inline goc_eface tu_catch(void (*fn)(const void *), const void *arg) {
    goc_eface got = {NULL, NULL};
    goc_frame fr;
    goc_frame_enter(&fr);
    if (setjmp(fr.jb) == 0) {
        tu_recclo *c = goc_alloc(sizeof *c, true);
        c->f.fn = TU_FN(tu_recclo_fn);
        c->out = &got;
        goc_deferproc(&fr, &c->f);
        fn(arg);
    }
    goc_deferreturn(&fr);
    return got;
}

/* ---- scaling work under GC stress and sanitizers ---------------------------------------- */

/* The GC-stress period of this run (GOC_GCSTRESS), 0 when off. */
static inline unsigned long tu_gcstress(void) {
    const char *s = getenv("GOC_GCSTRESS");
    return s ? strtoul(s, NULL, 10) : 0;
}

/* Under GC stress or a sanitizer build: the slow runs. */
static inline bool tu_slow(void) {
#if defined(__SANITIZE_ADDRESS__)
    return true;
#else
    return tu_gcstress() != 0;
#endif
}

/* n normally, n / div under GC stress (at least 1). */
static inline long tu_scale(long n, long div) {
    if (tu_gcstress() == 0)
        return n;
    n /= div;
    return n < 1 ? 1 : n;
}

/* n normally, n / div under GC stress or a sanitizer (at least 1). */
static inline long tu_scale_slow(long n, long div) {
    if (!tu_slow())
        return n;
    n /= div;
    return n < 1 ? 1 : n;
}

/* ---- values ----------------------------------------------------------------------------- */

/* A goc_string as a NUL-terminated C string (a malloc'd copy). */
static inline char *tu_cstr(goc_string s) {
    char *b = malloc((size_t)s.len + 1);
    if (s.len > 0)
        memcpy(b, s.str, (size_t)s.len);
    b[s.len] = 0;
    return b;
}

/* A C string as a goc_string (no copy). */
static inline goc_string tu_gostr(const char *s) {
    return (goc_string){(const uint8_t *)s, (goc_int)strlen(s)};
}

/* An interface{} holding a copy of *v of type t, boxed as generated code boxes it. */
static __attribute__((noinline, unused)) goc_eface tu_box(const goc_type *t, const void *v) {
    goc_eface e = {t, NULL};
    if (goc_isdirectiface(t)) {
        memcpy(&e.data, v, sizeof(void *));
    } else {
        void *p = goc_alloc(t->Size_ ? t->Size_ : 1, t->PtrBytes != 0);
        memcpy(p, v, t->Size_);
        e.data = p;
    }
    return e;
}

/* ---- type descriptors written by hand, as a translator would emit them ------------------- */

/* Descriptors for tests, on goc/types.h's GOC_DESCRIBE (follow each with a #define of its name). */
/*
 * A type of package main with one or two exported methods (sorted by
 * name; signature descriptors mt*; Ifn fn* taking the interface data word):
 * TU_NAMED1(name, T, "main.X", "M", mt, fn, {initializer of T}) defines
 * (TU_NAMED0: without methods)
 * name_desc with its module (the type string, "main", the method names and
 * types; the code). The goc_type part must have GOC_TFLAG_UNCOMMON and Str 1.
 */
#define TU_NAMEDHEAD_(name, T, n)                                                                \
    static const struct {                                                                        \
        const goc_module *mod;                                                                   \
        T d;                                                                                     \
        goc_uncommontype u;                                                                      \
        goc_method m[n];                                                                         \
    } __attribute__((unused)) name##_desc
#define TU_NAMED0(name, T, str, ...)                                                             \
    static const void *const name##_offs[] = {NULL, GOC_NAMEDATA(0, str), GOC_NAMEDATA(0, "main")}; \
    static const goc_module name##_mod = {.offs = name##_offs, .noffs = 3};                      \
    static const struct {                                                                        \
        const goc_module *mod;                                                                   \
        T d;                                                                                     \
        goc_uncommontype u;                                                                      \
    } __attribute__((unused)) name##_desc = {&name##_mod, __VA_ARGS__, {.PkgPath = 2}}
#define TU_NAMED1(name, T, str, nm1, mt1, fn1, ...)                                              \
    static const void *const name##_offs[] = {NULL, GOC_NAMEDATA(0, str), GOC_NAMEDATA(0, "main"), \
                                              GOC_NAMEDATA(GOC_NAME_EXPORTED, nm1), (mt1)};     \
    static const goc_textptr name##_text[] = {NULL, (goc_textptr)(fn1)};                         \
    static const goc_module name##_mod = {.offs = name##_offs, .noffs = 5, .text = name##_text, .ntext = 2}; \
    TU_NAMEDHEAD_(name, T, 1) = {&name##_mod, __VA_ARGS__, {.PkgPath = 2, .Mcount = 1, .Xcount = 1, .Moff = 16}, \
                                 {{3, 4, 1, -1}}}
#define TU_NAMED2(name, T, str, nm1, mt1, fn1, nm2, mt2, fn2, ...)                               \
    static const void *const name##_offs[] = {NULL, GOC_NAMEDATA(0, str), GOC_NAMEDATA(0, "main"), \
                                              GOC_NAMEDATA(GOC_NAME_EXPORTED, nm1), (mt1),       \
                                              GOC_NAMEDATA(GOC_NAME_EXPORTED, nm2), (mt2)};      \
    static const goc_textptr name##_text[] = {NULL, (goc_textptr)(fn1), (goc_textptr)(fn2)};     \
    static const goc_module name##_mod = {.offs = name##_offs, .noffs = 7, .text = name##_text, .ntext = 3}; \
    TU_NAMEDHEAD_(name, T, 2) = {&name##_mod, __VA_ARGS__, {.PkgPath = 2, .Mcount = 2, .Xcount = 2, .Moff = 16}, \
                                 {{3, 4, 1, -1}, {5, 6, 2, -1}}}
/* The goc_type part of a named type of package main with methods. */
#define TU_NAMEDT(size, align, kind, ptrbytes, eq)                                               \
    GOC_TYPEINIT(size, align, kind, GOC_TFLAG_NAMED | GOC_TFLAG_UNCOMMON, ptrbytes, eq)
/* A pointer type *elem with methods (its elem a named type of main). */
#define TU_PTRT GOC_TYPEINIT(8, 8, GOC_POINTER | GOC_KIND_DIRECTIFACE, GOC_TFLAG_UNCOMMON | GOC_TFLAG_REGULARMEMORY, 8, &goc_memequal64_f)

/* A pointer type *elem (pointer-shaped, plain memory). */
#define TU_PTR(name, str, elem)                                                                  \
    GOC_DESCRIBE(name, goc_ptrtype, str,                                                               \
           {.Type = GOC_TYPEINIT(8, 8, GOC_POINTER | GOC_KIND_DIRECTIFACE, GOC_TFLAG_REGULARMEMORY, 8, &goc_memequal64_f), \
            .Elem = (elem)})
/* A map type map[K]V (K, V the C types; kt, vt the descriptors; flags besides the indirect ones). */
#define TU_MAP GOC_DESCRIBE_MAP
/* A slice type []elem. */
#define TU_SLICE(name, str, elem)                                                                \
    GOC_DESCRIBE(name, goc_slicetype, str, {.Type = GOC_TYPEINIT(24, 8, GOC_SLICE, 0, 8, NULL), .Elem = (elem)})

/* complex(re, im) without CMPLX (absent from some libc/compiler pairs). */
static inline goc_complex128 tu_cmplx(double re, double im) {
    goc_complex128 z;
    __real__ z = re;
    __imag__ z = im;
    return z;
}
static inline goc_complex64 tu_cmplxf(float re, float im) {
    goc_complex64 z;
    __real__ z = re;
    __imag__ z = im;
    return z;
}

/* ---- goroutines and channels ------------------------------------------------------------ */

/* chan T descriptors as a translator emits them: name_desc (follow with #define name (name_desc.d.Type)). */
#define TU_CHANTYPE(name, elemdesc, str)                                                         \
    GOC_DESCRIBE(name, goc_chantype, str,                                                              \
           {.Type = GOC_TYPEINIT(8, 8, GOC_CHAN | GOC_KIND_DIRECTIFACE, GOC_TFLAG_REGULARMEMORY, 8, &goc_memequal64_f), \
            .Elem = (elemdesc), .Dir = GOC_BOTHDIR})

/* tu_go(f, arg), a goroutine running f(arg) as generated code starts one, is in tu_main.h. */

/* Waits until n goroutines have each released the runtime semaphore sema once (goc_semrelease),
   as sync.WaitGroup's Wait does underneath. */
static inline void tu_semawait(uint32_t *sema, goc_int n) {
    for (goc_int i = 0; i < n; i++)
        goc_semacquire(sema, false, "semacquire");
}

/* Polls cond(arg) until it holds or about 10 s pass. */
static inline bool tu_eventually(bool (*cond)(void *), void *arg) {
    for (int i = 0; i < 10000; i++) {
        if (cond(arg))
            return true;
        goc_timeSleep(1000000);
    }
    return cond(arg);
}

#endif
