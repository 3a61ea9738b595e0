// An unchecked failing type assertion panics with an interface conversion
// runtime error naming both types; exit status 2.
package main

import "fmt"

type Meters float64

func main() {
	var v any = Meters(3)
	fmt.Println(v.(Meters))
	fmt.Println(v.(float64))
}
