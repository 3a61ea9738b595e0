// Op-assignments on map elements read the current (or zero) value and store the result:
// ++, +=, string concatenation, append, and shifts, on present and missing keys.
package main

import "fmt"

func main() {
	m := map[string]int{}
	m["a"]++
	m["a"]++
	m["b"]--
	m["c"] += 10
	m["c"] *= 3
	m["d"] -= 4
	m["e"] = 1
	m["e"] <<= 5
	m["f"] |= 6
	m["f"] &^= 2
	m["g"] = 17
	m["g"] %= 5
	m["h"] = 7
	m["h"] /= 2
	fmt.Println(m)
	s := map[int]string{}
	s[1] += "x"
	s[1] += "y"
	s[2] = s[1] + s[1]
	fmt.Println(s)
	f := map[string]float64{}
	f["x"] += 0.5
	f["x"] *= 3
	fmt.Println(f)
	sl := map[bool][]string{}
	sl[true] = append(sl[true], "t1")
	sl[true] = append(sl[true], "t2", "t3")
	sl[false] = append(sl[false], sl[true]...)
	fmt.Println(sl)
	c := map[int]complex128{}
	c[0] += 1i
	c[0] *= 1i
	fmt.Println(c)
	// the key expression is evaluated once
	calls := 0
	k := func() string { calls++; return "k" }
	m[k()] += 100
	m[k()]++
	fmt.Println(m["k"], calls)
	u := map[int]uint8{}
	u[0]--
	u[1] = 255
	u[1]++
	fmt.Println(u)
}
