/*
 * runtime/hash.c — hashing, equality and random numbers
 * (Go: runtime/alg.go, hash64.go, asm_amd64.s aeshash, rand.go).
 *
 * Every hasher has the goc_hashfn shape: hash(p, seed) → uintptr. Seeds chain:
 * a struct's hash is its fields' hashes fed one into the next, so a
 * translator builds composite hashers from these pieces (see goc/hash.h).
 * Descriptors name equality (abi.Type.Equal) and map key hashing
 * (abi.MapType.Hasher) as Go func values: the goc_*_f closures at the end.
 * Hashing a value behind an interface walks its descriptor (goc_typehash,
 * Go's typehash) instead.
 *
 * goc_alginit also records whether the CPU has POPCNT (goc_cpu_popcnt, read
 * by bits.OnesCount in goc/intrin.h, as gc's x86HasPOPCNT).
 *
 * Two memhash engines, chosen once in goc_alginit:
 *   - AES-NI (x86-64 with AES, SSSE3 and SSE4.1, like gc's aeshash): every
 *     16-byte block is xored into a keyed state and run through AESENC
 *     rounds with round keys drawn at random per process (aeskeysched).
 *   - a wyhash-style mixer otherwise: 64×64→128-bit multiplies whose halves
 *     are xored, seeded with four random words (hashkey[4]).
 * The exact values are not observable (seeds are random), only their
 * quality and the rules: equal values hash equally under the same seed.
 *
 * Floats: +0 and −0 hash alike; NaN gets a fresh random hash every time, so
 * a map can hold any number of NaN keys and never finds one.
 * Interfaces: nil hashes to the seed; a dynamic type that is not comparable
 * panics "hash of unhashable type T" naming the outermost dynamic type.
 *
 * Random numbers: goc_rand is a per-thread wyrand generator whose state is
 * seeded from getrandom(); no locks, so it is thread-safe by construction.
 */
#include "goc_rt.h"
#include "linkname.h"

#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/random.h>
#include <time.h>
#include <unistd.h>

#if defined(__x86_64__)
#include <immintrin.h>
#define GOC_HAVE_AESHASH 1
#else
#define GOC_HAVE_AESHASH 0
#endif

/* Go: alg.go c0, c1 (64-bit): multipliers for float and interface hashes. */
#define C0 ((uintptr_t)33054211828000289ULL)
#define C1 ((uintptr_t)23344194077549503ULL)
/* Go: hash64.go m5: final mix constant. */
#define M5 ((uint64_t)0x1d8e4e27c47d124fULL)

static uint64_t hashkey[4];           /* fallback seeds (Go: hashkey) */
static bool useAeshash;               /* chosen by goc_alginit */
static bool alg_ready;                /* goc_alginit ran */
#if GOC_HAVE_AESHASH
/* 8 random 128-bit round keys (Go: aeskeysched), 16-byte aligned. */
static _Alignas(16) uint8_t aeskeysched[8 * 16];
#endif

/* ---- randomness -------------------------------------------------------------- */

/* Fill buf with len bytes from the kernel; falls back to a time/address mix
 * only if getrandom is unavailable (it never fails on Linux ≥ 3.17). */
static void bootstrapRand(void *buf, size_t len) {
    uint8_t *p = buf;
    size_t got = 0;
    while (got < len) {
        ssize_t n = getrandom(p + got, len - got, 0);
        if (n > 0) {
            got += (size_t)n;
            continue;
        }
        if (n < 0 && errno == EINTR)
            continue;
        break;
    }
    if (got == len)
        return;
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    uint64_t x = (uint64_t)ts.tv_nsec * 0x9E3779B97F4A7C15ULL ^ (uint64_t)ts.tv_sec ^
                 (uint64_t)(uintptr_t)&ts ^ ((uint64_t)getpid() << 32);
    for (; got < len; got++) {
        x ^= x >> 31;
        x *= 0xBF58476D1CE4E5B9ULL;
        x ^= x >> 29;
        p[got] = (uint8_t)x;
    }
}

/* 64×64→128 multiply, halves xored (Go: hash64.go mix). */
static inline uint64_t mix(uint64_t a, uint64_t b) {
    unsigned __int128 r = (unsigned __int128)a * b;
    return (uint64_t)(r >> 64) ^ (uint64_t)r;
}

/* Per-thread wyrand state; 0 means "not seeded yet" (seeding makes it odd; should
 * the sequence pass through 0, the thread just draws a fresh seed). */
static __thread uint64_t randstate;

static uint64_t seedthread(void) {
    uint64_t s;
    bootstrapRand(&s, sizeof s);
    return s | 1;
}

/* Go: rand. 64 random bits from this thread's generator. */
uint64_t goc_rand(void) {
    uint64_t s = randstate;
    if (GOC_UNLIKELY(s == 0))
        s = seedthread();
    s += 0xa0761d6478bd642fULL; /* Weyl sequence: an odd increment visits all 2^64 states */
    randstate = s;
    return mix(s, s ^ 0xe7037ed1a0b428dbULL);
}

/* Go: runtime.rand, pulled by os, math/rand, math/rand/v2 and hash/maphash (linkname.h). */
uint64_t runtime__rand(void) { return goc_rand(); }

/* Go: cheaprand. Same generator, 32 bits. */
uint32_t goc_cheaprand(void) {
    return (uint32_t)(goc_rand() >> 32);
}

/* ---- set-up -------------------------------------------------------------------- */

/* POPCNT for bits.OnesCount (include/goc/intrin.h); gc tests the same feature */
bool goc_cpu_popcnt;

void goc_alginit(void) {
    if (alg_ready)
        return;
#if defined(__x86_64__)
    __builtin_cpu_init();
    goc_cpu_popcnt = __builtin_cpu_supports("popcnt");
#endif
#if GOC_HAVE_AESHASH
    __builtin_cpu_init();
    if (__builtin_cpu_supports("aes") && __builtin_cpu_supports("ssse3") &&
        __builtin_cpu_supports("sse4.1") && getenv("GOC_NOAESHASH") == NULL) {
        bootstrapRand(aeskeysched, sizeof aeskeysched);
        useAeshash = true;
    }
#endif
    bootstrapRand(hashkey, sizeof hashkey);
    alg_ready = true;
}

/*
 * Test hook (tests/export.h): use the AES engine or the fallback. Returns
 * whether AES is in use afterwards. Only for a process without maps yet
 * (hashes change), such as a forked Check test.
 */
GOC_INTERNAL bool goc_alg_setaes(bool on);
bool goc_alg_setaes(bool on) {
#if GOC_HAVE_AESHASH
    if (on && !useAeshash && __builtin_cpu_supports("aes") && __builtin_cpu_supports("ssse3") &&
        __builtin_cpu_supports("sse4.1")) {
        bootstrapRand(aeskeysched, sizeof aeskeysched);
        useAeshash = true;
    } else if (!on) {
        useAeshash = false;
    }
#else
    (void)on;
#endif
    return useAeshash;
}

/* ---- fallback memhash (wyhash-style, Go: hash64.go memhashFallback) --------------- */

static inline uint64_t r4(const uint8_t *p) {
    uint32_t v;
    memcpy(&v, p, 4);
    return v;
}
static inline uint64_t r8(const uint8_t *p) {
    uint64_t v;
    memcpy(&v, p, 8);
    return v;
}

static uintptr_t memhashFallback(const void *ptr, uintptr_t seed, uintptr_t s) {
    const uint8_t *p = ptr;
    uint64_t a, b;
    seed ^= hashkey[0];
    if (s == 0)
        return seed;
    if (s < 4) { /* first, middle and last byte cover 1..3 bytes */
        a = p[0] | (uint64_t)p[s >> 1] << 8 | (uint64_t)p[s - 1] << 16;
        b = 0;
    } else if (s <= 8) { /* two possibly overlapping 4-byte reads */
        a = r4(p) | r4(p + s - 4) << 32;
        b = a;
    } else if (s <= 16) {
        a = r8(p);
        b = r8(p + s - 8);
    } else {
        uintptr_t l = s;
        if (l > 48) { /* three independent lanes of 16 bytes */
            uint64_t seed1 = seed, seed2 = seed;
            for (; l > 48; l -= 48, p += 48) {
                seed = mix(r8(p) ^ hashkey[1], r8(p + 8) ^ seed);
                seed1 = mix(r8(p + 16) ^ hashkey[2], r8(p + 24) ^ seed1);
                seed2 = mix(r8(p + 32) ^ hashkey[3], r8(p + 40) ^ seed2);
            }
            seed ^= seed1 ^ seed2;
        }
        for (; l > 16; l -= 16, p += 16)
            seed = mix(r8(p) ^ hashkey[1], r8(p + 8) ^ seed);
        a = r8(p + l - 16); /* the last 16 bytes, overlapping what came before */
        b = r8(p + l - 8);
    }
    return mix(M5 ^ s, mix(a ^ hashkey[1], b ^ seed));
}

/* ---- AES memhash (Go: asm_amd64.s aeshashbody, our own construction) -------------- */

#if GOC_HAVE_AESHASH
/* The smallest page size of the platform: a load that stays inside one
 * such page cannot fault if any byte of it is mapped. */
#define GOC_PAGE_SIZE_OS ((uintptr_t)4096)
#define AESTARGET __attribute__((target("aes,sse4.1,ssse3")))

AESTARGET static inline __m128i aeskey(int i) {
    return _mm_load_si128((const __m128i *)(aeskeysched + 16 * i));
}

/*
 * Load 0..16 bytes into a zero-padded block. Copying through a stack buffer
 * (memcpy, then a reload) costs a call and a store-forwarding stall, most
 * of the time of a short-string lookup; instead (as gc's aeshashbody does)
 * load 16 bytes with one unaligned load and clear the bytes past n. The
 * load may read bytes beyond p+n, but never outside p's page: when the 16
 * bytes from p would cross a page end, load the 16 bytes ending at p+n
 * instead (they start in p's page, since p is within 16 bytes of its end)
 * and shift them down. Memory protection works on whole pages, so the
 * extra bytes are readable; they are discarded. Under AddressSanitizer,
 * which flags such reads, the copy is kept.
 */
#if defined(__SANITIZE_ADDRESS__)
#define GOC_HASH_OVERREAD 0
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define GOC_HASH_OVERREAD 0
#endif
#endif
#ifndef GOC_HASH_OVERREAD
#define GOC_HASH_OVERREAD 1
#endif

#if GOC_HASH_OVERREAD
/* loadu(masks + 16 - n): n bytes of 0xff, then zeros. */
static const _Alignas(16) uint8_t masks[32] = {
    0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff,
};
/* loadu(shifts + 16 - n): the PSHUFB control moving bytes 16-n..15 to 0..n-1
 * and zeroing the rest (an index with the high bit set yields 0). */
static const _Alignas(16) uint8_t shifts[32] = {
    0,    1,    2,    3,    4,    5,    6,    7,    8,    9,    10,   11,   12,   13,   14,   15,
    0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80,
};
#endif

AESTARGET static inline __m128i loadpartial(const uint8_t *p, uintptr_t n) {
    if (n == 0) /* p may be NULL for an empty string */
        return _mm_setzero_si128();
#if GOC_HASH_OVERREAD
    if (((uintptr_t)p & (GOC_PAGE_SIZE_OS - 1)) <= GOC_PAGE_SIZE_OS - 16) {
        __m128i v = _mm_loadu_si128((const __m128i *)p);
        return _mm_and_si128(v, _mm_loadu_si128((const __m128i *)(masks + 16 - n)));
    }
    __m128i v = _mm_loadu_si128((const __m128i *)(p + n - 16));
    return _mm_shuffle_epi8(v, _mm_loadu_si128((const __m128i *)(shifts + 16 - n)));
#else
    uint8_t buf[16] = {0};
    memcpy(buf, p, n);
    return _mm_loadu_si128((const __m128i *)buf);
#endif
}

/*
 * State: (seed, size), one per lane, each xored with a different round key
 * and put through one AESENC round (the lanes start apart, in parallel).
 * Every 16-byte block is xored into a lane's state; a block that is not the
 * lane's last goes through one AESENC round keyed per lane, the lane's last
 * block through three (FINISH), after which every bit of the lane depends on
 * every bit it absorbed. The lanes are then xored together. Up to 16 bytes
 * take one lane, up to 32 two, up to 64 four, longer keys eight (as gc's
 * aeshashbody). The dependency chain is what a lookup waits for: 4 rounds up
 * to 64 bytes (gc: 4), 4 + one per 128-byte stride beyond that.
 *
 * Equal blocks in different lanes do not cancel: the overlapping tail can
 * feed one block to two lanes, and a bit flip in it then changes both lanes'
 * states, which three rounds with different keys from different starting
 * states turn into unrelated 128-bit differences (after a single round the
 * S-box mapped it to the same difference in both about 1 time in 128).
 */
#define LOAD(q) _mm_loadu_si128((const __m128i *)(q))
#define LANE(j) (l##j = _mm_aesenc_si128(_mm_xor_si128(st, aeskey(j)), aeskey(7 - (j))))
#define ABSORB(j, q) (l##j = _mm_aesenc_si128(_mm_xor_si128(l##j, LOAD(q)), aeskey(j)))
#define FINISH(j, blk)                                                                           \
    (l##j = _mm_aesenc_si128(                                                                    \
         _mm_aesenc_si128(_mm_aesenc_si128(_mm_xor_si128(l##j, (blk)), aeskey(j)), aeskey(7 - (j))), \
         aeskey(((j) + 3) & 7)))
AESTARGET static uintptr_t aeshash(const void *ptr, uintptr_t seed, uintptr_t s) {
    const uint8_t *p = ptr;
    const __m128i st = _mm_set_epi64x((long long)s, (long long)seed);
    __m128i l0, l1, l2, l3;
    LANE(0);
    if (s <= 16) {
        FINISH(0, loadpartial(p, s));
        return (uintptr_t)_mm_cvtsi128_si64(l0);
    }
    const uint8_t *end = p + s;
    LANE(1);
    if (s <= 32) {
        /* Two lanes: the first and the last 16 bytes (overlapping below 32). */
        FINISH(0, LOAD(p)), FINISH(1, LOAD(end - 16));
        return (uintptr_t)_mm_cvtsi128_si64(_mm_xor_si128(l0, l1));
    }
    LANE(2), LANE(3);
    if (s <= 64) {
        /* Four lanes: the first and the last 32 bytes. */
        FINISH(0, LOAD(p)), FINISH(1, LOAD(p + 16)), FINISH(2, LOAD(end - 32)), FINISH(3, LOAD(end - 16));
        return (uintptr_t)_mm_cvtsi128_si64(_mm_xor_si128(_mm_xor_si128(l0, l1), _mm_xor_si128(l2, l3)));
    }
    /* Eight independent lanes (AESENC's latency, not its throughput, is the
     * limit) over 128-byte strides, then the last 128 bytes (for s < 128 the
     * first and the last 64), overlapping what came before: never a read
     * outside [p, p+s). */
    __m128i l4, l5, l6, l7;
    LANE(4), LANE(5), LANE(6), LANE(7);
    for (uintptr_t l = s; l > 128; l -= 128, p += 128) {
        ABSORB(0, p), ABSORB(1, p + 16), ABSORB(2, p + 32), ABSORB(3, p + 48);
        ABSORB(4, p + 64), ABSORB(5, p + 80), ABSORB(6, p + 96), ABSORB(7, p + 112);
    }
    const uint8_t *t = s >= 128 ? end - 128 : p;
    FINISH(0, LOAD(t)), FINISH(1, LOAD(t + 16)), FINISH(2, LOAD(t + 32)), FINISH(3, LOAD(t + 48));
    FINISH(4, LOAD(end - 64)), FINISH(5, LOAD(end - 48)), FINISH(6, LOAD(end - 32)), FINISH(7, LOAD(end - 16));
    __m128i x = _mm_xor_si128(_mm_xor_si128(_mm_xor_si128(l0, l1), _mm_xor_si128(l2, l3)),
                              _mm_xor_si128(_mm_xor_si128(l4, l5), _mm_xor_si128(l6, l7)));
    return (uintptr_t)_mm_cvtsi128_si64(x);
}

/* 4- and 8-byte keys: one block, fewer set-up steps (Go: aeshash32/64). */
AESTARGET static uintptr_t aeshash64(uint64_t v, uintptr_t seed) {
    __m128i st = _mm_set_epi64x((long long)v, (long long)seed);
    st = _mm_aesenc_si128(_mm_xor_si128(st, aeskey(0)), aeskey(1));
    st = _mm_aesenc_si128(st, aeskey(2));
    st = _mm_aesenc_si128(st, aeskey(3));
    return (uintptr_t)_mm_cvtsi128_si64(st);
}
#endif

/* ---- memory hashes ---------------------------------------------------------------- */

uintptr_t goc_memhash(const void *p, uintptr_t seed, uintptr_t size) {
#if GOC_HAVE_AESHASH
    if (useAeshash)
        return aeshash(p, seed, size);
#endif
    return memhashFallback(p, seed, size);
}

static inline uintptr_t hash8bytes(uint64_t v, uintptr_t seed, uintptr_t size) {
#if GOC_HAVE_AESHASH
    if (useAeshash)
        return aeshash64(v, seed ^ (size << 56));
#endif
    return mix(M5 ^ size, mix(v ^ hashkey[1], v ^ seed ^ hashkey[0]));
}

/* Go: runtime.memhash, pulled by hash/maphash (linkname.h). */
goc_uintptr runtime__memhash(void *p, goc_uintptr seed, goc_uintptr s) { return goc_memhash(p, seed, s); }

uintptr_t goc_memhash0(const void *p, uintptr_t seed) {
    (void)p;
    return seed;
}
uintptr_t goc_memhash8(const void *p, uintptr_t seed) {
    return goc_memhash(p, seed, 1);
}
uintptr_t goc_memhash16(const void *p, uintptr_t seed) {
    return goc_memhash(p, seed, 2);
}
uintptr_t goc_memhash32(const void *p, uintptr_t seed) {
    return hash8bytes(r4(p), seed, 4);
}
uintptr_t goc_memhash64(const void *p, uintptr_t seed) {
    return hash8bytes(r8(p), seed, 8);
}
uintptr_t goc_memhash128(const void *p, uintptr_t seed) {
    return goc_memhash(p, seed, 16);
}

uintptr_t goc_strhash(const void *p, uintptr_t seed) {
    const goc_string *s = p;
    return goc_memhash(s->str, seed, (uintptr_t)s->len);
}

/* ---- floats ------------------------------------------------------------------------- */

uintptr_t goc_f32hash(const void *p, uintptr_t h) {
    float f;
    memcpy(&f, p, sizeof f);
    if (f == 0)
        return C1 * (C0 ^ h); /* +0, -0 */
    if (f != f)
        return C1 * (C0 ^ h ^ (uintptr_t)goc_rand()); /* any NaN */
    return goc_memhash32(p, h);
}

uintptr_t goc_f64hash(const void *p, uintptr_t h) {
    double f;
    memcpy(&f, p, sizeof f);
    if (f == 0)
        return C1 * (C0 ^ h);
    if (f != f)
        return C1 * (C0 ^ h ^ (uintptr_t)goc_rand());
    return goc_memhash64(p, h);
}

uintptr_t goc_c64hash(const void *p, uintptr_t h) {
    const float *x = p;
    return goc_f32hash(&x[1], goc_f32hash(&x[0], h));
}

uintptr_t goc_c128hash(const void *p, uintptr_t h) {
    const double *x = p;
    return goc_f64hash(&x[1], goc_f64hash(&x[0], h));
}

/* ---- interfaces and type walks ---------------------------------------------------- */

/* Hash the dynamic value of an interface whose type is t and data word *pdata. */
static uintptr_t ifacevalhash(const goc_type *t, void *const *pdata, uintptr_t h) {
    /* Check here, not in typehash, so the message names the outermost type. */
    if (t->Equal == NULL)
        goc_panicunhashable(t);
    const void *v = goc_isdirectiface(t) ? (const void *)pdata : *pdata;
    return C1 * goc_typehash(t, v, h ^ C0);
}

uintptr_t goc_interhash(const void *p, uintptr_t h) {
    const goc_iface *a = p;
    if (a->tab == NULL)
        return h;
    return ifacevalhash(a->tab->Type, &a->data, h);
}

uintptr_t goc_nilinterhash(const void *p, uintptr_t h) {
    const goc_eface *a = p;
    if (a->type == NULL)
        return h;
    return ifacevalhash(a->type, &a->data, h);
}

/* Hash by size for plain memory of 4 or 8 bytes like gc (issue 37086). */
static uintptr_t memhashsized(const void *p, uintptr_t h, uintptr_t size) {
    switch (size) {
    case 0:
        return h;
    case 4:
        return goc_memhash32(p, h);
    case 8:
        return goc_memhash64(p, h);
    default:
        return goc_memhash(p, h, size);
    }
}

/*
 * Go: typehash. Must agree with the hashers a translator emits (gc's
 * generated ones): plain memory as one block, floats/strings/interfaces by
 * their own hashers, arrays element by element, structs field by field
 * skipping blank fields.
 */
uintptr_t goc_typehash(const goc_type *t, const void *p, uintptr_t h) {
    if (t->TFlag & GOC_TFLAG_REGULARMEMORY)
        return memhashsized(p, h, t->Size_);
    const uint8_t *b = p;
    switch (goc_typekind(t)) {
    case GOC_BOOL: case GOC_INT: case GOC_INT8: case GOC_INT16: case GOC_INT32:
    case GOC_INT64: case GOC_UINT: case GOC_UINT8: case GOC_UINT16: case GOC_UINT32:
    case GOC_UINT64: case GOC_UINTPTR: case GOC_POINTER: case GOC_CHAN:
    case GOC_UNSAFEPOINTER:
        /* plain memory even if a hand-written descriptor left out the flag */
        return memhashsized(p, h, t->Size_);
    case GOC_FLOAT32:
        return goc_f32hash(p, h);
    case GOC_FLOAT64:
        return goc_f64hash(p, h);
    case GOC_COMPLEX64:
        return goc_c64hash(p, h);
    case GOC_COMPLEX128:
        return goc_c128hash(p, h);
    case GOC_STRING:
        return goc_strhash(p, h);
    case GOC_INTERFACE:
        return ((const goc_interfacetype *)t)->Methods.len == 0 ? goc_nilinterhash(p, h)
                                                                 : goc_interhash(p, h);
    case GOC_ARRAY: {
        const goc_arraytype *a = (const goc_arraytype *)t;
        for (uintptr_t i = 0; i < a->Len; i++)
            h = goc_typehash(a->Elem, b + i * a->Elem->Size_, h);
        return h;
    }
    case GOC_STRUCT: {
        const goc_structtype *s = (const goc_structtype *)t;
        const goc_structfield *f = s->Fields.ptr;
        for (goc_int i = 0; i < s->Fields.len; i++) {
            if (goc_nameisblank(f[i].Name))
                continue;
            h = goc_typehash(f[i].Typ, b + f[i].Offset, h);
        }
        return h;
    }
    default: /* slices, maps, funcs: not comparable */
        goc_panicunhashable(t);
    }
}

/* ---- equality ----------------------------------------------------------------------- */

bool goc_memequal(const void *p, const void *q, uintptr_t size) {
    return p == q || goc_memeq(p, q, size);
}
bool goc_memequal0(const void *p, const void *q) {
    (void)p, (void)q;
    return true;
}
bool goc_memequal8(const void *p, const void *q) {
    return *(const uint8_t *)p == *(const uint8_t *)q;
}
bool goc_memequal16(const void *p, const void *q) {
    return memcmp(p, q, 2) == 0;
}
bool goc_memequal32(const void *p, const void *q) {
    return r4(p) == r4(q);
}
bool goc_memequal64(const void *p, const void *q) {
    return r8(p) == r8(q);
}
bool goc_memequal128(const void *p, const void *q) {
    return memcmp(p, q, 16) == 0;
}

bool goc_strequal(const void *p, const void *q) {
    const goc_string *x = p, *y = q;
    return x->len == y->len &&
           (x->str == y->str || goc_memeq(x->str, y->str, (size_t)x->len));
}

bool goc_f32equal(const void *p, const void *q) {
    float x, y;
    memcpy(&x, p, sizeof x);
    memcpy(&y, q, sizeof y);
    return x == y;
}
bool goc_f64equal(const void *p, const void *q) {
    double x, y;
    memcpy(&x, p, sizeof x);
    memcpy(&y, q, sizeof y);
    return x == y;
}
bool goc_c64equal(const void *p, const void *q) {
    const float *x = p, *y = q;
    return x[0] == y[0] && x[1] == y[1];
}
bool goc_c128equal(const void *p, const void *q) {
    const double *x = p, *y = q;
    return x[0] == y[0] && x[1] == y[1];
}

/*
 * Go: efaceeq/ifaceeq. Values of the same dynamic type t; x and y are data
 * words. Pointer-shaped values are compared as words.
 */
static bool ifacevaleq(const goc_type *t, void *x, void *y) {
    if (t == NULL)
        return true;
    if (t->Equal == NULL)
        goc_panicuncomparable(t);
    if (goc_isdirectiface(t))
        return x == y;
    return goc_calleq(t->Equal, x, y);
}

/* Dynamic type of a non-empty interface. Compares types, not itab addresses:
 * the same (interface, type) pair may have a static and a runtime-built itab. */
static inline const goc_type *itabtype(const goc_itab *tab) {
    return tab ? tab->Type : NULL;
}

bool goc_efaceeq(goc_eface x, goc_eface y) {
    return x.type == y.type && ifacevaleq(x.type, x.data, y.data);
}

bool goc_ifaceeq(goc_iface x, goc_iface y) {
    const goc_type *t = itabtype(x.tab);
    return t == itabtype(y.tab) && ifacevaleq(t, x.data, y.data);
}

bool goc_efaceeqvalue(goc_eface x, const goc_type *t, const void *p) {
    if (x.type != t)
        return false;
    if (t->Equal == NULL)
        goc_panicuncomparable(t);
    if (goc_isdirectiface(t))
        return x.data == *(void *const *)p;
    return goc_calleq(t->Equal, x.data, p);
}

bool goc_interequal(const void *p, const void *q) {
    const goc_iface *x = p, *y = q;
    return goc_ifaceeq(*x, *y);
}

bool goc_nilinterequal(const void *p, const void *q) {
    const goc_eface *x = p, *y = q;
    return goc_efaceeq(*x, *y);
}

/* ---- closures for descriptors ------------------------------------------------------ */

/* Equal and Hasher fields are Go func values: closures whose C function takes the
   closure first. These wrap the functions above. */
#define EQUAL_F(name)                                                                            \
    static goc_bool name##_fv(goc_func *self, void *p, void *q) {                                \
        (void)self;                                                                              \
        return goc_##name(p, q);                                                                 \
    }                                                                                            \
    const goc_func goc_##name##_f = {(void (*)(void))name##_fv};
#define HASH_F(name)                                                                             \
    static goc_uintptr name##_fv(goc_func *self, void *p, goc_uintptr h) {                       \
        (void)self;                                                                              \
        return goc_##name(p, h);                                                                 \
    }                                                                                            \
    const goc_func goc_##name##_f = {(void (*)(void))name##_fv};

EQUAL_F(memequal0)
EQUAL_F(memequal8)
EQUAL_F(memequal16)
EQUAL_F(memequal32)
EQUAL_F(memequal64)
EQUAL_F(memequal128)
EQUAL_F(f32equal)
EQUAL_F(f64equal)
EQUAL_F(c64equal)
EQUAL_F(c128equal)
EQUAL_F(strequal)
EQUAL_F(interequal)
EQUAL_F(nilinterequal)
HASH_F(memhash0)
HASH_F(memhash8)
HASH_F(memhash16)
HASH_F(memhash32)
HASH_F(memhash64)
HASH_F(memhash128)
HASH_F(f32hash)
HASH_F(f64hash)
HASH_F(c64hash)
HASH_F(c128hash)
HASH_F(strhash)
HASH_F(interhash)
HASH_F(nilinterhash)
