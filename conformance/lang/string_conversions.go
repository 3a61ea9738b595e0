// Conversions: string(rune), string([]byte), []byte(s), []rune(s),
// string([]rune), and that byte slices made from strings are independent copies.
package main

import "fmt"

func main() {
	s := "añb€"
	b := []byte(s)
	r := []rune(s)
	fmt.Println(len(b), b)
	fmt.Println(len(r), r)
	b[0] = 'A'
	fmt.Println(s, string(b))
	r[3] = '$'
	fmt.Println(string(r))
	fmt.Println(string(rune(65)), string(rune(0x4e16)), string(rune(-1)), string(rune(0x10FFFF+1)))
	bs := []byte{104, 105}
	t := string(bs)
	bs[0] = 'H'
	fmt.Println(t, string(bs))
	fmt.Println(string([]rune{0x48, 0x49, 0xD800}))
	fmt.Println([]byte(""), len([]rune("")), string([]byte(nil)) == "")
	type MyBytes []byte
	type MyString string
	mb := MyBytes("xyz")
	ms := MyString(mb)
	fmt.Printf("%T %v %T %v\n", mb, mb, ms, ms)
}
