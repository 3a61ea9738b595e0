/*
 * runtime/print.c — the print and println builtins (Go: runtime/print.go).
 *
 * Output goes to stderr (fd 2) with write(2), never through stdio, so it
 * interleaves correctly with fmt's unbuffered writes and survives _exit;
 * while runtime.Stack formats a traceback it goes into the goroutine's
 * writebuf instead (Go: gwrite).
 *
 * Locking. Generated code brackets one print/println statement with
 * goc_printlock/goc_printunlock. The lock is recursive per goroutine (the
 * panic report prints while possibly holding it, as in Go) and one mutex
 * serialises statements of different goroutines. While the lock is held,
 * bytes collect in the one print buffer (printbuf, owned by the lock's
 * holder) and go out with one write when the outermost unlock happens or
 * the buffer fills, so a println is one write in the common case.
 * Generated code evaluates a statement's operands before taking the lock,
 * so no goroutine parks while it holds it. Without the lock (a C caller that
 * did not take it) every piece is written at once.
 *
 * Formats are gc's (facts §5.1): decimal integers, floats as
 * [+-]d.dddddde[+-]ddd computed with gc's exact double arithmetic, complex
 * as (re im i), pointers as 0x + lowercase hex without padding, slices as
 * [len/cap]0xptr, interfaces as (0xtype,0xdata).
 */
#include "goc_rt.h"

#include <errno.h>
#include <pthread.h>
#include <string.h>
#include <unistd.h>

static pthread_mutex_t debuglock = PTHREAD_MUTEX_INITIALIZER;
static char printbuf[GOC_PRINTBUF]; /* under debuglock */
static int printlen;

void goc_writeerr(const char *buf, size_t n) {
    while (n > 0) {
        ssize_t w = write(2, buf, n);
        if (w < 0) {
            if (errno == EINTR)
                continue;
            return; /* stderr is gone: nothing sensible left to do */
        }
        buf += w;
        n -= (size_t)w;
    }
}

int goc_printpending(void) {
    return printlen;
}

/* Write out the buffer (debuglock held by g). */
static void printflush(goc_g *g) {
    (void)g;
    if (printlen > 0) {
        goc_writeerr(printbuf, (size_t)printlen);
        printlen = 0;
    }
}

/* Go: gwrite. Buffer under the lock, else write straight through. */
void goc_printbytes(const void *p, size_t n) {
    if (n == 0)
        return; /* p may be NULL (an empty Go string) */
    goc_g *g = goc_getg();
    if (g->writebuf.ptr != NULL) { /* runtime.Stack: into the caller's buffer, as far as it goes */
        goc_int k = g->writebuf.cap - g->writebuf.len;
        if ((goc_int)n < k)
            k = (goc_int)n;
        memcpy((uint8_t *)g->writebuf.ptr + g->writebuf.len, p, (size_t)k);
        g->writebuf.len += k;
        return;
    }
    if (g->printlock == 0) {
        goc_writeerr(p, n);
        return;
    }
    if ((size_t)printlen + n > GOC_PRINTBUF) {
        printflush(g);
        if (n > GOC_PRINTBUF) {
            goc_writeerr(p, n);
            return;
        }
    }
    memcpy(printbuf + printlen, p, n);
    printlen += (int)n;
}

void goc_printcstr(const char *s) {
    goc_printbytes(s, strlen(s));
}

void goc_printlock(void) {
    goc_g *g = goc_getg();
    if (g->printlock++ == 0)
        pthread_mutex_lock(&debuglock);
}

void goc_printunlock(void) {
    goc_g *g = goc_getg();
    if (g->printlock <= 0)
        goc_throw("printunlock without printlock");
    if (--g->printlock == 0) {
        printflush(g);
        pthread_mutex_unlock(&debuglock);
    }
}

/*
 * Flush and drop the calling goroutine's hold on the print lock, however
 * deep. A panic raised between printlock and printunlock (an operand that
 * panics) would otherwise leave the lock held forever.
 */
void goc_printreset(goc_g *g) {
    if (g->printlock > 0) {
        printflush(g);
        g->printlock = 0;
        pthread_mutex_unlock(&debuglock);
    }
}

void goc_printsp(void) {
    goc_printbytes(" ", 1);
}

void goc_printnl(void) {
    goc_printbytes("\n", 1);
}

void goc_printbool(bool v) {
    if (v)
        goc_printbytes("true", 4);
    else
        goc_printbytes("false", 5);
}

void goc_printuint(uint64_t v) {
    char buf[20];
    int i = sizeof buf;
    do {
        buf[--i] = (char)('0' + v % 10);
        v /= 10;
    } while (v != 0);
    goc_printbytes(buf + i, sizeof buf - (size_t)i);
}

void goc_printint(int64_t v) {
    if (v < 0) {
        goc_printbytes("-", 1);
        goc_printuint(-(uint64_t)v); /* exact for INT64_MIN too */
        return;
    }
    goc_printuint((uint64_t)v);
}

void goc_printhex(uint64_t v) {
    static const char dig[] = "0123456789abcdef";
    char buf[18];
    int i = sizeof buf;
    do {
        buf[--i] = dig[v % 16];
        v /= 16;
    } while (v != 0);
    buf[--i] = 'x';
    buf[--i] = '0';
    goc_printbytes(buf + i, sizeof buf - (size_t)i);
}

/*
 * Go: printfloat. Seven significant digits by repeated scaling in double,
 * exactly as gc computes them, so results agree bit for bit (e.g.
 * 9.9999996 → +1.000000e+001, 5e-324 → +4.940656e-324).
 */
void goc_printfloat(double v) {
    enum { ndig = 7 };
    if (v != v) {
        goc_printbytes("NaN", 3);
        return;
    }
    if (v + v == v && v > 0) {
        goc_printbytes("+Inf", 4);
        return;
    }
    if (v + v == v && v < 0) {
        goc_printbytes("-Inf", 4);
        return;
    }

    char buf[ndig + 7];
    buf[0] = '+';
    int e = 0;
    if (v == 0) {
        if (1 / v < 0)
            buf[0] = '-';
    } else {
        if (v < 0) {
            v = -v;
            buf[0] = '-';
        }
        while (v >= 10) { /* normalise to [1, 10) */
            e++;
            v /= 10;
        }
        while (v < 1) {
            e--;
            v *= 10;
        }
        double h = 5.0; /* round at the 7th digit: 5e-7, built like gc */
        for (int i = 0; i < ndig; i++)
            h /= 10;
        v += h;
        if (v >= 10) {
            e++;
            v /= 10;
        }
    }

    for (int i = 0; i < ndig; i++) { /* digits by truncation */
        int d = (int)v;
        buf[i + 2] = (char)('0' + d);
        v -= d;
        v *= 10;
    }
    buf[1] = buf[2];
    buf[2] = '.';
    buf[ndig + 2] = 'e';
    buf[ndig + 3] = '+';
    if (e < 0) {
        e = -e;
        buf[ndig + 3] = '-';
    }
    buf[ndig + 4] = (char)('0' + e / 100);
    buf[ndig + 5] = (char)('0' + e / 10 % 10);
    buf[ndig + 6] = (char)('0' + e % 10);
    goc_printbytes(buf, sizeof buf);
}

void goc_printcomplex(double _Complex v) {
    goc_printbytes("(", 1);
    goc_printfloat(__real__ v);
    goc_printfloat(__imag__ v);
    goc_printbytes("i)", 2);
}

void goc_printstring(goc_string s) {
    goc_printbytes(s.str, (size_t)s.len);
}

void goc_printpointer(const void *p) {
    goc_printhex((uint64_t)(uintptr_t)p);
}

void goc_printslice(goc_slice s) {
    goc_printbytes("[", 1);
    goc_printint(s.len);
    goc_printbytes("/", 1);
    goc_printint(s.cap);
    goc_printbytes("]", 1);
    goc_printpointer(s.ptr);
}

void goc_printeface(goc_eface e) {
    goc_printbytes("(", 1);
    goc_printpointer(e.type);
    goc_printbytes(",", 1);
    goc_printpointer(e.data);
    goc_printbytes(")", 1);
}

void goc_printiface(goc_iface i) {
    goc_printbytes("(", 1);
    goc_printpointer(i.tab);
    goc_printbytes(",", 1);
    goc_printpointer(i.data);
    goc_printbytes(")", 1);
}
