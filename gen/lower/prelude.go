// This file holds the short C prelude every translation unit starts with:
// inline helpers for Go operations that have no one-to-one C operator
// (checked division, Go shifts, slice expressions, float→int conversions).
package lower

const prelude = `/* ---- goc prelude: Go operations as C helpers ---- */
#include <string.h>
/* p, or panic "invalid memory address or nil pointer dereference" when p is nil */
#define GOC_NN(p) ({ __typeof__(p) _p = (p); GOC_NILCHECK(_p); _p; })
/* s[i] on a slice of T (an lvalue); the U form takes an unsigned index */
#define GOC_SLICE_AT(T, s, i) (*({ goc_slice _s = (s); goc_int _i = (i); GOC_INDEX(_i, _s.len); &((T *)_s.ptr)[_i]; }))
#define GOC_SLICE_ATU(T, s, i) (*({ goc_slice _s = (s); goc_uint _i = (i); if (GOC_UNLIKELY(_i >= (goc_uint)_s.len)) goc_panicIndexU(_i, _s.len); &((T *)_s.ptr)[_i]; }))
/* an index checked against a constant length n */
#define GOC_IDX(i, n) ({ goc_int _i = (i); GOC_INDEX(_i, (n)); _i; })
#define GOC_IDXU(i, n) ({ goc_uint _i = (i); if (GOC_UNLIKELY(_i >= (goc_uint)(n))) goc_panicIndexU(_i, (n)); _i; })
#define GOC_STR_AT(s, i) ({ goc_string _s = (s); goc_int _i = (i); GOC_INDEX(_i, _s.len); _s.str[_i]; })
#define GOC_STR_ATU(s, i) ({ goc_string _s = (s); goc_uint _i = (i); if (GOC_UNLIKELY(_i >= (goc_uint)_s.len)) goc_panicIndexU(_i, _s.len); _s.str[_i]; })
/* Go's / and % on signed T: divide-by-zero panics, MinInt / -1 == MinInt, MinInt % -1 == 0 */
#define GOC_DIV(T, a, b) ({ T _a = (a), _b = (b); if (GOC_UNLIKELY(_b == 0)) goc_panicdivide(); _b == -1 ? (T)-_a : (T)(_a / _b); })
#define GOC_MOD(T, a, b) ({ T _a = (a), _b = (b); if (GOC_UNLIKELY(_b == 0)) goc_panicdivide(); _b == -1 ? (T)0 : (T)(_a % _b); })
#define GOC_DIVU(T, a, b) ({ T _a = (a), _b = (b); if (GOC_UNLIKELY(_b == 0)) goc_panicdivide(); (T)(_a / _b); })
#define GOC_MODU(T, a, b) ({ T _a = (a), _b = (b); if (GOC_UNLIKELY(_b == 0)) goc_panicdivide(); (T)(_a % _b); })
/* Go shifts: a count >= the width gives 0 (or the sign for >> of a negative value) */
#define GOC_SHL(T, x, s) ({ T _x = (x); goc_uint64 _c = (s); _c >= sizeof(T) * 8 ? (T)0 : (T)((goc_uint64)_x << _c); })
#define GOC_SHR(T, x, s) ({ T _x = (x); goc_uint64 _c = (s); _c >= sizeof(T) * 8 ? ((T)-1 < 0 ? (T)(_x < 0 ? -1 : 0) : (T)0) : (T)(_x >> _c); })
/* a signed shift count: negative panics */
#define GOC_SHCOUNT(s) ({ __typeof__(s) _n = (s); if (GOC_UNLIKELY(_n < 0)) goc_panicshift(); (goc_uint64)_n; })
/* float to integer as gc does on amd64: out of range or NaN gives the CVTTSD2SI "integer indefinite" value */
static inline goc_int64 goc__f2i64(double f) { return (f > -9223372036854775809.0 && f < 9223372036854775808.0) ? (goc_int64)f : INT64_MIN; }
static inline goc_int32 goc__f2i32(double f) { return (f > -2147483649.0 && f < 2147483648.0) ? (goc_int32)f : INT32_MIN; }
static inline goc_uint64 goc__f2u64(double f) {
    if (f < 9223372036854775808.0) return (goc_uint64)goc__f2i64(f);
    return (goc_uint64)goc__f2i64(f - 9223372036854775808.0) ^ 0x8000000000000000ull;
}
/* s[lo:hi] and s[lo:hi:max] on slices (arr: the operand is an array, bounds say "length";
   u: bits 1, 2, 4 say lo, hi, max have unsigned types, and gc prints them unsigned) */
#define GOC__BOUND(u, bit, f, x, y) ((u) & (bit) ? f##U((goc_uint)(x), (y)) : f((x), (y)))
static inline goc_slice goc__slice2(goc_slice s, goc_int lo, goc_int hi, bool hashi, uintptr_t es, bool arr, int u) {
    if (!hashi) hi = s.len;
    else if (GOC_UNLIKELY((goc_uint)hi > (goc_uint)s.cap)) { if (arr) GOC__BOUND(u, 2, goc_panicSliceAlen, hi, s.cap); GOC__BOUND(u, 2, goc_panicSliceAcap, hi, s.cap); }
    if (GOC_UNLIKELY((goc_uint)lo > (goc_uint)hi)) GOC__BOUND(u, 1, goc_panicSliceB, lo, hi);
    goc_int cap = s.cap - lo;
    return (goc_slice){cap ? (char *)s.ptr + lo * es : s.ptr, hi - lo, cap};
}
static inline goc_slice goc__slice3(goc_slice s, goc_int lo, goc_int hi, goc_int max, uintptr_t es, bool arr, int u) {
    if (GOC_UNLIKELY((goc_uint)max > (goc_uint)s.cap)) { if (arr) GOC__BOUND(u, 4, goc_panicSlice3Alen, max, s.cap); GOC__BOUND(u, 4, goc_panicSlice3Acap, max, s.cap); }
    if (GOC_UNLIKELY((goc_uint)hi > (goc_uint)max)) GOC__BOUND(u, 2, goc_panicSlice3B, hi, max);
    if (GOC_UNLIKELY((goc_uint)lo > (goc_uint)hi)) GOC__BOUND(u, 1, goc_panicSlice3C, lo, hi);
    goc_int cap = max - lo;
    return (goc_slice){cap ? (char *)s.ptr + lo * es : s.ptr, hi - lo, cap};
}
static inline goc_string goc__substr(goc_string s, goc_int lo, goc_int hi, bool hashi, int u) {
    if (!hashi) hi = s.len;
    else if (GOC_UNLIKELY((goc_uint)hi > (goc_uint)s.len)) GOC__BOUND(u, 2, goc_panicSliceAlen, hi, s.len);
    if (GOC_UNLIKELY((goc_uint)lo > (goc_uint)hi)) GOC__BOUND(u, 1, goc_panicSliceB, lo, hi);
    return (goc_string){hi - lo ? s.str + lo : s.str, hi - lo};
}
/* a call through a func value: nil panics like a nil dereference */
#define GOC_FN(f) ({ goc_func *_f = (f); GOC_NILCHECK(_f); _f; })
/* ---- end of prelude ---- */
`

const prelude2 = `/* box a value of C type T into an interface (goc_convT copies unless pointer-shaped) */
#define GOC_EFACE(T, d, v) ({ T _v = (v); goc_toeface((d), &_v); })
#define GOC_IFACE(T, tab, v) ({ T _v = (v); (goc_iface){(tab), goc_convT((tab)->Type, &_v)}; })
/* reinterpret a value as an identical-layout C type (Go conversions between struct types) */
#define GOC_CAST(T, v) ({ __typeof__(v) _v = (v); *(T *)&_v; })
`

const prelude3 = `/* min/max of floats: NaN wins, and min prefers -0, max +0 (Go's rules) */
static inline double goc__fmin(double a, double b) { if (a != a) return a; if (b != b) return b; if (a == b) return __builtin_signbit(a) ? a : b; return a < b ? a : b; }
static inline double goc__fmax(double a, double b) { if (a != a) return a; if (b != b) return b; if (a == b) return __builtin_signbit(a) ? b : a; return a > b ? a : b; }
`
