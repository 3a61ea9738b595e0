package main

import (
	"fmt"
	"time"
)

func main() {
	var n int
	fmt.Sscan("1", &n) // ERROR: unsupported: fmt.Sscan
	fmt.Println(n, time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC).Format(time.Kitchen))
	var s fmt.ScanState // ERROR: unsupported: fmt.ScanState
	_ = s
}
