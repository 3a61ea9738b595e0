// The bytes package's functions mirror strings: Contains, Index, Split, Fields, Join,
// Replace, Trim, ToUpper, Title-free case mapping, Equal, Compare, HasPrefix, Cut.
package main

import (
	"bytes"
	"fmt"
)

func main() {
	s := []byte("  The quick brown fox  ")
	fmt.Println(bytes.Contains(s, []byte("quick")), bytes.Index(s, []byte("brown")), bytes.LastIndexByte(s, 'o'))
	fmt.Printf("%q\n", bytes.TrimSpace(s))
	fmt.Printf("%q\n", bytes.Fields(s))
	fmt.Printf("%q\n", bytes.Split([]byte("a,b,,c"), []byte(",")))
	fmt.Printf("%q\n", bytes.Join([][]byte{[]byte("x"), []byte("y"), []byte("z")}, []byte("--")))
	fmt.Printf("%q\n", bytes.ReplaceAll([]byte("banana"), []byte("an"), []byte("AN")))
	fmt.Printf("%q %q\n", bytes.ToUpper([]byte("grüße")), bytes.ToLower([]byte("ÀÉÎ")))
	fmt.Printf("%q\n", bytes.Trim([]byte("xxhixx"), "x"))
	fmt.Printf("%q\n", bytes.TrimPrefix([]byte("prefix.rest"), []byte("prefix.")))
	fmt.Println(bytes.Equal([]byte("a"), []byte("a")), bytes.Equal(nil, []byte{}), bytes.Compare([]byte("a"), []byte("b")))
	fmt.Println(bytes.HasPrefix(s, []byte("  T")), bytes.HasSuffix(s, []byte("x")), bytes.Count(s, []byte("o")))
	before, after, found := bytes.Cut([]byte("k=v"), []byte("="))
	fmt.Printf("%q %q %v\n", before, after, found)
	fmt.Println(bytes.EqualFold([]byte("Go"), []byte("GO")), bytes.IndexRune([]byte("chäcken"), 'k'))
	fmt.Printf("%q\n", bytes.Repeat([]byte("ab"), 3))
	fmt.Printf("%q\n", bytes.Map(func(r rune) rune { return r + 1 }, []byte("HAL")))
	fmt.Printf("%q\n", bytes.Runes([]byte("héllo")))
	fmt.Println(bytes.ContainsAny([]byte("hello"), "xyz"), bytes.IndexAny([]byte("golang"), "ny"))
	cl := bytes.Clone([]byte("c"))
	fmt.Println(string(cl), bytes.Clone(nil) == nil)
}
