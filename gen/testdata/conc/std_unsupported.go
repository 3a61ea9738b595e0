package main

import (
	"runtime"
	"time"
)

func main() {
	runtime.SetCgoTraceback(0, nil, nil, nil) // ERROR: unsupported: runtime.SetCgoTraceback
	println(time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC).Format(time.Kitchen))
}
