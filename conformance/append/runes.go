// Appending runes ([]rune = []int32) and then converting back to a string
// encodes each rune as UTF-8.
package main

import "fmt"

var sink any

func main() {
	var r []rune
	var caps []int
	for _, c := range "héllo, 世界!" {
		r = append(r, c)
		if len(caps) == 0 || caps[len(caps)-1] != cap(r) {
			caps = append(caps, cap(r))
		}
	}
	fmt.Println(len(r), caps, string(r))
	r = append(r, '🎉')
	fmt.Println(string(r[len(r)-3:]), len(string(r)))
	sink = r
}
