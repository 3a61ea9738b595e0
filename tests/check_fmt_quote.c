/*
 * tests/check_fmt_quote.c — Go quoting (runtime/fmt_quote.c: strconv.Quote,
 * QuoteToASCII, QuoteRune, CanBackquote, IsPrint) through fmt's %q %+q %#q
 * %#U %c, against hashes of Go 1.23's own output:
 *   tests/data/fmt_runes.txt    every code point, by block of 4096 (GOC_FMT_RUNES);
 *   tests/data/fmt_strings.txt  20 chunks of 1000 pseudo-random byte strings
 *                               (GOC_FMT_STRINGS).
 */
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <goc.h>

#include "testutil.h"

/* ---- every code point through %q %+q %#U %c (quoting and IsPrint) ---- */

START_TEST(test_rune_blocks) {
    const char *path = getenv("GOC_FMT_RUNES");
    if (!path)
        path = "tests/data/fmt_runes.txt";
    FILE *f = fopen(path, "r");
    ck_assert_msg(f != NULL, "cannot open %s (run from the repository root)", path);
    int step = tu_gcstress() ? 17 : 1, blocks = 0, checked = 0, bad = 0;
    char first[128] = "";
    unsigned block;
    unsigned long long want;
    while (fscanf(f, "%x %llx", &block, &want) == 2) {
        if (blocks++ % step != 0)
            continue;
        uint64_t h = 14695981039346656037ULL; /* FNV-1a 64 */
        for (int32_t r = (int32_t)block; r < (int32_t)block + 4096; r++) {
            goc_eface a[4];
            a[0] = tu_box(&goc_type_int32, &r);
            a[1] = a[2] = a[3] = a[0];
            goc_string s = goc_fmt_Sprintf(GOC_STR("%q|%+q|%#U|%c;"), tu_args(a, 4));
            for (goc_int i = 0; i < s.len; i++)
                h = (h ^ s.str[i]) * 1099511628211ULL;
        }
        checked++;
        if (h != want && bad++ == 0)
            snprintf(first, sizeof first, "block U+%04X: hash %016llx, Go %016llx", block, (unsigned long long)h, want);
    }
    fclose(f);
    ck_assert_int_eq(blocks, 272);
    ck_assert_msg(bad == 0, "%d of %d blocks of 4096 runes format differently; first %s", bad, checked, first);
}
END_TEST

/* ---- pseudo-random byte strings through %q %+q %#q %x % X %.3s %5.2q ---- */

static uint64_t xorshift_state;
static uint64_t xorshift(void) {
    xorshift_state ^= xorshift_state << 13;
    xorshift_state ^= xorshift_state >> 7;
    xorshift_state ^= xorshift_state << 17;
    return xorshift_state;
}

START_TEST(test_string_quoting) {
    static const char *const pieces[] = {"a", "Z", " ", "\t", "\n", "\0", "\x7f", "\"", "'", "`", "\\", "\xc3\xa9",
                                         "\xe4\xb8\x96", "\xf0\x9f\x98\x80", "\xe2\x80\x8b", "\xef\xbb\xbf",
                                         "\xf3\xa0\x80\x81", "\xff", "\x80", "\xe4\xb8", "\xed\xa0\x80",
                                         "\xf4\x90\x80\x80", "\xc2\xad", "\xe2\x80\xa8"};
    const int npieces = (int)(sizeof pieces / sizeof pieces[0]);
    const char *path = getenv("GOC_FMT_STRINGS");
    if (!path)
        path = "tests/data/fmt_strings.txt";
    FILE *f = fopen(path, "r");
    ck_assert_msg(f != NULL, "cannot open %s (run from the repository root)", path);
    xorshift_state = 1;
    int chunks = 0, bad = 0;
    unsigned long long want;
    while (fscanf(f, "%llx", &want) == 1) {
        uint64_t h = 14695981039346656037ULL;
        for (int i = 0; i < 1000; i++) {
            uint8_t buf[64];
            goc_int len = 0;
            for (uint64_t n = xorshift() % 8; n > 0; n--) {
                const char *pc = pieces[xorshift() % (uint64_t)npieces];
                size_t pl = pc[0] == 0 ? 1 : strlen(pc); /* the "\0" piece is one NUL byte */
                memcpy(buf + len, pc, pl);
                len += (goc_int)pl;
            }
            goc_string str = {buf, len};
            goc_eface a[7];
            a[0] = tu_box(&goc_type_string, &str);
            for (int k = 1; k < 7; k++)
                a[k] = a[0];
            goc_string s = goc_fmt_Sprintf(GOC_STR("%q|%+q|%#q|%x|% X|%.3s|%5.2q;"), tu_args(a, 7));
            for (goc_int j = 0; j < s.len; j++)
                h = (h ^ s.str[j]) * 1099511628211ULL;
        }
        if (h != want)
            bad++;
        chunks++;
    }
    fclose(f);
    ck_assert_int_eq(chunks, 20);
    ck_assert_msg(bad == 0, "%d of 20 chunks of 1000 strings format differently", bad);
}
END_TEST

Suite *fmt_quote_suite(void) {
    Suite *s = suite_create("fmt_quote");
    TCase *tc = tcase_create("oracle");
    tcase_add_test(tc, test_rune_blocks);
    tcase_add_test(tc, test_string_quoting);
    tcase_set_timeout(tc, 60);
    suite_add_tcase(s, tc);
    return s;
}
