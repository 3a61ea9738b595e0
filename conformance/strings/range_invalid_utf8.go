// range over invalid UTF-8 yields U+FFFD (the replacement character) for each
// bad byte and advances by exactly one byte, then resumes decoding.
package main

import "fmt"

func main() {
	s := "a\xffb\xfe\xfdc"
	prev := -1
	for i, r := range s {
		if prev >= 0 {
			fmt.Print(" width ", i-prev, "\n")
		}
		fmt.Printf("%d U+%04X", i, r)
		prev = i
	}
	fmt.Print(" width ", len(s)-prev, "\n")
	fmt.Println(r0(s))
}

func r0(s string) int {
	n := 0
	for _, r := range s {
		if r == '\uFFFD' {
			n++
		}
	}
	return n
}
