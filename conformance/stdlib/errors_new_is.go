// errors.New values are distinct even with equal text; errors.Is compares identity
// through wrapping chains.
package main

import (
	"errors"
	"fmt"
)

var ErrNotFound = errors.New("not found")

func find(k string) error {
	if k == "" {
		return fmt.Errorf("find %q: %w", k, ErrNotFound)
	}
	return nil
}

func main() {
	a := errors.New("boom")
	b := errors.New("boom")
	fmt.Println(a, a == b, a.Error() == b.Error(), errors.Is(a, b), errors.Is(a, a))
	err := find("")
	fmt.Println(err)
	fmt.Println(errors.Is(err, ErrNotFound), err == ErrNotFound)
	outer := fmt.Errorf("layer 2: %w", fmt.Errorf("layer 1: %w", err))
	fmt.Println(outer)
	fmt.Println(errors.Is(outer, ErrNotFound))
	fmt.Println(errors.Is(nil, ErrNotFound), errors.Is(nil, nil), errors.Is(ErrNotFound, nil))
	fmt.Println(find("x") == nil)
	noWrap := fmt.Errorf("flattened: %v", ErrNotFound)
	fmt.Println(noWrap, errors.Is(noWrap, ErrNotFound))
	fmt.Printf("%T %T\n", a, err)
}
