/*
 * tests/check_weak.c — weak pointers and unique's cleanup (runtime/weak.c):
 * one handle per pointer while its object lives, interior pointers get
 * their own; a handle does not keep its object alive and reads nil once the
 * collector found the object unreachable; pointers outside the heap never
 * die; the table survives many dead entries; the cleanup func runs after
 * collections.
 */
#include "goc_rt.h"
#include "linkname.h"
#include "testutil.h"

typedef struct obj {
    int64_t a, b;
    struct obj *next;
} obj;

static int64_t global;

START_TEST(test_handles) {
    obj *o = goc_alloc(sizeof *o, true);
    void *h1 = internal_weak__runtime_registerWeakPointer(o);
    void *h2 = internal_weak__runtime_registerWeakPointer(o);
    ck_assert_ptr_eq(h1, h2);
    void *hb = internal_weak__runtime_registerWeakPointer(&o->b);
    ck_assert_ptr_ne(hb, h1);
    ck_assert_ptr_eq(internal_weak__runtime_makeStrongFromWeak(h1), o);
    ck_assert_ptr_eq(internal_weak__runtime_makeStrongFromWeak(hb), &o->b);
    ck_assert_ptr_null(internal_weak__runtime_makeStrongFromWeak(NULL));
    void *hg = internal_weak__runtime_registerWeakPointer(&global);
    GC_gcollect();
    ck_assert_ptr_eq(internal_weak__runtime_makeStrongFromWeak(hg), &global);
    ck_assert_ptr_eq(internal_weak__runtime_makeStrongFromWeak(h1), o); /* o is live: on this stack */
    o->a = 1;
}
END_TEST

enum { NOBJ = 2000 };

/* Handles of NOBJ objects nobody else references (in scanned memory, as a weak.Pointer holds them). */
static __attribute__((noinline)) void **makehandles(void) {
    void **hs = goc_alloc(NOBJ * sizeof *hs, true);
    for (int i = 0; i < NOBJ; i++) {
        obj *o = goc_alloc(sizeof *o, true);
        o->a = i;
        hs[i] = internal_weak__runtime_registerWeakPointer(o);
    }
    return hs;
}

static __attribute__((noinline)) void scrub(void) {
    volatile char pad[4096];
    memset((char *)pad, 0, sizeof pad);
}

START_TEST(test_cleared_when_unreachable) {
    void **hs = makehandles();
    scrub();
    GC_gcollect();
    GC_gcollect();
    int cleared = 0;
    for (int i = 0; i < NOBJ; i++) {
        obj *o = internal_weak__runtime_makeStrongFromWeak(hs[i]);
        if (o == NULL)
            cleared++;
        else
            ck_assert_int_eq(o->a, i); /* a live one still reads its own object */
    }
    /* conservative scanning may keep a few alive, never most */
    ck_assert_int_gt(cleared, NOBJ * 9 / 10);
    /* more registrations than the table ever held live: stale entries are dropped */
    for (int round = 0; round < 5; round++) {
        makehandles();
        scrub();
        GC_gcollect();
    }
    obj *o = goc_alloc(sizeof *o, true);
    void *h = internal_weak__runtime_registerWeakPointer(o);
    ck_assert_ptr_eq(internal_weak__runtime_registerWeakPointer(o), h);
    ck_assert_ptr_eq(internal_weak__runtime_makeStrongFromWeak(h), o);
}
END_TEST

static uint32_t cleanups;

static void cleanupfn(goc_func *self) {
    (void)self;
    __atomic_add_fetch(&cleanups, 1, __ATOMIC_SEQ_CST);
}

static goc_func cleanupclosure = {(void (*)(void))cleanupfn};

static bool cleaned(void *arg) {
    (void)arg;
    return __atomic_load_n(&cleanups, __ATOMIC_SEQ_CST) > 0;
}

START_TEST(test_unique_cleanup) {
    unique__runtime_registerUniqueMapCleanup(&cleanupclosure);
    ck_assert_uint_eq(cleanups, 0);
    GC_gcollect();
    ck_assert(tu_eventually(cleaned, NULL));
}
END_TEST

Suite *weak_suite(void) {
    Suite *s = suite_create("weak");
    TCase *tc = tcase_create("core");
    tcase_set_timeout(tc, 60);
    tcase_add_test(tc, test_handles);
    tcase_add_test(tc, test_cleared_when_unreachable);
    tcase_add_test(tc, test_unique_cleanup);
    suite_add_tcase(s, tc);
    return s;
}
