// strconv.Itoa and strconv.Atoi, including the *NumError messages for syntax and range
// errors.
package main

import (
	"fmt"
	"strconv"
)

func main() {
	for _, n := range []int{0, 7, -42, 1 << 40, -9223372036854775808, 9223372036854775807} {
		fmt.Println(strconv.Itoa(n))
	}
	for _, s := range []string{"123", "-0", "+15", "007", "", "12a", " 1", "9223372036854775807",
		"9223372036854775808", "-9223372036854775809", "0x10", "1_000", "٣"} {
		n, err := strconv.Atoi(s)
		fmt.Printf("%q -> %d, %v\n", s, n, err)
	}
	_, err := strconv.Atoi("abc")
	ne := err.(*strconv.NumError)
	fmt.Println(ne.Func, ne.Num, ne.Err, ne.Err == strconv.ErrSyntax)
}
