/*
 * runtime/map_iter.c — `for k, v := range m` (Go 1.23 runtime/map.go
 * mapiterinit / mapiternext).
 *
 * An iterator snapshots B and the bucket array at its start and walks that
 * array's buckets in index order from a random startBucket, wrapping once;
 * in every bucket (and its overflow chain) it visits the slots in the order
 * (i + offset) & 7 for one random offset shared by all buckets. Both come from
 * one goc_rand() word: startBucket = r & (2^B - 1), offset = (r >> B) & 7.
 *
 * Invariants it relies on: entries never move inside an array; they only
 * leave it by evacuation, which marks the old slot evacuatedX/Y. So:
 *   - If the map is growing and the iterator's B equals the map's (it began
 *     during this grow, or a same-size grow began after it), the walk is over
 *     the new array; for a new bucket whose old bucket is not yet evacuated it
 *     reads the old bucket instead and keeps only the entries that will land
 *     in the new bucket being visited (checkBucket).
 *   - An entry found marked evacuated was moved by a grow that started after
 *     the iterator: the old slot may hold a stale value, so the key is looked
 *     up again in the live map; absent means deleted, and it is skipped.
 *   - NaN keys cannot be looked up; they are returned from wherever they are,
 *     and evacuate sends them to X or Y by the tophash's low bit so that the
 *     checkBucket filter can follow them.
 * Each key is produced at most once; keys deleted before being reached are
 * not produced; keys present throughout are produced exactly once.
 */
#include "goc_rt.h"
#include "linkname.h"

#include <string.h>

#include "map_impl.h"

void goc_mapiterinit(const goc_maptype *t, goc_hmap *h, goc_hiter *it) {
    memset(it, 0, sizeof *it); /* generated code declares it uninitialised */
    it->t = t;
    if (h == NULL || h->count == 0)
        return; /* key == NULL: done, and no random number drawn */
    it->h = h;
    it->B = h->B;
    it->buckets = h->buckets;
    if (!bucketHasPointers(t)) {
        /* Keep the overflow buckets of the snapshot alive even if the map
         * grows and drops its lists (see newoverflow in map.c). */
        goc_map_createOverflow(h);
        it->overflow = h->extra->overflow;
        it->oldoverflow = h->extra->oldoverflow;
    }
    uint64_t r = goc_rand();
    it->startBucket = (uintptr_t)r & bucketMask(h->B);
    it->offset = (uint8_t)((r >> h->B) & (bucketCnt - 1));
    it->bucket = it->startBucket;
    /* Concurrent iterations are legal reads: set the bits atomically, and
     * only when missing, so readers do not keep writing the header. */
    if ((__atomic_load_n(&h->flags, __ATOMIC_RELAXED) & (iterator | oldIterator)) != (iterator | oldIterator))
        __atomic_fetch_or(&h->flags, (uint8_t)(iterator | oldIterator), __ATOMIC_RELAXED);
    goc_mapiternext(it);
}

/* Whether the entry at (b, offi) with key k belongs to new bucket checkBucket. */
static bool inCheckBucket(const goc_hiter *it, bmap *b, uintptr_t offi, void *k, uintptr_t checkBucket) {
    const goc_maptype *t = it->t;
    if (reflexiveKey(t) || keyEqual(t, k, k)) {
        uintptr_t hash = maphash(t, k, it->h);
        return (hash & bucketMask(it->B)) == checkBucket;
    }
    /* NaN: evacuate decides by the tophash's low bit; agree with it. */
    return (checkBucket >> (it->B - 1)) == (uintptr_t)(b->tophash[offi] & 1);
}

void goc_mapiternext(goc_hiter *it) {
    goc_hmap *h = it->h;
    if (h == NULL) { /* an iterator over a nil or empty map: stays done */
        it->key = it->elem = NULL;
        return;
    }
    if (h->flags & hashWriting)
        goc_fatal("concurrent map iteration and map write");
    const goc_maptype *t = it->t;
    uintptr_t bucket = it->bucket;
    bmap *b = it->bptr;
    uintptr_t i = it->i;
    uintptr_t checkBucket = it->checkBucket;

next:
    if (b == NULL) {
        if (bucket == it->startBucket && it->wrapped) {
            it->key = NULL; /* done */
            it->elem = NULL;
            return;
        }
        if (growing(h) && it->B == h->B) {
            /* Began during this grow: read the old bucket while it has our entries. */
            uintptr_t oldbucket = bucket & oldbucketmask(h);
            b = bucketAt(t, h->oldbuckets, oldbucket);
            if (!evacuated(b)) {
                checkBucket = bucket;
            } else {
                b = bucketAt(t, it->buckets, bucket);
                checkBucket = noCheck;
            }
        } else {
            b = bucketAt(t, it->buckets, bucket);
            checkBucket = noCheck;
        }
        bucket++;
        if (bucket == bucketShift(it->B)) {
            bucket = 0;
            it->wrapped = true;
        }
        i = 0;
    }
    for (; i < bucketCnt; i++) {
        uintptr_t offi = (i + it->offset) & (bucketCnt - 1);
        uint8_t top = b->tophash[offi];
        /* emptyRest cannot end the scan: we start in the middle of the bucket */
        if (isEmpty(top) || top == evacuatedEmpty)
            continue;
        void *k = keyAt(t, b, offi);
        if (checkBucket != noCheck && !isSameSizeGrow(h) && !inCheckBucket(it, b, offi, k, checkBucket))
            continue; /* it will be produced while visiting its other new bucket */
        if ((top != evacuatedX && top != evacuatedY) || !(reflexiveKey(t) || keyEqual(t, k, k))) {
            /* In place, or a NaN (which nobody can delete or update but clear). */
            it->key = k;
            it->elem = elemAt(t, b, offi);
        } else {
            /* Moved by a grow after we started: the live map has the truth. */
            void *re;
            void *rk = goc_mapaccessK(t, h, k, &re);
            if (rk == NULL)
                continue; /* deleted since */
            it->key = rk;
            it->elem = re;
        }
        it->bucket = bucket;
        it->bptr = b;
        it->i = (uint8_t)(i + 1);
        it->checkBucket = checkBucket;
        return;
    }
    b = overflowOf(t, b);
    i = 0;
    goto next;
}

/*
 * Go: maps_clone, pushed to maps.clone (linkname.h): a new map of m's type
 * with every entry of m (m is not nil). gc copies the buckets; goc inserts
 * the entries one by one into a map sized for them, which differs only in
 * the iteration order's randomness. NaN keys stay distinct entries.
 */
goc_eface maps__clone(goc_eface m) {
    const goc_maptype *t = (const goc_maptype *)m.type;
    goc_hmap *h = m.data;
    goc_hmap *r = goc_makemap(t, goc_maplen(h), NULL);
    goc_hiter it;
    for (goc_mapiterinit(t, h, &it); it.key != NULL; goc_mapiternext(&it))
        memmove(goc_mapassign(t, r, it.key), it.elem, t->Elem->Size_);
    return (goc_eface){m.type, r};
}
