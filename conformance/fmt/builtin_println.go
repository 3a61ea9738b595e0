// The println and print builtins write to stderr in gc's own format: println separates
// operands with spaces and ends with a newline, print adds no separators.
package main

func main() {
	println()
	println(1, -2, 3)
	println("a", "b", "")
	println(true, false)
	println(int8(-128), int16(-32768), int32(-2147483648), int64(-9223372036854775808))
	println(uint8(255), uint16(65535), uint32(4294967295), uint64(18446744073709551615), uintptr(42))
	print(1, 2, "x", 3.5, true, "\n")
	print("no", "space", "\n")
	print()
	var b byte = 'A'
	var r rune = 'é'
	println(b, r, "é")
	s := "hello"
	println(s[1:3], len(s))
	type myInt int
	println(myInt(7))
	println("done")
}
