// []byte prints as numbers with %v and as text with %s/%q/%x; []rune prints as numbers
// with %v and as characters with %c/%q; byte and rune values are integers.
package main

import "fmt"

var sink any

func main() {
	b := []byte("Go€")
	r := []rune("Go€")
	sink = b
	sink = r
	fmt.Println(b, r)
	fmt.Printf("%v|%s|%q|%x|%X|% x\n", b, b, b, b, b, b)
	fmt.Printf("%v|%c|%q|%U|%d\n", r, r, r, r, r)
	fmt.Printf("%s %s\n", string(b), string(r))
	fmt.Println(byte('A'), rune('A'), string(rune(65)))
	fmt.Printf("%c %c %q %q\n", b[0], r[2], b[0], r[2])
	fmt.Printf("%T %T %T %T\n", b, r, b[0], r[0])
	fmt.Printf("%#v %#v\n", b[:2], r[:2])
	var arr = [3]byte{'x', 'y', 'z'}
	fmt.Printf("%v %s %x\n", arr, arr, arr)
	fmt.Printf("%s|%v\n", []byte{}, []byte(nil))
	fmt.Printf("%08b\n", b[:2])
	fmt.Printf("%x\n", [][]byte{[]byte("ab"), []byte("c")})
}
