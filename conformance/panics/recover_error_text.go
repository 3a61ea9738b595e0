// Runtime error values format the same with Println, %v, %s and Error().
package main

import "fmt"

func main() {
	defer func() {
		r := recover()
		err := r.(error)
		fmt.Println(r)
		fmt.Printf("%v|%s|%q\n", r, r, err.Error())
	}()
	var s []int
	i := 1
	s[i] = 0
}
