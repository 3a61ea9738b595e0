/*
 * tests/fuzz/fuzz_slice.c — libFuzzer harness: slices and string conversions
 * against a reference model.
 *
 * The input is a program. Byte 0 picks the element type of the four slice
 * variables s0..s3 (uint8, int32, int64, [3]int32, string); every following
 * operation is an opcode byte plus argument bytes:
 *   make(len, cap), nil, append one, append many (values or another
 *   variable's elements, which may alias the destination), s[lo:hi],
 *   s[lo:hi:max], copy(a[i:], b[j:]) (overlapping when both share an array),
 *   and standalone conversions of input bytes: string([]byte), []byte(s),
 *   []rune(s), string([]rune), string(rune), concatenation, the UTF-8 decoder.
 *
 * The model keeps Go's slice semantics explicitly: backing arrays (values
 * per element) and, per variable, (array, offset, len, cap). append within
 * capacity writes into the shared array (visible through every alias);
 * beyond it the model makes a new array whose capacity follows gc's rule
 * (nextslicecap of the go1.22 era, then the allocator's size class via
 * goc_roundupsize) and copies len elements. After every operation each
 * variable's len, cap and elements are compared with the model, and so is
 * aliasing: variables on one model array must be at the model's distance
 * from each other in memory, variables on different arrays must not overlap.
 * Conversions are compared with a UTF-8 codec written here from the spec
 * (invalid bytes → U+FFFD width 1; surrogates and > U+10FFFF invalid).
 *
 * A divergence prints what differed and aborts (libFuzzer saves the input).
 * Operations executed are counted and printed at exit; FUZZ_OPS_FILE=<path>
 * also writes the total there. Run with GOCGROW unset (go1.22 rules).
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "goc.h"

#define NVAR 4
#define MAXARR 64      /* model arrays per input */
#define MAXCAP 20000   /* longer slices are not appended to (keeps every check cheap) */

static unsigned long long nops, ninputs;

static void report(void) {
    fprintf(stderr, "fuzz_slice: %llu operations in %llu inputs, 0 divergences\n", nops, ninputs);
    const char *f = getenv("FUZZ_OPS_FILE");
    if (f != NULL) {
        FILE *fp = fopen(f, "w");
        if (fp != NULL) {
            fprintf(fp, "%llu %llu\n", nops, ninputs);
            fclose(fp);
        }
    }
}

static int curop = -1;
static const char *curtype = "?";
static _Noreturn void diverge(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
static _Noreturn void diverge(const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    fprintf(stderr, "DIVERGENCE ([]%s, operation #%d): ", curtype, curop);
    vfprintf(stderr, fmt, ap);
    fprintf(stderr, "\n");
    va_end(ap);
    abort();
}

/* ---- element types ---- */

typedef struct i32x3 {
    int32_t a[3];
} i32x3;
GOC_DESCRIBE(t_i32x3, goc_arraytype, "[3]int32",
             {.Type = GOC_TYPEINIT(12, 4, GOC_ARRAY, GOC_TFLAG_REGULARMEMORY, 0, NULL), .Elem = &goc_type_int32,
              .Len = 3});
#define t_i32x3 (t_i32x3_desc.d.Type)

enum { E_U8, E_I32, E_I64, E_I32X3, E_STR, NELEM };
static const goc_type *elemtype[NELEM] = {&goc_type_uint8, &goc_type_int32, &goc_type_int64, &t_i32x3,
                                          &goc_type_string};
static const char *elemname[NELEM] = {"uint8", "int32", "int64", "[3]int32", "string"};
static int ek;
static const goc_type *et;
static size_t esz;

/* Element values: the model holds a uint64 v per element; 0 is the zero value. */
static goc_int vstr(uint64_t v, char *buf) {
    return v == 0 ? 0 : snprintf(buf, 24, "%llx", (unsigned long long)v);
}
static void encode(uint64_t v, void *p) {
    switch (ek) {
    case E_U8: *(uint8_t *)p = (uint8_t)v; break;
    case E_I32: { int32_t x = (int32_t)v; memcpy(p, &x, 4); break; }
    case E_I64: memcpy(p, &v, 8); break;
    case E_I32X3: {
        int32_t x[3] = {(int32_t)v, (int32_t)(v ^ 0x5555), (int32_t)(v >> 32)};
        if (v == 0)
            x[1] = 0;
        memcpy(p, x, 12);
        break;
    }
    case E_STR: {
        char buf[24];
        goc_int n = vstr(v, buf);
        goc_string s = {NULL, n};
        if (n > 0) {
            uint8_t *q = goc_alloc((uintptr_t)n, false); /* kept alive only by the slice */
            memcpy(q, buf, (size_t)n);
            s.str = q;
        }
        memcpy(p, &s, sizeof s);
        break;
    }
    }
}
/* Values as stored: truncated to what the element type keeps. */
static uint64_t norm(uint64_t v) {
    switch (ek) {
    case E_U8: return v & 0xff;
    case E_I32: return v & 0xffffffff;
    default: return v;
    }
}
static bool elemeq(const void *p, uint64_t v) {
    if (ek == E_STR) {
        goc_string s;
        char buf[24];
        memcpy(&s, p, sizeof s);
        goc_int n = vstr(v, buf);
        return s.len == n && (n == 0 || memcmp(s.str, buf, (size_t)n) == 0);
    }
    uint8_t want[16];
    encode(v, want);
    return memcmp(p, want, esz) == 0;
}

/* ---- the model ---- */

typedef struct marray {
    uint64_t *v;
    goc_int cap;
    uint8_t *base; /* the real array's address (NULL until known) */
} marray;

typedef struct mslice {
    int arr; /* -1: nil */
    goc_int off, len, cap;
} mslice;

static marray arrs[MAXARR];
static int narr;
static mslice ms[NVAR];
/* The real variables: global, so the collector sees them as roots. */
static goc_slice rs[NVAR];

static int newarray(goc_int cap) {
    if (narr == MAXARR) { /* reuse the first array no variable refers to */
        for (int a = 0; a < MAXARR; a++) {
            bool used = false;
            for (int i = 0; i < NVAR; i++)
                used |= ms[i].arr == a;
            if (!used) {
                free(arrs[a].v);
                arrs[a] = (marray){calloc((size_t)cap + 1, 8), cap, NULL};
                return a;
            }
        }
        diverge("model out of arrays");
    }
    arrs[narr] = (marray){calloc((size_t)cap + 1, 8), cap, NULL};
    return narr++;
}

static void freeall(void) {
    for (int a = 0; a < narr; a++)
        free(arrs[a].v);
    narr = 0;
    for (int i = 0; i < NVAR; i++) {
        ms[i] = (mslice){-1, 0, 0, 0};
        rs[i] = (goc_slice){NULL, 0, 0};
    }
}

/* gc's growth rule, go1.22 era (runtime/slice.go nextslicecap + roundupsize). */
static goc_int wantcap(goc_int newLen, goc_int oldCap) {
    goc_int newcap = oldCap, doublecap = oldCap + oldCap;
    if (newLen > doublecap) {
        newcap = newLen;
    } else if (oldCap < 256) {
        newcap = doublecap;
    } else {
        while ((uint64_t)newcap < (uint64_t)newLen)
            newcap += (newcap + 3 * 256) >> 2;
    }
    bool noscan = et->PtrBytes == 0;
    return (goc_int)(goc_roundupsize((uintptr_t)newcap * esz, noscan) / esz);
}

static void check(const char *what) {
    for (int i = 0; i < NVAR; i++) {
        const mslice *m = &ms[i];
        const goc_slice *r = &rs[i];
        if (m->arr < 0) {
            if (r->ptr != NULL || r->len != 0 || r->cap != 0)
                diverge("after %s: s%d should be nil", what, i);
            continue;
        }
        if (r->len != m->len || r->cap != m->cap)
            diverge("after %s: s%d len=%lld cap=%lld, model len=%lld cap=%lld", what, i, (long long)r->len,
                    (long long)r->cap, (long long)m->len, (long long)m->cap);
        if (r->ptr == NULL)
            diverge("after %s: s%d has a NULL pointer but is not nil", what, i);
        marray *a = &arrs[m->arr];
        uint8_t *base = (uint8_t *)r->ptr - (size_t)m->off * esz;
        if (m->cap > 0 || m->off > 0) {
            if (a->base == NULL)
                a->base = base;
            else if (a->base != base)
                diverge("after %s: s%d is not where its array is (aliasing lost)", what, i);
        }
        for (goc_int j = 0; j < m->len; j++)
            if (!elemeq((uint8_t *)r->ptr + (size_t)j * esz, a->v[m->off + j]))
                diverge("after %s: s%d[%lld] differs from the model value %llu", what, i, (long long)j,
                        (unsigned long long)a->v[m->off + j]);
    }
    /* Distinct model arrays must not overlap in memory. */
    for (int i = 0; i < NVAR; i++)
        for (int j = i + 1; j < NVAR; j++) {
            if (ms[i].arr < 0 || ms[j].arr < 0 || ms[i].arr == ms[j].arr || ms[i].cap == 0 || ms[j].cap == 0)
                continue;
            uint8_t *p = rs[i].ptr, *q = rs[j].ptr;
            if (p < q + (size_t)rs[j].cap * esz && q < p + (size_t)rs[i].cap * esz)
                diverge("after %s: s%d and s%d overlap but should not alias", what, i, j);
        }
}

/* ---- input cursor ---- */

typedef struct cursor {
    const uint8_t *p;
    size_t n;
} cursor;
static uint8_t next(cursor *c) {
    if (c->n == 0)
        return 0;
    c->n--;
    return *c->p++;
}
static goc_int nextlen(cursor *c, goc_int max) {
    uint8_t b = next(c);
    goc_int v = (b & 0x80) ? (goc_int)(((b & 0x7f) << 8) | next(c)) : b;
    return max <= 0 ? 0 : v % (max + 1);
}

static uint64_t counter;

/* ---- slice operations ---- */

static void op_make(int i, goc_int len, goc_int cap) {
    nops++;
    goc_slice s = goc_makeslice(et, len, cap);
    int a = newarray(cap);
    rs[i] = s;
    ms[i] = (mslice){a, 0, len, cap};
}

/*
 * append(s[i], vals...) with the generated-code fast path. src: the real
 * source elements for append(s, t...) (copied with memmove as generated code
 * does, after any growth), or NULL to store vals.
 */
static void op_append(int i, const uint64_t *vals, goc_int n, const void *src) {
    mslice *m = &ms[i];
    goc_slice s = rs[i];
    goc_int oldLen = s.len, newLen = s.len + n;
    if (newLen > MAXCAP)
        return;
    if ((goc_uint)newLen > (goc_uint)s.cap) {
        nops++;
        s = goc_growslice(s.ptr, newLen, s.cap, n, et);
        goc_int c = wantcap(newLen, m->arr < 0 ? 0 : m->cap);
        if (s.cap != c)
            diverge("growslice(len %lld, cap %lld, +%lld): cap %lld, want %lld", (long long)oldLen,
                    (long long)m->cap, (long long)n, (long long)s.cap, (long long)c);
        if (s.len != newLen)
            diverge("growslice returned len %lld, want %lld", (long long)s.len, (long long)newLen);
        int a = newarray(c);
        if (m->arr >= 0)
            memcpy(arrs[a].v, arrs[m->arr].v + m->off, (size_t)oldLen * 8);
        *m = (mslice){a, 0, newLen, c};
    } else {
        s.len = newLen;
        m->len = newLen;
    }
    if (src != NULL && n > 0)
        memmove((uint8_t *)s.ptr + (size_t)oldLen * esz, src, (size_t)n * esz);
    for (goc_int j = 0; j < n; j++) {
        if (src == NULL)
            encode(vals[j], (uint8_t *)s.ptr + (size_t)(oldLen + j) * esz);
        arrs[m->arr].v[m->off + oldLen + j] = norm(vals[j]);
    }
    rs[i] = s;
}

/* s[dst] = s[src][lo:hi:max] (valid bounds only; gc keeps the base pointer when the cap is 0). */
static void op_slice3(int dst, int src, goc_int lo, goc_int hi, goc_int max) {
    mslice m = ms[src];
    goc_slice r = rs[src];
    if (m.arr < 0)
        return;
    if (!(0 <= lo && lo <= hi && hi <= max && max <= m.cap))
        return;
    goc_slice n = {r.ptr, hi - lo, max - lo};
    if (max - lo > 0)
        n.ptr = (uint8_t *)r.ptr + (size_t)lo * esz;
    ms[dst] = (mslice){m.arr, max - lo > 0 ? m.off + lo : m.off, hi - lo, max - lo};
    rs[dst] = n;
}

static void op_copy(int dst, goc_int i, int src, goc_int j) {
    mslice *d = &ms[dst], *s = &ms[src];
    if (i > d->len || j > s->len)
        return;
    goc_int tl = d->len - i, fl = s->len - j;
    void *tp = rs[dst].ptr ? (uint8_t *)rs[dst].ptr + (size_t)i * esz : NULL;
    const void *fp = rs[src].ptr ? (uint8_t *)rs[src].ptr + (size_t)j * esz : NULL;
    nops++;
    goc_int n = goc_slicecopy(tp, tl, fp, fl, esz);
    goc_int want = tl < fl ? tl : fl;
    if (n != want)
        diverge("copy returned %lld, want %lld", (long long)n, (long long)want);
    if (want > 0) /* memmove semantics: read all, then write */
        memmove(arrs[d->arr].v + d->off + i, arrs[s->arr].v + s->off + j, (size_t)want * 8);
}

/* ---- UTF-8, from the spec ---- */

static int32_t refdecode(const uint8_t *p, goc_int n, goc_int *w) {
    uint8_t b = p[0];
    *w = 1;
    if (b < 0x80)
        return b;
    int need;
    int32_t r, min;
    if (b >= 0xc2 && b <= 0xdf) { need = 1; r = b & 0x1f; min = 0x80; }
    else if (b >= 0xe0 && b <= 0xef) { need = 2; r = b & 0x0f; min = 0x800; }
    else if (b >= 0xf0 && b <= 0xf4) { need = 3; r = b & 0x07; min = 0x10000; }
    else return 0xFFFD;
    if (n < need + 1)
        return 0xFFFD;
    for (int k = 1; k <= need; k++) {
        if ((p[k] & 0xc0) != 0x80)
            return 0xFFFD;
        r = (r << 6) | (p[k] & 0x3f);
    }
    if (r < min || r > 0x10ffff || (r >= 0xd800 && r <= 0xdfff))
        return 0xFFFD;
    *w = need + 1;
    return r;
}

static int refencode(int32_t r, uint8_t *p) {
    if (r < 0 || r > 0x10ffff || (r >= 0xd800 && r <= 0xdfff))
        r = 0xFFFD;
    if (r < 0x80) { p[0] = (uint8_t)r; return 1; }
    if (r < 0x800) { p[0] = (uint8_t)(0xc0 | (r >> 6)); p[1] = (uint8_t)(0x80 | (r & 0x3f)); return 2; }
    if (r < 0x10000) {
        p[0] = (uint8_t)(0xe0 | (r >> 12)); p[1] = (uint8_t)(0x80 | ((r >> 6) & 0x3f));
        p[2] = (uint8_t)(0x80 | (r & 0x3f));
        return 3;
    }
    p[0] = (uint8_t)(0xf0 | (r >> 18)); p[1] = (uint8_t)(0x80 | ((r >> 12) & 0x3f));
    p[2] = (uint8_t)(0x80 | ((r >> 6) & 0x3f)); p[3] = (uint8_t)(0x80 | (r & 0x3f));
    return 4;
}

static bool streq(goc_string s, const uint8_t *p, goc_int n) {
    return s.len == n && (n == 0 || memcmp(s.str, p, (size_t)n) == 0);
}

/* String conversions of n input bytes (and of the same bytes read as runes). */
static void op_strings(cursor *c) {
    uint8_t buf[256];
    goc_int n = nextlen(c, 255);
    for (goc_int k = 0; k < n; k++)
        buf[k] = next(c);

    nops++; /* string(b) */
    goc_string s = goc_slicebytetostring(buf, n);
    if (!streq(s, buf, n) || (n > 0 && s.str == buf))
        diverge("string([]byte) of %lld bytes: wrong bytes or no copy", (long long)n);

    nops++; /* []byte(s): a copy, cap from the size class */
    goc_slice b = goc_stringtoslicebyte(s);
    if (b.len != n || (goc_uint)b.cap != goc_roundupsize((uintptr_t)n, true) ||
        (n > 0 && memcmp(b.ptr, buf, (size_t)n) != 0))
        diverge("[]byte(string) of %lld bytes: len %lld cap %lld", (long long)n, (long long)b.len,
                (long long)b.cap);
    if (n > 0) {
        ((uint8_t *)b.ptr)[0] ^= 0xff;
        if (s.str[0] != buf[0])
            diverge("[]byte(string) shares memory with the string");
    }

    int32_t want[256];
    goc_int nr = 0;
    for (goc_int k = 0; k < n;) {
        goc_int w, nxt;
        want[nr++] = refdecode(buf + k, n - k, &w);
        nops++; /* the decoder of for-range */
        int32_t got = goc_decoderune(s, k, &nxt);
        if (got != want[nr - 1] || nxt != k + w)
            diverge("decoderune at %lld: %d next %lld, want %d next %lld", (long long)k, got, (long long)nxt,
                    want[nr - 1], (long long)(k + w));
        k += w;
    }
    nops++; /* []rune(s) */
    goc_slice rr = goc_stringtoslicerune(s);
    if (rr.len != nr || rr.cap < nr || (nr > 0 && memcmp(rr.ptr, want, (size_t)nr * 4) != 0))
        diverge("[]rune(string) of %lld bytes: %lld runes, want %lld", (long long)n, (long long)rr.len,
                (long long)nr);

    /* string([]rune) over arbitrary int32s built from the input (invalid ones → U+FFFD) */
    int32_t runes[64];
    goc_int m = n / 4 < 64 ? n / 4 : 64;
    uint8_t enc[64 * 4];
    goc_int elen = 0;
    for (goc_int k = 0; k < m; k++) {
        uint32_t u;
        memcpy(&u, buf + 4 * k, 4);
        if (buf[4 * k] & 1) /* mostly valid code points */
            u %= 0x110000;
        runes[k] = (int32_t)u;
        elen += refencode(runes[k], enc + elen);
        uint8_t one[4];
        int ol = refencode(runes[k], one);
        nops++; /* string(rune) */
        goc_string rs1 = goc_intstring(runes[k]);
        if (!streq(rs1, one, ol))
            diverge("string(rune(%d)) wrong", runes[k]);
        uint8_t e2[4];
        nops++;
        if (goc_encoderune(e2, runes[k]) != ol || memcmp(e2, one, (size_t)ol) != 0 ||
            goc_runelen(runes[k]) != (runes[k] < 0 || runes[k] > 0x10ffff || (runes[k] >= 0xd800 && runes[k] <= 0xdfff) ? 3 : ol))
            diverge("encoderune/runelen(%d) wrong", runes[k]);
    }
    nops++;
    goc_string rstr = goc_slicerunetostring(runes, m);
    if (!streq(rstr, enc, elen))
        diverge("string([]rune) of %lld runes: %lld bytes, want %lld", (long long)m, (long long)rstr.len,
                (long long)elen);

    nops++; /* s + string(runes) */
    goc_string cat = goc_concatstring2(s, rstr);
    if (cat.len != n + elen || (n > 0 && memcmp(cat.str, buf, (size_t)n) != 0) ||
        (elen > 0 && memcmp(cat.str + n, enc, (size_t)elen) != 0))
        diverge("concatenation wrong");
    nops++;
    goc_int cmp = goc_cmpstring(s, rstr);
    goc_int l = n < elen ? n : elen;
    int mc = l > 0 ? memcmp(buf, enc, (size_t)l) : 0;
    goc_int wc = mc < 0 ? -1 : mc > 0 ? 1 : n < elen ? -1 : n > elen ? 1 : 0;
    if (cmp != wc)
        diverge("cmpstring = %lld, want %lld", (long long)cmp, (long long)wc);
}

/* ---- the interpreter ---- */

static int gcbudget;

static void run(const uint8_t *data, size_t size) {
    cursor c = {data, size};
    ek = next(&c) % NELEM;
    et = elemtype[ek];
    esz = et->Size_;
    curtype = elemname[ek];
    counter = 0;
    gcbudget = 1;
    freeall();
    curop = 0;
    while (c.n > 0) {
        curop++;
        uint8_t op = next(&c);
        int i = op >> 6 & 3; /* the variable operated on */
        const char *what = "?";
        switch (op % 12) {
        case 0: { /* s = make([]T, len, cap) */
            what = "make";
            goc_int cap = nextlen(&c, 300);
            op_make(i, nextlen(&c, cap), cap);
            break;
        }
        case 1: /* s = nil */
            what = "nil";
            ms[i] = (mslice){-1, 0, 0, 0};
            rs[i] = (goc_slice){NULL, 0, 0};
            break;
        case 2: case 3: { /* s = append(s, v) */
            what = "append one";
            uint64_t v = ++counter * 0x10001 + next(&c);
            op_append(i, &v, 1, NULL);
            break;
        }
        case 4: { /* s = append(s, v1, ..., vn) */
            what = "append many";
            static uint64_t vals[1 << 15];
            goc_int n = nextlen(&c, 4096);
            for (goc_int k = 0; k < n; k++)
                vals[k] = ++counter * 0x10001;
            op_append(i, vals, n, NULL);
            break;
        }
        case 5: { /* s = append(s, t[lo:hi]...) where t may be s itself */
            what = "append slice";
            int j = next(&c) & 3;
            static uint64_t vals[MAXCAP + 1];
            if (ms[j].arr < 0)
                break;
            goc_int lo = nextlen(&c, ms[j].len), hi = lo + nextlen(&c, ms[j].len - lo);
            memcpy(vals, arrs[ms[j].arr].v + ms[j].off + lo, (size_t)(hi - lo) * 8);
            /* the real source is read from memory: check it equals the model */
            for (goc_int k = lo; k < hi; k++)
                if (!elemeq((uint8_t *)rs[j].ptr + (size_t)k * esz, vals[k - lo]))
                    diverge("append source differs");
            op_append(i, vals, hi - lo, (uint8_t *)rs[j].ptr + (size_t)lo * esz);
            break;
        }
        case 6: case 7: { /* s[i] = s[j][lo:hi] */
            what = "slice";
            int j = next(&c) & 3;
            goc_int hi = nextlen(&c, ms[j].cap), lo = nextlen(&c, hi);
            op_slice3(i, j, lo, hi, ms[j].cap);
            break;
        }
        case 8: { /* s[i] = s[j][lo:hi:max] */
            what = "3-index slice";
            int j = next(&c) & 3;
            goc_int max = nextlen(&c, ms[j].cap), hi = nextlen(&c, max), lo = nextlen(&c, hi);
            op_slice3(i, j, lo, hi, max);
            break;
        }
        case 9: { /* copy(s[i][a:], s[j][b:]) */
            what = "copy";
            int j = next(&c) & 3;
            goc_int a = nextlen(&c, ms[i].len), b = nextlen(&c, ms[j].len);
            op_copy(i, a, j, b);
            break;
        }
        case 10:
            what = "string conversions";
            op_strings(&c);
            break;
        case 11:
            what = "GC";
            if ((op & 0x30) == 0x30 && gcbudget > 0) {
                gcbudget--;
                goc_GC();
            }
            break;
        }
        check(what);
    }
    curop = -1;
    freeall();
}

int LLVMFuzzerInitialize(int *argc, char ***argv) {
    goc_init(*argc, *argv);
    atexit(report);
    return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    if (size < 1)
        return 0;
    ninputs++;
    run(data, size);
    return 0;
}
