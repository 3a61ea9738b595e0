// Re-panicking a recovered runtime error keeps its text and marks the first as
// [recovered].
package main

func main() {
	defer func() {
		if r := recover(); r != nil {
			panic(r)
		}
	}()
	var s []int
	i := 3
	_ = s[i]
}
