// select {} blocks forever; with no other goroutine it is a deadlock.
package main

import "fmt"

func main() {
	fmt.Println("empty select")
	select {}
}
