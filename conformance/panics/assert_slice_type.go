// Failed assertions print composite types in Go syntax: interface conversion:
// interface {} is []int, not []string.
package main

import "fmt"

func main() {
	var x any = []int{1}
	fmt.Println(x.([]string))
}
