/*
 * goc/types.h — Go values in C, and the type descriptors that describe them.
 *
 * Value layout (64-bit Linux, identical to gc on amd64):
 *   int, uint, uintptr   8 bytes          bool        1 byte (C bool)
 *   string               {ptr, len}       16 bytes    (goc_string)
 *   []T                  {ptr, len, cap}  24 bytes    (goc_slice)
 *   any (interface {})   {type, data}     16 bytes    (goc_eface)
 *   non-empty interface  {itab, data}     16 bytes    (goc_iface)
 *   map[K]V              goc_hmap *       (nil map = NULL)
 *   func(...)            goc_func *       (nil func = NULL; see below)
 *   *T, unsafe.Pointer   plain C pointer
 * Structs and arrays are C structs and C arrays with Go's field order; C's
 * natural alignment on x86-64 gives gc's layout.
 *
 * Interface data word: a value whose type has GOC_TFLAG_DIRECTIFACE
 * (pointer-shaped: pointers, maps, chans, funcs, unsafe.Pointer) is stored in
 * the data word itself; any other value is boxed: data points to a copy that
 * nobody writes (zero-size values point at goc_zerobase).
 *
 * Type descriptors are constant data. A translator emits one goc_type per Go
 * type it needs (or goc_maptype for maps, whose first member is a goc_type);
 * the runtime reads them and never switches on C types. Descriptors are
 * compared by address except where noted (goc_typeidentical), so emit one
 * descriptor per distinct Go type in a program.
 */
#ifndef GOC_TYPES_H
#define GOC_TYPES_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef int64_t goc_int;
typedef uint64_t goc_uint;
typedef uintptr_t goc_uintptr;
typedef int8_t goc_int8;
typedef int16_t goc_int16;
typedef int32_t goc_int32;
typedef int64_t goc_int64;
typedef uint8_t goc_uint8;
typedef uint16_t goc_uint16;
typedef uint32_t goc_uint32;
typedef uint64_t goc_uint64;
typedef float goc_float32;
typedef double goc_float64;
typedef float _Complex goc_complex64;
typedef double _Complex goc_complex128;
typedef bool goc_bool;
typedef uint8_t goc_byte;
typedef int32_t goc_rune;

/* A Go string: immutable bytes. str may be NULL only when len == 0. */
typedef struct goc_string {
    const uint8_t *str;
    goc_int len;
} goc_string;

/* A string literal as a goc_string (the literal must be a C string literal). */
#define GOC_STR(lit) ((goc_string){(const uint8_t *)(lit), (goc_int)(sizeof(lit) - 1)})

/* A Go slice. Invariant: 0 <= len <= cap; ptr == NULL means nil slice. */
typedef struct goc_slice {
    void *ptr;
    goc_int len;
    goc_int cap;
} goc_slice;

typedef struct goc_type goc_type;
typedef struct goc_itab goc_itab;

/* interface {} */
typedef struct goc_eface {
    const goc_type *type; /* dynamic type; NULL for a nil interface */
    void *data;           /* see "Interface data word" above */
} goc_eface;

/* An interface with methods. */
typedef struct goc_iface {
    const goc_itab *tab; /* NULL for a nil interface */
    void *data;
} goc_iface;

/*
 * A func value is a pointer to a closure object whose first word is the C
 * function. Captured variables (or pointers to them) follow it in the same
 * object. The C function always takes the closure pointer as its first,
 * hidden argument: a Go func(int) string is called as
 *     ((goc_string (*)(goc_func *, goc_int))f->fn)(f, 42)
 * A top-level function used as a value gets a static closure with no
 * captures. Closure objects are allocated with goc_alloc(size, true).
 */
typedef struct goc_func {
    void (*fn)(void);
} goc_func;

/* Kinds: the same numbering as reflect.Kind. */
typedef enum goc_kind {
    GOC_INVALID = 0,
    GOC_BOOL,
    GOC_INT,
    GOC_INT8,
    GOC_INT16,
    GOC_INT32,
    GOC_INT64,
    GOC_UINT,
    GOC_UINT8,
    GOC_UINT16,
    GOC_UINT32,
    GOC_UINT64,
    GOC_UINTPTR,
    GOC_FLOAT32,
    GOC_FLOAT64,
    GOC_COMPLEX64,
    GOC_COMPLEX128,
    GOC_ARRAY,
    GOC_CHAN,
    GOC_FUNC,
    GOC_INTERFACE,
    GOC_MAP,
    GOC_POINTER,
    GOC_SLICE,
    GOC_STRING,
    GOC_STRUCT,
    GOC_UNSAFEPOINTER,
} goc_kind;

/* goc_type.tflag bits */
enum {
    GOC_TFLAG_POINTERS = 1 << 0,       /* values hold pointers: allocate scanned memory */
    GOC_TFLAG_DIRECTIFACE = 1 << 1,    /* stored directly in an interface data word */
    GOC_TFLAG_NAMED = 1 << 2,          /* a defined type: string is "pkg.Name" */
    GOC_TFLAG_REFLEXIVE = 1 << 3,      /* x == x for every value (no floats or interfaces inside) */
    GOC_TFLAG_NEEDKEYUPDATE = 1 << 4,  /* map assign overwrites an equal stored key (floats, strings, interfaces inside) */
    GOC_TFLAG_HASHMIGHTPANIC = 1 << 5, /* hashing may panic (interfaces inside) */
    GOC_TFLAG_REGMEM = 1 << 6,         /* equality is plain memory equality (no padding, floats, strings, interfaces) */
};

/* Hash a value at p with the given seed; equality of the values at p and q. */
typedef uintptr_t (*goc_hashfn)(const void *p, uintptr_t seed);
typedef bool (*goc_equalfn)(const void *p, const void *q);

/* A struct field, in declaration order. */
typedef struct goc_structfield {
    const char *name;   /* Go field name; for an embedded field, the type's name */
    const goc_type *typ;
    uintptr_t offset;
    bool embedded;
    bool exported;
} goc_structfield;

/*
 * A method. For a concrete type: the methods of its method set, sorted by
 * name; ifn takes the interface data word as its first argument (the
 * receiver as an interface would hold it) followed by the method's
 * parameters. For an interface type: its methods sorted by name, ifn NULL;
 * this order is the order of goc_itab.fun.
 * name: exported names as written ("String"); unexported names qualified by
 * package path ("main.m"), so that methods of different packages differ.
 * mtyp: the signature as Go prints it without the name ("func(int) string").
 */
typedef struct goc_method {
    const char *name;
    const char *mtyp;
    void (*ifn)(void);
} goc_method;

struct goc_type {
    uintptr_t size;
    uint8_t align;
    uint8_t kind;        /* goc_kind */
    uint16_t tflag;      /* GOC_TFLAG_* */
    uint32_t uncommon;   /* reserved, 0 */
    goc_hashfn hash;     /* NULL: not comparable (hashing panics: "hash of unhashable type T") */
    goc_equalfn equal;   /* NULL: not comparable */
    const char *string;  /* as Go prints the type: "int", "[]string", "main.Point", "*main.Point",
                            "map[string]int", "struct { a int }", "interface {}", "func(int) string" */
    const char *pkgpath; /* package path of a named type ("main"), else NULL */
    const goc_type *elem; /* pointer, slice, array, chan, map: element type */
    const goc_type *key;  /* map: key type */
    uintptr_t len;        /* array: length; chan: direction 1 recv, 2 send, 3 both */
    const goc_structfield *fields; /* struct: fields */
    uint32_t nfields;
    uint32_t nmethods;
    const goc_method *methods; /* see goc_method */
};

/*
 * A map type. keysize/elemsize are slot sizes: the value's size, or 8 when
 * the value is larger than 128 bytes and stored through a pointer.
 * Bucket layout (see runtime/map.c): tophash[8], 8 keys, 8 elems, overflow.
 * Emit the size fields with GOC_MAPTYPE_SIZES(Kctype, Vctype).
 */
typedef struct goc_maptype {
    goc_type type;       /* kind GOC_MAP; type.key and type.elem set */
    uint8_t keysize;
    uint8_t elemsize;
    uint16_t bucketsize;
    uint32_t flags;      /* GOC_MAPF_* */
} goc_maptype;

enum {
    GOC_MAPF_INDIRECTKEY = 1,  /* key slots hold pointers to keys */
    GOC_MAPF_INDIRECTELEM = 2, /* elem slots hold pointers to elems */
};

#define GOC_MAP_MAXKEYSIZE 128
#define GOC_MAP_MAXELEMSIZE 128
#define GOC_MAPSLOT(sz) ((sz) > 128 ? 8 : (sz))
#define GOC_MAPTYPE_SIZES(K, V)                                                                  \
    .keysize = GOC_MAPSLOT(sizeof(K)), .elemsize = GOC_MAPSLOT(sizeof(V)),                       \
    .bucketsize = 16 + 8 * GOC_MAPSLOT(sizeof(K)) + 8 * GOC_MAPSLOT(sizeof(V)),                  \
    .flags = (sizeof(K) > 128 ? GOC_MAPF_INDIRECTKEY : 0) | (sizeof(V) > 128 ? GOC_MAPF_INDIRECTELEM : 0)

/*
 * An interface method table: the methods of `type` in the order of
 * `inter`'s methods. A translator may emit itabs statically; the runtime
 * builds (and caches) the others in goc_getitab.
 */
struct goc_itab {
    const goc_type *inter; /* the interface type */
    const goc_type *type;  /* the dynamic (concrete) type */
    void (*fun[])(void);   /* fun[i] implements inter->methods[i] */
};

/* Descriptors of the predeclared types, defined by the runtime. */
extern const goc_type goc_type_bool, goc_type_int, goc_type_int8, goc_type_int16,
    goc_type_int32, goc_type_int64, goc_type_uint, goc_type_uint8, goc_type_uint16,
    goc_type_uint32, goc_type_uint64, goc_type_uintptr, goc_type_float32, goc_type_float64,
    goc_type_complex64, goc_type_complex128, goc_type_string, goc_type_unsafe_Pointer;
/* interface {} and error (methods: Error() string) */
extern const goc_type goc_type_any, goc_type_error;

/* Whether two descriptors describe the same Go type: the same address, or the same
 * kind, string and pkgpath (two NULL pkgpaths match). For descriptors a translator
 * may emit more than once (defined in iface.c). */
bool goc_typeidentical(const goc_type *a, const goc_type *b);

#endif
