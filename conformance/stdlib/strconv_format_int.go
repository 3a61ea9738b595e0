// strconv.FormatInt/FormatUint in every base 2..36 use lowercase digits and a leading
// minus sign.
package main

import (
	"fmt"
	"strconv"
)

func main() {
	for _, base := range []int{2, 3, 7, 8, 10, 16, 32, 36} {
		fmt.Println(base, strconv.FormatInt(255, base), strconv.FormatInt(-255, base),
			strconv.FormatInt(-9223372036854775808, base))
	}
	fmt.Println(strconv.FormatUint(18446744073709551615, 2))
	fmt.Println(strconv.FormatUint(18446744073709551615, 36))
	fmt.Println(strconv.FormatInt(0, 2), strconv.FormatUint(0, 36))
	defer func() { fmt.Println("recovered:", recover()) }()
	b := 1
	strconv.FormatInt(10, b)
}
