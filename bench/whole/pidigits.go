// Whole program: digits of π by the unbounded spigot algorithm on math/big.
//
// Gibbons' spigot: a linear fractional transformation held in four big
// integers is composed with successive terms of a series and a digit is
// produced whenever the floor of the state at 3 and at 4 agree.  Prints the
// digits ten to a line with their running count, as the benchmarks game
// does.  Multi-precision multiply, add and divide.  Usage: run <scale>
// (scale 1000: 6,000 digits).
//
// bench: run
package main

import (
	"fmt"
	"math/big"
	"os"
	"strconv"
)

type lft struct{ q, r, t, k big.Int }

var tmp1, tmp2 big.Int

// extract returns floor((q·x + r) / t).
func (s *lft) extract(x int64) int64 {
	tmp1.Mul(&s.q, big.NewInt(x))
	tmp1.Add(&tmp1, &s.r)
	tmp1.Quo(&tmp1, &s.t)
	return tmp1.Int64()
}

// next composes the state with the k-th term (k, 4k+2, 0, 2k+1).
func (s *lft) next() {
	s.k.Add(&s.k, big.NewInt(1))
	k := s.k.Int64()
	tmp1.Mul(&s.q, big.NewInt(4*k+2))
	tmp2.Mul(&s.r, big.NewInt(2*k+1))
	s.r.Add(&tmp1, &tmp2)
	s.q.Mul(&s.q, &s.k)
	s.t.Mul(&s.t, big.NewInt(2*k+1))
}

// emit composes the state with (10, -10·d, 0, 1): r = 10·(r - d·t), q = 10·q.
func (s *lft) emit(d int64) {
	tmp1.Mul(&s.t, big.NewInt(-d))
	s.r.Add(&s.r, &tmp1)
	s.r.Mul(&s.r, big.NewInt(10))
	s.q.Mul(&s.q, big.NewInt(10))
}

func main() {
	scale, _ := strconv.Atoi(os.Args[2])
	n := 6 * scale
	var s lft
	s.q.SetInt64(1)
	s.t.SetInt64(1)
	line := make([]byte, 0, 10)
	for i := 0; i < n; {
		s.next()
		if s.q.Cmp(&s.r) > 0 {
			continue
		}
		d := s.extract(3)
		if d != s.extract(4) {
			continue
		}
		line = append(line, byte('0'+d))
		i++
		if len(line) == 10 || i == n {
			fmt.Printf("%-10s\t:%d\n", line, i)
			line = line[:0]
		}
		s.emit(d)
	}
}
