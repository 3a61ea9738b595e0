// github.com/cespare/xxhash/v2: 64-bit xxHash of strings and byte slices,
// one-shot and streaming (the module has amd64 assembly and a pure-Go
// fallback selected by the purego build tag).
package main

import (
	"fmt"
	"strings"

	"github.com/cespare/xxhash/v2"
)

func main() {
	for _, s := range []string{"", "a", "abc", "hello, world", strings.Repeat("xyz", 100)} {
		fmt.Printf("%016x %016x\n", xxhash.Sum64String(s), xxhash.Sum64([]byte(s)))
	}
	d := xxhash.NewWithSeed(42)
	for i := 0; i < 1000; i++ {
		fmt.Fprintf(d, "%d,", i)
	}
	fmt.Printf("%016x %d\n", d.Sum64(), d.Size())
	d.Reset()
	d.WriteString("hello, ")
	d.Write([]byte("world"))
	fmt.Printf("%016x %x\n", d.Sum64(), d.Sum(nil))
}
