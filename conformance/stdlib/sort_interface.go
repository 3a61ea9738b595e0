// sort.Sort and sort.Stable on a user type implementing sort.Interface; sort.Reverse
// inverts the order; sort.IsSorted checks it.
package main

import (
	"fmt"
	"sort"
)

type byLen []string

func (s byLen) Len() int           { return len(s) }
func (s byLen) Less(i, j int) bool { return len(s[i]) < len(s[j]) }
func (s byLen) Swap(i, j int)      { s[i], s[j] = s[j], s[i] }

type counted struct {
	data  []int
	swaps int
}

func (c *counted) Len() int           { return len(c.data) }
func (c *counted) Less(i, j int) bool { return c.data[i] < c.data[j] }
func (c *counted) Swap(i, j int)      { c.data[i], c.data[j] = c.data[j], c.data[i]; c.swaps++ }

func main() {
	words := byLen{"banana", "kiwi", "apple", "fig", "cherry", "plum", "date"}
	sort.Stable(words)
	fmt.Println(words, sort.IsSorted(words))
	sort.Stable(sort.Reverse(words))
	fmt.Println(words)
	c := &counted{data: []int{9, 8, 7, 6, 5, 4, 3, 2, 1, 0}}
	sort.Sort(c)
	fmt.Println(c.data, "swapped:", c.swaps > 0)
	c.swaps = 0
	sort.Sort(c)
	fmt.Println(c.data, sort.IsSorted(c))
	ss := sort.StringSlice{"c", "a", "b"}
	ss.Sort()
	fmt.Println(ss, ss.Search("b"))
	fs := sort.Float64Slice{3, 1, 2}
	sort.Sort(fs)
	fmt.Println(fs)
}
