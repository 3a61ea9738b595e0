// strconv.ParseFloat: decimal and hex forms, exponents, underscores, inf/nan spellings,
// 32-bit rounding, and range/syntax errors.
package main

import (
	"fmt"
	"strconv"
)

func main() {
	for _, s := range []string{"3.14159", "-0", "1e10", "1E-5", ".5", "5.", "0x1p-2", "0x1.8p1",
		"1_000.5", "inf", "-Infinity", "NaN", "1e400", "-1e400", "4e-400", "abc", "", "1.5e",
		"2.2250738585072011e-308", "0.1", "123456789012345678901234567890"} {
		f, err := strconv.ParseFloat(s, 64)
		fmt.Printf("%q: %v %v\n", s, f, err)
	}
	for _, s := range []string{"0.1", "3.4028235e38", "3.5e38", "1e-46", "16777217"} {
		f, err := strconv.ParseFloat(s, 32)
		fmt.Printf("32 %q: %v %v %v\n", s, f, float32(f), err)
	}
}
