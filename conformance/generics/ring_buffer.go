// A generic fixed-size ring buffer with an array field [4]T: the generic
// struct is a value (copies are independent) and overwrites the oldest element when full.
package main

import "fmt"

type Ring[T any] struct {
	buf        [4]T
	start, len int
}

func (r *Ring[T]) Push(v T) {
	end := (r.start + r.len) % len(r.buf)
	r.buf[end] = v
	if r.len < len(r.buf) {
		r.len++
	} else {
		r.start = (r.start + 1) % len(r.buf)
	}
}

func (r Ring[T]) Items() []T {
	out := make([]T, 0, r.len)
	for i := range r.len {
		out = append(out, r.buf[(r.start+i)%len(r.buf)])
	}
	return out
}

func main() {
	var r Ring[int]
	for i := 1; i <= 6; i++ {
		r.Push(i)
	}
	fmt.Println(r.Items(), r.start, r.len)
	snapshot := r // copies the array
	r.Push(7)
	fmt.Println(r.Items(), snapshot.Items())
	rs := Ring[string]{}
	rs.Push("a")
	fmt.Printf("%q %T\n", rs.Items(), rs)
	fmt.Println(r == snapshot, snapshot == Ring[int]{buf: [4]int{5, 6, 3, 4}, start: 2, len: 4})
}
