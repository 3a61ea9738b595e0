/*
 * runtime/utf8.c — UTF-8 decoding and encoding as the runtime does it
 * (Go: runtime/utf8.go; the same rules as unicode/utf8).
 *
 * Encoding of a rune r (a code point, 0 <= r <= U+10FFFF, not a surrogate):
 *   U+0000..U+007F     0xxxxxxx                              1 byte
 *   U+0080..U+07FF     110xxxxx 10xxxxxx                     2 bytes
 *   U+0800..U+FFFF     1110xxxx 10xxxxxx 10xxxxxx            3 bytes
 *   U+10000..U+10FFFF  11110xxx 10xxxxxx 10xxxxxx 10xxxxxx   4 bytes
 *
 * Decoding never fails: whatever does not decode to a valid rune in its
 * shortest form yields RuneError (U+FFFD) and consumes exactly one byte, so
 * `for i, r := range s` visits every byte of an invalid sequence. Invalid
 * are: stray continuation bytes (0x80..0xBF) and 0xF8..0xFF, truncated
 * sequences, overlong forms (a value that fits in fewer bytes, e.g. C0 80),
 * surrogate halves U+D800..U+DFFF (ED A0 80 ..), and values above U+10FFFF
 * (F4 90 80 80 ..). Encoding replaces the same invalid runes (surrogates,
 * negative or > U+10FFFF) with RuneError.
 */
#include "goc_rt.h"

enum {
    runeSelf = 0x80,
    maxRune = 0x10FFFF,
    surrogateMin = 0xD800,
    surrogateMax = 0xDFFF,
    tx = 0x80, /* continuation byte 10xxxxxx */
    t2 = 0xC0, /* lead of 2 */
    t3 = 0xE0, /* lead of 3 */
    t4 = 0xF0, /* lead of 4 */
    t5 = 0xF8, /* no lead byte from here */
    maskx = 0x3F,
    mask2 = 0x1F,
    mask3 = 0x0F,
    mask4 = 0x07,
    rune1Max = (1 << 7) - 1,
    rune2Max = (1 << 11) - 1,
    rune3Max = (1 << 16) - 1,
    locb = 0x80, /* lowest continuation byte */
    hicb = 0xBF, /* highest continuation byte */
};

static inline bool iscont(uint8_t b) {
    return locb <= b && b <= hicb;
}

int32_t goc_decoderune(goc_string s, goc_int k, goc_int *next) {
    if (k < 0 || k >= s.len) {
        *next = k + 1;
        return GOC_RUNE_ERROR;
    }
    const uint8_t *p = s.str + k;
    goc_int n = s.len - k;
    uint8_t b0 = p[0];
    int32_t r;
    if (b0 < runeSelf) {
        *next = k + 1;
        return b0;
    }
    if (t2 <= b0 && b0 < t3) {
        if (n > 1 && iscont(p[1])) {
            r = (int32_t)(b0 & mask2) << 6 | (int32_t)(p[1] & maskx);
            if (r > rune1Max) {
                *next = k + 2;
                return r;
            }
        }
    } else if (t3 <= b0 && b0 < t4) {
        if (n > 2 && iscont(p[1]) && iscont(p[2])) {
            r = (int32_t)(b0 & mask3) << 12 | (int32_t)(p[1] & maskx) << 6 | (int32_t)(p[2] & maskx);
            if (r > rune2Max && !(surrogateMin <= r && r <= surrogateMax)) {
                *next = k + 3;
                return r;
            }
        }
    } else if (t4 <= b0 && b0 < t5) {
        if (n > 3 && iscont(p[1]) && iscont(p[2]) && iscont(p[3])) {
            r = (int32_t)(b0 & mask4) << 18 | (int32_t)(p[1] & maskx) << 12 |
                (int32_t)(p[2] & maskx) << 6 | (int32_t)(p[3] & maskx);
            if (r > rune3Max && r <= maxRune) {
                *next = k + 4;
                return r;
            }
        }
    }
    *next = k + 1;
    return GOC_RUNE_ERROR;
}

/* Whether r can be encoded as itself. */
static inline bool validrune(int32_t r) {
    uint32_t u = (uint32_t)r;
    return u <= maxRune && !(surrogateMin <= u && u <= surrogateMax);
}

goc_int goc_runelen(int32_t r) {
    uint32_t u = (uint32_t)r;
    if (u <= rune1Max)
        return 1;
    if (u <= rune2Max)
        return 2;
    if (!validrune(r) || u <= rune3Max)
        return 3; /* RuneError is 3 bytes */
    return 4;
}

goc_int goc_encoderune(uint8_t *p, int32_t r) {
    uint32_t u = (uint32_t)r;
    if (u <= rune1Max) {
        p[0] = (uint8_t)u;
        return 1;
    }
    if (u <= rune2Max) {
        p[0] = (uint8_t)(t2 | (u >> 6));
        p[1] = (uint8_t)(tx | (u & maskx));
        return 2;
    }
    if (!validrune(r))
        u = GOC_RUNE_ERROR;
    if (u <= rune3Max) {
        p[0] = (uint8_t)(t3 | (u >> 12));
        p[1] = (uint8_t)(tx | ((u >> 6) & maskx));
        p[2] = (uint8_t)(tx | (u & maskx));
        return 3;
    }
    p[0] = (uint8_t)(t4 | (u >> 18));
    p[1] = (uint8_t)(tx | ((u >> 12) & maskx));
    p[2] = (uint8_t)(tx | ((u >> 6) & maskx));
    p[3] = (uint8_t)(tx | (u & maskx));
    return 4;
}
