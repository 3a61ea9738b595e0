// A panic unwinds through several frames, running each frame's deferred calls
// (innermost first) until a deferred recover in an outer frame stops it.
package main

import "fmt"

func level3() {
	defer fmt.Println("level3 defer")
	fmt.Println("level3 panics")
	var arr []int
	_ = arr[2]
	fmt.Println("not reached")
}

func level2() {
	defer fmt.Println("level2 defer A")
	defer func() {
		fmt.Println("level2 defer B")
	}()
	level3()
	fmt.Println("not reached 2")
}

func level1() (status string) {
	defer func() {
		if r := recover(); r != nil {
			status = fmt.Sprint("recovered in level1: ", r)
		}
	}()
	defer fmt.Println("level1 plain defer")
	level2()
	return "normal"
}

func main() {
	fmt.Println(level1())
	fmt.Println("main continues")
}
