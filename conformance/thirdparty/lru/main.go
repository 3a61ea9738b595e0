// github.com/hashicorp/golang-lru/v2: generic LRU caches (LRU, 2Q and
// the simple one underneath) with eviction callbacks, recency updates and resizing.
package main

import (
	"fmt"

	lru "github.com/hashicorp/golang-lru/v2"
	"github.com/hashicorp/golang-lru/v2/simplelru"
)

type point struct{ x, y int }

func main() {
	evicted := []string{}
	c, _ := lru.NewWithEvict[string, point](3, func(k string, v point) {
		evicted = append(evicted, fmt.Sprintf("%s=%v", k, v))
	})
	for i, k := range []string{"a", "b", "c", "d"} {
		c.Add(k, point{i, i * i})
	}
	v, ok := c.Get("b")
	fmt.Println(v, ok, c.Len(), c.Keys(), evicted)
	c.Add("e", point{9, 9})
	fmt.Println(c.Keys(), c.Contains("c"), evicted)
	old, ok := c.Peek("d")
	fmt.Println(old, ok, c.Resize(2), c.Keys())

	s, _ := simplelru.NewLRU[int, string](2, nil)
	s.Add(1, "one")
	s.Add(2, "two")
	s.Get(1)
	s.Add(3, "three")
	fmt.Println(s.Keys(), s.Values())
	k, val, ok := s.GetOldest()
	fmt.Println(k, val, ok)

	q, _ := lru.New2Q[int, int](4)
	for i := 0; i < 10; i++ {
		q.Add(i%6, i)
		q.Get(i % 3)
	}
	fmt.Println(q.Len(), q.Keys())
}
