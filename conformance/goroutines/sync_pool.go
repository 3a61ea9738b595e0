// sync.Pool: Get calls New when the pool has nothing to give, returns nil without New,
// and Get hands back either a value that was Put or a new one.
package main

import (
	"fmt"
	"sync"
)

type buffer struct{ data []byte }

func (b *buffer) Len() int             { return len(b.data) }
func (b *buffer) Reset()               { b.data = b.data[:0] }
func (b *buffer) WriteString(s string) { b.data = append(b.data, s...) }
func (b *buffer) String() string       { return string(b.data) }

func main() {
	created := 0
	p := sync.Pool{New: func() any {
		created++
		return new(buffer)
	}}
	b := p.Get().(*buffer)
	fmt.Println("New called:", created, "empty buffer:", b.Len() == 0)
	b.WriteString("hello")
	p.Put(b)
	b2 := p.Get().(*buffer)
	fmt.Println("got the put buffer or a new one:", b2 == b || (created == 2 && b2.Len() == 0))
	b2.Reset()
	p.Put(b2)

	var empty sync.Pool
	fmt.Println("Get without New:", empty.Get())
	empty.Put("x")
	got := empty.Get()
	fmt.Println("Put then Get is \"x\" or nil:", got == "x" || got == nil)

	// Concurrent use: every Get yields a usable buffer.
	var wg sync.WaitGroup
	var mu sync.Mutex
	okCount := 0
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 100; i++ {
				buf := p.Get().(*buffer)
				buf.Reset()
				buf.WriteString(fmt.Sprintf("%d-%d", g, i))
				good := buf.String() == fmt.Sprintf("%d-%d", g, i)
				p.Put(buf)
				mu.Lock()
				if good {
					okCount++
				}
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	fmt.Println("good buffers:", okCount)
}
