// A type parameter constrained by ~[]E keeps the caller's named slice type
// (S ~[]E), and slice operations (index, append, len, range) use the core type.
package main

import "fmt"

type IDs []int

func (ids IDs) Describe() string { return fmt.Sprint(len(ids), " ids") }

func Clone[S ~[]E, E any](s S) S {
	if s == nil {
		return nil
	}
	return append(S{}, s...)
}

func Reverse[S ~[]E, E any](s S) {
	for i, j := 0, len(s)-1; i < j; i, j = i+1, j-1 {
		s[i], s[j] = s[j], s[i]
	}
}

func Insert[S ~[]E, E any](s S, i int, v E) S {
	s = append(s, v)
	copy(s[i+1:], s[i:])
	s[i] = v
	return s
}

type Bytes interface{ ~[]byte | ~string }

func FirstByte[B Bytes](b B) byte { return b[0] }

func main() {
	ids := IDs{1, 2, 3}
	c := Clone(ids)
	c[0] = 100
	Reverse(ids)
	fmt.Printf("%v %v %T %s\n", ids, c, c, c.Describe())
	fmt.Println(Clone([]string(nil)) == nil)
	ins := Insert(IDs{1, 3}, 1, 2)
	fmt.Printf("%v %T\n", ins, ins)
	fmt.Println(FirstByte("xyz"), FirstByte([]byte{7}))
}
