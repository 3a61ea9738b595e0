// github.com/shopspring/decimal: arbitrary-precision decimal arithmetic on
// math/big: parsing, exact sums, division with rounding, formatting.
package main

import (
	"fmt"

	"github.com/shopspring/decimal"
)

func main() {
	a := decimal.RequireFromString("0.1")
	b := decimal.NewFromFloat(0.2)
	fmt.Println(a.Add(b), a.Add(b).Equal(decimal.RequireFromString("0.3")), 0.1+0.2)
	price := decimal.NewFromInt(136)
	qty := decimal.RequireFromString("3.25")
	fmt.Println(price.Mul(qty), price.Div(decimal.NewFromInt(3)), price.DivRound(decimal.NewFromInt(7), 4))
	fmt.Println(qty.Round(1), qty.Truncate(1), qty.Neg().Abs(), qty.Cmp(price), qty.IsPositive())
	fmt.Println(decimal.RequireFromString("123.456e3").StringFixed(2), decimal.New(5, -3).String())
	big := decimal.RequireFromString("12345678901234567890.123456789")
	fmt.Println(big.Mul(big), big.IntPart() > 0, big.Exponent())
	_, err := decimal.NewFromString("1.2.3")
	fmt.Println(err)
	f, exact := a.Float64()
	fmt.Println(f, exact, decimal.Sum(a, b, qty), decimal.Avg(a, b))
}
