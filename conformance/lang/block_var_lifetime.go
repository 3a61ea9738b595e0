// A variable declared in a block whose address outlives the block stays
// alive as long as it is reachable: the storage of a later block's variable
// must not be shared with it (gc keeps both in the frame).
package main

import "fmt"

type arr struct{ a [32]byte }

// fill and sum recurse so that the C compiler keeps them out of line.
func fill(b *arr, v byte, i int) {
	if i < len(b.a) {
		b.a[i] = v + byte(i)
		fill(b, v, i+1)
	}
}

func sum(b *arr, i int) int {
	if i == len(b.a) {
		return 0
	}
	return int(b.a[i]) + sum(b, i+1)
}

func pointer(k int) int {
	var p *arr
	if k > 0 {
		var a arr
		fill(&a, 1, 0)
		p = &a
	}
	{
		var c arr
		fill(&c, byte(k), 0)
		k += sum(&c, 0)
	}
	if p == nil {
		return k
	}
	return k*1000 + sum(p, 0)
}

// buffer has the shape of time.Time.Format.
func buffer(n int) string {
	var b []byte
	if n < 64 {
		var buf [64]byte
		b = buf[:0]
	} else {
		b = make([]byte, 0, n)
	}
	b = append(b, "abc"...)
	{
		var other arr
		fill(&other, 'x', 0)
		b = append(b, other.a[:4]...)
	}
	return string(b)
}

func main() {
	fmt.Println(pointer(7), pointer(0))
	fmt.Println(buffer(3), buffer(100))
}
