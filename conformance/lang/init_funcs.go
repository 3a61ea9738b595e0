// Several init functions in one file run in source order, after all package
// variables are initialised and before main; init cannot be referenced.
package main

import "fmt"

var order []string
var ready = setup()

func setup() bool {
	order = append(order, "var")
	return true
}

func init() {
	order = append(order, fmt.Sprint("init1 ready=", ready))
}

func init() {
	order = append(order, "init2")
	counter *= 10
}

var counter = 5

func init() {
	order = append(order, fmt.Sprint("init3 counter=", counter))
}

func main() {
	order = append(order, "main")
	for _, s := range order {
		fmt.Println(s)
	}
}
