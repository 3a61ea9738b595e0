// strconv.ParseInt/ParseUint with bases 0 and 2..36, bit sizes, underscores (base 0
// only), and range errors returning the clamped value.
package main

import (
	"fmt"
	"strconv"
)

func main() {
	cases := []struct {
		s    string
		base int
		bits int
	}{
		{"ff", 16, 64}, {"-FF", 16, 64}, {"0xff", 0, 64}, {"0o17", 0, 64}, {"017", 0, 64},
		{"0b101", 0, 64}, {"1_000_000", 0, 64}, {"1_000", 10, 64}, {"z", 36, 64},
		{"128", 10, 8}, {"-128", 10, 8}, {"-129", 10, 8}, {"32767", 10, 16}, {"40000", 10, 16},
		{"101", 2, 64}, {"2", 2, 64}, {"", 10, 64}, {"10", 1, 64}, {"10", 37, 64}, {"0x", 0, 64},
	}
	for _, c := range cases {
		n, err := strconv.ParseInt(c.s, c.base, c.bits)
		fmt.Printf("ParseInt(%q, %d, %d) = %d, %v\n", c.s, c.base, c.bits, n, err)
	}
	for _, s := range []string{"255", "256", "-1", "18446744073709551615", "18446744073709551616"} {
		n, err := strconv.ParseUint(s, 10, 8)
		fmt.Printf("ParseUint8(%q) = %d, %v\n", s, n, err)
		m, err := strconv.ParseUint(s, 10, 64)
		fmt.Printf("ParseUint64(%q) = %d, %v\n", s, m, err)
	}
}
