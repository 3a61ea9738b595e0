// Package shared is imported by every other package and initialized once.
package shared

import "fmt"

var count = start()

func start() int {
	fmt.Println("shared.count")
	return 0
}

// Note prints an initialization step and returns v.
func Note(what string, v int) int {
	count++
	fmt.Println(count, what, v)
	return v
}
