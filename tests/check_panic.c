/*
 * tests/check_panic.c — defer, panic, recover and the crash report
 * (runtime/panic.c), written the way a translator would emit them: each
 * function with `defer` owns a goc_frame, results live in volatile locals,
 * closures are goc_func structs with their captures after the code pointer.
 */
#include "testutil.h"
#include "goc_rt.h"

#include <complex.h>
#include <fcntl.h>
#include <pthread.h>
#include <signal.h>
#include <stdio.h>

/* ---- a log the deferred calls write to ------------------------------------------- */

static char plog[8192];
static size_t plen;

static void logreset(void) {
    plen = 0;
    plog[0] = 0;
}

static void logs(const char *s) {
    size_t n = strlen(s);
    ck_assert_uint_lt(plen + n, sizeof plog);
    memcpy(plog + plen, s, n);
    plen += n;
    plog[plen] = 0;
}

/* ---- closures ------------------------------------------------------------------------ */

static goc_eface strval(const char *s) {
    goc_string g = {(const uint8_t *)s, (goc_int)strlen(s)};
    return goc_toeface(&goc_type_string, &g);
}

static const char *efstr(goc_eface e) {
    ck_assert_ptr_eq(e.type, &goc_type_string);
    return tu_cstr(*(goc_string *)e.data);
}

/* The Error() text of an error value, through its method table. */
static const char *errtext(goc_eface e) {
    void (*m)(void) = goc_findmethod(e.type, "Error", "func() string");
    ck_assert_ptr_nonnull(m);
    return tu_cstr(((goc_string(*)(void *))m)(e.data));
}

/* func() { log(s) } */
typedef struct logclo {
    goc_func f;
    const char *s;
} logclo;
static void logclo_fn(goc_func *f) {
    logs(((logclo *)f)->s);
}
static goc_func *mklog(const char *s) {
    logclo *c = goc_alloc(sizeof *c, true);
    c->f.fn = TU_FN(logclo_fn);
    c->s = s;
    return &c->f;
}

/* func() { *out = recover(); log(tag) } */
typedef struct recclo {
    goc_func f;
    goc_eface *out;
    const char *tag;
} recclo;
static void recclo_fn(goc_func *f) {
    recclo *c = (recclo *)f;
    *c->out = goc_gorecover();
    logs(c->tag);
}
static goc_func *mkrec(goc_eface *out, const char *tag) {
    recclo *c = goc_alloc(sizeof *c, true);
    c->f.fn = TU_FN(recclo_fn);
    c->out = out;
    c->tag = tag;
    return &c->f;
}

/* func() { panic(msg) } */
typedef struct panclo {
    goc_func f;
    const char *msg;
} panclo;
static void panclo_fn(goc_func *f) {
    goc_gopanic(strval(((panclo *)f)->msg));
}
static goc_func *mkpanic(const char *msg) {
    panclo *c = goc_alloc(sizeof *c, true);
    c->f.fn = TU_FN(panclo_fn);
    c->msg = msg;
    return &c->f;
}

/* Run fn(arg) under a deferred recover; the recovered value (nil if none). */
static goc_eface catchpanic(void (*fn)(void *), void *arg) {
    goc_frame fr;
    goc_eface got = {NULL, NULL};
    goc_frame_enter(&fr);
    if (setjmp(fr.jb) == 0) {
        goc_deferproc(&fr, mkrec(&got, ""));
        fn(arg);
    }
    goc_deferreturn(&fr);
    return got;
}

static void assert_clean(void) {
    goc_g *g = goc_getg();
    ck_assert_ptr_null(g->frames);
    ck_assert_ptr_null(g->panic);
    ck_assert_ptr_null(g->defercall);
}

/* ---- defer order ------------------------------------------------------------------------ */

/* func order() { defer log("1"); defer log("2"); defer log("3"); log("body ") } */
static void order(void) {
    goc_frame fr;
    goc_frame_enter(&fr);
    if (setjmp(fr.jb) == 0) {
        goc_deferproc(&fr, mklog("1"));
        goc_deferproc(&fr, mklog("2"));
        goc_deferproc(&fr, mklog("3"));
        logs("body ");
        goto ret;
    }
ret:
    goc_deferreturn(&fr);
}

START_TEST(test_defer_order) {
    logreset();
    order();
    ck_assert_str_eq(plog, "body 321");
    assert_clean();
    /* Defers of a returning frame ran with no panic: recover sees nothing. */
    ck_assert_ptr_null(goc_gorecover().type);
}
END_TEST

/* A deferred call sees the defers that remain: each is popped before it runs. */
typedef struct peekclo {
    goc_func f;
    goc_frame *fr;
} peekclo;
static void peek_fn(goc_func *f) {
    goc_frame *fr = ((peekclo *)f)->fr;
    int n = 0;
    for (goc_defer *d = fr->defers; d != NULL; d = d->link)
        n++;
    char buf[16];
    snprintf(buf, sizeof buf, "%d", n);
    logs(buf);
}

START_TEST(test_defer_popped_before_run) {
    logreset();
    goc_frame fr;
    goc_frame_enter(&fr);
    if (setjmp(fr.jb) == 0) {
        for (int i = 0; i < 3; i++) {
            peekclo *c = goc_alloc(sizeof *c, true);
            c->f.fn = TU_FN(peek_fn);
            c->fr = &fr;
            goc_deferproc(&fr, &c->f);
        }
    }
    goc_deferreturn(&fr);
    ck_assert_str_eq(plog, "210");
    assert_clean();
}
END_TEST

/* ---- recover and named results ------------------------------------------------------------ */

/* func named() (r int) { defer func() { if e := recover(); e != nil { *got = e; r = -r } }(); r = 7; panic("boom") } */
typedef struct negclo {
    goc_func f;
    volatile goc_int *r;
    goc_eface *got;
} negclo;
static void neg_fn(goc_func *f) {
    negclo *c = (negclo *)f;
    goc_eface e = goc_gorecover();
    if (e.type != NULL) {
        *c->got = e;
        *c->r = -*c->r;
    }
}
static goc_int named(goc_eface *got, bool dopanic) {
    goc_frame fr;
    volatile goc_int r = 0;
    goc_frame_enter(&fr);
    if (setjmp(fr.jb) == 0) {
        negclo *c = goc_alloc(sizeof *c, true);
        c->f.fn = TU_FN(neg_fn);
        c->r = &r;
        c->got = got;
        goc_deferproc(&fr, &c->f);
        r = 7;
        if (dopanic)
            goc_gopanic(strval("boom"));
        goto ret;
    }
ret:
    goc_deferreturn(&fr);
    return r;
}

START_TEST(test_recover_named_result) {
    goc_eface got = {NULL, NULL};
    ck_assert_int_eq(named(&got, true), -7);
    ck_assert_str_eq(efstr(got), "boom");
    assert_clean();
    got.type = NULL;
    ck_assert_int_eq(named(&got, false), 7);
    ck_assert_ptr_null(got.type);
    ck_assert_ptr_null(goc_gorecover().type);
}
END_TEST

/* defer log("A"); defer recover→got ("R"); defer log("C"); panic("x"); the caller goes on. */
static void recover_middle(goc_eface *got) {
    goc_frame fr;
    goc_frame_enter(&fr);
    if (setjmp(fr.jb) == 0) {
        goc_deferproc(&fr, mklog("A"));
        goc_deferproc(&fr, mkrec(got, "R"));
        goc_deferproc(&fr, mklog("C"));
        goc_gopanic(strval("x"));
    }
    goc_deferreturn(&fr);
    logs(" returned");
}

START_TEST(test_recover_then_remaining_defers) {
    logreset();
    goc_eface got = {NULL, NULL};
    recover_middle(&got);
    logs(" after");
    ck_assert_str_eq(plog, "CRA returned after");
    ck_assert_str_eq(efstr(got), "x");
    assert_clean();
}
END_TEST

/* defer recover() (goc_gorecoverdeferred): a no-op when the panic runs it,
   a recover when the return of the function that deferred it runs it. */
static void recdef_fn(goc_func *f) {
    recclo *c = (recclo *)f;
    *c->out = goc_gorecoverdeferred();
    logs(c->tag);
}
static goc_func *mkrecdef(goc_eface *out, const char *tag) {
    recclo *c = goc_alloc(sizeof *c, true);
    c->f.fn = TU_FN(recdef_fn);
    c->out = out;
    c->tag = tag;
    return &c->f;
}
/* func() { defer recover() } as a deferred call */
static void deferring_fn(goc_func *f) {
    recclo *c = (recclo *)f;
    goc_frame fr;
    goc_frame_enter(&fr);
    if (setjmp(fr.jb) == 0)
        goc_deferproc(&fr, mkrecdef(c->out, c->tag));
    goc_deferreturn(&fr);
}

START_TEST(test_recover_deferred_itself) {
    logreset();
    goc_eface early = strval("unset"), late = {NULL, NULL};
    goc_frame fr;
    goc_frame_enter(&fr);
    if (setjmp(fr.jb) == 0) {
        goc_deferproc(&fr, mkrec(&late, "R"));
        goc_deferproc(&fr, mkrecdef(&early, "D"));
        goc_gopanic(strval("too early"));
    }
    goc_deferreturn(&fr);
    ck_assert_ptr_null(early.type);
    ck_assert_str_eq(efstr(late), "too early");
    goc_eface got = {NULL, NULL};
    goc_frame_enter(&fr);
    if (setjmp(fr.jb) == 0) {
        recclo *c = goc_alloc(sizeof *c, true);
        c->f.fn = TU_FN(deferring_fn);
        c->out = &got;
        c->tag = "F";
        goc_deferproc(&fr, &c->f);
        goc_gopanic(strval("by F's return"));
    }
    goc_deferreturn(&fr);
    ck_assert_str_eq(efstr(got), "by F's return");
    ck_assert_str_eq(plog, "DRF");
    ck_assert_ptr_null(goc_gorecoverdeferred().type);
    assert_clean();
}
END_TEST

/* Recover twice in one deferred call: the second gets nil. */
typedef struct rec2clo {
    goc_func f;
    goc_eface *a, *b;
} rec2clo;
static void rec2_fn(goc_func *f) {
    rec2clo *c = (rec2clo *)f;
    *c->a = goc_gorecover();
    *c->b = goc_gorecover();
}

START_TEST(test_recover_once) {
    goc_eface a = {NULL, NULL}, b = strval("unset");
    goc_frame fr;
    goc_frame_enter(&fr);
    if (setjmp(fr.jb) == 0) {
        rec2clo *c = goc_alloc(sizeof *c, true);
        c->f.fn = TU_FN(rec2_fn);
        c->a = &a;
        c->b = &b;
        goc_deferproc(&fr, &c->f);
        goc_gopanic(strval("once"));
    }
    goc_deferreturn(&fr);
    ck_assert_str_eq(efstr(a), "once");
    ck_assert_ptr_null(b.type);
    assert_clean();
}
END_TEST

/* ---- deferred calls that panic ------------------------------------------------------------- */

/* defer recover→got ("R"); defer panic("second"); defer log("L"); panic("first") */
START_TEST(test_deferred_panic_continues_frame) {
    logreset();
    goc_eface got = {NULL, NULL};
    goc_frame fr;
    goc_frame_enter(&fr);
    if (setjmp(fr.jb) == 0) {
        goc_deferproc(&fr, mkrec(&got, "R"));
        goc_deferproc(&fr, mkpanic("second"));
        goc_deferproc(&fr, mklog("L"));
        goc_gopanic(strval("first"));
    }
    goc_deferreturn(&fr);
    ck_assert_str_eq(plog, "LR");
    ck_assert_str_eq(efstr(got), "second");
    assert_clean();
}
END_TEST

/* A deferred call panicking on a normal return: the frame's other defers still run. */
START_TEST(test_deferred_panic_on_normal_return) {
    logreset();
    goc_eface got = {NULL, NULL};
    goc_frame fr;
    goc_frame_enter(&fr);
    if (setjmp(fr.jb) == 0) {
        goc_deferproc(&fr, mkrec(&got, "R"));
        goc_deferproc(&fr, mklog("B"));
        goc_deferproc(&fr, mkpanic("late"));
        logs("body ");
    }
    goc_deferreturn(&fr);
    ck_assert_str_eq(plog, "body BR");
    ck_assert_str_eq(efstr(got), "late");
    assert_clean();
}
END_TEST

/* ---- panics through several frames ---------------------------------------------------------- */

/* func b() { defer log("b"); panic("deep") } */
static void frame_b(void) {
    goc_frame fr;
    goc_frame_enter(&fr);
    if (setjmp(fr.jb) == 0) {
        goc_deferproc(&fr, mklog("b"));
        goc_gopanic(strval("deep"));
    }
    goc_deferreturn(&fr);
}
/* func mid() { b() }  — no defers, no frame */
static void frame_mid(void) {
    frame_b();
    logs("unreached");
}
/* func a() { defer log("a"); mid(); log("unreached") } */
static void frame_a(void *arg) {
    (void)arg;
    goc_frame fr;
    goc_frame_enter(&fr);
    if (setjmp(fr.jb) == 0) {
        goc_deferproc(&fr, mklog("a"));
        frame_mid();
        logs("unreached");
    }
    goc_deferreturn(&fr);
}

START_TEST(test_panic_unwinds_frames) {
    logreset();
    goc_eface got = catchpanic(frame_a, NULL);
    ck_assert_str_eq(plog, "ba");
    ck_assert_str_eq(efstr(got), "deep");
    assert_clean();
}
END_TEST

/*
 * An older panic survives a recovery inside one of its deferred calls:
 *   func inner() (got any) { defer func() { got = recover() }(); panic("p2") }
 *   func outer() { defer func() { x = inner(); y = recover() }(); panic("p1") }
 */
static goc_eface inner_recover(void) {
    goc_frame fr;
    goc_eface got = {NULL, NULL};
    goc_frame_enter(&fr);
    if (setjmp(fr.jb) == 0) {
        goc_deferproc(&fr, mkrec(&got, "i"));
        goc_gopanic(strval("p2"));
    }
    goc_deferreturn(&fr);
    return got;
}
typedef struct xyclo {
    goc_func f;
    goc_eface *x, *y;
} xyclo;
static void xy_fn(goc_func *f) {
    xyclo *c = (xyclo *)f;
    *c->x = inner_recover();
    *c->y = goc_gorecover();
    logs("o");
}

START_TEST(test_recover_inside_deferred_call) {
    logreset();
    goc_eface x = {NULL, NULL}, y = {NULL, NULL};
    goc_frame fr;
    goc_frame_enter(&fr);
    if (setjmp(fr.jb) == 0) {
        xyclo *c = goc_alloc(sizeof *c, true);
        c->f.fn = TU_FN(xy_fn);
        c->x = &x;
        c->y = &y;
        goc_deferproc(&fr, &c->f);
        goc_gopanic(strval("p1"));
    }
    goc_deferreturn(&fr);
    ck_assert_str_eq(plog, "io");
    ck_assert_str_eq(efstr(x), "p2");
    ck_assert_str_eq(efstr(y), "p1");
    assert_clean();
}
END_TEST

/*
 * The same with a nested panic inside the inner function:
 *   func X() { defer func(){ gx = recover() }(); defer func(){ panic("p2") }(); panic("p1") }
 *   func top() { defer func() { X(); g0 = recover() }(); panic("p0") }
 */
static void frame_x(goc_eface *gx) {
    goc_frame fr;
    goc_frame_enter(&fr);
    if (setjmp(fr.jb) == 0) {
        goc_deferproc(&fr, mkrec(gx, "x"));
        goc_deferproc(&fr, mkpanic("p2"));
        goc_gopanic(strval("p1"));
    }
    goc_deferreturn(&fr);
}
static void x0_fn(goc_func *f) {
    xyclo *c = (xyclo *)f;
    frame_x(c->x);
    *c->y = goc_gorecover();
    logs("0");
}

START_TEST(test_nested_panic_recovered_inside_deferred_call) {
    logreset();
    goc_eface gx = {NULL, NULL}, g0 = {NULL, NULL};
    goc_frame fr;
    goc_frame_enter(&fr);
    if (setjmp(fr.jb) == 0) {
        xyclo *c = goc_alloc(sizeof *c, true);
        c->f.fn = TU_FN(x0_fn);
        c->x = &gx;
        c->y = &g0;
        goc_deferproc(&fr, &c->f);
        goc_gopanic(strval("p0"));
    }
    goc_deferreturn(&fr);
    ck_assert_str_eq(plog, "x0");
    ck_assert_str_eq(efstr(gx), "p2");
    ck_assert_str_eq(efstr(g0), "p0");
    assert_clean();
}
END_TEST

/*
 * recover() in a deferred call of a function that returns normally while a
 * panic's deferred call is running returns nil (it is not the panic's call):
 *   func quiet() { defer func() { q = recover() }() }
 *   defer func() { quiet(); r = recover() }(); panic("p")
 */
static void quiet(goc_eface *q) {
    goc_frame fr;
    goc_frame_enter(&fr);
    if (setjmp(fr.jb) == 0)
        goc_deferproc(&fr, mkrec(q, "q"));
    goc_deferreturn(&fr);
}
static void quiet_fn(goc_func *f) {
    xyclo *c = (xyclo *)f;
    quiet(c->x);
    *c->y = goc_gorecover();
    logs("r");
}

START_TEST(test_recover_nil_outside_panic_call) {
    logreset();
    goc_eface q = strval("unset"), r = {NULL, NULL};
    goc_frame fr;
    goc_frame_enter(&fr);
    if (setjmp(fr.jb) == 0) {
        xyclo *c = goc_alloc(sizeof *c, true);
        c->f.fn = TU_FN(quiet_fn);
        c->x = &q;
        c->y = &r;
        goc_deferproc(&fr, &c->f);
        goc_gopanic(strval("p"));
    }
    goc_deferreturn(&fr);
    ck_assert_str_eq(plog, "qr");
    ck_assert_ptr_null(q.type);
    ck_assert_str_eq(efstr(r), "p");
    assert_clean();
}
END_TEST

/* ---- loops and recursion -------------------------------------------------------------------- */

/* for i := 0; i < n; i++ { defer func(i int) { log(i) }(i) }; if boom { panic(n) } */
typedef struct iclo {
    goc_func f;
    int i;
} iclo;
static void iclo_fn(goc_func *f) {
    char buf[16];
    snprintf(buf, sizeof buf, "%d,", ((iclo *)f)->i);
    logs(buf);
}
static void loopdefers(void *arg) {
    int n = *(int *)arg;
    goc_frame fr;
    goc_frame_enter(&fr);
    if (setjmp(fr.jb) == 0) {
        for (int i = 0; i < n; i++) {
            iclo *c = goc_alloc(sizeof *c, true);
            c->f.fn = TU_FN(iclo_fn);
            c->i = i;
            goc_deferproc(&fr, &c->f);
            if (i % 16 == 0)
                goc_GC(); /* defer records must survive collections */
        }
        if (n > 0)
            goc_gopanic(goc_toeface(&goc_type_int, &(goc_int){n}));
    }
    goc_deferreturn(&fr);
}

START_TEST(test_defers_in_loop) {
    int n = tu_scale(300, 20);
    char want[8192];
    size_t w = 0;
    for (int i = n - 1; i >= 0; i--)
        w += (size_t)snprintf(want + w, sizeof want - w, "%d,", i);
    logreset();
    goc_eface got = catchpanic(loopdefers, &n);
    ck_assert_str_eq(plog, want);
    ck_assert_ptr_eq(got.type, &goc_type_int);
    ck_assert_int_eq(*(goc_int *)got.data, n);
    assert_clean();
}
END_TEST

/* func rec(d) { defer log(d); if d == 0 { panic("bottom") }; rec(d-1) } */
static void recdepth(int d) {
    goc_frame fr;
    goc_frame_enter(&fr);
    if (setjmp(fr.jb) == 0) {
        iclo *c = goc_alloc(sizeof *c, true);
        c->f.fn = TU_FN(iclo_fn);
        c->i = d;
        goc_deferproc(&fr, &c->f);
        if (d == 0)
            goc_gopanic(strval("bottom"));
        recdepth(d - 1);
    }
    goc_deferreturn(&fr);
}
static void recdepth_run(void *arg) {
    recdepth(*(int *)arg);
}

START_TEST(test_panic_through_recursion) {
    int depth = tu_scale(200, 20);
    char want[8192];
    size_t w = 0;
    for (int i = 0; i <= depth; i++)
        w += (size_t)snprintf(want + w, sizeof want - w, "%d,", i);
    for (int round = 0; round < 3; round++) {
        logreset();
        goc_eface got = catchpanic(recdepth_run, &depth);
        ck_assert_str_eq(plog, want);
        ck_assert_str_eq(efstr(got), "bottom");
        assert_clean();
    }
}
END_TEST

/* Defer of a nil func panics when the deferred call runs. */
static void nildefer(void *arg) {
    (void)arg;
    goc_frame fr;
    goc_frame_enter(&fr);
    if (setjmp(fr.jb) == 0) {
        goc_deferproc(&fr, mklog("ran"));
        goc_deferproc(&fr, NULL);
        logs("body ");
    }
    goc_deferreturn(&fr);
}

START_TEST(test_defer_nil_func) {
    logreset();
    goc_eface got = catchpanic(nildefer, NULL);
    ck_assert_str_eq(plog, "body ran");
    ck_assert_str_eq(errtext(got), "runtime error: invalid memory address or nil pointer dereference");
    assert_clean();
}
END_TEST

/* ---- panic(nil) ------------------------------------------------------------------------------ */

static void panicnil(void *arg) {
    (void)arg;
    goc_eface nil = {NULL, NULL};
    goc_gopanic(nil);
}

START_TEST(test_panic_nil_value) {
    goc_eface got = catchpanic(panicnil, NULL);
    ck_assert_ptr_nonnull(got.type);
    ck_assert_str_eq(tu_cstr(goc_typestring(got.type)), "*runtime.PanicNilError");
    ck_assert_str_eq(errtext(got), "panic called with nil argument");
    ck_assert_ptr_nonnull(goc_findmethod(got.type, "RuntimeError", "func()"));
}
END_TEST

/* ---- the crash report --------------------------------------------------------------------------- */

static void msg2(const char *s) {
    ck_assert_int_eq(write(2, s, strlen(s)), (ssize_t)strlen(s));
}

/* func main() { defer println("deferred"); panic("boom") } */
static void stderrlog_fn(goc_func *f) {
    msg2(((logclo *)f)->s);
}
static goc_func *mkerrlog(const char *s) {
    logclo *c = goc_alloc(sizeof *c, true);
    c->f.fn = TU_FN(stderrlog_fn);
    c->s = s;
    return &c->f;
}
static void main_boom(void *arg) {
    (void)arg;
    goc_frame fr;
    goc_frame_enter(&fr);
    if (setjmp(fr.jb) == 0) {
        goc_deferproc(&fr, mkerrlog("deferred 1\n"));
        goc_deferproc(&fr, mkerrlog("deferred 2\n"));
        goc_gopanic(strval("boom"));
    }
    goc_deferreturn(&fr);
}

START_TEST(test_report_simple) {
    tu_capture c;
    tu_run_tb(&c, main_boom, NULL, NULL);
    ck_assert_int_eq(c.status, 2);
    ck_assert_str_eq(c.err, "deferred 2\ndeferred 1\npanic: boom\n" TU_GOROUTINE);
    tu_run_tb(&c, main_boom, NULL, "none");
    ck_assert_int_eq(c.status, 2);
    ck_assert_str_eq(c.err, "deferred 2\ndeferred 1\npanic: boom\n");
    tu_run_tb(&c, main_boom, NULL, "all");
    ck_assert_str_eq(c.err, "deferred 2\ndeferred 1\npanic: boom\n" TU_GOROUTINE);
    tu_run_tb(&c, main_boom, NULL, "0");
    ck_assert_str_eq(c.err, "deferred 2\ndeferred 1\npanic: boom\n");
}
END_TEST

START_TEST(test_report_crash_aborts) {
    tu_capture c;
    tu_run_tb(&c, main_boom, NULL, "crash");
    ck_assert_int_eq(c.status, 128 + SIGABRT);
    /* GOTRACEBACK=crash is gc's "system" level: the runtime's frames are shown too */
    ck_assert_msg(tu_hasprefix(c.err, "deferred 2\ndeferred 1\npanic: boom\n\ngoroutine 1 [running]:\n"), "%s", c.err);
    ck_assert_msg(strstr(c.err, "\npanic(...)\n\t") != NULL, "%s", c.err);
    ck_assert_msg(tu_hassuffix(c.err, "\nmain.main()\n\t/goc/tests/main.go:2\n"), "%s", c.err);
}
END_TEST

/* func main() { defer func() { panic("second") }(); panic("first") } */
static void main_nested(void *arg) {
    (void)arg;
    goc_frame fr;
    goc_frame_enter(&fr);
    if (setjmp(fr.jb) == 0) {
        goc_deferproc(&fr, mkpanic("second"));
        goc_gopanic(strval("first"));
    }
    goc_deferreturn(&fr);
}

/* func main() { defer func() { r := recover(); panic(r) }(); panic("value 7") } */
static void repanic_fn(goc_func *f) {
    (void)f;
    goc_eface r = goc_gorecover();
    goc_gopanic(r);
}
static void main_repanic(void *arg) {
    (void)arg;
    static goc_func repanic = {TU_FN(repanic_fn)};
    goc_frame fr;
    goc_frame_enter(&fr);
    if (setjmp(fr.jb) == 0) {
        goc_deferproc(&fr, &repanic);
        goc_gopanic(strval("value 7"));
    }
    goc_deferreturn(&fr);
}

/* Three levels: recovered, then a panic in a deferred call of a deeper frame. */
static void deep_third(void) {
    goc_frame fr;
    goc_frame_enter(&fr);
    if (setjmp(fr.jb) == 0)
        goc_deferproc(&fr, mkpanic("third"));
    goc_deferreturn(&fr);
}
static void third_fn(goc_func *f) {
    (void)f;
    goc_gorecover();
    deep_third();
}
static void main_three(void *arg) {
    (void)arg;
    static goc_func third = {TU_FN(third_fn)};
    goc_frame fr;
    goc_frame_enter(&fr);
    if (setjmp(fr.jb) == 0) {
        goc_deferproc(&fr, mkpanic("second"));
        goc_deferproc(&fr, &third);
        goc_gopanic(strval("first"));
    }
    goc_deferreturn(&fr);
}

START_TEST(test_report_chains) {
    tu_capture c;
    tu_run_tb(&c, main_nested, NULL, NULL);
    ck_assert_int_eq(c.status, 2);
    ck_assert_str_eq(c.err, "panic: first\n\tpanic: second\n" TU_GOROUTINE);
    tu_run_tb(&c, main_repanic, NULL, NULL);
    ck_assert_int_eq(c.status, 2);
    ck_assert_str_eq(c.err, "panic: value 7 [recovered]\n\tpanic: value 7\n" TU_GOROUTINE);
    tu_run_tb(&c, main_repanic, NULL, "none");
    ck_assert_str_eq(c.err, "panic: value 7 [recovered]\n\tpanic: value 7\n");
    tu_run_tb(&c, main_three, NULL, NULL);
    ck_assert_int_eq(c.status, 2);
    ck_assert_str_eq(c.err, "panic: first [recovered]\n\tpanic: third\n\tpanic: second\n" TU_GOROUTINE);
}
END_TEST

static void say_recovered_nil(goc_eface got) {
    msg2(got.type == NULL ? "recovered nil\n" : "recovered non-nil\n");
}

static void main_panicnil(void *arg) {
    panicnil(arg);
}

static void main_panicnil_godebug(void *arg) {
    goc_debug_panicnil = true; /* GODEBUG=panicnil=1 */
    goc_eface got = catchpanic(panicnil, NULL);
    say_recovered_nil(got);
    panicnil(arg);
}

START_TEST(test_report_panic_nil) {
    tu_capture c;
    tu_run_tb(&c, main_panicnil, NULL, NULL);
    ck_assert_int_eq(c.status, 2);
    ck_assert_str_eq(c.err, "panic: panic called with nil argument\n" TU_GOROUTINE);
    /* GODEBUG=panicnil=1: recover sees nil (but the panic stops), the report says nil. */
    tu_run_tb(&c, main_panicnil_godebug, NULL, "none");
    ck_assert_int_eq(c.status, 2);
    ck_assert_str_eq(c.err, "recovered nil\npanic: nil\n");
}
END_TEST

static void main_nilderef(void *arg) {
    (void)arg;
    goc_panicmem();
}
static void main_nilderef8(void *arg) {
    (void)arg;
    goc_panicmemAddr(8);
}
/* A recovered nil dereference leaves no signal line behind. */
static void main_nilderef_recovered(void *arg) {
    (void)arg;
    catchpanic(main_nilderef, NULL);
    goc_panicdivide();
}
/* A nil dereference whose deferred call panics again keeps the signal line. */
static void main_nilderef_then_panic(void *arg) {
    (void)arg;
    goc_frame fr;
    goc_frame_enter(&fr);
    if (setjmp(fr.jb) == 0) {
        goc_deferproc(&fr, mkpanic("again"));
        goc_panicmem();
    }
    goc_deferreturn(&fr);
}

#define NILMSG "panic: runtime error: invalid memory address or nil pointer dereference\n"

START_TEST(test_report_signal_line) {
    tu_capture c;
    tu_run_tb(&c, main_nilderef, NULL, NULL);
    ck_assert_int_eq(c.status, 2);
    ck_assert_str_eq(c.err, NILMSG "[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x0]\n" TU_GOROUTINE);
    tu_run_tb(&c, main_nilderef8, NULL, "none");
    ck_assert_int_eq(c.status, 2);
    ck_assert_str_eq(c.err, NILMSG "[signal SIGSEGV: segmentation violation code=0x1 addr=0x8 pc=0x0]\n");
    tu_run_tb(&c, main_nilderef_recovered, NULL, NULL);
    ck_assert_int_eq(c.status, 2);
    ck_assert_str_eq(c.err, "panic: runtime error: integer divide by zero\n" TU_GOROUTINE);
    tu_run_tb(&c, main_nilderef_then_panic, NULL, "none");
    ck_assert_str_eq(c.err, NILMSG "\tpanic: again\n[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x0]\n");
}
END_TEST

/* Runtime errors print through their Error method. */
static void main_index(void *arg) {
    (void)arg;
    goc_panicIndex(5, 3);
}
static void main_multiline(void *arg) {
    (void)arg;
    goc_gopanic(strval("line1\nline2\n"));
}

START_TEST(test_report_runtime_error_and_newlines) {
    tu_capture c;
    tu_run_tb(&c, main_index, NULL, NULL);
    ck_assert_int_eq(c.status, 2);
    ck_assert_str_eq(c.err, "panic: runtime error: index out of range [5] with length 3\n" TU_GOROUTINE);
    tu_run_tb(&c, main_multiline, NULL, "none");
    ck_assert_int_eq(c.status, 2);
    ck_assert_str_eq(c.err, "panic: line1\n\tline2\n\t\n");
}
END_TEST

/* ---- panic values: printpanicval ------------------------------------------------------------------ */

typedef goc_int MyInt;
TU_NAMED0(MyInt_type, goc_type, "main.MyInt",
          TU_NAMEDT(8, 8, GOC_INT, 0, &goc_memequal64_f));
TU_NAMED0(MyStr_type, goc_type, "main.MyStr", TU_NAMEDT(16, 8, GOC_STRING, 8, &goc_strequal_f));
TU_NAMED0(MyF_type, goc_type, "main.F", TU_NAMEDT(8, 8, GOC_FLOAT64, 0, &goc_f64equal_f));
TU_NAMED0(MyC_type, goc_type, "main.C", TU_NAMEDT(16, 8, GOC_COMPLEX128, 0, &goc_c128equal_f));
TU_NAMED0(MyB_type, goc_type, "main.B", TU_NAMEDT(1, 1, GOC_BOOL, 0, &goc_memequal8_f));
TU_NAMED0(MyU8_type, goc_type, "main.U8", TU_NAMEDT(1, 1, GOC_UINT8, 0, &goc_memequal8_f));
#define MyInt_type (MyInt_type_desc.d)
#define MyStr_type (MyStr_type_desc.d)
#define MyF_type (MyF_type_desc.d)
#define MyC_type (MyC_type_desc.d)
#define MyB_type (MyB_type_desc.d)
#define MyU8_type (MyU8_type_desc.d)
typedef struct T {
    goc_int a, b;
} T;
static const goc_structfield T_fields[] = {
    GOC_FIELD("a", false, &goc_type_int, 0),
    GOC_FIELD("b", false, &goc_type_int, 8),
};
TU_NAMED0(T_type, goc_structtype, "main.T",
          {.Type = TU_NAMEDT(16, 8, GOC_STRUCT, 0, &goc_memequal128_f), .PkgPath = {GOC_NAMEDATA(0, "main")},
           .Fields = {(void *)T_fields, 2, 2}});
#define T_type (T_type_desc.d.Type)
TU_PTR(Tptr_type, "*main.T", &T_type);
#define Tptr_type (Tptr_type_desc.d.Type)
TU_SLICE(intslice_type, "[]int", &goc_type_int);
#define intslice_type (intslice_type_desc.d.Type)

/* An error type (struct with Error) and a Stringer; one with both methods. */
static goc_string E_Error(void *data) {
    (void)data;
    return GOC_STR("custom err\nsecond line");
}
static goc_string S_String(void *data) {
    return ((const T *)data)->a == 1 ? GOC_STR("stringer one") : GOC_STR("stringer other");
}
#define ST16 {.Type = TU_NAMEDT(16, 8, GOC_STRUCT, 0, &goc_memequal128_f)}
TU_NAMED1(E_type, goc_structtype, "main.E", "Error", &goc_type_func_string, E_Error, ST16);
TU_NAMED1(S_type, goc_structtype, "main.S", "String", &goc_type_func_string, S_String, ST16);
TU_NAMED2(ES_type, goc_structtype, "main.ES", "Error", &goc_type_func_string, E_Error, "String",
          &goc_type_func_string, S_String, ST16);
#define E_type (E_type_desc.d.Type)
#define S_type (S_type_desc.d.Type)
#define ES_type (ES_type_desc.d.Type)

/* printpanicval of v, captured from fd 2. */
static const char *ppv(const goc_type *t, const void *v) {
    tu_fd2 p;
    tu_fd2_begin(&p);
    goc_printlock();
    goc_printpanicval(goc_toeface(t, v));
    goc_printunlock();
    return tu_fd2_end(&p);
}

START_TEST(test_printpanicval_kinds) {
    ck_assert_str_eq(ppv(&goc_type_int, &(goc_int){42}), "42");
    ck_assert_str_eq(ppv(&goc_type_int8, &(int8_t){-8}), "-8");
    ck_assert_str_eq(ppv(&goc_type_int16, &(int16_t){-300}), "-300");
    ck_assert_str_eq(ppv(&goc_type_int32, &(int32_t){70000}), "70000");
    ck_assert_str_eq(ppv(&goc_type_int64, &(int64_t){INT64_MIN}), "-9223372036854775808");
    ck_assert_str_eq(ppv(&goc_type_uint, &(goc_uint){UINT64_MAX}), "18446744073709551615");
    ck_assert_str_eq(ppv(&goc_type_uint8, &(uint8_t){200}), "200");
    ck_assert_str_eq(ppv(&goc_type_uint16, &(uint16_t){65535}), "65535");
    ck_assert_str_eq(ppv(&goc_type_uint32, &(uint32_t){4000000000u}), "4000000000");
    ck_assert_str_eq(ppv(&goc_type_uint64, &(uint64_t){1}), "1");
    ck_assert_str_eq(ppv(&goc_type_uintptr, &(uintptr_t){4096}), "4096");
    ck_assert_str_eq(ppv(&goc_type_bool, &(bool){true}), "true");
    ck_assert_str_eq(ppv(&goc_type_float64, &(double){1.5}), "+1.500000e+000");
    ck_assert_str_eq(ppv(&goc_type_float32, &(float){0.1f}), "+1.000000e-001");
    ck_assert_str_eq(ppv(&goc_type_complex128, &(goc_complex128){tu_cmplx(1.0, 2.0)}),
                     "(+1.000000e+000+2.000000e+000i)");
    ck_assert_str_eq(ppv(&goc_type_complex64, &(goc_complex64){-1.0f}), "(-1.000000e+000+0.000000e+000i)");
    ck_assert_str_eq(ppv(&goc_type_string, &GOC_STR("a\nb")), "a\n\tb");
    /* Defined types with a basic underlying kind: T(v). */
    ck_assert_str_eq(ppv(&MyInt_type, &(MyInt){7}), "main.MyInt(7)");
    ck_assert_str_eq(ppv(&MyStr_type, &GOC_STR("x\ny")), "main.MyStr(\"x\n\ty\")");
    ck_assert_str_eq(ppv(&MyF_type, &(double){1.5}), "main.F(+1.500000e+000)");
    ck_assert_str_eq(ppv(&MyC_type, &(goc_complex128){tu_cmplx(1.0, 2.0)}),
                     "main.C(+1.000000e+000+2.000000e+000i)");
    ck_assert_str_eq(ppv(&MyB_type, &(bool){false}), "main.B(false)");
    ck_assert_str_eq(ppv(&MyU8_type, &(uint8_t){255}), "main.U8(255)");
    /* Anything else: (T) 0xdata. */
    T *tp = goc_alloc(sizeof *tp, false);
    char want[64];
    snprintf(want, sizeof want, "(*main.T) %p", (void *)tp);
    ck_assert_str_eq(ppv(&Tptr_type, &tp), want);
    goc_eface te = goc_toeface(&T_type, &(T){1, 2});
    tu_fd2 p;
    tu_fd2_begin(&p);
    goc_printpanicval(te);
    snprintf(want, sizeof want, "(main.T) %p", te.data);
    ck_assert_str_eq(tu_fd2_end(&p), want);
    goc_slice s = {NULL, 0, 0};
    ck_assert_ptr_ne(strstr(ppv(&intslice_type, &s), "([]int) 0x"), NULL);
    /* nil interface */
    tu_fd2_begin(&p);
    goc_printpanicval((goc_eface){NULL, NULL});
    ck_assert_str_eq(tu_fd2_end(&p), "nil");
}
END_TEST

/* Unrecovered error / Stringer values print their method's text. */
static void main_error(void *arg) {
    goc_gopanic(goc_toeface((const goc_type *)arg, &(T){1, 2}));
}

START_TEST(test_report_error_and_stringer) {
    tu_capture c;
    tu_run_tb(&c, main_error, (void *)&E_type, "none");
    ck_assert_int_eq(c.status, 2);
    ck_assert_str_eq(c.err, "panic: custom err\n\tsecond line\n");
    tu_run_tb(&c, main_error, (void *)&S_type, "none");
    ck_assert_str_eq(c.err, "panic: stringer one\n");
    tu_run_tb(&c, main_error, (void *)&ES_type, "none"); /* Error wins */
    ck_assert_str_eq(c.err, "panic: custom err\n\tsecond line\n");
    tu_run_tb(&c, main_error, (void *)&T_type, "none");
    ck_assert(strncmp(c.err, "panic: (main.T) 0x", 18) == 0);
}
END_TEST

/* An Error method that panics while the report is prepared: a fatal error. */
static goc_string Bad_Error(void *data) {
    (void)data;
    goc_gopanic(strval("bad method"));
}
GOC_FUNCTAB(Bad_Error, "main.Bad.Error", GOC_FUNC_ARGS);
TU_NAMED1(Bad_type, goc_structtype, "main.Bad", "Error", &goc_type_func_string, Bad_Error,
          {.Type = TU_NAMEDT(16, 8, GOC_STRUCT, 0, NULL)});
#define Bad_type (Bad_type_desc.d.Type)

START_TEST(test_report_panic_while_printing) {
    tu_capture c;
    tu_run_tb(&c, main_error, (void *)&Bad_type, NULL);
    ck_assert_int_eq(c.status, 2);
    /* the method's frame, its panic, and main.main (the report's own frames are the runtime's) */
    ck_assert_msg(tu_hasprefix(c.err, "fatal error: panic while printing panic value: bad method\n"
                                      "\ngoroutine 1 [running]:\nmain.Bad.Error(...)\n\t"),
                  "%s", c.err);
    ck_assert_msg(strstr(c.err, "\npanic(...)\n\t") != NULL, "%s", c.err);
    ck_assert_msg(tu_hassuffix(c.err, "\nmain.main()\n\t/goc/tests/main.go:2\n"), "%s", c.err);
}
END_TEST

/* ---- fatal errors ------------------------------------------------------------------------------ */

static void main_throw(void *arg) {
    goc_frame fr;
    goc_frame_enter(&fr);
    if (setjmp(fr.jb) == 0) {
        goc_deferproc(&fr, mkerrlog("deferred must not run\n"));
        if (arg != NULL)
            goc_fatal("concurrent map writes");
        goc_throw("broken\ninvariant");
    }
    goc_deferreturn(&fr);
}
/* A fatal error inside a deferred call of a panic: no panic lines. */
typedef struct fatclo {
    goc_func f;
} fatclo;
static void fatal_fn(goc_func *f) {
    (void)f;
    goc_fatal("concurrent map writes");
}
static void main_fatal_in_defer(void *arg) {
    (void)arg;
    static goc_func fat = {TU_FN(fatal_fn)};
    goc_frame fr;
    goc_frame_enter(&fr);
    if (setjmp(fr.jb) == 0) {
        goc_deferproc(&fr, &fat);
        goc_gopanic(strval("first"));
    }
    goc_deferreturn(&fr);
}

START_TEST(test_fatal_errors) {
    tu_capture c;
    tu_run_tb(&c, main_throw, NULL, NULL);
    ck_assert_int_eq(c.status, 2);
    ck_assert_str_eq(c.err, "fatal error: broken\n\tinvariant\n" TU_GOROUTINE);
    tu_run_tb(&c, main_throw, (void *)1, NULL);
    ck_assert_int_eq(c.status, 2);
    ck_assert_str_eq(c.err, "fatal error: concurrent map writes\n" TU_GOROUTINE);
    tu_run_tb(&c, main_throw, (void *)1, "none");
    ck_assert_str_eq(c.err, "fatal error: concurrent map writes\n");
    tu_run_tb(&c, main_fatal_in_defer, NULL, NULL);
    ck_assert_int_eq(c.status, 2);
    ck_assert_str_eq(c.err, "fatal error: concurrent map writes\n" TU_GOROUTINE);
}
END_TEST

/* The report itself is checked above; keep the runner's stderr quiet. */
static void quiet_stderr(void) {
    int fd = open("/dev/null", O_WRONLY);
    dup2(fd, 2);
    close(fd);
}
static void exit_panic(void) {
    quiet_stderr();
    goc_panicSliceB(3, 1);
}
static void exit_throw(void) {
    quiet_stderr();
    goc_throw("x");
}

/* A frame left without goc_deferreturn is caught at the next deferreturn. */
static void leaky(void) {
    goc_frame fr;
    goc_frame_enter(&fr); /* and no goc_deferreturn: a translator bug */
}
static void main_bad_frames(void *arg) {
    (void)arg;
    goc_frame fr;
    goc_frame_enter(&fr);
    if (setjmp(fr.jb) == 0)
        leaky();
    goc_deferreturn(&fr);
}

START_TEST(test_frame_misuse) {
    tu_capture c;
    tu_run_tb(&c, main_bad_frames, NULL, "none");
    ck_assert_int_eq(c.status, 2);
    ck_assert_str_eq(c.err, "fatal error: deferreturn: frame is not the innermost (a return skipped goc_deferreturn?)\n");
}
END_TEST

START_TEST(test_exit_status_panic) {
    exit_panic();
}
END_TEST

START_TEST(test_exit_status_throw) {
    exit_throw();
}
END_TEST

/* A panic value survives collections while its deferred calls run. */
typedef struct gcclo {
    goc_func f;
    goc_eface *out;
} gcclo;
static void gc_fn(goc_func *f) {
    for (int i = 0; i < 3; i++) {
        goc_GC();
        for (int j = 0; j < 1000; j++)
            goc_alloc(64, true);
    }
    *((gcclo *)f)->out = goc_gorecover();
}

START_TEST(test_panic_value_survives_gc) {
    goc_eface got = {NULL, NULL};
    goc_frame fr;
    goc_frame_enter(&fr);
    if (setjmp(fr.jb) == 0) {
        gcclo *c = goc_alloc(sizeof *c, true);
        c->f.fn = TU_FN(gc_fn);
        c->out = &got;
        goc_deferproc(&fr, &c->f);
        char *s = goc_alloc(32, false);
        strcpy(s, "heap value");
        goc_string gs = {(const uint8_t *)s, 10};
        goc_eface v = goc_toeface(&goc_type_string, &gs);
        s = NULL;
        gs.str = NULL;
        goc_gopanic(v);
    }
    goc_deferreturn(&fr);
    ck_assert_str_eq(efstr(got), "heap value");
}
END_TEST

/* Several threads panic and recover at once: frames, panics and defer pools are per goroutine. */
typedef struct thrarg {
    int id, rounds, ok, ran;
} thrarg;

typedef struct cntclo {
    goc_func f;
    int *n;
} cntclo;
static void cnt_fn(goc_func *f) {
    (*((cntclo *)f)->n)++;
}

/* Frames at depths d..0; the one at depth 2 defers a nil func, whose run replaces the panic. */
static void thr_recurse(int d, thrarg *t) {
    goc_frame fr;
    goc_frame_enter(&fr);
    if (setjmp(fr.jb) == 0) {
        if (d == 2) {
            goc_deferproc(&fr, NULL);
        } else {
            cntclo *c = goc_alloc(sizeof *c, true);
            c->f.fn = TU_FN(cnt_fn);
            c->n = &t->ran;
            goc_deferproc(&fr, &c->f);
        }
        if (d == 0) {
            goc_int v = t->id;
            goc_gopanic(goc_toeface(&goc_type_int, &v));
        }
        thr_recurse(d - 1, t);
    }
    goc_deferreturn(&fr);
}

static void thr_one(void *arg) {
    thr_recurse(5, arg);
}

static void *thr_body(void *arg) {
    thrarg *t = arg;
    for (int i = 0; i < t->rounds; i++) {
        goc_eface got = catchpanic(thr_one, t);
        if (got.type != NULL && strcmp(errtext(got), "runtime error: invalid memory address or nil pointer dereference") == 0)
            t->ok++;
        if (i % 16 == 0)
            goc_GC();
    }
    goc_g *g = goc_getg();
    if (g->frames != NULL || g->panic != NULL || g->defercall != NULL)
        t->ok = -1;
    return NULL;
}

START_TEST(test_threads_panicking) {
    enum { nthr = 4 };
    pthread_t th[nthr];
    thrarg ta[nthr];
    for (int i = 0; i < nthr; i++) {
        ta[i] = (thrarg){.id = i, .rounds = tu_scale(200, 20), .ok = 0};
        ck_assert_int_eq(pthread_create(&th[i], NULL, thr_body, &ta[i]), 0);
    }
    for (int i = 0; i < nthr; i++) {
        pthread_join(th[i], NULL);
        ck_assert_int_eq(ta[i].ok, ta[i].rounds);
        ck_assert_int_eq(ta[i].ran, 5 * ta[i].rounds);
    }
    assert_clean();
}
END_TEST

Suite *panic_suite(void) {
    Suite *s = suite_create("panic");
    TCase *tc = tcase_create("defer");
    tcase_add_test(tc, test_defer_order);
    tcase_add_test(tc, test_defer_popped_before_run);
    tcase_add_test(tc, test_recover_named_result);
    tcase_add_test(tc, test_recover_then_remaining_defers);
    tcase_add_test(tc, test_recover_once);
    tcase_add_test(tc, test_recover_deferred_itself);
    tcase_add_test(tc, test_deferred_panic_continues_frame);
    tcase_add_test(tc, test_deferred_panic_on_normal_return);
    tcase_add_test(tc, test_panic_unwinds_frames);
    tcase_add_test(tc, test_recover_inside_deferred_call);
    tcase_add_test(tc, test_nested_panic_recovered_inside_deferred_call);
    tcase_add_test(tc, test_recover_nil_outside_panic_call);
    tcase_add_test(tc, test_defers_in_loop);
    tcase_add_test(tc, test_panic_through_recursion);
    tcase_add_test(tc, test_defer_nil_func);
    tcase_add_test(tc, test_panic_nil_value);
    tcase_add_test(tc, test_panic_value_survives_gc);
    tcase_add_test(tc, test_threads_panicking);
    suite_add_tcase(s, tc);

    TCase *rep = tcase_create("report");
    tcase_add_test(rep, test_report_simple);
    tcase_add_test(rep, test_report_crash_aborts);
    tcase_add_test(rep, test_report_chains);
    tcase_add_test(rep, test_report_panic_nil);
    tcase_add_test(rep, test_report_signal_line);
    tcase_add_test(rep, test_report_runtime_error_and_newlines);
    tcase_add_test(rep, test_printpanicval_kinds);
    tcase_add_test(rep, test_report_error_and_stringer);
    tcase_add_test(rep, test_report_panic_while_printing);
    tcase_add_test(rep, test_fatal_errors);
    tcase_add_test(rep, test_frame_misuse);
    tcase_add_exit_test(rep, test_exit_status_panic, 2);
    tcase_add_exit_test(rep, test_exit_status_throw, 2);
    suite_add_tcase(s, rep);
    return s;
}
