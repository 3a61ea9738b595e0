// Building strings in loops with += and with a []byte buffer plus
// append(buf, s...), converting back with string(buf).
package main

import "fmt"

func main() {
	s := ""
	for i := 0; i < 10; i++ {
		s += fmt.Sprint(i)
		if i%3 == 2 {
			s += ","
		}
	}
	fmt.Println(s, len(s))
	var buf []byte
	for _, w := range []string{"go", "is", "fun"} {
		if len(buf) > 0 {
			buf = append(buf, ' ')
		}
		buf = append(buf, w...)
	}
	fmt.Println(string(buf))
	rev := ""
	for _, r := range "héllo" {
		rev = string(r) + rev
	}
	fmt.Println(rev)
	stars := ""
	for i := 1; i <= 4; i++ {
		line := ""
		for j := 0; j < i; j++ {
			line += "*"
		}
		stars += line + "|"
	}
	fmt.Println(stars)
	big := ""
	for i := 0; i < 1000; i++ {
		big += "ab"
	}
	fmt.Println(len(big), big[1998:])
}
