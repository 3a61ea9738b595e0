// Generic structs embedding other generic instantiations: promoted fields and
// methods work, and the embedded field's name is the generic type's name.
package main

import "fmt"

type Base[T any] struct {
	Items []T
}

func (b *Base[T]) Add(v T)  { b.Items = append(b.Items, v) }
func (b Base[T]) Count() int { return len(b.Items) }

type Named[T any] struct {
	Base[T]
	Name string
}

type Counter struct {
	Named[int]
	total int
}

func (c *Counter) AddAll(vs ...int) {
	for _, v := range vs {
		c.Add(v) // promoted through two levels
		c.total += v
	}
}

func main() {
	n := Named[string]{Name: "words"}
	n.Add("a")
	n.Add("b")
	fmt.Println(n.Count(), n.Items, n.Base.Items)
	fmt.Printf("%+v\n", n)
	var c Counter
	c.AddAll(1, 2, 3)
	fmt.Println(c.Count(), c.total, c.Named.Base.Items)
	fmt.Printf("%T %T\n", n.Base, c.Named)
}
