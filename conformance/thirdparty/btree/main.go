// github.com/google/btree: an in-memory B-tree with generic items:
// insertion, replacement, deletion, ordered and ranged iteration.
package main

import (
	"fmt"

	"github.com/google/btree"
)

func main() {
	t := btree.NewOrderedG[int](3)
	for _, v := range []int{50, 20, 80, 10, 30, 70, 90, 60, 40} {
		t.ReplaceOrInsert(v)
	}
	old, replaced := t.ReplaceOrInsert(30)
	fmt.Println(t.Len(), old, replaced)
	var all []int
	t.Ascend(func(v int) bool { all = append(all, v); return true })
	fmt.Println(all)
	var r []int
	t.AscendRange(25, 65, func(v int) bool { r = append(r, v); return true })
	fmt.Println(r)
	d, ok := t.Delete(50)
	mn, _ := t.Min()
	mx, _ := t.Max()
	fmt.Println(d, ok, t.Len(), mn, mx, t.Has(50))
	type kv struct {
		k string
		v int
	}
	s := btree.NewG[kv](2, func(a, b kv) bool { return a.k < b.k })
	for i, k := range []string{"pear", "apple", "fig", "kiwi"} {
		s.ReplaceOrInsert(kv{k, i})
	}
	s.DescendLessOrEqual(kv{k: "kiwi"}, func(x kv) bool { fmt.Print(x.k, "=", x.v, " "); return true })
	fmt.Println()
}
