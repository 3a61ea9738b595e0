/*
 * runtime/string.c — string concatenation, comparison and conversions
 * (Go: runtime/string.go). UTF-8 itself is in utf8.c.
 *
 * A string is {str, len} (goc_string): len immutable bytes, not
 * NUL-terminated; str may be NULL when len == 0 (the zero value), and every
 * function here accepts that. The empty results are {NULL, 0}, as gc's "".
 *
 * Invariants:
 *   - One-byte strings made from bytes or runes point into a static table
 *     (onebyte) instead of the heap.
 *   - String bytes never hold pointers: every string and []byte/[]rune
 *     array made here is one atomic (unscanned) allocation from malloc.c.
 *   - A result never shares memory with a mutable input: conversions from
 *     []byte/[]rune copy, and conversions to []byte/[]rune copy, so the
 *     string stays immutable whatever is later written to the slice.
 *     A concatenation with exactly one non-empty operand returns that
 *     operand itself (it is already an immutable string), as gc does.
 *   - []byte(s) and []rune(s) get gc's heap capacity:
 *     roundupsize(len*size)/size, with the bytes past len zeroed.
 */
#include "goc_rt.h"

#include <string.h>

/* Element types of string bytes and of []rune arrays: no pointers. */
#define bytetype goc_type_uint8
#define runetype goc_type_int32

static const goc_string emptystring = {NULL, 0};

/* Every one-byte string, so that string(b[i:i+1]) and string(rune(c)) for
   ASCII c allocate nothing (Go: staticuint64s). */
#define B4(n) (n), (n) + 1, (n) + 2, (n) + 3
#define B16(n) B4(n), B4((n) + 4), B4((n) + 8), B4((n) + 12)
#define B64(n) B16(n), B16((n) + 16), B16((n) + 32), B16((n) + 48)
static const uint8_t onebyte[256] = {B64(0), B64(64), B64(128), B64(192)};

/* Go: rawstring. size uninitialised bytes for a new string. */
static uint8_t *rawstring(goc_int size) {
    return goc_mallocgc((uintptr_t)size, &bytetype, false);
}

/* Go: rawbyteslice. A []byte of len size, cap as the heap gives it, tail zeroed. */
static goc_slice rawbyteslice(goc_int size) {
    uintptr_t mem = goc_roundupsize((uintptr_t)size, true);
    uint8_t *p = goc_mallocgc(mem, &bytetype, false);
    if (mem != (uintptr_t)size)
        memset(p + size, 0, mem - (uintptr_t)size);
    return (goc_slice){p, size, (goc_int)mem};
}

/* Go: rawruneslice. */
static goc_slice rawruneslice(goc_int size) {
    if ((uintptr_t)size > GOC_MAXALLOC / 4)
        goc_throw("out of memory");
    uintptr_t mem = goc_roundupsize((uintptr_t)size * 4, true);
    uint8_t *p = goc_mallocgc(mem, &runetype, false);
    if (mem != (uintptr_t)size * 4)
        memset(p + (uintptr_t)size * 4, 0, mem - (uintptr_t)size * 4);
    return (goc_slice){p, size, (goc_int)(mem / 4)};
}

goc_string goc_concatstrings(const goc_string *a, goc_int n) {
    goc_int l = 0, count = 0, idx = 0;
    for (goc_int i = 0; i < n; i++) {
        goc_int m = a[i].len;
        if (m == 0)
            continue;
        if (__builtin_add_overflow(l, m, &l))
            goc_throw("string concatenation too long");
        count++;
        idx = i;
    }
    if (count == 0)
        return emptystring;
    if (count == 1)
        return a[idx];
    uint8_t *b = rawstring(l);
    goc_int off = 0;
    for (goc_int i = 0; i < n; i++) {
        if (a[i].len == 0)
            continue;
        memcpy(b + off, a[i].str, (size_t)a[i].len);
        off += a[i].len;
    }
    return (goc_string){b, l};
}

goc_string goc_concatstring2(goc_string a, goc_string b) {
    goc_string v[2] = {a, b};
    return goc_concatstrings(v, 2);
}

goc_int goc_cmpstring(goc_string a, goc_string b) {
    goc_int n = a.len < b.len ? a.len : b.len;
    if (n > 0 && a.str != b.str) {
        int c = memcmp(a.str, b.str, (size_t)n);
        if (c != 0)
            return c < 0 ? -1 : 1;
    }
    if (a.len < b.len)
        return -1;
    if (a.len > b.len)
        return 1;
    return 0;
}

bool goc_eqstring(goc_string a, goc_string b) {
    if (a.len != b.len)
        return false;
    return a.str == b.str || goc_memeq(a.str, b.str, (size_t)a.len);
}

goc_string goc_slicebytetostring(const uint8_t *p, goc_int n) {
    if (n <= 0)
        return emptystring;
    if (n == 1)
        return (goc_string){&onebyte[p[0]], 1};
    uint8_t *b = rawstring(n);
    memcpy(b, p, (size_t)n);
    return (goc_string){b, n};
}

goc_slice goc_stringtoslicebyte(goc_string s) {
    goc_slice b = rawbyteslice(s.len);
    if (s.len > 0)
        memcpy(b.ptr, s.str, (size_t)s.len);
    return b;
}

/* Number of runes `for range s` visits. */
static goc_int countrunes(goc_string s) {
    goc_int n = 0;
    for (goc_int k = 0; k < s.len; n++) {
        if (s.str[k] < 0x80)
            k++;
        else
            (void)goc_decoderune(s, k, &k);
    }
    return n;
}

goc_slice goc_stringtoslicerune(goc_string s) {
    goc_slice a = rawruneslice(countrunes(s));
    int32_t *r = a.ptr;
    goc_int n = 0;
    for (goc_int k = 0; k < s.len; n++) {
        if (s.str[k] < 0x80)
            r[n] = s.str[k++];
        else
            r[n] = goc_decoderune(s, k, &k);
    }
    return a;
}

goc_string goc_slicerunetostring(const int32_t *p, goc_int n) {
    goc_int size = 0;
    for (goc_int i = 0; i < n; i++)
        size += goc_runelen(p[i]);
    if (size == 0)
        return emptystring;
    uint8_t *b = rawstring(size);
    goc_int off = 0;
    for (goc_int i = 0; i < n; i++)
        off += goc_encoderune(b + off, p[i]);
    return (goc_string){b, size};
}

goc_string goc_intstring(int64_t v) {
    /* A value that is not an int32 is no rune at all. */
    int32_t r = (int64_t)(int32_t)v == v ? (int32_t)v : GOC_RUNE_ERROR;
    if (r >= 0 && r < 0x80)
        return (goc_string){&onebyte[r], 1};
    uint8_t *b = rawstring(goc_runelen(r));
    return (goc_string){b, goc_encoderune(b, r)};
}

goc_string goc_gostring(const char *s) {
    if (s == NULL)
        return emptystring;
    return goc_slicebytetostring((const uint8_t *)s, (goc_int)strlen(s));
}

char *goc_cstring(goc_string s) {
    char *c = goc_mallocgc((uintptr_t)s.len + 1, &bytetype, false);
    if (s.len > 0)
        memcpy(c, s.str, (size_t)s.len);
    c[s.len] = '\0';
    return c;
}
