#include "goc_rt.h"
/*
 * runtime/fmt_float.c — floating-point text for fmt (Go: strconv.AppendFloat,
 * strconv/ftoa.go), used by fmt.c.
 *
 * A finite value is first turned into decimal digits, then laid out:
 *
 *   digits  d[0..nd): significant decimal digits, no trailing zeros;
 *           value = 0.d[0]d[1]...d[nd-1] × 10^dp. Zero is nd = 0, dp = 0.
 *
 * Where the digits come from:
 *   shortest (prec < 0): the fewest digits that read back (strtod, or strtof
 *     for float32) as the same value; among candidates of that length the
 *     one nearest the exact value, which is what Go's Ryu code produces. The
 *     correctly rounded candidate is tried first (cut from one 17-digit
 *     snprintf, or printed anew when that one could hide a tie); at a power
 *     of two the rounding interval is lopsided, so when it fails its
 *     neighbours are tried as well (shortest_at).
 *   fixed precision: snprintf's %e / %f, which glibc rounds exactly (round
 *     half to even on the exact binary value), as Go's ftoa does.
 *
 * The layout (formatDigits, fmtE, fmtF, and %g's choice between them) then
 * follows strconv's rules, which differ from C's: %g keeps the shortest
 * digits and switches to exponent form when exp < -4 || exp >= eprec, with
 * eprec = 6 in shortest mode; exponents have at least two digits.
 * %b (mantissa p exponent) and %x (hex mantissa, binary exponent) work on
 * the bits directly.
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct decdigits {
    char d[800]; /* enough for %f of any double with the precisions we produce here; see fixed_f */
    int nd;
    int dp;
} decdigits;

/* Digits and exponent of "d.ddddde±x" (as printed by %e) into dd, trimmed. */
static void parse_e(const char *s, decdigits *dd) {
    int nd = 0;
    const char *p = s;
    for (; *p && *p != 'e'; p++)
        if (*p >= '0' && *p <= '9' && nd < (int)sizeof dd->d)
            dd->d[nd++] = *p;
    int exp = (*p == 'e') ? atoi(p + 1) : 0;
    while (nd > 0 && dd->d[nd - 1] == '0')
        nd--;
    dd->nd = nd;
    dd->dp = nd == 0 ? 0 : exp + 1;
}

/* Whether the decimal text s reads back as v (as a float32 when bitsize == 32). */
static bool roundtrips(const char *s, double v, int bitsize) {
    if (bitsize == 32)
        return strtof(s, NULL) == (float)v;
    return strtod(s, NULL) == v;
}

/* Whether the values that read back as v form a lopsided interval: v is a
   power of two above the smallest normal, so the gap below it is half the
   gap above. */
static bool lopsided(double v, int bitsize) {
    if (bitsize == 32) {
        float f = (float)v;
        uint32_t bits;
        memcpy(&bits, &f, 4);
        return (bits & 0x7fffff) == 0 && ((bits >> 23) & 0xff) > 1;
    }
    uint64_t bits;
    memcpy(&bits, &v, 8);
    return (bits & ((1ULL << 52) - 1)) == 0 && ((bits >> 52) & 0x7ff) > 1;
}

/* v's 17-digit rounding, printed once: v ≈ d[0].d[1]...d[16] × 10^exp. */
typedef struct digits17 {
    char d[17];
    int exp;
} digits17;

static void get_digits17(double v, digits17 *x) {
    char buf[40];
    snprintf(buf, sizeof buf, "%.16e", v);
    int n = 0;
    const char *q = buf;
    for (; *q != 'e'; q++)
        if (*q >= '0' && *q <= '9')
            x->d[n++] = *q;
    x->exp = atoi(q + 1);
}

/*
 * The p-digit rounding of v (p < 17) as m × 10^e. It is the rounding of the
 * 17-digit one, except where that one ends in exactly 5000...: the first
 * rounding may have made the tie, so ask snprintf for the exact answer.
 */
static void round_p(double v, const digits17 *x, int p, uint64_t *m, int *e) {
    bool tie = x->d[p] == '5';
    for (int i = p + 1; tie && i < 17; i++)
        tie = x->d[i] == '0';
    if (tie) {
        char buf[40];
        snprintf(buf, sizeof buf, "%.*e", p - 1, v);
        uint64_t r = 0;
        const char *q = buf;
        for (; *q != 'e'; q++)
            if (*q >= '0' && *q <= '9')
                r = r * 10 + (uint64_t)(*q - '0');
        *m = r;
        *e = atoi(q + 1) - (p - 1);
        return;
    }
    uint64_t r = 0;
    for (int i = 0; i < p; i++)
        r = r * 10 + (uint64_t)(x->d[i] - '0');
    if (x->d[p] >= '5')
        r++; /* may become 10^p: still the right value */
    *m = r;
    *e = x->exp - (p - 1);
}

/* "<m>e<e>" into buf; returns the number of digits of m. */
static int mantexp(char *buf, uint64_t m, int e) {
    char tmp[24];
    int n = 0;
    do {
        tmp[n++] = (char)('0' + m % 10);
        m /= 10;
    } while (m != 0);
    int k = 0;
    for (int i = n - 1; i >= 0; i--)
        buf[k++] = tmp[i];
    buf[k++] = 'e';
    if (e < 0) {
        buf[k++] = '-';
        e = -e;
    }
    char et[8];
    int ne = 0;
    do {
        et[ne++] = (char)('0' + e % 10);
        e /= 10;
    } while (e != 0);
    while (ne > 0)
        buf[k++] = et[--ne];
    buf[k] = 0;
    return n;
}

/* m × 10^e as trimmed digits */
static void set_digits(decdigits *dd, uint64_t m, int e) {
    char tmp[24];
    int n = 0;
    do {
        tmp[n++] = (char)('0' + m % 10);
        m /= 10;
    } while (m != 0);
    int lead = n;
    int nd = 0;
    for (int i = n - 1; i >= 0; i--)
        dd->d[nd++] = tmp[i];
    while (nd > 0 && dd->d[nd - 1] == '0')
        nd--;
    dd->nd = nd;
    dd->dp = lead + e;
}

/*
 * Whether some p-digit decimal reads back as v, and if so the one nearest
 * to v in dd. Only r, the p-digit rounding of v, and its neighbour on the
 * other side of v can: a decimal further out is never closer. The
 * neighbour is only worth a look when the interval is lopsided: then r may
 * fail on the narrow side while the neighbour lies on the wide side; in a
 * symmetric interval it is at least as far from v as r.
 */
static bool shortest_at(double v, int bitsize, const digits17 *x, int p, decdigits *dd) {
    char cand[48];
    uint64_t m;
    int e;
    if (p >= 17) { /* 17 digits always read back */
        m = 0;
        for (int i = 0; i < 17; i++)
            m = m * 10 + (uint64_t)(x->d[i] - '0');
        set_digits(dd, m, x->exp - 16);
        return true;
    }
    round_p(v, x, p, &m, &e);
    mantexp(cand, m, e);
    if (roundtrips(cand, v, bitsize)) {
        set_digits(dd, m, e);
        return true;
    }
    if (!lopsided(v, bitsize))
        return false;
    for (int dir = -1; dir <= 1; dir += 2) {
        uint64_t c = m + (uint64_t)(int64_t)dir;
        if (c == 0)
            continue;
        mantexp(cand, c, e);
        if (roundtrips(cand, v, bitsize)) {
            set_digits(dd, c, e);
            return true;
        }
    }
    return false;
}

/*
 * Shortest round-trip digits of v (finite, > 0). Having a p-digit
 * representation implies having a (p+1)-digit one (append a zero), so the
 * smallest p is found by bisection after a linear look at the short
 * lengths that hand-written constants mostly have.
 */
static void shortest(double v, int bitsize, decdigits *dd) {
    digits17 x;
    get_digits17(v, &x);
    int maxp = bitsize == 32 ? 9 : 17; /* always enough for IEEE binary32/64 */
    for (int p = 1; p <= 3; p++)
        if (shortest_at(v, bitsize, &x, p, dd))
            return;
    int lo = 4, hi = maxp;
    while (lo < hi) {
        int mid = lo + (hi - lo) / 2;
        if (shortest_at(v, bitsize, &x, mid, dd))
            hi = mid;
        else
            lo = mid + 1;
    }
    shortest_at(v, bitsize, &x, lo, dd);
}

/* Digits of v (finite, >= 0) rounded to ndig significant digits (ndig >= 1). */
static void fixed_e(double v, int ndig, decdigits *dd) {
    if (ndig > 780)
        ndig = 780; /* beyond any double's exact expansion: the rest are zeros */
    char *buf = goc_alloc((uintptr_t)ndig + 32, false);
    snprintf(buf, (size_t)ndig + 32, "%.*e", ndig - 1, v);
    parse_e(buf, dd);
}

/* Digits of v (finite, >= 0) rounded to prec places after the point. */
static void fixed_f(double v, int prec, decdigits *dd) {
    /* A double has at most 767 significant decimal digits (1074 fraction bits but leading zeros);
       digits past 1100 fraction places are all zero. */
    if (prec > 1100)
        prec = 1100;
    size_t n = (size_t)prec + 340;
    char *buf = goc_alloc(n, false);
    snprintf(buf, n, "%.*f", prec, v);
    int nd = 0, dp = 0;
    bool seen = false, point = false;
    for (const char *p = buf; *p; p++) {
        if (*p == '.') {
            point = true;
            continue;
        }
        if (!point)
            dp++;
        if (!seen && *p == '0') { /* a leading zero: one place less before the point */
            dp--;
            continue;
        }
        seen = true;
        if (nd < (int)sizeof dd->d)
            dd->d[nd++] = *p;
    }
    while (nd > 0 && dd->d[nd - 1] == '0')
        nd--;
    dd->nd = nd;
    dd->dp = nd == 0 ? 0 : dp;
}

static void put(goc_fmtbuf *b, char c) { goc_fmtbuf_byte(b, (uint8_t)c); }

/* %e: -d.ddddde±dd */
static void fmtE(goc_fmtbuf *b, bool neg, const decdigits *d, int prec, char fmt) {
    if (neg)
        put(b, '-');
    put(b, d->nd != 0 ? d->d[0] : '0');
    if (prec > 0) {
        put(b, '.');
        int i = 1;
        int m = d->nd < prec + 1 ? d->nd : prec + 1;
        for (; i < m; i++)
            put(b, d->d[i]);
        for (; i <= prec; i++)
            put(b, '0');
    }
    put(b, fmt);
    int exp = d->nd == 0 ? 0 : d->dp - 1;
    if (exp < 0) {
        put(b, '-');
        exp = -exp;
    } else {
        put(b, '+');
    }
    if (exp < 10) {
        put(b, '0');
        put(b, (char)('0' + exp));
    } else if (exp < 100) {
        put(b, (char)('0' + exp / 10));
        put(b, (char)('0' + exp % 10));
    } else {
        put(b, (char)('0' + exp / 100));
        put(b, (char)('0' + exp / 10 % 10));
        put(b, (char)('0' + exp % 10));
    }
}

/* %f: -ddddd.ddd */
static void fmtF(goc_fmtbuf *b, bool neg, const decdigits *d, int prec) {
    if (neg)
        put(b, '-');
    if (d->dp > 0) {
        int m = d->nd < d->dp ? d->nd : d->dp;
        goc_fmtbuf_write(b, d->d, m);
        for (; m < d->dp; m++)
            put(b, '0');
    } else {
        put(b, '0');
    }
    if (prec > 0) {
        put(b, '.');
        for (int i = 0; i < prec; i++) {
            int j = d->dp + i;
            put(b, (0 <= j && j < d->nd) ? d->d[j] : '0');
        }
    }
}

static void formatDigits(goc_fmtbuf *b, bool shortestmode, bool neg, const decdigits *d, int prec, char fmt) {
    switch (fmt) {
    case 'e':
    case 'E':
        fmtE(b, neg, d, prec, fmt);
        return;
    case 'f':
        fmtF(b, neg, d, prec);
        return;
    default: { /* g, G */
        int eprec = prec;
        if (eprec > d->nd && d->nd >= d->dp)
            eprec = d->nd;
        if (shortestmode)
            eprec = 6;
        int exp = d->dp - 1;
        if (exp < -4 || exp >= eprec) {
            if (prec > d->nd)
                prec = d->nd;
            fmtE(b, neg, d, prec - 1, (char)(fmt + 'e' - 'g'));
            return;
        }
        if (prec > d->dp)
            prec = d->nd;
        int fp = prec - d->dp;
        fmtF(b, neg, d, fp > 0 ? fp : 0);
        return;
    }
    }
}

static void decimal_int(goc_fmtbuf *b, int64_t v) {
    char tmp[24];
    int n = snprintf(tmp, sizeof tmp, "%lld", (long long)v);
    goc_fmtbuf_write(b, tmp, n);
}

/* %b: -mantissa p±exponent (binary exponent) */
static void fmtB(goc_fmtbuf *b, bool neg, uint64_t mant, int exp, int mantbits) {
    if (neg)
        put(b, '-');
    char tmp[24];
    int n = snprintf(tmp, sizeof tmp, "%llu", (unsigned long long)mant);
    goc_fmtbuf_write(b, tmp, n);
    put(b, 'p');
    exp -= mantbits;
    if (exp >= 0)
        put(b, '+');
    decimal_int(b, exp);
}

/* %x: -0x1.hhhhp±dd (prec < 0: as many hex digits as needed) */
static void fmtX(goc_fmtbuf *b, int prec, char fmt, bool neg, uint64_t mant, int exp, int mantbits) {
    static const char lower[] = "0123456789abcdef", upper[] = "0123456789ABCDEF";
    if (mant == 0)
        exp = 0;
    mant <<= 60 - mantbits; /* the leading 1 (if any) at bit 60 */
    while (mant != 0 && (mant & (1ULL << 60)) == 0) {
        mant <<= 1;
        exp--;
    }
    if (prec >= 0 && prec < 15) {
        unsigned shift = (unsigned)prec * 4;
        uint64_t extra = (mant << shift) & ((1ULL << 60) - 1);
        mant >>= 60 - shift;
        if ((extra | (mant & 1)) > (1ULL << 59))
            mant++;
        mant <<= 60 - shift;
        if (mant & (1ULL << 61)) {
            mant >>= 1;
            exp++;
        }
    }
    const char *hex = fmt == 'X' ? upper : lower;
    if (neg)
        put(b, '-');
    put(b, '0');
    put(b, fmt);
    put(b, (char)('0' + ((mant >> 60) & 1)));
    mant <<= 4;
    if (prec < 0 && mant != 0) {
        put(b, '.');
        while (mant != 0) {
            put(b, hex[(mant >> 60) & 15]);
            mant <<= 4;
        }
    } else if (prec > 0) {
        put(b, '.');
        for (int i = 0; i < prec; i++) {
            put(b, hex[(mant >> 60) & 15]);
            mant <<= 4;
        }
    }
    put(b, fmt == 'X' ? 'P' : 'p');
    if (exp < 0) {
        put(b, '-');
        exp = -exp;
    } else {
        put(b, '+');
    }
    char tmp[16];
    int n = snprintf(tmp, sizeof tmp, "%02d", exp);
    goc_fmtbuf_write(b, tmp, n);
}

/*
 * Go: genericFtoa's unpacking (floatInfo): the mantissa of an IEEE value's
 * bits with the implicit leading 1 made explicit, and its binary exponent in
 * *exp (denormals take the smallest exponent).
 */
static uint64_t unpackfloat(uint64_t bits, int mantbits, int expbits, int bias, int *exp) {
    int e = (int)(bits >> mantbits) & ((1 << expbits) - 1);
    uint64_t mant = bits & ((1ULL << mantbits) - 1);
    if (e == 0)
        e++;
    else
        mant |= 1ULL << mantbits;
    *exp = e + bias;
    return mant;
}

void goc_fmt_appendfloat(goc_fmtbuf *b, double v, char fmt, int prec, int bitsize) {
    if (bitsize == 32)
        v = (float)v;
    if (isnan(v)) {
        goc_fmtbuf_write(b, "NaN", 3);
        return;
    }
    if (isinf(v)) {
        goc_fmtbuf_write(b, v < 0 ? "-Inf" : "+Inf", 4);
        return;
    }
    bool neg = signbit(v) != 0;
    double a = fabs(v);

    if (fmt == 'b' || fmt == 'x' || fmt == 'X') {
        uint64_t mant;
        int exp, mantbits = bitsize == 32 ? 23 : 52;
        if (bitsize == 32) {
            float f = (float)a;
            uint32_t bits;
            memcpy(&bits, &f, 4);
            mant = unpackfloat(bits, 23, 8, -127, &exp);
        } else {
            uint64_t bits;
            memcpy(&bits, &a, 8);
            mant = unpackfloat(bits, 52, 11, -1023, &exp);
        }
        if (fmt == 'b')
            fmtB(b, neg, mant, exp, mantbits);
        else
            fmtX(b, prec, fmt, neg, mant, exp, mantbits);
        return;
    }

    decdigits dbuf, *d = &dbuf;
    bool sh = prec < 0;
    if (a == 0) {
        d->nd = 0;
        d->dp = 0;
        if (sh)
            prec = 0; /* shortest zero: no digits at all */
        else if ((fmt == 'g' || fmt == 'G') && prec == 0)
            prec = 1;
    } else if (sh) {
        shortest(a, bitsize, d);
        switch (fmt) {
        case 'e':
        case 'E':
            prec = d->nd - 1 > 0 ? d->nd - 1 : 0;
            break;
        case 'f':
            prec = d->nd - d->dp > 0 ? d->nd - d->dp : 0;
            break;
        default:
            prec = d->nd;
        }
    } else {
        switch (fmt) {
        case 'e':
        case 'E':
            fixed_e(a, prec + 1, d);
            break;
        case 'f':
            fixed_f(a, prec, d);
            break;
        default:
            if (prec == 0)
                prec = 1;
            fixed_e(a, prec, d);
        }
    }
    formatDigits(b, sh, neg, d, prec, fmt);
}
