//go:build goc

// goc replaces the GOROOT file of this name, which declares archExp,
// implemented in exp_amd64.s. gc uses that assembly on amd64, and its
// algorithm differs from exp.go's (a Taylor series on x/16 squared four
// times), so goc carries the same algorithm in Go to keep gc's results.
package math

const haveArchExp = true

// Constants of exp_amd64.s.
const (
	expLn2U     = 0.69314718055966295651160180568695068359375           // upper half of ln 2
	expLn2L     = 0.28235290563031577122588448175013436025525412068e-12 // lower half of ln 2
	expLog2E    = 1.4426950408889634073599246810018920                  // 1/ln 2
	expOverflow = 7.09782712893384e+02
)

// expTaylor holds 1/n! for n = 8 down to 2, then 1: the series coefficients.
var expTaylor = [...]float64{
	2.4801587301587301587e-5, 1.9841269841269841270e-4, 1.3888888888888888889e-3,
	8.3333333333333333333e-3, 4.1666666666666666667e-2, 1.6666666666666666667e-1,
	0.5, 1.0,
}

func archExp(x float64) float64 {
	switch {
	case IsNaN(x) || IsInf(x, 1):
		return x
	case IsInf(x, -1):
		return 0
	case x > expOverflow:
		return Inf(1)
	}
	// k = x/ln2 rounded to the nearest integer (CVTSD2SL: the integer
	// indefinite value when out of range)
	t := x * expLog2E
	var k int32
	if t >= -2147483648.5 && t < 2147483647.5 {
		k = int32(RoundToEven(t))
	} else {
		k = -2147483648
	}
	fk := float64(k)
	var r float64
	if useFMA {
		x = FMA(-fk, expLn2U, x)
		x = FMA(-fk, expLn2L, x)
		x *= 0.0625
		p := expTaylor[0]
		for _, c := range expTaylor[1:] {
			p = FMA(p, x, c)
		}
		x *= p
		for i := 0; i < 3; i++ {
			x *= x + 2
		}
		r = FMA(x, x+2, 1)
	} else {
		x -= fk * expLn2U
		x -= fk * expLn2L
		x *= 0.0625
		p := expTaylor[0]
		for _, c := range expTaylor[1:] {
			p = p*x + c
		}
		x *= p
		for i := 0; i < 4; i++ {
			x *= x + 2
		}
		r = x + 1
	}
	// r * 2**k
	e := k + 0x3FF
	switch {
	case e >= 0x7FF:
		return Inf(1)
	case e > 0:
		return r * Float64frombits(uint64(e)<<52)
	case e < -52:
		return 0
	}
	r *= Float64frombits(uint64(e+0x3FE) << 52)
	return r * Float64frombits(1<<52)
}
