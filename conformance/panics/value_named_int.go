// panic with a named integer type prints type(value): main.Code(7).
package main

type Code int

func main() {
	panic(Code(7))
}
