// runtime/trace from a main program: Start/Stop, IsEnabled, the second
// Start's error, tasks, regions and logs (annotations), and the trace data's
// header. The events themselves differ between implementations (goc
// records none; see runtime/trace.c), so only the header is printed.
package main

import (
	"bytes"
	"context"
	"fmt"
	"runtime"
	"runtime/trace"
)

func main() {
	fmt.Println("enabled before:", trace.IsEnabled())
	var buf bytes.Buffer
	if err := trace.Start(&buf); err != nil {
		fmt.Println("start:", err)
		return
	}
	fmt.Println("enabled:", trace.IsEnabled())
	var other bytes.Buffer
	fmt.Println("second Start:", trace.Start(&other))
	fmt.Println("runtime.StartTrace:", runtime.StartTrace())

	ctx, task := trace.NewTask(context.Background(), "main")
	trace.Log(ctx, "category", "message")
	trace.Logf(ctx, "category", "n=%d", 7)
	trace.WithRegion(ctx, "region", func() {
		r := trace.StartRegion(ctx, "inner")
		r.End()
	})
	task.End()

	trace.Stop()
	fmt.Println("enabled after Stop:", trace.IsEnabled())
	data := buf.Bytes()
	fmt.Printf("header: %q\n", data[:16])
	fmt.Println("more than the header:", len(data) > 16)
	fmt.Println("other buffer empty:", other.Len() == 0)

	// Tracing again after Stop works, and Stop without Start does nothing.
	buf.Reset()
	fmt.Println("restart:", trace.Start(&buf))
	trace.Stop()
	trace.Stop()
	fmt.Printf("header again: %q\n", buf.Bytes()[:16])
}
