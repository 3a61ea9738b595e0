// Whole program: a least-recently-used cache under a skewed request stream.
//
// A cache of 50,000 entries maps uint64 keys to records; entries sit in a
// container/list ordered by recency and in a map[uint64]*list.Element.
// Requests follow a skewed distribution over 200,000 keys: a hit moves the
// element to the front, a miss builds the record (a small struct with a
// byte slice), inserts it and evicts the oldest entry when full.  Map
// lookups, inserts and deletes, pointer chasing, interface values
// (list.Element.Value), steady allocation and garbage.  Usage: run <scale>
// (scale 1000: 2·10⁶ requests).
//
// bench: run
package main

import (
	"container/list"
	"fmt"
	"os"
	"strconv"
)

type record struct {
	key     uint64
	payload []byte
}

type cache struct {
	capacity     int
	order        *list.List
	index        map[uint64]*list.Element
	hits, misses int
}

func newCache(capacity int) *cache {
	return &cache{capacity: capacity, order: list.New(), index: make(map[uint64]*list.Element)}
}

func (c *cache) get(key uint64) *record {
	if e, ok := c.index[key]; ok {
		c.hits++
		c.order.MoveToFront(e)
		return e.Value.(*record)
	}
	c.misses++
	r := &record{key: key, payload: make([]byte, 16+key%48)}
	for i := range r.payload {
		r.payload[i] = byte(key >> (uint(i) % 8 * 8))
	}
	c.index[key] = c.order.PushFront(r)
	if c.order.Len() > c.capacity {
		old := c.order.Back()
		c.order.Remove(old)
		delete(c.index, old.Value.(*record).key)
	}
	return r
}

func main() {
	scale, _ := strconv.Atoi(os.Args[2])
	requests := 2000 * scale
	c := newCache(50000)
	x := uint64(0x9E3779B97F4A7C15)
	var sum uint64
	for i := 0; i < requests; i++ {
		x ^= x << 13
		x ^= x >> 7
		x ^= x << 17
		// Skewed keys: the product of two uniform draws favours small keys.
		key := (x % 1000) * (x >> 32 % 1000) / 5
		r := c.get(key)
		sum += uint64(r.payload[len(r.payload)-1]) + uint64(len(r.payload))
	}
	fmt.Println("hits", c.hits, "misses", c.misses, "sum", sum)
}
