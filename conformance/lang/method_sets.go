// Method sets: the value type T has only value-receiver methods, *T has both;
// so a T value does not implement an interface needing a pointer method.
package main

import "fmt"

type V struct{ s string }

func (v V) Read() string  { return v.s }
func (v *V) Write(s string) { v.s = s }

type Reader interface{ Read() string }
type Writer interface{ Write(string) }
type ReadWriter interface {
	Reader
	Writer
}

func check(name string, x any) {
	_, r := x.(Reader)
	_, w := x.(Writer)
	_, rw := x.(ReadWriter)
	fmt.Println(name, r, w, rw)
}

type Wrap struct{ V }
type WrapP struct{ *V }

func main() {
	v := V{"hi"}
	check("V", v)
	check("*V", &v)
	check("Wrap", Wrap{v})
	check("*Wrap", &Wrap{v})
	check("WrapP", WrapP{&v})
	var rw ReadWriter = &v
	rw.Write("changed")
	fmt.Println(v.Read(), rw.Read())
	var r Reader = v
	v.s = "later"
	fmt.Println(r.Read())
}
