// Integer keys of every width and signedness, including the minimum and maximum values,
// are distinct keys that are found again by value.
package main

import "fmt"

func main() {
	m8 := map[int8]string{-128: "min", 127: "max", 0: "zero", -1: "neg"}
	fmt.Println(len(m8), m8[-128], m8[127], m8[-1], m8)
	m16 := map[int16]int{-32768: 1, 32767: 2, 255: 3, 256: 4}
	fmt.Println(len(m16), m16)
	m32 := map[int32]int{-2147483648: 1, 2147483647: 2, 65536: 3}
	fmt.Println(len(m32), m32)
	m64 := map[int64]int{-9223372036854775808: 1, 9223372036854775807: 2, 1 << 32: 3, 1: 4}
	fmt.Println(len(m64), m64)
	mi := map[int]int{}
	for i := -50; i <= 50; i++ {
		mi[i*1000003] = i
	}
	ok := true
	for i := -50; i <= 50; i++ {
		if mi[i*1000003] != i {
			ok = false
		}
	}
	fmt.Println(len(mi), ok)
	mu8 := map[uint8]int{0: 1, 255: 2, 128: 3}
	mu16 := map[uint16]int{0: 1, 65535: 2}
	mu32 := map[uint32]int{0: 1, 4294967295: 2}
	mu64 := map[uint64]int{0: 1, 18446744073709551615: 2, 1 << 63: 3}
	mu := map[uint]int{0: 1, ^uint(0): 2}
	mp := map[uintptr]int{0: 1, ^uintptr(0): 2, 4096: 3}
	fmt.Println(mu8, mu16, mu32)
	fmt.Println(mu64, mu, mp)
	// keys that differ only in high bits stay distinct
	m := map[uint64]int{}
	for i := 0; i < 64; i++ {
		m[uint64(1)<<uint(i)] = i
	}
	bad := 0
	for i := 0; i < 64; i++ {
		if v, ok := m[uint64(1)<<uint(i)]; !ok || v != i {
			bad++
		}
	}
	fmt.Println(len(m), bad)
	var r rune = 'é'
	mr := map[rune]bool{'a': true, r: true}
	mb := map[byte]bool{'a': true}
	fmt.Println(mr['é'], mr['b'], mb[97], len(mr))
}
