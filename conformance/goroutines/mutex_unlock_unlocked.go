// Unlocking an unlocked sync.Mutex is a fatal error ("sync: unlock of unlocked
// mutex"), not a recoverable panic.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var mu sync.Mutex
	defer func() { fmt.Println("recovered?", recover()) }()
	mu.Lock()
	mu.Unlock()
	fmt.Println("unlocking again")
	mu.Unlock()
}
