// Slice bounds of unsigned types above MaxInt64 are printed unsigned in the
// panic message, for every bound of s[lo:hi], s[lo:hi:max], arrays,
// pointers to arrays and strings (gc: the U variants of panicSlice*).
package main

import "fmt"

func try(what string, f func()) {
	defer func() {
		fmt.Printf("%-24s %v\n", what, recover())
	}()
	f()
}

func main() {
	s := []int{1, 2, 3}
	a := [3]int{1, 2, 3}
	p := &a
	str := "abc"
	big := uint64(1<<64 - 1)
	half := uint64(1 << 63)
	var u8 uint8 = 200
	var zero uint
	two := uint(2)
	try("s[:big]", func() { _ = s[:big] })
	try("s[big:]", func() { _ = s[big:] })
	try("s[half:two]", func() { _ = s[half:two] })
	try("s[u8:]", func() { _ = s[u8:] })
	try("s[zero:big:big]", func() { _ = s[zero:big:big] })
	try("s[zero:big:two]", func() { _ = s[zero:big:two] })
	try("s[big:two:two]", func() { _ = s[big:two:two] })
	try("a[:big]", func() { _ = a[:big] })
	try("a[big:]", func() { _ = a[big:] })
	try("a[zero:two:big]", func() { _ = a[zero:two:big] })
	try("p[half:]", func() { _ = p[half:] })
	try("p[:half]", func() { _ = p[:half] })
	try("str[big:]", func() { _ = str[big:] })
	try("str[:big]", func() { _ = str[:big] })
	try("str[u8:two]", func() { _ = str[u8:two] })
	n := -1
	try("s[n:] (signed)", func() { _ = s[n:] })
	try("s[:n] (signed)", func() { _ = s[:n] })
	try("s[1:2:3] ok", func() { fmt.Println(s[1:2:3], s[zero:two]) })
}
