/*
 * tests/check_string.c — runtime/string.c: concatenation, comparison,
 * conversions between strings, []byte and []rune (values and gc's heap
 * capacities, as printed by Go 1.23), string(rune), C strings, and that
 * string memory is pointer-free and survives collections.
 */
#include <check.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "goc_rt.h"
#include "testutil.h"

#define S(lit) GOC_STR(lit)

static int streq(goc_string s, const char *c, size_t n) {
    return s.len == (goc_int)n && (n == 0 || memcmp(s.str, c, n) == 0);
}
#define ck_assert_gostr(s, lit)                                                                \
    ck_assert_msg(streq(s, lit, sizeof(lit) - 1), "got %.*s (len %ld), want %s", (int)(s).len, \
                  (s).len ? (const char *)(s).str : "", (long)(s).len, lit)

START_TEST(test_concat) {
    goc_string a = S("hello, "), b = S("world");
    goc_string c = goc_concatstring2(a, b);
    ck_assert_gostr(c, "hello, world");
    ck_assert_ptr_ne(c.str, a.str);
    ck_assert_ptr_ne(c.str, b.str);
    goc_string parts[] = {S("a"), S(""), S("bc"), {NULL, 0}, S("def")};
    ck_assert_gostr(goc_concatstrings(parts, 5), "abcdef");
    /* empty results */
    goc_string e = goc_concatstring2((goc_string){NULL, 0}, S(""));
    ck_assert_int_eq(e.len, 0);
    ck_assert_int_eq(goc_concatstrings(NULL, 0).len, 0);
    /* one non-empty operand is returned as it is (no allocation), like gc */
    goc_string one = goc_concatstring2(S(""), b);
    ck_assert_ptr_eq(one.str, b.str);
    ck_assert_int_eq(one.len, 5);
    /* many pieces */
    goc_string many[100];
    for (int i = 0; i < 100; i++)
        many[i] = (i % 2) ? S("xy") : S("z");
    goc_string m = goc_concatstrings(many, 100);
    ck_assert_int_eq(m.len, 150);
    for (int i = 0, k = 0; i < 100; i++) {
        if (i % 2) {
            ck_assert_int_eq(m.str[k++], 'x');
            ck_assert_int_eq(m.str[k++], 'y');
        } else {
            ck_assert_int_eq(m.str[k++], 'z');
        }
    }
}
END_TEST

static void hugeconcat(void *arg) {
    (void)arg;
    /* lengths only: the sum overflows before any byte is read */
    goc_string v[3] = {{(const uint8_t *)"x", INT64_MAX / 2 + 1}, {(const uint8_t *)"y", INT64_MAX / 2 + 1},
                       {(const uint8_t *)"z", 1}};
    (void)goc_concatstrings(v, 3);
}

START_TEST(test_concat_too_long) {
    tu_capture c;
    tu_run(&c, hugeconcat, NULL);
    ck_assert_int_eq(c.status, 2);
    ck_assert_msg(tu_hasprefix(c.err, "fatal error: string concatenation too long\n"), "stderr: %s",
                  c.err);
}
END_TEST

START_TEST(test_compare) {
    static const struct { const char *a, *b; int cmp; } cases[] = {
        {"", "", 0},       {"", "a", -1},      {"a", "", 1},       {"abc", "abc", 0},
        {"abc", "abd", -1}, {"abd", "abc", 1}, {"ab", "abc", -1},  {"abc", "ab", 1},
        {"a\xff", "a\x01", 1}, /* bytes are unsigned */
        {"\x80", "\x7f", 1}, {"Z", "a", -1},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        goc_string a = {(const uint8_t *)cases[i].a, (goc_int)strlen(cases[i].a)};
        goc_string b = {(const uint8_t *)cases[i].b, (goc_int)strlen(cases[i].b)};
        ck_assert_int_eq(goc_cmpstring(a, b), cases[i].cmp);
        ck_assert_int_eq(goc_eqstring(a, b), cases[i].cmp == 0);
    }
    /* embedded NULs count; nil and empty are equal */
    goc_string n1 = {(const uint8_t *)"a\0b", 3}, n2 = {(const uint8_t *)"a\0c", 3};
    ck_assert_int_eq(goc_cmpstring(n1, n2), -1);
    ck_assert(!goc_eqstring(n1, n2));
    ck_assert(goc_eqstring((goc_string){NULL, 0}, S("")));
    ck_assert_int_eq(goc_cmpstring((goc_string){NULL, 0}, S("")), 0);
    /* equal contents at different addresses */
    goc_string x = goc_concatstring2(S("ab"), S("c"));
    ck_assert(goc_eqstring(x, S("abc")));
    ck_assert_int_eq(goc_cmpstring(x, S("abc")), 0);
    /* same pointer, different lengths */
    goc_string p = S("abcdef"), q = {p.str, 3};
    ck_assert_int_eq(goc_cmpstring(q, p), -1);
    ck_assert(!goc_eqstring(p, q));
}
END_TEST

START_TEST(test_bytes_to_string) {
    uint8_t buf[] = {'g', 'o', 'p', 'h', 'e', 'r'};
    goc_string s = goc_slicebytetostring(buf, 6);
    ck_assert_gostr(s, "gopher");
    buf[0] = 'G'; /* the string is a copy */
    ck_assert_gostr(s, "gopher");
    ck_assert_int_eq(goc_slicebytetostring(NULL, 0).len, 0);
    ck_assert_int_eq(goc_slicebytetostring(buf, 0).len, 0);
    /* one-byte strings, every byte value: right byte, no allocation (shared) */
    for (int c = 0; c < 256; c++) {
        uint8_t b = (uint8_t)c;
        goc_string x = goc_slicebytetostring(&b, 1), y = goc_slicebytetostring(&b, 1);
        b ^= 0xFF;
        ck_assert_int_eq(x.len, 1);
        ck_assert_int_eq(x.str[0], c);
        ck_assert_ptr_eq(x.str, y.str);
    }
    ck_assert_ptr_eq(goc_intstring('q').str, goc_slicebytetostring((const uint8_t *)"q", 1).str);
}
END_TEST

/* Printed by Go 1.23 for b := []byte(string(make([]byte, n))) escaping:
   (n, cap) pairs; never nil, even for n = 0. */
START_TEST(test_string_to_bytes) {
    static const goc_int caps[][2] = {{0, 0},    {1, 8},     {5, 8},     {8, 8},
                                      {9, 16},   {33, 48},   {100, 112}, {1000, 1024}};
    static char src[1000];
    for (int i = 0; i < 1000; i++)
        src[i] = (char)('a' + i % 26);
    for (size_t i = 0; i < sizeof caps / sizeof caps[0]; i++) {
        goc_string s = {(const uint8_t *)src, caps[i][0]};
        goc_slice b = goc_stringtoslicebyte(s);
        ck_assert_ptr_nonnull(b.ptr);
        ck_assert_int_eq(b.len, caps[i][0]);
        ck_assert_int_eq(b.cap, caps[i][1]);
        ck_assert(b.len == 0 || memcmp(b.ptr, src, (size_t)b.len) == 0);
        for (goc_int k = b.len; k < b.cap; k++)
            ck_assert_int_eq(((uint8_t *)b.ptr)[k], 0);
        if (b.len > 0) {
            ((uint8_t *)b.ptr)[0] = '#'; /* writing the slice leaves the string alone */
            ck_assert_int_eq(src[0], 'a');
        }
    }
    /* large: page-rounded */
    static char big[40000];
    goc_slice b = goc_stringtoslicebyte((goc_string){(const uint8_t *)big, 40000});
    ck_assert_int_eq(b.cap, 40960);
}
END_TEST

static void checkrunes(goc_string s, const int32_t *want, goc_int n, goc_int wantcap) {
    goc_slice r = goc_stringtoslicerune(s);
    ck_assert_int_eq(r.len, n);
    ck_assert_int_eq(r.cap, wantcap);
    for (goc_int i = 0; i < n; i++)
        ck_assert_int_eq(((int32_t *)r.ptr)[i], want[i]);
    for (goc_int i = n; i < r.cap; i++)
        ck_assert_int_eq(((int32_t *)r.ptr)[i], 0);
}

/* Lengths and capacities printed by Go 1.23 for escaping []rune(s). */
START_TEST(test_string_to_runes) {
    static const int32_t w1[] = {0x68, 0xE9, 0x6C, 0x6C, 0x6F, 0x2C, 0x20, 0x4E16, 0x754C};
    checkrunes(S("h\xc3\xa9llo, \xe4\xb8\x96\xe7\x95\x8c"), w1, 9, 12);
    static const int32_t w2[] = {0x61, 0xFFFD, 0x62};
    checkrunes(S("a\x80" "b"), w2, 3, 4);
    static const int32_t w3[] = {0xFFFD, 0xFFFD, 0xFFFD};
    checkrunes(S("\xed\xa0\x80"), w3, 3, 4);
    static const int32_t w4[] = {0xFFFD, 0xFFFD, 0xFFFD, 0xFFFD, 0xFFFD};
    checkrunes(S("\xf8\x88\x80\x80\x80"), w4, 5, 6);
    static const int32_t w5[] = {0x10FFFF};
    checkrunes(S("\xf4\x8f\xbf\xbf"), w5, 1, 2);
    static const int32_t w6[] = {0x78, 0xFFFD};
    checkrunes(S("x\xc3"), w6, 2, 2);
    goc_slice e = goc_stringtoslicerune(S(""));
    ck_assert_ptr_nonnull(e.ptr);
    ck_assert_int_eq(e.len, 0);
    ck_assert_int_eq(e.cap, 0);
}
END_TEST

START_TEST(test_runes_to_string) {
    /* Go 1.23: string([]rune{0x41, -1, 0xd800, 0x10ffff, 0x110000, 0xe9, 0x7fffffff}) */
    static const int32_t rs[] = {0x41, -1, 0xD800, 0x10FFFF, 0x110000, 0xE9, 0x7FFFFFFF};
    goc_string s = goc_slicerunetostring(rs, 7);
    ck_assert_gostr(s, "\x41\xef\xbf\xbd\xef\xbf\xbd\xf4\x8f\xbf\xbf\xef\xbf\xbd\xc3\xa9\xef\xbf\xbd");
    ck_assert_int_eq(goc_slicerunetostring(NULL, 0).len, 0);
    /* round trip of valid text */
    goc_string t = S("gr\xc3\xbc\xc3\x9f dich, \xf0\x9f\x98\x80!");
    goc_slice r = goc_stringtoslicerune(t);
    goc_string back = goc_slicerunetostring(r.ptr, r.len);
    ck_assert(goc_eqstring(t, back));
}
END_TEST

START_TEST(test_intstring) {
    /* Go 1.23: string(x) for these int64 values of x */
    static const struct { int64_t v; const char *bytes; } cases[] = {
        {65, "A"}, {0x7F, "\x7f"}, {0x80, "\xc2\x80"}, {0x7FF, "\xdf\xbf"}, {0x800, "\xe0\xa0\x80"},
        {0xD7FF, "\xed\x9f\xbf"}, {0xD800, "\xef\xbf\xbd"}, {0xDFFF, "\xef\xbf\xbd"},
        {0xE000, "\xee\x80\x80"}, {0xFFFD, "\xef\xbf\xbd"}, {0xFFFF, "\xef\xbf\xbf"},
        {0x10000, "\xf0\x90\x80\x80"}, {0x10FFFF, "\xf4\x8f\xbf\xbf"}, {0x110000, "\xef\xbf\xbd"},
        {-1, "\xef\xbf\xbd"}, {((int64_t)1 << 32) + 65, "\xef\xbf\xbd"}, /* not an int32 */
        {INT32_MIN, "\xef\xbf\xbd"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        goc_string s = goc_intstring(cases[i].v);
        ck_assert_msg(streq(s, cases[i].bytes, strlen(cases[i].bytes)), "string(%lld)",
                      (long long)cases[i].v);
    }
    goc_string nul = goc_intstring(0);
    ck_assert_int_eq(nul.len, 1);
    ck_assert_int_eq(nul.str[0], 0);
}
END_TEST

START_TEST(test_cstrings) {
    goc_string s = goc_gostring("hello");
    ck_assert_gostr(s, "hello");
    ck_assert_int_eq(goc_gostring(NULL).len, 0);
    ck_assert_int_eq(goc_gostring("").len, 0);
    char *c = goc_cstring(S("abc"));
    ck_assert_str_eq(c, "abc");
    char *e = goc_cstring((goc_string){NULL, 0});
    ck_assert_str_eq(e, "");
    /* a copy, NUL-terminated even when the Go string is a prefix */
    goc_string pre = {(const uint8_t *)"abcdef", 3};
    ck_assert_str_eq(goc_cstring(pre), "abc");
    /* gostring copies */
    char buf[] = "mutable";
    goc_string m = goc_gostring(buf);
    buf[0] = 'M';
    ck_assert_gostr(m, "mutable");
}
END_TEST

/* ---- the collector ---- */

enum { NOBJ = 64 };
static void **links;           /* libc memory: not scanned */
static goc_string *volatile strs;

static __attribute__((noinline)) void buildstrings(void) {
    strs = goc_alloc(NOBJ * sizeof(goc_string), true); /* scanned: keeps the strings */
    for (int i = 0; i < NOBJ; i++) {
        void *obj = goc_alloc(32, false);
        links[i] = obj;
        ck_assert_int_eq(GC_general_register_disappearing_link(&links[i], obj), GC_SUCCESS);
        /* the only copy of the pointer is inside string bytes */
        strs[i] = goc_slicebytetostring((const uint8_t *)&obj, sizeof obj);
        obj = NULL;
    }
}

static __attribute__((noinline)) void clobberstack(void) {
    volatile char junk[16384];
    memset((char *)junk, 0, sizeof junk);
}

START_TEST(test_string_memory_is_atomic) {
    links = calloc(NOBJ, sizeof(void *));
    buildstrings();
    clobberstack();
    GC_gcollect();
    GC_gcollect();
    int live = 0;
    for (int i = 0; i < NOBJ; i++)
        if (links[i] != NULL) {
            live++;
            GC_unregister_disappearing_link(&links[i]);
        }
    /* string bytes were not scanned: (nearly) all targets are gone ... */
    ck_assert_int_le(live, NOBJ / 4);
    /* ... while the strings themselves, reachable from scanned memory, live */
    for (int i = 0; i < NOBJ; i++)
        ck_assert_int_eq(strs[i].len, 8);
    free(links);
    strs = NULL;
}
END_TEST

/* string, as a translator's own copy would describe it */
GOC_DESCRIBE(tstr, goc_type, "string", GOC_TYPEINIT(16, 8, GOC_STRING, 0, 8, &goc_strequal_f));
#define tstr (tstr_desc.d)

START_TEST(test_gc_strings_survive) {
    int n = tu_gcstress() ? 300 : 2000;
    goc_string acc = {NULL, 0};
    goc_slice keep = {NULL, 0, 0};
    for (int i = 0; i < n; i++) {
        char num[16];
        int k = snprintf(num, sizeof num, "%d,", i);
        acc = goc_concatstring2(acc, goc_gostring(num));
        goc_int newLen = keep.len + 1;
        if ((goc_uint)newLen > (goc_uint)keep.cap)
            keep = goc_growslice(keep.ptr, newLen, keep.cap, 1, &tstr);
        else
            keep.len = newLen;
        ((goc_string *)keep.ptr)[i] = goc_slicebytetostring((const uint8_t *)num, k);
        if (i % 200 == 0)
            GC_gcollect();
    }
    GC_gcollect();
    for (int r = 0; r < 2000; r++)
        memset(goc_alloc(48, false), 0xCC, 48);
    GC_gcollect();
    goc_int off = 0;
    for (int i = 0; i < n; i++) {
        char num[16];
        int k = snprintf(num, sizeof num, "%d,", i);
        goc_string s = ((goc_string *)keep.ptr)[i];
        ck_assert(streq(s, num, (size_t)k));
        ck_assert(memcmp(acc.str + off, num, (size_t)k) == 0);
        off += k;
    }
    ck_assert_int_eq(off, acc.len);
}
END_TEST

Suite *string_suite(void) {
    Suite *s = suite_create("string");
    TCase *tc = tcase_create("string");
    tcase_set_timeout(tc, 60);
    tcase_add_test(tc, test_concat);
    tcase_add_test(tc, test_concat_too_long);
    tcase_add_test(tc, test_compare);
    tcase_add_test(tc, test_bytes_to_string);
    tcase_add_test(tc, test_string_to_bytes);
    tcase_add_test(tc, test_string_to_runes);
    tcase_add_test(tc, test_runes_to_string);
    tcase_add_test(tc, test_intstring);
    tcase_add_test(tc, test_cstrings);
    tcase_add_test(tc, test_string_memory_is_atomic);
    tcase_add_test(tc, test_gc_strings_survive);
    suite_add_tcase(s, tc);
    return s;
}
