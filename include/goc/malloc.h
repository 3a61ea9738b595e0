/*
 * goc/malloc.h — allocation. Every runtime and generated allocation goes
 * through these, so the choice between scanned (GC_malloc) and pointer-free
 * (GC_malloc_atomic) memory is made in one place (runtime/malloc.c).
 */
#ifndef GOC_MALLOC_H
#define GOC_MALLOC_H

#include "types.h"

/* Address returned for every zero-byte allocation (Go: runtime.zerobase). */
extern uintptr_t goc_zerobase;

/*
 * Go: mallocgc. Allocate size bytes for values of type typ (typ NULL: memory
 * that may hold pointers). Memory for types without GOC_TFLAG_POINTERS is
 * allocated atomic (never scanned). The block is zeroed when needzero is set
 * (scanned blocks are always zeroed). size 0 returns &goc_zerobase. Never
 * returns NULL: out of memory is "fatal error: runtime: out of memory".
 */
void *goc_mallocgc(uintptr_t size, const goc_type *typ, bool needzero);

/* Go: newobject (the `new` builtin and escaping variables): one zeroed T. */
void *goc_newobject(const goc_type *typ);

/* A zeroed T for a key or elem that a map stores indirectly (referenced only
 * by its base pointer): like goc_newobject, but without Boehm's extra byte
 * past the end, so that objects of a multiple of 16 bytes lie back to back
 * (runtime/malloc.c). */
void *goc_newmapslot(const goc_type *typ);

/* Raw allocation of size zeroed bytes, scanned iff haspointers. */
void *goc_alloc(uintptr_t size, bool haspointers);

/*
 * Go: roundupsize (runtime/msize.go, 1.22+ rule). The number of bytes the
 * allocator hands out for a request of size bytes: gc's size classes below
 * 32 KiB (with the 8-byte malloc header counted for pointerful objects over
 * 512 bytes), 8 KiB pages above.
 */
uintptr_t goc_roundupsize(uintptr_t size, bool noscan);

/* The size-class table: goc_class_to_size[i] for 1 <= i < GOC_NUM_SIZE_CLASSES. */
#define GOC_NUM_SIZE_CLASSES 68
#define GOC_MAX_SMALL_SIZE 32768
#define GOC_PAGE_SIZE 8192
extern const uint16_t goc_class_to_size[GOC_NUM_SIZE_CLASSES];

/* Force a collection (runtime.GC). */
void goc_GC(void);

/*
 * Finalizers (runtime/mfinal.c). The translator emits, per finalizer
 * parameter type, an adapter that converts the object pointer p (of the
 * object's dynamic pointer type ptrtype) to the parameter and calls the
 * func value fn, discarding its results.
 */
typedef void (*goc_finalizercall)(goc_func *fn, void *p, const goc_type *ptrtype);

/*
 * runtime.SetFinalizer(p, fn) with the types already checked: p points
 * into an object of pointer type ptrtype (for gc's interior-pointer rule);
 * call(fn, p, ptrtype) runs on the finalizer goroutine some time after a
 * collection found the object unreachable. fn == NULL removes p's
 * finalizer. p == NULL throws "runtime.SetFinalizer: pointer not in
 * allocated block"; a second finalizer throws "runtime.SetFinalizer:
 * finalizer already set"; a pointer outside the collected heap (package
 * variables) is ignored, as gc ignores pointers into its data segments.
 */
void goc_setfinalizer(void *p, const goc_type *ptrtype, goc_func *fn, goc_finalizercall call);

/* The finalizer's signature as the translator saw it (shape argument below). */
enum { GOC_FINALIZER_ONEARG = 0, GOC_FINALIZER_VARIADIC = 1, GOC_FINALIZER_ARGCOUNT = 2 };

/*
 * runtime.SetFinalizer(obj, finalizer) as Go code calls it, with gc's
 * checks and throws: obj's dynamic type must be a pointer; ftyp is the
 * finalizer's static type (NULL for a nil finalizer: remove), fint its
 * parameter's type when it has exactly one (shape GOC_FINALIZER_ONEARG),
 * which obj's type must be assignable to as gc's SetFinalizer decides.
 */
void goc_SetFinalizer(goc_eface obj, const goc_type *ftyp, const goc_type *fint, int shape, goc_func *fn,
                      goc_finalizercall call);

#endif
