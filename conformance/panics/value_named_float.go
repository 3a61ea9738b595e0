// panic with a named float type prints main.Ratio(+2.500000e-001).
package main

type Ratio float64

func main() {
	panic(Ratio(0.25))
}
