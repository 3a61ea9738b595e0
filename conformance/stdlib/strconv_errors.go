// strconv errors are *strconv.NumError wrapping ErrSyntax or ErrRange; errors.Is and
// errors.As see through them.
package main

import (
	"errors"
	"fmt"
	"strconv"
)

func main() {
	_, err := strconv.ParseInt("99999999999999999999", 10, 64)
	fmt.Println(err)
	fmt.Println(errors.Is(err, strconv.ErrRange), errors.Is(err, strconv.ErrSyntax))
	var ne *strconv.NumError
	if errors.As(err, &ne) {
		fmt.Printf("Func=%s Num=%q Err=%v\n", ne.Func, ne.Num, ne.Err)
	}
	fmt.Println(errors.Unwrap(err) == strconv.ErrRange)
	_, err = strconv.ParseFloat("1.2.3", 64)
	fmt.Println(err, errors.Is(err, strconv.ErrSyntax))
	_, err = strconv.ParseBool("maybe")
	fmt.Println(err)
	_, err = strconv.ParseInt("10", 99, 64)
	fmt.Println(err)
	_, err = strconv.ParseInt("10", 10, 65)
	fmt.Println(err)
	wrapped := fmt.Errorf("config: %w", err)
	fmt.Println(wrapped, errors.As(wrapped, &ne), ne.Func)
	fmt.Println(strconv.ErrRange, strconv.ErrSyntax)
}
