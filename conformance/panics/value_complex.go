// panic with a complex128 prints (re+imi) in the runtime float format.
package main

func main() {
	panic(complex(1, -2))
}
