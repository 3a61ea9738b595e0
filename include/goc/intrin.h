/*
 * goc/intrin.h — the functions gc compiles to machine instructions
 * (cmd/compile/internal/ssagen's intrinsics for amd64), as inline C.
 *
 * The translator lowers a call of math.Sqrt, bits.Len64, ... to the function
 * here of the same Go name: goc_math_Sqrt, goc_bits_Len64. Each gives gc's
 * result bit for bit:
 *   - math: Sqrt, Floor, Ceil, Trunc, RoundToEven, Round, FMA and Copysign are
 *     exactly rounded or exact operations, so the C library (or the
 *     instruction gcc emits) returns the value gc's SQRTSD/ROUNDSD/VFMADD or
 *     its Go fallback returns; Abs and Copysign only touch the sign bit.
 *     Generated code is compiled with -fno-math-errno, so __builtin_sqrt is one
 *     SQRTSD (Go has no errno).
 *   - math/bits: the same values as the Go code (count of 0 is the width for
 *     TrailingZeros, 0 for Len); OnesCount uses POPCNT when the CPU has it
 *     (gc tests the same feature at run time), else the bit-parallel sum.
 *   - Add64/Sub64 treat any carry whose low 32 bits are nonzero as 1, as gc's
 *     NEGL-then-ADC/SBB does; Div64 panics with the runtime's divide and
 *     overflow errors before DIVQ, as gc's intrinsic does.
 *   - sync/atomic: Add, And, Or, CompareAndSwap, Load, Store and Swap of
 *     int32, uint32, int64, uint64, uintptr and unsafe.Pointer are one locked
 *     instruction (or a plain load, an XCHG store), sequentially consistent as
 *     Go's memory model asks, like gc's LOCK XADD/CMPXCHG/XCHG. A nil address
 *     faults at the access, which the runtime reports as gc's nil dereference.
 *     Only calls are inlined: the functions as values are the runtime's
 *     (runtime/atomic_hooks.c, the same operations).
 * Multi-result functions return the high/first result and store the other
 * through a pointer: the translator packs them into its tuple struct.
 */
#ifndef GOC_INTRIN_H
#define GOC_INTRIN_H

#include <stdbool.h>
#include <stdint.h>

_Noreturn void goc_panicdivide(void);
_Noreturn void goc_panicoverflow(void);

/* set at startup when the CPU has POPCNT (runtime/runtime.c) */
extern bool goc_cpu_popcnt;

/* ---- math ---- */

static inline double goc_math_Sqrt(double x) { return __builtin_sqrt(x); }
static inline double goc_math_Abs(double x) { return __builtin_fabs(x); }
static inline double goc_math_Copysign(double f, double sign) { return __builtin_copysign(f, sign); }
static inline double goc_math_Floor(double x) { return __builtin_floor(x); }
static inline double goc_math_Ceil(double x) { return __builtin_ceil(x); }
static inline double goc_math_Trunc(double x) { return __builtin_trunc(x); }
static inline double goc_math_Round(double x) { return __builtin_round(x); }
/* clang 14 has no __builtin_roundeven: rint rounds halves to even in the
 * default rounding mode, which Go never changes. */
#if defined(__has_builtin) && __has_builtin(__builtin_roundeven)
static inline double goc_math_RoundToEven(double x) { return __builtin_roundeven(x); }
#else
static inline double goc_math_RoundToEven(double x) { return __builtin_rint(x); }
#endif
static inline double goc_math_FMA(double x, double y, double z) { return __builtin_fma(x, y, z); }

static inline uint64_t goc_math_Float64bits(double f) {
    uint64_t u;
    __builtin_memcpy(&u, &f, sizeof u);
    return u;
}
static inline double goc_math_Float64frombits(uint64_t u) {
    double f;
    __builtin_memcpy(&f, &u, sizeof f);
    return f;
}
static inline uint32_t goc_math_Float32bits(float f) {
    uint32_t u;
    __builtin_memcpy(&u, &f, sizeof u);
    return u;
}
static inline float goc_math_Float32frombits(uint32_t u) {
    float f;
    __builtin_memcpy(&f, &u, sizeof f);
    return f;
}

/* ---- math/bits ---- */

static inline int64_t goc_bits_Len64(uint64_t x) { return x ? 64 - __builtin_clzll(x) : 0; }
static inline int64_t goc_bits_Len32(uint32_t x) { return x ? 32 - __builtin_clz(x) : 0; }
static inline int64_t goc_bits_Len16(uint16_t x) { return x ? 32 - __builtin_clz(x) : 0; }
static inline int64_t goc_bits_Len8(uint8_t x) { return x ? 32 - __builtin_clz(x) : 0; }
static inline int64_t goc_bits_LeadingZeros64(uint64_t x) { return 64 - goc_bits_Len64(x); }
static inline int64_t goc_bits_LeadingZeros32(uint32_t x) { return 32 - goc_bits_Len32(x); }
static inline int64_t goc_bits_LeadingZeros16(uint16_t x) { return 16 - goc_bits_Len16(x); }
static inline int64_t goc_bits_LeadingZeros8(uint8_t x) { return 8 - goc_bits_Len8(x); }
static inline int64_t goc_bits_TrailingZeros64(uint64_t x) { return x ? __builtin_ctzll(x) : 64; }
static inline int64_t goc_bits_TrailingZeros32(uint32_t x) { return x ? __builtin_ctz(x) : 32; }
static inline int64_t goc_bits_TrailingZeros16(uint16_t x) { return x ? __builtin_ctz(x) : 16; }
static inline int64_t goc_bits_TrailingZeros8(uint8_t x) { return x ? __builtin_ctz(x) : 8; }

static inline int64_t goc_bits_OnesCount64(uint64_t x) {
#if defined(__POPCNT__) || !defined(__x86_64__)
    return __builtin_popcountll(x);
#else
    if (__builtin_constant_p(x))
        return __builtin_popcountll(x);
    if (__builtin_expect(goc_cpu_popcnt, 1)) {
        uint64_t r;
        __asm__("popcntq %1, %0" : "=r"(r) : "rm"(x) : "cc");
        return (int64_t)r;
    }
    x = x - ((x >> 1) & 0x5555555555555555ull);
    x = (x & 0x3333333333333333ull) + ((x >> 2) & 0x3333333333333333ull);
    x = (x + (x >> 4)) & 0x0f0f0f0f0f0f0f0full;
    return (int64_t)((x * 0x0101010101010101ull) >> 56);
#endif
}
static inline int64_t goc_bits_OnesCount32(uint32_t x) { return goc_bits_OnesCount64(x); }
static inline int64_t goc_bits_OnesCount16(uint16_t x) { return goc_bits_OnesCount64(x); }
static inline int64_t goc_bits_OnesCount8(uint8_t x) { return goc_bits_OnesCount64(x); }

/* k is taken modulo the width; a negative k rotates right */
static inline uint64_t goc_bits_RotateLeft64(uint64_t x, int64_t k) {
    unsigned s = (unsigned)k & 63;
    return (x << s) | (x >> ((64 - s) & 63));
}
static inline uint32_t goc_bits_RotateLeft32(uint32_t x, int64_t k) {
    unsigned s = (unsigned)k & 31;
    return (x << s) | (x >> ((32 - s) & 31));
}
static inline uint16_t goc_bits_RotateLeft16(uint16_t x, int64_t k) {
    unsigned s = (unsigned)k & 15;
    return (uint16_t)((x << s) | (x >> ((16 - s) & 15)));
}
static inline uint8_t goc_bits_RotateLeft8(uint8_t x, int64_t k) {
    unsigned s = (unsigned)k & 7;
    return (uint8_t)((x << s) | (x >> ((8 - s) & 7)));
}

static inline uint64_t goc_bits_ReverseBytes64(uint64_t x) { return __builtin_bswap64(x); }
static inline uint32_t goc_bits_ReverseBytes32(uint32_t x) { return __builtin_bswap32(x); }
static inline uint16_t goc_bits_ReverseBytes16(uint16_t x) { return __builtin_bswap16(x); }

/* (sum, carryOut) = x + y + carry: returns sum */
static inline uint64_t goc_bits_Add64(uint64_t x, uint64_t y, uint64_t carry, uint64_t *carryOut) {
    unsigned __int128 t = (unsigned __int128)x + y + ((uint32_t)carry != 0);
    *carryOut = (uint64_t)(t >> 64);
    return (uint64_t)t;
}
/* (diff, borrowOut) = x - y - borrow: returns diff */
static inline uint64_t goc_bits_Sub64(uint64_t x, uint64_t y, uint64_t borrow, uint64_t *borrowOut) {
    unsigned __int128 t = (unsigned __int128)x - y - ((uint32_t)borrow != 0);
    *borrowOut = (uint64_t)(t >> 64) & 1;
    return (uint64_t)t;
}
/* (hi, lo) = x * y: returns hi */
static inline uint64_t goc_bits_Mul64(uint64_t x, uint64_t y, uint64_t *lo) {
    unsigned __int128 t = (unsigned __int128)x * y;
    *lo = (uint64_t)t;
    return (uint64_t)(t >> 64);
}
/* (quo, rem) = (hi, lo) / y: returns quo; y == 0 and y <= hi panic */
static inline uint64_t goc_bits_Div64(uint64_t hi, uint64_t lo, uint64_t y, uint64_t *rem) {
    if (__builtin_expect(y == 0, 0))
        goc_panicdivide();
    if (__builtin_expect(y <= hi, 0))
        goc_panicoverflow();
#if defined(__x86_64__)
    uint64_t q, r;
    __asm__("divq %4" : "=a"(q), "=d"(r) : "a"(lo), "d"(hi), "rm"(y) : "cc");
    *rem = r;
    return q;
#else
    unsigned __int128 n = ((unsigned __int128)hi << 64) | lo;
    *rem = (uint64_t)(n % y);
    return (uint64_t)(n / y);
#endif
}

/* ---- sync/atomic ---- */

#define GOC_ATOMIC_INT_OPS(Name, T)                                                                \
    static inline T goc_atomic_Swap##Name(T *addr, T v) {                                          \
        return __atomic_exchange_n(addr, v, __ATOMIC_SEQ_CST);                                     \
    }                                                                                              \
    static inline bool goc_atomic_CompareAndSwap##Name(T *addr, T old, T new_) {                   \
        return __atomic_compare_exchange_n(addr, &old, new_, false, __ATOMIC_SEQ_CST,              \
                                           __ATOMIC_SEQ_CST);                                      \
    }                                                                                              \
    static inline T goc_atomic_Add##Name(T *addr, T delta) {                                       \
        return __atomic_add_fetch(addr, delta, __ATOMIC_SEQ_CST);                                  \
    }                                                                                              \
    static inline T goc_atomic_And##Name(T *addr, T mask) {                                        \
        return __atomic_fetch_and(addr, mask, __ATOMIC_SEQ_CST);                                   \
    }                                                                                              \
    static inline T goc_atomic_Or##Name(T *addr, T mask) {                                         \
        return __atomic_fetch_or(addr, mask, __ATOMIC_SEQ_CST);                                    \
    }                                                                                              \
    static inline T goc_atomic_Load##Name(T *addr) { return __atomic_load_n(addr, __ATOMIC_SEQ_CST); } \
    static inline void goc_atomic_Store##Name(T *addr, T v) { __atomic_store_n(addr, v, __ATOMIC_SEQ_CST); }

GOC_ATOMIC_INT_OPS(Int32, int32_t)
GOC_ATOMIC_INT_OPS(Uint32, uint32_t)
GOC_ATOMIC_INT_OPS(Int64, int64_t)
GOC_ATOMIC_INT_OPS(Uint64, uint64_t)
GOC_ATOMIC_INT_OPS(Uintptr, uintptr_t)
#undef GOC_ATOMIC_INT_OPS

static inline void *goc_atomic_SwapPointer(void **addr, void *v) {
    return __atomic_exchange_n(addr, v, __ATOMIC_SEQ_CST);
}
static inline bool goc_atomic_CompareAndSwapPointer(void **addr, void *old, void *new_) {
    return __atomic_compare_exchange_n(addr, &old, new_, false, __ATOMIC_SEQ_CST, __ATOMIC_SEQ_CST);
}
static inline void *goc_atomic_LoadPointer(void **addr) { return __atomic_load_n(addr, __ATOMIC_SEQ_CST); }
static inline void goc_atomic_StorePointer(void **addr, void *v) {
    __atomic_store_n(addr, v, __ATOMIC_SEQ_CST);
}

#endif
