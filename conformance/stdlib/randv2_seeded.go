// math/rand/v2: sources seeded explicitly give Go 1.23's exact sequences
// (PCG, ChaCha8) through Rand's methods; the top-level functions (seeded by
// the runtime) stay in range; Shuffle and Perm are permutations.
package main

import (
	"fmt"
	"math/rand/v2"
	"slices"
)

func main() {
	r := rand.New(rand.NewPCG(1, 2))
	fmt.Println(r.Uint64(), r.Int64(), r.Uint32(), r.Int32())
	fmt.Println(r.IntN(1000), r.Int64N(1e12), r.Uint32N(7), r.UintN(100))
	fmt.Println(r.Float64(), r.Float32())
	fmt.Println(r.NormFloat64(), r.ExpFloat64())
	fmt.Println(r.Perm(10))
	s := []string{"a", "b", "c", "d", "e", "f"}
	r.Shuffle(len(s), func(i, j int) { s[i], s[j] = s[j], s[i] })
	fmt.Println(s)

	var seed [32]byte
	copy(seed[:], "chacha8 seed for goc conformance")
	c := rand.New(rand.NewChaCha8(seed))
	for i := 0; i < 5; i++ {
		fmt.Print(c.Uint64(), " ")
	}
	fmt.Println()
	fmt.Println(c.IntN(10), c.Float64())
	z := rand.NewZipf(rand.New(rand.NewPCG(3, 4)), 1.5, 2, 100)
	fmt.Println(z.Uint64(), z.Uint64(), z.Uint64())

	ok := true
	for i := 0; i < 1000; i++ {
		if n := rand.IntN(10); n < 0 || n >= 10 {
			ok = false
		}
		if f := rand.Float64(); f < 0 || f >= 1 {
			ok = false
		}
	}
	fmt.Println("top-level in range:", ok)
	p := rand.Perm(20)
	slices.Sort(p)
	fmt.Println("perm is a permutation:", slices.Equal(p, []int{0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19}))
	fmt.Println("N:", rand.N(1) == 0)
}
