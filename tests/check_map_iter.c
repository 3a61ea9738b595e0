/*
 * tests/check_map_iter.c — runtime/map_iter.c: randomness of the start
 * position (chi-square), the exact small-map distribution of facts §6,
 * iteration while the map grows, with deletes and inserts, NaN keys, clear.
 */
#include "export.h"

/*
 * Upper critical values of the chi-square distribution at p = 1e-9, i.e.
 * the x with Q(df/2, x/2) = 1e-9 (regularized upper incomplete gamma),
 * computed by bisection on Lentz's continued fraction for Q:
 *   df = 2: 41.4465   df = 4: 47.8795   df = 7: 55.8748
 * (57.5 for df = 7 corresponds to p ≈ 4.8e-10.) A correct implementation
 * fails a test below with probability < 1e-9.
 */
static const double chi2crit[8] = {0, 0, 41.4466, 0, 47.8795, 0, 0, 55.8748};

static double chi2(const long *obs, const double *expect, int k) {
    double x = 0;
    for (int i = 0; i < k; i++)
        x += (obs[i] - expect[i]) * (obs[i] - expect[i]) / expect[i];
    return x;
}

/* A B = 0 map with keys 0..n-1 inserted in order. */
static goc_hmap *smallmap(int n) {
    goc_hmap *h = goc_makemap_small();
    for (int64_t i = 0; i < n; i++)
        *(int64_t *)goc_mapassign_fast64(&ex_m_i64_i64, h, (uint64_t)i) = i;
    EX_EQ(h->B, 0);
    return h;
}

/* Over many iterations of an 8-entry map, every key comes first equally often. */
START_TEST(test_first_key_uniform) {
    goc_hmap *h = smallmap(8);
    long trials = tu_scale(80000, 4);
    long first[8] = {0};
    for (long t = 0; t < trials; t++) {
        goc_hiter it;
        goc_mapiterinit(&ex_m_i64_i64, h, &it);
        first[*(int64_t *)it.key]++;
    }
    double expect[8];
    for (int i = 0; i < 8; i++) {
        expect[i] = trials / 8.0;
        EX_ASSERT_MSG(first[i] > 0, "key %d never came first", i);
    }
    double x = chi2(first, expect, 8);
    EX_ASSERT_MSG(x < chi2crit[7], "chi-square %.2f >= %.2f (df 7)", x, chi2crit[7]);
}
END_TEST

/*
 * Facts §6: with n <= 8 keys in slots 0..n-1, only the n rotations of the
 * insertion order occur; the one starting at key k (1 <= k < n) has
 * probability 1/8, the insertion order itself (9-n)/8.
 */
START_TEST(test_small_map_distribution) {
    static const int ns[] = {3, 5};
    int n = ns[_i];
    goc_hmap *h = smallmap(n);
    long trials = tu_scale(40000, 4);
    long rot[8] = {0};
    for (long t = 0; t < trials; t++) {
        int64_t order[8] = {0};
        int m = 0;
        goc_hiter it;
        for (goc_mapiterinit(&ex_m_i64_i64, h, &it); it.key; goc_mapiternext(&it))
            order[m++] = *(int64_t *)it.key;
        EX_EQ(m, n);
        for (int j = 0; j < n; j++) /* a rotation of 0..n-1 */
            EX_EQ(order[j], (order[0] + j) % n);
        rot[order[0]]++;
    }
    double expect[8];
    expect[0] = trials * (9.0 - n) / 8.0;
    for (int k = 1; k < n; k++)
        expect[k] = trials / 8.0;
    double x = chi2(rot, expect, n);
    EX_ASSERT_MSG(x < chi2crit[n - 1], "n=%d: chi-square %.2f >= %.2f", n, x, chi2crit[n - 1]);
    /* one key: always that key; empty and nil maps: nothing, no random draw needed */
    goc_hmap *one = smallmap(1);
    goc_hiter it;
    goc_mapiterinit(&ex_m_i64_i64, one, &it);
    EX_EQ(*(int64_t *)it.key, 0);
    goc_mapiternext(&it);
    EX_NULL(it.key);
}
END_TEST

/*
 * B >= 1: start bucket and offset are uniform: every key in a head bucket
 * (not in an overflow bucket, which is never reached first) comes first at
 * some point; each does with probability >= 1/(16*8) per iteration.
 */
START_TEST(test_start_bucket_spread) {
    const goc_maptype *t = &ex_m_i64_i64;
    goc_hmap *h = goc_makemap_small();
    for (int64_t i = 0; i < 100; i++)
        *(int64_t *)goc_mapassign(t, h, &i) = i;
    EX_EQ(h->B, 4);
    EX_NULL(h->oldbuckets);
    char head[100] = {0};
    int want = 0;
    for (uintptr_t i = 0; i < 16; i++) {
        bmap *b = bucketAt(t, h->buckets, i);
        for (int j = 0; j < bucketCnt; j++)
            if (b->tophash[j] >= minTopHash) {
                head[*(int64_t *)keyslot(t, b, j)] = 1;
                want++;
            }
    }
    char first[100] = {0};
    long trials = tu_scale(20000, 4);
    int distinct = 0;
    for (long n = 0; n < trials; n++) {
        goc_hiter it;
        goc_mapiterinit(t, h, &it);
        int64_t k = *(int64_t *)it.key;
        EX_ASSERT_MSG(head[k], "key %lld in an overflow bucket came first", (long long)k);
        distinct += !first[k];
        first[k] = 1;
    }
    EX_EQ(distinct, want);
}
END_TEST

/* Count the keys an iteration produces, checking none twice. */
static int iterate_all(const goc_maptype *t, goc_hmap *h, char *seen, int n) {
    memset(seen, 0, (size_t)n);
    int c = 0;
    goc_hiter it;
    for (goc_mapiterinit(t, h, &it); it.key; goc_mapiternext(&it)) {
        int64_t k = *(int64_t *)it.key;
        EX_ASSERT(k >= 0 && k < n);
        EX_ASSERT_MSG(!seen[k], "key %lld twice", (long long)k);
        seen[k] = 1;
        c++;
    }
    return c;
}

/*
 * An iterator started before a grow: keys inserted after the grow began are
 * never produced, every key present throughout is produced once, values are
 * current, deleted keys are skipped. Exercised over many sizes and every
 * position of the grow relative to the iteration.
 */
START_TEST(test_iter_across_grow) {
    const goc_maptype *t = &ex_m_i64_i64;
    enum { maxk = 1200 };
    for (int n0 = 9; n0 < 300; n0 += 7) {
        for (int startat = 0; startat < 3; startat++) {
            goc_hmap *h = goc_makemap_small();
            for (int64_t i = 0; i < n0; i++)
                *(int64_t *)goc_mapassign(t, h, &i) = i;
            for (int64_t z = 0; h->oldbuckets != NULL;) /* no grow under way at the start */
                *(int64_t *)goc_mapassign(t, h, &z) = 0;
            goc_hiter it;
            goc_mapiterinit(t, h, &it);
            uint8_t itB = h->B;
            char seen[maxk] = {0}, afterGrow[maxk] = {0};
            int64_t want[maxk];
            for (int64_t i = 0; i < n0; i++)
                want[i] = i;
            int64_t next = n0;
            int steps = 0;
            for (; it.key; goc_mapiternext(&it), steps++) {
                int64_t k = *(int64_t *)it.key;
                EX_ASSERT(k >= 0 && k < next);
                EX_ASSERT_MSG(!seen[k], "n0=%d: key %lld twice", n0, (long long)k);
                EX_ASSERT_MSG(!afterGrow[k], "n0=%d: key %lld inserted after the grow began", n0, (long long)k);
                seen[k] = 1;
                EX_EQ(*(int64_t *)it.elem, want[k]); /* the current value */
                if (steps != startat)
                    continue;
                /* insert enough to start (and partly run) a grow, then update every third key */
                for (int j = 0; j < n0 && next < maxk; j++, next++) {
                    *(int64_t *)goc_mapassign(t, h, &next) = next;
                    want[next] = next;
                    afterGrow[next] = h->B != itB || h->oldbuckets != NULL; /* lives in the new array only */
                }
                for (int64_t j = 0; j < n0; j += 3) {
                    *(int64_t *)goc_mapassign(t, h, &j) = -j;
                    want[j] = -j;
                }
            }
            for (int64_t j = 0; j < n0; j++)
                EX_ASSERT_MSG(seen[j], "n0=%d start=%d: key %lld never produced", n0, startat, (long long)j);
            MAP_CHECK(t, h);
        }
    }
}
END_TEST

/*
 * An iterator that starts during a grow walks the new array and reads the
 * un-evacuated old buckets filtered by checkBucket: every key exactly once,
 * with deletes and inserts (which evacuate) going on between steps.
 */
START_TEST(test_iter_during_grow) {
    const goc_maptype *t = &ex_m_i64_i64;
    uint64_t r = 0x2545F4914F6CDD1DULL;
    long rounds = tu_scale(300, 10);
    for (long round = 0; round < rounds; round++) {
        int n0 = 105 + (int)(round % 200); /* past #105: B = 4 → 5 */
        goc_hmap *h = goc_makemap_small();
        for (int64_t i = 0; i < n0; i++)
            *(int64_t *)goc_mapassign(t, h, &i) = i;
        if (h->oldbuckets == NULL) { /* make sure a grow is under way */
            int64_t i = n0;
            while (h->oldbuckets == NULL) {
                *(int64_t *)goc_mapassign(t, h, &i) = i;
                i++;
            }
            n0 = (int)i;
        }
        EX_NONNULL(h->oldbuckets);
        char deleted[2000] = {0}, touched[2000] = {0}, seen[2000] = {0};
        int64_t next = n0;
        goc_hiter it;
        for (goc_mapiterinit(t, h, &it); it.key; goc_mapiternext(&it)) {
            int64_t k = *(int64_t *)it.key;
            EX_ASSERT(k >= 0 && k < next);
            EX_ASSERT_MSG(!seen[k], "key %lld twice", (long long)k);
            EX_ASSERT_MSG(!deleted[k], "deleted key %lld produced", (long long)k);
            seen[k] = 1;
            r ^= r << 13, r ^= r >> 7, r ^= r << 17;
            if (r % 3 == 0) {
                int64_t d = (int64_t)((r >> 8) % (uint64_t)n0);
                goc_mapdelete(t, h, &d);
                deleted[d] = 1;
                touched[d] = 1;
            } else if (r % 3 == 1 && next < 2000) {
                *(int64_t *)goc_mapassign(t, h, &next) = next;
                touched[next] = 1;
                next++;
            }
        }
        for (int j = 0; j < n0; j++)
            if (!touched[j])
                EX_ASSERT_MSG(seen[j], "untouched key %d not produced", j);
        MAP_CHECK(t, h);
    }
}
END_TEST

/* Same-size grow under an iterator: every key once. */
START_TEST(test_iter_samesize_grow) {
    const goc_maptype *t = &ex_m_i64_i64;
    goc_hmap *h = goc_makemap(t, 100, NULL);
    int64_t live[100], next = 0;
    for (int i = 0; i < 100; i++) {
        live[i] = next++;
        *(int64_t *)goc_mapassign(t, h, &live[i]) = 1;
    }
    uint64_t r = 99991;
    int found = 0;
    for (long steps = 0; steps < 2000000 && found < 5; steps++) {
        r ^= r << 13, r ^= r >> 7, r ^= r << 17;
        int j = (int)(r % 100);
        goc_mapdelete(t, h, &live[j]);
        live[j] = next++;
        *(int64_t *)goc_mapassign(t, h, &live[j]) = 1;
        if (!(h->flags & sameSizeGrow))
            continue;
        found++;
        /* iterate mid-grow: exactly the 100 live keys */
        int c = 0;
        goc_hiter it;
        for (goc_mapiterinit(t, h, &it); it.key; goc_mapiternext(&it))
            c++;
        EX_EQ(c, 100);
        MAP_CHECK(t, h);
        while (h->oldbuckets) /* finish this grow */
            *(int64_t *)goc_mapassign(t, h, &live[0]) = 1;
    }
    EX_GE(found, 1);
}
END_TEST

/*
 * An iterator that outlives grows of the map: it starts on a large array
 * (so the next same-size grow is Go's, into a new array, which the iterator
 * keeps reading), churn finishes that grow, and churn goes on until a
 * same-size grow packs the current array in place. The rest of the
 * iteration must still produce every key that was never deleted exactly
 * once, and every key at most once.
 */
START_TEST(test_iter_across_inplace_grow) {
    const goc_maptype *t = &ex_m_i64_i64;
    enum { n = 1500, stable = 750 };
    static int64_t live[n];
    static unsigned char seen[n];
    int64_t next = 0;
    goc_hmap *h = goc_makemap(t, n, NULL);
    for (int i = 0; i < n; i++) {
        live[i] = next++;
        *(int64_t *)goc_mapassign(t, h, &live[i]) = live[i];
    }
    void *first = h->buckets;
    goc_hiter it;
    goc_mapiterinit(t, h, &it);
    int produced = 0;
    memset(seen, 0, sizeof seen);
    /* take a few entries first; it.key and it.elem are only valid until the
     * map changes (a range loop copies them), so the 50th is consumed before
     * the churn and the iterator advanced after it */
    for (int i = 0; it.key; i++) {
        int64_t k = *(int64_t *)it.key;
        EX_ASSERT(k < n);
        EX_ASSERT_MSG(!seen[k], "key %lld produced twice", (long long)k);
        seen[k] = 1;
        produced++;
        if (i == 49)
            break;
        goc_mapiternext(&it);
    }
    /* churn keys stable..n-1 only, with fresh keys, through both grows */
    uint64_t r = 12345;
    int phase = 0; /* 0: wait for Go's grow, 1: wait for its end, 2: wait for an in-place one */
    for (long steps = 0; steps < 4000000 && phase < 3; steps++) {
        r ^= r << 13, r ^= r >> 7, r ^= r << 17;
        int j = stable + (int)(r % (n - stable));
        goc_mapdelete(t, h, &live[j]);
        live[j] = n + next++;
        uint16_t before = h->noverflow;
        void *arr = h->buckets;
        *(int64_t *)goc_mapassign(t, h, &live[j]) = live[j];
        if (phase == 0 && h->oldbuckets != NULL) {
            EX_ASSERT(h->flags & sameSizeGrow);
            EX_PTR_EQ(h->oldbuckets, first); /* the iterator's array: Go's grow */
            phase = 1;
        } else if (phase == 1 && h->oldbuckets == NULL) {
            phase = 2;
        } else if (phase == 2) {
            EX_ASSERT_MSG(h->oldbuckets == NULL, "a grow under way: not in place");
            if (h->noverflow < before && h->buckets == arr)
                phase = 3;
        }
    }
    EX_EQ(phase, 3);
    MAP_CHECK(t, h);
    for (goc_mapiternext(&it); it.key; goc_mapiternext(&it)) {
        int64_t k = *(int64_t *)it.key;
        EX_EQ(*(int64_t *)it.elem, k);
        if (k < n) {
            EX_ASSERT_MSG(!seen[k], "key %lld produced twice", (long long)k);
            seen[k] = 1;
        }
        produced++;
    }
    for (int k = 0; k < stable; k++)
        EX_ASSERT_MSG(seen[k], "key %d, never deleted, not produced", k);
    EX_GE(produced, stable);
}
END_TEST

/* NaN keys: produced once each even when the map grows under the iterator. */
START_TEST(test_iter_nan_grow) {
    const goc_maptype *t = &ex_m_f64_i64;
    for (int trial = 0; trial < 50; trial++) {
        goc_hmap *h = goc_makemap_small();
        double nan = NAN;
        for (int i = 0; i < 10; i++)
            *(int64_t *)goc_mapassign(t, h, &nan) = 1000 + i;
        double k = 1;
        *(int64_t *)goc_mapassign(t, h, &k) = 1;
        goc_hiter it;
        goc_mapiterinit(t, h, &it);
        char seen[10] = {0};
        int nans = 0, ones = 0;
        bool grown = false;
        for (; it.key; goc_mapiternext(&it)) {
            double kk = *(double *)it.key;
            if (kk != kk) {
                int64_t v = *(int64_t *)it.elem;
                EX_ASSERT(v >= 1000 && v < 1010);
                EX_ASSERT_MSG(!seen[v - 1000], "NaN entry produced twice");
                seen[v - 1000] = 1;
                nans++;
            } else {
                ones += kk == 1;
            }
            if (!grown) { /* many new keys: doubling twice while iterating */
                for (double x = 2; x < 60; x++)
                    *(int64_t *)goc_mapassign(t, h, &x) = 0;
                grown = true;
            }
        }
        EX_EQ(nans, 10);
        EX_EQ(ones, 1);
        MAP_CHECK(t, h);
    }
}
END_TEST

/*
 * NaN keys with an iterator that starts during a grow: it reads un-evacuated
 * old buckets through the checkBucket filter, which for NaNs uses the
 * tophash's low bit; evacuate must agree (Y iff that bit is 1), or entries
 * are lost or doubled when evacuation happens between visiting X and Y.
 */
START_TEST(test_iter_nan_during_grow) {
    const goc_maptype *t = &ex_m_f64_i64;
    double nan = NAN;
    long trials = tu_scale(200, 10);
    for (long trial = 0; trial < trials; trial++) {
        goc_hmap *h = goc_makemap_small();
        int64_t nn = 0;
        goc_hiter warm; /* sets the iterator flags before any grow, as a range loop would */
        *(int64_t *)goc_mapassign(t, h, &nan) = nn++;
        goc_mapiterinit(t, h, &warm);
        while (nn < 60 || h->oldbuckets == NULL)
            *(int64_t *)goc_mapassign(t, h, &nan) = nn++;
        EX_ASSERT(nn < 2000);
        char seen[2000] = {0};
        int64_t atstart = nn;
        int produced = 0;
        double x = 1;
        goc_hiter it;
        for (goc_mapiterinit(t, h, &it); it.key; goc_mapiternext(&it)) {
            int64_t v = *(int64_t *)it.elem;
            if (v < 0)
                continue; /* a number key added below */
            EX_ASSERT_MSG(!seen[v], "NaN entry %lld produced twice", (long long)v);
            seen[v] = 1;
            produced += v < atstart;
            *(int64_t *)goc_mapassign(t, h, &x) = -1; /* evacuates as we go */
            x++;
        }
        EX_EQ(produced, atstart);
        MAP_CHECK(t, h);
    }
}
END_TEST

/* clear during iteration: nothing more is produced. */
START_TEST(test_iter_clear) {
    const goc_maptype *t = &ex_m_i64_i64;
    for (int n = 1; n < 300; n += 13) {
        goc_hmap *h = goc_makemap_small();
        for (int64_t i = 0; i < n; i++)
            *(int64_t *)goc_mapassign(t, h, &i) = i;
        goc_hiter it;
        goc_mapiterinit(t, h, &it);
        EX_NONNULL(it.key);
        goc_mapclear(t, h);
        goc_mapiternext(&it);
        EX_NULL(it.key);
        EX_EQ(goc_maplen(h), 0);
        /* the map works after clear, B kept */
        int64_t k = 5;
        *(int64_t *)goc_mapassign(t, h, &k) = 6;
        EX_EQ(*(int64_t *)goc_mapaccess1(t, h, &k), 6);
        MAP_CHECK(t, h);
    }
}
END_TEST

/* A key deleted and re-inserted before being reached may be produced, but once. */
START_TEST(test_iter_delete_reinsert) {
    const goc_maptype *t = &ex_m_i64_i64;
    goc_hmap *h = goc_makemap_small();
    for (int64_t i = 0; i < 200; i++)
        *(int64_t *)goc_mapassign(t, h, &i) = i;
    char seen[200];
    memset(seen, 0, sizeof seen);
    goc_hiter it;
    for (goc_mapiterinit(t, h, &it); it.key; goc_mapiternext(&it)) {
        int64_t k = *(int64_t *)it.key;
        EX_ASSERT(!seen[k]);
        seen[k] = 1;
        for (int64_t j = 0; j < 200; j++) {
            goc_mapdelete(t, h, &j);
            *(int64_t *)goc_mapassign(t, h, &j) = j;
        }
    }
    char again[200];
    EX_EQ(iterate_all(t, h, again, 200), 200);
}
END_TEST

/* Several threads iterating and reading one map at once (legal concurrent reads). */
static goc_hmap *shared;
static void *reader(void *arg) {
    long bad = 0;
    for (int round = 0; round < 40; round++) {
        long c = 0;
        goc_hiter it;
        for (goc_mapiterinit(&ex_m_i64_i64, shared, &it); it.key; goc_mapiternext(&it)) {
            c++;
            bad += *(int64_t *)it.elem != *(int64_t *)it.key * 2;
        }
        bad += c != 1000;
        for (int64_t k = 0; k < 1000; k++)
            bad += *(int64_t *)goc_mapaccess1_fast64(&ex_m_i64_i64, shared, (uint64_t)k) != k * 2;
    }
    *(long *)arg = bad;
    return NULL;
}
START_TEST(test_concurrent_readers) {
    shared = goc_makemap_small();
    for (int64_t i = 0; i < 1000; i++)
        *(int64_t *)goc_mapassign(&ex_m_i64_i64, shared, &i) = i * 2;
    pthread_t th[4];
    long bad[4];
    for (int i = 0; i < 4; i++)
        EX_EQ(GC_pthread_create(&th[i], NULL, reader, &bad[i]), 0);
    for (int i = 0; i < 4; i++) {
        GC_pthread_join(th[i], NULL);
        EX_EQ(bad[i], 0);
    }
    EX_EQ(shared->flags & hashWriting, 0);
}
END_TEST

Suite *map_iter_suite(void) {
    Suite *s = suite_create("map_iter");
    TCase *tc = tcase_create("Randomness");
    tcase_set_timeout(tc, 60);
    tcase_add_test(tc, test_first_key_uniform);
    tcase_add_loop_test(tc, test_small_map_distribution, 0, 2);
    tcase_add_test(tc, test_start_bucket_spread);
    suite_add_tcase(s, tc);

    tc = tcase_create("Growth");
    tcase_set_timeout(tc, 60);
    tcase_add_test(tc, test_iter_across_grow);
    tcase_add_test(tc, test_iter_during_grow);
    tcase_add_test(tc, test_iter_samesize_grow);
    tcase_add_test(tc, test_iter_across_inplace_grow);
    tcase_add_test(tc, test_iter_nan_grow);
    tcase_add_test(tc, test_iter_nan_during_grow);
    tcase_add_test(tc, test_iter_clear);
    tcase_add_test(tc, test_iter_delete_reinsert);
    tcase_add_test(tc, test_concurrent_readers);
    suite_add_tcase(s, tc);
    return s;
}
