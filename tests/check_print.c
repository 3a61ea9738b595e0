/*
 * tests/check_print.c — the print/println builtins (runtime/print.c): every
 * number format of gc, captured from fd 2. The float table was produced by
 * Go 1.23's println (bit patterns → output), so the digits must match gc's
 * double arithmetic exactly.
 */
#include "goc_rt.h"
#include "testutil.h"

#include <complex.h>
#include <math.h>
#include <pthread.h>
#include <stdio.h>

static const struct {
    uint64_t bits;
    const char *want;
} floattab[] = {
    {0x3ff0000000000000, "+1.000000e+000"},
    {0x419d6f3454000000, "+1.234568e+008"},
    {0x3e7ad7f29abcaf48, "+1.000000e-007"},
    {0x3fb99999a0000000, "+1.000000e-001"},
    {0x3fefffffca501acb, "+9.999999e-001"},
    {0x4023fffff29406b3, "+1.000000e+001"},
    {0x0000000000000001, "+4.940656e-324"},
    {0x54b249ad2594c37d, "+1.000000e+100"},
    {0x0000000000000000, "+0.000000e+000"},
    {0x3ff8000000000000, "+1.500000e+000"},
    {0xc004000000000000, "-2.500000e+000"},
    {0x3fb999999999999a, "+1.000000e-001"},
    {0x3fd5555555555555, "+3.333333e-001"},
    {0x3fe5555555555555, "+6.666667e-001"},
    {0x7fe1ccf385ebc8a0, "+1.000000e+308"},
    {0x7fefffffffffffff, "+1.797693e+308"},
    {0x0010000000000000, "+2.225074e-308"},
    {0x405edd2f1a9fbe77, "+1.234560e+002"},
    {0x4197d783ec000000, "+1.000000e+008"},
    {0x416312cff0000000, "+1.000000e+007"},
    {0x3ee9e0fcaf9380fc, "+1.234000e-005"},
    {0x44dfe185ca57c517, "+6.022141e+023"},
    {0xbc07a4da290c1653, "-1.602177e-019"},
    {0x400921fb54442d18, "+3.141593e+000"},
    {0x4005bf0a8b145769, "+2.718282e+000"},
    {0x01a56e1fc2f8f359, "+1.000000e-300"},
    {0x3ea0c6f784902b25, "+4.999999e-007"},
    {0x3fe0000000000000, "+5.000000e-001"},
    {0x406fe00000000000, "+2.550000e+002"},
    {0x444b1ae4d6e2ef50, "+1.000000e+021"},
    {0x43e56a95319d63e1, "+1.234568e+019"},
    {0x47d2ced320000000, "+1.000000e+038"},
    {0x36a0000000000000, "+1.401298e-045"},
    {0x47efffffe0000000, "+3.402823e+038"},
    {0x4023ffffef39085f, "+1.000000e+001"},
    {0x4023ffffeee32224, "+9.999999e+000"},
    {0x3fefffffe5280d65, "+1.000000e+000"},
    {0x3ee4f8b588e368f1, "+1.000000e-005"},
    {0x3eb0c6f7a0b5ed8d, "+1.000000e-006"},
    {0x4059000000000000, "+1.000000e+002"},
    {0x412e848000000000, "+1.000000e+006"},
    {0x416312cfe0000000, "+9.999999e+006"},
    {0x4197d783fc000000, "+1.000000e+008"},
    {0x3fd3333333333333, "+3.000000e-001"},
    {0x3e080d43de9cc603, "+7.000000e-010"},
    {0x800012688b70e62b, "-1.000000e-310"},
    {0xafbf64b1967f8c53, "-1.059055e-078"},
    {0x8872b44b9fbb971b, "-5.664803e-268"},
    {0x4d52f284145b9fe8, "+3.117791e+064"},
    {0x1aba923e34d9c909, "+6.403461e-180"},
    {0x859bd7df529ddd09, "-1.198351e-281"},
    {0x310c7a619b42764d, "+2.014751e-072"},
    {0x680c5ba53b0d9f9f, "+1.617271e+193"},
    {0xb13585884c14d6c0, "-1.218080e-071"},
    {0xb1079b70e0cb1a84, "-1.670150e-072"},
    {0xd2bc75d3613f0858, "-3.623410e+090"},
    {0x5e2919f9f41db402, "+3.918024e+145"},
    {0x9be5826f9eda8fe1, "-2.717710e-174"},
    {0xae4b9ee7818e744e, "-1.110775e-085"},
    {0x0f84badc4ce36fbd, "+6.519752e-234"},
    {0xd4fe4f8c3ed6e83e, "-2.651887e+101"},
    {0xbbac8f6d54eaeb1c, "-3.023935e-021"},
    {0x5b2ece04ac1add13, "+1.708228e+131"},
    {0xdba2cf79557c87a2, "-2.670344e+133"},
    {0x7888aeaf0b1b8ec7, "+4.172658e+272"},
    {0xfc428a1051a7821b, "-3.613428e+290"},
    {0x0f4643aa3c903ced, "+4.376458e-235"},
    {0x2b8a97160662785a, "+6.078448e-099"},
    {0xa4aef3c4c6e30ced, "-5.450844e-132"},
    {0x1d12575b49e0c37b, "+1.214985e-168"},
    {0x538728100cbefdfe, "+2.415135e+094"},
    {0x855f882dcdda00e1, "-8.481934e-283"},
    {0x76a100da07b62c69, "+2.677072e+263"},
    {0x10a296e771701c1c, "+1.532640e-228"},
    {0x39b2745b5ac22ddc, "+9.098780e-031"},
    {0x1b053f275e7029e1, "+1.638491e-178"},
    {0x2f052b8e822623c9, "+3.487185e-082"},
    {0xdc61108e6517386e, "-9.922612e+136"},
    {0xf24144f3fd478949, "-2.303045e+242"},
    {0xffa83f0216c1d40e, "-8.513104e+306"},
    {0x88ff27ed6f6b57e3, "-2.415600e-265"},
    {0xfc9afdcac0ba7489, "-1.683452e+292"},
    {0x77e71936b19256d0, "+3.813377e+269"},
    {0x6d8d9ec7fd4d9638, "+5.227998e+219"},
    {0x9366fd1c66734353, "-3.334324e-215"},
    {0x5049891b1eec4fd7, "+5.913634e+078"},
    {0xdf21754b6e23b71a, "-1.785858e+150"},
    {0xe0c342eb2bcf9062, "-1.322256e+158"},
    {0x20aaf160853227ca, "+2.572149e-151"},
    {0x0746bfe8a6ce67c0, "+1.314161e-273"},
    {0xda2c4080462babd4, "-2.390544e+126"},
    {0xc9325d880e82b25f, "-4.095612e+044"},
    {0x6ad4838297def160, "+4.116246e+206"},
    {0x4594206cf9369aa0, "+1.557225e+027"},
    {0x4746a64dede34617, "+2.352072e+035"},
    {0x64fcb4a74f8baea9, "+2.908073e+178"},
    {0x97ed751afaba203a, "-2.017659e-193"},
    {0x169ac3b0b8867a32, "+8.741393e-200"},
    {0xf81912b5b3d2cff1, "-3.311493e+270"},
    {0x658d44bf3a5379ea, "+1.518128e+181"},
    {0x44337560329d472c, "+3.589460e+020"},
    {0x1df01cccc8145990, "+1.748740e-164"},
    {0xba029d920e9ea39d, "-2.937010e-029"},
    {0x247b3969b1bcbc4a, "+5.992915e-133"},
    {0x85016e0aefe734b7, "-1.465169e-284"},
    {0x2124e45feb4d85f1, "+5.105920e-149"},
    {0x3f70f26bd9a4604f, "+4.137441e-003"},
    {0xbf016db0a8d61099, "-3.324218e-005"},
    {0xbed26d8b463cd520, "-4.393555e-006"},
    {0xbd4b632ba630bc58, "-1.945991e-013"},
    {0x3ed0b00e74736368, "+3.978663e-006"},
    {0xc142db5876b671cd, "-2.471601e+006"},
    {0xbcf4d839d79eae3d, "-4.628438e-015"},
    {0x409589bf51827f97, "+1.378437e+003"},
    {0xc0802224fd83c6e9, "-5.162681e+002"},
    {0xbcac021b97d71831, "-1.943462e-016"},
    {0x3c53200d83f6a58b, "+4.147118e-018"},
    {0xc3bf82001d85347e, "-2.270377e+018"},
    {0xbe6e6e611e3de892, "-5.668247e-008"},
    {0x41137600752d94bb, "+3.188481e+005"},
    {0xbf676c88d9f4bc00, "-2.859371e-003"},
    {0xc38928b188d9c386, "-2.266118e+017"},
    {0x414ae6eb64828ffc, "+3.526103e+006"},
    {0x421014096e181896, "+1.726391e+010"},
    {0xbebc75c0f0634fc0, "-1.696347e-006"},
    {0xbbf984d26bbeec5d, "-8.646118e-020"},
    {0xc0b2fe9cc78bd32f, "-4.862612e+003"},
    {0xbeba3b2973725fd1, "-1.563495e-006"},
    {0x3f71312577e356cd, "+4.197260e-003"},
    {0x41120711ea74ec44, "+2.953645e+005"},
    {0x3d1b17277cc560f3, "+2.406115e-014"},
    {0xc208419ee6a917dd, "-1.302252e+010"},
    {0xbfa1c48df9cb2030, "-3.470272e-002"},
    {0x4392062b02ac451c, "+3.246932e+017"},
    {0xbc401bbec926df53, "-1.746474e-018"},
    {0xbf6fe9d1a7d2cc05, "-3.895673e-003"},
    {0xbc177b493fe0c6c2, "-3.182348e-019"},
    {0x3d5c60874e52a84b, "+4.032623e-013"},
    {0xc21a77ecba18bcc5, "-2.842029e+010"},
    {0xc2c3d0cfc6c923e9, "-4.357512e+013"},
    {0xbe9a1876be48f840, "-3.888542e-007"},
    {0x3d6215bba13ef9da, "+5.140036e-013"},
    {0xc00c7c454fd606f0, "-3.560679e+000"},
    {0x3d280fed8cce8d27, "+4.274309e-014"},
    {0xc03a11f16f160fdc, "-2.607009e+001"},
    {0x43c059183bcf79c0, "+2.355999e+018"},
};

static tu_fd2 cap2;
#define BEGIN() tu_fd2_begin(&cap2)
#define END() tu_fd2_end(&cap2)

static double frombits(uint64_t b) {
    double d;
    memcpy(&d, &b, sizeof d);
    return d;
}

START_TEST(test_float_table) {
    for (size_t i = 0; i < sizeof floattab / sizeof floattab[0]; i++) {
        BEGIN();
        goc_printfloat(frombits(floattab[i].bits));
        const char *got = END();
        ck_assert_msg(strcmp(got, floattab[i].want) == 0, "bits %#llx: got %s want %s",
                      (unsigned long long)floattab[i].bits, got, floattab[i].want);
    }
}
END_TEST

START_TEST(test_float_examples) {
    /* The worked examples of facts §5.1. */
    static const struct {
        double v;
        const char *want;
    } ex[] = {
        {1.0, "+1.000000e+000"},         {123456789.0, "+1.234568e+008"}, {1e-7, "+1.000000e-007"},
        {(double)0.1f, "+1.000000e-001"}, {0.9999999, "+9.999999e-001"},  {9.9999996, "+1.000000e+001"},
        {5e-324, "+4.940656e-324"},      {1e100, "+1.000000e+100"},       {0.0, "+0.000000e+000"},
        {-0.0, "-0.000000e+000"},        {-1.5, "-1.500000e+000"},
    };
    for (size_t i = 0; i < sizeof ex / sizeof ex[0]; i++) {
        BEGIN();
        goc_printfloat(ex[i].v);
        ck_assert_str_eq(END(), ex[i].want);
    }
    BEGIN();
    goc_printfloat(NAN);
    goc_printsp();
    goc_printfloat(INFINITY);
    goc_printsp();
    goc_printfloat(-INFINITY);
    goc_printsp();
    goc_printfloat((double)-0.0f);
    ck_assert_str_eq(END(), "NaN +Inf -Inf -0.000000e+000");
}
END_TEST

START_TEST(test_complex) {
    BEGIN();
    goc_printcomplex(tu_cmplx(1.0, -2.0));
    goc_printcomplex(tu_cmplx(0.0, 0.0));
    goc_printcomplex(tu_cmplx(NAN, INFINITY));
    ck_assert_str_eq(END(), "(+1.000000e+000-2.000000e+000i)(+0.000000e+000+0.000000e+000i)(NaN+Infi)");
}
END_TEST

START_TEST(test_integers) {
    BEGIN();
    goc_printint(0);
    goc_printsp();
    goc_printint(-1);
    goc_printsp();
    goc_printint(INT64_MIN);
    goc_printsp();
    goc_printint(INT64_MAX);
    goc_printsp();
    goc_printuint(UINT64_MAX);
    goc_printsp();
    goc_printuint(0);
    goc_printsp();
    goc_printuint(10);
    ck_assert_str_eq(END(), "0 -1 -9223372036854775808 9223372036854775807 18446744073709551615 0 10");
}
END_TEST

START_TEST(test_hex_pointers) {
    BEGIN();
    goc_printhex(0);
    goc_printsp();
    goc_printhex(0xdeadBEEF);
    goc_printsp();
    goc_printhex(UINT64_MAX);
    goc_printsp();
    goc_printpointer(NULL);
    goc_printsp();
    goc_printpointer((void *)0xc000036720);
    ck_assert_str_eq(END(), "0x0 0xdeadbeef 0xffffffffffffffff 0x0 0xc000036720");
}
END_TEST

START_TEST(test_slices_interfaces) {
    goc_slice nils = {NULL, 0, 0};
    goc_slice s = {(void *)0xc000036720, 3, 10};
    goc_eface nile = {NULL, NULL};
    goc_eface e = {(const goc_type *)0x45c0c0, (void *)0x47b870};
    goc_iface i = {(const goc_itab *)0x1000, (void *)0x2000};
    BEGIN();
    goc_printslice(s);
    goc_printslice(nils);
    goc_printeface(e);
    goc_printeface(nile);
    goc_printiface(i);
    goc_printiface((goc_iface){NULL, NULL});
    ck_assert_str_eq(END(), "[3/10]0xc000036720[0/0]0x0(0x45c0c0,0x47b870)(0x0,0x0)(0x1000,0x2000)(0x0,0x0)");
}
END_TEST

/* println(true, 1, "x", 3.5) and print(1, 2, "x", 3.5, true) as the compiler lowers them. */
START_TEST(test_println_statement) {
    BEGIN();
    goc_printlock();
    goc_printbool(true);
    goc_printsp();
    goc_printint(1);
    goc_printsp();
    goc_printstring(GOC_STR("x"));
    goc_printsp();
    goc_printfloat(3.5);
    goc_printnl();
    goc_printunlock();
    goc_printlock();
    goc_printint(1);
    goc_printint(2);
    goc_printstring(GOC_STR("x"));
    goc_printfloat(3.5);
    goc_printbool(true);
    goc_printbool(false);
    goc_printunlock();
    goc_printlock(); /* println() */
    goc_printnl();
    goc_printunlock();
    ck_assert_str_eq(END(), "true 1 x +3.500000e+000\n12x+3.500000e+000truefalse\n");
}
END_TEST

/* Output held under the lock is flushed at the outermost unlock, in order, whatever its size. */
START_TEST(test_print_buffering) {
    static char big[3 * GOC_PRINTBUF + 7];
    for (size_t i = 0; i < sizeof big; i++)
        big[i] = (char)('a' + i % 26);
    goc_string bs = {(const uint8_t *)big, (goc_int)sizeof big};
    goc_string half = {(const uint8_t *)big, GOC_PRINTBUF / 2 + 3};
    BEGIN();
    goc_printlock();
    goc_printlock(); /* recursive */
    goc_printstring(GOC_STR("<"));
    goc_printunlock();
    ck_assert_int_eq(goc_printpending(), 1); /* still held: still buffered */
    goc_printstring(half);
    goc_printstring(half);
    goc_printstring(bs);
    goc_printstring(GOC_STR(">"));
    goc_printunlock();
    ck_assert_int_eq(goc_printpending(), 0);
    goc_printstring(GOC_STR("unlocked")); /* no lock: straight through */
    char *want = malloc(2 * sizeof big + 32);
    size_t n = 0;
    want[n++] = '<';
    memcpy(want + n, half.str, (size_t)half.len);
    n += (size_t)half.len;
    memcpy(want + n, half.str, (size_t)half.len);
    n += (size_t)half.len;
    memcpy(want + n, big, sizeof big);
    n += sizeof big;
    strcpy(want + n, ">unlocked");
    ck_assert_str_eq(END(), want);
    free(want);
}
END_TEST

/* Two threads println whole lines; the lock keeps every line intact. */
static void *printer(void *arg) {
    char c = *(char *)arg;
    char line[41];
    memset(line, c, 40);
    line[40] = 0;
    goc_string s = {(const uint8_t *)line, 40};
    int n = tu_scale(200, 20);
    for (int i = 0; i < n; i++) {
        goc_printlock();
        for (int k = 0; k < 4; k++)
            goc_printstring((goc_string){s.str, 10});
        goc_printsp();
        goc_printint(i);
        goc_printnl();
        goc_printunlock();
    }
    return NULL;
}

START_TEST(test_print_lock_threads) {
    int fds[2];
    ck_assert_int_eq(pipe(fds), 0);
    int saved = dup(2);
    dup2(fds[1], 2);
    close(fds[1]);
    /* Drain the pipe in a reader thread so the writers never block for long. */
    pthread_t a, b;
    char ca = 'a', cb = 'b';
    FILE *rd = fdopen(fds[0], "r");
    ck_assert_int_eq(pthread_create(&a, NULL, printer, &ca), 0);
    ck_assert_int_eq(pthread_create(&b, NULL, printer, &cb), 0);
    /* The writers produce at most 2*200*~45 bytes < 64 KiB pipe buffer. */
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    dup2(saved, 2);
    close(saved);
    char line[128];
    int na = 0, nb = 0;
    while (fgets(line, sizeof line, rd) != NULL) {
        char c = line[0];
        ck_assert(c == 'a' || c == 'b');
        for (int k = 0; k < 40; k++)
            ck_assert_int_eq(line[k], c);
        ck_assert_int_eq(line[40], ' ');
        if (c == 'a')
            na++;
        else
            nb++;
    }
    fclose(rd);
    ck_assert_int_eq(na, tu_scale(200, 20));
    ck_assert_int_eq(nb, tu_scale(200, 20));
}
END_TEST

START_TEST(test_strings_raw) {
    BEGIN();
    goc_printstring(GOC_STR("tab\there\nnl \"q\""));
    goc_printstring((goc_string){NULL, 0});
    goc_printlock(); /* an empty string under the lock too */
    goc_printstring((goc_string){NULL, 0});
    goc_printunlock();
    goc_printstring((goc_string){(const uint8_t *)"a\0b", 3});
    const char *got = END();
    ck_assert_int_eq(memcmp(got, "tab\there\nnl \"q\"a", 16), 0);
    ck_assert_int_eq(got[16], 0);
    ck_assert_int_eq(got[17], 'b');
}
END_TEST

Suite *print_suite(void) {
    Suite *s = suite_create("print");
    TCase *tc = tcase_create("formats");
    tcase_add_test(tc, test_float_table);
    tcase_add_test(tc, test_float_examples);
    tcase_add_test(tc, test_complex);
    tcase_add_test(tc, test_integers);
    tcase_add_test(tc, test_hex_pointers);
    tcase_add_test(tc, test_slices_interfaces);
    tcase_add_test(tc, test_println_statement);
    tcase_add_test(tc, test_print_buffering);
    tcase_add_test(tc, test_print_lock_threads);
    tcase_add_test(tc, test_strings_raw);
    suite_add_tcase(s, tc);
    return s;
}
