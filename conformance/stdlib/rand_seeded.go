// math/rand: a source seeded explicitly gives gc's exact sequence
// (rand.New(rand.NewSource(1)) and friends); Perm, Shuffle, Float64,
// NormFloat64, ExpFloat64, Int31n, Int63n; the top-level functions (seeded
// at random since Go 1.20) stay in range.
package main

import (
	"fmt"
	"math/rand"
)

func main() {
	r := rand.New(rand.NewSource(1))
	for i := 0; i < 5; i++ {
		fmt.Print(r.Intn(100), " ")
	}
	fmt.Println()
	fmt.Println(r.Int63(), r.Int31(), r.Uint32(), r.Uint64())
	fmt.Println(r.Int63n(1e15), r.Int31n(1000), r.Float64(), r.Float32())
	fmt.Println(r.NormFloat64(), r.ExpFloat64())
	fmt.Println(r.Perm(10))
	s := []int{1, 2, 3, 4, 5, 6, 7, 8}
	r.Shuffle(len(s), func(i, j int) { s[i], s[j] = s[j], s[i] })
	fmt.Println(s)
	buf := make([]byte, 8)
	r.Read(buf)
	fmt.Println(buf)
	r.Seed(42)
	fmt.Println(r.Intn(1000), r.Intn(1000))
	r2 := rand.New(rand.NewSource(-7))
	fmt.Println(r2.Int(), r2.Intn(1<<40))
	z := rand.NewZipf(rand.New(rand.NewSource(3)), 1.5, 2, 1000)
	fmt.Println(z.Uint64(), z.Uint64(), z.Uint64())
	ok := true
	for i := 0; i < 1000; i++ {
		if n := rand.Intn(7); n < 0 || n >= 7 {
			ok = false
		}
	}
	fmt.Println("top-level in range:", ok)
}
