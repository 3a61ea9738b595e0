#include "goc_rt.h"
#include "linkname.h"
/*
 * runtime/fmt.c — the fmt subset on type descriptors (Go: fmt/print.go,
 * fmt/format.go). Helpers: fmt_float.c (float text), fmt_quote.c (%q,
 * IsPrint, UTF-8), fmt_sort.c (map key order), fmt_errors.c (errors.New,
 * Errorf and their error types).
 *
 * Data layout. A printer (pp) owns one growable output buffer (goc_fmtbuf,
 * atomic memory), the flags of the verb being formatted (fmtflags, width,
 * precision) and two views of the operand, as Go's printer does:
 *   arg    the operand as an interface would hold it (used for method
 *          calls and for the "%!verb(type=value)" text of bad verbs);
 *   value  the value printValue is walking (a field, an element, a key).
 * A value is a `val`: its descriptor t (NULL: nil interface / invalid), a
 * pointer p to its storage, and ro, set when it was reached through an
 * unexported struct field; like reflect's flagRO, ro stops method calls
 * (String, Error) on it and on everything below it.
 *
 * Invariants: nothing is written to a file descriptor until the whole
 * output of a call is built, then it is written with one goc_writefd (Go's
 * *os.File is unbuffered). Verbs, flags and the order of checks follow
 * print.go: %T and %p first, then GoString for %#v and Error/String for
 * %v %s %x %X %q (Error wins; only for values fmt could reach through
 * exported fields), then the kind. Map entries are printed sorted by key with internal/fmtsort's rules
 * (fmt_sort.c). A String/Error method that panics prints
 * "%!v(PANIC=String method: ...)", or "<nil>" when the receiver is a nil
 * pointer, as catchPanic does.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* ---- the output buffer ---- */

static void buf_grow(goc_fmtbuf *b, goc_int n) {
    goc_int need = b->len + n;
    if (need <= b->cap)
        return;
    goc_int cap = b->cap * 2 + n;
    if (cap < 64)
        cap = 64;
    uint8_t *np = goc_alloc((uintptr_t)cap, false);
    if (b->len > 0)
        memcpy(np, b->p, (size_t)b->len);
    b->p = np;
    b->cap = cap;
}

void goc_fmtbuf_write(goc_fmtbuf *b, const void *s, goc_int n) {
    if (n <= 0)
        return;
    buf_grow(b, n);
    memcpy(b->p + b->len, s, (size_t)n);
    b->len += n;
}

void goc_fmtbuf_byte(goc_fmtbuf *b, uint8_t c) {
    buf_grow(b, 1);
    b->p[b->len++] = c;
}

static void buf_str(goc_fmtbuf *b, const char *s) { goc_fmtbuf_write(b, s, (goc_int)strlen(s)); }

static void buf_rune(goc_fmtbuf *b, int32_t r) {
    uint8_t tmp[4];
    goc_fmtbuf_write(b, tmp, goc_fmt_encoderune(tmp, r));
}

/* ---- values ---- */

typedef struct val {
    const goc_type *t; /* NULL: no value (nil interface) */
    const void *p;     /* the value's storage */
    bool ro;           /* reached through an unexported field: no method calls */
} val;

static const char ldigits[] = "0123456789abcdefx";
static const char udigits[] = "0123456789ABCDEFX";

/* The value held by interface storage at p (eface or iface by the interface type's method count). */
static val iface_elem(const goc_type *it, const void *p, bool ro) {
    const goc_type *dyn;
    void *const *datap;
    if (((const goc_interfacetype *)it)->Methods.len == 0) {
        const goc_eface *e = p;
        dyn = e->type;
        datap = &e->data;
    } else {
        const goc_iface *i = p;
        dyn = i->tab ? i->tab->Type : NULL;
        datap = &i->data;
    }
    val v = {dyn, NULL, ro};
    if (dyn)
        v.p = goc_isdirectiface(dyn) ? (const void *)datap : *datap;
    return v;
}

/* value.Interface(): an interface value gives its dynamic value. */
static val interfaceof(val v) {
    if (v.t && goc_typekind(v.t) == GOC_INTERFACE)
        return iface_elem(v.t, v.p, v.ro);
    return v;
}

/* The interface data word for v (the receiver of a method called through an interface). */
static void *dataword(val v) {
    if (goc_isdirectiface(v.t))
        return *(void *const *)v.p;
    return (void *)v.p;
}

static int64_t val_int(val v) {
    switch (goc_typekind(v.t)) {
    case GOC_INT8: return *(const int8_t *)v.p;
    case GOC_INT16: return *(const int16_t *)v.p;
    case GOC_INT32: return *(const int32_t *)v.p;
    default: return *(const int64_t *)v.p;
    }
}

static uint64_t val_uint(val v) {
    switch (goc_typekind(v.t)) {
    case GOC_UINT8: return *(const uint8_t *)v.p;
    case GOC_UINT16: return *(const uint16_t *)v.p;
    case GOC_UINT32: return *(const uint32_t *)v.p;
    default: return *(const uint64_t *)v.p;
    }
}

static bool kind_isint(uint8_t k) { return k >= GOC_INT && k <= GOC_INT64; }
static bool kind_isuint(uint8_t k) { return k >= GOC_UINT && k <= GOC_UINTPTR; }

static double val_float(val v) {
    return goc_typekind(v.t) == GOC_FLOAT32 ? (double)*(const float *)v.p : *(const double *)v.p;
}

static void val_complex(val v, double *re, double *im) {
    if (goc_typekind(v.t) == GOC_COMPLEX64) {
        const float *f = v.p;
        *re = f[0];
        *im = f[1];
    } else {
        const double *d = v.p;
        *re = d[0];
        *im = d[1];
    }
}

/* ---- the printer ---- */

typedef struct fmtflags {
    bool widPresent, precPresent, minus, plus, sharp, space, zero;
    bool plusV, sharpV; /* %+v, %#v */
} fmtflags;

typedef struct pp {
    goc_fmtbuf buf;
    fmtflags f;
    int wid, prec;
    val arg;   /* p.arg; arg.t == NULL: none */
    val value; /* p.value */
    bool erroring, panicking, wrapErrs, reordered, goodArgNum;
    goc_int *wrapped; /* argument numbers of %w verbs (Errorf) */
    int nwrapped, capwrapped;
} pp;

static void clearflags(pp *p) {
    memset(&p->f, 0, sizeof p->f);
    p->wid = 0;
    p->prec = 0;
}

static void writePadding(pp *p, int n) {
    if (n <= 0)
        return;
    uint8_t c = (p->f.zero && !p->f.minus) ? '0' : ' ';
    buf_grow(&p->buf, n);
    memset(p->buf.p + p->buf.len, c, (size_t)n);
    p->buf.len += n;
}

/* Append s padded to the width (counted in runes). */
static void pad(pp *p, const void *s, goc_int n) {
    if (!p->f.widPresent || p->wid == 0) {
        goc_fmtbuf_write(&p->buf, s, n);
        return;
    }
    int width = p->wid - (int)goc_fmt_runecount(s, n);
    if (!p->f.minus) {
        writePadding(p, width);
        goc_fmtbuf_write(&p->buf, s, n);
    } else {
        goc_fmtbuf_write(&p->buf, s, n);
        writePadding(p, width);
    }
}

static void padStr(pp *p, const char *s) { pad(p, s, (goc_int)strlen(s)); }

static void fmtBoolean(pp *p, bool v) { padStr(p, v ? "true" : "false"); }

/* U+0078, or with # U+0078 'x' */
static void fmtUnicode(pp *p, uint64_t u) {
    uint8_t tmp[64]; /* scratch; grows into the heap when too small */
    goc_fmtbuf t = {tmp, 0, sizeof tmp};
    int prec = 4;
    if (p->f.precPresent && p->prec > 4)
        prec = p->prec;
    char digits[24];
    int nd = 0;
    uint64_t x = u;
    do {
        digits[nd++] = udigits[x & 0xF];
        x >>= 4;
    } while (x != 0);
    goc_fmtbuf_write(&t, "U+", 2);
    for (int i = nd; i < prec; i++)
        goc_fmtbuf_byte(&t, '0');
    while (nd > 0)
        goc_fmtbuf_byte(&t, (uint8_t)digits[--nd]);
    if (p->f.sharp && u <= 0x10FFFF && goc_fmt_isprint((int32_t)u)) {
        goc_fmtbuf_write(&t, " '", 2);
        buf_rune(&t, (int32_t)u);
        goc_fmtbuf_byte(&t, '\'');
    }
    bool oldZero = p->f.zero;
    p->f.zero = false;
    pad(p, t.p, t.len);
    p->f.zero = oldZero;
}

/* Go: (*fmt).fmtInteger */
static void fmtInteger(pp *p, uint64_t u, int base, bool isSigned, int32_t verb, const char *digits) {
    bool negative = isSigned && (int64_t)u < 0;
    if (negative)
        u = -u;
    char small[68];
    char *buf = small;
    int len = (int)sizeof small;
    if (p->f.widPresent || p->f.precPresent) {
        int width = 3 + p->wid + p->prec;
        if (width > len) {
            buf = goc_alloc((uintptr_t)width, false);
            len = width;
        }
    }
    int prec = 0;
    if (p->f.precPresent) {
        prec = p->prec;
        if (prec == 0 && u == 0) {
            bool oldZero = p->f.zero;
            p->f.zero = false;
            writePadding(p, p->wid);
            p->f.zero = oldZero;
            return;
        }
    } else if (p->f.zero && !p->f.minus && p->f.widPresent) {
        prec = p->wid;
        if (negative || p->f.plus || p->f.space)
            prec--;
    }
    int i = len;
    switch (base) {
    case 10:
        while (u >= 10) {
            buf[--i] = (char)('0' + u % 10);
            u /= 10;
        }
        break;
    case 16:
        while (u >= 16) {
            buf[--i] = digits[u & 0xF];
            u >>= 4;
        }
        break;
    case 8:
        while (u >= 8) {
            buf[--i] = (char)('0' + (u & 7));
            u >>= 3;
        }
        break;
    default:
        while (u >= 2) {
            buf[--i] = (char)('0' + (u & 1));
            u >>= 1;
        }
    }
    buf[--i] = digits[u];
    while (i > 0 && prec > len - i)
        buf[--i] = '0';
    if (p->f.sharp) {
        switch (base) {
        case 2:
            buf[--i] = 'b';
            buf[--i] = '0';
            break;
        case 8:
            if (buf[i] != '0')
                buf[--i] = '0';
            break;
        case 16:
            buf[--i] = digits[16];
            buf[--i] = '0';
            break;
        }
    }
    if (verb == 'O') {
        buf[--i] = 'o';
        buf[--i] = '0';
    }
    if (negative)
        buf[--i] = '-';
    else if (p->f.plus)
        buf[--i] = '+';
    else if (p->f.space)
        buf[--i] = ' ';
    bool oldZero = p->f.zero;
    p->f.zero = false;
    pad(p, buf + i, len - i);
    p->f.zero = oldZero;
}

/* s cut to the precision (in runes), if one is present */
static goc_int truncateS(pp *p, const uint8_t *s, goc_int n) {
    if (p->f.precPresent) {
        int left = p->prec;
        for (goc_int i = 0; i < n;) {
            if (--left < 0)
                return i;
            int w = 1;
            if (s[i] >= 0x80)
                goc_fmt_decoderune(s + i, n - i, &w);
            i += w;
        }
    }
    return n;
}

static void fmtS(pp *p, const uint8_t *s, goc_int n) { pad(p, s, truncateS(p, s, n)); }

/* hex of a string's or byte slice's bytes (% x spaced, %#x with 0x) */
static void fmtSbx(pp *p, const uint8_t *s, goc_int length, const char *digits) {
    if (p->f.precPresent && p->prec < length)
        length = p->prec;
    goc_int width = 2 * length;
    if (width > 0) {
        if (p->f.space) {
            if (p->f.sharp)
                width *= 2;
            width += length - 1;
        } else if (p->f.sharp) {
            width += 2;
        }
    } else {
        if (p->f.widPresent)
            writePadding(p, p->wid);
        return;
    }
    if (p->f.widPresent && p->wid > width && !p->f.minus)
        writePadding(p, (int)(p->wid - width));
    goc_fmtbuf *b = &p->buf;
    if (p->f.sharp) {
        goc_fmtbuf_byte(b, '0');
        goc_fmtbuf_byte(b, (uint8_t)digits[16]);
    }
    for (goc_int i = 0; i < length; i++) {
        if (p->f.space && i > 0) {
            goc_fmtbuf_byte(b, ' ');
            if (p->f.sharp) {
                goc_fmtbuf_byte(b, '0');
                goc_fmtbuf_byte(b, (uint8_t)digits[16]);
            }
        }
        goc_fmtbuf_byte(b, (uint8_t)digits[s[i] >> 4]);
        goc_fmtbuf_byte(b, (uint8_t)digits[s[i] & 0xF]);
    }
    if (p->f.widPresent && p->wid > width && p->f.minus)
        writePadding(p, (int)(p->wid - width));
}

/* %q of a string: "..." escaped (%+q ASCII only), %#q `...` when possible */
static void fmtQ(pp *p, const uint8_t *s, goc_int n) {
    n = truncateS(p, s, n);
    uint8_t tmp[64]; /* scratch; grows into the heap when too small */
    goc_fmtbuf t = {tmp, 0, sizeof tmp};
    if (p->f.sharp && goc_fmt_canbackquote(s, n)) {
        goc_fmtbuf_byte(&t, '`');
        goc_fmtbuf_write(&t, s, n);
        goc_fmtbuf_byte(&t, '`');
    } else {
        goc_fmt_appendquote(&t, s, n, p->f.plus);
    }
    pad(p, t.p, t.len);
}

/* %c */
static void fmtC(pp *p, uint64_t c) {
    int32_t r = c > 0x10FFFF ? GOC_RUNE_ERROR : (int32_t)c;
    uint8_t tmp[4];
    pad(p, tmp, goc_fmt_encoderune(tmp, r));
}

/* %q of an integer: a quoted rune */
static void fmtQc(pp *p, uint64_t c) {
    int32_t r = c > 0x10FFFF ? GOC_RUNE_ERROR : (int32_t)c;
    uint8_t tmp[64]; /* scratch; grows into the heap when too small */
    goc_fmtbuf t = {tmp, 0, sizeof tmp};
    goc_fmt_appendquoterune(&t, r, p->f.plus);
    pad(p, t.p, t.len);
}

/* Go: (*fmt).fmtFloat */
static void fmtFloat(pp *p, double v, int size, char verb, int prec) {
    if (p->f.precPresent)
        prec = p->prec;
    uint8_t tmp[64], tmp2[96]; /* scratch; grows into the heap when too small */
    goc_fmtbuf nb = {tmp, 0, sizeof tmp};
    goc_fmtbuf_byte(&nb, '+');
    goc_fmt_appendfloat(&nb, v, verb, prec, size);
    uint8_t *num = nb.p;
    goc_int n = nb.len;
    if (num[1] == '-' || num[1] == '+') {
        num++;
        n--;
    } else {
        num[0] = '+';
    }
    if (p->f.space && num[0] == '+' && !p->f.plus)
        num[0] = ' ';
    if (num[1] == 'I' || num[1] == 'N') {
        bool oldZero = p->f.zero;
        p->f.zero = false;
        if (num[1] == 'N' && !p->f.space && !p->f.plus) {
            num++;
            n--;
        }
        pad(p, num, n);
        p->f.zero = oldZero;
        return;
    }
    if (p->f.sharp && verb != 'b') {
        int digits = 0;
        switch (verb) {
        case 'v':
        case 'g':
        case 'G':
        case 'x':
            digits = prec;
            if (digits == -1)
                digits = 6;
        }
        goc_fmtbuf out = {tmp2, 0, sizeof tmp2};
        uint8_t tail[8];
        int ntail = 0;
        bool hasDecimalPoint = false, sawNonzeroDigit = false;
        goc_int i;
        goc_int end = n;
        for (i = 1; i < end; i++) {
            uint8_t c = num[i];
            if (c == '.') {
                hasDecimalPoint = true;
            } else if (c == 'p' || c == 'P' || ((c == 'e' || c == 'E') && verb != 'x' && verb != 'X')) {
                ntail = (int)(end - i);
                if (ntail > (int)sizeof tail)
                    ntail = (int)sizeof tail;
                memcpy(tail, num + i, (size_t)ntail);
                end = i;
                break;
            } else {
                if (c != '0')
                    sawNonzeroDigit = true;
                if (sawNonzeroDigit)
                    digits--;
            }
        }
        goc_fmtbuf_write(&out, num, end);
        if (!hasDecimalPoint) {
            if (end == 2 && num[1] == '0')
                digits--;
            goc_fmtbuf_byte(&out, '.');
        }
        while (digits > 0) {
            goc_fmtbuf_byte(&out, '0');
            digits--;
        }
        goc_fmtbuf_write(&out, tail, ntail);
        num = out.p;
        n = out.len;
    }
    if (p->f.plus || num[0] != '+') {
        if (p->f.zero && !p->f.minus && p->f.widPresent && p->wid > n) {
            goc_fmtbuf_byte(&p->buf, num[0]);
            writePadding(p, (int)(p->wid - n));
            goc_fmtbuf_write(&p->buf, num + 1, n - 1);
            return;
        }
        pad(p, num, n);
        return;
    }
    pad(p, num + 1, n - 1);
}

/* ---- verbs by kind (print.go) ---- */

static void printArg(pp *p, val arg, int32_t verb);
static void printValue(pp *p, val v, int32_t verb, int depth);

static void typeString(pp *p, const goc_type *t) {
    goc_string s = goc_typestring(t);
    goc_fmtbuf_write(&p->buf, (const char *)s.str, s.len);
}

static void badVerb(pp *p, int32_t verb) {
    p->erroring = true;
    buf_str(&p->buf, "%!");
    buf_rune(&p->buf, verb);
    goc_fmtbuf_byte(&p->buf, '(');
    if (p->arg.t != NULL) {
        typeString(p, p->arg.t);
        goc_fmtbuf_byte(&p->buf, '=');
        printArg(p, p->arg, 'v');
    } else if (p->value.t != NULL) {
        typeString(p, p->value.t);
        goc_fmtbuf_byte(&p->buf, '=');
        printValue(p, p->value, 'v', 0);
    } else {
        buf_str(&p->buf, "<nil>");
    }
    goc_fmtbuf_byte(&p->buf, ')');
    p->erroring = false;
}

static void fmtBool(pp *p, bool v, int32_t verb) {
    if (verb == 't' || verb == 'v')
        fmtBoolean(p, v);
    else
        badVerb(p, verb);
}

/* hex with or without 0x, whatever the # flag says */
static void fmt0x64(pp *p, uint64_t v, bool leading0x) {
    bool sharp = p->f.sharp;
    p->f.sharp = leading0x;
    fmtInteger(p, v, 16, false, 'v', ldigits);
    p->f.sharp = sharp;
}

static void printInteger(pp *p, uint64_t v, bool isSigned, int32_t verb) {
    switch (verb) {
    case 'v':
        if (p->f.sharpV && !isSigned)
            fmt0x64(p, v, true);
        else
            fmtInteger(p, v, 10, isSigned, verb, ldigits);
        break;
    case 'd': fmtInteger(p, v, 10, isSigned, verb, ldigits); break;
    case 'b': fmtInteger(p, v, 2, isSigned, verb, ldigits); break;
    case 'o':
    case 'O': fmtInteger(p, v, 8, isSigned, verb, ldigits); break;
    case 'x': fmtInteger(p, v, 16, isSigned, verb, ldigits); break;
    case 'X': fmtInteger(p, v, 16, isSigned, verb, udigits); break;
    case 'c': fmtC(p, v); break;
    case 'q': fmtQc(p, v); break;
    case 'U': fmtUnicode(p, v); break;
    default: badVerb(p, verb);
    }
}

static void printFloat(pp *p, double v, int size, int32_t verb) {
    switch (verb) {
    case 'v': fmtFloat(p, v, size, 'g', -1); break;
    case 'b':
    case 'g':
    case 'G':
    case 'x':
    case 'X': fmtFloat(p, v, size, (char)verb, -1); break;
    case 'f':
    case 'e':
    case 'E': fmtFloat(p, v, size, (char)verb, 6); break;
    case 'F': fmtFloat(p, v, size, 'f', 6); break;
    default: badVerb(p, verb);
    }
}

static void printComplex(pp *p, double re, double im, int size, int32_t verb) {
    switch (verb) {
    case 'v':
    case 'b':
    case 'g':
    case 'G':
    case 'x':
    case 'X':
    case 'f':
    case 'F':
    case 'e':
    case 'E': {
        bool oldPlus = p->f.plus;
        goc_fmtbuf_byte(&p->buf, '(');
        printFloat(p, re, size / 2, verb);
        p->f.plus = true; /* the imaginary part always has a sign */
        printFloat(p, im, size / 2, verb);
        buf_str(&p->buf, "i)");
        p->f.plus = oldPlus;
        break;
    }
    default:
        badVerb(p, verb);
    }
}

static void printString(pp *p, const uint8_t *s, goc_int n, int32_t verb) {
    switch (verb) {
    case 'v':
        if (p->f.sharpV)
            fmtQ(p, s, n);
        else
            fmtS(p, s, n);
        break;
    case 's': fmtS(p, s, n); break;
    case 'x': fmtSbx(p, s, n, ldigits); break;
    case 'X': fmtSbx(p, s, n, udigits); break;
    case 'q': fmtQ(p, s, n); break;
    default: badVerb(p, verb);
    }
}

/* []byte (and byte arrays with %s %q %x %X); v is the value for other verbs */
static void printBytes(pp *p, const uint8_t *b, goc_int n, bool isnil, int32_t verb, goc_string typ, val v) {
    switch (verb) {
    case 'v':
    case 'd':
        if (p->f.sharpV) {
            goc_fmtbuf_write(&p->buf, (const char *)typ.str, typ.len);
            if (isnil) {
                buf_str(&p->buf, "(nil)");
                return;
            }
            goc_fmtbuf_byte(&p->buf, '{');
            for (goc_int i = 0; i < n; i++) {
                if (i > 0)
                    buf_str(&p->buf, ", ");
                fmt0x64(p, b[i], true);
            }
            goc_fmtbuf_byte(&p->buf, '}');
        } else {
            goc_fmtbuf_byte(&p->buf, '[');
            for (goc_int i = 0; i < n; i++) {
                if (i > 0)
                    goc_fmtbuf_byte(&p->buf, ' ');
                fmtInteger(p, b[i], 10, false, verb, ldigits);
            }
            goc_fmtbuf_byte(&p->buf, ']');
        }
        break;
    case 's': pad(p, b, truncateS(p, b, n)); break;
    case 'x': fmtSbx(p, b, n, ldigits); break;
    case 'X': fmtSbx(p, b, n, udigits); break;
    case 'q': fmtQ(p, b, n); break;
    default: printValue(p, v, verb, 0);
    }
}

static void printPointer(pp *p, val v, int32_t verb) {
    uintptr_t u;
    switch (goc_typekind(v.t)) {
    case GOC_CHAN:
    case GOC_FUNC:
    case GOC_MAP:
    case GOC_POINTER:
    case GOC_UNSAFEPOINTER: u = (uintptr_t) * (void *const *)v.p; break;
    case GOC_SLICE: u = (uintptr_t)((const goc_slice *)v.p)->ptr; break;
    default: badVerb(p, verb); return;
    }
    switch (verb) {
    case 'v':
        if (p->f.sharpV) {
            goc_fmtbuf_byte(&p->buf, '(');
            typeString(p, v.t);
            buf_str(&p->buf, ")(");
            if (u == 0)
                buf_str(&p->buf, "nil");
            else
                fmt0x64(p, u, true);
            goc_fmtbuf_byte(&p->buf, ')');
        } else if (u == 0) {
            padStr(p, "<nil>");
        } else {
            fmt0x64(p, u, !p->f.sharp);
        }
        break;
    case 'p': fmt0x64(p, u, !p->f.sharp); break;
    case 'b':
    case 'o':
    case 'd':
    case 'x':
    case 'X': printInteger(p, u, false, verb); break;
    default: badVerb(p, verb);
    }
}

/* ---- methods: Error, String, GoString ---- */

/* The Ifn of t's method name of type mtyp, or NULL. */
typedef void (*method_fn)(void);
static method_fn method(const goc_type *t, const char *name, const char *mtyp) {
    return goc_findmethod(t, name, mtyp);
}

typedef struct recoverer {
    goc_func fn;
    goc_eface *rec;
    volatile bool *panicked;
} recoverer;

static void recover_fn(goc_func *f) {
    recoverer *c = (recoverer *)f;
    goc_eface r = goc_gorecover();
    if (r.type != NULL) {
        *c->rec = r;
        *c->panicked = true;
    }
}

/*
 * Call the func() string method m of v, catching a panic (Go: catchPanic).
 * Returns false when the method panicked; then *rec is the panic value.
 */
typedef goc_string (*string_method)(void *);

static __attribute__((noinline, noclone)) bool call_method_frame(string_method fn, void *recv, goc_string *out,
                                                                  goc_eface *rec) {
    goc_frame fr;
    volatile bool panicked = false;
    string_method volatile vfn = fn;
    void *volatile vrecv = recv;
    goc_string *volatile vout = out;
    recoverer c = {{(void (*)(void))recover_fn}, rec, &panicked};
    goc_frame_enter(&fr);
    if (setjmp(fr.jb) == 0) {
        goc_deferproc(&fr, &c.fn);
        *vout = vfn(vrecv);
    }
    goc_deferreturn(&fr);
    return !panicked;
}

static bool call_string_method(method_fn m, val v, goc_string *out, goc_eface *rec) {
    return call_method_frame((string_method)m, dataword(v), out, rec);
}

static void printArg(pp *p, val arg, int32_t verb);

/* The method panicked: "<nil>" for a nil pointer receiver, else %!v(PANIC=String method: value). */
static void catchPanic(pp *p, val arg, int32_t verb, const char *name, goc_eface rec) {
    if (goc_typekind(arg.t) == GOC_POINTER && *(void *const *)arg.p == NULL) {
        buf_str(&p->buf, "<nil>");
        return;
    }
    if (p->panicking)
        goc_gopanic(rec); /* nested panics: give up like fmt does */
    fmtflags old = p->f;
    int oldwid = p->wid, oldprec = p->prec;
    clearflags(p);
    buf_str(&p->buf, "%!");
    buf_rune(&p->buf, verb);
    buf_str(&p->buf, "(PANIC=");
    buf_str(&p->buf, name);
    buf_str(&p->buf, " method: ");
    p->panicking = true;
    goc_eface *keep = goc_alloc(sizeof *keep, true);
    *keep = rec;
    val rv = {keep->type, NULL, false};
    if (rv.t)
        rv.p = goc_isdirectiface(rv.t) ? (const void *)&keep->data : keep->data;
    printArg(p, rv, 'v');
    p->panicking = false;
    goc_fmtbuf_byte(&p->buf, ')');
    p->f = old;
    p->wid = oldwid;
    p->prec = oldprec;
}

/* Go: handleMethods. p->arg is the operand (its dynamic value). */
static bool handleMethods(pp *p, int32_t verb) {
    if (p->erroring)
        return false;
    val arg = p->arg;
    if (verb == 'w') {
        if (!method(arg.t, "Error", "func() string") || !p->wrapErrs) {
            badVerb(p, verb);
            return true;
        }
        verb = 'v';
    }
    if (arg.t == NULL)
        return false;
    method_fn m;
    const char *name;
    if (p->f.sharpV) {
        m = method(arg.t, "GoString", "func() string");
        if (m == NULL)
            return false;
        goc_string s;
        goc_eface rec = {0};
        if (call_string_method(m, arg, &s, &rec))
            fmtS(p, s.str, s.len);
        else
            catchPanic(p, arg, verb, "GoString", rec);
        return true;
    }
    switch (verb) {
    case 'v':
    case 's':
    case 'x':
    case 'X':
    case 'q':
        break;
    default:
        return false;
    }
    if ((m = method(arg.t, "Error", "func() string")) != NULL)
        name = "Error";
    else if ((m = method(arg.t, "String", "func() string")) != NULL)
        name = "String";
    else
        return false;
    goc_string s;
    goc_eface rec = {0};
    if (call_string_method(m, arg, &s, &rec))
        printString(p, s.str, s.len, verb);
    else
        catchPanic(p, arg, verb, name, rec);
    return true;
}

/* ---- printValue ---- */

/* Go: printValue's map case; entries sorted by fmt_sort.c. */
static void printMap(pp *p, val v, int32_t verb, int depth) {
    const goc_maptype *mt = (const goc_maptype *)v.t;
    goc_hmap *h = *(goc_hmap *const *)v.p;
    if (p->f.sharpV) {
        typeString(p, v.t);
        if (h == NULL) {
            buf_str(&p->buf, "(nil)");
            return;
        }
        goc_fmtbuf_byte(&p->buf, '{');
    } else {
        buf_str(&p->buf, "map[");
    }
    goc_fmtentry *e;
    goc_int n = goc_fmt_sortmap(mt, h, &e);
    for (goc_int i = 0; i < n; i++) {
        if (i > 0) {
            if (p->f.sharpV)
                buf_str(&p->buf, ", ");
            else
                goc_fmtbuf_byte(&p->buf, ' ');
        }
        printValue(p, (val){mt->Key, e[i].key, v.ro}, verb, depth + 1);
        goc_fmtbuf_byte(&p->buf, ':');
        printValue(p, (val){mt->Elem, e[i].elem, v.ro}, verb, depth + 1);
    }
    goc_fmtbuf_byte(&p->buf, p->f.sharpV ? '}' : ']');
}

static void printValue(pp *p, val v, int32_t verb, int depth) {
    /* Values below the top level may have methods (the top level was handled by printArg). */
    if (depth > 0 && v.t != NULL && !v.ro) {
        p->arg = interfaceof(v);
        if (handleMethods(p, verb))
            return;
    }
    p->arg = (val){0};
    p->value = v;
    if (v.t == NULL) {
        if (depth == 0)
            buf_str(&p->buf, "<invalid reflect.Value>");
        else if (verb == 'v')
            buf_str(&p->buf, "<nil>");
        else
            badVerb(p, verb);
        return;
    }
    const goc_type *t = v.t;
    switch (goc_typekind(t)) {
    case GOC_BOOL: fmtBool(p, *(const bool *)v.p, verb); return;
    case GOC_INT:
    case GOC_INT8:
    case GOC_INT16:
    case GOC_INT32:
    case GOC_INT64: printInteger(p, (uint64_t)val_int(v), true, verb); return;
    case GOC_UINT:
    case GOC_UINT8:
    case GOC_UINT16:
    case GOC_UINT32:
    case GOC_UINT64:
    case GOC_UINTPTR: printInteger(p, val_uint(v), false, verb); return;
    case GOC_FLOAT32: printFloat(p, val_float(v), 32, verb); return;
    case GOC_FLOAT64: printFloat(p, val_float(v), 64, verb); return;
    case GOC_COMPLEX64:
    case GOC_COMPLEX128: {
        double re, im;
        val_complex(v, &re, &im);
        printComplex(p, re, im, goc_typekind(t) == GOC_COMPLEX64 ? 64 : 128, verb);
        return;
    }
    case GOC_STRING: {
        const goc_string *s = v.p;
        printString(p, s->str, s->len, verb);
        return;
    }
    case GOC_MAP: printMap(p, v, verb, depth); return;
    case GOC_STRUCT:
        if (p->f.sharpV)
            typeString(p, t);
        goc_fmtbuf_byte(&p->buf, '{');
        const goc_structtype *st = (const goc_structtype *)t;
        for (goc_int i = 0; i < st->Fields.len; i++) {
            const goc_structfield *f = &((const goc_structfield *)st->Fields.ptr)[i];
            if (i > 0) {
                if (p->f.sharpV)
                    buf_str(&p->buf, ", ");
                else
                    goc_fmtbuf_byte(&p->buf, ' ');
            }
            goc_string fname = goc_namestring(f->Name);
            if ((p->f.plusV || p->f.sharpV) && fname.len > 0) {
                goc_fmtbuf_write(&p->buf, (const char *)fname.str, fname.len);
                goc_fmtbuf_byte(&p->buf, ':');
            }
            val fv = {f->Typ, (const char *)v.p + f->Offset, v.ro || !goc_nameexported(f->Name)};
            printValue(p, fv, verb, depth + 1);
        }
        goc_fmtbuf_byte(&p->buf, '}');
        return;
    case GOC_INTERFACE: {
        val e = iface_elem(t, v.p, v.ro);
        if (e.t == NULL) {
            if (p->f.sharpV) {
                typeString(p, t);
                buf_str(&p->buf, "(nil)");
            } else {
                buf_str(&p->buf, "<nil>");
            }
        } else {
            printValue(p, e, verb, depth + 1);
        }
        return;
    }
    case GOC_ARRAY:
    case GOC_SLICE: {
        const uint8_t *base;
        goc_int n;
        bool isnil = false;
        if (goc_typekind(t) == GOC_ARRAY) {
            base = v.p;
            n = (goc_int)((const goc_arraytype *)t)->Len;
        } else {
            const goc_slice *s = v.p;
            base = s->ptr;
            n = s->len;
            isnil = s->ptr == NULL;
        }
        const goc_type *et = goc_typeelem(t);
        if ((verb == 's' || verb == 'q' || verb == 'x' || verb == 'X') && goc_typekind(et) == GOC_UINT8) {
            printBytes(p, base, n, isnil, verb, goc_typestring(t), v);
            return;
        }
        uintptr_t es = et->Size_;
        if (p->f.sharpV) {
            typeString(p, t);
            if (isnil) {
                buf_str(&p->buf, "(nil)");
                return;
            }
            goc_fmtbuf_byte(&p->buf, '{');
            for (goc_int i = 0; i < n; i++) {
                if (i > 0)
                    buf_str(&p->buf, ", ");
                printValue(p, (val){et, base + (uintptr_t)i * es, v.ro}, verb, depth + 1);
            }
            goc_fmtbuf_byte(&p->buf, '}');
        } else {
            goc_fmtbuf_byte(&p->buf, '[');
            for (goc_int i = 0; i < n; i++) {
                if (i > 0)
                    goc_fmtbuf_byte(&p->buf, ' ');
                printValue(p, (val){et, base + (uintptr_t)i * es, v.ro}, verb, depth + 1);
            }
            goc_fmtbuf_byte(&p->buf, ']');
        }
        return;
    }
    case GOC_POINTER: {
        /* A pointer to an array, slice, struct or map at the top level prints as &value. */
        const void *target = *(const void *const *)v.p;
        const goc_type *et = goc_typeelem(t);
        if (depth == 0 && target != NULL && et != NULL) {
            switch (goc_typekind(et)) {
            case GOC_ARRAY:
            case GOC_SLICE:
            case GOC_STRUCT:
            case GOC_MAP:
                goc_fmtbuf_byte(&p->buf, '&');
                printValue(p, (val){et, target, v.ro}, verb, depth + 1);
                return;
            }
        }
        printPointer(p, v, verb);
        return;
    }
    case GOC_CHAN:
    case GOC_FUNC:
    case GOC_UNSAFEPOINTER: printPointer(p, v, verb); return;
    default:
        goc_fmtbuf_byte(&p->buf, '?');
        typeString(p, t);
        goc_fmtbuf_byte(&p->buf, '?');
    }
}

/* The unnamed []byte type (printArg's `case []byte`). */
static bool is_bytes(const goc_type *t) {
    return goc_typekind(t) == GOC_SLICE && !(t->TFlag & GOC_TFLAG_NAMED) &&
           goc_typeidentical(goc_typeelem(t), &goc_type_uint8);
}

/* Go: printArg. arg.t == NULL is a nil interface. */
static void printArg(pp *p, val arg, int32_t verb) {
    p->arg = arg;
    p->value = (val){0};
    if (arg.t == NULL) {
        if (verb == 'T' || verb == 'v')
            padStr(p, "<nil>");
        else
            badVerb(p, verb);
        return;
    }
    if (verb == 'T') {
        goc_string s = goc_typestring(arg.t);
        fmtS(p, s.str, s.len);
        return;
    }
    if (verb == 'p') {
        printPointer(p, arg, 'p');
        return;
    }
    if (is_bytes(arg.t)) {
        const goc_slice *s = arg.p;
        printBytes(p, s->ptr, s->len, s->ptr == NULL, verb, GOC_STR("[]byte"), arg);
        return;
    }
    if (!handleMethods(p, verb))
        printValue(p, arg, verb, 0);
}

static val eface_val(const goc_eface *e) {
    val v = {e->type, NULL, false};
    if (e->type)
        v.p = goc_isdirectiface(e->type) ? (const void *)&e->data : e->data;
    return v;
}

/* ---- Printf ---- */

static bool tooLarge(goc_int x) { return x > 1000000 || x < -1000000; }

/* Go: parsenum */
static int parsenum(const uint8_t *s, goc_int start, goc_int end, bool *isnum, goc_int *newi) {
    int num = 0;
    *isnum = false;
    if (start >= end) {
        *newi = end;
        return 0;
    }
    goc_int i;
    for (i = start; i < end && s[i] >= '0' && s[i] <= '9'; i++) {
        if (tooLarge(num)) {
            *isnum = false;
            *newi = end;
            return 0;
        }
        num = num * 10 + (s[i] - '0');
        *isnum = true;
    }
    *newi = i;
    return num;
}

/* Go: intFromArg. The int value of argument argNum for * widths and precisions. */
static int intFromArg(const goc_eface *a, goc_int na, goc_int *argNum, bool *isInt) {
    int num = 0;
    *isInt = false;
    if (*argNum < na) {
        val v = eface_val(&a[*argNum]);
        if (v.t != NULL) {
            if (kind_isint(goc_typekind(v.t))) {
                int64_t n = val_int(v);
                if (!tooLarge(n)) {
                    num = (int)n;
                    *isInt = true;
                }
            } else if (kind_isuint(goc_typekind(v.t))) {
                uint64_t n = val_uint(v);
                if (n <= 1000000) {
                    num = (int)n;
                    *isInt = true;
                }
            }
        }
        (*argNum)++;
    }
    return num;
}

/* Go: argNumber. An explicit [n] index at format[i]. */
static goc_int argNumber(pp *p, goc_int argNum, const uint8_t *format, goc_int end, goc_int i, goc_int numArgs,
                         goc_int *newi, bool *found) {
    *found = false;
    if (end <= i || format[i] != '[') {
        *newi = i;
        return argNum;
    }
    p->reordered = true;
    /* parseArgNumber */
    goc_int wid = 1;
    bool ok = false;
    int index = 0;
    if (end - i >= 3) {
        for (goc_int j = i + 1; j < end; j++) {
            if (format[j] == ']') {
                bool isnum;
                goc_int ni;
                int width = parsenum(format, i + 1, j, &isnum, &ni);
                wid = j - i + 1;
                if (isnum && ni == j) {
                    ok = true;
                    index = width - 1;
                }
                break;
            }
        }
    }
    *found = ok;
    *newi = i + wid;
    if (ok && 0 <= index && index < numArgs)
        return index;
    p->goodArgNum = false;
    return argNum;
}

static void add_wrapped(pp *p, goc_int argNum) {
    if (p->nwrapped == p->capwrapped) {
        int nc = p->capwrapped * 2 + 4;
        goc_int *nw = goc_alloc((uintptr_t)nc * sizeof *nw, false);
        if (p->nwrapped > 0)
            memcpy(nw, p->wrapped, (size_t)p->nwrapped * sizeof *nw);
        p->wrapped = nw;
        p->capwrapped = nc;
    }
    p->wrapped[p->nwrapped++] = argNum;
}

/* Operand argNum under verb: %w records it for Errorf; %v and %w turn the
 * # and + flags into their %#v / %+v meanings. */
static void printOperand(pp *p, const goc_eface *a, goc_int argNum, int32_t verb) {
    if (verb == 'w')
        add_wrapped(p, argNum);
    if (verb == 'v' || verb == 'w') {
        p->f.sharpV = p->f.sharp;
        p->f.sharp = false;
        p->f.plusV = p->f.plus;
        p->f.plus = false;
    }
    printArg(p, eface_val(&a[argNum]), verb);
}

static void doPrintf(pp *p, goc_string fs, goc_slice args) {
    const uint8_t *format = fs.str;
    goc_int end = fs.len;
    const goc_eface *a = args.ptr;
    goc_int na = args.len;
    goc_int argNum = 0;
    bool afterIndex = false;
    p->reordered = false;
    for (goc_int i = 0; i < end;) {
        p->goodArgNum = true;
        goc_int lasti = i;
        while (i < end && format[i] != '%')
            i++;
        if (i > lasti)
            goc_fmtbuf_write(&p->buf, format + lasti, i - lasti);
        if (i >= end)
            break;
        i++; /* the % */
        clearflags(p);
        bool simple = false;
        for (; i < end; i++) {
            uint8_t c = format[i];
            if (c == '#')
                p->f.sharp = true;
            else if (c == '0')
                p->f.zero = true;
            else if (c == '+')
                p->f.plus = true;
            else if (c == '-')
                p->f.minus = true;
            else if (c == ' ')
                p->f.space = true;
            else {
                /* fast path: flags and a lower-case ASCII verb */
                if (c >= 'a' && c <= 'z' && argNum < na) {
                    printOperand(p, a, argNum, c);
                    argNum++;
                    i++;
                    simple = true;
                }
                break;
            }
        }
        if (simple)
            continue;

        argNum = argNumber(p, argNum, format, end, i, na, &i, &afterIndex);

        /* width */
        if (i < end && format[i] == '*') {
            i++;
            p->wid = intFromArg(a, na, &argNum, &p->f.widPresent);
            if (!p->f.widPresent)
                buf_str(&p->buf, "%!(BADWIDTH)");
            if (p->wid < 0) {
                p->wid = -p->wid;
                p->f.minus = true;
                p->f.zero = false;
            }
            afterIndex = false;
        } else {
            p->wid = parsenum(format, i, end, &p->f.widPresent, &i);
            if (afterIndex && p->f.widPresent)
                p->goodArgNum = false;
        }

        /* precision */
        if (i + 1 < end && format[i] == '.') {
            i++;
            if (afterIndex)
                p->goodArgNum = false;
            argNum = argNumber(p, argNum, format, end, i, na, &i, &afterIndex);
            if (i < end && format[i] == '*') {
                i++;
                p->prec = intFromArg(a, na, &argNum, &p->f.precPresent);
                if (p->prec < 0) {
                    p->prec = 0;
                    p->f.precPresent = false;
                }
                if (!p->f.precPresent)
                    buf_str(&p->buf, "%!(BADPREC)");
                afterIndex = false;
            } else {
                p->prec = parsenum(format, i, end, &p->f.precPresent, &i);
                if (!p->f.precPresent) {
                    p->prec = 0;
                    p->f.precPresent = true;
                }
            }
        }

        if (!afterIndex)
            argNum = argNumber(p, argNum, format, end, i, na, &i, &afterIndex);

        if (i >= end) {
            buf_str(&p->buf, "%!(NOVERB)");
            break;
        }

        int32_t verb = format[i];
        int size = 1;
        if (verb >= 0x80)
            verb = goc_fmt_decoderune(format + i, end - i, &size);
        i += size;

        if (verb == '%') {
            goc_fmtbuf_byte(&p->buf, '%');
        } else if (!p->goodArgNum) {
            buf_str(&p->buf, "%!");
            buf_rune(&p->buf, verb);
            buf_str(&p->buf, "(BADINDEX)");
        } else if (argNum >= na) {
            buf_str(&p->buf, "%!");
            buf_rune(&p->buf, verb);
            buf_str(&p->buf, "(MISSING)");
        } else {
            printOperand(p, a, argNum, verb);
            argNum++;
        }
    }

    if (!p->reordered && argNum < na) {
        clearflags(p);
        buf_str(&p->buf, "%!(EXTRA ");
        for (goc_int k = argNum; k < na; k++) {
            if (k > argNum)
                buf_str(&p->buf, ", ");
            val v = eface_val(&a[k]);
            if (v.t == NULL) {
                buf_str(&p->buf, "<nil>");
            } else {
                typeString(p, v.t);
                goc_fmtbuf_byte(&p->buf, '=');
                printArg(p, v, 'v');
            }
        }
        goc_fmtbuf_byte(&p->buf, ')');
    }
}

static void doPrint(pp *p, goc_slice args) {
    const goc_eface *a = args.ptr;
    bool prevString = false;
    for (goc_int i = 0; i < args.len; i++) {
        bool isString = a[i].type != NULL && goc_typekind(a[i].type) == GOC_STRING;
        if (i > 0 && !isString && !prevString)
            goc_fmtbuf_byte(&p->buf, ' ');
        printArg(p, eface_val(&a[i]), 'v');
        prevString = isString;
    }
}

static void doPrintln(pp *p, goc_slice args) {
    const goc_eface *a = args.ptr;
    for (goc_int i = 0; i < args.len; i++) {
        if (i > 0)
            goc_fmtbuf_byte(&p->buf, ' ');
        printArg(p, eface_val(&a[i]), 'v');
    }
    goc_fmtbuf_byte(&p->buf, '\n');
}

static goc_string bufstring(const pp *p) {
    goc_string s = {p->buf.p, p->buf.len};
    if (s.len == 0)
        s.str = NULL;
    return s;
}

/* ---- the API ---- */

goc_string goc_fmt_Sprint(goc_slice args) {
    pp p = {0};
    doPrint(&p, args);
    return bufstring(&p);
}

goc_string goc_fmt_Sprintln(goc_slice args) {
    pp p = {0};
    doPrintln(&p, args);
    return bufstring(&p);
}

goc_string goc_fmt_Sprintf(goc_string format, goc_slice args) {
    pp p = {0};
    doPrintf(&p, format, args);
    return bufstring(&p);
}

goc_int goc_writefd(int fd, goc_string s) {
    goc_int done = 0;
    while (done < s.len) {
        ssize_t n = write(fd, s.str + done, (size_t)(s.len - done));
        if (n < 0) {
            if (errno == EINTR)
                continue;
            if (errno == EPIPE && (fd == 1 || fd == 2))
                os__sigpipe(); /* as os.File's epipecheck: die of SIGPIPE unless relayed */
            break;
        }
        if (n == 0)
            break;
        done += n;
    }
    return done;
}

goc_int goc_fmt_Fprint(int fd, goc_slice args) { return goc_writefd(fd, goc_fmt_Sprint(args)); }
goc_int goc_fmt_Fprintln(int fd, goc_slice args) { return goc_writefd(fd, goc_fmt_Sprintln(args)); }
goc_int goc_fmt_Fprintf(int fd, goc_string format, goc_slice args) {
    return goc_writefd(fd, goc_fmt_Sprintf(format, args));
}
goc_int goc_fmt_Print(goc_slice args) { return goc_fmt_Fprint(1, args); }
goc_int goc_fmt_Println(goc_slice args) { return goc_fmt_Fprintln(1, args); }
goc_int goc_fmt_Printf(goc_string format, goc_slice args) { return goc_fmt_Fprintf(1, format, args); }

goc_string goc_fmt_sprintfw(goc_string format, goc_slice args, goc_int **wrapped, int *nwrapped, bool *reordered) {
    pp p = {0};
    p.wrapErrs = true;
    doPrintf(&p, format, args);
    *wrapped = p.wrapped;
    *nwrapped = p.nwrapped;
    *reordered = p.reordered;
    return bufstring(&p);
}
