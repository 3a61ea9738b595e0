// m[string(b)] looks a byte slice up without keeping it: later changes to b do not
// reach keys stored by m[string(b)] = v, lookups and comparisons see b's bytes of the
// moment, for map[string]T, named string keys and comma-ok.
package main

import "fmt"

type name string

func main() {
	m := map[string]int{"abc": 1, "abd": 2}
	b := []byte("abc")
	fmt.Println(m[string(b)])
	b[2] = 'd'
	v, ok := m[string(b)]
	fmt.Println(v, ok)
	m[string(b)] = 20 // stored key "abd" is a copy
	b[0] = 'x'
	m[string(b)] = 3 // "xbd"
	b[1] = 'y'
	fmt.Println(len(m), m["abd"], m["xbd"], m[string(b)])
	_, ok = m[string(b[:0])]
	fmt.Println(ok, string(b) == "xyd", string(b) < "xz", "xya" < string(b), string(b[:2]) != "xy")
	keys := map[name]bool{"hello": true}
	w := []byte("hello, world")
	fmt.Println(keys[name(w[:5])], keys[name(w[7:])])
	counts := map[string]int{}
	text := []byte("to be or not to be")
	for i := 0; i+2 <= len(text); i++ {
		counts[string(text[i:i+2])]++
	}
	for i := range text {
		text[i] = '#'
	}
	fmt.Println(len(counts), counts["to"], counts["be"], counts["##"], counts[" b"])
	var nilb []byte
	m[string(nilb)] = 7
	fmt.Println(m[""], m[string(nilb)])
}
