package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	t := time.Date(2024, 1, 1, 0, 0, 0, 0, nil) // ERROR: unsupported: time.Date
	fmt.Println(t)
	var m sync.Mutex
	m.Lock()
	fmt.Println(time.Now().Format("15:04")) // ERROR: unsupported: time.Time.Format
}
