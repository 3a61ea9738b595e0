// errors.Join combines errors (nil ones dropped) into one whose message joins theirs
// with newlines and which errors.Is/As search.
package main

import (
	"errors"
	"fmt"
	"strconv"
)

var (
	ErrA = errors.New("a failed")
	ErrB = errors.New("b failed")
)

func main() {
	j := errors.Join(ErrA, nil, ErrB)
	fmt.Println(j)
	fmt.Println(errors.Is(j, ErrA), errors.Is(j, ErrB))
	fmt.Println(errors.Join() == nil, errors.Join(nil, nil) == nil)
	one := errors.Join(ErrA)
	fmt.Println(one, one == ErrA)
	_, perr := strconv.Atoi("x")
	nested := errors.Join(fmt.Errorf("wrap: %w", j), perr)
	fmt.Printf("%q\n", nested.Error())
	var ne *strconv.NumError
	fmt.Println(errors.As(nested, &ne), ne.Num)
	fmt.Println(len(j.(interface{ Unwrap() []error }).Unwrap()))
	var errs []error
	for i := 0; i < 3; i++ {
		errs = append(errs, fmt.Errorf("item %d", i))
	}
	fmt.Println(errors.Join(errs...))
}
