/*
 * runtime/bytealg.c — byte search, count and compare for internal/bytealg
 * (Go: the assembly of internal/bytealg for amd64; declared in goc/bytealg.h).
 *
 * No data of its own. Every function takes its operands as (pointer,
 * length) pairs; a length of 0 never dereferences its pointer (a nil slice
 * may pass NULL). Search and compare go to the C library (memchr, memrchr,
 * memmem, memcmp: vectorized in glibc, as gc's assembly is); Count compares
 * 16 bytes at a time with SSE2 (baseline on x86-64) and counts the matching
 * lanes, then finishes byte by byte.
 */
#include "goc_rt.h"

#include <string.h>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

goc_int goc_bytealg_IndexByte(const void *p, goc_int n, uint8_t c) {
    if (n <= 0)
        return -1;
    const uint8_t *q = memchr(p, c, (size_t)n);
    return q ? (goc_int)(q - (const uint8_t *)p) : -1;
}

goc_int goc_bytealg_LastIndexByte(const void *p, goc_int n, uint8_t c) {
    if (n <= 0)
        return -1;
    const uint8_t *q = memrchr(p, c, (size_t)n);
    return q ? (goc_int)(q - (const uint8_t *)p) : -1;
}

goc_int goc_bytealg_Count(const void *p, goc_int n, uint8_t c) {
    const uint8_t *s = p;
    goc_int count = 0, i = 0;
#if defined(__SSE2__)
    __m128i needle = _mm_set1_epi8((char)c);
    for (; i + 16 <= n; i += 16) {
        __m128i v = _mm_loadu_si128((const __m128i *)(s + i));
        unsigned mask = (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(v, needle));
        count += __builtin_popcount(mask);
    }
#endif
    for (; i < n; i++)
        count += s[i] == c;
    return count;
}

goc_int goc_bytealg_Index(const void *a, goc_int n, const void *b, goc_int m) {
    if (m == 0)
        return 0;
    if (m > n)
        return -1;
    if (m == 1)
        return goc_bytealg_IndexByte(a, n, *(const uint8_t *)b);
    const uint8_t *q = memmem(a, (size_t)n, b, (size_t)m);
    return q ? (goc_int)(q - (const uint8_t *)a) : -1;
}

goc_int goc_bytealg_Compare(const void *a, goc_int n, const void *b, goc_int m) {
    goc_int k = n < m ? n : m;
    int r = k > 0 ? memcmp(a, b, (size_t)k) : 0;
    if (r != 0)
        return r < 0 ? -1 : 1;
    return n < m ? -1 : n > m ? 1 : 0;
}
