// strconv.Append* functions append the formatted form to a byte slice.
package main

import (
	"fmt"
	"strconv"
)

func main() {
	b := []byte("values:")
	b = strconv.AppendInt(b, -42, 10)
	b = append(b, ' ')
	b = strconv.AppendUint(b, 255, 16)
	b = append(b, ' ')
	b = strconv.AppendBool(b, true)
	b = append(b, ' ')
	b = strconv.AppendFloat(b, 3.25, 'g', -1, 64)
	b = append(b, ' ')
	b = strconv.AppendQuote(b, "q\"s")
	b = append(b, ' ')
	b = strconv.AppendQuoteRune(b, 'é')
	b = append(b, ' ')
	b = strconv.AppendQuoteToASCII(b, "é")
	b = append(b, ' ')
	b = strconv.AppendQuoteRuneToASCII(b, '世')
	fmt.Println(string(b))
	var empty []byte
	fmt.Println(string(strconv.AppendInt(empty, 1234567890123, 36)))
	fmt.Println(string(strconv.AppendFloat(nil, 1e100, 'e', 3, 64)))
}
