// panic with a float64 uses the runtime print format (+1.500000e+000).
package main

func main() {
	panic(1.5)
}
