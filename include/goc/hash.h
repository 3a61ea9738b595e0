/*
 * goc/hash.h — hashing and equality (Go: runtime/alg.go, hash64.go).
 *
 * Hashers are hash(p, seed) and equality functions equal(p, q); descriptors
 * name them as Go func values, the goc_*_f closures of goc/types.h. A
 * translator builds hashers of structs and arrays by chaining the fields'
 * hashers (h = f1hash(p+off1, h); h = f2hash(p+off2, h); ...), skipping
 * blank fields, like gc's generated hashers, and wraps them in closures.
 * Seeds: a random per-process key (chosen in goc_alginit) mixes into every
 * hash; maps add their own per-map seed hash0.
 */
#ifndef GOC_HASH_H
#define GOC_HASH_H

#include "types.h"

/* memhash of size bytes: AES-NI when the CPU has it, else a wyhash-style mix. */
uintptr_t goc_memhash(const void *p, uintptr_t seed, uintptr_t size);
uintptr_t goc_memhash0(const void *p, uintptr_t seed);
uintptr_t goc_memhash8(const void *p, uintptr_t seed);
uintptr_t goc_memhash16(const void *p, uintptr_t seed);
uintptr_t goc_memhash32(const void *p, uintptr_t seed);
uintptr_t goc_memhash64(const void *p, uintptr_t seed);
uintptr_t goc_memhash128(const void *p, uintptr_t seed);
uintptr_t goc_strhash(const void *p /* goc_string * */, uintptr_t seed);
uintptr_t goc_f32hash(const void *p, uintptr_t seed); /* +0 == -0; NaN hashes randomly */
uintptr_t goc_f64hash(const void *p, uintptr_t seed);
uintptr_t goc_c64hash(const void *p, uintptr_t seed);
uintptr_t goc_c128hash(const void *p, uintptr_t seed);
uintptr_t goc_interhash(const void *p /* goc_iface * */, uintptr_t seed);    /* may panic: unhashable */
uintptr_t goc_nilinterhash(const void *p /* goc_eface * */, uintptr_t seed); /* may panic: unhashable */
/* Hash a value of type t at p (walks t; panics "hash of unhashable type T" if t is not comparable). */
uintptr_t goc_typehash(const goc_type *t, const void *p, uintptr_t seed);

bool goc_memequal(const void *p, const void *q, uintptr_t size);
bool goc_memequal0(const void *p, const void *q);
bool goc_memequal8(const void *p, const void *q);
bool goc_memequal16(const void *p, const void *q);
bool goc_memequal32(const void *p, const void *q);
bool goc_memequal64(const void *p, const void *q);
bool goc_memequal128(const void *p, const void *q);
bool goc_strequal(const void *p, const void *q);
bool goc_f32equal(const void *p, const void *q);
bool goc_f64equal(const void *p, const void *q);
bool goc_c64equal(const void *p, const void *q);
bool goc_c128equal(const void *p, const void *q);
bool goc_interequal(const void *p, const void *q);    /* goc_iface; may panic: uncomparable */
bool goc_nilinterequal(const void *p, const void *q); /* goc_eface; may panic: uncomparable */

/* Go's == on interface values: "comparing uncomparable type T" panics. */
bool goc_efaceeq(goc_eface x, goc_eface y);
bool goc_ifaceeq(goc_iface x, goc_iface y);
/* x (an interface) == a value of concrete type t at p. */
bool goc_efaceeqvalue(goc_eface x, const goc_type *t, const void *p);

/* Random numbers (Go: runtime.rand, cheaprand): process-seeded, thread-safe. */
uint64_t goc_rand(void);
uint32_t goc_cheaprand(void);

/* Set up the per-process hash key (called once by goc_init). */
void goc_alginit(void);

#endif
