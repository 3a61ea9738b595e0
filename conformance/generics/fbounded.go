// F-bounded constraints: a type parameter constrained by a generic interface
// of itself (T Lesser[T]) so generic code can call methods taking T.
package main

import "fmt"

type Lesser[T any] interface {
	Less(T) bool
}

type Version struct{ Major, Minor int }

func (v Version) Less(o Version) bool {
	if v.Major != o.Major {
		return v.Major < o.Major
	}
	return v.Minor < o.Minor
}

type Rev string

func (r Rev) Less(o Rev) bool { return len(r) < len(o) || (len(r) == len(o) && r < o) }

func MinOf[T Lesser[T]](first T, rest ...T) T {
	m := first
	for _, v := range rest {
		if v.Less(m) {
			m = v
		}
	}
	return m
}

func SortL[T Lesser[T]](s []T) {
	for i := 1; i < len(s); i++ {
		for j := i; j > 0 && s[j].Less(s[j-1]); j-- {
			s[j], s[j-1] = s[j-1], s[j]
		}
	}
}

func main() {
	vs := []Version{{1, 10}, {1, 2}, {0, 9}, {2, 0}}
	fmt.Println(MinOf(vs[0], vs[1:]...))
	SortL(vs)
	fmt.Println(vs)
	rs := []Rev{"zz", "b", "aaa", "a"}
	SortL(rs)
	fmt.Println(rs, MinOf[Rev]("xy", "q"))
}
