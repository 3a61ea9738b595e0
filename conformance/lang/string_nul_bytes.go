// Go strings carry their length and may contain NUL bytes: len counts them,
// comparison and concatenation treat them as ordinary bytes.
package main

import "fmt"

func main() {
	a := "ab\x00cd"
	b := "ab\x00ce"
	fmt.Println(len(a), a < b, a == "ab", a[:2] == "ab", a[3:])
	c := a + "\x00"
	fmt.Println(len(c), c[len(c)-1])
	fmt.Printf("%q %q\n", a, c)
	bs := []byte(a)
	fmt.Println(bs, string(bs) == a)
	m := map[string]int{"x\x00y": 1, "x": 2}
	fmt.Println(m["x\x00y"], m["x"], len(m))
	n := 0
	for _, r := range "\x00\x00é" {
		if r == 0 {
			n++
		}
	}
	fmt.Println(n, "\x00" > "", string(rune(0)) == "\x00")
}
