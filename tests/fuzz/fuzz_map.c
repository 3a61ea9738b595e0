/*
 * tests/fuzz/fuzz_map.c — libFuzzer harness: the classic hash map against a
 * reference model.
 *
 * The input is a program. Byte 0 picks the map type, byte 1 how the map is
 * made (nil, makemap_small, makemap with a hint); every following operation
 * is an opcode byte plus its argument bytes. After every operation the map
 * is compared with the model: len(m) always, the result of every lookup,
 * and after any operation that changed the growth state (B, buckets,
 * oldbuckets, nevacuate, noverflow) the bucket invariant checker of
 * runtime/map.c (goc_map_check) walks every bucket. At the end of the input
 * every key the model holds is looked up.
 *
 * Map types (key → elem), each with the entry points gc would use for it
 * plus the generic ones on the same map (reflect does exactly that):
 *   int64 → int64        fast64 and generic
 *   int32 → int64        fast32 and generic
 *   string → string      faststr and generic; pointerful keys and elems
 *   float64 → int64      generic only; +0/-0 are one key (the stored key is
 *                        the last one assigned), NaN never equals itself:
 *                        every NaN assignment adds an entry that no lookup
 *                        finds and no delete removes, clear removes them
 *   [200]byte → [160]byte generic only; both stored indirectly
 *
 * The model. Keys are the images of (index, generation) pairs, indices
 * 0..DOM-1 and generations 0..NGEN-1, under an injective per-type function
 * (mkkey); each index has a current generation, so the model is a presence
 * array, the current generation and the last value stored per index; values
 * are a running counter, so an elem that lands in the wrong slot is caught.
 * Ordinary operations use the current generation. The churn burst (opcode
 * 10 without bit 0x20; arguments: a step count up to 4095 in 12 bits, 4 flag
 * bits, a seed) repeats: pick a present index, delete its key, bump its
 * generation, insert the new key. Fresh keys land in fresh buckets, so
 * overflow buckets pile up at a steady count until tooManyOverflowBuckets
 * starts a same-size grow: in place when the array is >= 32 KiB and no
 * iterator was started on it, else Go's incremental one (runtime/map.c).
 * Lookups and deletes of an earlier generation's key must find nothing.
 * Iteration decodes each produced key back to its index and generation
 * (keyidx) and checks Go's rules:
 *   - every produced key is in the map at that moment, in its index's
 *     current generation, with its current value;
 *   - a key not deleted during the iteration is produced at most once;
 *   - a key present at the start and never deleted during it is produced;
 *   - NaN entries: each at most once, all of those present at the start
 *     produced unless clear ran (after which those not yet produced may
 *     still come, from the iterator's old array: see stalenan).
 * Mutations during iteration (delete any key, delete the current key, insert,
 * update the current key, clear, a churn burst of up to 255 or 4080 steps:
 * grows started or finished under a live iterator) are driven by input bytes.
 * The seeds tests/fuzz/corpus/map/seed-samesize-* (written by
 * tests/fuzz/mkseeds_samesize.py) reach each kind of same-size grow.
 *
 * A divergence prints what differed and aborts, so libFuzzer saves the input.
 * Hash seeds and iteration starts are random per process (as in Go), so a
 * saved input may need a few runs to reproduce; run it with -runs=1000.
 *
 * Operations executed (runtime calls checked against the model) are counted
 * and printed at exit; FUZZ_OPS_FILE=<path> also writes the total there.
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "goc.h"

/* runtime/map.c: every invariant of h, or false with a reason (test hook). */
bool goc_map_check(const goc_maptype *t, goc_hmap *h, char *why, size_t n);

#define DOM 4096     /* key indices */
#define MAXNAN 4096  /* NaN entries tracked */
#define BIGK 200
#define BIGV 160

/* ---- counters, printed at exit ---- */

static unsigned long long nops, ninputs;

static void report(void) {
    fprintf(stderr, "fuzz_map: %llu operations in %llu inputs, 0 divergences\n", nops, ninputs);
    const char *f = getenv("FUZZ_OPS_FILE");
    if (f != NULL) {
        FILE *fp = fopen(f, "w");
        if (fp != NULL) {
            fprintf(fp, "%llu %llu\n", nops, ninputs);
            fclose(fp);
        }
    }
}

static _Noreturn void diverge(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

#include <stdarg.h>
static const char *curkind = "?";
static int curop = -1;
static _Noreturn void diverge(const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    fprintf(stderr, "DIVERGENCE (map %s, operation #%d): ", curkind, curop);
    vfprintf(stderr, fmt, ap);
    fprintf(stderr, "\n");
    va_end(ap);
    abort();
}

/* ---- types ---- */

typedef struct bigkey {
    uint8_t b[BIGK];
} bigkey;
typedef struct bigval {
    uint8_t b[BIGV];
} bigval;

static uintptr_t bighash(const void *p, uintptr_t seed) {
    return goc_memhash(p, seed, BIGK);
}
static bool bigequal(const void *p, const void *q) {
    return goc_memequal(p, q, BIGK);
}
GOC_EQUAL_CLOSURE(bigequal_f, bigequal);
GOC_HASHER_CLOSURE(bighash_f, bighash);
GOC_DESCRIBE(t_bigkey, goc_arraytype, "[200]uint8",
             {.Type = GOC_TYPEINIT(BIGK, 1, GOC_ARRAY, GOC_TFLAG_REGULARMEMORY, 0, &bigequal_f),
              .Elem = &goc_type_uint8, .Len = BIGK});
GOC_DESCRIBE(t_bigval, goc_arraytype, "[160]uint8",
             {.Type = GOC_TYPEINIT(BIGV, 1, GOC_ARRAY, GOC_TFLAG_REGULARMEMORY, 0, NULL), .Elem = &goc_type_uint8,
              .Len = BIGV});

#define MAPTYPE(name, K, V, kt, vt, hasher, flags, str) GOC_DESCRIBE_MAP(name, str, K, V, kt, vt, hasher, flags)

#define REFL GOC_MAPF_REFLEXIVEKEY
MAPTYPE(mt_i64, int64_t, int64_t, &goc_type_int64, &goc_type_int64, &goc_memhash64_f, REFL, "map[int64]int64");
MAPTYPE(mt_i32, int32_t, int64_t, &goc_type_int32, &goc_type_int64, &goc_memhash32_f, REFL, "map[int32]int64");
MAPTYPE(mt_str, goc_string, goc_string, &goc_type_string, &goc_type_string, &goc_strhash_f,
        REFL | GOC_MAPF_NEEDKEYUPDATE, "map[string]string");
MAPTYPE(mt_f64, double, int64_t, &goc_type_float64, &goc_type_int64, &goc_f64hash_f, GOC_MAPF_NEEDKEYUPDATE,
        "map[float64]int64");
MAPTYPE(mt_big, bigkey, bigval, &t_bigkey_desc.d.Type, &t_bigval_desc.d.Type, &bighash_f, REFL,
        "map[[200]uint8][160]uint8");
#define mt_i64 (mt_i64_desc.d)
#define mt_i32 (mt_i32_desc.d)
#define mt_str (mt_str_desc.d)
#define mt_f64 (mt_f64_desc.d)
#define mt_big (mt_big_desc.d)

enum { K_I64, K_I32, K_STR, K_F64, K_BIG, NKINDS };
static const char *kindname[NKINDS] = {"int64", "int32", "string", "float64", "big"};
static const goc_maptype *kindtype[NKINDS] = {&mt_i64, &mt_i32, &mt_str, &mt_f64, &mt_big};

/* A key or elem value of any kind, aligned for all of them. */
typedef union kbuf {
    int64_t i64;
    int32_t i32;
    goc_string s;
    double f;
    bigkey big;
    bigval bv;
    uint8_t raw[BIGK];
} kbuf;

/* Float keys: index 0 is +0, 1 is -0 (the same key), NAN_IDX a NaN. */
#define NAN_IDX 2
static int kind;

/* ---- keys: injective images of (index, generation), and their inverse ----
 *
 * Generation 0 gives the original key families below; generations 1..NGEN-1
 * (churn, see churn()) give keys of their own, so deleting a key and
 * inserting its successor puts a never-seen key (with a fresh hash) in the
 * map: that is what lets overflow buckets pile up until a same-size grow.
 * Generations wrap modulo NGEN (a key may come back after NGEN bumps of its
 * index, which the model handles like any re-insert). Float keys 0..5 (±0,
 * NaN, ±Inf, the smallest denormal) have only generation 0 (genperiod).
 */
#define NGEN 256

static const uint64_t MUL64 = 0x9E3779B97F4A7C15ull;
static const uint32_t MUL32 = 0x9E3779B1u;
static uint64_t inv64(uint64_t a) { /* inverse of an odd number mod 2^64 (Newton) */
    uint64_t x = a;
    for (int i = 0; i < 6; i++)
        x *= 2 - a * x;
    return x;
}

/*
 * Integer keys: indices below HIGHKEYS are spread over all bits by an odd
 * multiplier (a bijection); the others differ only in their high bits
 * (k << 20 or k << 40), so a comparison that looked at part of the key
 * would be caught. Returns the key as bits; intidx inverts it (or DOM).
 */
#define HIGHKEYS 2048
static uint64_t intkey(uint32_t idx, uint8_t g, int bits) {
    int shift = bits == 32 ? 20 : 40;
    uint64_t y = idx;
    if (g != 0)
        y = idx + (uint64_t)DOM * g; /* in [DOM, 2^20): never a multiple of 2^shift */
    else if (idx >= HIGHKEYS)
        return (uint64_t)(idx - HIGHKEYS + 1) << shift;
    return bits == 32 ? (uint32_t)((uint32_t)y * MUL32) : y * MUL64;
}
static uint32_t intidx(uint64_t k, int bits, uint8_t *g) {
    int shift = bits == 32 ? 20 : 40;
    *g = 0;
    if (k != 0 && (k & (((uint64_t)1 << shift) - 1)) == 0) {
        uint64_t j = (k >> shift) - 1 + HIGHKEYS;
        return j < DOM ? (uint32_t)j : DOM;
    }
    uint64_t i = bits == 32 ? (uint32_t)((uint32_t)k * (uint32_t)inv64(MUL32)) : k * inv64(MUL64);
    if (i < HIGHKEYS)
        return (uint32_t)i;
    if (i >= DOM && i < (uint64_t)DOM * NGEN) {
        *g = (uint8_t)(i / DOM);
        return (uint32_t)(i % DOM);
    }
    return DOM;
}

/* Strings: "" ; one byte ; idx in the first two bytes ; idx in the middle of a
   run of 'a's (same prefix and suffix: exercises faststr's long-key check). */
static goc_int strkeylen(uint32_t idx, uint8_t g) {
    if (g != 0)
        return 60 + (goc_int)((idx + g) % 20);
    if (idx == 0)
        return 0;
    if (idx < 256)
        return 1;
    if (idx < 2048)
        return 2 + idx % 39;
    return 40 + idx % 20;
}
/* Generation >= 1: 60..79 bytes of 'b' with index and generation in the middle. */
static void strkeybytes(uint32_t idx, uint8_t g, uint8_t *p) {
    goc_int n = strkeylen(idx, g);
    if (g != 0) {
        memset(p, 'b', (size_t)n);
        p[n / 2] = (uint8_t)idx;
        p[n / 2 + 1] = (uint8_t)(idx >> 8);
        p[n / 2 + 2] = g;
        return;
    }
    if (idx == 0)
        return;
    if (idx < 256) {
        p[0] = (uint8_t)idx;
        return;
    }
    if (idx < 2048) {
        p[0] = (uint8_t)idx;
        p[1] = (uint8_t)(idx >> 8);
        for (goc_int j = 2; j < n; j++)
            p[j] = (uint8_t)(idx * 7 + (uint32_t)j);
        return;
    }
    memset(p, 'a', (size_t)n);
    p[n / 2] = (uint8_t)idx;
    p[n / 2 + 1] = (uint8_t)(idx >> 8);
}

static double f64key(uint32_t idx, uint8_t g, uint8_t nanbits) {
    switch (idx) {
    case 0: return 0.0;
    case 1: return -0.0;
    case NAN_IDX: {
        uint64_t bits = 0x7ff8000000000000ull | ((uint64_t)nanbits << 20) | (nanbits & 0x80 ? 1ull << 63 : 0);
        double d;
        memcpy(&d, &bits, sizeof d);
        return d;
    }
    case 3: return INFINITY;
    case 4: return -INFINITY;
    case 5: return 4.9406564584124654e-324;
    default: return (double)(idx + (uint32_t)DOM * g) * 0.25 - 512.125; /* exact */
    }
}

static void bigkeybytes(uint32_t idx, uint8_t g, uint8_t *p) {
    memset(p, 0x5a, BIGK); /* a long common prefix: equality must look at the end */
    p[BIGK - 3] = (uint8_t)(0x5a ^ g);
    p[BIGK - 2] = (uint8_t)idx;
    p[BIGK - 1] = (uint8_t)(idx >> 8);
}

/* Fresh, collectable bytes for every string: the map must keep them alive. */
static goc_string gcstring(const uint8_t *p, goc_int n) {
    if (n == 0)
        return (goc_string){NULL, 0};
    uint8_t *q = goc_alloc((uintptr_t)n, false);
    memcpy(q, p, (size_t)n);
    return (goc_string){q, n};
}

/* The key of index idx in generation g. */
static void mkkey(uint32_t idx, uint8_t g, uint8_t nanbits, kbuf *k) {
    memset(k, 0, sizeof *k);
    switch (kind) {
    case K_I64: k->i64 = (int64_t)intkey(idx, g, 64); break;
    case K_I32: k->i32 = (int32_t)(uint32_t)intkey(idx, g, 32); break;
    case K_STR: {
        uint8_t tmp[96];
        strkeybytes(idx, g, tmp);
        k->s = gcstring(tmp, strkeylen(idx, g));
        break;
    }
    case K_F64: k->f = f64key(idx, g, nanbits); break;
    case K_BIG: bigkeybytes(idx, g, k->raw); break;
    }
}

/* The index of a produced key (NAN_IDX for a NaN) and its generation (*g),
   checking it is well formed. */
static uint32_t keyidx(const void *kp, uint8_t *g) {
    uint32_t idx = 0;
    *g = 0;
    switch (kind) {
    case K_I64: {
        int64_t v;
        memcpy(&v, kp, 8);
        uint32_t i = intidx((uint64_t)v, 64, g);
        if (i >= DOM)
            diverge("iteration produced foreign int64 key %lld", (long long)v);
        return i;
    }
    case K_I32: {
        int32_t v;
        memcpy(&v, kp, 4);
        uint32_t i = intidx((uint32_t)v, 32, g);
        if (i >= DOM)
            diverge("iteration produced foreign int32 key %d", v);
        return i;
    }
    case K_STR: {
        goc_string s;
        memcpy(&s, kp, sizeof s);
        if (s.len == 0)
            idx = 0;
        else if (s.len == 1)
            idx = s.str[0];
        else if (s.len < 40 || (s.len == 40 && s.str[0] != 'a'))
            idx = (uint32_t)s.str[0] | (uint32_t)s.str[1] << 8;
        else if (s.len >= 40 && s.len < 80)
            idx = (uint32_t)s.str[s.len / 2] | (uint32_t)s.str[s.len / 2 + 1] << 8;
        else
            diverge("iteration produced a string key of length %lld", (long long)s.len);
        if (s.len >= 60)
            *g = s.str[s.len / 2 + 2];
        uint8_t want[96];
        if (idx >= DOM || (s.len >= 60) != (*g != 0) || strkeylen(idx, *g) != s.len)
            diverge("iteration produced a corrupt string key (len %lld)", (long long)s.len);
        strkeybytes(idx, *g, want);
        if (s.len > 0 && memcmp(want, s.str, (size_t)s.len) != 0)
            diverge("iteration produced a corrupt string key (index %u)", idx);
        return idx;
    }
    case K_F64: {
        double d;
        memcpy(&d, kp, 8);
        if (d != d)
            return NAN_IDX;
        if (d == 0)
            return 0;
        if (d == INFINITY)
            return 3;
        if (d == -INFINITY)
            return 4;
        if (d == 4.9406564584124654e-324)
            return 5;
        double x = (d + 512.125) * 4;
        if (!(x >= 6 && x < (double)DOM * NGEN) || (double)(uint32_t)x != x || (uint32_t)x % DOM < 6)
            diverge("iteration produced foreign float64 key %g", d);
        *g = (uint8_t)((uint32_t)x / DOM);
        return (uint32_t)x % DOM;
    }
    case K_BIG: {
        const uint8_t *p = kp;
        idx = (uint32_t)p[BIGK - 2] | (uint32_t)p[BIGK - 1] << 8;
        *g = (uint8_t)(p[BIGK - 3] ^ 0x5a);
        uint8_t want[BIGK];
        if (idx >= DOM)
            diverge("iteration produced foreign big key");
        bigkeybytes(idx, *g, want);
        if (memcmp(want, p, BIGK) != 0)
            diverge("iteration produced a corrupt big key (index %u)", idx);
        return idx;
    }
    }
    return 0;
}

/* ---- elems: a counter value v, 0 meaning the zero value ---- */

static void bigvalbytes(uint64_t v, uint8_t *p) {
    for (int j = 0; j < BIGV; j++)
        p[j] = v == 0 ? 0 : (uint8_t)((v >> ((j % 8) * 8)) ^ (uint64_t)(j * 7 + 1));
}

static goc_int strval(uint64_t v, char *buf) {
    if (v == 0)
        return 0;
    return snprintf(buf, 32, "v%llu", (unsigned long long)v);
}

static void storeval(void *elem, uint64_t v) {
    switch (kind) {
    case K_STR: {
        char buf[32];
        goc_int n = strval(v, buf);
        goc_string s = gcstring((const uint8_t *)buf, n);
        memcpy(elem, &s, sizeof s);
        break;
    }
    case K_BIG: bigvalbytes(v, elem); break;
    default: {
        int64_t x = (int64_t)v;
        memcpy(elem, &x, 8);
        break;
    }
    }
}

static bool valeq(const void *elem, uint64_t v) {
    switch (kind) {
    case K_STR: {
        goc_string s;
        char buf[32];
        memcpy(&s, elem, sizeof s);
        goc_int n = strval(v, buf);
        return s.len == n && (n == 0 || memcmp(s.str, buf, (size_t)n) == 0);
    }
    case K_BIG: {
        uint8_t want[BIGV];
        bigvalbytes(v, want);
        return memcmp(elem, want, BIGV) == 0;
    }
    default: {
        int64_t x;
        memcpy(&x, elem, 8);
        return (uint64_t)x == v;
    }
    }
}

/* ---- the model ---- */

static uint8_t present[DOM];
static uint8_t genof[DOM];     /* current generation of each index (its key is mkkey(i, genof[i])) */
static uint32_t liveidx[DOM];  /* the present indices, in any order (churn picks from them) */
static uint32_t livepos[DOM];  /* position of a present index in liveidx */
static uint32_t nlive;
static uint64_t val[DOM];
static goc_int mcount;
static bool zeroneg;          /* float64: the stored zero key is -0 */
static uint64_t nanval[MAXNAN];
static int nnan;
static uint64_t counter;

static goc_hmap *h;
static const goc_maptype *t;
static bool trace; /* FUZZ_TRACE=1: print every operation (to replay a saved input) */
#define TRACE(...) (trace ? (void)fprintf(stderr, __VA_ARGS__) : (void)0)

static void model_reset(void) {
    memset(present, 0, sizeof present);
    nlive = 0;
    mcount = 0;
    nnan = 0;
    zeroneg = false;
}

/* The model index of key index idx (±0 are one key). */
static uint32_t canon(uint32_t idx) {
    return kind == K_F64 && idx == 1 ? 0 : idx;
}
static bool isnan_idx(uint32_t idx) {
    return kind == K_F64 && idx == NAN_IDX;
}
/* Generations of a (canonical) index: float keys 0..5 have only one. */
static unsigned genperiod(uint32_t c) {
    return kind == K_F64 && c < 6 ? 1 : NGEN;
}
static void setpresent(uint32_t c) {
    present[c] = 1;
    mcount++;
    livepos[c] = nlive;
    liveidx[nlive++] = c;
}
static void clearpresent(uint32_t c) {
    present[c] = 0;
    mcount--;
    uint32_t last = liveidx[--nlive];
    liveidx[livepos[c]] = last;
    livepos[last] = livepos[c];
}

/* ---- the operations ---- */

static bool hasfast(void) {
    return kind == K_I64 || kind == K_I32 || kind == K_STR;
}

static void *do_access(const kbuf *k, bool fast, bool two, bool *ok) {
    nops++;
    *ok = true;
    if (fast && hasfast()) {
        switch (kind) {
        case K_I64:
            return two ? goc_mapaccess2_fast64(t, h, (uint64_t)k->i64, ok) : goc_mapaccess1_fast64(t, h, (uint64_t)k->i64);
        case K_I32:
            return two ? goc_mapaccess2_fast32(t, h, (uint32_t)k->i32, ok) : goc_mapaccess1_fast32(t, h, (uint32_t)k->i32);
        case K_STR:
            return two ? goc_mapaccess2_faststr(t, h, k->s, ok) : goc_mapaccess1_faststr(t, h, k->s);
        }
    }
    return two ? goc_mapaccess2(t, h, k, ok) : goc_mapaccess1(t, h, k);
}

static void *do_assign(const kbuf *k, bool fast) {
    nops++;
    if (fast && hasfast()) {
        switch (kind) {
        case K_I64: return goc_mapassign_fast64(t, h, (uint64_t)k->i64);
        case K_I32: return goc_mapassign_fast32(t, h, (uint32_t)k->i32);
        case K_STR: return goc_mapassign_faststr(t, h, k->s);
        }
    }
    return goc_mapassign(t, h, k);
}

static void do_delete(const kbuf *k, bool fast) {
    nops++;
    if (fast && hasfast()) {
        switch (kind) {
        case K_I64: goc_mapdelete_fast64(t, h, (uint64_t)k->i64); return;
        case K_I32: goc_mapdelete_fast32(t, h, (uint32_t)k->i32); return;
        case K_STR: goc_mapdelete_faststr(t, h, k->s); return;
        }
    }
    goc_mapdelete(t, h, k);
}

static void checklen(const char *what) {
    goc_int n = goc_maplen(h);
    if (n != mcount + nnan)
        diverge("after %s: len %lld, model %lld", what, (long long)n, (long long)(mcount + nnan));
}

static void checkmap(const char *what) {
    char why[256];
    TRACE("  invariants checked (after %s)\n", what);
    if (!goc_map_check(t, h, why, sizeof why))
        diverge("after %s: map invariant: %s", what, why);
}

/* The growth state: the invariant checker runs whenever it changes. */
typedef struct gstate {
    void *buckets, *oldbuckets;
    uintptr_t nevacuate;
    uint16_t noverflow;
    uint8_t B;
} gstate;
static gstate gsnap(void) {
    gstate s = {0};
    if (h != NULL)
        s = (gstate){h->buckets, h->oldbuckets, h->nevacuate, h->noverflow, h->B};
    return s;
}
static void checkgrowth(const gstate *before, const char *what) {
    gstate now = gsnap();
    if (memcmp(before, &now, sizeof now) != 0)
        checkmap(what);
}
/* The same, except that a new overflow bucket alone (noverflow up by one)
   waits for the check at the end of the operation: churn adds hundreds. */
static void checkgrowthchurn(const gstate *before, const char *what) {
    gstate now = gsnap();
    if (now.buckets != before->buckets || now.oldbuckets != before->oldbuckets ||
        now.nevacuate != before->nevacuate || now.B != before->B || now.noverflow < before->noverflow)
        checkmap(what);
}

static void makemap(uint8_t how) {
    if (how == 0)
        h = NULL;
    else if (how == 1)
        h = goc_makemap_small();
    else
        h = goc_makemap(t, (goc_int)(how - 2) * 9, NULL);
    model_reset();
    checklen("make");
    checkmap("make");
}

/* m[k] = v for key index idx in its current generation (nanbits: payload of a NaN key). */
static void assign(uint32_t idx, uint8_t nanbits, bool fast) {
    if (h == NULL)
        makemap(1); /* assigning to a nil map panics: make it first */
    kbuf k;
    uint8_t g = genof[canon(idx)];
    mkkey(idx, g, nanbits, &k);
    uint64_t v = ++counter;
    TRACE("  assign %u/%u = %llu (%s)\n", idx, g, (unsigned long long)v, fast ? "fast" : "generic");
    void *e = do_assign(&k, fast);
    storeval(e, v);
    if (isnan_idx(idx)) {
        if (nnan == MAXNAN)
            diverge("too many NaN keys for the model");
        nanval[nnan++] = v;
        return;
    }
    uint32_t c = canon(idx);
    if (!present[c])
        setpresent(c);
    val[c] = v;
    if (kind == K_F64 && c == 0)
        zeroneg = idx == 1; /* the stored key is updated to the one assigned */
}

/* delete(m, k) for the key of index idx in generation g (a stale one removes nothing). */
static void delkeyg(uint32_t idx, uint8_t g, bool fast) {
    TRACE("  delete %u/%u (%s)\n", idx, g, fast ? "fast" : "generic");
    kbuf k;
    mkkey(idx, g, 0x11, &k);
    do_delete(&k, fast);
    if (isnan_idx(idx))
        return; /* a NaN key is never found, so never deleted */
    uint32_t c = canon(idx);
    if (present[c] && genof[c] == g)
        clearpresent(c);
}
static void delkey(uint32_t idx, bool fast) {
    delkeyg(idx, genof[canon(idx)], fast);
}

/* A lookup of index idx in generation g: found only if g is the current one. */
static void lookupg(uint32_t idx, uint8_t g, bool fast, bool two) {
    TRACE("  lookup %u/%u (%s%s)\n", idx, g, fast ? "fast" : "generic", two ? ", comma-ok" : "");
    kbuf k;
    mkkey(idx, g, 0x22, &k);
    bool ok;
    void *e = do_access(&k, fast, two, &ok);
    if (e == NULL)
        diverge("lookup returned NULL");
    bool want = !isnan_idx(idx) && present[canon(idx)] && genof[canon(idx)] == g;
    if (two && ok != want)
        diverge("lookup of index %u generation %u (current %u) (%s%s): ok=%d, model %d", idx, g,
                genof[canon(idx)], fast ? "fast" : "generic", two ? ", comma-ok" : "", ok, want);
    uint64_t wv = want ? val[canon(idx)] : 0;
    if (!valeq(e, wv))
        diverge("lookup of index %u generation %u (%s): wrong elem (model value %llu)", idx, g,
                fast ? "fast" : "generic", (unsigned long long)wv);
}
static void lookup(uint32_t idx, bool fast, bool two) {
    lookupg(idx, genof[canon(idx)], fast, two);
}
/* A lookup of an earlier generation of idx (back: 1..NGEN-1): never found. */
static void lookupstale(uint32_t idx, unsigned back, bool fast, bool two) {
    uint32_t c = canon(idx);
    if (genperiod(c) == 1)
        lookup(idx, fast, two);
    else
        lookupg(idx, (uint8_t)(genof[c] - back), fast, two);
}

static void clearmap(void) {
    TRACE("  clear\n");
    nops++;
    goc_mapclear(t, h);
    model_reset();
}

/* Every key of the model is found with its value; with len this proves equality. */
static void verifyall(void) {
    for (uint32_t i = 0; i < DOM; i++)
        if (present[i] && !isnan_idx(i)) {
            lookup(i, (i & 1) != 0, true);
            if (genof[i] != 0) /* churned: the previous generation's key is gone */
                lookupstale(i, 1, (i & 2) != 0, true);
        }
    checklen("verify");
}

/* ---- churn: replace keys by their next generation ---- */

static uint32_t churnbudget; /* churn steps left for this input (bounds its run time) */
static uint64_t rngstate;
static uint64_t rnd(void) { /* xorshift64 */
    rngstate ^= rngstate << 13;
    rngstate ^= rngstate >> 7;
    rngstate ^= rngstate << 17;
    return rngstate;
}

/*
 * n steps of churn, seeded by seed. Each step picks a present index, deletes
 * its key, bumps its generation and inserts the new key: a fresh key, so the
 * count stays while overflow buckets accumulate, the way a same-size grow
 * comes about. flags&1: a quarter of the steps insert a random index instead
 * (the map fills up); flags&2: a quarter of them only delete (it drains).
 * Steps also delete or look up the key just replaced (must be gone). touch
 * (during an iteration) records the deleted indices. The invariant checker
 * runs after every step that changed the growth state other than by adding
 * overflow buckets (a grow starting, in place or not, or progressing) and
 * at the end of the burst.
 */
static void churn(uint32_t n, uint8_t flags, uint8_t seed, uint8_t *touch, const char *what) {
    if (n > churnbudget)
        n = churnbudget;
    churnbudget -= n;
    rngstate = ((uint64_t)seed + 1) * MUL64 + counter;
    if (rngstate == 0)
        rngstate = 1;
    TRACE("  churn %u steps (flags %u, seed %u)\n", n, flags, seed);
    for (uint32_t i = 0; i < n; i++) {
        gstate g = gsnap();
        uint64_t r = rnd();
        bool fast = r & 1;
        uint32_t idx;
        if (nlive == 0 || ((flags & 1) && (r & 6) == 0)) {
            idx = (uint32_t)(r >> 20) % DOM;
            if (isnan_idx(idx)) /* every NaN insert adds an entry: not here */
                continue;
        } else {
            idx = liveidx[(r >> 20) % nlive];
        }
        uint32_t c = canon(idx);
        uint8_t old = genof[c];
        if (present[c]) {
            if (touch != NULL)
                touch[c] = 1;
            delkey(idx, fast);
            if ((flags & 2) && (r & 6) == 2) {
                checklen(what);
                checkgrowthchurn(&g, what);
                continue;
            }
        }
        if (genperiod(c) > 1)
            genof[c]++;
        if ((r & 0xf00) == 0x100)
            delkeyg(idx, old, !fast); /* the replaced key again: removes nothing */
        assign(idx, (uint8_t)(r >> 8), (r & 0x10) != 0);
        if ((r & 0xf00) == 0x200)
            lookupg(idx, old, !fast, true); /* the replaced key: gone */
        checklen(what);
        checkgrowthchurn(&g, what);
    }
    checkmap(what);
}

/* ---- iteration with mutation ---- */

typedef struct cursor {
    const uint8_t *p;
    size_t n;
} cursor;
static bool more(const cursor *c) {
    return c->n > 0;
}
static uint8_t next(cursor *c) {
    if (c->n == 0)
        return 0;
    c->n--;
    return *c->p++;
}
/* A key index: half of the time from a small range (frequent hits). */
static uint32_t nextidx(cursor *c) {
    uint8_t b = next(c);
    if (b & 0x80)
        return b & 0x7f;
    return (((uint32_t)b << 8) | next(c)) % DOM;
}

/* touched: deleted (or cleared) at some point during the iteration */
static uint8_t startpresent[DOM], touched[DOM], seen[DOM];
static uint8_t nanused[MAXNAN];
/*
 * NaN entries not yet produced when clear() ran during the iteration. Go
 * 1.23 may still produce them, each at most once: if a growth that started
 * after the iteration has finished, the iterator walks the old array, which
 * clear() no longer reaches (it marks only h.buckets and h.oldbuckets
 * empty), and an evacuated NaN entry is returned from there as it is,
 * because it cannot be looked up in the live map (mapiternext's
 * "key!=key" case). Other keys are looked up, so they are not produced.
 */
static uint64_t stalenan[MAXNAN];
static int nstale;

static void iterate(cursor *c) {
    memcpy(startpresent, present, sizeof present);
    memset(touched, 0, sizeof touched);
    memset(seen, 0, sizeof seen);
    memset(nanused, 0, sizeof nanused);
    int startnan = nnan;
    nstale = 0;
    bool cleared = false;
    bool mutate = next(c) & 1;
    goc_int produced = 0;
    goc_hiter it;
    TRACE("  range (%s)\n", mutate ? "mutating" : "read-only");
    nops++;
    goc_mapiterinit(t, h, &it);
    for (; it.key != NULL; goc_mapiternext(&it)) {
        nops++;
        if (++produced > 16 * DOM + MAXNAN) /* churn during the loop may add many keys */
            diverge("iteration does not end");
        uint8_t kg;
        uint32_t idx = keyidx(it.key, &kg);
        TRACE("  range produced %u/%u (elem %lld)\n", idx, kg, kind == K_I64 || kind == K_I32 || kind == K_F64 ? *(long long *)it.elem : 0LL);
        if (idx == NAN_IDX && kind == K_F64) {
            int64_t v;
            memcpy(&v, it.elem, 8);
            int j;
            for (j = 0; j < nnan; j++)
                if (!nanused[j] && nanval[j] == (uint64_t)v)
                    break;
            if (j < nnan) {
                nanused[j] = 1;
            } else { /* an entry clear() removed, seen through the iterator's old array? */
                for (j = 0; j < nstale; j++)
                    if (stalenan[j] == (uint64_t)v)
                        break;
                if (j == nstale)
                    diverge("iteration produced a NaN key with elem %lld: not in the map or produced twice",
                            (long long)v);
                stalenan[j] = stalenan[--nstale];
            }
        } else {
            if (!present[idx])
                diverge("iteration produced index %u, which is not in the map (deleted=%d)", idx, touched[idx]);
            if (kg != genof[idx])
                diverge("iteration produced index %u generation %u, current generation %u (deleted=%d)", idx,
                        kg, genof[idx], touched[idx]);
            if (!touched[idx] && seen[idx])
                diverge("iteration produced index %u twice", idx);
            seen[idx]++;
            if (!valeq(it.elem, val[idx]))
                diverge("iteration produced index %u with a stale or wrong elem", idx);
            if (kind == K_F64 && idx == 0) {
                double d;
                memcpy(&d, it.key, 8);
                if (signbit(d) != zeroneg)
                    diverge("iteration produced zero key %g, last assigned %s0", d, zeroneg ? "-" : "+");
            }
        }
        if (!mutate)
            continue;
        uint8_t a = next(c);
        gstate g = gsnap();
        switch (a % 8) {
        case 3: /* a churn burst (may start or finish a grow under the iterator) */
            if (a & 0x40) { /* up to 255 steps, or 16 times that with bit 7 */
                uint32_t n = next(c) * (a & 0x80 ? 16u : 1u);
                churn(n, (uint8_t)((a >> 4) & 3), next(c), touched, "churn during iteration");
            }
            break;
        case 4: { /* delete any key */
            uint32_t j = nextidx(c);
            if (!isnan_idx(j))
                touched[canon(j)] = 1;
            delkey(j, a & 8);
            break;
        }
        case 5: { /* insert or update any key */
            assign(nextidx(c), a, a & 8); /* a new key may or may not be produced */
            break;
        }
        case 6: /* delete the current key */
            if (idx != NAN_IDX || kind != K_F64) {
                touched[idx] = 1;
                delkey(idx, a & 8);
            }
            break;
        case 7: /* update the current key, or clear */
            if (a == 0xff) {
                memset(touched, 1, sizeof touched);
                for (int j = 0; j < nnan; j++)
                    if (!nanused[j] && nstale < MAXNAN)
                        stalenan[nstale++] = nanval[j];
                memset(nanused, 0, sizeof nanused);
                cleared = true;
                clearmap();
            } else if (idx != NAN_IDX || kind != K_F64) {
                assign(idx, 0, a & 8);
            }
            break;
        default:
            break;
        }
        checklen("a mutation during iteration");
        checkgrowth(&g, "a mutation during iteration");
    }
    TRACE("  range done\n");
    for (uint32_t i = 0; i < DOM; i++)
        if (startpresent[i] && !touched[i] && seen[i] != 1)
            diverge("iteration produced index %u %d times, want once (untouched key)", i, seen[i]);
    if (!cleared)
        for (int j = 0; j < startnan; j++)
            if (!nanused[j])
                diverge("iteration missed NaN entry %d of %d", j, startnan);
}

/* ---- the interpreter ---- */

static int gcbudget;

static void run(const uint8_t *data, size_t size) {
    cursor c = {data, size};
    kind = next(&c) % NKINDS;
    curkind = kindname[kind];
    t = kindtype[kind];
    counter = 0;
    gcbudget = 1;
    churnbudget = 1u << 16;
    memset(genof, 0, sizeof genof);
    curop = 0;
    makemap(next(&c));
    while (more(&c)) {
        curop++;
        uint8_t op = next(&c);
        bool fast = op & 0x10;
        TRACE("op #%d: %u (B=%u growing=%d count=%lld)\n", curop, op % 14, h ? h->B : 0, h ? h->oldbuckets != NULL : 0, h ? (long long)h->count : 0LL);
        gstate g = gsnap();
        const char *what = "?";
        switch (op % 14) {
        case 0: case 1: case 2: /* m[k] = v */
            what = "assign";
            assign(nextidx(&c), op, fast);
            break;
        case 3: /* v := m[k] */
            what = "access1";
            lookup(nextidx(&c), fast, false);
            break;
        case 4: case 5: /* v, ok := m[k] */
            what = "access2";
            if (op % 14 == 5 && (op & 0x20)) /* an earlier generation's key */
                lookupstale(nextidx(&c), 1u + (op >> 6), fast, true);
            else
                lookup(nextidx(&c), fast, true);
            break;
        case 6: case 7: /* delete(m, k) */
            what = "delete";
            delkey(nextidx(&c), fast);
            break;
        case 8: /* many inserts: growth */
        {
            what = "bulk assign";
            uint32_t j = nextidx(&c), n = next(&c);
            for (uint32_t i = 0; i < n; i++) {
                gstate gi = gsnap();
                assign((j + i * 3) % DOM, (uint8_t)i, (i & 1) != 0);
                checkgrowth(&gi, what);
            }
            break;
        }
        case 9: /* many deletes: churn, same-size growth later */
        {
            what = "bulk delete";
            uint32_t j = nextidx(&c), n = next(&c);
            for (uint32_t i = 0; i < n; i++) {
                gstate gi = gsnap();
                delkey((j + i * 3) % DOM, (i & 1) != 0);
                checkgrowth(&gi, what);
            }
            break;
        }
        case 10:
            if (op & 0x20) {
                what = "clear";
                clearmap();
                checkmap(what);
            } else { /* churn burst: n = b0 | (b1&15)<<8 steps, flags b1>>4, seed b2 */
                what = "churn";
                uint32_t n = next(&c);
                uint8_t b1 = next(&c);
                n |= (uint32_t)(b1 & 15) << 8;
                if (h == NULL)
                    makemap(1);
                churn(n, (uint8_t)(b1 >> 4), next(&c), NULL, what);
            }
            break;
        case 11:
            what = "range";
            iterate(&c);
            checkmap(what);
            break;
        case 12:
            what = "make";
            if ((op & 0xe0) == 0xe0)
                makemap(next(&c));
            else if (op & 0x20)
                verifyall();
            break;
        case 13:
            what = "GC";
            if ((op & 0x20) && gcbudget > 0) {
                gcbudget--;
                goc_GC();
                verifyall();
            }
            break;
        }
        checklen(what);
        checkgrowth(&g, what);
    }
    curop = -1;
    checkmap("the last operation");
    verifyall();
}

int LLVMFuzzerInitialize(int *argc, char ***argv) {
    goc_init(*argc, *argv);
    trace = getenv("FUZZ_TRACE") != NULL;
    atexit(report);
    return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    if (size < 2)
        return 0;
    ninputs++;
    run(data, size);
    h = NULL;
    return 0;
}
