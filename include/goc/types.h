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
 * Interface data word: a value whose type has GOC_KIND_DIRECTIFACE
 * (pointer-shaped: pointers, maps, chans, funcs, unsafe.Pointer) is stored in
 * the data word itself; any other value is boxed: data points to a copy that
 * nobody writes (zero-size values point at goc_zerobase).
 *
 * Type descriptors are laid out exactly as Go 1.23's internal/abi types
 * (abi.Type, UncommonType, Method, Name, ArrayType, ChanType, FuncType,
 * InterfaceType, MapType, PtrType, SliceType, StructType, ITab), so that
 * GOROOT's internal/abi, internal/reflectlite and reflect, translated from
 * source, read them as gc's runtime data. Field names are Go's. A translator
 * emits one descriptor per Go type its program needs, as constant data
 * preceded by a pointer to its module (see "Offsets"); the runtime reads them
 * and never switches on C types. Descriptors are compared by address (type
 * assertions, itab lookups), so a module has one descriptor per type, and
 * uses the runtime's for the predeclared types and the few others below.
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

/* ==== Type descriptors: Go 1.23's internal/abi layout ==================================== */

/* Kinds (abi.Kind): the same numbering as reflect.Kind. */
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

/* goc_type.Kind_ holds the kind and these bits (abi.KindDirectIface, KindGCProg, KindMask). */
enum {
    GOC_KIND_DIRECTIFACE = 1 << 5, /* pointer-shaped: stored in the interface data word itself */
    GOC_KIND_GCPROG = 1 << 6,      /* GCData is a GC program (goc never emits one) */
    GOC_KIND_MASK = (1 << 5) - 1,
};

/* goc_type.TFlag bits (abi.TFlag). */
enum {
    GOC_TFLAG_UNCOMMON = 1 << 0,       /* a goc_uncommontype follows the kind's struct */
    GOC_TFLAG_EXTRASTAR = 1 << 1,      /* Str has an extra leading '*' (goc never sets it) */
    GOC_TFLAG_NAMED = 1 << 2,          /* a named type (predeclared or defined) */
    GOC_TFLAG_REGULARMEMORY = 1 << 3,  /* equal and hash treat the value as plain memory */
    GOC_TFLAG_UNROLLEDBITMAP = 1 << 4, /* GCData is not in static data (runtime-made types) */
};

/*
 * Offsets (abi.NameOff, TypeOff, TextOff). A descriptor names other data by a
 * 32-bit offset in a few places (its string, the pointer type to it, method
 * names, types and code). goc resolves them against the module that defines
 * the descriptor:
 *   off == 0   nothing (an empty name, no type, no code);
 *   off > 0    entry off of the module's table: offs[off] (names and
 *              descriptors) or text[off] (code);
 *   off < 0    an id handed out at run time by goc_addreflectoff (reflect's
 *              addReflectOff) for data made at run time.
 * Every descriptor a module defines is preceded in memory by a pointer to
 * its goc_module (GOC_MODULEOF), so resolving an offset is two loads. So is
 * every encoded name that carries a package path offset (GOC_NAME_PKGPATH).
 * A translator emits one module per program; the runtime defines its own.
 * Modules are registered with goc_addmodule before the program runs, so that
 * reflect finds their types by string (typelinks).
 */
typedef int32_t goc_nameoff;
typedef int32_t goc_typeoff;
typedef int32_t goc_textoff;

typedef void (*goc_textptr)(void); /* code named by a TextOff */
typedef struct goc_module {
    const void *const *offs;          /* NameOff/TypeOff -> name bytes or descriptor; [0] unused */
    const goc_textptr *text;          /* TextOff -> function; [0] unused */
    const goc_type *const *typelinks; /* the module's unnamed composite types (reflect's typelinks) */
    uint32_t noffs, ntext, ntypelinks;
} goc_module;

/* The module of a descriptor (or of a name carrying a package path offset). */
#define GOC_MODULEOF(p) (((const goc_module *const *)(const void *)(p))[-1])
/* A descriptor of type T (goc_type, goc_ptrtype, a struct of several parts...) as a module defines it. */
#define GOC_DESC(T) struct { const goc_module *mod; T d; }

/* Register a module (each C unit's, from a constructor, before main). Not thread-safe. */
void goc_addmodule(const goc_module *m);

/*
 * An encoded name (abi.Name): a flags byte (GOC_NAME_*), the name's length as
 * a uvarint, its bytes; with GOC_NAME_TAG a uvarint length and the tag; with
 * GOC_NAME_PKGPATH 4 little-endian bytes of a goc_nameoff naming the package
 * path (for unexported methods promoted from another package). Names are not
 * NUL-terminated. GOC_NAMEDATA builds one at file scope (names < 128 bytes).
 */
typedef struct goc_name {
    const uint8_t *Bytes;
} goc_name;
enum {
    GOC_NAME_EXPORTED = 1 << 0,
    GOC_NAME_TAG = 1 << 1,
    GOC_NAME_PKGPATH = 1 << 2,
    GOC_NAME_EMBEDDED = 1 << 3,
};
#define GOC_NAMEDATA(flags, lit)                                                                 \
    ((const uint8_t *)&(const struct { uint8_t f, n; char s[sizeof(lit)]; }){(flags), sizeof(lit) - 1, lit})

/*
 * abi.Type: every descriptor starts with it. Equal is a Go func value
 * func(p, q unsafe.Pointer) bool (goc_calleq calls it), NULL when the type is
 * not comparable. GCData is a bitmap of the pointer words in the first
 * PtrBytes bytes (bit i of byte i/8 = word i), NULL when PtrBytes is 0.
 * Descriptors are constant, except those reflect makes at run time.
 */
struct goc_type {
    uintptr_t Size_;
    uintptr_t PtrBytes;     /* prefix of the value that holds pointers (0: none) */
    uint32_t Hash;          /* hash of the type's identity (FNV-1a of its string for goc's) */
    uint8_t TFlag;          /* GOC_TFLAG_* */
    uint8_t Align_;
    uint8_t FieldAlign_;
    uint8_t Kind_;          /* goc_kind | GOC_KIND_DIRECTIFACE */
    goc_func *Equal;
    const uint8_t *GCData;
    goc_nameoff Str;        /* the type as Go prints it: "int", "[]string", "main.Point",
                               "map[string]int", "struct { a int }", "func(int) string" */
    goc_typeoff PtrToThis;  /* *T, if the module has it (else 0) */
};

/* abi.Method: a method of a concrete type's method set. */
typedef struct goc_method {
    goc_nameoff Name; /* exported methods first, each group sorted by name */
    goc_typeoff Mtyp; /* the signature without receiver: a func type */
    goc_textoff Ifn;  /* C function taking the interface data word, then the parameters */
    goc_textoff Tfn;  /* Go func value code: (goc_func *closure, receiver, parameters) */
} goc_method;

/*
 * abi.UncommonType: follows the kind's struct when GOC_TFLAG_UNCOMMON is set
 * (named types and types with methods). The Mcount methods (the first Xcount
 * exported) start Moff bytes after it.
 */
typedef struct goc_uncommontype {
    goc_nameoff PkgPath;
    uint16_t Mcount;
    uint16_t Xcount;
    uint32_t Moff;
    uint32_t _unused;
} goc_uncommontype;

/* abi.Imethod: an interface method; exported first, each group sorted by name. */
typedef struct goc_imethod {
    goc_nameoff Name;
    goc_typeoff Typ; /* a func type */
} goc_imethod;

typedef struct goc_arraytype {
    goc_type Type;
    const goc_type *Elem;
    const goc_type *Slice; /* []Elem */
    uintptr_t Len;
} goc_arraytype;

enum { GOC_RECVDIR = 1, GOC_SENDDIR = 2, GOC_BOTHDIR = 3 }; /* abi.ChanDir */
typedef struct goc_chantype {
    goc_type Type;
    const goc_type *Elem;
    goc_int Dir;
} goc_chantype;

/* A func type; InCount then OutCount descriptors (const goc_type *) follow it,
   after the goc_uncommontype if any. The top bit of OutCount: variadic. */
typedef struct goc_functype {
    goc_type Type;
    uint16_t InCount;
    uint16_t OutCount;
} goc_functype;
#define GOC_FUNC_VARIADIC 0x8000

typedef struct goc_interfacetype {
    goc_type Type;
    goc_name PkgPath;
    goc_slice Methods; /* []goc_imethod; the order of goc_itab.Fun */
} goc_interfacetype;

/*
 * abi.MapType. KeySize/ValueSize are slot sizes (8 when the key or elem is
 * larger than 128 bytes and the slot holds a pointer to it). Bucket describes
 * a bucket (tophash[8], 8 keys, 8 elems, overflow pointer; see
 * runtime/map.c) for reflect; the runtime does not read it, so hand-written
 * descriptors may leave it NULL. Hasher is a Go func value func(p unsafe.Pointer, seed
 * uintptr) uintptr for the key type (goc_callhash calls it).
 */
typedef struct goc_maptype {
    goc_type Type;
    const goc_type *Key;
    const goc_type *Elem;
    const goc_type *Bucket;
    goc_func *Hasher;
    uint8_t KeySize;
    uint8_t ValueSize;
    uint16_t BucketSize;
    uint32_t Flags; /* GOC_MAPF_* */
} goc_maptype;

enum {
    GOC_MAPF_INDIRECTKEY = 1,    /* key slots hold pointers to keys */
    GOC_MAPF_INDIRECTELEM = 2,   /* elem slots hold pointers to elems */
    GOC_MAPF_REFLEXIVEKEY = 4,   /* k == k for every key (no floats or interfaces inside) */
    GOC_MAPF_NEEDKEYUPDATE = 8,  /* an assignment overwrites the stored equal key (floats, strings, interfaces) */
    GOC_MAPF_HASHMIGHTPANIC = 16 /* hashing a key may panic (interfaces inside) */
};
#define GOC_MAP_BUCKETCNT 8
#define GOC_MAP_MAXKEYSIZE 128
#define GOC_MAP_MAXELEMSIZE 128
#define GOC_MAPSLOT(sz) ((sz) > 128 ? 8 : (sz))
/* KeySize, ValueSize and BucketSize of map[K]V (K, V C types); GOC_MAPTYPE_INDIRECT: its indirect flags. */
#define GOC_MAPTYPE_SIZES(K, V)                                                                  \
    .KeySize = GOC_MAPSLOT(sizeof(K)), .ValueSize = GOC_MAPSLOT(sizeof(V)),                      \
    .BucketSize = 16 + 8 * GOC_MAPSLOT(sizeof(K)) + 8 * GOC_MAPSLOT(sizeof(V))
#define GOC_MAPTYPE_INDIRECT(K, V)                                                               \
    ((sizeof(K) > 128 ? GOC_MAPF_INDIRECTKEY : 0) | (sizeof(V) > 128 ? GOC_MAPF_INDIRECTELEM : 0))

typedef struct goc_ptrtype {
    goc_type Type;
    const goc_type *Elem;
} goc_ptrtype;

typedef struct goc_slicetype {
    goc_type Type;
    const goc_type *Elem;
} goc_slicetype;

typedef struct goc_structfield {
    goc_name Name; /* GOC_NAME_EMBEDDED for an embedded field; its tag rides along */
    const goc_type *Typ;
    uintptr_t Offset;
} goc_structfield;

typedef struct goc_structtype {
    goc_type Type;
    goc_name PkgPath;  /* package of the unexported fields */
    goc_slice Fields;  /* []goc_structfield */
} goc_structtype;

/*
 * abi.ITab: the methods of Type in the order of Inter's methods. A translator
 * may emit itabs statically; the runtime builds (and caches) the others in
 * goc_getitab. Fun[0] == NULL: Type does not implement Inter (cached failure).
 */
struct goc_itab {
    const goc_interfacetype *Inter;
    const goc_type *Type;
    uint32_t Hash;        /* Type->Hash */
    void (*Fun[])(void);  /* Fun[i] implements Inter's method i */
};

/* ---- calling a descriptor's Go funcs -------------------------------------------------- */

/* The C functions of Equal and Hasher closures. */
typedef goc_bool (*goc_equalclosurefn)(goc_func *self, void *p, void *q);
typedef goc_uintptr (*goc_hasherclosurefn)(goc_func *self, void *p, goc_uintptr seed);
static inline bool goc_calleq(goc_func *eq, const void *p, const void *q) {
    return ((goc_equalclosurefn)eq->fn)(eq, (void *)p, (void *)q);
}
static inline uintptr_t goc_callhash(goc_func *h, const void *p, uintptr_t seed) {
    return ((goc_hasherclosurefn)h->fn)(h, (void *)p, seed);
}

/* ---- reading descriptors ---------------------------------------------------------------- */

/* The kind (a goc_kind value; uint8_t like abi.Kind, so switches need no default). */
static inline uint8_t goc_typekind(const goc_type *t) {
    return t->Kind_ & GOC_KIND_MASK;
}
static inline bool goc_isdirectiface(const goc_type *t) {
    return (t->Kind_ & GOC_KIND_DIRECTIFACE) != 0;
}
/* The element type of an array, chan, map, pointer or slice type; else NULL. */
const goc_type *goc_typeelem(const goc_type *t);
/* t's goc_uncommontype, or NULL. */
const goc_uncommontype *goc_uncommon(const goc_type *t);
/* t's methods (n of them; *nx exported ones first); NULL when none. */
const goc_method *goc_typemethods(const goc_type *t, uint32_t *n, uint32_t *nx);
/* A func type's parameter and result types. */
const goc_type *const *goc_funcparams(const goc_functype *t);

/* Offsets, resolved against the module of ptr (see above). */
goc_name goc_resolvenameoff(const void *ptr, goc_nameoff off);
const goc_type *goc_resolvetypeoff(const void *ptr, goc_typeoff off);
void (*goc_resolvetextoff(const void *ptr, goc_textoff off))(void);
/* reflect's addReflectOff: a negative id for ptr (the same id for the same ptr). */
int32_t goc_addreflectoff(const void *ptr);

/* Name.Name(), Name.Tag(), Name.IsExported(), the package path of a name with GOC_NAME_PKGPATH ("" else). */
goc_string goc_namestring(goc_name n);
goc_string goc_nametag(goc_name n);
static inline bool goc_nameexported(goc_name n) {
    return (n.Bytes[0] & GOC_NAME_EXPORTED) != 0;
}
goc_string goc_namepkgpath(goc_name n);
/* Name.IsBlank: the name "_". */
static inline bool goc_nameisblank(goc_name n) {
    return n.Bytes != NULL && n.Bytes[1] == 1 && n.Bytes[2] == '_';
}

/* The type as Go prints it (reflect's Type.String). */
goc_string goc_typestring(const goc_type *t);
/* The package path of a named type's definition ("" for predeclared and unnamed types). */
goc_string goc_typepkgpath(const goc_type *t);

/* ---- writing descriptors by hand ----------------------------------------------------------- */

/*
 * GOC_DESCRIBE(name, T, "string", {initializer of T}) defines name_desc, a
 * descriptor of C type T (goc_type, goc_ptrtype, goc_structtype, ...) with
 * a module of its own whose only entry is its type string (Str = 1), at file
 * scope. &name_desc.d (or &name_desc.d.Type) is the descriptor.
 * GOC_TYPEINIT fills the goc_type part: size, alignment, kind (with
 * GOC_KIND_DIRECTIFACE), TFlag, PtrBytes, Equal closure (or NULL).
 * Descriptors with methods need more names: write their module by hand
 * (runtime/error.c does).
 */
#define GOC_DESCRIBE(name, T, str, ...)                                                          \
    static const void *const name##_offs[] = {NULL, GOC_NAMEDATA(0, str)};                      \
    static const goc_module name##_mod = {.offs = name##_offs, .noffs = 2};                      \
    static const GOC_DESC(T) __attribute__((unused)) name##_desc = {&name##_mod, __VA_ARGS__}
#define GOC_TYPEINIT(size, align, kind, tflag, ptrbytes, eq)                                     \
    {.Size_ = (size), .PtrBytes = (ptrbytes), .TFlag = (tflag), .Align_ = (align),               \
     .FieldAlign_ = (align), .Kind_ = (kind), .Equal = (goc_func *)(eq), .Str = 1}
/* map[K]V (K, V its C types; kt, vt their descriptors; hasher the key's Hasher closure;
   flags the GOC_MAPF_* besides the indirect ones). Its Bucket is left NULL: the runtime
   reads only the sizes and flags. */
#define GOC_DESCRIBE_MAP(name, str, K, V, kt, vt, hasher, flags)                                 \
    GOC_DESCRIBE(name, goc_maptype, str,                                                         \
                 {.Type = GOC_TYPEINIT(sizeof(void *), _Alignof(void *), GOC_MAP | GOC_KIND_DIRECTIFACE, 0, \
                                       sizeof(void *), NULL),                                    \
                  .Key = (kt), .Elem = (vt), .Hasher = (goc_func *)(hasher), GOC_MAPTYPE_SIZES(K, V), \
                  .Flags = GOC_MAPTYPE_INDIRECT(K, V) | (flags)})
/* An Equal (or Hasher) closure named name around equal(p, q) (or hash(p, seed)). */
#define GOC_EQUAL_CLOSURE(name, fn)                                                              \
    static goc_bool name##_fv(goc_func *c, void *p, void *q) {                                   \
        (void)c;                                                                                 \
        return fn(p, q);                                                                         \
    }                                                                                            \
    static const goc_func __attribute__((unused)) name = {(void (*)(void))name##_fv}
#define GOC_HASHER_CLOSURE(name, fn)                                                             \
    static goc_uintptr name##_fv(goc_func *c, void *p, goc_uintptr h) {                          \
        (void)c;                                                                                 \
        return fn(p, h);                                                                         \
    }                                                                                            \
    static const goc_func __attribute__((unused)) name = {(void (*)(void))name##_fv}
/* A struct field initializer: its name (exported or not), descriptor and offset. */
#define GOC_FIELD(nm, exported, typ, off)                                                        \
    {{GOC_NAMEDATA((exported) ? GOC_NAME_EXPORTED : 0, nm)}, (typ), (off)}

/* ---- the predeclared types and a few others, defined by the runtime --------------------- */

typedef struct goc_typedesc {
    const goc_module *mod;
    goc_type d;
} goc_typedesc;
extern const goc_typedesc goc_typedesc_bool, goc_typedesc_int, goc_typedesc_int8,
    goc_typedesc_int16, goc_typedesc_int32, goc_typedesc_int64, goc_typedesc_uint,
    goc_typedesc_uint8, goc_typedesc_uint16, goc_typedesc_uint32, goc_typedesc_uint64,
    goc_typedesc_uintptr, goc_typedesc_float32, goc_typedesc_float64, goc_typedesc_complex64,
    goc_typedesc_complex128, goc_typedesc_string;
/* unsafe.Pointer: named in package "unsafe", so an uncommon type holds that path (PkgPath). */
extern const struct goc_unsafepointerdesc {
    const goc_module *mod;
    goc_type d;
    goc_uncommontype u;
} goc_typedesc_unsafe_Pointer;
#define goc_type_bool (goc_typedesc_bool.d)
#define goc_type_int (goc_typedesc_int.d)
#define goc_type_int8 (goc_typedesc_int8.d)
#define goc_type_int16 (goc_typedesc_int16.d)
#define goc_type_int32 (goc_typedesc_int32.d)
#define goc_type_int64 (goc_typedesc_int64.d)
#define goc_type_uint (goc_typedesc_uint.d)
#define goc_type_uint8 (goc_typedesc_uint8.d)
#define goc_type_uint16 (goc_typedesc_uint16.d)
#define goc_type_uint32 (goc_typedesc_uint32.d)
#define goc_type_uint64 (goc_typedesc_uint64.d)
#define goc_type_uintptr (goc_typedesc_uintptr.d)
#define goc_type_float32 (goc_typedesc_float32.d)
#define goc_type_float64 (goc_typedesc_float64.d)
#define goc_type_complex64 (goc_typedesc_complex64.d)
#define goc_type_complex128 (goc_typedesc_complex128.d)
#define goc_type_string (goc_typedesc_string.d)
#define goc_type_unsafe_Pointer (goc_typedesc_unsafe_Pointer.d)

/* interface {} and error (Error() string) */
extern const struct goc_interfacedesc {
    const goc_module *mod;
    goc_interfacetype d;
} goc_typedesc_any;
extern const struct goc_errordesc {
    const goc_module *mod;
    goc_interfacetype d;
    goc_uncommontype u;
} goc_typedesc_error;
#define goc_type_any (goc_typedesc_any.d.Type)
#define goc_type_error (goc_typedesc_error.d.Type)

/* The func types of the runtime's own methods: func(), func() string, func() uintptr.
   A translator uses these rather than its own, so that method types compare by address. */
extern const struct goc_functype0desc {
    const goc_module *mod;
    goc_functype d;
} goc_typedesc_func;
extern const struct goc_functype1desc {
    const goc_module *mod;
    goc_functype d;
    const goc_type *out[1];
} goc_typedesc_func_string, goc_typedesc_func_uintptr;
#define goc_type_func (goc_typedesc_func.d.Type)
#define goc_type_func_string (goc_typedesc_func_string.d.Type)
#define goc_type_func_uintptr (goc_typedesc_func_uintptr.d.Type)

/* Equal closures of the runtime's equality functions (goc/hash.h), for descriptors. */
extern const goc_func goc_memequal0_f, goc_memequal8_f, goc_memequal16_f, goc_memequal32_f,
    goc_memequal64_f, goc_memequal128_f, goc_f32equal_f, goc_f64equal_f, goc_c64equal_f,
    goc_c128equal_f, goc_strequal_f, goc_interequal_f, goc_nilinterequal_f;
/* Hasher closures of the runtime's hash functions (goc/hash.h), for map descriptors. */
extern const goc_func goc_memhash0_f, goc_memhash8_f, goc_memhash16_f, goc_memhash32_f,
    goc_memhash64_f, goc_memhash128_f, goc_f32hash_f, goc_f64hash_f, goc_c64hash_f,
    goc_c128hash_f, goc_strhash_f, goc_interhash_f, goc_nilinterhash_f;

/* Whether two descriptors describe the same Go type: the same address, or the same kind,
 * string and package path. For descriptors that may exist twice (a module's and the
 * runtime's copy of a standard type). */
bool goc_typeidentical(const goc_type *a, const goc_type *b);

#endif
