/*
 * runtime/map.c — Go's classic hash map (Go 1.23 runtime/map.go), in C on
 * the Boehm collector.
 *
 * The design. A map is a header (goc_hmap, include/goc/map.h) and an array
 * of 2^B buckets. Each bucket holds eight slots: eight tophash bytes, then the
 * eight keys, then the eight elems, then a pointer to an overflow bucket
 * (layout in map_impl.h). A key's hash picks its bucket by its low B bits;
 * its top byte, the tophash, is kept in the slot so that a scan compares one
 * byte per slot and calls the key's equality only on a likely match. Tophash
 * values 0..4 are reserved for slot states: emptyRest (this and every later
 * slot of the chain are empty, so a scan may stop), emptyOne, and the three
 * evacuation marks. When the eight slots of a bucket are taken, further keys
 * of that bucket go to a chain of overflow buckets.
 *
 * Growth. When an insert would push the average load above 6.5 entries per
 * bucket, the array doubles (B+1). When the load is fine but there are about
 * as many overflow buckets as buckets (churn of inserts and deletes leaves
 * chains half empty), the map grows to an array of the same size, which
 * packs the entries again (in place for large arrays: see "Same-size grows"
 * below). Otherwise nothing moves at once: the old array
 * becomes oldbuckets and every later write (assign, delete) first evacuates
 * the old bucket it is about to touch plus the next not-yet-evacuated one
 * (growWork), so a grow finishes after at most 2^oldB writes and no single
 * operation pays for the whole copy. On doubling, old bucket i splits into new
 * buckets i (X) and i + 2^oldB (Y), decided by hash bit oldB; the old slot
 * keeps evacuatedX or evacuatedY so that iterators know where the entry
 * went. Lookups search the old bucket while it is not evacuated.
 *
 * Iteration (map_iter.c) walks the bucket array in order from a random
 * bucket and a random slot offset. It never needs a key to move inside a
 * bucket, and keys never do: an entry only changes place by evacuation, and
 * the iterator copes with that by re-checking evacuated entries against the
 * live map. Evacuation copies entries in order into the destination, so
 * slots fill from 0 and the emptyRest rule keeps holding.
 *
 * Boehm. Buckets of maps whose key and elem hold no pointers (and are not
 * stored indirectly) are allocated atomic: the collector does not scan them,
 * so it would not see their overflow pointers. Such overflow buckets are also
 * recorded in h->extra->overflow (and oldoverflow during a grow), lists in
 * scanned memory, as gc does for the same reason; an iterator keeps the lists
 * of its snapshot alive. Pointerful buckets are scanned; once such an old
 * bucket is evacuated and no iterator may still read the old array, its
 * keys, elems and overflow pointer are cleared so the collector can reclaim
 * what they held. Keys or elems larger than 128 bytes live in their own
 * objects and the slot holds a pointer.
 *
 * Same-size grows of large arrays happen in place. A map under steady
 * insert/delete churn repeats same-size grows every so often. Go's way
 * needs a fresh array as large as the current one while the old one is
 * evacuated; on Boehm such a request for one large contiguous block rarely
 * fits the free space small objects leave between collections, so the heap
 * grew by a third at every grow (tests/soak: +80% RSS over 10^7 cycles), and
 * even keeping the old array for the next grow left the map holding two
 * arrays for good (+44%). A same-size grow moves every entry of old bucket i
 * to new bucket i, in visiting order: that is, it packs each chain. So when
 * the array is at least inplaceMinBytes and no iterator was started on it
 * (the iterator flag is clear), the grow packs every chain where it is, all
 * at once, inside the write that triggers it (compactInPlace): the same
 * entries end up in the same buckets, in the same order, as after Go's
 * evacuation, with the same overflow-bucket count, but no second array and
 * no grow in progress afterwards. All at once, because a grow in progress
 * would leave chains that move under an iterator started in the meantime,
 * and iterators (like lookups) are reads, which must not write to the map.
 * The cost is one pass over the array in that write, where Go spreads it
 * over the next 2^B writes: one compaction per at least 2^B/6 inserts (a
 * packed chain of k overflow buckets holds over 8k entries, so right after
 * it the map has at most count/8 of the 2^B overflow buckets that trigger
 * the next one). An iterator started on the array makes the next same-size
 * grow Go's incremental one; iterators of older arrays never read the
 * current one outside a grow (map_iter.c), so they are not affected.

 * Misuse. A write in progress sets hashWriting; a second write, a read or an
 * iteration step that sees it is a fatal error in gc's words. Deleting the
 * last entry and clear() draw a new per-map hash seed (hash0).
 *
 * GOCTRACE=mapgrow prints on stderr, per growth step:
 *   mapgrow: <map type> h=<addr> count=<n> B=<old>-><new> kind=double|samesize noverflow=<n>
 * (count: entries before the insert that triggers it; noverflow: the old
 * array's overflow-bucket counter)
 * and when the last old bucket has been evacuated:
 *   mapgrow: <map type> h=<addr> B=<B> done
 */
#include "goc_rt.h"
#include "linkname.h"

#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "map_impl.h"

bool goc_trace_mapgrow;
static bool mapinit_done;

/* Always compiled; switch on to check every map after each growth step. */
enum { map_docheck = 0 };
GOC_INTERNAL bool goc_map_check(const goc_maptype *t, goc_hmap *h, char *why, size_t n);

static void evacuate(const goc_maptype *t, goc_hmap *h, uintptr_t oldbucket);

/* Go: maxAlloc on 64-bit Linux (48-bit address space). */
#define maxAlloc ((uintptr_t)1 << 48)

/* Read GOCTRACE once (called by goc_init). */
void goc_mapinit(void) {
    const char *s = getenv("GOCTRACE");
    goc_trace_mapgrow = s != NULL && strstr(s, "mapgrow") != NULL;
    mapinit_done = true;
}

/* A grow started. noverflow: the count of the array being left (what may
 * have triggered a same-size grow). */
static void traceGrow(const goc_maptype *t, const goc_hmap *h, uint8_t oldB, uint16_t noverflow) {
    if (!mapinit_done) /* a program that skipped goc_init still gets its trace */
        goc_mapinit();
    if (!goc_trace_mapgrow)
        return;
    goc_string ts = goc_typestring(&t->Type);
    dprintf(2, "mapgrow: %.*s h=%p count=%lld B=%u->%u kind=%s noverflow=%u\n", (int)ts.len,
            (const char *)ts.str, (const void *)h, (long long)h->count, (unsigned)oldB, (unsigned)h->B,
            isSameSizeGrow(h) ? "samesize" : "double", (unsigned)noverflow);
}

/* The grow under way is over: the old array and its overflow list go. */
static void growDone(const goc_maptype *t, goc_hmap *h) {
    h->oldbuckets = NULL;
    /* iterators that read the old overflow buckets hold their own reference */
    if (h->extra != NULL)
        h->extra->oldoverflow = NULL;
    h->flags &= (uint8_t)~sameSizeGrow;
    if (goc_trace_mapgrow) {
        goc_string ts = goc_typestring(&t->Type);
        dprintf(2, "mapgrow: %.*s h=%p B=%u done\n", (int)ts.len, (const char *)ts.str, (const void *)h,
                (unsigned)h->B);
    }
}

static void checkmap(const goc_maptype *t, goc_hmap *h) {
    char why[200];
    if (!goc_map_check(t, h, why, sizeof why))
        goc_throw(why);
}

/* ---- allocation ---------------------------------------------------------------- */

static struct goc_mapextra *newextra(void) {
    return goc_alloc(sizeof(struct goc_mapextra), true);
}

void goc_map_createOverflow(goc_hmap *h) {
    if (h->extra == NULL)
        h->extra = newextra();
    if (h->extra->overflow == NULL)
        h->extra->overflow = goc_alloc(sizeof(ovflist), true);
}

static void ovflistAppend(ovflist *l, bmap *b) {
    if (l->len == l->cap) {
        uintptr_t ncap = l->cap ? 2 * l->cap : 8;
        bmap **nb = goc_alloc(ncap * sizeof(bmap *), true);
        if (l->len)
            memcpy(nb, l->b, l->len * sizeof(bmap *));
        l->b = nb;
        l->cap = ncap;
    }
    l->b[l->len++] = b;
}

/*
 * Go: makeBucketArray. 2^b buckets; for b >= 4 also 2^(b-4) overflow buckets
 * up front, plus whatever else fits in the size class. The free run of
 * preallocated overflow buckets starts at *nextOverflow; its last bucket's
 * overflow pointer is a non-NULL sentinel (the array start). With dirtyalloc
 * the array is reused (cleared) instead of allocated.
 */
static uintptr_t bucketArrayLen(const goc_maptype *t, uint8_t b) {
    uintptr_t nbuckets = bucketShift(b);
    if (b >= 4) {
        nbuckets += bucketShift(b - 4);
        uintptr_t sz = t->BucketSize * nbuckets;
        uintptr_t up = goc_roundupsize(sz, !bucketHasPointers(t));
        if (up != sz)
            nbuckets = up / t->BucketSize;
    }
    return nbuckets;
}

static void *makeBucketArray(const goc_maptype *t, uint8_t b, void *dirtyalloc,
                             bmap **nextOverflow) {
    uintptr_t base = bucketShift(b);
    uintptr_t nbuckets = bucketArrayLen(t, b);
    bool ptrs = bucketHasPointers(t);
    void *buckets = dirtyalloc;
    if (buckets == NULL)
        buckets = goc_alloc(t->BucketSize * nbuckets, ptrs);
    else
        memset(buckets, 0, t->BucketSize * nbuckets);
    *nextOverflow = NULL;
    if (base != nbuckets) {
        *nextOverflow = bucketAt(t, buckets, base);
        setoverflow(t, bucketAt(t, buckets, nbuckets - 1), (bmap *)buckets);
    }
    return buckets;
}

void goc_map_firstbucket(const goc_maptype *t, goc_hmap *h) {
    if ((h->flags & embeddedBucket) && t->BucketSize <= smallBucketMax) {
        h->flags &= (uint8_t)~embeddedBucket; /* used once */
        h->buckets = ((smallhmap *)h)->bucket;  /* zeroed with the header */
        return;
    }
    h->buckets = goc_alloc(t->BucketSize, bucketHasPointers(t));
}

/* Go: incrnoverflow. Exact below B = 16, then with probability 1/2^(B-15). */
static void incrnoverflow(goc_hmap *h) {
    if (h->B < 16) {
        h->noverflow++;
        return;
    }
    uint32_t mask = ((uint32_t)1 << (h->B - 15)) - 1;
    if ((goc_cheaprand() & mask) == 0)
        h->noverflow++;
}

/* Go: newoverflow. Chain a fresh (or preallocated) overflow bucket after b. */
bmap *goc_map_newoverflow(const goc_maptype *t, goc_hmap *h, bmap *b) {
    bmap *ovf;
    if (h->extra != NULL && h->extra->nextOverflow != NULL) {
        ovf = h->extra->nextOverflow;
        if (overflowOf(t, ovf) == NULL) {
            h->extra->nextOverflow = (bmap *)((uint8_t *)ovf + t->BucketSize);
        } else {
            /* the last preallocated one: drop the sentinel */
            setoverflow(t, ovf, NULL);
            h->extra->nextOverflow = NULL;
        }
    } else {
        ovf = goc_alloc(t->BucketSize, bucketHasPointers(t));
    }
    incrnoverflow(h);
    if (!bucketHasPointers(t)) {
        /* b's overflow field is invisible to the collector: keep ovf alive here */
        goc_map_createOverflow(h);
        ovflistAppend(h->extra->overflow, ovf);
    }
    setoverflow(t, b, ovf);
    return ovf;
}

/* A zero value for failed lookups (Go: zeroVal); bigger elems share one larger block. */
const uint8_t goc_map_zeroVal[1024];
typedef struct bigZero {
    uintptr_t size;
    uint8_t data[];
} bigZero;
static bigZero *bigzero; /* a root in .bss: keeps the block alive */

void *goc_map_zeroval(const goc_maptype *t) {
    uintptr_t size = t->Elem->Size_;
    if (size <= sizeof goc_map_zeroVal)
        return (void *)goc_map_zeroVal;
    bigZero *z = __atomic_load_n(&bigzero, __ATOMIC_ACQUIRE);
    while (z == NULL || z->size < size) {
        uintptr_t want = size * 2;
        bigZero *nz = goc_alloc(sizeof(bigZero) + want, false); /* zeroed, never written again */
        nz->size = want;
        if (__atomic_compare_exchange_n(&bigzero, &z, nz, false, __ATOMIC_ACQ_REL, __ATOMIC_ACQUIRE))
            z = nz;
    }
    return z->data;
}

/* ---- creation ------------------------------------------------------------------ */

_Static_assert(offsetof(smallhmap, bucket) == sizeof(goc_hmap), "the first bucket follows the header");

goc_hmap *goc_makemap_small(void) {
    /* No type, so no room for a bucket: a block as big as the largest one
     * (smallhmap) measured slower for int64 maps than two exact allocations. */
    goc_hmap *h = goc_alloc(sizeof(goc_hmap), true);
    h->hash0 = (uint32_t)goc_rand();
    return h;
}

goc_hmap *goc_makemap(const goc_maptype *t, goc_int hint, goc_hmap *h) {
    /* Impossible or negative hints behave as 0: map hints never panic. */
    if (hint < 0 || (uintptr_t)hint > maxAlloc / t->BucketSize)
        hint = 0;
    uint8_t B = 0;
    while (overLoadFactor(hint, B))
        B++;
    if (h == NULL && B == 0 && t->BucketSize <= smallBucketMax) {
        h = goc_alloc(sizeof(goc_hmap) + t->BucketSize, true); /* a smallhmap cut to size */
        h->flags = embeddedBucket;
    } else if (h == NULL) {
        h = goc_alloc(sizeof(goc_hmap), true);
    }
    h->hash0 = (uint32_t)goc_rand();
    h->B = B;
    if (B != 0) { /* B = 0 buckets are allocated lazily by mapassign */
        bmap *nextOverflow;
        h->buckets = makeBucketArray(t, B, NULL, &nextOverflow);
        if (nextOverflow != NULL) {
            h->extra = newextra();
            h->extra->nextOverflow = nextOverflow;
        }
    }
    return h;
}

goc_hmap *goc_makemap_stack(const goc_maptype *t, goc_stackmap *m) {
    goc_hmap *h = &m->h;
    if (t->BucketSize <= smallBucketMax)
        h->flags = embeddedBucket;
    h->hash0 = (uint32_t)goc_rand();
    return h;
}

goc_int goc_maplen(const goc_hmap *h) {
    return h == NULL ? 0 : h->count;
}

/* ---- unhashable keys on empty maps (Go: mapKeyError) ------------------------------- */

/* Walk the key without hashing: panic if an interface inside holds an unhashable type. */
static void mapKeyError2(const goc_type *t, const void *p) {
    if (t->TFlag & GOC_TFLAG_REGULARMEMORY)
        return;
    const uint8_t *b = p;
    switch (goc_typekind(t)) {
    case GOC_INTERFACE: {
        const goc_type *dyn;
        void *const *pdata;
        if (((const goc_interfacetype *)t)->Methods.len == 0) {
            const goc_eface *e = p;
            dyn = e->type;
            pdata = &e->data;
        } else {
            const goc_iface *i = p;
            dyn = i->tab ? i->tab->Type : NULL;
            pdata = &i->data;
        }
        if (dyn == NULL)
            return;
        if (dyn->Equal == NULL)
            goc_panicunhashable(dyn);
        mapKeyError2(dyn, goc_isdirectiface(dyn) ? (const void *)pdata : *pdata);
        return;
    }
    case GOC_ARRAY: {
        const goc_arraytype *a = (const goc_arraytype *)t;
        for (uintptr_t i = 0; i < a->Len; i++)
            mapKeyError2(a->Elem, b + i * a->Elem->Size_);
        return;
    }
    case GOC_STRUCT: {
        const goc_structtype *s = (const goc_structtype *)t;
        const goc_structfield *f = s->Fields.ptr;
        for (goc_int i = 0; i < s->Fields.len; i++) {
            if (!goc_nameisblank(f[i].Name))
                mapKeyError2(f[i].Typ, b + f[i].Offset);
        }
        return;
    }
    case GOC_SLICE: case GOC_MAP: case GOC_FUNC:
        goc_panicunhashable(t);
    default: /* scalars, floats, strings, pointers: always hashable */
        return;
    }
}

static void mapKeyError(const goc_maptype *t, const void *key) {
    if (t->Flags & GOC_MAPF_HASHMIGHTPANIC)
        mapKeyError2(t->Key, key);
}

/* ---- lookup -------------------------------------------------------------------- */

/* The slot holding key (bucket *bp, index *ip), or false. h non-empty. */
static bool lookup(const goc_maptype *t, goc_hmap *h, const void *key, bmap **bp, uintptr_t *ip) {
    uintptr_t hash = maphash(t, key, h);
    uint8_t top = tophash(hash);
    for (bmap *b = lookupBucket(t, h, hash); b != NULL; b = overflowOf(t, b)) {
        /* The slots whose tophash is top, in order; a match never follows an
           emptyRest slot (occupied slots have tophash >= minTopHash). */
        for (uint64_t m = matchTop(b, top); m != 0; m &= m - 1) {
            uintptr_t i = firstSlot(m);
            if (b->tophash[i] != top)
                continue;
            if (keyEqual(t, key, keyAt(t, b, i))) {
                *bp = b;
                *ip = i;
                return true;
            }
        }
        if (anyEmptyRest(b))
            return false; /* nothing after that slot */
    }
    return false;
}

/* The elem of key, or NULL: the body of both lookups. */
static inline void *find(const goc_maptype *t, goc_hmap *h, const void *key) {
    if (h == NULL || h->count == 0) {
        mapKeyError(t, key); /* an unhashable key panics even here (issue 23734) */
        return NULL;
    }
    readCheck(h);
    bmap *b;
    uintptr_t i;
    return lookup(t, h, key, &b, &i) ? elemAt(t, b, i) : NULL;
}

void *goc_mapaccess1(const goc_maptype *t, goc_hmap *h, const void *key) {
    void *e = find(t, h, key);
    return e != NULL ? e : mapzero(t);
}

void *goc_mapaccess2(const goc_maptype *t, goc_hmap *h, const void *key, bool *ok) {
    void *e = find(t, h, key);
    *ok = e != NULL;
    return e != NULL ? e : mapzero(t);
}

/* Go: mapaccessK. No hashWriting check: the iterator calls it. */
void *goc_mapaccessK(const goc_maptype *t, goc_hmap *h, const void *key, void **elem) {
    if (h == NULL || h->count == 0)
        return NULL;
    bmap *b;
    uintptr_t i;
    if (!lookup(t, h, key, &b, &i))
        return NULL;
    *elem = elemAt(t, b, i);
    return keyAt(t, b, i);
}

/* ---- growth -------------------------------------------------------------------- */

/*
 * Pack the chain that starts at head: live entries move to the earliest
 * free slots in visiting order (a slot only ever moves towards the head, so
 * the walk never reads a slot it has written), the slots after the last one
 * become emptyRest, and the buckets after the last used one are unlinked.
 * Returns the last bucket kept.
 */
static bmap *compactChain(const goc_maptype *t, bmap *head, const uint8_t *lo, const uint8_t *hi) {
    bmap *db = head;
    uintptr_t di = 0;
    for (bmap *b = head; b != NULL; b = overflowOf(t, b)) {
        for (uintptr_t i = 0; i < bucketCnt; i++) {
            uint8_t top = b->tophash[i];
            if (isEmpty(top))
                continue;
            if (top < minTopHash)
                goc_throw("bad map state");
            if (di == bucketCnt) { /* db is full; the next one is at or before b */
                db = overflowOf(t, db);
                di = 0;
            }
            if (db != b || di != i) {
                db->tophash[di] = top;
                memcpySlot(keyslot(t, db, di), keyslot(t, b, i), t->KeySize);
                memcpySlot(elemslot(t, db, di), elemslot(t, b, i), t->ValueSize);
            }
            di++;
        }
    }
    bool ptrs = bucketHasPointers(t);
    for (uintptr_t i = di; i < bucketCnt; i++) {
        db->tophash[i] = emptyRest;
        if (ptrs) {
            memclrSlot(keyslot(t, db, i), t->KeySize);
            memclrSlot(elemslot(t, db, i), t->ValueSize);
        }
    }
    bmap *drop = overflowOf(t, db);
    setoverflow(t, db, NULL);
    /* Dropped preallocated buckets stay inside the scanned array: clear what
     * they held. Dropped allocated ones are garbage with their contents. */
    if (ptrs)
        for (bmap *next; drop != NULL; drop = next) {
            next = overflowOf(t, drop);
            if ((const uint8_t *)drop >= lo && (const uint8_t *)drop < hi)
                memset((uint8_t *)drop + dataOffset, 0, t->BucketSize - dataOffset);
        }
    return db;
}

/*
 * A same-size grow done in place ("Same-size grows" above): pack every
 * chain, then count and (for pointer-free buckets) list the overflow
 * buckets still chained, as newoverflow does for the ones Go's evacuation
 * chains in the new array. hashGrow has set sameSizeGrow; growDone clears it.
 */
static void compactInPlace(const goc_maptype *t, goc_hmap *h) {
    h->flags &= (uint8_t)~oldIterator; /* Go's hashGrow: no iterator was on this array */
    traceGrow(t, h, h->B, h->noverflow);
    h->noverflow = 0;
    bool ptrs = bucketHasPointers(t);
    if (!ptrs && h->extra != NULL) {
        /* Rebuilt below. Until then the old list keeps every overflow bucket
         * alive: their only other references are in atomic buckets, and the
         * appends allocate, so a collection may run. */
        h->extra->oldoverflow = h->extra->overflow;
        h->extra->overflow = NULL;
    }
    const uint8_t *lo = h->buckets, *hi = lo + t->BucketSize * bucketArrayLen(t, h->B);
    for (uintptr_t i = 0; i < bucketShift(h->B); i++) {
        bmap *head = bucketAt(t, h->buckets, i);
        bmap *last = compactChain(t, head, lo, hi);
        for (bmap *b = head; b != last;) {
            b = overflowOf(t, b);
            incrnoverflow(h);
            if (!ptrs) {
                goc_map_createOverflow(h);
                ovflistAppend(h->extra->overflow, b);
            }
        }
    }
    growDone(t, h);
    if (map_docheck)
        checkmap(t, h);
}

/* Go: hashGrow. Start a doubling or same-size grow; entries move later. */
void goc_map_hashGrow(const goc_maptype *t, goc_hmap *h) {
    uint8_t bigger = 1;
    if (!overLoadFactor(h->count + 1, h->B)) {
        bigger = 0; /* too many overflow buckets: repack at the same size */
        h->flags |= sameSizeGrow;
    }
    if (!bigger && (h->flags & iterator) == 0 && t->BucketSize * bucketArrayLen(t, h->B) >= inplaceMinBytes) {
        compactInPlace(t, h);
        return;
    }
    void *oldbuckets = h->buckets;
    bmap *nextOverflow;
    void *newbuckets = makeBucketArray(t, (uint8_t)(h->B + bigger), NULL, &nextOverflow);

    /* Iterators so far refer to what is now the old array. */
    uint8_t flags = h->flags & (uint8_t)~(iterator | oldIterator);
    if (h->flags & iterator)
        flags |= oldIterator;
    uint8_t oldB = h->B;
    uint16_t oldnoverflow = h->noverflow;
    h->B = (uint8_t)(h->B + bigger);
    h->flags = flags;
    h->oldbuckets = oldbuckets;
    h->buckets = newbuckets;
    h->nevacuate = 0;
    h->noverflow = 0;

    if (h->extra != NULL && h->extra->overflow != NULL) {
        if (h->extra->oldoverflow != NULL)
            goc_throw("oldoverflow is not nil");
        h->extra->oldoverflow = h->extra->overflow;
        h->extra->overflow = NULL;
    }
    if (nextOverflow != NULL) {
        if (h->extra == NULL)
            h->extra = newextra();
        h->extra->nextOverflow = nextOverflow;
    }
    traceGrow(t, h, oldB, oldnoverflow);
}

static bool bucketEvacuated(const goc_maptype *t, goc_hmap *h, uintptr_t bucket) {
    return evacuated(bucketAt(t, h->oldbuckets, bucket));
}

/* Go: advanceEvacuationMark. Move nevacuate past evacuated buckets; finish the grow. */
static void advanceEvacuationMark(goc_hmap *h, const goc_maptype *t, uintptr_t newbit) {
    h->nevacuate++;
    /* Bound the work (Go: 1024): growWork will get to the rest anyway. */
    uintptr_t stop = h->nevacuate + 1024;
    if (stop > newbit)
        stop = newbit;
    while (h->nevacuate != stop && bucketEvacuated(t, h, h->nevacuate))
        h->nevacuate++;
    if (h->nevacuate == newbit) /* newbit == number of old buckets */
        growDone(t, h);
    if (map_docheck)
        checkmap(t, h);
}

/* The slot that receives the next entry evacuated to dst: dst->i, after
 * chaining a new overflow bucket if dst->b is full. */
static uintptr_t evacSlot(const goc_maptype *t, goc_hmap *h, evacDst *dst) {
    if (dst->i == bucketCnt) {
        dst->b = goc_map_newoverflow(t, h, dst->b);
        dst->i = 0;
    }
    return dst->i++;
}

/*
 * Go: evacuate. Move every entry of old bucket `oldbucket` (and its overflow
 * chain) to the new array: same index (X) or, when doubling, index + newbit
 * (Y) by hash bit newbit. Destination slots fill in visiting order.
 * The fast variants (map_fast32/64/str.c) share it through goc_map_growWork:
 * their keys are reflexive, so the NaN case never applies to them, and
 * evacuation is not hot (each entry moves once per grow).
 */
static void evacuate(const goc_maptype *t, goc_hmap *h, uintptr_t oldbucket) {
    bmap *b = bucketAt(t, h->oldbuckets, oldbucket);
    uintptr_t newbit = noldbuckets(h);
    if (!evacuated(b)) {
        evacDst xy[2] = {{bucketAt(t, h->buckets, oldbucket), 0}, {NULL, 0}};
        if (!isSameSizeGrow(h))
            xy[1].b = bucketAt(t, h->buckets, oldbucket + newbit);
        for (; b != NULL; b = overflowOf(t, b)) {
            for (uintptr_t i = 0; i < bucketCnt; i++) {
                uint8_t top = b->tophash[i];
                if (isEmpty(top)) {
                    b->tophash[i] = evacuatedEmpty;
                    continue;
                }
                if (top < minTopHash)
                    goc_throw("bad map state");
                void *k2 = keyAt(t, b, i);
                uint8_t useY = 0;
                if (!isSameSizeGrow(h)) {
                    uintptr_t hash = maphash(t, k2, h);
                    if ((h->flags & iterator) && !reflexiveKey(t) && !keyEqual(t, k2, k2)) {
                        /*
                         * A NaN-like key: its hash is not reproducible, and an
                         * iterator must agree with us on where it goes. Use the
                         * low bit of the old tophash (evacuatedX/Y differ only
                         * in that bit) and give it a fresh tophash, so that
                         * NaNs still spread over both halves.
                         */
                        useY = top & 1;
                        top = tophash(hash);
                    } else if (hash & newbit) {
                        useY = 1;
                    }
                }
                b->tophash[i] = (uint8_t)(evacuatedX + useY);
                evacDst *dst = &xy[useY];
                uintptr_t j = evacSlot(t, h, dst);
                dst->b->tophash[j] = top;
                /* slot copies: an indirect key/elem moves as its pointer */
                memcpySlot(keyslot(t, dst->b, j), keyslot(t, b, i), t->KeySize);
                memcpySlot(elemslot(t, dst->b, j), elemslot(t, b, i), t->ValueSize);
            }
        }
        if ((h->flags & oldIterator) == 0 && bucketHasPointers(t)) {
            /* Nobody reads this bucket's data again: let the collector have it.
             * tophash stays: it records the evacuation state. */
            uint8_t *ob = (uint8_t *)bucketAt(t, h->oldbuckets, oldbucket);
            memset(ob + dataOffset, 0, t->BucketSize - dataOffset);
        }
    }
    if (oldbucket == h->nevacuate)
        advanceEvacuationMark(h, t, newbit);
}

/* Go: growWork. Evacuate the old bucket behind `bucket`, then one more. */
static void growWork(const goc_maptype *t, goc_hmap *h, uintptr_t bucket) {
    evacuate(t, h, bucket & oldbucketmask(h));
    if (growing(h))
        evacuate(t, h, h->nevacuate);
}

void goc_map_growWork(const goc_maptype *t, goc_hmap *h, uintptr_t bucket) {
    growWork(t, h, bucket);
}

/* ---- assignment ---------------------------------------------------------------- */

void *goc_mapassign(const goc_maptype *t, goc_hmap *h, const void *key) {
    if (h == NULL)
        goc_panicnilmap();
    if (h->flags & hashWriting)
        goc_fatal("concurrent map writes");
    uintptr_t hash = maphash(t, key, h); /* may panic: the map is still usable */
    h->flags ^= hashWriting;
    if (h->buckets == NULL)
        goc_map_firstbucket(t, h);

again:;
    uintptr_t bucket = hash & bucketMask(h->B);
    if (growing(h))
        growWork(t, h, bucket);
    bmap *b = bucketAt(t, h->buckets, bucket);
    uint8_t top = tophash(hash);

    uint8_t *inserti = NULL; /* the first free slot seen: tophash, key, elem */
    void *insertk = NULL, *elem = NULL;
    for (;;) {
        for (uintptr_t i = 0; i < bucketCnt; i++) {
            if (b->tophash[i] != top) {
                if (isEmpty(b->tophash[i]) && inserti == NULL) {
                    inserti = &b->tophash[i];
                    insertk = keyslot(t, b, i);
                    elem = elemslot(t, b, i);
                }
                if (b->tophash[i] == emptyRest)
                    goto notfound;
                continue;
            }
            void *k = keyAt(t, b, i);
            if (!keyEqual(t, key, k))
                continue;
            /* Present: +0 replaces -0, a new string replaces an equal one, ... */
            if (needKeyUpdate(t))
                memcpy(k, key, t->Key->Size_);
            elem = elemslot(t, b, i);
            goto done;
        }
        bmap *ovf = overflowOf(t, b);
        if (ovf == NULL)
            break;
        b = ovf;
    }

notfound:
    /*
     * A new key. Past the load factor, or with too many overflow buckets,
     * start growing (unless a grow is under way already) and look again:
     * growing invalidates everything.
     */
    if (!growing(h) && (overLoadFactor(h->count + 1, h->B) || tooManyOverflowBuckets(h->noverflow, h->B))) {
        goc_map_hashGrow(t, h);
        goto again;
    }
    if (inserti == NULL) { /* the whole chain is full */
        bmap *newb = goc_map_newoverflow(t, h, b);
        inserti = &newb->tophash[0];
        insertk = keyslot(t, newb, 0);
        elem = elemslot(t, newb, 0);
    }
    if (indirectKey(t)) {
        void *kmem = goc_newmapslot(t->Key);
        *(void **)insertk = kmem;
        insertk = kmem;
    }
    if (indirectElem(t))
        *(void **)elem = goc_newmapslot(t->Elem);
    memcpy(insertk, key, t->Key->Size_);
    *inserti = top;
    h->count++;

done:
    writeEnd(h);
    if (indirectElem(t))
        elem = *(void **)elem;
    return elem;
}

/* ---- deletion ------------------------------------------------------------------ */

void goc_map_deleted(const goc_maptype *t, goc_hmap *h, bmap *bOrig, bmap *b, uintptr_t i) {
    b->tophash[i] = emptyOne;
    /*
     * If everything after this slot is empty, turn the run of emptyOne slots
     * ending here into emptyRest, walking backwards (into earlier buckets of
     * the chain too), so later scans stop early.
     */
    if (i == bucketCnt - 1) {
        bmap *ovf = overflowOf(t, b);
        if (ovf != NULL && ovf->tophash[0] != emptyRest)
            goto notLast;
    } else if (b->tophash[i + 1] != emptyRest) {
        goto notLast;
    }
    for (;;) {
        b->tophash[i] = emptyRest;
        if (i == 0) {
            if (b == bOrig)
                break; /* the start of the chain */
            bmap *c = b; /* find the bucket before c */
            for (b = bOrig; overflowOf(t, b) != c; b = overflowOf(t, b)) {
            }
            i = bucketCnt - 1;
        } else {
            i--;
        }
        if (b->tophash[i] != emptyOne)
            break;
    }
notLast:
    h->count--;
    /* Reset the seed once empty, so an attacker cannot keep crafting collisions (issue 25237). */
    if (h->count == 0)
        h->hash0 = (uint32_t)goc_rand();
}

void goc_mapdelete(const goc_maptype *t, goc_hmap *h, const void *key) {
    if (h == NULL || h->count == 0) {
        mapKeyError(t, key);
        return;
    }
    if (h->flags & hashWriting)
        goc_fatal("concurrent map writes");
    uintptr_t hash = maphash(t, key, h);
    h->flags ^= hashWriting;

    uintptr_t bucket = hash & bucketMask(h->B);
    if (growing(h))
        growWork(t, h, bucket);
    bmap *bOrig = bucketAt(t, h->buckets, bucket);
    uint8_t top = tophash(hash);
    for (bmap *b = bOrig; b != NULL; b = overflowOf(t, b)) {
        for (uintptr_t i = 0; i < bucketCnt; i++) {
            if (b->tophash[i] != top) {
                if (b->tophash[i] == emptyRest)
                    goto out;
                continue;
            }
            void *k = keyslot(t, b, i);
            if (!keyEqual(t, key, indirectKey(t) ? *(void **)k : k))
                continue;
            /* Clear what the collector could follow; elems always (Go does). */
            if (indirectKey(t))
                *(void **)k = NULL;
            else if (typeHasPointers(t->Key))
                memclrSlot(k, t->Key->Size_);
            void *e = elemslot(t, b, i);
            if (indirectElem(t))
                *(void **)e = NULL;
            else
                memclrSlot(e, t->Elem->Size_);
            goc_map_deleted(t, h, bOrig, b, i);
            goto out;
        }
    }
out:
    writeEnd(h);
}

/* ---- clear --------------------------------------------------------------------- */

static void markBucketsEmpty(const goc_maptype *t, void *buckets, uintptr_t mask) {
    for (uintptr_t i = 0; i <= mask; i++)
        for (bmap *b = bucketAt(t, buckets, i); b != NULL; b = overflowOf(t, b))
            memset(b->tophash, emptyRest, bucketCnt);
}

/* Go: mapclear (clear(m), Go 1.21+). Removes every entry, NaN keys included. */
void goc_mapclear(const goc_maptype *t, goc_hmap *h) {
    if (h == NULL || h->count == 0)
        return;
    writeStart(h);
    /* Live iterators may sit in overflow buckets that the reset below does
     * not touch: mark every slot emptyRest so they stop (issue 59411). */
    markBucketsEmpty(t, h->buckets, bucketMask(h->B));
    if (h->oldbuckets != NULL)
        markBucketsEmpty(t, h->oldbuckets, oldbucketmask(h));

    h->flags &= (uint8_t)~sameSizeGrow;
    h->oldbuckets = NULL;
    h->nevacuate = 0;
    h->noverflow = 0;
    h->count = 0;
    h->hash0 = (uint32_t)goc_rand();
    if (h->extra != NULL)
        memset(h->extra, 0, sizeof *h->extra);

    /* Reuse the array in place; this also re-derives the preallocated overflow run. */
    bmap *nextOverflow;
    makeBucketArray(t, h->B, h->buckets, &nextOverflow);
    if (nextOverflow != NULL) {
        if (h->extra == NULL)
            h->extra = newextra();
        h->extra->nextOverflow = nextOverflow;
    }
    writeEnd(h);
}

/* ---- observability ------------------------------------------------------------- */

void goc_mapstats(const goc_maptype *t, const goc_hmap *h, goc_mapstats_t *st) {
    memset(st, 0, sizeof *st);
    if (h == NULL)
        return;
    st->count = h->count;
    st->B = h->B;
    st->buckets = bucketShift(h->B);
    st->noverflow = h->noverflow;
    st->growing = growing(h);
    st->sameSizeGrow = isSameSizeGrow(h);
    if (growing(h)) {
        st->oldbuckets = noldbuckets(h);
        st->nevacuate = h->nevacuate;
    }
    if (h->buckets != NULL)
        for (uintptr_t i = 0; i < st->buckets; i++)
            for (bmap *b = overflowOf(t, bucketAt(t, h->buckets, i)); b != NULL; b = overflowOf(t, b))
                st->overflow++;
    st->load = (double)h->count / (double)st->buckets;
}

/* ---- invariant checker ----------------------------------------------------------- */

#define FAIL(...) (snprintf(why, n, __VA_ARGS__), false)

static bool inList(const ovflist *l, const bmap *b) {
    if (l == NULL)
        return false;
    for (uintptr_t i = 0; i < l->len; i++)
        if (l->b[i] == b)
            return true;
    return false;
}

/*
 * Check one chain of an array of 2^B buckets: states, the emptyRest rule,
 * each key in its right bucket with its tophash. Adds live entries to *live
 * and overflow buckets to *novf; list: where overflow buckets must be kept.
 */
static bool checkChain(const goc_maptype *t, goc_hmap *h, bmap *head, uintptr_t idx, uint8_t B,
                       const ovflist *list, goc_int *live, uintptr_t *novf, char *why, size_t n) {
    bool rest = false;
    for (bmap *b = head; b != NULL; b = overflowOf(t, b)) {
        if (b != head) {
            (*novf)++;
            if (!bucketHasPointers(t) && !inList(list, b))
                return FAIL("bucket %lu: overflow bucket %p not kept alive in extra", (unsigned long)idx, (void *)b);
        }
        for (uintptr_t i = 0; i < bucketCnt; i++) {
            uint8_t top = b->tophash[i];
            if (rest && top != emptyRest)
                return FAIL("bucket %lu: slot state %u after emptyRest", (unsigned long)idx, top);
            if (top == emptyRest) {
                rest = true;
                continue;
            }
            if (top == emptyOne)
                continue;
            if (top < minTopHash)
                return FAIL("bucket %lu: evacuation mark %u in a live array", (unsigned long)idx, top);
            (*live)++;
            void *k = keyAt(t, b, i);
            if (!reflexiveKey(t) && !keyEqual(t, k, k))
                continue; /* NaN: placed by a random hash */
            uintptr_t hash = maphash(t, k, h);
            if ((hash & bucketMask(B)) != idx)
                return FAIL("bucket %lu: key with hash %#lx in the wrong bucket (B=%u)", (unsigned long)idx,
                            (unsigned long)hash, B);
            if (tophash(hash) != top)
                return FAIL("bucket %lu: tophash %u, want %u", (unsigned long)idx, top, tophash(hash));
        }
    }
    return true;
}

/* Test hook (and map_docheck): verify every invariant of h; false with a reason. */
bool goc_map_check(const goc_maptype *t, goc_hmap *h, char *why, size_t n) {
    if (h == NULL)
        return true;
    if (h->flags & hashWriting)
        return FAIL("hashWriting set outside a write");
    if (h->buckets == NULL)
        return h->count == 0 && !growing(h) ? true : FAIL("no buckets but count %lld", (long long)h->count);
    goc_int live = 0;
    uintptr_t novf = 0;
    const ovflist *cur = h->extra ? h->extra->overflow : NULL;
    const ovflist *old = h->extra ? h->extra->oldoverflow : NULL;
    for (uintptr_t i = 0; i < bucketShift(h->B); i++)
        if (!checkChain(t, h, bucketAt(t, h->buckets, i), i, h->B, cur, &live, &novf, why, n))
            return false;
    if (h->B < 16 && novf != h->noverflow)
        return FAIL("noverflow %u but %lu overflow buckets", h->noverflow, (unsigned long)novf);
    if (!growing(h)) {
        if (isSameSizeGrow(h))
            return FAIL("sameSizeGrow set while not growing");
    } else {
        uint8_t oldB = (uint8_t)(isSameSizeGrow(h) ? h->B : h->B - 1);
        if (h->nevacuate >= bucketShift(oldB))
            return FAIL("nevacuate %lu beyond %lu old buckets", (unsigned long)h->nevacuate,
                        (unsigned long)bucketShift(oldB));
        for (uintptr_t i = 0; i < bucketShift(oldB); i++) {
            bmap *ob = bucketAt(t, h->oldbuckets, i);
            if (!evacuated(ob)) {
                if (i < h->nevacuate)
                    return FAIL("old bucket %lu below nevacuate %lu not evacuated", (unsigned long)i,
                                (unsigned long)h->nevacuate);
                uintptr_t dummy = 0;
                if (!checkChain(t, h, ob, i, oldB, old, &live, &dummy, why, n))
                    return false;
                continue;
            }
            for (bmap *b = ob; b != NULL; b = overflowOf(t, b))
                for (uintptr_t j = 0; j < bucketCnt; j++)
                    if (b->tophash[j] < evacuatedX || b->tophash[j] > evacuatedEmpty)
                        return FAIL("old bucket %lu: slot %lu state %u in an evacuated bucket",
                                    (unsigned long)i, (unsigned long)j, b->tophash[j]);
        }
    }
    if (live != h->count)
        return FAIL("count %lld but %lld live entries", (long long)h->count, (long long)live);
    return true;
}

/* Go: runtime.sameSizeGrowForIssue69110Test, a hook Go's test/ pulls with
   //go:linkname: whether h is in a same-size grow. */
bool runtime__sameSizeGrowForIssue69110Test(goc_hmap *h) { return h != NULL && isSameSizeGrow(h); }
