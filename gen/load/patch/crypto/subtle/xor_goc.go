// Replaces xorBytes of xor_generic.go, which on amd64 reads and writes words through *uintptr at any alignment (supportsUnaligned): gc's code may, C may not (a misaligned uintptr_t access is undefined behaviour, UBSan reports it and the C compiler may vectorize with aligned instructions), so goc assembles each word from its bytes (internal/byteorder's little-endian shape), which the C compiler turns into one unaligned load or store.

//go:build goc

package subtle

import "unsafe"

func xorBytes(dstb, xb, yb *byte, n int) {
	dst := unsafe.Slice(dstb, n)
	x := unsafe.Slice(xb, n)
	y := unsafe.Slice(yb, n)
	i := 0
	for ; n-i >= 8; i += 8 {
		a, b, d := x[i:i+8], y[i:i+8], dst[i:i+8]
		v := (uint64(a[0]) | uint64(a[1])<<8 | uint64(a[2])<<16 | uint64(a[3])<<24 |
			uint64(a[4])<<32 | uint64(a[5])<<40 | uint64(a[6])<<48 | uint64(a[7])<<56) ^
			(uint64(b[0]) | uint64(b[1])<<8 | uint64(b[2])<<16 | uint64(b[3])<<24 |
				uint64(b[4])<<32 | uint64(b[5])<<40 | uint64(b[6])<<48 | uint64(b[7])<<56)
		d[0], d[1], d[2], d[3] = byte(v), byte(v>>8), byte(v>>16), byte(v>>24)
		d[4], d[5], d[6], d[7] = byte(v>>32), byte(v>>40), byte(v>>48), byte(v>>56)
	}
	for ; i < n; i++ {
		dst[i] = x[i] ^ y[i]
	}
}
