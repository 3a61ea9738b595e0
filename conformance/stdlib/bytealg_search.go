// internal/bytealg through strings and bytes: Index/LastIndex/Count/IndexByte/Compare/
// Equal on texts longer than the vector strides, needles of every length up to 70,
// bytes above 0x7f, empty and nil operands.
package main

import (
	"bytes"
	"fmt"
	"strings"
)

func main() {
	var b strings.Builder
	x := uint32(1)
	for i := 0; i < 3000; i++ {
		x = x*1664525 + 1013904223
		b.WriteByte("abcab\xffc"[x>>29%7])
	}
	text := b.String()
	sum := 0
	for n := 0; n <= 70; n++ {
		for _, at := range []int{0, 17, 1500, 3000 - n} {
			needle := text[at : at+n]
			i, j := strings.Index(text, needle), strings.LastIndex(text, needle)
			k := bytes.Index([]byte(text), []byte(needle))
			sum = sum*31 + i*7 + j*3 + k + strings.Count(text, needle)
		}
	}
	fmt.Println("index/count", sum)
	for _, c := range []byte{'a', 'c', 0xff, 'z'} {
		fmt.Println(c, strings.IndexByte(text, c), strings.LastIndexByte(text, c), strings.Count(text, string(c)),
			bytes.IndexByte([]byte(text), c), bytes.LastIndexByte([]byte(text), c), bytes.Count([]byte(text), []byte{c}))
	}
	fmt.Println(strings.Index("", ""), strings.Index("", "a"), bytes.Index(nil, nil), bytes.Count(nil, []byte("a")),
		bytes.IndexByte(nil, 0), strings.Count("", ""), strings.Count("abc", ""))
	pairs := [][2]string{{"", ""}, {"", "a"}, {"a", ""}, {"ab", "abc"}, {"abd", "abc"}, {"\x80", "\x01"},
		{strings.Repeat("x", 100) + "a", strings.Repeat("x", 100) + "b"}, {"same", "same"}}
	for _, p := range pairs {
		fmt.Println(strings.Compare(p[0], p[1]), bytes.Compare([]byte(p[0]), []byte(p[1])),
			bytes.Equal([]byte(p[0]), []byte(p[1])), p[0] < p[1], p[0] == p[1])
	}
	fmt.Println(bytes.Equal(nil, []byte{}), strings.Contains(text, "ffffffffff"), strings.ContainsAny(text, "z\xff"))
}
