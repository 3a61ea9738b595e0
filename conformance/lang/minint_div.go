// Dividing the most negative integer by -1 does not trap in Go: the quotient
// wraps to MinInt itself and the remainder is 0, for every signed width.
package main

import "fmt"

func div8(a, b int8) (int8, int8)     { return a / b, a % b }
func div16(a, b int16) (int16, int16) { return a / b, a % b }
func div32(a, b int32) (int32, int32) { return a / b, a % b }
func div64(a, b int64) (int64, int64) { return a / b, a % b }
func divi(a, b int) (int, int)        { return a / b, a % b }

func main() {
	fmt.Println(div8(-128, -1))
	fmt.Println(div16(-32768, -1))
	fmt.Println(div32(-2147483648, -1))
	fmt.Println(div64(-9223372036854775808, -1))
	fmt.Println(divi(-9223372036854775808, -1))
	x := int64(-9223372036854775808)
	m := int64(-1)
	x /= m
	fmt.Println(x)
	y := int32(-2147483648)
	y %= int32(m)
	fmt.Println(y)
}
