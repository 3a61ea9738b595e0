/*
 * tests/check_hash.c — runtime/hash.c: memhash (whichever engine the CPU
 * selected) is deterministic, address-independent and well mixed for every
 * size; strings, floats (±0, NaN), complex, interfaces (nil, unhashable,
 * int vs int64), goc_typehash agrees with composed hashers, equality and
 * the interface comparisons, goc_rand.
 */
#include "export.h"
#include "linkname.h"

#include <complex.h>
#include <sys/mman.h>
#include <unistd.h>

/* Loop tests run once per engine: _i == 0 AES-NI (skipped without it), 1 the fallback. */
static bool engine(int i) {
    bool aes = goc_alg_setaes(i == 0);
    return aes == (i == 0);
}

/* Same bytes at different addresses and alignments hash alike; every size 0..300. */
START_TEST(test_memhash_address_independent) {
    if (!engine(_i))
        return; /* no AES-NI on this CPU */
    uint8_t *a = malloc(400), *b = malloc(400);
    for (uintptr_t n = 0; n <= 300; n++) {
        for (uintptr_t i = 0; i < n; i++)
            a[i] = (uint8_t)(i * 7 + n);
        uintptr_t want = goc_memhash(a, 12345, n);
        for (int off = 0; off < 16; off++) {
            memset(b, 0xCC ^ off, 400); /* different bytes around the copy */
            memcpy(b + off, a, n);
            EX_ASSERT_MSG(goc_memhash(b + off, 12345, n) == want, "size %lu offset %d", (unsigned long)n, off);
        }
        /* an exactly sized heap block: ASan reports any read past it */
        uint8_t *exact = malloc(n ? n : 1);
        memcpy(exact, a, n);
        EX_ASSERT(goc_memhash(exact, 12345, n) == want);
        free(exact);
    }
    free(a);
    free(b);
}
END_TEST

/*
 * Short keys (0..16 bytes) hash with one 16-byte load that may read past
 * the key but never into another page: keys that end exactly at a page
 * followed by an inaccessible page, and keys that start a page preceded by
 * one, hash like the same bytes elsewhere (and do not fault).
 */
START_TEST(test_memhash_page_edges) {
    if (!engine(_i))
        return;
    long pg = sysconf(_SC_PAGESIZE);
    uint8_t *m = mmap(NULL, (size_t)pg * 3, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    ck_assert(m != MAP_FAILED);
    ck_assert_int_eq(mprotect(m, (size_t)pg, PROT_NONE), 0);
    ck_assert_int_eq(mprotect(m + 2 * pg, (size_t)pg, PROT_NONE), 0);
    uint8_t *first = m + pg, *end = m + 2 * pg; /* the accessible page */
    memset(first, 0xA5, (size_t)pg);             /* junk around every key */
    uint8_t key[40];
    for (uintptr_t n = 0; n <= 33; n++) {
        for (uintptr_t i = 0; i < n; i++)
            key[i] = (uint8_t)(i * 13 + n + 1);
        uintptr_t want = goc_memhash(key, 777, n);
        /* every start within 20 bytes of the page end, key fully inside */
        for (uintptr_t back = n; back <= n + 20; back++) {
            uint8_t *p = end - back;
            memcpy(p, key, n);
            EX_ASSERT_MSG(goc_memhash(p, 777, n) == want, "size %lu, %lu bytes before the page end",
                          (unsigned long)n, (unsigned long)back);
            memset(p, 0xA5, n);
        }
        memcpy(first, key, n);
        EX_ASSERT_MSG(goc_memhash(first, 777, n) == want, "size %lu at the page start", (unsigned long)n);
        goc_string s = {.str = end - n, .len = (goc_int)n};
        memcpy(end - n, key, n);
        EX_ASSERT(goc_strhash(&s, 777) == want);
        memset(first, 0xA5, (size_t)pg);
    }
    munmap(m, (size_t)pg * 3);
}
END_TEST

/* Flipping any input bit flips about half the output bits; the seed and the length matter. */
START_TEST(test_memhash_mixing) {
    if (!engine(_i))
        return; /* no AES-NI on this CPU */
    static const int sizes[] = {1,  2,  3,  4,  5,   7,   8,   9,   15,  16,  17,  31,  32, 33,
                                47, 48, 49, 63, 64,  65,  100, 127, 128, 129, 255, 257, 512};
    uint8_t buf[600];
    uint32_t x = 12345; /* no period: swapped blocks below must differ */
    for (int i = 0; i < 600; i++) {
        x = x * 1103515245u + 12345u;
        buf[i] = (uint8_t)(x >> 24);
    }
    for (size_t s = 0; s < sizeof sizes / sizeof sizes[0]; s++) {
        int n = sizes[s];
        double flips = 0;
        int cnt = 0;
        uintptr_t h0 = goc_memhash(buf, 42, (uintptr_t)n);
        for (int bit = 0; bit < n * 8; bit++) {
            buf[bit / 8] ^= (uint8_t)(1 << (bit % 8));
            uintptr_t h1 = goc_memhash(buf, 42, (uintptr_t)n);
            buf[bit / 8] ^= (uint8_t)(1 << (bit % 8));
            EX_ASSERT_MSG(h1 != h0, "size %d bit %d: no change", n, bit);
            flips += __builtin_popcountll(h0 ^ h1);
            cnt++;
        }
        /* a random function flips 32 ± 4 bits per input bit: allow 6.5 standard errors */
        double avg = flips / cnt, tol = 6.5 * 4.0 / sqrt((double)cnt) + 0.5;
        EX_ASSERT_MSG(fabs(avg - 32) < tol, "size %d: %.2f bits flip on average", n, avg);
        EX_ASSERT(goc_memhash(buf, 43, (uintptr_t)n) != h0);
        EX_ASSERT(goc_memhash(buf, 42, (uintptr_t)n - 1) != h0);
    }
    /* zero-length: the seed comes back (mixed with the process key) and depends on it */
    EX_ASSERT(goc_memhash(NULL, 1, 0) != goc_memhash(NULL, 2, 0));
    /* sizes whose overlapping tail makes two lanes absorb the very same
       block: no bit of it may cancel between them, under many seeds */
    static const int dup[] = {48, 80, 112, 176, 240};
    for (size_t s = 0; s < sizeof dup / sizeof dup[0]; s++) {
        int n = dup[s];
        for (uintptr_t seed = 0; seed < 16; seed++) {
            uintptr_t h0 = goc_memhash(buf, seed, (uintptr_t)n);
            for (int bit = 0; bit < n * 8; bit++) {
                buf[bit / 8] ^= (uint8_t)(1 << (bit % 8));
                uintptr_t h1 = goc_memhash(buf, seed, (uintptr_t)n);
                buf[bit / 8] ^= (uint8_t)(1 << (bit % 8));
                EX_ASSERT_MSG(h1 != h0, "size %d seed %lu bit %d: no change", n, (unsigned long)seed, bit);
            }
        }
    }
    /* blocks absorbed by different lanes do not commute: swapping two 16-byte
       blocks, or moving one block to another position, changes the hash */
    static const int big[] = {32, 48, 64, 96, 128, 160, 256, 512};
    for (size_t s = 0; s < sizeof big / sizeof big[0]; s++) {
        int n = big[s];
        uintptr_t h0 = goc_memhash(buf, 42, (uintptr_t)n);
        for (int j = 1; j < n / 16; j++) {
            uint8_t tmp[16];
            memcpy(tmp, buf, 16);
            memcpy(buf, buf + 16 * j, 16);
            memcpy(buf + 16 * j, tmp, 16);
            uintptr_t h1 = goc_memhash(buf, 42, (uintptr_t)n);
            memcpy(buf + 16 * j, buf, 16);
            memcpy(buf, tmp, 16);
            EX_ASSERT_MSG(h1 != h0, "size %d: blocks 0 and %d swapped, same hash", n, j);
        }
        EX_ASSERT(goc_memhash(buf, 42, (uintptr_t)n) == h0);
    }
}
END_TEST

/* The fixed-size hashers agree with themselves and differ across seeds and values. */
START_TEST(test_memhash_fixed) {
    if (!engine(_i))
        return; /* no AES-NI on this CPU */
    uint8_t x[16], y[16];
    for (int i = 0; i < 16; i++)
        x[i] = y[i] = (uint8_t)(i + 1);
    EX_ASSERT(goc_memhash8(x, 7) == goc_memhash8(y, 7));
    EX_ASSERT(goc_memhash16(x, 7) == goc_memhash16(y, 7));
    EX_ASSERT(goc_memhash32(x, 7) == goc_memhash32(y, 7));
    EX_ASSERT(goc_memhash64(x, 7) == goc_memhash64(y, 7));
    EX_ASSERT(goc_memhash128(x, 7) == goc_memhash128(y, 7));
    EX_ASSERT(goc_memhash0(x, 7) == 7);
    EX_ASSERT(goc_memhash64(x, 7) != goc_memhash64(x, 8));
    EX_ASSERT(goc_memhash32(x, 7) != goc_memhash32(x, 8));
    y[3] ^= 1;
    EX_ASSERT(goc_memhash32(x, 7) != goc_memhash32(y, 7));
    EX_ASSERT(goc_memhash64(x, 7) != goc_memhash64(y, 7));
    EX_ASSERT(!goc_memequal32(x, y) && !goc_memequal64(x, y) && !goc_memequal128(x, y));
    EX_ASSERT(goc_memequal8(x, y) && goc_memequal16(x, y) && goc_memequal0(x, y));
    EX_ASSERT(goc_memequal(x, y, 3) && !goc_memequal(x, y, 4) && goc_memequal(NULL, NULL, 0));
    /* 64-bit keys: the low bits (which pick buckets) of 1024 sequential keys are
     * uniform: chi-square with 15 degrees of freedom below 73.63 (p = 1e-9) */
    int buckets[16] = {0};
    for (uint64_t k = 0; k < 1024; k++)
        buckets[goc_memhash64(&k, 99) & 15]++;
    double chi = 0;
    for (int i = 0; i < 16; i++)
        chi += (buckets[i] - 64.0) * (buckets[i] - 64.0) / 64.0;
    EX_ASSERT_MSG(chi < 73.63, "chi-square %.1f over 16 buckets", chi);
}
END_TEST

START_TEST(test_strhash) {
    if (!engine(_i))
        return; /* no AES-NI on this CPU */
    char a[] = "hello, world", b[] = "hello, world";
    goc_string s1 = {(const uint8_t *)a, 12}, s2 = {(const uint8_t *)b, 12}, s3 = {(const uint8_t *)a, 11};
    EX_ASSERT(goc_strhash(&s1, 5) == goc_strhash(&s2, 5));
    EX_ASSERT(goc_strhash(&s1, 5) != goc_strhash(&s3, 5));
    EX_ASSERT(goc_strequal(&s1, &s2) && !goc_strequal(&s1, &s3));
    goc_string e1 = {NULL, 0}, e2 = {(const uint8_t *)a, 0};
    EX_ASSERT(goc_strhash(&e1, 5) == goc_strhash(&e2, 5));
    EX_ASSERT(goc_strequal(&e1, &e2));
}
END_TEST

START_TEST(test_floathash) {
    double pz = 0.0, nz = -0.0, one = 1.0, nan = NAN, nan2 = -NAN;
    EX_ASSERT(goc_f64hash(&pz, 3) == goc_f64hash(&nz, 3));
    EX_ASSERT(goc_f64equal(&pz, &nz));
    EX_ASSERT(!goc_f64equal(&nan, &nan));
    EX_ASSERT(goc_f64hash(&nan, 3) != goc_f64hash(&nan, 3)); /* random every time */
    EX_ASSERT(goc_f64hash(&nan2, 3) != goc_f64hash(&nan, 3));
    EX_ASSERT(goc_f64hash(&one, 3) == goc_f64hash(&one, 3));
    EX_ASSERT(goc_f64hash(&one, 3) != goc_f64hash(&pz, 3));
    float fp = 0.0f, fn = -0.0f, fnan = NAN, f1 = 1.5f;
    EX_ASSERT(goc_f32hash(&fp, 3) == goc_f32hash(&fn, 3));
    EX_ASSERT(goc_f32hash(&fnan, 3) != goc_f32hash(&fnan, 3));
    EX_ASSERT(goc_f32equal(&fp, &fn) && !goc_f32equal(&fnan, &fnan) && goc_f32equal(&f1, &f1));
    double complex c1 = CMPLX(0.0, 1.0), c2 = CMPLX(-0.0, 1.0), cn = CMPLX(1.0, NAN);
    EX_ASSERT(goc_c128hash(&c1, 9) == goc_c128hash(&c2, 9));
    EX_ASSERT(goc_c128equal(&c1, &c2) && !goc_c128equal(&cn, &cn));
    EX_ASSERT(goc_c128hash(&cn, 9) != goc_c128hash(&cn, 9));
    float complex d1 = CMPLXF(2.0f, 0.0f), d2 = CMPLXF(2.0f, -0.0f);
    EX_ASSERT(goc_c64hash(&d1, 9) == goc_c64hash(&d2, 9));
    EX_ASSERT(goc_c64equal(&d1, &d2));
}
END_TEST

START_TEST(test_interhash) {
    int64_t v = 7;
    goc_eface a = {&ex_t_int64, &v}, b = {&ex_t_int, &v}, nil = {NULL, NULL};
    int64_t v2 = 7;
    goc_eface a2 = {&ex_t_int64, &v2};
    EX_ASSERT(goc_nilinterhash(&nil, 77) == 77);
    EX_ASSERT(goc_nilinterhash(&a, 77) == goc_nilinterhash(&a2, 77));
    /* the dynamic type is not hashed: int(7) and int64(7) collide but are different keys */
    EX_ASSERT(goc_nilinterhash(&a, 77) == goc_nilinterhash(&b, 77));
    EX_ASSERT(goc_nilinterequal(&a, &a2));
    EX_ASSERT(!goc_nilinterequal(&a, &b));
    EX_ASSERT(goc_nilinterequal(&nil, &nil) && !goc_nilinterequal(&nil, &a));
    /* pointer-shaped values are the data word itself */
    int x;
    goc_eface p1 = {&ex_t_ptrint, &x}, p2 = {&ex_t_ptrint, &x}, p3 = {&ex_t_ptrint, &v};
    EX_ASSERT(goc_nilinterhash(&p1, 1) == goc_nilinterhash(&p2, 1));
    EX_ASSERT(goc_efaceeq(p1, p2) && !goc_efaceeq(p1, p3));
    void *px = &x;
    EX_ASSERT(goc_efaceeqvalue(p1, &ex_t_ptrint, &px));
    EX_ASSERT(goc_efaceeqvalue(a, &ex_t_int64, &v2) && !goc_efaceeqvalue(a, &ex_t_int, &v2));
    /* non-empty interfaces compare dynamic types, not itab addresses */
    static goc_itab tab1 = {&goc_typedesc_any.d, &ex_t_int64, 0}, tab2 = {&goc_typedesc_any.d, &ex_t_int64, 0};
    goc_iface i1 = {&tab1, &v}, i2 = {&tab2, &v2}, inil = {NULL, NULL};
    EX_ASSERT(goc_interhash(&i1, 5) == goc_interhash(&i2, 5));
    EX_ASSERT(goc_interequal(&i1, &i2) && goc_ifaceeq(i1, i2));
    EX_ASSERT(goc_interhash(&inil, 5) == 5 && !goc_ifaceeq(i1, inil));
    /* goc_typehash through an interface type */
    EX_ASSERT(goc_typehash(&ex_t_any, &a, 3) == goc_nilinterhash(&a, 3));
}
END_TEST

/* struct { x int32; _ int32 } */
static const goc_structfield bf[] = {GOC_FIELD("x", false, &ex_t_int32, 0), GOC_FIELD("_", false, &ex_t_int32, 4)};
GOC_DESCRIBE(tb, goc_structtype, "struct { x int32; _ int32 }",
       {.Type = GOC_TYPEINIT(8, 4, GOC_STRUCT, 0, 0, NULL), .PkgPath = {GOC_NAMEDATA(0, "main")}, .Fields = {(void *)bf, 2, 2}});
#define tb (tb_desc.d.Type)

/* goc_typehash walks structs and arrays exactly like the composed hashers a translator emits. */
START_TEST(test_typehash) {
    ex_s16 s;
    memset(&s, 0x5A, sizeof s);
    s.a = 1, s.b = 2, s.c = 3;
    EX_ASSERT(goc_typehash(&ex_t_s16, &s, 17) == ex_s16hash(&s, 17));
    ex_s16 t2 = s;
    memset((uint8_t *)&t2 + 14, 0, 2); /* padding differs */
    EX_ASSERT(goc_typehash(&ex_t_s16, &t2, 17) == goc_typehash(&ex_t_s16, &s, 17));
    uint8_t big[200];
    for (int i = 0; i < 200; i++)
        big[i] = (uint8_t)i;
    EX_ASSERT(goc_typehash(&ex_t_big, big, 4) == ex_hash200(big, 4));
    EX_ASSERT(goc_typehash(&ex_t_int64, &s.a, 4) == goc_memhash64(&s.a, 4));
    double d = -0.0, z = 0.0;
    EX_ASSERT(goc_typehash(&ex_t_float64, &d, 4) == goc_typehash(&ex_t_float64, &z, 4));
    /* a struct with a blank field: the blank is skipped */
    int32_t p[2] = {9, 1}, q[2] = {9, 2};
    EX_ASSERT(goc_typehash(&tb, p, 1) == goc_typehash(&tb, q, 1));
    EX_ASSERT(goc_typehash(&tb, p, 1) == goc_memhash32(p, 1));
}
END_TEST

/* Maps work the same on either engine. */
START_TEST(test_map_on_engine) {
    if (!engine(_i))
        return;
    goc_hmap *hs = goc_makemap_small(), *hi = goc_makemap_small();
    char buf[64];
    int n = 3000;
    for (int i = 0; i < n; i++) {
        int len = snprintf(buf, sizeof buf, "key-%d-%s", i, i % 3 ? "" : "and a tail of some length");
        uint8_t *p = goc_alloc((uintptr_t)len, false);
        memcpy(p, buf, (size_t)len);
        goc_string k = {p, len};
        *(int64_t *)goc_mapassign(&ex_m_str_i64, hs, &k) = i;
        int64_t ik = (int64_t)i << 32;
        *(int64_t *)goc_mapassign(&ex_m_i64_i64, hi, &ik) = i;
    }
    for (int i = 0; i < n; i++) {
        int len = snprintf(buf, sizeof buf, "key-%d-%s", i, i % 3 ? "" : "and a tail of some length");
        goc_string k = {(const uint8_t *)buf, len};
        EX_EQ(*(int64_t *)goc_mapaccess1(&ex_m_str_i64, hs, &k), i);
        int64_t ik = (int64_t)i << 32;
        EX_EQ(*(int64_t *)goc_mapaccess1(&ex_m_i64_i64, hi, &ik), i);
    }
    MAP_CHECK(&ex_m_str_i64, hs);
    MAP_CHECK(&ex_m_i64_i64, hi);
    /* keys spread over the buckets: no bucket chain much longer than the average */
    goc_mapstats_t st;
    goc_mapstats(&ex_m_i64_i64, hi, &st);
    EX_ASSERT_MSG(st.overflow < st.buckets / 2, "%lu overflow buckets for %lu buckets",
                  (unsigned long)st.overflow, (unsigned long)st.buckets);
}
END_TEST

static void die_unhashable(void) {
    goc_slice sl = {0};
    goc_eface e = {&ex_t_sliceint, &sl};
    goc_nilinterhash(&e, 0);
}
static void die_uncomparable(void) {
    goc_slice sl = {0};
    goc_eface e = {&ex_t_sliceint, &sl};
    goc_efaceeq(e, e);
}
static const goc_structfield unh_f[] = {GOC_FIELD("f", false, &ex_t_sliceint, 0)};
GOC_DESCRIBE(unh_struct, goc_structtype, "struct { f []int }",
       {.Type = GOC_TYPEINIT(24, 8, GOC_STRUCT, 0, 8, NULL), .PkgPath = {GOC_NAMEDATA(0, "main")},
        .Fields = {(void *)unh_f, 1, 1}});
#define unh_struct (unh_struct_desc.d.Type)
static void die_unhashable_struct(void) {
    goc_slice sl = {0};
    goc_eface e = {&unh_struct, &sl};
    goc_nilinterhash(&e, 0);
}
static void die_typehash_slice(void) {
    goc_slice sl = {0};
    goc_typehash(&ex_t_sliceint, &sl, 0);
}
static goc_itab slicetab = {&goc_typedesc_any.d, &ex_t_sliceint, 0};
static void die_iface_unhashable(void) {
    goc_slice sl = {0};
    goc_iface i = {&slicetab, &sl};
    goc_interhash(&i, 0);
}
static void die_iface_uncomparable(void) {
    goc_slice sl = {0};
    goc_iface i = {&slicetab, &sl};
    goc_interequal(&i, &i);
}
static void die_eqvalue_uncomparable(void) {
    goc_slice sl = {0};
    goc_eface e = {&ex_t_sliceint, &sl};
    goc_efaceeqvalue(e, &ex_t_sliceint, &sl);
}
/* different dynamic types compare unequal without looking at the values */
START_TEST(test_uncomparable_different_types) {
    goc_slice sl = {0};
    int64_t v = 1;
    goc_eface a = {&ex_t_sliceint, &sl}, b = {&ex_t_int64, &v}, nil = {NULL, NULL};
    EX_ASSERT(!goc_efaceeq(a, b) && !goc_efaceeq(a, nil));
    EX_ASSERT(!goc_efaceeqvalue(a, &ex_t_int64, &v));
}
END_TEST

START_TEST(test_hash_panics) {
    EXPECT_DEATH(die_unhashable, "panic: runtime error: hash of unhashable type []int");
    EXPECT_DEATH(die_unhashable_struct, "panic: runtime error: hash of unhashable type struct { f []int }");
    EXPECT_DEATH(die_uncomparable, "panic: runtime error: comparing uncomparable type []int");
    EXPECT_DEATH(die_typehash_slice, "panic: runtime error: hash of unhashable type []int");
    EXPECT_DEATH(die_iface_unhashable, "panic: runtime error: hash of unhashable type []int");
    EXPECT_DEATH(die_iface_uncomparable, "panic: runtime error: comparing uncomparable type []int");
    EXPECT_DEATH(die_eqvalue_uncomparable, "panic: runtime error: comparing uncomparable type []int");
}
END_TEST

START_TEST(test_rand) {
    /* distinct values, every bit set and cleared about half the time */
    long ones[64] = {0};
    uint64_t prev = goc_rand();
    int n = 20000;
    for (int i = 0; i < n; i++) {
        uint64_t r = goc_rand();
        EX_ASSERT(r != prev);
        prev = r;
        for (int b = 0; b < 64; b++)
            ones[b] += (r >> b) & 1;
    }
    for (int b = 0; b < 64; b++) /* mean n/2, sd 71: 8 sd */
        EX_ASSERT_MSG(ones[b] > n / 2 - 570 && ones[b] < n / 2 + 570, "bit %d set %ld times", b, ones[b]);
    /* runtime.rand and runtime.memhash under their link names (os, math/rand, hash/maphash) */
    EX_ASSERT(runtime__rand() != runtime__rand());
    char bytes[13] = "hello, world";
    EX_ASSERT(runtime__memhash(bytes, 7, 12) == goc_memhash(bytes, 7, 12));
    EX_ASSERT(runtime__memhash(bytes, 7, 12) != runtime__memhash(bytes, 8, 12));
    uint32_t c1 = goc_cheaprand(), c2 = goc_cheaprand(), c3 = goc_cheaprand();
    EX_ASSERT(!(c1 == c2 && c2 == c3));
    goc_alginit(); /* idempotent: hashes do not change */
    uint64_t k = 5;
    uintptr_t h = goc_memhash64(&k, 1);
    goc_alginit();
    EX_ASSERT(goc_memhash64(&k, 1) == h);
}
END_TEST

/* A forked child draws different numbers than its parent would; threads get their own streams. */
static void *thread_rand(void *arg) {
    *(uint64_t *)arg = goc_rand();
    return NULL;
}
START_TEST(test_rand_threads) {
    uint64_t a = 0, b = 0;
    pthread_t t1, t2;
    EX_EQ(GC_pthread_create(&t1, NULL, thread_rand, &a), 0);
    EX_EQ(GC_pthread_create(&t2, NULL, thread_rand, &b), 0);
    GC_pthread_join(t1, NULL);
    GC_pthread_join(t2, NULL);
    EX_ASSERT(a != b);
}
END_TEST

/*
 * goc_memequal and goc_strequal at every size up to 40 (the inline word
 * compares of goc_memeq up to 32 bytes, memcmp beyond): operands that end
 * at an inaccessible page do not fault, and a difference in any one byte is
 * seen.
 */
START_TEST(test_memequal_sizes) {
    long pg = sysconf(_SC_PAGESIZE);
    uint8_t *m = mmap(NULL, (size_t)pg * 2, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    ck_assert(m != MAP_FAILED);
    ck_assert_int_eq(mprotect(m + pg, (size_t)pg, PROT_NONE), 0);
    uint8_t *end = m + pg, other[48];
    for (uintptr_t n = 0; n <= 40; n++) {
        uint8_t *p = end - n; /* p[:n] ends at the inaccessible page */
        for (uintptr_t i = 0; i < n; i++)
            p[i] = other[i] = (uint8_t)(i * 7 + n);
        EX_ASSERT_MSG(goc_memequal(p, other, n), "size %lu", (unsigned long)n);
        goc_string a = {p, (goc_int)n}, b = {other, (goc_int)n};
        EX_ASSERT(goc_strequal(&a, &b) && goc_eqstring(a, b));
        for (uintptr_t i = 0; i < n; i++) {
            other[i] ^= 0x40;
            EX_ASSERT_MSG(!goc_memequal(p, other, n), "size %lu, byte %lu differs", (unsigned long)n,
                          (unsigned long)i);
            EX_ASSERT(!goc_strequal(&a, &b) && !goc_eqstring(a, b));
            other[i] ^= 0x40;
        }
    }
    munmap(m, (size_t)pg * 2);
}
END_TEST

Suite *hash_suite(void) {
    Suite *s = suite_create("hash");
    TCase *tc = tcase_create("Core");
    tcase_add_loop_test(tc, test_memhash_address_independent, 0, 2);
    tcase_add_loop_test(tc, test_memhash_page_edges, 0, 2);
    tcase_add_loop_test(tc, test_memhash_mixing, 0, 2);
    tcase_add_loop_test(tc, test_memhash_fixed, 0, 2);
    tcase_add_loop_test(tc, test_strhash, 0, 2);
    tcase_add_test(tc, test_memequal_sizes);
    tcase_add_test(tc, test_floathash);
    tcase_add_test(tc, test_interhash);
    tcase_add_test(tc, test_typehash);
    tcase_add_loop_test(tc, test_map_on_engine, 0, 2);
    tcase_add_test(tc, test_rand);
    tcase_add_test(tc, test_rand_threads);
    suite_add_tcase(s, tc);
    tc = tcase_create("Panics");
    tcase_add_test(tc, test_hash_panics);
    tcase_add_test(tc, test_uncomparable_different_types);
    suite_add_tcase(s, tc);
    return s;
}
