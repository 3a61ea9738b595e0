/*
 * runtime/type.c — descriptors of Go's predeclared types (Go: the
 * runtime's own *_type values for int, string, ...; reflect's universe).
 *
 * Every goc_type here is constant data with gc's size and alignment on
 * amd64, its reflect.Kind, the TFLAG bits that describe how maps, the
 * collector and interfaces must treat it, and the hash/equal pair of
 * runtime/hash.c that gc's compiler would pick (memhashN for plain memory,
 * f32/f64/c64/c128hash for floats, strhash, interface hashers). They carry
 * GOC_TFLAG_NAMED like gc's tflagNamed (predeclared types are named) with
 * no package path, which is how printpanicval tells `int` from `main.MyInt`.
 * Translators use these descriptors rather than emitting their own.
 */
#include "goc_rt.h"

/* TFLAG sets shared by families of types. */
#define PLAIN (GOC_TFLAG_NAMED | GOC_TFLAG_REFLEXIVE | GOC_TFLAG_REGMEM) /* bool, ints */
#define FLOAT (GOC_TFLAG_NAMED | GOC_TFLAG_NEEDKEYUPDATE)                 /* NaN != NaN, +0 == -0 */
#define STRING (GOC_TFLAG_NAMED | GOC_TFLAG_POINTERS | GOC_TFLAG_REFLEXIVE | GOC_TFLAG_NEEDKEYUPDATE)
#define IFACE (GOC_TFLAG_NAMED | GOC_TFLAG_POINTERS | GOC_TFLAG_NEEDKEYUPDATE | GOC_TFLAG_HASHMIGHTPANIC)

#define BASIC(cname, ctype, k, flags, h, eq, gname)                                                  \
    const goc_type goc_type_##cname = {.size = sizeof(ctype), .align = _Alignof(ctype), .kind = k, \
                                       .tflag = flags, .hash = h, .equal = eq, .string = gname}

BASIC(bool, bool, GOC_BOOL, PLAIN, goc_memhash8, goc_memequal8, "bool");
BASIC(int, goc_int, GOC_INT, PLAIN, goc_memhash64, goc_memequal64, "int");
BASIC(int8, int8_t, GOC_INT8, PLAIN, goc_memhash8, goc_memequal8, "int8");
BASIC(int16, int16_t, GOC_INT16, PLAIN, goc_memhash16, goc_memequal16, "int16");
BASIC(int32, int32_t, GOC_INT32, PLAIN, goc_memhash32, goc_memequal32, "int32");
BASIC(int64, int64_t, GOC_INT64, PLAIN, goc_memhash64, goc_memequal64, "int64");
BASIC(uint, goc_uint, GOC_UINT, PLAIN, goc_memhash64, goc_memequal64, "uint");
BASIC(uint8, uint8_t, GOC_UINT8, PLAIN, goc_memhash8, goc_memequal8, "uint8");
BASIC(uint16, uint16_t, GOC_UINT16, PLAIN, goc_memhash16, goc_memequal16, "uint16");
BASIC(uint32, uint32_t, GOC_UINT32, PLAIN, goc_memhash32, goc_memequal32, "uint32");
BASIC(uint64, uint64_t, GOC_UINT64, PLAIN, goc_memhash64, goc_memequal64, "uint64");
BASIC(uintptr, uintptr_t, GOC_UINTPTR, PLAIN, goc_memhash64, goc_memequal64, "uintptr");
BASIC(float32, float, GOC_FLOAT32, FLOAT, goc_f32hash, goc_f32equal, "float32");
BASIC(float64, double, GOC_FLOAT64, FLOAT, goc_f64hash, goc_f64equal, "float64");
BASIC(complex64, goc_complex64, GOC_COMPLEX64, FLOAT, goc_c64hash, goc_c64equal, "complex64");
BASIC(complex128, goc_complex128, GOC_COMPLEX128, FLOAT, goc_c128hash, goc_c128equal, "complex128");
BASIC(string, goc_string, GOC_STRING, STRING, goc_strhash, goc_strequal, "string");
BASIC(unsafe_Pointer, void *, GOC_UNSAFEPOINTER,
      PLAIN | GOC_TFLAG_POINTERS | GOC_TFLAG_DIRECTIFACE, goc_memhash64, goc_memequal64,
      "unsafe.Pointer");

/* interface {}: no methods. Its unnamed spelling is the one gc prints in messages. */
const goc_type goc_type_any = {
    .size = sizeof(goc_eface), .align = _Alignof(goc_eface), .kind = GOC_INTERFACE,
    .tflag = IFACE & ~GOC_TFLAG_NAMED, .hash = goc_nilinterhash, .equal = goc_nilinterequal,
    .string = "interface {}"};

static const goc_method error_imethods[] = {{"Error", "func() string", NULL}};
const goc_type goc_type_error = {
    .size = sizeof(goc_iface), .align = _Alignof(goc_iface), .kind = GOC_INTERFACE,
    .tflag = IFACE, .hash = goc_interhash, .equal = goc_interequal, .string = "error",
    .nmethods = 1, .methods = error_imethods};
