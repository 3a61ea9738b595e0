// len(s) counts bytes: 1 for ASCII, 2, 3 or 4 per non-ASCII rune; the rune count
// comes from ranging or converting to []rune.
package main

import "fmt"

func main() {
	for _, s := range []string{"", "a", "é", "€", "世界", "🙂", "héllo, 世界 🙂", "\x00\xff"} {
		runes := 0
		for range s {
			runes++
		}
		fmt.Printf("%+q bytes=%d runes=%d []rune=%d\n", s, len(s), runes, len([]rune(s)))
	}
	const c = "日本語"
	fmt.Println(len(c))
}
