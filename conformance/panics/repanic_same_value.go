// Re-panicking with the recovered value itself: Go 1.23 prints panic: boom
// [recovered] followed by a tab and panic: boom.
package main

func main() {
	defer func() {
		r := recover()
		panic(r)
	}()
	panic("boom")
}
