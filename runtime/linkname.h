/*
 * runtime/linkname.h — the Go functions the C runtime implements for the Go
 * packages translated from source (gen/lower/linkname.go).
 *
 * A GOROOT package declares such a function without a body and reaches it
 * through //go:linkname (pulled: time's "//go:linkname runtimeNano
 * runtime.nanotime"; pushed by Go's runtime: sync.runtime_Semacquire). The
 * C symbol is the link name's C name: the import path with '/', '.' and '-'
 * as '_', "__", the Go name (runtime.nanotime -> runtime__nanotime). The
 * signature is the translator's lowering of the Go signature (goc_int,
 * goc_string, goc_slice, pointers, ...; several results: a struct of fields
 * r0, r1, ...). The translator writes its own prototype from the Go
 * declaration, so each prototype here must match that declaration: every
 * function is exercised by a Go program in the tests.
 */
#ifndef GOC_RT_LINKNAME_H
#define GOC_RT_LINKNAME_H

#include <goc.h>

/* package runtime (Go: runtime/time_nofake.go) */
int64_t runtime__nanotime(void);

/* packages reflect and internal/reflectlite (runtime/reflect.c) */
void *reflect__unsafe_New(const goc_type *t);
void *internal_reflectlite__unsafe_New(const goc_type *t);
void *reflect__unsafe_NewArray(const goc_type *t, goc_int n);
void reflect__typedmemmove(const goc_type *t, void *dst, const void *src);
void internal_reflectlite__typedmemmove(const goc_type *t, void *dst, const void *src);
void reflect__typedmemclr(const goc_type *t, void *p);
void reflect__typedmemclrpartial(const goc_type *t, void *p, uintptr_t off, uintptr_t size);
void reflect__typedarrayclear(const goc_type *et, void *p, goc_int n);
goc_int reflect__typedslicecopy(const goc_type *et, goc_slice dst, goc_slice src);
void reflect__memmove(void *dst, const void *src, uintptr_t size);
bool reflect__verifyNotInHeapPtr(uintptr_t p);
goc_slice reflect__growslice(const goc_type *et, goc_slice old, goc_int num);
void reflect__unsafeslice(const goc_type *et, void *p, goc_int n);
uintptr_t reflect__typehash(const goc_type *t, const void *p, uintptr_t h);
void reflect__ifaceE2I(const goc_type *inter, goc_eface src, goc_iface *dst);
void internal_reflectlite__ifaceE2I(const goc_type *inter, goc_eface src, goc_iface *dst);
const void *reflect__resolveNameOff(const void *ptr, int32_t off);
const void *internal_reflectlite__resolveNameOff(const void *ptr, int32_t off);
const void *reflect__resolveTypeOff(const void *ptr, int32_t off);
const void *internal_reflectlite__resolveTypeOff(const void *ptr, int32_t off);
void *reflect__resolveTextOff(const void *ptr, int32_t off);
int32_t reflect__addReflectOff(const void *ptr);
typedef struct reflect_typelinks_result {
    goc_slice sections; /* []unsafe.Pointer */
    goc_slice offsets;  /* [][]int32 */
} reflect_typelinks_result;
reflect_typelinks_result reflect__typelinks(void);
goc_hmap *reflect__makemap(const goc_maptype *t, goc_int hint);
void *reflect__mapaccess(const goc_maptype *t, goc_hmap *h, const void *key);
void *reflect__mapaccess_faststr(const goc_maptype *t, goc_hmap *h, goc_string key);
void reflect__mapassign0(const goc_maptype *t, goc_hmap *h, const void *key, const void *elem);
void reflect__mapassign_faststr0(const goc_maptype *t, goc_hmap *h, goc_string key, const void *elem);
void reflect__mapdelete(const goc_maptype *t, goc_hmap *h, const void *key);
void reflect__mapdelete_faststr(const goc_maptype *t, goc_hmap *h, goc_string key);
void reflect__mapclear(const goc_maptype *t, goc_hmap *h);
goc_int reflect__maplen(goc_hmap *h);
goc_int internal_reflectlite__maplen(goc_hmap *h);
void reflect__mapiterinit(const goc_maptype *t, goc_hmap *h, goc_hiter *it);
void reflect__mapiternext(goc_hiter *it);
void *reflect__mapiterkey(goc_hiter *it);
void *reflect__mapiterelem(goc_hiter *it);
goc_hchan *reflect__makechan(const goc_type *t, goc_int size);
goc_int reflect__chanlen(goc_hchan *c);
goc_int internal_reflectlite__chanlen(goc_hchan *c);
goc_int reflect__chancap(goc_hchan *c);
void reflect__chanclose(goc_hchan *c);
bool reflect__chansend0(goc_hchan *c, const void *elem, bool nb);
typedef struct reflect_chanrecv_result {
    bool selected, received;
} reflect_chanrecv_result;
reflect_chanrecv_result reflect__chanrecv(goc_hchan *c, bool nb, void *elem);
typedef struct reflect_rselect_result {
    goc_int chosen;
    bool recvOK;
} reflect_rselect_result;
reflect_rselect_result reflect__rselect(goc_slice cases);
/* reflect's calls through libffi (gen/load/patch/reflect/call_goc.go) */
void reflect__ffiCall(const goc_functype *ft, void *code, void *first, void **args, void *ret);
void *reflect__ffiClosure(const goc_functype *ft, goc_func *cb);
uintptr_t reflect__methodValueCallCodePtr(void);

#endif
