/*
 * tests/check_utf8.c — runtime/utf8.c: decoderune against Go 1.23's
 * `for i, r := range s` on every invalid form, and exhaustively against an
 * independent decoder built from the Unicode well-formedness table;
 * encoderune and runelen for every rune class.
 */
#include <check.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "goc_rt.h"

/* What `for i, r := range s` visits, as "i:R i:R ..." (hex runes). */
static void rangestring(goc_string s, char *out, size_t n) {
    out[0] = '\0';
    for (goc_int k = 0; k < s.len;) {
        goc_int next;
        int32_t r = goc_decoderune(s, k, &next);
        snprintf(out + strlen(out), n - strlen(out), "%s%ld:%X", k ? " " : "", (long)k, (unsigned)r);
        ck_assert_int_gt(next, k);
        k = next;
    }
}

#define S(lit) GOC_STR(lit)

/* Printed by Go 1.23: fmt.Printf(" %d:%X", i, r) for each i, r := range s. */
START_TEST(test_range_like_go) {
    static const struct { goc_string s; const char *want; } cases[] = {
        {S("h\xc3\xa9llo, \xe4\xb8\x96\xe7\x95\x8c"), "0:68 1:E9 3:6C 4:6C 5:6F 6:2C 7:20 8:4E16 11:754C"},
        {S("\xff"), "0:FFFD"},
        {S("a\x80" "b"), "0:61 1:FFFD 2:62"},
        {S("\xc0\x80"), "0:FFFD 1:FFFD"},            /* overlong NUL */
        {S("\xc1\xbf"), "0:FFFD 1:FFFD"},            /* overlong U+007F */
        {S("\xc2\x80"), "0:80"},
        {S("\xdf\xbf"), "0:7FF"},
        {S("\xe0\x80\x80"), "0:FFFD 1:FFFD 2:FFFD"}, /* overlong 3-byte */
        {S("\xe0\x9f\xbf"), "0:FFFD 1:FFFD 2:FFFD"},
        {S("\xe0\xa0\x80"), "0:800"},
        {S("\xed\x9f\xbf"), "0:D7FF"},
        {S("\xed\xa0\x80"), "0:FFFD 1:FFFD 2:FFFD"}, /* surrogate halves */
        {S("\xed\xbf\xbf"), "0:FFFD 1:FFFD 2:FFFD"},
        {S("\xee\x80\x80"), "0:E000"},
        {S("\xef\xbf\xbf"), "0:FFFF"},
        {S("\xf0\x8f\xbf\xbf"), "0:FFFD 1:FFFD 2:FFFD 3:FFFD"}, /* overlong 4-byte */
        {S("\xf0\x90\x80\x80"), "0:10000"},
        {S("\xf4\x8f\xbf\xbf"), "0:10FFFF"},                   /* max rune */
        {S("\xf4\x90\x80\x80"), "0:FFFD 1:FFFD 2:FFFD 3:FFFD"}, /* > U+10FFFF */
        {S("\xf5\x80\x80\x80"), "0:FFFD 1:FFFD 2:FFFD 3:FFFD"},
        {S("\xf8\x88\x80\x80\x80"), "0:FFFD 1:FFFD 2:FFFD 3:FFFD 4:FFFD"},
        {S("\xe2\x82"), "0:FFFD 1:FFFD"},                      /* truncated */
        {S("\xe2\x82x"), "0:FFFD 1:FFFD 2:78"},
        {S("\xf0\x9f\x98"), "0:FFFD 1:FFFD 2:FFFD"},
        {S("\xf0\x9f\x98\x80"), "0:1F600"},
        {S("\xc3"), "0:FFFD"},
        {S("x\xc3"), "0:78 1:FFFD"},
        {S("\xef\xbf\xbd"), "0:FFFD"},                         /* a real U+FFFD is 3 bytes */
    };
    char got[256];
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        rangestring(cases[i].s, got, sizeof got);
        ck_assert_msg(strcmp(got, cases[i].want) == 0, "case %zu: got %s want %s", i, got,
                      cases[i].want);
    }
}
END_TEST

/* Unicode 15, Table 3-7 "Well-Formed UTF-8 Byte Sequences": the length of
   the well-formed sequence at p (0 if none), and its code point. */
static int wellformed(const uint8_t *p, int n, uint32_t *cp) {
    static const struct { uint8_t lo0, hi0, lo1, hi1; int len; } rows[] = {
        {0x00, 0x7F, 0, 0, 1},       {0xC2, 0xDF, 0x80, 0xBF, 2}, {0xE0, 0xE0, 0xA0, 0xBF, 3},
        {0xE1, 0xEC, 0x80, 0xBF, 3}, {0xED, 0xED, 0x80, 0x9F, 3}, {0xEE, 0xEF, 0x80, 0xBF, 3},
        {0xF0, 0xF0, 0x90, 0xBF, 4}, {0xF1, 0xF3, 0x80, 0xBF, 4}, {0xF4, 0xF4, 0x80, 0x8F, 4},
    };
    for (size_t i = 0; i < sizeof rows / sizeof rows[0]; i++) {
        if (p[0] < rows[i].lo0 || p[0] > rows[i].hi0)
            continue;
        int len = rows[i].len;
        if (len == 1) {
            *cp = p[0];
            return 1;
        }
        if (n < len || p[1] < rows[i].lo1 || p[1] > rows[i].hi1)
            return 0;
        for (int j = 2; j < len; j++)
            if (p[j] < 0x80 || p[j] > 0xBF)
                return 0;
        uint32_t v = p[0] & (0xFF >> (len + 1));
        for (int j = 1; j < len; j++)
            v = v << 6 | (p[j] & 0x3F);
        *cp = v;
        return len;
    }
    return 0;
}

/* Checks one string against the table; on a mismatch describes it in
   bad (first failure only) and returns 0. Plain ifs: a passing ck_assert
   costs a system call, too slow for 17 million cases. */
static char bad[256];

static int checkone(const uint8_t *buf, int n) {
    goc_string s = {buf, n};
    uint32_t cp = 0;
    int w = wellformed(buf, n, &cp);
    goc_int next;
    int32_t r = goc_decoderune(s, 0, &next);
    int ok;
    if (w == 0) {
        ok = r == GOC_RUNE_ERROR && next == 1;
    } else {
        uint8_t enc[4];
        ok = (uint32_t)r == cp && next == w && goc_encoderune(enc, r) == w && goc_runelen(r) == w &&
             memcmp(enc, buf, (size_t)w) == 0; /* encoding gives the bytes back */
    }
    if (!ok && bad[0] == '\0')
        snprintf(bad, sizeof bad, "%02x %02x %02x %02x (n=%d): got %X/%ld want %X/%d", buf[0],
                 n > 1 ? buf[1] : 0, n > 2 ? buf[2] : 0, n > 3 ? buf[3] : 0, n, (unsigned)r,
                 (long)next, w ? cp : GOC_RUNE_ERROR, w ? w : 1);
    return ok;
}

/* Every 1-, 2- and 3-byte string, and every 4-byte string with a lead byte
   of F0..F7 and a continuation-range or boundary second byte. */
START_TEST(test_decode_exhaustive) {
    uint8_t b[4];
    long fails = 0;
    for (int a = 0; a < 256; a++) {
        b[0] = (uint8_t)a;
        fails += !checkone(b, 1);
        for (int c = 0; c < 256; c++) {
            b[1] = (uint8_t)c;
            fails += !checkone(b, 2);
            for (int d = 0; d < 256; d++) {
                b[2] = (uint8_t)d;
                fails += !checkone(b, 3);
            }
        }
    }
    static const uint8_t edges[] = {0x00, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xFF};
    for (int a = 0xF0; a <= 0xF7; a++)
        for (int c = 0x70; c <= 0xC5; c++)
            for (size_t d = 0; d < sizeof edges; d++)
                for (size_t e = 0; e < sizeof edges; e++) {
                    uint8_t q[4] = {(uint8_t)a, (uint8_t)c, edges[d], edges[e]};
                    fails += !checkone(q, 4);
                }
    ck_assert_msg(fails == 0, "%ld failures, first: %s", fails, bad);
}
END_TEST

START_TEST(test_decode_offsets) {
    goc_string s = S("a\xe4\xb8\x96" "b");
    goc_int next;
    ck_assert_int_eq(goc_decoderune(s, 1, &next), 0x4E16);
    ck_assert_int_eq(next, 4);
    ck_assert_int_eq(goc_decoderune(s, 2, &next), GOC_RUNE_ERROR); /* mid-sequence */
    ck_assert_int_eq(next, 3);
    ck_assert_int_eq(goc_decoderune(s, 4, &next), 'b');
    ck_assert_int_eq(next, 5);
    /* a sequence cut by the end of the string (not by a NUL) */
    goc_string cut = {(const uint8_t *)"\xe4\xb8\x96", 2};
    ck_assert_int_eq(goc_decoderune(cut, 0, &next), GOC_RUNE_ERROR);
    ck_assert_int_eq(next, 1);
    /* past the end */
    ck_assert_int_eq(goc_decoderune(s, 5, &next), GOC_RUNE_ERROR);
    ck_assert_int_eq(next, 6);
}
END_TEST

START_TEST(test_encode) {
    static const struct { int32_t r; const char *bytes; } cases[] = {
        {0, "\x00"}, {0x41, "A"}, {0x7F, "\x7f"}, {0x80, "\xc2\x80"}, {0x7FF, "\xdf\xbf"},
        {0x800, "\xe0\xa0\x80"}, {0xD7FF, "\xed\x9f\xbf"},
        {0xD800, "\xef\xbf\xbd"}, {0xDBFF, "\xef\xbf\xbd"}, {0xDC00, "\xef\xbf\xbd"},
        {0xDFFF, "\xef\xbf\xbd"}, /* surrogates are invalid */
        {0xE000, "\xee\x80\x80"}, {0xFFFD, "\xef\xbf\xbd"}, {0xFFFF, "\xef\xbf\xbf"},
        {0x10000, "\xf0\x90\x80\x80"}, {0x1F600, "\xf0\x9f\x98\x80"}, {0x10FFFF, "\xf4\x8f\xbf\xbf"},
        {0x110000, "\xef\xbf\xbd"}, {-1, "\xef\xbf\xbd"}, {INT32_MIN, "\xef\xbf\xbd"},
        {INT32_MAX, "\xef\xbf\xbd"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        uint8_t buf[8];
        memset(buf, 0xAA, sizeof buf);
        size_t want = cases[i].r == 0 ? 1 : strlen(cases[i].bytes);
        goc_int n = goc_encoderune(buf, cases[i].r);
        ck_assert_int_eq(n, (goc_int)want);
        ck_assert_int_eq(goc_runelen(cases[i].r), (goc_int)want);
        ck_assert(memcmp(buf, cases[i].bytes, want) == 0);
        ck_assert_int_eq(buf[want], 0xAA); /* nothing written past it */
    }
    /* every valid rune round-trips through decode; surrogates become RuneError */
    long fails = 0;
    int32_t first = -1;
    for (int32_t r = 0; r <= 0x10FFFF; r++) {
        uint8_t buf[4];
        goc_int n = goc_encoderune(buf, r);
        goc_int next;
        int32_t back = goc_decoderune((goc_string){buf, n}, 0, &next);
        bool ok = (r >= 0xD800 && r <= 0xDFFF) ? back == GOC_RUNE_ERROR && n == 3 && next == 3
                                               : back == r && next == n && n == goc_runelen(r);
        if (!ok && fails++ == 0)
            first = r;
    }
    ck_assert_msg(fails == 0, "%ld runes do not round-trip, first U+%04X", fails, (unsigned)first);
}
END_TEST

Suite *utf8_suite(void) {
    Suite *s = suite_create("utf8");
    TCase *tc = tcase_create("utf8");
    tcase_set_timeout(tc, 60);
    tcase_add_test(tc, test_range_like_go);
    tcase_add_test(tc, test_decode_exhaustive);
    tcase_add_test(tc, test_decode_offsets);
    tcase_add_test(tc, test_encode);
    suite_add_tcase(s, tc);
    return s;
}
