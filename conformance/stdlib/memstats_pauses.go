// runtime.MemStats records each collection's stop-the-world pause: after
// runtime.GC() the newest pause is at PauseNs[(NumGC+255)%256], it ended
// (PauseEnd, LastGC) during the call, and PauseTotalNs counts it.
package main

import (
	"fmt"
	"runtime"
	"time"
)

var sink [][]byte

func main() {
	for i := 0; i < 1000; i++ {
		sink = append(sink, make([]byte, 1000))
	}
	var a, b runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&a)
	t0 := uint64(time.Now().UnixNano())
	runtime.GC()
	t1 := uint64(time.Now().UnixNano())
	runtime.ReadMemStats(&b)
	newest := (b.NumGC + 255) % 256
	fmt.Println("collected:", b.NumGC > a.NumGC)
	fmt.Println("pause recorded:", b.PauseNs[newest] > 0)
	fmt.Println("pause inside the call:", b.PauseNs[newest] <= t1-t0)
	fmt.Println("ended during the call:", b.PauseEnd[newest] >= t0 && b.PauseEnd[newest] <= t1)
	fmt.Println("LastGC is that end:", b.LastGC == b.PauseEnd[newest])
	fmt.Println("total grew by it:", b.PauseTotalNs-a.PauseTotalNs >= b.PauseNs[newest])
	fmt.Println("earlier LastGC before:", a.LastGC > 0 && a.LastGC <= t0)
}
