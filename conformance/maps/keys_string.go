// String keys compare by content: empty, long, NUL-containing and non-ASCII strings,
// and equal strings built in different ways, all find the same entry.
package main

import "fmt"

func main() {
	long := ""
	for i := 0; i < 1000; i++ {
		long += string(rune('a' + i%26))
	}
	m := map[string]int{}
	m[""] = 1
	m["\x00"] = 2
	m["\x00\x00"] = 3
	m["a\x00b"] = 4
	m["a"] = 5
	m[long] = 6
	m["héllo, 世界"] = 7
	fmt.Println(len(m), m[""], m["\x00"], m["\x00\x00"], m["a\x00b"], m["a"], m[long], m["héllo, 世界"])
	_, ok := m["a\x00"]
	fmt.Println(ok)
	// equal contents, different backing arrays
	b := []byte("a")
	b = append(b, 0, 'b')
	fmt.Println(m[string(b)])
	sub := long[26:52]
	m[sub] = 8
	fmt.Println(m[long[0:26]], m["abcdefghijklmnopqrstuvwxyz"], len(m))
	long2 := long[:999] + "l"
	fmt.Println(m[long2], long2 == long)
	long3 := long[:999] + "k"
	fmt.Println(m[long3])
	// strings that differ only in their last byte, across several lengths
	keys := map[string]int{}
	for n := 0; n < 80; n++ {
		base := long[:n]
		keys[base+"x"] = n
		keys[base+"y"] = -n
	}
	bad := 0
	for n := 0; n < 80; n++ {
		if keys[long[:n]+"x"] != n || keys[long[:n]+"y"] != -n {
			bad++
		}
	}
	fmt.Println(len(keys), bad)
	fmt.Printf("%q\n", map[string]string{"": "empty", "\x00": "nul", "z": ""})
	delete(m, "")
	_, ok = m[""]
	fmt.Println(ok, len(m))
}
