// A panic escaping main ends the program with exit status 2 even after output
// and successful recoveries earlier.
package main

import "fmt"

func main() {
	for i := 0; i < 3; i++ {
		func() {
			defer func() { recover() }()
			panic(i)
		}()
		fmt.Println("recovered", i)
	}
	panic(fmt.Sprintf("final %d", 3))
}
