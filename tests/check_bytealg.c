/*
 * check_bytealg.c — runtime/bytealg.c: index, last index, count, substring
 * index and compare on empty and NULL operands, on every position of texts
 * longer than the 16-byte count stride, and on bytes above 0x7f (unsigned
 * order, as Go compares bytes).
 */
#include <check.h>
#include <string.h>

#include "goc.h"

START_TEST(test_indexbyte) {
    ck_assert_int_eq(goc_bytealg_IndexByte(NULL, 0, 'a'), -1);
    ck_assert_int_eq(goc_bytealg_LastIndexByte(NULL, 0, 'a'), -1);
    uint8_t buf[70];
    memset(buf, 'x', sizeof buf);
    for (int i = 0; i < 70; i++) {
        buf[i] = 0xfe;
        ck_assert_int_eq(goc_bytealg_IndexByte(buf, 70, 0xfe), i);
        ck_assert_int_eq(goc_bytealg_LastIndexByte(buf, 70, 0xfe), i);
        ck_assert_int_eq(goc_bytealg_IndexByte(buf, i, 0xfe), -1);
        buf[i] = 'x';
    }
    buf[3] = buf[60] = 'y';
    ck_assert_int_eq(goc_bytealg_IndexByte(buf, 70, 'y'), 3);
    ck_assert_int_eq(goc_bytealg_LastIndexByte(buf, 70, 'y'), 60);
}
END_TEST

START_TEST(test_count) {
    ck_assert_int_eq(goc_bytealg_Count(NULL, 0, 0), 0);
    uint8_t buf[100];
    for (int n = 0; n <= 100; n++) {
        int want = 0;
        for (int i = 0; i < n; i++) {
            buf[i] = (uint8_t)(i * 7 % 5 == 0 ? 0x80 : i);
            want += buf[i] == 0x80;
        }
        ck_assert_int_eq(goc_bytealg_Count(buf, n, 0x80), want);
    }
    memset(buf, 0, sizeof buf);
    ck_assert_int_eq(goc_bytealg_Count(buf, 100, 0), 100);
    ck_assert_int_eq(goc_bytealg_Count(buf + 1, 97, 0), 97);
}
END_TEST

START_TEST(test_index) {
    const char *s = "abcabcabdabcabd";
    ck_assert_int_eq(goc_bytealg_Index(s, 15, "", 0), 0);
    ck_assert_int_eq(goc_bytealg_Index(NULL, 0, "", 0), 0);
    ck_assert_int_eq(goc_bytealg_Index(NULL, 0, "a", 1), -1);
    ck_assert_int_eq(goc_bytealg_Index(s, 15, "abd", 3), 6);
    ck_assert_int_eq(goc_bytealg_Index(s, 15, "d", 1), 8);
    ck_assert_int_eq(goc_bytealg_Index(s, 15, "abcabd", 6), 3);
    ck_assert_int_eq(goc_bytealg_Index(s, 8, "abd", 3), -1);
    ck_assert_int_eq(goc_bytealg_Index(s, 2, "abd", 3), -1);
    ck_assert_int_eq(goc_bytealg_Index(s, 15, s, 15), 0);
}
END_TEST

START_TEST(test_compare) {
    ck_assert_int_eq(goc_bytealg_Compare(NULL, 0, NULL, 0), 0);
    ck_assert_int_eq(goc_bytealg_Compare(NULL, 0, "a", 1), -1);
    ck_assert_int_eq(goc_bytealg_Compare("a", 1, NULL, 0), 1);
    ck_assert_int_eq(goc_bytealg_Compare("ab", 2, "abc", 3), -1);
    ck_assert_int_eq(goc_bytealg_Compare("abd", 3, "abc", 3), 1);
    ck_assert_int_eq(goc_bytealg_Compare("abc", 3, "abc", 3), 0);
    ck_assert_int_eq(goc_bytealg_Compare("\x80", 1, "\x01", 1), 1); /* bytes are unsigned */
    ck_assert_int_eq(goc_bytealg_Compare("zz", 2, "zzzz", 1), 1);
}
END_TEST

Suite *bytealg_suite(void) {
    Suite *s = suite_create("bytealg");
    TCase *tc = tcase_create("bytealg");
    tcase_add_test(tc, test_indexbyte);
    tcase_add_test(tc, test_count);
    tcase_add_test(tc, test_index);
    tcase_add_test(tc, test_compare);
    suite_add_tcase(s, tc);
    return s;
}
