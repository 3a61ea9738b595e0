/*
 * tests/check_map.c — runtime/map.c: the model-based random test, growth
 * thresholds and hints, same-size growth, NaN and ±0, indirect keys and
 * elems, nil maps, panics and fatal errors, the collector, goc_mapstats.
 */
#include "export.h"
#include "map_impl.h"

#include <gc/gc.h>

/* ======================================================================== */
/* The model test                                                           */
/* ======================================================================== */

/*
 * Keys are numbered 0..nkeys-1. A kind turns a number into a key of its
 * type and back (decode gives the canonical number: ±0 are one key; NaN is
 * -1, never equal to anything). Values are int64 (or a 200-byte elem whose
 * first and last 8 bytes hold the value). The reference is a plain array.
 */
typedef struct mkind {
    const char *name;
    const goc_maptype *mt;
    int nkeys;
    int fast;                           /* 0 generic only; 32, 64, 's': mix fast and generic calls */
    void (*key)(int id, void *buf);     /* key number id → key bytes */
    int (*decode)(const void *key);     /* key bytes → canonical number, -1 for NaN */
    int nanid;                          /* the number spelling NaN, or -1 */
    bool bigelem;
} mkind;

/* int64 */
static void k_i64(int id, void *b) {
    int64_t v = (int64_t)id * 1000003 + 7;
    memcpy(b, &v, 8);
}
static int d_i64(const void *b) {
    int64_t v;
    memcpy(&v, b, 8);
    return (int)((v - 7) / 1000003);
}
/* int32 */
static void k_i32(int id, void *b) {
    int32_t v = id * 7919 - 5;
    memcpy(b, &v, 4);
}
static int d_i32(const void *b) {
    int32_t v;
    memcpy(&v, b, 4);
    return (v + 5) / 7919;
}
/* string: a fresh copy each time, so equal keys rarely share bytes */
static void k_str(int id, void *b) {
    char tmp[64];
    int n = snprintf(tmp, sizeof tmp, "key-%d%s", id, id % 5 == 0 ? "-with-a-long-tail-beyond-32-bytes" : "");
    uint8_t *p = goc_alloc((uintptr_t)n, false);
    memcpy(p, tmp, (size_t)n);
    goc_string s = {p, n};
    memcpy(b, &s, sizeof s);
}
static int d_str(const void *b) {
    goc_string s;
    memcpy(&s, b, sizeof s);
    char tmp[64];
    memcpy(tmp, s.str, (size_t)s.len);
    tmp[s.len] = 0;
    return atoi(tmp + 4);
}
/* float64: 0 → +0, 1 → -0 (the same key), 2 → NaN, else id/2 */
static void k_f64(int id, void *b) {
    double v = id == 0 ? 0.0 : id == 1 ? -0.0 : id == 2 ? NAN : id * 0.5;
    memcpy(b, &v, 8);
}
static int d_f64(const void *b) {
    double v;
    memcpy(&v, b, 8);
    if (v != v)
        return -1;
    return v == 0 ? 0 : (int)(v * 2);
}
/* 16-byte struct with padding: generic path */
static void k_s16(int id, void *b) {
    ex_s16 s;
    memset(&s, 0xA5, sizeof s); /* garbage in the padding must not matter */
    s.a = (int64_t)id * 3;
    s.b = id;
    s.c = (int16_t)(id ^ 0x55);
    memcpy(b, &s, sizeof s);
}
static int d_s16(const void *b) {
    ex_s16 s;
    memcpy(&s, b, sizeof s);
    return s.b;
}
/* 200-byte key */
static void k_big(int id, void *b) {
    uint8_t *p = b;
    for (int i = 0; i < 200; i++)
        p[i] = (uint8_t)(i * 31 + id);
    memcpy(p + 100, &id, 4);
}
static int d_big(const void *b) {
    int id;
    memcpy(&id, (const uint8_t *)b + 100, 4);
    return id;
}
/* interface {}: int64(v), int(v) (same bits, another key), string, *int */
static int ptrobjs[4000];
static void k_any(int id, void *b) {
    goc_eface e;
    switch (id % 4) {
    case 0:
    case 1: {
        int64_t *box = goc_alloc(8, false);
        *box = id / 4;
        e.type = id % 4 == 0 ? &ex_t_int64 : &ex_t_int;
        e.data = box;
        break;
    }
    case 2: {
        goc_string *box = goc_alloc(sizeof(goc_string), true);
        k_str(id, box);
        e.type = &ex_t_string;
        e.data = box;
        break;
    }
    default:
        e.type = &ex_t_ptrint;
        e.data = &ptrobjs[id];
        break;
    }
    memcpy(b, &e, sizeof e);
}
static int d_any(const void *b) {
    goc_eface e;
    memcpy(&e, b, sizeof e);
    if (e.type == &ex_t_int64)
        return (int)(*(int64_t *)e.data * 4);
    if (e.type == &ex_t_int)
        return (int)(*(int64_t *)e.data * 4 + 1);
    if (e.type == &ex_t_string)
        return d_str(e.data);
    return (int)((int *)e.data - ptrobjs);
}

static const mkind kinds[] = {
    {"int64/fast64", &ex_m_i64_i64, 2500, 64, k_i64, d_i64, -1, false},
    {"int32/fast32", &ex_m_i32_i64, 2500, 32, k_i32, d_i32, -1, false},
    {"string/faststr", &ex_m_str_i64, 2000, 's', k_str, d_str, -1, false},
    {"float64", &ex_m_f64_i64, 1500, 0, k_f64, d_f64, 2, false},
    {"struct16", &ex_m_s16_i64, 1500, 0, k_s16, d_s16, -1, false},
    {"big200/indirect", &ex_m_big_big, 700, 0, k_big, d_big, -1, true},
    {"interface", &ex_m_any_i64, 2000, 0, k_any, d_any, -1, false},
};

typedef struct model {
    const mkind *k;
    goc_hmap *h;
    uint64_t rng;
    bool *present;  /* by canonical number */
    int64_t *val;
    int *spelling;  /* the key number last assigned (for ±0) */
    int64_t *nanvals;
    int nnan, nancap;
    goc_int count;
    /* growth tracking: check every invariant after each growth step */
    uint8_t lastB;
    uintptr_t lastnev;
    bool lastgrowing;
    long growsteps;
    long ops;
} model;

static uint64_t rnd(model *m) {
    m->rng ^= m->rng << 13;
    m->rng ^= m->rng >> 7;
    m->rng ^= m->rng << 17;
    return m->rng;
}

static int canon(const mkind *k, int id) {
    uint8_t buf[256];
    k->key(id, buf);
    return k->decode(buf);
}

static void setelem(const mkind *k, void *e, int64_t v) {
    memcpy(e, &v, 8);
    if (k->bigelem)
        memcpy((uint8_t *)e + 192, &v, 8);
}
static int64_t getelem(const mkind *k, const void *e) {
    int64_t v, w;
    memcpy(&v, e, 8);
    if (k->bigelem) {
        memcpy(&w, (const uint8_t *)e + 192, 8);
        EX_ASSERT_MSG(v == w, "%s: big elem torn (%lld vs %lld)", k->name, (long long)v, (long long)w);
    }
    return v;
}

/* Map operations, through the fast entry points half of the time. */
static void *m_assign(model *m, const void *key) {
    const mkind *k = m->k;
    if (k->fast && (rnd(m) & 1)) {
        switch (k->fast) {
        case 64: return goc_mapassign_fast64(k->mt, m->h, load64(key));
        case 32: return goc_mapassign_fast32(k->mt, m->h, load32(key));
        default: return goc_mapassign_faststr(k->mt, m->h, *(const goc_string *)key);
        }
    }
    return goc_mapassign(k->mt, m->h, key);
}
static void *m_access(model *m, const void *key, bool *ok) {
    const mkind *k = m->k;
    if (k->fast && (rnd(m) & 1)) {
        switch (k->fast) {
        case 64: return goc_mapaccess2_fast64(k->mt, m->h, load64(key), ok);
        case 32: return goc_mapaccess2_fast32(k->mt, m->h, load32(key), ok);
        default: return goc_mapaccess2_faststr(k->mt, m->h, *(const goc_string *)key, ok);
        }
    }
    return goc_mapaccess2(k->mt, m->h, key, ok);
}
static void m_delete(model *m, const void *key) {
    const mkind *k = m->k;
    if (k->fast && (rnd(m) & 1)) {
        switch (k->fast) {
        case 64: goc_mapdelete_fast64(k->mt, m->h, load64(key)); return;
        case 32: goc_mapdelete_fast32(k->mt, m->h, load32(key)); return;
        default: goc_mapdelete_faststr(k->mt, m->h, *(const goc_string *)key); return;
        }
    }
    goc_mapdelete(k->mt, m->h, key);
}

/* After every write: if a growth step happened, check every invariant. */
static void afterwrite(model *m) {
    goc_hmap *h = m->h;
    bool g = h->oldbuckets != NULL;
    if (h->B != m->lastB || g != m->lastgrowing || h->nevacuate != m->lastnev) {
        MAP_CHECK(m->k->mt, h);
        m->growsteps++;
        m->lastB = h->B;
        m->lastgrowing = g;
        m->lastnev = h->nevacuate;
    }
    EX_EQ(h->count, m->count);
}

static void ref_assign(model *m, int id, int64_t v) {
    int c = canon(m->k, id);
    if (c < 0) {
        if (m->nnan == m->nancap) {
            m->nancap = m->nancap ? 2 * m->nancap : 16;
            m->nanvals = realloc(m->nanvals, (size_t)m->nancap * sizeof(int64_t));
        }
        m->nanvals[m->nnan++] = v;
        m->count++;
        return;
    }
    if (!m->present[c])
        m->count++;
    m->present[c] = true;
    m->val[c] = v;
    m->spelling[c] = id;
}

static void op_assign(model *m, int id) {
    uint8_t key[256];
    m->k->key(id, key);
    int64_t v = (int64_t)(rnd(m) >> 1);
    void *e = m_assign(m, key);
    setelem(m->k, e, v);
    ref_assign(m, id, v);
    afterwrite(m);
}

static void op_access(model *m, int id) {
    uint8_t key[256];
    m->k->key(id, key);
    bool ok;
    void *e = m_access(m, key, &ok);
    int c = canon(m->k, id);
    if (c < 0) {
        EX_ASSERT_MSG(!ok, "%s: NaN found", m->k->name);
        return;
    }
    EX_ASSERT_MSG(ok == m->present[c], "%s: key %d present=%d, want %d", m->k->name, id, ok, m->present[c]);
    if (ok)
        EX_ASSERT_MSG(getelem(m->k, e) == m->val[c], "%s: key %d wrong value", m->k->name, id);
    else
        EX_ASSERT_MSG(getelem(m->k, e) == 0, "%s: zero value not zero", m->k->name);
    /* mapaccess1 must agree */
    void *e1 = goc_mapaccess1(m->k->mt, m->h, key);
    EX_EQ(getelem(m->k, e1), ok ? m->val[c] : 0);
}

static void op_delete(model *m, int id) {
    uint8_t key[256];
    m->k->key(id, key);
    m_delete(m, key);
    int c = canon(m->k, id);
    if (c >= 0 && m->present[c]) {
        m->present[c] = false;
        m->count--;
    }
    afterwrite(m);
}

/* clear(m), or half the time m = make(map[K]V) so that growth starts over from B = 0. */
static void op_clear(model *m) {
    if (rnd(m) & 1) {
        m->h = goc_makemap_small();
        m->lastB = 0;
        m->lastgrowing = false;
        m->lastnev = 0;
    } else {
        goc_mapclear(m->k->mt, m->h);
    }
    memset(m->present, 0, (size_t)m->k->nkeys * sizeof(bool));
    m->nnan = 0;
    m->count = 0;
    afterwrite(m);
    MAP_CHECK(m->k->mt, m->h);
}

static int cmp64(const void *a, const void *b) {
    int64_t x = *(const int64_t *)a, y = *(const int64_t *)b;
    return x < y ? -1 : x > y;
}

/* Iterate without mutation: exactly the reference's entries, NaNs as a multiset. */
static void verify_all(model *m) {
    const mkind *k = m->k;
    int n = k->nkeys;
    char *seen = calloc((size_t)n, 1);
    int64_t *nans = malloc(((size_t)m->nnan + 1) * sizeof(int64_t));
    int nnan = 0;
    goc_int produced = 0;
    goc_hiter it;
    for (goc_mapiterinit(k->mt, m->h, &it); it.key != NULL; goc_mapiternext(&it)) {
        produced++;
        int c = k->decode(it.key);
        if (c < 0) {
            EX_LT(nnan, m->nnan);
            nans[nnan++] = getelem(k, it.elem);
            continue;
        }
        EX_ASSERT_MSG(c >= 0 && c < n && m->present[c], "%s: iteration produced absent key %d", k->name, c);
        EX_ASSERT_MSG(!seen[c], "%s: key %d produced twice", k->name, c);
        seen[c] = 1;
        EX_ASSERT_MSG(getelem(k, it.elem) == m->val[c], "%s: key %d iterated with a stale value", k->name, c);
        if (k == &kinds[3]) { /* ±0: the stored key is the last spelling assigned */
            uint8_t want[8];
            k->key(m->spelling[c], want);
            EX_ASSERT_MSG(memcmp(it.key, want, 8) == 0, "float key spelling not updated");
        }
    }
    EX_EQ(produced, m->count);
    EX_EQ(nnan, m->nnan);
    qsort(nans, (size_t)nnan, sizeof(int64_t), cmp64);
    int64_t *want = malloc(((size_t)m->nnan + 1) * sizeof(int64_t));
    if (m->nnan)
        memcpy(want, m->nanvals, (size_t)m->nnan * sizeof(int64_t));
    qsort(want, (size_t)m->nnan, sizeof(int64_t), cmp64);
    EX_ASSERT(nnan == 0 || memcmp(nans, want, (size_t)nnan * sizeof(int64_t)) == 0);
    free(want);
    free(nans);
    free(seen);
    MAP_CHECK(k->mt, m->h);
}

/*
 * Iterate while mutating: random deletes, inserts and updates between steps.
 * Each key at most once; a key deleted (and not re-inserted) before being
 * reached is never produced; keys present throughout and never touched are
 * produced; every produced value is the current one.
 */
static void iterate_mutating(model *m) {
    const mkind *k = m->k;
    int n = k->nkeys;
    char *seen = calloc((size_t)n, 1), *touched = calloc((size_t)n, 1), *atstart = calloc((size_t)n, 1);
    memcpy(atstart, m->present, (size_t)n); /* bool is one byte */
    int nanstart = m->nnan, nanseen = 0;
    goc_hiter it;
    for (goc_mapiterinit(k->mt, m->h, &it); it.key != NULL; goc_mapiternext(&it)) {
        int c = k->decode(it.key);
        if (c < 0) {
            nanseen++;
        } else {
            EX_ASSERT_MSG(!seen[c], "%s: key %d produced twice while mutating", k->name, c);
            seen[c] = 1;
            EX_ASSERT_MSG(m->present[c], "%s: deleted key %d produced", k->name, c);
            EX_ASSERT_MSG(getelem(k, it.elem) == m->val[c], "%s: stale value while mutating", k->name);
        }
        int r = (int)(rnd(m) % 8);
        int id = (int)(rnd(m) % (uint64_t)n);
        int cid = canon(k, id);
        if (r < 2) {
            op_delete(m, id);
            if (cid >= 0)
                touched[cid] = 1;
        } else if (r < 4) {
            op_assign(m, id); /* insert or update: may start or advance a grow */
            if (cid >= 0)
                touched[cid] = 1;
        }
    }
    for (int c = 0; c < n; c++)
        if (atstart[c] && !touched[c])
            EX_ASSERT_MSG(seen[c], "%s: untouched key %d not produced", k->name, c);
    EX_GE(nanseen, nanstart); /* NaNs cannot be deleted */
    free(seen);
    free(touched);
    free(atstart);
}

static long run_model(const mkind *k, long nops, uint64_t seed) {
    model m;
    memset(&m, 0, sizeof m);
    m.k = k;
    m.rng = seed | 1;
    m.present = calloc((size_t)k->nkeys, sizeof(bool));
    m.val = calloc((size_t)k->nkeys, sizeof(int64_t));
    m.spelling = calloc((size_t)k->nkeys, sizeof(int));
    m.h = (seed & 2) ? goc_makemap_small() : goc_makemap(k->mt, (goc_int)(seed % 200), NULL);
    m.lastB = m.h->B;
    /* Phases: grow up, churn, shrink down; the key range varies so B climbs and falls back. */
    for (long i = 0; i < nops; i++) {
        long phase = (i * 4 / nops);
        int range = phase == 0 ? k->nkeys : phase == 1 ? k->nkeys / 3 : k->nkeys;
        int id = (int)(rnd(&m) % (uint64_t)range);
        if (k->nanid >= 0 && rnd(&m) % 64 == 0)
            id = k->nanid;
        int r = (int)(rnd(&m) % 100);
        int pa = phase == 3 ? 25 : 50; /* last phase deletes more than it adds */
        if (r < pa)
            op_assign(&m, id);
        else if (r < 75)
            op_access(&m, id);
        else if (r < 99)
            op_delete(&m, id);
        else if (rnd(&m) % 16 == 0)
            op_clear(&m);
        else if (rnd(&m) % 8 == 0)
            iterate_mutating(&m);
        else
            op_access(&m, (id + 1) % range);
        if (i % 4096 == 0)
            verify_all(&m);
        m.ops++;
    }
    verify_all(&m);
    EX_ASSERT_MSG(m.growsteps > 0, "%s: no growth step observed", k->name);
    free(m.present);
    free(m.val);
    free(m.spelling);
    free(m.nanvals);
    return m.ops;
}

/* One loop test per key kind; together well over 10^6 operations. */
START_TEST(test_model) {
    const mkind *k = &kinds[_i];
    long nops = tu_scale(k->bigelem ? 100000 : 160000, 25);
    uint64_t seed = 0x9E3779B97F4A7C15ULL ^ (uint64_t)_i * 0x1234567;
    long done = run_model(k, nops, seed);
    EX_EQ(done, nops);
}
END_TEST

/* ======================================================================== */
/* Growth                                                                   */
/* ======================================================================== */

START_TEST(test_growth_thresholds) {
    /* B changes on inserting new key #9, #14, #27, #53, ... (facts §3.5) */
    static const int want[] = {9, 14, 27, 53, 105, 209, 417, 833, 1665};
    goc_hmap *h = goc_makemap_small();
    int seen = 0;
    uint8_t B = h->B;
    for (int64_t i = 1; i <= 2000; i++) {
        *(int64_t *)goc_mapassign_fast64(&ex_m_i64_i64, h, (uint64_t)i) = i;
        if (h->B != B) {
            EX_LT(seen, 9);
            EX_ASSERT_MSG(i == want[seen], "grew at insert #%lld, want #%d", (long long)i, want[seen]);
            EX_EQ(h->B, B + 1);
            B = h->B;
            seen++;
        }
        MAP_CHECK(&ex_m_i64_i64, h);
    }
    EX_EQ(seen, 9);
    /* updating present keys never grows */
    uint8_t b0 = h->B;
    for (int64_t i = 1; i <= 2000; i++)
        *(int64_t *)goc_mapassign(&ex_m_i64_i64, h, &i) = -i;
    EX_EQ(h->B, b0);
}
END_TEST

START_TEST(test_makemap_hint) {
    static const struct { goc_int hint; uint8_t B; } tab[] = {
        {0, 0}, {1, 0}, {8, 0}, {9, 1}, {13, 1}, {14, 2}, {26, 2}, {27, 3}, {52, 3}, {53, 4},
        {104, 4}, {105, 5}, {208, 5}, {209, 6}, {1000, 8}, {-5, 0}, {(goc_int)1 << 62, 0},
    };
    for (size_t i = 0; i < sizeof tab / sizeof tab[0]; i++) {
        goc_hmap *h = goc_makemap(&ex_m_i64_i64, tab[i].hint, NULL);
        EX_ASSERT_MSG(h->B == tab[i].B, "hint %lld: B=%d want %d", (long long)tab[i].hint, h->B, tab[i].B);
        EX_EQ(h->count, 0);
        EX_ASSERT(tab[i].B == 0 ? h->buckets == NULL : h->buckets != NULL);
    }
    /* a caller-provided header is used */
    goc_hmap *mine = goc_alloc(sizeof(goc_hmap), true);
    EX_PTR_EQ(goc_makemap(&ex_m_i64_i64, 20, mine), mine);
    EX_EQ(mine->B, 2);
    /* B = 0 maps get their bucket on the first assignment */
    goc_hmap *h = goc_makemap_small();
    EX_NULL(h->buckets);
    int64_t k = 5;
    *(int64_t *)goc_mapassign(&ex_m_i64_i64, h, &k) = 1;
    EX_NONNULL(h->buckets);
}
END_TEST

/* B >= 4: 2^(B-4) overflow buckets up front, rounded up to the size class. */
START_TEST(test_prealloc_overflow) {
    for (goc_int hint = 53; hint <= 53 * 64; hint *= 2) {
        const goc_maptype *t = &ex_m_i64_i64;
        goc_hmap *h = goc_makemap(t, hint, NULL);
        EX_GE(h->B, 4);
        uintptr_t base = (uintptr_t)1 << h->B;
        uintptr_t n = base + (base >> 4);
        uintptr_t up = goc_roundupsize(n * t->BucketSize, true);
        uintptr_t want = up / t->BucketSize - base;
        EX_NONNULL(h->extra);
        EX_PTR_EQ(h->extra->nextOverflow, bucketAt(t, h->buckets, base));
        /* count the free run up to the sentinel */
        uintptr_t got = 1;
        for (bmap *b = h->extra->nextOverflow; overflowOf(t, b) == NULL; b = bucketAt(t, b, 1))
            got++;
        EX_UEQ(got, want);
        EX_PTR_EQ(overflowOf(t, bucketAt(t, h->buckets, base + want - 1)), h->buckets);
    }
}
END_TEST

/* Insert/delete churn at a constant size piles up overflow buckets until a same-size grow. */
START_TEST(test_samesize_grow) {
    const goc_maptype *t = &ex_m_i64_i64;
    goc_hmap *h = goc_makemap(t, 100, NULL); /* B = 4 */
    uint8_t B = h->B;
    int64_t next = 0;
    int64_t live[100];
    for (int i = 0; i < 100; i++) {
        live[i] = next++;
        *(int64_t *)goc_mapassign(t, h, &live[i]) = 1;
    }
    bool samesize = false;
    long steps = 0;
    uint64_t r = 88172645463325252ULL;
    for (; steps < 2000000 && !samesize; steps++) {
        r ^= r << 13, r ^= r >> 7, r ^= r << 17;
        int j = (int)(r % 100);
        goc_mapdelete(t, h, &live[j]);
        live[j] = next++;
        *(int64_t *)goc_mapassign(t, h, &live[j]) = 2;
        if (h->flags & sameSizeGrow) {
            samesize = true;
            EX_EQ(h->B, B);
            goc_mapstats_t st;
            goc_mapstats(t, h, &st);
            EX_ASSERT(st.growing && st.sameSizeGrow);
            EX_UEQ(st.oldbuckets, (uintptr_t)1 << B);
        }
        MAP_CHECK(t, h);
    }
    EX_ASSERT_MSG(samesize, "no same-size grow after %ld churn steps", steps);
    /* finish it: a few writes evacuate everything; the flag clears and B stays */
    for (int i = 0; i < 64 && h->oldbuckets; i++)
        *(int64_t *)goc_mapassign(t, h, &live[i % 100]) = 3;
    EX_NULL(h->oldbuckets);
    EX_ASSERT(!(h->flags & sameSizeGrow));
    EX_EQ(h->B, B);
    EX_EQ(h->count, 100);
    for (int i = 0; i < 100; i++) {
        bool ok;
        goc_mapaccess2(t, h, &live[i], &ok);
        EX_ASSERT(ok);
    }
    MAP_CHECK(t, h);
}
END_TEST

/* One churn step on a map of n live keys (live[], next key *next): delete a
 * random one (xorshift state *r), insert a fresh key in its place. */
static void churnStep(const goc_maptype *t, goc_hmap *h, int64_t *live, int n, int64_t *next, uint64_t *r) {
    *r ^= *r << 13, *r ^= *r >> 7, *r ^= *r << 17;
    int j = (int)(*r % (uint64_t)n);
    goc_mapdelete(t, h, &live[j]);
    live[j] = (*next)++;
    *(int64_t *)goc_mapassign(t, h, &live[j]) = live[j];
}

/* Churn until a same-size grow starts. */
static bool churnUntilSameSize(const goc_maptype *t, goc_hmap *h, int64_t *live, int n, int64_t *next) {
    uint64_t r = 88172645463325252ULL;
    for (long steps = 0; steps < 4000000; steps++) {
        churnStep(t, h, live, n, next, &r);
        if (h->flags & sameSizeGrow)
            return true;
    }
    return false;
}

static void finishGrow(const goc_maptype *t, goc_hmap *h, int64_t *live, int n) {
    for (int i = 0; h->oldbuckets != NULL; i++)
        *(int64_t *)goc_mapassign(t, h, &live[i % n]) = live[i % n];
}

/* Churn until a same-size grow runs in place (noverflow drops with no grow
 * under way); false if an incremental grow starts instead. */
static bool churnUntilInPlace(const goc_maptype *t, goc_hmap *h, int64_t *live, int n, int64_t *next) {
    uint64_t r = 88172645463325252ULL;
    for (int step = 0; step < 400000; step++) {
        uint16_t before = h->noverflow;
        churnStep(t, h, live, n, next, &r);
        if (h->oldbuckets != NULL)
            return false;
        if (h->noverflow < before)
            return true;
    }
    return false;
}

/*
 * A large map's same-size grow packs the chains in place, at once: same
 * array, no grow under way, every entry still there, each chain packed
 * (no empty slot before a full one, no empty overflow bucket), and the
 * overflow count recounted. Small arrays, and arrays an iterator was
 * started on, take Go's incremental grow into a new array.
 */
START_TEST(test_samesize_inplace) {
    const goc_maptype *types[] = {&ex_m_i64_i64, &ex_m_i64_ptr};
    for (int ti = 0; ti < 2; ti++) {
        const goc_maptype *t = types[ti];
        enum { n = 1500 };
        static int64_t live[n];
        int64_t next = 0;
        goc_hmap *h = goc_makemap(t, n, NULL);
        uint8_t B = h->B;
        EX_GE(t->BucketSize << B, inplaceMinBytes);
        for (int i = 0; i < n; i++) {
            live[i] = next++;
            *(int64_t *)goc_mapassign(t, h, &live[i]) = live[i];
        }
        void *arr = h->buckets;
        for (int round = 0; round < 3; round++) {
            EX_ASSERT(churnUntilInPlace(t, h, live, n, &next));
            EX_PTR_EQ(h->buckets, arr);
            EX_EQ(h->B, B);
            EX_EQ(h->count, n);
            EX_ASSERT((h->flags & sameSizeGrow) == 0);
            MAP_CHECK(t, h); /* chain states, emptyRest, noverflow == overflow buckets, lists */
            for (uintptr_t i = 0; i < bucketShift(B); i++) {
                bool empty = false;
                for (bmap *b = bucketAt(t, h->buckets, i); b != NULL; b = overflowOf(t, b)) {
                    EX_ASSERT_MSG(!empty, "bucket %lu: an overflow bucket after a partly empty one", (unsigned long)i);
                    for (int j = 0; j < bucketCnt; j++) {
                        if (b->tophash[j] == emptyRest)
                            empty = true;
                        else
                            EX_ASSERT_MSG(!empty && b->tophash[j] >= minTopHash, "bucket %lu: a hole", (unsigned long)i);
                    }
                }
            }
            for (int i = 0; i < n; i++) {
                bool ok;
                int64_t *v = goc_mapaccess2(t, h, &live[i], &ok);
                EX_ASSERT(ok && *v == live[i]);
            }
        }
    }

    /* an iterator started on the array: Go's grow into a new array */
    const goc_maptype *t = &ex_m_i64_i64;
    enum { n = 1500 };
    static int64_t live[n];
    int64_t next = 0;
    goc_hmap *h = goc_makemap(t, n, NULL);
    for (int i = 0; i < n; i++) {
        live[i] = next++;
        *(int64_t *)goc_mapassign(t, h, &live[i]) = live[i];
    }
    goc_hiter it;
    goc_mapiterinit(t, h, &it);
    void *arr = h->buckets;
    EX_ASSERT(churnUntilSameSize(t, h, live, n, &next));
    EX_PTR_EQ(h->oldbuckets, arr);
    finishGrow(t, h, live, n);
    EX_ASSERT(h->buckets != arr);
    long seen = 0;
    for (; it.key != NULL; goc_mapiternext(&it))
        seen++;
    EX_GT(seen, 0);
    MAP_CHECK(t, h);

    /* small arrays: Go's grow */
    h = goc_makemap(t, 100, NULL);
    EX_LT(t->BucketSize << h->B, inplaceMinBytes);
    for (int i = 0; i < 100; i++) {
        live[i] = next++;
        *(int64_t *)goc_mapassign(t, h, &live[i]) = live[i];
    }
    arr = h->buckets;
    EX_ASSERT(churnUntilSameSize(t, h, live, 100, &next));
    EX_PTR_EQ(h->oldbuckets, arr);
    finishGrow(t, h, live, 100);
    MAP_CHECK(t, h);
}
END_TEST

/* Slot clears and copies touch exactly n bytes, for the unrolled sizes and the rest. */
START_TEST(test_slot_clear_copy) {
    uint8_t buf[80], src[80];
    for (uintptr_t n = 0; n <= 64; n++) {
        for (int off = 0; off < 8; off++) {
            memset(buf, 0xAB, sizeof buf);
            memclrSlot(buf + off, n);
            for (uintptr_t i = 0; i < sizeof buf; i++)
                EX_ASSERT_MSG(buf[i] == ((i >= (uintptr_t)off && i < off + n) ? 0 : 0xAB),
                              "clear %lu at %d: byte %lu", (unsigned long)n, off, (unsigned long)i);
            for (uintptr_t i = 0; i < sizeof src; i++)
                src[i] = (uint8_t)(i * 7 + 1);
            memset(buf, 0xAB, sizeof buf);
            memcpySlot(buf + off, src + 3, n);
            for (uintptr_t i = 0; i < sizeof buf; i++)
                EX_ASSERT_MSG(buf[i] == ((i >= (uintptr_t)off && i < off + n) ? src[3 + i - off] : 0xAB),
                              "copy %lu at %d: byte %lu", (unsigned long)n, off, (unsigned long)i);
        }
    }
}
END_TEST

/* map[int64][16]int64: a 1104-byte bucket, too big to share the header's block. */
GOC_DESCRIBE(t_a16, goc_arraytype, "[16]int64",
       {.Type = GOC_TYPEINIT(128, 8, GOC_ARRAY, GOC_TFLAG_REGULARMEMORY, 0, NULL), .Elem = &ex_t_int64, .Len = 16});
#define t_a16 (t_a16_desc.d.Type)
typedef struct { int64_t v[16]; } a16;
EX_MAPTYPE(m_i64_a16, int64_t, a16, &ex_t_int64, &t_a16, &goc_memhash64_f, EX_REFL, "map[int64][16]int64");
#define m_i64_a16 (m_i64_a16_desc.d)

/* goc_makemap with a hint <= 8 puts the first bucket in the header's block. */
START_TEST(test_embedded_first_bucket) {
    const goc_maptype *t = &ex_m_i64_ptr;
    goc_hmap *h = goc_makemap(t, 6, NULL);
    EX_EQ(h->B, 0);
    EX_NULL(h->buckets); /* still lazy: lookups on the empty map touch nothing */
    EX_ASSERT(h->flags & embeddedBucket);
    for (int64_t k = 0; k < 6; k++) {
        int64_t *v = goc_newobject(&ex_t_int64);
        *v = k * 11;
        *(int64_t **)goc_mapassign_fast64(t, h, (uint64_t)k) = v;
    }
    EX_PTR_EQ(h->buckets, (uint8_t *)h + sizeof(goc_hmap));
    EX_ASSERT(!(h->flags & embeddedBucket));
    /* the bucket is scanned with the header: the values survive collections */
    for (int i = 0; i < 3; i++) {
        GC_gcollect();
        for (int j = 0; j < 1000; j++)
            memset(goc_newobject(&ex_t_int64), 0xEE, 8);
    }
    for (int64_t k = 0; k < 6; k++) {
        bool ok;
        int64_t **v = goc_mapaccess2_fast64(t, h, (uint64_t)k, &ok);
        EX_ASSERT(ok && **v == k * 11);
    }
    MAP_CHECK(t, h);
    /* growing leaves the embedded bucket behind */
    for (int64_t k = 6; k < 200; k++)
        *(int64_t **)goc_mapassign_fast64(t, h, (uint64_t)k) = NULL;
    EX_ASSERT(h->buckets != (uint8_t *)h + sizeof(goc_hmap));
    EX_EQ(h->count, 200);
    MAP_CHECK(t, h);

    /* too big a bucket, a big hint, no type: separate allocations */
    h = goc_makemap(&m_i64_a16, 3, NULL);
    EX_ASSERT(!(h->flags & embeddedBucket));
    a16 *e = goc_mapassign(&m_i64_a16, h, &(int64_t){7});
    e->v[15] = 99;
    EX_ASSERT(h->buckets != (uint8_t *)h + sizeof(goc_hmap));
    EX_EQ(((a16 *)goc_mapaccess1(&m_i64_a16, h, &(int64_t){7}))->v[15], 99);
    MAP_CHECK(&m_i64_a16, h);
    h = goc_makemap(t, 9, NULL);
    EX_ASSERT(!(h->flags & embeddedBucket));
    h = goc_makemap_small();
    EX_ASSERT(!(h->flags & embeddedBucket));
    *(int64_t **)goc_mapassign_fast64(t, h, 1) = NULL;
    EX_ASSERT(h->buckets != (uint8_t *)h + sizeof(goc_hmap));
}
END_TEST

/* goc_makemap_stack: a map in a caller's goc_stackmap (the translator's
 * non-escaping make(map) and small literals) uses the frame's bucket first,
 * keeps heap values alive through it, and grows into the heap. */
START_TEST(test_stack_map) {
    const goc_maptype *t = &ex_m_i64_ptr;
    goc_stackmap sm;
    memset(&sm, 0, sizeof sm);
    goc_hmap *h = goc_makemap_stack(t, &sm);
    EX_PTR_EQ(h, &sm.h);
    EX_EQ(h->B, 0);
    EX_NULL(h->buckets);
    EX_ASSERT(h->flags & embeddedBucket);
    for (int64_t k = 0; k < 8; k++) {
        int64_t *v = goc_newobject(&ex_t_int64);
        *v = k * 7;
        *(int64_t **)goc_mapassign_fast64(t, h, (uint64_t)k) = v;
    }
    EX_PTR_EQ(h->buckets, sm.bucket); /* eight entries: no allocation for the map */
    for (int i = 0; i < 3; i++) {
        GC_gcollect();
        for (int j = 0; j < 1000; j++)
            memset(goc_newobject(&ex_t_int64), 0xEE, 8);
    }
    for (int64_t k = 0; k < 8; k++) {
        bool ok;
        int64_t **v = goc_mapaccess2_fast64(t, h, (uint64_t)k, &ok);
        EX_ASSERT(ok && **v == k * 7);
    }
    MAP_CHECK(t, h);
    for (int64_t k = 8; k < 300; k++)
        *(int64_t **)goc_mapassign_fast64(t, h, (uint64_t)k) = NULL;
    EX_ASSERT(h->buckets != sm.bucket);
    EX_EQ(h->count, 300);
    MAP_CHECK(t, h);
    /* a bucket larger than the frame's room: every bucket in the heap */
    memset(&sm, 0, sizeof sm);
    h = goc_makemap_stack(&m_i64_a16, &sm);
    EX_ASSERT(!(h->flags & embeddedBucket));
    ((a16 *)goc_mapassign(&m_i64_a16, h, &(int64_t){3}))->v[0] = 5;
    EX_ASSERT(h->buckets != sm.bucket);
    EX_EQ(((a16 *)goc_mapaccess1(&m_i64_a16, h, &(int64_t){3}))->v[0], 5);
    MAP_CHECK(&m_i64_a16, h);
}
END_TEST

/* noverflow counts exactly below B = 16 and probabilistically above. */
START_TEST(test_noverflow_b16) {
    const goc_maptype *t = &ex_m_i64_i64;
    goc_hmap *h = goc_makemap(t, 0, NULL);
    h->B = 17; /* only the counter is exercised: no buckets are touched */
    long n = tu_scale(200000, 20);
    bmap *dummy = goc_alloc(t->BucketSize, false);
    uint16_t before = h->noverflow;
    for (long i = 0; i < n; i++)
        goc_map_newoverflow(t, h, dummy);
    /* probability 1/4 each: n/4 expected, within 6.5 standard deviations (p < 1e-10) */
    long got = (long)(uint16_t)(h->noverflow - before);
    double sd = sqrt((double)n * 0.25 * 0.75);
    EX_ASSERT_MSG(fabs((double)got - n / 4.0) < 6.5 * sd, "noverflow grew by %ld of %ld", got, n);
    /* below B = 16 it counts every one */
    h->B = 15;
    before = h->noverflow;
    for (int i = 0; i < 100; i++)
        goc_map_newoverflow(t, h, dummy);
    EX_EQ((uint16_t)(h->noverflow - before), 100);
}
END_TEST

/* ======================================================================== */
/* Semantics                                                                */
/* ======================================================================== */

START_TEST(test_nan_and_zero) {
    const goc_maptype *t = &ex_m_f64_i64;
    goc_hmap *h = goc_makemap_small();
    double nan = NAN, pz = 0.0, nz = -0.0;
    for (int i = 1; i <= 3; i++)
        *(int64_t *)goc_mapassign(t, h, &nan) = i;
    EX_EQ(goc_maplen(h), 3);
    bool ok;
    EX_EQ(*(int64_t *)goc_mapaccess2(t, h, &nan, &ok), 0);
    EX_ASSERT(!ok);
    goc_mapdelete(t, h, &nan);
    EX_EQ(goc_maplen(h), 3);
    /* ±0: one key, the stored spelling is the last assigned */
    *(int64_t *)goc_mapassign(t, h, &pz) = 1;
    *(int64_t *)goc_mapassign(t, h, &nz) = 2;
    EX_EQ(goc_maplen(h), 4);
    EX_EQ(*(int64_t *)goc_mapaccess1(t, h, &pz), 2);
    int nans = 0, zeros = 0;
    goc_hiter it;
    for (goc_mapiterinit(t, h, &it); it.key; goc_mapiternext(&it)) {
        double k = *(double *)it.key;
        if (k != k) {
            nans++;
        } else {
            zeros++;
            EX_ASSERT(k == 0 && signbit(k));
            EX_EQ(*(int64_t *)it.elem, 2);
        }
    }
    EX_EQ(nans, 3);
    EX_EQ(zeros, 1);
    /* delete via +0 finds -0 */
    goc_mapdelete(t, h, &pz);
    EX_EQ(goc_maplen(h), 3);
    /* many NaNs spread over buckets and survive growth */
    for (int i = 0; i < 500; i++)
        *(int64_t *)goc_mapassign(t, h, &nan) = i;
    EX_EQ(goc_maplen(h), 503);
    MAP_CHECK(t, h);
    /* only clear removes them */
    goc_mapclear(t, h);
    EX_EQ(goc_maplen(h), 0);
    goc_mapiterinit(t, h, &it);
    EX_NULL(it.key);
    MAP_CHECK(t, h);
}
END_TEST

START_TEST(test_indirect) {
    const goc_maptype *t = &ex_m_big_big;
    EX_EQ(t->KeySize, 8);
    EX_EQ(t->ValueSize, 8);
    EX_EQ(t->BucketSize, 8 + 64 + 64 + 8);
    EX_ASSERT(bucketHasPointers(t));
    goc_hmap *h = goc_makemap_small();
    ex_big k, v;
    long n = tu_scale(1500, 5);
    for (int i = 0; i < n; i++) {
        k_big(i, &k);
        memset(&v, i & 0xff, sizeof v);
        memcpy(goc_mapassign(t, h, &k), &v, sizeof v);
    }
    for (int i = 0; i < n; i++) {
        k_big(i, &k);
        bool ok;
        uint8_t *e = goc_mapaccess2(t, h, &k, &ok);
        EX_ASSERT(ok);
        EX_EQ(e[0], i & 0xff);
        EX_EQ(e[199], i & 0xff);
    }
    /* the slots hold pointers to separate objects */
    bmap *b = h->buckets;
    for (int i = 0; i < bucketCnt; i++)
        if (!isEmpty(b->tophash[i]) && b->tophash[i] >= minTopHash) {
            void *kp = *(void **)keyslot(t, b, i);
            EX_PTR_EQ(GC_base(kp), kp);
        }
    /* missing: a zero elem of 200 bytes */
    k_big(-1, &k);
    uint8_t *z = goc_mapaccess1(t, h, &k);
    for (int i = 0; i < 200; i++)
        EX_EQ(z[i], 0);
    for (int i = 0; i < n; i += 2) {
        k_big(i, &k);
        goc_mapdelete(t, h, &k);
    }
    EX_EQ(goc_maplen(h), n / 2);
    MAP_CHECK(t, h);
}
END_TEST

/* Elems over 1024 bytes: the zero value is a shared, zeroed block at least that big. */
typedef struct { uint8_t b[5000]; } huge;
GOC_DESCRIBE(t_huge, goc_arraytype, "[5000]uint8",
       {.Type = GOC_TYPEINIT(5000, 1, GOC_ARRAY, GOC_TFLAG_REGULARMEMORY, 0, NULL), .Elem = &ex_t_uint8, .Len = 5000});
#define t_huge (t_huge_desc.d.Type)
EX_MAPTYPE(m_i64_huge, int64_t, huge, &ex_t_int64, &t_huge, &goc_memhash64_f, EX_REFL, "map[int64][5000]uint8");
#define m_i64_huge (m_i64_huge_desc.d)

START_TEST(test_zero_value) {
    int64_t k = 42;
    int64_t *z = goc_mapaccess1(&ex_m_i64_i64, NULL, &k);
    EX_EQ(*z, 0);
    uint8_t *hz = goc_mapaccess1(&m_i64_huge, NULL, &k);
    for (int i = 0; i < 5000; i++)
        EX_EQ(hz[i], 0);
    goc_hmap *h = goc_makemap_small();
    *(int64_t *)goc_mapassign(&ex_m_i64_i64, h, &k) = 7;
    int64_t other = 43;
    EX_PTR_EQ(goc_mapaccess1(&ex_m_i64_i64, h, &other), z);
    EX_PTR_EQ(goc_mapaccess1(&m_i64_huge, NULL, &k), hz);
}
END_TEST

START_TEST(test_nil_map) {
    const goc_maptype *t = &ex_m_str_i64;
    goc_string k = GOC_STR("x");
    bool ok = true;
    EX_EQ(goc_maplen(NULL), 0);
    EX_EQ(*(int64_t *)goc_mapaccess1(t, NULL, &k), 0);
    EX_EQ(*(int64_t *)goc_mapaccess2(t, NULL, &k, &ok), 0);
    EX_ASSERT(!ok);
    ok = true;
    goc_mapaccess2_faststr(t, NULL, k, &ok);
    EX_ASSERT(!ok);
    goc_mapdelete(t, NULL, &k);
    goc_mapdelete_faststr(t, NULL, k);
    goc_mapclear(t, NULL);
    goc_hiter it;
    memset(&it, 0xff, sizeof it);
    goc_mapiterinit(t, NULL, &it);
    EX_NULL(it.key);
    goc_mapiternext(&it); /* stays done */
    EX_NULL(it.key);
    goc_mapstats_t st;
    goc_mapstats(t, NULL, &st);
    EX_EQ(st.count, 0);
    EX_UEQ(st.buckets, 0);
}
END_TEST

static void die_nil_assign(void) {
    goc_string k = GOC_STR("x");
    goc_mapassign(&ex_m_str_i64, NULL, &k);
}
static void die_nil_assign_fast(void) {
    goc_mapassign_fast64(&ex_m_i64_i64, NULL, 1);
}
START_TEST(test_nil_assign_panics) {
    EXPECT_DEATH(die_nil_assign, "panic: assignment to entry in nil map");
    EXPECT_DEATH(die_nil_assign_fast, "panic: assignment to entry in nil map");
}
END_TEST

static goc_eface unhashable_key(void) {
    goc_slice *s = goc_alloc(sizeof(goc_slice), true);
    goc_eface e = {&ex_t_sliceint, s};
    return e;
}
static void die_unhashable_access_nil(void) {
    goc_eface k = unhashable_key();
    goc_mapaccess1(&ex_m_any_i64, NULL, &k);
}
static void die_unhashable_delete_empty(void) {
    goc_eface k = unhashable_key();
    goc_mapdelete(&ex_m_any_i64, goc_makemap_small(), &k);
}
static void die_unhashable_assign(void) {
    goc_eface k = unhashable_key();
    goc_mapassign(&ex_m_any_i64, goc_makemap_small(), &k);
}
static void die_unhashable_access_full(void) {
    goc_hmap *h = goc_makemap_small();
    int64_t *box = goc_alloc(8, false);
    goc_eface ok = {&ex_t_int64, box};
    goc_mapassign(&ex_m_any_i64, h, &ok);
    goc_eface k = unhashable_key();
    goc_mapaccess1(&ex_m_any_i64, h, &k);
}
/* struct { a int64; b any }: the mapKeyError walk finds the interface inside */
typedef struct { int64_t a; goc_eface b; } sany;
static uintptr_t sany_hash(const void *p, uintptr_t h) {
    const sany *s = p;
    return goc_nilinterhash(&s->b, goc_memhash64(&s->a, h));
}
static bool sany_equal(const void *p, const void *q) {
    const sany *x = p, *y = q;
    return x->a == y->a && goc_nilinterequal(&x->b, &y->b);
}
static uintptr_t arr_sany_hash(const void *p, uintptr_t h) {
    const sany *s = p;
    return sany_hash(&s[1], sany_hash(&s[0], h));
}
static bool arr_sany_equal(const void *p, const void *q) {
    const sany *x = p, *y = q;
    return sany_equal(&x[0], &y[0]) && sany_equal(&x[1], &y[1]);
}
GOC_EQUAL_CLOSURE(sany_equal_f, sany_equal);
GOC_HASHER_CLOSURE(sany_hash_f, sany_hash);
GOC_EQUAL_CLOSURE(arr_sany_equal_f, arr_sany_equal);
GOC_HASHER_CLOSURE(arr_sany_hash_f, arr_sany_hash);
static const goc_structfield sany_f[] = {GOC_FIELD("a", false, &ex_t_int64, 0), GOC_FIELD("b", false, &ex_t_any, 8)};
GOC_DESCRIBE(t_sany, goc_structtype, "struct { a int64; b interface {} }",
       {.Type = GOC_TYPEINIT(24, 8, GOC_STRUCT, 0, 24, &sany_equal_f), .PkgPath = {GOC_NAMEDATA(0, "main")},
        .Fields = {(void *)sany_f, 2, 2}});
#define t_sany (t_sany_desc.d.Type)
GOC_DESCRIBE(t_arr_sany, goc_arraytype, "[2]struct { a int64; b interface {} }",
       {.Type = GOC_TYPEINIT(48, 8, GOC_ARRAY, 0, 48, &arr_sany_equal_f), .Elem = &t_sany, .Len = 2});
#define t_arr_sany (t_arr_sany_desc.d.Type)
#define SANY_FLAGS (GOC_MAPF_NEEDKEYUPDATE | GOC_MAPF_HASHMIGHTPANIC)
EX_MAPTYPE(m_sany, sany, int64_t, &t_sany, &ex_t_int64, &sany_hash_f, SANY_FLAGS,
           "map[struct { a int64; b interface {} }]int64");
EX_MAPTYPE(m_arr_sany, sany[2], int64_t, &t_arr_sany, &ex_t_int64, &arr_sany_hash_f, SANY_FLAGS,
           "map[[2]struct { a int64; b interface {} }]int64");
#define m_sany (m_sany_desc.d)
#define m_arr_sany (m_arr_sany_desc.d)

static void die_struct_key_nil_map(void) {
    sany k = {1, unhashable_key()};
    goc_mapaccess1(&m_sany, NULL, &k);
}
static void die_array_key_empty_map(void) {
    sany k[2] = {{1, {NULL, NULL}}, {2, unhashable_key()}};
    goc_mapdelete(&m_arr_sany, goc_makemap_small(), k);
}
/* the walk does not panic for hashable contents */
START_TEST(test_mapkeyerror_walk_ok) {
    int64_t *box = goc_alloc(8, false);
    sany k[2] = {{1, {NULL, NULL}}, {2, {&ex_t_int64, box}}};
    bool ok = true;
    goc_mapaccess2(&m_arr_sany, NULL, k, &ok);
    EX_ASSERT(!ok);
    goc_mapdelete(&m_sany, NULL, &k[1]);
}
END_TEST

START_TEST(test_unhashable_panics) {
    const char *want = "panic: runtime error: hash of unhashable type []int";
    EXPECT_DEATH(die_unhashable_access_nil, want);
    EXPECT_DEATH(die_unhashable_delete_empty, want);
    EXPECT_DEATH(die_unhashable_assign, want);
    EXPECT_DEATH(die_unhashable_access_full, want);
    EXPECT_DEATH(die_struct_key_nil_map, want);
    EXPECT_DEATH(die_array_key_empty_map, want);
}
END_TEST

/* A hash panic leaves the map usable (hashWriting set only after hashing). */
static goc_eface recovered;
static void recover_fn(goc_func *f) {
    (void)f;
    recovered = goc_gorecover();
}
static goc_func recover_closure = {(void (*)(void))recover_fn};

START_TEST(test_unhashable_recover) {
    goc_hmap *h = goc_makemap_small();
    goc_frame fr;
    volatile int reached = 0;
    recovered.type = NULL;
    goc_frame_enter(&fr);
    if (setjmp(fr.jb) == 0) {
        goc_deferproc(&fr, &recover_closure);
        goc_eface k = unhashable_key();
        goc_mapassign(&ex_m_any_i64, h, &k);
        reached = 1;
    }
    goc_deferreturn(&fr);
    EX_EQ(reached, 0);
    EX_NONNULL(recovered.type); /* the runtime error value */
    EX_EQ(h->flags & hashWriting, 0);
    int64_t *box = goc_alloc(8, false);
    *box = 3;
    goc_eface k = {&ex_t_int64, box};
    *(int64_t *)goc_mapassign(&ex_m_any_i64, h, &k) = 9;
    EX_EQ(*(int64_t *)goc_mapaccess1(&ex_m_any_i64, h, &k), 9);
    EX_EQ(goc_maplen(h), 1);
}
END_TEST

static goc_hmap *writing_map(void) {
    goc_hmap *h = goc_makemap_small();
    for (int64_t i = 0; i < 20; i++)
        *(int64_t *)goc_mapassign(&ex_m_i64_i64, h, &i) = i;
    h->flags |= hashWriting; /* as if another goroutine were writing */
    return h;
}
static void die_write_write(void) {
    int64_t k = 1;
    goc_mapassign(&ex_m_i64_i64, writing_map(), &k);
}
static void die_write_write_fast(void) {
    goc_mapassign_fast64(&ex_m_i64_i64, writing_map(), 1);
}
static void die_write_delete(void) {
    int64_t k = 1;
    goc_mapdelete(&ex_m_i64_i64, writing_map(), &k);
}
static void die_write_clear(void) {
    goc_mapclear(&ex_m_i64_i64, writing_map());
}
static void die_read_write(void) {
    int64_t k = 1;
    goc_mapaccess1(&ex_m_i64_i64, writing_map(), &k);
}
static void die_read_write_fast(void) {
    goc_mapaccess1_fast64(&ex_m_i64_i64, writing_map(), 1);
}
static void die_iter_write(void) {
    goc_hmap *h = writing_map();
    h->flags &= (uint8_t)~hashWriting;
    goc_hiter it;
    goc_mapiterinit(&ex_m_i64_i64, h, &it);
    h->flags |= hashWriting;
    goc_mapiternext(&it);
}
START_TEST(test_concurrent_fatal) {
    EXPECT_DEATH(die_write_write, "fatal error: concurrent map writes");
    EXPECT_DEATH(die_write_write_fast, "fatal error: concurrent map writes");
    EXPECT_DEATH(die_write_delete, "fatal error: concurrent map writes");
    EXPECT_DEATH(die_write_clear, "fatal error: concurrent map writes");
    EXPECT_DEATH(die_read_write, "fatal error: concurrent map read and map write");
    EXPECT_DEATH(die_read_write_fast, "fatal error: concurrent map read and map write");
    EXPECT_DEATH(die_iter_write, "fatal error: concurrent map iteration and map write");
}
END_TEST

START_TEST(test_exit_status_nil_assign) {
    FILE *devnull = freopen("/dev/null", "w", stderr); /* the text is checked above */
    (void)devnull;
    die_nil_assign();
}
END_TEST

START_TEST(test_hash0_reseed) {
    const goc_maptype *t = &ex_m_i64_i64;
    goc_hmap *h = goc_makemap_small();
    int changed = 0;
    for (int round = 0; round < 8; round++) {
        int64_t k = round;
        *(int64_t *)goc_mapassign(t, h, &k) = 1;
        uint32_t before = h->hash0;
        goc_mapdelete(t, h, &k); /* count reaches 0 */
        changed += h->hash0 != before;
        EX_EQ(h->count, 0);
    }
    EX_GE(changed, 7); /* a 32-bit draw repeats with probability 2^-32 */
    int64_t k = 1, k2 = 2;
    *(int64_t *)goc_mapassign(t, h, &k) = 1;
    *(int64_t *)goc_mapassign(t, h, &k2) = 1;
    uint32_t before = h->hash0;
    goc_mapdelete(t, h, &k); /* count 1: no reseed */
    EX_UEQ(h->hash0, before);
    goc_mapclear(t, h);
    EX_UNE(h->hash0, before);
}
END_TEST

/* emptyRest bookkeeping: delete from the end of a chain walks back into earlier buckets. */
/* matchTop flags every slot whose tophash is top, and a slot that is not
 * only above a real match (the borrow of the zero-byte test); anyEmptyRest
 * sees a 0 byte anywhere. Checked against the byte-by-byte definition for
 * every top over buckets made of top, its neighbours and the reserved values. */
START_TEST(test_matchtop) {
    static const int deltas[] = {0, 1, -1, 0x80, 0xff, 2};
    uint32_t x = 1;
    for (int round = 0; round < 20000; round++) {
        struct {
            bmap b;
            uint8_t pad[8];
        } mem;
        uint8_t top = (uint8_t)(minTopHash + round % (256 - minTopHash));
        for (int i = 0; i < bucketCnt; i++) {
            x = x * 1103515245u + 12345u;
            unsigned r = x >> 16;
            mem.b.tophash[i] = r % 4 == 0 ? (uint8_t)(r >> 4) % minTopHash
                                          : (uint8_t)(top + deltas[(r >> 4) % 6]);
        }
        uint64_t m = matchTop(&mem.b, top);
        bool seen = false, rest = false;
        for (int i = 0; i < bucketCnt; i++) {
            bool flagged = (m >> (8 * i + 7)) & 1;
            bool eq = mem.b.tophash[i] == top;
            if (eq)
                ck_assert_msg(flagged, "round %d slot %d: match not flagged", round, i);
            else if (flagged)
                ck_assert_msg(seen, "round %d slot %d: flagged below any match", round, i);
            seen |= eq;
            rest |= mem.b.tophash[i] == emptyRest;
        }
        ck_assert_uint_eq(m & ~msbEach, 0);
        ck_assert_int_eq(anyEmptyRest(&mem.b), rest);
        if (m != 0)
            ck_assert_uint_eq(firstSlot(m), (uintptr_t)__builtin_ctzll(m) / 8);
    }
}
END_TEST

START_TEST(test_emptyrest_backwalk) {
    const goc_maptype *t = &ex_m_i64_i64;
    /* B = 0 never chains; with B = 1, 12 keys of bucket 0 make a chain of two */
    goc_hmap *h = goc_makemap(t, 9, NULL);
    int64_t keys[12];
    int n = 0;
    for (int64_t i = 0; n < 12; i++) {
        uintptr_t hash = goc_callhash(t->Hasher, &i, h->hash0);
        if ((hash & 1) == 0)
            keys[n++] = i;
        if (n == 12) break;
    }
    for (int i = 0; i < 12; i++)
        *(int64_t *)goc_mapassign(t, h, &keys[i]) = i;
    EX_EQ(h->B, 1);
    bmap *b0 = h->buckets;
    bmap *ovf = overflowOf(t, b0);
    EX_NONNULL(ovf);
    /* delete the last four (in the overflow), then the last of the first bucket */
    for (int i = 11; i >= 8; i--)
        goc_mapdelete(t, h, &keys[i]);
    for (int i = 0; i < bucketCnt; i++)
        EX_EQ(ovf->tophash[i], emptyRest);
    EX_GE(b0->tophash[7], minTopHash);
    goc_mapdelete(t, h, &keys[5]); /* in the middle: emptyOne */
    EX_EQ(b0->tophash[5], emptyOne);
    goc_mapdelete(t, h, &keys[7]);
    EX_EQ(b0->tophash[7], emptyRest);
    goc_mapdelete(t, h, &keys[6]); /* 6 and the earlier emptyOne at 5 become emptyRest */
    EX_EQ(b0->tophash[6], emptyRest);
    EX_EQ(b0->tophash[5], emptyRest);
    EX_GE(b0->tophash[4], minTopHash);
    MAP_CHECK(t, h);
    /* a new key fills the first free slot */
    *(int64_t *)goc_mapassign(t, h, &keys[9]) = 99;
    EX_GE(b0->tophash[5], minTopHash);
    MAP_CHECK(t, h);
}
END_TEST

START_TEST(test_mapstats) {
    const goc_maptype *t = &ex_m_i64_i64;
    goc_hmap *h = goc_makemap_small();
    goc_mapstats_t st;
    for (int64_t i = 0; i < 13; i++)
        *(int64_t *)goc_mapassign(t, h, &i) = i;
    goc_mapstats(t, h, &st);
    EX_EQ(st.count, 13);
    EX_EQ(st.B, 1);
    EX_UEQ(st.buckets, 2);
    EX_ASSERT(!st.growing);
    EX_ASSERT(st.load == 6.5);
    EX_UEQ(st.noverflow, h->noverflow);
    /* #105 starts doubling 16 → 32 buckets; that insert evacuates two old buckets at most */
    for (int64_t i = 13; i < 105; i++)
        *(int64_t *)goc_mapassign(t, h, &i) = i;
    goc_mapstats(t, h, &st);
    EX_EQ(st.B, 5);
    EX_UEQ(st.buckets, 32);
    EX_EQ(st.count, 105);
    EX_ASSERT(st.growing);
    EX_ASSERT(!st.sameSizeGrow);
    EX_UEQ(st.oldbuckets, 16);
    EX_ASSERT(st.nevacuate >= 1 && st.nevacuate <= 2);
    /* more writes finish it */
    for (int64_t i = 0; i < 105; i++)
        *(int64_t *)goc_mapassign(t, h, &i) = i;
    goc_mapstats(t, h, &st);
    EX_ASSERT(!st.growing);
    EX_UEQ(st.oldbuckets, 0);
    /* overflow counts buckets reachable from the current array */
    goc_hmap *c = goc_makemap(t, 9, NULL); /* B = 1 */
    int n = 0;
    for (int64_t i = 0; n < 12; i++)
        if ((goc_callhash(t->Hasher, &i, c->hash0) & 1) == 0) {
            *(int64_t *)goc_mapassign(t, c, &i) = i;
            n++;
        }
    goc_mapstats(t, c, &st);
    EX_UEQ(st.overflow, 1);
    EX_UEQ(st.noverflow, 1);
    EX_ASSERT(st.load == 6.0);
}
END_TEST

/* GOCTRACE=mapgrow: one line per growth step and one when evacuation is done. */
static void trace_child(void *arg) {
    (void)arg;
    setenv("GOCTRACE", "sched,mapgrow", 1);
    goc_mapinit(); /* what goc_init does */
    if (!goc_trace_mapgrow)
        exit(3);
    goc_hmap *h = goc_makemap_small();
    unsigned nov = 0; /* the B=1 array's overflow count when the 14th key doubles it */
    for (int64_t i = 0; i < 14; i++) {
        if (i == 13)
            nov = h->noverflow;
        *(int64_t *)goc_mapassign(&ex_m_i64_i64, h, &i) = i;
    }
    for (int64_t i = 0; i < 14; i++)
        *(int64_t *)goc_mapassign(&ex_m_i64_i64, h, &i) = i;
    /* churn at a constant size until a same-size grow shows up */
    goc_hmap *c = goc_makemap(&ex_m_i64_i64, 100, NULL);
    for (int64_t i = 0; i < 100; i++)
        *(int64_t *)goc_mapassign(&ex_m_i64_i64, c, &i) = i;
    for (int64_t i = 100; i < 2000000 && !(c->flags & sameSizeGrow); i++) {
        int64_t old = i - 100;
        goc_mapdelete(&ex_m_i64_i64, c, &old);
        *(int64_t *)goc_mapassign(&ex_m_i64_i64, c, &i) = i;
    }
    dprintf(2, "expect noverflow=%u\n", nov);
    exit(0);
}
START_TEST(test_trace) {
    tu_capture c;
    tu_run(&c, trace_child, NULL);
    EX_EQ(c.status, 0);
    EX_ASSERT_MSG(strstr(c.err, "mapgrow: map[int64]int64 h=0x") == c.err, "trace: %s", c.err);
    EX_ASSERT_MSG(strstr(c.err, "count=8 B=0->1 kind=double noverflow=0\n") != NULL, "%s", c.err);
    /* 13 keys in 2 buckets overflow one of them about a quarter of the time:
     * the child reports what the line must say. */
    const char *ex = strstr(c.err, "expect noverflow=");
    unsigned nov;
    EX_ASSERT_MSG(ex != NULL && sscanf(ex, "expect noverflow=%u", &nov) == 1, "%s", c.err);
    EX_ASSERT_MSG(nov <= 1, "%s", c.err); /* 13 keys cannot fill two overflow buckets */
    char want[64];
    snprintf(want, sizeof want, "count=13 B=1->2 kind=double noverflow=%u\n", nov);
    EX_ASSERT_MSG(strstr(c.err, want) != NULL, "want %s in %s", want, c.err);
    EX_ASSERT_MSG(strstr(c.err, "B=1 done\n") != NULL, "%s", c.err);
    EX_ASSERT_MSG(strstr(c.err, "B=2 done\n") != NULL, "%s", c.err);
    EX_ASSERT_MSG(strstr(c.err, "B=4->4 kind=samesize noverflow=16\n") != NULL, "%s", c.err);
}
END_TEST

/* ======================================================================== */
/* The collector                                                            */
/* ======================================================================== */

/* Disappearing links live in malloc'd memory, which Boehm does not scan. */
typedef struct links {
    void **l;
    int n;
} links;

static links newlinks(int n) {
    links L = {calloc((size_t)n, sizeof(void *)), n};
    return L;
}
static void track(links *L, int i, void *obj) {
    L->l[i] = obj;
    GC_general_register_disappearing_link(&L->l[i], obj);
}
static int alive(const links *L, int from, int to) {
    int a = 0;
    for (int i = from; i < to; i++)
        a += L->l[i] != NULL;
    return a;
}

/* Do the work in frames that are gone when the collector runs, and scrub the stack. */
static void __attribute__((noinline)) scrub(void) {
    volatile char pad[16384];
    memset((char *)pad, 0, sizeof pad);
}
static void collect(void) {
    scrub();
    GC_gcollect();
    GC_gcollect();
}

static void __attribute__((noinline)) fill_ptrmap(goc_hmap *h, links *L, int n) {
    for (int64_t i = 0; i < n; i++) {
        int64_t *obj = goc_alloc(64, false);
        obj[0] = i * 11;
        track(L, (int)i, obj);
        *(void **)goc_mapassign_fast64(&ex_m_i64_ptr, h, (uint64_t)i) = obj;
    }
}

/* Values reachable only through the map survive; deleted and overwritten ones are reclaimed. */
START_TEST(test_gc_pointer_values) {
    int n = (int)tu_scale(3000, 3);
    goc_hmap *h = goc_makemap_small();
    links L = newlinks(n);
    fill_ptrmap(h, &L, n);
    collect();
    EX_EQ(alive(&L, 0, n), n);
    for (int64_t i = 0; i < n; i++) {
        int64_t *obj = *(void **)goc_mapaccess1_fast64(&ex_m_i64_ptr, h, (uint64_t)i);
        EX_EQ(obj[0], i * 11);
    }
    /* drop the first half by delete, the second half's values by overwriting */
    for (int64_t i = 0; i < n / 2; i++)
        goc_mapdelete_fast64(&ex_m_i64_ptr, h, (uint64_t)i);
    links L2 = newlinks(n);
    for (int64_t i = n / 2; i < n; i++) {
        int64_t *obj = goc_alloc(64, false);
        obj[0] = -i;
        track(&L2, (int)i, obj);
        *(void **)goc_mapassign_fast64(&ex_m_i64_ptr, h, (uint64_t)i) = obj;
    }
    collect();
    int dropped = alive(&L, 0, n);
    EX_ASSERT_MSG(dropped < n / 10, "%d of %d dropped objects still alive", dropped, n);
    EX_EQ(alive(&L2, n / 2, n), n - n / 2);
    for (int64_t i = n / 2; i < n; i++)
        EX_EQ((*(int64_t **)goc_mapaccess1(&ex_m_i64_ptr, h, &i))[0], -i);
    free(L.l);
    free(L2.l);
}
END_TEST

/*
 * Old buckets are cleared once evacuated: while a grow is under way, values
 * overwritten in the new array are not kept alive by the old one.
 */
START_TEST(test_gc_evacuated_cleared) {
    const goc_maptype *t = &ex_m_i64_ptr;
    goc_hmap *h = goc_makemap_small();
    links L = newlinks(2000);
    int64_t n = 0;
    /* fill up to the brink of a doubling (#833 starts 64 -> 128 buckets) */
    for (; n < 832; n++)
        *(void **)goc_mapassign(t, h, &n) = NULL;
    EX_NULL(h->oldbuckets);
    fill_ptrmap(h, &L, 832); /* pointer values for keys 0..831 */
    *(void **)goc_mapassign(t, h, &n) = NULL; /* #833: the grow starts */
    EX_NONNULL(h->oldbuckets);
    /* overwrite 20 keys: each write evacuates that key's old bucket first */
    for (int64_t i = 0; i < 20; i++)
        *(void **)goc_mapassign(t, h, &i) = NULL;
    EX_NONNULL(h->oldbuckets); /* still growing: the old array is live */
    collect();
    int left = alive(&L, 0, 20);
    EX_ASSERT_MSG(left <= 4, "%d of 20 overwritten objects kept by evacuated old buckets", left);
    EX_EQ(alive(&L, 20, 832), 832 - 20); /* the rest are still in the map */
    /* (using h here also keeps the map itself alive through the collection) */
    for (int64_t i = 0; i < 832; i++) {
        int64_t *o = *(int64_t **)goc_mapaccess1(t, h, &i);
        EX_ASSERT(i < 20 ? o == NULL : o[0] == i * 11);
    }
    free(L.l);
}
END_TEST

/*
 * A pointer-free map's buckets are atomic: its overflow buckets (separate
 * objects, found only through atomic memory) must be kept alive by h->extra.
 */
static void __attribute__((noinline)) churn_heap(int n) {
    for (int i = 0; i < n; i++) {
        uint64_t *p = goc_alloc(144, false);
        memset(p, 0xEE, 144); /* would overwrite a wrongly freed bucket */
    }
}
START_TEST(test_gc_atomic_overflow) {
    const goc_maptype *t = &ex_m_i64_i64;
    EX_ASSERT(!bucketHasPointers(t));
    goc_hmap *h = goc_makemap(t, 100, NULL); /* B = 4 */
    long n = 104; /* the most B = 4 holds: overflow buckets for sure */
    for (int64_t i = 0; i < n; i++)
        *(int64_t *)goc_mapassign(t, h, &i) = i * 3;
    EX_EQ(h->B, 4);
    /* exhaust the preallocated overflow run by churn, so later ones are separate objects */
    int64_t next = n;
    for (int r = 0; r < 3000 && !h->oldbuckets; r++) {
        int64_t old = next - n;
        goc_mapdelete(t, h, &old);
        *(int64_t *)goc_mapassign(t, h, &next) = next * 3;
        next++;
    }
    links L = newlinks(4096);
    int nl = 0;
    for (uintptr_t i = 0; i < ((uintptr_t)1 << h->B); i++)
        for (bmap *b = overflowOf(t, bucketAt(t, h->buckets, i)); b; b = overflowOf(t, b))
            if (GC_base(b) == (void *)b && nl < 4096)
                track(&L, nl++, b);
    for (int round = 0; round < 3; round++) {
        collect();
        churn_heap(20000);
    }
    EX_EQ(alive(&L, 0, nl), nl);
    goc_int count = 0;
    goc_hiter it;
    for (goc_mapiterinit(t, h, &it); it.key; goc_mapiternext(&it)) {
        EX_EQ(*(int64_t *)it.elem, *(int64_t *)it.key * 3);
        count++;
    }
    EX_EQ(count, h->count);
    MAP_CHECK(t, h);
    free(L.l);
}
END_TEST

/* An iterator keeps its snapshot's overflow buckets alive after the map grows past them. */
START_TEST(test_gc_iterator_keeps_old) {
    const goc_maptype *t = &ex_m_i64_i64;
    goc_hmap *h = goc_makemap(t, 9, NULL); /* B = 1 */
    int n = 0;
    for (int64_t i = 0; n < 12; i++)
        if ((goc_callhash(t->Hasher, &i, h->hash0) & 1) == 0) {
            *(int64_t *)goc_mapassign(t, h, &i) = i;
            n++;
        }
    EX_NONNULL(overflowOf(t, h->buckets));
    goc_hiter it;
    goc_mapiterinit(t, h, &it);
    int produced = 1;
    EX_ASSERT(*(int64_t *)it.key < 1000);
    /* #13 fits; #14 starts a grow; then grow again to completion: the map
     * forgets the old arrays and their overflow lists */
    for (int64_t i = 1000; i < 1200; i++)
        *(int64_t *)goc_mapassign(t, h, &i) = i;
    for (int64_t i = 1000; h->oldbuckets != NULL; i++) /* updates finish the last grow */
        *(int64_t *)goc_mapassign(t, h, &i) = i;
    EX_GE(h->B, 4);
    EX_NULL(h->oldbuckets);
    collect();
    churn_heap(20000);
    for (goc_mapiternext(&it); it.key; goc_mapiternext(&it)) {
        int64_t k = *(int64_t *)it.key;
        EX_ASSERT_MSG(k <= 1000, "key %lld inserted after the grow began was produced", (long long)k);
        EX_EQ(*(int64_t *)it.elem, k);
        produced += k < 1000;
    }
    EX_EQ(produced, 12);
}
END_TEST

Suite *map_suite(void) {
    Suite *s = suite_create("map");
    TCase *tc = tcase_create("Model");
    tcase_set_timeout(tc, 120);
    tcase_add_loop_test(tc, test_model, 0, (int)(sizeof kinds / sizeof kinds[0]));
    suite_add_tcase(s, tc);

    tc = tcase_create("Growth");
    tcase_set_timeout(tc, 60);
    tcase_add_test(tc, test_growth_thresholds);
    tcase_add_test(tc, test_makemap_hint);
    tcase_add_test(tc, test_prealloc_overflow);
    tcase_add_test(tc, test_samesize_grow);
    tcase_add_test(tc, test_samesize_inplace);
    tcase_add_test(tc, test_slot_clear_copy);
    tcase_add_test(tc, test_embedded_first_bucket);
    tcase_add_test(tc, test_stack_map);
    tcase_add_test(tc, test_noverflow_b16);
    tcase_add_test(tc, test_mapstats);
    tcase_add_test(tc, test_trace);
    suite_add_tcase(s, tc);

    tc = tcase_create("Semantics");
    tcase_set_timeout(tc, 60);
    tcase_add_test(tc, test_nan_and_zero);
    tcase_add_test(tc, test_indirect);
    tcase_add_test(tc, test_zero_value);
    tcase_add_test(tc, test_nil_map);
    tcase_add_test(tc, test_hash0_reseed);
    tcase_add_test(tc, test_emptyrest_backwalk);
    tcase_add_test(tc, test_matchtop);
    tcase_add_test(tc, test_unhashable_recover);
    suite_add_tcase(s, tc);

    tc = tcase_create("Panics");
    tcase_set_timeout(tc, 60);
    tcase_add_test(tc, test_nil_assign_panics);
    tcase_add_test(tc, test_unhashable_panics);
    tcase_add_test(tc, test_mapkeyerror_walk_ok);
    tcase_add_test(tc, test_concurrent_fatal);
    tcase_add_exit_test(tc, test_exit_status_nil_assign, 2);
    suite_add_tcase(s, tc);

    tc = tcase_create("GC");
    tcase_set_timeout(tc, 120);
    tcase_add_test(tc, test_gc_pointer_values);
    tcase_add_test(tc, test_gc_evacuated_cleared);
    tcase_add_test(tc, test_gc_atomic_overflow);
    tcase_add_test(tc, test_gc_iterator_keeps_old);
    suite_add_tcase(s, tc);
    return s;
}
