// panic with a byte prints its decimal value.
package main

func main() {
	var b byte = 255
	panic(b)
}
