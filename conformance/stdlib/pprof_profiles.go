// runtime/pprof from a main program: the named profiles, labels (Do,
// Labels, ForLabels, Label; Do sets the goroutine's labels), CPU profiling start/stop and its errors, and
// profiles written in the proto format. Sample counts and stacks differ
// between implementations (goc takes no samples; runtime/cpuprof.c,
// gen/load/override/runtime/mprof.go), so only what Go's API guarantees is
// printed: names, labels, errors, that the output is gzip'd proto.
package main

import (
	"bytes"
	"context"
	"fmt"
	"runtime"
	"runtime/pprof"
	"sort"
	"strings"
)

func main() {
	var names []string
	for _, p := range pprof.Profiles() {
		names = append(names, p.Name())
	}
	sort.Strings(names)
	fmt.Println("profiles:", names)
	fmt.Println("lookup heap:", pprof.Lookup("heap").Name(), "missing:", pprof.Lookup("nope") == nil)

	// Labels.
	ctx := pprof.WithLabels(context.Background(), pprof.Labels("worker", "a", "phase", "init"))
	var labels []string
	pprof.ForLabels(ctx, func(k, v string) bool {
		labels = append(labels, k+"="+v)
		return true
	})
	sort.Strings(labels)
	fmt.Println("labels:", labels)
	v, ok := pprof.Label(ctx, "worker")
	fmt.Println("Label worker:", v, ok)
	_, ok = pprof.Label(ctx, "missing")
	fmt.Println("Label missing:", ok)

	done := make(chan string)
	pprof.Do(context.Background(), pprof.Labels("job", "42"), func(ctx context.Context) {
		v, _ := pprof.Label(ctx, "job")
		fmt.Println("in Do, job =", v)
		go func() {
			done <- "child ran"
		}()
		// the goroutine profile shows the caller's labels
		var buf bytes.Buffer
		pprof.Lookup("goroutine").WriteTo(&buf, 1)
		fmt.Println("labels in goroutine profile:", strings.Contains(buf.String(), "# labels: {\"job\":\"42\"}"))
	})
	fmt.Println(<-done)

	// A custom profile counts what it was given.
	p := pprof.NewProfile("example.com/things")
	a, b := new(int), new(int)
	p.Add(a, 0)
	p.Add(b, 0)
	fmt.Println("custom count:", p.Count())
	p.Remove(a)
	fmt.Println("custom count after Remove:", p.Count())
	var buf bytes.Buffer
	p.WriteTo(&buf, 1)
	fmt.Println("custom text header:", strings.SplitN(buf.String(), "\n", 2)[0])

	// CPU profile: start, a second start fails, stop; the output is gzip'd.
	buf.Reset()
	if err := pprof.StartCPUProfile(&buf); err != nil {
		fmt.Println("start:", err)
		return
	}
	var other bytes.Buffer
	fmt.Println("second StartCPUProfile:", pprof.StartCPUProfile(&other))
	x := 0
	for i := 0; i < 1000000; i++ {
		x += i
	}
	pprof.StopCPUProfile()
	fmt.Println("cpu profile gzip:", bytes.HasPrefix(buf.Bytes(), []byte{0x1f, 0x8b}), x > 0)

	// Heap, goroutine, threadcreate, block, mutex, allocs in proto form.
	for _, name := range []string{"heap", "allocs", "goroutine", "threadcreate", "block", "mutex"} {
		buf.Reset()
		err := pprof.Lookup(name).WriteTo(&buf, 0)
		fmt.Println(name, "proto:", err, bytes.HasPrefix(buf.Bytes(), []byte{0x1f, 0x8b}))
	}
	buf.Reset()
	pprof.Lookup("goroutine").WriteTo(&buf, 1)
	fmt.Println("goroutine text:", strings.HasPrefix(buf.String(), "goroutine profile: total 1\n"))
	fmt.Println("heap profile rate default:", runtime.MemProfileRate)
	fmt.Println("mutex fraction:", runtime.SetMutexProfileFraction(5), runtime.SetMutexProfileFraction(-1))
	runtime.SetBlockProfileRate(0)
}
