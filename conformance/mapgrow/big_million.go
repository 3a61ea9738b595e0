// A map with 10^6 entries: len, lookups and a full iteration agree; deleting half and
// reinserting keeps everything exact.
package main

import "fmt"

func main() {
	const n = 1000000
	m := make(map[int]int)
	for i := 0; i < n; i++ {
		m[i] = i ^ 0x5555
	}
	fmt.Println(len(m))
	bad := 0
	for i := 0; i < n; i += 7 {
		if m[i] != i^0x5555 {
			bad++
		}
	}
	var sum, cnt int
	for k, v := range m {
		if v != k^0x5555 {
			bad++
		}
		sum += k
		cnt++
	}
	fmt.Println(cnt, sum == n*(n-1)/2, bad)
	for i := 0; i < n; i += 2 {
		delete(m, i)
	}
	fmt.Println(len(m))
	_, ok := m[2]
	fmt.Println(ok, m[3] == 3^0x5555)
	for i := 0; i < n; i += 4 {
		m[i] = -1
	}
	neg := 0
	for _, v := range m {
		if v == -1 {
			neg++
		}
	}
	fmt.Println(len(m), neg)
}
