// math/big (the math_big_pure_go arithmetic): factorials, Fibonacci, digits
// of pi by Machin's formula on big.Int, Rat arithmetic, Float square roots
// at high precision, Exp, GCD, ModInverse, ProbablyPrime, parsing and
// formatting.
package main

import (
	"fmt"
	"math/big"
)

func piDigits(n int) string {
	// pi = 16 atan(1/5) - 4 atan(1/239), in fixed point with n+10 digits
	unit := new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(n+10)), nil)
	atan := func(x int64) *big.Int {
		sum := new(big.Int)
		term := new(big.Int).Div(unit, big.NewInt(x))
		x2 := big.NewInt(x * x)
		for k := int64(0); term.Sign() != 0; k++ {
			t := new(big.Int).Div(term, big.NewInt(2*k+1))
			if k%2 == 0 {
				sum.Add(sum, t)
			} else {
				sum.Sub(sum, t)
			}
			term.Div(term, x2)
		}
		return sum
	}
	pi := new(big.Int).Mul(big.NewInt(16), atan(5))
	pi.Sub(pi, new(big.Int).Mul(big.NewInt(4), atan(239)))
	s := pi.String()
	return s[:1] + "." + s[1:n]
}

func main() {
	f := big.NewInt(1)
	for i := int64(2); i <= 100; i++ {
		f.Mul(f, big.NewInt(i))
	}
	fmt.Println("100! =", f)
	fmt.Println("bits", f.BitLen(), "digits", len(f.String()), "trailing zero bits", f.TrailingZeroBits())
	a, b := big.NewInt(0), big.NewInt(1)
	for i := 0; i < 300; i++ {
		a.Add(a, b)
		a, b = b, a
	}
	fmt.Println("fib(300) =", a)
	fmt.Println("pi =", piDigits(200))

	r := big.NewRat(1, 3)
	r.Add(r, big.NewRat(1, 6))
	r.Mul(r, big.NewRat(-4, 5))
	fmt.Println(r, r.FloatString(10), r.Num(), r.Denom())
	x, ok := new(big.Rat).SetString("3.14159")
	fmt.Println(x, ok)

	two := new(big.Float).SetPrec(300).SetInt64(2)
	sqrt2 := new(big.Float).SetPrec(300).Sqrt(two)
	fmt.Println(sqrt2.Text('f', 80))
	fmt.Printf("%.30e\n", sqrt2)
	q := new(big.Float).Quo(big.NewFloat(1), big.NewFloat(3))
	fmt.Println(q, q.Prec(), q.Acc())

	m := new(big.Int).Exp(big.NewInt(3), big.NewInt(1000), big.NewInt(1000000007))
	fmt.Println("3^1000 mod p =", m)
	g := new(big.Int).GCD(nil, nil, big.NewInt(1071), big.NewInt(462))
	inv := new(big.Int).ModInverse(big.NewInt(3), big.NewInt(11))
	fmt.Println("gcd", g, "inverse", inv)
	p, _ := new(big.Int).SetString("170141183460469231731687303715884105727", 10)
	fmt.Println("2^127-1 prime:", p.ProbablyPrime(20), "2^127+1 prime:", new(big.Int).Add(p, big.NewInt(2)).ProbablyPrime(20))
	h, _ := new(big.Int).SetString("-DeadBeef", 16)
	fmt.Println(h, h.Text(2), h.Text(36), fmt.Sprintf("%x %X %o %b", h, h, h, big.NewInt(5)))
	_, ok = new(big.Int).SetString("12z", 10)
	fmt.Println("bad:", ok)
	n := new(big.Int).Lsh(big.NewInt(1), 200)
	n.Sub(n, big.NewInt(1))
	qt, rm := new(big.Int).QuoRem(n, big.NewInt(-12345), new(big.Int))
	dv, md := new(big.Int).DivMod(n, big.NewInt(-12345), new(big.Int))
	fmt.Println(qt, rm, dv, md, n.Cmp(qt), new(big.Int).Sqrt(n))
}
