/*
 * tests/check_symtab.c — pcs to Go functions, files and lines
 * (runtime/symtab.c): the translator's function table (GOC_FUNCTAB) names
 * C functions, the DWARF of the test binary (built with -g) places them by
 * #line in /goc/tests/frames.go (tu_frames.h), inlined frames come out
 * one by one with their call lines, pc values carry the inline depth,
 * unregistered runtime functions are runtime.X, code outside the
 * executable has no frames, and lookups are cached.
 */
#include "testutil.h"
#include "goc_rt.h"
#include "tu_frames.h"

#include <string.h>

static bool goname(const goc_Func *f, const char *want) {
    return f != NULL && (size_t)f->name.len == strlen(want) && memcmp(f->name.str, want, f->name.len) == 0;
}

static const char *cs(goc_string s) {
    return tu_cstr(s);
}

/* leaf, mid (inlined into top), top: the first frames of goc_callers(0) from leaf. */
START_TEST(test_frames_and_inlining) {
    fr_skip = 0;
    fr_top();
    ck_assert_int_ge(fr_n, 4);
    bool inl;
    const goc_srcframe *f = goc_pcframe(fr_pcs[0], &inl);
    ck_assert_ptr_nonnull(f);
    ck_assert_msg(goname(f->fn, "main.leaf"), "%s", cs(f->fn->name));
    ck_assert_str_eq(cs(f->file), "/goc/tests/frames.go");
    ck_assert_int_eq(f->line, 4);
    ck_assert(!inl);
    f = goc_pcframe(fr_pcs[1], &inl);
    ck_assert_msg(goname(f->fn, "main.mid"), "%s", cs(f->fn->name));
    ck_assert_int_eq(f->line, 9);
    ck_assert(inl); /* mid is inlined into top: one machine frame, two pcs */
    const goc_srcframe *t = goc_pcframe(fr_pcs[2], &inl);
    ck_assert_msg(goname(t->fn, "main.(*T).top"), "%s", cs(t->fn->name));
    ck_assert_int_eq(t->line, 13);
    ck_assert(!inl);
    ck_assert_uint_eq(goc_pcaddr(fr_pcs[1]), goc_pcaddr(fr_pcs[2]));
    ck_assert_uint_eq(goc_pcdepth(fr_pcs[1]), 0);
    ck_assert_uint_eq(goc_pcdepth(fr_pcs[2]), 1);
    /* an inlined function's entry is its caller's machine function's */
    ck_assert_uint_eq(f->fn->entry, t->fn->entry);
    ck_assert_ptr_ne(f->fn, t->fn);
    ck_assert_uint_le(t->fn->entry, goc_pcaddr(fr_pcs[2]));
    ck_assert_uint_eq(t->fn->flags, GOC_FUNC_ARGS);
}
END_TEST

/* FuncForPC hands out one record per function: the same pointer every time. */
START_TEST(test_funcforpc) {
    fr_skip = 0;
    fr_top();
    const goc_Func *a = goc_FuncForPC(fr_pcs[2]);
    fr_top();
    const goc_Func *b = goc_FuncForPC(fr_pcs[2]);
    ck_assert_ptr_eq(a, b);
    ck_assert(goname(a, "main.(*T).top"));
    /* the entry itself is the function's too */
    ck_assert_ptr_eq(goc_FuncForPC(a->entry), a);
    ck_assert_ptr_null(goc_FuncForPC(0));
    ck_assert_ptr_null(goc_pcframe(goc_pcvalue(goc_pcaddr(fr_pcs[2]), 9), NULL)); /* no such depth */
}
END_TEST

/* A runtime function without a record: goc_X is runtime.X. */
START_TEST(test_runtime_names) {
    const goc_Func *f = goc_FuncForPC((uintptr_t)goc_growslice + 4);
    ck_assert_msg(goname(f, "runtime.growslice"), "%s", f != NULL ? cs(f->name) : "nil");
    ck_assert_uint_eq(f->entry, (uintptr_t)goc_growslice);
    /* a runtime function registered under a Go name of gc's runtime */
    f = goc_FuncForPC((uintptr_t)goc_deferreturn + 4);
    ck_assert(goname(f, "runtime.deferreturn"));
    ck_assert_uint_eq(f->flags, GOC_FUNC_WRAPPER);
}
END_TEST

/* Code outside the executable (libc) has no Go frames. */
START_TEST(test_outside) {
    const goc_srcframe *fr;
    ck_assert_int_eq(goc_findframes((uintptr_t)strlen + 1, &fr), 0);
    ck_assert_int_eq(goc_findframes(1, &fr), 0);
}
END_TEST

/* Concurrent lookups of the same and new pcs from several goroutines agree. */
typedef struct lookarg {
    uintptr_t pc;
    const goc_Func *got;
    goc_hchan *done;
} lookarg;
static void lookup_fn(void *p) {
    lookarg *a = p;
    for (int i = 0; i < 100; i++)
        a->got = goc_FuncForPC(a->pc + (uintptr_t)(i % 8));
    goc_chansend1(a->done, &(goc_int){1});
}
TU_CHANTYPE(sym_chan_int, &goc_type_int, "chan int");
#define sym_chan_int (sym_chan_int_desc.d.Type)
START_TEST(test_concurrent) {
    fr_skip = 0;
    fr_top();
    goc_hchan *done = goc_makechan(&sym_chan_int, 4);
    lookarg args[4];
    for (int i = 0; i < 4; i++) {
        args[i] = (lookarg){goc_pcaddr(fr_pcs[0]), NULL, done};
        tu_go(lookup_fn, &args[i]);
    }
    for (int i = 0; i < 4; i++)
        goc_chanrecv1(done, NULL);
    for (int i = 0; i < 4; i++)
        ck_assert(goname(args[i].got, "main.leaf"));
}
END_TEST

Suite *symtab_suite(void) {
    Suite *s = suite_create("symtab");
    TCase *tc = tcase_create("lookup");
    tcase_add_test(tc, test_frames_and_inlining);
    tcase_add_test(tc, test_funcforpc);
    tcase_add_test(tc, test_runtime_names);
    tcase_add_test(tc, test_outside);
    tcase_add_test(tc, test_concurrent);
    suite_add_tcase(s, tc);
    return s;
}
