// panic with an int prints the decimal value.
package main

func main() {
	panic(-42)
}
