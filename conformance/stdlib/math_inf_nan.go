// math.Inf, NaN, IsInf, IsNaN, Signbit, Copysign: NaN compares unequal to everything,
// infinities compare and print as +Inf/-Inf.
package main

import (
	"fmt"
	"math"
)

func main() {
	pinf, ninf, nan := math.Inf(1), math.Inf(-1), math.NaN()
	fmt.Println(pinf, ninf, nan, math.Inf(0))
	fmt.Println(math.IsInf(pinf, 1), math.IsInf(pinf, -1), math.IsInf(ninf, 0), math.IsInf(1e308, 0))
	fmt.Println(math.IsNaN(nan), math.IsNaN(pinf), nan == nan, nan != nan, nan < 1, nan > 1)
	fmt.Println(pinf > math.MaxFloat64, ninf < -math.MaxFloat64, pinf == pinf+1)
	fmt.Println(pinf-pinf, pinf*0, 0*ninf)
	zero := 0.0
	fmt.Println(1/zero, -1/zero, zero/zero)
	fmt.Println(math.Signbit(-1), math.Signbit(1), math.Signbit(math.Copysign(0, -1)), math.Signbit(0))
	fmt.Println(math.Copysign(3, -1), math.Copysign(-3, 1), math.Copysign(pinf, -1))
	negz := math.Copysign(0, -1)
	fmt.Println(negz, negz == 0, 1/negz)
	fmt.Printf("%v %.2f %e %g\n", nan, pinf, ninf, negz)
	big := math.MaxFloat64
	fmt.Println(big*2, -big*2, big+1 == big)
}
