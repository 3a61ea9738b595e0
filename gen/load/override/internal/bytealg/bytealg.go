// Package bytealg is goc's pure-Go replacement for internal/bytealg, whose
// real source is mostly assembly. The functions return what gc's do; the
// tuning constants (MaxLen, MaxBruteForce, Cutover) only choose between
// algorithms with the same results.
package bytealg

// MaxLen is the longest pattern IndexString/Index handle by brute force.
var MaxLen = 64

// MaxBruteForce is the text length below which brute force is used.
const MaxBruteForce = 64

// PrimeRK is the prime base of the Rabin-Karp hash.
const PrimeRK = 16777619

// Cutover is the number of IndexByte false positives tolerated before
// switching to Index, for a text of length n.
func Cutover(n int) int { return (n + 16) / 8 }

// The searches, counts and comparisons are the C runtime's
// (runtime/bytealg.c: memchr, memrchr, memmem, memcmp, an SSE2 count),
// which keep no pointer: //go:noescape, as gc's assembly is declared.

//go:noescape
//goc:cbody return goc_bytealg_IndexByte(b.ptr, b.len, c);
func IndexByte(b []byte, c byte) int

//goc:cbody return goc_bytealg_IndexByte(s.str, s.len, c);
func IndexByteString(s string, c byte) int

//go:noescape
//goc:cbody return goc_bytealg_LastIndexByte(s.ptr, s.len, c);
func LastIndexByte(s []byte, c byte) int

//goc:cbody return goc_bytealg_LastIndexByte(s.str, s.len, c);
func LastIndexByteString(s string, c byte) int

//go:noescape
//goc:cbody return goc_bytealg_Count(b.ptr, b.len, c);
func Count(b []byte, c byte) int

//goc:cbody return goc_bytealg_Count(s.str, s.len, c);
func CountString(s string, c byte) int

// Equal reports whether a and b hold the same bytes.
//
//go:noescape
//goc:cbody return a.len == b.len && (a.len == 0 || memcmp(a.ptr, b.ptr, (size_t)a.len) == 0);
func Equal(a, b []byte) bool

// Compare returns -1, 0 or +1 as a sorts before, with or after b.
//
//go:noescape
//goc:cbody return goc_bytealg_Compare(a.ptr, a.len, b.ptr, b.len);
func Compare(a, b []byte) int

//goc:cbody return goc_bytealg_Compare(a.str, a.len, b.str, b.len);
func CompareString(a, b string) int

// Index returns the first index of b in a, or -1.
//
//go:noescape
//goc:cbody return goc_bytealg_Index(a.ptr, a.len, b.ptr, b.len);
func Index(a, b []byte) int

// IndexString returns the first index of b in a, or -1.
//
//goc:cbody return goc_bytealg_Index(a.str, a.len, b.str, b.len);
func IndexString(a, b string) int

// MakeNoZero returns a byte slice of length n (gc leaves it uninitialized).
func MakeNoZero(n int) []byte { return make([]byte, n) }

// HashStr returns the Rabin-Karp hash of sep and the factor PrimeRK^len(sep).
func HashStr[T string | []byte](sep T) (uint32, uint32) {
	var h uint32
	for i := 0; i < len(sep); i++ {
		h = h*PrimeRK + uint32(sep[i])
	}
	return h, powRK(len(sep))
}

// HashStrRev is HashStr of the reversed sep.
func HashStrRev[T string | []byte](sep T) (uint32, uint32) {
	var h uint32
	for i := len(sep) - 1; i >= 0; i-- {
		h = h*PrimeRK + uint32(sep[i])
	}
	return h, powRK(len(sep))
}

func powRK(n int) uint32 {
	var pow, sq uint32 = 1, PrimeRK
	for ; n > 0; n >>= 1 {
		if n&1 != 0 {
			pow *= sq
		}
		sq *= sq
	}
	return pow
}

// IndexRabinKarp returns the first index of sep in s, or -1.
func IndexRabinKarp[T string | []byte](s, sep T) int {
	h, pow := HashStr(sep)
	n := len(sep)
	if len(s) < n {
		return -1
	}
	var hs uint32
	for i := 0; i < n; i++ {
		hs = hs*PrimeRK + uint32(s[i])
	}
	if hs == h && string(s[:n]) == string(sep) {
		return 0
	}
	for i := n; i < len(s); {
		hs = hs*PrimeRK + uint32(s[i]) - pow*uint32(s[i-n])
		i++
		if hs == h && string(s[i-n:i]) == string(sep) {
			return i - n
		}
	}
	return -1
}

// LastIndexRabinKarp returns the last index of sep in s, or -1.
func LastIndexRabinKarp[T string | []byte](s, sep T) int {
	h, pow := HashStrRev(sep)
	n := len(sep)
	last := len(s) - n
	if last < 0 {
		return -1
	}
	var hs uint32
	for i := len(s) - 1; i >= last; i-- {
		hs = hs*PrimeRK + uint32(s[i])
	}
	if hs == h && string(s[last:]) == string(sep) {
		return last
	}
	for i := last - 1; i >= 0; i-- {
		hs = hs*PrimeRK + uint32(s[i]) - pow*uint32(s[i+n])
		if hs == h && string(s[i:i+n]) == string(sep) {
			return i
		}
	}
	return -1
}
