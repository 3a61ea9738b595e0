// Replaces crc32_amd64.go, whose SSE4.2 and CLMUL paths are assembly (castagnoliSSE42, castagnoliSSE42Triple, ieeeCLMUL): goc reports no architecture-specific implementation, as crc32_otherarch.go does, so the portable slicing-by-8 tables are used.

//go:build goc

package crc32

func archAvailableIEEE() bool { return false }

func archInitIEEE() { panic("crc32: no architecture-specific IEEE implementation") }

func archUpdateIEEE(crc uint32, p []byte) uint32 {
	panic("crc32: no architecture-specific IEEE implementation")
}

func archAvailableCastagnoli() bool { return false }

func archInitCastagnoli() { panic("crc32: no architecture-specific Castagnoli implementation") }

func archUpdateCastagnoli(crc uint32, p []byte) uint32 {
	panic("crc32: no architecture-specific Castagnoli implementation")
}
