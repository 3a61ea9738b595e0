/*
 * tests/check_slice.c — runtime/slice.c: capacity growth in the three eras
 * (against sequences printed by Go 1.23, the facts file's tables, and an
 * independent model of the rules), append aliasing through the C ABI,
 * makeslice/growslice panics with their exact text, copy, slice-to-array
 * checks, zero-size elements, and survival of slice contents across
 * collections.
 */
#include <check.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "goc_rt.h"
#include "testutil.h"

/* ---- element types: [es]byte (pointer-free) and structs with a pointer ---- */

/* (nameless: the runtime prints no element type here) */
#define NOPTR(es) {.Size_ = es, .Align_ = 1, .FieldAlign_ = 1, .Kind_ = GOC_ARRAY}
#define PTR(es) {.Size_ = es, .PtrBytes = 8, .Align_ = 8, .FieldAlign_ = 8, .Kind_ = GOC_STRUCT}

static const goc_type n1 = NOPTR(1), n2 = NOPTR(2), n4 = NOPTR(4), n8 = NOPTR(8),
                      n16 = NOPTR(16), n24 = NOPTR(24), n32 = NOPTR(32), n48 = NOPTR(48),
                      n100 = NOPTR(100);
static const goc_type p1 = PTR(1), p2 = PTR(2), p4 = PTR(4), p8 = PTR(8), p16 = PTR(16),
                      p24 = PTR(24), p32 = PTR(32), p48 = PTR(48), p100 = PTR(100),
                      p104 = PTR(104);
static const goc_type tzero = {.Size_ = 0, .Align_ = 1, .FieldAlign_ = 1, .Kind_ = GOC_STRUCT};

static const goc_type *const alltypes[] = {&n1, &n2, &n4, &n8, &n16, &n24, &n32, &n48, &n100,
                                           &p1, &p2, &p4, &p8, &p16, &p24, &p32, &p48, &p100,
                                           &p104};
#define NTYPES (sizeof alltypes / sizeof alltypes[0])

static const goc_growera eras[] = {GOC_GROW_GO117, GOC_GROW_GO118, GOC_GROW_GO122};

/* ---- an independent model of the capacity rules (facts §1.3, §8) ---- */

static uint64_t modelclass(uint64_t n) {
    for (int i = 1; i < GOC_NUM_SIZE_CLASSES; i++)
        if (goc_class_to_size[i] >= n)
            return goc_class_to_size[i];
    return 0;
}

static uint64_t modelround(uint64_t bytes, bool header) {
    if (bytes == 0)
        return 0;
    if (header && bytes > 512 && bytes + 8 <= 32768)
        return modelclass(bytes + 8) - 8;
    if (bytes <= 32768)
        return modelclass(bytes);
    return (bytes + 8191) / 8192 * 8192;
}

static int64_t modelstepA(goc_growera era, int64_t newLen, int64_t oldCap) {
    if (newLen > 2 * oldCap)
        return newLen;
    if (era == GOC_GROW_GO117) {
        if (oldCap < 1024)
            return 2 * oldCap;
        int64_t c = oldCap;
        while (c < newLen)
            c += c / 4;
        return c;
    }
    if (oldCap < 256)
        return 2 * oldCap;
    int64_t c = oldCap;
    while (c < newLen)
        c += (c + 768) / 4;
    return c;
}

static int64_t modelcap(goc_growera era, int64_t newLen, int64_t oldCap, const goc_type *et) {
    int64_t es = (int64_t)et->Size_;
    int64_t c = modelstepA(era, newLen, oldCap);
    bool header = era == GOC_GROW_GO122 && (et->PtrBytes != 0);
    return (int64_t)modelround((uint64_t)(c * es), header) / es;
}

/* ---- driving append through the C ABI ---- */

/* Append one element holding `v` in every byte (pointerful types keep
   their first word a real pointer or NULL, see fill). */
static void fill(unsigned char *p, const goc_type *et, int64_t i) {
    memset(p, (int)(i % 251) + 1, et->Size_);
    if ((et->PtrBytes != 0) && et->Size_ >= 8)
        memset(p, 0, 8);
}

static goc_slice append1(goc_slice s, const goc_type *et) {
    goc_int newLen = s.len + 1;
    if ((goc_uint)newLen > (goc_uint)s.cap)
        s = goc_growslice(s.ptr, newLen, s.cap, 1, et);
    else
        s.len = newLen;
    fill((unsigned char *)s.ptr + (s.len - 1) * (goc_int)et->Size_, et, s.len - 1);
    return s;
}

/* Distinct capacities seen while appending n elements one at a time;
   also checks every element survived every copy. Returns how many. */
static int capseq(goc_growera era, const goc_type *et, int n, goc_int *caps, int maxcaps) {
    goc_setgrowera(era);
    goc_slice s = {NULL, 0, 0};
    int k = 0;
    goc_int last = -1;
    unsigned char want[128];
    for (int i = 0; i < n; i++) {
        s = append1(s, et);
        if (s.cap != last) {
            ck_assert_int_lt(k, maxcaps);
            caps[k++] = last = s.cap;
            goc_int bad = -1;
            for (goc_int j = 0; j < s.len && bad < 0; j++) {
                fill(want, et, j);
                if (memcmp((unsigned char *)s.ptr + j * (goc_int)et->Size_, want, et->Size_) != 0)
                    bad = j;
            }
            ck_assert_msg(bad < 0, "element %ld lost in growth to cap %ld", (long)bad, (long)s.cap);
        }
    }
    return k;
}

static void checkseq(goc_growera era, const goc_type *et, int n, const goc_int *want, int nwant) {
    goc_int got[64];
    int k = capseq(era, et, n, got, 64);
    char gs[1024] = "", ws[1024] = "";
    for (int i = 0; i < k; i++)
        snprintf(gs + strlen(gs), sizeof gs - strlen(gs), " %ld", (long)got[i]);
    for (int i = 0; i < nwant; i++)
        snprintf(ws + strlen(ws), sizeof ws - strlen(ws), " %ld", (long)want[i]);
    ck_assert_msg(k == nwant && memcmp(got, want, (size_t)k * sizeof(goc_int)) == 0,
                  "era %d, %zu-byte %s elements:\n got:%s\nwant:%s", (int)era, (size_t)et->Size_,
                  (et->PtrBytes != 0) ? "pointerful" : "pointer-free", gs, ws);
}

#define SEQ(era, et, n, ...)                                                                   \
    do {                                                                                       \
        static const goc_int w_[] = {__VA_ARGS__};                                             \
        checkseq(era, et, n, w_, (int)(sizeof w_ / sizeof w_[0]));                             \
    } while (0)

/* Printed by Go 1.23 (GOTOOLCHAIN=local go run, slices escaping to the heap)
   while appending 3000 elements one at a time: [N]byte for pointer-free,
   struct { p *int; b [N-8]byte } for pointerful element types. */
START_TEST(test_go123_sequences) {
    const goc_growera e = GOC_GROW_GO122;
    SEQ(e, &n1, 3000, 8, 16, 32, 64, 128, 256, 512, 896, 1408, 2048, 3072);
    SEQ(e, &n2, 3000, 4, 8, 16, 32, 64, 128, 256, 512, 896, 1344, 2048, 3072);
    SEQ(e, &n4, 3000, 2, 4, 8, 16, 32, 64, 128, 256, 512, 864, 1344, 2048, 3072);
    SEQ(e, &n8, 3000, 1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 848, 1280, 1792, 2560, 3408);
    SEQ(e, &n16, 3000, 1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 848, 1280, 1792, 2560, 3584);
    SEQ(e, &n24, 3000, 1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 853, 1365, 2048, 3072);
    SEQ(e, &n32, 3000, 1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 852, 1280, 1792, 2560, 3584);
    SEQ(e, &n48, 3000, 1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 853, 1365, 2048, 2901, 3925);
    SEQ(e, &n100, 3000, 1, 2, 4, 8, 17, 34, 69, 143, 286, 573, 983, 1474, 2048, 2785, 3686);
    SEQ(e, &p8, 3000, 1, 2, 4, 8, 16, 32, 64, 143, 287, 607, 1023, 1535, 2303, 3071);
    SEQ(e, &p16, 3000, 1, 2, 4, 8, 16, 32, 71, 143, 303, 591, 1023, 1535, 2560, 3584);
    SEQ(e, &p24, 3000, 1, 2, 4, 8, 16, 37, 74, 170, 341, 682, 1135, 1706, 2389, 3413);
    SEQ(e, &p32, 3000, 1, 2, 4, 8, 16, 35, 71, 151, 303, 575, 1023, 1536, 2304, 3072);
    SEQ(e, &p48, 3000, 1, 2, 4, 8, 18, 37, 85, 170, 341, 682, 1194, 1706, 2389, 3242);
    SEQ(e, &p104, 3000, 1, 2, 4, 8, 17, 39, 78, 157, 315, 630, 1024, 1496, 2126, 2914, 3859);
}
END_TEST

/* Go 1.23 (GOTOOLCHAIN=local go run, math/rand seed 1): s := make([]T,
   oldLen, oldCap); s = append(s, make([]T, newLen-oldLen)...) with the
   result escaping; rows are {T, newLen, oldCap, cap(s)}. Element types:
   [N]byte (nN), struct { p *int; b [N-8]byte } (pN), string (16 bytes).
   Many of these are large (page-rounded) arrays. */
static const goc_type tstring = {.Size_ = 16, .PtrBytes = 8, .Align_ = 8, .FieldAlign_ = 8, .Kind_ = GOC_STRING};
static const struct {
    const goc_type *et;
    goc_int newLen, oldCap, cap;
} go123appends[] = {
        {&n1, 98082, 98081, 122880},
        {&n1, 55090, 55089, 73728},
        {&n1, 272738, 179947, 286720},
        {&n1, 86414, 86413, 114688},
        {&n1, 139475, 27189, 147456},
        {&n1, 89829, 89828, 114688},
        {&n1, 218828, 107463, 221184},
        {&n1, 98879, 98878, 131072},
        {&n1, 31516, 31515, 40960},
        {&n1, 105385, 105384, 139264},
        {&n1, 30494, 30493, 40960},
        {&n1, 68211, 4384, 73728},
        {&n1, 118845, 118844, 155648},
        {&n1, 167823, 167822, 212992},
        {&n1, 189372, 189371, 237568},
        {&n8, 15566, 15565, 20480},
        {&n8, 7887, 7886, 10240},
        {&n8, 1158, 1157, 1696},
        {&n8, 10261, 10260, 13312},
        {&n8, 17040, 17039, 21504},
        {&n8, 34319, 15740, 34816},
        {&n8, 23473, 23472, 29696},
        {&n8, 13152, 13151, 17408},
        {&n8, 5167, 5166, 7168},
        {&n8, 17287, 17286, 22528},
        {&n8, 1532, 1531, 2304},
        {&n8, 9699, 9698, 13312},
        {&n8, 13241, 13240, 17408},
        {&n8, 9268, 9267, 12288},
        {&n8, 1973, 1972, 2720},
        {&n24, 7234, 7233, 9557},
        {&n24, 7048, 7047, 9216},
        {&n24, 7558, 5760, 9557},
        {&n24, 4172, 1473, 4437},
        {&n24, 4315, 4314, 5802},
        {&n24, 8041, 8040, 10581},
        {&n24, 5912, 5911, 7850},
        {&n24, 954, 953, 1706},
        {&n24, 1962, 1961, 2730},
        {&n24, 5646, 5645, 7509},
        {&n24, 6524, 6523, 8533},
        {&n24, 5170, 2713, 6144},
        {&n24, 8004, 5963, 9898},
        {&n24, 2144, 2143, 3072},
        {&n24, 8145, 8144, 10581},
        {&n100, 2772, 1755, 3194},
        {&n100, 854, 196, 901},
        {&n100, 1842, 1841, 2539},
        {&n100, 1618, 1617, 2293},
        {&n100, 1991, 748, 2048},
        {&n100, 723, 722, 1146},
        {&n100, 189, 188, 409},
        {&n100, 1767, 1248, 2457},
        {&n100, 1451, 1450, 2048},
        {&n100, 1830, 593, 1884},
        {&n100, 2133, 836, 2211},
        {&n100, 1724, 1723, 2375},
        {&n100, 1365, 1364, 1966},
        {&n100, 455, 454, 819},
        {&n100, 1987, 1636, 2293},
        {&p8, 11429, 11428, 15360},
        {&p8, 15073, 503, 15360},
        {&p8, 3381, 3380, 5120},
        {&p8, 38406, 23972, 48128},
        {&p8, 22664, 22663, 28672},
        {&p8, 26360, 3799, 26624},
        {&p8, 2778, 2777, 4095},
        {&p8, 6992, 6991, 9216},
        {&p8, 18367, 18366, 23552},
        {&p8, 20204, 20203, 25600},
        {&p8, 3005, 3004, 4095},
        {&p8, 14270, 14269, 18432},
        {&p8, 984, 983, 1535},
        {&p8, 1860, 1859, 2559},
        {&p8, 8603, 8602, 11264},
        {&p24, 4516, 4515, 6144},
        {&p24, 1619, 1618, 2389},
        {&p24, 5093, 5092, 6826},
        {&p24, 6953, 6952, 9216},
        {&p24, 2004, 2003, 2730},
        {&p24, 3279, 3278, 4437},
        {&p24, 9093, 6672, 10922},
        {&p24, 1994, 1993, 2730},
        {&p24, 5035, 5034, 6485},
        {&p24, 7540, 256, 7850},
        {&p24, 8041, 8040, 10581},
        {&p24, 1199, 1198, 1706},
        {&p24, 8091, 2534, 8192},
        {&p24, 1363, 1362, 2048},
        {&p24, 9685, 1772, 9898},
        {&p104, 560, 528, 866},
        {&p104, 344, 343, 630},
        {&p104, 705, 704, 1102},
        {&p104, 1256, 1255, 1811},
        {&p104, 1710, 1709, 2363},
        {&p104, 963, 962, 1417},
        {&p104, 802, 169, 866},
        {&p104, 1859, 1858, 2520},
        {&p104, 1811, 1402, 1969},
        {&p104, 1240, 1239, 1811},
        {&p104, 245, 244, 551},
        {&p104, 338, 337, 630},
        {&p104, 216, 215, 472},
        {&p104, 1465, 1464, 2048},
        {&p104, 1568, 1567, 2205},
        {&tstring, 11830, 11829, 15360},
        {&tstring, 5516, 5515, 7168},
        {&tstring, 10250, 10249, 13312},
        {&tstring, 2960, 2959, 4096},
        {&tstring, 3002, 3001, 4096},
        {&tstring, 6476, 6475, 8704},
        {&tstring, 12892, 2127, 13312},
        {&tstring, 15214, 9111, 18944},
        {&tstring, 3139, 3138, 4608},
        {&tstring, 1019, 1018, 1535},
        {&tstring, 4215, 2790, 5120},
        {&tstring, 9876, 9875, 12800},
        {&tstring, 11422, 11421, 14848},
        {&tstring, 6692, 6691, 8704},
        {&tstring, 6106, 6105, 8192},
};

START_TEST(test_go123_random_appends) {
    goc_setgrowera(GOC_GROW_GO122);
    size_t n = sizeof go123appends / sizeof go123appends[0];
    size_t step = tu_gcstress() ? 5 : 1;
    for (size_t i = 0; i < n; i += step) {
        const goc_type *et = go123appends[i].et;
        goc_int oldCap = go123appends[i].oldCap, newLen = go123appends[i].newLen;
        goc_slice old = goc_makeslice(et, oldCap, oldCap);
        goc_slice s = goc_growslice(old.ptr, newLen, oldCap, newLen - oldCap, et);
        ck_assert_msg(s.cap == go123appends[i].cap, "row %zu: es %zu: newLen %ld oldCap %ld: cap %ld, Go %ld",
                      i, (size_t)et->Size_, (long)newLen, (long)oldCap, (long)s.cap,
                      (long)go123appends[i].cap);
        ck_assert_int_eq(s.len, newLen);
    }
}
END_TEST

/* The facts file's tables (§1.3.5 a–d), era by era. */
START_TEST(test_facts_tables) {
    const goc_growera e17 = GOC_GROW_GO117, e18 = GOC_GROW_GO118, e22 = GOC_GROW_GO122;
    /* (a) []int */
    SEQ(e17, &n8, 2000, 1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 1024, 1280, 1696, 2304);
    SEQ(e18, &n8, 2000, 1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 848, 1280, 1792, 2560);
    SEQ(e22, &n8, 2000, 1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 848, 1280, 1792, 2560);
    /* (b) []byte up to 5000 */
    SEQ(e17, &n1, 5000, 8, 16, 32, 64, 128, 256, 512, 1024, 1280, 1792, 2304, 3072, 4096, 5376);
    SEQ(e18, &n1, 5000, 8, 16, 32, 64, 128, 256, 512, 896, 1408, 2048, 3072, 4096, 5376);
    SEQ(e22, &n1, 5000, 8, 16, 32, 64, 128, 256, 512, 896, 1408, 2048, 3072, 4096, 5376);
    /* (c) 24-byte pointer-free */
    SEQ(e17, &n24, 2000, 1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 1024, 1365, 1706, 2389);
    SEQ(e18, &n24, 2000, 1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 853, 1365, 2048);
    SEQ(e22, &n24, 2000, 1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 853, 1365, 2048);
    /* (c') 24-byte with a pointer: only 1.22+ differs */
    SEQ(e17, &p24, 2000, 1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 1024, 1365, 1706, 2389);
    SEQ(e18, &p24, 2000, 1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 853, 1365, 2048);
    SEQ(e22, &p24, 2000, 1, 2, 4, 8, 16, 37, 74, 170, 341, 682, 1135, 1706, 2389);
    /* (d) []*T and []string */
    SEQ(e22, &p8, 2000, 1, 2, 4, 8, 16, 32, 64, 143, 287, 607, 1023, 1535, 2303);
    SEQ(e18, &p8, 2000, 1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 848, 1280, 1792, 2560);
    SEQ(e22, &p16, 2000, 1, 2, 4, 8, 16, 32, 71, 143, 303, 591, 1023, 1535, 2560);
    SEQ(e18, &p16, 2000, 1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 848, 1280, 1792, 2560);
    /* (d) []int32, every era from 1.18 */
    SEQ(e18, &n4, 2000, 2, 4, 8, 16, 32, 64, 128, 256, 512, 864, 1344, 2048);
    SEQ(e22, &n4, 2000, 2, 4, 8, 16, 32, 64, 128, 256, 512, 864, 1344, 2048);
}
END_TEST

/* Every type in every era against the model, one append at a time. */
START_TEST(test_model_sequences) {
    int n = tu_gcstress() ? 1200 : 3000;
    for (size_t e = 0; e < 3; e++) {
        for (size_t t = 0; t < NTYPES; t++) {
            const goc_type *et = alltypes[t];
            goc_int want[64];
            int k = 0;
            int64_t cap = 0, last = -1;
            for (int64_t len = 1; len <= n; len++) {
                if (len > cap)
                    cap = modelcap(eras[e], len, cap, et);
                if (cap != last)
                    want[k++] = last = cap;
            }
            checkseq(eras[e], et, n, want, k);
        }
    }
}
END_TEST

/* Multi-element appends and random (newLen, oldCap) pairs against the
   model, including large (page-rounded) sizes. */
START_TEST(test_model_random) {
    uint64_t x = 0x9E3779B97F4A7C15u;
    int rounds = tu_gcstress() ? 60 : 400;
    for (int i = 0; i < rounds; i++) {
        x ^= x << 13, x ^= x >> 7, x ^= x << 17;
        const goc_type *et = alltypes[x % NTYPES];
        goc_growera era = eras[(x >> 8) % 3];
        goc_int maxcap = (goc_int)(300000 / et->Size_);
        goc_int oldCap = (goc_int)((x >> 16) % (uint64_t)maxcap);
        goc_int num = (x >> 40) % 4 == 0 ? (goc_int)((x >> 44) % (uint64_t)(maxcap + 1)) + 1 : 1;
        goc_int oldLen = oldCap == 0 ? 0 : (goc_int)((x >> 24) % (uint64_t)(oldCap + 1));
        if (oldLen + num <= oldCap)
            oldLen = oldCap; /* growslice needs newLen > oldCap */
        goc_setgrowera(era);
        goc_slice old = goc_makeslice(et, oldLen, oldCap);
        goc_slice s = goc_growslice(old.ptr, oldLen + num, oldCap, num, et);
        int64_t want = modelcap(era, oldLen + num, oldCap, et);
        ck_assert_msg(s.cap == want, "era %d es %zu ptr %d: newLen %ld oldCap %ld: cap %ld want %ld",
                      (int)era, (size_t)et->Size_, !!(et->PtrBytes != 0),
                      (long)(oldLen + num), (long)oldCap, (long)s.cap, (long)want);
        ck_assert_int_eq(s.len, oldLen + num);
    }
}
END_TEST

static goc_slice appendn(goc_slice s, const goc_type *et, goc_int n) {
    goc_int newLen = s.len + n;
    if ((goc_uint)newLen > (goc_uint)s.cap)
        return goc_growslice(s.ptr, newLen, s.cap, n, et);
    s.len = newLen;
    return s;
}

/* Printed by Go 1.23 (see test_go123_sequences), and facts §1.3.5 (e), (f). */
START_TEST(test_multi_element_appends) {
    static const goc_type tint = NOPTR(8), tptr = PTR(8), tstr = PTR(16), tbyte = NOPTR(1);
    for (size_t e = 0; e < 3; e++) {
        goc_setgrowera(eras[e]);
        /* (e) append(make([]int, 0, 5), 1..7) -> len 7 cap 10 in every era */
        goc_slice s = appendn(goc_makeslice(&tint, 0, 5), &tint, 7);
        ck_assert_int_eq(s.len, 7);
        ck_assert_int_eq(s.cap, 10);
        /* (f) append([]int(nil), 1..5) -> cap 6 */
        s = appendn((goc_slice){NULL, 0, 0}, &tint, 5);
        ck_assert_int_eq(s.cap, 6);
        /* (f) append([]int{1,2,3,4}, 5) -> cap 8 */
        s = appendn(goc_makeslice(&tint, 4, 4), &tint, 1);
        ck_assert_int_eq(s.cap, 8);
        /* append(make([]*int, 2), nil, nil, nil) -> 5 6 */
        s = appendn(goc_makeslice(&tptr, 2, 2), &tptr, 3);
        ck_assert_int_eq(s.cap, 6);
        /* append(make([]byte, 1000), make([]byte, 3000)...) -> 4000 4096 */
        s = appendn(goc_makeslice(&tbyte, 1000, 1000), &tbyte, 3000);
        ck_assert_int_eq(s.len, 4000);
        ck_assert_int_eq(s.cap, 4096);
    }
    goc_setgrowera(GOC_GROW_GO122);
    /* Go 1.23: append(make([]*int, 0, 100), make([]*int, 150)...) -> 150 223 */
    goc_slice s = appendn(goc_makeslice(&tptr, 0, 100), &tptr, 150);
    ck_assert_int_eq(s.cap, 223);
    /* append(make([]string, 300), make([]string, 1)...) -> 301 591 */
    s = appendn(goc_makeslice(&tstr, 300, 300), &tstr, 1);
    ck_assert_int_eq(s.cap, 591);
    /* append(make([]P24, 40), P24{}) -> 41 85 */
    s = appendn(goc_makeslice(&p24, 40, 40), &p24, 1);
    ck_assert_int_eq(s.cap, 85);
    /* large: append([]byte(nil), make([]byte, 40000)...) -> cap 40960;
       append(make([]*int, 5120), nil) -> 6592 elems = 52736 B -> 57344 B -> 7168 */
    s = appendn((goc_slice){NULL, 0, 0}, &tbyte, 40000);
    ck_assert_int_eq(s.cap, 40960);
    s = appendn(goc_makeslice(&tptr, 5120, 5120), &tptr, 1);
    ck_assert_int_eq(s.cap, 7168);
}
END_TEST

START_TEST(test_nextslicecap) {
    for (size_t e = 0; e < 3; e++) {
        goc_setgrowera(eras[e]);
        ck_assert_int_eq(goc_nextslicecap(1, 0), 1);
        ck_assert_int_eq(goc_nextslicecap(11, 5), 11);
        ck_assert_int_eq(goc_nextslicecap(6, 5), 10);
        ck_assert_int_eq(goc_nextslicecap(256, 255), 510);
        /* huge requests: the doubling or the loop overflows, newLen wins */
        ck_assert_int_eq(goc_nextslicecap(INT64_MAX, INT64_MAX - 1), INT64_MAX);
        ck_assert_int_eq(goc_nextslicecap(INT64_MAX - 5, INT64_MAX / 2 + 10), INT64_MAX - 5);
    }
    goc_setgrowera(GOC_GROW_GO117);
    ck_assert_int_eq(goc_nextslicecap(257, 256), 512);
    ck_assert_int_eq(goc_nextslicecap(1025, 1024), 1280);
    ck_assert_int_eq(goc_nextslicecap(1281, 1280), 1600);
    goc_setgrowera(GOC_GROW_GO118);
    ck_assert_int_eq(goc_nextslicecap(257, 256), 512);
    ck_assert_int_eq(goc_nextslicecap(513, 512), 832);
    ck_assert_int_eq(goc_nextslicecap(2000, 512), 2000); /* more than double */
    ck_assert_int_eq(goc_nextslicecap(900, 512), 1232); /* 832, then 832+400 */
    goc_setgrowera(GOC_GROW_GO122);
    ck_assert_int_eq(goc_nextslicecap(513, 512), 832);
    ck_assert_int_eq(goc_nextslicecap(900, 512), 1232);
}
END_TEST

/* ---- growth eras: API and GOCGROW ---- */

START_TEST(test_growera_api) {
    static const struct { const char *env; goc_growera era; } cases[] = {
        {"go1.17", GOC_GROW_GO117}, {"go1.16", GOC_GROW_GO117}, {"go1.18", GOC_GROW_GO118},
        {"go1.19", GOC_GROW_GO118}, {"go1.21", GOC_GROW_GO118}, {"go1.22", GOC_GROW_GO122},
        {"go1.23", GOC_GROW_GO122}, {"", GOC_GROW_GO122},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        setenv("GOCGROW", cases[i].env, 1);
        goc_sliceinit();
        ck_assert_int_eq(goc_getgrowera(), cases[i].era);
    }
    unsetenv("GOCGROW");
    goc_sliceinit();
    ck_assert_int_eq(goc_getgrowera(), GOC_GROW_GO122);
    goc_setgrowera(GOC_GROW_GO117);
    ck_assert_int_eq(goc_getgrowera(), GOC_GROW_GO117);
    /* and it changes what growslice does */
    goc_slice s = appendn(goc_makeslice(&n8, 1024, 1024), &n8, 1);
    ck_assert_int_eq(s.cap, 1280);
    goc_setgrowera(GOC_GROW_GO122);
    s = appendn(goc_makeslice(&n8, 1024, 1024), &n8, 1);
    ck_assert_int_eq(s.cap, 1536); /* 1024 + 448 = 1472 -> 11776 B -> 12288 B */
}
END_TEST

static void badgrowenv(void *arg) {
    (void)arg;
    setenv("GOCGROW", "go2.0", 1);
    goc_sliceinit();
    if (goc_getgrowera() != GOC_GROW_GO122)
        exit(3);
}

static void badera(void *arg) {
    (void)arg;
    goc_setgrowera((goc_growera)121);
}

START_TEST(test_growera_bad_set) {
    tu_capture c;
    tu_run(&c, badera, NULL);
    ck_assert_int_eq(c.status, 2);
    ck_assert_msg(tu_hasprefix(c.err, "fatal error: goc_setgrowera: unknown growth era\n"), "stderr: %s",
                  c.err);
}
END_TEST

START_TEST(test_growera_bad_env) {
    tu_capture c;
    tu_run(&c, badgrowenv, NULL);
    ck_assert_int_eq(c.status, 0);
    ck_assert_str_eq(c.err, "goc: GOCGROW=go2.0 not understood (want go1.17, go1.18 or go1.22); using go1.22\n");
}
END_TEST

/* ---- aliasing, copying, zeroing ---- */

static const goc_type tint64 = {.Size_ = 8, .Align_ = 8, .FieldAlign_ = 8, .Kind_ = GOC_INT};

START_TEST(test_append_aliasing) {
    /* a := make([]int, 3, 10); b := append(a, 4); c := append(a, 5):
       within capacity both write the shared array: b[3] == c[3] == 5. */
    goc_slice a = goc_makeslice(&tint64, 3, 10);
    int64_t *ap = a.ptr;
    ap[0] = 1, ap[1] = 2, ap[2] = 3;
    goc_slice b = appendn(a, &tint64, 1);
    ((int64_t *)b.ptr)[b.len - 1] = 4;
    goc_slice c = appendn(a, &tint64, 1);
    ((int64_t *)c.ptr)[c.len - 1] = 5;
    ck_assert_ptr_eq(b.ptr, a.ptr);
    ck_assert_ptr_eq(c.ptr, a.ptr);
    ck_assert_int_eq(((int64_t *)b.ptr)[3], 5);
    ck_assert_int_eq(ap[3], 5); /* visible through a[:4] too */

    /* Beyond capacity: a fresh array; the old one keeps its elements. */
    goc_slice full = goc_makeslice(&tint64, 4, 4);
    int64_t *fp = full.ptr;
    for (int i = 0; i < 4; i++)
        fp[i] = 10 + i;
    goc_slice g = appendn(full, &tint64, 1);
    int64_t *gp = g.ptr;
    gp[4] = 99;
    ck_assert_ptr_ne(g.ptr, full.ptr);
    ck_assert_int_eq(g.len, 5);
    ck_assert_int_eq(g.cap, 8);
    for (int i = 0; i < 4; i++) {
        ck_assert_int_eq(gp[i], 10 + i);
        ck_assert_int_eq(fp[i], 10 + i);
    }
    gp[0] = -1;
    ck_assert_int_eq(fp[0], 10);
    fp[1] = -2;
    ck_assert_int_eq(gp[1], 11);
    /* and appending to the new slice again stays in its array */
    goc_slice h = appendn(g, &tint64, 1);
    ck_assert_ptr_eq(h.ptr, g.ptr);
}
END_TEST

static void dirtyheap(uintptr_t size) {
    for (int i = 0; i < 200; i++)
        memset(goc_mallocgc(size, &n1, false), 0xEE, size);
    GC_gcollect();
}

START_TEST(test_tail_zeroed) {
    /* Old elements copied, everything from oldLen to cap zero, for atomic
       (reused dirty) and scanned memory alike. */
    for (size_t t = 0; t < NTYPES; t++) {
        const goc_type *et = alltypes[t];
        goc_int es = (goc_int)et->Size_;
        for (goc_int oldLen = 1; oldLen <= 40; oldLen += 13) {
            dirtyheap((uintptr_t)(2 * oldLen * es + 8));
            goc_slice old = goc_makeslice(et, oldLen, oldLen);
            memset(old.ptr, 0x3C, (size_t)(oldLen * es));
            goc_slice s = goc_growslice(old.ptr, oldLen + 1, oldLen, 1, et);
            unsigned char *p = s.ptr;
            goc_int bad = -1;
            for (goc_int i = 0; i < s.cap * es && bad < 0; i++)
                if (p[i] != (i < oldLen * es ? 0x3C : 0))
                    bad = i;
            ck_assert_msg(bad < 0, "es %ld: byte %ld of %ld wrong (copied %ld)", (long)es, (long)bad,
                          (long)(s.cap * es), (long)(oldLen * es));
        }
    }
    /* makeslice zeroes too */
    dirtyheap(800);
    goc_slice m = goc_makeslice(&n100, 3, 8);
    for (int i = 0; i < 800; i++)
        ck_assert_int_eq(((unsigned char *)m.ptr)[i], 0);
}
END_TEST

START_TEST(test_zero_size_elements) {
    for (size_t e = 0; e < 3; e++) {
        goc_setgrowera(eras[e]);
        goc_slice s = goc_growslice(NULL, 3, 0, 3, &tzero);
        ck_assert_ptr_eq(s.ptr, &goc_zerobase);
        ck_assert_int_eq(s.len, 3);
        ck_assert_int_eq(s.cap, 3);
        s = goc_growslice(s.ptr, 4, 3, 1, &tzero);
        ck_assert_int_eq(s.cap, 4);
    }
    goc_slice m = goc_makeslice(&tzero, (goc_int)1 << 62, (goc_int)1 << 62);
    ck_assert_ptr_eq(m.ptr, &goc_zerobase);
    ck_assert_int_eq(m.len, (goc_int)1 << 62);
    m = goc_makeslice(&tzero, 0, 0);
    ck_assert_ptr_eq(m.ptr, &goc_zerobase);
    /* an empty make is non-nil */
    m = goc_makeslice(&n8, 0, 0);
    ck_assert_ptr_nonnull(m.ptr);
    ck_assert_int_eq(goc_slicecopy(m.ptr, 5, m.ptr, 7, 0), 5);
}
END_TEST

START_TEST(test_makeslice_exact_cap) {
    /* make never rounds to a size class */
    goc_slice s = goc_makeslice(&n8, 3, 5);
    ck_assert_int_eq(s.len, 3);
    ck_assert_int_eq(s.cap, 5);
    s = goc_makeslice(&p24, 0, 33);
    ck_assert_int_eq(s.cap, 33);
}
END_TEST

/* ---- panics: exit status 2 and gc's text on stderr ---- */

struct mkargs {
    const goc_type *et;
    goc_int len, cap;
};

static void domake(void *arg) {
    struct mkargs *a = arg;
    (void)goc_makeslice(a->et, a->len, a->cap);
}

static void expectpanic(void (*fn)(void *), void *arg, const char *line) {
    tu_capture c;
    tu_run(&c, fn, arg);
    ck_assert_int_eq(c.status, 2);
    char want[512];
    snprintf(want, sizeof want, "panic: %s\n\ngoroutine 1 [running]:\n", line);
    ck_assert_msg(tu_hasprefix(c.err, want), "stderr:\n%s\nwant prefix:\n%s", c.err, want);
}

START_TEST(test_makeslice_panics) {
    static const char lenmsg[] = "runtime error: makeslice: len out of range";
    static const char capmsg[] = "runtime error: makeslice: cap out of range";
    const goc_int huge = (goc_int)1 << 62;
    struct {
        struct mkargs a;
        const char *msg;
    } cases[] = {
        {{&n8, -1, 5}, lenmsg},
        {{&n8, -1, -1}, lenmsg},
        {{&n8, 5, 3}, capmsg},          /* len > cap */
        {{&n8, 0, -1}, capmsg},
        {{&n8, huge, huge}, lenmsg},     /* make([]int, huge): the len is to blame */
        {{&n8, 1, huge}, capmsg},
        {{&n1, 1, ((goc_int)1 << 48) + 1}, capmsg}, /* just over maxAlloc */
        {{&n1, ((goc_int)1 << 48) + 1, ((goc_int)1 << 48) + 1}, lenmsg},
        {{&n100, INT64_MAX / 10, INT64_MAX / 10}, lenmsg}, /* size overflows */
        {{&n100, 5, INT64_MAX / 10}, capmsg},
        {{&tzero, -1, 0}, lenmsg},
        {{&tzero, 5, 3}, capmsg},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++)
        expectpanic(domake, &cases[i].a, cases[i].msg);
}
END_TEST

START_TEST(test_makeslice_limits_ok) {
    /* a big cap with a small len is fine as long as the bytes fit */
    goc_slice s = goc_makeslice(&n1, 0, 1 << 20);
    ck_assert_int_eq(s.cap, 1 << 20);
}
END_TEST

struct growargs {
    goc_int newLen, oldCap, num;
    const goc_type *et;
};

static void dogrow(void *arg) {
    struct growargs *a = arg;
    (void)goc_growslice(NULL, a->newLen, a->oldCap, a->num, a->et);
}

START_TEST(test_growslice_panics) {
    static const char msg[] = "runtime error: growslice: len out of range";
    struct growargs cases[] = {
        {-1, 0, -1, &n8},                                      /* len(s)+n overflowed */
        {INT64_MIN, 5, 3, &n1},
        {(goc_int)1 << 46, 0, (goc_int)1 << 46, &n100},       /* too many bytes */
        {((goc_int)1 << 48) + 1, 0, ((goc_int)1 << 48) + 1, &n1},
        {((goc_int)1 << 45) + 1, 0, ((goc_int)1 << 45) + 1, &p8},
        {INT64_MAX / 3, 0, INT64_MAX / 3, &n24},               /* multiplication overflows */
    };
    for (size_t e = 0; e < 3; e++) {
        goc_setgrowera(eras[e]);
        for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++)
            expectpanic(dogrow, &cases[i], msg);
    }
    goc_setgrowera(GOC_GROW_GO122);
}
END_TEST

/* ---- copy ---- */

START_TEST(test_slicecopy) {
    int64_t a[6] = {0, 1, 2, 3, 4, 5};
    /* the spec's example: copy(s, s[2:]) -> 4, [2 3 4 5 4 5] */
    ck_assert_int_eq(goc_slicecopy(a, 6, a + 2, 4, 8), 4);
    static const int64_t w1[6] = {2, 3, 4, 5, 4, 5};
    ck_assert(memcmp(a, w1, sizeof a) == 0);
    /* overlap the other way: copy(s[2:], s) -> 4, [0 1 0 1 2 3] */
    int64_t b[6] = {0, 1, 2, 3, 4, 5};
    ck_assert_int_eq(goc_slicecopy(b + 2, 4, b, 6, 8), 4);
    static const int64_t w2[6] = {0, 1, 0, 1, 2, 3};
    ck_assert(memcmp(b, w2, sizeof b) == 0);
    /* odd width, byte overlap by one */
    unsigned char c[10] = "abcdefghi";
    ck_assert_int_eq(goc_slicecopy(c + 1, 8, c, 8, 1), 8);
    ck_assert_str_eq((char *)c, "aabcdefgh");
    unsigned char d[7] = {1, 2, 3, 4, 5, 6, 7};
    ck_assert_int_eq(goc_slicecopy(d, 2, d + 1, 5, 3), 2); /* 6 overlapping bytes */
    static const unsigned char w3[7] = {2, 3, 4, 5, 6, 7, 7};
    ck_assert(memcmp(d, w3, sizeof d) == 0);
    /* min of the lengths; empty and nil slices copy nothing */
    int64_t e[3] = {7, 7, 7};
    ck_assert_int_eq(goc_slicecopy(e, 3, a, 1, 8), 1);
    ck_assert_int_eq(e[0], 2);
    ck_assert_int_eq(e[1], 7);
    ck_assert_int_eq(goc_slicecopy(NULL, 0, a, 6, 8), 0);
    ck_assert_int_eq(goc_slicecopy(e, 3, NULL, 0, 8), 0);
    ck_assert_int_eq(goc_slicecopy(NULL, 0, NULL, 0, 8), 0);
    ck_assert_int_eq(e[0], 2);
}
END_TEST

/* ---- slice to array ---- */

static void doconvert(void *arg) {
    goc_int *a = arg;
    goc_checkslicetoarray(a[0], a[1]);
}

START_TEST(test_slicetoarray) {
    goc_checkslicetoarray(5, 5);
    goc_checkslicetoarray(5, 0);
    goc_checkslicetoarray(0, 0);
    goc_checkslicetoarray(9, 3);
    goc_int a[2] = {3, 5};
    expectpanic(doconvert, a,
                "runtime error: cannot convert slice with length 3 to array or pointer to array with length 5");
    goc_int b[2] = {0, 1};
    expectpanic(doconvert, b,
                "runtime error: cannot convert slice with length 0 to array or pointer to array with length 1");
}
END_TEST

/* ---- the collector ---- */

/* Objects reachable only through a growing slice of pointers survive
   forced collections; pointer-free data is intact. */
static __attribute__((noinline)) goc_slice buildptrs(int n) {
    goc_slice s = {NULL, 0, 0};
    for (int i = 0; i < n; i++) {
        goc_int newLen = s.len + 1;
        if ((goc_uint)newLen > (goc_uint)s.cap)
            s = goc_growslice(s.ptr, newLen, s.cap, 1, &p8);
        else
            s.len = newLen;
        int64_t *obj = goc_mallocgc(64, &n8, false); /* atomic payload */
        for (int j = 0; j < 8; j++)
            obj[j] = (int64_t)i * 1000 + j;
        ((int64_t **)s.ptr)[i] = obj;
        if (i % 97 == 0)
            GC_gcollect();
    }
    return s;
}

static __attribute__((noinline)) void churn(void) {
    /* garbage that would land on freed objects */
    for (int i = 0; i < 5000; i++)
        memset(goc_mallocgc(64, &n8, false), 0xDD, 64);
}

START_TEST(test_gc_slice_survives) {
    int n = tu_gcstress() ? 700 : 3000;
    goc_slice s = buildptrs(n);
    for (int r = 0; r < 3; r++) {
        GC_gcollect();
        churn();
    }
    int64_t **p = s.ptr;
    int bad = -1;
    for (int i = 0; i < n; i++)
        for (int j = 0; j < 8; j++)
            if (p[i][j] != (int64_t)i * 1000 + j && bad < 0)
                bad = i;
    ck_assert_msg(bad < 0, "object %d overwritten", bad);
    /* and a pointer-free slice grown across collections keeps its bytes */
    goc_slice b = {NULL, 0, 0};
    for (int i = 0; i < 20000; i++) {
        b = appendn(b, &n1, 1);
        ((unsigned char *)b.ptr)[i] = (unsigned char)(i * 7);
        if (i % 1000 == 0)
            GC_gcollect();
    }
    churn();
    GC_gcollect();
    for (int i = 0; i < 20000; i++)
        if (((unsigned char *)b.ptr)[i] != (unsigned char)(i * 7) && bad < 0)
            bad = i;
    ck_assert_msg(bad < 0, "byte %d changed", bad);
}
END_TEST

Suite *slice_suite(void) {
    Suite *s = suite_create("slice");
    TCase *tc = tcase_create("growth");
    tcase_set_timeout(tc, 60);
    tcase_add_test(tc, test_go123_sequences);
    tcase_add_test(tc, test_go123_random_appends);
    tcase_add_test(tc, test_facts_tables);
    tcase_add_test(tc, test_model_sequences);
    tcase_add_test(tc, test_model_random);
    tcase_add_test(tc, test_multi_element_appends);
    tcase_add_test(tc, test_nextslicecap);
    tcase_add_test(tc, test_growera_api);
    tcase_add_test(tc, test_growera_bad_env);
    tcase_add_test(tc, test_growera_bad_set);
    suite_add_tcase(s, tc);
    tc = tcase_create("semantics");
    tcase_set_timeout(tc, 60);
    tcase_add_test(tc, test_append_aliasing);
    tcase_add_test(tc, test_tail_zeroed);
    tcase_add_test(tc, test_zero_size_elements);
    tcase_add_test(tc, test_makeslice_exact_cap);
    tcase_add_test(tc, test_makeslice_panics);
    tcase_add_test(tc, test_makeslice_limits_ok);
    tcase_add_test(tc, test_growslice_panics);
    tcase_add_test(tc, test_slicecopy);
    tcase_add_test(tc, test_slicetoarray);
    tcase_add_test(tc, test_gc_slice_survives);
    suite_add_tcase(s, tc);
    return s;
}
