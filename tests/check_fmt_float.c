/*
 * tests/check_fmt_float.c — floating-point text (runtime/fmt_float.c)
 * through fmt's public entry points, against Go 1.23's own output:
 * tests/data/fmt_floats.txt, written by tests/data/fmt_floats_gen.go, holds
 * ~4600 float64/float32 values (edge cases and random bit patterns) each
 * formatted with 16 verbs (%v %e %.3f %g %x %b ...). GOC_FMT_FLOATS names
 * another file.
 */
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <goc.h>

#include "testutil.h"

/* ---- floats against the oracle file ---- */

START_TEST(test_float_oracle) {
    const char *path = getenv("GOC_FMT_FLOATS");
    if (!path)
        path = "tests/data/fmt_floats.txt";
    FILE *f = fopen(path, "r");
    ck_assert_msg(f != NULL, "cannot open %s (run from the repository root)", path);
    size_t cap = 1 << 16;
    char *line = malloc(cap);
    char *formats[32];
    int nformats = 0;
    ck_assert(fgets(line, (int)cap, f) != NULL);
    line[strcspn(line, "\n")] = 0;
    for (char *save = NULL, *tok = strtok_r(line, "\t", &save); tok; tok = strtok_r(NULL, "\t", &save))
        formats[nformats++] = strdup(tok);
    ck_assert_int_ge(nformats, 10);
    int lines = 0, checked = 0, failures = 0, step = tu_gcstress() ? 40 : 1;
    char first[4][512];
    while (fgets(line, (int)cap, f) != NULL) {
        if (lines++ % step != 0)
            continue;
        line[strcspn(line, "\n")] = 0;
        char *save = NULL;
        int size = atoi(strtok_r(line, "\t", &save));
        unsigned long long bits = strtoull(strtok_r(NULL, "\t", &save), NULL, 16);
        goc_eface a[1];
        if (size == 32) {
            uint32_t b32 = (uint32_t)bits;
            float v;
            memcpy(&v, &b32, 4);
            a[0] = tu_box(&goc_type_float32, &v);
        } else {
            double v;
            memcpy(&v, &bits, 8);
            a[0] = tu_box(&goc_type_float64, &v);
        }
        for (int k = 0; k < nformats; k++) {
            char *want = strtok_r(NULL, "\t", &save);
            ck_assert_msg(want != NULL, "short line %d", lines);
            goc_string got = goc_fmt_Sprintf(tu_gostr(formats[k]), tu_args(a, 1));
            checked++;
            if (got.len != (goc_int)strlen(want) || memcmp(got.str, want, strlen(want)) != 0) {
                if (failures < 4)
                    snprintf(first[failures], sizeof first[0], "float%d %llx %s: got [%s] want [%s]", size, bits,
                             formats[k], tu_cstr(got), want);
                failures++;
            }
        }
    }
    fclose(f);
    ck_assert_int_gt(checked, tu_gcstress() ? 1000 : 60000);
    ck_assert_msg(failures == 0, "%d of %d float formats differ; first: %s | %s | %s | %s", failures, checked,
                  failures > 0 ? first[0] : "", failures > 1 ? first[1] : "", failures > 2 ? first[2] : "",
                  failures > 3 ? first[3] : "");
}
END_TEST

Suite *fmt_float_suite(void) {
    Suite *s = suite_create("fmt_float");
    TCase *tc = tcase_create("oracle");
    tcase_add_test(tc, test_float_oracle);
    tcase_set_timeout(tc, 60);
    suite_add_tcase(s, tc);
    return s;
}
