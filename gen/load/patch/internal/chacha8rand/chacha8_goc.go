// Replaces block, which chacha8_amd64.s implements with SIMD: goc calls block_generic, as chacha8_stub.s does on architectures without assembly (same output: the generic code is its specification).

//go:build goc

package chacha8rand

func block(seed *[4]uint64, blocks *[32]uint64, counter uint32) {
	block_generic(seed, blocks, counter)
}
