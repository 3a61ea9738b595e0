/*
 * goc/string.h — strings (Go: runtime/string.go, utf8.go).
 * Strings are immutable; results share no memory with mutable inputs.
 */
#ifndef GOC_STRING_H
#define GOC_STRING_H

#include "types.h"

goc_string goc_concatstring2(goc_string a, goc_string b);
goc_string goc_concatstrings(const goc_string *a, goc_int n);
/* -1, 0, +1 by bytes (Go's < <= > >= on strings) */
goc_int goc_cmpstring(goc_string a, goc_string b);
bool goc_eqstring(goc_string a, goc_string b);

goc_string goc_slicebytetostring(const uint8_t *p, goc_int n); /* string(b) */
goc_slice goc_stringtoslicebyte(goc_string s);                  /* []byte(s): cap = roundupsize(len) */
goc_slice goc_stringtoslicerune(goc_string s);                  /* []rune(s) */
goc_string goc_slicerunetostring(const int32_t *p, goc_int n);  /* string(runes) */
goc_string goc_intstring(int64_t v);                            /* string(rune(v)); invalid → "\uFFFD" */

/* From a NUL-terminated C string (copies). */
goc_string goc_gostring(const char *s);
/* A NUL-terminated copy (for C library calls and messages). */
char *goc_cstring(goc_string s);

/* UTF-8 (Go: runtime/utf8.go). RuneError = U+FFFD. */
#define GOC_RUNE_ERROR 0xFFFD
/*
 * Go: decoderune. Decode the rune starting at s.str[k] (k < len). Returns the
 * rune and sets *next to the index after it; invalid encodings give
 * (RuneError, k+1). Used by `for i, r := range s`: the fast path for ASCII is
 * expected inline in generated code (s.str[k] < 0x80).
 */
int32_t goc_decoderune(goc_string s, goc_int k, goc_int *next);
/* Go: encoderune. Write r (invalid → RuneError) to p (>= 4 bytes); returns bytes written. */
goc_int goc_encoderune(uint8_t *p, int32_t r);
/* Bytes needed to encode r. */
goc_int goc_runelen(int32_t r);

#endif
