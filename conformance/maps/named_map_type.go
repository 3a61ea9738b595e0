// A named map type keeps map semantics and can carry methods with value receivers that
// mutate the shared map; conversion between the named and unnamed types shares the map.
package main

import "fmt"

type Counter map[string]int

func (c Counter) Add(word string) { c[word]++ }

func (c Counter) Total() int {
	t := 0
	for _, v := range c {
		t += v
	}
	return t
}

type Registry map[int]Counter

func main() {
	c := Counter{}
	for _, w := range []string{"go", "c", "go", "go", "c", "rust"} {
		c.Add(w)
	}
	fmt.Println(c, c.Total(), len(c))
	plain := map[string]int(c)
	plain["zig"] = 1
	fmt.Println(c.Total(), c["zig"])
	var nc Counter
	fmt.Println(nc.Total(), nc == nil)
	r := Registry{}
	r[1] = Counter{}
	r[1].Add("x")
	r[1].Add("x")
	fmt.Println(r, r[1].Total(), r[2].Total())
	fmt.Printf("%T %T %v\n", c, plain, r)
}
