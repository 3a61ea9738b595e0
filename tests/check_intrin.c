/*
 * check_intrin.c — include/goc/intrin.h, the inline C forms of gc's
 * intrinsics: the results Go defines (widths for zero inputs, rotation by
 * negative and oversized counts, carries), both paths of OnesCount (POPCNT
 * and the bit-parallel sum), gc's reading of a carry or borrow input (its
 * low 32 bits nonzero means 1) and Div64's panics.
 * The bit-exact float results are checked against gc by the conformance
 * programs stdlib/math_intrinsics.go and stdlib/bits_intrinsics.go.
 */
#include <check.h>
#include <math.h>
#include <stdint.h>

#include "goc.h"
#include "testutil.h"

/* keep gcc from folding: the tests exercise the run-time code */
static volatile uint64_t vz = 0;

START_TEST(test_counts) {
    uint64_t z = vz;
    ck_assert_int_eq(goc_bits_Len64(z), 0);
    ck_assert_int_eq(goc_bits_Len64(z + 1), 1);
    ck_assert_int_eq(goc_bits_Len64(~z), 64);
    ck_assert_int_eq(goc_bits_Len8((uint8_t)(z + 0x80)), 8);
    ck_assert_int_eq(goc_bits_LeadingZeros64(z), 64);
    ck_assert_int_eq(goc_bits_LeadingZeros32((uint32_t)z), 32);
    ck_assert_int_eq(goc_bits_LeadingZeros16((uint16_t)(z + 1)), 15);
    ck_assert_int_eq(goc_bits_LeadingZeros8((uint8_t)z), 8);
    ck_assert_int_eq(goc_bits_TrailingZeros64(z), 64);
    ck_assert_int_eq(goc_bits_TrailingZeros32((uint32_t)z), 32);
    ck_assert_int_eq(goc_bits_TrailingZeros16((uint16_t)z), 16);
    ck_assert_int_eq(goc_bits_TrailingZeros8((uint8_t)z), 8);
    ck_assert_int_eq(goc_bits_TrailingZeros64(z + (1ull << 63)), 63);
}
END_TEST

START_TEST(test_onescount_both_paths) {
    static const uint64_t xs[] = {0, 1, 0xff, 0x8000000000000001ull, 0x5555555555555555ull, ~0ull,
                                  0x0123456789abcdefull};
    static const int want[] = {0, 1, 8, 2, 32, 64, 32};
    bool had = goc_cpu_popcnt;
    for (int pass = 0; pass < 2; pass++) {
        goc_cpu_popcnt = pass == 0 ? had : false;
        for (size_t i = 0; i < sizeof xs / sizeof xs[0]; i++) {
            uint64_t x = xs[i] + vz;
            ck_assert_int_eq(goc_bits_OnesCount64(x), want[i]);
        }
        ck_assert_int_eq(goc_bits_OnesCount8((uint8_t)(0x1ff + vz)), 8);
        ck_assert_int_eq(goc_bits_OnesCount16((uint16_t)(0x1ffff + vz)), 16);
        ck_assert_int_eq(goc_bits_OnesCount32((uint32_t)(~vz)), 32);
    }
    goc_cpu_popcnt = had;
}
END_TEST

START_TEST(test_rotate) {
    uint64_t x = 0x0123456789abcdefull + vz;
    ck_assert_uint_eq(goc_bits_RotateLeft64(x, 0), x);
    ck_assert_uint_eq(goc_bits_RotateLeft64(x, 64), x);
    ck_assert_uint_eq(goc_bits_RotateLeft64(x, 4), 0x123456789abcdef0ull);
    ck_assert_uint_eq(goc_bits_RotateLeft64(x, -4), 0xf0123456789abcdeull);
    ck_assert_uint_eq(goc_bits_RotateLeft64(x, -68), 0xf0123456789abcdeull);
    ck_assert_uint_eq(goc_bits_RotateLeft32((uint32_t)x, 8), 0xabcdef89u);
    ck_assert_uint_eq(goc_bits_RotateLeft16((uint16_t)x, -4), 0xfcdeu);
    ck_assert_uint_eq(goc_bits_RotateLeft8((uint8_t)x, 9), 0xdfu);
    ck_assert_uint_eq(goc_bits_ReverseBytes64(x), 0xefcdab8967452301ull);
    ck_assert_uint_eq(goc_bits_ReverseBytes32((uint32_t)x), 0xefcdab89u);
    ck_assert_uint_eq(goc_bits_ReverseBytes16((uint16_t)x), 0xefcdu);
}
END_TEST

START_TEST(test_carry_chain) {
    uint64_t c, s = goc_bits_Add64(~vz, 1, 0, &c);
    ck_assert_uint_eq(s, 0);
    ck_assert_uint_eq(c, 1);
    s = goc_bits_Add64(~vz, 0, 1, &c);
    ck_assert_uint_eq(s, 0);
    ck_assert_uint_eq(c, 1);
    /* gc: NEGL sets the carry flag from the low 32 bits of the carry input */
    s = goc_bits_Add64(5 + vz, 6, 7, &c);
    ck_assert_uint_eq(s, 12);
    s = goc_bits_Add64(5 + vz, 6, 1ull << 32, &c);
    ck_assert_uint_eq(s, 11);
    ck_assert_uint_eq(c, 0);
    uint64_t b, d = goc_bits_Sub64(vz, 1, 0, &b);
    ck_assert_uint_eq(d, ~0ull);
    ck_assert_uint_eq(b, 1);
    d = goc_bits_Sub64(vz + 1, 1, 1, &b);
    ck_assert_uint_eq(d, ~0ull);
    ck_assert_uint_eq(b, 1);
    d = goc_bits_Sub64(vz + 10, 3, 2, &b);
    ck_assert_uint_eq(d, 6);
    ck_assert_uint_eq(b, 0);
    d = goc_bits_Sub64(vz + 10, 3, 1ull << 33, &b);
    ck_assert_uint_eq(d, 7);
    uint64_t lo, hi = goc_bits_Mul64(~vz, ~vz, &lo);
    ck_assert_uint_eq(hi, ~1ull);
    ck_assert_uint_eq(lo, 1);
    uint64_t r, q = goc_bits_Div64(hi, lo, ~vz, &r);
    ck_assert_uint_eq(q, ~vz);
    ck_assert_uint_eq(r, 0);
    q = goc_bits_Div64(1 + vz, 0, 3, &r);
    ck_assert_uint_eq(q, 0x5555555555555555ull);
    ck_assert_uint_eq(r, 1);
}
END_TEST

/* the text of a runtime.Error panic value */
static const char *errtext(goc_eface e) {
    goc_iface re = goc_assertE2I(&goc_type_runtime_Error, e);
    return tu_cstr(((goc_string(*)(void *))re.tab->Fun[0])(re.data));
}

static void div_by(const void *a) {
    const uint64_t *hy = a;
    uint64_t r;
    goc_bits_Div64(hy[0], 1, hy[1], &r);
}

START_TEST(test_div64_panics) {
    static const uint64_t byzero[] = {0, 0}, equal[] = {5, 5}, above[] = {1ull << 40, 1ull << 20};
    goc_eface e = tu_catch(div_by, byzero);
    ck_assert_str_eq(tu_cstr(goc_typestring(e.type)), "runtime.errorString");
    ck_assert_str_eq(errtext(e), "runtime error: integer divide by zero");
    e = tu_catch(div_by, equal);
    ck_assert_str_eq(tu_cstr(goc_typestring(e.type)), "runtime.errorString");
    ck_assert_str_eq(errtext(e), "runtime error: integer overflow");
    e = tu_catch(div_by, above);
    ck_assert_str_eq(tu_cstr(goc_typestring(e.type)), "runtime.errorString");
    ck_assert_str_eq(errtext(e), "runtime error: integer overflow");
}
END_TEST

START_TEST(test_math_bits) {
    volatile double m1 = -1, nz = -0.0, half = 2.5;
    ck_assert_uint_eq(goc_math_Float64bits(goc_math_Sqrt(m1)), 0xfff8000000000000ull); /* SQRTSD's default NaN */
    ck_assert_uint_eq(goc_math_Float64bits(goc_math_Abs(nz)), 0);
    ck_assert_uint_eq(goc_math_Float64bits(goc_math_Copysign(half, nz)), 0xc004000000000000ull);
    ck_assert(goc_math_RoundToEven(half) == 2 && goc_math_Round(half) == 3);
    ck_assert_uint_eq(goc_math_Float64bits(goc_math_Ceil(-0.5 + vz)), 0x8000000000000000ull);
    ck_assert_uint_eq(goc_math_Float32bits(goc_math_Float32frombits(0x7fc00123u)), 0x7fc00123u);
    ck_assert_uint_eq(goc_math_Float64bits(goc_math_Float64frombits(0x7ff0000000000001ull)), 0x7ff0000000000001ull);
}
END_TEST

Suite *intrin_suite(void) {
    Suite *s = suite_create("intrin");
    TCase *tc = tcase_create("intrinsics");
    tcase_add_test(tc, test_counts);
    tcase_add_test(tc, test_onescount_both_paths);
    tcase_add_test(tc, test_rotate);
    tcase_add_test(tc, test_carry_chain);
    tcase_add_test(tc, test_div64_panics);
    tcase_add_test(tc, test_math_bits);
    suite_add_tcase(s, tc);
    return s;
}
