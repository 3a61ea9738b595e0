/*
 * runtime/map_fast64.c — maps with 8-byte plain-memory keys (int, int64,
 * uint64, uintptr, pointers, 8-byte structs of plain memory) and elems of at
 * most 128 bytes (Go 1.23 runtime/map_fast64.go).
 *
 * Same buckets, same growth and the same results as map.c; only the key
 * handling is specialised: a slot matches when its key word equals the key
 * and its tophash is not empty (the tophash is still maintained for
 * iteration and evacuation), a B = 0 lookup skips hashing, and lookups do not
 * stop at emptyRest. Growth uses map.c's evacuation (goc_map_growWork):
 * these keys are reflexive, so its NaN case never applies. Elems are never
 * indirect for the compiler's choice of fast maps, but an indirect elem is
 * still handled (elemAt) rather than corrupting memory.
 */
#include "goc_rt.h"

#include "map_impl.h"

/*
 * The key's hash: what t->Hasher computes for every key of this variant
 * (the translator picks it only for 8-byte plain memory, whose hasher is
 * goc_memhash64, as goc_typehash's for reflect-made types), without the
 * closure call and its wrapper.
 */
static inline uintptr_t keyhash64(const goc_hmap *h, uint64_t key) {
    return goc_memhash64(&key, (uintptr_t)h->hash0);
}

/* The elem of key, or NULL: the body of both lookups. */
static inline void *find64(const goc_maptype *t, goc_hmap *h, uint64_t key) {
    if (h == NULL || h->count == 0)
        return NULL;
    readCheck(h);
    bmap *b;
    if (h->B == 0)
        b = h->buckets; /* one bucket: no need to hash */
    else
        b = lookupBucket(t, h, keyhash64(h, key));
    for (; b != NULL; b = overflowOf(t, b))
        for (uintptr_t i = 0; i < bucketCnt; i++)
            if (load64(keyslot(t, b, i)) == key && !isEmpty(b->tophash[i]))
                return elemAt(t, b, i);
    return NULL;
}

void *goc_mapaccess1_fast64(const goc_maptype *t, goc_hmap *h, uint64_t key) {
    void *e = find64(t, h, key);
    return e != NULL ? e : mapzero(t);
}

void *goc_mapaccess2_fast64(const goc_maptype *t, goc_hmap *h, uint64_t key, bool *ok) {
    void *e = find64(t, h, key);
    *ok = e != NULL;
    return e != NULL ? e : mapzero(t);
}

/* mapassign_fast64 and mapassign_fast64ptr: the same bytes land in the slot. */
static void *assign64(const goc_maptype *t, goc_hmap *h, uint64_t key) {
    if (h == NULL)
        goc_panicnilmap();
    if (h->flags & hashWriting)
        goc_fatal("concurrent map writes");
    uintptr_t hash = keyhash64(h, key);
    h->flags ^= hashWriting;
    if (h->buckets == NULL)
        goc_map_firstbucket(t, h);

again:;
    uintptr_t bucket = hash & bucketMask(h->B);
    if (growing(h))
        goc_map_growWork(t, h, bucket);
    bmap *b = bucketAt(t, h->buckets, bucket);
    bmap *insertb = NULL;
    uintptr_t inserti = 0;
    for (;;) {
        for (uintptr_t i = 0; i < bucketCnt; i++) {
            if (isEmpty(b->tophash[i])) {
                if (insertb == NULL) {
                    insertb = b;
                    inserti = i;
                }
                if (b->tophash[i] == emptyRest)
                    goto notfound;
                continue;
            }
            if (load64(keyslot(t, b, i)) != key)
                continue;
            insertb = b; /* present: reuse its slot */
            inserti = i;
            goto done;
        }
        bmap *ovf = overflowOf(t, b);
        if (ovf == NULL)
            break;
        b = ovf;
    }

notfound:
    if (!growing(h) && (overLoadFactor(h->count + 1, h->B) || tooManyOverflowBuckets(h->noverflow, h->B))) {
        goc_map_hashGrow(t, h);
        goto again; /* growing invalidates everything */
    }
    if (insertb == NULL) {
        insertb = goc_map_newoverflow(t, h, b);
        inserti = 0;
    }
    insertb->tophash[inserti] = tophash(hash);
    memcpy(keyslot(t, insertb, inserti), &key, sizeof key);
    if (indirectElem(t))
        *(void **)elemslot(t, insertb, inserti) = goc_newmapslot(t->Elem);
    h->count++;

done:;
    void *elem = elemAt(t, insertb, inserti);
    writeEnd(h);
    return elem;
}

void *goc_mapassign_fast64(const goc_maptype *t, goc_hmap *h, uint64_t key) {
    return assign64(t, h, key);
}

void *goc_mapassign_fast64ptr(const goc_maptype *t, goc_hmap *h, void *key) {
    return assign64(t, h, (uint64_t)(uintptr_t)key);
}

void goc_mapdelete_fast64(const goc_maptype *t, goc_hmap *h, uint64_t key) {
    if (h == NULL || h->count == 0)
        return;
    if (h->flags & hashWriting)
        goc_fatal("concurrent map writes");
    uintptr_t hash = keyhash64(h, key);
    h->flags ^= hashWriting;

    uintptr_t bucket = hash & bucketMask(h->B);
    if (growing(h))
        goc_map_growWork(t, h, bucket);
    bmap *bOrig = bucketAt(t, h->buckets, bucket);
    for (bmap *b = bOrig; b != NULL; b = overflowOf(t, b)) {
        for (uintptr_t i = 0; i < bucketCnt; i++) {
            void *k = keyslot(t, b, i);
            if (load64(k) != key || isEmpty(b->tophash[i]))
                continue;
            if (typeHasPointers(t->Key))
                memset(k, 0, sizeof key); /* a pointer key: let it go */
            memclrSlot(elemslot(t, b, i), t->ValueSize);
            goc_map_deleted(t, h, bOrig, b, i);
            goto out;
        }
    }
out:
    writeEnd(h);
}
