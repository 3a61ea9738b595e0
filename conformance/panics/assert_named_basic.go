// A named type and its underlying type are distinct in assertions: interface
// conversion: interface {} is main.Celsius, not float64.
package main

import "fmt"

type Celsius float64

func main() {
	var x any = Celsius(21.5)
	fmt.Println(x.(float64))
}
