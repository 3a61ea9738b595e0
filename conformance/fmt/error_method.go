// Types with an Error() method print its result with %v, %s and Println; Error() takes
// priority over String(), and works inside composites and through interfaces.
package main

import "fmt"

type NotFound struct{ Key string }

func (e NotFound) Error() string { return "not found: " + e.Key }

type Both struct{}

func (Both) Error() string  { return "as error" }
func (Both) String() string { return "as string" }

type PtrErr struct{ Code int }

func (e *PtrErr) Error() string { return fmt.Sprint("code ", e.Code) }

func find(k string) error {
	if k == "" {
		return nil
	}
	return NotFound{k}
}

func main() {
	fmt.Println(NotFound{"a"}, find("b"), find(""))
	fmt.Printf("%v|%s|%q|%x\n", NotFound{"c"}, NotFound{"c"}, NotFound{"c"}, NotFound{"c"})
	fmt.Printf("%+v|%#v\n", NotFound{"d"}, NotFound{"d"})
	fmt.Println(Both{}, []Both{{}, {}})
	fmt.Println(&PtrErr{404}, PtrErr{500})
	errs := map[string]error{"x": NotFound{"x"}, "y": &PtrErr{1}, "z": nil}
	fmt.Println(errs)
	fmt.Println(struct {
		Err error
		N   int
	}{NotFound{"e"}, 1})
	var err error = &PtrErr{2}
	fmt.Printf("%v %T\n", err, err)
}
