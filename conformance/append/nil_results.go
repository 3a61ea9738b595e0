// append with nothing to add returns its argument unchanged: a nil slice stays
// nil, an empty non-nil slice stays non-nil; appending one element allocates.
package main

import "fmt"

func main() {
	var s []int
	a := append(s)
	b := append(s, []int{}...)
	c := append(s, []int(nil)...)
	fmt.Println("append(nil):", a == nil, "append(nil, empty...):", b == nil, "append(nil, nil...):", c == nil)
	e := []int{}
	d := append(e)
	fmt.Println("append(empty) nil?", d == nil, len(d), cap(d))
	f := append(s, 1)
	fmt.Println("append(nil, 1):", f, f == nil, len(f), cap(f))
	var bs []byte
	g := append(bs, ""...)
	fmt.Println("append(nil bytes, \"\"...) nil?", g == nil)
}
