// Converting integer types to string interprets the value as a code point
// (string(rune(x)), string(byte)), while []byte/[]rune conversions copy data.
package main

import "fmt"

func main() {
	var i8 int8 = -1
	var u8 uint8 = 255
	var u16 uint16 = 0x263A
	var i64 int64 = 0x1F600
	fmt.Printf("%+q %+q %+q %+q\n", string(rune(i8)), string(rune(u8)), string(rune(u16)), string(rune(i64)))
	big := int64(1)<<32 + 'a'
	fmt.Printf("%q (rune conversion truncates to 32 bits)\n", string(rune(big)))
	fmt.Println([]byte("é"), []rune("é"))
}
