/*
 * tests/check_mfinal.c — finalizers (runtime/mfinal.c): a finalizer runs on
 * the finalizer goroutine after its object became unreachable, with the
 * pointer the program passed; removing one; the finalizer goroutine is not
 * counted by NumGoroutine; gc's throws (nil pointer, second finalizer,
 * interior pointer into a pointerful object); package variables ignored.
 */
#include <check.h>
#include <stdio.h>
#include <string.h>

#include <goc.h>

#include "testutil.h"

/* *T for a T of 32 bytes holding pointers, and *U for a pointer-free 8-byte U */
static const goc_type tT = {.Size_ = 32, .PtrBytes = 8, .Align_ = 8, .FieldAlign_ = 8, .Kind_ = GOC_STRUCT};
static const goc_ptrtype tpT_d = {{.Size_ = 8, .PtrBytes = 8, .Align_ = 8, .FieldAlign_ = 8,
                                   .Kind_ = GOC_POINTER | GOC_KIND_DIRECTIFACE},
                                  &tT};
static const goc_type tU = {.Size_ = 8, .Align_ = 8, .FieldAlign_ = 8, .Kind_ = GOC_INT64};
static const goc_ptrtype tpU_d = {{.Size_ = 8, .PtrBytes = 8, .Align_ = 8, .FieldAlign_ = 8,
                                   .Kind_ = GOC_POINTER | GOC_KIND_DIRECTIFACE},
                                  &tU};
#define tpT (tpT_d.Type)
#define tpU (tpU_d.Type)

static int64_t nrun;            /* finalizers run */
static int64_t badarg;          /* finalizers that got the wrong pointer */

/* The adapter the translator would emit for func(*T). Each object carries its
   address disguised (a pointer to itself would be a cycle through a
   finalizable object, which is never collected, in gc as here). */
#define DISGUISE(p) ((uint64_t)(uintptr_t)(p) ^ 0x5A5A5A5A5A5A5A5Aull)
static void callfin(goc_func *fn, void *p, const goc_type *pt) {
    (void)fn;
    if (pt != &tpT && pt != &tpU)
        __atomic_add_fetch(&badarg, 1, __ATOMIC_RELAXED);
    uint64_t *w = p;
    if (w[0] != 0x600DF00D || w[1] != DISGUISE(p))
        __atomic_add_fetch(&badarg, 1, __ATOMIC_RELAXED);
    __atomic_add_fetch(&nrun, 1, __ATOMIC_RELAXED);
}

static goc_func finfn = {(void (*)(void))callfin};

static __attribute__((noinline)) void makegarbage(int n, bool remove) {
    for (int i = 0; i < n; i++) {
        uint64_t *w = goc_newobject(&tT);
        w[0] = 0x600DF00D;
        w[1] = DISGUISE(w);
        goc_setfinalizer(w, &tpT, &finfn, callfin);
        if (remove)
            goc_setfinalizer(w, &tpT, NULL, NULL);
    }
}

static __attribute__((noinline)) void clobberstack(void) {
    volatile char buf[4096];
    memset((char *)buf, 0, sizeof buf);
}

START_TEST(test_finalizers_run) {
    enum { N = 2000 };
    goc_int before = goc_NumGoroutine();
    makegarbage(N, false);
    clobberstack();
    ck_assert_int_eq(goc_NumGoroutine(), before); /* fing is a system goroutine */
    /* conservative roots may keep a few alive; most must be finalized */
    for (int i = 0; i < 200 && __atomic_load_n(&nrun, __ATOMIC_RELAXED) < N * 9 / 10; i++) {
        goc_GC();
        usleep(10000);
    }
    ck_assert_int_ge(__atomic_load_n(&nrun, __ATOMIC_RELAXED), N * 9 / 10);
    ck_assert_int_eq(__atomic_load_n(&badarg, __ATOMIC_RELAXED), 0);
    ck_assert_int_eq(goc_NumGoroutine(), before);
}
END_TEST

START_TEST(test_finalizer_removed) {
    makegarbage(500, true);
    clobberstack();
    for (int i = 0; i < 5; i++) {
        goc_GC();
        usleep(10000);
    }
    ck_assert_int_eq(__atomic_load_n(&nrun, __ATOMIC_RELAXED), 0);
}
END_TEST

static void setnil(void *arg) {
    (void)arg;
    goc_setfinalizer(NULL, &tpT, &finfn, callfin);
}

static void settwice(void *arg) {
    (void)arg;
    void *p = goc_newobject(&tT);
    goc_setfinalizer(p, &tpT, &finfn, callfin);
    goc_setfinalizer(p, &tpT, &finfn, callfin);
}

static void setinterior(void *arg) {
    (void)arg;
    char *p = goc_newobject(&tT);
    goc_setfinalizer(p + 8, &tpT, &finfn, callfin);
}

/* Tiny blocks: each object of a 16-byte pointer-free block has its own
   finalizer, run with its own address once the block is unreachable; one
   removed does not run; a second one for the same object throws. */
static int64_t tinyseen[4];
static void calltiny(goc_func *fn, void *p, const goc_type *pt) {
    (void)fn, (void)pt;
    uint32_t *w = p;
    if (*w < 4 && (uintptr_t)p % 4 == 0 && ((uintptr_t)p & 15) == *w * 4)
        __atomic_add_fetch(&tinyseen[*w], 1, __ATOMIC_RELAXED);
    else
        __atomic_add_fetch(&badarg, 1, __ATOMIC_RELAXED);
}
static goc_func tinyfn = {(void (*)(void))calltiny};

static void settinytwice(void *arg) {
    (void)arg;
    uint32_t *b = goc_alloc(16, false);
    goc_setfinalizer(&b[1], &tpU, &tinyfn, calltiny);
    goc_setfinalizer(&b[3], &tpU, &tinyfn, calltiny);
    goc_setfinalizer(&b[1], &tpU, &tinyfn, calltiny);
}

static void expect_throw(void (*fn)(void *), const char *msg) {
    tu_capture c;
    tu_run(&c, fn, NULL);
    char want[256];
    snprintf(want, sizeof want, "fatal error: %s\n", msg);
    ck_assert_msg(tu_hasprefix(c.err, want), "stderr: %s", c.err);
    ck_assert_int_eq(c.status, 2);
}

START_TEST(test_throws) {
    expect_throw(setnil, "runtime.SetFinalizer: pointer not in allocated block");
    expect_throw(settwice, "runtime.SetFinalizer: finalizer already set");
    expect_throw(setinterior, "runtime.SetFinalizer: pointer not at beginning of allocated block");
    /* a child forked while this process's finalizer goroutine exists could
       not ready it: these run before any finalizer is set here */
    expect_throw(settinytwice, "runtime.SetFinalizer: finalizer already set");
}
END_TEST

static uint64_t global[2];

START_TEST(test_ignored) {
    /* a package variable: ignored, as gc ignores its data segments */
    goc_setfinalizer(global, &tpT, &finfn, callfin);
    /* an interior pointer into a small pointer-free object is allowed (gc's tiny blocks) */
    char *b = goc_alloc(16, false);
    goc_setfinalizer(b + 8, &tpU, &finfn, callfin);
    goc_setfinalizer(b + 8, &tpU, NULL, NULL); /* and removed */
    goc_GC();
    usleep(10000);
    ck_assert_int_eq(__atomic_load_n(&nrun, __ATOMIC_RELAXED), 0);
}
END_TEST


static __attribute__((noinline)) void maketiny(int n) {
    for (int i = 0; i < n; i++) {
        uint32_t *b = goc_alloc(16, false);
        if (((uintptr_t)b & 15) != 0)
            continue; /* the test reads each object's index from its address */
        for (uint32_t j = 0; j < 4; j++) {
            b[j] = j;
            goc_setfinalizer(&b[j], &tpU, &tinyfn, calltiny);
        }
        goc_setfinalizer(&b[2], &tpU, NULL, NULL);
    }
}


START_TEST(test_tiny_block) {
    enum { N = 400 };
    maketiny(N);
    clobberstack();
    for (int i = 0; i < 200 && __atomic_load_n(&tinyseen[0], __ATOMIC_RELAXED) < N * 9 / 10; i++) {
        goc_GC();
        usleep(10000);
    }
    ck_assert_int_ge(tinyseen[0], N * 9 / 10);
    /* let the finalizer goroutine finish the blocks it is running */
    for (int quiet = 0, i = 0; quiet < 3 && i < 100; i++) {
        int64_t before = __atomic_load_n(&tinyseen[3], __ATOMIC_RELAXED);
        usleep(20000);
        quiet = __atomic_load_n(&tinyseen[3], __ATOMIC_RELAXED) == before ? quiet + 1 : 0;
    }
    ck_assert_int_eq(tinyseen[1], tinyseen[0]);
    ck_assert_int_eq(tinyseen[3], tinyseen[0]);
    ck_assert_int_eq(tinyseen[2], 0);
    ck_assert_int_eq(__atomic_load_n(&badarg, __ATOMIC_RELAXED), 0);
}
END_TEST

Suite *mfinal_suite(void) {
    Suite *s = suite_create("mfinal");
    TCase *tc = tcase_create("core");
    tcase_set_timeout(tc, 60);
    tcase_add_test(tc, test_finalizers_run);
    tcase_add_test(tc, test_finalizer_removed);
    tcase_add_test(tc, test_throws);
    tcase_add_test(tc, test_ignored);
    tcase_add_test(tc, test_tiny_block);
    suite_add_tcase(s, tc);
    return s;
}
