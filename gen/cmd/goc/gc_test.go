package main

import (
	"math"
	"runtime"
	"runtime/debug"
	"testing"
	"time"
)

// TestCollectLate: goc starts with the collector off under a memory limit
// of gcStart, and after the first collection collects as GOGC=400 says,
// without limit.
func TestCollectLate(t *testing.T) {
	oldPercent := debug.SetGCPercent(100)
	oldLimit := debug.SetMemoryLimit(-1)
	defer func() {
		debug.SetGCPercent(oldPercent)
		debug.SetMemoryLimit(oldLimit)
	}()
	collectLate()
	if l := debug.SetMemoryLimit(-1); l != gcStart {
		t.Fatalf("memory limit %d, want %d", l, gcStart)
	}
	if p := debug.SetGCPercent(-1); p != -1 {
		t.Fatalf("GC percent %d before the first collection, want -1 (off)", p)
	}
	runtime.GC()
	deadline := time.Now().Add(10 * time.Second)
	for debug.SetMemoryLimit(-1) != math.MaxInt64 {
		if time.Now().After(deadline) {
			t.Fatal("the memory limit is still set after a collection")
		}
		runtime.GC()
		time.Sleep(time.Millisecond)
	}
	if p := debug.SetGCPercent(100); p != 400 {
		t.Fatalf("GC percent %d after the first collection, want 400", p)
	}
}
