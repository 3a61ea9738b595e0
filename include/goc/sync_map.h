/*
 * goc/sync_map.h — sync.Map and sync.Pool (Go: sync/map.go, pool.go).
 *
 * Both are zero-value-ready structs a translator maps the Go types onto:
 *     sync.Map  { RWMutex mu; map[any]any m }     (32 bytes, like gc's)
 *     sync.Pool { Mutex mu; item list; func() any New }
 * and their methods to the functions below, which take a pointer to the
 * struct. Keys and values are interface values (goc_eface). A key that is
 * not hashable panics "runtime error: hash of unhashable type T" before any
 * lock is taken, so a recovered panic leaves the Map usable; Range calls f
 * with no lock held (f may use the Map), over a snapshot taken when Range
 * starts, as gc allows ("Range does not necessarily correspond to any
 * consistent snapshot").
 */
#ifndef GOC_SYNC_MAP_H
#define GOC_SYNC_MAP_H

#include "types.h"
#include "map.h"
#include "sync.h"

typedef struct goc_sync_Map {
    goc_sync_RWMutex mu;
    goc_hmap *m; /* map[interface {}]interface {}; NULL until the first store */
} goc_sync_Map;

bool goc_sync_Map_Load(goc_sync_Map *m, goc_eface key, goc_eface *value);
void goc_sync_Map_Store(goc_sync_Map *m, goc_eface key, goc_eface value);
/* Returns loaded; *actual is the existing value (loaded) or value (stored). */
bool goc_sync_Map_LoadOrStore(goc_sync_Map *m, goc_eface key, goc_eface value, goc_eface *actual);
bool goc_sync_Map_LoadAndDelete(goc_sync_Map *m, goc_eface key, goc_eface *value);
void goc_sync_Map_Delete(goc_sync_Map *m, goc_eface key);
/* Returns loaded; *previous is the replaced value (nil interface if none). */
bool goc_sync_Map_Swap(goc_sync_Map *m, goc_eface key, goc_eface value, goc_eface *previous);
/* old must be comparable ("runtime error: comparing uncomparable type T" otherwise, as in gc). */
bool goc_sync_Map_CompareAndSwap(goc_sync_Map *m, goc_eface key, goc_eface old, goc_eface new_);
bool goc_sync_Map_CompareAndDelete(goc_sync_Map *m, goc_eface key, goc_eface old);
/* f is a func(key, value any) bool closure; Range stops when it returns false. */
void goc_sync_Map_Range(goc_sync_Map *m, goc_func *f);
void goc_sync_Map_Clear(goc_sync_Map *m);

typedef struct goc_sync_Pool {
    goc_sync_Mutex mu;
    void *head;   /* private list of pooled values */
    goc_func *New; /* func() any, may be NULL */
} goc_sync_Pool;

/* A pooled value if any (which one is unspecified), else New() if New is set, else nil. */
goc_eface goc_sync_Pool_Get(goc_sync_Pool *p);
/* Adds x to the pool; a nil x is ignored. */
void goc_sync_Pool_Put(goc_sync_Pool *p, goc_eface x);

#endif
